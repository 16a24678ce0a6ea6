/**
 * @internal Damaged UTF-8 inside a file (`vn.import.bad_encoding`): bytes that are not UTF-8, and
 * the replacement character U+FFFD (bytes EF BF BD), which a decoder writes for such bytes and an
 * earlier conversion may already have written into the file. Either way the text of the row is
 * lost, so the row is rejected rather than counted under a unit, a code or a field that is not the
 * one the export meant.
 *
 * @module
 */

/** @internal The replacement character, as decoded text holds it. */
export const REPLACEMENT = '\ufffd';

/**
 * @internal Whether bytes `[s, e)` are well-formed UTF-8 (as the WHATWG decoder reads it: no
 * overlong forms, no surrogates, nothing past U+10FFFF, no cut sequence) without U+FFFD.
 */
export function isCleanUtf8(b: Uint8Array, s: number, e: number): boolean {
  let i = s;
  while (i < e) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      else if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      else if (c === 0xf4) hi = 0x8f;
    } else return false;
    if (i + need >= e) return false;
    const c1 = b[i + 1]!;
    if (c1 < lo || c1 > hi) return false;
    for (let k = 2; k <= need; k++) {
      const ck = b[i + k]!;
      if (ck < 0x80 || ck > 0xbf) return false;
    }
    if (c === 0xef && c1 === 0xbf && b[i + 2] === 0xbd) return false;
    i += need + 1;
  }
  return true;
}

/**
 * @internal Whether some chunk of a byte stream may hold damaged UTF-8, chunk by chunk: a fast
 * check (the platform's strict decoder, a search for EF BF BD across chunk ends) that is never
 * wrong about a clean chunk; the rows of a flagged chunk are then checked exactly with
 * {@link isCleanUtf8}.
 */
export class Utf8Gate {
  private d = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  private p1 = -1;
  private p2 = -1;

  /** Whether `chunk` (with what the chunks before it left open) may hold damage. */
  check(chunk: Uint8Array): boolean {
    let bad = false;
    try {
      this.d.decode(chunk, { stream: true });
    } catch {
      bad = true;
      this.d = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    }
    const n = chunk.length;
    if (!bad && n > 0) {
      const c0 = chunk[0]!;
      const c1 = n > 1 ? chunk[1]! : -1;
      if (this.p2 === 0xef && this.p1 === 0xbf && c0 === 0xbd) bad = true;
      else if (this.p1 === 0xef && c0 === 0xbf && c1 === 0xbd) bad = true;
      for (let i = chunk.indexOf(0xef); !bad && i >= 0; i = chunk.indexOf(0xef, i + 1)) {
        if (chunk[i + 1] === 0xbf && chunk[i + 2] === 0xbd) bad = true;
      }
    }
    if (n >= 2) {
      this.p2 = chunk[n - 2]!;
      this.p1 = chunk[n - 1]!;
    } else if (n === 1) {
      this.p2 = this.p1;
      this.p1 = chunk[0]!;
    }
    return bad;
  }

  /** At the end of the stream: whether a sequence was left cut. */
  end(): boolean {
    try {
      this.d.decode();
      return false;
    } catch {
      return true;
    }
  }
}

/** @internal Whether a cell, or any string inside a parsed JSON value, holds U+FFFD. */
export function hasReplacement(v: unknown, depth = 0): boolean {
  if (typeof v === 'string') return v.includes(REPLACEMENT);
  if (typeof v !== 'object' || v === null || depth > 64) return false;
  if (Array.isArray(v)) {
    for (const x of v) if (hasReplacement(x, depth + 1)) return true;
    return false;
  }
  for (const k of Object.keys(v)) {
    if (k.includes(REPLACEMENT) || hasReplacement((v as Record<string, unknown>)[k], depth + 1)) return true;
  }
  return false;
}

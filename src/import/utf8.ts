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

/** Bytes of the UTF-8 sequence a lead byte starts (0: no lead byte). */
const seqLength = (c: number): number =>
  c < 0x80 ? 1 : c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;

/**
 * @internal Whether a chunk of a byte stream holds damaged UTF-8 (bytes that are not UTF-8, or
 * U+FFFD), chunk by chunk with {@link isCleanUtf8}: a character cut at the end of a chunk is held
 * and checked whole with the next one. The rows of a flagged chunk are then checked one by one.
 */
export class Utf8Gate {
  private readonly carry = new Uint8Array(4);
  private carried = 0;

  /** Whether `chunk` (with the character the chunk before it left cut) holds damage. */
  check(chunk: Uint8Array): boolean {
    let bad = false;
    let start = 0;
    if (this.carried > 0) {
      const need = seqLength(this.carry[0]!);
      const take = Math.min(need - this.carried, chunk.length);
      this.carry.set(chunk.subarray(0, take), this.carried);
      this.carried += take;
      if (this.carried < need) return false;
      bad = !isCleanUtf8(this.carry, 0, need);
      this.carried = 0;
      start = take;
    }
    // Hold a character cut at the end: its lead byte is among the last three bytes.
    let end = chunk.length;
    for (let k = 1; k <= 3 && end - k >= start; k++) {
      const c = chunk[end - k]!;
      if (c < 0x80) break;
      if (c >= 0xc0) {
        if (k < seqLength(c)) {
          this.carry.set(chunk.subarray(end - k, end), 0);
          this.carried = k;
          end -= k;
        }
        break;
      }
    }
    return !isCleanUtf8(chunk, start, end) || bad;
  }

  /** At the end of the stream: whether a character was left cut. */
  end(): boolean {
    const cut = this.carried > 0;
    this.carried = 0;
    return cut;
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

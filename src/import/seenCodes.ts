/**
 * @internal Memory of the record codes seen so far in one import, to find repeated dossier codes
 * (`vn.import.duplicate_code`) with bounded memory: a code is kept as a 64-bit hash (two
 * independent 32-bit hashes of its UTF-16 code units) and the line it was first seen on, in an
 * open-addressing table of typed arrays — 12 bytes a slot, at most 3/4 full, so 16 to 32 bytes a
 * distinct code (2^21 slots, 25 MB, for 1 000 000 codes). The table stops growing at
 * {@link SEEN_CODES_MAX_SLOTS} slots (48 MiB, 3 145 728 codes): past that, new codes are no
 * longer remembered (the notice `vn.import.duplicate_check_limit` says so) while repeats of the
 * remembered ones are still found. Two different codes share a hash with a probability of about
 * n² / 2^65 (3 × 10^-8 for a million codes); as a repeat only brings a notice and changes no
 * figure, that is the price of the bound.
 *
 * @module
 */

/** @internal The largest table, in slots (12 bytes each). */
export const SEEN_CODES_MAX_SLOTS = 1 << 22;

/** @internal The most distinct codes remembered (3/4 of the slots). */
export const SEEN_CODES_MAX_CODES = (SEEN_CODES_MAX_SLOTS / 4) * 3;

/** @internal What a worker thread hands back: its table and the repeats it found within its part. */
export interface SeenCodesState {
  readonly hi: Uint32Array;
  readonly lo: Uint32Array;
  readonly line: Uint32Array;
  readonly duplicates: number;
  readonly firstLine: number;
  readonly firstOf: number;
  readonly full: boolean;
}

const MAX_LINE = 0xffffffff;

/** @internal The two hashes of a string's UTF-16 code units, in `out[0]`, `out[1]`. */
function hashString(s: string, out: Uint32Array): void {
  let h1 = 0x811c9dc5;
  let h2 = s.length ^ 0x9747b28c;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 13;
  }
  h1 ^= h1 >>> 16;
  h1 = Math.imul(h1, 0x85ebca6b);
  h1 ^= h1 >>> 13;
  h2 = Math.imul(h2 ^ (h2 >>> 15), 0xc2b2ae35);
  h2 ^= h2 >>> 16;
  out[0] = h1 >>> 0;
  out[1] = h2 >>> 0;
}

/** @internal The same hashes over ASCII bytes `[s, e)` (a byte is then its code unit). */
function hashAscii(b: Uint8Array, s: number, e: number, out: Uint32Array): void {
  let h1 = 0x811c9dc5;
  let h2 = (e - s) ^ 0x9747b28c;
  for (let i = s; i < e; i++) {
    const c = b[i]!;
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 13;
  }
  h1 ^= h1 >>> 16;
  h1 = Math.imul(h1, 0x85ebca6b);
  h1 ^= h1 >>> 13;
  h2 = Math.imul(h2 ^ (h2 >>> 15), 0xc2b2ae35);
  h2 ^= h2 >>> 16;
  out[0] = h1 >>> 0;
  out[1] = h2 >>> 0;
}

const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);
const decoder = /* @__PURE__ */ new TextDecoder('utf-8');

/** @internal The codes seen in one import (see the module comment for the memory bound). */
export class SeenCodes {
  private hi = new Uint32Array(1 << 10);
  private lo = new Uint32Array(1 << 10);
  private at = new Uint32Array(1 << 10);
  private size = 0;
  private readonly h = new Uint32Array(2);
  /** Rows whose code was seen on an earlier row. */
  duplicates = 0;
  /** Line of the first such row (0: none yet), and the line its code was first seen on. */
  firstLine = 0;
  firstOf = 0;
  /** Whether the table reached its largest size and stopped remembering new codes. */
  full = false;

  /** Remember a code read from a cell as `readCell` gives it (trimmed, NFC). */
  addString(code: string, line: number): void {
    hashString(code, this.h);
    this.put(this.h[0]!, this.h[1]!, Math.min(line, MAX_LINE), true);
  }

  /**
   * Remember the code in bytes `[s, e)` of a UTF-8 row, read as `readCell` reads a code: trimmed,
   * in NFC (an ASCII code is hashed from its bytes without building a string).
   */
  addBytes(b: Uint8Array, s: number, e: number, line: number): void {
    let ascii = true;
    for (let i = s; i < e; i++) {
      if (b[i]! >= 0x80) {
        ascii = false;
        break;
      }
    }
    if (!ascii) {
      this.addString(decoder.decode(b.subarray(s, e)).trim().normalize('NFC'), line);
      return;
    }
    while (s < e && isSpace(b[s]!)) s++;
    while (e > s && isSpace(b[e - 1]!)) e--;
    hashAscii(b, s, e, this.h);
    this.put(this.h[0]!, this.h[1]!, Math.min(line, MAX_LINE), true);
  }

  private put(h1: number, h2: number, line: number, count: boolean): number {
    const mask = this.at.length - 1;
    let i = (h1 ^ Math.imul(h2, 0x9e3779b1)) & mask;
    for (;;) {
      const l = this.at[i]!;
      if (l === 0) break;
      if (this.hi[i] === h1 && this.lo[i] === h2) {
        if (count) this.repeat(line, l);
        return l;
      }
      i = (i + 1) & mask;
    }
    if ((this.size + 1) * 4 > this.at.length * 3) {
      if (this.at.length >= SEEN_CODES_MAX_SLOTS) {
        this.full = true;
        return 0;
      }
      this.grow();
      return this.put(h1, h2, line, count);
    }
    this.hi[i] = h1;
    this.lo[i] = h2;
    this.at[i] = line;
    this.size++;
    return 0;
  }

  private repeat(line: number, first: number): void {
    this.duplicates++;
    if (this.firstLine === 0 || line < this.firstLine) {
      this.firstLine = line;
      this.firstOf = first;
    }
  }

  private grow(): void {
    const { hi, lo, at } = this;
    const n = at.length * 2;
    this.hi = new Uint32Array(n);
    this.lo = new Uint32Array(n);
    this.at = new Uint32Array(n);
    this.size = 0;
    for (let i = 0; i < at.length; i++) if (at[i] !== 0) this.put(hi[i]!, lo[i]!, at[i]!, false);
  }

  /** The table and counts, for a worker thread to post (the arrays are copied by the post). */
  exportState(): SeenCodesState {
    return {
      hi: this.hi,
      lo: this.lo,
      line: this.at,
      duplicates: this.duplicates,
      firstLine: this.firstLine,
      firstOf: this.firstOf,
      full: this.full,
    };
  }

  /**
   * Add the codes of a later part of the file, read on its own with lines from 1: `offset` is the
   * number of lines before it. A code this table already holds is a repeat at the part's line.
   */
  merge(s: SeenCodesState, offset: number): void {
    if (s.full) this.full = true;
    this.duplicates += s.duplicates;
    if (s.firstLine !== 0) {
      const fl = Math.min(s.firstLine + offset, MAX_LINE);
      if (this.firstLine === 0 || fl < this.firstLine) {
        this.firstLine = fl;
        this.firstOf = Math.min(s.firstOf + offset, MAX_LINE);
      }
    }
    for (let i = 0; i < s.line.length; i++) {
      const l = s.line[i]!;
      if (l !== 0) this.put(s.hi[i]!, s.lo[i]!, Math.min(l + offset, MAX_LINE), true);
    }
  }
}

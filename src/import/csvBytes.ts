import { type CsvProblem, type CsvSeparator, detectCsvSeparator, quoteHorizon } from './csv';
import type { ImportSource } from './source';
import { Utf8Gate } from './utf8';

/** @internal A view of the record being read from bytes; valid only during the callback. */
export interface CsvByteRowView {
  /** 1-based physical line where the record starts. */
  readonly line: number;
  /** Number of fields. */
  readonly count: number;
  /** The bytes plain fields point into. */
  readonly bytes: Uint8Array;
  /** Set when the record was damaged. */
  readonly problem: CsvProblem | undefined;
  /** Start of field `i` in `bytes`, or -1 when it must be read with `value` (quoted, cut, absent). */
  startOf(i: number): number;
  /** End (exclusive) of field `i`. */
  endOf(i: number): number;
  /** Field `i` as a string. */
  value(i: number): string;
  /** Starts of the fields (`-1`: read with `value`); valid for the first `count` entries. */
  readonly starts: Int32Array;
  /** Ends of the fields. */
  readonly ends: Int32Array;
  /** All fields as strings. */
  fields(): string[];
  /**
   * Whether the record may hold damaged UTF-8 (it starts before the end of a chunk the
   * {@link Utf8Gate} flagged): its cells must then be checked with `isCleanUtf8` before use.
   */
  readonly suspect: boolean;
}

const decoder = /* @__PURE__ */ new TextDecoder('utf-8');

/**
 * @internal The CSV grammar of {@link CsvReader} on UTF-8 bytes, in offset mode only: separators,
 * quotes and line ends are ASCII, so fields are found without decoding; only the fields asked for
 * are decoded. Records and line numbers are exactly those of `CsvReader` on the decoded text.
 */
export class CsvByteReader implements CsvByteRowView {
  private readonly sep: number;
  private readonly max: number;
  private readonly horizon: number;
  /** UTF-16 code units of the open quote's span counted so far, and up to which byte (from `qOpen`). */
  private qUnits = 0;
  private qCounted = 0;
  private buf: Uint8Array = new Uint8Array(0);
  private len = 0;
  private pos = 0;
  private lineNo = 1;
  private recLine = 1;
  private recStart = 0;
  private fieldStart = 0;
  private inQuotes = false;
  private afterQuote = false;
  private qOpen = 0;
  private qClose = 0;
  private escaped = false;
  private qLine = 1;
  private truncated = false;
  private prob: CsvProblem | undefined = undefined;
  private nf = 0;
  private offS = new Int32Array(64);
  private offE = new Int32Array(64);
  private offV: (string | undefined)[] = [];
  private dirty: number[] = [];
  private first: boolean;
  /** A view of `buf` for reading four bytes at a time. */
  private view: DataView<ArrayBufferLike> = new DataView(new ArrayBuffer(0));
  /** Bytes dropped from the front of the buffer so far. */
  private base = 0;
  private readonly gate = new Utf8Gate();
  /** End, among the bytes pushed, of the last chunk the gate flagged (records before it are suspect). */
  private suspectEnd = 0;

  /**
   * @param separator - The separator.
   * @param maxFieldLength - Longest field, in characters (UTF-16 code units of the value, as
   *   `CsvReader` measures it): a field of at most that many bytes is never longer; a longer one
   *   is decoded and measured.
   * @param atFileStart - Whether the bytes start a file (a byte-order mark is then dropped);
   *   `false` for a part of a file that starts at a line boundary.
   */
  constructor(separator: CsvSeparator, maxFieldLength: number, atFileStart = true) {
    this.sep = separator.charCodeAt(0);
    this.max = maxFieldLength;
    this.horizon = quoteHorizon(maxFieldLength);
    this.first = atFileStart;
  }

  /** Line breaks read so far (in a clean state: the physical lines of the records read). */
  get linesRead(): number {
    return this.lineNo - 1;
  }

  /** Whether every byte pushed so far is in a record already given out (no record pending). */
  get clean(): boolean {
    return (
      !this.inQuotes && !this.afterQuote && !this.truncated && this.nf === 0 && this.fieldStart === this.len
    );
  }

  /** Offset, among the bytes pushed, where the pending record starts. */
  get pendingStart(): number {
    return this.base + this.recStart;
  }

  /** 1-based line where the pending record starts. */
  get pendingLine(): number {
    return this.recLine;
  }

  get line(): number {
    return this.recLine;
  }
  get count(): number {
    return this.nf;
  }
  get bytes(): Uint8Array {
    return this.buf;
  }
  get problem(): CsvProblem | undefined {
    return this.prob;
  }
  get suspect(): boolean {
    return this.base + this.recStart < this.suspectEnd;
  }
  get starts(): Int32Array {
    return this.offS;
  }
  get ends(): Int32Array {
    return this.offE;
  }
  startOf(i: number): number {
    return i < this.nf ? this.offS[i]! : -1;
  }
  endOf(i: number): number {
    return this.offE[i]!;
  }
  value(i: number): string {
    if (i >= this.nf) return '';
    const st = this.offS[i]!;
    return st < 0 ? (this.offV[i] ?? '') : decoder.decode(this.buf.subarray(st, this.offE[i]!));
  }
  fields(): string[] {
    const out: string[] = [];
    for (let i = 0; i < this.nf; i++) out.push(this.value(i));
    return out;
  }

  push(chunk: Uint8Array, onRow: (v: CsvByteRowView) => void): void {
    // Append, keeping only the unread part.
    const need = this.len + chunk.length;
    if (need > this.buf.length) {
      const nb = new Uint8Array(Math.max(need, this.buf.length * 2, 1 << 16));
      nb.set(this.buf.subarray(0, this.len));
      this.buf = nb;
    }
    this.buf.set(chunk, this.len);
    this.len = need;
    if (this.gate.check(chunk)) this.suspectEnd = this.base + this.len;
    // A byte-order mark may come split over the first chunks: wait for three bytes.
    if (this.first && !this.dropBom(false)) return;
    this.scan(false, onRow);
    this.cutLongField();
    this.compact();
  }

  /** Drop a leading byte-order mark once three bytes are in (or at the end); false to wait. */
  private dropBom(final: boolean): boolean {
    const b = this.buf;
    const n = this.len;
    const prefix = (n < 1 || b[0] === 0xef) && (n < 2 || b[1] === 0xbb) && (n < 3 || b[2] === 0xbf);
    if (n < 3 && prefix && !final) return false;
    this.first = false;
    if (n >= 3 && prefix) {
      b.copyWithin(0, 3, n);
      this.len = n - 3;
      this.base = 3;
    }
    return true;
  }

  end(onRow: (v: CsvByteRowView) => void): void {
    if (this.gate.end()) this.suspectEnd = Number.POSITIVE_INFINITY;
    if (this.first) this.dropBom(true);
    this.scan(true, onRow);
    if (this.nf > 0 || this.pos > this.fieldStart || this.afterQuote || this.truncated) {
      this.endField(this.len);
      this.endRecord(onRow);
    }
    this.len = 0;
    this.pos = 0;
  }

  private cutLongField(): void {
    if (this.inQuotes || this.afterQuote) return;
    // A UTF-16 code unit takes at most 3 bytes: past 3 × max bytes the field is surely too long.
    if (!this.truncated && this.pos - this.fieldStart > 3 * this.max) {
      this.offV[this.nf] = decoder
        .decode(this.buf.subarray(this.fieldStart, this.fieldStart + 3 * this.max + 3))
        .slice(0, this.max);
      this.truncated = true;
      this.prob ??= 'field_too_long';
    }
    if (this.truncated) this.fieldStart = this.pos;
  }

  private compact(): void {
    let keep = this.inQuotes ? this.qOpen : this.afterQuote ? this.qOpen : this.fieldStart;
    if (this.recStart < keep) keep = this.recStart;
    if (keep > this.pos) keep = this.pos;
    if (keep <= 0) return;
    this.buf.copyWithin(0, keep, this.len);
    this.base += keep;
    this.len -= keep;
    this.pos -= keep;
    this.fieldStart = Math.max(0, this.fieldStart - keep);
    this.qOpen = Math.max(0, this.qOpen - keep);
    this.qClose = Math.max(0, this.qClose - keep);
    this.recStart = Math.max(0, this.recStart - keep);
    for (let f = 0; f < this.nf; f++) {
      if (this.offS[f]! >= 0) {
        this.offS[f] = this.offS[f]! - keep;
        this.offE[f] = this.offE[f]! - keep;
      }
    }
  }

  private endField(i: number): void {
    const f = this.nf++;
    if (f >= this.offS.length) {
      const ns = new Int32Array(this.offS.length * 2);
      ns.set(this.offS);
      this.offS = ns;
      const ne = new Int32Array(this.offE.length * 2);
      ne.set(this.offE);
      this.offE = ne;
    }
    let v: string | undefined;
    if (
      this.afterQuote &&
      !this.escaped &&
      this.qClose + 1 === i &&
      this.qClose - this.qOpen - 1 <= this.max
    ) {
      // A quoted field with nothing to undo: point at its content, decode only if asked.
      this.offS[f] = this.qOpen + 1;
      this.offE[f] = this.qClose;
      this.afterQuote = false;
      return;
    }
    if (this.afterQuote) {
      const inner = decoder.decode(this.buf.subarray(this.qOpen + 1, this.qClose));
      const rest = this.qClose + 1 < i ? decoder.decode(this.buf.subarray(this.qClose + 1, i)) : '';
      v = (inner.indexOf('"') >= 0 ? inner.replaceAll('""', '"') : inner) + rest;
    } else if (this.truncated) v = this.offV[f] ?? '';
    else if (i - this.fieldStart > this.max) {
      // More bytes than the limit: measure in characters, as the text reader does.
      const t = decoder.decode(this.buf.subarray(this.fieldStart, i));
      if (t.length > this.max) {
        v = t.slice(0, this.max);
        this.prob ??= 'field_too_long';
      }
    }
    if (v !== undefined && v.length > this.max) {
      v = v.slice(0, this.max);
      this.prob ??= 'field_too_long';
    }
    if (v === undefined) {
      this.offS[f] = this.fieldStart;
      this.offE[f] = i;
    } else {
      this.offS[f] = -1;
      this.offV[f] = v;
      this.dirty.push(f);
    }
    this.afterQuote = false;
    this.truncated = false;
  }

  private endRecord(onRow: (v: CsvByteRowView) => void): void {
    onRow(this);
    this.nf = 0;
    const d = this.dirty;
    if (d.length > 0) {
      for (let k = 0; k < d.length; k++) this.offV[d[k]!] = undefined;
      d.length = 0;
    }
    if (this.prob !== undefined) this.prob = undefined;
  }

  private recover(problem: CsvProblem): number {
    this.inQuotes = false;
    this.afterQuote = false;
    this.fieldStart = this.qOpen;
    this.lineNo = this.qLine;
    this.prob ??= problem;
    return this.qOpen + 1;
  }

  /**
   * Read whole simple records from `start` (a record start) in one pass: a record whose line ends
   * (LF, CRLF or CR) are in the buffer, whose fields are unquoted or quoted without doubled quotes,
   * line breaks or text after the closing quote, and not longer than the field limit. Stops at the
   * first other record, which the state machine of {@link scan} then reads from its start; both
   * give the same records, lines and offsets. Returns where it stopped.
   */
  private simpleRecords(start: number, n: number, onRow: (v: CsvByteRowView) => void): number {
    const b = this.buf;
    const sep = this.sep;
    const max = this.max;
    let offS = this.offS;
    let offE = this.offE;
    let cap = offS.length - 1;
    let rec = start;
    let k = start;
    let f = 0;
    if (this.view.buffer !== b.buffer) this.view = new DataView(b.buffer, b.byteOffset, b.byteLength);
    const dv = this.view;
    const lim = n - 4;
    const sepw = Math.imul(sep, 0x01010101);
    for (;;) {
      // At the start of a field.
      if (k >= n) return rec;
      let c = b[k]!;
      let s0: number;
      let e0: number;
      if (c === 34) {
        // Quoted: up to the closing quote; a line break inside or a doubled quote is not simple.
        let q = k + 1;
        for (;;) {
          // Four bytes at a time while none is a quote or a control byte (SWAR: a byte is zero,
          // or below 14, exactly when its high bit survives).
          while (q <= lim) {
            const v = dv.getUint32(q, true);
            const x = v ^ 0x22222222;
            if ((((x - 0x01010101) & ~x) | ((v - 0x0e0e0e0e) & ~v)) & 0x80808080) break;
            q += 4;
          }
          if (q >= n) return rec;
          let d = b[q]!;
          while (d !== 34 && d > 13) {
            if (++q >= n) return rec;
            d = b[q]!;
          }
          if (d === 34 || d === 10 || d === 13) break;
          if (++q >= n) return rec;
        }
        if (q + 1 >= n || b[q] !== 34) return rec;
        c = b[q + 1]!;
        if (c !== sep && c !== 10 && c !== 13) return rec;
        s0 = k + 1;
        e0 = q;
        k = q + 1;
      } else {
        s0 = k;
        for (;;) {
          // Stop at the separator or any control byte; go on past the ones that end nothing.
          while (k <= lim) {
            const v = dv.getUint32(k, true);
            const x = v ^ sepw;
            if ((((x - 0x01010101) & ~x) | ((v - 0x0e0e0e0e) & ~v)) & 0x80808080) break;
            k += 4;
          }
          if (k >= n) return rec;
          c = b[k]!;
          while (c !== sep && c > 13) {
            if (++k >= n) return rec;
            c = b[k]!;
          }
          if (c === sep || c === 10 || c === 13) break;
          if (++k >= n) return rec;
        }
        e0 = k;
      }
      if (f >= cap) {
        this.grow();
        offS = this.offS;
        offE = this.offE;
        cap = offS.length - 1;
      }
      offS[f] = s0;
      offE[f] = e0;
      f++;
      if (c === sep) {
        k++;
        continue;
      }
      // The end of the line: LF, CRLF or a lone CR.
      let next = k + 1;
      if (c === 13) {
        if (next >= n) return rec;
        if (b[next] === 10) next++;
      }
      if (k - rec > max) return rec;
      this.nf = f;
      this.endRecord(onRow);
      this.lineNo++;
      this.recLine = this.lineNo;
      k = next;
      rec = next;
      f = 0;
      this.recStart = next;
      this.fieldStart = next;
    }
  }

  private grow(): void {
    const ns = new Int32Array(this.offS.length * 2);
    ns.set(this.offS);
    this.offS = ns;
    const ne = new Int32Array(this.offE.length * 2);
    ne.set(this.offE);
    this.offE = ne;
  }

  private scan(final: boolean, onRow: (v: CsvByteRowView) => void): void {
    const sep = this.sep;
    const max = this.max;
    const b = this.buf;
    const n = this.len;
    let i = this.pos;
    if (this.nf === 0 && !this.inQuotes && !this.afterQuote && !this.truncated && this.fieldStart === i) {
      i = this.simpleRecords(i, n, onRow);
    }
    // Local mirrors of the hot state; written back before any method that reads them.
    let fs = this.fieldStart;
    let offS = this.offS;
    let offE = this.offE;
    for (;;) {
      if (i >= n) {
        if (final && this.inQuotes) {
          i = this.recover('unclosed_quote');
          fs = this.fieldStart;
          continue;
        }
        break;
      }
      if (this.inQuotes) {
        let q = i;
        while (q < n) {
          const c = b[q]!;
          if (c === 34) break;
          if (c === 10) {
            if (q === 0 || b[q - 1] !== 13) this.lineNo++;
          } else if (c === 13) this.lineNo++;
          q++;
        }
        if (q - this.qOpen > this.horizon) {
          // Past the horizon in bytes: count its characters (UTF-16 code units), as the text
          // reader measures it; not closed within it → taken as a quote that never closes.
          let u = this.qUnits;
          for (let k = this.qOpen + this.qCounted; k < q; k++) {
            const c = b[k]!;
            if ((c & 0xc0) !== 0x80) u++;
            if (c >= 0xf0) u++;
          }
          this.qUnits = u;
          this.qCounted = q - this.qOpen;
          if (u > this.horizon) {
            i = this.recover('unclosed_quote');
            fs = this.fieldStart;
            continue;
          }
        }
        if (q >= n) {
          i = n;
          continue;
        }
        if (q + 1 >= n && !final) {
          i = q;
          break;
        }
        if (q + 1 < n && b[q + 1] === 34) {
          this.escaped = true;
          i = q + 2;
          continue;
        }
        if (this.lineNo !== this.qLine && q + 1 < n) {
          // Spans a line break and "closes" before other text: the opening quote of a later
          // field, so this one never closed (as CsvReader decides).
          const c1 = b[q + 1]!;
          if (c1 !== sep && c1 !== 10 && c1 !== 13) {
            i = this.recover('unclosed_quote');
            fs = this.fieldStart;
            continue;
          }
        }
        this.inQuotes = false;
        this.afterQuote = true;
        this.qClose = q;
        i = q + 1;
        continue;
      }
      let c = b[i]!;
      while (c > 59 || (c !== sep && c !== 10 && c !== 13 && c !== 34)) {
        if (++i === n) break;
        c = b[i]!;
      }
      if (i === n) continue;
      if (c === sep || c === 10 || c === 13) {
        let step = 1;
        if (c === 13) {
          if (i + 1 >= n && !final) break;
          if (i + 1 < n && b[i + 1] === 10) step = 2;
        }
        // End the field: a plain one inline, anything else through endField.
        const f = this.nf;
        if (!this.afterQuote && !this.truncated && i - fs <= max && f < offS.length) {
          offS[f] = fs;
          offE[f] = i;
          this.nf = f + 1;
        } else {
          this.fieldStart = fs;
          this.endField(i);
          offS = this.offS;
          offE = this.offE;
        }
        if (c === sep) {
          i++;
          fs = i;
          continue;
        }
        this.endRecord(onRow);
        i += step;
        this.lineNo++;
        this.recLine = this.lineNo;
        fs = i;
        this.recStart = i;
        if (!this.truncated) {
          this.fieldStart = i;
          i = this.simpleRecords(i, n, onRow);
          fs = i;
          offS = this.offS;
          offE = this.offE;
        }
        continue;
      }
      if (c === 34 && i === fs && !this.afterQuote && !this.truncated) {
        this.inQuotes = true;
        this.escaped = false;
        this.qOpen = i;
        this.qLine = this.lineNo;
        this.qUnits = 0;
        this.qCounted = 0;
      }
      i++;
    }
    this.fieldStart = fs;
    this.pos = i;
  }
}

/** @internal Guess the separator from the first bytes. */
export function detectSeparatorInBytes(first: Uint8Array): CsvSeparator {
  return detectCsvSeparator(decoder.decode(first.subarray(0, Math.min(first.length, 65536))));
}

function isReadableStream(v: unknown): v is ReadableStream<Uint8Array | string> {
  return (
    typeof v === 'object' && v !== null && typeof (v as { getReader?: unknown }).getReader === 'function'
  );
}

const SLICE = 1 << 20;
const encoder = /* @__PURE__ */ new TextEncoder();

function encodeSlices(text: string): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let i = 0; i < text.length; ) {
    let j = Math.min(text.length, i + SLICE);
    const c = text.charCodeAt(j - 1);
    if (j < text.length && c >= 0xd800 && c <= 0xdbff) j--;
    out.push(encoder.encode(text.slice(i, j)));
    i = j;
  }
  return out;
}

/** @internal Any source as UTF-8 byte chunks (text is encoded). */
export async function* byteChunks(source: ImportSource): AsyncGenerator<Uint8Array, void, undefined> {
  if (typeof source === 'string') {
    yield* encodeSlices(source);
    return;
  }
  if (source instanceof Uint8Array) {
    yield source;
    return;
  }
  if (isReadableStream(source)) {
    const reader = source.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        if (typeof value === 'string') yield* encodeSlices(value);
        else yield value;
      }
    } finally {
      reader.releaseLock();
    }
    return;
  }
  for await (const chunk of source as AsyncIterable<Uint8Array | string>) {
    if (typeof chunk === 'string') yield* encodeSlices(chunk);
    else if (chunk instanceof Uint8Array) yield chunk;
    else throw new TypeError('[commune-kpi] source chunks must be strings or Uint8Array.');
  }
}

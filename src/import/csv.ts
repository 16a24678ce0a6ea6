import { type ImportSource, textChunks } from './source';

/** A field separator the CSV reader understands. */
export type CsvSeparator = ',' | ';' | '\t';

/** Why a CSV record could not be read cleanly. */
export type CsvProblem = 'unclosed_quote' | 'field_too_long';

/** One CSV record (bản ghi CSV): its fields and the physical line it starts on. */
export interface CsvRecord {
  /** 1-based physical line in the file where the record starts (embedded newlines counted). */
  readonly line: number;
  /** The fields, unquoted, doubled quotes undone. */
  readonly fields: string[];
  /** Set when the record was damaged: an unclosed quote or a field over the length limit. */
  readonly problem?: CsvProblem;
}

/** Options of the CSV reader. */
export interface CsvOptions {
  /** Separator, or `auto` (default): the most frequent of `,`, `;` and tab outside quotes in the first lines. */
  readonly separator?: CsvSeparator | 'auto';
  /**
   * Longest field, in characters (UTF-16 code units of the field's value, quotes undone; default
   * 100 000); a longer field is cut there and marks its record `field_too_long`, which never
   * changes the number of records. The byte reader of the fast paths measures the same way.
   */
  readonly maxFieldLength?: number;
}

const DEFAULT_MAX_FIELD = 100_000;

/**
 * @internal How far a quoted field is followed before its quote is taken as never closed, in
 * characters (UTF-16 code units) from the opening quote: 4 × the field limit (400 000 by
 * default). Within it, a quoted field longer than the limit is one record marked
 * `field_too_long`; the readers keep at most that much of an open quote in memory.
 */
export function quoteHorizon(maxFieldLength: number): number {
  return 4 * maxFieldLength;
}

/**
 * Guess the separator of a CSV text from its first lines: the most frequent of `,`, `;` and tab
 * outside quotes (`,` on a tie or when none occurs).
 *
 * @param sample - The beginning of the file.
 * @returns The separator.
 * @example
 * detectCsvSeparator('Mã hồ sơ;Ngày nhận\nH1;01/03/2026') // => ';'
 */
export function detectCsvSeparator(sample: string): CsvSeparator {
  let comma = 0;
  let semi = 0;
  let tab = 0;
  let quoted = false;
  let lines = 0;
  const n = Math.min(sample.length, 65536);
  for (let i = 0; i < n && lines < 50; i++) {
    const c = sample.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (quoted) continue;
    else if (c === 44) comma++;
    else if (c === 59) semi++;
    else if (c === 9) tab++;
    else if (c === 10) lines++;
  }
  if (semi > comma && semi >= tab) return ';';
  if (tab > comma && tab > semi) return '\t';
  return ',';
}

/**
 * The record being read, seen without copying (offset mode of {@link CsvReader.pushRows}): plain
 * fields are ranges of `text`, quoted ones are given as strings. Valid only during the callback.
 */
export interface CsvRowView {
  /** 1-based physical line where the record starts. */
  readonly line: number;
  /** Number of fields. */
  readonly count: number;
  /** The buffer plain fields point into. */
  readonly text: string;
  /** Set when the record was damaged. */
  readonly problem: CsvProblem | undefined;
  /**
   * Start of field `i` in `text`, or -1 when it must be read with {@link CsvRowView.value} (quoted,
   * cut, or absent).
   */
  startOf(i: number): number;
  /** End (exclusive) of field `i` in `text`. */
  endOf(i: number): number;
  /** Field `i` as a string (`''` when absent). */
  value(i: number): string;
  /** All fields as strings. */
  fields(): string[];
}

/**
 * An incremental CSV reader (bộ đọc CSV theo luồng): feed it text chunks of any size, it calls
 * back with each complete record. Quoted fields, doubled quotes, embedded newlines, CRLF, CR and
 * LF line ends are handled. A quote never closes when the input ends inside it, when it spans a
 * line break and its "closing" quote is followed by anything but a separator or a line end (that
 * quote opens a later field: real exports quote addresses), or when it is not closed within
 * `quoteHorizon(maxFieldLength)` characters (4 × the field limit); it is then read back as plain
 * text up to the end of its line, so the rows after it are neither lost nor swallowed, and the
 * record is marked `unclosed_quote`.
 * A field longer than `maxFieldLength` (quoted or not) is cut and its record marked
 * `field_too_long`: the number of records never changes. Memory bounded by one chunk plus the
 * horizon.
 *
 * @example
 * const r = new CsvReader({ separator: ',' });
 * const out: CsvRecord[] = [];
 * r.push('a,"b\nc"\r\nd', (x) => out.push(x));
 * r.end((x) => out.push(x));
 * out // => [{ line: 1, fields: ['a', 'b\nc'] }, { line: 3, fields: ['d'] }]
 */
export class CsvReader implements CsvRowView {
  private sep = -1;
  private readonly auto: boolean;
  private readonly max: number;
  private readonly horizon: number;
  private buf = '';
  private pos = 0;
  private lineNo = 1;
  private recLine = 1;
  private recStart = 0;
  private fieldsArr: string[] = [];
  private fieldStart = 0;
  private inQuotes = false;
  private afterQuote = false;
  /** A CR inside quotes ended the last chunk and was counted: a LF opening the next one is its pair. */
  private crAtEnd = false;
  private qOpen = 0;
  private qLine = 1;
  private segStart = 0;
  private acc = '';
  /** Chunks received and not yet scanned, and their total length. */
  private pend: string[] = [];
  private pendLen = 0;
  /** Line feeds seen while gathering the sample for separator detection. */
  private sampleLines = 0;
  private truncated = false;
  private prob: CsvProblem | undefined = undefined;
  // Offset mode.
  private onRow: ((view: CsvRowView) => void) | undefined = undefined;
  private nf = 0;
  private offS = new Int32Array(64);
  private offE = new Int32Array(64);
  private offV: (string | undefined)[] = [];
  private dirty: number[] = [];

  /**
   * @param options - Separator and field length limit.
   * @throws RangeError for an unknown separator or a limit below 1.
   */
  constructor(options: CsvOptions = {}) {
    const s = options.separator ?? 'auto';
    if (s !== 'auto' && s !== ',' && s !== ';' && s !== '\t') {
      throw new RangeError(
        `[commune-kpi] separator must be ',', ';', '\\t' or 'auto', got ${JSON.stringify(s)}.`,
      );
    }
    this.auto = s === 'auto';
    if (!this.auto) this.sep = s.charCodeAt(0);
    const max = options.maxFieldLength ?? DEFAULT_MAX_FIELD;
    if (!Number.isInteger(max) || max < 1) {
      throw new RangeError(`[commune-kpi] maxFieldLength must be a positive integer, got ${String(max)}.`);
    }
    this.max = max;
    this.horizon = quoteHorizon(max);
  }

  /** The separator in use (known after the first chunk). */
  get separator(): CsvSeparator | undefined {
    return this.sep < 0 ? undefined : (String.fromCharCode(this.sep) as CsvSeparator);
  }

  /** @inheritDoc CsvRowView.line */
  get line(): number {
    return this.recLine;
  }

  /** @inheritDoc CsvRowView.count */
  get count(): number {
    return this.nf;
  }

  /** @inheritDoc CsvRowView.text */
  get text(): string {
    return this.buf;
  }

  /** @inheritDoc CsvRowView.problem */
  get problem(): CsvProblem | undefined {
    return this.prob;
  }

  /**
   * Start of field `i` in {@link CsvReader.text} during a row callback, or -1.
   *
   * @param i - Field position.
   * @returns The offset, or -1 for a field to read with {@link CsvReader.value}.
   */
  startOf(i: number): number {
    return i < this.nf ? this.offS[i]! : -1;
  }

  /**
   * End (exclusive) of field `i` during a row callback.
   *
   * @param i - Field position.
   * @returns The offset.
   */
  endOf(i: number): number {
    return this.offE[i]!;
  }

  /**
   * Field `i` as a string during a row callback.
   *
   * @param i - Field position.
   * @returns The field, `''` when absent.
   */
  value(i: number): string {
    if (i >= this.nf) return '';
    const st = this.offS[i]!;
    return st < 0 ? (this.offV[i] ?? '') : this.buf.slice(st, this.offE[i]!);
  }

  /**
   * All fields of the record during a row callback.
   *
   * @returns The fields as strings.
   */
  fields(): string[] {
    const out: string[] = [];
    for (let i = 0; i < this.nf; i++) out.push(this.value(i));
    return out;
  }

  /**
   * Feed a chunk of text.
   *
   * @param chunk - The next piece of the file.
   * @param emit - Called with each complete record.
   */
  push(chunk: string, emit: (record: CsvRecord) => void): void {
    this.feed(chunk, emit);
  }

  /**
   * Finish: flush the last record (even without a final newline).
   *
   * @param emit - Called with the last record, if any.
   */
  end(emit: (record: CsvRecord) => void): void {
    this.finish(emit);
  }

  /**
   * Feed a chunk in offset mode: `onRow` sees each record without copies (see {@link CsvRowView}).
   * Do not mix with {@link CsvReader.push} on one reader.
   *
   * @param chunk - The next piece of the file.
   * @param onRow - Called with a view of each complete record.
   */
  pushRows(chunk: string, onRow: (view: CsvRowView) => void): void {
    this.onRow = onRow;
    this.feed(chunk, noop);
  }

  /**
   * Finish in offset mode.
   *
   * @param onRow - Called with the last record, if any.
   */
  endRows(onRow: (view: CsvRowView) => void): void {
    this.onRow = onRow;
    this.finish(noop);
  }

  private feed(chunk: string, emit: (record: CsvRecord) => void): void {
    if (chunk.length === 0) return;
    this.pend.push(chunk);
    this.pendLen += chunk.length;
    if (this.sep < 0) {
      // Detect the separator on a sample of at least 20 lines or 64 KiB, however the chunks fall
      // (lines counted in the new chunk only).
      for (let k = chunk.indexOf('\n'); k !== -1 && this.sampleLines < 20; k = chunk.indexOf('\n', k + 1))
        this.sampleLines++;
      if (this.sampleLines < 20 && this.pendLen < 65536) return;
      this.takePending();
      this.sep = detectCsvSeparator(this.buf).charCodeAt(0);
    } else {
      // Scan once the new text is at least as long as what the buffer keeps (an open field or
      // record): each character is then copied a bounded number of times, however small the
      // chunks, instead of the kept text being copied again for every chunk.
      if (this.pendLen < this.buf.length) return;
      this.takePending();
    }
    this.scan(false, emit);
    this.cutLongField();
    this.compact();
  }

  /** Append the chunks waiting in `pend` to the buffer, flattened. */
  private takePending(): void {
    if (this.pend.length === 0) return;
    const add = this.pend.length === 1 ? this.pend[0]! : this.pend.join('');
    this.pend = [];
    this.pendLen = 0;
    if (this.buf.length === 0) this.buf = add;
    else {
      this.buf += add;
      // Flatten the concatenation once: character access on a rope is several times slower.
      this.buf.indexOf('\u0000', this.buf.length - 1);
    }
  }

  private finish(emit: (record: CsvRecord) => void): void {
    this.takePending();
    if (this.sep < 0) this.sep = detectCsvSeparator(this.buf).charCodeAt(0);
    this.scan(true, emit);
    const b = this.buf;
    const pending = this.onRow !== undefined ? this.nf > 0 : this.fieldsArr.length > 0;
    if (pending || this.pos > this.fieldStart || this.afterQuote || this.truncated) {
      this.endField(b.length);
      this.endRecord(emit);
    }
    this.buf = '';
    this.pos = 0;
    this.fieldStart = 0;
    this.recStart = 0;
  }

  /** An unquoted field longer than the limit: keep its first part, drop the rest as it comes. */
  private cutLongField(): void {
    if (this.inQuotes || this.afterQuote) return;
    if (!this.truncated && this.pos - this.fieldStart > this.max) {
      this.acc = this.buf.slice(this.fieldStart, this.fieldStart + this.max);
      this.truncated = true;
      this.prob ??= 'field_too_long';
    }
    if (this.truncated) this.fieldStart = this.pos;
  }

  private compact(): void {
    let keep = this.inQuotes ? this.qOpen : this.afterQuote ? this.segStart : this.fieldStart;
    if (this.onRow !== undefined && this.recStart < keep) keep = this.recStart;
    if (keep > this.pos) keep = this.pos;
    if (keep <= 0) return;
    this.buf = this.buf.slice(keep);
    this.pos -= keep;
    this.fieldStart = Math.max(0, this.fieldStart - keep);
    this.qOpen = Math.max(0, this.qOpen - keep);
    this.segStart = Math.max(0, this.segStart - keep);
    this.recStart = Math.max(0, this.recStart - keep);
    for (let f = 0; f < this.nf; f++) {
      if (this.offS[f]! >= 0) {
        this.offS[f] = this.offS[f]! - keep;
        this.offE[f] = this.offE[f]! - keep;
      }
    }
  }

  private endField(i: number): void {
    const s = this.buf;
    let v: string | undefined;
    if (this.afterQuote) v = this.acc + s.slice(this.segStart, i);
    else if (this.truncated) v = this.acc;
    else if (i - this.fieldStart > this.max) {
      v = s.slice(this.fieldStart, this.fieldStart + this.max);
      this.prob ??= 'field_too_long';
    }
    if (v !== undefined && v.length > this.max) {
      v = v.slice(0, this.max);
      this.prob ??= 'field_too_long';
    }
    if (this.onRow !== undefined) {
      const f = this.nf++;
      if (f >= this.offS.length) {
        const ns = new Int32Array(this.offS.length * 2);
        ns.set(this.offS);
        this.offS = ns;
        const ne = new Int32Array(this.offE.length * 2);
        ne.set(this.offE);
        this.offE = ne;
      }
      if (v === undefined) {
        this.offS[f] = this.fieldStart;
        this.offE[f] = i;
      } else {
        this.offS[f] = -1;
        this.offV[f] = v;
        this.dirty.push(f);
      }
    } else this.fieldsArr.push(v ?? s.slice(this.fieldStart, i));
    this.afterQuote = false;
    this.truncated = false;
    this.acc = '';
  }

  private endRecord(emit: (record: CsvRecord) => void): void {
    const onRow = this.onRow;
    if (onRow !== undefined) {
      onRow(this);
      this.nf = 0;
      const d = this.dirty;
      for (let k = 0; k < d.length; k++) this.offV[d[k]!] = undefined;
      d.length = 0;
    } else {
      const rec: CsvRecord =
        this.prob === undefined
          ? { line: this.recLine, fields: this.fieldsArr }
          : { line: this.recLine, fields: this.fieldsArr, problem: this.prob };
      this.fieldsArr = [];
      emit(rec);
    }
    this.prob = undefined;
  }

  /** Give up on an open quote: read it as a plain character, from where it opened. */
  private recover(problem: CsvProblem): number {
    this.inQuotes = false;
    this.afterQuote = false;
    this.acc = '';
    this.fieldStart = this.qOpen;
    this.lineNo = this.qLine;
    this.crAtEnd = false;
    this.prob ??= problem;
    return this.qOpen + 1;
  }

  private scan(final: boolean, emit: (record: CsvRecord) => void): void {
    const sep = this.sep;
    let s = this.buf;
    let n = s.length;
    let i = this.pos;
    for (;;) {
      if (i >= n) {
        if (final && this.inQuotes) {
          i = this.recover('unclosed_quote');
          continue;
        }
        break;
      }
      if (this.inQuotes) {
        const q = s.indexOf('"', i);
        const stop = q === -1 ? n : q;
        let from = i;
        if (this.crAtEnd) {
          this.crAtEnd = false;
          if (s.charCodeAt(i) === 10) from = i + 1;
        }
        // Count the line breaks inside the quotes, looking only at [i, stop): a search for a CR or
        // LF that is not there would run to the end of the buffer once per quoted field.
        for (let k = i; k < stop; k++) {
          const ch = s.charCodeAt(k);
          if (ch === 10) {
            if (k >= from) this.lineNo++;
          } else if (ch === 13) {
            if (k + 1 === n && !final) {
              // A CRLF may be split between chunks: count the CR now, and skip its LF next time.
              this.lineNo++;
              this.crAtEnd = true;
            } else if (s.charCodeAt(k + 1) !== 10) this.lineNo++;
          }
        }
        if (stop - this.qOpen > this.horizon) {
          // Not closed within the horizon: taken as a quote that never closes.
          i = this.recover('unclosed_quote');
          continue;
        }
        if (q === -1) {
          i = n;
          continue;
        }
        if (q + 1 >= n && !final) {
          i = q;
          break;
        }
        if (s.charCodeAt(q + 1) === 34) {
          this.acc += s.slice(this.segStart, q + 1);
          this.segStart = q + 2;
          i = q + 2;
          continue;
        }
        if (this.lineNo !== this.qLine && q + 1 < n) {
          // A quote that spans a line break and "closes" before something other than a separator
          // or a line end is the opening quote of a later field: this one never closed.
          const c1 = s.charCodeAt(q + 1);
          if (c1 !== sep && c1 !== 10 && c1 !== 13) {
            i = this.recover('unclosed_quote');
            continue;
          }
        }
        this.acc += s.slice(this.segStart, q);
        this.inQuotes = false;
        this.afterQuote = true;
        this.segStart = q + 1;
        i = q + 1;
        continue;
      }
      let c = s.charCodeAt(i);
      while (c > 59 || (c !== sep && c !== 10 && c !== 13 && c !== 34)) {
        if (++i === n) break;
        c = s.charCodeAt(i);
      }
      if (i === n) continue;
      if (c === sep) {
        this.endField(i);
        i++;
        this.fieldStart = i;
        continue;
      }
      if (c === 10 || c === 13) {
        let step = 1;
        if (c === 13) {
          if (i + 1 >= n && !final) break;
          if (s.charCodeAt(i + 1) === 10) step = 2;
        }
        this.endField(i);
        this.endRecord(emit);
        i += step;
        this.lineNo++;
        this.recLine = this.lineNo;
        this.fieldStart = i;
        this.recStart = i;
        // Keep the buffer small when a chunk holds many records.
        if (i > 1 << 16 && i > n >> 1) {
          this.pos = i;
          this.compact();
          s = this.buf;
          n = s.length;
          i = this.pos;
        }
        continue;
      }
      if (c === 34 && i === this.fieldStart && !this.afterQuote && !this.truncated) {
        this.inQuotes = true;
        this.qOpen = i;
        this.qLine = this.lineNo;
        this.segStart = i + 1;
        this.acc = '';
      }
      i++;
    }
    this.pos = i;
  }
}

function noop(): void {}

/**
 * Read a whole CSV text or UTF-8 bytes at once (đọc CSV): a BOM is dropped, the separator
 * detected unless given.
 *
 * @param input - The CSV text or bytes.
 * @param options - Separator and field length limit.
 * @returns The records, each with its starting line.
 * @throws RangeError for an unknown separator.
 * @example
 * parseCsv('\ufeffMã hồ sơ;Ghi chú\r\nH1;"dòng 1\ndòng 2"\r\nH2;"nói ""có"""')
 * // => [{ line: 1, fields: ['Mã hồ sơ', 'Ghi chú'] }, { line: 2, fields: ['H1', 'dòng 1\ndòng 2'] },
 * //     { line: 4, fields: ['H2', 'nói "có"'] }]
 */
export function parseCsv(input: string | Uint8Array, options: CsvOptions = {}): CsvRecord[] {
  let text = typeof input === 'string' ? input : new TextDecoder('utf-8', { ignoreBOM: true }).decode(input);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const reader = new CsvReader(options);
  const out: CsvRecord[] = [];
  const emit = (r: CsvRecord): void => {
    out.push(r);
  };
  reader.push(text, emit);
  reader.end(emit);
  return out;
}

/**
 * Read CSV records from any source as they arrive, one array of records per chunk read
 * (đọc CSV theo luồng). Memory stays at one chunk.
 *
 * @param source - Text, bytes, a stream or an iterable of chunks.
 * @param options - Separator and field length limit.
 * @returns An async iterable of record batches.
 * @throws RangeError for an unknown separator.
 * @example
 * // Two chunks, the second finishing a record the first began ('Đã tr' + 'ả')
 * const chunks = ['Mã hồ sơ,Trạng thái\r\nH1,Đã tr', 'ả\r\nH2,Đang xử lý\r\n'];
 * const batches: string[][] = [];
 * // With the separator given, each chunk yields its complete records at once (without it,
 * // records wait for 20 lines or 64 KiB, the sample the separator is detected on).
 * for await (const batch of readCsvBatches(chunks, { separator: ',' }))
 *   batches.push(batch.map((r) => `${r.line}: ${r.fields.join(' | ')}`));
 * batches // => [['1: Mã hồ sơ | Trạng thái'], ['2: H1 | Đã trả', '3: H2 | Đang xử lý']]
 */
export async function* readCsvBatches(
  source: ImportSource,
  options: CsvOptions = {},
): AsyncGenerator<CsvRecord[], void, undefined> {
  const reader = new CsvReader(options);
  let batch: CsvRecord[] = [];
  const emit = (r: CsvRecord): void => {
    batch.push(r);
  };
  for await (const text of textChunks(source)) {
    reader.push(text, emit);
    if (batch.length > 0) {
      yield batch;
      batch = [];
    }
  }
  reader.end(emit);
  if (batch.length > 0) yield batch;
}

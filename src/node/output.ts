import * as nodeFs from 'node:fs';
import { closeSync, openSync, readSync, statSync, unlinkSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { formatNumber } from '../core/format';
import type { Locale } from '../core/messages';
import type { ImportRejection } from '../import/importer';

/** A value a CSV or table cell can show. */
export type OutputCell = string | number | boolean | null | undefined;

/** Options of the writers that produce files a spreadsheet opens (CSV, Excel). */
export interface SpreadsheetSafetyOptions {
  /**
   * Escape cells a spreadsheet would run as a formula (chống chèn công thức, "CSV injection"):
   * text starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so Excel
   * and LibreOffice show it as text (`=HYPERLINK(…)` → `'=HYPERLINK(…)`). Plain numbers such as
   * `-5` or `+84912345678` are left as they are. Default `true`; `false` writes every cell as it is.
   */
  readonly escapeFormulas?: boolean;
}

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d[\d.,]*%?$/;

/**
 * Escape a text cell that a spreadsheet would take for a formula (OWASP "CSV injection"): a cell
 * starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe, which
 * Excel and LibreOffice read as "this is text". Plain numbers (`-5`, `+84912345678`, `-1,5`) are
 * not formulas and are left alone.
 *
 * @param text - The cell's text.
 * @returns The text, escaped when needed.
 * @example
 * escapeFormula('=HYPERLINK("http://x","bấm")') // => '\'=HYPERLINK("http://x","bấm")'
 * escapeFormula('-5')                          // => '-5'
 * escapeFormula('UBND xã A')                   // => 'UBND xã A'
 */
export function escapeFormula(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

function csvField(v: OutputCell, sep: string, escapeCells: boolean): string {
  if (v === null || v === undefined) return '';
  let s = String(v);
  if (escapeCells && typeof v === 'string') s = escapeFormula(s);
  let needs = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '"' || c === '\n' || c === '\r' || c === sep) {
      needs = true;
      break;
    }
  }
  return needs ? `"${s.replaceAll('"', '""')}"` : s;
}

/**
 * Write rows as CSV text (ghi CSV): fields with the separator, quotes or line breaks are quoted,
 * quotes doubled; lines end with CRLF as spreadsheet programs expect. Text that a spreadsheet
 * would run as a formula is escaped with a leading `'` unless `escapeFormulas: false` (see
 * {@link escapeFormula}).
 *
 * @param rows - Rows of cells (the first is usually the header).
 * @param separator - `,` (default) or `;`.
 * @param options - `escapeFormulas` (default `true`).
 * @returns The CSV text (no BOM).
 * @example
 * formatCsv([['Đơn vị', 'Ghi chú'], ['UBND xã A', 'có "ngoặc", phẩy']])
 * // => 'Đơn vị,Ghi chú\r\nUBND xã A,"có ""ngoặc"", phẩy"\r\n'
 * formatCsv([['=1+1']]) // => "'=1+1\r\n"
 */
export function formatCsv(
  rows: readonly (readonly OutputCell[])[],
  separator: ',' | ';' = ',',
  options: SpreadsheetSafetyOptions = {},
): string {
  const escapeCells = options.escapeFormulas !== false;
  const parts: string[] = [];
  for (const row of rows) {
    const cells: string[] = [];
    for (const v of row) cells.push(csvField(v, separator, escapeCells));
    parts.push(cells.join(separator), '\r\n');
  }
  return parts.join('');
}

/**
 * Display width of a string in a terminal (độ rộng hiển thị): combining marks take no column.
 *
 * @param s - The text.
 * @returns Its width in columns.
 * @example
 * displayWidth('Hồ sơ') // => 5
 */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s.normalize('NFC')) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x300 && c <= 0x36f) continue;
    w++;
  }
  return w;
}

/** Options of {@link formatTextTable}. */
export interface TextTableOptions {
  /**
   * The widest line allowed (độ rộng tối đa), e.g. `process.stdout.columns`. A table wider than
   * this first wraps its header cells at spaces; when that is not enough it is printed vertically,
   * one block per row (`label  value` lines). Default: no limit.
   */
  readonly width?: number;
  /** Write numbers with this language's thousands separator (`12.345` vi, `12,345` en); default as given. */
  readonly locale?: Locale;
  /** How many leading columns name a row (the heading of a block in the vertical layout); default 1. */
  readonly keyColumns?: number;
}

const RIGHT_TEXT = /^[\d.,]+%|^N\/A/;

/** The pieces a header may break into: at spaces, and after a slash (`Trả lại/rút/dừng`). */
function headerPieces(text: string): { piece: string; glue: string }[] {
  const out: { piece: string; glue: string }[] = [];
  for (const word of text.split(' ')) {
    const parts = word.split(/(?<=\/)/);
    parts.forEach((p, k) => {
      out.push({ piece: p, glue: k === 0 ? ' ' : '' });
    });
  }
  return out;
}

function wrapWords(text: string, w: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const { piece, glue } of headerPieces(text)) {
    if (line === '') line = piece;
    else if (displayWidth(line) + glue.length + displayWidth(piece) <= w) line += glue + piece;
    else {
      out.push(line);
      line = piece;
    }
  }
  out.push(line);
  return out;
}

const pad = (s: string, w: number, right: boolean): string => {
  const n = Math.max(0, w - displayWidth(s));
  return right ? ' '.repeat(n) + s : s + ' '.repeat(n);
};

/**
 * Lay rows out as an aligned text table for a terminal (bảng văn bản): numbers (and rates)
 * right-aligned, text left-aligned, a rule under the header. Linear in the number of cells. With
 * `width`, a table that would be wider wraps its header cells, or else is printed vertically.
 *
 * @param rows - Rows of cells, the first being the header.
 * @param options - Width limit, number language, key columns.
 * @returns The table, one line per row, ending with a newline.
 * @example
 * formatTextTable([['Đơn vị', 'Số hồ sơ'], ['UBND xã A', 12]])
 * // => 'Đơn vị     Số hồ sơ\n---------  --------\nUBND xã A        12\n'
 * formatTextTable([['Đơn vị', 'Số hồ sơ'], ['UBND xã A', 1234]], { locale: 'vi' })
 * // => 'Đơn vị     Số hồ sơ\n---------  --------\nUBND xã A     1.234\n'
 */
export function formatTextTable(
  rows: readonly (readonly OutputCell[])[],
  options: TextTableOptions = {},
): string {
  const locale = options.locale;
  let cols = 0;
  for (const r of rows) if (r.length > cols) cols = r.length;
  const right: boolean[] = new Array<boolean>(cols).fill(false);
  const text: string[][] = [];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    const t: string[] = [];
    for (let j = 0; j < cols; j++) {
      const v = r[j];
      if (v === null || v === undefined) t.push('');
      else if (typeof v === 'number') {
        if (i > 0) right[j] = true;
        t.push(locale !== undefined && Number.isFinite(v) ? formatNumber(v, { locale }) : String(v));
      } else {
        const s = String(v);
        if (i > 0 && RIGHT_TEXT.test(s)) right[j] = true;
        t.push(s);
      }
    }
    text.push(t);
  }
  const cellW: number[][] = text.map((r) => r.map(displayWidth));
  const body: number[] = new Array<number>(cols).fill(0);
  for (let i = 1; i < text.length; i++) {
    for (let j = 0; j < cols; j++) if (cellW[i]![j]! > body[j]!) body[j] = cellW[i]![j]!;
  }
  const head = text[0] ?? [];
  const natural = body.map((w, j) => Math.max(w, cellW[0]?.[j] ?? 0));
  const total = (ws: readonly number[]): number => ws.reduce((a, b) => a + b, 0) + 2 * Math.max(0, cols - 1);
  const limit = options.width ?? Number.POSITIVE_INFINITY;
  let widths = natural;
  let headLines: string[][] = [head];
  if (total(natural) > limit) {
    // Wrap the header at spaces: a column is as wide as its widest cell or its longest word.
    const wrapped = body.map((w, j) => {
      let longest = 0;
      for (const { piece } of headerPieces(head[j] ?? '')) longest = Math.max(longest, displayWidth(piece));
      return Math.max(w, longest);
    });
    if (total(wrapped) > limit) return verticalTable(text, right, options.keyColumns ?? 1);
    widths = wrapped;
    const cellsLines = head.map((h, j) => wrapWords(h, wrapped[j]!));
    const depth = Math.max(1, ...cellsLines.map((l) => l.length));
    headLines = [];
    for (let k = 0; k < depth; k++) headLines.push(cellsLines.map((l) => l[k] ?? ''));
  }
  const lines: string[] = [];
  for (const h of headLines)
    lines.push(
      h
        .map((s, j) => pad(s, widths[j]!, false))
        .join('  ')
        .trimEnd(),
    );
  if (rows.length > 0) lines.push(widths.map((w) => '-'.repeat(w)).join('  '));
  for (let i = 1; i < text.length; i++) {
    const r = text[i]!;
    lines.push(
      r
        .map((s, j) => pad(s, widths[j]!, right[j]!))
        .join('  ')
        .trimEnd(),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** One block per row: its key cells as a heading, then `label  value` for every other column. */
function verticalTable(text: readonly string[][], right: readonly boolean[], keys: number): string {
  const head = text[0] ?? [];
  let labelW = 0;
  let valueW = 0;
  for (let j = keys; j < head.length; j++) labelW = Math.max(labelW, displayWidth(head[j]!));
  for (let i = 1; i < text.length; i++) {
    for (let j = keys; j < head.length; j++) valueW = Math.max(valueW, displayWidth(text[i]![j]!));
  }
  const out: string[] = [];
  for (let i = 1; i < text.length; i++) {
    const r = text[i]!;
    const title = r
      .slice(0, keys)
      .map((s, j) => (keys > 1 && s !== '' ? `${head[j]}: ${s}` : s))
      .filter((s) => s !== '')
      .join(' · ');
    if (i > 1) out.push('');
    out.push(title === '' ? `[${i}]` : title);
    for (let j = keys; j < head.length; j++) {
      out.push(`  ${pad(head[j]!, labelW, false)}  ${pad(r[j]!, valueW, right[j]!)}`.trimEnd());
    }
  }
  return `${out.join('\n')}\n`;
}

/**
 * The file operations the writers of this module and of `writeXlsxFile` write through (hệ thống
 * tệp để ghi): by default `node:fs`. A seam, so that a caller — a test, a command run in a sandbox —
 * can make a write fail as a full disk (`ENOSPC`) does, without `/dev/full`.
 *
 * @example
 * const full: OutputFileSystem = {
 *   ...NODE_OUTPUT_FS,
 *   writeSync: () => { throw Object.assign(new Error('no space left'), { code: 'ENOSPC' }); },
 * };
 * typeof full.openSync // => 'function'
 */
export interface OutputFileSystem {
  /** Open a file (`flags` as `fs.openSync`: `w` creates or truncates). */
  readonly openSync: (path: string, flags: string) => number;
  /** Write `length` bytes of `buffer` from `offset`; returns the bytes written. */
  readonly writeSync: (fd: number, buffer: Uint8Array, offset: number, length: number) => number;
  /** Close a file. */
  readonly closeSync: (fd: number) => void;
  /** Write a whole file at once. */
  readonly writeFile: (path: string, data: string | Uint8Array) => Promise<void>;
}

/**
 * The default {@link OutputFileSystem}: `node:fs`.
 *
 * @example
 * typeof NODE_OUTPUT_FS.writeFile // => 'function'
 */
export const NODE_OUTPUT_FS: OutputFileSystem = {
  openSync: (path, flags) => nodeFs.openSync(path, flags),
  writeSync: (fd, buffer, offset, length) => nodeFs.writeSync(fd, buffer, offset, length),
  closeSync: (fd) => nodeFs.closeSync(fd),
  writeFile: (path, data) =>
    typeof data === 'string' ? writeFile(path, data, 'utf8') : writeFile(path, data),
};

/**
 * Write text to a file, UTF-8 (ghi tệp). CSV gets a byte-order mark so Excel reads the diacritics.
 *
 * @param path - The file.
 * @param text - The content.
 * @param options - `bom: true` to prefix a byte-order mark; `fs`, the file operations
 *   ({@link OutputFileSystem}, default `node:fs`).
 * @returns When written.
 * @throws Error when the file cannot be written.
 * @example
 * import { mkdtempSync, readFileSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * const file = join(mkdtempSync(join(tmpdir(), 'ket-qua-')), 'ket-qua.csv');
 * await writeTextFile(file, formatCsv([['Đơn vị', 'Tiếp nhận'], ['UBND xã A', 12]]), { bom: true });
 * [...readFileSync(file).subarray(0, 3)] // => [0xef, 0xbb, 0xbf]   (the byte-order mark)
 * readFileSync(file, 'utf8') // => '\ufeffĐơn vị,Tiếp nhận\r\nUBND xã A,12\r\n'
 */
export async function writeTextFile(
  path: string,
  text: string,
  options: { readonly bom?: boolean; readonly fs?: OutputFileSystem } = {},
): Promise<void> {
  await (options.fs ?? NODE_OUTPUT_FS).writeFile(path, options.bom === true ? `\ufeff${text}` : text);
}

/**
 * The two columns the rejects CSV puts before the row's own cells: the row's line in the source
 * file and why it was rejected. Unknown to every column map, so the importers pass over them
 * when the file is read back.
 */
export const REJECTS_CSV_COLUMNS: Readonly<Record<Locale, readonly [string, string]>> = {
  vi: ['Dòng trong tệp gốc', 'Lý do bị loại'],
  en: ['Line in the source file', 'Why rejected'],
};

/** A sink for rejected rows, written as they come (memory stays flat). */
export interface RejectsWriter {
  /** Write one rejected row. */
  write(rejection: ImportRejection): void;
  /** Rows written. */
  readonly count: number;
  /**
   * Finish the file. A CSV rejects file gets the source file's headers (`headers`, from the import
   * summary) as its header row, after the two columns of {@link REJECTS_CSV_COLUMNS}.
   */
  close(headers?: readonly string[]): Promise<void>;
  /** Give up: close and remove what was written. */
  abort(): void;
}

/** Options of {@link createRejectsWriter}. */
export interface RejectsWriterOptions extends SpreadsheetSafetyOptions {
  /** Language of the two leading columns' headers (default `vi`). */
  readonly locale?: Locale;
  /** How one rejection's issues read in the file (default: their messages joined by `; `). */
  readonly describe?: (rejection: ImportRejection) => string;
  /** The file operations the files are written with ({@link OutputFileSystem}, default `node:fs`). */
  readonly fs?: OutputFileSystem;
}

/** Synchronous writes through a 64 KiB buffer: memory stays flat and errors surface at once. */
class FileSink {
  private readonly fd: number;
  private buf = '';
  private open = true;
  constructor(
    path: string,
    flags: string,
    private readonly fs: OutputFileSystem,
  ) {
    this.fd = fs.openSync(path, flags);
  }
  write(s: string): void {
    this.buf += s;
    if (this.buf.length >= 1 << 16) this.flush();
  }
  flush(): void {
    if (this.buf !== '') {
      const b = Buffer.from(this.buf, 'utf8');
      this.buf = '';
      let off = 0;
      while (off < b.length) off += this.fs.writeSync(this.fd, b, off, b.length - off);
    }
  }
  close(): void {
    try {
      this.flush();
    } finally {
      this.closeQuietly();
    }
  }
  closeQuietly(): void {
    if (!this.open) return;
    this.open = false;
    this.buf = '';
    try {
      this.fs.closeSync(this.fd);
    } catch {
      // nothing more to do
    }
  }
}

/** Remove a half-written output, but never a device (`/dev/full`, `/dev/stdout`) or a pipe. */
function removeIfPlainFile(path: string): void {
  try {
    if (statSync(path).isFile()) unlinkSync(path);
  } catch {
    // nothing to remove
  }
}

function cellsOf(raw: unknown, headers: readonly string[]): unknown[] {
  if (Array.isArray(raw)) return raw as unknown[];
  if (raw !== null && typeof raw === 'object') {
    const rec = raw as Record<string, unknown>;
    const keys = headers.length > 0 ? headers : Object.keys(rec);
    const out = keys.map((k) => (Object.hasOwn(rec, k) ? rec[k] : ''));
    for (const k of Object.keys(rec)) if (!keys.includes(k)) out.push(rec[k]);
    return out;
  }
  return [raw];
}

function cellText(v: unknown): OutputCell {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString();
  return JSON.stringify(v) ?? String(v);
}

/**
 * Open a file for rejected rows (tệp các dòng bị loại), written as they come so memory stays flat.
 *
 * CSV (the default): a file that reads back as it is written: a header row with two leading
 * columns (the row's line in the source file, why it was rejected; {@link REJECTS_CSV_COLUMNS})
 * followed by the source file's own headers, then one row per rejected row with its cells as
 * read, so it can be corrected in a spreadsheet and imported again. UTF-8 with a byte-order mark;
 * formula-leading cells escaped ({@link escapeFormula}) unless `escapeFormulas: false`. The rows
 * go to a temporary file beside it until {@link RejectsWriter.close} knows the headers.
 *
 * JSON Lines when the path ends with `.jsonl` or `.json`: one rejection per line, written directly.
 *
 * @param path - The file.
 * @param options - Language, formula escaping, how issues read.
 * @returns The writer.
 * @throws Error (from `node:fs`) when the file cannot be created.
 * @example
 * import { mkdtempSync, readFileSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * const csv = 'Mã hồ sơ,Đơn vị tiếp nhận,Kênh thực hiện,Ngày tiếp nhận,Ngày hẹn trả\n' +
 *   'H1,UBND xã A,Trực tuyến,05/03/2026,08/03/2026\n' +
 *   'H2,UBND xã A,Qua thư,06/03/2026,09/03/2026\n'; // not a channel
 * const path = join(mkdtempSync(join(tmpdir(), 'loi-')), 'loi.csv');
 * const rejects = createRejectsWriter(path, { locale: 'en' });
 * const r = await tallyDossierSource(csv, { period: customPeriod('2026-03-01', '2026-03-31'),
 *   onRejection: (x) => rejects.write(x) });
 * await rejects.close(r.summary.headers);
 * rejects.count // => 1
 * readFileSync(path, 'utf8').split('\r\n')[0]
 * // => '\ufeffLine in the source file,Why rejected,Mã hồ sơ,Đơn vị tiếp nhận,Kênh thực hiện,Ngày tiếp nhận,Ngày hẹn trả'
 * readFileSync(path, 'utf8').split('\r\n')[1] // => '3,…,H2,UBND xã A,Qua thư,06/03/2026,09/03/2026'
 */
export function createRejectsWriter(path: string, options: RejectsWriterOptions = {}): RejectsWriter {
  const jsonl = path.endsWith('.jsonl') || path.endsWith('.json');
  const describe = options.describe ?? ((r: ImportRejection) => r.issues.map((i) => i.message).join('; '));
  const escapeCells = options.escapeFormulas !== false;
  // The target is opened (and truncated) first, so a bad path fails before any row is read.
  const fs = options.fs ?? NODE_OUTPUT_FS;
  const target = new FileSink(path, 'w', fs);
  let count = 0;
  if (jsonl) {
    return {
      write(r) {
        count++;
        target.write(`${JSON.stringify({ line: r.line, index: r.index, raw: r.raw, issues: r.issues })}\n`);
      },
      get count() {
        return count;
      },
      async close() {
        target.close();
      },
      abort() {
        target.closeQuietly();
        removeIfPlainFile(path);
      },
    };
  }
  // The rows wait beside the target, or in the temporary folder when the target is no plain file
  // (a device such as /dev/stdout, a pipe).
  let plain = true;
  try {
    plain = statSync(path).isFile();
  } catch {
    plain = true;
  }
  const partPath = join(plain ? dirname(path) : tmpdir(), `.${basename(path)}.${process.pid}.part`);
  let part: FileSink;
  try {
    part = new FileSink(partPath, 'w', fs);
  } catch (e) {
    target.closeQuietly();
    throw e;
  }
  const removePart = (): void => {
    try {
      unlinkSync(partPath);
    } catch {
      // already gone
    }
  };
  return {
    write(r) {
      count++;
      part.write(`${JSON.stringify([r.line, describe(r), r.raw])}\n`);
    },
    get count() {
      return count;
    },
    async close(headers = []) {
      try {
        part.close();
        const [lineCol, whyCol] = REJECTS_CSV_COLUMNS[options.locale ?? 'vi'];
        target.write(
          `\ufeff${formatCsv([[lineCol, whyCol, ...headers]], ',', { escapeFormulas: escapeCells })}`,
        );
        // Read the parts back line by line through a fixed buffer.
        const fd = openSync(partPath, 'r');
        try {
          const chunk = Buffer.alloc(1 << 16);
          const decoder = new StringDecoder('utf8');
          let rest = '';
          for (;;) {
            const n = readSync(fd, chunk, 0, chunk.length, null);
            if (n === 0) break;
            rest += decoder.write(chunk.subarray(0, n));
            let nl = rest.indexOf('\n');
            let from = 0;
            while (nl >= 0) {
              const [line, why, raw] = JSON.parse(rest.slice(from, nl)) as [number, string, unknown];
              target.write(
                formatCsv([[line, why, ...cellsOf(raw, headers).map(cellText)]], ',', {
                  escapeFormulas: escapeCells,
                }),
              );
              from = nl + 1;
              nl = rest.indexOf('\n', from);
            }
            rest = rest.slice(from);
          }
        } finally {
          closeSync(fd);
        }
        target.close();
      } finally {
        target.closeQuietly();
        removePart();
      }
    },
    abort() {
      part.closeQuietly();
      target.closeQuietly();
      removePart();
      removeIfPlainFile(path);
    },
  };
}

import { inflateRawSync } from 'node:zlib';
import type { Locale } from '../core/messages';
import { ImportFileError } from '../import/errors';
import type { XlsxUnreadableReason } from '../import/messages';

export { ImportFileError };

/**
 * Bounds a workbook must keep before it is handed to the reader (giới hạn tệp Excel). The reader
 * (`read-excel-file`) builds every row of a sheet in memory, and its size follows what the file
 * declares, not what it holds: a 7 KB file declaring a cell at `XFD1048576` asks for 17 billion
 * cells. So the archive and the sheets are measured first.
 */
export interface XlsxLimits {
  /** Bytes of the archive once unpacked, all parts together (default 256 MiB). */
  readonly maxUncompressedBytes?: number;
  /**
   * Rows of a sheet (default 100 000). The reader parses a sheet with one nested call per chunk
   * of XML, so the call stack of one thread bounds the rows it can read; past this bound, export
   * the sheet as CSV, which is read in a stream at any size.
   */
  readonly maxRows?: number;
  /** Columns of a sheet (default 1 000). */
  readonly maxColumns?: number;
  /** Rows × columns of a sheet's used range (default 10 000 000). */
  readonly maxCells?: number;
}

/** The bounds used when none is given. */
export const DEFAULT_XLSX_LIMITS: Required<XlsxLimits> = {
  maxUncompressedBytes: 256 * 1024 * 1024,
  maxRows: 100_000,
  maxColumns: 1000,
  maxCells: 10_000_000,
};

interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressed: number;
  readonly size: number;
  readonly offset: number;
}

function entries(buf: Buffer, locale: Locale): ZipEntry[] {
  const bad = (reason: XlsxUnreadableReason) =>
    new ImportFileError('vn.import.xlsx_unreadable', { reason, detail: '' }, locale);
  let end = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65_535); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw bad('not_zip');
  const count = buf.readUInt16LE(end + 10);
  const cdOffset = buf.readUInt32LE(end + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) throw bad('zip64');
  const out: ZipEntry[] = [];
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) throw bad('damaged_directory');
    const nameLength = buf.readUInt16LE(p + 28);
    out.push({
      method: buf.readUInt16LE(p + 10),
      compressed: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      offset: buf.readUInt32LE(p + 42),
      name: buf.toString('utf8', p + 46, p + 46 + nameLength),
    });
    p += 46 + nameLength + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return out;
}

function unpack(buf: Buffer, e: ZipEntry, budget: number, onTooLarge: () => never, locale: Locale): Buffer {
  const o = e.offset;
  if (o + 30 > buf.length || buf.readUInt32LE(o) !== 0x04034b50) {
    throw new ImportFileError(
      'vn.import.xlsx_unreadable',
      { reason: 'damaged_entry', detail: e.name },
      locale,
    );
  }
  const start = o + 30 + buf.readUInt16LE(o + 26) + buf.readUInt16LE(o + 28);
  const raw = buf.subarray(start, start + e.compressed);
  if (e.method === 0) return raw.length > budget ? onTooLarge() : raw;
  if (e.method !== 8) {
    throw new ImportFileError(
      'vn.import.xlsx_unreadable',
      { reason: 'compression', detail: String(e.method) },
      locale,
    );
  }
  try {
    return inflateRawSync(raw, { maxOutputLength: Math.max(1, budget) });
  } catch (err) {
    if ((err as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') return onTooLarge();
    throw new ImportFileError(
      'vn.import.xlsx_unreadable',
      { reason: 'damaged_entry', detail: e.name },
      locale,
    );
  }
}

/** `A` → 1, `XFD` → 16384. */
function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n;
}

/**
 * @internal The used range of a sheet's XML: the largest row and column its dimension, rows and
 * cells declare (references only: rows and cells without one count by position).
 */
export function sheetExtent(xml: string): { rows: number; columns: number } {
  let rows = 0;
  let columns = 0;
  const dim = /<dimension\b[^>]*\bref="(?:[A-Z]+\d+:)?([A-Z]+)(\d+)"/.exec(xml);
  if (dim !== null) {
    columns = columnNumber(dim[1]!);
    rows = Number(dim[2]);
  }
  let rowCount = 0;
  for (const m of xml.matchAll(/<row\b([^>]*)>/g)) {
    rowCount++;
    const r = /\br="(\d+)"/.exec(m[1]!);
    if (r !== null) rows = Math.max(rows, Number(r[1]));
  }
  rows = Math.max(rows, rowCount);
  for (const m of xml.matchAll(/<c\b[^>]*?\br="([A-Z]+)(\d+)"/g)) {
    const c = columnNumber(m[1]!);
    if (c > columns) columns = c;
    const r = Number(m[2]);
    if (r > rows) rows = r;
  }
  return { rows, columns };
}

/**
 * Check a workbook against the bounds before it is read (kiểm tra tệp Excel trước khi đọc): the
 * size of every part once unpacked (measured while unpacking, so a part that lies about its size
 * is caught too), and each sheet's rows, columns and cells.
 *
 * @param buf - The `.xlsx` file.
 * @param limits - The bounds (defaults: {@link DEFAULT_XLSX_LIMITS}).
 * @param locale - Language of the error message.
 * @throws ImportFileError `vn.import.xlsx_too_large` past the unpacked size,
 *   `vn.import.xlsx_dimensions` past the rows, columns or cells of a sheet,
 *   `vn.import.xlsx_unreadable` for a file that is not a readable zip archive.
 * @example
 * const workbook = Buffer.from(formatXlsx([{ name: 'Hộ', rows: [
 *   ['Mã hộ', 'Chủ hộ'], ['12', 'NGUYỄN VĂN A'], ['13', 'TRẦN THỊ B'],
 * ] }]));
 * checkXlsx(workbook) // => undefined   (within the default bounds)
 * let code = '';
 * try {
 *   checkXlsx(workbook, { maxRows: 2 });
 * } catch (e) {
 *   if (e instanceof ImportFileError) code = e.code;
 * }
 * code // => 'vn.import.xlsx_dimensions'   (3 rows, 2 allowed)
 */
export function checkXlsx(buf: Buffer, limits: XlsxLimits = {}, locale: Locale = 'vi'): void {
  const L = { ...DEFAULT_XLSX_LIMITS, ...limits };
  const list = entries(buf, locale);
  const tooLarge = (bytes: number): never => {
    throw new ImportFileError('vn.import.xlsx_too_large', { bytes, max: L.maxUncompressedBytes }, locale);
  };
  let declared = 0;
  for (const e of list) declared += e.size;
  if (declared > L.maxUncompressedBytes) tooLarge(declared);
  let used = 0;
  for (const e of list) {
    if (!/^xl\/(worksheets\/[^/]+|sharedStrings)\.xml$/i.test(e.name)) continue;
    const data = unpack(buf, e, L.maxUncompressedBytes - used, () => tooLarge(used + e.size + 1), locale);
    used += data.length;
    if (!/^xl\/worksheets\//i.test(e.name)) continue;
    const { rows, columns } = sheetExtent(data.toString('latin1'));
    if (rows > L.maxRows || columns > L.maxColumns || rows * columns > L.maxCells) {
      throw new ImportFileError(
        'vn.import.xlsx_dimensions',
        {
          sheet: e.name,
          rows,
          columns,
          maxRows: L.maxRows,
          maxColumns: L.maxColumns,
          maxCells: L.maxCells,
        },
        locale,
      );
    }
  }
}

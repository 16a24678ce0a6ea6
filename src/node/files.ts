import { statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Readable } from 'node:stream';
import type { TableSource } from '../import/importer';
import type { ImportSource } from '../import/source';
import type { CellValue } from '../import/values';

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

type ReadSheet = typeof import('read-excel-file/node').readSheet;
let readSheetLoaded: Promise<ReadSheet> | undefined;

/** Whether an import failed because the module is not installed (loaders may wrap the error). */
function isModuleNotFound(e: unknown): boolean {
  let x: unknown = e;
  for (let depth = 0; depth < 5 && typeof x === 'object' && x !== null; depth++) {
    const code = (x as { code?: unknown }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') return true;
    x = (x as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * `read-excel-file` is an optional peer dependency: loaded on the first workbook, so that
 * `commune-kpi/node` (CSV, JSON, the command) works without it, and a missing install is named.
 */
function loadReadSheet(): Promise<ReadSheet> {
  readSheetLoaded ??= import('read-excel-file/node').then(
    (m) => m.readSheet,
    (e: unknown) => {
      readSheetLoaded = undefined;
      if (isModuleNotFound(e)) {
        throw new Error(
          '[commune-kpi] reading .xlsx workbooks needs the optional package read-excel-file: npm install read-excel-file',
          { cause: e },
        );
      }
      throw e;
    },
  );
  return readSheetLoaded;
}

/**
 * Turn a cell of `read-excel-file` into a {@link CellValue}: a `Date` (Excel stores wall-clock
 * time, which the reader gives as UTC) becomes `YYYY-MM-DD`, or `YYYY-MM-DDTHH:mm:ss+07:00` when it
 * has a time of day; numbers, text and booleans stay as they are.
 *
 * @param v - A cell as `read-excel-file` returns it.
 * @returns The cell for the importers.
 * @example
 * excelCell(new Date(Date.UTC(2026, 2, 5))) // => '2026-03-05'
 * excelCell(new Date(Date.UTC(2026, 2, 5, 14, 30))) // => '2026-03-05T14:30:00+07:00'
 */
export function excelCell(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return null;
    const date = `${String(v.getUTCFullYear()).padStart(4, '0')}-${pad2(v.getUTCMonth() + 1)}-${pad2(v.getUTCDate())}`;
    const h = v.getUTCHours();
    const m = v.getUTCMinutes();
    const s = v.getUTCSeconds();
    return h === 0 && m === 0 && s === 0 ? date : `${date}T${pad2(h)}:${pad2(m)}:${pad2(s)}+07:00`;
  }
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return String(v);
}

/** Options of {@link readXlsxTable}. */
export interface ReadXlsxTableOptions {
  /** Sheet name or 1-based number (default: the first sheet). */
  readonly sheet?: string | number;
}

/**
 * Read one sheet of an `.xlsx` workbook into a {@link TableSource} for the importers (đọc tệp
 * Excel), through `read-excel-file` (kept out of the browser bundle). The whole sheet is read into
 * memory, as XLSX is a zip archive; for very large exports prefer CSV.
 *
 * @param input - A file path, a Buffer or a readable stream of the workbook.
 * @param options - The sheet to read.
 * @returns The rows as a table source (`format: 'xlsx'`).
 * @throws Error when the optional peer dependency `read-excel-file` is not installed (the message
 * says how to install it); Error from `read-excel-file` when the file is not a readable workbook
 * or the sheet is missing.
 * @example
 * const table = await readXlsxTable('ho-ngheo-2024.xlsx', { sheet: 'Xã Phổ Phong' });
 * const r = await importHouseholds(table, { area: 'rural' });
 */
export async function readXlsxTable(
  input: string | Buffer | Readable,
  options: ReadXlsxTableOptions = {},
): Promise<TableSource> {
  const readSheet = await loadReadSheet();
  const data =
    options.sheet === undefined
      ? await readSheet(input, { trim: false })
      : await readSheet(input, options.sheet, { trim: false });
  const rows: CellValue[][] = data.map((row) => row.map(excelCell));
  return { table: rows, format: 'xlsx' };
}

/** Options of {@link openImportFile}. */
export interface OpenImportFileOptions extends ReadXlsxTableOptions {
  /** Called with the number of bytes read so far and the file size (text formats only). */
  readonly onBytes?: (read: number, size: number) => void;
  /** Read size of each chunk, in bytes (default 1 MiB). */
  readonly chunkSize?: number;
}

/**
 * Read a file in chunks into one reused buffer (no new memory per chunk, so no garbage to
 * collect): each chunk is valid until the next one is asked for, which is how every importer of
 * this package reads it (the CSV reader copies, the text readers decode at once).
 */
async function* fileChunks(
  path: string,
  chunkSize: number,
  onBytes: ((read: number, size: number) => void) | undefined,
): AsyncGenerator<Uint8Array, void, undefined> {
  const handle = await open(path, 'r');
  try {
    const size = onBytes === undefined ? 0 : (await handle.stat()).size;
    const buf = new Uint8Array(chunkSize);
    let total = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buf, 0, chunkSize, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      onBytes?.(total, size);
      yield buf.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}

/**
 * Open an export file for the importers (mở tệp dữ liệu): `.xlsx` through {@link readXlsxTable},
 * anything else (CSV, JSON, JSON Lines) as byte chunks read into one reused buffer, so memory stays
 * flat; each chunk is valid until the next is asked for (the importers copy or decode it at once).
 *
 * @param path - The file.
 * @param options - Sheet, chunk size, a byte-progress callback.
 * @returns A source for `importDossiers`, `tallyDossierSource` and the other importers.
 * @throws Error when the file cannot be read; RangeError for a `chunkSize` that is not a positive integer.
 * @example
 * const r = await tallyDossierSource(await openImportFile('ho-so-quy-1.csv'), { period, by: ['unit'] });
 */
export async function openImportFile(
  path: string,
  options: OpenImportFileOptions = {},
): Promise<ImportSource | TableSource> {
  if (extname(path).toLowerCase() === '.xlsx') return readXlsxTable(path, options);
  const chunkSize = options.chunkSize ?? 1 << 20;
  if (!Number.isInteger(chunkSize) || chunkSize < 1) {
    throw new RangeError(`[commune-kpi] chunkSize must be a positive integer, got ${String(chunkSize)}.`);
  }
  statSync(path);
  return fileChunks(path, chunkSize, options.onBytes);
}

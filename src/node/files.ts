import { existsSync, statSync } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, extname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Locale } from '../core/messages';
import { DossierTallyAccumulator } from '../dossier/accumulator';
import { dossierRates } from '../dossier/rates';
import { CsvByteReader } from '../import/csvBytes';
import {
  type DossierSourceTally,
  dossierDomain,
  type TallyDossierSourceOptions,
  tallyDossierSource,
} from '../import/dossier';
import { fastDossierRows, readCsvHead } from '../import/dossierFast';
import { createPipeline, type ImportRejection, type TableSource } from '../import/importer';
import type { ImportSource } from '../import/source';
import type { CellValue } from '../import/values';
import { fileChunks } from './chunks';
import type { DossierPartJob, DossierPartMessage } from './dossier-worker';
import { loadPeer } from './peer';
import { checkXlsx, DEFAULT_XLSX_LIMITS, ImportFileError, type XlsxLimits } from './xlsx-guard';

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

type ReadSheet = typeof import('read-excel-file/node').readSheet;

/**
 * `read-excel-file` is an optional peer dependency: loaded on the first workbook, so that
 * `commune-kpi/node` (CSV, JSON, the command) works without it, and a missing install is named.
 */
async function loadReadSheet(): Promise<ReadSheet> {
  const m = await loadPeer(
    () => import('read-excel-file/node'),
    (cause) =>
      new Error(
        '[commune-kpi] reading .xlsx workbooks needs the optional package read-excel-file: npm install read-excel-file',
        { cause },
      ),
  );
  return m.readSheet;
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
  /** Bounds checked before the workbook is read (defaults: `DEFAULT_XLSX_LIMITS`). */
  readonly xlsxLimits?: XlsxLimits;
  /** Language of the errors (default `vi`). */
  readonly locale?: Locale;
}

async function workbookBytes(
  input: string | Buffer | Readable,
  max: number,
  locale: Locale,
): Promise<Buffer> {
  if (typeof input === 'string') return readFile(input);
  if (Buffer.isBuffer(input)) return input;
  const parts: Buffer[] = [];
  let n = 0;
  for await (const c of input as AsyncIterable<Buffer | string>) {
    const b = typeof c === 'string' ? Buffer.from(c) : c;
    n += b.length;
    if (n > max) throw new ImportFileError('vn.import.xlsx_too_large', { bytes: n, max }, locale);
    parts.push(b);
  }
  return Buffer.concat(parts);
}

/**
 * Read one sheet of an `.xlsx` workbook into a {@link TableSource} for the importers (đọc tệp
 * Excel), through `read-excel-file` (kept out of the browser bundle). The whole sheet is read into
 * memory, as XLSX is a zip archive; for very large exports prefer CSV. Before the reader sees it,
 * the archive is measured (`checkXlsx`): its unpacked size and each sheet's rows, columns and
 * cells must keep within `xlsxLimits`, so a small file that declares a huge sheet is refused
 * with a coded error instead of exhausting memory or the call stack.
 *
 * @param input - A file path, a Buffer or a readable stream of the workbook.
 * @param options - The sheet to read.
 * @returns The rows as a table source (`format: 'xlsx'`).
 * @throws Error when the optional peer dependency `read-excel-file` is not installed (the message
 * says how to install it); `ImportFileError` (`vn.import.xlsx_too_large`,
 * `vn.import.xlsx_dimensions`, `vn.import.xlsx_unreadable`) past the bounds or for a file that
 * is not a zip archive; Error from `read-excel-file` when the sheet is missing.
 * @example
 * import { mkdtempSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * const file = join(mkdtempSync(join(tmpdir(), 'ho-ngheo-')), 'ho-ngheo-2024.xlsx');
 * await writeXlsxFile(file, [{ name: 'Xã Phổ Phong', rows: [
 *   ['Mã hộ', 'Chủ hộ', 'Thôn', 'Thời gian rà soát', 'Phiếu B1', 'Phiếu B2', 'Kết quả rà soát'],
 *   ['12', 'NGUYỄN VĂN A', 'Thôn 3', '10/10/2024', 110, 40, 'Hộ nghèo'],
 *   ['13', 'TRẦN THỊ B', 'Thôn 3', '10/10/2024', 150, 10, 'Hộ cận nghèo'],
 * ] }]);
 * const table = await readXlsxTable(file, { sheet: 'Xã Phổ Phong' });
 * const r = await importHouseholds(table, { area: 'rural' });
 * [r.format, r.read, r.valid] // => ['xlsx', 2, 2]
 * r.rows.map((h) => [h.code, h.scoreA, h.recordedClass]) // => [['12', 110, 'poor'], ['13', 150, 'near-poor']]
 */
export async function readXlsxTable(
  input: string | Buffer | Readable,
  options: ReadXlsxTableOptions = {},
): Promise<TableSource> {
  const readSheet = await loadReadSheet();
  const locale = options.locale ?? 'vi';
  const max = options.xlsxLimits?.maxUncompressedBytes ?? DEFAULT_XLSX_LIMITS.maxUncompressedBytes;
  const bytes = await workbookBytes(input, max, locale);
  checkXlsx(bytes, options.xlsxLimits, locale);
  const data =
    options.sheet === undefined
      ? await readSheet(bytes, { trim: false })
      : await readSheet(bytes, options.sheet, { trim: false });
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
 * Open an export file for the importers (mở tệp dữ liệu): `.xlsx` through {@link readXlsxTable},
 * anything else (CSV, JSON, JSON Lines) as byte chunks read one at a time, so memory stays flat.
 * Every chunk is a buffer of its own that belongs to whoever receives it: it may be kept, queued
 * or handed on (none is read into again).
 *
 * @param path - The file.
 * @param options - Sheet, chunk size, a byte-progress callback.
 * @returns A source for `importDossiers`, `tallyDossierSource` and the other importers.
 * @throws Error when the file cannot be read; RangeError for a `chunkSize` that is not a positive integer.
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * const file = join(mkdtempSync(join(tmpdir(), 'ho-so-')), 'ho-so-quy-1.csv');
 * writeFileSync(file, 'Mã hồ sơ,Đơn vị tiếp nhận,Kênh thực hiện,Ngày tiếp nhận,Ngày hẹn trả,Ngày kết thúc xử lý\n' +
 *   'H1,UBND xã A,Trực tuyến,05/01/2026,08/01/2026,07/01/2026\n' +
 *   'H2,UBND xã A,Trực tiếp,10/02/2026,12/02/2026,13/02/2026\n' +
 *   'H3,UBND xã B,Trực tuyến,20/03/2026,25/03/2026,25/03/2026\n');
 * const period = reportingPeriod({ kind: 'quarter', year: 2026, quarter: 1 }, { cutoff: 'calendar' });
 * const r = await tallyDossierSource(await openImportFile(file), { period, by: ['unit'] });
 * r.groups.map((g) => [g.key.unit, g.tally.resolved, formatRatio(g.rates.onTimeCompleted)])
 * // => [['UBND xã A', 2, '50,00%'], ['UBND xã B', 1, '100,00%']]
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

/** Options of {@link tallyDossierFile}. */
export interface TallyDossierFileOptions extends TallyDossierSourceOptions, OpenImportFileOptions {
  /**
   * Threads to tally a CSV file with (số luồng xử lý): the file is split at line boundaries into
   * that many parts, each tallied in a worker thread (the first in this one), and the tallies are
   * merged. Default: the number of cores (`os.availableParallelism()`). `1` reads on this thread
   * only. Files under `2 × 8 MiB`, Excel and JSON files, and runs with `maxErrors` are read on
   * one thread.
   */
  readonly workers?: number;
  /** @internal The smallest part in bytes (default 8 MiB); for tests. */
  readonly minPartBytes?: number;
}

interface PartRun {
  readonly start: number;
  readonly end: number;
  readonly worker: Worker;
  readonly shared: SharedArrayBuffer;
  readonly done: Promise<Extract<DossierPartMessage, { type: 'done' }>>;
  readonly flushed: Promise<void>;
  bytes: number;
  read: number;
  valid: number;
  rejected: number;
}

/** The worker module next to this one: built (`.js`, `.cjs`) or, in this repository, the source. */
function workerFile(): string {
  const here = typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url);
  const dir = dirname(here);
  const ext = here.endsWith('.cjs') ? '.cjs' : '.js';
  for (const f of [
    join(dir, `dossier-worker${ext}`),
    join(dir, 'node', `dossier-worker${ext}`),
    join(dir, 'dossier-worker.ts'),
  ]) {
    if (existsSync(f)) return f;
  }
  throw new Error(`[commune-kpi] the dossier worker module was not found next to ${here}.`);
}

function startWorker(job: DossierPartJob): Worker {
  const file = workerFile();
  const data = { workerData: { dossierPart: job } };
  if (!file.endsWith('.ts')) return new Worker(file, data);
  // In this repository (tests, benchmarks): load the TypeScript source through tsx.
  const url = JSON.stringify(pathToFileURL(file).href);
  return new Worker(`import('tsx/esm/api').then((m) => { m.register(); return import(${url}); });`, {
    ...data,
    eval: true,
  });
}

/** The offset just after the first LF at or after `from`, or `size` when there is none. */
async function lineStartAfter(path: string, from: number, size: number): Promise<number> {
  const h = await open(path, 'r');
  try {
    const buf = new Uint8Array(1 << 16);
    let pos = from;
    while (pos < size) {
      const { bytesRead } = await h.read(buf, 0, buf.length, pos);
      if (bytesRead === 0) break;
      const i = buf.subarray(0, bytesRead).indexOf(10);
      if (i >= 0) return pos + i + 1;
      pos += bytesRead;
    }
    return size;
  } finally {
    await h.close();
  }
}

/**
 * Tally a dossier export file on every core (tổng hợp hồ sơ từ tệp, đa luồng): as
 * `tallyDossierSource`, with the same total, groups, summary and rejections (the file's own line
 * numbers, in file order), but a CSV file is split at line boundaries and its parts are tallied in
 * worker threads, then merged (the tallies are mergeable). Memory stays flat: each thread reads its
 * part in chunks.
 *
 * A line break inside a quoted field may fall where a part was cut: the thread before it then
 * ends inside that record and says so, and the next part is read again from the start of that
 * record, so the result is always that of one thread. A file without LF line breaks (CR only)
 * is read on one thread.
 *
 * @param path - A CSV (or JSON, Excel) dossier export.
 * @param options - As `tallyDossierSource`, plus `workers` and the file options.
 * @returns Tally, rates, groups with rates, the import summary and the first rejections.
 * @throws RangeError for a `workers` or `chunkSize` that is not a positive integer, and as
 *   `tallyDossierSource`; Error when the file cannot be read.
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * const file = join(mkdtempSync(join(tmpdir(), 'ho-so-')), 'ho-so-quy-1.csv');
 * writeFileSync(file, 'Mã hồ sơ,Đơn vị tiếp nhận,Kênh thực hiện,Ngày tiếp nhận,Ngày hẹn trả,Ngày kết thúc xử lý\n' +
 *   'H1,UBND xã A,Trực tuyến,05/01/2026,08/01/2026,07/01/2026\n' +
 *   'H2,UBND xã A,Trực tiếp,10/02/2026,12/02/2026,13/02/2026\n' +
 *   'H3,UBND xã B,Trực tuyến,20/03/2026,25/03/2026,25/03/2026\n' +
 *   'H4,UBND xã B,Trực tiếp,31/02/2026,02/04/2026,\n');                  // no such day
 * const period = reportingPeriod({ kind: 'quarter', year: 2026, quarter: 1 }, { cutoff: 'calendar' });
 * const r = await tallyDossierFile(file, { period, by: ['unit', 'month'], workers: 2 });
 * r.summary // => { read: 4, valid: 3, rejected: 1, … }
 * r.rejections.map((x) => x.line) // => [5]
 * r.groups.map((g) => [g.key.unit, g.key.month, g.tally.received])
 * // => [['UBND xã A', '2026-01', 1], ['UBND xã A', '2026-02', 1], ['UBND xã B', '2026-03', 1]]
 */
export async function tallyDossierFile(
  path: string,
  options: TallyDossierFileOptions,
): Promise<DossierSourceTally> {
  const workers = options.workers ?? availableParallelism();
  if (!Number.isInteger(workers) || workers < 1) {
    throw new RangeError(`[commune-kpi] workers must be a positive integer, got ${String(workers)}.`);
  }
  const chunkSize = options.chunkSize ?? 1 << 20;
  if (!Number.isInteger(chunkSize) || chunkSize < 1) {
    throw new RangeError(`[commune-kpi] chunkSize must be a positive integer, got ${String(chunkSize)}.`);
  }
  const format = options.format ?? 'auto';
  const single = async (): Promise<DossierSourceTally> =>
    tallyDossierSource(await openImportFile(path, options), options);
  if (
    workers === 1 ||
    extname(path).toLowerCase() === '.xlsx' ||
    format === 'json' ||
    format === 'jsonl' ||
    options.maxErrors !== undefined
  ) {
    return single();
  }
  const size = statSync(path).size;
  const minPart = options.minPartBytes ?? 8 << 20;
  const wanted = Math.min(workers, Math.floor(size / minPart));
  if (wanted < 2) return single();
  // A JSON file goes to the one-thread path.
  const first = await firstByte(path);
  if (format === 'auto' && (first === 91 || first === 123)) return single();

  const pipe = createPipeline(dossierDomain(options), options);
  const acc = new DossierTallyAccumulator(options.period, options);
  const keep = options.keepRejections ?? 1000;
  const rejections: ImportRejection[] = [];
  const deliver = (r: ImportRejection): void => {
    if (rejections.length < keep) rejections.push(r);
    options.onRejection?.(r);
  };
  const result = (): DossierSourceTally => {
    const total = acc.total;
    return {
      summary: pipe.summary(),
      total,
      rates: dossierRates(total),
      groups: acc.groups().map((g) => ({ ...g, rates: dossierRates(g.tally) })),
      rejections,
    };
  };
  const headIt = fileChunks(path, chunkSize, undefined)[Symbol.asyncIterator]();
  const head = await readCsvHead(headIt, pipe, options);
  await headIt.return?.(undefined);
  if (head === undefined) {
    pipe.finish();
    return result();
  }
  const sep = pipe.state.separator ?? ',';
  const max = options.maxFieldLength ?? 100_000;
  // Where the parts start: just after a line break past the head.
  const starts = [0];
  for (let k = 1; k < wanted; k++) {
    const s = await lineStartAfter(path, Math.max(head.bytes, Math.floor((size * k) / wanted)), size);
    if (s < size && s > starts[starts.length - 1]!) starts.push(s);
  }
  const bounds = [...starts, size];
  const parts = bounds.length - 1;

  const { onRejection: _r, onProgress: _p, onBytes: _b, ...plain } = options;
  let mainBytes = 0;
  const runs: (PartRun | undefined)[] = [];
  const progress = (): void => {
    let read = pipe.state.read;
    let valid = pipe.state.valid;
    let rejected = pipe.state.rejected;
    let bytes = mainBytes;
    for (const r of runs) {
      if (r === undefined) continue;
      read += r.read;
      valid += r.valid;
      rejected += r.rejected;
      bytes += r.bytes;
    }
    options.onProgress?.({ read, valid, rejected, line: pipe.state.line });
    options.onBytes?.(bytes, size);
  };
  const spawn = (start: number, end: number, last: boolean): PartRun => {
    const shared = new SharedArrayBuffer(24);
    const job: DossierPartJob = {
      path,
      start,
      end,
      last,
      separator: sep,
      sample: head.sample,
      options: plain,
      shared,
      chunkSize,
      keep: options.onRejection === undefined ? keep : Number.POSITIVE_INFINITY,
    };
    const worker = startWorker(job);
    let onDone!: (m: Extract<DossierPartMessage, { type: 'done' }>) => void;
    let onFlushed!: () => void;
    let onError!: (e: unknown) => void;
    const done = new Promise<Extract<DossierPartMessage, { type: 'done' }>>((res, rej) => {
      onDone = res;
      onError = rej;
    });
    let onFlushError!: (e: unknown) => void;
    const flushed = new Promise<void>((res, rej) => {
      onFlushed = res;
      onFlushError = rej;
      done.catch(rej);
    });
    // Keep an unhandled rejection from escaping before the part is awaited.
    done.catch(() => undefined);
    flushed.catch(() => undefined);
    const run: PartRun = {
      start,
      end,
      worker,
      shared,
      done,
      flushed,
      bytes: 0,
      read: 0,
      valid: 0,
      rejected: 0,
    };
    worker.on('message', (m: DossierPartMessage) => {
      if (m.type === 'rejections') {
        // A sink that fails (a full disk) stops the tally through its promise, not as an
        // exception thrown out of the worker's event.
        try {
          for (const r of m.rejections) deliver(r);
        } catch (e) {
          // The rows come before or after the part's end: fail whichever is awaited.
          onError(e);
          onFlushError(e);
        }
      } else if (m.type === 'progress') {
        run.bytes = m.bytes;
        run.read = m.read;
        run.valid = m.valid;
        run.rejected = m.rejected;
        progress();
      } else if (m.type === 'done') onDone(m);
      else onFlushed();
    });
    worker.on('error', (e) => onError(e));
    worker.on('exit', (code) => {
      if (code !== 0) onError(new Error(`[commune-kpi] a dossier worker stopped with code ${code}.`));
    });
    return run;
  };
  const stopRun = (r: PartRun): void => {
    const flag = new Int32Array(r.shared, 0, 2);
    Atomics.store(flag, 0, 2);
    Atomics.notify(flag, 0);
    void r.worker.terminate();
  };
  for (let k = 1; k < parts; k++) runs[k] = spawn(bounds[k]!, bounds[k + 1]!, k === parts - 1);
  try {
    // Part 0 on this thread, from the head on.
    const reader = new CsvByteReader(sep, max);
    const all = options.onRejection !== undefined;
    const onRow = fastDossierRows(
      pipe,
      acc,
      options,
      deliver,
      head.skip,
      () => all || rejections.length < keep,
    );
    for (const c of head.chunks) {
      const cut = Math.min(c.length, Math.max(0, bounds[1]! - mainBytes));
      reader.push(cut === c.length ? c : c.subarray(0, cut), onRow);
      mainBytes += cut;
    }
    for await (const c of fileChunks(path, chunkSize, undefined, mainBytes, bounds[1]!, true)) {
      reader.push(c, onRow);
      mainBytes += c.length;
      progress();
    }
    if (parts === 1) reader.end(onRow);
    let clean = parts === 1 || reader.clean;
    let linesBefore = clean ? reader.linesRead : reader.pendingLine - 1;
    let readBefore = pipe.state.read;
    let pendingStart = clean ? bounds[1]! : reader.pendingStart;
    for (let k = 1; k < parts; k++) {
      let run = runs[k]!;
      if (!clean) {
        // The cut fell inside a quoted field: read this part again from that record's start.
        stopRun(run);
        run = spawn(pendingStart, run.end, k === parts - 1);
        runs[k] = run;
      }
      const offsets = new Float64Array(run.shared, 8, 2);
      offsets[0] = linesBefore;
      offsets[1] = readBefore;
      const flag = new Int32Array(run.shared, 0, 2);
      Atomics.store(flag, 0, 1);
      Atomics.notify(flag, 0);
      const d = await run.done;
      await run.flushed;
      acc.addState(d.state);
      if (d.codes !== undefined) pipe.codes?.merge(d.codes, linesBefore);
      const st = pipe.state;
      st.read += d.read;
      st.valid += d.valid;
      st.rejected += d.rejected;
      st.blank += d.blank;
      run.read = 0;
      run.valid = 0;
      run.rejected = 0;
      linesBefore += d.lines;
      readBefore += d.read;
      st.line = linesBefore;
      clean = d.clean;
      pendingStart = d.pendingStart;
    }
    pipe.finish();
    progress();
    return result();
  } finally {
    for (const r of runs) if (r !== undefined) void r.worker.terminate();
  }
}

async function firstByte(path: string): Promise<number | undefined> {
  const h = await open(path, 'r');
  try {
    const buf = new Uint8Array(4096);
    const { bytesRead } = await h.read(buf, 0, buf.length, 0);
    let k = bytesRead >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
    while (k < bytesRead && (buf[k] === 32 || buf[k] === 9 || buf[k] === 10 || buf[k] === 13)) k++;
    return k < bytesRead ? buf[k] : undefined;
  } finally {
    await h.close();
  }
}

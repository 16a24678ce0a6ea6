import type { z } from 'zod';
import { type RowIssue, toRowIssue } from '../core/batch';
import {
  CORE_MESSAGES,
  type FieldLabels,
  type Locale,
  type MessageCatalog,
  messageFor,
} from '../core/messages';
import { CsvReader, type CsvRecord, type CsvSeparator } from './csv';
import { readJsonArrayBatches, readJsonLinesBatches } from './json';
import {
  type ColumnMap,
  type ColumnOverrides,
  type CompiledColumns,
  cellReader,
  compileColumns,
  detectHeader,
  type MatchedColumn,
  setPath,
} from './mapping';
import { IMPORT_MESSAGES } from './messages';
import { foldHeader, isUnsafeKey } from './normalize';
import { SEEN_CODES_MAX_CODES, SeenCodes } from './seenCodes';
import { type ImportSource, textChunks } from './source';
import { hasReplacement, REPLACEMENT } from './utf8';
import type { CellValue, DecimalSeparator } from './values';

/** Rows of a spreadsheet already read into cells (from `commune-kpi/node`'s XLSX reader, or your own). */
export interface TableSource {
  /** The rows, top to bottom; row `i` is reported as line `i + 1` unless `lines` says otherwise. */
  readonly table: Iterable<readonly CellValue[]> | AsyncIterable<readonly CellValue[]>;
  /** Name of the format, for the summary (default `table`). */
  readonly format?: 'xlsx' | 'table';
}

/** The input formats. `auto` looks at the first character: `[` JSON array, `{` JSON Lines, else CSV. */
export type ImportFormat = 'auto' | 'csv' | 'json' | 'jsonl';

/** Options shared by every importer (tùy chọn nhập dữ liệu). */
export interface ImportOptions {
  /** Input format (default `auto`). Ignored for a {@link TableSource}. */
  readonly format?: ImportFormat;
  /** CSV separator (default `auto`). */
  readonly separator?: CsvSeparator | 'auto';
  /** Header → field overrides of the built-in mapping (`null` ignores a column). */
  readonly columns?: ColumnOverrides;
  /** Message language (default `vi`). */
  readonly locale?: Locale;
  /** Stop after this many rejected rows (default: never stop). */
  readonly maxErrors?: number;
  /** How many of the first rows to search for the header (default 30). */
  readonly headerSearchRows?: number;
  /**
   * Longest CSV field, in characters (UTF-16 code units of the value, default 100 000), measured
   * the same on text and on bytes; a longer field rejects its row `vn.import.field_too_long`
   * without changing the number of rows.
   */
  readonly maxFieldLength?: number;
  /** Decimal separator of numbers (default `auto`). */
  readonly decimal?: DecimalSeparator;
  /** Called after each batch with the running totals (for progress display). */
  readonly onProgress?: (progress: ImportProgress) => void;
}

/** Running totals of an import. */
export interface ImportProgress {
  /** Data rows read so far. */
  readonly read: number;
  /** Valid rows so far. */
  readonly valid: number;
  /** Rejected rows so far. */
  readonly rejected: number;
  /** Physical line reached. */
  readonly line: number;
}

/** One problem of a rejected row: a {@link RowIssue} plus the column and raw cell it came from. */
export interface ImportIssue extends RowIssue {
  /** The file's header of the column behind the field, when there is one. */
  readonly column?: string;
  /** The raw cell of that column. */
  readonly value?: CellValue;
}

/** A rejected row (dòng bị loại): where it is in the file, what it held, and every problem. */
export interface ImportRejection {
  /** 1-based physical line where the row starts (embedded newlines counted). */
  readonly line: number;
  /** 0-based position among the data rows. */
  readonly index: number;
  /** The raw row: its cells (CSV, Excel) or the parsed element (JSON). */
  readonly raw: readonly CellValue[] | unknown;
  /** The input built from it and given to the schema, when it got that far. */
  readonly input?: unknown;
  /** At least one issue. */
  readonly issues: readonly ImportIssue[];
}

/** A notice about the whole file (a missing column, an unsafe header, a stop). */
export interface ImportNotice {
  /** Stable code, `vn.import.*`. */
  readonly code: string;
  /** Message in the requested language. */
  readonly message: string;
  /** The values the message was built from. */
  readonly params: Readonly<Record<string, unknown>>;
}

/**
 * Totals and layout of an import (tóm tắt kết quả nhập). `read === valid + rejected` always:
 * every data row is in exactly one of the two. Blank rows, title rows and header rows are not data.
 */
export interface ImportSummary {
  /** The format read. */
  readonly format: 'csv' | 'json' | 'jsonl' | 'xlsx' | 'table';
  /** Data rows read. */
  readonly read: number;
  /** Rows the schema accepted. */
  readonly valid: number;
  /** Rows rejected. */
  readonly rejected: number;
  /** Blank rows skipped. */
  readonly blank: number;
  /** Whether the run stopped at `maxErrors` before the end of the file. */
  readonly stopped: boolean;
  /** CSV separator used. */
  readonly separator?: CsvSeparator;
  /** Physical line of the (first) header row. */
  readonly headerLine?: number;
  /** Header rows (1 or 2). */
  readonly headerRows?: number;
  /** Headers as written. */
  readonly headers: readonly string[];
  /** Columns matched to fields. */
  readonly columns: readonly MatchedColumn[];
  /** Headers not matched to any field. */
  readonly unmapped: readonly string[];
  /** Notices about the file. */
  readonly notices: readonly ImportNotice[];
  /**
   * Fields the file has no column for and that were derived from other columns by a documented
   * rule (for dossiers: `status`, from the dates); absent when none was. A notice says the same.
   */
  readonly derived?: readonly string[];
}

/** One batch of an import stream: the valid rows with their lines, and the rejections. */
export interface ImportBatch<T> {
  /** Validated rows, in file order. */
  readonly valid: T[];
  /** Line of each valid row. */
  readonly validLines: number[];
  /** Rejected rows, in file order. */
  readonly rejected: ImportRejection[];
}

/** A stream of batches; `summary` holds the running totals and is final once iteration ends. */
export interface ImportStream<T> extends AsyncIterable<ImportBatch<T>> {
  /** Totals and layout so far. */
  readonly summary: ImportSummary;
}

/** Everything an import returns at once: the summary, all valid rows and all rejections. */
export interface ImportResult<T> extends ImportSummary {
  /** Validated rows, in file order. */
  readonly rows: T[];
  /** Line of each valid row. */
  readonly rowLines: number[];
  /** Rejected rows, in file order. */
  readonly rejections: ImportRejection[];
}

/** A problem found by a check across rows (e.g. a duplicate), before its message is made. */
export interface CrossRowIssue {
  /** Field path the problem is on. */
  readonly path: string;
  /** Stable code, found in the domain's catalogue. */
  readonly code: string;
  /** Values for the message. */
  readonly params: Record<string, unknown>;
}

/** What a domain importer plugs into the engine. */
export interface DomainImporter<T> {
  /** Column mapping. */
  readonly columns: ColumnMap;
  /** Schema rows are validated with. */
  readonly schema: z.ZodType<T>;
  /** Message catalogues of the domain. */
  readonly catalogs: readonly MessageCatalog[];
  /** Labels of the domain's field paths, for messages that name a field. */
  readonly fields?: readonly FieldLabels[];
  /**
   * Post-process an input built from columns (e.g. status → outcome); `derived` holds the fields
   * {@link DomainImporter.derive} said it derives for this file.
   */
  readonly finish?: (
    input: Record<string, unknown>,
    mapped: ReadonlySet<string>,
    derived: ReadonlySet<string>,
  ) => void;
  /**
   * Once the header is found: the fields this file lacks and the domain derives from other
   * columns, each with the notice that says so (e.g. a dossier status from its dates).
   */
  readonly derive?: (columns: readonly MatchedColumn[]) => readonly DerivedField[];
  /** A check that implies the schema accepts the input unchanged (a fast path); optional. */
  readonly fastValid?: (input: Record<string, unknown>) => boolean;
  /**
   * A check across rows, run on each valid row in file order (e.g. duplicates): an issue rejects
   * the row, `undefined` keeps it.
   */
  readonly afterValid?: (value: T, line: number) => CrossRowIssue | undefined;
  /**
   * The code that should be unique in a file (for dossiers: the dossier code), read from each
   * valid row: a code seen on an earlier valid row is counted in the notice
   * `vn.import.duplicate_code` (the row stays valid). Memory: a 64-bit hash and a line a code,
   * at most 48 MiB (see `vn.import.duplicate_check_limit`).
   */
  readonly uniqueCode?: (value: T) => string | undefined;
  /** For JSON records: a schema that takes the record as it is (native or national-sync shape). */
  readonly fromObject?: (record: Record<string, unknown>) => z.ZodType<T> | undefined;
}

/** A field a file has no column for and that a domain derives, with the notice that says so. */
export interface DerivedField {
  /** The field. */
  readonly field: string;
  /** Code of the notice, found in the import messages. */
  readonly code: string;
  /** Values for the notice. */
  readonly params: Record<string, unknown>;
}

/** @internal A record on its way through the pipeline. */
export interface Rec {
  line: number;
  cells?: readonly CellValue[];
  obj?: unknown;
  problem?: string;
  detail?: string;
}

/**
 * Where a record holds U+FFFD, the mark of bytes that were not UTF-8: the index of the first such
 * cell, `-1` for a JSON element, `undefined` when it holds none.
 */
function badEncodingAt(cells: readonly CellValue[] | undefined, obj: unknown): number | undefined {
  if (cells !== undefined) {
    for (let j = 0; j < cells.length; j++) {
      const c = cells[j];
      if (typeof c === 'string' && c.includes(REPLACEMENT)) return j;
    }
    return undefined;
  }
  return hasReplacement(obj) ? -1 : undefined;
}

/**
 * The dotted path of the first number in a parsed JSON element past `Number.MAX_SAFE_INTEGER`
 * (2^53 − 1): `JSON.parse` has already rounded it to the nearest double, so it cannot be counted
 * exactly; `undefined` when there is none.
 */
function unsafeNumberPath(v: unknown, path: string, depth = 0): string | undefined {
  if (typeof v === 'number') return Math.abs(v) > Number.MAX_SAFE_INTEGER ? path : undefined;
  if (typeof v !== 'object' || v === null || depth > 64) return undefined;
  const keys = Array.isArray(v) ? v.map((_, k) => String(k)) : Object.keys(v);
  for (const k of keys) {
    const found = unsafeNumberPath(
      (v as Record<string, unknown>)[k],
      path === '' ? k : `${path}.${k}`,
      depth + 1,
    );
    if (found !== undefined) return found;
  }
  return undefined;
}

function getPath(v: unknown, path: string): unknown {
  let cur = v;
  for (const k of path.split('.')) {
    if (typeof cur !== 'object' || cur === null || !Object.hasOwn(cur, k)) return undefined;
    cur = (cur as Record<string, unknown>)[k];
  }
  return cur;
}

function isTable(s: ImportSource | TableSource): s is TableSource {
  return typeof s === 'object' && s !== null && !(s instanceof Uint8Array) && 'table' in s;
}

async function* prepend(first: string, rest: AsyncIterator<string>): AsyncGenerator<string> {
  yield first;
  for (;;) {
    const r = await rest.next();
    if (r.done) return;
    yield r.value;
  }
}

async function* records(
  source: ImportSource | TableSource,
  options: ImportOptions,
  state: { format: ImportSummary['format']; separator?: CsvSeparator | undefined },
): AsyncGenerator<Rec[]> {
  if (isTable(source)) {
    state.format = source.format ?? 'table';
    let line = 0;
    let batch: Rec[] = [];
    for await (const row of source.table as AsyncIterable<readonly CellValue[]>) {
      line++;
      batch.push({ line, cells: row });
      if (batch.length >= 2000) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
    return;
  }
  const it = textChunks(source, options.locale)[Symbol.asyncIterator]();
  const head = await it.next();
  if (head.done) return;
  let format = options.format ?? 'auto';
  if (format === 'auto') {
    let k = 0;
    const t = head.value;
    while (k < t.length && (t[k] === ' ' || t[k] === '\n' || t[k] === '\r' || t[k] === '\t')) k++;
    format = t[k] === '[' ? 'json' : t[k] === '{' ? 'jsonl' : 'csv';
  }
  const chunks = prepend(head.value, it);
  if (format === 'json' || format === 'jsonl') {
    state.format = format;
    const gen = format === 'json' ? readJsonArrayBatches(chunks) : readJsonLinesBatches(chunks);
    for await (const b of gen) {
      yield b.map((r) =>
        r.error !== undefined
          ? {
              line: r.line,
              obj: r.text,
              problem: r.problem === 'unclosed_quote' ? 'vn.import.unclosed_quote' : 'vn.import.invalid_json',
              detail: r.error,
            }
          : { line: r.line, obj: r.value },
      );
    }
    return;
  }
  if (format !== 'csv') {
    throw new RangeError(
      `[commune-kpi] format must be 'auto', 'csv', 'json' or 'jsonl', got ${JSON.stringify(format)}.`,
    );
  }
  state.format = 'csv';
  const reader = new CsvReader({
    separator: options.separator ?? 'auto',
    ...(options.maxFieldLength !== undefined ? { maxFieldLength: options.maxFieldLength } : {}),
  });
  let batch: Rec[] = [];
  const emit = (r: CsvRecord): void => {
    batch.push(
      r.problem === undefined
        ? { line: r.line, cells: r.fields }
        : { line: r.line, cells: r.fields, problem: `vn.import.${r.problem}` },
    );
  };
  for await (const text of chunks) {
    reader.push(text, emit);
    state.separator = reader.separator;
    if (batch.length > 0) {
      yield batch;
      batch = [];
    }
  }
  reader.end(emit);
  state.separator = reader.separator;
  if (batch.length > 0) yield batch;
}

function isBlank(cells: readonly CellValue[]): boolean {
  for (const c of cells)
    if (c !== null && c !== undefined && (typeof c !== 'string' || c.trim() !== '')) return false;
  return true;
}

/**
 * @internal Whether a CSV row has a cell for every header: fewer cells are rejected (a missing
 * cell in the middle and a dropped trailing one cannot be told apart, and the first shifts every
 * value after it), more are accepted only when the extra ones are blank (trailing separators).
 */
export function fitsHeader(cells: readonly CellValue[], width: number): boolean {
  if (cells.length < width) return false;
  for (let k = width; k < cells.length; k++) {
    const c = cells[k];
    if (c !== null && c !== undefined && (typeof c !== 'string' || c.trim() !== '')) return false;
  }
  return true;
}

function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'string') return JSON.stringify(v.length > 60 ? `${v.slice(0, 57)}...` : v);
  return typeof v === 'object' ? 'object' : String(v);
}

/** @internal The row pipeline shared by the importers: layout, mapping, validation, totals. */
export interface Pipeline<T> {
  /** Running state. */
  readonly state: PipelineState;
  /** The compiled columns. */
  readonly cols: CompiledColumns;
  /** Summary so far. */
  summary(): ImportSummary;
  /** Find the header among the first records; returns the index of the first data record, or -1. */
  setLayout(headerRecs: Rec[]): number;
  /** Column position of a field, or -1. */
  columnIndex(field: string): number;
  /**
   * Map, validate and count records; `wanted`, when given, says whether the next rejection will
   * be read (if not, it is only counted, without building its issues and messages).
   */
  processRecords(list: Rec[], start: number, wanted?: () => boolean): { out: ImportBatch<T>; count: number };
  /** Count a row a fast path accepted. */
  countValid(line: number): void;
  /**
   * The codes seen on valid rows, when the domain has a {@link DomainImporter.uniqueCode}; a fast
   * path that counts a row itself adds its code here.
   */
  readonly codes: SeenCodes | undefined;
  /** Count a blank row. */
  countBlank(): void;
  /**
   * At the end of the input: a file without a single data row (empty, a byte-order mark alone,
   * blank lines, a header alone) gets the notice `vn.import.no_data_rows`, so that a table of
   * zeros never comes without a word. Call once, at the end.
   */
  finish(): void;
  /** Fields the domain derives for this file (set by {@link Pipeline.setLayout}). */
  readonly derived: ReadonlySet<string>;
}

/** @internal */
export interface PipelineState {
  format: ImportSummary['format'];
  separator?: CsvSeparator | undefined;
  read: number;
  valid: number;
  rejected: number;
  blank: number;
  stopped: boolean;
  headerLine?: number;
  headerRows?: number;
  headers: string[];
  columns: MatchedColumn[];
  unmapped: string[];
  notices: ImportNotice[];
  line: number;
  /**
   * Cells a CSV row must have: up to the header's last non-empty cell (0: no check, as for
   * spreadsheets, whose cells keep their column, and JSON).
   */
  width: number;
}

export function createPipeline<T>(domain: DomainImporter<T>, options: ImportOptions = {}): Pipeline<T> {
  const cols = compileColumns(domain.columns, options.columns);
  const locale = options.locale ?? 'vi';
  const catalogs = [...domain.catalogs, IMPORT_MESSAGES];
  const fields = { fields: domain.fields ?? [] };
  // Notices name columns: by the domain's field label, else (Vietnamese) by the header the file
  // should have and (English) by the field's name.
  const headerLabels: Record<string, { vi: string; en: string }> = {};
  for (const f of domain.columns.fields) headerLabels[f.field] = { vi: f.headers[0] ?? f.field, en: f.field };
  const noticeFields = { fields: [...(domain.fields ?? []), headerLabels] };
  const maxErrors = options.maxErrors ?? Number.POSITIVE_INFINITY;
  if (!(maxErrors >= 0))
    throw new RangeError(`[commune-kpi] maxErrors must be ≥ 0, got ${String(maxErrors)}.`);
  const decimal = options.decimal ?? 'auto';
  const state: PipelineState = {
    format: 'csv',
    read: 0,
    valid: 0,
    rejected: 0,
    blank: 0,
    stopped: false,
    headers: [],
    columns: [],
    unmapped: [],
    notices: [],
    line: 0,
    width: 0,
  };
  const notice = (code: string, params: Record<string, unknown>): void => {
    state.notices.push({
      code,
      message: messageFor(code, params, locale, [IMPORT_MESSAGES, CORE_MESSAGES], noticeFields),
      params,
    });
  };
  const summary = (): ImportSummary => ({
    format: state.format,
    read: state.read,
    valid: state.valid,
    rejected: state.rejected,
    blank: state.blank,
    stopped: state.stopped,
    ...(state.separator !== undefined && state.format === 'csv' ? { separator: state.separator } : {}),
    ...(state.headerLine !== undefined ? { headerLine: state.headerLine, headerRows: state.headerRows } : {}),
    headers: state.headers,
    columns: state.columns,
    unmapped: state.unmapped,
    notices: state.notices,
    ...(derivedFields.size > 0 ? { derived: [...derivedFields] } : {}),
  });

  // Column plan for table records.
  let plan: {
    index: number;
    field: ReturnType<CompiledColumns['byField']['get']> & object;
    header: string;
    read: (v: CellValue | undefined) => unknown;
  }[] = [];
  // One cell reader per field for this import (label memory lives here, not in a module).
  const readers = new Map<string, (v: CellValue | undefined) => unknown>();
  const readerOf = (f: ReturnType<CompiledColumns['byField']['get']> & object) => {
    let r = readers.get(f.field);
    if (r === undefined) {
      r = cellReader(f, { decimal });
      readers.set(f.field, r);
    }
    return r;
  };
  const fieldColumn = new Map<string, { header: string; index: number }>();
  const mappedFields = new Set<string>();
  const derivedFields = new Set<string>();
  const keyCache = new Map<string, string | null>();
  const uniqueCode = domain.uniqueCode;
  const codes = uniqueCode === undefined ? undefined : new SeenCodes();

  function setLayout(headerRecs: Rec[]): number {
    const rows = headerRecs.map((r) => r.cells ?? []);
    const layout = detectHeader(rows, cols);
    if (layout === undefined) {
      const expected = domain.columns.fields.filter((f) => f.required).map((f) => f.field);
      notice('vn.import.header_not_found', { rows: rows.length, expected });
      return -1;
    }
    state.headerLine = headerRecs[layout.first]!.line;
    state.headerRows = layout.rows;
    state.headers = layout.headers;
    state.columns = layout.columns;
    if (state.format === 'csv') {
      let w = layout.headers.length;
      while (w > 0 && layout.headers[w - 1]!.trim() === '') w--;
      state.width = w;
    }
    const used = new Set(layout.columns.map((c) => c.index));
    state.unmapped = layout.headers.filter((h, j) => h !== '' && !used.has(j));
    for (const u of layout.unsafe) notice('vn.import.unsafe_header', { column: u });
    for (const [column, field, first] of layout.duplicates)
      notice('vn.import.duplicate_column', { column, field, first });
    plan = layout.columns.map((c) => ({
      index: c.index,
      field: cols.byField.get(c.field)!,
      header: c.header,
      read: readerOf(cols.byField.get(c.field)!),
    }));
    for (const c of layout.columns) {
      fieldColumn.set(c.field, { header: c.header, index: c.index });
      mappedFields.add(c.field);
    }
    const missing = domain.columns.fields
      .filter((f) => f.required && !fieldColumn.has(f.field))
      .map((f) => f.field);
    if (missing.length > 0) notice('vn.import.missing_columns', { fields: missing });
    for (const d of domain.derive?.(layout.columns) ?? []) {
      derivedFields.add(d.field);
      notice(d.code, d.params);
    }
    return layout.dataStart;
  }

  function columnOf(path: string): { header: string; index: number } | undefined {
    let p = path;
    for (;;) {
      const c = fieldColumn.get(p);
      if (c !== undefined) return c;
      const k = p.lastIndexOf('.');
      if (k < 0) return undefined;
      p = p.slice(0, k);
    }
  }

  function fromObjectKeys(obj: Record<string, unknown>): Record<string, unknown> {
    const input: Record<string, unknown> = {};
    for (const key of Object.keys(obj)) {
      let field = keyCache.get(key);
      if (field === undefined) {
        const f = isUnsafeKey(key) ? undefined : cols.byHeader.get(foldHeader(key));
        field = f ? f.field : null;
        keyCache.set(key, field);
        if (field !== null && !fieldColumn.has(field)) {
          fieldColumn.set(field, { header: key, index: -1 });
          mappedFields.add(field);
        }
      }
      if (field === null) continue;
      const f = cols.byField.get(field)!;
      const v = obj[key];
      const cell =
        v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
          ? v
          : undefined;
      setPath(input, field, cell === undefined ? v : readerOf(f)(cell));
    }
    return input;
  }

  function reject(
    out: ImportBatch<T>,
    rec: Rec,
    index: number,
    input: unknown,
    issues: ImportIssue[] | undefined,
  ): void {
    if (issues !== undefined) {
      out.rejected.push({
        line: rec.line,
        index,
        raw: rec.cells ?? rec.obj,
        ...(input !== undefined ? { input } : {}),
        issues,
      });
    }
    state.rejected++;
    if (state.rejected >= maxErrors) {
      state.stopped = true;
      notice('vn.import.stopped', { errors: state.rejected, max: maxErrors });
    }
  }

  function importIssue(code: string, params: Record<string, unknown>): ImportIssue {
    return { path: '', code, message: messageFor(code, params, locale, catalogs), params };
  }

  function processRecords(
    list: Rec[],
    start: number,
    wanted?: () => boolean,
  ): { out: ImportBatch<T>; count: number } {
    const out: ImportBatch<T> = { valid: [], validLines: [], rejected: [] };
    let index = start;
    const fast = domain.fastValid;
    const finish = domain.finish;
    for (const rec of list) {
      if (state.stopped) break;
      state.line = rec.line;
      const cells = rec.cells;
      if (cells !== undefined && isBlank(cells)) {
        state.blank++;
        continue;
      }
      state.read++;
      const i = index++;
      if (rec.problem !== undefined && cells === undefined) {
        reject(out, rec, i, undefined, [importIssue(rec.problem, { reason: rec.detail ?? '' })]);
        continue;
      }
      let input: Record<string, unknown>;
      let schema: z.ZodType<T> = domain.schema;
      let unsafe: { path: string; header: string; index: number } | undefined;
      if (cells !== undefined) {
        input = {};
        for (const p of plan) {
          const v = p.read(cells[p.index]);
          // A number past 2^53 − 1 that a cell or a JSON number held (read as the nearest double).
          if (typeof v === 'number' && !(Math.abs(v) <= Number.MAX_SAFE_INTEGER) && unsafe === undefined)
            unsafe = { path: p.field.field, header: p.header, index: p.index };
          setPath(input, p.field.field, v);
        }
        finish?.(input, mappedFields, derivedFields);
      } else {
        const obj = rec.obj;
        if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) {
          reject(out, rec, i, undefined, [
            importIssue('vn.import.not_an_object', { received: describeValue(obj) }),
          ]);
          continue;
        }
        const direct = domain.fromObject?.(obj as Record<string, unknown>);
        if (direct !== undefined) {
          input = obj as Record<string, unknown>;
          schema = direct;
        } else {
          input = fromObjectKeys(obj as Record<string, unknown>);
          finish?.(input, mappedFields, derivedFields);
        }
      }
      if (cells === undefined) {
        const at = unsafeNumberPath(input, '');
        if (at !== undefined) unsafe = { path: at, header: at, index: -1 };
      }
      if (rec.problem !== undefined) {
        const max = options.maxFieldLength ?? 100_000;
        reject(out, rec, i, input, [importIssue(rec.problem, { max })]);
        continue;
      }
      const bad = badEncodingAt(cells, rec.obj);
      if (bad !== undefined) {
        const issue = importIssue('vn.import.bad_encoding', {});
        const header = bad >= 0 ? state.headers[bad] : undefined;
        const value = bad >= 0 ? cells?.[bad] : undefined;
        reject(out, rec, i, input, [
          {
            ...issue,
            ...(header !== undefined && header !== '' ? { column: header } : {}),
            ...(value !== undefined ? { value } : {}),
          },
        ]);
        continue;
      }
      if (cells !== undefined && state.width > 0 && !fitsHeader(cells, state.width)) {
        reject(out, rec, i, input, [
          importIssue('vn.import.cell_count', { expected: state.width, found: cells.length }),
        ]);
        continue;
      }
      if (unsafe !== undefined) {
        const value = unsafe.index >= 0 ? cells?.[unsafe.index] : undefined;
        const received = value !== undefined ? String(value).trim() : String(getPath(input, unsafe.path));
        const params = { path: unsafe.path, received };
        reject(out, rec, i, input, [
          {
            path: unsafe.path,
            code: 'vn.import.unsafe_number',
            message: messageFor('vn.import.unsafe_number', params, locale, catalogs),
            params,
            column: unsafe.header,
            ...(value !== undefined ? { value } : {}),
          },
        ]);
        continue;
      }
      let parsed: T | undefined;
      let issuesOf: z.core.$ZodIssue[] | undefined;
      if (schema === domain.schema && cells !== undefined && fast?.(input)) parsed = input as T;
      else {
        const r = schema.safeParse(input, { reportInput: wanted?.() !== false });
        if (r.success) parsed = r.data;
        else issuesOf = r.error.issues;
      }
      if (parsed !== undefined) {
        const extra = domain.afterValid?.(parsed, rec.line);
        if (extra !== undefined) {
          const col = cells !== undefined ? columnOf(extra.path) : undefined;
          const params = { path: extra.path, ...extra.params };
          const base: ImportIssue = {
            path: extra.path,
            code: extra.code,
            message: messageFor(extra.code, params, locale, [...catalogs, CORE_MESSAGES], fields),
            params,
          };
          const value = col !== undefined ? cells?.[col.index] : undefined;
          reject(out, rec, i, input, [
            col === undefined
              ? base
              : { ...base, column: col.header, ...(value !== undefined ? { value } : {}) },
          ]);
          continue;
        }
        if (codes !== undefined) {
          const code = uniqueCode!(parsed);
          if (code !== undefined) codes.addString(code, rec.line);
        }
        out.valid.push(parsed);
        out.validLines.push(rec.line);
        state.valid++;
        continue;
      }
      if (wanted?.() === false) {
        // Nobody will read this rejection: count it only.
        reject(out, rec, i, input, undefined);
        continue;
      }
      const r = { error: { issues: issuesOf ?? [] } };
      const issues: ImportIssue[] = r.error.issues.map((iss) => {
        const base = toRowIssue(iss, locale, catalogs, fields.fields);
        const col = cells !== undefined ? columnOf(base.path) : undefined;
        if (col === undefined) return base;
        const value = cells?.[col.index];
        return { ...base, column: col.header, ...(value !== undefined ? { value } : {}) };
      });
      reject(out, rec, i, input, issues);
    }
    return { out, count: index - start };
  }

  return {
    state,
    cols,
    summary,
    setLayout,
    columnIndex(field: string): number {
      return fieldColumn.get(field)?.index ?? -1;
    },
    processRecords,
    countValid(line: number): void {
      state.line = line;
      state.read++;
      state.valid++;
    },
    countBlank(): void {
      state.blank++;
    },
    codes,
    finish(): void {
      if (codes !== undefined && codes.duplicates > 0)
        notice('vn.import.duplicate_code', {
          count: codes.duplicates,
          line: codes.firstLine,
          first: codes.firstOf,
        });
      if (codes?.full) notice('vn.import.duplicate_check_limit', { max: SEEN_CODES_MAX_CODES });
      if (state.read > 0 || state.notices.some((n) => n.code === 'vn.import.header_not_found')) return;
      notice('vn.import.no_data_rows', { blank: state.blank, header: state.headerLine !== undefined });
    },
    derived: derivedFields,
  };
}

/**
 * Run an import with a domain's mapping and schema, batch by batch (nhập dữ liệu theo lô). This is
 * the engine behind `streamDossiers`, `importHouseholds` and the others; use it to import a domain
 * of your own.
 *
 * @param source - Text, bytes, a stream, an iterable of chunks, or a {@link TableSource}.
 * @param domain - The domain's mapping, schema and catalogues.
 * @param options - Format, overrides, language, error limit.
 * @returns A stream of batches with a live summary.
 * @throws RangeError for an unknown format or override field; TypeError for an unsafe override header.
 * @example
 * // A domain of your own: a receipt log with a code and a date, checked by a zod schema
 * const receipts: DomainImporter<{ code: string; receivedAt: string }> = {
 *   columns: { domain: 'dossier', fields: [
 *     { field: 'code', headers: ['Mã hồ sơ'], kind: 'code', required: true },
 *     { field: 'receivedAt', headers: ['Ngày tiếp nhận'], kind: 'date', required: true },
 *   ] },
 *   schema: z.object({ code: z.string().min(1), receivedAt: z.iso.date() }),
 *   catalogs: [],
 * };
 * const csvText = 'Mã hồ sơ,Ngày tiếp nhận\nH1,05/03/2026\nH2,31/02/2026\nH3,\n';
 * const stream = streamImport(csvText, receipts);
 * const rejectedLines: number[] = [];
 * for await (const b of stream) rejectedLines.push(...b.rejected.map((r) => r.line));
 * rejectedLines // => [3, 4]
 * stream.summary // => { read: 3, valid: 1, rejected: 2, … }
 */
export function streamImport<T>(
  source: ImportSource | TableSource,
  domain: DomainImporter<T>,
  options: ImportOptions = {},
): ImportStream<T> {
  const pipe = createPipeline(domain, options);
  const { state, setLayout, processRecords } = pipe;
  const searchRows = options.headerSearchRows ?? 30;
  async function* run(): AsyncGenerator<ImportBatch<T>> {
    yield* rows();
    pipe.finish();
  }
  async function* rows(): AsyncGenerator<ImportBatch<T>> {
    let pending: Rec[] | undefined = [];
    let dataStart = -1;
    const all = records(source, options, state);
    let index = 0;
    for await (const recs of all) {
      let list = recs;
      if (pending !== undefined && state.format !== 'json' && state.format !== 'jsonl') {
        // Gather the first rows to find the header.
        for (const r of recs) if (!(r.cells && isBlank(r.cells)) || pending.length > 0) pending.push(r);
        if (pending.length < searchRows) continue;
        dataStart = setLayout(pending.slice(0, searchRows));
        list = dataStart < 0 ? [] : pending.slice(dataStart);
        pending = undefined;
        if (dataStart < 0) return;
      } else pending = undefined;
      const batch = processRecords(list, index);
      index += batch.count;
      yield batch.out;
      options.onProgress?.({
        read: state.read,
        valid: state.valid,
        rejected: state.rejected,
        line: state.line,
      });
      if (state.stopped) return;
    }
    if (pending !== undefined && pending.length > 0) {
      dataStart = setLayout(pending.slice(0, searchRows));
      if (dataStart < 0) return;
      const batch = processRecords(pending.slice(dataStart), index);
      yield batch.out;
      options.onProgress?.({
        read: state.read,
        valid: state.valid,
        rejected: state.rejected,
        line: state.line,
      });
    }
  }

  let consumed = false;
  return {
    get summary() {
      return pipe.summary();
    },
    [Symbol.asyncIterator]() {
      if (consumed) throw new TypeError('[commune-kpi] an import stream can be read only once.');
      consumed = true;
      return run();
    },
  };
}

/**
 * Run an import to the end and keep everything (nhập toàn bộ): the summary, every valid row and
 * every rejection. For files too big to hold, use {@link streamImport} or a tally function.
 *
 * @param source - Text, bytes, a stream, an iterable of chunks, or a {@link TableSource}.
 * @param domain - The domain's mapping, schema and catalogues.
 * @param options - Format, overrides, language, error limit.
 * @returns The {@link ImportResult}.
 * @throws As {@link streamImport}.
 * @example
 * const receipts: DomainImporter<{ code: string; receivedAt: string }> = {
 *   columns: { domain: 'dossier', fields: [
 *     { field: 'code', headers: ['Mã hồ sơ'], kind: 'code', required: true },
 *     { field: 'receivedAt', headers: ['Ngày tiếp nhận'], kind: 'date', required: true },
 *   ] },
 *   schema: z.object({ code: z.string().min(1), receivedAt: z.iso.date() }),
 *   catalogs: [],
 * };
 * const r = await collectImport('Mã hồ sơ,Ngày tiếp nhận\nH1,05/03/2026\nH2,31/02/2026\nH3,\n', receipts);
 * r.rows // => [{ code: 'H1', receivedAt: '2026-03-05' }]
 * r.rejections.map((x) => [x.line, x.issues[0]?.code]) // => [[3, 'vn.invalid_date'], [4, 'vn.required']]
 * r.read === r.rows.length + r.rejections.length // => true
 */
export async function collectImport<T>(
  source: ImportSource | TableSource,
  domain: DomainImporter<T>,
  options: ImportOptions = {},
): Promise<ImportResult<T>> {
  const stream = streamImport(source, domain, options);
  const rows: T[] = [];
  const rowLines: number[] = [];
  const rejections: ImportRejection[] = [];
  for await (const b of stream) {
    for (const v of b.valid) rows.push(v);
    for (const l of b.validLines) rowLines.push(l);
    for (const r of b.rejected) rejections.push(r);
  }
  return { ...stream.summary, rows, rowLines, rejections };
}

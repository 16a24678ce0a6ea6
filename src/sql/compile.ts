import type { LocalDate } from '../core/localDate';
import { isLocalDate } from '../core/localDate';
import type { ReportingPeriod } from '../core/period';
import type { ClassifyDossierOptions } from '../dossier/classify';
import { DOSSIER_STATUSES, STATUS_CODES, STATUS_LABELS_VI } from '../dossier/codes';
import {
  DOSSIER_GROUP_DIMENSIONS,
  DOSSIER_TALLY_FIELDS,
  type DossierGroupDimension,
  type DossierTallyField,
} from '../dossier/tally';

/** A SQL dialect the compiler writes: DuckDB or PostgreSQL (and engines that speak it). */
export type SqlDialect = 'duckdb' | 'postgres';

/**
 * How a date column is stored, which decides how its Vietnamese calendar date is computed in SQL:
 *
 * - `text` (default): any type, cast to text and read in the export forms the importer reads —
 *   `YYYY-MM-DD`, an ISO timestamp with or without an offset (`Z`, `+07`, `+07:00`, `+0700`),
 *   `dd/MM/yyyy` (or `d/M/yyyy`, with `/`, `-` or `.`) with an optional `HH:mm[:ss]`, and
 *   `yyyyMMdd[HHmm[ss]]`. A time without an offset is Vietnam time. A text that is none of these,
 *   or not a real date (`31/02/2026`), rejects the row (`vn.invalid_date`).
 * - `date`: a `DATE`, already the Vietnamese date.
 * - `timestamp`: a `TIMESTAMP` without time zone, read as Vietnam local time (its date part).
 * - `timestamptz`: a `TIMESTAMPTZ` (an instant): its date at UTC+7, computed from the epoch
 *   seconds, so neither the session's time zone nor a time-zone database matters.
 */
export type SqlDateKind = 'text' | 'date' | 'timestamp' | 'timestamptz';

/** A column of the user's table: its name, or its name and (for a date) how it is stored. */
export type SqlColumnRef = string | { readonly name: string; readonly kind?: SqlDateKind };

/**
 * Where each dossier field lives in the user's table. Fields left out are absent on every row,
 * except the required ones, which default to a column named like the field (`unit`, `channel`,
 * `receivedAt`, `dueDate`). `status` left out means the table has no status column: the status is
 * derived from the dates, as the importer does (`deriveDossierStatus`). A table holds one
 * re-appointment per row: `reappointedAt` is the first re-appointed date
 * (`Dossier.reappointments[0]`), `reappointmentCount` the number of re-appointments, if known.
 * Supplements are not columns of a flat table, so their two rules are not checked in SQL.
 */
export interface DossierColumnMapping {
  /** Dossier code (MaHoSo): when mapped, an empty code rejects the row. */
  readonly code?: SqlColumnRef;
  /** Unit reported under (required; default column `unit`). */
  readonly unit?: SqlColumnRef;
  /** Receiving unit (falls back to `unit`). */
  readonly receivingUnit?: SqlColumnRef;
  /** Handling unit (falls back to `unit`). */
  readonly handlingUnit?: SqlColumnRef;
  /** Field code (MaLinhVuc). */
  readonly fieldCode?: SqlColumnRef;
  /** Procedure code (MaTTHC). */
  readonly procedureCode?: SqlColumnRef;
  /** Channel: `direct`/`online`/`postal`, 1–3 or the Vietnamese labels (default column `channel`). */
  readonly channel?: SqlColumnRef;
  /** Status: this package's names, the national codes 1–10 or their labels. */
  readonly status?: SqlColumnRef;
  /** Date or time of receipt (default column `receivedAt`). */
  readonly receivedAt?: SqlColumnRef;
  /** Appointment date (default column `dueDate`). */
  readonly dueDate?: SqlColumnRef;
  /** First re-appointed date. */
  readonly reappointedAt?: SqlColumnRef;
  /** Number of re-appointments. */
  readonly reappointmentCount?: SqlColumnRef;
  /** End of processing. */
  readonly finishedAt?: SqlColumnRef;
  /** Result handed over. */
  readonly returnedAt?: SqlColumnRef;
  /** End without a result: `refused`, `withdrawn` or `stopped`. */
  readonly outcome?: SqlColumnRef;
  /** Its date. */
  readonly outcomeAt?: SqlColumnRef;
}

/** The fields of {@link DossierColumnMapping}. */
export type DossierColumnField = keyof DossierColumnMapping;

/**
 * The rows to tally: a table or view (a name, or its qualified parts such as
 * `['tthc', 'ho_so']`), or — DuckDB only — files read in place (Parquet, or CSV read as text),
 * given as paths or globs passed as a parameter.
 */
export type DossierSqlSource =
  | { readonly table: string | readonly string[] }
  | { readonly files: string | readonly string[]; readonly format?: 'parquet' | 'csv' };

/** Options of {@link compileDossierTally}. */
export interface CompileDossierTallyOptions extends ClassifyDossierOptions {
  /** The dialect to write. */
  readonly dialect: SqlDialect;
  /** The reporting period (its start and end are parameters `$1`, `$2`). */
  readonly period: Pick<ReportingPeriod, 'start' | 'end'>;
  /** The table, view or files. */
  readonly from: DossierSqlSource;
  /** Where each field lives (default: columns named like the fields). */
  readonly columns?: DossierColumnMapping;
  /** Group by these dimensions, as `tallyDossiersBy` does (default: one total row). */
  readonly by?: readonly DossierGroupDimension[];
}

/** A compiled statement: the SQL, its positional parameters and what its result columns mean. */
export interface CompiledDossierTally {
  /** The dialect it was written for. */
  readonly dialect: SqlDialect;
  /** One `SELECT` statement, with `$1`, `$2`, … placeholders. */
  readonly sql: string;
  /** The parameter values, in placeholder order (`$1` = period start, `$2` = period end). */
  readonly params: readonly (string | readonly string[])[];
  /** The grouping dimensions, in key order (the first result columns). */
  readonly by: readonly DossierGroupDimension[];
  /** Every result column, in order: the dimensions, the tally fields, then `rejected`. */
  readonly columns: readonly string[];
}

/**
 * A compile error (lỗi biên dịch SQL): a coded `RangeError` with the message in Vietnamese and
 * English.
 */
export class SqlCompileError extends RangeError {
  /** Stable code, `vn.sql.*`. */
  readonly code: string;
  /** The message in Vietnamese. */
  readonly messageVi: string;
  /** @internal */
  constructor(code: string, vi: string, en: string) {
    super(`[commune-kpi] ${en} (${vi})`);
    this.name = 'SqlCompileError';
    this.code = code;
    this.messageVi = vi;
  }
}

const DIMENSIONS: readonly DossierGroupDimension[] = DOSSIER_GROUP_DIMENSIONS;

/** The tally fields in result order. */
const TALLY_FIELDS: readonly DossierTallyField[] = DOSSIER_TALLY_FIELDS;

const FIELDS: readonly DossierColumnField[] = [
  'code',
  'unit',
  'receivingUnit',
  'handlingUnit',
  'fieldCode',
  'procedureCode',
  'channel',
  'status',
  'receivedAt',
  'dueDate',
  'reappointedAt',
  'reappointmentCount',
  'finishedAt',
  'returnedAt',
  'outcome',
  'outcomeAt',
];

const DATE_FIELDS = [
  'receivedAt',
  'dueDate',
  'reappointedAt',
  'finishedAt',
  'returnedAt',
  'outcomeAt',
] as const;
type DateField = (typeof DATE_FIELDS)[number];

/** The SQL name of each date in the generated statement. */
const DATE_NAMES: Record<DateField, string> = {
  receivedAt: 'received',
  dueDate: 'due',
  reappointedAt: 'reappointed',
  finishedAt: 'finished',
  returnedAt: 'returned',
  outcomeAt: 'outcome_at',
};

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Quote an SQL identifier (tên định danh SQL) for both dialects: wrapped in double quotes, each
 * double quote doubled, so any name — `Ngày tiếp nhận`, `a"; DROP TABLE x; --` — is one identifier.
 *
 * @param name - The identifier (not empty, no NUL character).
 * @returns The quoted identifier.
 * @throws SqlCompileError `vn.sql.bad_identifier` for an empty name, a NUL or a lone surrogate.
 * @example
 * quoteIdentifier('Ngày "hẹn" trả') // => '"Ngày ""hẹn"" trả"'
 */
export function quoteIdentifier(name: string): string {
  if (typeof name !== 'string' || name.length === 0 || name.includes('\u0000') || LONE_SURROGATE.test(name)) {
    throw new SqlCompileError(
      'vn.sql.bad_identifier',
      `tên cột hoặc bảng không hợp lệ: ${JSON.stringify(name)}`,
      `invalid column or table name: ${JSON.stringify(name)}`,
    );
  }
  return `"${name.replaceAll('"', '""')}"`;
}

/** A string constant of the library (never a user value) as an SQL literal. */
const lit = (s: string): string => `'${s.replaceAll("'", "''")}'`;

interface DialectOps {
  /** Whether `s` matches the regular expression `re`. */
  matches(s: string, re: string): string;
  /** The capture groups of `re` in `s` (`n` of them), as one value. */
  capture(s: string, re: string, n: number): string;
  /** Capture group `i` of a value from `capture`, or NULL. */
  pick(m: string, i: number): string;
  /** `YYYY-MM` of a date. */
  month(d: string): string;
  /** Seconds since the epoch of an instant. */
  epochSeconds(ts: string): string;
}

const OPS: Record<SqlDialect, DialectOps> = {
  duckdb: {
    matches: (s, re) => `regexp_matches(${s}, ${lit(re)})`,
    // A struct of named groups; a group that did not match is ''.
    capture: (s, re, n) =>
      `regexp_extract(${s}, ${lit(re)}, [${Array.from({ length: n }, (_, i) => `'g${i + 1}'`).join(', ')}])`,
    pick: (m, i) => `NULLIF(${m}.g${i}, '')`,
    month: (d) => `strftime(${d}, '%Y-%m')`,
    epochSeconds: (ts) => `epoch(${ts})`,
  },
  postgres: {
    matches: (s, re) => `(${s} ~ ${lit(re)})`,
    // A text[] of the groups, NULL when there is no match.
    capture: (s, re) => `regexp_match(${s}, ${lit(re)})`,
    pick: (m, i) => `${m}[${i}]`,
    month: (d) => `to_char(${d}, 'YYYY-MM')`,
    epochSeconds: (ts) => `extract(epoch FROM ${ts})`,
  },
};

// The export forms of a date (docs/importing.md), as regular expressions both engines read
// (RE2 in DuckDB, ARE in PostgreSQL). Groups: ISO y m d hh mi ss offset; VN d m y hh mi ss;
// compact y m d hh mi ss.
const RE_ISO =
  '^(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d{1,9})?)?([Zz]|[+-]\\d{2}(?::?\\d{2})?)?)?$';
const RE_VN = '^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?$';
const RE_COMPACT = '^(\\d{4})(\\d{2})(\\d{2})(?:(\\d{2})(\\d{2})(\\d{2})?)?$';

const STATUS_VALUES: readonly (readonly [string, readonly string[]])[] = DOSSIER_STATUSES.map((s) => [
  s,
  [s, String(STATUS_CODES[s]), STATUS_LABELS_VI[s]],
]);

const CHANNEL_VALUES: readonly (readonly [string, readonly string[]])[] = [
  ['direct', ['direct', '1', 'Trực tiếp', 'Nộp trực tiếp']],
  ['online', ['online', '2', 'Trực tuyến', 'Nộp trực tuyến', 'Dịch vụ công trực tuyến']],
  ['postal', ['postal', '3', 'Qua bưu chính công ích', 'Bưu chính công ích', 'Bưu chính', 'Qua BCCI']],
];

const OUTCOME_VALUES: readonly (readonly [string, readonly string[]])[] = [
  ['refused', ['refused']],
  ['withdrawn', ['withdrawn']],
  ['stopped', ['stopped']],
];

function codeCase(s: string, values: readonly (readonly [string, readonly string[]])[]): string {
  const whens = values.map(
    ([name, forms]) => `WHEN ${s} IN (${forms.map(lit).join(', ')}) THEN ${lit(name)}`,
  );
  return `CASE ${whens.join(' ')} END`;
}

function refOf(
  mapping: DossierColumnMapping,
  field: DossierColumnField,
): { name: string; kind: SqlDateKind } | undefined {
  const given = mapping[field];
  const required = field === 'unit' || field === 'channel' || field === 'receivedAt' || field === 'dueDate';
  if (given === undefined) return required ? { name: field, kind: 'text' } : undefined;
  if (typeof given === 'string') return { name: given, kind: 'text' };
  if (typeof given !== 'object' || given === null || typeof given.name !== 'string') {
    throw new SqlCompileError(
      'vn.sql.bad_column',
      `cột của trường «${field}» phải là tên cột hoặc { name, kind }`,
      `the column of field "${field}" must be a name or { name, kind }`,
    );
  }
  const kind = given.kind ?? 'text';
  if (kind !== 'text' && kind !== 'date' && kind !== 'timestamp' && kind !== 'timestamptz') {
    throw new SqlCompileError(
      'vn.sql.bad_kind',
      `kiểu cột «${field}» phải là text, date, timestamp hoặc timestamptz`,
      `the kind of column "${field}" must be text, date, timestamp or timestamptz`,
    );
  }
  return { name: given.name, kind };
}

const indent = (lines: readonly string[], pad: string): string => lines.map((l) => pad + l).join(',\n');

function checkDate(v: unknown, what: string): LocalDate {
  if (!isLocalDate(v)) {
    throw new SqlCompileError(
      'vn.sql.bad_period',
      `${what} của kỳ phải là ngày YYYY-MM-DD, nhận ${JSON.stringify(v)}`,
      `the period ${what === 'ngày đầu' ? 'start' : 'end'} must be a date YYYY-MM-DD, got ${JSON.stringify(v)}`,
    );
  }
  return v;
}

/**
 * Compile the dossier classification and tally to one SQL statement (biên dịch quy tắc phân loại
 * và tổng hợp hồ sơ sang SQL) for DuckDB or PostgreSQL. Run it with the returned parameters; turn
 * its rows into groups with {@link dossierGroupsFromRows}, so rates, audit and rendering work on
 * them as on `tallyDossiersBy`.
 *
 * The statement reads each row as a `Dossier` (`DossierColumnMapping`), computes each date's
 * Vietnamese calendar date in SQL (UTC+7, {@link SqlDateKind}), rejects the rows the importer
 * would reject — a missing or unknown unit, channel or status, a date that is not a date, and the
 * dossier rules of `DOSSIER_RULE_CODES` except the two on supplements — and counts the rest as
 * `classifyDossier` does: out of scope when never accepted (status 1 or 3), received after the
 * period or closed before it; carried over or new by channel; closed within the period early, on
 * time or late against the due date (the first re-appointed date with `reappointment:
 * 'reappointed'`), or refused, withdrawn, stopped (an outcome, or status 7/8 with a finish or
 * return date); open and overdue when the due date is before the period's end. Basis: the one-stop
 * report form Biểu II.06a/VPCP/KSTT and the real-time index of QĐ 766/QĐ-TTg, as in
 * `classifyDossier`.
 *
 * Due dates are columns: no working-day arithmetic happens in SQL (derive a missing one with
 * `computeDueDate` of `commune-kpi/calendar` when loading). Identifiers are quoted
 * ({@link quoteIdentifier}); the period and file paths are parameters; the only literals are the
 * package's own constants.
 *
 * @param options - Dialect, period, source, column mapping, dimensions, re-appointment rule.
 * @returns The SQL, its parameters and its result columns.
 * @throws SqlCompileError for a bad identifier, column kind, period, dimension or source.
 * @example
 * const q = compileDossierTally({
 *   dialect: 'postgres',
 *   period: { start: '2026-01-01', end: '2026-03-31' },
 *   from: { table: ['tthc', 'ho_so'] },
 *   columns: { receivedAt: { name: 'NgayTiepNhan', kind: 'timestamptz' }, dueDate: { name: 'NgayHenTra', kind: 'date' } },
 *   by: ['unit'],
 * });
 * q.params // => ['2026-01-01', '2026-03-31']
 * q.sql.includes('FROM "tthc"."ho_so"') // => true
 */
export function compileDossierTally(options: CompileDossierTallyOptions): CompiledDossierTally {
  const dialect = options.dialect;
  if (dialect !== 'duckdb' && dialect !== 'postgres') {
    throw new SqlCompileError(
      'vn.sql.bad_dialect',
      `phương ngữ SQL phải là duckdb hoặc postgres, nhận ${JSON.stringify(dialect)}`,
      `the SQL dialect must be duckdb or postgres, got ${JSON.stringify(dialect)}`,
    );
  }
  const ops = OPS[dialect];
  const start = checkDate(options.period?.start, 'ngày đầu');
  const end = checkDate(options.period?.end, 'ngày cuối');
  const re = options.reappointment ?? 'original';
  if (re !== 'original' && re !== 'reappointed') {
    throw new SqlCompileError(
      'vn.sql.bad_option',
      `reappointment phải là 'original' hoặc 'reappointed'`,
      `reappointment must be 'original' or 'reappointed'`,
    );
  }
  const by = options.by ?? [];
  for (const b of by) {
    if (!DIMENSIONS.includes(b)) {
      throw new SqlCompileError(
        'vn.sql.bad_dimension',
        `chiều nhóm không hợp lệ ${JSON.stringify(b)}; dùng ${DIMENSIONS.join(', ')}`,
        `unknown dimension ${JSON.stringify(b)}; use ${DIMENSIONS.join(', ')}`,
      );
    }
  }
  if (new Set(by).size !== by.length) {
    throw new SqlCompileError('vn.sql.bad_dimension', 'chiều nhóm bị lặp', 'a dimension is repeated');
  }
  const mapping = options.columns ?? {};
  for (const k of Object.keys(mapping)) {
    if (!FIELDS.includes(k as DossierColumnField)) {
      throw new SqlCompileError(
        'vn.sql.bad_column',
        `trường không có trong hồ sơ: ${JSON.stringify(k)}`,
        `not a dossier field: ${JSON.stringify(k)}`,
      );
    }
  }
  const params: (string | readonly string[])[] = [start, end];

  // --- FROM
  let from: string;
  const src = options.from;
  if (src !== null && typeof src === 'object' && 'table' in src) {
    const parts = typeof src.table === 'string' ? [src.table] : src.table;
    if (!Array.isArray(parts) || parts.length === 0 || parts.length > 3) {
      throw new SqlCompileError(
        'vn.sql.bad_source',
        'tên bảng phải là chuỗi hoặc 1–3 phần',
        'a table name must be a string or 1–3 parts',
      );
    }
    from = parts.map(quoteIdentifier).join('.');
  } else if (src !== null && typeof src === 'object' && 'files' in src) {
    if (dialect !== 'duckdb') {
      throw new SqlCompileError(
        'vn.sql.bad_source',
        'chỉ DuckDB đọc thẳng tệp; với PostgreSQL hãy nạp vào bảng',
        'only DuckDB reads files in place; load them into a table for PostgreSQL',
      );
    }
    const files = typeof src.files === 'string' ? [src.files] : [...src.files];
    if (
      files.length === 0 ||
      files.some((f) => typeof f !== 'string' || f.length === 0 || f.includes('\u0000'))
    ) {
      throw new SqlCompileError('vn.sql.bad_source', 'danh sách tệp không hợp lệ', 'invalid list of files');
    }
    params.push(files);
    const format = src.format ?? 'parquet';
    if (format !== 'parquet' && format !== 'csv') {
      throw new SqlCompileError(
        'vn.sql.bad_source',
        'định dạng tệp phải là parquet hoặc csv',
        'format must be parquet or csv',
      );
    }
    from =
      format === 'parquet'
        ? `read_parquet($${params.length})`
        : `read_csv($${params.length}, all_varchar = true, header = true)`;
  } else {
    throw new SqlCompileError(
      'vn.sql.bad_source',
      'thiếu nguồn dữ liệu (table hoặc files)',
      'no source (table or files)',
    );
  }

  // --- 1. rows: each field as text or typed value, empty text as NULL
  const txt = (name: string) => `NULLIF(trim(CAST(${quoteIdentifier(name)} AS TEXT)), '')`;
  const rowCols: string[] = [];
  const textOf = (field: DossierColumnField, alias: string): boolean => {
    const r = refOf(mapping, field);
    rowCols.push(`${r === undefined ? 'CAST(NULL AS TEXT)' : txt(r.name)} AS ${alias}`);
    return r !== undefined;
  };
  const hasCode = textOf('code', 'code');
  textOf('unit', 'unit');
  textOf('receivingUnit', 'receiving_unit');
  textOf('handlingUnit', 'handling_unit');
  textOf('fieldCode', 'field_code');
  textOf('procedureCode', 'procedure_code');
  textOf('channel', 'channel_text');
  const hasStatus = textOf('status', 'status_text');
  textOf('outcome', 'outcome_text');
  const countRef = refOf(mapping, 'reappointmentCount');
  rowCols.push(
    `${countRef === undefined ? 'CAST(NULL AS TEXT)' : txt(countRef.name)} AS reappointment_count_text`,
  );
  const kinds: Partial<Record<DateField, SqlDateKind>> = {};
  for (const f of DATE_FIELDS) {
    const r = refOf(mapping, f);
    const n = DATE_NAMES[f];
    if (r === undefined) {
      rowCols.push(`CAST(NULL AS DATE) AS ${n}_raw`);
      kinds[f] = 'date';
    } else if (r.kind === 'text') {
      rowCols.push(`${txt(r.name)} AS ${n}_raw`);
      kinds[f] = 'text';
    } else {
      rowCols.push(`${quoteIdentifier(r.name)} AS ${n}_raw`);
      kinds[f] = r.kind;
    }
  }

  // --- 2. matched, parts: the components of each text date in whichever export form it is
  const matchCols: string[] = ['*'];
  const partCols: string[] = ['*'];
  const textDates = DATE_FIELDS.filter((f) => kinds[f] === 'text');
  for (const f of textDates) {
    const s = `${DATE_NAMES[f]}_raw`;
    const n = DATE_NAMES[f];
    matchCols.push(
      `${ops.capture(s, RE_ISO, 7)} AS ${n}_iso`,
      `${ops.capture(s, RE_VN, 6)} AS ${n}_vn`,
      `${ops.capture(s, RE_COMPACT, 6)} AS ${n}_compact`,
    );
    const g = (iso: number, vn: number, compact: number) =>
      `COALESCE(${ops.pick(`${n}_iso`, iso)}, ${ops.pick(`${n}_vn`, vn)}, ${ops.pick(`${n}_compact`, compact)})`;
    partCols.push(
      `CAST(${g(1, 3, 1)} AS INTEGER) AS ${n}_y`,
      `CAST(${g(2, 2, 2)} AS INTEGER) AS ${n}_m`,
      `CAST(${g(3, 1, 3)} AS INTEGER) AS ${n}_d`,
      `CAST(${g(4, 4, 4)} AS INTEGER) AS ${n}_hh`,
      `CAST(${g(5, 5, 5)} AS INTEGER) AS ${n}_mi`,
      `CAST(${g(6, 6, 6)} AS INTEGER) AS ${n}_ss`,
      `${ops.pick(`${n}_iso`, 7)} AS ${n}_off`,
    );
  }

  // --- 3. facts: Vietnamese dates and normalised codes
  const dateOf = (f: DateField): string => {
    const n = DATE_NAMES[f];
    const raw = `${n}_raw`;
    switch (kinds[f]) {
      case 'date':
      case 'timestamp':
        return `CAST(${raw} AS DATE)`;
      case 'timestamptz':
        // Whole days since 1970-01-01 at UTC+7 (25 200 s), from the epoch seconds of the instant.
        return `CAST(DATE '1970-01-01' + CAST(floor((${ops.epochSeconds(raw)} + 25200) / 86400) AS INTEGER) AS DATE)`;
      default: {
        const [y, m, d, hh, mi, ss, off] = ['y', 'm', 'd', 'hh', 'mi', 'ss', 'off'].map(
          (p) => `${n}_${p}`,
        ) as [string, string, string, string, string, string, string];
        const dim = `CASE WHEN ${m} IN (4, 6, 9, 11) THEN 30 WHEN ${m} = 2 THEN CASE WHEN (${y} % 4 = 0 AND ${y} % 100 <> 0) OR ${y} % 400 = 0 THEN 29 ELSE 28 END ELSE 31 END`;
        const offH = `CAST(substr(${off}, 2, 2) AS INTEGER)`;
        const offM = `CAST(CASE WHEN length(${off}) > 3 THEN substr(${off}, length(${off}) - 1, 2) ELSE '0' END AS INTEGER)`;
        const offMinutes = `CASE WHEN ${off} IS NULL THEN 420 WHEN upper(${off}) = 'Z' THEN 0 WHEN substr(${off}, 1, 1) = '-' THEN -(${offH} * 60 + ${offM}) ELSE ${offH} * 60 + ${offM} END`;
        return [
          'CASE',
          `      WHEN ${y} >= 1 AND ${m} BETWEEN 1 AND 12 AND ${d} BETWEEN 1 AND ${dim}`,
          `        AND (${hh} IS NULL OR (${hh} <= 23 AND ${mi} <= 59 AND (${ss} IS NULL OR ${ss} <= 59)))`,
          `        AND (${off} IS NULL OR upper(${off}) = 'Z' OR (${offH} <= 23 AND ${offM} <= 59))`,
          `      THEN CAST(make_date(${y}, ${m}, ${d}) + CAST(floor((COALESCE(${hh}, 0) * 60 + COALESCE(${mi}, 0) - (${offMinutes}) + 420) / 1440.0) AS INTEGER) AS DATE)`,
          '    END',
        ].join('\n');
      }
    }
  };
  const factCols: string[] = [
    'code',
    'unit',
    'COALESCE(receiving_unit, unit) AS receiving_unit',
    'COALESCE(handling_unit, unit) AS handling_unit',
    "COALESCE(field_code, '') AS field_code",
    "COALESCE(procedure_code, '') AS procedure_code",
    'channel_text',
    'status_text',
    'outcome_text',
    `${codeCase('channel_text', CHANNEL_VALUES)} AS channel`,
    `${codeCase('outcome_text', OUTCOME_VALUES)} AS outcome`,
    `CASE WHEN reappointment_count_text IS NULL THEN NULL WHEN ${ops.matches('reappointment_count_text', '^[0-9]{1,9}$')} THEN CAST(reappointment_count_text AS INTEGER) END AS reappointments`,
    'reappointment_count_text',
  ];
  if (hasStatus) factCols.push(`${codeCase('status_text', STATUS_VALUES)} AS status`);
  for (const f of DATE_FIELDS) {
    const n = DATE_NAMES[f];
    factCols.push(`${n}_raw IS NOT NULL AS has_${n}`, `${dateOf(f)} AS ${n}`);
  }

  // --- 4. checked: the status (derived when there is no status column) and the first broken rule
  const derived = [
    'CASE',
    "      WHEN returned IS NOT NULL THEN 'returned'",
    "      WHEN finished IS NOT NULL THEN 'resolved'",
    "      WHEN outcome IS NOT NULL AND outcome_at IS NOT NULL THEN CASE outcome WHEN 'withdrawn' THEN 'withdrawal_requested' ELSE 'stopped' END",
    "      ELSE 'processing'",
    '    END',
  ].join('\n');
  const rule = (code: string, cond: string) => `      WHEN ${cond} THEN '${code}'`;
  const rules = [
    ...(hasCode ? [rule('vn.required', 'code IS NULL')] : []),
    rule('vn.required', 'unit IS NULL OR channel_text IS NULL OR has_received = FALSE OR has_due = FALSE'),
    rule('vn.invalid_enum', 'channel IS NULL'),
    ...(hasStatus
      ? [rule('vn.required', 'status_text IS NULL'), rule('vn.invalid_enum', 'status IS NULL')]
      : []),
    rule('vn.invalid_enum', 'outcome_text IS NOT NULL AND outcome IS NULL'),
    rule('vn.invalid_number', 'reappointment_count_text IS NOT NULL AND reappointments IS NULL'),
    rule(
      'vn.invalid_date',
      DATE_FIELDS.map((f) => `(has_${DATE_NAMES[f]} AND ${DATE_NAMES[f]} IS NULL)`).join(' OR '),
    ),
    rule('vn.dossier.due_before_received', 'due < received'),
    rule('vn.dossier.finished_before_received', 'finished < received'),
    rule('vn.dossier.returned_before_received', 'returned < received'),
    rule('vn.dossier.returned_before_finished', 'returned < finished'),
    rule('vn.dossier.reappointed_more_than_once', 'reappointments > 1'),
    rule('vn.dossier.reappointment_not_after_due', 'reappointed <= due'),
    rule(
      'vn.dossier.resolved_without_finish_date',
      "status IN ('resolved', 'returned') AND finished IS NULL AND returned IS NULL",
    ),
    rule('vn.dossier.outcome_without_date', 'outcome IS NOT NULL AND outcome_at IS NULL'),
    rule('vn.dossier.outcome_before_received', 'outcome IS NOT NULL AND outcome_at < received'),
    rule('vn.dossier.outcome_and_finish', 'outcome IS NOT NULL AND finished IS NOT NULL'),
  ];

  // --- 5. classified: bucket on receipt (r) and state at the period's end (s)
  const stopOf = "CASE status WHEN 'stopped' THEN 'stopped' WHEN 'withdrawal_requested' THEN 'withdrawn' END";
  const dueEff = re === 'reappointed' ? 'COALESCE(reappointed, due)' : 'due';

  const dimExpr: Record<DossierGroupDimension, string> = {
    unit: 'unit',
    receivingUnit: 'receiving_unit',
    handlingUnit: 'handling_unit',
    field: 'field_code',
    procedure: 'procedure_code',
    channel: 'channel',
    month: ops.month('received'),
  };
  const keyCols = by.map((b) => quoteIdentifier(b));
  const cnt = (f: DossierTallyField, cond: string) =>
    `count(*) FILTER (WHERE ${cond}) AS ${quoteIdentifier(f)}`;
  const aggCols = [
    cnt('received', "r <> 'out'"),
    cnt('carriedOver', "r = 'carried'"),
    cnt('newReceived', "r IN ('direct', 'online', 'postal')"),
    cnt('newOnline', "r = 'online'"),
    cnt('newDirect', "r = 'direct'"),
    cnt('newPostal', "r = 'postal'"),
    cnt('resolved', "s IN ('early', 'on_time', 'late')"),
    cnt('resolvedEarly', "s = 'early'"),
    cnt('resolvedOnTime', "s = 'on_time'"),
    cnt('resolvedLate', "s = 'late'"),
    cnt('pending', "s IN ('within', 'overdue')"),
    cnt('pendingWithinTerm', "s = 'within'"),
    cnt('pendingOverdue', "s = 'overdue'"),
    cnt('returned', "s IN ('refused', 'withdrawn', 'stopped')"),
    cnt('refused', "s = 'refused'"),
    cnt('withdrawn', "s = 'withdrawn'"),
    cnt('stopped', "s = 'stopped'"),
    cnt('outOfScope', "r = 'out'"),
    `count(*) FILTER (WHERE broken_rule IS NOT NULL) AS "rejected"`,
  ];

  // PostgreSQL inlines CTEs into each other, copying a column's expression into every place it is
  // used; with the date expressions that makes planning take seconds. OFFSET 0 keeps each step a
  // subquery of its own (still streamed, not stored).
  const fence = dialect === 'postgres' ? '\n  OFFSET 0' : '';
  const sql = [
    '-- commune-kpi: dossier tally (Biểu II.06a/VPCP/KSTT), same rules as tallyDossiers.',
    `-- $1 = period start, $2 = period end (inclusive)${params.length > 2 ? ', $3 = files' : ''}.`,
    'WITH period AS (',
    '  SELECT CAST($1 AS DATE) AS start_date, CAST($2 AS DATE) AS end_date',
    '),',
    'src AS (',
    '  SELECT',
    indent(rowCols, '    '),
    `  FROM ${from}`,
    '),',
    ...(textDates.length === 0
      ? []
      : [
          'matched AS (',
          '  SELECT',
          indent(matchCols, '    '),
          '  FROM src',
          '),',
          'parts AS (',
          '  SELECT',
          indent(partCols, '    '),
          `  FROM matched${fence}`,
          '),',
        ]),
    'facts AS (',
    '  SELECT',
    indent(factCols, '    '),
    `  FROM ${textDates.length === 0 ? 'src' : 'parts'}${fence}`,
    '),',
    ...(hasStatus
      ? []
      : [
          'checked AS (',
          '  SELECT',
          indent(['*', `${derived} AS status`], '    '),
          `  FROM facts${fence}`,
          '),',
        ]),
    'ruled AS (',
    '  SELECT',
    indent(['*', ['CASE', ...rules, '    END AS broken_rule'].join('\n')], '    '),
    `  FROM ${hasStatus ? 'facts' : 'checked'}${fence}`,
    '),',
    'closing AS (',
    '  -- The closing date: the finish, else the outcome date for an end without a result, else the return.',
    '  SELECT',
    indent(
      [
        '*',
        'CASE WHEN finished IS NOT NULL THEN finished WHEN outcome IS NOT NULL THEN outcome_at ELSE returned END AS closed',
        `CASE WHEN finished IS NOT NULL THEN ${stopOf} WHEN outcome IS NOT NULL THEN outcome WHEN returned IS NOT NULL THEN ${stopOf} END AS end_outcome`,
        `${dueEff} AS due_effective`,
      ],
      '    ',
    ),
    `  FROM ruled${fence}`,
    '),',
    'classified AS (',
    '  SELECT',
    indent(
      [
        ...by.map((b) => `${dimExpr[b]} AS ${quoteIdentifier(b)}`),
        'broken_rule',
        [
          'CASE',
          '      WHEN broken_rule IS NOT NULL THEN NULL',
          "      WHEN status IN ('registered', 'refused') OR received > end_date OR closed < start_date THEN 'out'",
          "      WHEN received < start_date THEN 'carried'",
          '      ELSE channel',
          '    END AS r',
        ].join('\n'),
        [
          'CASE',
          '      WHEN broken_rule IS NOT NULL THEN NULL',
          "      WHEN status IN ('registered', 'refused') OR received > end_date OR closed < start_date THEN 'out'",
          '      WHEN closed <= end_date THEN COALESCE(end_outcome,',
          "        CASE WHEN closed < due_effective THEN 'early' WHEN closed = due_effective THEN 'on_time' ELSE 'late' END)",
          "      WHEN due_effective < end_date THEN 'overdue'",
          "      ELSE 'within'",
          '    END AS s',
        ].join('\n'),
      ],
      '    ',
    ),
    '  FROM closing CROSS JOIN period',
    ')',
    'SELECT',
    indent([...keyCols, ...aggCols], '  '),
    'FROM classified',
    ...(by.length > 0 ? [`GROUP BY ${by.map((_, i) => String(i + 1)).join(', ')}`] : []),
  ].join('\n');

  return {
    dialect,
    sql,
    params,
    by: [...by],
    columns: [...by, ...TALLY_FIELDS, 'rejected'],
  };
}

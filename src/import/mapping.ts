import { foldHeader, isUnsafeKey } from './normalize';
import {
  type CellValue,
  type DecimalSeparator,
  readBooleanCell,
  readDateCell,
  readNumberCell,
} from './values';

/**
 * How a column's text becomes a schema value: `string` (trimmed text), `code` (text kept as
 * written, numbers turned to text), `date` (`YYYY-MM-DD`), `instant` (date or ISO timestamp),
 * `integer` and `number` (Vietnamese number forms), `boolean` (`Có`/`Không`, `x`, `1`/`0`),
 * `label` (a value looked up in the field's `labels`).
 */
export type ColumnKind = 'string' | 'code' | 'date' | 'instant' | 'integer' | 'number' | 'boolean' | 'label';

/** One schema field and the header strings real exports use for it. */
export interface ColumnField {
  /** Field path in the domain's input, dotted (`unit`, `assignments.0.position`). */
  readonly field: string;
  /** Header strings as exports write them; matched after {@link foldHeader}. */
  readonly headers: readonly string[];
  /** How to read the cell. */
  readonly kind: ColumnKind;
  /** For `label`: pairs of a label as exports write it and the schema value it stands for. */
  readonly labels?: readonly (readonly [string, string | number | boolean])[];
  /** Whether the schema requires the field (a missing column is reported once). */
  readonly required?: boolean;
}

/** The column mapping of one domain (bảng ánh xạ cột): its fields and their header strings. */
export interface ColumnMap {
  /** Domain name. */
  readonly domain: 'dossier' | 'household' | 'personnel' | 'document';
  /** The fields, in the order they are reported. */
  readonly fields: readonly ColumnField[];
}

/**
 * Caller overrides of a column mapping: header text → field path, or `null` to ignore the column.
 * Given as a `Map` or a plain object; keys are matched after {@link foldHeader}.
 */
export type ColumnOverrides = ReadonlyMap<string, string | null> | Readonly<Record<string, string | null>>;

/** A column of the file matched to a field. */
export interface MatchedColumn {
  /** 0-based column position. */
  readonly index: number;
  /** The header as written (two-row headers joined with ` / `). */
  readonly header: string;
  /** The field it fills. */
  readonly field: string;
}

/** A compiled mapping: folded header → field definition. */
export interface CompiledColumns {
  /** Folded header → its field, or `null` for a column the caller chose to ignore. */
  readonly byHeader: ReadonlyMap<string, ColumnField | null>;
  /** Field path → its definition. */
  readonly byField: ReadonlyMap<string, ColumnField>;
  /** The mapping compiled. */
  readonly map: ColumnMap;
}

/**
 * Compile a domain mapping with caller overrides. Overrides win over the built-in headers.
 *
 * @param map - The domain mapping.
 * @param overrides - Header → field (or `null`).
 * @returns The compiled lookup.
 * @throws TypeError for an override whose header is `__proto__`, `constructor` or `prototype`.
 * @throws RangeError for an override naming a field the domain does not have.
 * @example
 * compileColumns(DOSSIER_COLUMN_MAP, { 'Cơ quan giải quyết': 'unit' }).byHeader.get('co quan giai quyet')?.field
 * // => 'unit'
 */
export function compileColumns(map: ColumnMap, overrides?: ColumnOverrides): CompiledColumns {
  const byHeader = new Map<string, ColumnField | null>();
  const byField = new Map<string, ColumnField>();
  for (const f of map.fields) {
    byField.set(f.field, f);
    byHeader.set(foldHeader(f.field), f);
    for (const h of f.headers) {
      const k = foldHeader(h);
      if (!byHeader.has(k)) byHeader.set(k, f);
    }
  }
  if (overrides !== undefined) {
    const entries: [string, string | null][] =
      overrides instanceof Map
        ? [...overrides.entries()]
        : Object.entries(overrides as Record<string, string | null>);
    for (const [header, field] of entries) {
      if (isUnsafeKey(header))
        throw new TypeError(`[commune-kpi] column override ${JSON.stringify(header)} is not allowed.`);
      if (field === null) {
        byHeader.set(foldHeader(header), null);
        continue;
      }
      const f = byField.get(field);
      if (f === undefined) {
        throw new RangeError(
          `[commune-kpi] unknown ${map.domain} field ${JSON.stringify(field)} in column overrides; use one of ${[...byField.keys()].join(', ')}.`,
        );
      }
      byHeader.set(foldHeader(header), f);
    }
  }
  return { byHeader, byField, map };
}

function cellText(v: CellValue | undefined): string {
  return v === null || v === undefined ? '' : typeof v === 'string' ? v.trim() : String(v);
}

/**
 * A header cell longer than this names no column (real header names are a few dozen characters):
 * it is not folded, so a long note in a title row costs nothing in header detection.
 */
const MAX_HEADER_CELL = 1024;

/** The field a header cell names, or `undefined`. */
function lookup(cols: CompiledColumns, text: string): ColumnField | null | undefined {
  if (text === '' || text.length > MAX_HEADER_CELL || isUnsafeKey(text)) return undefined;
  return cols.byHeader.get(foldHeader(text));
}

/** The header layout found at the top of a file. */
export interface HeaderLayout {
  /** Index (in the records read) of the first header row. */
  readonly first: number;
  /** Number of header rows: 1, or 2 for a group row over a sub-header row. */
  readonly rows: 1 | 2;
  /** Index of the first data row (after a column-number row, if any). */
  readonly dataStart: number;
  /** Column headers as written (two rows joined with ` / `). */
  readonly headers: string[];
  /** Matched columns. */
  readonly columns: MatchedColumn[];
  /** Headers ignored because they are unsafe as keys. */
  readonly unsafe: string[];
  /** Columns whose field another column already fills: [header, field, first header]. */
  readonly duplicates: [string, string, string][];
}

function resolve(cols: CompiledColumns, headers: string[], subs: (string | undefined)[] | undefined) {
  const columns: MatchedColumn[] = [];
  const seen = new Map<string, string>();
  const unsafe: string[] = [];
  const duplicates: [string, string, string][] = [];
  for (let j = 0; j < headers.length; j++) {
    const h = headers[j]!;
    const sub = subs?.[j];
    if (isUnsafeKey(h) || (sub !== undefined && isUnsafeKey(sub))) {
      unsafe.push(sub ?? h);
      continue;
    }
    let f: ColumnField | null | undefined;
    if (sub !== undefined && sub !== '') {
      f = h === '' ? undefined : lookup(cols, `${h} ${sub}`);
      if (f === undefined) f = lookup(cols, sub);
    } else f = lookup(cols, h);
    if (f === undefined || f === null) continue;
    const name = sub !== undefined && sub !== '' ? (h === '' ? sub : `${h} / ${sub}`) : h;
    const first = seen.get(f.field);
    if (first !== undefined) {
      duplicates.push([name, f.field, first]);
      continue;
    }
    seen.set(f.field, name);
    columns.push({ index: j, header: name, field: f.field });
  }
  return { columns, unsafe, duplicates };
}

function isNumberingRow(row: readonly CellValue[]): boolean {
  let n = 0;
  for (const v of row) {
    const t = cellText(v);
    if (t === '') continue;
    if (t.length > 5) return false;
    for (let i = 0; i < t.length; i++) {
      const c = t[i]!;
      if (
        !(
          (c >= '0' && c <= '9') ||
          (c >= 'A' && c <= 'Z') ||
          c === '(' ||
          c === ')' ||
          c === '=' ||
          c === '*'
        )
      ) {
        return false;
      }
    }
    n++;
  }
  return n >= 3;
}

/**
 * Find the header row of a file among its first rows (tìm dòng tiêu đề): title rows above it are
 * skipped, a group row over a sub-header row (merged cells, as in Biểu II.06a or the poverty-review
 * export) is read as one header, and a row of column numbers (`1`, `2`, … or `(1)`, `A`, `B`) under
 * it is skipped.
 *
 * @param rows - The first rows of the file.
 * @param cols - The compiled mapping.
 * @returns The layout, or `undefined` when no row names at least two fields (or one, for a one-column file).
 * @example
 * detectHeader([['SỔ THEO DÕI HỒ SƠ'], ['Mã hồ sơ', 'Ngày nhận']], compileColumns(DOSSIER_COLUMN_MAP))
 * // => { first: 1, rows: 1, dataStart: 2, headers: ['Mã hồ sơ', 'Ngày nhận'], … }
 */
export function detectHeader(
  rows: readonly (readonly CellValue[])[],
  cols: CompiledColumns,
): HeaderLayout | undefined {
  let best: { r: number; two: boolean; score: number } | undefined;
  const singles: number[] = [];
  for (let r = 0; r < rows.length; r++) {
    const h = rows[r]!.map(cellText);
    singles[r] = resolve(cols, h, undefined).columns.length;
  }
  for (let r = 0; r < rows.length; r++) {
    const h = rows[r]!.map(cellText);
    const s1 = singles[r]!;
    let s2 = -1;
    if (r + 1 < rows.length) {
      const filled: string[] = [];
      let last = '';
      const sub = rows[r + 1]!.map(cellText);
      const width = Math.max(h.length, sub.length);
      for (let j = 0; j < width; j++) {
        const t = h[j] ?? '';
        if (t !== '') last = t;
        filled.push(t !== '' ? t : (sub[j] ?? '') !== '' ? last : '');
      }
      s2 = resolve(cols, filled, sub).columns.length;
      const next = singles[r + 1]!;
      const nextHeaderLike = s1 >= 2 && next >= 2 && next * 2 >= s1;
      if (!(s2 > Math.max(s1, next) || (nextHeaderLike && s2 >= s1))) s2 = -1;
    }
    const score = Math.max(s1, s2);
    if (best === undefined || score > best.score) best = { r, two: s2 >= s1 && s2 >= 0, score };
  }
  const minimum = cols.map.fields.length === 1 ? 1 : 2;
  if (best === undefined || best.score < minimum) return undefined;
  const r = best.r;
  const top = rows[r]!.map(cellText);
  let headers: string[];
  let res: ReturnType<typeof resolve>;
  if (best.two) {
    const sub = rows[r + 1]!.map(cellText);
    const width = Math.max(top.length, sub.length);
    const filled: string[] = [];
    let last = '';
    for (let j = 0; j < width; j++) {
      const t = top[j] ?? '';
      if (t !== '') last = t;
      filled.push(t !== '' ? t : (sub[j] ?? '') !== '' ? last : '');
    }
    res = resolve(cols, filled, sub);
    headers = filled.map((h, j) => {
      const s = sub[j] ?? '';
      return s === '' ? h : h === '' ? s : `${h} / ${s}`;
    });
  } else {
    headers = top;
    res = resolve(cols, top, undefined);
  }
  let dataStart = r + (best.two ? 2 : 1);
  if (dataStart < rows.length && isNumberingRow(rows[dataStart]!)) dataStart++;
  return {
    first: r,
    rows: best.two ? 2 : 1,
    dataStart,
    headers,
    columns: res.columns,
    unsafe: res.unsafe,
    duplicates: res.duplicates,
  };
}

/** Options for reading cells into schema values. */
export interface ReadCellOptions {
  /** Decimal separator of numbers (default `auto`). */
  readonly decimal?: DecimalSeparator;
}

function labelsOf(f: ColumnField): Map<string, string | number | boolean> {
  const m = new Map<string, string | number | boolean>();
  for (const [label, value] of f.labels ?? []) m.set(foldHeader(label), value);
  return m;
}

/**
 * @internal A reader of one field's cells, with its own memory of the labels it has read: an
 * import makes one per column, so nothing is kept between imports (no module state) and a field
 * changed between two imports is read afresh.
 */
export function cellReader(
  f: ColumnField,
  options: ReadCellOptions = {},
): (v: CellValue | undefined) => unknown {
  if (f.kind !== 'label') return (v) => readCell(f, v, options);
  const labels = labelsOf(f);
  const seen = new Map<string, string | number | boolean>();
  return (v) => {
    if (v === null || v === undefined) return undefined;
    const t = typeof v === 'string' ? v.trim() : String(v);
    if (t === '') return undefined;
    const cached = seen.get(t);
    if (cached !== undefined) return cached;
    const hit = labels.get(foldHeader(t));
    const value = hit === undefined ? t : hit;
    // Labels repeat: remember them, up to a bound so odd files cannot grow memory.
    if (seen.size < 4096) seen.set(t, value);
    return value;
  };
}

/**
 * Read one cell as the field's kind wants it. Unreadable text is passed on unchanged so that the
 * schema rejects it with its field and a clear code; empty cells give `undefined`; text is trimmed
 * and put in Unicode NFC.
 *
 * @param f - The field.
 * @param v - The cell.
 * @param options - Decimal separator.
 * @returns The value for the schema input.
 * @example
 * readCell({ field: 'dueDate', headers: [], kind: 'date' }, '05/03/2026') // => '2026-03-05'
 * readCell({ field: 'dueDate', headers: [], kind: 'date' }, '31/02/2026') // => '31/02/2026'
 */
export function readCell(f: ColumnField, v: CellValue | undefined, options: ReadCellOptions = {}): unknown {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'string' && v.trim() === '') return undefined;
  switch (f.kind) {
    case 'string':
    case 'code':
      // Text is stored in NFC, so the same name typed in NFD or NFC is one value.
      return typeof v === 'string' ? v.trim().normalize('NFC') : String(v);
    case 'date':
    case 'instant': {
      const d = readDateCell(v, f.kind);
      return d === null ? (typeof v === 'string' ? v.trim() : v) : d;
    }
    case 'integer':
    case 'number': {
      const n = readNumberCell(v, options.decimal ?? 'auto');
      return n === null ? (typeof v === 'string' ? v.trim() : v) : n;
    }
    case 'boolean': {
      const b = readBooleanCell(v);
      return b === null ? (typeof v === 'string' ? v.trim() : v) : b;
    }
    case 'label': {
      const t = typeof v === 'string' ? v.trim() : String(v);
      const hit = labelsOf(f).get(foldHeader(t));
      return hit === undefined ? t : hit;
    }
  }
}

const INDEX_RE = /^\d{1,4}$/;

/**
 * Set a dotted path in a plain object, creating objects and arrays on the way. Path segments
 * come from the domain's own field list, never from file headers.
 *
 * @param target - The object to fill.
 * @param path - Dotted path (`assignments.0.position`).
 * @param value - The value; `undefined` leaves the target untouched.
 * @example
 * const o = {}; setPath(o, 'a.0.b', 1); o // => { a: [{ b: 1 }] }
 */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  if (value === undefined) return;
  if (path.indexOf('.') < 0) {
    if (path !== '__proto__' && path !== 'constructor' && path !== 'prototype') target[path] = value;
    return;
  }
  const parts = path.split('.');
  let cur: Record<string, unknown> | unknown[] = target;
  for (let i = 0; i < parts.length; i++) {
    const key = parts[i]!;
    if (isUnsafeKey(key)) return;
    const last = i === parts.length - 1;
    const slot: string | number = Array.isArray(cur) ? Number(key) : key;
    if (last) {
      (cur as Record<string | number, unknown>)[slot] = value;
      return;
    }
    let next = (cur as Record<string | number, unknown>)[slot];
    if (typeof next !== 'object' || next === null) {
      next = INDEX_RE.test(parts[i + 1]!) ? [] : {};
      (cur as Record<string | number, unknown>)[slot] = next;
    }
    cur = next as Record<string, unknown> | unknown[];
  }
}

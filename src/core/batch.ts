import type { z } from 'zod';
import { CORE_MESSAGES, type Locale, type MessageCatalog, messageFor } from './messages';

/** One problem with one row: where, a stable code, and a readable message. */
export interface RowIssue {
  /** Dotted field path (`dueDate`, `supplements.0.completedAt`), or `''` for the whole row. */
  readonly path: string;
  /** Stable code, e.g. `vn.dossier.due_before_received` or `vn.invalid_date`. */
  readonly code: string;
  /** Message in the requested language (Vietnamese by default). */
  readonly message: string;
  /** The values the message was built from. */
  readonly params: Readonly<Record<string, unknown>>;
}

/** A rejected input row: its position, the row as given, and every problem found in it. */
export interface Rejection<I = unknown> {
  /** 0-based position of the row in the input. */
  readonly index: number;
  /** The row as it was given. */
  readonly row: I;
  /** At least one issue. */
  readonly issues: readonly RowIssue[];
}

/**
 * The result of parsing a batch (kết quả kiểm tra lô dữ liệu): every input row is in exactly one
 * of `valid` (in input order) and `rejected`, so `valid.length + rejected.length === total`.
 */
export interface BatchResult<T, I = unknown> {
  /** Parsed rows, in input order. */
  readonly valid: T[];
  /** 0-based input positions of the rows in `valid`, in the same order. */
  readonly validIndices: number[];
  /** Rejected rows with their issues. */
  readonly rejected: Rejection<I>[];
  /** Number of input rows. */
  readonly total: number;
}

/** Options of {@link parseBatch}. */
export interface ParseBatchOptions {
  /** Language of messages: `vi` (default) or `en`. */
  readonly locale?: Locale;
  /** Extra message catalogues, searched before the core one. */
  readonly catalogs?: readonly MessageCatalog[];
}

type ZodIssue = z.core.$ZodIssue;

function describe(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

const TYPE_VI: Record<string, string> = {
  string: 'chuỗi',
  number: 'số',
  int: 'số nguyên',
  boolean: 'đúng/sai',
  object: 'bản ghi',
  array: 'danh sách',
};

/**
 * Turn one zod issue into a {@link RowIssue} with a stable code and a message.
 *
 * @param issue - A zod v4 issue (parse with `reportInput: true` to get received values).
 * @param locale - Message language.
 * @param catalogs - Catalogues to look codes up in (the core one is always searched last).
 * @returns The issue.
 * @example
 * const r = z.object({ dueDate: LocalDateSchema }).safeParse({ dueDate: '2026-02-31' }, { reportInput: true });
 * toRowIssue(r.error!.issues[0]!)
 * // => { path: 'dueDate', code: 'vn.invalid_date', message: 'Trường «dueDate» không phải ngày có thật …', … }
 */
export function toRowIssue(
  issue: ZodIssue,
  locale: Locale = 'vi',
  catalogs: readonly MessageCatalog[] = [],
): RowIssue {
  const path = issue.path.map(String).join('.');
  const input = (issue as { input?: unknown }).input;
  let code: string;
  let params: Record<string, unknown> = { path, received: describe(input) };
  switch (issue.code) {
    case 'custom': {
      const p = (issue.params ?? {}) as Record<string, unknown>;
      code = typeof p.code === 'string' ? p.code : 'vn.invalid_record';
      params = { ...params, ...p };
      break;
    }
    case 'invalid_type':
      if (input === undefined) code = 'vn.required';
      else if (issue.expected === 'int' && typeof input === 'number') code = 'vn.not_integer';
      else code = 'vn.invalid_type';
      params.expected = locale === 'vi' ? (TYPE_VI[issue.expected] ?? issue.expected) : issue.expected;
      break;
    case 'invalid_format':
      code = issue.format === 'date' ? 'vn.invalid_date' : 'vn.invalid_format';
      params.format = issue.format;
      break;
    case 'invalid_value':
      code = 'vn.invalid_value';
      params.expected = issue.values.map((v) => JSON.stringify(v)).join(', ');
      break;
    case 'too_small':
      code = 'vn.too_small';
      params.minimum = String(issue.minimum);
      break;
    case 'too_big':
      code = 'vn.too_big';
      params.maximum = String(issue.maximum);
      break;
    case 'unrecognized_keys':
      code = 'vn.unrecognized_keys';
      params.keys = issue.keys.join(', ');
      break;
    case 'invalid_union':
      code = 'vn.invalid_union';
      break;
    default:
      code = 'vn.invalid_record';
  }
  return { path, code, message: messageFor(code, params, locale, [...catalogs, CORE_MESSAGES]), params };
}

/**
 * Validate many rows with a schema, keeping every row: each is either parsed into `valid` or
 * listed in `rejected` with its index, field paths, stable codes and messages
 * (kiểm tra lô dữ liệu, không bỏ sót dòng nào). Never throws on bad rows.
 *
 * @param schema - Any zod v4 schema.
 * @param rows - Any iterable of raw rows.
 * @param options - Message language and extra catalogues.
 * @returns The {@link BatchResult}.
 * @example
 * const r = parseBatch(z.object({ n: z.int() }), [{ n: 1 }, { n: 'x' }]);
 * r.valid    // => [{ n: 1 }]
 * r.rejected // => [{ index: 1, row: { n: 'x' }, issues: [{ path: 'n', code: 'vn.invalid_type', … }] }]
 */
export function parseBatch<S extends z.ZodType>(
  schema: S,
  rows: Iterable<unknown>,
  options: ParseBatchOptions = {},
): BatchResult<z.output<S>> {
  const locale = options.locale ?? 'vi';
  const catalogs = options.catalogs ?? [];
  const valid: z.output<S>[] = [];
  const validIndices: number[] = [];
  const rejected: Rejection[] = [];
  let index = 0;
  for (const row of rows) {
    const r = schema.safeParse(row, { reportInput: true });
    if (r.success) {
      valid.push(r.data);
      validIndices.push(index);
    } else {
      rejected.push({ index, row, issues: r.error.issues.map((i) => toRowIssue(i, locale, catalogs)) });
    }
    index++;
  }
  return { valid, validIndices, rejected, total: index };
}

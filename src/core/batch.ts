import type { z } from 'zod';
import { CORE_MESSAGES, type FieldLabels, type Locale, type MessageCatalog, messageFor } from './messages';

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
  /** Labels of field paths for messages that name a field (`dueDate` → «ngày hẹn trả»). */
  readonly fields?: readonly FieldLabels[];
}

type ZodIssue = z.core.$ZodIssue;

function describe(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return '[…]';
  if (typeof value === 'object') return '{…}';
  return typeof value;
}

/**
 * The stable code and raw parameters of one zod issue (mã lỗi `vn.*` và tham số), before any
 * message: custom issues of our schemas carry their code in `params.code`; zod's own issues are
 * mapped (`invalid_type` with no input → `vn.required`, `invalid_format` `date` →
 * `vn.invalid_date`, …). Parameters are language-neutral: the received value as written, the
 * expected type as zod names it; messages translate them.
 *
 * @param issue - A zod v4 issue, finalized or raw (as an error map receives it).
 * @returns The code and parameters.
 * @example
 * const r = z.object({ n: z.int() }).safeParse({ n: 1.5 }, { reportInput: true });
 * vnIssue(r.error!.issues[0]!) // => { code: 'vn.not_integer', params: { path: 'n', received: '1.5', expected: 'int' } }
 */
export function vnIssue(issue: ZodIssue | z.core.$ZodRawIssue): {
  code: string;
  params: Record<string, unknown>;
} {
  const path = (issue.path ?? []).map(String).join('.');
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
      params.expected = issue.expected;
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
  return { code, params };
}

/**
 * Turn one zod issue into a {@link RowIssue} with a stable code and a message.
 *
 * @param issue - A zod v4 issue (parse with `reportInput: true` to get received values).
 * @param locale - Message language.
 * @param catalogs - Catalogues to look codes up in (the core one is always searched last).
 * @param fields - Labels of field paths.
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
  fields: readonly FieldLabels[] = [],
): RowIssue {
  const { code, params } = vnIssue(issue);
  const path = params.path as string;
  return {
    path,
    code,
    message: messageFor(code, params, locale, [...catalogs, CORE_MESSAGES], { fields }),
    params,
  };
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
  const fields = options.fields ?? [];
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
      rejected.push({
        index,
        row,
        issues: r.error.issues.map((i) => toRowIssue(i, locale, catalogs, fields)),
      });
    }
    index++;
  }
  return { valid, validIndices, rejected, total: index };
}

/** Options of {@link createErrorMap}. */
export interface CreateErrorMapOptions {
  /** Language of messages: `vi` (default) or `en`. */
  readonly locale?: Locale;
  /** Catalogues of the schemas' own codes (`DOSSIER_MESSAGES`, …), searched before the core one. */
  readonly catalogs?: readonly MessageCatalog[];
  /** Labels of field paths (`DOSSIER_FIELD_LABELS`, …). */
  readonly fields?: readonly FieldLabels[];
}

/**
 * A zod error map that writes this package's messages (bộ thông báo lỗi cho zod): pass it to
 * `safeParse(x, { error })` (per call), to a schema's `error` option, or to
 * `z.config({ customError })` in your app (the package itself never calls `z.config`). Every
 * issue then carries the message of its `vn.*` code in the chosen language; the code of a rule of
 * ours is in `issue.params.code`, and {@link vnIssue} gives the code of any issue, zod's own
 * included ({@link vnIssues} turns a whole `ZodError` into such issues). An issue whose code no
 * given catalogue has (pass the domain's: `HOUSEHOLD_MESSAGES`, `PERSONNEL_MESSAGES`, …) gets
 * the generic `vn.invalid_record` message in the chosen language, never zod's English text.
 *
 * @param options - Language, the domain catalogues and field labels.
 * @returns The error map.
 * @example
 * const error = createErrorMap({ locale: 'en' });
 * const r = z.object({ n: z.int() }).safeParse({ n: 1.5 }, { error });
 * r.error!.issues[0]!.message // => 'Field "n" must be an integer, got 1.5.'
 */
export function createErrorMap(options: CreateErrorMapOptions = {}): z.core.$ZodErrorMap {
  const locale = options.locale ?? 'vi';
  const catalogs = [...(options.catalogs ?? []), CORE_MESSAGES];
  const fields = options.fields ?? [];
  return (issue) => {
    const { code, params } = vnIssue(issue);
    const message = messageFor(code, params, locale, catalogs, { fields });
    // A code no catalogue has (a domain catalogue not passed): our generic message, never zod's text.
    return {
      message:
        message === code
          ? messageFor('vn.invalid_record', params, locale, [CORE_MESSAGES], { fields })
          : message,
    };
  };
}

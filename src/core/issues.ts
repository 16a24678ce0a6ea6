import type { z } from 'zod';
import { typeError } from '../_lib/errors';
import { type CreateErrorMapOptions, type RowIssue, vnIssue } from './batch';
import { CORE_MESSAGES, type MessageCatalog, messageFor } from './messages';

/** Options of {@link vnIssues}: those of `createErrorMap`, and the value that was parsed. */
export interface VnIssuesOptions extends CreateErrorMapOptions {
  /**
   * The value given to `safeParse`. zod leaves the received value out of its issues unless you
   * parse with `reportInput: true`; with `input`, each issue's value is read at its path, so a
   * missing field (`vn.required`) is told from one of the wrong type (`vn.invalid_type`) and the
   * messages quote what was received. Without either, a missing field cannot be told from a
   * wrong one: zod's `invalid_type` is reported as `vn.invalid_type` and its `invalid_value` as
   * `vn.invalid_value`, received `—`.
   */
  readonly input?: unknown;
}

/** The value at a zod issue path inside the parsed input (`undefined` where the path ends). */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v = input;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    if (v instanceof Map) {
      v = v.get(key);
      continue;
    }
    if (!Object.hasOwn(v, key)) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** The message of a code, never zod's text: a code no catalogue has gets the generic record message. */
function render(
  code: string,
  params: Record<string, unknown>,
  options: VnIssuesOptions,
  catalogs: readonly MessageCatalog[],
): string {
  const locale = options.locale ?? 'vi';
  const fields = options.fields ?? [];
  const m = messageFor(code, params, locale, catalogs, { fields });
  return m !== code ? m : messageFor('vn.invalid_record', params, locale, [CORE_MESSAGES], { fields });
}

/**
 * The issues of a failed `Schema.safeParse(x)` as this package's issues (lỗi kiểm tra theo mã
 * `vn.*`): for each zod issue its dotted path, its stable `vn.*` code (a rule of ours: the code
 * it carries, e.g. `vn.household.no_standard_in_force`; zod's own checks mapped as
 * {@link vnIssue} does: `vn.required`, `vn.invalid_date`, …), its raw parameters and its message
 * in the chosen language (Vietnamese by default, or English) from the given catalogues and the
 * core one. zod's own English text is never used: a code no catalogue knows gets the generic
 * `vn.invalid_record` message. Works on any `ZodError`, whether the parse had an error map or not.
 *
 * Legal basis: none (messages of the library).
 *
 * @param error - The `error` of a failed `safeParse` (a zod v4 `ZodError`).
 * @param options - Language, the domain catalogues and field labels (e.g. `HOUSEHOLD_MESSAGES`,
 *   `HOUSEHOLD_FIELD_LABELS`), and the parsed `input`.
 * @returns One issue per zod issue, in zod's order.
 * @throws TypeError if `error` has no `issues` array.
 * @example
 * const schema = z.object({ dueDate: LocalDateSchema, n: z.int() });
 * const x = { dueDate: '2026-02-31' };
 * vnIssues(schema.safeParse(x).error!, { locale: 'en', input: x })
 * // => [{ path: 'dueDate', code: 'vn.invalid_date', message: 'Field "dueDate" is not a real date (YYYY-MM-DD): "2026-02-31".', params: { path: 'dueDate', received: '"2026-02-31"', format: 'date' } },
 * //     { path: 'n', code: 'vn.required', message: 'Missing required field "n".', params: { path: 'n', received: 'undefined', expected: 'number' } }]
 */
export function vnIssues(error: z.core.$ZodError, options: VnIssuesOptions = {}): RowIssue[] {
  if (error === null || typeof error !== 'object' || !Array.isArray((error as { issues?: unknown }).issues))
    typeError('vnIssues needs a ZodError, the error of a failed safeParse.');
  const catalogs = [...(options.catalogs ?? []), CORE_MESSAGES];
  const withInput = Object.hasOwn(options, 'input');
  return error.issues.map((issue) => {
    const known = Object.hasOwn(issue, 'input');
    const full: z.core.$ZodIssue =
      known || !withInput
        ? issue
        : ({ ...issue, input: valueAt(options.input, issue.path) } as z.core.$ZodIssue);
    let { code, params } = vnIssue(full);
    if (!known && !withInput && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
      code = issue.code === 'invalid_type' ? 'vn.invalid_type' : 'vn.invalid_value';
      params = { ...params, received: '—' };
    } else if (issue.code === 'invalid_value' && (full as { input?: unknown }).input === undefined) {
      // zod reports a missing enum or literal field as a value not in the list: it is missing.
      code = 'vn.required';
    }
    return { path: String(params.path), code, message: render(code, params, options, catalogs), params };
  });
}

import { type BatchResult, parseBatch } from '../core/batch';
import type { Locale } from '../core/messages';
import { PERSONNEL_MESSAGES } from './messages';
import { createRosterEntrySchema, type RosterEntry, type RosterSchemaOptions } from './schema';

/**
 * Options of {@link parsePersonnel}.
 *
 * @example
 * parsePersonnel(rows, { asOf: '2024-06-14', locale: 'en', unitKind: 'phuong' })
 */
export interface ParsePersonnelOptions extends RosterSchemaOptions {
  /** The as-of date: a birth after it is rejected. Required, never read from the clock. */
  readonly asOf: string;
  /** Message language, `vi` (default) or `en`. */
  readonly locale?: Locale;
}

/**
 * Parse roster rows in a batch (kiểm tra danh sách cán bộ): every row is either valid or rejected
 * with its index, field paths, stable `vn.personnel.*` / `vn.*` codes and messages in Vietnamese
 * (default) or English, so `valid.length + rejected.length === total`.
 *
 * Legal basis: Nghị định 33/2023/NĐ-CP and Nghị định 150/2025/NĐ-CP (posts by date).
 *
 * @param rows - Raw rows.
 * @param options - `asOf` (required), `locale`, position lists, unit kind.
 * @returns The {@link BatchResult}.
 * @throws Never on bad rows.
 * @example
 * const r = parsePersonnel([{ ...person, qualification: 'Bằng B' }], { asOf: '2024-06-14' });
 * r.rejected[0].issues[0].message
 * // => 'Trình độ chuyên môn "Bằng B" không có trong danh mục (tiến sĩ, thạc sĩ, đại học, …).'
 */
export function parsePersonnel(
  rows: Iterable<unknown>,
  options: ParsePersonnelOptions,
): BatchResult<RosterEntry> {
  const { locale, ...schemaOptions } = options;
  return parseBatch(createRosterEntrySchema(schemaOptions), rows, {
    ...(locale !== undefined ? { locale } : {}),
    catalogs: [PERSONNEL_MESSAGES],
  });
}

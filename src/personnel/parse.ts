import { type BatchResult, parseBatch } from '../core/batch';
import type { Locale } from '../core/messages';
import { DEFAULT_ROSTER_SCHEMA_OPTIONS } from './defaults';
import { PERSONNEL_MESSAGES } from './messages';
import { createRosterEntrySchema, type RosterEntry, type RosterSchemaOptions } from './schema';

/**
 * Options of {@link parsePersonnel}.
 *
 * @example
 * const row = { id: 'cc-04', fullName: 'Lê Văn Tám', sex: 'Nam', birthYear: 1988, ethnicity: 'Kinh',
 *   qualification: 'Đại học', politicalTheory: 'Trung cấp', partyMember: true,
 *   assignments: [{ position: 'dia_chinh_nn_xd_mt', start: '2023-08-01' }] };
 * parsePersonnel([row], { asOf: '2024-06-14', locale: 'en', unitKind: 'phuong' }).rejected[0]?.issues[0]?.message
 * // => 'Post "dia_chinh_nn_xd_mt" does not exist in a unit of kind "ward".'
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
 * @param options - `asOf` (required), `locale`, position and office lists (default
 *   `DEFAULT_ROSTER_SCHEMA_OPTIONS`), unit kind.
 * @returns The {@link BatchResult}.
 * @throws Never on bad rows.
 * @example
 * const person = { id: 'cc-02', fullName: 'Trần Thị Bích', sex: 'Nữ', birthYear: 1990, ethnicity: 'Tày',
 *   qualification: 'Đại học', politicalTheory: 'Sơ cấp', partyMember: false,
 *   assignments: [{ position: 'van_hoa_xa_hoi', start: '2024-03-01' }] };
 * const r = parsePersonnel([person, { ...person, id: 'cc-03', qualification: 'Bằng B' }], { asOf: '2024-06-14' });
 * [r.valid.length, r.rejected.length, r.total] // => [1, 1, 2]
 * r.rejected[0]?.issues[0]?.message
 * // => 'Trình độ chuyên môn "Bằng B" không có trong danh mục (tiến sĩ, thạc sĩ, đại học, …).'
 */
export function parsePersonnel(
  rows: Iterable<unknown>,
  options: ParsePersonnelOptions,
): BatchResult<RosterEntry> {
  const { locale, ...schemaOptions } = options;
  return parseBatch(createRosterEntrySchema({ ...DEFAULT_ROSTER_SCHEMA_OPTIONS, ...schemaOptions }), rows, {
    ...(locale !== undefined ? { locale } : {}),
    catalogs: [PERSONNEL_MESSAGES],
  });
}

import type { z } from 'zod';
import { COMMUNE_OFFICE_LISTS } from './offices';
import { PERSONNEL_POSITION_LISTS } from './positions';
import {
  createRosterEntrySchema,
  type RosterEntry,
  type RosterEntryInput,
  type RosterEntrySchemaOptions,
} from './schema';

// The defaults of the personnel domain: the only module that hands the built-in position and
// office lists to the roster schema factory. The schema itself (./schema) imports no list.

/**
 * The lists {@link RosterEntrySchema} is built with, and that `parsePersonnel` and
 * `importPersonnel` use when none is given: the posts of `PERSONNEL_POSITION_LISTS` (Nghị định
 * 33/2023/NĐ-CP to 30/06/2025; Nghị định 150/2025/NĐ-CP, Nghị định 118/2025/NĐ-CP and Công văn
 * 03/CV-BCĐ from 01/07/2025) and the offices of `COMMUNE_OFFICE_LISTS` (Nghị định
 * 150/2025/NĐ-CP). Extend them rather than replace them to keep the national periods, e.g.
 * `createRosterEntrySchema({ ...DEFAULT_ROSTER_SCHEMA_OPTIONS, positionLists: [mine, ...DEFAULT_ROSTER_SCHEMA_OPTIONS.positionLists] })`.
 *
 * Legal basis: Nghị định 33/2023/NĐ-CP; Nghị định 150/2025/NĐ-CP; Nghị định 118/2025/NĐ-CP;
 * Công văn 03/CV-BCĐ.
 *
 * @example
 * DEFAULT_ROSTER_SCHEMA_OPTIONS.positionLists.map((l) => l.id) // => ['nd-33-2023', 'nd-150-2025']
 * DEFAULT_ROSTER_SCHEMA_OPTIONS.officeLists.map((l) => l.id) // => ['nd-150-2025']
 * Object.isFrozen(DEFAULT_ROSTER_SCHEMA_OPTIONS) // => true
 */
export const DEFAULT_ROSTER_SCHEMA_OPTIONS: RosterEntrySchemaOptions = /* @__PURE__ */ Object.freeze({
  positionLists: PERSONNEL_POSITION_LISTS,
  officeLists: COMMUNE_OFFICE_LISTS,
});

/**
 * A person on the commune roster (hồ sơ cán bộ, công chức, người hoạt động không chuyên trách):
 * name, sex, birth date or year, ethnicity (code 1–54), qualification level and field, political
 * theory level, party membership and the assignments with their dates. Labels as real exports
 * write them (`Nữ`, `Thạc sỹ`, `Trung cấp chuyên nghiệp`, `H'Mông`) are mapped to codes. It is
 * `createRosterEntrySchema` with {@link DEFAULT_ROSTER_SCHEMA_OPTIONS} and no as-of date.
 *
 * Legal basis: Nghị định 33/2023/NĐ-CP; Nghị định 150/2025/NĐ-CP; mẫu 2C Sơ yếu lý lịch.
 *
 * @example
 * RosterEntrySchema.parse({
 *   id: 'cc-01', fullName: 'Nguyễn Văn A', sex: 'Nam', birthYear: 1985, ethnicity: 'Kinh',
 *   qualification: 'Đại học', politicalTheory: 'Trung cấp', partyMember: true,
 *   assignments: [{ position: 'tu_phap_ho_tich', start: '2023-08-01' }],
 * }).assignments[0]?.category // => 'cong_chuc'
 */
export const RosterEntrySchema: z.ZodType<RosterEntry, RosterEntryInput> =
  /* @__PURE__ */ createRosterEntrySchema(DEFAULT_ROSTER_SCHEMA_OPTIONS);

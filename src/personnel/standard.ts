import { rangeError, show } from '../_lib/errors';
import { isLocalDate, type LocalDate } from '../core/localDate';
import { type QualificationLevel, qualificationAtLeast, type StaffCategory } from './codes';
import { primaryOf } from './headcount';
import type { RosterEntry } from './schema';

/**
 * A qualification requirement (tiêu chuẩn trình độ chuyên môn): the minimum level by post code,
 * with an optional default for posts not listed. The province sets the standards of commune
 * staff (Nghị định 33/2023/NĐ-CP, Điều 8–10), so this is always caller-supplied.
 *
 * @example
 * const req: QualificationRequirement = { byPosition: { chi_huy_truong_quan_su: 'trung_cap' }, byCategory: { cong_chuc: 'dai_hoc' } };
 */
export interface QualificationRequirement {
  /** Minimum level by post code. */
  readonly byPosition?: Readonly<Record<string, QualificationLevel>>;
  /** Minimum level by staff category, used when the post is not in `byPosition`. */
  readonly byCategory?: Readonly<Partial<Record<StaffCategory, QualificationLevel>>>;
  /** Minimum level for every other post; absent = no requirement. */
  readonly default?: QualificationLevel;
}

/**
 * One person below the standard of their post (the result of {@link lackingQualification}).
 *
 * @example
 * // { id: 'cc-07', fullName: '…', position: 'tai_chinh_ke_toan', held: 'trung_cap', required: 'dai_hoc' }
 */
export interface QualificationGap {
  /** Person id. */
  readonly id: string;
  /** Full name. */
  readonly fullName: string;
  /** The post held on the date. */
  readonly position: string;
  /** Level held. */
  readonly held: QualificationLevel;
  /** Level required. */
  readonly required: QualificationLevel;
}

/**
 * The staff in post on a date whose qualification is below what their post requires (cán bộ,
 * công chức chưa đạt chuẩn trình độ chuyên môn). The requirement is an argument: the province sets it.
 *
 * Legal basis: Nghị định 33/2023/NĐ-CP, Điều 8–10 (standards set by the province).
 *
 * @param entries - Parsed roster entries.
 * @param asOf - The date.
 * @param requirement - Minimum levels by post, category, or default.
 * @returns The people below standard, in roster order.
 * @throws RangeError if `asOf` is not a real date.
 * @example
 * lackingQualification(roster, '2024-06-14', { byCategory: { cong_chuc: 'dai_hoc' } })
 * // => [{ id: 'cc-7', position: 'van_hoa_xa_hoi', held: 'trung_cap', required: 'dai_hoc', … }, …]
 */
export function lackingQualification(
  entries: Iterable<RosterEntry>,
  asOf: LocalDate,
  requirement: QualificationRequirement,
): QualificationGap[] {
  if (!isLocalDate(asOf)) rangeError(`asOf must be a real date YYYY-MM-DD, got ${show(asOf)}.`);
  const out: QualificationGap[] = [];
  for (const e of entries) {
    const a = primaryOf(e, asOf, undefined);
    if (a === undefined) continue;
    const required =
      requirement.byPosition?.[a.position] ?? requirement.byCategory?.[a.category] ?? requirement.default;
    if (required === undefined || qualificationAtLeast(e.qualification, required)) continue;
    out.push({ id: e.id, fullName: e.fullName, position: a.position, held: e.qualification, required });
  }
  return out;
}

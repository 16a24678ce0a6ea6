import { rangeError, show } from '../_lib/errors';
import { isLocalDate, type LocalDate } from '../core/localDate';
import { type QualificationLevel, qualificationAtLeast, type StaffCategory } from './codes';
import { primaryOf } from './headcount';
import type { RosterEntry } from './schema';

/**
 * The legal basis of commune staff qualification standards over a span of dates (căn cứ tiêu
 * chuẩn trình độ), with the deadline for placing staff in job positions when there is one.
 *
 * @example
 * qualificationStandardBasis('2026-01-01')?.placementDeadline // => '2027-07-01'
 */
export interface QualificationStandardBasis {
  /** Stable id. */
  readonly id: string;
  /** Legal basis. */
  readonly basis: string;
  /** What the standard is attached to: the commune title (chức danh) or the job position (vị trí việc làm). */
  readonly by: 'title' | 'job_position';
  /** First day in force. */
  readonly effectiveFrom: LocalDate;
  /** Last day in force; absent = still in force. */
  readonly effectiveTo?: LocalDate;
  /**
   * Day by which staff recruited earlier must be placed in a job position and rank (chậm nhất
   * đến ngày …), when the basis sets one.
   */
  readonly placementDeadline?: LocalDate;
}

/**
 * The bases of commune staff qualification standards, oldest first:
 *
 * - `nd-33-2023` (01/08/2023–30/06/2025): standards by commune title, set by the province within
 *   Nghị định 33/2023/NĐ-CP, Điều 8–10;
 * - `luat-cbcc-2025` (from 01/07/2025): commune civil servants are civil servants managed by job
 *   position (vị trí việc làm) and rank under Luật Cán bộ, công chức 80/2025/QH15 and Nghị định
 *   170/2025/NĐ-CP (which repeals the commune civil-servant provisions of Nghị định 33/2023, Điều
 *   71.3); those recruited earlier are placed in a job position and rank "chậm nhất đến ngày 01
 *   tháng 7 năm 2027" (Điều 72.1), the commune People's Committee placing those who meet the job
 *   position's training requirement (Điều 72.2).
 *
 * Either way the levels themselves are the employer's: pass them as a {@link QualificationRequirement}.
 *
 * @example
 * QUALIFICATION_STANDARD_BASES.map((b) => [b.id, b.by]) // => [['nd-33-2023', 'title'], ['luat-cbcc-2025', 'job_position']]
 */
export const QUALIFICATION_STANDARD_BASES: readonly QualificationStandardBasis[] = [
  {
    id: 'nd-33-2023',
    basis:
      'Nghị định 33/2023/NĐ-CP, Điều 8–10 (tiêu chuẩn cán bộ, công chức cấp xã; UBND tỉnh quy định cụ thể)',
    by: 'title',
    effectiveFrom: '2023-08-01',
    effectiveTo: '2025-06-30',
  },
  {
    id: 'luat-cbcc-2025',
    basis:
      'Luật Cán bộ, công chức 80/2025/QH15 (hiệu lực 01/07/2025); Nghị định 170/2025/NĐ-CP ngày 30/06/2025, Điều 71.3 (bãi bỏ quy định về công chức cấp xã tại Nghị định 33/2023/NĐ-CP) và Điều 72 (bố trí vào vị trí việc làm, xếp ngạch chậm nhất đến 01/07/2027)',
    by: 'job_position',
    effectiveFrom: '2025-07-01',
    placementDeadline: '2027-07-01',
  },
];

/**
 * The basis of qualification standards on a date (căn cứ tiêu chuẩn trình độ áp dụng tại ngày).
 *
 * Legal basis: see {@link QUALIFICATION_STANDARD_BASES}.
 *
 * @param date - The date, `YYYY-MM-DD`.
 * @param bases - The versioned bases (default {@link QUALIFICATION_STANDARD_BASES}).
 * @returns The basis in force, or `null` when none covers the date (before 01/08/2023).
 * @throws RangeError if the date is not a real date.
 * @example
 * qualificationStandardBasis('2024-06-14')?.by // => 'title'
 * qualificationStandardBasis('2025-07-01')?.by // => 'job_position'
 */
export function qualificationStandardBasis(
  date: LocalDate,
  bases: readonly QualificationStandardBasis[] = QUALIFICATION_STANDARD_BASES,
): QualificationStandardBasis | null {
  if (!isLocalDate(date)) rangeError(`date must be a real date YYYY-MM-DD, got ${show(date)}.`);
  for (const b of bases)
    if (date >= b.effectiveFrom && (b.effectiveTo === undefined || date <= b.effectiveTo)) return b;
  return null;
}

/**
 * A qualification requirement (tiêu chuẩn trình độ chuyên môn): the minimum level by post code
 * (a commune title before 01/07/2025, a job position after), with an optional default for posts
 * not listed. The province set the standards by title under Nghị định 33/2023/NĐ-CP, Điều 8–10;
 * from 01/07/2025 each job position carries its own training requirement (Luật Cán bộ, công chức
 * 80/2025/QH15; Nghị định 170/2025/NĐ-CP). Either way this is caller-supplied.
 *
 * @example
 * const req: QualificationRequirement = { byPosition: { chi_huy_truong_quan_su: 'trung_cap' }, byCategory: { cong_chuc: 'dai_hoc' } };
 * const staff = (id: string, fullName: string, position: string) => ({ id, fullName, sex: 'Nam', birthYear: 1984,
 *   ethnicity: 'Kinh', qualification: 'Trung cấp', politicalTheory: 'Trung cấp', partyMember: true,
 *   assignments: [{ position, start: '2023-08-01' }] });
 * const roster = parsePersonnel([staff('cc-01', 'Đỗ Văn Hải', 'chi_huy_truong_quan_su'),
 *   staff('cc-07', 'Võ Văn Tâm', 'tai_chinh_ke_toan')], { asOf: '2024-06-14' }).valid;
 * lackingQualification(roster, '2024-06-14', req).map((g) => g.id)
 * // => ['cc-07'] (trung cấp meets the military commander's own level, not the công chức default)
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
 * const roster = parsePersonnel([{ id: 'cc-07', fullName: 'Võ Văn Tâm', sex: 'Nam', birthYear: 1984,
 *   ethnicity: 'Kinh', qualification: 'Trung cấp chuyên nghiệp', politicalTheory: 'Trung cấp', partyMember: true,
 *   assignments: [{ position: 'tai_chinh_ke_toan', start: '2023-08-01' }] }], { asOf: '2024-06-14' }).valid;
 * const [gap]: QualificationGap[] = lackingQualification(roster, '2024-06-14', { default: 'dai_hoc' });
 * gap // => { id: 'cc-07', fullName: 'Võ Văn Tâm', position: 'tai_chinh_ke_toan', held: 'trung_cap', required: 'dai_hoc' }
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
 * công chức chưa đạt chuẩn trình độ chuyên môn). The requirement is an argument: the province set
 * it by title to 30/06/2025; from 01/07/2025 it is the training requirement of each job position,
 * and staff recruited earlier have until 01/07/2027 to be placed (see {@link qualificationStandardBasis}).
 *
 * Legal basis: Nghị định 33/2023/NĐ-CP, Điều 8–10 (to 30/06/2025); Luật Cán bộ, công chức
 * 80/2025/QH15 and Nghị định 170/2025/NĐ-CP, Điều 72 (from 01/07/2025).
 *
 * @param entries - Parsed roster entries.
 * @param asOf - The date.
 * @param requirement - Minimum levels by post, category, or default.
 * @returns The people below standard, in roster order.
 * @throws RangeError if `asOf` is not a real date.
 * @example
 * const staff = (id: string, fullName: string, qualification: string, position: string) => ({ id, fullName,
 *   sex: 'Nữ', birthYear: 1990, ethnicity: 'Kinh', qualification, politicalTheory: 'Sơ cấp', partyMember: true,
 *   assignments: [{ position, start: '2023-08-01' }] });
 * const roster = parsePersonnel([
 *   staff('cb-09', 'Hồ Thị Nga', 'Trung cấp', 'chu_tich_hoi_phu_nu'),
 *   staff('cc-06', 'Lê Thị Hạnh', 'Đại học', 'tu_phap_ho_tich'),
 *   staff('cc-07', 'Phan Thị Yến', 'Trung cấp', 'van_hoa_xa_hoi'),
 * ], { asOf: '2024-06-14' }).valid;
 * lackingQualification(roster, '2024-06-14', { byCategory: { cong_chuc: 'dai_hoc' } })
 * // => [{ id: 'cc-07', position: 'van_hoa_xa_hoi', held: 'trung_cap', required: 'dai_hoc', … }] (the cán bộ has no requirement here)
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

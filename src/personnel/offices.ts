import { rangeError, show } from '../_lib/errors';
import { isLocalDate, type LocalDate } from '../core/localDate';
import { officeListInForce, officeUnitClass } from './in-force';
import type { CommuneKind } from './positions';

export { officeUnitClass } from './in-force';

/**
 * Codes of the bodies of a commune People's Committee after the two-tier reform (cơ quan chuyên
 * môn và tổ chức hành chính thuộc UBND cấp xã): `van_phong` Văn phòng HĐND và UBND, `kinh_te`
 * Phòng Kinh tế, `kinh_te_ha_tang_do_thi` Phòng Kinh tế, Hạ tầng và Đô thị, `van_hoa_xa_hoi`
 * Phòng Văn hóa - Xã hội, `ttpvhcc` Trung tâm Phục vụ hành chính công.
 *
 * @example
 * const o: CommuneOfficeCode = 'kinh_te';
 * DECREE_150_2025_OFFICES.offices.find((x) => x.code === o)?.name // => 'Phòng Kinh tế'
 */
export type CommuneOfficeCode =
  | 'van_phong'
  | 'kinh_te'
  | 'kinh_te_ha_tang_do_thi'
  | 'van_hoa_xa_hoi'
  | 'ttpvhcc';

/**
 * What decides a commune's offices (thông tin đơn vị để xác định các phòng): its kind and, for a
 * đặc khu, whether it has Phòng Kinh tế, Hạ tầng và Đô thị instead of Phòng Kinh tế. Nghị định
 * 150/2025/NĐ-CP gives that office to phường and to đặc khu Phú Quốc only, so the flag is `true`
 * for Phú Quốc and absent for every other đặc khu; for xã and phường it is ignored (the decree
 * fixes their office).
 *
 * @example
 * const phuQuoc: CommuneUnitProfile = { kind: 'dac_khu', infrastructureOffice: true };
 * const conDao: CommuneUnitProfile = { kind: 'dac_khu' };
 * communeOffices(phuQuoc, '2025-09-01').offices[1]?.name // => 'Phòng Kinh tế, Hạ tầng và Đô thị'
 * communeOffices(conDao, '2025-09-01').offices[1]?.name  // => 'Phòng Kinh tế'
 */
export interface CommuneUnitProfile {
  /** Unit kind. */
  readonly kind: CommuneKind;
  /** A đặc khu with Phòng Kinh tế, Hạ tầng và Đô thị (đặc khu Phú Quốc). Default `false`. */
  readonly infrastructureOffice?: boolean;
}

/**
 * Which units an office serves, as the decree words it: `xa`, `phuong`, `dac_khu` (a đặc khu with
 * Phòng Kinh tế) and `dac_khu_ht_do_thi` (a đặc khu with Phòng Kinh tế, Hạ tầng và Đô thị).
 *
 * @example
 * officeUnitClass({ kind: 'dac_khu', infrastructureOffice: true }) // => 'dac_khu_ht_do_thi'
 */
export type OfficeUnitClass = 'xa' | 'phuong' | 'dac_khu' | 'dac_khu_ht_do_thi';

/**
 * One office of a versioned office list (phòng chuyên môn, tổ chức hành chính thuộc UBND cấp xã).
 *
 * @example
 * DECREE_150_2025_OFFICES.offices.find((o) => o.code === 'kinh_te')?.units // => ['xa', 'dac_khu']
 */
export interface CommuneOfficeDef {
  /** Stable code. */
  readonly code: CommuneOfficeCode;
  /** Official Vietnamese name. */
  readonly name: string;
  /** The fields of state management it advises on (lĩnh vực tham mưu). */
  readonly fields: readonly string[];
  /** The units that have it. */
  readonly units: readonly OfficeUnitClass[];
  /** Legal basis of this office. */
  readonly basis: string;
}

/**
 * The offices of commune People's Committees in force over a span of dates, with their basis.
 *
 * @example
 * DECREE_150_2025_OFFICES.effectiveFrom // => '2025-07-01'
 */
export interface CommuneOfficeList {
  /** Stable id. */
  readonly id: string;
  /** Legal basis. */
  readonly basis: string;
  /** First day in force. */
  readonly effectiveFrom: LocalDate;
  /** Last day in force; absent = still in force. */
  readonly effectiveTo?: LocalDate;
  /** The offices, in the decree's order. */
  readonly offices: readonly CommuneOfficeDef[];
  /** Caveats. */
  readonly note?: string;
}

const ALL_UNITS: readonly OfficeUnitClass[] = ['xa', 'phuong', 'dac_khu', 'dac_khu_ht_do_thi'];
const ND_150 = 'Nghị định 150/2025/NĐ-CP ngày 12/06/2025 (hiệu lực 01/07/2025)';

/**
 * The offices of a commune People's Committee from the two-tier reform (01/07/2025):
 *
 * - Văn phòng HĐND và UBND (văn phòng; tư pháp; đối ngoại) — every unit;
 * - Phòng Kinh tế (tài chính - kế hoạch; xây dựng và công thương; nông nghiệp và môi trường) —
 *   "đối với xã, đặc khu";
 * - Phòng Kinh tế, Hạ tầng và Đô thị (the same fields) — "đối với phường và đặc khu Phú Quốc";
 * - Phòng Văn hóa - Xã hội (nội vụ; giáo dục và đào tạo; văn hóa, khoa học và thông tin; y tế) —
 *   every unit;
 * - Trung tâm Phục vụ hành chính công, an administrative organisation of the commune People's
 *   Committee with its own seal and account (Nghị định 118/2025/NĐ-CP; tasks in Thông tư
 *   03/2025/TT-VPCP) — every unit.
 *
 * The commune government decides which offices to set up within this frame (Nghị định 150/2025,
 * Điều 15), so a commune may have fewer.
 *
 * Basis: Nghị định 150/2025/NĐ-CP; Nghị định 118/2025/NĐ-CP; Thông tư 03/2025/TT-VPCP; confirmed
 * by Nghị quyết 332/NQ-CP ngày 15/10/2025 and Thông tư 20/2025/TT-BYT (Phòng Văn hóa - Xã hội).
 *
 * @example
 * DECREE_150_2025_OFFICES.offices.map((o) => o.code)
 * // => ['van_phong', 'kinh_te', 'kinh_te_ha_tang_do_thi', 'van_hoa_xa_hoi', 'ttpvhcc']
 */
export const DECREE_150_2025_OFFICES: CommuneOfficeList = {
  id: 'nd-150-2025',
  basis: `${ND_150} quy định tổ chức các cơ quan chuyên môn thuộc UBND cấp tỉnh và UBND xã, phường, đặc khu; Nghị định 118/2025/NĐ-CP (Trung tâm Phục vụ hành chính công cấp xã)`,
  effectiveFrom: '2025-07-01',
  note: 'The commune government decides which offices it sets up (Nghị định 150/2025, Điều 15); the list is the frame the decree names.',
  offices: [
    {
      code: 'van_phong',
      name: 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân',
      fields: ['Văn phòng', 'Tư pháp', 'Đối ngoại'],
      units: ALL_UNITS,
      basis: ND_150,
    },
    {
      code: 'kinh_te',
      name: 'Phòng Kinh tế',
      fields: ['Tài chính - Kế hoạch', 'Xây dựng và Công Thương', 'Nông nghiệp và Môi trường'],
      units: ['xa', 'dac_khu'],
      basis: `${ND_150}: Phòng Kinh tế (đối với xã, đặc khu)`,
    },
    {
      code: 'kinh_te_ha_tang_do_thi',
      name: 'Phòng Kinh tế, Hạ tầng và Đô thị',
      fields: ['Tài chính - Kế hoạch', 'Xây dựng và Công Thương', 'Nông nghiệp và Môi trường'],
      units: ['phuong', 'dac_khu_ht_do_thi'],
      basis: `${ND_150}: Phòng Kinh tế, Hạ tầng và Đô thị (đối với phường và đặc khu Phú Quốc)`,
    },
    {
      code: 'van_hoa_xa_hoi',
      name: 'Phòng Văn hóa - Xã hội',
      fields: ['Nội vụ', 'Giáo dục và Đào tạo', 'Văn hóa, Khoa học và Thông tin', 'Y tế'],
      units: ALL_UNITS,
      basis: `${ND_150}; Thông tư 20/2025/TT-BYT (lĩnh vực y tế)`,
    },
    {
      code: 'ttpvhcc',
      name: 'Trung tâm Phục vụ hành chính công',
      fields: [
        'Tiếp nhận, giải quyết và trả kết quả thủ tục hành chính theo cơ chế một cửa, một cửa liên thông',
      ],
      units: ALL_UNITS,
      basis:
        'Nghị định 118/2025/NĐ-CP ngày 09/06/2025 (hiệu lực 01/07/2025), sửa đổi bởi Nghị định 367/2025/NĐ-CP; Thông tư 03/2025/TT-VPCP',
    },
  ],
};

/**
 * The default versioned office lists: {@link DECREE_150_2025_OFFICES}.
 *
 * @example
 * COMMUNE_OFFICE_LISTS.map((l) => l.id) // => ['nd-150-2025']
 */
export const COMMUNE_OFFICE_LISTS: readonly CommuneOfficeList[] = [DECREE_150_2025_OFFICES];

/**
 * The offices a commune has on a date (các phòng chuyên môn và Trung tâm Phục vụ hành chính công
 * thuộc UBND cấp xã), by its kind: a xã and every đặc khu but Phú Quốc have Phòng Kinh tế; a phường
 * and đặc khu Phú Quốc (`infrastructureOffice: true`) have Phòng Kinh tế, Hạ tầng và Đô thị.
 *
 * Legal basis: Nghị định 150/2025/NĐ-CP; Nghị định 118/2025/NĐ-CP (see {@link DECREE_150_2025_OFFICES}).
 *
 * @param profile - Kind and, for a đặc khu, the infrastructure-office flag.
 * @param date - The date, `YYYY-MM-DD`.
 * @param lists - Versioned office lists (default {@link COMMUNE_OFFICE_LISTS}).
 * @returns The list in force and the offices the unit has, in the decree's order.
 * @throws RangeError if the date is not a real date, no list is in force on it (before
 *   01/07/2025 the commune had công chức titles, not offices: see `DECREE_33_2023_POSITIONS`), or
 *   the kind is `thi_tran` or unknown.
 * @example
 * communeOffices({ kind: 'dac_khu' }, '2025-09-01').offices.map((o) => o.name)
 * // => ['Văn phòng Hội đồng nhân dân và Ủy ban nhân dân', 'Phòng Kinh tế', 'Phòng Văn hóa - Xã hội',
 * //     'Trung tâm Phục vụ hành chính công']
 * communeOffices({ kind: 'dac_khu', infrastructureOffice: true }, '2025-09-01').offices[1]?.code
 * // => 'kinh_te_ha_tang_do_thi'
 */
export function communeOffices(
  profile: CommuneUnitProfile,
  date: LocalDate,
  lists: readonly CommuneOfficeList[] = COMMUNE_OFFICE_LISTS,
): {
  /** The list in force on the date. */
  readonly list: CommuneOfficeList;
  /** The offices the unit has. */
  readonly offices: readonly CommuneOfficeDef[];
} {
  if (!isLocalDate(date)) rangeError(`date must be a real date YYYY-MM-DD, got ${show(date)}.`);
  const list = officeListInForce(date, lists);
  if (list === undefined)
    rangeError(
      `no commune office list is in force on ${date}; the offices of Nghị định 150/2025/NĐ-CP apply from 2025-07-01.`,
    );
  const unit = officeUnitClass(profile);
  return { list, offices: list.offices.filter((o) => o.units.includes(unit)) };
}

import type { LocalDate } from '../core/localDate';
import type { StaffCategory } from './codes';

/**
 * Kinds of commune-level unit (loại đơn vị hành chính cấp xã). `dac_khu` exists from 2025-07-01.
 *
 * @example
 * const k: CommuneKind = 'phuong';
 */
export type CommuneKind = 'xa' | 'thi_tran' | 'phuong' | 'dac_khu';

/**
 * Which body a post belongs to (khối): Party committee, People's Council, People's Committee and its
 * offices, Fatherland Front and mass organisations, military command, or none (contract, village).
 *
 * @example
 * findStaffPosition('chu_tich_ubnd', '2024-01-01') // => { ok: true, position: { sector: 'government', … }, … }
 */
export type StaffPositionSector = 'party' | 'council' | 'government' | 'mass' | 'military' | 'other';

/**
 * One post of a versioned list (chức danh, chức vụ, vị trí việc làm).
 *
 * @example
 * DECREE_33_2023_POSITIONS.positions.find((p) => p.code === 'tu_phap_ho_tich')?.title // => 'Tư pháp - hộ tịch'
 */
export interface StaffPositionDef {
  /** Stable code, e.g. `tu_phap_ho_tich` or `vp.chanh_van_phong`. */
  readonly code: string;
  /** Official Vietnamese title. */
  readonly title: string;
  /** The staff category the post belongs to. */
  readonly category: StaffCategory;
  /** The body it belongs to. */
  readonly sector: StaffPositionSector;
  /** The unit kinds that have it; absent = all. */
  readonly unitKinds?: readonly CommuneKind[];
  /** Last day the post exists, when it ends before its list does. */
  readonly validTo?: LocalDate;
  /**
   * `false` when the post is UNVERIFIED in the reference notes: such a post is rejected
   * (`vn.personnel.position_unverified`) unless the caller passes `acceptUnverifiedPositions: true`.
   */
  readonly verified: boolean;
}

/**
 * A list of posts in force over a span of dates, with its legal basis.
 *
 * @example
 * // Your own list for the years before 01/08/2023, checked against the decree you apply:
 * const own: StaffPositionList = { id: 'tinh-x-2019', basis: '…', effectiveFrom: '2019-08-25', effectiveTo: '2023-07-31', positions: [] };
 * parsePersonnel(rows, { asOf: '2024-06-14', positionLists: [own, ...PERSONNEL_POSITION_LISTS] })
 */
export interface StaffPositionList {
  /** Stable id, e.g. `nd-33-2023`. */
  readonly id: string;
  /** Legal basis. */
  readonly basis: string;
  /** First day in force. */
  readonly effectiveFrom: LocalDate;
  /** Last day in force; absent = still in force. */
  readonly effectiveTo?: LocalDate;
  /** The posts. */
  readonly positions: readonly StaffPositionDef[];
  /** What is unverified in this list. */
  readonly note?: string;
}

const CB: StaffCategory = 'can_bo';
const CC: StaffCategory = 'cong_chuc';

/**
 * Commune posts under Nghị định 33/2023/NĐ-CP (10/06/2023, in force 01/08/2023) up to the two-tier
 * reform (last day 30/06/2025): the elected cán bộ titles, the six công chức titles (the land title
 * differs for phường/thị trấn and xã), and generic codes for non-specialised workers at commune
 * and village level (their titles are set by each province, Điều 33–34) and for contract staff.
 *
 * Basis: Nghị định 33/2023/NĐ-CP, Điều 5 (cán bộ) and Điều 6 (công chức); Luật Cán bộ, công chức 2008.
 *
 * @example
 * DECREE_33_2023_POSITIONS.positions.filter((p) => p.category === 'cong_chuc').length
 * // => 7 (six titles, the land title in its xã and phường forms)
 */
export const DECREE_33_2023_POSITIONS: StaffPositionList = {
  id: 'nd-33-2023',
  basis:
    'Nghị định 33/2023/NĐ-CP ngày 10/06/2023 quy định về cán bộ, công chức cấp xã và người hoạt động không chuyên trách ở cấp xã, ở thôn, tổ dân phố',
  effectiveFrom: '2023-08-01',
  effectiveTo: '2025-06-30',
  note: 'The cán bộ titles are taken from Luật Cán bộ, công chức as summarised in the notes (not re-read against the decree text).',
  positions: [
    { code: 'bi_thu_dang_uy', title: 'Bí thư Đảng ủy', category: CB, sector: 'party', verified: true },
    {
      code: 'pho_bi_thu_dang_uy',
      title: 'Phó Bí thư Đảng ủy',
      category: CB,
      sector: 'party',
      verified: true,
    },
    {
      code: 'chu_tich_hdnd',
      title: 'Chủ tịch Hội đồng nhân dân',
      category: CB,
      sector: 'council',
      verified: true,
    },
    {
      code: 'pho_chu_tich_hdnd',
      title: 'Phó Chủ tịch Hội đồng nhân dân',
      category: CB,
      sector: 'council',
      verified: true,
    },
    {
      code: 'chu_tich_ubnd',
      title: 'Chủ tịch Ủy ban nhân dân',
      category: CB,
      sector: 'government',
      verified: true,
    },
    {
      code: 'pho_chu_tich_ubnd',
      title: 'Phó Chủ tịch Ủy ban nhân dân',
      category: CB,
      sector: 'government',
      verified: true,
    },
    {
      code: 'chu_tich_mttq',
      title: 'Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam',
      category: CB,
      sector: 'mass',
      verified: true,
    },
    {
      code: 'bi_thu_doan',
      title: 'Bí thư Đoàn Thanh niên Cộng sản Hồ Chí Minh',
      category: CB,
      sector: 'mass',
      verified: true,
    },
    {
      code: 'chu_tich_hoi_phu_nu',
      title: 'Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam',
      category: CB,
      sector: 'mass',
      verified: true,
    },
    {
      code: 'chu_tich_hoi_nong_dan',
      title: 'Chủ tịch Hội Nông dân Việt Nam',
      category: CB,
      sector: 'mass',
      verified: true,
    },
    {
      code: 'chu_tich_hoi_ccb',
      title: 'Chủ tịch Hội Cựu chiến binh Việt Nam',
      category: CB,
      sector: 'mass',
      verified: true,
    },
    {
      code: 'chi_huy_truong_quan_su',
      title: 'Chỉ huy trưởng Ban Chỉ huy Quân sự',
      category: CC,
      sector: 'military',
      verified: true,
    },
    {
      code: 'van_phong_thong_ke',
      title: 'Văn phòng - thống kê',
      category: CC,
      sector: 'government',
      verified: true,
    },
    {
      code: 'dia_chinh_xd_do_thi_mt',
      title: 'Địa chính - xây dựng - đô thị và môi trường',
      category: CC,
      sector: 'government',
      unitKinds: ['phuong', 'thi_tran'],
      verified: true,
    },
    {
      code: 'dia_chinh_nn_xd_mt',
      title: 'Địa chính - nông nghiệp - xây dựng và môi trường',
      category: CC,
      sector: 'government',
      unitKinds: ['xa'],
      verified: true,
    },
    {
      code: 'tai_chinh_ke_toan',
      title: 'Tài chính - kế toán',
      category: CC,
      sector: 'government',
      verified: true,
    },
    {
      code: 'tu_phap_ho_tich',
      title: 'Tư pháp - hộ tịch',
      category: CC,
      sector: 'government',
      verified: true,
    },
    { code: 'van_hoa_xa_hoi', title: 'Văn hóa - xã hội', category: CC, sector: 'government', verified: true },
    {
      code: 'khong_chuyen_trach_xa',
      title: 'Người hoạt động không chuyên trách ở cấp xã (chức danh do HĐND tỉnh quy định)',
      category: 'khong_chuyen_trach_xa',
      sector: 'other',
      verified: true,
    },
    {
      code: 'khong_chuyen_trach_thon',
      title: 'Người hoạt động không chuyên trách ở thôn, tổ dân phố',
      category: 'khong_chuyen_trach_thon',
      sector: 'other',
      verified: true,
    },
    { code: 'hop_dong', title: 'Lao động hợp đồng', category: 'hop_dong', sector: 'other', verified: true },
  ],
};

/**
 * Commune posts from the two-tier reform (from 01/07/2025): elected posts, the specialised offices
 * of the commune People's Committee under Nghị định 150/2025/NĐ-CP (Văn phòng HĐND và UBND, Phòng
 * Kinh tế for xã, Phòng Kinh tế, Hạ tầng và Đô thị for phường and đặc khu, Phòng Văn hóa - Xã hội)
 * and the public administrative service centre, each with its head, deputy and civil servants by
 * job position; generic codes for village workers and contract staff; and the commune-level
 * non-specialised workers, kept until 30/05/2026 (MOHA guidance allows them until before 31/05/2026).
 *
 * Basis: Luật Tổ chức chính quyền địa phương 72/2025/QH15; Luật Cán bộ, công chức 80/2025/QH15;
 * Nghị định 150/2025/NĐ-CP ngày 12/06/2025; Công văn 03/CV-BCĐ and 12/CV-BCĐ.
 *
 * @example
 * DECREE_150_2025_POSITIONS.effectiveFrom // => '2025-07-01'
 */
export const DECREE_150_2025_POSITIONS: StaffPositionList = {
  id: 'nd-150-2025',
  basis:
    'Nghị định 150/2025/NĐ-CP ngày 12/06/2025 quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh và cấp xã; Luật Tổ chức chính quyền địa phương 72/2025/QH15; Luật Cán bộ, công chức 80/2025/QH15',
  effectiveFrom: '2025-07-01',
  note: 'UNVERIFIED (verified: false, accepted only with acceptUnverifiedPositions): Phòng Văn hóa - Xã hội (sources are truncated after Phòng Kinh tế) and civil-servant posts in the Trung tâm Phục vụ hành chính công. The job-position titles inside each office are generic (head, deputy, civil servant). Commune-level non-specialised workers are kept until 30/05/2026 (use ended 01/08/2025; MOHA guidance allows them until before 31/05/2026). Supply your own list through the positionLists option where these differ.',
  positions: [
    { code: 'bi_thu_dang_uy', title: 'Bí thư Đảng ủy', category: CB, sector: 'party', verified: true },
    {
      code: 'pho_bi_thu_dang_uy',
      title: 'Phó Bí thư Đảng ủy',
      category: CB,
      sector: 'party',
      verified: true,
    },
    {
      code: 'chu_tich_hdnd',
      title: 'Chủ tịch Hội đồng nhân dân',
      category: CB,
      sector: 'council',
      verified: true,
    },
    {
      code: 'pho_chu_tich_hdnd',
      title: 'Phó Chủ tịch Hội đồng nhân dân',
      category: CB,
      sector: 'council',
      verified: true,
    },
    {
      code: 'chu_tich_ubnd',
      title: 'Chủ tịch Ủy ban nhân dân',
      category: CB,
      sector: 'government',
      verified: true,
    },
    {
      code: 'pho_chu_tich_ubnd',
      title: 'Phó Chủ tịch Ủy ban nhân dân',
      category: CB,
      sector: 'government',
      verified: true,
    },
    {
      code: 'chu_tich_mttq',
      title: 'Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam',
      category: CB,
      sector: 'mass',
      verified: true,
    },
    {
      code: 'vp.chanh_van_phong',
      title: 'Chánh Văn phòng HĐND và UBND',
      category: CC,
      sector: 'government',
      verified: true,
    },
    {
      code: 'vp.pho_chanh_van_phong',
      title: 'Phó Chánh Văn phòng HĐND và UBND',
      category: CC,
      sector: 'government',
      verified: true,
    },
    {
      code: 'vp.cong_chuc',
      title: 'Công chức Văn phòng HĐND và UBND (văn phòng, tư pháp, đối ngoại …)',
      category: CC,
      sector: 'government',
      verified: true,
    },
    {
      code: 'kt.truong_phong',
      title: 'Trưởng Phòng Kinh tế',
      category: CC,
      sector: 'government',
      unitKinds: ['xa'],
      verified: true,
    },
    {
      code: 'kt.pho_truong_phong',
      title: 'Phó Trưởng Phòng Kinh tế',
      category: CC,
      sector: 'government',
      unitKinds: ['xa'],
      verified: true,
    },
    {
      code: 'kt.cong_chuc',
      title: 'Công chức Phòng Kinh tế',
      category: CC,
      sector: 'government',
      unitKinds: ['xa'],
      verified: true,
    },
    {
      code: 'ktht.truong_phong',
      title: 'Trưởng Phòng Kinh tế, Hạ tầng và Đô thị',
      category: CC,
      sector: 'government',
      unitKinds: ['phuong', 'dac_khu'],
      verified: true,
    },
    {
      code: 'ktht.pho_truong_phong',
      title: 'Phó Trưởng Phòng Kinh tế, Hạ tầng và Đô thị',
      category: CC,
      sector: 'government',
      unitKinds: ['phuong', 'dac_khu'],
      verified: true,
    },
    {
      code: 'ktht.cong_chuc',
      title: 'Công chức Phòng Kinh tế, Hạ tầng và Đô thị',
      category: CC,
      sector: 'government',
      unitKinds: ['phuong', 'dac_khu'],
      verified: true,
    },
    {
      code: 'vhxh.truong_phong',
      title: 'Trưởng Phòng Văn hóa - Xã hội',
      category: CC,
      sector: 'government',
      verified: false,
    },
    {
      code: 'vhxh.pho_truong_phong',
      title: 'Phó Trưởng Phòng Văn hóa - Xã hội',
      category: CC,
      sector: 'government',
      verified: false,
    },
    {
      code: 'vhxh.cong_chuc',
      title: 'Công chức Phòng Văn hóa - Xã hội',
      category: CC,
      sector: 'government',
      verified: false,
    },
    {
      code: 'ttpvhcc.giam_doc',
      title: 'Giám đốc Trung tâm Phục vụ hành chính công',
      category: CC,
      sector: 'government',
      verified: false,
    },
    {
      code: 'ttpvhcc.pho_giam_doc',
      title: 'Phó Giám đốc Trung tâm Phục vụ hành chính công',
      category: CC,
      sector: 'government',
      verified: false,
    },
    {
      code: 'ttpvhcc.cong_chuc',
      title: 'Công chức Trung tâm Phục vụ hành chính công',
      category: CC,
      sector: 'government',
      verified: false,
    },
    {
      code: 'chi_huy_truong_quan_su',
      title: 'Chỉ huy trưởng Ban Chỉ huy Quân sự',
      category: CC,
      sector: 'military',
      verified: true,
    },
    {
      code: 'khong_chuyen_trach_xa',
      title: 'Người hoạt động không chuyên trách ở cấp xã (giữ lại trong thời gian chuyển tiếp)',
      category: 'khong_chuyen_trach_xa',
      sector: 'other',
      validTo: '2026-05-30',
      verified: true,
    },
    {
      code: 'khong_chuyen_trach_thon',
      title: 'Người hoạt động không chuyên trách ở thôn, tổ dân phố',
      category: 'khong_chuyen_trach_thon',
      sector: 'other',
      verified: true,
    },
    { code: 'hop_dong', title: 'Lao động hợp đồng', category: 'hop_dong', sector: 'other', verified: true },
  ],
};

/**
 * The default versioned position lists, oldest first: {@link DECREE_33_2023_POSITIONS}, {@link DECREE_150_2025_POSITIONS}.
 *
 * @example
 * PERSONNEL_POSITION_LISTS.map((l) => l.id) // => ['nd-33-2023', 'nd-150-2025']
 */
export const PERSONNEL_POSITION_LISTS: readonly StaffPositionList[] = [
  DECREE_33_2023_POSITIONS,
  DECREE_150_2025_POSITIONS,
];

/**
 * The answer of {@link findStaffPosition}.
 *
 * @example
 * findStaffPosition('x', '2024-01-01') // => { ok: false, reason: 'unknown' }
 */
export type StaffPositionLookup =
  | {
      /** Found. */
      readonly ok: true;
      /** The post. */
      readonly position: StaffPositionDef;
      /** The list it was found in. */
      readonly list: StaffPositionList;
    }
  | {
      /** Not found. */
      readonly ok: false;
      /** Why: no list covers the date, the post is not in force that day, or it is in no list. */
      readonly reason: 'no_list' | 'not_in_force' | 'unknown';
    };

/**
 * The post with a code on a date, from the list in force that day (tra cứu chức danh theo ngày).
 *
 * @param code - The post code.
 * @param date - The date, `YYYY-MM-DD`.
 * @param lists - The versioned lists (default {@link PERSONNEL_POSITION_LISTS}).
 * @returns The post and its list, or why there is none: `no_list` (no list covers the date),
 *   `not_in_force` (the code exists in another list or has ended), `unknown` (in no list).
 * @throws Never.
 * @example
 * findStaffPosition('tu_phap_ho_tich', '2024-01-01').ok // => true
 * findStaffPosition('tu_phap_ho_tich', '2025-07-01')    // => { ok: false, reason: 'not_in_force' }
 */
export function findStaffPosition(
  code: string,
  date: LocalDate,
  lists: readonly StaffPositionList[] = PERSONNEL_POSITION_LISTS,
): StaffPositionLookup {
  let covered = false;
  for (const list of lists) {
    if (date < list.effectiveFrom || (list.effectiveTo !== undefined && date > list.effectiveTo)) continue;
    covered = true;
    const p = list.positions.find((x) => x.code === code);
    if (p !== undefined && (p.validTo === undefined || date <= p.validTo))
      return { ok: true, position: p, list };
  }
  if (!covered) return { ok: false, reason: 'no_list' };
  const known = lists.some((l) => l.positions.some((x) => x.code === code));
  return { ok: false, reason: known ? 'not_in_force' : 'unknown' };
}

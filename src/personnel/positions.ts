import type { LocalDate } from '../core/localDate';
import type { StaffCategory } from './codes';
import { positionValidTo } from './in-force';
import type { CommuneOfficeCode } from './offices';

/**
 * Kinds of commune-level unit (loại đơn vị hành chính cấp xã). `dac_khu` exists from 2025-07-01.
 *
 * @example
 * const k: CommuneKind = 'phuong';
 * DECREE_33_2023_POSITIONS.positions.find((p) => p.unitKinds?.includes(k))?.title
 * // => 'Địa chính - xây dựng - đô thị và môi trường' (the land title of a phường)
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
 * A transitional extension of a post beyond its end (kéo dài thời gian sử dụng), applied only when
 * the caller says the locality used it (`applyExtensions: true`).
 *
 * @example
 * const e: StaffPositionExtension | undefined =
 *   DECREE_150_2025_POSITIONS.positions.find((p) => p.code === 'khong_chuyen_trach_xa')?.extension;
 * e // => { validTo: '2026-05-30', basis: 'Công văn 12/CV-BCĐ ngày 20/06/2025 và Kết luận 163-KL/TW: …' }
 */
export interface StaffPositionExtension {
  /** Last day of the extension. */
  readonly validTo: LocalDate;
  /** The act that allows it. */
  readonly basis: string;
}

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
  /**
   * The office it belongs to (from 01/07/2025): a roster with a `unitKind` rejects a post whose
   * office the unit does not have (`vn.personnel.position_wrong_office`, e.g. a Phòng Kinh tế, Hạ
   * tầng và Đô thị post in a đặc khu other than Phú Quốc). See `communeOffices`.
   */
  readonly office?: CommuneOfficeCode;
  /** First day the post exists, when it starts after its list does. */
  readonly validFrom?: LocalDate;
  /** Last day the post exists, when it ends before its list does. */
  readonly validTo?: LocalDate;
  /** A transitional extension beyond `validTo`, applied with `applyExtensions: true`. */
  readonly extension?: StaffPositionExtension;
  /**
   * The post is only ever held concurrently (kiêm nhiệm) by someone whose main post is another:
   * an assignment must say `concurrent: true` (`vn.personnel.position_concurrent_only`).
   */
  readonly concurrentOnly?: boolean;
  /** Legal basis of this post, when more specific than its list's. */
  readonly basis?: string;
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
 * const own: StaffPositionList = {
 *   id: 'tinh-x-2019', basis: 'Danh mục chức danh cấp xã của tỉnh trước ngày 01/08/2023',
 *   effectiveFrom: '2019-08-25', effectiveTo: '2023-07-31',
 *   positions: [{ code: 'van_hoa_xa_hoi', title: 'Văn hóa - xã hội', category: 'cong_chuc', sector: 'government', verified: true }],
 * };
 * const row = { id: 'cc-05', fullName: 'Trần Thị Hoa', sex: 'Nữ', birthYear: 1988, ethnicity: 'Kinh',
 *   qualification: 'Đại học', politicalTheory: 'Trung cấp', partyMember: true,
 *   assignments: [{ position: 'van_hoa_xa_hoi', start: '2020-03-02', end: '2023-07-31' },
 *     { position: 'tu_phap_ho_tich', start: '2023-08-01' }] };
 * parsePersonnel([row], { asOf: '2024-06-14' }).rejected[0]?.issues[0]?.code // => 'vn.personnel.no_position_list'
 * parsePersonnel([row], { asOf: '2024-06-14', positionLists: [own, ...PERSONNEL_POSITION_LISTS] }).valid.length // => 1
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
 * From 01/07/2025 Nghị định 170/2025/NĐ-CP, Điều 71.3, repeals the decree's provisions on commune
 * công chức; its commune non-specialised workers continue under {@link DECREE_150_2025_POSITIONS}
 * until 31/07/2025.
 *
 * Basis: Nghị định 33/2023/NĐ-CP, Điều 5 (chức vụ, chức danh cán bộ, công chức cấp xã); Luật Cán
 * bộ, công chức 2008; Nghị định 170/2025/NĐ-CP, Điều 71.3 (end).
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
  note: 'Titles of Điều 5 as published summaries of the decree list them (cafef.vn, baoquocte.vn, 2023); the decree text itself was not re-read.',
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

// Sources read for the post-reform posts (stored copies):
// - NĐ 150/2025 offices and NQ 332/NQ-CP: tnt305/tai_lieu_noi_bo src/etl/dataset/603410a9b8dfc935.md,
//   4bcfaa6533d0eb00.md; TT 20/2025/TT-BYT: 2081a1c9a1d90e3a.md.
// - NĐ 118/2025 Điều 10.3.a before and after NĐ 367/2025 (in force 31/12/2025):
//   http://tintuc.thuvienphapluat.com/ho-tro-phap-luat/chinh-sach-moi/102195/bo-quy-dinh-pho-chu-tich-xa-kiem-giam-doc-trung-tam-phuc-vu-hanh-chinh-cong
//   and https://dantri.com.vn/noi-vu/co-cau-lanh-dao-trung-tam-phuc-vu-hanh-chinh-cong-giup-thu-tuc-thong-suot-20260218175020301.htm
// - CV 03/CV-BCĐ II.2.6: tnt305/tai_lieu_noi_bo src/etl/dataset/e0d71a8fa436fc11.md; CV 12/CV-BCĐ and KL 163-KL/TW:
//   https://dantri.com.vn/noi-vu/khi-ket-thuc-hoat-dong-can-bo-khong-chuyen-trach-o-xa-huong-che-do-gi-20250914103432055.htm
// - NĐ 170/2025 Điều 71.3, 72: tnt305/tai_lieu_noi_bo src/etl/dataset/c22591f10eec1dab.md.
// - NĐ 185/2026 (secondary): diepxuan/diepxuan.github.io van-ban/lao-dong/nghi-dinh-185-2026-nd-cp-thon-to-dan-pho.md.
const ND_150_2025 = 'Nghị định 150/2025/NĐ-CP ngày 12/06/2025';
const ND_118_2025 = 'Nghị định 118/2025/NĐ-CP ngày 09/06/2025';
const TTPVHCC_BASIS = `${ND_118_2025}; Thông tư 03/2025/TT-VPCP ngày 15/09/2025`;
const ND_185_2026 =
  'Nghị định 185/2026/NĐ-CP ngày 26/05/2026 (hiệu lực từ ngày ký), Điều 4.1 và 14.1 — nguồn thứ cấp, chưa đối chiếu văn bản gốc';

/**
 * Commune posts from the two-tier reform (from 01/07/2025):
 *
 * - elected posts (Luật Tổ chức chính quyền địa phương 72/2025/QH15; Luật Cán bộ, công chức
 *   80/2025/QH15);
 * - the offices of Nghị định 150/2025/NĐ-CP, each with its head, deputy and civil servants by job
 *   position: Văn phòng HĐND và UBND (`vp.*`); Phòng Kinh tế (`kt.*`, xã and đặc khu); Phòng Kinh
 *   tế, Hạ tầng và Đô thị (`ktht.*`, phường and đặc khu Phú Quốc: pass `infrastructureOffice: true`
 *   for Phú Quốc); Phòng Văn hóa - Xã hội (`vhxh.*`);
 * - the commune public administrative service centre (`ttpvhcc.*`, Nghị định 118/2025/NĐ-CP,
 *   Thông tư 03/2025/TT-VPCP). Its director was "01 Phó Chủ tịch Ủy ban nhân dân cấp xã" (Nghị
 *   định 118/2025, Điều 10.3.a as issued): `ttpvhcc.giam_doc_pct`, a concurrent post of a cán bộ,
 *   to 30/12/2025. Nghị quyết 332/NQ-CP (15/10/2025) has the vice-chairman not hold it
 *   concurrently and sets deputies equal to a Phó Trưởng phòng; Nghị định 367/2025/NĐ-CP (in force
 *   31/12/2025) rewrote Điều 10.3.a: "Giám đốc tương đương Trưởng phòng; Phó Giám đốc tương đương
 *   Phó Trưởng phòng". So `ttpvhcc.giam_doc`, a công chức post, exists from 15/10/2025 (the two
 *   overlap until 30/12/2025, when communes moved between the models);
 * - commune-level non-specialised workers (`khong_chuyen_trach_xa`) to 31/07/2025: "Kết thúc việc
 *   sử dụng người hoạt động không chuyên trách ở cấp xã hiện nay kể từ ngày 01/8/2025" (Công văn
 *   03/CV-BCĐ ngày 15/04/2025, mục II.2.6; exit policy in Nghị định 154/2025/NĐ-CP, Điều 9). Where
 *   the province kept them longer under Công văn 12/CV-BCĐ ngày 20/06/2025 and Kết luận 163-KL/TW
 *   ("kéo dài … đến trước ngày 31/5/2026"), pass `applyExtensions: true`: the post then runs to
 *   30/05/2026;
 * - village workers (`khong_chuyen_trach_thon`, generic) and, from 26/05/2026, the three village
 *   titles of Nghị định 185/2026/NĐ-CP (`thon.*`, read from a secondary source: `verified: false`);
 * - contract staff.
 *
 * Basis: Nghị định 150/2025/NĐ-CP; Nghị định 118/2025/NĐ-CP (sửa đổi bởi Nghị định
 * 367/2025/NĐ-CP); Nghị quyết 332/NQ-CP; Thông tư 03/2025/TT-VPCP; Luật Tổ chức chính quyền địa
 * phương 72/2025/QH15; Luật Cán bộ, công chức 80/2025/QH15; Nghị định 170/2025/NĐ-CP, Điều 71.3;
 * Công văn 03/CV-BCĐ và 12/CV-BCĐ; Nghị định 154/2025/NĐ-CP, Điều 9.
 *
 * @example
 * DECREE_150_2025_POSITIONS.effectiveFrom // => '2025-07-01'
 * DECREE_150_2025_POSITIONS.positions.find((p) => p.code === 'khong_chuyen_trach_xa')?.validTo // => '2025-07-31'
 */
export const DECREE_150_2025_POSITIONS: StaffPositionList = {
  id: 'nd-150-2025',
  basis:
    'Nghị định 150/2025/NĐ-CP ngày 12/06/2025 quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh và cấp xã; Nghị định 118/2025/NĐ-CP (sửa đổi bởi Nghị định 367/2025/NĐ-CP) và Nghị quyết 332/NQ-CP (Trung tâm Phục vụ hành chính công); Luật Tổ chức chính quyền địa phương 72/2025/QH15; Luật Cán bộ, công chức 80/2025/QH15; Nghị định 170/2025/NĐ-CP, Điều 71.3; Công văn 03/CV-BCĐ, 12/CV-BCĐ; Nghị định 154/2025/NĐ-CP, Điều 9',
  effectiveFrom: '2025-07-01',
  note: 'The job-position titles inside each office are generic (head, deputy, civil servant): the job positions themselves are set by each commune. The village titles of Nghị định 185/2026/NĐ-CP (thon.*) rest on a secondary source and are verified: false. Supply your own list through the positionLists option where these differ.',
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
      office: 'van_phong',
      verified: true,
    },
    {
      code: 'vp.pho_chanh_van_phong',
      title: 'Phó Chánh Văn phòng HĐND và UBND',
      category: CC,
      sector: 'government',
      office: 'van_phong',
      verified: true,
    },
    {
      code: 'vp.cong_chuc',
      title: 'Công chức Văn phòng HĐND và UBND (văn phòng, tư pháp, đối ngoại …)',
      category: CC,
      sector: 'government',
      office: 'van_phong',
      verified: true,
    },
    {
      code: 'kt.truong_phong',
      title: 'Trưởng Phòng Kinh tế',
      category: CC,
      sector: 'government',
      unitKinds: ['xa', 'dac_khu'],
      office: 'kinh_te',
      basis: `${ND_150_2025}: Phòng Kinh tế (đối với xã, đặc khu)`,
      verified: true,
    },
    {
      code: 'kt.pho_truong_phong',
      title: 'Phó Trưởng Phòng Kinh tế',
      category: CC,
      sector: 'government',
      unitKinds: ['xa', 'dac_khu'],
      office: 'kinh_te',
      basis: `${ND_150_2025}: Phòng Kinh tế (đối với xã, đặc khu)`,
      verified: true,
    },
    {
      code: 'kt.cong_chuc',
      title: 'Công chức Phòng Kinh tế',
      category: CC,
      sector: 'government',
      unitKinds: ['xa', 'dac_khu'],
      office: 'kinh_te',
      basis: `${ND_150_2025}: Phòng Kinh tế (đối với xã, đặc khu)`,
      verified: true,
    },
    {
      code: 'ktht.truong_phong',
      title: 'Trưởng Phòng Kinh tế, Hạ tầng và Đô thị',
      category: CC,
      sector: 'government',
      unitKinds: ['phuong', 'dac_khu'],
      office: 'kinh_te_ha_tang_do_thi',
      basis: `${ND_150_2025}: Phòng Kinh tế, Hạ tầng và Đô thị (đối với phường và đặc khu Phú Quốc)`,
      verified: true,
    },
    {
      code: 'ktht.pho_truong_phong',
      title: 'Phó Trưởng Phòng Kinh tế, Hạ tầng và Đô thị',
      category: CC,
      sector: 'government',
      unitKinds: ['phuong', 'dac_khu'],
      office: 'kinh_te_ha_tang_do_thi',
      basis: `${ND_150_2025}: Phòng Kinh tế, Hạ tầng và Đô thị (đối với phường và đặc khu Phú Quốc)`,
      verified: true,
    },
    {
      code: 'ktht.cong_chuc',
      title: 'Công chức Phòng Kinh tế, Hạ tầng và Đô thị',
      category: CC,
      sector: 'government',
      unitKinds: ['phuong', 'dac_khu'],
      office: 'kinh_te_ha_tang_do_thi',
      basis: `${ND_150_2025}: Phòng Kinh tế, Hạ tầng và Đô thị (đối với phường và đặc khu Phú Quốc)`,
      verified: true,
    },
    {
      code: 'vhxh.truong_phong',
      title: 'Trưởng Phòng Văn hóa - Xã hội',
      category: CC,
      sector: 'government',
      office: 'van_hoa_xa_hoi',
      basis: `${ND_150_2025}; Thông tư 20/2025/TT-BYT`,
      verified: true,
    },
    {
      code: 'vhxh.pho_truong_phong',
      title: 'Phó Trưởng Phòng Văn hóa - Xã hội',
      category: CC,
      sector: 'government',
      office: 'van_hoa_xa_hoi',
      basis: `${ND_150_2025}; Thông tư 20/2025/TT-BYT`,
      verified: true,
    },
    {
      code: 'vhxh.cong_chuc',
      title: 'Công chức Phòng Văn hóa - Xã hội',
      category: CC,
      sector: 'government',
      office: 'van_hoa_xa_hoi',
      basis: `${ND_150_2025}; Thông tư 20/2025/TT-BYT`,
      verified: true,
    },
    {
      code: 'ttpvhcc.giam_doc_pct',
      title: 'Giám đốc Trung tâm Phục vụ hành chính công (01 Phó Chủ tịch Ủy ban nhân dân cấp xã đảm nhiệm)',
      category: CB,
      sector: 'government',
      office: 'ttpvhcc',
      validTo: '2025-12-30',
      concurrentOnly: true,
      basis: `${ND_118_2025}, Điều 10.3.a (bản ban hành: "Giám đốc là 01 Phó Chủ tịch Ủy ban nhân dân cấp xã"); thay bởi Nghị định 367/2025/NĐ-CP từ 31/12/2025`,
      verified: true,
    },
    {
      code: 'ttpvhcc.giam_doc',
      title: 'Giám đốc Trung tâm Phục vụ hành chính công (tương đương Trưởng phòng)',
      category: CC,
      sector: 'government',
      office: 'ttpvhcc',
      validFrom: '2025-10-15',
      basis:
        'Nghị quyết 332/NQ-CP ngày 15/10/2025 (Phó Chủ tịch UBND cấp xã không kiêm Giám đốc); Nghị định 367/2025/NĐ-CP sửa đổi Điều 10.3.a Nghị định 118/2025/NĐ-CP (hiệu lực 31/12/2025): Giám đốc tương đương Trưởng phòng',
      verified: true,
    },
    {
      code: 'ttpvhcc.pho_giam_doc',
      title: 'Phó Giám đốc Trung tâm Phục vụ hành chính công',
      category: CC,
      sector: 'government',
      office: 'ttpvhcc',
      basis: `${TTPVHCC_BASIS}; tương đương Trưởng phòng theo Điều 10.3.a bản ban hành, tương đương Phó Trưởng phòng theo Nghị quyết 332/NQ-CP (15/10/2025) và Nghị định 367/2025/NĐ-CP (31/12/2025)`,
      verified: true,
    },
    {
      code: 'ttpvhcc.cong_chuc',
      title: 'Công chức Trung tâm Phục vụ hành chính công',
      category: CC,
      sector: 'government',
      office: 'ttpvhcc',
      basis: TTPVHCC_BASIS,
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
      code: 'khong_chuyen_trach_xa',
      title: 'Người hoạt động không chuyên trách ở cấp xã (đến khi kết thúc sử dụng)',
      category: 'khong_chuyen_trach_xa',
      sector: 'other',
      validTo: '2025-07-31',
      extension: {
        validTo: '2026-05-30',
        basis:
          'Công văn 12/CV-BCĐ ngày 20/06/2025 và Kết luận 163-KL/TW: tạm thời kéo dài sử dụng đến trước ngày 31/05/2026',
      },
      basis:
        'Công văn 03/CV-BCĐ ngày 15/04/2025, mục II.2.6: kết thúc sử dụng kể từ ngày 01/08/2025; chế độ khi nghỉ: Nghị định 154/2025/NĐ-CP, Điều 9',
      verified: true,
    },
    {
      code: 'khong_chuyen_trach_thon',
      title: 'Người hoạt động không chuyên trách ở thôn, tổ dân phố',
      category: 'khong_chuyen_trach_thon',
      sector: 'other',
      verified: true,
    },
    {
      code: 'thon.truong_thon',
      title: 'Trưởng thôn, Tổ trưởng tổ dân phố',
      category: 'khong_chuyen_trach_thon',
      sector: 'other',
      validFrom: '2026-05-26',
      basis: ND_185_2026,
      verified: false,
    },
    {
      code: 'thon.bi_thu_chi_bo',
      title: 'Bí thư Chi bộ thôn, tổ dân phố',
      category: 'khong_chuyen_trach_thon',
      sector: 'other',
      validFrom: '2026-05-26',
      basis: ND_185_2026,
      verified: false,
    },
    {
      code: 'thon.truong_ban_cong_tac_mat_tran',
      title: 'Trưởng Ban Công tác Mặt trận thôn, tổ dân phố',
      category: 'khong_chuyen_trach_thon',
      sector: 'other',
      validFrom: '2026-05-26',
      basis: ND_185_2026,
      verified: false,
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

/** Options of {@link findStaffPosition}. */
export interface FindStaffPositionOptions {
  /** Apply the transitional extensions of the posts (`StaffPositionDef.extension`). Default `false`. */
  readonly applyExtensions?: boolean;
}

/**
 * The post with a code on a date, from the list in force that day (tra cứu chức danh theo ngày).
 *
 * @param code - The post code.
 * @param date - The date, `YYYY-MM-DD`.
 * @param lists - The versioned lists (default {@link PERSONNEL_POSITION_LISTS}).
 * @param options - Whether to apply transitional extensions.
 * @returns The post and its list, or why there is none: `no_list` (no list covers the date),
 *   `not_in_force` (the code exists in another list, has not started or has ended), `unknown` (in
 *   no list).
 * @throws Never.
 * @example
 * findStaffPosition('tu_phap_ho_tich', '2024-01-01').ok // => true
 * findStaffPosition('tu_phap_ho_tich', '2025-07-01')    // => { ok: false, reason: 'not_in_force' }
 * findStaffPosition('khong_chuyen_trach_xa', '2025-08-15').ok                              // => false
 * findStaffPosition('khong_chuyen_trach_xa', '2025-08-15', undefined, { applyExtensions: true }).ok // => true
 */
export function findStaffPosition(
  code: string,
  date: LocalDate,
  lists: readonly StaffPositionList[] = PERSONNEL_POSITION_LISTS,
  options: FindStaffPositionOptions = {},
): StaffPositionLookup {
  const ext = options.applyExtensions === true;
  let covered = false;
  for (const list of lists) {
    if (date < list.effectiveFrom || (list.effectiveTo !== undefined && date > list.effectiveTo)) continue;
    covered = true;
    const p = list.positions.find((x) => x.code === code);
    if (p === undefined) continue;
    const to = positionValidTo(p, ext);
    if ((p.validFrom === undefined || date >= p.validFrom) && (to === undefined || date <= to))
      return { ok: true, position: p, list };
  }
  if (!covered) return { ok: false, reason: 'no_list' };
  const known = lists.some((l) => l.positions.some((x) => x.code === code));
  return { ok: false, reason: known ? 'not_in_force' : 'unknown' };
}

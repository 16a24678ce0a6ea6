import { defineMessage, type IssueOf, type Locale, type Message, param } from '../core/messages';
import type { StaffCategory } from './codes';
import type { CommuneOfficeCode } from './offices';
import { type CommuneKind, PERSONNEL_POSITION_LISTS } from './positions';

const CATEGORY_WORDS = {
  can_bo: { vi: 'Cán bộ cấp xã', en: 'commune cadre' },
  cong_chuc: { vi: 'Công chức cấp xã', en: 'commune civil servant' },
  khong_chuyen_trach_xa: {
    vi: 'Người hoạt động không chuyên trách ở cấp xã',
    en: 'part-time worker of the commune',
  },
  khong_chuyen_trach_thon: {
    vi: 'Người hoạt động không chuyên trách ở thôn, tổ dân phố',
    en: 'part-time worker of a village or residential group',
  },
  hop_dong: { vi: 'Lao động hợp đồng', en: 'contract worker' },
} as const satisfies Readonly<Record<StaffCategory, Message>>;

const UNITKIND_WORDS = {
  xa: { vi: 'xã', en: 'commune' },
  thi_tran: { vi: 'thị trấn', en: 'township' },
  phuong: { vi: 'phường', en: 'ward' },
  dac_khu: { vi: 'đặc khu', en: 'special zone' },
} as const satisfies Readonly<Record<CommuneKind, Message>>;

const OFFICE_WORDS = {
  van_phong: {
    vi: 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân',
    en: "Office of the People's Council and People's Committee",
  },
  kinh_te: { vi: 'Phòng Kinh tế', en: 'Economic Office' },
  kinh_te_ha_tang_do_thi: {
    vi: 'Phòng Kinh tế, Hạ tầng và Đô thị',
    en: 'Office of Economy, Infrastructure and Urban Affairs',
  },
  van_hoa_xa_hoi: { vi: 'Phòng Văn hóa - Xã hội', en: 'Culture and Society Office' },
  ttpvhcc: { vi: 'Trung tâm Phục vụ hành chính công', en: 'Public Administrative Service Centre' },
} as const satisfies Readonly<Record<CommuneOfficeCode, Message>>;

const category = /* @__PURE__ */ param.enumOf(CATEGORY_WORDS);
const unitKind = /* @__PURE__ */ param.enumOf(UNITKIND_WORDS);
const office = /* @__PURE__ */ param.enumOf(OFFICE_WORDS);

/**
 * A post as a message names it: in Vietnamese its official title from the built-in lists, in
 * English (which has no official titles) its code; a post no list knows keeps its code. Titles
 * come from the built-in lists, the latest one first.
 */
function post(code: string, locale: Locale): string {
  if (locale === 'en') return code;
  // The latest list's title: a post kept across a reform is named as it is now.
  for (let i = PERSONNEL_POSITION_LISTS.length - 1; i >= 0; i--) {
    const p = PERSONNEL_POSITION_LISTS[i]!.positions.find((x) => x.code === code);
    if (p !== undefined) return p.title;
  }
  return code;
}

/**
 * Messages of the personnel checks (thông báo lỗi hồ sơ cán bộ), in Vietnamese and English, keyed
 * by the stable codes that {@link parsePersonnel} puts on rejected rows: one function per language
 * over the raw parameters (post codes, categories, unit kinds and offices as codes), which it
 * translates.
 *
 * @example
 * renderMessage(PERSONNEL_MESSAGES['vn.personnel.end_before_start'],
 *   { position: 'tu_phap_ho_tich', start: '2024-01-01', end: '2023-12-31' }, 'vi')
 * // => 'Nhiệm vụ «Tư pháp - hộ tịch»: ngày kết thúc 2023-12-31 trước ngày bắt đầu 2024-01-01.'
 */
export const PERSONNEL_MESSAGES = /* @__PURE__ */ (() =>
  ({
    'vn.personnel.end_before_start': /* @__PURE__ */ defineMessage(
      { position: param.text, end: param.date, start: param.date },
      {
        vi: (p) =>
          `Nhiệm vụ «${post(p.position, 'vi')}»: ngày kết thúc ${p.end} trước ngày bắt đầu ${p.start}.`,
        en: (p) =>
          `Assignment "${post(p.position, 'en')}": end date ${p.end} is before start date ${p.start}.`,
      },
    ),
    'vn.personnel.overlapping_posts': /* @__PURE__ */ defineMessage(
      { first: param.text, firstStart: param.date, second: param.text, secondStart: param.date },
      {
        vi: (p) =>
          `Một người giữ hai chức danh chính cùng lúc: «${post(p.first, 'vi')}» (từ ${p.firstStart}) và «${post(p.second, 'vi')}» (từ ${p.secondStart}); chức danh kiêm nhiệm phải ghi concurrent: true.`,
        en: (p) =>
          `One person holds two main posts at once: "${post(p.first, 'en')}" (from ${p.firstStart}) and "${post(p.second, 'en')}" (from ${p.secondStart}); a concurrent post must be marked concurrent: true.`,
      },
    ),
    'vn.personnel.unknown_qualification': /* @__PURE__ */ defineMessage(
      { received: param.text },
      {
        vi: (p) =>
          `Trình độ chuyên môn ${p.received} không có trong danh mục (tiến sĩ, thạc sĩ, đại học, cao đẳng, trung cấp, sơ cấp, chưa qua đào tạo).`,
        en: (p) =>
          `Professional qualification ${p.received} is not a known level (doctorate, master, university, college, intermediate, elementary, untrained).`,
      },
    ),
    'vn.personnel.unknown_political_theory': /* @__PURE__ */ defineMessage(
      { received: param.text },
      {
        vi: (p) =>
          `Trình độ lý luận chính trị ${p.received} không có trong danh mục (cao cấp, cử nhân, trung cấp, sơ cấp, chưa qua đào tạo).`,
        en: (p) =>
          `Political-theory level ${p.received} is not a known level (advanced, bachelor, intermediate, elementary, none).`,
      },
    ),
    'vn.personnel.unknown_ethnicity': /* @__PURE__ */ defineMessage(
      { received: param.text },
      {
        vi: (p) => `Dân tộc ${p.received} không thuộc danh mục 54 dân tộc (mã 1–54 hoặc tên dân tộc).`,
        en: (p) => `Ethnicity ${p.received} is not one of the 54 official groups (code 1–54 or name).`,
      },
    ),
    'vn.personnel.unknown_sex': /* @__PURE__ */ defineMessage(
      { received: param.text },
      {
        vi: (p) => `Giới tính ${p.received} không hợp lệ (Nam hoặc Nữ).`,
        en: (p) => `Sex ${p.received} is not valid (nam or nu).`,
      },
    ),
    'vn.personnel.birth_missing': /* @__PURE__ */ defineMessage(
      {},
      {
        vi: () => `Thiếu ngày sinh hoặc năm sinh.`,
        en: () => `Birth date or birth year is missing.`,
      },
    ),
    'vn.personnel.birth_year_mismatch': /* @__PURE__ */ defineMessage(
      { birthYear: param.number, birthDate: param.date },
      {
        vi: (p) => `Năm sinh ${p.birthYear} không khớp ngày sinh ${p.birthDate}.`,
        en: (p) => `Birth year ${p.birthYear} does not match birth date ${p.birthDate}.`,
      },
    ),
    'vn.personnel.birth_in_future': /* @__PURE__ */ defineMessage(
      { birth: param.date, asOf: param.date },
      {
        vi: (p) => `Ngày sinh ${p.birth} sau ngày báo cáo ${p.asOf}.`,
        en: (p) => `Birth ${p.birth} is after the as-of date ${p.asOf}.`,
      },
    ),
    'vn.personnel.party_date_without_membership': /* @__PURE__ */ defineMessage(
      { date: param.date },
      {
        vi: (p) => `Có ngày vào Đảng ${p.date} nhưng không ghi là đảng viên (partyMember: false).`,
        en: (p) => `Party joining date ${p.date} is given for a non-member (partyMember: false).`,
      },
    ),
    'vn.personnel.party_date_in_future': /* @__PURE__ */ defineMessage(
      { date: param.date, asOf: param.date },
      {
        vi: (p) => `Ngày vào Đảng ${p.date} sau ngày báo cáo ${p.asOf}.`,
        en: (p) => `Party joining date ${p.date} is after the as-of date ${p.asOf}.`,
      },
    ),
    'vn.personnel.unknown_position': /* @__PURE__ */ defineMessage(
      { position: param.text },
      {
        vi: (p) => `Chức danh «${post(p.position, 'vi')}» không có trong danh mục chức danh nào.`,
        en: (p) => `Post "${post(p.position, 'en')}" is in no position list.`,
      },
    ),
    'vn.personnel.position_not_in_force': /* @__PURE__ */ defineMessage(
      { position: param.text, date: param.date },
      {
        vi: (p) =>
          `Chức danh «${post(p.position, 'vi')}» không tồn tại vào ngày ${p.date} (theo danh mục đang áp dụng ngày đó).`,
        en: (p) =>
          `Post "${post(p.position, 'en')}" does not exist on ${p.date} (under the list in force that day).`,
      },
    ),
    'vn.personnel.no_position_list': /* @__PURE__ */ defineMessage(
      { position: param.text, start: param.date, end: param.date },
      {
        vi: (p) =>
          `Không có danh mục chức danh áp dụng cho nhiệm vụ «${post(p.position, 'vi')}» từ ${p.start} đến ${p.end}; hãy cung cấp danh mục qua tùy chọn positionLists.`,
        en: (p) =>
          `No position list applies to assignment "${post(p.position, 'en')}" from ${p.start} to ${p.end}; supply one through the positionLists option.`,
      },
    ),
    'vn.personnel.position_unverified': /* @__PURE__ */ defineMessage(
      { position: param.text, basis: param.text },
      {
        vi: (p) =>
          `Chức danh «${post(p.position, 'vi')}» trong danh mục ${p.basis} chưa được xác minh theo văn bản pháp luật; dùng tùy chọn acceptUnverifiedPositions hoặc cung cấp danh mục riêng qua positionLists.`,
        en: (p) =>
          `Post "${post(p.position, 'en')}" in list ${p.basis} is not verified against the legal text; pass acceptUnverifiedPositions or supply your own list through positionLists.`,
      },
    ),
    'vn.personnel.position_wrong_unit_kind': /* @__PURE__ */ defineMessage(
      { position: param.text, unitKind: unitKind },
      {
        vi: (p) =>
          `Chức danh «${post(p.position, 'vi')}» không có ở đơn vị loại «${UNITKIND_WORDS[p.unitKind].vi}».`,
        en: (p) =>
          `Post "${post(p.position, 'en')}" does not exist in a unit of kind "${UNITKIND_WORDS[p.unitKind].en}".`,
      },
    ),
    'vn.personnel.position_wrong_office': /* @__PURE__ */ defineMessage(
      { position: param.text, office: office, unitKind: unitKind },
      {
        vi: (p) =>
          `Chức danh «${post(p.position, 'vi')}» thuộc phòng «${OFFICE_WORDS[p.office].vi}» mà đơn vị loại «${UNITKIND_WORDS[p.unitKind].vi}» không có (Nghị định 150/2025/NĐ-CP: Phòng Kinh tế đối với xã, đặc khu; Phòng Kinh tế, Hạ tầng và Đô thị đối với phường và đặc khu Phú Quốc — với đặc khu Phú Quốc dùng tùy chọn infrastructureOffice: true).`,
        en: (p) =>
          `Post "${post(p.position, 'en')}" belongs to office "${OFFICE_WORDS[p.office].en}", which a unit of kind "${UNITKIND_WORDS[p.unitKind].en}" does not have (Decree 150/2025/NĐ-CP: Phòng Kinh tế for xã and đặc khu; Phòng Kinh tế, Hạ tầng và Đô thị for phường and đặc khu Phú Quốc — for Phú Quốc pass infrastructureOffice: true).`,
      },
    ),
    'vn.personnel.position_ended_extendable': /* @__PURE__ */ defineMessage(
      {
        position: param.text,
        date: param.date,
        basis: param.text,
        extendedTo: param.date,
        extensionBasis: param.text,
      },
      {
        vi: (p) =>
          `Chức danh «${post(p.position, 'vi')}» đã kết thúc từ ngày ${p.date} (${p.basis}); nếu địa phương kéo dài sử dụng đến ${p.extendedTo} (${p.extensionBasis}), dùng tùy chọn applyExtensions: true.`,
        en: (p) =>
          `Post "${post(p.position, 'en')}" ended on ${p.date} (${p.basis}); if the locality extended its use to ${p.extendedTo} (${p.extensionBasis}), pass applyExtensions: true.`,
      },
    ),
    'vn.personnel.position_concurrent_only': /* @__PURE__ */ defineMessage(
      { position: param.text },
      {
        vi: (p) =>
          `Chức danh «${post(p.position, 'vi')}» chỉ được đảm nhiệm kiêm nhiệm: ghi concurrent: true và giữ chức danh chính riêng.`,
        en: (p) =>
          `Post "${post(p.position, 'en')}" is only ever held concurrently: mark it concurrent: true and keep the main post separately.`,
      },
    ),
    'vn.personnel.category_mismatch': /* @__PURE__ */ defineMessage(
      { category: category, position: param.text, expected: category },
      {
        vi: (p) =>
          `Phân loại «${CATEGORY_WORDS[p.category].vi}» không khớp chức danh «${post(p.position, 'vi')}» (thuộc «${CATEGORY_WORDS[p.expected].vi}»).`,
        en: (p) =>
          `Category "${CATEGORY_WORDS[p.category].en}" does not match post "${post(p.position, 'en')}" (which is "${CATEGORY_WORDS[p.expected].en}").`,
      },
    ),
  }) as const)();

/** The issues of the personnel domain, with their raw parameters. */
export type PersonnelIssue = IssueOf<typeof PERSONNEL_MESSAGES>;

import type { MessageCatalog } from '../core/messages';

/**
 * Messages of the personnel checks (thông báo lỗi hồ sơ cán bộ), in Vietnamese and English, keyed
 * by the stable codes that {@link parsePersonnel} puts on rejected rows.
 *
 * @example
 * PERSONNEL_MESSAGES['vn.personnel.end_before_start'].vi
 * // => 'Nhiệm vụ «{position}»: ngày kết thúc {end} trước ngày bắt đầu {start}.'
 */
export const PERSONNEL_MESSAGES: MessageCatalog = {
  'vn.personnel.end_before_start': {
    vi: 'Nhiệm vụ «{position}»: ngày kết thúc {end} trước ngày bắt đầu {start}.',
    en: 'StaffAssignment "{position}": end date {end} is before start date {start}.',
  },
  'vn.personnel.overlapping_posts': {
    vi: 'Một người giữ hai chức danh chính cùng lúc: «{first}» (từ {firstStart}) và «{second}» (từ {secondStart}); chức danh kiêm nhiệm phải ghi concurrent: true.',
    en: 'One person holds two main posts at once: "{first}" (from {firstStart}) and "{second}" (from {secondStart}); a concurrent post must be marked concurrent: true.',
  },
  'vn.personnel.unknown_qualification': {
    vi: 'Trình độ chuyên môn {received} không có trong danh mục (tiến sĩ, thạc sĩ, đại học, cao đẳng, trung cấp, sơ cấp, chưa qua đào tạo).',
    en: 'Professional qualification {received} is not a known level (doctorate, master, university, college, intermediate, elementary, untrained).',
  },
  'vn.personnel.unknown_political_theory': {
    vi: 'Trình độ lý luận chính trị {received} không có trong danh mục (cao cấp, cử nhân, trung cấp, sơ cấp, chưa qua đào tạo).',
    en: 'Political-theory level {received} is not a known level (advanced, bachelor, intermediate, elementary, none).',
  },
  'vn.personnel.unknown_ethnicity': {
    vi: 'Dân tộc {received} không thuộc danh mục 54 dân tộc (mã 1–54 hoặc tên dân tộc).',
    en: 'Ethnicity {received} is not one of the 54 official groups (code 1–54 or name).',
  },
  'vn.personnel.unknown_sex': {
    vi: 'Giới tính {received} không hợp lệ (Nam hoặc Nữ).',
    en: 'Sex {received} is not valid (nam or nu).',
  },
  'vn.personnel.birth_missing': {
    vi: 'Thiếu ngày sinh hoặc năm sinh.',
    en: 'Birth date or birth year is missing.',
  },
  'vn.personnel.birth_year_mismatch': {
    vi: 'Năm sinh {birthYear} không khớp ngày sinh {birthDate}.',
    en: 'Birth year {birthYear} does not match birth date {birthDate}.',
  },
  'vn.personnel.birth_in_future': {
    vi: 'Ngày sinh {birth} sau ngày báo cáo {asOf}.',
    en: 'Birth {birth} is after the as-of date {asOf}.',
  },
  'vn.personnel.party_date_without_membership': {
    vi: 'Có ngày vào Đảng {date} nhưng không ghi là đảng viên (partyMember: false).',
    en: 'Party joining date {date} is given for a non-member (partyMember: false).',
  },
  'vn.personnel.party_date_in_future': {
    vi: 'Ngày vào Đảng {date} sau ngày báo cáo {asOf}.',
    en: 'Party joining date {date} is after the as-of date {asOf}.',
  },
  'vn.personnel.unknown_position': {
    vi: 'Chức danh «{position}» không có trong danh mục chức danh nào.',
    en: 'Post "{position}" is in no position list.',
  },
  'vn.personnel.position_not_in_force': {
    vi: 'Chức danh «{position}» không tồn tại vào ngày {date} (theo danh mục đang áp dụng ngày đó).',
    en: 'Post "{position}" does not exist on {date} (under the list in force that day).',
  },
  'vn.personnel.no_position_list': {
    vi: 'Không có danh mục chức danh áp dụng cho nhiệm vụ «{position}» từ {start} đến {end}; hãy cung cấp danh mục qua tùy chọn positionLists.',
    en: 'No position list applies to assignment "{position}" from {start} to {end}; supply one through the positionLists option.',
  },
  'vn.personnel.position_unverified': {
    vi: 'Chức danh «{position}» trong danh mục {basis} chưa được xác minh theo văn bản pháp luật; dùng tùy chọn acceptUnverifiedPositions hoặc cung cấp danh mục riêng qua positionLists.',
    en: 'Post "{position}" in list {basis} is not verified against the legal text; pass acceptUnverifiedPositions or supply your own list through positionLists.',
  },
  'vn.personnel.position_wrong_unit_kind': {
    vi: 'Chức danh «{position}» không có ở đơn vị loại «{unitKind}».',
    en: 'Post "{position}" does not exist in a unit of kind "{unitKind}".',
  },
  'vn.personnel.position_wrong_office': {
    vi: 'Chức danh «{position}» thuộc phòng «{office}» mà đơn vị loại «{unitKind}» không có (Nghị định 150/2025/NĐ-CP: Phòng Kinh tế đối với xã, đặc khu; Phòng Kinh tế, Hạ tầng và Đô thị đối với phường và đặc khu Phú Quốc — với đặc khu Phú Quốc dùng tùy chọn infrastructureOffice: true).',
    en: 'Post "{position}" belongs to office "{office}", which a unit of kind "{unitKind}" does not have (Decree 150/2025/NĐ-CP: Phòng Kinh tế for xã and đặc khu; Phòng Kinh tế, Hạ tầng và Đô thị for phường and đặc khu Phú Quốc — for Phú Quốc pass infrastructureOffice: true).',
  },
  'vn.personnel.position_ended_extendable': {
    vi: 'Chức danh «{position}» đã kết thúc từ ngày {date} ({basis}); nếu địa phương kéo dài sử dụng đến {extendedTo} ({extensionBasis}), dùng tùy chọn applyExtensions: true.',
    en: 'Post "{position}" ended on {date} ({basis}); if the locality extended its use to {extendedTo} ({extensionBasis}), pass applyExtensions: true.',
  },
  'vn.personnel.position_concurrent_only': {
    vi: 'Chức danh «{position}» chỉ được đảm nhiệm kiêm nhiệm: ghi concurrent: true và giữ chức danh chính riêng.',
    en: 'Post "{position}" is only ever held concurrently: mark it concurrent: true and keep the main post separately.',
  },
  'vn.personnel.category_mismatch': {
    vi: 'Phân loại «{category}» không khớp chức danh «{position}» (thuộc «{expected}»).',
    en: 'Category "{category}" does not match post "{position}" (which is "{expected}").',
  },
};

import type { MessageCatalog } from '../core/messages';

/**
 * Messages of the household domain (thông báo lĩnh vực hộ nghèo), Vietnamese and English, keyed by
 * stable code: validation codes (`vn.household.*`) and the reasons of a classification
 * (`vn.household.reason.*`).
 *
 * Legal basis: none (wording of the library).
 *
 * @example
 * HOUSEHOLD_MESSAGES['vn.household.negative_income'].vi
 * // => 'Thu nhập bình quân đầu người «{path}» không được âm: {received}.'
 */
export const HOUSEHOLD_MESSAGES: MessageCatalog = {
  'vn.household.negative_income': {
    vi: 'Thu nhập bình quân đầu người «{path}» không được âm: {received}.',
    en: 'Income per person "{path}" cannot be negative: {received}.',
  },
  'vn.household.negative_age': {
    vi: 'Tuổi của nhân khẩu «{path}» không được nhỏ hơn 0: {received}.',
    en: 'Member age "{path}" cannot be below 0: {received}.',
  },
  'vn.household.age_too_high': {
    vi: 'Tuổi của nhân khẩu «{path}» không hợp lý (trên 150): {received}.',
    en: 'Member age "{path}" is implausible (above 150): {received}.',
  },
  'vn.household.negative_score': {
    vi: 'Điểm rà soát «{path}» không được âm: {received}.',
    en: 'Review score "{path}" cannot be negative: {received}.',
  },
  'vn.household.too_many_deprivations': {
    vi: 'Số chỉ số thiếu hụt ({count}) vượt quá số chỉ số của chuẩn nghèo ({max}).',
    en: 'The number of deprivations ({count}) exceeds the number of indicators of the standard ({max}).',
  },
  'vn.household.indicator_not_in_standard': {
    vi: 'Chỉ số thiếu hụt «{indicator}» không thuộc chuẩn nghèo {standard} áp dụng tại ngày rà soát {date}; nếu đã đối chiếu văn bản, khai báo danh mục chỉ số qua customPovertyStandard(…, { dimensions }) và tùy chọn standards.',
    en: 'Deprivation indicator "{indicator}" is not part of standard {standard}, in force on the review date {date}; if you have checked the decree, declare the indicator list with customPovertyStandard(…, { dimensions }) and the standards option.',
  },
  'vn.household.duplicate_deprivation': {
    vi: 'Một chỉ số thiếu hụt được ghi hai lần trong «{path}».',
    en: 'A deprivation indicator is listed twice in "{path}".',
  },
  'vn.household.deprivation_count_mismatch': {
    vi: 'Số chỉ số thiếu hụt ghi ({count}) khác số chỉ số được liệt kê ({listed}).',
    en: 'The recorded number of deprivations ({count}) differs from the indicators listed ({listed}).',
  },
  'vn.household.no_standard_in_force': {
    vi: 'Không có chuẩn nghèo nào có hiệu lực vào ngày rà soát {date} (chuẩn quốc gia áp dụng từ 01/01/2016 đến 31/12/2030).',
    en: 'No poverty standard is in force on the review date {date} (national standards cover 2016-01-01 to 2030-12-31).',
  },
  'vn.household.no_income_or_score': {
    vi: 'Hộ không có thu nhập bình quân đầu người cũng không có điểm A: không thể phân loại.',
    en: 'The household has neither an income per person nor a score A: it cannot be classified.',
  },
  'vn.household.score_b_not_multiple': {
    vi: 'Điểm B ({score}) phải là bội số của 10 (10 điểm cho mỗi chỉ số thiếu hụt).',
    en: 'Score B ({score}) must be a multiple of 10 (10 points per deprivation).',
  },
  'vn.household.duplicate_code': {
    vi: 'Mã hộ «{key}» trùng với dòng {firstRow} (dòng đầu tiên được giữ lại).',
    en: 'Household code "{key}" repeats row {firstRow} (the first row is kept).',
  },
  'vn.household.reason.income_at_or_below': {
    vi: 'Thu nhập {value} đồng/người/tháng không vượt {line} ({lineValue} đồng, khu vực {area}).',
    en: 'Income {value} VND per person per month is at or below the {line} ({lineValue} VND, {area}).',
  },
  'vn.household.reason.income_above': {
    vi: 'Thu nhập {value} đồng/người/tháng cao hơn {line} ({lineValue} đồng, khu vực {area}).',
    en: 'Income {value} VND per person per month is above the {line} ({lineValue} VND, {area}).',
  },
  'vn.household.reason.score_at_or_below': {
    vi: 'Điểm A {value} không vượt ngưỡng {lineValue} điểm ({line}, khu vực {area}).',
    en: 'Score A {value} is at or below {lineValue} points ({line}, {area}).',
  },
  'vn.household.reason.score_above': {
    vi: 'Điểm A {value} cao hơn ngưỡng {lineValue} điểm ({line}, khu vực {area}).',
    en: 'Score A {value} is above {lineValue} points ({line}, {area}).',
  },
  'vn.household.reason.indicators_not_in_standard': {
    vi: 'Không tính các chỉ số không thuộc chuẩn nghèo {standard}: {indicators}.',
    en: 'Not counted, not part of standard {standard}: {indicators}.',
  },
  'vn.household.reason.deprivations': {
    vi: 'Thiếu hụt {count} chỉ số (ngưỡng {cutoff}): {indicators}.',
    en: '{count} deprivations (cut-off {cutoff}): {indicators}.',
  },
};

import type { Message, MessageCatalog } from '../core/messages';

/**
 * Messages of the report domain, by stable finding code, in Vietnamese and English (same keys).
 * Placeholders `{name}` are filled from the finding's params. Findings of the dossier identities
 * use the codes and messages of `DOSSIER_MESSAGES`.
 *
 * @example
 * REPORT_MESSAGES['vn.report.rate_truncated']?.en
 * // => '{rateLabel} is printed as {printed}: it agrees only when digits are cut off …'
 */
export const REPORT_MESSAGES: MessageCatalog = {
  'vn.report.sum_mismatch': {
    vi: '{leftText} khác {rightText}, chênh {gap}.',
    en: '{leftText} differs from {rightText}, gap {gap}.',
  },
  'vn.report.subset_exceeds': {
    vi: '{leftText} lớn hơn {rightText}, vượt {gap}.',
    en: '{leftText} exceeds {rightText} by {gap}.',
  },
  'vn.report.comparison_failed': {
    vi: 'Không thỏa điều kiện {leftText} {operator} {rightText} (chênh {gap}).',
    en: 'The condition {leftText} {operator} {rightText} does not hold (gap {gap}).',
  },
  'vn.report.rate_mismatch': {
    vi: '{rateLabel} ghi {printed} nhưng {numeratorText} / {denominatorText} = {computed} (làm tròn {decimals} chữ số thập phân), chênh {gap} điểm phần trăm.',
    en: '{rateLabel} is printed as {printed} but {numeratorText} / {denominatorText} = {computed} (rounded to {decimals} decimals), a gap of {gap} percentage points.',
  },
  'vn.report.rate_truncated': {
    vi: '{rateLabel} ghi {printed}: chỉ khớp khi cắt bỏ chữ số ({numeratorText} / {denominatorText} = {exact}…); làm tròn đúng là {computed}.',
    en: '{rateLabel} is printed as {printed}: it agrees only when digits are cut off ({numeratorText} / {denominatorText} = {exact}…); rounded half-up it is {computed}.',
  },
  'vn.report.denominator_mismatch': {
    vi: '{firstLabel} {firstPrinted} của {firstCount} ứng với tổng số từ {firstMin} đến {firstMax} (khoảng {firstImplied}); {secondLabel} {secondPrinted} của {secondCount} ứng với tổng số từ {secondMin} đến {secondMax} (khoảng {secondImplied}): hai tỷ lệ tính trên cùng một tổng số nhưng hai khoảng không giao nhau, cách nhau {gap}.',
    en: '{firstLabel} {firstPrinted} of {firstCount} implies a total from {firstMin} to {firstMax} (about {firstImplied}); {secondLabel} {secondPrinted} of {secondCount} implies a total from {secondMin} to {secondMax} (about {secondImplied}): both rates are over the same total but the ranges do not meet, {gap} apart.',
  },
  'vn.report.rate_fits_no_total': {
    vi: '{label} {printed} của {count} không ứng với tổng số nguyên nào khi làm tròn đến số chữ số đã in, nên không thể so với {otherLabel} {otherPrinted}.',
    en: '{label} {printed} of {count} fits no whole total when rounded to its printed decimals, so it cannot be compared with {otherLabel} {otherPrinted}.',
  },
  'vn.report.denominator_truncated': {
    vi: '{firstLabel} {firstPrinted} của {firstCount} (tổng số {firstMin}–{firstMax}) và {secondLabel} {secondPrinted} của {secondCount} (tổng số {secondMin}–{secondMax}) chỉ cùng một tổng số khi có tỷ lệ bị cắt bỏ chữ số thay vì làm tròn.',
    en: '{firstLabel} {firstPrinted} of {firstCount} (total {firstMin}–{firstMax}) and {secondLabel} {secondPrinted} of {secondCount} (total {secondMin}–{secondMax}) share a total only if a rate was truncated rather than rounded.',
  },
  'vn.report.figure.order_holds': {
    vi: '{label}: các giá trị {values} đúng thứ tự văn bản nêu.',
    en: '{label}: the values {values} are in the order the text states.',
  },
  'vn.report.figure.order_breaks_descending': {
    vi: '{label}: văn bản nêu thứ tự từ cao xuống thấp nhưng {first} đứng trước {second}.',
    en: '{label}: the text lists from highest to lowest, but {first} comes before {second}.',
  },
  'vn.report.figure.order_breaks_ascending': {
    vi: '{label}: văn bản nêu thứ tự từ thấp lên cao nhưng {first} đứng trước {second}.',
    en: '{label}: the text lists from lowest to highest, but {first} comes before {second}.',
  },
  'vn.report.figure.level_sum_equal_holds': {
    vi: '{label}: các đơn vị cộng lại {parts} = {whole}.',
    en: '{label}: the units add up, {parts} = {whole}.',
  },
  'vn.report.figure.level_sum_equal_breaks': {
    vi: '{label}: các đơn vị cộng lại {parts} ≠ {whole} (chênh {gap}).',
    en: '{label}: the units add up to {parts} ≠ {whole} (gap {gap}).',
  },
  'vn.report.figure.level_sum_within_holds': {
    vi: '{label}: một số đơn vị cộng lại {parts} ≤ {whole}.',
    en: '{label}: some of the units add up to {parts} ≤ {whole}.',
  },
  'vn.report.figure.level_sum_within_breaks': {
    vi: '{label}: một số đơn vị cộng lại {parts} > {whole} (vượt {gap}).',
    en: '{label}: some of the units add up to {parts} > {whole} (by {gap}).',
  },
  'vn.report.figure.level_denominators_equal_holds': {
    vi: '{label}: tổng số suy từ tỷ lệ của các đơn vị {parts} khớp với tổng số suy từ tỷ lệ chung {whole}.',
    en: '{label}: the totals the units’ rates imply, {parts}, agree with the total the overall rate implies, {whole}.',
  },
  'vn.report.figure.level_denominators_equal_breaks': {
    vi: '{label}: tổng số suy từ tỷ lệ của các đơn vị {parts} không khớp với tổng số suy từ tỷ lệ chung {whole} (cách {gap}).',
    en: '{label}: the totals the units’ rates imply, {parts}, do not agree with the total the overall rate implies, {whole} ({gap} apart).',
  },
  'vn.report.figure.level_denominators_within_holds': {
    vi: '{label}: tổng số suy từ tỷ lệ của một số đơn vị {parts} không vượt tổng số suy từ tỷ lệ chung {whole}.',
    en: '{label}: the totals some units’ rates imply, {parts}, are within the total the overall rate implies, {whole}.',
  },
  'vn.report.figure.level_denominators_within_breaks': {
    vi: '{label}: tổng số suy từ tỷ lệ của một số đơn vị {parts} vượt tổng số suy từ tỷ lệ chung {whole} (vượt {gap}).',
    en: '{label}: the totals some units’ rates imply, {parts}, exceed the total the overall rate implies, {whole} (by {gap}).',
  },
  'vn.report.figure.ratio_holds': {
    vi: '{label}: từ {from} lên {to} đúng là {times}.',
    en: '{label}: from {from} to {to} is indeed {times}.',
  },
  'vn.report.figure.ratio_breaks': {
    vi: '{label}: từ {from} lên {to} không phải {times}.',
    en: '{label}: from {from} to {to} is not {times}.',
  },
  'vn.report.figure.yearly_holds': {
    vi: '{label}: từ {from}% xuống/lên {to}% trong {years} năm ứng với mức bình quân {perYear}%/năm.',
    en: '{label}: from {from}% to {to}% in {years} years agrees with the yearly {perYear}% a year.',
  },
  'vn.report.figure.yearly_breaks': {
    vi: '{label}: từ {from}% xuống/lên {to}% trong {years} năm không ứng với mức bình quân {perYear}%/năm.',
    en: '{label}: from {from}% to {to}% in {years} years does not agree with the yearly {perYear}% a year.',
  },
  'vn.report.rate_decimals': {
    vi: 'Tỷ lệ {value} có nhiều chữ số thập phân hơn số chữ số đã in ({decimals}).',
    en: 'Rate {value} has more decimals than the printed number of decimals ({decimals}).',
  },
};

/**
 * Labels of the report's figures by path, in Vietnamese and English, used in findings and in
 * {@link renderReportVi}.
 *
 * @example
 * REPORT_FIELD_LABELS['households.poor'] // => { vi: 'Số hộ nghèo', en: 'Poor households' }
 */
export const REPORT_FIELD_LABELS: Readonly<Record<string, Message>> = {
  'dossiers.received': { vi: 'Tổng số hồ sơ tiếp nhận', en: 'Total dossiers received' },
  'dossiers.carriedOver': { vi: 'kỳ trước chuyển sang', en: 'carried over' },
  'dossiers.newReceived': { vi: 'mới tiếp nhận', en: 'newly received' },
  'dossiers.newOnline': { vi: 'mới tiếp nhận trực tuyến', en: 'newly received online' },
  'dossiers.newDirect': { vi: 'mới tiếp nhận trực tiếp', en: 'newly received in person' },
  'dossiers.newPostal': { vi: 'mới tiếp nhận qua bưu chính', en: 'newly received by post' },
  'dossiers.resolved': { vi: 'Số đã giải quyết', en: 'Resolved' },
  'dossiers.resolvedEarly': { vi: 'trước hạn', en: 'early' },
  'dossiers.resolvedOnTime': { vi: 'đúng hạn', en: 'on time' },
  'dossiers.resolvedEarlyOrOnTime': { vi: 'trước hạn, đúng hạn', en: 'early or on time' },
  'dossiers.resolvedLate': { vi: 'trễ hạn', en: 'late' },
  'dossiers.pending': { vi: 'đang giải quyết', en: 'pending' },
  'dossiers.pendingWithinTerm': { vi: 'đang giải quyết trong hạn', en: 'pending within term' },
  'dossiers.pendingOverdue': { vi: 'đang giải quyết quá hạn', en: 'pending overdue' },
  'dossiers.returned': { vi: 'trả lại, rút', en: 'returned or withdrawn' },
  'dossiers.refused': { vi: 'trả lại', en: 'refused' },
  'dossiers.withdrawn': { vi: 'rút hồ sơ', en: 'withdrawn' },
  'dossiers.stopped': { vi: 'dừng xử lý', en: 'stopped' },
  'dossiers.onTimeRate': { vi: 'Tỷ lệ giải quyết trước hạn, đúng hạn', en: 'The on-time rate' },
  'dossiers.onlineRate': { vi: 'Tỷ lệ hồ sơ trực tuyến', en: 'The online share' },
  'households.total': { vi: 'tổng số hộ dân cư', en: 'total households' },
  'households.poor': { vi: 'Số hộ nghèo', en: 'Poor households' },
  'households.poorAtStart': { vi: 'hộ nghèo đầu năm', en: 'poor households at the start of the year' },
  'households.poorChange': { vi: 'Số hộ nghèo tăng so với đầu năm', en: 'Change in poor households' },
  'households.poorEscaped': { vi: 'thoát nghèo', en: 'escaped poverty' },
  'households.poorFellBack': { vi: 'tái nghèo', en: 'fell back into poverty' },
  'households.poorNew': { vi: 'phát sinh mới', en: 'newly poor' },
  'households.poorRate': { vi: 'Tỷ lệ hộ nghèo', en: 'The poverty rate' },
  'households.nearPoor': { vi: 'Số hộ cận nghèo', en: 'Near-poor households' },
  'households.nearPoorAtStart': {
    vi: 'hộ cận nghèo đầu năm',
    en: 'near-poor households at the start of the year',
  },
  'households.nearPoorChange': {
    vi: 'Số hộ cận nghèo tăng so với đầu năm',
    en: 'Change in near-poor households',
  },
  'households.nearPoorEscaped': { vi: 'thoát cận nghèo', en: 'left near-poverty' },
  'households.nearPoorFellBack': { vi: 'tái cận nghèo', en: 'fell back into near-poverty' },
  'households.nearPoorNew': { vi: 'cận nghèo phát sinh mới', en: 'newly near-poor' },
  'households.nearPoorRate': { vi: 'tỷ lệ hộ cận nghèo', en: 'the near-poverty rate' },
  'staff.total': { vi: 'Tổng số cán bộ, công chức', en: 'Total cadres and civil servants' },
  'staff.cadres': { vi: 'cán bộ', en: 'cadres' },
  'staff.civilServants': { vi: 'công chức', en: 'civil servants' },
  'staff.qualifications': { vi: 'các trình độ', en: 'all qualification levels' },
  'staff.partTime': { vi: 'Người hoạt động không chuyên trách', en: 'Part-time workers' },
  'staff.partTimeQualifications': { vi: 'các trình độ', en: 'all qualification levels' },
  'documents.total': { vi: 'tổng số văn bản trao đổi', en: 'documents exchanged' },
  'documents.electronic': { vi: 'Số văn bản điện tử', en: 'Electronic documents' },
  'documents.electronicRate': { vi: 'Tỷ lệ văn bản điện tử', en: 'The electronic-document rate' },
  'documents.signatures': { vi: 'Số chữ ký số', en: 'Digital signatures' },
  'documents.organisationSignatures': { vi: 'chữ ký số cơ quan', en: 'organisation signatures' },
  'documents.personalSignatures': { vi: 'chữ ký số cá nhân', en: 'personal signatures' },
};

/** Labels of qualification levels in English (the Vietnamese ones are `REPORT_QUALIFICATION_LABELS`). */
export const QUALIFICATION_LABELS_EN: Readonly<Record<string, string>> = {
  tien_si: 'doctorate',
  thac_si: "master's",
  dai_hoc: 'university',
  cao_dang: 'college',
  trung_cap: 'intermediate',
  so_cap: 'elementary',
  chua_qua_dao_tao: 'untrained',
};

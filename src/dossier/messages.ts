import type { MessageCatalog } from '../core/messages';

/**
 * Messages of the dossier domain, by stable code, in Vietnamese and English.
 * Placeholders `{name}` are filled from the params. A rule that rests on the one-stop
 * decree takes its citation as a parameter (`{basis}`, `{basisEn}`), the version in force on the
 * dossier's date of receipt ({@link citeOneStopBasis}), never a hard-coded decree.
 */
export const DOSSIER_MESSAGES: MessageCatalog = {
  'vn.dossier.due_before_received': {
    vi: 'Ngày hẹn trả {dueDate} trước ngày tiếp nhận {receivedDate}.',
    en: 'Due date {dueDate} is before the receipt date {receivedDate}.',
  },
  'vn.dossier.finished_before_received': {
    vi: 'Ngày kết thúc xử lý {finishedDate} trước ngày tiếp nhận {receivedDate}.',
    en: 'Finish date {finishedDate} is before the receipt date {receivedDate}.',
  },
  'vn.dossier.returned_before_received': {
    vi: 'Ngày trả kết quả {returnedDate} trước ngày tiếp nhận {receivedDate}.',
    en: 'Return date {returnedDate} is before the receipt date {receivedDate}.',
  },
  'vn.dossier.returned_before_finished': {
    vi: 'Ngày trả kết quả {returnedDate} trước ngày kết thúc xử lý {finishedDate}.',
    en: 'Return date {returnedDate} is before the finish date {finishedDate}.',
  },
  'vn.dossier.outcome_before_received': {
    vi: 'Ngày {outcome} {outcomeDate} trước ngày tiếp nhận {receivedDate}.',
    en: 'The {outcome} date {outcomeDate} is before the receipt date {receivedDate}.',
  },
  'vn.dossier.reappointed_more_than_once': {
    vi: 'Hồ sơ được hẹn lại {count} lần; chỉ được hẹn lại ngày trả kết quả một lần ({basis}).',
    en: 'The dossier was re-appointed {count} times; the return date may be re-set only once ({basisEn}).',
  },
  'vn.dossier.reappointment_not_after_due': {
    vi: 'Ngày hẹn lại {reappointedDate} không sau ngày hẹn trả ban đầu {dueDate}.',
    en: 'The re-appointed date {reappointedDate} is not after the original due date {dueDate}.',
  },
  'vn.dossier.supplement_before_received': {
    vi: 'Yêu cầu bổ sung ngày {requestedDate} trước ngày tiếp nhận {receivedDate}.',
    en: 'A supplement request on {requestedDate} is before the receipt date {receivedDate}.',
  },
  'vn.dossier.supplement_completed_before_requested': {
    vi: 'Hoàn thành bổ sung ngày {completedDate} trước ngày yêu cầu {requestedDate}.',
    en: 'A supplement was completed on {completedDate}, before it was requested on {requestedDate}.',
  },
  'vn.dossier.resolved_without_finish_date': {
    vi: 'Trạng thái «{status}» nhưng thiếu ngày kết thúc xử lý và ngày trả kết quả.',
    en: 'Status "{status}" but neither a finish date nor a return date is given.',
  },
  'vn.dossier.outcome_without_date': {
    vi: 'Có kết quả «{outcome}» nhưng thiếu ngày (outcomeAt).',
    en: 'Outcome "{outcome}" has no date (outcomeAt).',
  },
  'vn.dossier.outcome_and_finish': {
    vi: 'Hồ sơ vừa có kết quả «{outcome}» vừa có ngày kết thúc xử lý {finishedDate}.',
    en: 'The dossier has both the outcome "{outcome}" and a finish date {finishedDate}.',
  },
  'vn.dossier.unknown_status_code': {
    vi: 'Mã trạng thái hồ sơ (TrangThaiHoSo) {received} không có trong danh mục 1–10.',
    en: 'Status code (TrangThaiHoSo) {received} is not in the national list 1–10.',
  },
  'vn.dossier.unknown_channel_code': {
    vi: 'Mã kênh thực hiện (KenhThucHien) {received} không có trong danh mục 1–3.',
    en: 'Channel code (KenhThucHien) {received} is not in the national list 1–3.',
  },
  'vn.dossier.invalid_compact_timestamp': {
    vi: 'Thời điểm {received} ở trường «{path}» không đúng dạng yyyyMMddHHmmss hoặc không có thật.',
    en: 'Timestamp {received} in "{path}" is not a real yyyyMMddHHmmss time.',
  },
  'vn.dossier.tally.received_parts': {
    vi: 'Tổng số tiếp nhận ({left}) khác kỳ trước chuyển sang + mới tiếp nhận ({rightTerms} = {right}), chênh {gap}.',
    en: 'Total received ({left}) differs from carried over + newly received ({rightTerms} = {right}), gap {gap}.',
  },
  'vn.dossier.tally.new_by_channel': {
    vi: 'Số mới tiếp nhận ({left}) khác tổng theo kênh trực tuyến + trực tiếp + bưu chính ({rightTerms} = {right}), chênh {gap}.',
    en: 'Newly received ({left}) differs from online + direct + postal ({rightTerms} = {right}), gap {gap}.',
  },
  'vn.dossier.tally.resolved_parts': {
    vi: 'Số đã giải quyết ({left}) khác trước hạn, đúng hạn + trễ hạn ({rightTerms} = {right}), chênh {gap}.',
    en: 'Resolved ({left}) differs from early/on time + late ({rightTerms} = {right}), gap {gap}.',
  },
  'vn.dossier.tally.early_on_time_parts': {
    vi: 'Số trước hạn, đúng hạn ({left}) khác trước hạn + đúng hạn ({rightTerms} = {right}), chênh {gap}.',
    en: 'Early or on time ({left}) differs from early + on time ({rightTerms} = {right}), gap {gap}.',
  },
  'vn.dossier.tally.pending_parts': {
    vi: 'Số đang giải quyết ({left}) khác trong hạn + quá hạn ({rightTerms} = {right}), chênh {gap}.',
    en: 'Pending ({left}) differs from within term + overdue ({rightTerms} = {right}), gap {gap}.',
  },
  'vn.dossier.tally.returned_parts': {
    vi: 'Số trả lại, rút ({left}) khác trả lại + rút + dừng ({rightTerms} = {right}), chênh {gap}.',
    en: 'Returned or withdrawn ({left}) differs from refused + withdrawn + stopped ({rightTerms} = {right}), gap {gap}.',
  },
  'vn.dossier.tally.balance': {
    vi: 'Tổng số tiếp nhận ({left}) khác đã giải quyết + đang giải quyết{returnedLabel} ({rightTerms} = {right}), chênh {gap}.',
    en: 'Total received ({left}) differs from resolved + pending{returnedLabelEn} ({rightTerms} = {right}), gap {gap}.',
  },
};

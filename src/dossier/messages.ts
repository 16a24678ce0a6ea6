import { formatNumber } from '../core/format';
import {
  defineMessage,
  type FieldLabels,
  type IssueOf,
  type Locale,
  type Message,
  param,
} from '../core/messages';
import { citeOneStopBasis } from './basis';
import type { DossierOutcome, DossierStatus } from './codes';

/**
 * Labels of the dossier's fields (nhãn các trường của hồ sơ), in Vietnamese (the schema's titles)
 * and English: messages name a field by its label, never by its key.
 *
 * @example
 * DOSSIER_FIELD_LABELS.dueDate // => { vi: 'ngày hẹn trả', en: 'due date' }
 */
export const DOSSIER_FIELD_LABELS = {
  code: { vi: 'mã hồ sơ', en: 'dossier code' },
  procedureCode: { vi: 'mã thủ tục hành chính', en: 'procedure code' },
  procedureName: { vi: 'tên thủ tục hành chính', en: 'procedure name' },
  fieldCode: { vi: 'mã lĩnh vực', en: 'field code' },
  fieldName: { vi: 'tên lĩnh vực', en: 'field name' },
  unit: { vi: 'đơn vị tiếp nhận', en: 'unit' },
  receivingUnit: { vi: 'đơn vị tiếp nhận hồ sơ', en: 'receiving unit' },
  handlingUnit: { vi: 'đơn vị giải quyết', en: 'handling unit' },
  channel: { vi: 'kênh thực hiện', en: 'channel' },
  status: { vi: 'trạng thái hồ sơ', en: 'status' },
  receivedAt: { vi: 'ngày tiếp nhận', en: 'receipt date' },
  dueDate: { vi: 'ngày hẹn trả', en: 'due date' },
  reappointments: { vi: 'ngày hẹn lại', en: 're-appointed dates' },
  supplements: { vi: 'các lần yêu cầu bổ sung', en: 'supplement requests' },
  requestedAt: { vi: 'ngày yêu cầu bổ sung', en: 'supplement request date' },
  completedAt: { vi: 'ngày hoàn thành bổ sung', en: 'supplement completion date' },
  finishedAt: { vi: 'ngày kết thúc xử lý', en: 'finish date' },
  returnedAt: { vi: 'ngày trả kết quả', en: 'return date' },
  outcome: { vi: 'kết thúc không có kết quả', en: 'end without a result' },
  outcomeAt: { vi: 'ngày trả lại, rút hoặc dừng', en: 'date of the end without a result' },
} as const satisfies FieldLabels;

/** The ends without a result as messages name them. */
const OUTCOME_WORDS = {
  refused: { vi: 'trả lại', en: 'refusal' },
  withdrawn: { vi: 'rút hồ sơ', en: 'withdrawal' },
  stopped: { vi: 'dừng xử lý', en: 'stop' },
} as const satisfies Readonly<Record<DossierOutcome, Message>>;

/** The statuses as messages name them: the national list's wording, and an English rendering. */
const STATUS_WORDS = {
  registered: { vi: 'Mới đăng ký', en: 'newly registered' },
  accepted: { vi: 'Được tiếp nhận', en: 'accepted' },
  refused: { vi: 'Không được tiếp nhận', en: 'not accepted' },
  processing: { vi: 'Đang xử lý', en: 'being processed' },
  awaiting_supplement: { vi: 'Yêu cầu bổ sung giấy tờ', en: 'awaiting supplementary papers' },
  awaiting_payment: { vi: 'Yêu cầu thực hiện nghĩa vụ tài chính', en: 'awaiting payment of fees' },
  withdrawal_requested: { vi: 'Công dân yêu cầu rút hồ sơ', en: 'withdrawal requested by the applicant' },
  stopped: { vi: 'Dừng xử lý', en: 'processing stopped' },
  resolved: { vi: 'Đã xử lý xong', en: 'resolved' },
  returned: { vi: 'Đã trả kết quả', en: 'result returned' },
} as const satisfies Readonly<Record<DossierStatus, Message>>;

const outcome = /* @__PURE__ */ param.enumOf(OUTCOME_WORDS);
const status = /* @__PURE__ */ param.enumOf(STATUS_WORDS);
const field = (name: keyof typeof DOSSIER_FIELD_LABELS, locale: Locale): string =>
  DOSSIER_FIELD_LABELS[name][locale];

/** The parameters of an identity of the dossier figures: raw counts. */
const identity = /* @__PURE__ */ (() =>
  ({
    left: param.number,
    right: param.number,
    rightTerms: param.numbers,
    gap: param.number,
  }) as const)();

const n = (v: number, locale: Locale): string => formatNumber(v, { locale });
const terms = (v: readonly number[], locale: Locale): string => v.map((t) => n(t, locale)).join(' + ');

/**
 * Messages of the dossier domain (thông báo lĩnh vực hồ sơ TTHC), by stable code, in Vietnamese
 * and English: one function per language over the issue's raw parameters (dates, counts, the
 * outcome and status values), which it translates. A rule that rests on the one-stop decree cites
 * the version in force on the dossier's date of receipt ({@link citeOneStopBasis}), in the
 * message's language.
 *
 * @example
 * renderMessage(DOSSIER_MESSAGES['vn.dossier.outcome_before_received'],
 *   { outcome: 'refused', outcomeDate: '2026-03-01', receivedDate: '2026-03-02' }, 'en')
 * // => 'The refusal date 2026-03-01 is before the receipt date 2026-03-02.'
 */
export const DOSSIER_MESSAGES = /* @__PURE__ */ (() =>
  ({
    'vn.dossier.due_before_received': /* @__PURE__ */ defineMessage(
      { dueDate: param.date, receivedDate: param.date },
      {
        vi: (p) => `Ngày hẹn trả ${p.dueDate} trước ngày tiếp nhận ${p.receivedDate}.`,
        en: (p) => `Due date ${p.dueDate} is before the receipt date ${p.receivedDate}.`,
      },
    ),
    'vn.dossier.finished_before_received': /* @__PURE__ */ defineMessage(
      { finishedDate: param.date, receivedDate: param.date },
      {
        vi: (p) => `Ngày kết thúc xử lý ${p.finishedDate} trước ngày tiếp nhận ${p.receivedDate}.`,
        en: (p) => `Finish date ${p.finishedDate} is before the receipt date ${p.receivedDate}.`,
      },
    ),
    'vn.dossier.returned_before_received': /* @__PURE__ */ defineMessage(
      { returnedDate: param.date, receivedDate: param.date },
      {
        vi: (p) => `Ngày trả kết quả ${p.returnedDate} trước ngày tiếp nhận ${p.receivedDate}.`,
        en: (p) => `Return date ${p.returnedDate} is before the receipt date ${p.receivedDate}.`,
      },
    ),
    'vn.dossier.returned_before_finished': /* @__PURE__ */ defineMessage(
      { returnedDate: param.date, finishedDate: param.date },
      {
        vi: (p) => `Ngày trả kết quả ${p.returnedDate} trước ngày kết thúc xử lý ${p.finishedDate}.`,
        en: (p) => `Return date ${p.returnedDate} is before the finish date ${p.finishedDate}.`,
      },
    ),
    'vn.dossier.outcome_before_received': /* @__PURE__ */ defineMessage(
      { outcome, outcomeDate: param.date, receivedDate: param.date },
      {
        vi: (p) =>
          `Ngày ${OUTCOME_WORDS[p.outcome].vi} ${p.outcomeDate} trước ngày tiếp nhận ${p.receivedDate}.`,
        en: (p) =>
          `The ${OUTCOME_WORDS[p.outcome].en} date ${p.outcomeDate} is before the receipt date ${p.receivedDate}.`,
      },
    ),
    'vn.dossier.reappointed_more_than_once': /* @__PURE__ */ defineMessage(
      { count: param.number, receivedDate: param.date },
      {
        vi: (p) =>
          `Hồ sơ được hẹn lại ${p.count} lần; chỉ được hẹn lại ngày trả kết quả một lần (${citeOneStopBasis(p.receivedDate, { rule: 'reappointmentOnce' })}).`,
        en: (p) =>
          `The dossier was re-appointed ${p.count} times; the return date may be re-set only once (${citeOneStopBasis(p.receivedDate, { locale: 'en' })}).`,
      },
    ),
    'vn.dossier.reappointment_not_after_due': /* @__PURE__ */ defineMessage(
      { reappointedDate: param.date, dueDate: param.date },
      {
        vi: (p) => `Ngày hẹn lại ${p.reappointedDate} không sau ngày hẹn trả ban đầu ${p.dueDate}.`,
        en: (p) =>
          `The re-appointed date ${p.reappointedDate} is not after the original due date ${p.dueDate}.`,
      },
    ),
    'vn.dossier.supplement_before_received': /* @__PURE__ */ defineMessage(
      { requestedDate: param.date, receivedDate: param.date },
      {
        vi: (p) => `Yêu cầu bổ sung ngày ${p.requestedDate} trước ngày tiếp nhận ${p.receivedDate}.`,
        en: (p) => `A supplement request on ${p.requestedDate} is before the receipt date ${p.receivedDate}.`,
      },
    ),
    'vn.dossier.supplement_completed_before_requested': /* @__PURE__ */ defineMessage(
      { completedDate: param.date, requestedDate: param.date },
      {
        vi: (p) => `Hoàn thành bổ sung ngày ${p.completedDate} trước ngày yêu cầu ${p.requestedDate}.`,
        en: (p) =>
          `A supplement was completed on ${p.completedDate}, before it was requested on ${p.requestedDate}.`,
      },
    ),
    'vn.dossier.resolved_without_finish_date': /* @__PURE__ */ defineMessage(
      { status },
      {
        vi: (p) =>
          `Trạng thái «${STATUS_WORDS[p.status].vi}» nhưng thiếu ngày kết thúc xử lý và ngày trả kết quả.`,
        en: (p) =>
          `Status "${STATUS_WORDS[p.status].en}" but neither a finish date nor a return date is given.`,
      },
    ),
    'vn.dossier.outcome_without_date': /* @__PURE__ */ defineMessage(
      { outcome },
      {
        vi: (p) => `Có kết quả «${OUTCOME_WORDS[p.outcome].vi}» nhưng thiếu ${field('outcomeAt', 'vi')}.`,
        en: (p) =>
          `The dossier ends in a ${OUTCOME_WORDS[p.outcome].en} but the ${field('outcomeAt', 'en')} is missing.`,
      },
    ),
    'vn.dossier.outcome_and_finish': /* @__PURE__ */ defineMessage(
      { outcome, finishedDate: param.date },
      {
        vi: (p) =>
          `Hồ sơ vừa có kết quả «${OUTCOME_WORDS[p.outcome].vi}» vừa có ngày kết thúc xử lý ${p.finishedDate}.`,
        en: (p) =>
          `The dossier has both an end without a result (${OUTCOME_WORDS[p.outcome].en}) and a finish date ${p.finishedDate}.`,
      },
    ),
    'vn.dossier.unknown_status_code': /* @__PURE__ */ defineMessage(
      { received: param.text },
      {
        vi: (p) => `Mã trạng thái hồ sơ (TrangThaiHoSo) ${p.received} không có trong danh mục 1–10.`,
        en: (p) => `Status code (TrangThaiHoSo) ${p.received} is not in the national list 1–10.`,
      },
    ),
    'vn.dossier.unknown_channel_code': /* @__PURE__ */ defineMessage(
      { received: param.text },
      {
        vi: (p) => `Mã kênh thực hiện (KenhThucHien) ${p.received} không có trong danh mục 1–3.`,
        en: (p) => `Channel code (KenhThucHien) ${p.received} is not in the national list 1–3.`,
      },
    ),
    'vn.dossier.invalid_compact_timestamp': /* @__PURE__ */ defineMessage(
      { received: param.text, path: param.field },
      {
        vi: (p, c) =>
          `Thời điểm ${p.received} ở trường «${c.field(p.path)}» không đúng dạng yyyyMMddHHmmss hoặc không có thật.`,
        en: (p, c) => `Timestamp ${p.received} in "${c.field(p.path)}" is not a real yyyyMMddHHmmss time.`,
      },
    ),
    'vn.dossier.tally.received_parts': /* @__PURE__ */ defineMessage(identity, {
      vi: (p) =>
        `Tổng số tiếp nhận (${n(p.left, 'vi')}) khác kỳ trước chuyển sang + mới tiếp nhận (${terms(p.rightTerms, 'vi')} = ${n(p.right, 'vi')}), chênh ${n(p.gap, 'vi')}.`,
      en: (p) =>
        `Total received (${n(p.left, 'en')}) differs from carried over + newly received (${terms(p.rightTerms, 'en')} = ${n(p.right, 'en')}), gap ${n(p.gap, 'en')}.`,
    }),
    'vn.dossier.tally.new_by_channel': /* @__PURE__ */ defineMessage(identity, {
      vi: (p) =>
        `Số mới tiếp nhận (${n(p.left, 'vi')}) khác tổng theo kênh trực tuyến + trực tiếp + bưu chính (${terms(p.rightTerms, 'vi')} = ${n(p.right, 'vi')}), chênh ${n(p.gap, 'vi')}.`,
      en: (p) =>
        `Newly received (${n(p.left, 'en')}) differs from online + direct + postal (${terms(p.rightTerms, 'en')} = ${n(p.right, 'en')}), gap ${n(p.gap, 'en')}.`,
    }),
    'vn.dossier.tally.resolved_parts': /* @__PURE__ */ defineMessage(identity, {
      vi: (p) =>
        `Số đã giải quyết (${n(p.left, 'vi')}) khác trước hạn, đúng hạn + trễ hạn (${terms(p.rightTerms, 'vi')} = ${n(p.right, 'vi')}), chênh ${n(p.gap, 'vi')}.`,
      en: (p) =>
        `Resolved (${n(p.left, 'en')}) differs from early/on time + late (${terms(p.rightTerms, 'en')} = ${n(p.right, 'en')}), gap ${n(p.gap, 'en')}.`,
    }),
    'vn.dossier.tally.early_on_time_parts': /* @__PURE__ */ defineMessage(identity, {
      vi: (p) =>
        `Số trước hạn, đúng hạn (${n(p.left, 'vi')}) khác trước hạn + đúng hạn (${terms(p.rightTerms, 'vi')} = ${n(p.right, 'vi')}), chênh ${n(p.gap, 'vi')}.`,
      en: (p) =>
        `Early or on time (${n(p.left, 'en')}) differs from early + on time (${terms(p.rightTerms, 'en')} = ${n(p.right, 'en')}), gap ${n(p.gap, 'en')}.`,
    }),
    'vn.dossier.tally.pending_parts': /* @__PURE__ */ defineMessage(identity, {
      vi: (p) =>
        `Số đang giải quyết (${n(p.left, 'vi')}) khác trong hạn + quá hạn (${terms(p.rightTerms, 'vi')} = ${n(p.right, 'vi')}), chênh ${n(p.gap, 'vi')}.`,
      en: (p) =>
        `Pending (${n(p.left, 'en')}) differs from within term + overdue (${terms(p.rightTerms, 'en')} = ${n(p.right, 'en')}), gap ${n(p.gap, 'en')}.`,
    }),
    'vn.dossier.tally.returned_parts': /* @__PURE__ */ defineMessage(identity, {
      vi: (p) =>
        `Số trả lại, rút (${n(p.left, 'vi')}) khác trả lại + rút + dừng (${terms(p.rightTerms, 'vi')} = ${n(p.right, 'vi')}), chênh ${n(p.gap, 'vi')}.`,
      en: (p) =>
        `Returned or withdrawn (${n(p.left, 'en')}) differs from refused + withdrawn + stopped (${terms(p.rightTerms, 'en')} = ${n(p.right, 'en')}), gap ${n(p.gap, 'en')}.`,
    }),
    'vn.dossier.tally.balance': /* @__PURE__ */ defineMessage(
      { ...identity, withReturned: param.flag },
      {
        vi: (p) =>
          `Tổng số tiếp nhận (${n(p.left, 'vi')}) khác đã giải quyết + đang giải quyết${p.withReturned ? ' + trả lại, rút' : ''} (${terms(p.rightTerms, 'vi')} = ${n(p.right, 'vi')}), chênh ${n(p.gap, 'vi')}.`,
        en: (p) =>
          `Total received (${n(p.left, 'en')}) differs from resolved + pending${p.withReturned ? ' + returned' : ''} (${terms(p.rightTerms, 'en')} = ${n(p.right, 'en')}), gap ${n(p.gap, 'en')}.`,
      },
    ),
  }) as const)();

/**
 * The issues of the dossier domain (lỗi của hồ sơ), one member per code with its raw parameters:
 * `{ code: 'vn.dossier.outcome_before_received', params: { outcome: 'refused', outcomeDate, receivedDate } }`.
 */
export type DossierIssue = IssueOf<typeof DOSSIER_MESSAGES>;

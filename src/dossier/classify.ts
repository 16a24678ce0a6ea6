import { rangeError, show } from '../_lib/errors';
import { toVietnamDate } from '../core/localDate';
import type { ReportingPeriod } from '../core/period';
import { outcomeOfStatus } from './rules';
import type { Dossier } from './schema';

/**
 * Where a dossier stands on receipt, relative to a period (phân loại tiếp nhận):
 * carried over from before the period (kỳ trước chuyển sang), newly received in it by channel
 * (mới tiếp nhận: trực tiếp, trực tuyến, bưu chính), or not in scope (received after the period,
 * closed before it, or never accepted: `registered` or `refused` status).
 */
export type ReceivedBucket = 'carried_over' | 'new_direct' | 'new_online' | 'new_postal' | 'out_of_scope';

/**
 * Where a dossier stands at the end of a period (tình trạng cuối kỳ): resolved early, on time or
 * late within the period; pending within term or overdue; refused (trả lại), withdrawn (rút) or
 * stopped (dừng xử lý) within the period; or not in scope.
 */
export type EndState =
  | 'resolved_early'
  | 'resolved_on_time'
  | 'resolved_late'
  | 'pending_within_term'
  | 'pending_overdue'
  | 'refused'
  | 'withdrawn'
  | 'stopped'
  | 'out_of_scope';

/** Which due date decides whether a re-appointed dossier (hồ sơ hẹn lại) is late. */
export type ReappointmentRule = 'original' | 'reappointed';

/** Options of {@link classifyDossier} and the tally functions. */
export interface ClassifyDossierOptions {
  /**
   * `original` (default): early, on time and late compare with the first appointment date, so a
   * dossier that needed an apology and a new date (Phiếu xin lỗi và hẹn lại ngày trả kết quả: Mẫu
   * 04 of Thông tư 01/2018/TT-VPCP until 30/06/2025, Phụ lục I of Thông tư 03/2025/TT-VPCP from
   * 01/07/2025) is late if it finishes after the first date. Basis: the apology is required
   * exactly because the dossier is overdue — NĐ 61/2018/NĐ-CP Điều 19 for dossiers received until
   * 30/06/2025; under NĐ 118/2025/NĐ-CP the rule is restated by provinces ("chậm nhất 01 ngày
   * trước ngày hết hạn … gửi văn bản xin lỗi", Lai Châu QĐ 88/2025/QĐ-UBND) — and the real-time
   * index of QĐ 766/QĐ-TTg compares the end of processing with the appointment date (NgayHenTra).
   * `reappointed`: compare with the new date, as some provincial reports do. See
   * {@link dossier!ONE_STOP_BASES | ONE_STOP_BASES}.
   */
  readonly reappointment?: ReappointmentRule;
}

/** The classification of one dossier against a period, with the dates that decided it. */
export interface DossierClassification {
  /** Bucket on receipt. */
  readonly received: ReceivedBucket;
  /** State at the end of the period. */
  readonly state: EndState;
  /** Vietnamese date of receipt. */
  readonly receivedDate: string;
  /** The due date the timeliness was judged against. */
  readonly effectiveDueDate: string;
  /** Vietnamese date the dossier closed (finish, return or outcome), if it did. */
  readonly closedDate?: string;
}

/** @internal Packed classification codes for allocation-free loops. */
export const R_CARRIED = 0;
/** @internal */
export const R_DIRECT = 1;
/** @internal */
export const R_ONLINE = 2;
/** @internal */
export const R_POSTAL = 3;
/** @internal */
export const R_OUT = 4;
/** @internal */
export const S_EARLY = 0;
/** @internal */
export const S_ON_TIME = 1;
/** @internal */
export const S_LATE = 2;
/** @internal */
export const S_WITHIN = 3;
/** @internal */
export const S_OVERDUE = 4;
/** @internal */
export const S_REFUSED = 5;
/** @internal */
export const S_WITHDRAWN = 6;
/** @internal */
export const S_STOPPED = 7;
/** @internal */
export const S_OUT = 8;

const RECEIVED_NAMES: readonly ReceivedBucket[] = [
  'carried_over',
  'new_direct',
  'new_online',
  'new_postal',
  'out_of_scope',
];
const STATE_NAMES: readonly EndState[] = [
  'resolved_early',
  'resolved_on_time',
  'resolved_late',
  'pending_within_term',
  'pending_overdue',
  'refused',
  'withdrawn',
  'stopped',
  'out_of_scope',
];

const LOCAL_TIME_RE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?$/;

/**
 * @internal Vietnamese date of a validated date or timestamp. A timestamp already at +07:00, or
 * without an offset (read as Vietnam time), needs no arithmetic: its date part is the answer.
 */
export function vnDay(v: string): string {
  if (v.length === 10) return v;
  if ((v.length > 16 && v.endsWith('+07:00')) || LOCAL_TIME_RE.test(v)) return v.slice(0, 10);
  return toVietnamDate(v);
}

const day = vnDay;

/**
 * @internal The date a dossier closed: finish date, else its outcome date, else return date.
 * The schema forbids a finish date together with an outcome, so a finish date settles it with
 * one property read (fast on records of many shapes).
 */
export function closedDateOf(d: Dossier): string | undefined {
  const f = d.finishedAt;
  if (f !== undefined) return day(f);
  if (d.outcome !== undefined) return d.outcomeAt === undefined ? undefined : day(d.outcomeAt);
  const r = d.returnedAt;
  return r === undefined ? undefined : day(r);
}

/** @internal Check options once per call. */
export function reappointmentOf(options: ClassifyDossierOptions): boolean {
  const r = options.reappointment ?? 'original';
  if (r !== 'original' && r !== 'reappointed') {
    rangeError(`reappointment must be 'original' or 'reappointed', got ${show(r)}.`);
  }
  return r === 'reappointed';
}

/**
 * @internal The one place the classification rules live, on dates of any comparable kind:
 * `YYYY-MM-DD` strings or `yyyymmdd` integers. `closed` is `undefined` while the dossier is
 * open; `outcome` is set only when it closed without a result.
 */
function classifyDates<T extends string | number>(
  status: string,
  channel: string,
  outcome: string | undefined,
  received: T,
  due: T,
  closed: T | undefined,
  start: T,
  end: T,
): number {
  if (status === 'registered' || status === 'refused' || received > end) return R_OUT * 16 + S_OUT;
  if (closed !== undefined && closed < start) return R_OUT * 16 + S_OUT;
  const r =
    received < start
      ? R_CARRIED
      : channel === 'online'
        ? R_ONLINE
        : channel === 'direct'
          ? R_DIRECT
          : R_POSTAL;
  let s: number;
  if (closed !== undefined && closed <= end) {
    if (outcome !== undefined)
      s = outcome === 'refused' ? S_REFUSED : outcome === 'withdrawn' ? S_WITHDRAWN : S_STOPPED;
    else s = closed < due ? S_EARLY : closed === due ? S_ON_TIME : S_LATE;
  } else {
    s = due < end ? S_OVERDUE : S_WITHIN;
  }
  return r * 16 + s;
}

/**
 * @internal Classify into a packed code `received * 16 + state` without allocating.
 * `receivedDate` is the precomputed Vietnamese date of receipt.
 */
export function classifyCode(
  d: Dossier,
  receivedDate: string,
  start: string,
  end: string,
  useReappointed: boolean,
): number {
  const status = d.status;
  if (status === 'registered' || status === 'refused' || receivedDate > end) return R_OUT * 16 + S_OUT;
  let closed: string | undefined;
  let outcome: string | undefined;
  const f = d.finishedAt;
  if (f !== undefined) {
    closed = day(f);
    outcome = outcomeOfStatus(status);
  } else {
    outcome = d.outcome;
    if (outcome !== undefined) closed = d.outcomeAt === undefined ? undefined : day(d.outcomeAt);
    else if (d.returnedAt !== undefined) {
      closed = day(d.returnedAt);
      outcome = outcomeOfStatus(status);
    }
  }
  let due = d.dueDate;
  if (useReappointed && d.reappointments !== undefined && d.reappointments.length > 0)
    due = d.reappointments[0]!;
  return classifyDates(status, d.channel, outcome, receivedDate, due, closed, start, end);
}

/**
 * @internal {@link classifyCode} on dates given as comparable integers (`yyyymmdd`, 0 when
 * absent), for readers that decode dates straight from bytes: the same choice of the closing date
 * (finish, else the outcome's date when there is an outcome, else the return), line for line.
 * `due` is the effective due date (the caller applies the re-appointment rule).
 */
export function classifyCodeNumeric(
  status: string,
  channel: string,
  finished: number,
  returned: number,
  outcome0: string | undefined,
  outcomeAt: number,
  received: number,
  due: number,
  start: number,
  end: number,
): number {
  let closed: number | undefined;
  let outcome: string | undefined;
  if (finished !== 0) {
    closed = finished;
    outcome = outcomeOfStatus(status);
  } else {
    outcome = outcome0;
    if (outcome !== undefined) closed = outcomeAt === 0 ? undefined : outcomeAt;
    else if (returned !== 0) {
      closed = returned;
      outcome = outcomeOfStatus(status);
    }
  }
  return classifyDates(status, channel, outcome, received, due, closed, start, end);
}

/**
 * Classify a dossier against a reporting period (phân loại hồ sơ theo kỳ báo cáo).
 *
 * It falls in exactly one received bucket and exactly one end state. Early, on time and late
 * compare the Vietnamese date the dossier finished with its due date: before it is early (trước
 * hạn), on it is on time (đúng hạn), after it is late (quá hạn, trễ hạn); a dossier still open at
 * the period's end is overdue when its due date is before that end (đang giải quyết quá hạn) and
 * within term otherwise. The finish date is `finishedAt` (NgayKetThucXuLy), else `returnedAt`;
 * when both exist the finish is used, as the real-time index of QĐ 766/QĐ-TTg does.
 * A dossier with status `stopped` (8) or `withdrawal_requested` (7) that has a finish or return
 * date but no `outcome` is counted as stopped or withdrawn at that date, not as resolved (stopping:
 * NĐ 118/2025/NĐ-CP Điều 21 and Thông tư 03/2025/TT-VPCP Điều 7 from 01/07/2025). Categories follow
 * the one-stop report form (Biểu II.06a/VPCP/KSTT) and the one-stop decree in force on the receipt
 * date: NĐ 61/2018/NĐ-CP until 30/06/2025, NĐ 118/2025/NĐ-CP after ({@link ONE_STOP_BASES}); the
 * classification itself did not change between the two.
 *
 * @param dossier - A validated {@link Dossier}.
 * @param period - The reporting period (both ends inclusive).
 * @param options - Which due date judges a re-appointed dossier (default: the original one).
 * @returns The buckets and the dates that decided them.
 * @throws RangeError for an unknown option value.
 * @example
 * classifyDossier(
 *   { code: 'X', procedureCode: 'P', unit: 'UBND', channel: 'online', status: 'returned',
 *     receivedAt: '2026-03-02T08:00:00+07:00', dueDate: '2026-03-05', finishedAt: '2026-03-04' },
 *   customPeriod('2026-03-01', '2026-03-31'),
 * )
 * // => { received: 'new_online', state: 'resolved_early', receivedDate: '2026-03-02',
 * //      effectiveDueDate: '2026-03-05', closedDate: '2026-03-04' }
 */
export function classifyDossier(
  dossier: Dossier,
  period: ReportingPeriod,
  options: ClassifyDossierOptions = {},
): DossierClassification {
  const useRe = reappointmentOf(options);
  const receivedDate = day(dossier.receivedAt);
  const closed = closedDateOf(dossier);
  const code = classifyCode(dossier, receivedDate, period.start, period.end, useRe);
  const effectiveDueDate =
    useRe && dossier.reappointments !== undefined && dossier.reappointments.length > 0
      ? dossier.reappointments[0]!
      : dossier.dueDate;
  return {
    received: RECEIVED_NAMES[code >> 4]!,
    state: STATE_NAMES[code & 15]!,
    receivedDate,
    effectiveDueDate,
    ...(closed !== undefined ? { closedDate: closed } : {}),
  };
}

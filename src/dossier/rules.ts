import type { DossierOutcome, DossierStatus } from './codes';

/**
 * The cross-field rules of a dossier (quy tắc kiểm tra chéo hồ sơ TTHC), in the order their issues
 * are reported. Every path that validates a dossier — `DossierSchema`, the importers' fast checks
 * on objects and on bytes — asks {@link firstBrokenDossierRule} or {@link visitBrokenDossierRules},
 * so each rule is written once, here.
 *
 * - `due_before_received`: the appointment date (ngày hẹn trả on the receipt slip, Mẫu 01 of
 *   Thông tư 01/2018/TT-VPCP, now Phụ lục I of Thông tư 03/2025/TT-VPCP) is before receipt;
 * - `finished_before_received`, `returned_before_received`, `outcome_before_received`,
 *   `supplement_before_received`: a later step dated before receipt;
 * - `returned_before_finished`: the result handed over (trả kết quả) before processing ended;
 * - `reappointed_more_than_once`: the return date may be re-set only once (NĐ 61/2018/NĐ-CP
 *   Điều 19; kept under NĐ 118/2025/NĐ-CP, e.g. QĐ 88/2025/QĐ-UBND of Lai Châu);
 * - `reappointment_not_after_due`: a re-appointment not after the original due date;
 * - `supplement_completed_before_requested`: a supplement completed before it was asked for;
 * - `resolved_without_finish_date`: status 9 or 10 (Đã xử lý xong, Đã trả kết quả) without a
 *   finish or return date;
 * - `outcome_without_date`, `outcome_and_finish`: an end without a result (refused, withdrawn,
 *   stopped) needs its date and excludes a finish date.
 */
export const DOSSIER_RULE_CODES = [
  'vn.dossier.due_before_received',
  'vn.dossier.finished_before_received',
  'vn.dossier.returned_before_received',
  'vn.dossier.returned_before_finished',
  'vn.dossier.reappointed_more_than_once',
  'vn.dossier.reappointment_not_after_due',
  'vn.dossier.supplement_before_received',
  'vn.dossier.supplement_completed_before_requested',
  'vn.dossier.resolved_without_finish_date',
  'vn.dossier.outcome_without_date',
  'vn.dossier.outcome_before_received',
  'vn.dossier.outcome_and_finish',
] as const;

/** The stable code of a dossier rule. */
export type DossierRuleCode = (typeof DOSSIER_RULE_CODES)[number];

/**
 * What the dossier rules read, with every date as the **Vietnamese calendar date** in one
 * comparable kind `T`: `YYYY-MM-DD` strings, or `yyyymmdd` integers for readers that decode dates
 * straight from bytes. `undefined` means the date is absent.
 */
export interface DossierRuleFacts<T extends string | number> {
  /** The status (`DossierStatus`). */
  readonly status: string;
  /** Date of receipt. */
  readonly received: T;
  /** Due date (ngày hẹn trả). */
  readonly due: T;
  /** Finish date (ngày kết thúc xử lý). */
  readonly finished: T | undefined;
  /** Return date (ngày trả kết quả). */
  readonly returned: T | undefined;
  /** End without a result, if any. */
  readonly outcome: string | undefined;
  /** Its date. */
  readonly outcomeAt: T | undefined;
  /** Number of re-appointments. */
  readonly reappointments: number;
  /** The first re-appointed date. */
  readonly firstReappointment: T | undefined;
  /** Number of supplement requests. */
  readonly supplements: number;
  /** Date of each supplement request (`supplements` entries). */
  readonly requestedAt: readonly T[];
  /** Date each supplement was completed, if it was. */
  readonly completedAt: readonly (T | undefined)[];
}

/**
 * Walk the rules in order and call `visit` for each broken one (with the supplement's index for
 * the two supplement rules, else -1); stop at the first when `visit` is absent.
 */
function walk<T extends string | number>(
  f: DossierRuleFacts<T>,
  visit: ((code: DossierRuleCode, item: number) => void) | undefined,
): DossierRuleCode | undefined {
  // Written without a closure so that the byte-level reader calls it without allocating.
  const received = f.received;
  if (f.due < received) {
    if (visit === undefined) return 'vn.dossier.due_before_received';
    visit('vn.dossier.due_before_received', -1);
  }
  const finished = f.finished;
  if (finished !== undefined && finished < received) {
    if (visit === undefined) return 'vn.dossier.finished_before_received';
    visit('vn.dossier.finished_before_received', -1);
  }
  const returned = f.returned;
  if (returned !== undefined) {
    if (returned < received) {
      if (visit === undefined) return 'vn.dossier.returned_before_received';
      visit('vn.dossier.returned_before_received', -1);
    } else if (finished !== undefined && returned < finished) {
      if (visit === undefined) return 'vn.dossier.returned_before_finished';
      visit('vn.dossier.returned_before_finished', -1);
    }
  }
  if (f.reappointments > 1) {
    if (visit === undefined) return 'vn.dossier.reappointed_more_than_once';
    visit('vn.dossier.reappointed_more_than_once', -1);
  }
  const re = f.firstReappointment;
  if (re !== undefined && re <= f.due) {
    if (visit === undefined) return 'vn.dossier.reappointment_not_after_due';
    visit('vn.dossier.reappointment_not_after_due', -1);
  }
  for (let i = 0; i < f.supplements; i++) {
    const req = f.requestedAt[i]!;
    if (req < received) {
      if (visit === undefined) return 'vn.dossier.supplement_before_received';
      visit('vn.dossier.supplement_before_received', i);
    }
    const done = f.completedAt[i];
    if (done !== undefined && done < req) {
      if (visit === undefined) return 'vn.dossier.supplement_completed_before_requested';
      visit('vn.dossier.supplement_completed_before_requested', i);
    }
  }
  if (
    (f.status === 'resolved' || f.status === 'returned') &&
    finished === undefined &&
    returned === undefined
  ) {
    if (visit === undefined) return 'vn.dossier.resolved_without_finish_date';
    visit('vn.dossier.resolved_without_finish_date', -1);
  }
  if (f.outcome !== undefined) {
    const at = f.outcomeAt;
    if (at === undefined) {
      if (visit === undefined) return 'vn.dossier.outcome_without_date';
      visit('vn.dossier.outcome_without_date', -1);
    } else if (at < received) {
      if (visit === undefined) return 'vn.dossier.outcome_before_received';
      visit('vn.dossier.outcome_before_received', -1);
    }
    if (finished !== undefined) {
      if (visit === undefined) return 'vn.dossier.outcome_and_finish';
      visit('vn.dossier.outcome_and_finish', -1);
    }
  }
  return undefined;
}

/**
 * The first dossier rule a row breaks (quy tắc đầu tiên bị vi phạm), or `undefined` when it breaks
 * none. Generic over the date kind, so a reader that decodes `yyyymmdd` integers from bytes and the
 * schema on `YYYY-MM-DD` strings apply the same rules. See {@link DOSSIER_RULE_CODES}.
 *
 * @param facts - The row's status and Vietnamese dates.
 * @returns The code of the first broken rule, or `undefined`.
 * @example
 * firstBrokenDossierRule({ status: 'processing', received: 20260302, due: 20260301,
 *   finished: undefined, returned: undefined, outcome: undefined, outcomeAt: undefined,
 *   reappointments: 0, firstReappointment: undefined, supplements: 0, requestedAt: [], completedAt: [] })
 * // => 'vn.dossier.due_before_received'
 */
export function firstBrokenDossierRule<T extends string | number>(
  facts: DossierRuleFacts<T>,
): DossierRuleCode | undefined {
  return walk(facts, undefined);
}

/**
 * Call `visit` for every dossier rule a row breaks, in order (kiểm tra mọi quy tắc): the schema
 * reports them all; `item` is the supplement's index for the two supplement rules, else -1.
 *
 * @param facts - The row's status and Vietnamese dates.
 * @param visit - Called once per broken rule.
 * @example
 * const codes: string[] = [];
 * visitBrokenDossierRules({ status: 'resolved', received: '2026-03-02', due: '2026-03-01',
 *   finished: undefined, returned: undefined, outcome: undefined, outcomeAt: undefined,
 *   reappointments: 0, firstReappointment: undefined, supplements: 0, requestedAt: [], completedAt: [] },
 *   (code) => codes.push(code));
 * codes // => ['vn.dossier.due_before_received', 'vn.dossier.resolved_without_finish_date']
 */
export function visitBrokenDossierRules<T extends string | number>(
  facts: DossierRuleFacts<T>,
  visit: (code: DossierRuleCode, item: number) => void,
): void {
  walk(facts, visit);
}

/**
 * The end without a result that a status means (kết thúc không có kết quả theo trạng thái):
 * status 7 (Công dân yêu cầu rút hồ sơ) is a withdrawal, 8 (Dừng xử lý) a stop; any other status
 * gives none. Basis: NĐ 118/2025/NĐ-CP Điều 21 and Thông tư 03/2025/TT-VPCP Điều 7 (the applicant
 * may ask to stop; the desk issues a "Thông báo dừng giải quyết hồ sơ"); earlier NĐ 61/2018/NĐ-CP.
 * Such a dossier is dated by the end of processing, else the return, else the refusal date
 * ({@link endWithoutResultDate}), as `fromNationalSync` reads the sync.
 *
 * @param status - A status.
 * @returns `withdrawn`, `stopped` or `undefined`.
 * @example
 * outcomeOfStatus('withdrawal_requested') // => 'withdrawn'
 * outcomeOfStatus('returned') // => undefined
 */
export function outcomeOfStatus(status: string): 'withdrawn' | 'stopped' | undefined {
  return status === 'stopped' ? 'stopped' : status === 'withdrawal_requested' ? 'withdrawn' : undefined;
}

/**
 * The date of an end without a result given by status 7 or 8: the end of processing, else the
 * return date, else the refusal (outcome) date (ngày kết thúc không có kết quả).
 *
 * @param finished - Finish date, if any.
 * @param returned - Return date, if any.
 * @param outcomeAt - Refusal or outcome date, if any.
 * @returns The first of them that is given.
 * @example
 * endWithoutResultDate(undefined, '2026-03-04', '2026-03-05') // => '2026-03-04'
 */
export function endWithoutResultDate<T>(
  finished: T | undefined,
  returned: T | undefined,
  outcomeAt: T | undefined,
): T | undefined {
  return finished !== undefined ? finished : returned !== undefined ? returned : outcomeAt;
}

/** A status derived from a row's dates, with the end without a result it implies. */
export interface DerivedDossierStatus {
  /** The status. */
  readonly status: DossierStatus;
  /** The end without a result, when the dates say so. */
  readonly outcome?: DossierOutcome;
}

const RETURNED: DerivedDossierStatus = /* @__PURE__ */ Object.freeze({ status: 'returned' });
const RESOLVED: DerivedDossierStatus = /* @__PURE__ */ Object.freeze({ status: 'resolved' });
const PROCESSING: DerivedDossierStatus = /* @__PURE__ */ Object.freeze({ status: 'processing' });
const WITHDRAWN: DerivedDossierStatus = /* @__PURE__ */ Object.freeze({
  status: 'withdrawal_requested',
  outcome: 'withdrawn',
});
const STOPPED: DerivedDossierStatus = /* @__PURE__ */ Object.freeze({
  status: 'stopped',
  outcome: 'stopped',
});
const REFUSED: DerivedDossierStatus = /* @__PURE__ */ Object.freeze({
  status: 'stopped',
  outcome: 'refused',
});

/**
 * The status of a dossier from its dates, for exports without a status column (suy ra trạng thái
 * từ các ngày): a return date → 10 Đã trả kết quả (`returned`); else a finish date → 9 Đã xử lý
 * xong (`resolved`); else an outcome date → that end without a result (`withdrawn` with status 7,
 * `stopped` with status 8, `refused` with status 8 Dừng xử lý, as a dossier found ineligible stops
 * being processed); else → 4 Đang xử lý (`processing`).
 *
 * Basis: the national status list (TrangThaiHoSo 1–10; 9 is "result ready", dated by
 * NgayKetThucXuLy, 10 "result handed over", dated by NgayTra); the real-time index of
 * QĐ 766/QĐ-TTg treats Từ chối, Dừng xử lý, Đã xử lý xong, Đã trả kết quả and rút hồ sơ as the end
 * of processing and judges timeliness on the finish date against NgayHenTra. A dossier that has a
 * receipt and an appointment date was accepted (Mẫu 01); without an end date it is in progress.
 * Every figure of the tally reads only these dates, so a derived status changes no count against a
 * status column consistent with the dates.
 *
 * @param hasFinished - The row has a finish date.
 * @param hasReturned - The row has a return date.
 * @param hasOutcomeDate - The row has an outcome date.
 * @param outcome - The end without a result an outcome date records.
 * @returns The status and, for an outcome, the outcome (a shared frozen object).
 * @example
 * deriveDossierStatus(true, false, false, 'stopped') // => { status: 'resolved' }
 * deriveDossierStatus(false, false, true, 'withdrawn') // => { status: 'withdrawal_requested', outcome: 'withdrawn' }
 */
export function deriveDossierStatus(
  hasFinished: boolean,
  hasReturned: boolean,
  hasOutcomeDate: boolean,
  outcome: DossierOutcome,
): DerivedDossierStatus {
  if (hasReturned) return RETURNED;
  if (hasFinished) return RESOLVED;
  if (hasOutcomeDate) return outcome === 'withdrawn' ? WITHDRAWN : outcome === 'refused' ? REFUSED : STOPPED;
  return PROCESSING;
}

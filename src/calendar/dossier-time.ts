import { show, typeError } from '../_lib/errors';
import { type LocalDate, toEpochDay, toVietnamDate } from '../core/localDate';
import { type Ratio, ratio } from '../core/ratio';
import type { TallyDescriptor, TallyLabel } from '../core/tally';
import { type ComputeDueDateOptions, computeDueDate, type TimeLimit } from './deadlines';
import type { WorkingCalendar } from './working-calendar';

/**
 * A request for supplementary documents (yêu cầu bổ sung hồ sơ) and, once the applicant has
 * complied, its completion (hoàn thành bổ sung). Dates are `YYYY-MM-DD` or ISO timestamps.
 */
export interface DossierSupplementTimes {
  /** When the supplement was requested. */
  readonly requestedAt: string;
  /** When the applicant completed it; absent while still waiting. */
  readonly completedAt?: string | null | undefined;
}

/**
 * The time fields of a dossier (hồ sơ TTHC) that the working-day functions read, with the names the
 * dossier schema uses. Any object with these fields will do.
 */
export interface DossierTimeInput {
  /** Ngày tiếp nhận: date or timestamp of receipt. */
  readonly receivedAt: string;
  /** Ngày hẹn trả: the appointment (due) date, if recorded. */
  readonly dueDate?: string | null | undefined;
  /** Ngày kết thúc xử lý / trả kết quả: when the dossier was resolved, if it is. */
  readonly finishedAt?: string | null | undefined;
  /** Supplement requests, in any order. */
  readonly supplements?: readonly DossierSupplementTimes[] | null | undefined;
  /** Mã thủ tục: procedure code, used to group averages and to look up time limits. */
  readonly procedureCode?: string | null | undefined;
}

/**
 * A time limit, or a function giving the time limit of a procedure code (`undefined` when unknown).
 */
export type TimeLimitSource = TimeLimit | ((procedureCode: string | undefined) => TimeLimit | undefined);

function checkDossier(dossier: DossierTimeInput): void {
  if (typeof dossier !== 'object' || dossier === null)
    typeError(`dossier must be an object with receivedAt, got ${show(dossier)}.`);
  if (typeof dossier.receivedAt !== 'string')
    typeError(`dossier.receivedAt must be a date or ISO timestamp string, got ${show(dossier.receivedAt)}.`);
}

function resolveLimit(
  source: TimeLimitSource | undefined,
  code: string | null | undefined,
): TimeLimit | undefined {
  if (source === undefined) return undefined;
  if (typeof source === 'function') return source(code ?? undefined);
  return source;
}

/**
 * The due date of a dossier (ngày hẹn trả): its recorded `dueDate` (as a Vietnam date), or, when
 * missing, one derived from the procedure's time limit with {@link computeDueDate}. Quyết định
 * 766/QĐ-TTg falls back on the legal time limit in the same way.
 *
 * @param calendar - The working calendar.
 * @param dossier - A {@link DossierTimeInput}.
 * @param limit - A {@link TimeLimit}, or a function from procedure code to limit; optional.
 * @param options - Receipt rules passed to {@link computeDueDate}.
 * @returns The due date, or `null` when neither a due date nor a limit is known.
 * @throws RangeError/TypeError on an impossible date or limit (programmer errors, see computeDueDate).
 * @example
 * const cal = createWorkingCalendar();
 * deriveDossierDueDate(cal, { receivedAt: '2026-02-10T09:00:00+07:00' }, { amount: 5, unit: 'working-days' })
 * // => '2026-02-24'
 */
export function deriveDossierDueDate(
  calendar: WorkingCalendar,
  dossier: DossierTimeInput,
  limit?: TimeLimitSource,
  options?: ComputeDueDateOptions,
): LocalDate | null {
  checkDossier(dossier);
  if (dossier.dueDate !== undefined && dossier.dueDate !== null) return toVietnamDate(dossier.dueDate);
  const l = resolveLimit(limit, dossier.procedureCode);
  if (l === undefined) return null;
  return computeDueDate(calendar, dossier.receivedAt, l, options);
}

/**
 * Options of {@link dossierLateness} and {@link dossierProcessingTime}.
 */
export interface DossierTimeOptions {
  /** As-of date (ngày chốt số liệu) for unfinished dossiers; without it they give `null`. */
  readonly asOf?: string;
  /** Time limit used when a dossier has no due date. */
  readonly limit?: TimeLimitSource;
  /** Receipt rules for derived due dates, see {@link ComputeDueDateOptions}. */
  readonly dueDateOptions?: ComputeDueDateOptions;
}

/**
 * How late or early a dossier is (số ngày làm việc trễ hạn / trước hạn).
 */
export interface DossierLateness {
  /** The due date used (recorded or derived). */
  readonly dueDate: LocalDate;
  /** The end date: resolution date, or the as-of date for an unfinished dossier. */
  readonly endDate: LocalDate;
  /** Whether the dossier is resolved. */
  readonly finished: boolean;
  /** `'early'` (trước hạn), `'on-time'` (đúng hạn, on the due date) or `'late'` (trễ hạn). */
  readonly status: 'early' | 'on-time' | 'late';
  /**
   * Working days late: the working days in `(dueDate, endDate]`, or minus those in
   * `(endDate, dueDate]` when early. A dossier finished on a day off just after its due date is
   * `'late'` with 0 working days.
   */
  readonly workingDaysLate: number;
  /** Calendar days late (negative when early). */
  readonly calendarDaysLate: number;
}

/**
 * Working days late (or early) of one dossier (trễ hạn bao nhiêu ngày làm việc): compares the
 * resolution date (or the as-of date) with the due date, as the on-time rate does (đúng hạn ⇔
 * ngày kết thúc ≤ ngày hẹn trả; Quyết định 766/QĐ-TTg; the one-stop decree in force on the
 * receipt date: NĐ 61/2018/NĐ-CP until 30/06/2025, NĐ 118/2025/NĐ-CP from 01/07/2025).
 *
 * @param calendar - The working calendar.
 * @param dossier - A {@link DossierTimeInput}.
 * @param options - `asOf`, `limit`, `dueDateOptions`; see {@link DossierTimeOptions}.
 * @returns The {@link DossierLateness}, or `null` when there is no due date (and no limit) or the
 *   dossier is unfinished and no `asOf` is given.
 * @throws RangeError on an impossible date or a date outside the calendar's range.
 * @example
 * const cal = createWorkingCalendar();
 * dossierLateness(cal, { receivedAt: '2026-02-02', dueDate: '2026-02-13', finishedAt: '2026-02-24' })
 * // => { dueDate: '2026-02-13', endDate: '2026-02-24', finished: true, status: 'late', workingDaysLate: 2, calendarDaysLate: 11 }
 */
export function dossierLateness(
  calendar: WorkingCalendar,
  dossier: DossierTimeInput,
  options: DossierTimeOptions = {},
): DossierLateness | null {
  const due = deriveDossierDueDate(calendar, dossier, options.limit, options.dueDateOptions);
  if (due === null) return null;
  const finished = dossier.finishedAt !== undefined && dossier.finishedAt !== null;
  const endSource = finished ? dossier.finishedAt : options.asOf;
  if (endSource === undefined || endSource === null) return null;
  const end = toVietnamDate(endSource);
  const workingDaysLate = calendar.differenceInWorkingDays(end, due);
  const calendarDaysLate = toEpochDay(end) - toEpochDay(due);
  return {
    dueDate: due,
    endDate: end,
    finished,
    status: end > due ? 'late' : end === due ? 'on-time' : 'early',
    workingDaysLate,
    calendarDaysLate,
  };
}

/**
 * Processing time of a dossier by the real-time method of Quyết định 766/QĐ-TTg (thời gian xử lý
 * thực tế, trừ thời gian chờ bổ sung).
 */
export interface DossierProcessingTime {
  /** Receipt date (Vietnam). */
  readonly startDate: LocalDate;
  /** End date: resolution, the request date of a pending supplement, or the as-of date. */
  readonly endDate: LocalDate;
  /** `'finished'`, `'waiting-supplement'` (chờ bổ sung) or `'in-progress'` (as of `asOf`). */
  readonly state: 'finished' | 'waiting-supplement' | 'in-progress';
  /** Working days in `(startDate, endDate]`. */
  readonly elapsedWorkingDays: number;
  /** Working days spent waiting for supplements (within the elapsed period; overlaps counted once). */
  readonly supplementWorkingDays: number;
  /** `elapsedWorkingDays − supplementWorkingDays`. */
  readonly processingWorkingDays: number;
  /** Number of supplement requests. */
  readonly supplementRequests: number;
  /**
   * Whether the dossier is on time under 766: `false` with more than one supplement request;
   * otherwise, with a due date, whether the end date, less the supplement waiting, is not after it;
   * with only a time limit in working days, whether `processingWorkingDays ≤ limit`; else `null`.
   */
  readonly onTime766: boolean | null;
}

/**
 * The processing time of one dossier in working days with the supplement waiting time subtracted
 * (Quyết định 766/QĐ-TTg, chỉ số thời gian xử lý; domain notes §1.6): the waiting time runs from
 * each "yêu cầu bổ sung" to its "hoàn thành bổ sung"; a dossier asked for supplements more than
 * once counts as late; while a supplement is pending, its request date is the end time.
 *
 * @param calendar - The working calendar.
 * @param dossier - A {@link DossierTimeInput}.
 * @param options - `asOf` for unfinished dossiers, `limit` and `dueDateOptions` for `onTime766`.
 * @returns The {@link DossierProcessingTime}, or `null` for an unfinished dossier without `asOf`
 *   (and no pending supplement), and for inconsistent data that the dossier schema rejects (a
 *   supplement completed before it was requested, an end date before receipt).
 * @throws RangeError on a string that is not a date or timestamp, or a date outside the calendar's
 *   range (programmer errors: parse dossiers with the dossier schema first).
 * @example
 * const cal = createWorkingCalendar();
 * dossierProcessingTime(cal, {
 *   receivedAt: '2026-03-02', finishedAt: '2026-03-13',
 *   supplements: [{ requestedAt: '2026-03-04', completedAt: '2026-03-09' }],
 * })?.processingWorkingDays
 * // => 6 (9 elapsed − 3 waiting)
 */
export function dossierProcessingTime(
  calendar: WorkingCalendar,
  dossier: DossierTimeInput,
  options: DossierTimeOptions = {},
): DossierProcessingTime | null {
  checkDossier(dossier);
  const start = toVietnamDate(dossier.receivedAt);
  const supplements = dossier.supplements ?? [];
  if (!Array.isArray(supplements))
    typeError(`dossier.supplements must be an array, got ${show(supplements)}.`);
  const intervals: [LocalDate, LocalDate | null][] = [];
  for (const s of supplements) {
    const req = toVietnamDate(s.requestedAt);
    const done = s.completedAt === undefined || s.completedAt === null ? null : toVietnamDate(s.completedAt);
    // Inconsistent data (the dossier schema rejects it): no figure rather than a wrong one.
    if (done !== null && done < req) return null;
    intervals.push([req, done]);
  }
  intervals.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const pending = intervals.find((iv) => iv[1] === null);
  let end: LocalDate;
  let state: DossierProcessingTime['state'];
  if (pending !== undefined) {
    end = pending[0];
    state = 'waiting-supplement';
  } else if (dossier.finishedAt !== undefined && dossier.finishedAt !== null) {
    end = toVietnamDate(dossier.finishedAt);
    state = 'finished';
  } else if (options.asOf !== undefined) {
    end = toVietnamDate(options.asOf);
    state = 'in-progress';
  } else return null;
  if (end < start) return null;
  const elapsed = calendar.differenceInWorkingDays(end, start);
  // Merge the waiting intervals, clamp them to [start, end], and count working days in (req, done].
  let waiting = 0;
  let curFrom: LocalDate | null = null;
  let curTo: LocalDate | null = null;
  const flush = (): void => {
    if (curFrom !== null && curTo !== null && curTo > curFrom)
      waiting += calendar.differenceInWorkingDays(curTo, curFrom);
  };
  for (const [req, done] of intervals) {
    if (done === null) break; // the pending one ends the dossier's clock
    // LocalDate strings compare as dates; Math.max/min do not apply to them.
    const from = [req, start].sort()[1] as LocalDate;
    const to = [done, end].sort()[0] as LocalDate;
    if (to <= from) continue;
    if (curTo !== null && from <= curTo) {
      if (to > curTo) curTo = to;
    } else {
      flush();
      curFrom = from;
      curTo = to;
    }
  }
  flush();
  const processing = Math.max(0, elapsed - waiting);
  let onTime766: boolean | null = null;
  const withinDue = (due: LocalDate): boolean =>
    end <= due || (waiting > 0 && calendar.differenceInWorkingDays(end, due) <= waiting);
  if (intervals.length > 1) onTime766 = false;
  else if (dossier.dueDate !== undefined && dossier.dueDate !== null)
    onTime766 = withinDue(toVietnamDate(dossier.dueDate));
  else {
    const l = resolveLimit(options.limit, dossier.procedureCode);
    if (l !== undefined) {
      onTime766 =
        l.unit === 'working-days'
          ? processing <= l.amount
          : withinDue(computeDueDate(calendar, dossier.receivedAt, l, options.dueDateOptions));
    }
  }
  return {
    startDate: start,
    endDate: end,
    state,
    elapsedWorkingDays: elapsed,
    supplementWorkingDays: waiting,
    processingWorkingDays: processing,
    supplementRequests: intervals.length,
    onTime766,
  };
}

/**
 * A mergeable tally of processing times (tổng hợp thời gian xử lý): integer sum and count, so
 * groups combine exactly (merge is associative and commutative).
 */
export interface ProcessingTimeTally {
  /** Number of dossiers counted. */
  readonly count: number;
  /** Sum of their processing times, in working days. */
  readonly totalWorkingDays: number;
}

/**
 * Merge two {@link ProcessingTimeTally} values (cộng dồn), e.g. across communes or months.
 *
 * @param a - A tally.
 * @param b - Another tally.
 * @returns Their sum.
 * @throws Never.
 * @example
 * mergeProcessingTimeTallies({ count: 2, totalWorkingDays: 9 }, { count: 1, totalWorkingDays: 4 })
 * // => { count: 3, totalWorkingDays: 13 }
 */
export function mergeProcessingTimeTallies(
  a: ProcessingTimeTally,
  b: ProcessingTimeTally,
): ProcessingTimeTally {
  return { count: a.count + b.count, totalWorkingDays: a.totalWorkingDays + b.totalWorkingDays };
}

/**
 * An empty {@link ProcessingTimeTally}, a new object each call: the identity of
 * {@link mergeProcessingTimeTallies}.
 *
 * @returns `{ count: 0, totalWorkingDays: 0 }`.
 * @throws Never.
 * @example
 * emptyProcessingTimeTally() // => { count: 0, totalWorkingDays: 0 }
 */
export function emptyProcessingTimeTally(): ProcessingTimeTally {
  return { count: 0, totalWorkingDays: 0 };
}

/** What {@link PROCESSING_TIME_TALLY} needs: the calendar and the options of the averages. */
export interface ProcessingTimeTallyContext {
  /** The working calendar. */
  readonly calendar: WorkingCalendar;
  /** As-of date and whether unfinished dossiers count. */
  readonly options?: AverageProcessingTimeOptions;
}

/** Add one dossier's processing time: the one rule the averages and the descriptor use. */
function addProcessingTime(
  t: ProcessingTimeTally,
  d: DossierTimeInput,
  c: ProcessingTimeTallyContext,
): ProcessingTimeTally {
  const include = c.options?.includeUnfinished === true;
  const finished = d.finishedAt !== undefined && d.finishedAt !== null;
  if (!finished && !include) return t;
  const asOf = c.options?.asOf;
  const p = dossierProcessingTime(c.calendar, d, asOf === undefined ? {} : { asOf });
  if (p === null) return t;
  return { count: t.count + 1, totalWorkingDays: t.totalWorkingDays + p.processingWorkingDays };
}

/**
 * The labels of a {@link ProcessingTimeTally}'s fields in Vietnamese and English.
 *
 * @example
 * PROCESSING_TIME_TALLY_LABELS.totalWorkingDays.vi // => 'Tổng số ngày làm việc xử lý'
 */
export const PROCESSING_TIME_TALLY_LABELS: Readonly<Record<keyof ProcessingTimeTally, TallyLabel>> =
  /* @__PURE__ */ Object.freeze({
    count: { vi: 'Số hồ sơ', en: 'Dossiers' },
    totalWorkingDays: { vi: 'Tổng số ngày làm việc xử lý', en: 'Total working days' },
  });

/**
 * The dimensions processing times can be grouped by: the procedure (`''` without a code).
 *
 * @example
 * PROCESSING_TIME_GROUP_DIMENSIONS // => ['procedure']
 */
export const PROCESSING_TIME_GROUP_DIMENSIONS = ['procedure'] as const;

/**
 * The processing-time tally's descriptor (mô tả bảng tổng hợp thời gian xử lý): count and total
 * working days, grouped by procedure, for the generic `tallyWith`, `tallyBy` and
 * `TallyAccumulator` of `commune-kpi/core`. A dossier without a processing time (unfinished and
 * not included, or without one) adds nothing. {@link averageProcessingTimeByProcedure} is built
 * on the same add.
 *
 * @example
 * PROCESSING_TIME_TALLY.fields // => ['count', 'totalWorkingDays']
 */
export const PROCESSING_TIME_TALLY: TallyDescriptor<
  ProcessingTimeTally,
  DossierTimeInput,
  ProcessingTimeTallyContext,
  'procedure'
> = /* @__PURE__ */ Object.freeze({
  domain: 'processing-time',
  fields: ['count', 'totalWorkingDays'],
  labels: PROCESSING_TIME_TALLY_LABELS,
  dimensions: PROCESSING_TIME_GROUP_DIMENSIONS,
  dimensionLabels: { procedure: { vi: 'Thủ tục', en: 'Procedure' } },
  empty: emptyProcessingTimeTally,
  add: addProcessingTime,
  merge: mergeProcessingTimeTallies,
  keyOf: (d: DossierTimeInput): string => d.procedureCode ?? '',
});

/**
 * The average processing time of one procedure (thời gian xử lý bình quân của một thủ tục).
 */
export interface ProcedureProcessingTime extends ProcessingTimeTally {
  /** Procedure code (mã thủ tục), or `null` for dossiers without one. */
  readonly procedureCode: string | null;
  /** `totalWorkingDays / count` as a {@link Ratio} (value `null` when count is 0). */
  readonly average: Ratio;
}

/**
 * Options of {@link averageProcessingTimeByProcedure}.
 */
export interface AverageProcessingTimeOptions {
  /** As-of date; needed only with `includeUnfinished`. */
  readonly asOf?: string;
  /** Also count unfinished dossiers up to `asOf` (or their pending supplement); default `false`. */
  readonly includeUnfinished?: boolean;
}

/**
 * The average processing time per procedure, in working days with supplement waiting subtracted
 * (thời gian giải quyết trung bình theo thủ tục; Quyết định 766/QĐ-TTg). Each average is the exact
 * sum over count of the group's dossiers, never an average of averages.
 *
 * @param calendar - The working calendar.
 * @param dossiers - The dossiers.
 * @param options - See {@link AverageProcessingTimeOptions}.
 * @returns One entry per procedure code, sorted by code (dossiers without a code last, as `null`).
 * @throws RangeError on an impossible date or a date outside the calendar's range.
 * @example
 * const cal = createWorkingCalendar();
 * averageProcessingTimeByProcedure(cal, [
 *   { procedureCode: '1.001', receivedAt: '2026-03-02', finishedAt: '2026-03-05' },
 *   { procedureCode: '1.001', receivedAt: '2026-03-02', finishedAt: '2026-03-04' },
 * ])[0]
 * // => { procedureCode: '1.001', count: 2, totalWorkingDays: 5, average: { numerator: 5, denominator: 2, value: 2.5 } }
 */
export function averageProcessingTimeByProcedure(
  calendar: WorkingCalendar,
  dossiers: readonly DossierTimeInput[],
  options: AverageProcessingTimeOptions = {},
): ProcedureProcessingTime[] {
  if (!Array.isArray(dossiers)) typeError(`dossiers must be an array, got ${show(dossiers)}.`);
  const context: ProcessingTimeTallyContext = { calendar, options };
  const groups = new Map<string | null, ProcessingTimeTally>();
  for (const d of dossiers) {
    const key = d.procedureCode ?? null;
    const prev = groups.get(key) ?? emptyProcessingTimeTally();
    const next = addProcessingTime(prev, d, context);
    if (next !== prev) groups.set(key, next);
  }
  const keys = [...groups.keys()].sort((a, b) =>
    a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0,
  );
  return keys.map((k) => {
    const g = groups.get(k) as ProcessingTimeTally;
    return {
      procedureCode: k,
      count: g.count,
      totalWorkingDays: g.totalWorkingDays,
      average: ratio(g.totalWorkingDays, g.count),
    };
  });
}

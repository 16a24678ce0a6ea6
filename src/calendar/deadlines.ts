import { rangeError, show, typeError } from '../_lib/errors';
import { fromEpochDay, type LocalDate, toVietnamMinutes } from '../core/localDate';
import { calendarTables, parseCalendarDay, type WorkingCalendar } from './working-calendar';

/**
 * Unit of a time limit (đơn vị thời hạn): working days (ngày làm việc, the usual unit of TTHC time
 * limits), calendar days (ngày), or hours (giờ).
 */
export type TimeLimitUnit = 'working-days' | 'calendar-days' | 'hours';

/**
 * A time limit for resolving a procedure (thời hạn giải quyết), e.g. `{ amount: 15, unit:
 * 'working-days' }`. Days must be whole; hours may be fractional to the minute.
 */
export interface TimeLimit {
  /** How many units, ≥ 0. */
  readonly amount: number;
  /** The unit. */
  readonly unit: TimeLimitUnit;
}

/**
 * Options of {@link computeDueDate}: the receipt rules the notes mark **UNVERIFIED**.
 */
export interface ComputeDueDateOptions {
  /**
   * Receipt cut-off, `'HH:mm'` Vietnam time, or `null`. A timestamp at or after it counts as received
   * on the next working day. Default `null` (no cut-off): the period starts the day after receipt
   * whatever the hour (BLDS 2015 Art. 147). Set `'15:00'` to apply the hand-off rule to the clock:
   * a dossier received after 15:00 is forwarded at the start of the next working day (NĐ
   * 61/2018/NĐ-CP Art. 18 for dossiers received until 30/06/2025; under NĐ 118/2025/NĐ-CP from
   * 01/07/2025 provincial procedures still apply it, e.g. QĐ 2031/QĐ-UBND (2025): "chuyển vào đầu
   * giờ ngày làm việc tiếp theo đối với trường hợp tiếp nhận sau 15 giờ"), or `'17:00'` for an
   * office-hours reading. **UNVERIFIED** which a given province uses.
   */
  readonly receiptCutoff?: string | null;
  /**
   * A dossier received on a day off (an online dossier filed at the weekend or on a holiday):
   * `'as-received'` (default: the period starts the next day, BLDS 2015 Art. 147) or
   * `'next-working-day'` (treated as received on the next working day, as many one-stop systems do;
   * **UNVERIFIED** in a legal text).
   */
  readonly dayOffReceipt?: 'as-received' | 'next-working-day';
}

interface ParsedOptions {
  cutoff: number;
  nextWorkingDay: boolean;
}

const DEFAULT_PARSED: ParsedOptions = Object.freeze({ cutoff: -1, nextWorkingDay: false });

/** Minutes of a `HH:mm` time 00:00–23:59, or -1 (by char codes: read on every call, no cache). */
function minutesOf(c: string): number {
  if (c.length !== 5 || c.charCodeAt(2) !== 58) return -1;
  const d = (i: number) => {
    const x = c.charCodeAt(i) - 48;
    return x >= 0 && x <= 9 ? x : -1000;
  };
  const h = d(0) * 10 + d(1);
  const m = d(3) * 10 + d(4);
  return h >= 0 && h <= 23 && m >= 0 && m <= 59 ? h * 60 + m : -1;
}

function parseOptions(options: ComputeDueDateOptions | undefined): ParsedOptions {
  if (options === undefined) return DEFAULT_PARSED;
  if (typeof options !== 'object' || options === null)
    typeError(`options must be an object, got ${show(options)}.`);
  let cutoff = -1;
  const c = options.receiptCutoff;
  if (c !== undefined && c !== null) {
    cutoff = typeof c === 'string' ? minutesOf(c) : -1;
    if (cutoff < 0)
      rangeError(`receiptCutoff must be a time 'HH:mm' from '00:00' to '23:59' or null, got ${show(c)}.`);
  }
  const r = options.dayOffReceipt ?? 'as-received';
  if (r !== 'as-received' && r !== 'next-working-day') {
    rangeError(`dayOffReceipt must be 'as-received' or 'next-working-day', got ${show(r)}.`);
  }
  return { cutoff, nextWorkingDay: r === 'next-working-day' };
}

function checkLimit(limit: TimeLimit): void {
  if (typeof limit !== 'object' || limit === null)
    typeError(`limit must be an object { amount, unit }, got ${show(limit)}.`);
  const { amount, unit } = limit;
  if (unit === 'hours') {
    if (
      typeof amount !== 'number' ||
      !Number.isFinite(amount) ||
      amount < 0 ||
      !Number.isInteger(Math.round(amount * 60 * 1e6) / 1e6)
    ) {
      rangeError(`a time limit in hours must be a finite number ≥ 0 in whole minutes, got ${show(amount)}.`);
    }
  } else if (unit === 'working-days' || unit === 'calendar-days') {
    if (!Number.isInteger(amount) || amount < 0 || amount > 3650) {
      rangeError(`a time limit in ${unit} must be an integer from 0 to 3650, got ${show(amount)}.`);
    }
  } else {
    rangeError(`limit unit must be 'working-days', 'calendar-days' or 'hours', got ${show(unit)}.`);
  }
}

type Tables = ReturnType<typeof calendarTables>;

function outOfRange(calendar: WorkingCalendar, what: string, day: number): never {
  const t = calendarTables(calendar);
  return rangeError(
    `${what} ${fromEpochDay(day)} is outside the calendar's range ${fromEpochDay(t.start)} to ${fromEpochDay(t.start + t.length - 1)}.`,
  );
}

/** Index of the first working day strictly after index `idx`. */
function nextWorking(calendar: WorkingCalendar, t: Tables, idx: number): number {
  const k = (t.cum[idx] as number) + 1;
  if (k >= t.nth.length) outOfRange(calendar, 'the next working day after', t.start + idx);
  return t.nth[k] as number;
}

/**
 * Compute the due date (ngày hẹn trả kết quả) of a dossier received at `receivedAt` with the time
 * limit `limit`, following BLDS 2015 Art. 147–148 (domain notes §1.6):
 *
 * - a period in days starts the day **after** receipt;
 * - in working days, the due date is the `amount`-th working day after receipt;
 * - in calendar days, it is receipt + `amount` days, moved to the next working day if that is a day off;
 * - in hours, it is the Vietnam date of receipt + `amount` hours (a bare date counts from its end,
 *   24:00), moved to the next working day if that is a day off.
 *
 * A limit of 0 gives the receipt day (or the next working day if received on a day off).
 * O(1) on the calendar's tables (a few million calls a second; see `bench/calendar.bench.ts`).
 *
 * @param calendar - A {@link WorkingCalendar} covering the dates involved.
 * @param receivedAt - Date `YYYY-MM-DD` or ISO timestamp of receipt (converted to Vietnam time).
 * @param limit - The {@link TimeLimit}.
 * @param options - Receipt rules, see {@link ComputeDueDateOptions}.
 * @returns The due date, always a working day.
 * @throws TypeError if `calendar` is not a WorkingCalendar or `limit` not an object.
 * @throws RangeError on an impossible date, a negative or fractional day count, an unknown unit, or
 *   dates outside the calendar's range.
 * @example
 * const cal = createWorkingCalendar();
 * computeDueDate(cal, '2026-02-10', { amount: 5, unit: 'working-days' }) // => '2026-02-24'
 * computeDueDate(cal, '2026-04-24', { amount: 3, unit: 'calendar-days' }) // => '2026-04-28'
 * computeDueDate(cal, '2026-03-02T16:00:00+07:00', { amount: 1, unit: 'working-days' }, { receiptCutoff: '15:00' })
 * // => '2026-03-04'
 */
export function computeDueDate(
  calendar: WorkingCalendar,
  receivedAt: string,
  limit: TimeLimit,
  options?: ComputeDueDateOptions,
): LocalDate {
  const t = calendarTables(calendar);
  checkLimit(limit);
  const opts = parseOptions(options);
  let day: number;
  let minuteOfDay = -1;
  if (typeof receivedAt === 'string' && receivedAt.length === 10) {
    day = parseCalendarDay(receivedAt, 'receivedAt');
  } else {
    if (typeof receivedAt !== 'string')
      typeError(`receivedAt must be a date or ISO timestamp string, got ${show(receivedAt)}.`);
    const minutes = toVietnamMinutes(receivedAt);
    day = Math.floor(minutes / 1440);
    minuteOfDay = minutes - day * 1440;
  }
  let i = day - t.start;
  if (i < 0 || i >= t.length) outOfRange(calendar, 'receivedAt', day);
  let shifted = false;
  if (opts.cutoff >= 0 && minuteOfDay >= opts.cutoff) {
    i = nextWorking(calendar, t, i);
    shifted = true;
  } else if (opts.nextWorkingDay && t.working[i] === 0) {
    i = nextWorking(calendar, t, i);
    shifted = true;
  }
  const { amount, unit } = limit;
  let due: number;
  if (unit === 'working-days') {
    if (amount === 0) due = t.working[i] === 1 ? i : nextWorking(calendar, t, i);
    else {
      const k = (t.cum[i] as number) + amount;
      if (k >= t.nth.length) outOfRange(calendar, 'the due date after', t.start + i);
      due = t.nth[k] as number;
    }
  } else {
    let target: number;
    if (unit === 'calendar-days') target = i + amount;
    else if (amount === 0) target = i;
    else {
      // Minutes from the start of the table; a bare date or a shifted receipt counts from 24:00 / the day's start.
      const startMinute = shifted ? i * 1440 : minuteOfDay < 0 ? (i + 1) * 1440 : i * 1440 + minuteOfDay;
      target = Math.floor((startMinute + Math.round(amount * 60)) / 1440);
      // An instant exactly at 24:00 ends the previous day.
      if ((startMinute + Math.round(amount * 60)) % 1440 === 0) target -= 1;
    }
    if (target >= t.length) outOfRange(calendar, 'the due date', t.start + target);
    due = t.working[target] === 1 ? target : nextWorking(calendar, t, target);
  }
  return t.dates[due] as LocalDate;
}

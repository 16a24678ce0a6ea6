import { civilOfDay, daysFromCivil, daysInMonth as daysInMonthOf, readLocalDay } from '../_lib/date';
import { rangeError, show } from '../_lib/errors';

/**
 * A calendar date in Vietnam, written `YYYY-MM-DD` (ngày theo lịch dương, giờ Việt Nam).
 *
 * It is a plain string so records stay JSON and ISO dates compare correctly with `<` and `>`.
 * Build one with {@link toVietnamDate} from a timestamp, never through the host's time zone.
 */
export type LocalDate = string;

/** Offset of Vietnam time from UTC, in minutes (UTC+7, no daylight saving since 1975). */
export const VIETNAM_UTC_OFFSET_MINUTES = 420;

const INSTANT_RE =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * Days in month `month` (1–12) of `year` in the proleptic Gregorian calendar.
 *
 * @example
 * daysInMonth(2024, 2) // => 29
 * daysInMonth(2026, 2) // => 28
 */
export function daysInMonth(year: number, month: number): number {
  return daysInMonthOf(year, month);
}

/**
 * Whether `value` is a real calendar date written `YYYY-MM-DD` (so `2026-02-31` is not).
 *
 * @param value - Anything.
 * @returns `true` for a string naming a day that exists.
 * @example
 * isLocalDate('2024-02-29') // => true
 * isLocalDate('2026-02-31') // => false
 */
export function isLocalDate(value: unknown): value is LocalDate {
  return !Number.isNaN(readLocalDay(value));
}

function assertLocalDate(value: LocalDate, name = 'date'): void {
  if (!isLocalDate(value)) rangeError(`${name} must be a real date written YYYY-MM-DD, got ${show(value)}.`);
}

/**
 * The day number of a date: days since 1970-01-01 (negative before it).
 *
 * @param date - A {@link LocalDate}.
 * @returns An integer day number.
 * @throws RangeError if `date` is not a real `YYYY-MM-DD` date.
 * @example
 * toEpochDay('1970-01-02') // => 1
 */
export function toEpochDay(date: LocalDate): number {
  const day = readLocalDay(date);
  if (Number.isNaN(day)) rangeError(`date must be a real date written YYYY-MM-DD, got ${show(date)}.`);
  return day;
}

/**
 * The date of a day number (inverse of {@link toEpochDay}).
 *
 * @param day - Days since 1970-01-01, an integer.
 * @returns The {@link LocalDate}.
 * @throws RangeError if `day` is not an integer or falls outside years 0001–9999.
 * @example
 * fromEpochDay(19723) // => '2024-01-01'
 */
export function fromEpochDay(day: number): LocalDate {
  if (!Number.isInteger(day) || day < -719162 || day > 2932896) {
    rangeError(`day number must be an integer for a date in years 0001–9999, got ${show(day)}.`);
  }
  const n = civilOfDay(day);
  const y = Math.floor(n / 10000);
  const m = Math.floor(n / 100) % 100;
  const d = n % 100;
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/**
 * Add calendar days to a date.
 *
 * @param date - The start date.
 * @param days - An integer, negative to go back.
 * @returns The date `days` days later.
 * @throws RangeError on an invalid date or a non-integer `days`.
 * @example
 * addDays('2024-02-28', 2) // => '2024-03-01'
 */
export function addDays(date: LocalDate, days: number): LocalDate {
  if (!Number.isInteger(days)) rangeError(`days must be an integer, got ${show(days)}.`);
  return fromEpochDay(toEpochDay(date) + days);
}

/**
 * Calendar days from `earlier` to `later` (`later − earlier`).
 *
 * @example
 * differenceInDays('2026-03-01', '2026-02-27') // => 2
 */
export function differenceInDays(later: LocalDate, earlier: LocalDate): number {
  return toEpochDay(later) - toEpochDay(earlier);
}

/**
 * Day of the week: 0 = Sunday (Chủ nhật), 1 = Monday (thứ Hai), …, 6 = Saturday (thứ Bảy).
 *
 * @example
 * dayOfWeek('2026-01-01') // => 4 (a Thursday)
 */
export function dayOfWeek(date: LocalDate): number {
  return (((toEpochDay(date) + 4) % 7) + 7) % 7;
}

/**
 * Whether `value` is an ISO 8601 timestamp this package accepts: a date, `T` or a space, a time
 * to the minute, second or fraction of a second, and an optional offset (`Z`, `+07:00`, `+0700`).
 *
 * @example
 * isInstant('2026-03-02T08:15:00+07:00') // => true
 */
export function isInstant(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = INSTANT_RE.exec(value);
  if (!m) return false;
  if (!isLocalDate(`${m[1]}-${m[2]}-${m[3]}`)) return false;
  if (Number(m[4]) > 23 || Number(m[5]) > 59 || (m[6] !== undefined && Number(m[6]) > 59)) return false;
  const off = m[8];
  if (off && off !== 'Z' && off !== 'z') {
    const oh = Number(off.slice(1, 3));
    const om = off.length > 3 ? Number(off.slice(-2)) : 0;
    if (oh > 23 || om > 59) return false;
  }
  // Its date in Vietnam must itself be a date of years 0001–9999 (an instant late on 9999-12-31
  // in UTC is already in year 10000 in Vietnam).
  const y = Number(m[1]);
  if (y === 1 || y === 9999) {
    const vnDay = Math.floor(minutesOf(m) / 1440);
    if (vnDay < MIN_EPOCH_DAY || vnDay > MAX_EPOCH_DAY) return false;
  }
  return true;
}

const MIN_EPOCH_DAY = -719162; // 0001-01-01
const MAX_EPOCH_DAY = 2932896; // 9999-12-31

/** Minutes since 1970-01-01 00:00 Vietnam time of a matched instant. */
function minutesOf(m: RegExpExecArray): number {
  const day = daysFromCivil(Number(m[1]), Number(m[2]), Number(m[3]));
  const local = day * 1440 + Number(m[4]) * 60 + Number(m[5]);
  const off = m[8];
  let offset = VIETNAM_UTC_OFFSET_MINUTES;
  if (off === 'Z' || off === 'z') offset = 0;
  else if (off) {
    const sign = off[0] === '-' ? -1 : 1;
    const oh = Number(off.slice(1, 3));
    const om = off.length > 3 ? Number(off.slice(-2)) : 0;
    offset = sign * (oh * 60 + om);
  }
  return local - offset + VIETNAM_UTC_OFFSET_MINUTES;
}

/**
 * The date in Vietnam (UTC+7) of a timestamp, whatever the host's time zone
 * (ngày theo giờ Việt Nam).
 *
 * A bare `YYYY-MM-DD` is returned as it is. A timestamp without an offset is read as Vietnam
 * local time, which is what one-stop exports mean by it.
 *
 * @param value - A {@link LocalDate} or an ISO timestamp.
 * @returns The {@link LocalDate} in Vietnam.
 * @throws RangeError if `value` is neither.
 * @example
 * toVietnamDate('2026-03-01T18:30:00Z')      // => '2026-03-02'
 * toVietnamDate('2026-03-01T23:30:00+07:00') // => '2026-03-01'
 * toVietnamDate('2026-03-01T10:00:00-08:00') // => '2026-03-02'
 */
export function toVietnamDate(value: string): LocalDate {
  if (value.length === 10 && isLocalDate(value)) return value;
  const minutes = toVietnamMinutes(value);
  return fromEpochDay(Math.floor(minutes / 1440));
}

/**
 * Minutes since 1970-01-01 00:00 **Vietnam time** of a date or timestamp (a date means its
 * midnight). Used for hour-based time limits and office-hour rules.
 *
 * @param value - A {@link LocalDate} or an ISO timestamp.
 * @returns An integer number of minutes (seconds are dropped).
 * @throws RangeError if `value` is neither.
 * @example
 * toVietnamMinutes('1970-01-01T00:30:00+07:00') // => 30
 */
export function toVietnamMinutes(value: string): number {
  if (value.length === 10 && isLocalDate(value)) return toEpochDay(value) * 1440;
  if (!isInstant(value)) {
    rangeError(
      `expected a date YYYY-MM-DD or an ISO timestamp such as 2026-03-02T08:15:00+07:00, got ${show(value)}.`,
    );
  }
  // Seconds are dropped: they never carry the minute across a day boundary.
  return minutesOf(INSTANT_RE.exec(value)!);
}

/**
 * The date in Vietnam of an epoch time in milliseconds (for a caller who has `Date.now()`;
 * this package never reads the clock).
 *
 * @example
 * vietnamDateOfEpochMs(Date.UTC(2026, 0, 31, 17, 0)) // => '2026-02-01'
 */
export function vietnamDateOfEpochMs(epochMs: number): LocalDate {
  if (!Number.isFinite(epochMs)) rangeError(`epoch milliseconds must be finite, got ${show(epochMs)}.`);
  return fromEpochDay(Math.floor((epochMs + VIETNAM_UTC_OFFSET_MINUTES * 60_000) / 86_400_000));
}

/**
 * Format a date the Vietnamese way, `dd/MM/yyyy`.
 *
 * @example
 * formatDateVi('2023-06-14') // => '14/06/2023'
 */
export function formatDateVi(date: LocalDate): string {
  assertLocalDate(date);
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

/**
 * Read a Vietnamese `dd/MM/yyyy` (or `d/M/yyyy`, with `/`, `-` or `.`) date.
 *
 * @returns The {@link LocalDate}, or `null` when the text is not a real date (`31/02/2026`).
 * @example
 * parseDateVi('5/4/2022') // => '2022-04-05'
 * parseDateVi('31/02/2026') // => null
 */
export function parseDateVi(text: string): LocalDate | null {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!m) return null;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isLocalDate(iso) ? iso : null;
}

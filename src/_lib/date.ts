/**
 * The package's one reader of `YYYY-MM-DD` dates: by character codes (no regular expression, no
 * allocation), proleptic Gregorian, years 0000–9999. `core/localDate` (isLocalDate, toEpochDay),
 * the working calendar and the deadline functions all read dates through it.
 *
 * @internal
 */

/** Days in month `month` (1–12) of `year` in the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of a civil date (Howard Hinnant's days-from-civil, proleptic Gregorian). @internal */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function digit(value: string, i: number): number {
  const c = value.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -100000;
}

/**
 * The epoch day (days since 1970-01-01) of a string naming a real date `YYYY-MM-DD`, or `NaN`
 * for anything else (`2026-02-31`, `2026-2-3`, a timestamp, a number).
 *
 * @internal
 */
export function readLocalDay(value: unknown): number {
  if (
    typeof value !== 'string' ||
    value.length !== 10 ||
    value.charCodeAt(4) !== 45 ||
    value.charCodeAt(7) !== 45
  )
    return Number.NaN;
  const y = digit(value, 0) * 1000 + digit(value, 1) * 100 + digit(value, 2) * 10 + digit(value, 3);
  const m = digit(value, 5) * 10 + digit(value, 6);
  const d = digit(value, 8) * 10 + digit(value, 9);
  if (y < 0 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return Number.NaN;
  return daysFromCivil(y, m, d);
}

/**
 * `yyyymmdd` (as a number, `20260217`) of a day number (days since 1970-01-01), Howard Hinnant's
 * civil-from-days, proleptic Gregorian. The inverse of {@link daysFromCivil}.
 *
 * @internal
 */
export function civilOfDay(day: number): number {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return y * 10000 + m * 100 + d;
}

import { rangeError, show, typeError } from '../_lib/errors';
import { fromEpochDay, isLocalDate, type LocalDate, toEpochDay } from '../core/localDate';

/**
 * A date of the Vietnamese lunar calendar (âm lịch), computed for the 105° E meridian (UTC+7).
 *
 * `year` is the solar year in which the lunar year begins (Tết), so 10/3 of lunar year 2026 is
 * Giỗ Tổ Hùng Vương of 2026. `leap` marks a day of the leap month (tháng nhuận).
 */
export interface LunarDate {
  /** Lunar year (năm âm lịch), numbered by the solar year of its Tết. */
  readonly year: number;
  /** Lunar month 1–12 (tháng; 12 is tháng Chạp). */
  readonly month: number;
  /** Day of the lunar month, 1–30 (mùng 1 …). */
  readonly day: number;
  /** `true` in a leap month (tháng nhuận), which repeats the number of the month before it. */
  readonly leap: boolean;
}

/**
 * The range the lunar conversion supports (phạm vi hỗ trợ của lịch âm): solar dates 1900-01-01 to
 * 2100-12-31 and lunar years 1900 to 2100 (plus months 11–12 of lunar year 1899, which run into
 * January 1900).
 *
 * @example
 * LUNAR_SUPPORTED_RANGE.firstYear // => 1900
 */
export const LUNAR_SUPPORTED_RANGE = {
  /** First solar date accepted by {@link solarToLunar}. */
  firstDate: '1900-01-01',
  /** Last solar date accepted by {@link solarToLunar}. */
  lastDate: '2100-12-31',
  /** First lunar year accepted by {@link lunarToSolar}. */
  firstYear: 1900,
  /** Last lunar year accepted by {@link lunarToSolar}. */
  lastYear: 2100,
} as const;

/**
 * The ten heavenly stems (Thiên can), in order: Giáp, Ất, Bính, Đinh, Mậu, Kỷ, Canh, Tân, Nhâm, Quý.
 *
 * @example
 * HEAVENLY_STEMS[2] // => 'Bính'
 */
export const HEAVENLY_STEMS = [
  'Giáp',
  'Ất',
  'Bính',
  'Đinh',
  'Mậu',
  'Kỷ',
  'Canh',
  'Tân',
  'Nhâm',
  'Quý',
] as const;

/**
 * The twelve earthly branches (Địa chi), in order: Tý, Sửu, Dần, Mão, Thìn, Tỵ, Ngọ, Mùi, Thân,
 * Dậu, Tuất, Hợi (the Vietnamese zodiac has Mão, the cat, where the Chinese has the rabbit).
 *
 * @example
 * EARTHLY_BRANCHES[6] // => 'Ngọ'
 */
export const EARTHLY_BRANCHES = [
  'Tý',
  'Sửu',
  'Dần',
  'Mão',
  'Thìn',
  'Tỵ',
  'Ngọ',
  'Mùi',
  'Thân',
  'Dậu',
  'Tuất',
  'Hợi',
] as const;

// ---------------------------------------------------------------------------------------------
// Astronomy (Hồ Ngọc Đức, "Thuật toán tính âm lịch": Meeus' new-moon series and a low-precision
// solar longitude), written here from the published description.

/** Julian day number of 1970-01-01. */
const JDN_EPOCH = 2440588;
/** Vietnam's meridian, in hours east of Greenwich. */
const TZ_HOURS = 7;
const RAD = Math.PI / 180;
const SYNODIC = 29.530588853;

/** Julian date (days, fractional, TT≈UT) of the k-th mean-corrected new moon after 1900-01-01. */
function newMoonJd(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  const mean =
    2415020.75933 +
    29.53058868 * k +
    0.0001178 * t2 -
    0.000000155 * t3 +
    0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * RAD);
  const m = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * RAD; // sun's mean anomaly
  const mp = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * RAD; // moon's mean anomaly
  const f = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * RAD; // moon's argument of latitude
  let c = (0.1734 - 0.000393 * t) * Math.sin(m) + 0.0021 * Math.sin(2 * m);
  c += -0.4068 * Math.sin(mp) + 0.0161 * Math.sin(2 * mp) - 0.0004 * Math.sin(3 * mp);
  c += 0.0104 * Math.sin(2 * f) - 0.0051 * Math.sin(m + mp) - 0.0074 * Math.sin(m - mp);
  c += 0.0004 * Math.sin(2 * f + m) - 0.0004 * Math.sin(2 * f - m) - 0.0006 * Math.sin(2 * f + mp);
  c += 0.001 * Math.sin(2 * f - mp) + 0.0005 * Math.sin(2 * mp + m);
  // ΔT polynomial valid for T ≥ −11 (years after ~800); the supported range starts in 1899.
  const deltaT = -0.000278 + 0.000265 * t + 0.000262 * t2;
  return mean + c - deltaT;
}

/** Julian day number of the local (UTC+7) day that contains the k-th new moon. */
function newMoonDay(k: number): number {
  return Math.floor(newMoonJd(k) + 0.5 + TZ_HOURS / 24);
}

/** Apparent longitude of the sun, radians in [0, 2π), at Julian date `jd`. */
function sunLongitude(jd: number): number {
  const t = (jd - 2451545.0) / 36525;
  const t2 = t * t;
  const m = (357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2) * RAD;
  const l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
  const dl =
    (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(m) +
    (0.019993 - 0.000101 * t) * Math.sin(2 * m) +
    0.00029 * Math.sin(3 * m);
  const l = (l0 + dl) * RAD;
  const full = 2 * Math.PI;
  return l - full * Math.floor(l / full);
}

/**
 * Sector 0–11 (30° each) of the sun's longitude at the start of local day `jdn`: a principal
 * solar term (trung khí) falls in a month exactly when the sector changes during it.
 */
function sunSector(jdn: number): number {
  return Math.floor((sunLongitude(jdn - 0.5 - TZ_HOURS / 24) / Math.PI) * 6);
}

/** JDN of the first day of lunar month 11 (the month containing the winter solstice) of solar year `y`. */
function month11Start(y: number): number {
  const dec31 = toEpochDay(`${y}-12-31`) + JDN_EPOCH;
  const k = Math.floor((dec31 - 2415021) / SYNODIC);
  const nm = newMoonDay(k);
  // If the sun has passed 270° (sector ≥ 9) by that new moon, the solstice is in the month before.
  return sunSector(nm) >= 9 ? newMoonDay(k - 1) : nm;
}

// ---------------------------------------------------------------------------------------------
// The month table, built once on first use (a few thousand new moons, ~1 ms).

interface LunarTable {
  /** Epoch day of the first day of each month, ascending; one extra entry closes the last month. */
  readonly starts: Int32Array;
  readonly years: Int16Array;
  readonly months: Int8Array;
  readonly leaps: Uint8Array;
  /** Index into the month arrays of lunar month 1 of year `firstYear + i`. */
  readonly newYearIndex: Int32Array;
  readonly firstYear: number;
}

let table: LunarTable | undefined;

function buildTable(): LunarTable {
  const starts: number[] = [];
  const years: number[] = [];
  const months: number[] = [];
  const leaps: number[] = [];
  // Lunar years 1899 (its months 11–12, which run into 1900) to 2101 (months 1–10).
  let prev = month11Start(1899);
  for (let y = 1900; y <= 2101; y++) {
    const next = month11Start(y);
    const k0 = Math.round((prev - 2415021.076998695) / SYNODIC);
    const monthStarts: number[] = [];
    for (let i = 0; ; i++) {
      const s = newMoonDay(k0 + i);
      if (s >= next) break;
      monthStarts.push(s);
    }
    /* v8 ignore next 3 -- a defensive check on the astronomy, never reached in 1899–2101. */
    if (monthStarts[0] !== prev || (monthStarts.length !== 12 && monthStarts.length !== 13)) {
      throw new Error(
        `[commune-kpi] lunar table: inconsistent months between month 11 of ${y - 1} and ${y}.`,
      );
    }
    let leapOffset = -1;
    if (monthStarts.length === 13) {
      // The leap month is the first month after month 11 in which no principal term falls.
      for (let i = 1; i < 13; i++) {
        const endOfMonth = i + 1 < 13 ? (monthStarts[i + 1] as number) : next;
        if (sunSector(monthStarts[i] as number) === sunSector(endOfMonth)) {
          leapOffset = i;
          break;
        }
      }
    }
    for (let j = 0; j < monthStarts.length; j++) {
      const number = leapOffset >= 0 && j >= leapOffset ? 10 + j : 11 + j;
      const month = number > 12 ? number - 12 : number;
      starts.push((monthStarts[j] as number) - JDN_EPOCH);
      years.push(month >= 11 && j < 4 ? y - 1 : y);
      months.push(month);
      leaps.push(j === leapOffset ? 1 : 0);
    }
    prev = next;
  }
  starts.push(prev - JDN_EPOCH);
  const firstYear = 1900;
  const newYearIndex = new Int32Array(2101 - firstYear + 1);
  for (let i = 0; i < months.length; i++) {
    if (months[i] === 1 && leaps[i] === 0) newYearIndex[(years[i] as number) - firstYear] = i;
  }
  return {
    starts: Int32Array.from(starts),
    years: Int16Array.from(years),
    months: Int8Array.from(months),
    leaps: Uint8Array.from(leaps),
    newYearIndex,
    firstYear,
  };
}

function getTable(): LunarTable {
  if (table === undefined) table = buildTable();
  return table;
}

const FIRST_EPOCH_DAY = -25567; // 1900-01-01
const LAST_EPOCH_DAY = 47846; // 2100-12-31

function checkLunarYear(year: number): void {
  if (
    !Number.isInteger(year) ||
    year < LUNAR_SUPPORTED_RANGE.firstYear ||
    year > LUNAR_SUPPORTED_RANGE.lastYear
  ) {
    rangeError(
      `lunar year must be an integer from ${LUNAR_SUPPORTED_RANGE.firstYear} to ${LUNAR_SUPPORTED_RANGE.lastYear}, got ${show(year)}.`,
    );
  }
}

/** Index in the month table of the given lunar month, or −1 when it does not exist. */
function monthIndex(t: LunarTable, year: number, month: number, leap: boolean): number {
  if (year < t.firstYear) return month === 11 ? 0 : 1;
  const first = t.newYearIndex[year - t.firstYear] as number;
  for (let i = first; i < first + 13 && i < t.months.length; i++) {
    if (t.years[i] !== year) break;
    if (t.months[i] === month && (t.leaps[i] === 1) === leap) return i;
  }
  return -1;
}

/**
 * Convert an epoch day (days since 1970-01-01) to the lunar date. Internal fast path shared with
 * the holiday rules; no validation.
 *
 * @internal
 */
export function lunarOfEpochDay(day: number): LunarDate {
  const t = getTable();
  const s = t.starts;
  let lo = 0;
  let hi = s.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((s[mid] as number) <= day) lo = mid;
    else hi = mid - 1;
  }
  return {
    year: t.years[lo] as number,
    month: t.months[lo] as number,
    day: day - (s[lo] as number) + 1,
    leap: t.leaps[lo] === 1,
  };
}

/**
 * Convert a solar (Gregorian) date to the Vietnamese lunar date (đổi dương lịch sang âm lịch).
 *
 * Computed for UTC+7 with Hồ Ngọc Đức's astronomical method: a month starts on the day of the new
 * moon (ngày Sóc), month 11 contains the winter solstice (Đông chí), and in a 13-month year the
 * first month without a principal solar term (trung khí) is the leap month. Because the meridian
 * is 105° E, a few dates differ from the Chinese calendar (Tết 1985 is 21/01, not 20/02).
 * UTC+7 is applied to every year; before 1968 Vietnam followed the Chinese (UTC+8) reckoning, so
 * a historical date can differ by a day from the one observed then (Tết 1965: 01/02 here, 02/02
 * at UTC+8).
 *
 * @param date - A solar date `YYYY-MM-DD`, from 1900-01-01 to 2100-12-31.
 * @returns The {@link LunarDate}.
 * @throws TypeError if `date` is not a string.
 * @throws RangeError if `date` is not a real date or is outside 1900–2100.
 * @example
 * solarToLunar('2026-02-17') // => { year: 2026, month: 1, day: 1, leap: false }
 * solarToLunar('2025-08-19') // => { year: 2025, month: 6, day: 26, leap: true }
 */
export function solarToLunar(date: LocalDate): LunarDate {
  if (typeof date !== 'string') typeError(`date must be a string YYYY-MM-DD, got ${show(date)}.`);
  if (!isLocalDate(date)) rangeError(`date must be a real date written YYYY-MM-DD, got ${show(date)}.`);
  const day = toEpochDay(date);
  if (day < FIRST_EPOCH_DAY || day > LAST_EPOCH_DAY) {
    rangeError(
      `date must be from ${LUNAR_SUPPORTED_RANGE.firstDate} to ${LUNAR_SUPPORTED_RANGE.lastDate} for the lunar calendar, got ${show(date)}.`,
    );
  }
  return lunarOfEpochDay(day);
}

/**
 * Number of days (29 or 30) of a lunar month (số ngày của tháng âm lịch: tháng thiếu / tháng đủ).
 *
 * @param year - Lunar year, 1900–2100.
 * @param month - Lunar month, 1–12.
 * @param leap - `true` for the leap month of that number; default `false`.
 * @returns 29 or 30.
 * @throws RangeError if the year is outside 1900–2100, the month is not 1–12, or `leap` is `true`
 *   and that month is not the leap month of the year.
 * @example
 * lunarMonthLength(2021, 12) // => 29 (Tết Nhâm Dần 2022 came after 29 Chạp)
 * lunarMonthLength(2023, 2, true) // => 29
 */
export function lunarMonthLength(year: number, month: number, leap = false): number {
  const t = getTable();
  const i = findMonth(t, year, month, leap);
  return (t.starts[i + 1] as number) - (t.starts[i] as number);
}

function findMonth(t: LunarTable, year: number, month: number, leap: boolean): number {
  // Months 11 and 12 of lunar year 1899 run into January 1900, so they are accepted too.
  if (!(year === 1899 && (month === 11 || month === 12) && !leap)) checkLunarYear(year);
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    rangeError(`lunar month must be an integer from 1 to 12, got ${show(month)}.`);
  }
  if (typeof leap !== 'boolean') typeError(`leap must be a boolean, got ${show(leap)}.`);
  const i = monthIndex(t, year, month, leap);
  if (i < 0) {
    const actual = leapMonthOf(t, year);
    rangeError(
      `lunar year ${year} has no leap month ${month}; its leap month is ${actual === null ? 'none (a 12-month year)' : actual}.`,
    );
  }
  return i;
}

function leapMonthOf(t: LunarTable, year: number): number | null {
  const first = t.newYearIndex[year - t.firstYear] as number;
  for (let i = first; i < first + 13 && i < t.months.length; i++) {
    if (t.years[i] !== year) break;
    if (t.leaps[i] === 1) return t.months[i] as number;
  }
  return null;
}

/**
 * Convert a Vietnamese lunar date to the solar date (đổi âm lịch sang dương lịch).
 *
 * Invalid dates are rejected, never rolled over: day 30 of a 29-day month (tháng thiếu), or a leap
 * month that the year does not have.
 *
 * @param lunar - `{ year, month, day, leap? }`; `year` 1900–2100, `month` 1–12, `day` 1–29 or 1–30,
 *   `leap` defaults to `false`.
 * @returns The solar {@link LocalDate}.
 * @throws RangeError naming the value and the allowed range when the date does not exist.
 * @example
 * lunarToSolar({ year: 2026, month: 3, day: 10 }) // => '2026-04-26' (Giỗ Tổ Hùng Vương)
 * lunarToSolar({ year: 2023, month: 2, day: 1, leap: true }) // => '2023-03-22'
 * lunarToSolar({ year: 2024, month: 1, day: 29 }) // => '2024-03-09' (the last day: day 30 throws a RangeError)
 */
export function lunarToSolar(lunar: {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly leap?: boolean;
}): LocalDate {
  if (typeof lunar !== 'object' || lunar === null)
    typeError(`lunar date must be an object { year, month, day, leap? }, got ${show(lunar)}.`);
  const t = getTable();
  const leap = lunar.leap ?? false;
  const i = findMonth(t, lunar.year, lunar.month, leap);
  const length = (t.starts[i + 1] as number) - (t.starts[i] as number);
  if (!Number.isInteger(lunar.day) || lunar.day < 1 || lunar.day > length) {
    rangeError(
      `lunar day must be an integer from 1 to ${length} in ${leap ? 'leap ' : ''}month ${lunar.month} of lunar year ${lunar.year}, got ${show(lunar.day)}.`,
    );
  }
  return fromEpochDay((t.starts[i] as number) + lunar.day - 1);
}

/**
 * The leap month of a lunar year (tháng nhuận), or `null` in a 12-month year.
 *
 * @param year - Lunar year, 1900–2100.
 * @returns The number (1–12) of the month that is repeated, or `null`.
 * @throws RangeError if the year is outside 1900–2100.
 * @example
 * lunarLeapMonth(2025) // => 6
 * lunarLeapMonth(2026) // => null
 */
export function lunarLeapMonth(year: number): number | null {
  checkLunarYear(year);
  return leapMonthOf(getTable(), year);
}

/**
 * The solar date of Tết Nguyên Đán, mùng 1 tháng Giêng of lunar year `year`.
 *
 * @param year - 1900–2100.
 * @returns The solar {@link LocalDate} of the lunar new year.
 * @throws RangeError if the year is outside 1900–2100.
 * @example
 * lunarNewYear(2026) // => '2026-02-17'
 * lunarNewYear(1985) // => '1985-01-21' (China: 1985-02-20)
 */
export function lunarNewYear(year: number): LocalDate {
  checkLunarYear(year);
  const t = getTable();
  return fromEpochDay(t.starts[t.newYearIndex[year - t.firstYear] as number] as number);
}

function checkYearInteger(year: number): void {
  if (!Number.isInteger(year)) rangeError(`year must be an integer, got ${show(year)}.`);
}

/**
 * The can-chi (sexagenary) name of a lunar year (tên năm âm lịch theo Can Chi).
 *
 * @param year - A lunar year (any integer; the cycle repeats every 60 years).
 * @returns The name, e.g. `'Bính Ngọ'`.
 * @throws RangeError if `year` is not an integer.
 * @example
 * canChiOfYear(2026) // => 'Bính Ngọ'
 * canChiOfYear(1984) // => 'Giáp Tý'
 */
export function canChiOfYear(year: number): string {
  checkYearInteger(year);
  const stem = (((year + 6) % 10) + 10) % 10;
  const branch = (((year + 8) % 12) + 12) % 12;
  return `${HEAVENLY_STEMS[stem]} ${EARTHLY_BRANCHES[branch]}`;
}

/**
 * The can-chi name of a lunar month (tên tháng theo Can Chi): month 1 is always a Dần month, and
 * its stem follows the year's stem. A leap month has the name of the month it repeats.
 *
 * @param year - A lunar year (integer).
 * @param month - A lunar month 1–12.
 * @returns The name, e.g. `'Canh Dần'`.
 * @throws RangeError if `year` is not an integer or `month` is not 1–12.
 * @example
 * canChiOfMonth(2026, 1) // => 'Canh Dần'
 */
export function canChiOfMonth(year: number, month: number): string {
  checkYearInteger(year);
  if (!Number.isInteger(month) || month < 1 || month > 12)
    rangeError(`lunar month must be an integer from 1 to 12, got ${show(month)}.`);
  const stem = (((year * 12 + month + 3) % 10) + 10) % 10;
  const branch = (month + 1) % 12;
  return `${HEAVENLY_STEMS[stem]} ${EARTHLY_BRANCHES[branch]}`;
}

/**
 * The can-chi name of a day (tên ngày theo Can Chi).
 *
 * @param date - A solar date `YYYY-MM-DD`.
 * @returns The name, e.g. `'Mậu Ngọ'`.
 * @throws RangeError if `date` is not a real date.
 * @example
 * canChiOfDay('2000-01-01') // => 'Mậu Ngọ'
 */
export function canChiOfDay(date: LocalDate): string {
  if (!isLocalDate(date)) rangeError(`date must be a real date written YYYY-MM-DD, got ${show(date)}.`);
  const jdn = toEpochDay(date) + JDN_EPOCH;
  return `${HEAVENLY_STEMS[(((jdn + 9) % 10) + 10) % 10]} ${EARTHLY_BRANCHES[(((jdn + 1) % 12) + 12) % 12]}`;
}

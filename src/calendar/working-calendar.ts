import { readLocalDay } from '../_lib/date';
import { rangeError, show, typeError } from '../_lib/errors';
import { fromEpochDay, type LocalDate } from '../core/localDate';
import {
  CIVIL_SERVICE_HOLIDAY_SCHEDULES,
  type DeriveHolidayScheduleOptions,
  deriveHolidaySchedule,
  type HolidayDayKind,
  type HolidaySchedule,
  type HolidaySchedulePatch,
  LABOUR_CODE_HOLIDAY_LAWS,
  patchHolidaySchedule,
  validateHolidaySchedule,
} from './holidays';

/**
 * Which schedules a {@link WorkingCalendar} uses (chế độ lịch nghỉ):
 *
 * - `'civil-service'` (default): the official schedules for cán bộ, công chức, viên chức
 *   ({@link CIVIL_SERVICE_HOLIDAY_SCHEDULES}, with swaps and Saturdays worked), and derived
 *   schedules for the other years;
 * - `'statutory'`: the Labour Code rules only (holidays and compensatory days, no Government
 *   swaps) for every year, the basis of an enterprise's own plan (doanh nghiệp tự quyết định).
 *
 * Either way, schedules passed in {@link WorkingCalendarOptions.schedules} replace those years, and
 * {@link WorkingCalendarOptions.patches} change single days of whichever schedule a year uses.
 */
export type WorkingCalendarRegime = 'civil-service' | 'statutory';

/**
 * Options of {@link createWorkingCalendar}.
 */
export interface WorkingCalendarOptions {
  /** First year of the calendar; default 2014 (the first full year under BLLĐ 2012). */
  readonly fromYear?: number;
  /** Last year of the calendar; default 2100. */
  readonly toYear?: number;
  /** Default `'civil-service'`. */
  readonly regime?: WorkingCalendarRegime;
  /**
   * Schedules that add or replace years (a new notice each autumn, or an enterprise plan). They win
   * over the built-in schedules of the same year. A schedule may list days of the neighbouring
   * years (the 2019 notice gave 31/12/2018 off); such a day counts wherever it falls in the
   * calendar's range.
   */
  readonly schedules?: readonly HolidaySchedule[];
  /**
   * Changes to single days of a year without restating it (a swap decided later, a day added by
   * a new act), applied with {@link patchHolidaySchedule} to the schedule the year uses (official,
   * caller-supplied or derived), in the order given.
   */
  readonly patches?: readonly HolidaySchedulePatch[];
  /** Weekly rest days, 0 = Sunday … 6 = Saturday; default `[0, 6]`. */
  readonly weeklyRestDays?: readonly number[];
  /** Options for the years derived from the rules (laws, Tết placement, Quốc khánh side). */
  readonly derive?: Omit<DeriveHolidayScheduleOptions, 'weeklyRestDays' | 'regime'>;
}

/**
 * A non-working day with its reason (ngày nghỉ và lý do).
 */
export interface DayOff {
  /** The date. */
  readonly date: LocalDate;
  /** `'weekly-rest'` (nghỉ hằng tuần), or the schedule's kind. */
  readonly kind: Exclude<HolidayDayKind, 'swap-work'> | 'weekly-rest';
  /** Vietnamese name of the occasion; `'Nghỉ hằng tuần'` for weekly rest. */
  readonly name: string;
}

/**
 * The day tables of a {@link WorkingCalendar} (bảng ngày của lịch): a plain, deeply frozen
 * structure of numbers, read by the deadline functions. Being plain data (no class, no private
 * field, no `instanceof`), a calendar built by the package's ESM build works with the deadline
 * functions of its CommonJS build and the other way round, when both are loaded in one process.
 *
 * @example
 * const t = createWorkingCalendar({ fromYear: 2026, toYear: 2026 }).tables;
 * t.length          // => 365
 * t.working[0]      // => 0 (1 January 2026, Tết Dương lịch)
 * Object.isFrozen(t.nth) // => true
 */
export interface WorkingCalendarTables {
  /** Always `'working-calendar-tables'`: what the deadline functions check for. */
  readonly kind: 'working-calendar-tables';
  /** Epoch day (days since 1970-01-01) of index 0, i.e. of `firstDate`. */
  readonly start: number;
  /** Number of days covered. */
  readonly length: number;
  /** 1 on a working day, 0 on a day off, by index. */
  readonly working: readonly (0 | 1)[];
  /** Working days in [start, start + i], by index. */
  readonly cum: readonly number[];
  /** Index of the c-th working day (1-based; entry 0 is -1). */
  readonly nth: readonly number[];
  /** The date `YYYY-MM-DD` of each index (built once, so a due date is never a new string). */
  readonly dates: readonly LocalDate[];
}

/** Epoch day of a `YYYY-MM-DD` string, validated (the package's one date reader, hot path). */
function parseDay(value: unknown, name: string): number {
  if (typeof value !== 'string') typeError(`${name} must be a date string YYYY-MM-DD, got ${show(value)}.`);
  const day = readLocalDay(value);
  if (Number.isNaN(day)) rangeError(`${name} must be a real date written YYYY-MM-DD, got ${show(value)}.`);
  return day;
}

function dow(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/**
 * A working-day calendar (lịch ngày làm việc): Monday–Friday (or the weekdays you choose), minus
 * public holidays, compensatory days (nghỉ bù) and swapped days off, plus the Saturdays worked
 * (ngày làm bù), for a range of years. Build it once with {@link createWorkingCalendar}; every query
 * after that is O(1) on precomputed day tables.
 *
 * Legal basis: Quyết định 188/1999/QĐ-TTg (tuần làm việc 40 giờ, nghỉ thứ Bảy và Chủ nhật for
 * state bodies, Art. 1); BLLĐ 2019 Art. 105 (normal working hours) and Nghị định 145/2020/NĐ-CP
 * (working and rest time); BLLĐ 2019 Art. 111–112 and Nghị quyết 28/2026/QH16 Art. 2 (holidays);
 * the yearly Government schedules.
 *
 * Working-day counts follow BLDS 2015 Art. 147: a period starts the day after its trigger, so
 * `differenceInWorkingDays(later, earlier)` counts the working days in `(earlier, later]`.
 *
 * @example
 * const cal = createWorkingCalendar();
 * cal.addWorkingDays('2026-02-13', 1) // => '2026-02-23' (after Tết Bính Ngọ)
 */
export class WorkingCalendar {
  /** The day tables, plain frozen data (see {@link WorkingCalendarTables}). */
  readonly tables: WorkingCalendarTables;
  readonly #off: Map<number, DayOff>;
  readonly #schedules: Map<number, HolidaySchedule>;
  /** First date covered (1 January of `fromYear`). */
  readonly firstDate: LocalDate;
  /** Last date covered (31 December of `toYear`). */
  readonly lastDate: LocalDate;
  /** Regime of the built-in schedules. */
  readonly regime: WorkingCalendarRegime;

  /**
   * Use {@link createWorkingCalendar}; the constructor takes the same options.
   *
   * @param options - See {@link WorkingCalendarOptions}.
   * @throws RangeError on an invalid option or a year no holiday law covers.
   */
  constructor(options: WorkingCalendarOptions = {}) {
    if (typeof options !== 'object' || options === null)
      typeError(`options must be an object, got ${show(options)}.`);
    const fromYear = options.fromYear ?? 2014;
    const toYear = options.toYear ?? 2100;
    for (const [name, y] of [
      ['fromYear', fromYear],
      ['toYear', toYear],
    ] as const) {
      if (!Number.isInteger(y) || y < 1900 || y > 2100)
        rangeError(`${name} must be an integer from 1900 to 2100, got ${show(y)}.`);
    }
    if (fromYear > toYear) rangeError(`fromYear (${fromYear}) must not be after toYear (${toYear}).`);
    const regime = options.regime ?? 'civil-service';
    if (regime !== 'civil-service' && regime !== 'statutory') {
      rangeError(`regime must be 'civil-service' or 'statutory', got ${show(regime)}.`);
    }
    this.regime = regime;
    const rest = options.weeklyRestDays ?? [0, 6];
    if (!Array.isArray(rest) || rest.some((d) => !Number.isInteger(d) || d < 0 || d > 6) || rest.length > 6) {
      rangeError(
        `weeklyRestDays must be at most 6 weekday numbers from 0 (Sunday) to 6 (Saturday), got ${show(rest)}.`,
      );
    }
    const restSet = new Set(rest);
    const laws = options.derive?.laws ?? LABOUR_CODE_HOLIDAY_LAWS;

    const schedules = new Map<number, HolidaySchedule>();
    if (regime === 'civil-service') for (const s of CIVIL_SERVICE_HOLIDAY_SCHEDULES) schedules.set(s.year, s);
    if (options.schedules !== undefined) {
      if (!Array.isArray(options.schedules))
        typeError(`schedules must be an array, got ${show(options.schedules)}.`);
      for (const s of options.schedules) schedules.set(s.year, validateHolidaySchedule(s));
    }
    const deriveOptions: DeriveHolidayScheduleOptions = {
      ...options.derive,
      weeklyRestDays: rest,
      regime: regime === 'statutory' ? 'statutory' : 'civil-service',
    };
    const patches = options.patches ?? [];
    if (!Array.isArray(patches)) typeError(`patches must be an array, got ${show(patches)}.`);
    const used = new Map<number, HolidaySchedule>();
    for (let y = fromYear; y <= toYear; y++) {
      let s = schedules.get(y);
      if (s === undefined) {
        const jan1 = `${y}-01-01`;
        const covered = laws.some(
          (l) => l.effectiveFrom <= jan1 && (l.effectiveTo === null || l.effectiveTo >= jan1),
        );
        if (!covered) {
          rangeError(
            `no holiday law in force on 1 January ${y}; start the calendar later (fromYear ≥ 2014 with the built-in laws) or pass a schedule for ${y} in options.schedules.`,
          );
        }
        s = deriveHolidaySchedule(y, deriveOptions);
      }
      for (const p of patches) if (p?.year === y) s = patchHolidaySchedule(s, p);
      used.set(y, s);
    }
    for (const p of patches) {
      if (typeof p !== 'object' || p === null || !Number.isInteger(p.year)) {
        typeError(`each patch must be an object { year, basis, days?, remove? }, got ${show(p)}.`);
      }
      if (!used.has(p.year)) {
        rangeError(
          `patch for ${p.year} is outside the calendar's years ${fromYear}–${toYear}; widen fromYear/toYear.`,
        );
      }
    }
    this.#schedules = used;

    this.firstDate = `${fromYear}-01-01`;
    this.lastDate = `${toYear}-12-31`;
    const start = parseDay(this.firstDate, 'firstDate');
    const length = parseDay(this.lastDate, 'lastDate') - start + 1;
    // Arrays filled by push stay packed (fast element access); they are frozen below.
    const working: (0 | 1)[] = [];
    for (let i = 0; i < length; i++) working.push(restSet.has(dow(start + i)) ? 0 : 1);
    const off = new Map<number, DayOff>();
    // A day may be listed by two schedules (its own year's and a neighbour's): the same working
    // status is fine (the own year's entry is kept), opposite ones are a contradiction.
    const listed = new Map<number, { readonly year: number; readonly own: boolean; readonly off: boolean }>();
    for (const s of used.values()) {
      for (const d of s.days) {
        const i = parseDay(d.date, 'schedule date') - start;
        if (i < 0 || i >= length) continue; // a neighbouring year's day outside the range
        const own = Number(d.date.slice(0, 4)) === s.year;
        const isOff = d.kind !== 'swap-work';
        const prior = listed.get(i);
        if (prior !== undefined) {
          if (prior.off !== isOff) {
            rangeError(
              `${d.date} is a day off in one schedule and a working day in another (${prior.year} and ${s.year}); correct one of them.`,
            );
          }
          if (prior.own || !own) continue;
        }
        listed.set(i, { year: s.year, own, off: isOff });
        if (!isOff) working[i] = 1;
        else {
          working[i] = 0;
          off.set(start + i, { date: d.date, kind: d.kind as DayOff['kind'], name: d.name });
        }
      }
    }
    const cum: number[] = [];
    const nth: number[] = [-1];
    let c = 0;
    for (let i = 0; i < length; i++) {
      if (working[i] === 1) {
        c++;
        nth.push(i);
      }
      cum.push(c);
    }
    this.tables = Object.freeze({
      kind: 'working-calendar-tables',
      start,
      length,
      working: Object.freeze(working),
      cum: Object.freeze(cum),
      nth: Object.freeze(nth),
      dates: Object.freeze(cum.map((_, i) => fromEpochDay(start + i))),
    });
    this.#off = off;
  }

  #date(i: number): LocalDate {
    return this.tables.dates[i] as LocalDate;
  }

  #index(date: LocalDate, name = 'date'): number {
    const i = parseDay(date, name) - this.tables.start;
    if (i < 0 || i >= this.tables.length) {
      rangeError(
        `${name} must be from ${this.firstDate} to ${this.lastDate} (the calendar's range), got ${show(date)}.`,
      );
    }
    return i;
  }

  #count(n: number, name: string, allowNegative: boolean): void {
    if (!Number.isInteger(n) || (!allowNegative && n < 0)) {
      rangeError(`${name} must be ${allowNegative ? 'an integer' : 'an integer ≥ 0'}, got ${show(n)}.`);
    }
  }

  #outOfRange(date: LocalDate, n: number): never {
    return rangeError(
      `moving ${n} working days from ${date} leaves the calendar's range ${this.firstDate} to ${this.lastDate}; build the calendar with a wider fromYear/toYear.`,
    );
  }

  /**
   * Whether a date is a working day (ngày làm việc).
   *
   * @param date - A date in the calendar's range.
   * @returns `true` on a working day, including a Saturday worked (ngày làm bù).
   * @throws RangeError if `date` is not a real date or is outside the range.
   * @example
   * const cal = createWorkingCalendar();
   * cal.isWorkingDay('2025-04-26') // => true (Saturday worked for the 30/4 swap)
   * cal.isWorkingDay('2026-02-16') // => false (Tết)
   */
  isWorkingDay(date: LocalDate): boolean {
    return this.tables.working[this.#index(date)] === 1;
  }

  /**
   * The date `amount` working days after `date` (cộng ngày làm việc): counting starts the day after
   * `date`, so the result is always a working day when `amount ≠ 0`; a negative `amount` goes back
   * (the |amount|-th working day before `date`). `amount = 0` returns `date` unchanged.
   *
   * @param date - The start date (any day, working or not).
   * @param amount - An integer.
   * @returns The {@link LocalDate}.
   * @throws RangeError on an invalid date, a non-integer amount, or a result outside the range.
   * @example
   * const cal = createWorkingCalendar();
   * cal.addWorkingDays('2026-02-12', 2) // => '2026-02-23' (13/02, then Tết until 22/02)
   * cal.addWorkingDays('2024-04-26', 1) // => '2024-05-02'
   */
  addWorkingDays(date: LocalDate, amount: number): LocalDate {
    const i = this.#index(date);
    this.#count(amount, 'amount', true);
    if (amount === 0) return this.#date(i);
    const t = this.tables;
    const k =
      amount > 0
        ? (t.cum[i] as number) + amount
        : (t.cum[i] as number) - (t.working[i] as number) + amount + 1;
    if (k < 1 || k >= t.nth.length) this.#outOfRange(date, amount);
    return this.#date(t.nth[k] as number);
  }

  /**
   * The date `amount` working days before `date` (trừ ngày làm việc); same as
   * `addWorkingDays(date, -amount)`.
   *
   * @param date - The start date.
   * @param amount - An integer.
   * @returns The {@link LocalDate}.
   * @throws RangeError on an invalid date, a non-integer amount, or a result outside the range.
   * @example
   * const cal = createWorkingCalendar();
   * cal.subWorkingDays('2026-02-23', 1) // => '2026-02-13'
   */
  subWorkingDays(date: LocalDate, amount: number): LocalDate {
    this.#count(amount, 'amount', true);
    return this.addWorkingDays(date, -amount);
  }

  /**
   * Number of working days from `earlier` to `later` (số ngày làm việc giữa hai ngày): the working
   * days in `(earlier, later]`, negative when `later` is before `earlier`. It inverts
   * {@link WorkingCalendar.addWorkingDays}: `differenceInWorkingDays(addWorkingDays(d, n), d) === n`
   * for `n ≥ 0`.
   *
   * @param later - End date.
   * @param earlier - Start date (not counted).
   * @returns An integer.
   * @throws RangeError if either date is invalid or outside the range.
   * @example
   * const cal = createWorkingCalendar();
   * cal.differenceInWorkingDays('2026-02-23', '2026-02-12') // => 2
   */
  differenceInWorkingDays(later: LocalDate, earlier: LocalDate): number {
    const cum = this.tables.cum;
    return (cum[this.#index(later, 'later')] as number) - (cum[this.#index(earlier, 'earlier')] as number);
  }

  /**
   * Number of working days in `[from, to]`, both ends included (số ngày làm việc trong khoảng).
   *
   * @param from - First date.
   * @param to - Last date, not before `from`.
   * @returns An integer ≥ 0.
   * @throws RangeError if a date is invalid, outside the range, or `to < from`.
   * @example
   * const cal = createWorkingCalendar();
   * cal.countWorkingDays('2026-02-01', '2026-02-28') // => 15
   */
  countWorkingDays(from: LocalDate, to: LocalDate): number {
    const a = this.#index(from, 'from');
    const b = this.#index(to, 'to');
    if (b < a) rangeError(`to (${to}) must not be before from (${from}).`);
    const t = this.tables;
    return (t.cum[b] as number) - (t.cum[a] as number) + (t.working[a] as number);
  }

  /**
   * The first working day strictly after `date` (ngày làm việc tiếp theo).
   *
   * @param date - Any date in the range.
   * @returns The {@link LocalDate}.
   * @throws RangeError if `date` is invalid or the answer is outside the range.
   * @example
   * const cal = createWorkingCalendar();
   * cal.nextWorkingDay('2026-08-28') // => '2026-09-03'
   */
  nextWorkingDay(date: LocalDate): LocalDate {
    return this.addWorkingDays(date, 1);
  }

  /**
   * The last working day strictly before `date` (ngày làm việc liền trước).
   *
   * @param date - Any date in the range.
   * @returns The {@link LocalDate}.
   * @throws RangeError if `date` is invalid or the answer is outside the range.
   * @example
   * const cal = createWorkingCalendar();
   * cal.previousWorkingDay('2026-02-23') // => '2026-02-13'
   */
  previousWorkingDay(date: LocalDate): LocalDate {
    return this.addWorkingDays(date, -1);
  }

  /**
   * `date` itself when it is a working day, otherwise the next working day: where a deadline that
   * falls on a day off ends (BLDS 2015 Art. 148.5).
   *
   * @param date - Any date in the range.
   * @returns The {@link LocalDate}.
   * @throws RangeError if `date` is invalid or the answer is outside the range.
   * @example
   * const cal = createWorkingCalendar();
   * cal.workingDayOnOrAfter('2026-05-02') // => '2026-05-04'
   */
  workingDayOnOrAfter(date: LocalDate): LocalDate {
    const i = this.#index(date);
    return this.tables.working[i] === 1 ? this.#date(i) : this.addWorkingDays(date, 1);
  }

  /**
   * The non-working days in `[from, to]` with their reason (danh sách ngày nghỉ).
   *
   * @param from - First date.
   * @param to - Last date, not before `from`.
   * @param options - `includeWeeklyRest` (default `false`): also list ordinary Saturdays and Sundays.
   * @returns The days off in date order. Holidays that fall on a weekend are listed as holidays.
   * @throws RangeError if a date is invalid, outside the range, or `to < from`.
   * @example
   * const cal = createWorkingCalendar();
   * cal.daysOff('2025-04-28', '2025-05-05').map((d) => [d.date, d.kind])
   * // => [['2025-04-30', 'holiday'], ['2025-05-01', 'holiday'], ['2025-05-02', 'swap-off']]
   */
  daysOff(from: LocalDate, to: LocalDate, options: { readonly includeWeeklyRest?: boolean } = {}): DayOff[] {
    const a = this.#index(from, 'from');
    const b = this.#index(to, 'to');
    if (b < a) rangeError(`to (${to}) must not be before from (${from}).`);
    const t = this.tables;
    const out: DayOff[] = [];
    for (let i = a; i <= b; i++) {
      const info = this.#off.get(t.start + i);
      if (info !== undefined) out.push(info);
      else if (t.working[i] === 0 && options.includeWeeklyRest === true) {
        out.push({ date: this.#date(i), kind: 'weekly-rest', name: 'Nghỉ hằng tuần' });
      }
    }
    return out;
  }

  /**
   * The schedule the calendar uses for a year (lịch nghỉ của năm), official or derived.
   *
   * @param year - A year in the calendar's range.
   * @returns The {@link HolidaySchedule}; check `status` to see whether it was derived.
   * @throws RangeError if the year is outside the range.
   * @example
   * const cal = createWorkingCalendar();
   * cal.scheduleFor(2026).status // => 'official'
   * cal.scheduleFor(2027).status // => 'derived'
   */
  scheduleFor(year: number): HolidaySchedule {
    const s = this.#schedules.get(year);
    if (s === undefined) {
      rangeError(
        `year must be an integer from ${this.firstDate.slice(0, 4)} to ${this.lastDate.slice(0, 4)}, got ${show(year)}.`,
      );
    }
    return s;
  }
}

/**
 * Build a {@link WorkingCalendar} (tạo lịch ngày làm việc). Construction derives or loads one
 * schedule per year and fills the day tables (about a millisecond per decade); reuse the calendar.
 *
 * Legal basis: Quyết định 188/1999/QĐ-TTg (Saturday and Sunday off); BLLĐ 2019 Art. 111–112
 * (BLLĐ 2012 Art. 115 before 2021); Nghị quyết 28/2026/QH16 Art. 2 (24/11 from 2026); official
 * schedules 2022–2026 (see {@link CIVIL_SERVICE_HOLIDAY_SCHEDULES}).
 *
 * @param options - See {@link WorkingCalendarOptions}; default: civil service, 2014–2100.
 * @returns The calendar.
 * @throws RangeError on an invalid option or a year without a holiday law or schedule.
 * @example
 * const cal = createWorkingCalendar({ fromYear: 2022, toYear: 2030 });
 * cal.isWorkingDay('2024-05-04') // => true (Saturday worked, CV 2450/VPCP-KGVX)
 */
export function createWorkingCalendar(options: WorkingCalendarOptions = {}): WorkingCalendar {
  return new WorkingCalendar(options);
}

/**
 * @internal The day tables of a calendar, for the deadline functions: read structurally, so a
 * calendar of the other build (ESM or CommonJS) of this package is accepted too.
 */
export function calendarTables(calendar: WorkingCalendar): WorkingCalendarTables {
  const t =
    typeof calendar === 'object' && calendar !== null ? (calendar as { tables?: unknown }).tables : undefined;
  if (typeof t !== 'object' || t === null || (t as { kind?: unknown }).kind !== 'working-calendar-tables')
    typeError(`calendar must be a WorkingCalendar, got ${show(calendar)}.`);
  return t as WorkingCalendarTables;
}

/** @internal Epoch day of a date string, validated, without range check. */
export const parseCalendarDay = parseDay;

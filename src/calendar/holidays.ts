import { rangeError, show, typeError } from '../_lib/errors';
import { fromEpochDay, isLocalDate, type LocalDate, toEpochDay } from '../core/localDate';
import { LUNAR_SUPPORTED_RANGE, lunarToSolar } from './lunar';

/**
 * What a day in a holiday schedule is (loại ngày trong lịch nghỉ):
 *
 * - `'holiday'`: a public holiday (ngày nghỉ lễ, Tết) of the Labour Code, also when it falls on a weekly rest day;
 * - `'compensatory'`: a compensatory day off (nghỉ bù, Art. 111.3 BLLĐ 2019) for a holiday on a rest day;
 * - `'swap-off'`: a working day given off by a swap (hoán đổi ngày làm việc);
 * - `'swap-work'`: a rest day (normally a Saturday) worked instead (ngày làm bù).
 */
export type HolidayDayKind = 'holiday' | 'compensatory' | 'swap-off' | 'swap-work';

/**
 * One day of a year's holiday schedule (một ngày trong lịch nghỉ lễ, Tết).
 */
export interface HolidayDay {
  /** The solar date. */
  readonly date: LocalDate;
  /** What the day is. */
  readonly kind: HolidayDayKind;
  /** Vietnamese name of the occasion, e.g. `'Tết Nguyên đán'`. */
  readonly name: string;
}

/**
 * How a schedule came about: `'official'` (set by a Government document) or `'derived'` (worked
 * out by this package from the Labour Code rules, because no notice is known for that year).
 */
export type HolidayScheduleStatus = 'official' | 'derived';

/**
 * The holiday schedule of one solar year (lịch nghỉ lễ, Tết của một năm).
 *
 * Only days that change the weekly pattern matter to a working-day calendar, but holidays that
 * fall on a weekly rest day are listed too (kind `'holiday'`) so the schedule reads like the notice.
 * A notice may set days of the neighbouring years — the 2019 one (Công văn 6519/VPCP-KGVX) gave
 * Monday 31/12/2018 off for Tết Dương lịch 2019 — so `days` may hold dates of `year − 1` and
 * `year + 1` as well.
 */
export interface HolidaySchedule {
  /** Solar year. */
  readonly year: number;
  /** Official (set by a document) or derived from the rules. */
  readonly status: HolidayScheduleStatus;
  /** Who it applies to, e.g. `'civil-service'` (cán bộ, công chức, viên chức) or an enterprise's name. */
  readonly regime: string;
  /** Legal basis and documents that set the schedule (căn cứ), each a readable citation. */
  readonly basis: readonly string[];
  /** The days, in date order. */
  readonly days: readonly HolidayDay[];
}

/**
 * Where the days of a statutory holiday fall (cách xác định ngày nghỉ):
 *
 * - `'fixed'`: `days` consecutive days from the anchor date;
 * - `'lunar-new-year'`: `days` consecutive days placed around mùng 1 Tết (see
 *   {@link DeriveHolidayScheduleOptions.tetFirstDayOffset});
 * - `'adjacent'`: the anchor date plus `days − 1` adjacent days chosen by
 *   {@link DeriveHolidayScheduleOptions.nationalDayAdjacent} (Quốc khánh under BLLĐ 2019).
 */
export type HolidayPlacement = 'fixed' | 'lunar-new-year' | 'adjacent';

/**
 * One statutory public holiday (ngày nghỉ lễ, Tết hưởng nguyên lương) as data.
 */
export interface StatutoryHoliday {
  /** Stable identifier, e.g. `'national-day'`. */
  readonly id: string;
  /** Vietnamese name. */
  readonly name: string;
  /** `'solar'` (dương lịch) or `'lunar'` (âm lịch) anchor date. */
  readonly calendar: 'solar' | 'lunar';
  /** Month of the anchor date (lunar month for lunar holidays). */
  readonly month: number;
  /** Day of the anchor date. */
  readonly day: number;
  /** Number of days off. */
  readonly days: number;
  /** Where the days fall; default `'fixed'`. */
  readonly placement?: HolidayPlacement;
}

/**
 * A version of a statutory holiday list (danh mục ngày nghỉ lễ hưởng nguyên lương), with its
 * legal basis and effective dates. A holiday counts in a year when its anchor date lies within
 * `[effectiveFrom, effectiveTo]`. Versions in force on the same date add up, so a holiday created
 * by another act — 24/11, Ngày Văn hóa Việt Nam, set by Nghị quyết 28/2026/QH16 from 01/07/2026 —
 * is one more entry beside the Labour Code, a data change.
 */
export interface HolidayLaw {
  /** Stable identifier, e.g. `'labour-code-2019'`. */
  readonly id: string;
  /** Citation, e.g. `'Bộ luật Lao động 2019 (45/2019/QH14), Điều 112'`. */
  readonly basis: string;
  /** First day in force. */
  readonly effectiveFrom: LocalDate;
  /** Last day in force, or `null` while in force. */
  readonly effectiveTo: LocalDate | null;
  /** The holidays. */
  readonly holidays: readonly StatutoryHoliday[];
  /** Citation of the compensatory-day rule (nghỉ bù), or `null` if the version has none. */
  readonly compensatoryRule: string | null;
}

const TET: StatutoryHoliday = {
  id: 'lunar-new-year',
  name: 'Tết Nguyên đán',
  calendar: 'lunar',
  month: 1,
  day: 1,
  days: 5,
  placement: 'lunar-new-year',
};
const NEW_YEAR: StatutoryHoliday = {
  id: 'new-year',
  name: 'Tết Dương lịch',
  calendar: 'solar',
  month: 1,
  day: 1,
  days: 1,
};
const HUNG_KINGS: StatutoryHoliday = {
  id: 'hung-kings',
  name: 'Giỗ Tổ Hùng Vương',
  calendar: 'lunar',
  month: 3,
  day: 10,
  days: 1,
};
const VICTORY: StatutoryHoliday = {
  id: 'victory-day',
  name: 'Ngày Chiến thắng',
  calendar: 'solar',
  month: 4,
  day: 30,
  days: 1,
};
const LABOUR: StatutoryHoliday = {
  id: 'labour-day',
  name: 'Ngày Quốc tế lao động',
  calendar: 'solar',
  month: 5,
  day: 1,
  days: 1,
};

/** Identifier of the Ngày Văn hóa Việt Nam entry of {@link LABOUR_CODE_HOLIDAY_LAWS}. */
export const CULTURE_DAY_LAW_ID = 'nq-28-2026-qh16';

/**
 * The statutory paid holidays (ngày nghỉ lễ, Tết hưởng nguyên lương), oldest first:
 *
 * - BLLĐ 2012 (10/2012/QH13), Art. 115, in force 01/05/2013 – 31/12/2020: 10 days (Tết Dương
 *   lịch 1, Tết Âm lịch 5, 30/4, 1/5, Quốc khánh 2/9 1, Giỗ Tổ 10/3 âm lịch 1); nghỉ bù Art. 115.3.
 * - BLLĐ 2019 (45/2019/QH14), Art. 112, from 01/01/2021: 11 days (Quốc khánh 2/9 plus one
 *   adjacent day); nghỉ bù Art. 111.3.
 * - Nghị quyết 28/2026/QH16 về phát triển văn hóa Việt Nam, Điều 2, from 01/07/2026: "Ngày 24
 *   tháng 11 hằng năm là Ngày Văn hóa Việt Nam; người lao động được nghỉ làm việc và hưởng nguyên
 *   lương" — 1 day. It is not one of the holidays of BLLĐ 2019 Art. 112.1, and the make-up rule of
 *   Art. 111.3 covers only those, so this entry has no compensatory rule: when 24/11 falls on a
 *   weekly rest day (first on Saturday 24/11/2029) no day is made up. That reading is
 *   **UNVERIFIED** (no implementing text was seen); {@link DeriveHolidayScheduleOptions.compensateCultureDay}
 *   turns the make-up on, e.g. once BLLĐ Art. 112.1 is amended to list the day.
 *
 * @example
 * LABOUR_CODE_HOLIDAY_LAWS[1]?.holidays.reduce((n, h) => n + h.days, 0) // => 11
 * LABOUR_CODE_HOLIDAY_LAWS[2]?.holidays[0]?.month // => 11
 */
export const LABOUR_CODE_HOLIDAY_LAWS: readonly HolidayLaw[] = [
  {
    id: 'labour-code-2012',
    basis: 'Bộ luật Lao động 2012 (10/2012/QH13), Điều 115',
    effectiveFrom: '2013-05-01',
    effectiveTo: '2020-12-31',
    holidays: [
      NEW_YEAR,
      TET,
      HUNG_KINGS,
      VICTORY,
      LABOUR,
      { id: 'national-day', name: 'Quốc khánh', calendar: 'solar', month: 9, day: 2, days: 1 },
    ],
    compensatoryRule: 'Bộ luật Lao động 2012, Điều 115.3',
  },
  {
    id: 'labour-code-2019',
    basis: 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 112',
    effectiveFrom: '2021-01-01',
    effectiveTo: null,
    holidays: [
      NEW_YEAR,
      TET,
      HUNG_KINGS,
      VICTORY,
      LABOUR,
      {
        id: 'national-day',
        name: 'Quốc khánh',
        calendar: 'solar',
        month: 9,
        day: 2,
        days: 2,
        placement: 'adjacent',
      },
    ],
    compensatoryRule: 'Bộ luật Lao động 2019, Điều 111.3',
  },
  {
    id: CULTURE_DAY_LAW_ID,
    basis: 'Nghị quyết 28/2026/QH16 về phát triển văn hóa Việt Nam, Điều 2 (hiệu lực 01/07/2026)',
    effectiveFrom: '2026-07-01',
    effectiveTo: null,
    holidays: [
      {
        id: 'vietnamese-culture-day',
        name: 'Ngày Văn hóa Việt Nam',
        calendar: 'solar',
        month: 11,
        day: 24,
        days: 1,
      },
    ],
    // Not a holiday of BLLĐ 2019 Art. 112.1, which Art. 111.3 (nghỉ bù) refers to: no make-up by
    // default (UNVERIFIED; see DeriveHolidayScheduleOptions.compensateCultureDay).
    compensatoryRule: null,
  },
];

/** Citation used when {@link DeriveHolidayScheduleOptions.compensateCultureDay} is on. */
const CULTURE_DAY_COMPENSATION =
  'Nghỉ bù Ngày Văn hóa Việt Nam trùng ngày nghỉ hằng tuần: theo lựa chọn của người dùng (UNVERIFIED; Bộ luật Lao động 2019, Điều 111.3 chỉ nêu các ngày của khoản 1 Điều 112)';

/**
 * Options of {@link deriveHolidaySchedule}. The placement rules are **UNVERIFIED** conventions
 * (the Prime Minister fixes the actual days each year, BLLĐ 2019 Art. 112.3), so they are options.
 */
export interface DeriveHolidayScheduleOptions {
  /** Statutory holiday lists; default {@link LABOUR_CODE_HOLIDAY_LAWS}. */
  readonly laws?: readonly HolidayLaw[];
  /** Weekly rest days, 0 = Sunday … 6 = Saturday; default `[0, 6]` (state bodies, 40-hour week). */
  readonly weeklyRestDays?: readonly number[];
  /**
   * First day of the 5 Tết days relative to mùng 1 (0 = mùng 1, −1 = the last day of the old
   * year, giao thừa). Default `-2`: the day before giao thừa, chosen by count from the official
   * civil-service schedules 2018–2026. The five days started on the day before giao thừa in 6 of
   * those 9 years (2018: 14/02, 29 Chạp; 2020: 23/01; 2021: 10/02; 2023: 20/01; 2024: 08/02;
   * 2025: 27/01, 28 Chạp of a 29-day month) and on giao thừa itself in 3 (2019: 04/02; 2022:
   * 31/01; 2026: 16/02) — each of those three a year whose mùng 1 was a Tuesday, so the block ran
   * Monday to Friday. Sources: CV 6519/VPCP-KGVX (2019), the published 2018, 2020 and 2021
   * notices, and the 2022–2026 schedules of {@link CIVIL_SERVICE_HOLIDAY_SCHEDULES}; the tally is
   * in docs/working-days.md. Pass `-1` for a year whose mùng 1 is a Tuesday (next: 13/02/2029).
   * **UNVERIFIED** as a rule: the Prime Minister decides each year (BLLĐ 2019 Art. 112.3).
   */
  readonly tetFirstDayOffset?: number;
  /**
   * Give a compensatory day (nghỉ bù) for Ngày Văn hóa Việt Nam (24/11) when it falls on a weekly
   * rest day. Default `false`: Nghị quyết 28/2026/QH16 sets the day outside BLLĐ 2019 Art. 112.1,
   * and the make-up rule of Art. 111.3 refers to that list only. **UNVERIFIED**; the first year it
   * matters is 2029 (24/11 is a Saturday).
   */
  readonly compensateCultureDay?: boolean;
  /**
   * Which side of 2/9 the second Quốc khánh day falls (BLLĐ 2019 Art. 112.1.đ: "01 ngày liền kề
   * trước hoặc sau"). `'auto'` (default) picks the side that joins the weekend: Mon → 3/9,
   * Tue → 1/9, Wed → 1/9, Thu → 3/9, Fri → 1/9, Sat → 1/9, Sun → 3/9 (matches 2021–2026).
   * **UNVERIFIED** convention.
   */
  readonly nationalDayAdjacent?: 'auto' | 'before' | 'after';
  /** Regime name written into the schedule; default `'civil-service'`. */
  readonly regime?: string;
}

const AUTO_ADJACENT = [1, 1, -1, -1, 1, -1, -1]; // by weekday of 2/9, Sunday first

function dow(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

function checkRestDays(days: readonly number[]): Set<number> {
  if (!Array.isArray(days) || days.some((d) => !Number.isInteger(d) || d < 0 || d > 6)) {
    rangeError(`weeklyRestDays must be weekday numbers from 0 (Sunday) to 6 (Saturday), got ${show(days)}.`);
  }
  return new Set(days);
}

function checkScheduleYear(year: number): void {
  if (
    !Number.isInteger(year) ||
    year < LUNAR_SUPPORTED_RANGE.firstYear ||
    year > LUNAR_SUPPORTED_RANGE.lastYear
  ) {
    rangeError(
      `year must be an integer from ${LUNAR_SUPPORTED_RANGE.firstYear} to ${LUNAR_SUPPORTED_RANGE.lastYear}, got ${show(year)}.`,
    );
  }
}

/**
 * Derive a year's schedule from the statutory rules (lịch nghỉ suy ra từ Bộ luật Lao động), for a
 * year without an official notice: the holidays of every law version in force on their date
 * (from 2026 on, 24/11 of Nghị quyết 28/2026/QH16 too), then one compensatory day (nghỉ bù, BLLĐ
 * 2019 Art. 111.3) for each holiday of a version with a make-up rule falling on a weekly rest day,
 * on the next day that is neither a rest day nor a holiday. No swaps are invented.
 *
 * @param year - Solar year, 1900–2100 (only years inside some law's effective dates get holidays).
 * @param options - See {@link DeriveHolidayScheduleOptions}.
 * @returns A schedule with `status: 'derived'`.
 * @throws RangeError on a year outside 1900–2100 or an invalid option.
 * @throws TypeError when `laws` is not an array or `compensateCultureDay` not a boolean.
 * @example
 * // mùng 1 Tết Đinh Mùi = Saturday 06/02/2027: five days from Thursday 04/02 (the day before
 * // giao thừa), the Saturday and Sunday made up on Tuesday 09/02 and Wednesday 10/02.
 * deriveHolidaySchedule(2027).days.filter((d) => d.name.endsWith('Tết Nguyên đán')).map((d) => d.date)
 * // => ['2027-02-04', '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10']
 * deriveHolidaySchedule(2027).days.find((d) => d.date === '2027-11-24')?.name // => 'Ngày Văn hóa Việt Nam'
 */
export function deriveHolidaySchedule(
  year: number,
  options: DeriveHolidayScheduleOptions = {},
): HolidaySchedule {
  checkScheduleYear(year);
  const laws = options.laws ?? LABOUR_CODE_HOLIDAY_LAWS;
  if (!Array.isArray(laws)) typeError(`laws must be an array of holiday laws, got ${show(laws)}.`);
  const rest = checkRestDays(options.weeklyRestDays ?? [0, 6]);
  const tetOffset = options.tetFirstDayOffset ?? -2;
  if (!Number.isInteger(tetOffset) || tetOffset < -7 || tetOffset > 3) {
    rangeError(
      `tetFirstDayOffset must be an integer from -7 to 3 (days from mùng 1), got ${show(tetOffset)}.`,
    );
  }
  const adjacent = options.nationalDayAdjacent ?? 'auto';
  if (adjacent !== 'auto' && adjacent !== 'before' && adjacent !== 'after') {
    rangeError(`nationalDayAdjacent must be 'auto', 'before' or 'after', got ${show(adjacent)}.`);
  }
  const compensateCultureDay = options.compensateCultureDay ?? false;
  if (typeof compensateCultureDay !== 'boolean') {
    typeError(`compensateCultureDay must be true or false, got ${show(compensateCultureDay)}.`);
  }
  const holidays = new Map<number, string>();
  const compensating: number[] = [];
  const bases: string[] = [];
  for (const law of laws) {
    const compensatoryRule =
      law.compensatoryRule ??
      (compensateCultureDay && law.id === CULTURE_DAY_LAW_ID ? CULTURE_DAY_COMPENSATION : null);
    const from = toEpochDay(law.effectiveFrom);
    const to = law.effectiveTo === null ? Number.POSITIVE_INFINITY : toEpochDay(law.effectiveTo);
    let used = false;
    for (const h of law.holidays) {
      if (!Number.isInteger(h.days) || h.days < 1 || h.days > 10)
        rangeError(`holiday ${show(h.id)} days must be an integer from 1 to 10, got ${show(h.days)}.`);
      let anchor: number;
      if (h.calendar === 'lunar') {
        anchor = toEpochDay(lunarToSolar({ year, month: h.month, day: h.day }));
      } else {
        const iso = `${year}-${String(h.month).padStart(2, '0')}-${String(h.day).padStart(2, '0')}`;
        if (!isLocalDate(iso))
          rangeError(`holiday ${show(h.id)} has no date ${h.day}/${h.month} in ${year}.`);
        anchor = toEpochDay(iso);
      }
      if (anchor < from || anchor > to) continue;
      used = true;
      const dates: number[] = [];
      const placement = h.placement ?? 'fixed';
      if (placement === 'lunar-new-year') {
        for (let i = 0; i < h.days; i++) dates.push(anchor + tetOffset + i);
      } else if (placement === 'adjacent') {
        const side =
          adjacent === 'before' ? -1 : adjacent === 'after' ? 1 : (AUTO_ADJACENT[dow(anchor)] as number);
        dates.push(anchor);
        for (let i = 1; i < h.days; i++) dates.push(anchor + side * i);
      } else {
        for (let i = 0; i < h.days; i++) dates.push(anchor + i);
      }
      for (const d of dates) {
        if (holidays.has(d)) continue;
        holidays.set(d, h.name);
        if (compensatoryRule !== null && rest.has(dow(d))) compensating.push(d);
      }
    }
    if (used) {
      bases.push(law.basis);
      if (compensatoryRule !== null) bases.push(compensatoryRule);
    }
  }
  const days: HolidayDay[] = [];
  for (const [d, name] of holidays) days.push({ date: fromEpochDay(d), kind: 'holiday', name });
  const taken = new Set<number>(holidays.keys());
  compensating.sort((a, b) => a - b);
  for (const d of compensating) {
    let c = d + 1;
    while (rest.has(dow(c)) || taken.has(c)) c++;
    taken.add(c);
    days.push({
      date: fromEpochDay(c),
      kind: 'compensatory',
      name: `Nghỉ bù ${holidays.get(d) ?? ''}`.trim(),
    });
  }
  days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { year, status: 'derived', regime: options.regime ?? 'civil-service', basis: bases, days };
}

// ---------------------------------------------------------------------------------------------
// Official civil-service schedules 2022–2026 (domain notes §6.3). Which days off are 'holiday' and
// which 'compensatory' inside a block follows the notices where they say so; for Tết 2023 and 2024
// ("5 ngày Tết + 2 ngày nghỉ bù") the split is inferred (29 Chạp to mùng 3 as the 5 Tết days, the
// last two days as compensatory). Only the days off matter to working-day counts.

function official(year: number, basis: string[], list: [string, HolidayDayKind, string][]): HolidaySchedule {
  return {
    year,
    status: 'official',
    regime: 'civil-service',
    basis,
    days: list.map(([md, kind, name]) => ({ date: md.length === 10 ? md : `${year}-${md}`, kind, name })),
  };
}

const NY = 'Tết Dương lịch';
const TN = 'Tết Nguyên đán';
const GT = 'Giỗ Tổ Hùng Vương';
const CT = 'Ngày Chiến thắng';
const LD = 'Ngày Quốc tế lao động';
const QK = 'Quốc khánh';

/**
 * The official holiday schedules for cán bộ, công chức, viên chức, 2022–2026 (lịch nghỉ lễ, Tết
 * chính thức), each with the documents or announcements that set it (domain notes §6.3): days
 * off, compensatory days, swapped days off and the Saturdays worked (ngày làm bù). 2026 includes
 * Ngày Văn hóa Việt Nam, Tuesday 24/11/2026 (Nghị quyết 28/2026/QH16, Điều 2).
 *
 * Legal basis: BLLĐ 2019 Art. 111–112; the Prime Minister's yearly decisions, announced by the
 * Ministry of Labour (until 2025, e.g. Thông báo 6150/TB-BLĐTBXH for 2025) or Home Affairs (Bộ
 * Nội vụ, Thông báo 9441/TB-BNV for 2026) and the Government Office (VPCP, e.g. Công văn
 * 12729/VPCP-KGVX for Tết Dương lịch 2026).
 *
 * @example
 * CIVIL_SERVICE_HOLIDAY_SCHEDULES.find((s) => s.year === 2025)?.days.find((d) => d.kind === 'swap-work')?.date
 * // => '2025-04-26'
 */
export const CIVIL_SERVICE_HOLIDAY_SCHEDULES: readonly HolidaySchedule[] = [
  official(
    2022,
    [
      'BLLĐ 2019, Điều 111–112',
      'Tết Nhâm Dần: nghỉ 29/01–06/02/2022 (Thủ tướng đồng ý; wikihoc.com, lịch nghỉ Tết Nhâm Dần 2022)',
      'Giỗ Tổ và 30/4–1/5: nghỉ 09/04–11/04 và 30/04–03/05/2022 (qbtv.vn, 05/04/2022)',
      'Tết Dương lịch, Quốc khánh: scon.com.vn, các ngày nghỉ lễ 2022; nghỉ bù 03/01 theo Điều 111.3',
    ],
    [
      ['01-01', 'holiday', NY],
      ['01-03', 'compensatory', NY],
      ['01-31', 'holiday', TN],
      ['02-01', 'holiday', TN],
      ['02-02', 'holiday', TN],
      ['02-03', 'holiday', TN],
      ['02-04', 'holiday', TN],
      ['04-10', 'holiday', GT],
      ['04-11', 'compensatory', GT],
      ['04-30', 'holiday', CT],
      ['05-01', 'holiday', LD],
      ['05-02', 'compensatory', CT],
      ['05-03', 'compensatory', LD],
      ['09-01', 'holiday', QK],
      ['09-02', 'holiday', QK],
    ],
  ),
  official(
    2023,
    [
      'BLLĐ 2019, Điều 111–112',
      'Tết Dương lịch: nghỉ 31/12/2022–02/01/2023, bù 02/01',
      'Tết Quý Mão: nghỉ 20/01–26/01/2023, 5 ngày Tết và 2 ngày nghỉ bù (pld.net.vn)',
      'Giỗ Tổ, 30/4, 1/5: nghỉ 29/04–03/05/2023, bù 02/05, 03/05 (kinhtedothi.vn)',
      'Quốc khánh: nghỉ 01/09–04/09/2023 (Công văn 8056/VPCP-KGVX ngày 01/12/2022)',
    ],
    [
      ['01-01', 'holiday', NY],
      ['01-02', 'compensatory', NY],
      ['01-20', 'holiday', TN],
      ['01-21', 'holiday', TN],
      ['01-22', 'holiday', TN],
      ['01-23', 'holiday', TN],
      ['01-24', 'holiday', TN],
      ['01-25', 'compensatory', TN],
      ['01-26', 'compensatory', TN],
      ['04-29', 'holiday', GT],
      ['04-30', 'holiday', CT],
      ['05-01', 'holiday', LD],
      ['05-02', 'compensatory', GT],
      ['05-03', 'compensatory', CT],
      ['09-01', 'holiday', QK],
      ['09-02', 'holiday', QK],
      ['09-04', 'compensatory', QK],
    ],
  ),
  official(
    2024,
    [
      'BLLĐ 2019, Điều 111–112',
      'Tết Giáp Thìn: nghỉ 08/02–14/02/2024, 5 ngày Tết và 2 ngày nghỉ bù (sucsongtre.vn)',
      'Giỗ Tổ 18/04; 30/4–1/5: nghỉ 27/04–01/05, hoán đổi nghỉ thứ Hai 29/04, làm bù thứ Bảy 04/05 (Công văn 2450/VPCP-KGVX ngày 12/04/2024)',
      'Quốc khánh: nghỉ 31/08–03/09/2024 (02/09 và 03/09)',
    ],
    [
      ['01-01', 'holiday', NY],
      ['02-08', 'holiday', TN],
      ['02-09', 'holiday', TN],
      ['02-10', 'holiday', TN],
      ['02-11', 'holiday', TN],
      ['02-12', 'holiday', TN],
      ['02-13', 'compensatory', TN],
      ['02-14', 'compensatory', TN],
      ['04-18', 'holiday', GT],
      ['04-29', 'swap-off', CT],
      ['04-30', 'holiday', CT],
      ['05-01', 'holiday', LD],
      ['05-04', 'swap-work', CT],
      ['09-02', 'holiday', QK],
      ['09-03', 'holiday', QK],
    ],
  ),
  official(
    2025,
    [
      'BLLĐ 2019, Điều 111–112',
      'Thông báo 6150/TB-BLĐTBXH ngày 03/12/2024 (nghỉ Tết Âm lịch, hoán đổi ngày làm việc dịp 30/4 và Quốc khánh 2025)',
      'Tết Ất Tỵ: nghỉ 25/01–02/02/2025, 05 ngày Tết 27/01–31/01 và 04 ngày nghỉ hằng tuần (Công văn 8726/VPCP-KGVX ngày 26/11/2024)',
      'Giỗ Tổ 07/04; 30/4–1/5: nghỉ 30/04–04/05, hoán đổi nghỉ thứ Sáu 02/05, làm bù thứ Bảy 26/04',
      'Quốc khánh: nghỉ 30/08–02/09/2025 (01/09 và 02/09)',
    ],
    [
      ['01-01', 'holiday', NY],
      ['01-27', 'holiday', TN],
      ['01-28', 'holiday', TN],
      ['01-29', 'holiday', TN],
      ['01-30', 'holiday', TN],
      ['01-31', 'holiday', TN],
      ['04-07', 'holiday', GT],
      ['04-26', 'swap-work', CT],
      ['04-30', 'holiday', CT],
      ['05-01', 'holiday', LD],
      ['05-02', 'swap-off', LD],
      ['09-01', 'holiday', QK],
      ['09-02', 'holiday', QK],
    ],
  ),
  official(
    2026,
    [
      'BLLĐ 2019, Điều 111–112',
      'Tết Dương lịch: nghỉ 01/01–04/01/2026, hoán đổi nghỉ thứ Sáu 02/01, làm bù thứ Bảy 10/01 (Công văn 12729/VPCP-KGVX ngày 25/12/2025)',
      'Tết Bính Ngọ và Quốc khánh: Thông báo 9441/TB-BNV ngày 16/10/2025 (Tết 14/02–22/02; Quốc khánh 29/08–02/09, hoán đổi nghỉ thứ Hai 31/08, làm bù thứ Bảy 22/08)',
      'Giỗ Tổ 26/04 (Chủ nhật), bù 27/04; 30/4–1/5: nghỉ 30/04–03/05 (thanhnien.vn)',
      'Ngày Văn hóa Việt Nam 24/11 (thứ Ba): Nghị quyết 28/2026/QH16, Điều 2 (hiệu lực 01/07/2026)',
    ],
    [
      ['01-01', 'holiday', NY],
      ['01-02', 'swap-off', NY],
      ['01-10', 'swap-work', NY],
      ['02-16', 'holiday', TN],
      ['02-17', 'holiday', TN],
      ['02-18', 'holiday', TN],
      ['02-19', 'holiday', TN],
      ['02-20', 'holiday', TN],
      ['04-26', 'holiday', GT],
      ['04-27', 'compensatory', GT],
      ['04-30', 'holiday', CT],
      ['05-01', 'holiday', LD],
      ['08-22', 'swap-work', QK],
      ['08-31', 'swap-off', QK],
      ['09-01', 'holiday', QK],
      ['09-02', 'holiday', QK],
      // A swap around 24/11/2026 (Monday 23/11 off, Saturday 28/11 worked) was described as a
      // proposal in a Government explainer of 06/09/2026; no decision was seen, so it is not
      // here. Once a notice is issued, add it with WorkingCalendarOptions.patches.
      ['11-24', 'holiday', 'Ngày Văn hóa Việt Nam'],
    ],
  ),
];

/**
 * Check a caller-supplied schedule and return it with its days sorted (kiểm tra lịch nghỉ).
 *
 * @param schedule - A {@link HolidaySchedule}.
 * @returns The same schedule, days in date order.
 * @throws TypeError if it is not an object with a `days` array.
 * @throws RangeError naming the bad value: year outside 1900–2100, a date that is not real or not
 *   in the year or a neighbouring one, an unknown kind, or a date listed twice.
 * @example
 * validateHolidaySchedule({ year: 2027, status: 'official', regime: 'civil-service', basis: ['TB …'], days: [] }).year
 * // => 2027
 */
export function validateHolidaySchedule(schedule: HolidaySchedule): HolidaySchedule {
  if (typeof schedule !== 'object' || schedule === null || !Array.isArray(schedule.days)) {
    typeError(
      `a holiday schedule must be an object { year, status, regime, basis, days: [] }, got ${show(schedule)}.`,
    );
  }
  checkScheduleYear(schedule.year);
  if (schedule.status !== 'official' && schedule.status !== 'derived') {
    rangeError(`schedule status must be 'official' or 'derived', got ${show(schedule.status)}.`);
  }
  const seen = new Set<string>();
  for (const d of schedule.days) {
    if (typeof d !== 'object' || d === null) {
      typeError(
        `schedule ${schedule.year}: each day must be an object { date, kind, name }, got ${show(d)}.`,
      );
    }
    if (!isLocalDate(d.date) || Math.abs(Number(d.date.slice(0, 4)) - schedule.year) > 1) {
      rangeError(
        `schedule ${schedule.year}: day date must be a real date YYYY-MM-DD in ${schedule.year} or a neighbouring year, got ${show(d.date)}.`,
      );
    }
    if (
      d.kind !== 'holiday' &&
      d.kind !== 'compensatory' &&
      d.kind !== 'swap-off' &&
      d.kind !== 'swap-work'
    ) {
      rangeError(
        `schedule ${schedule.year}: kind must be 'holiday', 'compensatory', 'swap-off' or 'swap-work', got ${show(d.kind)}.`,
      );
    }
    if (seen.has(d.date)) rangeError(`schedule ${schedule.year}: date ${show(d.date)} is listed twice.`);
    seen.add(d.date);
  }
  const days = [...schedule.days].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { ...schedule, days };
}

/**
 * A change to one year's schedule that does not restate it (bổ sung, sửa đổi lịch nghỉ của một
 * năm): a swap decided after the notice, a day added by a new act, a derived compensatory day the
 * Government did not grant. The days replace those of the same date or are added; `remove` drops
 * listed dates. Dates of the neighbouring years are allowed, as in a schedule.
 */
export interface HolidaySchedulePatch {
  /** The year of the schedule it changes. */
  readonly year: number;
  /** The documents that make the change (at least one), added to the schedule's basis. */
  readonly basis: readonly string[];
  /** Days to add, or to put in place of the day listed on the same date. */
  readonly days?: readonly HolidayDay[];
  /** Dates to drop from the schedule; each must be listed in it. */
  readonly remove?: readonly LocalDate[];
}

/**
 * Apply a {@link HolidaySchedulePatch} to a schedule (áp dụng văn bản bổ sung lịch nghỉ): the
 * patch's days replace those of the same date or are added, its `remove` dates are dropped, its
 * basis is appended. The status stays that of the schedule (a derived year with an official patch
 * is still `'derived'`: only the patched days come from a document).
 *
 * @param schedule - The schedule to change (official, derived or caller-supplied).
 * @param patch - The change.
 * @returns A new schedule, days in date order; the input is not modified.
 * @throws TypeError if the patch is not an object, its basis is not a non-empty list of strings,
 *   or `days` / `remove` are not arrays.
 * @throws RangeError if the years differ, a removed date is not in the schedule, a date is listed
 *   twice in the patch, or the result fails {@link validateHolidaySchedule}.
 * @example
 * const s2026 = CIVIL_SERVICE_HOLIDAY_SCHEDULES.find((s) => s.year === 2026)!;
 * const swapped = patchHolidaySchedule(s2026, {
 *   year: 2026,
 *   basis: ['Thông báo …/TB-BNV (hoán đổi dịp 24/11/2026)'],
 *   days: [
 *     { date: '2026-11-23', kind: 'swap-off', name: 'Ngày Văn hóa Việt Nam' },
 *     { date: '2026-11-28', kind: 'swap-work', name: 'Ngày Văn hóa Việt Nam' },
 *   ],
 * });
 * swapped.days.filter((d) => d.date.startsWith('2026-11')).map((d) => d.kind)
 * // => ['swap-off', 'holiday', 'swap-work']
 */
export function patchHolidaySchedule(
  schedule: HolidaySchedule,
  patch: HolidaySchedulePatch,
): HolidaySchedule {
  const base = validateHolidaySchedule(schedule);
  if (typeof patch !== 'object' || patch === null) {
    typeError(
      `a holiday schedule patch must be an object { year, basis, days?, remove? }, got ${show(patch)}.`,
    );
  }
  if (patch.year !== base.year) {
    rangeError(`patch year ${show(patch.year)} does not match the schedule's year ${base.year}.`);
  }
  if (
    !Array.isArray(patch.basis) ||
    patch.basis.length === 0 ||
    patch.basis.some((b) => typeof b !== 'string' || b.trim() === '')
  ) {
    typeError(
      `patch ${base.year}: basis must list the documents that make the change, got ${show(patch.basis)}.`,
    );
  }
  const days = patch.days ?? [];
  const remove = patch.remove ?? [];
  if (!Array.isArray(days)) typeError(`patch ${base.year}: days must be an array, got ${show(days)}.`);
  if (!Array.isArray(remove)) typeError(`patch ${base.year}: remove must be an array, got ${show(remove)}.`);
  const byDate = new Map<string, HolidayDay>();
  for (const d of base.days) byDate.set(d.date, d);
  for (const date of remove) {
    if (!byDate.delete(date)) {
      rangeError(`patch ${base.year}: cannot remove ${show(date)}, the schedule does not list it.`);
    }
  }
  const seen = new Set<string>();
  for (const d of days) {
    if (typeof d !== 'object' || d === null || typeof d.date !== 'string') {
      typeError(`patch ${base.year}: each day must be an object { date, kind, name }, got ${show(d)}.`);
    }
    if (seen.has(d.date)) rangeError(`patch ${base.year}: date ${show(d.date)} is listed twice.`);
    seen.add(d.date);
    byDate.set(d.date, d);
  }
  return validateHolidaySchedule({
    ...base,
    basis: [...base.basis, ...patch.basis],
    days: [...byDate.values()],
  });
}

import { describe, expect, it } from 'vitest';
import {
  CIVIL_SERVICE_HOLIDAY_SCHEDULES,
  computeDueDate,
  createWorkingCalendar,
  deriveHolidaySchedule,
  type HolidaySchedule,
  LABOUR_CODE_HOLIDAY_LAWS,
  lunarNewYear,
  patchHolidaySchedule,
} from '../../src/calendar/index';
import { addDays, dayOfWeek, differenceInDays } from '../../src/core/index';

// Issue 11, item 1: the calendar as the law stands in December 2026.
// Sources (see docs/working-days.md): Nghị quyết 28/2026/QH16 Điều 2 ("Ngày 24 tháng 11 hằng năm
// là Ngày Văn hóa Việt Nam; người lao động được nghỉ làm việc và hưởng nguyên lương", in force
// 01/07/2026); Công văn 6519/VPCP-KGVX of 11/07/2018 (holidays 2019); the Tết notices 2018–2026.

const cal = createWorkingCalendar({ fromYear: 2024, toYear: 2031 });
const s2026 = CIVIL_SERVICE_HOLIDAY_SCHEDULES.find((s) => s.year === 2026) as HolidaySchedule;

/** The 2026 calendar as it was before this change: no 24/11 anywhere. */
function calendarWithout2411(): ReturnType<typeof createWorkingCalendar> {
  const [code2012, code2019] = LABOUR_CODE_HOLIDAY_LAWS;
  return createWorkingCalendar({
    fromYear: 2026,
    toYear: 2026,
    derive: { laws: [code2012!, code2019!] },
    schedules: [{ ...s2026, days: s2026.days.filter((d) => d.date !== '2026-11-24') }],
  });
}

describe('24/11, Ngày Văn hóa Việt Nam (NQ 28/2026/QH16 Điều 2, from 01/07/2026)', () => {
  it('24/11/2026 (a Tuesday) is a day off for the civil service, with its reason and basis', () => {
    expect(cal.isWorkingDay('2026-11-24')).toBe(false);
    expect(cal.isWorkingDay('2026-11-23')).toBe(true); // Monday: the proposed swap was not decided
    expect(cal.isWorkingDay('2026-11-28')).toBe(false); // Saturday: not worked
    expect(cal.daysOff('2026-11-23', '2026-11-25')).toEqual([
      { date: '2026-11-24', kind: 'holiday', name: 'Ngày Văn hóa Việt Nam' },
    ]);
    expect(cal.scheduleFor(2026).basis.some((b) => b.includes('Nghị quyết 28/2026/QH16, Điều 2'))).toBe(true);
  });

  it('computeDueDate across 24/11/2026 moves by one day', () => {
    // Received Monday 23/11/2026, 2 working days. Counting starts the next day (BLDS Art. 147):
    // Tue 24/11 is off, so day 1 = Wed 25/11, day 2 = Thu 26/11. Without the holiday: 24, 25 → 25/11.
    const twoDays = { amount: 2, unit: 'working-days' } as const;
    expect(computeDueDate(cal, '2026-11-23', twoDays)).toBe('2026-11-26');
    expect(computeDueDate(calendarWithout2411(), '2026-11-23', twoDays)).toBe('2026-11-25');
    // Received Friday 20/11/2026, 5 working days: 23 (1), 24 off, 25 (2), 26 (3), 27 (4), 28–29
    // weekend, Mon 30/11 (5). Without the holiday the fifth day is Fri 27/11.
    const fiveDays = { amount: 5, unit: 'working-days' } as const;
    expect(computeDueDate(cal, '2026-11-20', fiveDays)).toBe('2026-11-30');
    expect(computeDueDate(calendarWithout2411(), '2026-11-20', fiveDays)).toBe('2026-11-27');
    // A calendar-day limit ending on 24/11 moves to the next working day (BLDS Art. 148).
    expect(computeDueDate(cal, '2026-11-21', { amount: 3, unit: 'calendar-days' })).toBe('2026-11-25');
    // And a dossier finished on 25/11 after a due date of 23/11 is one working day late, not two.
    expect(cal.differenceInWorkingDays('2026-11-25', '2026-11-23')).toBe(1);
    expect(calendarWithout2411().differenceInWorkingDays('2026-11-25', '2026-11-23')).toBe(2);
  });

  it('every derived year from 2027 has it; 2025 and earlier do not', () => {
    expect(cal.scheduleFor(2027).status).toBe('derived');
    expect(cal.isWorkingDay('2027-11-24')).toBe(false); // Wednesday
    expect(cal.isWorkingDay('2028-11-24')).toBe(false); // Friday
    expect(cal.isWorkingDay('2031-11-24')).toBe(false); // Monday
    expect(deriveHolidaySchedule(2031).basis).toContain(
      'Nghị quyết 28/2026/QH16 về phát triển văn hóa Việt Nam, Điều 2 (hiệu lực 01/07/2026)',
    );
    // In force from 01/07/2026: 24/11/2025 (a Monday) was a working day.
    expect(cal.isWorkingDay('2025-11-24')).toBe(true);
    expect(deriveHolidaySchedule(2025).days.some((d) => d.date === '2025-11-24')).toBe(false);
    // The statutory regime (an enterprise's plan) has it too.
    const firm = createWorkingCalendar({ fromYear: 2026, toYear: 2026, regime: 'statutory' });
    expect(firm.isWorkingDay('2026-11-24')).toBe(false);
  });

  it('on a weekend it is not made up by default; the make-up is an option (UNVERIFIED)', () => {
    // 24/11/2029 is a Saturday, 24/11/2030 a Sunday. BLLĐ Art. 111.3 makes up only the holidays
    // of Art. 112.1, and NQ 28/2026/QH16 did not amend that list.
    expect(cal.isWorkingDay('2029-11-26')).toBe(true); // Monday after
    expect(cal.isWorkingDay('2030-11-25')).toBe(true);
    const withMakeUp = createWorkingCalendar({
      fromYear: 2029,
      toYear: 2030,
      derive: { compensateCultureDay: true },
    });
    expect(withMakeUp.isWorkingDay('2029-11-26')).toBe(false);
    expect(withMakeUp.isWorkingDay('2030-11-25')).toBe(false);
    expect(withMakeUp.daysOff('2029-11-24', '2029-11-26')).toEqual([
      { date: '2029-11-24', kind: 'holiday', name: 'Ngày Văn hóa Việt Nam' },
      { date: '2029-11-26', kind: 'compensatory', name: 'Nghỉ bù Ngày Văn hóa Việt Nam' },
    ]);
    expect(withMakeUp.scheduleFor(2029).basis.some((b) => b.includes('UNVERIFIED'))).toBe(true);
    // A weekday 24/11 needs no make-up either way.
    expect(
      deriveHolidaySchedule(2027, { compensateCultureDay: true }).days.filter((d) =>
        d.date.startsWith('2027-11'),
      ),
    ).toEqual([{ date: '2027-11-24', kind: 'holiday', name: 'Ngày Văn hóa Việt Nam' }]);
    expect(() => deriveHolidaySchedule(2029, { compensateCultureDay: 'yes' as unknown as boolean })).toThrow(
      /compensateCultureDay must be true or false/,
    );
  });
});

describe('caller schedules: days of the neighbouring year, and patches', () => {
  // Công văn 6519/VPCP-KGVX (11/07/2018), holidays 2019 for the civil service, verbatim:
  // "a) Dịp Tết Dương lịch: nghỉ từ thứ Hai ngày 31 tháng 12 năm 2018 đến hết thứ Ba 01 tháng 01
  // năm 2019; đi làm bù vào thứ Bẩy ngày 05 tháng 01 năm 2019. b) Dịp Tết Âm lịch: nghỉ từ thứ Hai
  // ngày 04 tháng 02 năm 2019 đến hết thứ Sáu ngày 08 tháng 02 năm 2019. c) Dịp lễ Ngày Chiến thắng
  // (30/4) và Ngày Quốc tế lao động (01/5): nghỉ từ thứ Hai ngày 29 tháng 4 năm 2019 đến hết thứ Tư
  // ngày 01 tháng 5 năm 2019; đi làm bù vào thứ Bẩy ngày 04 tháng 5 năm 2019."
  // Source: https://thuvienphapluat.vn/cong-van/EN/Lao-dong-Tien-luong/Official-Dispatch-6519-VPCP-KGVX-2018-national-holidays-for-public-sector-employees/387625/tieng-anh.aspx
  const cv6519 = {
    year: 2019,
    basis: ['Công văn 6519/VPCP-KGVX ngày 11/07/2018 (nghỉ lễ, tết năm 2019)'],
    days: [
      { date: '2018-12-31', kind: 'swap-off', name: 'Tết Dương lịch' },
      { date: '2019-01-05', kind: 'swap-work', name: 'Tết Dương lịch' },
      { date: '2019-04-29', kind: 'swap-off', name: 'Ngày Chiến thắng' },
      { date: '2019-05-04', kind: 'swap-work', name: 'Ngày Chiến thắng' },
    ],
  } as const;

  it('a 2019 patch from CV 6519 sets Monday 31/12/2018 off without restating either year', () => {
    const c = createWorkingCalendar({ fromYear: 2018, toYear: 2019, patches: [cv6519] });
    expect(c.isWorkingDay('2018-12-31')).toBe(false);
    expect(c.isWorkingDay('2019-01-01')).toBe(false);
    expect(c.isWorkingDay('2019-01-05')).toBe(true); // a Saturday worked
    expect(c.isWorkingDay('2019-04-29')).toBe(false);
    expect(c.isWorkingDay('2019-05-04')).toBe(true);
    // The Tết days of CV 6519 (Mon 04/02 – Fri 08/02) equal the derived default: five days from
    // Sun 03/02 (the day before giao thừa), the Sunday made up on Friday 08/02.
    for (const d of ['2019-02-04', '2019-02-05', '2019-02-06', '2019-02-07', '2019-02-08']) {
      expect(c.isWorkingDay(d), d).toBe(false);
    }
    expect(c.isWorkingDay('2019-02-11')).toBe(true);
    expect(c.daysOff('2018-12-29', '2019-01-02')).toEqual([
      { date: '2018-12-31', kind: 'swap-off', name: 'Tết Dương lịch' },
      { date: '2019-01-01', kind: 'holiday', name: 'Tết Dương lịch' },
    ]);
    expect(c.scheduleFor(2019).status).toBe('derived'); // only the patched days come from the document
    expect(c.scheduleFor(2019).basis).toContain(cv6519.basis[0]);
    // Counting across the year end: received Friday 28/12/2018, 1 working day → Wed 02/01/2019.
    expect(computeDueDate(c, '2018-12-28', { amount: 1, unit: 'working-days' })).toBe('2019-01-02');
  });

  it('a full caller schedule may hold the neighbouring day too; outside the range it is ignored', () => {
    const full: HolidaySchedule = {
      year: 2019,
      status: 'official',
      regime: 'civil-service',
      basis: cv6519.basis,
      days: [...cv6519.days, { date: '2019-01-01', kind: 'holiday', name: 'Tết Dương lịch' }],
    };
    const c = createWorkingCalendar({ fromYear: 2018, toYear: 2019, schedules: [full] });
    expect(c.isWorkingDay('2018-12-31')).toBe(false);
    const only2019 = createWorkingCalendar({ fromYear: 2019, toYear: 2019, schedules: [full] });
    expect(only2019.isWorkingDay('2019-01-05')).toBe(true);
    expect(only2019.firstDate).toBe('2019-01-01');
  });

  it('two schedules that disagree on whether a day is worked are refused', () => {
    const y2018: HolidaySchedule = {
      year: 2018,
      status: 'official',
      regime: 'civil-service',
      basis: ['test'],
      days: [{ date: '2018-12-31', kind: 'swap-work', name: 'x' }],
    };
    expect(() =>
      createWorkingCalendar({ fromYear: 2018, toYear: 2019, schedules: [y2018], patches: [cv6519] }),
    ).toThrow(/2018-12-31 is a day off in one schedule and a working day in another/);
  });

  it('patchHolidaySchedule adds, replaces and removes single days, and cites its document', () => {
    // A HYPOTHETICAL notice for the swap proposed (not decided) around 24/11/2026.
    const swapped = patchHolidaySchedule(s2026, {
      year: 2026,
      basis: ['Thông báo giả định cho phép thử (hoán đổi 23/11 ↔ 28/11/2026)'],
      days: [
        { date: '2026-11-23', kind: 'swap-off', name: 'Ngày Văn hóa Việt Nam' },
        { date: '2026-11-28', kind: 'swap-work', name: 'Ngày Văn hóa Việt Nam' },
      ],
    });
    expect(swapped.days.length).toBe(s2026.days.length + 2);
    expect(swapped.basis.at(-1)).toBe('Thông báo giả định cho phép thử (hoán đổi 23/11 ↔ 28/11/2026)');
    expect(s2026.days.some((d) => d.date === '2026-11-23')).toBe(false); // input untouched
    const c = createWorkingCalendar({
      fromYear: 2026,
      toYear: 2026,
      patches: [
        {
          year: 2026,
          basis: ['Thông báo giả định cho phép thử'],
          days: [
            { date: '2026-11-23', kind: 'swap-off', name: 'Ngày Văn hóa Việt Nam' },
            { date: '2026-11-28', kind: 'swap-work', name: 'Ngày Văn hóa Việt Nam' },
          ],
        },
      ],
    });
    expect(c.isWorkingDay('2026-11-23')).toBe(false);
    expect(c.isWorkingDay('2026-11-28')).toBe(true);
    // 5 working days from Fri 20/11: 23 off, 24 off, 25, 26, 27, 28 (worked Saturday), Mon 30 → 30/11.
    expect(computeDueDate(c, '2026-11-20', { amount: 5, unit: 'working-days' })).toBe('2026-11-30');
    // Replace: the same date with another kind; remove: drop a listed day.
    const replaced = patchHolidaySchedule(s2026, {
      year: 2026,
      basis: ['test'],
      days: [{ date: '2026-11-24', kind: 'compensatory', name: 'x' }],
      remove: ['2026-04-27'],
    });
    expect(replaced.days.find((d) => d.date === '2026-11-24')?.kind).toBe('compensatory');
    expect(replaced.days.some((d) => d.date === '2026-04-27')).toBe(false);
    expect(replaced.days.length).toBe(s2026.days.length - 1);
  });

  it('rejects a wrong patch with a clear message', () => {
    const p = (patch: Parameters<typeof patchHolidaySchedule>[1]) => () => patchHolidaySchedule(s2026, patch);
    expect(p({ year: 2027, basis: ['x'] })).toThrow(
      /patch year 2027 does not match the schedule's year 2026/,
    );
    expect(p({ year: 2026, basis: [] })).toThrow(/basis must list the documents/);
    expect(p({ year: 2026, basis: ['x'], remove: ['2026-11-23'] })).toThrow(/cannot remove "2026-11-23"/);
    expect(
      p({
        year: 2026,
        basis: ['x'],
        days: [
          { date: '2026-11-23', kind: 'swap-off', name: 'x' },
          { date: '2026-11-23', kind: 'swap-off', name: 'x' },
        ],
      }),
    ).toThrow(/"2026-11-23" is listed twice/);
    expect(
      p({ year: 2026, basis: ['x'], days: [{ date: '2028-11-23', kind: 'swap-off', name: 'x' }] }),
    ).toThrow(/neighbouring year/);
    expect(() =>
      createWorkingCalendar({ fromYear: 2026, toYear: 2026, patches: [{ year: 2030, basis: ['x'] }] }),
    ).toThrow(/patch for 2030 is outside the calendar's years 2026–2026/);
  });
});

describe('the default placement of the five Tết days, chosen by count from 2018–2026', () => {
  // First of the five Tết days in each official civil-service schedule, typed in from the sources:
  // 2018 "từ thứ Tư, ngày 14/2/2018 (ngày 29 tháng chạp năm Đinh Dậu)"; 2019 CV 6519 (04/02);
  // 2020 "từ thứ Năm ngày 23/1/2020 … (tức từ ngày 29 tháng Chạp năm Kỷ Hợi"; 2021 "từ ngày 10 đến
  // hết ngày 16-2-2021 (từ 29 tháng Chạp năm Canh Tý"; 2022 "thứ Hai (31/1/2022) … 29 tháng Chạp
  // năm Tân Sửu"; 2023 "từ ngày 20/1/2023 đến hết ngày 26/1/2023"; 2024 08/02 (29 Chạp Quý Mão);
  // 2025 TB 6150/TB-BLĐTBXH (five days Mon 27/01 – Fri 31/01); 2026 TB 9441/TB-BNV (16/02, 29 Chạp).
  const FIRST_DAY: Record<number, string> = {
    2018: '2018-02-14',
    2019: '2019-02-04',
    2020: '2020-01-23',
    2021: '2021-02-10',
    2022: '2022-01-31',
    2023: '2023-01-20',
    2024: '2024-02-08',
    2025: '2025-01-27',
    2026: '2026-02-16',
  };

  it('6 of 9 years started the day before giao thừa, 3 on giao thừa (each a Tuesday mùng 1)', () => {
    const offsets = Object.entries(FIRST_DAY).map(([y, d]) => [
      Number(y),
      differenceInDays(d, lunarNewYear(Number(y))),
    ]);
    expect(offsets).toEqual([
      [2018, -2],
      [2019, -1],
      [2020, -2],
      [2021, -2],
      [2022, -1],
      [2023, -2],
      [2024, -2],
      [2025, -2],
      [2026, -1],
    ]);
    const count = (o: number) => offsets.filter(([, x]) => x === o).length;
    expect([count(-2), count(-1)]).toEqual([6, 3]);
  });

  it('the derived default reproduces the five weekdays off of each of the six majority years', () => {
    // The official weekdays off of each majority year's Tết, by hand from the notices: the five
    // days from the first day, each weekend day inside replaced by the next weekday.
    const OFFICIAL: Record<number, string[]> = {
      2018: ['2018-02-14', '2018-02-15', '2018-02-16', '2018-02-19', '2018-02-20'],
      2020: ['2020-01-23', '2020-01-24', '2020-01-27', '2020-01-28', '2020-01-29'],
      2021: ['2021-02-10', '2021-02-11', '2021-02-12', '2021-02-15', '2021-02-16'],
      2023: ['2023-01-20', '2023-01-23', '2023-01-24', '2023-01-25', '2023-01-26'],
      2024: ['2024-02-08', '2024-02-09', '2024-02-12', '2024-02-13', '2024-02-14'],
      2025: ['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'],
    };
    const c = createWorkingCalendar({ fromYear: 2018, toYear: 2025, regime: 'statutory' });
    for (const [y, days] of Object.entries(OFFICIAL)) {
      const first = days[0] as string;
      const off: string[] = [];
      for (let d = addDays(first, -3); d <= addDays(first, 9); d = addDays(d, 1)) {
        if (!c.isWorkingDay(d) && dayOfWeek(d) !== 0 && dayOfWeek(d) !== 6) off.push(d);
      }
      expect(off, y).toEqual(days);
    }
  });
});

import { describe, expect, it } from 'vitest';
import {
  CIVIL_SERVICE_HOLIDAY_SCHEDULES,
  CULTURE_DAY_LAW_ID,
  createWorkingCalendar,
  deriveHolidaySchedule,
  type HolidayLaw,
  LABOUR_CODE_HOLIDAY_LAWS,
  validateHolidaySchedule,
} from '../../src/calendar/index';
import { addDays, dayOfWeek } from '../../src/core/index';

const cal = createWorkingCalendar({ fromYear: 2020, toYear: 2030 });

/** Every day from `from` to `to` inclusive. */
function span(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/**
 * The blocks of §6.3 of the domain notes (official civil-service schedules), typed in by hand from
 * the table: [first day off, last day off]. Every day inside must be off, and the weekday just
 * before and just after each block must be a working day.
 */
const BLOCKS: Record<number, [string, string][]> = {
  2022: [
    ['2022-01-01', '2022-01-03'],
    ['2022-01-29', '2022-02-06'],
    ['2022-04-09', '2022-04-11'],
    ['2022-04-30', '2022-05-03'],
    ['2022-09-01', '2022-09-04'],
  ],
  2023: [
    ['2022-12-31', '2023-01-02'],
    ['2023-01-20', '2023-01-26'],
    ['2023-04-29', '2023-05-03'],
    ['2023-09-01', '2023-09-04'],
  ],
  2024: [
    ['2024-01-01', '2024-01-01'],
    ['2024-02-08', '2024-02-14'],
    ['2024-04-18', '2024-04-18'],
    ['2024-04-27', '2024-05-01'],
    ['2024-08-31', '2024-09-03'],
  ],
  2025: [
    ['2025-01-01', '2025-01-01'],
    ['2025-01-25', '2025-02-02'],
    ['2025-04-05', '2025-04-07'],
    ['2025-04-30', '2025-05-04'],
    ['2025-08-30', '2025-09-02'],
  ],
  2026: [
    ['2026-01-01', '2026-01-04'],
    ['2026-02-14', '2026-02-22'],
    ['2026-04-25', '2026-04-27'],
    ['2026-04-30', '2026-05-03'],
    ['2026-08-29', '2026-09-02'],
    // Ngày Văn hóa Việt Nam, Tuesday 24/11/2026 (NQ 28/2026/QH16 Điều 2, from 01/07/2026).
    ['2026-11-24', '2026-11-24'],
  ],
};

/** Saturdays worked (ngày làm bù) of §6.3. */
const SATURDAYS_WORKED: Record<number, string[]> = {
  2022: [],
  2023: [],
  2024: ['2024-05-04'],
  2025: ['2025-04-26'],
  2026: ['2026-01-10', '2026-08-22'],
};

describe('official civil-service schedules 2022–2026 (§6.3)', () => {
  for (const year of [2022, 2023, 2024, 2025, 2026]) {
    describe(String(year), () => {
      it.each(BLOCKS[year] ?? [])(
        'every day from %s to %s is off, the days around are worked',
        (from, to) => {
          for (const d of span(from, to)) expect(cal.isWorkingDay(d), d).toBe(false);
          let before = addDays(from, -1);
          while (dayOfWeek(before) === 0 || dayOfWeek(before) === 6) before = addDays(before, -1);
          let after = addDays(to, 1);
          while (dayOfWeek(after) === 0 || dayOfWeek(after) === 6) after = addDays(after, 1);
          expect(cal.isWorkingDay(before), before).toBe(true);
          expect(cal.isWorkingDay(after), after).toBe(true);
        },
      );

      it('the swapped Saturdays are working days', () => {
        for (const d of SATURDAYS_WORKED[year] ?? []) expect(cal.isWorkingDay(d), d).toBe(true);
      });

      it('is marked official and cites its documents', () => {
        const s = cal.scheduleFor(year);
        expect(s.status).toBe('official');
        expect(s.regime).toBe('civil-service');
        expect(s.basis.length).toBeGreaterThan(1);
      });
    });
  }

  it('the documents named in §6.3 and the 2026-12 review are cited', () => {
    const basis = (y: number) => cal.scheduleFor(y).basis.join(' | ');
    expect(basis(2023)).toContain('8056/VPCP-KGVX');
    expect(basis(2024)).toContain('2450/VPCP-KGVX');
    expect(basis(2025)).toContain('8726/VPCP-KGVX');
    expect(basis(2025)).toContain('Thông báo 6150/TB-BLĐTBXH ngày 03/12/2024');
    expect(basis(2026)).toContain('9441/TB-BNV');
    expect(basis(2026)).toContain('Công văn 12729/VPCP-KGVX ngày 25/12/2025');
    expect(basis(2026)).toContain('Nghị quyết 28/2026/QH16, Điều 2');
    expect(basis(2026)).not.toContain('quyết định ngày 25/12/2025');
  });

  it('each year loses its statutory weekdays net (11 under BLLĐ 2019; 12 in 2026 with 24/11)', () => {
    // Weekdays per year counted by hand from the day the year starts on:
    // 2022 Sat → 260, 2023 Sun → 260, 2024 Mon (leap) → 262, 2025 Wed → 261, 2026 Thu → 261.
    // 2026 has 11 + 1 days off on weekdays: 24/11/2026 is a Tuesday.
    const weekdays: Record<number, [number, number]> = {
      2022: [260, 11],
      2023: [260, 11],
      2024: [262, 11],
      2025: [261, 11],
      2026: [261, 12],
    };
    for (const [y, [n, off]] of Object.entries(weekdays)) {
      expect(cal.countWorkingDays(`${y}-01-01`, `${y}-12-31`), y).toBe(n - off);
    }
  });

  it('2026 totals 26 days off including adjacent weekends (4 + 9 + 3 + 4 + 5 + 1)', () => {
    const total = (BLOCKS[2026] ?? []).reduce((n, [a, b]) => n + span(a, b).length, 0);
    expect(total).toBe(26);
  });

  it('lists days off with their reason', () => {
    expect(cal.daysOff('2024-04-26', '2024-05-05').map((d) => [d.date, d.kind])).toEqual([
      ['2024-04-29', 'swap-off'],
      ['2024-04-30', 'holiday'],
      ['2024-05-01', 'holiday'],
    ]);
    expect(
      cal.daysOff('2022-01-01', '2022-01-04', { includeWeeklyRest: true }).map((d) => [d.date, d.kind]),
    ).toEqual([
      ['2022-01-01', 'holiday'],
      ['2022-01-02', 'weekly-rest'],
      ['2022-01-03', 'compensatory'],
    ]);
  });
});

describe('Labour Code rules (BLLĐ 2012 Art. 115, BLLĐ 2019 Art. 111–112)', () => {
  it('2019 Code: 11 days; 2012 Code: 10 days; NQ 28/2026/QH16: 1 day from 01/07/2026, not made up', () => {
    const total = (law: HolidayLaw) => law.holidays.reduce((n, h) => n + h.days, 0);
    expect(LABOUR_CODE_HOLIDAY_LAWS.map((l) => [l.id, total(l)])).toEqual([
      ['labour-code-2012', 10],
      ['labour-code-2019', 11],
      ['nq-28-2026-qh16', 1],
    ]);
    const culture = LABOUR_CODE_HOLIDAY_LAWS[2];
    expect(culture?.id).toBe(CULTURE_DAY_LAW_ID);
    expect(culture?.effectiveFrom).toBe('2026-07-01');
    expect(culture?.compensatoryRule).toBeNull();
    expect(culture?.holidays).toEqual([
      {
        id: 'vietnamese-culture-day',
        name: 'Ngày Văn hóa Việt Nam',
        calendar: 'solar',
        month: 11,
        day: 24,
        days: 1,
      },
    ]);
  });

  it('years without a notice are derived and flagged', () => {
    expect(cal.scheduleFor(2027).status).toBe('derived');
    expect(cal.scheduleFor(2021).status).toBe('derived');
    expect(cal.scheduleFor(2027).basis).toContain('Bộ luật Lao động 2019, Điều 111.3');
  });

  it('2027 derived: Tết Đinh Mùi from the day before the eve (04/02) to mùng 3, weekend days compensated after the block', () => {
    // mùng 1 = Sat 06/02/2027 (§6.3), so giao thừa = Fri 05/02 and the default start (the day
    // before giao thừa, 6 of the 9 official years 2018–2026) is Thu 04/02. Five days 04–08/02;
    // Sat 06 and Sun 07 are rest days, made up on Tue 09/02 and Wed 10/02.
    const s = deriveHolidaySchedule(2027);
    const tet = s.days.filter((d) => d.date >= '2027-02-01' && d.date <= '2027-02-28');
    expect(tet.map((d) => [d.date, d.kind])).toEqual([
      ['2027-02-04', 'holiday'],
      ['2027-02-05', 'holiday'],
      ['2027-02-06', 'holiday'],
      ['2027-02-07', 'holiday'],
      ['2027-02-08', 'holiday'],
      ['2027-02-09', 'compensatory'],
      ['2027-02-10', 'compensatory'],
    ]);
    // The previous default (-1: from giao thừa) is one option away.
    const fromEve = deriveHolidaySchedule(2027, { tetFirstDayOffset: -1 });
    expect(fromEve.days.filter((d) => d.name === 'Tết Nguyên đán').map((d) => d.date)[0]).toBe('2027-02-05');
    // Giỗ Tổ 16/04/2027 (Fri, §6.4); 1/5/2027 is a Saturday → Monday 03/05 off.
    expect(s.days.find((d) => d.date === '2027-04-16')?.kind).toBe('holiday');
    expect(s.days.find((d) => d.date === '2027-05-03')?.kind).toBe('compensatory');
  });

  it('Quốc khánh: 2/9 plus one adjacent day from 2021, a single day before', () => {
    // 2/9/2021 Thursday → 3/9 (the 2021 practice); 2/9/2029 Sunday → 3/9, and 4/9 compensates 2/9.
    expect(
      deriveHolidaySchedule(2021)
        .days.filter((d) => d.date.slice(5, 7) === '09')
        .map((d) => d.date),
    ).toEqual(['2021-09-02', '2021-09-03']);
    expect(
      deriveHolidaySchedule(2029)
        .days.filter((d) => d.date.slice(5, 7) === '09')
        .map((d) => [d.date, d.kind]),
    ).toEqual([
      ['2029-09-02', 'holiday'],
      ['2029-09-03', 'holiday'],
      ['2029-09-04', 'compensatory'],
    ]);
    expect(
      deriveHolidaySchedule(2019)
        .days.filter((d) => d.date.slice(5, 7) === '09')
        .map((d) => d.date),
    ).toEqual(['2019-09-02']);
    const before = deriveHolidaySchedule(2021, { nationalDayAdjacent: 'before' });
    expect(before.days.some((d) => d.date === '2021-09-01')).toBe(true);
  });

  it('the derived rules reproduce the statutory days of the official years where no swap was made', () => {
    // 2022: the notices' statutory days (31/01–04/02 Tết, bù 03/01, 11/04, 02–03/05) equal the
    // rules with the Tết block from giao thừa (2022 is one of the three years that started there).
    const derived = deriveHolidaySchedule(2022, { tetFirstDayOffset: -1 }).days.map((d) => d.date);
    const official = CIVIL_SERVICE_HOLIDAY_SCHEDULES.find((s) => s.year === 2022)?.days.map((d) => d.date);
    expect(derived).toEqual(official);
  });

  it('the default Tết placement reproduces 2024 (the block started the day before the eve)', () => {
    const s = deriveHolidaySchedule(2024);
    expect(s.days.filter((d) => d.name === 'Tết Nguyên đán').map((d) => d.date)).toEqual([
      '2024-02-08',
      '2024-02-09',
      '2024-02-10',
      '2024-02-11',
      '2024-02-12',
    ]);
    expect(
      s.days.filter((d) => d.kind === 'compensatory' && d.date < '2024-03-01').map((d) => d.date),
    ).toEqual(['2024-02-13', '2024-02-14']);
  });
});

describe('caller data: a new notice, an enterprise plan, a new holiday', () => {
  it('a caller adds the 2027 notice; it replaces the derived year', () => {
    const c = createWorkingCalendar({
      fromYear: 2026,
      toYear: 2028,
      schedules: [
        {
          year: 2027,
          status: 'official',
          regime: 'civil-service',
          basis: ['Thông báo (hypothetical) for the test'],
          days: [
            { date: '2027-02-04', kind: 'swap-off', name: 'Tết Nguyên đán' },
            { date: '2027-02-20', kind: 'swap-work', name: 'Tết Nguyên đán' },
          ],
        },
      ],
    });
    expect(c.scheduleFor(2027).status).toBe('official');
    expect(c.isWorkingDay('2027-02-04')).toBe(false);
    expect(c.isWorkingDay('2027-02-20')).toBe(true); // a Saturday worked
    expect(c.isWorkingDay('2027-02-08')).toBe(true); // no longer a holiday: the notice replaces the year
  });

  it("statutory regime (an enterprise's plan): no Government swaps", () => {
    const c = createWorkingCalendar({ fromYear: 2025, toYear: 2026, regime: 'statutory' });
    expect(c.scheduleFor(2025).status).toBe('derived');
    expect(c.isWorkingDay('2025-05-02')).toBe(true); // civil servants had it off by a swap
    expect(c.isWorkingDay('2025-04-26')).toBe(false); // and worked this Saturday
    expect(c.isWorkingDay('2025-04-30')).toBe(false);
  });

  it('a six-day week (Sunday rest only): a holiday on Sunday moves to Monday, Saturdays are worked', () => {
    const c = createWorkingCalendar({
      fromYear: 2026,
      toYear: 2026,
      regime: 'statutory',
      weeklyRestDays: [0],
    });
    expect(c.isWorkingDay('2026-03-07')).toBe(true); // Saturday
    expect(c.isWorkingDay('2026-04-26')).toBe(false); // Giỗ Tổ, Sunday
    expect(c.isWorkingDay('2026-04-27')).toBe(false); // nghỉ bù
    expect(c.isWorkingDay('2026-02-21')).toBe(true); // Saturday after Tết (16–20/02)
  });

  it('a law that ends is closed and another appended: data, not code', () => {
    // The caller who wants the pre-2026 list back (e.g. to recompute an old report exactly as it
    // was printed) passes the two Labour Code versions only.
    const [code2012, code2019] = LABOUR_CODE_HOLIDAY_LAWS;
    if (code2012 === undefined || code2019 === undefined) throw new Error('laws missing');
    const c = createWorkingCalendar({ fromYear: 2027, toYear: 2027, derive: { laws: [code2012, code2019] } });
    expect(c.isWorkingDay('2027-11-24')).toBe(true);
    expect(createWorkingCalendar({ fromYear: 2027, toYear: 2027 }).isWorkingDay('2027-11-24')).toBe(false);
  });

  it('rejects bad schedules with a clear message', () => {
    const bad = (days: { date: string; kind: 'holiday'; name: string }[]) =>
      validateHolidaySchedule({ year: 2027, status: 'official', regime: 'x', basis: [], days });
    expect(() => bad([{ date: '2027-02-30', kind: 'holiday', name: 'x' }])).toThrow(
      /\[commune-kpi\] schedule 2027: day date must be a real date YYYY-MM-DD in 2027 or a neighbouring year, got "2027-02-30"/,
    );
    // A neighbouring year's day is allowed (the 2019 notice set 31/12/2018 off); two years away is not.
    expect(bad([{ date: '2028-01-01', kind: 'holiday', name: 'x' }]).days).toHaveLength(1);
    expect(() => bad([{ date: '2029-01-01', kind: 'holiday', name: 'x' }])).toThrow(
      /in 2027 or a neighbouring year, got "2029-01-01"/,
    );
    expect(() =>
      bad([
        { date: '2027-01-01', kind: 'holiday', name: 'x' },
        { date: '2027-01-01', kind: 'holiday', name: 'x' },
      ]),
    ).toThrow(/listed twice/);
    expect(() => deriveHolidaySchedule(2101)).toThrow(/year must be an integer from 1900 to 2100, got 2101/);
    expect(() => deriveHolidaySchedule(2027, { tetFirstDayOffset: 0.5 })).toThrow(
      /tetFirstDayOffset .* got 0.5/,
    );
    expect(() => createWorkingCalendar({ fromYear: 2010 })).toThrow(
      /no holiday law in force on 1 January 2010/,
    );
    expect(() => createWorkingCalendar({ fromYear: 1800 })).toThrow(
      /fromYear must be an integer from 1900 to 2100, got 1800/,
    );
    expect(() => createWorkingCalendar({ weeklyRestDays: [7] })).toThrow(/weeklyRestDays .* got \[7\]/);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeDueDate, createWorkingCalendar, type WorkingCalendar } from '../../src/calendar/index';
import { parseCalendarDay } from '../../src/calendar/working-calendar';
import { addDays, dayOfWeek, fromEpochDay, toEpochDay } from '../../src/core/index';

const cal = createWorkingCalendar({ fromYear: 2014, toYear: 2100 });

/**
 * A second, day-by-day implementation built only from the schedules' data (the method the
 * calendar's O(1) tables replace), to check the tables against.
 */
function naive(c: WorkingCalendar, from: number, to: number) {
  const off = new Set<string>();
  const work = new Set<string>();
  for (let y = from; y <= to; y++) {
    for (const d of c.scheduleFor(y).days) (d.kind === 'swap-work' ? work : off).add(d.date);
  }
  const isWorking = (d: string) => work.has(d) || (!off.has(d) && dayOfWeek(d) !== 0 && dayOfWeek(d) !== 6);
  const add = (d: string, n: number) => {
    let x = d;
    for (let k = 0; k < n; ) {
      x = addDays(x, 1);
      if (isWorking(x)) k++;
    }
    return x;
  };
  return { isWorking, add };
}

describe('known deadlines across Tết (worked out by hand from §6.3)', () => {
  it.each([
    // received, working days, due — Tết Bính Ngọ: off 14/02–22/02/2026
    ['2026-02-10', 5, '2026-02-24'], // 11, 12, 13 | 23, 24
    ['2026-02-13', 3, '2026-02-25'], // 23, 24, 25
    ['2026-02-12', 2, '2026-02-23'], // 13 | 23
    // Tết Giáp Thìn: off 08/02–14/02/2024
    ['2024-02-07', 10, '2024-02-28'], // 15, 16, 19, 20, 21, 22, 23, 26, 27, 28
    // Tết Ất Tỵ: off 25/01–02/02/2025
    ['2025-01-24', 15, '2025-02-21'], // 3–7, 10–14, 17–21 February
    // Tết Quý Mão: off 20/01–26/01/2023
    ['2023-01-19', 1, '2023-01-27'],
    // Tết Nhâm Dần: off 29/01–06/02/2022
    ['2022-01-28', 5, '2022-02-11'], // 7–11 February
    // 30/4 swaps: Saturday 26/04/2025 worked; 27/04–01/05/2024 off, Saturday 04/05/2024 worked
    ['2025-04-25', 1, '2025-04-26'],
    ['2025-04-25', 2, '2025-04-28'],
    ['2025-04-25', 4, '2025-05-05'], // 26, 28, 29 | 30/04–04/05 off | 05
    ['2024-04-26', 1, '2024-05-02'],
    ['2024-04-26', 3, '2024-05-04'],
  ])('received %s + %i working days → %s', (received, n, due) => {
    expect(cal.addWorkingDays(received, n)).toBe(due);
    expect(computeDueDate(cal, received, { amount: n, unit: 'working-days' })).toBe(due);
    expect(cal.differenceInWorkingDays(due, received)).toBe(n);
  });

  it('subtracts, counts and steps across Tết', () => {
    expect(cal.subWorkingDays('2026-02-23', 1)).toBe('2026-02-13');
    expect(cal.previousWorkingDay('2026-02-23')).toBe('2026-02-13');
    expect(cal.subWorkingDays('2026-02-21', 1)).toBe('2026-02-13'); // from a day off
    expect(cal.nextWorkingDay('2026-02-13')).toBe('2026-02-23');
    expect(cal.nextWorkingDay('2026-08-28')).toBe('2026-09-03'); // 29/08–02/09 off
    expect(cal.workingDayOnOrAfter('2026-05-02')).toBe('2026-05-04');
    expect(cal.workingDayOnOrAfter('2026-05-04')).toBe('2026-05-04');
    expect(cal.differenceInWorkingDays('2026-02-12', '2026-02-23')).toBe(-2);
    // February 2026: 20 weekdays, 5 of them Tết.
    expect(cal.countWorkingDays('2026-02-01', '2026-02-28')).toBe(15);
    expect(cal.addWorkingDays('2026-02-15', 0)).toBe('2026-02-15');
  });
});

describe('properties', () => {
  // Far enough inside 2014–2100 that 2 × 400 working days either way stay in the calendar.
  const first = toEpochDay('2016-01-01');
  const last = toEpochDay('2096-12-31');
  const date = fc.integer({ min: first, max: last }).map(fromEpochDay);
  const n = fc.integer({ min: 1, max: 400 });

  it('addWorkingDays(d, n) is a working day and differenceInWorkingDays inverts it', () => {
    fc.assert(
      fc.property(date, n, (d, k) => {
        const r = cal.addWorkingDays(d, k);
        expect(cal.isWorkingDay(r)).toBe(true);
        expect(r > d).toBe(true);
        expect(cal.differenceInWorkingDays(r, d)).toBe(k);
        expect(cal.differenceInWorkingDays(d, r)).toBe(-k);
      }),
      { numRuns: 3000 },
    );
  });

  it('going back: subWorkingDays(addWorkingDays(d, n), n) = d on a working day', () => {
    fc.assert(
      fc.property(date, n, (d, k) => {
        const w = cal.workingDayOnOrAfter(d);
        expect(cal.subWorkingDays(cal.addWorkingDays(w, k), k)).toBe(w);
        expect(cal.isWorkingDay(cal.subWorkingDays(d, k))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('addWorkingDays is additive: (d + a) + b = d + (a + b)', () => {
    fc.assert(
      fc.property(date, n, n, (d, a, b) => {
        expect(cal.addWorkingDays(cal.addWorkingDays(d, a), b)).toBe(cal.addWorkingDays(d, a + b));
      }),
      { numRuns: 1000 },
    );
  });

  it('agrees with a day-by-day loop over the same data (2020–2030)', () => {
    const c = createWorkingCalendar({ fromYear: 2020, toYear: 2030 });
    const slow = naive(c, 2020, 2030);
    const d2 = fc.integer({ min: toEpochDay('2020-01-01'), max: toEpochDay('2029-12-31') }).map(fromEpochDay);
    fc.assert(
      fc.property(d2, fc.integer({ min: 1, max: 120 }), (d, k) => {
        expect(c.isWorkingDay(d)).toBe(slow.isWorking(d));
        expect(c.addWorkingDays(d, k)).toBe(slow.add(d, k));
      }),
      { numRuns: 1500 },
    );
  });

  it('does not depend on the host time zone (this file also runs under TZ=UTC, Asia/Ho_Chi_Minh, America/Los_Angeles)', () => {
    // Timestamps near midnight in other zones land on the Vietnamese date.
    expect(computeDueDate(cal, '2026-02-13T16:59:00Z', { amount: 1, unit: 'working-days' })).toBe(
      '2026-02-23',
    );
    expect(computeDueDate(cal, '2026-02-13T17:00:00Z', { amount: 1, unit: 'working-days' })).toBe(
      '2026-02-23',
    );
    expect(computeDueDate(cal, '2026-02-12T17:00:00Z', { amount: 1, unit: 'working-days' })).toBe(
      '2026-02-23',
    );
    expect(computeDueDate(cal, '2026-02-12T16:59:00Z', { amount: 1, unit: 'working-days' })).toBe(
      '2026-02-13',
    );
    // 09:30 at UTC−8 on 12/02 is 00:30 on 13/02 in Vietnam; 01:30 at UTC−8 is 16:30 on 12/02.
    expect(computeDueDate(cal, '2026-02-12T09:30:00-08:00', { amount: 1, unit: 'working-days' })).toBe(
      '2026-02-23',
    );
    expect(computeDueDate(cal, '2026-02-12T01:30:00-08:00', { amount: 1, unit: 'working-days' })).toBe(
      '2026-02-13',
    );
  });
});

describe('bad input gets a clear error naming the value and the allowed range', () => {
  it('impossible dates and dates outside the range', () => {
    expect(() => cal.isWorkingDay('2026-02-30')).toThrow(
      /^\[commune-kpi\] date must be a real date written YYYY-MM-DD, got "2026-02-30"\.$/,
    );
    expect(() => cal.isWorkingDay('26-02-2026')).toThrow(RangeError);
    expect(() => cal.isWorkingDay('2101-01-01')).toThrow(
      /\[commune-kpi\] date must be from 2014-01-01 to 2100-12-31 \(the calendar's range\), got "2101-01-01"/,
    );
    // @ts-expect-error a number is not a LocalDate
    expect(() => cal.isWorkingDay(20260213)).toThrow(TypeError);
    expect(() => cal.addWorkingDays('2100-12-30', 5)).toThrow(
      /leaves the calendar's range 2014-01-01 to 2100-12-31/,
    );
  });

  it('fractional or non-numeric amounts', () => {
    expect(() => cal.addWorkingDays('2026-02-13', 1.5)).toThrow(
      /\[commune-kpi\] amount must be an integer, got 1.5/,
    );
    expect(() => cal.subWorkingDays('2026-02-13', Number.NaN)).toThrow(/got null/);
    expect(() => cal.countWorkingDays('2026-03-01', '2026-02-01')).toThrow(/must not be before/);
    expect(() => cal.scheduleFor(2013)).toThrow(/year must be an integer from 2014 to 2100, got 2013/);
  });
});

describe('construction', () => {
  it('a one-year calendar is enough for a one-year query', () => {
    const c = createWorkingCalendar({ fromYear: 2026, toYear: 2026 });
    expect(c.firstDate).toBe('2026-01-01');
    expect(c.lastDate).toBe('2026-12-31');
    expect(c.addWorkingDays('2026-12-30', 1)).toBe('2026-12-31');
    expect(() => c.addWorkingDays('2026-12-31', 1)).toThrow(RangeError);
  });
});

describe('internal date parser', () => {
  it('agrees with toEpochDay on every kind of date, and rejects what isLocalDate rejects', () => {
    fc.assert(
      fc.property(fc.integer({ min: toEpochDay('0001-01-01'), max: toEpochDay('9999-12-31') }), (day) => {
        expect(parseCalendarDay(fromEpochDay(day), 'd')).toBe(day);
      }),
      { numRuns: 3000 },
    );
    for (const bad of [
      '2026-02-29',
      '2100-02-29',
      '2026-13-01',
      '2026-00-10',
      '2026-01-00',
      '2026-1-01',
      '2026/01/01',
      '2026-01-3a',
      ' 2026-01-01',
    ]) {
      expect(() => parseCalendarDay(bad, 'd'), bad).toThrow(RangeError);
    }
    expect(parseCalendarDay('2000-02-29', 'd')).toBe(toEpochDay('2000-02-29'));
  });
});

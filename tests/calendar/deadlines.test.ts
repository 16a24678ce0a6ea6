import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeDueDate, createWorkingCalendar } from '../../src/calendar/index';
import { fromEpochDay, toEpochDay } from '../../src/core/index';

const cal = createWorkingCalendar({ fromYear: 2020, toYear: 2030 });
const wd = (amount: number) => ({ amount, unit: 'working-days' as const });

describe('computeDueDate (BLDS 2015 Art. 147–148, notes §1.6)', () => {
  it('working days: the period starts the day after receipt', () => {
    // Mon 02/03/2026 + 3 working days: 03, 04, 05.
    expect(computeDueDate(cal, '2026-03-02', wd(3))).toBe('2026-03-05');
    expect(computeDueDate(cal, '2026-03-02T08:00:00+07:00', wd(3))).toBe('2026-03-05');
    expect(computeDueDate(cal, '2026-03-02T23:59:00+07:00', wd(3))).toBe('2026-03-05');
    // Received Friday 13/02/2026 before Tết: 23, 24, 25.
    expect(computeDueDate(cal, '2026-02-13', wd(3))).toBe('2026-02-25');
  });

  it('calendar days: a last day that is a day off moves to the next working day', () => {
    expect(computeDueDate(cal, '2026-03-02', { amount: 10, unit: 'calendar-days' })).toBe('2026-03-12');
    expect(computeDueDate(cal, '2026-03-02', { amount: 5, unit: 'calendar-days' })).toBe('2026-03-09'); // Sat 07 → Mon 09
    expect(computeDueDate(cal, '2026-02-10', { amount: 7, unit: 'calendar-days' })).toBe('2026-02-23'); // 17/02 = mùng 1
    expect(computeDueDate(cal, '2026-04-24', { amount: 3, unit: 'calendar-days' })).toBe('2026-04-28'); // 27/04 nghỉ bù
  });

  it('hours: counted from the receipt instant (a bare date from its end)', () => {
    expect(computeDueDate(cal, '2026-03-02T10:00:00+07:00', { amount: 8, unit: 'hours' })).toBe('2026-03-02');
    expect(computeDueDate(cal, '2026-03-02T10:00:00+07:00', { amount: 14, unit: 'hours' })).toBe(
      '2026-03-02',
    ); // 24:00
    expect(computeDueDate(cal, '2026-03-02T10:00:00+07:00', { amount: 14.5, unit: 'hours' })).toBe(
      '2026-03-03',
    );
    expect(computeDueDate(cal, '2026-03-02', { amount: 24, unit: 'hours' })).toBe('2026-03-03');
    expect(computeDueDate(cal, '2026-02-13T10:00:00+07:00', { amount: 24, unit: 'hours' })).toBe(
      '2026-02-23',
    );
  });

  it('a zero limit gives the receipt day, or the next working day after a day off', () => {
    expect(computeDueDate(cal, '2026-03-02', wd(0))).toBe('2026-03-02');
    expect(computeDueDate(cal, '2026-03-07', wd(0))).toBe('2026-03-09');
    expect(computeDueDate(cal, '2026-03-07', { amount: 0, unit: 'calendar-days' })).toBe('2026-03-09');
    expect(computeDueDate(cal, '2026-03-02T10:00:00+07:00', { amount: 0, unit: 'hours' })).toBe('2026-03-02');
  });

  describe('UNVERIFIED receipt rules are options with documented defaults', () => {
    it('receiptCutoff: default none; "15:00" moves a late receipt to the next working day', () => {
      expect(computeDueDate(cal, '2026-03-02T16:00:00+07:00', wd(1))).toBe('2026-03-03');
      expect(computeDueDate(cal, '2026-03-02T16:00:00+07:00', wd(1), { receiptCutoff: '15:00' })).toBe(
        '2026-03-04',
      );
      expect(computeDueDate(cal, '2026-03-02T15:00:00+07:00', wd(1), { receiptCutoff: '15:00' })).toBe(
        '2026-03-04',
      );
      expect(computeDueDate(cal, '2026-03-02T14:59:00+07:00', wd(1), { receiptCutoff: '15:00' })).toBe(
        '2026-03-03',
      );
      // Friday 13/02/2026 after 15:00 → received Monday 23/02 → due Tuesday 24/02.
      expect(computeDueDate(cal, '2026-02-13T15:30:00+07:00', wd(1), { receiptCutoff: '15:00' })).toBe(
        '2026-02-24',
      );
      // A bare date has no time: the cut-off does not apply.
      expect(computeDueDate(cal, '2026-03-02', wd(1), { receiptCutoff: '15:00' })).toBe('2026-03-03');
    });

    it('dayOffReceipt: default "as-received"; "next-working-day" as one-stop systems often do', () => {
      // Online dossier on Saturday 07/03/2026.
      expect(computeDueDate(cal, '2026-03-07T20:00:00+07:00', wd(1))).toBe('2026-03-09');
      expect(
        computeDueDate(cal, '2026-03-07T20:00:00+07:00', wd(1), { dayOffReceipt: 'next-working-day' }),
      ).toBe('2026-03-10');
      // On a working day the option changes nothing.
      expect(computeDueDate(cal, '2026-03-02', wd(1), { dayOffReceipt: 'next-working-day' })).toBe(
        '2026-03-03',
      );
    });
  });

  it('the due date is always a working day and never before receipt', () => {
    const day = fc
      .integer({ min: toEpochDay('2020-01-01'), max: toEpochDay('2028-12-31') })
      .map(fromEpochDay);
    const unit = fc.constantFrom('working-days' as const, 'calendar-days' as const, 'hours' as const);
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 200 }), unit, (d, amount, u) => {
        const due = computeDueDate(cal, d, { amount, unit: u });
        expect(cal.isWorkingDay(due)).toBe(true);
        expect(due >= d).toBe(true);
        if (u === 'working-days' && amount > 0) expect(due).toBe(cal.addWorkingDays(d, amount));
      }),
      { numRuns: 2000 },
    );
  });

  it('rejects bad limits and dates with the value and the allowed range', () => {
    expect(() => computeDueDate(cal, '2026-03-02', wd(-1))).toThrow(
      /^\[commune-kpi\] a time limit in working-days must be an integer from 0 to 3650, got -1\.$/,
    );
    expect(() => computeDueDate(cal, '2026-03-02', wd(2.5))).toThrow(/got 2.5/);
    expect(() => computeDueDate(cal, '2026-03-02', { amount: -3, unit: 'hours' })).toThrow(
      /hours must be .* ≥ 0 .* got -3/,
    );
    expect(() => computeDueDate(cal, '2026-03-02', { amount: 1, unit: 'hours' })).not.toThrow();
    // @ts-expect-error unknown unit
    expect(() => computeDueDate(cal, '2026-03-02', { amount: 1, unit: 'weeks' })).toThrow(
      /unit must be .* got "weeks"/,
    );
    expect(() => computeDueDate(cal, '2026-02-29', wd(1))).toThrow(
      /receivedAt must be a real date .* got "2026-02-29"/,
    );
    expect(() => computeDueDate(cal, '2026-03-02T25:00:00+07:00', wd(1))).toThrow(RangeError);
    expect(() => computeDueDate(cal, '2019-12-31', wd(1))).toThrow(
      /receivedAt 2019-12-31 is outside the calendar's range 2020-01-01 to 2030-12-31/,
    );
    expect(() => computeDueDate(cal, '2030-12-30', wd(10))).toThrow(/outside the calendar's range/);
    expect(() => computeDueDate(cal, '2026-03-02', wd(1), { receiptCutoff: '3pm' })).toThrow(
      /receiptCutoff .* got "3pm"/,
    );
    // @ts-expect-error unknown option value
    expect(() => computeDueDate(cal, '2026-03-02', wd(1), { dayOffReceipt: 'never' })).toThrow(
      /dayOffReceipt/,
    );
    // @ts-expect-error not a calendar
    expect(() => computeDueDate({}, '2026-03-02', wd(1))).toThrow(TypeError);
  });
});

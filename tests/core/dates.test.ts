import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayOfWeek,
  differenceInDays,
  formatDateVi,
  fromEpochDay,
  isInstant,
  isLocalDate,
  parseDateVi,
  toEpochDay,
  toVietnamDate,
  toVietnamMinutes,
  vietnamDateOfEpochMs,
} from '../../src/core/index';

describe('LocalDate', () => {
  it('accepts real dates only', () => {
    expect(isLocalDate('2024-02-29')).toBe(true);
    expect(isLocalDate('2023-02-29')).toBe(false);
    expect(isLocalDate('2026-02-31')).toBe(false);
    expect(isLocalDate('2026-04-31')).toBe(false);
    expect(isLocalDate('2026-13-01')).toBe(false);
    expect(isLocalDate('2026-1-01')).toBe(false);
    expect(isLocalDate('1900-02-29')).toBe(false);
    expect(isLocalDate('2000-02-29')).toBe(true);
    expect(isLocalDate(20260101)).toBe(false);
  });
  it('counts days from 1970-01-01', () => {
    expect(toEpochDay('1970-01-01')).toBe(0);
    expect(toEpochDay('1970-01-02')).toBe(1);
    expect(toEpochDay('1969-12-31')).toBe(-1);
    // 2024-01-01: 54 years, 13 leap days (1972…2020) → 54×365 + 13 = 19723.
    expect(toEpochDay('2024-01-01')).toBe(19723);
    expect(fromEpochDay(19723)).toBe('2024-01-01');
  });
  it('round-trips day numbers and agrees with Date.UTC (a second method)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25567, max: 73048 }), (n) => {
        const d = fromEpochDay(n);
        expect(toEpochDay(d)).toBe(n);
        expect(new Date(n * 86400000).toISOString().slice(0, 10)).toBe(d);
      }),
    );
  });
  it('adds days, differences and weekdays', () => {
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(differenceInDays('2026-03-01', '2026-02-27')).toBe(2);
    expect(dayOfWeek('2026-01-01')).toBe(4); // Thursday
    expect(dayOfWeek('2023-06-22')).toBe(4); // the Phổ Phong report's date, a Thursday
    expect(dayOfWeek('2025-01-29')).toBe(3); // Tết Ất Tỵ, a Wednesday
    expect(() => addDays('2026-02-31', 1)).toThrow(/\[commune-kpi\]/);
    expect(() => addDays('2026-02-01', 0.5)).toThrow(RangeError);
  });
  it('formats and parses Vietnamese dates', () => {
    expect(formatDateVi('2023-06-14')).toBe('14/06/2023');
    expect(parseDateVi('5/4/2022')).toBe('2022-04-05');
    expect(parseDateVi('21/01/2022')).toBe('2022-01-21');
    expect(parseDateVi('31/02/2026')).toBeNull();
    expect(parseDateVi('abc')).toBeNull();
  });
});

describe('toVietnamDate (independent of the host TZ)', () => {
  it('converts timestamps with any offset to the date in UTC+7', () => {
    expect(toVietnamDate('2026-03-01T18:30:00Z')).toBe('2026-03-02'); // 01:30 on the 2nd in Hà Nội
    expect(toVietnamDate('2026-03-01T16:59:59Z')).toBe('2026-03-01'); // 23:59 on the 1st
    expect(toVietnamDate('2026-03-01T17:00:00Z')).toBe('2026-03-02'); // midnight
    expect(toVietnamDate('2026-03-01T23:30:00+07:00')).toBe('2026-03-01');
    expect(toVietnamDate('2026-03-01T10:00:00-08:00')).toBe('2026-03-02'); // 18:00 UTC = 01:00 +07
    expect(toVietnamDate('2026-03-01T00:30:00+09:00')).toBe('2026-02-28'); // 15:30 UTC on 28 Feb = 22:30 +07
    expect(toVietnamDate('2026-03-01T08:00:00+0700')).toBe('2026-03-01');
    expect(toVietnamDate('2026-03-01T08:00:00.123+07:00')).toBe('2026-03-01');
    expect(toVietnamDate('2026-03-01 08:00:00')).toBe('2026-03-01'); // no offset: Vietnam time
    expect(toVietnamDate('2026-03-01')).toBe('2026-03-01');
    expect(toVietnamDate('2024-12-31T17:00:00Z')).toBe('2025-01-01'); // year boundary
  });
  it('agrees with Date arithmetic done in UTC (a second method) for random instants', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4102444800000 }),
        fc.integer({ min: -12, max: 14 }),
        (ms, offH) => {
          const local = new Date(ms + offH * 3600000);
          const sign = offH < 0 ? '-' : '+';
          const iso = `${local.toISOString().slice(0, 19)}${sign}${String(Math.abs(offH)).padStart(2, '0')}:00`;
          const expected = new Date(Math.floor(ms / 60000) * 60000 + 7 * 3600000).toISOString().slice(0, 10);
          expect(toVietnamDate(iso)).toBe(expected);
          expect(vietnamDateOfEpochMs(ms)).toBe(new Date(ms + 7 * 3600000).toISOString().slice(0, 10));
        },
      ),
    );
  });
  it('gives minutes in Vietnam time', () => {
    expect(toVietnamMinutes('1970-01-01T00:30:00+07:00')).toBe(30);
    expect(toVietnamMinutes('1970-01-01')).toBe(0);
    expect(toVietnamMinutes('1970-01-01T00:00:00Z')).toBe(420);
  });
  it('rejects what is not a date or timestamp', () => {
    expect(isInstant('2026-02-31T10:00:00Z')).toBe(false);
    expect(isInstant('2026-03-01T24:00:00Z')).toBe(false);
    expect(isInstant('2026-03-01T10:00:00+25:00')).toBe(false);
    expect(() => toVietnamDate('01/03/2026')).toThrow(/\[commune-kpi\] expected a date/);
    expect(() => toVietnamDate('')).toThrow(RangeError);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canChiOfDay,
  canChiOfMonth,
  canChiOfYear,
  LUNAR_SUPPORTED_RANGE,
  lunarLeapMonth,
  lunarMonthLength,
  lunarNewYear,
  lunarToSolar,
  solarToLunar,
} from '../../src/calendar/index';
import { fromEpochDay, toEpochDay } from '../../src/core/index';

// Expected values come from the domain notes §6.4 (computed with Hồ Ngọc Đức's algorithm and
// cross-checked against the official holiday notices), from §6.3, and from well-known can-chi facts.

const lunar = (year: number, month: number, day: number, leap = false) => ({ year, month, day, leap });

describe('Tết Nguyên đán and the end of the lunar year (§6.4 test vectors)', () => {
  it.each([
    [2022, '2022-02-01'],
    [2023, '2023-01-22'],
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [2027, '2027-02-06'],
    [2020, '2020-01-25'], // Tết 2020 notice: 23/01 = 29 Chạp Kỷ Hợi … 29/01 = mùng 5
  ])('Tết %i falls on %s', (year, date) => {
    expect(lunarNewYear(year)).toBe(date);
    expect(solarToLunar(date)).toEqual(lunar(year, 1, 1));
    expect(lunarToSolar({ year, month: 1, day: 1 })).toBe(date);
  });

  it.each([
    ['2022-01-31', lunar(2021, 12, 29)],
    ['2023-01-21', lunar(2022, 12, 30)],
    ['2024-02-08', lunar(2023, 12, 29)],
    ['2024-02-09', lunar(2023, 12, 30)],
    ['2025-01-25', lunar(2024, 12, 26)],
    ['2025-01-28', lunar(2024, 12, 29)],
    ['2026-02-14', lunar(2025, 12, 27)],
    ['2026-02-16', lunar(2025, 12, 29)],
    ['2026-02-22', lunar(2026, 1, 6)],
    ['2020-01-23', lunar(2019, 12, 29)],
    ['2020-01-29', lunar(2020, 1, 5)],
    ['2025-08-19', lunar(2025, 6, 26, true)],
  ])('%s is %o', (date, expected) => {
    expect(solarToLunar(date)).toEqual(expected);
    expect(lunarToSolar(expected)).toBe(date);
  });

  it('Chạp 2021 has 29 days and Chạp 2022 has 30 (so the eve is 29 or 30 Chạp)', () => {
    expect(lunarMonthLength(2021, 12)).toBe(29);
    expect(lunarMonthLength(2022, 12)).toBe(30);
    expect(lunarMonthLength(2023, 12)).toBe(30);
    expect(lunarMonthLength(2024, 12)).toBe(29);
    expect(lunarMonthLength(2025, 12)).toBe(29);
  });
});

describe('Giỗ Tổ Hùng Vương, 10/3 âm lịch (§6.4)', () => {
  it.each([
    [2022, '2022-04-10'],
    [2023, '2023-04-29'],
    [2024, '2024-04-18'],
    [2025, '2025-04-07'],
    [2026, '2026-04-26'],
    [2027, '2027-04-16'],
  ])('%i: %s', (year, date) => {
    expect(lunarToSolar({ year, month: 3, day: 10 })).toBe(date);
    expect(solarToLunar(date)).toEqual(lunar(year, 3, 10));
  });
});

describe('leap months (tháng nhuận, §6.4)', () => {
  it.each([
    [2020, 4],
    [2023, 2],
    [2025, 6],
    [2028, 5],
  ])('lunar year %i repeats month %i', (year, month) => {
    expect(lunarLeapMonth(year)).toBe(month);
    // The leap month follows the ordinary month of the same number.
    const ordinaryStart = toEpochDay(lunarToSolar({ year, month, day: 1 }));
    const leapStart = toEpochDay(lunarToSolar({ year, month, day: 1, leap: true }));
    expect(leapStart - ordinaryStart).toBe(lunarMonthLength(year, month));
  });

  it.each([2021, 2022, 2024, 2026, 2027, 2029, 2030])('%i has no leap month', (year) => {
    expect(lunarLeapMonth(year)).toBeNull();
  });

  it('leap month 2 of 2023 starts on 2023-03-22 (the ordinary month 2 on 2023-02-20)', () => {
    expect(lunarToSolar({ year: 2023, month: 2, day: 1, leap: true })).toBe('2023-03-22');
    expect(lunarToSolar({ year: 2023, month: 2, day: 1 })).toBe('2023-02-20');
  });
});

describe('years where the Vietnamese (UTC+7) and Chinese (UTC+8) new year differ', () => {
  it.each([
    [1985, '1985-01-21'], // China: 1985-02-20 (a different month 1 because of the leap month)
    [2007, '2007-02-17'], // China: 2007-02-18
    [2030, '2030-02-02'], // China: 2030-02-03
    [2053, '2053-02-18'], // China: 2053-02-19
  ])('Tết %i is %s in Vietnam', (year, date) => {
    expect(lunarNewYear(year)).toBe(date);
  });
});

describe('can chi', () => {
  it.each([
    [2026, 'Bính Ngọ'],
    [2025, 'Ất Tỵ'],
    [2024, 'Giáp Thìn'],
    [2023, 'Quý Mão'],
    [2022, 'Nhâm Dần'],
    [2027, 'Đinh Mùi'],
    [2021, 'Tân Sửu'],
    [2020, 'Canh Tý'],
    [1984, 'Giáp Tý'],
    [1968, 'Mậu Thân'],
    [1945, 'Ất Dậu'],
    [1789, 'Kỷ Dậu'],
  ])('year %i is %s', (year, name) => {
    expect(canChiOfYear(year)).toBe(name);
  });

  it('spells Bính with í (not Bình) and uses Mão, Tỵ', () => {
    expect(canChiOfYear(2026)).not.toContain('Bình');
    expect(canChiOfYear(2023)).toContain('Mão');
  });

  it('months: "Giáp Kỷ → Bính Dần", "Bính Tân → Canh Dần" for tháng Giêng', () => {
    expect(canChiOfMonth(2024, 1)).toBe('Bính Dần');
    expect(canChiOfMonth(2026, 1)).toBe('Canh Dần');
    expect(canChiOfMonth(2026, 12)).toBe('Tân Sửu');
  });

  it('days: 2000-01-01 was a Mậu Ngọ day; the cycle repeats every 60 days', () => {
    expect(canChiOfDay('2000-01-01')).toBe('Mậu Ngọ');
    expect(canChiOfDay('2000-03-01')).toBe('Mậu Ngọ');
    expect(canChiOfDay('2000-01-02')).toBe('Kỷ Mùi');
  });
});

describe('invalid lunar dates are rejected, never rolled over', () => {
  it('day 30 of a 29-day month', () => {
    expect(lunarMonthLength(2024, 1)).toBe(29);
    expect(() => lunarToSolar({ year: 2024, month: 1, day: 30 })).toThrow(
      /\[commune-kpi\] lunar day must be an integer from 1 to 29 .* got 30/,
    );
  });

  it('a leap month the year does not have', () => {
    expect(() => lunarToSolar({ year: 2024, month: 1, day: 3, leap: true })).toThrow(
      /\[commune-kpi\] lunar year 2024 has no leap month 1; its leap month is none/,
    );
    expect(() => lunarToSolar({ year: 2023, month: 3, day: 1, leap: true })).toThrow(/its leap month is 2/);
  });

  it('month, day and year outside their ranges', () => {
    expect(() => lunarToSolar({ year: 2026, month: 13, day: 1 })).toThrow(
      /month must be an integer from 1 to 12, got 13/,
    );
    expect(() => lunarToSolar({ year: 2026, month: 1, day: 0 })).toThrow(RangeError);
    expect(() => lunarToSolar({ year: 2101, month: 1, day: 1 })).toThrow(/from 1900 to 2100, got 2101/);
    expect(() => lunarToSolar({ year: 2025.5, month: 1, day: 1 })).toThrow(/got 2025.5/);
    expect(() => solarToLunar('1899-12-31')).toThrow(/from 1900-01-01 to 2100-12-31 .* got "1899-12-31"/);
    expect(() => solarToLunar('2026-02-29')).toThrow(/real date .* got "2026-02-29"/);
    expect(() => lunarNewYear(1899)).toThrow(RangeError);
  });
});

describe('properties over 1900–2100', () => {
  const first = toEpochDay(LUNAR_SUPPORTED_RANGE.firstDate);
  const last = toEpochDay(LUNAR_SUPPORTED_RANGE.lastDate);

  it('solar → lunar → solar is the identity', () => {
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (day) => {
        const date = fromEpochDay(day);
        expect(lunarToSolar(solarToLunar(date))).toBe(date);
      }),
      { numRuns: 2000 },
    );
  });

  it('consecutive days advance the lunar day by one or start a new month of 29 or 30 days', () => {
    fc.assert(
      fc.property(fc.integer({ min: first + 1, max: last }), (day) => {
        const a = solarToLunar(fromEpochDay(day - 1));
        const b = solarToLunar(fromEpochDay(day));
        if (b.day === 1) {
          expect([29, 30]).toContain(a.day);
          expect(lunarMonthLength(a.year, a.month, a.leap)).toBe(a.day);
        } else {
          expect([b.year, b.month, b.leap, b.day]).toEqual([a.year, a.month, a.leap, a.day + 1]);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('every lunar year has 353–355 days, or 383–385 with a leap month', () => {
    for (let y = 1900; y < 2100; y++) {
      const length = toEpochDay(lunarNewYear(y + 1)) - toEpochDay(lunarNewYear(y));
      if (lunarLeapMonth(y) === null) expect(length, String(y)).toBeGreaterThanOrEqual(353);
      else expect(length, String(y)).toBeGreaterThanOrEqual(383);
      expect(length, String(y)).toBeLessThanOrEqual(lunarLeapMonth(y) === null ? 355 : 385);
      // Tết is always between 21 January and 20 February.
      expect(lunarNewYear(y) >= `${y}-01-21` && lunarNewYear(y) <= `${y}-02-20`, String(y)).toBe(true);
    }
  });
});

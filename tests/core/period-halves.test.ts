import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  DECREE_09_2019_CUTOFF_BASIS,
  DECREE_09_2019_SECOND_HALF_BASIS,
  differenceInDays,
  NINE_MONTHS_LOCAL_RULE_BASIS,
  reportingPeriod,
} from '../../src/core/index';

// Issue 11, item 3. Nghị định 09/2019/NĐ-CP Điều 12 (thời gian chốt số liệu báo cáo định kỳ):
// khoản 1 month 15 → 14; khoản 2 quarter; khoản 3 six months (first half: 15/12 of the previous
// year → 14/06); khoản 4 year (15/12 → 14/12). The stored texts show no nine-month clause (the
// annual report is khoản 4), and Khánh Hòa QĐ 01/2023/QĐ-UBND Điều 4 defines 9 months locally.

describe('six-month periods: first and second half', () => {
  it('the second half runs from 15/06 to 14/12 with the decree cut-off, 01/07–31/12 with calendar months', () => {
    const h2 = reportingPeriod({ kind: 'six-months', year: 2026, half: 2 });
    expect([h2.start, h2.end]).toEqual(['2026-06-15', '2026-12-14']);
    expect(h2.label).toBe('6 tháng cuối năm 2026 (từ ngày 15/06/2026 đến ngày 14/12/2026)');
    expect(h2.basis).toBe(DECREE_09_2019_SECOND_HALF_BASIS);
    expect(h2.basis).toMatch(/chưa đối chiếu/); // the clause's wording is UNVERIFIED, and says so
    const cal = reportingPeriod({ kind: 'six-months', year: 2026, half: 2 }, { cutoff: 'calendar' });
    expect([cal.start, cal.end, cal.basis]).toEqual(['2026-07-01', '2026-12-31', undefined]);
  });

  it('the first half is the default and keeps its basis', () => {
    const h1 = reportingPeriod({ kind: 'six-months', year: 2026 });
    expect([h1.start, h1.end, h1.basis]).toEqual(['2025-12-15', '2026-06-14', DECREE_09_2019_CUTOFF_BASIS]);
    expect(reportingPeriod({ kind: 'six-months', year: 2026, half: 1 })).toEqual(h1);
    expect(h1.label.startsWith('6 tháng đầu năm 2026')).toBe(true);
  });

  it('the two halves tile the year exactly: no gap, no overlap (any year)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1901, max: 2200 }),
        fc.constantFrom('decree-09-2019', 'calendar'),
        (year, cutoff) => {
          const o = { cutoff } as const;
          const h1 = reportingPeriod({ kind: 'six-months', year, half: 1 }, o);
          const h2 = reportingPeriod({ kind: 'six-months', year, half: 2 }, o);
          const y = reportingPeriod({ kind: 'year', year }, o);
          expect(h1.start).toBe(y.start);
          expect(addDays(h1.end, 1)).toBe(h2.start);
          expect(h2.end).toBe(y.end);
          expect(differenceInDays(h1.end, h1.start) + 1 + differenceInDays(h2.end, h2.start) + 1).toBe(
            differenceInDays(y.end, y.start) + 1,
          );
        },
      ),
    );
  });

  it('rejects a third half', () => {
    expect(() => reportingPeriod({ kind: 'six-months', year: 2026, half: 3 as 1 })).toThrow(
      /half must be 1 or 2, got 3/,
    );
  });
});

describe('nine months: a local rule with its own basis, not the decree', () => {
  it('cites the local rule by default, or the caller’s', () => {
    const n9 = reportingPeriod({ kind: 'nine-months', year: 2026 });
    expect([n9.start, n9.end]).toEqual(['2025-12-15', '2026-09-14']);
    expect(n9.basis).toBe(NINE_MONTHS_LOCAL_RULE_BASIS);
    expect(n9.basis).toMatch(/không quy định kỳ 9 tháng/);
    const own = reportingPeriod(
      { kind: 'nine-months', year: 2026 },
      { nineMonthsBasis: 'Quyết định …/QĐ-UBND tỉnh Quảng Ngãi, Điều …' },
    );
    expect(own.basis).toBe('Quyết định …/QĐ-UBND tỉnh Quảng Ngãi, Điều …');
    expect(() => reportingPeriod({ kind: 'nine-months', year: 2026 }, { nineMonthsBasis: ' ' })).toThrow(
      /nineMonthsBasis must be a non-empty citation/,
    );
  });
});

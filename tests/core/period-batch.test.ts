import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  CORE_MESSAGES,
  customPeriod,
  fillMessage,
  parseBatch,
  periodContains,
  reportingPeriod,
} from '../../src/core/index';

describe('reporting periods (Nghị định 09/2019/NĐ-CP, Điều 12)', () => {
  it('a month runs from the 15th of the previous month to the 14th', () => {
    const p = reportingPeriod({ kind: 'month', year: 2026, month: 3 });
    expect([p.start, p.end]).toEqual(['2026-02-15', '2026-03-14']);
    expect(p.label).toBe('Tháng 3/2026 (từ ngày 15/02/2026 đến ngày 14/03/2026)');
    expect(p.basis).toMatch(/09\/2019\/NĐ-CP/);
    const jan = reportingPeriod({ kind: 'month', year: 2026, month: 1 });
    expect([jan.start, jan.end]).toEqual(['2025-12-15', '2026-01-14']);
  });
  it('quarters, six and nine months and the year', () => {
    const q1 = reportingPeriod({ kind: 'quarter', year: 2026, quarter: 1 });
    expect([q1.start, q1.end]).toEqual(['2025-12-15', '2026-03-14']);
    const q3 = reportingPeriod({ kind: 'quarter', year: 2026, quarter: 3 });
    expect([q3.start, q3.end, q3.label.slice(0, 11)]).toEqual(['2026-06-15', '2026-09-14', 'Quý III/202']);
    const h1 = reportingPeriod({ kind: 'six-months', year: 2023 });
    expect([h1.start, h1.end]).toEqual(['2022-12-15', '2023-06-14']);
    const n9 = reportingPeriod({ kind: 'nine-months', year: 2023 });
    expect([n9.start, n9.end]).toEqual(['2022-12-15', '2023-09-14']);
    const y = reportingPeriod({ kind: 'year', year: 2025 });
    expect([y.start, y.end]).toEqual(['2024-12-15', '2025-12-14']);
  });
  it('calendar cut-off on request', () => {
    const feb = reportingPeriod({ kind: 'month', year: 2024, month: 2 }, { cutoff: 'calendar' });
    expect([feb.start, feb.end]).toEqual(['2024-02-01', '2024-02-29']);
    const q4 = reportingPeriod({ kind: 'quarter', year: 2025, quarter: 4 }, { cutoff: 'calendar' });
    expect([q4.start, q4.end]).toEqual(['2025-10-01', '2025-12-31']);
    expect(feb.basis).toBeUndefined();
  });
  it('custom periods are inclusive at both ends', () => {
    const p = customPeriod('2022-01-21', '2023-06-14');
    expect(p.label).toBe('từ ngày 21/01/2022 đến ngày 14/06/2023');
    expect(periodContains(p, '2022-01-21')).toBe(true);
    expect(periodContains(p, '2023-06-14')).toBe(true);
    expect(periodContains(p, '2023-06-15')).toBe(false);
  });
  it('impossible periods throw RangeError', () => {
    expect(() => customPeriod('2026-03-02', '2026-03-01')).toThrow(/before its start/);
    expect(() => customPeriod('2026-02-30', '2026-03-01')).toThrow(RangeError);
    expect(() => reportingPeriod({ kind: 'month', year: 2026, month: 13 })).toThrow(/month must be/);
    expect(() => reportingPeriod({ kind: 'quarter', year: 2026, quarter: 5 as 1 })).toThrow(RangeError);
    expect(() => reportingPeriod({ kind: 'year', year: 1800 })).toThrow(/1900–2200/);
    expect(() => reportingPeriod({ kind: 'week' as 'year', year: 2026 })).toThrow(/unknown period kind/);
  });
});

describe('parseBatch', () => {
  const schema = z.object({ n: z.int().min(0), d: z.iso.date() });
  it('puts every row in exactly one list, with codes and Vietnamese messages', () => {
    const rows = [
      { n: 1, d: '2026-01-01' },
      { n: 'x', d: '2026-01-01' },
      { n: 2, d: '2026-02-31' },
      null,
      { n: -1 },
    ];
    const r = parseBatch(schema, rows);
    expect(r.total).toBe(5);
    expect(r.valid).toEqual([{ n: 1, d: '2026-01-01' }]);
    expect(r.validIndices).toEqual([0]);
    expect(r.rejected.map((x) => x.index)).toEqual([1, 2, 3, 4]);
    expect(r.rejected[0]!.issues[0]).toMatchObject({ path: 'n', code: 'vn.invalid_type' });
    expect(r.rejected[0]!.issues[0]!.message).toBe('Trường «n» sai kiểu: cần số, nhận được "x".');
    expect(r.rejected[1]!.issues[0]).toMatchObject({ path: 'd', code: 'vn.invalid_date' });
    expect(r.rejected[1]!.issues[0]!.message).toContain('2026-02-31');
    expect(r.rejected[3]!.issues.map((i) => i.code).sort()).toEqual(['vn.required', 'vn.too_small']);
    expect(r.rejected[1]!.row).toEqual({ n: 2, d: '2026-02-31' });
  });
  it('speaks English on request', () => {
    const r = parseBatch(schema, [{ n: 1.5, d: '2026-01-01' }], { locale: 'en' });
    expect(r.rejected[0]!.issues[0]!.code).toBe('vn.not_integer');
    expect(r.rejected[0]!.issues[0]!.message).toBe('Field "n" must be an integer, got 1.5.');
  });
  it('fills templates; every catalogue is checked in tests/core/catalogues.test.ts', () => {
    expect(Object.keys(CORE_MESSAGES)).toContain('vn.required');
    expect(fillMessage('a {x} b {y}', { x: 1 })).toBe('a 1 b {y}');
  });
});

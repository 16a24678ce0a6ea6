import { describe, expect, it } from 'vitest';
import { ratio } from '../../src/core/index';
import {
  formatReportNumber,
  formatReportPercent,
  type NumberConvention,
  type NumberReason,
  parseVietnameseNumber,
} from '../../src/report/index';

/**
 * Expected results worked out by hand. `readings` with two entries means the string is ambiguous
 * under that convention and both readings must be reported, in that order (the chosen one first):
 * under `auto` (the default) the Vietnamese reading is the value, under `strict` there is none.
 * `reason` means the number cannot be read without guessing: no value, the reason given.
 * `readings: []` with no reason means the text is not a number at all.
 */
interface Row {
  readonly text: string;
  readonly convention?: NumberConvention;
  readonly value: string | null;
  readonly reason?: NumberReason;
  readonly kind?: 'count' | 'decimal' | 'percent' | 'fraction';
  readonly decimals?: number | null;
  readonly scale?: number;
  readonly approximate?: boolean;
  readonly readings?: readonly string[];
  readonly unit?: string;
}

const TABLE: readonly Row[] = [
  // Counts grouped with a dot: ambiguous by shape; the Vietnamese reading by default, ambiguity reported.
  { text: '3.971', value: '3971', kind: 'count', readings: ['3971', '3.971'] },
  {
    text: '3.971',
    convention: 'strict',
    value: null,
    kind: 'count',
    readings: ['3971', '3.971'],
    reason: 'ambiguous',
  },
  { text: '3.971', convention: 'vi', value: '3971', kind: 'count', decimals: 0 },
  { text: '3.927', convention: 'vi', value: '3927', kind: 'count', decimals: 0 },
  { text: '3.008', convention: 'vi', value: '3008', kind: 'count', decimals: 0 },
  { text: '1.171', value: '1171', readings: ['1171', '1.171'] },
  { text: '1.171', convention: 'strict', value: null, readings: ['1171', '1.171'], reason: 'ambiguous' },
  { text: '1.171', convention: 'vi', value: '1171', kind: 'count' },
  { text: '1.171', convention: 'en', value: '1.171', kind: 'decimal', decimals: 3 },
  { text: '635.593', value: '635593', readings: ['635593', '635.593'] },
  // Several groups, or both separators: one reading only.
  { text: '1.234.567', value: '1234567', kind: 'count', decimals: 0 },
  { text: '1,234,567', value: '1234567', kind: 'count', decimals: 0 },
  { text: '1.234,5', value: '1234.5', kind: 'decimal', decimals: 1 },
  { text: '1,234.5', value: '1234.5', kind: 'decimal', decimals: 1 },
  { text: '1.000.000,50', value: '1000000.5', kind: 'decimal', decimals: 2 },
  // A separator followed by other than three digits, or a leading 0 or 4+ digits: decimal only.
  { text: '0,5', value: '0.5', kind: 'decimal', decimals: 1 },
  { text: '0.971', value: '0.971', kind: 'decimal', decimals: 3 },
  { text: '12.5', value: '12.5', kind: 'decimal', decimals: 1 },
  { text: '12,3456', value: '12.3456', kind: 'decimal', decimals: 4 },
  // A dot after four digits cannot be a thousands group, nor is it how reports print decimals:
  // flagged under auto and vi, read as a decimal under en and strict.
  { text: '1234.567', value: null, reason: 'malformed-grouping', readings: ['1234.567'] },
  { text: '1234.567', convention: 'en', value: '1234.567', kind: 'decimal', decimals: 3 },
  { text: '1234.567', convention: 'strict', value: '1234.567', kind: 'decimal', decimals: 3 },
  { text: '257.7575', value: null, reason: 'malformed-grouping', readings: ['257.7575'] },
  { text: '3227.885', convention: 'vi', value: null, reason: 'malformed-grouping', readings: ['3227.885'] },
  { text: '1,0', value: '1', kind: 'decimal', decimals: 1 },
  // The comma with three digits: thousands (en) or decimal (vi)?
  { text: '3,971', value: '3.971', readings: ['3.971', '3971'] },
  { text: '3,971', convention: 'vi', value: '3.971', kind: 'decimal', decimals: 3 },
  // Plain and zero-padded counts, with units.
  { text: '99', value: '99', kind: 'count', decimals: 0 },
  { text: '22', value: '22', kind: 'count', decimals: 0 },
  { text: '07', value: '7', kind: 'count', decimals: 0 },
  { text: '02 hộ', value: '2', kind: 'count', unit: 'hộ' },
  { text: '3.927 hồ sơ', convention: 'vi', value: '3927', kind: 'count', unit: 'hồ sơ' },
  { text: '-2', value: '-2', kind: 'count' },
  // Percentages.
  { text: '3,3%', value: '3.3', kind: 'percent', decimals: 1 },
  { text: '7,64%', value: '7.64', kind: 'percent', decimals: 2 },
  { text: '3,45 %', value: '3.45', kind: 'percent', decimals: 2 },
  { text: '98.81%', value: '98.81', kind: 'percent', decimals: 2 },
  { text: '98.81%', convention: 'vi', value: '98.81', kind: 'percent', decimals: 2 },
  { text: '98%', value: '98', kind: 'percent', decimals: 0 },
  { text: '100 %', value: '100', kind: 'percent', decimals: 0 },
  { text: '99,71 phần trăm', value: '99.71', kind: 'percent', decimals: 2 },
  { text: '3,30%', value: '3.3', kind: 'percent', decimals: 2 },
  { text: '−0,5%', value: '-0.5', kind: 'percent', decimals: 1 },
  { text: '1.171%', value: '1171', kind: 'percent', readings: ['1171', '1.171'] },
  // Scale words.
  { text: '5,65 ngàn', value: '5650', kind: 'count', decimals: 2, scale: 1000 },
  { text: '5,65 nghìn', value: '5650', kind: 'count', decimals: 2, scale: 1000 },
  { text: '1,07 ngàn', value: '1070', kind: 'count', decimals: 2, scale: 1000 },
  { text: '37,230 triệu', value: '37230000', readings: ['37230000', '37230000000'], scale: 1_000_000 },
  { text: '37,230 triệu', convention: 'vi', value: '37230000', decimals: 3, scale: 1_000_000 },
  { text: '37,230 triệu', convention: 'en', value: '37230000000', decimals: 0, scale: 1_000_000 },
  { text: '2 tỷ', value: '2000000000', kind: 'count', scale: 1_000_000_000 },
  { text: '1,5 tỷ', value: '1500000000', kind: 'count', decimals: 1, scale: 1_000_000_000 },
  { text: '0,0005 ngàn', value: '0.5', kind: 'decimal', decimals: 4, scale: 1000 },
  // Approximate figures.
  { text: 'gần 1.300', value: '1300', approximate: true, readings: ['1300', '1.3'] },
  { text: 'gần 1.300', convention: 'vi', value: '1300', kind: 'count', approximate: true },
  { text: 'khoảng 3.000', convention: 'vi', value: '3000', approximate: true },
  // "hơn" is a bound, not an estimate.
  { text: 'hơn 200', value: '200' },
  { text: '~2.866', convention: 'vi', value: '2866', approximate: true },
  { text: 'xấp xỉ 99,7%', value: '99.7', kind: 'percent', approximate: true },
  // Not numbers in these formats.
  { text: '1.2.3', value: null, reason: 'malformed-grouping', readings: [] },
  { text: '12.34.567', value: null, reason: 'malformed-grouping', readings: [] },
  { text: 'abc', value: null, readings: [] },
  { text: '', value: null, readings: [] },
  { text: '3,3%%', value: null, readings: [] },
  { text: '3.', value: null, readings: [] },
];

describe('parseVietnameseNumber: table', () => {
  it('has at least 40 rows', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(40);
  });

  it.each(TABLE.map((r) => [`${r.text} (${r.convention ?? 'auto'})`, r] as const))('%s', (_name, row) => {
    const opts = row.convention === undefined ? {} : { convention: row.convention };
    const got = parseVietnameseNumber(row.text, opts);
    if (row.reason === undefined && row.readings !== undefined && row.readings.length === 0) {
      expect(got).toBeNull();
      return;
    }
    expect(got).not.toBeNull();
    if (got === null) return;
    expect(got.value).toBe(row.value);
    expect(got.reason).toBe(row.reason ?? null);
    if (row.reason !== undefined) {
      expect(got.number).toBeNull();
      expect(got.readings.map((r) => r.value)).toEqual(row.readings);
      return;
    }
    if (row.readings !== undefined && row.readings.length > 1) {
      expect(got.ambiguous).toBe(true);
      expect(got.readings.map((r) => r.value)).toEqual(row.readings);
      expect(got.number).toBe(row.value === null ? null : Number(row.value));
    } else {
      expect(got.ambiguous).toBe(false);
      expect(got.number).toBe(Number(row.value));
      expect(got.readings).toHaveLength(1);
    }
    if (row.kind !== undefined) expect(got.kind).toBe(row.kind);
    if (row.decimals !== undefined) expect(got.decimals).toBe(row.decimals);
    expect(got.scale).toBe(row.scale ?? 1);
    expect(got.approximate).toBe(row.approximate ?? false);
    if (row.unit !== undefined) expect(got.unit).toBe(row.unit);
  });
});

describe('parseVietnameseNumber: details', () => {
  it('reports which separator each reading took', () => {
    const r = parseVietnameseNumber('1.171');
    expect(r?.readings).toEqual([
      { value: '1171', number: 1171, decimals: 0, groupSeparator: '.', decimalMark: null, kind: 'count' },
      { value: '1.171', number: 1.171, decimals: 3, groupSeparator: null, decimalMark: '.', kind: 'decimal' },
    ]);
  });

  it('keeps the qualifier and the scale word as printed', () => {
    const r = parseVietnameseNumber('gần 1.300', { convention: 'vi' });
    expect(r?.qualifier).toBe('gần');
    const s = parseVietnameseNumber('5,65 ngàn');
    expect(s?.scaleWord).toBe('ngàn');
  });

  it('reads fractions into their parts', () => {
    const r = parseVietnameseNumber('4.561/5.650', { convention: 'vi' });
    expect(r?.kind).toBe('fraction');
    expect(r?.ambiguous).toBe(false);
    expect(r?.numerator?.value).toBe('4561');
    expect(r?.denominator?.value).toBe('5650');
    expect(r?.number).toBe(4561 / 5650);
    const a = parseVietnameseNumber('4.561/5.650');
    expect(a?.kind).toBe('fraction');
    expect(a?.ambiguous).toBe(true);
    expect(a?.number).toBe(4561 / 5650);
    expect(a?.numerator?.readings.map((x) => x.value)).toEqual(['4561', '4.561']);
    const strict = parseVietnameseNumber('4.561/5.650', { convention: 'strict' });
    expect(strict?.number).toBeNull();
    const plain = parseVietnameseNumber('4157/4169');
    expect(plain?.numerator?.value).toBe('4157');
    expect(plain?.denominator?.value).toBe('4169');
    expect(parseVietnameseNumber('1/2/3')).toBeNull();
    expect(parseVietnameseNumber('3%/4')).toBeNull();
  });

  it('throws on a non-string and on an unknown convention', () => {
    expect(() => parseVietnameseNumber(3 as unknown as string)).toThrow(TypeError);
    expect(() => parseVietnameseNumber('3', { convention: 'fr' as NumberConvention })).toThrow(
      /\[commune-kpi\]/,
    );
  });
});

describe('formatReportNumber and formatReportPercent', () => {
  it('prints numbers as the report does', () => {
    expect(formatReportNumber(3971)).toBe('3.971');
    expect(formatReportNumber(3927)).toBe('3.927');
    expect(formatReportNumber(7, { pad: true })).toBe('07');
    expect(formatReportNumber(16, { pad: true })).toBe('16');
    expect(formatReportNumber(0, { pad: true })).toBe('0');
    expect(formatReportNumber(5.65)).toBe('5,65');
    expect(formatReportNumber(635593, { locale: 'en' })).toBe('635,593');
  });

  it('prints rates rounded exactly from their parts', () => {
    expect(formatReportPercent(ratio(99, 3000), { decimals: 1 })).toBe('3,3%');
    expect(formatReportPercent(ratio(219, 2866))).toBe('7,64%');
    expect(formatReportPercent(ratio(49, 50), { trimZeros: true })).toBe('98%');
    expect(formatReportPercent(ratio(100, 100), { trimZeros: true, decimals: 0 })).toBe('100%');
    expect(formatReportPercent(ratio(33, 1000), { trimZeros: true })).toBe('3,3%');
    expect(formatReportPercent(ratio(2, 3), { decimals: 1, rounding: 'truncate' })).toBe('66,6%');
    expect(formatReportPercent(ratio(635593, 643272), { locale: 'en' })).toBe('98.81%');
    expect(formatReportPercent(ratio(0, 0))).toBe('N/A');
  });

  it('round-trips: what it prints parses back to the same exact value', () => {
    for (const [n, d, dec] of [
      [99, 3000, 1],
      [219, 2866, 2],
      [4157, 4169, 2],
      [1, 8, 3],
    ] as const) {
      const text = formatReportPercent(ratio(n, d), { decimals: dec });
      const back = parseVietnameseNumber(text, { convention: 'vi' });
      expect(back?.kind).toBe('percent');
      expect(back?.decimals).toBe(dec);
    }
  });
});

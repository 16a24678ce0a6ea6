import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  complementRatio,
  formatNumber,
  formatRatio,
  ratio,
  roundRatio,
  sumRatios,
} from '../../src/core/index';

describe('ratio', () => {
  it('keeps its parts and gives null for a zero denominator', () => {
    expect(ratio(3, 4)).toEqual({ numerator: 3, denominator: 4, value: 0.75 });
    expect(ratio(0, 0)).toEqual({ numerator: 0, denominator: 0, value: null });
    expect(ratio(5, 0).value).toBeNull();
  });
  it('rejects negative and non-finite parts with a prefixed RangeError', () => {
    expect(() => ratio(-1, 2)).toThrow(RangeError);
    expect(() => ratio(1, Number.NaN)).toThrow(/\[commune-kpi\] ratio denominator/);
    expect(() => ratio(Number.POSITIVE_INFINITY, 2)).toThrow(RangeError);
  });
  it('sums parts instead of averaging rates', () => {
    // 1/2 and 3/4: average of rates would be 0.625; pooled rate is 4/6.
    const s = sumRatios([ratio(1, 2), ratio(3, 4)]);
    expect(s.numerator).toBe(4);
    expect(s.denominator).toBe(6);
    expect(formatRatio(s)).toBe('66,67%');
  });
  it('takes the complement', () => {
    expect(complementRatio(ratio(12, 4169))).toEqual(ratio(4157, 4169));
    expect(() => complementRatio(ratio(5, 4))).toThrow(RangeError);
  });
});

describe('formatRatio', () => {
  it('formats the Lâm Đồng Q1/2020 rate 635.593 / 643.272 as 98,81% (by hand: 98.8062…)', () => {
    const r = ratio(635593, 643272);
    expect(formatRatio(r)).toBe('98,81%');
    expect(formatRatio(r, { locale: 'en' })).toBe('98.81%');
    expect(formatRatio(r, { decimals: 3 })).toBe('98,806%');
  });
  it('formats the commune-level 260.612 / 261.896 = 99,51% and Vĩnh Phúc 4.157 / 4.169 = 99,71%', () => {
    expect(formatRatio(ratio(260612, 261896))).toBe('99,51%');
    expect(formatRatio(ratio(4157, 4169))).toBe('99,71%');
  });
  it('rounds half-up exactly at a tie and truncates on request', () => {
    // 1/8 = 12.5% exactly: half-up to 0 decimals gives 13, truncation 12.
    expect(formatRatio(ratio(1, 8), { decimals: 0 })).toBe('13%');
    expect(formatRatio(ratio(1, 8), { decimals: 0, rounding: 'truncate' })).toBe('12%');
    // 1/16 = 6.25%: a binary-exact tie at 1 decimal.
    expect(formatRatio(ratio(1, 16), { decimals: 1 })).toBe('6,3%');
    // 2/3 = 66.666…%
    expect(formatRatio(ratio(2, 3), { decimals: 1, rounding: 'truncate' })).toBe('66,6%');
    expect(formatRatio(ratio(2, 3), { decimals: 1 })).toBe('66,7%');
    // 219/2866 = 7.6413…% → 7,64%
    expect(formatRatio(ratio(219, 2866))).toBe('7,64%');
    // 99/3000 = 3.3% exactly
    expect(formatRatio(ratio(99, 3000), { decimals: 1 })).toBe('3,3%');
  });
  it('prints N/A or the caller text for a zero denominator', () => {
    expect(formatRatio(ratio(0, 0))).toBe('N/A');
    expect(formatRatio(ratio(0, 0), { nullText: '—' })).toBe('—');
  });
  it('supports a plain proportion and thousands separators above 1000%', () => {
    expect(formatRatio(ratio(1, 4), { factor: 1 })).toBe('0,25');
    expect(formatRatio(ratio(123, 10), { decimals: 0 })).toBe('1.230%');
  });
  it('rejects bad decimals', () => {
    expect(() => formatRatio(ratio(1, 2), { decimals: -1 })).toThrow(RangeError);
    expect(() => formatRatio(ratio(1, 2), { decimals: 1.5 })).toThrow(RangeError);
  });
  it('roundRatio gives plain decimal strings', () => {
    expect(roundRatio(ratio(99, 3000), { decimals: 1 })).toBe('3.3');
    expect(roundRatio(ratio(0, 0))).toBeNull();
  });
  it('half-up rounding agrees with an integer (BigInt) second method on random fractions', () => {
    fc.assert(
      fc.property(
        fc.nat(1_000_000),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 0, max: 4 }),
        (n, d, dec) => {
          const scale = 10n ** BigInt(dec + 2);
          const num = BigInt(n) * scale;
          const q = num / BigInt(d);
          const rem = num % BigInt(d);
          const up = rem * 2n >= BigInt(d) ? q + 1n : q;
          const s = up.toString().padStart(dec + 1, '0');
          const expected = dec === 0 ? s : `${s.slice(0, -dec)}.${s.slice(-dec)}`;
          expect(roundRatio(ratio(n, d), { decimals: dec })).toBe(expected);
          const t = q.toString().padStart(dec + 1, '0');
          const expectedT = dec === 0 ? t : `${t.slice(0, -dec)}.${t.slice(-dec)}`;
          expect(roundRatio(ratio(n, d), { decimals: dec, rounding: 'truncate' })).toBe(expectedT);
        },
      ),
    );
  });
});

describe('formatNumber', () => {
  it('uses Vietnamese separators by default', () => {
    expect(formatNumber(3971)).toBe('3.971');
    expect(formatNumber(635593)).toBe('635.593');
    expect(formatNumber(1234567.891, { decimals: 2 })).toBe('1.234.567,89');
    expect(formatNumber(3.3)).toBe('3,3');
    expect(formatNumber(999)).toBe('999');
    expect(formatNumber(-1200)).toBe('-1.200');
  });
  it('uses English separators on request', () => {
    expect(formatNumber(635593, { locale: 'en' })).toBe('635,593');
    expect(formatNumber(7.645, { decimals: 2, locale: 'en' })).toBe('7.65');
  });
  it('rounds decimal values exactly (1.005 half-up is 1.01, not 1.00)', () => {
    expect(formatNumber(1.005, { decimals: 2 })).toBe('1,01');
    expect(formatNumber(1.005, { decimals: 2, rounding: 'truncate' })).toBe('1,00');
  });
  it('rejects non-finite values', () => {
    expect(() => formatNumber(Number.NaN)).toThrow(RangeError);
  });
});

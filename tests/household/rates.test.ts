import { describe, expect, it } from 'vitest';
import { formatRatio, ratio, roundRatio } from '../../src/core/index';
import {
  householdPovertyRates,
  householdPovertyRatesByGroup,
  povertyRateChange,
  totalHouseholdsImpliedByRate,
} from '../../src/household/index';

describe('the commune report: "99 hộ nghèo, tăng 02 hộ so với đầu năm, 3,3%; 219 hộ cận nghèo, 7,64%"', () => {
  it('99 / 3000 = 3,3% and 219 / 2866 ≈ 7,64%: the two rates imply different totals', () => {
    // by hand: 99 × 100 / 3000 = 3.3 exactly; 21900 / 2866 = 7.6413… → 7,64
    expect(
      formatRatio(householdPovertyRates({ poor: 99, nearPoor: 219 }, 3000).poverty, { decimals: 1 }),
    ).toBe('3,3%');
    expect(formatRatio(householdPovertyRates({ poor: 99, nearPoor: 219 }, 2866).nearPoverty)).toBe('7,64%');
    // over the same 3000 households the near-poor rate would be 7,30%, not 7,64%
    expect(formatRatio(ratio(219, 3000))).toBe('7,30%');
    // and over 2866 the poverty rate would be 3,45% (9900 / 2866 = 3.454…), not 3,3%
    expect(formatRatio(ratio(99, 2866))).toBe('3,45%');
  });

  it('shows the ranges of totals each printed rate allows, and that they do not overlap', () => {
    // 3.25 ≤ 9900/T < 3.35 ⇔ 2955.2… < T ≤ 3046.1…
    const poor = totalHouseholdsImpliedByRate(99, '3,3');
    expect(poor).toEqual({ min: 2956, max: 3046 });
    // 7.635 ≤ 21900/T < 7.645 ⇔ 2864.6… < T ≤ 2868.3…
    const near = totalHouseholdsImpliedByRate(219, '7,64');
    expect(near).toEqual({ min: 2865, max: 2868 });
    expect(near!.max! < poor!.min).toBe(true);
    for (const t of [2955, 3047]) expect(roundRatio(ratio(99, t), { decimals: 1 })).not.toBe('3.3');
    for (const t of [2956, 3046]) expect(roundRatio(ratio(99, t), { decimals: 1 })).toBe('3.3');
    expect(totalHouseholdsImpliedByRate(0, '0')).toEqual({ min: 1, max: null });
    expect(totalHouseholdsImpliedByRate(1, '0,0')).toEqual({ min: 2001, max: null });
    expect(totalHouseholdsImpliedByRate(5, '200')).toBeNull();
  });

  it('"tăng 02 hộ so với đầu năm": change of count and of rate in percentage points', () => {
    // start 97/3000 = 3.2333…%, end 99/3000 = 3.3%: +0.0666… points → +0,07
    const c = povertyRateChange(ratio(97, 3000), ratio(99, 3000));
    expect(c.countChange).toBe(2);
    expect(c.points).toBe('0.07');
    expect(c.text).toBe('+0,07');
    // printed basis: 3,30 − 3,23 = 0,07 as well; with 1 decimal: 3,3 − 3,2 = 0,1 vs exact 0,1
    expect(povertyRateChange(ratio(97, 3000), ratio(99, 3000), { basis: 'printed' }).points).toBe('0.07');
    expect(povertyRateChange(ratio(97, 3000), ratio(99, 3000), { decimals: 1 }).points).toBe('0.1');
    // a fall: 120/3000 = 4% → 99/3000 = 3.3% → −0.70 points
    const d = povertyRateChange(ratio(120, 3000), ratio(99, 3000), { locale: 'en' });
    expect(d).toMatchObject({ countChange: -21, points: '-0.70', text: '-0.70' });
    // totals differ: 97/2950 = 3.28813…%, 99/3000 = 3.3% → +0.01187 → 0.01
    expect(povertyRateChange(ratio(97, 2950), ratio(99, 3000)).points).toBe('0.01');
    expect(povertyRateChange(ratio(0, 0), ratio(99, 3000))).toEqual({
      countChange: 99,
      points: null,
      text: null,
      value: null,
    });
    expect(povertyRateChange(ratio(99, 3000), ratio(99, 3000)).text).toBe('0,00');
  });
});

describe('rates', () => {
  it('are null, not NaN, with no households', () => {
    const r = householdPovertyRates({ poor: 0, nearPoor: 0 }, 0);
    expect(r.poverty.value).toBeNull();
    expect(r.nearPoverty.value).toBeNull();
    expect(r.multidimensional.value).toBeNull();
    expect(formatRatio(r.poverty)).toBe('N/A');
  });

  it('multidimensional = poor + near-poor over the same total', () => {
    const r = householdPovertyRates({ poor: 99, nearPoor: 219 }, 3000);
    expect(r.multidimensional).toEqual({ numerator: 318, denominator: 3000, value: 0.106 });
    expect(formatRatio(r.multidimensional)).toBe('10,60%');
  });

  it('recomputes group rates from summed counts, never averaging', () => {
    const g = householdPovertyRatesByGroup(
      { 'Thôn 1': { poor: 1, nearPoor: 2 }, 'Thôn 2': { poor: 3, nearPoor: 0 } },
      { 'Thôn 1': 10, 'Thôn 2': 30, 'Thôn 3': 0 },
    );
    // mean of 10% and 10% is 10%, but (1+3)/(10+30) = 10% too; check a case where they differ
    expect(g.total.poverty).toEqual({ numerator: 4, denominator: 40, value: 0.1 });
    expect(g.total.nearPoverty).toEqual({ numerator: 2, denominator: 40, value: 0.05 });
    expect(g.groups['Thôn 1']!.nearPoverty.value).toBe(0.2);
    expect(g.groups['Thôn 3']!.poverty.value).toBeNull();
    const h = householdPovertyRatesByGroup(
      { a: { poor: 1, nearPoor: 0 }, b: { poor: 9, nearPoor: 0 } },
      { a: 2, b: 98 },
    );
    // averaging would give (50% + 9.18%)/2 = 29.6%; the rate of the union is 10/100
    expect(h.total.poverty.value).toBe(0.1);
    expect(() => householdPovertyRatesByGroup({ x: { poor: 1, nearPoor: 0 } }, {})).toThrow(/no total/);
    expect(() => householdPovertyRates({ poor: -1, nearPoor: 0 }, 3)).toThrow(RangeError);
  });
});

import { describe, expect, it } from 'vitest';
import { classifyHouseholdByScores, HouseholdSchema, povertyStandardFor } from '../../src/household/index';

// Thông tư 07/2021/TT-BLĐTBXH: score A ≤ 140 (rural) with score B ≥ 30 (3 deprivations at 10 points)
// is poor; with B < 30 it is near-poor. On the scores route, B decides even when the export also
// lists deprivations that disagree with it.
describe('classification from review scores when deprivations are also listed', () => {
  const s = povertyStandardFor('2024-10-10');
  const h = (extra: Record<string, unknown>) =>
    HouseholdSchema.parse({ code: 'a', area: 'rural', scoreA: 140, ...extra });
  it('B = 30 makes the household poor even if one deprivation is listed', () => {
    expect(classifyHouseholdByScores(h({ scoreB: 30, deprivations: ['sanitation'] }), s).class).toBe('poor');
  });
  it('B = 0 makes it near-poor even if three deprivations are listed', () => {
    expect(
      classifyHouseholdByScores(
        h({ scoreB: 0, deprivations: ['sanitation', 'housing-area', 'nutrition'] }),
        s,
      ).class,
    ).toBe('near-poor');
  });
  it('B = 20 with a deprivation count of 3 is near-poor', () => {
    expect(classifyHouseholdByScores(h({ scoreB: 20, deprivationCount: 3 }), s).class).toBe('near-poor');
  });
});

describe('rates over a total smaller than their counts', () => {
  it('throws, since the rates are shares of that total', async () => {
    const { householdPovertyRates } = await import('../../src/household/index');
    expect(() => householdPovertyRates({ poor: 5, nearPoor: 6 }, 10)).toThrow(
      /exceed the 10 resident households/,
    );
    expect(householdPovertyRates({ poor: 5, nearPoor: 5 }, 10).multidimensional.value).toBe(1);
  });
});

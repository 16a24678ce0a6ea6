import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  classifyHousehold,
  DEPRIVATION_INDICATORS,
  emptyHouseholdTally,
  type Household,
  householdPovertyRates,
  householdPovertyRatesByGroup,
  mergeHouseholdTallies,
  povertyStandardFor,
  tallyHouseholds,
} from '../../src/household/index';

const s2024 = povertyStandardFor('2024-10-10');

describe('tallyHouseholds', () => {
  const list: Household[] = [
    // rural, 1.2M, 3 deprivations → poor (4 members)
    {
      code: 'A',
      area: 'rural',
      village: 'Thôn 1',
      ethnicMinority: true,
      incomePerPerson: 1_200_000,
      memberCount: 4,
      deprivations: ['employment', 'sanitation', 'health-insurance'],
      recordedClass: 'poor',
    },
    // rural, 1.5M, 1 deprivation → near-poor (2 members listed), recorded poor → disagreement
    {
      code: 'B',
      area: 'rural',
      village: 'Thôn 1',
      incomePerPerson: 1_500_000,
      members: [{ age: 30 }, { age: 3 }],
      deprivations: ['sanitation'],
      recordedClass: 'poor',
    },
    // urban, 2.5M → average (3 members)
    {
      code: 'C',
      area: 'urban',
      village: 'Tổ 2',
      incomePerPerson: 2_500_000,
      memberCount: 3,
      deprivations: [],
    },
    // urban, 3.5M → none, no village
    {
      code: 'D',
      area: 'urban',
      incomePerPerson: 3_500_000,
      memberCount: 1,
      deprivations: [],
      recordedClass: 'not-poor',
    },
  ];
  const t = tallyHouseholds(list, s2024);

  it('counts households and members by class, area, ethnicity and village (by hand)', () => {
    expect(t.all).toEqual({
      households: 4,
      members: 10,
      poor: 1,
      nearPoor: 1,
      average: 1,
      none: 1,
      poorMembers: 4,
      nearPoorMembers: 2,
    });
    expect(t.byArea.rural).toEqual({
      households: 2,
      members: 6,
      poor: 1,
      nearPoor: 1,
      average: 0,
      none: 0,
      poorMembers: 4,
      nearPoorMembers: 2,
    });
    expect(t.byArea.urban).toMatchObject({ households: 2, average: 1, none: 1 });
    expect(t.byEthnicity.minority).toMatchObject({ households: 1, poor: 1 });
    expect(t.byEthnicity.other).toMatchObject({ households: 3, poor: 0, nearPoor: 1 });
    expect(Object.keys(t.byVillage)).toEqual(['', 'Thôn 1', 'Tổ 2']);
    expect(t.byVillage['Thôn 1']).toMatchObject({ households: 2, poor: 1, nearPoor: 1 });
    expect(t.poorDeprivations).toMatchObject({
      employment: 1,
      sanitation: 1,
      'health-insurance': 1,
      nutrition: 0,
    });
    expect(t.nearPoorDeprivations).toMatchObject({ sanitation: 1, employment: 0 });
    expect(t.recorded).toBe(3);
    expect(t.disagreements).toBe(1);
  });

  it('feeds rates by group over caller-supplied totals', () => {
    const byArea = householdPovertyRatesByGroup(t.byArea, { rural: 100, urban: 50 });
    expect(byArea.groups.rural!.poverty.value).toBe(0.01);
    expect(byArea.total.multidimensional).toEqual({ numerator: 2, denominator: 150, value: 2 / 150 });
    expect(householdPovertyRates(t.all, 0).poverty.value).toBeNull();
  });

  it('gives every household exactly one class, agreeing with classifyHousehold', () => {
    const household = fc.record({
      code: fc.string({ minLength: 1, maxLength: 3 }),
      area: fc.constantFrom('rural' as const, 'urban' as const),
      village: fc.constantFrom('Thôn 1', 'Thôn 2', 'Tổ 3'),
      ethnicMinority: fc.boolean(),
      incomePerPerson: fc.integer({ min: 0, max: 4_000_000 }),
      memberCount: fc.integer({ min: 1, max: 8 }),
      deprivations: fc.subarray([...DEPRIVATION_INDICATORS]),
    });
    fc.assert(
      fc.property(fc.array(household, { maxLength: 40 }), (hs) => {
        const tally = tallyHouseholds(hs, s2024);
        const byHand = { poor: 0, 'near-poor': 0, average: 0, none: 0 };
        for (const x of hs) {
          // second method: the rule written out directly
          const lines = x.area === 'rural' ? [1_500_000, 2_250_000] : [2_000_000, 3_000_000];
          const expected =
            x.incomePerPerson <= lines[0]!
              ? x.deprivations.length >= 3
                ? 'poor'
                : 'near-poor'
              : x.incomePerPerson <= lines[1]!
                ? 'average'
                : 'none';
          expect(classifyHousehold(x, s2024).class).toBe(expected);
          byHand[expected]++;
        }
        const c = tally.all;
        expect(c.poor + c.nearPoor + c.average + c.none).toBe(hs.length);
        expect([c.poor, c.nearPoor, c.average, c.none]).toEqual([
          byHand.poor,
          byHand['near-poor'],
          byHand.average,
          byHand.none,
        ]);
        for (const g of [...Object.values(tally.byVillage), tally.byArea.rural, tally.byArea.urban]) {
          expect(g.poor + g.nearPoor + g.average + g.none).toBe(g.households);
        }
      }),
    );
  });

  it('merges associatively and commutatively, with the empty tally as identity', () => {
    const household = fc.record({
      code: fc.constant('x'),
      area: fc.constantFrom('rural' as const, 'urban' as const),
      village: fc.constantFrom('Thôn 1', 'Thôn 2', 'Tổ 3', '__proto__'),
      incomePerPerson: fc.integer({ min: 0, max: 4_000_000 }),
      memberCount: fc.integer({ min: 0, max: 8 }),
      deprivations: fc.subarray([...DEPRIVATION_INDICATORS]),
      recordedClass: fc.constantFrom('poor' as const, 'near-poor' as const, 'not-poor' as const),
    });
    const part = fc.array(household, { maxLength: 15 });
    fc.assert(
      fc.property(part, part, part, (a, b, c) => {
        const [ta, tb, tc] = [a, b, c].map((x) => tallyHouseholds(x, s2024)) as [
          ReturnType<typeof tallyHouseholds>,
          ReturnType<typeof tallyHouseholds>,
          ReturnType<typeof tallyHouseholds>,
        ];
        expect(mergeHouseholdTallies(ta, tb)).toEqual(mergeHouseholdTallies(tb, ta));
        expect(mergeHouseholdTallies(mergeHouseholdTallies(ta, tb), tc)).toEqual(
          mergeHouseholdTallies(ta, mergeHouseholdTallies(tb, tc)),
        );
        expect(mergeHouseholdTallies(ta, emptyHouseholdTally())).toEqual(ta);
        expect(mergeHouseholdTallies(mergeHouseholdTallies(ta, tb), tc)).toEqual(
          tallyHouseholds([...a, ...b, ...c], s2024),
        );
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  classifyHousehold,
  createHouseholdSchema,
  customPovertyStandard,
  type DeprivationIndicator,
  HouseholdSchema,
  KNOWN_DEPRIVATION_INDICATORS,
  mergeHouseholdTallies,
  nestedEqualDeprivationWeights,
  POVERTY_STANDARDS,
  parseHouseholds,
  povertyStandardFor,
  tallyHouseholds,
} from '../../src/household/index';

// Expected values below are worked out from the texts, not from the code:
// - NĐ 351/2025/NĐ-CP (huengaynay.vn, vietnamplus.vn 31/12/2025): 2027–2030, rural household poor when
//   income ≤ 2.200.000 đồng/người/tháng and ≥ 3 deprivations; near-poor with < 3; urban 2.800.000.
// - The 2026–2030 draft (vietnam.vn; MAE report of 12/09/2025): 6 dimensions, 12 indicators; information
//   = telecom use only; "nước sinh hoạt, vệ sinh và môi trường" = water source, hygienic toilet, waste
//   treatment. (UNVERIFIED against the final decree; the library marks it so.)
// - NĐ 07/2021/NĐ-CP, Điều 3: 2022–2025 (kept for 2026), 12 indicators, none about waste.

const s2027 = povertyStandardFor('2027-10-01');
const s2024 = povertyStandardFor('2024-10-10');
const WASTE3: DeprivationIndicator[] = ['waste-treatment', 'sanitation', 'drinking-water'];

describe('the 2027–2030 standard (Nghị định 351/2025/NĐ-CP)', () => {
  it('a rural household at 2.200.000 with 3 deprivations is poor; at 2.200.001 it is not poor by income', () => {
    const at = classifyHousehold(
      { code: 'R1', area: 'rural', incomePerPerson: 2_200_000, deprivations: WASTE3 },
      s2027,
    );
    expect(at.standardId).toBe('nd-351-2025');
    expect(at.class).toBe('poor');
    expect(at.deprivationCount).toBe(3);
    const above = classifyHousehold(
      { code: 'R2', area: 'rural', incomePerPerson: 2_200_001, deprivations: WASTE3 },
      s2027,
      { averageLivingStandard: 'skip' },
    );
    expect(above.class).toBe('none');
    expect(above.lineTests).toEqual([
      { measure: 'income', value: 2_200_001, line: 'poverty', lineValue: 2_200_000, atOrBelow: false },
    ]);
    // The average-living-standard line of 2027–2030 is UNVERIFIED: classifying it needs the caller's
    // value; without it the household is unclassifiable, with its reason.
    expect(
      classifyHousehold(
        { code: 'R3', area: 'rural', incomePerPerson: 2_200_001, deprivations: WASTE3 },
        s2027,
      ),
    ).toMatchObject({ kind: 'unclassifiable', class: null, reason: 'noAverageLine' });
  });

  it('near-poor below 3 deprivations; the urban line is 2.800.000', () => {
    const two = classifyHousehold(
      {
        code: 'R4',
        area: 'rural',
        incomePerPerson: 1_000_000,
        deprivations: ['waste-treatment', 'sanitation'],
      },
      s2027,
    );
    expect(two.class).toBe('near-poor');
    const urban = (income: number) =>
      classifyHousehold({ code: 'U', area: 'urban', incomePerPerson: income, deprivations: WASTE3 }, s2027, {
        averageLivingStandard: 'skip',
      }).class;
    expect([urban(2_800_000), urban(2_800_001)]).toEqual(['poor', 'none']);
  });

  it('has its own 12 indicators in 6 dimensions, marked unverified', () => {
    expect(s2027.dimensions.map((d) => [d.id, d.indicators.length])).toEqual([
      ['employment', 2],
      ['health', 2],
      ['education', 2],
      ['housing', 2],
      ['information', 1],
      ['water-sanitation-environment', 3],
    ]);
    expect(s2027.dimensions.find((d) => d.id === 'information')?.indicators).toEqual(['telecommunications']);
    expect(s2027.indicators).toContain('waste-treatment');
    expect(s2027.indicators).not.toContain('information-means');
    expect(s2027.indicators).toHaveLength(12);
    expect(s2027.indicatorCount).toBe(12);
    expect(s2027.unverified).toEqual(expect.arrayContaining(['indicators', 'dimensions']));
  });

  it('keeps the 12 indicators of NĐ 07/2021 for 2022–2026, verified', () => {
    for (const d of ['2022-01-01', '2025-12-31', '2026-06-30']) {
      const s = povertyStandardFor(d);
      expect(s.indicators).toEqual([
        'employment',
        'dependants',
        'nutrition',
        'health-insurance',
        'adult-education',
        'school-attendance',
        'housing-quality',
        'housing-area',
        'drinking-water',
        'sanitation',
        'telecommunications',
        'information-means',
      ]);
      expect(s.unverified).not.toContain('indicators');
    }
  });

  it("every standard's dimensions partition its indicators", () => {
    for (const s of POVERTY_STANDARDS) {
      const flat = s.dimensions.flatMap((d) => d.indicators);
      expect(flat).toEqual([...s.indicators]);
      expect(new Set(flat).size).toBe(flat.length);
      for (const k of flat) expect(KNOWN_DEPRIVATION_INDICATORS).toContain(k);
    }
  });
});

describe('indicators are checked against the standard of the review date', () => {
  const row = (reviewDate: string, deprivations: string[]) => ({
    code: 'H1',
    area: 'rural',
    incomePerPerson: 2_000_000,
    reviewDate,
    deprivations,
  });

  it('accepts and counts a waste-treatment deprivation in 2027', () => {
    const h = HouseholdSchema.parse(row('2027-10-01', WASTE3));
    expect(h.deprivations).toEqual(WASTE3);
    const c = classifyHousehold(h, povertyStandardFor(h.reviewDate!));
    expect(c.deprivedIndicators).toEqual(['drinking-water', 'sanitation', 'waste-treatment']);
    expect(c.ignoredIndicators).toEqual([]);
    expect(c.class).toBe('poor');
    const t = tallyHouseholds([h], s2027);
    expect(t.poorDeprivations['waste-treatment']).toBe(1);
    expect(t.all.poor).toBe(1);
  });

  it('rejects a waste-treatment deprivation in 2024 with its own code', () => {
    const r = parseHouseholds([row('2024-10-10', ['sanitation', 'waste-treatment'])]);
    expect(r.valid).toEqual([]);
    expect(r.rejected[0]?.issues).toHaveLength(1);
    expect(r.rejected[0]?.issues[0]).toMatchObject({
      path: 'deprivations.1',
      code: 'vn.household.indicator_not_in_standard',
      params: { indicator: 'waste-treatment', standard: 'nd-07-2021', date: '2024-10-10' },
    });
    expect(r.rejected[0]?.issues[0]?.message).toMatch(
      /^Chỉ số thiếu hụt «Xử lý rác thải» không thuộc chuẩn nghèo nd-07-2021 áp dụng tại ngày rà soát 2024-10-10/,
    );
    const en = parseHouseholds([row('2024-10-10', ['waste-treatment'])], { locale: 'en' });
    expect(en.rejected[0]?.issues[0]?.message).toMatch(
      /^Deprivation indicator "Waste treatment" is not part of standard nd-07-2021/,
    );
  });

  it('rejects an indicator the 2027 list dropped (means of access to information)', () => {
    const r = HouseholdSchema.safeParse(row('2027-10-01', ['information-means']));
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['deprivations', 0]);
  });

  it('without a review date accepts any known key; the calculators count only the standard’s', () => {
    const h = HouseholdSchema.parse({
      code: 'H2',
      area: 'rural',
      incomePerPerson: 1_500_000,
      deprivations: WASTE3,
    });
    const c = classifyHousehold(h, s2024);
    // Under NĐ 07/2021 waste treatment is no indicator: 2 deprivations, so near-poor.
    expect(c.deprivationCount).toBe(2);
    expect(c.class).toBe('near-poor');
    expect(c.ignoredIndicators).toEqual(['waste-treatment']);
    expect(c.reasons.map((x) => x.code)).toContain('vn.household.reason.indicators_not_in_standard');
    expect(c.reasons.find((x) => x.code === 'vn.household.reason.indicators_not_in_standard')?.message).toBe(
      'Không tính các chỉ số không thuộc chuẩn nghèo nd-07-2021: Xử lý rác thải.',
    );
    const t = tallyHouseholds([h], s2024);
    expect(t.nearPoorDeprivations['waste-treatment']).toBe(0);
    expect(t.nearPoorDeprivations.sanitation).toBe(1);
  });
});

describe('a caller-supplied indicator list for 2027–2030', () => {
  const withInfo = customPovertyStandard(s2027, {
    legalBasis: 'Caller read of Nghị định 351/2025/NĐ-CP (test)',
    dimensions: [
      ...s2027.dimensions.filter((d) => d.id !== 'information'),
      { id: 'information', name: 'Thông tin', indicators: ['telecommunications', 'information-means'] },
    ],
  });

  it('replaces the list, its count and its unverified marks', () => {
    expect(withInfo.indicatorCount).toBe(13);
    expect(withInfo.indicators.slice(-2)).toEqual(['telecommunications', 'information-means']);
    expect(withInfo.unverified).not.toContain('indicators');
    expect(withInfo.unverified).toContain('scoring');
    expect(s2027.indicatorCount).toBe(12); // the national data is untouched
  });

  it('validates households against it through createHouseholdSchema and parseHouseholds', () => {
    const row = {
      code: 'H3',
      area: 'rural',
      incomePerPerson: 2_000_000,
      reviewDate: '2027-10-01',
      deprivations: ['information-means', 'waste-treatment', 'sanitation'],
    };
    expect(HouseholdSchema.safeParse(row).success).toBe(false);
    const standards = [withInfo, ...POVERTY_STANDARDS];
    expect(createHouseholdSchema({ standards }).safeParse(row).success).toBe(true);
    const r = parseHouseholds([row], { standards });
    expect(r.rejected).toEqual([]);
    expect(classifyHousehold(r.valid[0]!, withInfo).class).toBe('poor');
  });

  it('refuses malformed dimensions', () => {
    const base = { legalBasis: 'x' };
    expect(() => customPovertyStandard(s2027, { ...base, dimensions: [] })).toThrow(RangeError);
    expect(() =>
      customPovertyStandard(s2027, { ...base, dimensions: [{ id: 'a', name: 'A', indicators: [] }] }),
    ).toThrow(/no indicators/);
    expect(() =>
      customPovertyStandard(s2027, {
        ...base,
        dimensions: [
          { id: 'a', name: 'A', indicators: ['sanitation'] },
          { id: 'b', name: 'B', indicators: ['sanitation'] },
        ],
      }),
    ).toThrow(/two dimensions/);
    expect(() =>
      customPovertyStandard(s2027, {
        ...base,
        dimensions: [{ id: 'a', name: 'A', indicators: ['electricity' as DeprivationIndicator] }],
      }),
    ).toThrow(/unknown indicator/);
  });
});

describe('Alkire–Foster weights by the standard’s dimensions', () => {
  it('gives 1/6 to telecom and 1/18 to each water, sanitation and waste indicator in 2027', () => {
    // 6 dimensions of sizes 2, 2, 2, 2, 1, 3: weights 1/12, 1/6 and 1/18 over the common denominator 36.
    const w = nestedEqualDeprivationWeights(s2027);
    expect([w.employment, w.telecommunications, w['drinking-water'], w['waste-treatment']]).toEqual([
      3, 6, 2, 2,
    ]);
    expect(w['information-means']).toBe(0);
    expect(Object.values(w).reduce((a, b) => a + b, 0)).toBe(36);
    expect(nestedEqualDeprivationWeights(s2024)).toEqual(nestedEqualDeprivationWeights());
  });
});

describe('tallies of different standards merge', () => {
  const household = fc.record({
    code: fc.string({ minLength: 1, maxLength: 4 }),
    area: fc.constantFrom('rural' as const, 'urban' as const),
    incomePerPerson: fc.integer({ min: 0, max: 4_000_000 }),
    deprivations: fc.subarray([...KNOWN_DEPRIVATION_INDICATORS]),
  });

  it('counts per indicator only what the standard has, and sums across standards', () => {
    fc.assert(
      fc.property(fc.array(household, { maxLength: 30 }), fc.array(household, { maxLength: 30 }), (a, b) => {
        const ta = tallyHouseholds(a, s2024, { averageLivingStandard: 'skip' });
        const tb = tallyHouseholds(b, s2027, { averageLivingStandard: 'skip' });
        expect(ta.poorDeprivations['waste-treatment']).toBe(0);
        expect(tb.poorDeprivations['information-means']).toBe(0);
        // Second method: count by hand with the rule of each standard.
        const poorWithWaste = b
          .filter((h) => {
            const n = h.deprivations.filter((k) => s2027.indicators.includes(k)).length;
            return h.incomePerPerson <= s2027.incomeLines[h.area].poverty && n >= 3;
          })
          .filter((h) => h.deprivations.includes('waste-treatment')).length;
        expect(tb.poorDeprivations['waste-treatment']).toBe(poorWithWaste);
        const m = mergeHouseholdTallies(ta, tb);
        for (const k of KNOWN_DEPRIVATION_INDICATORS) {
          expect(m.poorDeprivations[k]).toBe(ta.poorDeprivations[k] + tb.poorDeprivations[k]);
        }
      }),
    );
  });
});

describe('a standard object built by hand before standards carried their list', () => {
  it('counts the 12 indicators of NĐ 07/2021, as before', () => {
    const { indicators: _i, dimensions: _d, ...legacy } = s2024;
    const old = legacy as unknown as typeof s2024;
    const c = classifyHousehold(
      {
        code: 'L',
        area: 'rural',
        incomePerPerson: 1_000_000,
        deprivations: ['sanitation', 'employment', 'waste-treatment'],
      },
      old,
    );
    expect([c.deprivationCount, c.class, c.ignoredIndicators]).toEqual([2, 'near-poor', ['waste-treatment']]);
    expect(
      createHouseholdSchema({ standards: [old] }).safeParse({
        code: 'L',
        area: 'rural',
        incomePerPerson: 1,
        reviewDate: '2024-01-01',
        deprivations: ['information-means'],
      }).success,
    ).toBe(true);
  });
});

describe('2016–2021 (Quyết định 59/2015/QĐ-TTg)', () => {
  it('applies the 2016–2020 lines from 01/01/2016 and cites Nghị định 07/2021 for 2021', () => {
    // QĐ 59/2015, Điều 3.1: in force 05/01/2016; Điều 1 and 2 applied from 01/01/2016.
    expect(povertyStandardFor('2016-01-01').id).toBe('qd-59-2015');
    expect(povertyStandardFor('2016-01-01').legalBasis[0]).toMatch(/Điều 1, 2 thực hiện từ 01\/01\/2016/);
    const s2021 = povertyStandardFor('2021-06-01');
    expect(s2021.legalBasis.join(' ')).toMatch(
      /Nghị định 07\/2021\/NĐ-CP .*tiếp tục thực hiện Quyết định 59\/2015/,
    );
    expect(s2021.legalBasis.join(' ')).not.toMatch(/UNVERIFIED/);
    expect(s2021.indicatorCount).toBe(10);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  classifyHousehold,
  classifyHouseholdByScores,
  customPovertyStandard,
  type DeprivationIndicator,
  type Household,
  povertyStandardFor,
} from '../../src/household/index';

const THREE: DeprivationIndicator[] = ['health-insurance', 'housing-area', 'sanitation'];
const TWO: DeprivationIndicator[] = ['health-insurance', 'sanitation'];

function h(
  area: 'rural' | 'urban',
  incomePerPerson: number,
  deprivations: DeprivationIndicator[],
): Household {
  return { code: `${area}-${incomePerPerson}-${deprivations.length}`, area, incomePerPerson, deprivations };
}

describe('NĐ 07/2021 (2022–2025) and its 2026 extension', () => {
  for (const date of ['2023-10-10', '2026-09-01']) {
    const s = povertyStandardFor(date);
    it(`classifies households exactly on each line (${s.id})`, () => {
      // rural: poverty line 1.500.000, average-living-standard line 2.250.000
      expect(classifyHousehold(h('rural', 1_500_000, THREE), s).class).toBe('poor');
      expect(classifyHousehold(h('rural', 1_500_000, TWO), s).class).toBe('near-poor');
      expect(classifyHousehold(h('rural', 1_500_001, THREE), s).class).toBe('average');
      expect(classifyHousehold(h('rural', 2_250_000, []), s).class).toBe('average');
      expect(classifyHousehold(h('rural', 2_250_001, THREE), s).class).toBe('none');
      // urban: 2.000.000 and 3.000.000
      expect(classifyHousehold(h('urban', 2_000_000, THREE), s).class).toBe('poor');
      expect(classifyHousehold(h('urban', 2_000_000, TWO), s).class).toBe('near-poor');
      expect(classifyHousehold(h('urban', 2_000_001, THREE), s).class).toBe('average');
      expect(classifyHousehold(h('urban', 3_000_000, []), s).class).toBe('average');
      expect(classifyHousehold(h('urban', 3_000_001, []), s).class).toBe('none');
      // a rural income that would be poor in town is above the rural line
      expect(classifyHousehold(h('rural', 1_800_000, THREE), s).class).toBe('average');
    });

    it(`classifies by review scores (${s.id}): 140/175 points for A, 10 points a deprivation for B`, () => {
      const sc = (area: 'rural' | 'urban', scoreA: number, scoreB: number) =>
        classifyHouseholdByScores({ code: 'x', area, scoreA, scoreB }, s).class;
      expect(sc('rural', 140, 30)).toBe('poor');
      expect(sc('rural', 140, 20)).toBe('near-poor');
      expect(sc('rural', 141, 120)).toBe('none');
      expect(sc('rural', 150, 30)).toBe('none');
      expect(sc('urban', 175, 30)).toBe('poor');
      expect(sc('urban', 175, 20)).toBe('near-poor');
      expect(sc('urban', 176, 40)).toBe('none');
      // auto route uses scores when there is no income
      expect(classifyHousehold({ code: 'y', area: 'urban', scoreA: 150, scoreB: 40 }, s).method).toBe(
        'scores',
      );
    });
  }

  it('states the reasons: lines compared and indicators deprived', () => {
    const s = povertyStandardFor('2024-01-01');
    const r = classifyHousehold(h('rural', 1_500_000, ['sanitation', 'employment', 'housing-area']), s);
    expect(r.lineTests).toEqual([
      { measure: 'income', value: 1_500_000, line: 'poverty', lineValue: 1_500_000, atOrBelow: true },
    ]);
    expect(r.deprivedIndicators).toEqual(['employment', 'housing-area', 'sanitation']);
    expect(r.deprivationCount).toBe(3);
    expect(r.deprivationsDecisive).toBe(true);
    expect(r.reasons.map((x) => x.message)).toEqual([
      'Thu nhập 1500000 đồng/người/tháng không vượt chuẩn nghèo (1500000 đồng, khu vực nông thôn).',
      'Thiếu hụt 3 chỉ số (ngưỡng 3): Việc làm, Diện tích nhà ở bình quân đầu người, Nhà tiêu hợp vệ sinh.',
    ]);
    const a = classifyHousehold(h('urban', 2_500_000, []), s, { locale: 'en' });
    expect(a.lineTests.map((t) => [t.line, t.atOrBelow])).toEqual([
      ['poverty', false],
      ['average-living-standard', true],
    ]);
    expect(a.reasons[0]!.message).toBe(
      'Income 2500000 VND per person per month is above the poverty line (2000000 VND, urban).',
    );
  });

  it('says when deprivations were not known', () => {
    const s = povertyStandardFor('2024-01-01');
    const r = classifyHousehold({ code: 'u', area: 'rural', incomePerPerson: 1_000_000 }, s);
    expect(r).toMatchObject({ class: 'near-poor', deprivationCount: 0, deprivationsKnown: false });
    expect(classifyHousehold(h('rural', 1_000_000, []), s).deprivationsKnown).toBe(true);
    expect(classifyHousehold({ code: 'v', area: 'rural', scoreA: 100, scoreB: 40 }, s)).toMatchObject({
      class: 'poor',
      deprivationCount: 4,
      deprivationsKnown: true,
    });
  });

  it('flags a recorded class that disagrees', () => {
    const s = povertyStandardFor('2024-01-01');
    const near = { ...h('rural', 1_000_000, TWO), recordedClass: 'poor' as const };
    expect(classifyHousehold(near, s).disagreesWithRecord).toBe(true);
    expect(classifyHousehold({ ...near, recordedClass: 'near-poor' }, s).disagreesWithRecord).toBe(false);
    // "Hộ không nghèo" covers average and none
    expect(
      classifyHousehold({ ...h('rural', 2_000_000, []), recordedClass: 'not-poor' }, s).disagreesWithRecord,
    ).toBe(false);
    expect(classifyHousehold({ ...near, recordedClass: 'not-poor' }, s).disagreesWithRecord).toBe(true);
    expect(classifyHousehold(h('rural', 1_000_000, TWO), s)).toMatchObject({
      recordedClass: null,
      disagreesWithRecord: false,
    });
  });

  it('derives member-based indicators with caller-supplied thresholds', () => {
    const s = povertyStandardFor('2024-01-01');
    const base: Household = {
      code: 'M',
      area: 'rural',
      incomePerPerson: 1_200_000,
      deprivations: ['sanitation', 'housing-area'],
      members: [
        { age: 40, healthInsurance: true },
        { age: 10, healthInsurance: false },
      ],
    };
    expect(classifyHousehold(base, s).class).toBe('near-poor'); // no thresholds: record only
    const t = { healthInsurance: { minAge: 6 } };
    expect(classifyHousehold(base, s, { memberThresholds: t }).class).toBe('poor');
    const young = {
      ...base,
      members: [
        { age: 40, healthInsurance: true },
        { age: 5, healthInsurance: false },
      ],
    };
    expect(classifyHousehold(young, s, { memberThresholds: t }).class).toBe('near-poor');
    // a recorded deprivation the members contradict is cleared
    const listed = { ...young, deprivations: [...THREE] };
    expect(classifyHousehold(listed, s, { memberThresholds: t }).deprivedIndicators).toEqual([
      'housing-area',
      'sanitation',
    ]);
    // dependants: more than half (3 of 4) → deprived; exactly half (2 of 4) → not
    const dep = { dependants: { childUnderAge: 15, elderlyFromAge: 60, shareAbove: [1, 2] as const } };
    const fam = (ages: number[]): Household => ({
      ...base,
      deprivations: [],
      members: ages.map((age) => ({ age })),
    });
    expect(classifyHousehold(fam([2, 70, 80, 40]), s, { memberThresholds: dep }).deprivedIndicators).toEqual([
      'dependants',
    ]);
    expect(classifyHousehold(fam([2, 70, 40, 40]), s, { memberThresholds: dep }).deprivedIndicators).toEqual(
      [],
    );
  });
});

describe('QĐ 59/2015 (2016–2020, and 2021)', () => {
  for (const date of ['2018-06-01', '2021-06-01']) {
    const s = povertyStandardFor(date);
    const c = (area: 'rural' | 'urban', income: number, count: number) =>
      classifyHousehold({ code: 'q', area, incomePerPerson: income, deprivationCount: count }, s, {
        averageLivingStandard: 'skip',
      }).class;
    it(`poor below the lower line whatever the deprivations (${s.id})`, () => {
      expect(c('rural', 700_000, 0)).toBe('poor');
      expect(c('urban', 900_000, 0)).toBe('poor');
    });
    it(`between the lines: 3 deprivations → poor, 2 → near-poor (${s.id})`, () => {
      expect(c('rural', 700_001, 3)).toBe('poor');
      expect(c('rural', 700_001, 2)).toBe('near-poor');
      expect(c('rural', 1_000_000, 3)).toBe('poor');
      expect(c('rural', 1_000_000, 2)).toBe('near-poor');
      expect(c('urban', 900_001, 2)).toBe('near-poor');
      expect(c('urban', 1_300_000, 3)).toBe('poor');
      expect(c('rural', 1_000_001, 9)).toBe('none');
      expect(c('urban', 1_300_001, 9)).toBe('none');
    });
    it(`needs caller-supplied average lines and scoring: unclassifiable without (${s.id})`, () => {
      const above = classifyHousehold(
        { code: 'q', area: 'rural', incomePerPerson: 1_000_001, deprivationCount: 0 },
        s,
      );
      expect(above).toMatchObject({
        kind: 'unclassifiable',
        class: null,
        reason: 'noAverageLine',
        reasonCode: 'vn.household.unclassifiable.no_average_line',
        params: { household: 'q', standard: s.id, area: 'rural' },
      });
      const byScores = classifyHouseholdByScores({ code: 'q', area: 'rural', scoreA: 100, scoreB: 30 }, s);
      expect(byScores).toMatchObject({ kind: 'unclassifiable', class: null, reason: 'noScoring' });
    });
  }
});

describe('NĐ 351/2025 (2027–2030)', () => {
  const s = povertyStandardFor('2028-10-01');
  it('classifies on the 2.200.000 / 2.800.000 lines', () => {
    expect(classifyHousehold(h('rural', 2_200_000, THREE), s).class).toBe('poor');
    expect(classifyHousehold(h('rural', 2_200_000, TWO), s).class).toBe('near-poor');
    expect(classifyHousehold(h('urban', 2_800_000, THREE), s).class).toBe('poor');
    expect(classifyHousehold(h('urban', 2_800_000, TWO), s).class).toBe('near-poor');
    expect(classifyHousehold(h('urban', 2_800_001, THREE), s, { averageLivingStandard: 'skip' }).class).toBe(
      'none',
    );
  });
  it('says why when the unverified average line is needed, and uses a supplied one', () => {
    const r = classifyHousehold(h('rural', 2_200_001, []), s, { locale: 'en' });
    expect(r.kind).toBe('unclassifiable');
    if (r.kind !== 'unclassifiable') return;
    expect(r.reasonCode).toBe('vn.household.unclassifiable.no_average_line');
    expect(r.message).toBe(
      "Standard nd-351-2025 has no rural average-living-standard line: household rural-2200001-0, above the poverty line, cannot be classified; supply the line with customPovertyStandard or pass averageLivingStandard: 'skip'.",
    );
    // the comparison made before classification stopped: above the 2.200.000 rural line
    expect(r.lineTests).toEqual([
      { measure: 'income', value: 2_200_001, line: 'poverty', lineValue: 2_200_000, atOrBelow: false },
    ]);
    expect(r.reasons.at(-1)?.code).toBe('vn.household.unclassifiable.no_average_line');
    const done = customPovertyStandard(s, {
      legalBasis: 'caller-verified',
      incomeLines: {
        rural: { averageLivingStandard: 3_300_000 },
        urban: { averageLivingStandard: 4_200_000 },
      },
    });
    expect(classifyHousehold(h('rural', 2_200_001, []), done).class).toBe('average');
    expect(classifyHousehold(h('rural', 3_300_001, []), done).class).toBe('none');
    const vi = classifyHouseholdByScores({ code: 'z', area: 'rural', scoreA: 1, scoreB: 30 }, s);
    expect(vi).toMatchObject({ kind: 'unclassifiable', reason: 'noScoring' });
    expect(vi.kind === 'unclassifiable' && vi.message).toBe(
      'Chuẩn nghèo nd-351-2025 chưa có cách chấm điểm rà soát đã kiểm chứng: hộ z (khu vực nông thôn) chỉ có điểm nên không phân loại được; cung cấp cách chấm điểm qua customPovertyStandard(…, { scoring, legalBasis }).',
    );
  });
});

describe('every standard, random households (second method from the notes’ table)', () => {
  // lines written out from domain-notes §4.1–4.2, independently of the data in src/
  const table: Record<
    string,
    { rural: [number, number, number | null]; urban: [number, number, number | null]; lower: boolean }
  > = {
    '2018-03-01': { rural: [700_000, 1_000_000, null], urban: [900_000, 1_300_000, null], lower: true },
    '2021-11-11': { rural: [700_000, 1_000_000, null], urban: [900_000, 1_300_000, null], lower: true },
    '2024-10-10': {
      rural: [1_500_000, 1_500_000, 2_250_000],
      urban: [2_000_000, 2_000_000, 3_000_000],
      lower: false,
    },
    '2026-10-10': {
      rural: [1_500_000, 1_500_000, 2_250_000],
      urban: [2_000_000, 2_000_000, 3_000_000],
      lower: false,
    },
    '2029-10-10': { rural: [2_200_000, 2_200_000, null], urban: [2_800_000, 2_800_000, null], lower: false },
  };
  it('gives exactly the class the rule of the period gives', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(table)),
        fc.constantFrom('rural' as const, 'urban' as const),
        fc.oneof(
          fc.integer({ min: 0, max: 4_000_000 }),
          fc.constantFrom(700_000, 900_000, 1_000_000, 1_300_000, 1_500_000, 2_000_000, 2_200_000, 2_800_000),
        ),
        fc.integer({ min: 0, max: 10 }),
        (date, area, income, count) => {
          const row = table[date]!;
          const [poorLine, nearLine, avgLine] = row[area];
          const deprived = count >= 3;
          let expected: string;
          if (row.lower && income <= poorLine) expected = 'poor';
          else if (income <= nearLine) expected = deprived ? 'poor' : 'near-poor';
          else if (avgLine !== null && income <= avgLine) expected = 'average';
          else expected = 'none';
          const got = classifyHousehold(
            { code: 'p', area, incomePerPerson: income, deprivationCount: count },
            povertyStandardFor(date),
            { averageLivingStandard: avgLine === null ? 'skip' : 'classify' },
          );
          expect(got.class).toBe(expected);
        },
      ),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  alkireFoster,
  alkireFosterMeasures,
  DEPRIVATION_INDICATORS,
  type DeprivationIndicator,
  mergeAlkireFosterTallies,
  nestedEqualDeprivationWeights,
  tallyAlkireFoster,
} from '../../src/household/index';

const I = DEPRIVATION_INDICATORS;

describe('Alkire–Foster measures', () => {
  it('uses nested equal weights: 6 dimensions × 2 indicators → 1/12 each', () => {
    const w = nestedEqualDeprivationWeights();
    for (const k of I) expect(w[k]).toBe(1);
    // one dimension of 1 indicator and one of 2: 1/2, 1/4, 1/4 → 2, 1, 1
    const v = nestedEqualDeprivationWeights({ a: ['employment'], b: ['nutrition', 'sanitation'] });
    expect([v.employment, v.nutrition, v.sanitation, v.dependants]).toEqual([2, 1, 1, 0]);
    expect(() => nestedEqualDeprivationWeights({ a: [] })).toThrow(RangeError);
  });

  it('computes a hand-worked example (k = 1/3, c exactly on the cut-off)', () => {
    // unit 1: 4 of 12 → c = 4/12 = 1/3 ≥ k → poor; unit 2: 1/12 → not; unit 3: 6/12 → poor; unit 4: none
    const r = alkireFoster([
      { deprivations: ['employment', 'dependants', 'nutrition', 'health-insurance'] },
      { deprivations: ['sanitation'] },
      {
        deprivations: [
          'employment',
          'sanitation',
          'drinking-water',
          'housing-area',
          'housing-quality',
          'telecommunications',
        ],
      },
      { deprivations: [] },
    ]);
    expect(r.population).toBe(4);
    expect(r.poor).toBe(2);
    expect(r.headcountRatio.value).toBe(0.5); // H = 2/4
    // A = (4 + 6) / (2 × 12) = 10/24; M0 = 10 / (4 × 12) = 10/48 = H × A = 1/2 × 10/24
    expect([r.intensity.numerator, r.intensity.denominator]).toEqual([10, 24]);
    expect([r.adjustedHeadcount.numerator, r.adjustedHeadcount.denominator]).toEqual([10, 48]);
    // employment: deprived in units 1 and 3 (both poor); sanitation: 2 and 3, only 3 poor
    expect(r.uncensoredHeadcounts.sanitation.numerator).toBe(2);
    expect(r.censoredHeadcounts.sanitation.numerator).toBe(1);
    expect(r.censoredHeadcounts.employment.numerator).toBe(2);
    // contribution of employment = 1/12 × 2/4 = 2/48; share of M0 = 2/10
    expect([r.contributions.employment.numerator, r.contributions.employment.denominator]).toEqual([2, 48]);
    expect([
      r.percentContributions.employment.numerator,
      r.percentContributions.employment.denominator,
    ]).toEqual([2, 10]);
  });

  it('identifies exactly where floating point would not (six weights of 1/30, k = 1/5)', () => {
    // six indicators weigh 1/30, six weigh 4/30; in floats 1/30 added six times is 0.19999999999999998 < 0.2
    const weights = Object.fromEntries(I.map((k, i) => [k, i < 6 ? 1 : 4])) as Record<
      DeprivationIndicator,
      number
    >;
    let floatSum = 0;
    for (let i = 0; i < 6; i++) floatSum += 1 / 30;
    expect(floatSum >= 1 / 5).toBe(false);
    const r = alkireFoster([{ deprivations: I.slice(0, 6) }], { weights, cutoff: [1, 5] });
    expect(r.poor).toBe(1);
    expect(r.weightDenominator).toBe(30);
    expect([r.intensity.numerator, r.intensity.denominator]).toEqual([6, 30]);
  });

  it('returns null ratios for an empty population and rejects bad options', () => {
    const r = alkireFoster([]);
    expect(r.headcountRatio.value).toBeNull();
    expect(r.adjustedHeadcount.value).toBeNull();
    expect(r.intensity.value).toBeNull();
    expect(() => alkireFoster([], { cutoff: [4, 3] })).toThrow(/at most 1/);
    expect(() => alkireFoster([], { cutoff: [0, 3] })).toThrow(RangeError);
    expect(() => alkireFoster([], { weights: { employment: 0.5 } })).toThrow(/integer/);
    expect(() => alkireFoster([], { weights: {} })).toThrow(/positive/);
  });

  const units = fc.array(fc.record({ deprivations: fc.subarray([...I]) }), { maxLength: 60 });
  const weights = fc
    .array(fc.integer({ min: 0, max: 7 }), { minLength: 12, maxLength: 12 })
    .filter((w) => w.some((x) => x > 0));
  const cutoff = fc
    .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }))
    .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);
  const toWeights = (w: number[]) =>
    Object.fromEntries(I.map((k, i) => [k, w[i]!])) as Record<DeprivationIndicator, number>;

  it('M0 = H × A and contributions sum to M0 (exact, by cross-multiplication)', () => {
    fc.assert(
      fc.property(units, weights, cutoff, (u, w, k) => {
        const r = alkireFoster(u, { weights: toWeights(w), cutoff: k });
        const H = r.headcountRatio;
        const A = r.intensity;
        const M = r.adjustedHeadcount;
        if (r.population === 0) return;
        if (r.poor === 0) {
          expect(M.numerator).toBe(0);
          return;
        }
        expect(BigInt(M.numerator) * BigInt(H.denominator) * BigInt(A.denominator)).toBe(
          BigInt(H.numerator) * BigInt(A.numerator) * BigInt(M.denominator),
        );
        let sum = 0;
        for (const key of I) {
          expect(r.contributions[key].denominator).toBe(M.denominator);
          sum += r.contributions[key].numerator;
        }
        expect(sum).toBe(M.numerator);
        let pct = 0;
        for (const key of I) pct += r.percentContributions[key].numerator;
        expect(pct).toBe(r.percentContributions.employment.denominator);
      }),
    );
  });

  it('H does not increase as k rises', () => {
    fc.assert(
      fc.property(units, weights, cutoff, cutoff, (u, w, k1, k2) => {
        const lo = k1[0] * k2[1] <= k2[0] * k1[1] ? k1 : k2;
        const hi = lo === k1 ? k2 : k1;
        const a = alkireFoster(u, { weights: toWeights(w), cutoff: lo });
        const b = alkireFoster(u, { weights: toWeights(w), cutoff: hi });
        expect(b.poor).toBeLessThanOrEqual(a.poor);
      }),
    );
  });

  it('agrees with a direct rational computation (second method)', () => {
    fc.assert(
      fc.property(units, weights, cutoff, (u, w, k) => {
        const r = alkireFoster(u, { weights: toWeights(w), cutoff: k });
        const total = w.reduce((s, x) => s + x, 0);
        let q = 0;
        for (const unit of u) {
          const c = unit.deprivations.reduce((s, key) => s + w[I.indexOf(key)]!, 0);
          // c / total ≥ k0 / k1
          if (c * k[1] >= k[0] * total) q++;
        }
        expect(r.poor).toBe(q);
      }),
    );
  });

  it('merges tallies associatively and commutatively, equal to tallying the union', () => {
    fc.assert(
      fc.property(units, units, units, weights, cutoff, (a, b, c, w, k) => {
        const o = { weights: toWeights(w), cutoff: k };
        const [ta, tb, tc] = [a, b, c].map((x) => tallyAlkireFoster(x, o)) as [
          ReturnType<typeof tallyAlkireFoster>,
          ReturnType<typeof tallyAlkireFoster>,
          ReturnType<typeof tallyAlkireFoster>,
        ];
        expect(mergeAlkireFosterTallies(ta, tb)).toEqual(mergeAlkireFosterTallies(tb, ta));
        const left = mergeAlkireFosterTallies(mergeAlkireFosterTallies(ta, tb), tc);
        expect(left).toEqual(mergeAlkireFosterTallies(ta, mergeAlkireFosterTallies(tb, tc)));
        expect(left).toEqual(tallyAlkireFoster([...a, ...b, ...c], o));
        expect(alkireFosterMeasures(left)).toEqual(alkireFoster([...a, ...b, ...c], o));
      }),
    );
    expect(() =>
      mergeAlkireFosterTallies(tallyAlkireFoster([]), tallyAlkireFoster([], { cutoff: [1, 2] })),
    ).toThrow(/cannot be merged/);
  });
});

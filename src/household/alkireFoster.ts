import { rangeError, show, typeError } from '../_lib/errors';
import { gcd, lcm } from '../_lib/exact';
import { type Ratio, ratio } from '../core/ratio';
import {
  type DeprivationIndicator,
  HOUSEHOLD_DEPRIVATION_DIMENSIONS,
  INDICATOR_BIT,
  KNOWN_DEPRIVATION_INDICATORS,
} from './indicators';
import type { PovertyStandard } from './standards';

const KNOWN = KNOWN_DEPRIVATION_INDICATORS;
const N = KNOWN_DEPRIVATION_INDICATORS.length;

/** Relative integer weights per indicator: indicator j weighs `weights[j] / Σ weights`. */
export type AlkireFosterWeights = Readonly<Record<DeprivationIndicator, number>>;

/**
 * Nested equal weights as integers (trọng số lồng nhau bằng nhau): each dimension gets the same
 * share, split equally among its indicators. Indicator j of dimension d weighs
 * `L / (D × |d|)` where D is the number of dimensions and L the least common multiple of every
 * `D × |d|`, so the weights are exact integers over the common denominator L.
 *
 * Legal basis: Alkire & Foster (2011), "Counting and multidimensional poverty measurement";
 * dimensions of Nghị định 07/2021/NĐ-CP, or of the standard given (Nghị định 351/2025/NĐ-CP for
 * 2027–2030, UNVERIFIED list).
 *
 * @param dimensions - Indicators by dimension, or a {@link PovertyStandard} whose `dimensions` are
 *   used (default {@link HOUSEHOLD_DEPRIVATION_DIMENSIONS}: 6 dimensions of 2 indicators, so every
 *   indicator weighs 1/12).
 * @returns Integer weights over every known indicator; indicators in no dimension weigh 0.
 * @throws RangeError if a dimension is empty, an indicator is unknown or appears twice.
 * @example
 * nestedEqualDeprivationWeights().employment // => 1   (1/12 each)
 * const two = nestedEqualDeprivationWeights({ a: ['employment'], b: ['nutrition', 'sanitation'] });
 * two // => { employment: 2, nutrition: 1, sanitation: 1, … }   (1/2, 1/4, 1/4)
 * two['health-insurance'] // => 0   (like the nine others in no dimension)
 * const w = nestedEqualDeprivationWeights(povertyStandardFor('2027-06-01')); // 2027–2030
 * [w.telecommunications, w['waste-treatment'], w.employment]
 * // => [6, 2, 3]   (over 36: telecom alone is a dimension, 1/6; waste one of three, 1/18)
 */
export function nestedEqualDeprivationWeights(
  dimensions:
    | Readonly<Record<string, readonly DeprivationIndicator[]>>
    | PovertyStandard = HOUSEHOLD_DEPRIVATION_DIMENSIONS,
): AlkireFosterWeights {
  const dims = isStandard(dimensions)
    ? dimensions.dimensions.map((d) => d.indicators)
    : Object.values(dimensions);
  if (dims.length === 0) rangeError('at least one dimension is needed.');
  let l = 1;
  for (const d of dims) {
    if (d.length === 0) rangeError('a dimension has no indicators.');
    l = lcm(l, dims.length * d.length);
  }
  const w = {} as Record<DeprivationIndicator, number>;
  for (const k of KNOWN) w[k] = 0;
  for (const d of dims) {
    for (const k of d) {
      if (!(k in INDICATOR_BIT)) rangeError(`unknown indicator ${show(k)}.`);
      if (w[k] !== 0) rangeError(`indicator ${show(k)} is in two dimensions.`);
      w[k] = l / (dims.length * d.length);
    }
  }
  let g = 0;
  for (const k of KNOWN) g = gcd(g, w[k]);
  for (const k of KNOWN) w[k] = w[k] / g;
  return w;
}

/** Options of {@link alkireFoster}. */
export interface AlkireFosterOptions {
  /**
   * Relative integer weights (≥ 0, at least one > 0); missing indicators weigh 0. Default: nested
   * equal weights ({@link nestedEqualDeprivationWeights}). Weight 1/6 for one and 1/18 for another
   * is given as 3 and 1.
   */
  readonly weights?: Partial<Record<DeprivationIndicator, number>>;
  /** Poverty cut-off k as a fraction `[numerator, denominator]`, 0 < k ≤ 1 (default `[1, 3]`). */
  readonly cutoff?: readonly [number, number];
}

/** Alkire–Foster measures of a population, every figure an exact {@link Ratio} of integers. */
export interface AlkireFosterResult {
  /** Units counted (n). */
  readonly population: number;
  /** Units identified as poor (q): deprivation score c ≥ k. */
  readonly poor: number;
  /** Integer weights used, reduced; indicator j weighs `weights[j] / weightDenominator`. */
  readonly weights: AlkireFosterWeights;
  /** Sum of the weights. */
  readonly weightDenominator: number;
  /** The cut-off k. */
  readonly cutoff: {
    /** Numerator of k. */
    readonly numerator: number;
    /** Denominator of k. */
    readonly denominator: number;
  };
  /** H = q / n (tỷ lệ nghèo đa chiều theo số đầu). */
  readonly headcountRatio: Ratio;
  /** A = Σ c(k) / q (cường độ nghèo), the mean score of the poor. */
  readonly intensity: Ratio;
  /** M0 = Σ c(k) / n = H × A (chỉ số nghèo đa chiều điều chỉnh). */
  readonly adjustedHeadcount: Ratio;
  /** Share of all units deprived in each indicator (uncensored headcount). */
  readonly uncensoredHeadcounts: Readonly<Record<DeprivationIndicator, Ratio>>;
  /** Share of all units that are poor and deprived in each indicator (censored headcount). */
  readonly censoredHeadcounts: Readonly<Record<DeprivationIndicator, Ratio>>;
  /** Absolute contribution w_j × censored headcount_j; they sum to M0. */
  readonly contributions: Readonly<Record<DeprivationIndicator, Ratio>>;
  /** Percentage contribution (absolute contribution / M0); they sum to 1 when M0 > 0. */
  readonly percentContributions: Readonly<Record<DeprivationIndicator, Ratio>>;
}

function isStandard(x: unknown): x is PovertyStandard {
  const o = x as { dimensions?: unknown; indicators?: unknown; id?: unknown } | null;
  return (
    o !== null &&
    typeof o === 'object' &&
    typeof o.id === 'string' &&
    Array.isArray(o.dimensions) &&
    Array.isArray(o.indicators)
  );
}

function checkInt(name: string, x: unknown, min: number): number {
  if (typeof x !== 'number' || !Number.isSafeInteger(x) || x < min)
    rangeError(`${name} must be an integer ≥ ${min}, got ${show(x)}.`);
  return x;
}

/**
 * Alkire–Foster multidimensional poverty measures over the deprivation indicators (phương pháp
 * Alkire–Foster), an extra beyond the national standard: headcount ratio H, intensity A, adjusted
 * headcount M0, uncensored and censored headcounts and each indicator's contribution. Weights and
 * scores are integers over a common denominator and the cut-off is a fraction, so identification
 * (c ≥ k) and every figure are exact: no floating-point test on 1/6 or 1/3.
 *
 * Implemented from the published method: deprivation score c_i = Σ w_j g_ij; poor if c_i ≥ k;
 * censored score c_i(k) = c_i if poor else 0; H = q/n; A = Σ c_i(k)/q; M0 = Σ c_i(k)/n = H × A;
 * censored headcount h_j(k) = share of units poor and deprived in j; contribution w_j h_j(k).
 *
 * Legal basis: none (Alkire & Foster 2011, J. Public Economics 95(7–8); Alkire et al. 2015,
 * "Multidimensional Poverty Measurement and Analysis"). Vietnam's national standard is a count
 * rule, not this index.
 *
 * @param units - Households (or any units) with their deprived indicators.
 * @param options - Weights and cut-off k.
 * @returns The measures.
 * @throws RangeError for a weight that is not an integer ≥ 0, all weights 0, a cut-off outside
 *   (0, 1], an unknown indicator, or a population so large that n × Σw exceeds 2^53.
 * @throws TypeError if `units` is not iterable.
 * @example
 * const r = alkireFoster([
 *   { deprivations: ['employment', 'dependants', 'nutrition', 'health-insurance'] }, // c = 4/12
 *   { deprivations: ['sanitation'] },                                                // c = 1/12
 * ]);
 * r.headcountRatio     // => { numerator: 1, denominator: 2, value: 0.5 }
 * r.intensity          // => { numerator: 4, denominator: 12, value: 0.333… }
 * r.adjustedHeadcount  // => { numerator: 4, denominator: 24, value: 0.1666… }
 */
export function alkireFoster(
  units: Iterable<{ readonly deprivations?: readonly DeprivationIndicator[] | undefined }>,
  options: AlkireFosterOptions = {},
): AlkireFosterResult {
  return alkireFosterMeasures(tallyAlkireFoster(units, options));
}

/**
 * The integer counts behind the Alkire–Foster measures (bảng đếm Alkire–Foster), mergeable across
 * villages, communes or worker threads with {@link mergeAlkireFosterTallies}; turn them into
 * measures with {@link alkireFosterMeasures}.
 */
export interface AlkireFosterTally {
  /** Reduced integer weights. */
  readonly weights: AlkireFosterWeights;
  /** Sum of the weights. */
  readonly weightDenominator: number;
  /** The cut-off k. */
  readonly cutoff: {
    /** Numerator of k. */
    readonly numerator: number;
    /** Denominator of k. */
    readonly denominator: number;
  };
  /** Units counted (n). */
  readonly population: number;
  /** Units identified as poor (q). */
  readonly poor: number;
  /** Σ c_i over the poor, in units of 1 / `weightDenominator`. */
  readonly scoreSum: number;
  /** Units deprived in each indicator. */
  readonly deprived: Readonly<Record<DeprivationIndicator, number>>;
  /** Poor units deprived in each indicator. */
  readonly censored: Readonly<Record<DeprivationIndicator, number>>;
}

/**
 * Count units for the Alkire–Foster measures (đếm theo phương pháp Alkire–Foster): identification
 * with exact integer scores, and the counts every measure is built from.
 *
 * Legal basis: none (Alkire & Foster 2011).
 *
 * @param units - Units with their deprived indicators.
 * @param options - Weights and cut-off k, as for {@link alkireFoster}.
 * @returns The tally.
 * @throws RangeError for bad weights or cut-off, or an unknown indicator.
 * @throws TypeError if `units` is not iterable.
 * @example
 * tallyAlkireFoster([{ deprivations: ['employment', 'dependants', 'nutrition', 'health-insurance'] }]).poor // => 1
 */
export function tallyAlkireFoster(
  units: Iterable<{ readonly deprivations?: readonly DeprivationIndicator[] | undefined }>,
  options: AlkireFosterOptions = {},
): AlkireFosterTally {
  if (units === null || typeof (units as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== 'function') {
    typeError('units must be an iterable of { deprivations }.');
  }
  const given = options.weights ?? nestedEqualDeprivationWeights();
  for (const key of Object.keys(given))
    if (!(key in INDICATOR_BIT)) rangeError(`unknown indicator ${show(key)} in weights.`);
  const raw = KNOWN.map((k) => checkInt(`weights.${k}`, given[k] ?? 0, 0));
  let g = 0;
  for (const x of raw) g = gcd(g, x);
  if (g === 0) rangeError('at least one weight must be positive.');
  const w = raw.map((x) => x / g);
  const wd = w.reduce((s, x) => s + x, 0);
  const [kn, kd] = options.cutoff ?? [1, 3];
  checkInt('cutoff numerator', kn, 1);
  checkInt('cutoff denominator', kd, 1);
  if (kn > kd) rangeError(`cutoff must be at most 1, got ${kn}/${kd}.`);
  const threshold = kn * wd; // poor ⇔ c × kd ≥ kn × wd
  const deprived = new Array<number>(N).fill(0);
  const censored = new Array<number>(N).fill(0);
  let n = 0;
  let q = 0;
  let sumC = 0;
  const bits = new Array<number>(N);
  for (const u of units) {
    n++;
    const list = u.deprivations ?? [];
    let mask = 0;
    for (let i = 0; i < list.length; i++) {
      const b = INDICATOR_BIT[list[i]!];
      if (b === undefined) rangeError(`unknown indicator ${show(list[i])}.`);
      mask |= 1 << b;
    }
    let c = 0;
    let nb = 0;
    for (let j = 0; j < N; j++) {
      if (mask & (1 << j)) {
        deprived[j]!++;
        c += w[j]!;
        bits[nb++] = j;
      }
    }
    if (c * kd >= threshold) {
      q++;
      sumC += c;
      for (let i = 0; i < nb; i++) censored[bits[i]!]!++;
    }
  }
  const g2 = gcd(kn, kd);
  return {
    weights: byIndicator(w),
    weightDenominator: wd,
    cutoff: { numerator: kn / g2, denominator: kd / g2 },
    population: n,
    poor: q,
    scoreSum: sumC,
    deprived: byIndicator(deprived),
    censored: byIndicator(censored),
  };
}

function byIndicator(xs: readonly number[]): Record<DeprivationIndicator, number> {
  const o = {} as Record<DeprivationIndicator, number>;
  KNOWN.forEach((k, j) => {
    o[k] = xs[j]!;
  });
  return o;
}

/**
 * Combine two Alkire–Foster tallies taken with the same weights and cut-off (cộng dồn).
 * Associative and commutative.
 *
 * Legal basis: none (arithmetic).
 *
 * @param a - A tally.
 * @param b - Another tally with the same weights and cut-off.
 * @returns Their sum.
 * @throws RangeError if the weights or cut-offs differ.
 * @example
 * const thon1 = tallyAlkireFoster([
 *   { deprivations: ['employment', 'dependants', 'nutrition', 'health-insurance'] }, // c = 4/12, poor
 *   { deprivations: ['sanitation'] },                                                // c = 1/12
 * ]);
 * const thon2 = tallyAlkireFoster([
 *   { deprivations: ['housing-quality', 'housing-area', 'drinking-water', 'sanitation'] }, // 4/12, poor
 * ]);
 * const both = mergeAlkireFosterTallies(thon1, thon2);
 * [both.population, both.poor] // => [3, 2]
 * both.deprived.sanitation // => 2
 * both.censored.sanitation // => 1   (only the poor household of Thôn 2)
 * alkireFosterMeasures(both).headcountRatio // => { numerator: 2, denominator: 3, value: 0.666… }
 */
export function mergeAlkireFosterTallies(a: AlkireFosterTally, b: AlkireFosterTally): AlkireFosterTally {
  if (
    a.cutoff.numerator !== b.cutoff.numerator ||
    a.cutoff.denominator !== b.cutoff.denominator ||
    KNOWN.some((k) => a.weights[k] !== b.weights[k])
  ) {
    rangeError('Alkire–Foster tallies with different weights or cut-offs cannot be merged.');
  }
  const sum = (
    x: Readonly<Record<DeprivationIndicator, number>>,
    y: Readonly<Record<DeprivationIndicator, number>>,
  ) => byIndicator(KNOWN.map((k) => x[k] + y[k]));
  return {
    weights: a.weights,
    weightDenominator: a.weightDenominator,
    cutoff: a.cutoff,
    population: a.population + b.population,
    poor: a.poor + b.poor,
    scoreSum: a.scoreSum + b.scoreSum,
    deprived: sum(a.deprived, b.deprived),
    censored: sum(a.censored, b.censored),
  };
}

/**
 * The Alkire–Foster measures of a tally (tính các chỉ số Alkire–Foster): H, A, M0, headcounts and
 * contributions, each an exact {@link Ratio} of integers.
 *
 * Legal basis: none (Alkire & Foster 2011).
 *
 * @param tally - From {@link tallyAlkireFoster} or {@link mergeAlkireFosterTallies}.
 * @returns The measures.
 * @throws RangeError if n × Σw exceeds 2^53.
 * @example
 * alkireFosterMeasures(tallyAlkireFoster([{ deprivations: [] }])).headcountRatio.value // => 0
 */
export function alkireFosterMeasures(tally: AlkireFosterTally): AlkireFosterResult {
  const n = tally.population;
  const q = tally.poor;
  const wd = tally.weightDenominator;
  const sumC = tally.scoreSum;
  if (!Number.isSafeInteger(n * wd)) rangeError('population × weight denominator exceeds 2^53.');
  const hd = {} as Record<DeprivationIndicator, Ratio>;
  const hdk = {} as Record<DeprivationIndicator, Ratio>;
  const actb = {} as Record<DeprivationIndicator, Ratio>;
  const pctb = {} as Record<DeprivationIndicator, Ratio>;
  for (const k of KNOWN) {
    const w = tally.weights[k];
    hd[k] = ratio(tally.deprived[k], n);
    hdk[k] = ratio(tally.censored[k], n);
    actb[k] = ratio(w * tally.censored[k], n * wd);
    pctb[k] = ratio(w * tally.censored[k], sumC);
  }
  return {
    population: n,
    poor: q,
    weights: tally.weights,
    weightDenominator: wd,
    cutoff: tally.cutoff,
    headcountRatio: ratio(q, n),
    intensity: ratio(sumC, q * wd),
    adjustedHeadcount: ratio(sumC, n * wd),
    uncensoredHeadcounts: hd,
    censoredHeadcounts: hdk,
    contributions: actb,
    percentContributions: pctb,
  };
}

import { rangeError, show } from '../_lib/errors';

/**
 * A rate kept as its parts (tỷ lệ = tử số / mẫu số), in the manner of a DHIS2 indicator.
 *
 * `value` is `numerator / denominator` as a number for sorting and charts, or `null` when the
 * denominator is 0, never `NaN` or `Infinity`. Present it with {@link formatRatio}, which rounds
 * exactly from the parts; combine rates of groups with {@link sumRatios}, never by averaging.
 */
export interface Ratio {
  /** Tử số: the count that meets the condition. */
  readonly numerator: number;
  /** Mẫu số: the count it is taken over. */
  readonly denominator: number;
  /** `numerator / denominator`, or `null` when the denominator is 0. */
  readonly value: number | null;
}

function checkPart(name: string, x: number): void {
  if (typeof x !== 'number' || !Number.isFinite(x) || x < 0) {
    rangeError(`ratio ${name} must be a finite number ≥ 0, got ${show(x)}.`);
  }
}

/**
 * Build a {@link Ratio} from its parts.
 *
 * @param numerator - Finite, ≥ 0.
 * @param denominator - Finite, ≥ 0; 0 gives `value: null`.
 * @returns The ratio.
 * @throws RangeError if a part is negative, `NaN` or infinite.
 * @example
 * ratio(635593, 643272).value // => 0.98806… (98,81% when formatted)
 * ratio(0, 0).value           // => null
 */
export function ratio(numerator: number, denominator: number): Ratio {
  checkPart('numerator', numerator);
  checkPart('denominator', denominator);
  return { numerator, denominator, value: denominator === 0 ? null : numerator / denominator };
}

/**
 * Combine rates of groups by summing their numerators and denominators (never by averaging).
 *
 * @example
 * sumRatios([ratio(1, 2), ratio(3, 4)]) // => { numerator: 4, denominator: 6, value: 0.666… }
 */
export function sumRatios(ratios: Iterable<Ratio>): Ratio {
  let n = 0;
  let d = 0;
  for (const r of ratios) {
    n += r.numerator;
    d += r.denominator;
  }
  return ratio(n, d);
}

/**
 * The complement `(denominator − numerator) / denominator`, such as the late share from the
 * on-time share.
 *
 * @throws RangeError if the numerator exceeds the denominator.
 * @example
 * complementRatio(ratio(12, 4169)) // => { numerator: 4157, denominator: 4169, … }
 */
export function complementRatio(r: Ratio): Ratio {
  if (r.numerator > r.denominator) {
    rangeError(
      `cannot take the complement of ${r.numerator}/${r.denominator}: numerator exceeds denominator.`,
    );
  }
  return ratio(r.denominator - r.numerator, r.denominator);
}

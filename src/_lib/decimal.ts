import Decimal from 'decimal.js';

/**
 * The package's private decimal calculator. A clone, so the caller's global `Decimal`
 * configuration is never read or changed; 64 significant digits with truncating division, which
 * is exact for every quotient of safe integers rounded to at most 20 decimals (a quotient that
 * ties at the rounding position terminates within 64 digits; one that does not lies at least
 * 1/(denominator × 10^decimals) away from the tie).
 *
 * @internal
 */
const Calc = Decimal.clone({ precision: 64, rounding: Decimal.ROUND_DOWN, toExpNeg: -30, toExpPos: 40 });

/** Rounding modes the package exposes. `half-up` rounds 0.5 away from zero; `truncate` cuts. */
export type RoundingMode = 'half-up' | 'truncate';

/**
 * `numerator × factor / denominator` rounded to `decimals` places, as a plain decimal string
 * with `.` as separator (`"98.81"`).
 *
 * @internal
 */
export function roundQuotient(
  numerator: number,
  denominator: number,
  factor: number,
  decimals: number,
  mode: RoundingMode,
): string {
  const q = new Calc(numerator).times(factor).div(denominator);
  return q.toFixed(decimals, mode === 'half-up' ? Decimal.ROUND_HALF_UP : Decimal.ROUND_DOWN);
}

/**
 * Round a finite number given in decimal notation to `decimals` places exactly (no binary
 * floating-point drift: `1.005` rounds half-up to `1.01`).
 *
 * @internal
 */
export function roundNumber(value: number | string, decimals: number, mode: RoundingMode): string {
  return new Calc(value).toFixed(decimals, mode === 'half-up' ? Decimal.ROUND_HALF_UP : Decimal.ROUND_DOWN);
}

/**
 * Exact comparison of two fractions a/b and c/d given as decimal strings or numbers.
 * Returns -1, 0 or 1.
 *
 * @internal
 */
export function compareFractions(
  a: number | string,
  b: number | string,
  c: number | string,
  d: number | string,
): number {
  return new Calc(a).times(d).cmp(new Calc(c).times(b));
}

/** @internal Exact decimal value of `numerator / denominator` to 64 significant digits, as a string. */
export function exactQuotient(numerator: number | string, denominator: number | string): string {
  return new Calc(numerator).div(denominator).toString();
}

import { rangeError, show } from './errors';

/**
 * The package's one exact calculator: fractions of integers held as BigInt, fixed decimals held
 * as BigInt units of `10^-decimals`, and rounding with an explicit mode. No binary floating point
 * is involved in any result, and nothing here depends on a library (decimal.js is the second
 * method its tests compare with, not a runtime dependency).
 *
 * Every value that enters is a whole number, a JavaScript number (read by its shortest decimal
 * text, the way `String(x)` writes it: `0.1` is one tenth, `1.005` is 1005/1000) or a plain
 * decimal string (`"3.3"`, `"-0.07"`, `"1e-7"`).
 *
 * @internal
 */

/** Rounding modes the package exposes. `half-up` rounds 0.5 away from zero; `truncate` cuts toward zero. */
export type RoundingMode = 'half-up' | 'truncate';

/** An exact fraction `num / den`, `den > 0`, not necessarily in lowest terms. @internal */
export interface Fraction {
  readonly num: bigint;
  readonly den: bigint;
}

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;

/**
 * The exact value of a finite number or decimal string as a fraction `digits / 10^k`.
 *
 * @internal
 */
export function toFraction(value: number | string | bigint): Fraction {
  if (typeof value === 'bigint') return { num: value, den: 1n };
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) rangeError(`expected a finite number, got ${show(value)}.`);
    if (Number.isSafeInteger(value)) return { num: BigInt(value), den: 1n };
  }
  const text = String(value).trim();
  const m = DECIMAL.exec(text);
  if (m === null || (m[2] === '' && (m[3] ?? '') === ''))
    rangeError(`expected a decimal number, got ${show(value)}.`);
  const frac = m[3] ?? '';
  const exp = (m[4] === undefined ? 0 : Number(m[4])) - frac.length;
  let num = BigInt((m[2] || '0') + frac);
  if (m[1] === '-') num = -num;
  return exp >= 0 ? { num: num * 10n ** BigInt(exp), den: 1n } : { num, den: 10n ** BigInt(-exp) };
}

/** `a × b`. @internal */
export function times(a: Fraction, b: Fraction): Fraction {
  return { num: a.num * b.num, den: a.den * b.den };
}

/** `a / b` (b ≠ 0). @internal */
export function divide(a: Fraction, b: Fraction): Fraction {
  if (b.num === 0n) rangeError('division by zero.');
  const sign = b.num < 0n ? -1n : 1n;
  return { num: sign * a.num * b.den, den: sign * a.den * b.num };
}

/** `a − b`. @internal */
export function minus(a: Fraction, b: Fraction): Fraction {
  return { num: a.num * b.den - b.num * a.den, den: a.den * b.den };
}

/** -1, 0 or 1 as `a` is below, equal to or above `b`. @internal */
export function compare(a: Fraction, b: Fraction): -1 | 0 | 1 {
  const l = a.num * b.den;
  const r = b.num * a.den;
  return l < r ? -1 : l > r ? 1 : 0;
}

/**
 * `f` as a whole number of `10^-decimals` units, rounded by `mode` (`half-up`: halves away from
 * zero; `truncate`: toward zero).
 *
 * @internal
 */
export function roundToUnits(f: Fraction, decimals: number, mode: RoundingMode): bigint {
  const neg = f.num < 0n;
  const abs = neg ? -f.num : f.num;
  const scaled = abs * 10n ** BigInt(decimals);
  let q = scaled / f.den;
  if (mode === 'half-up' && (scaled % f.den) * 2n >= f.den) q += 1n;
  return neg ? -q : q;
}

/**
 * Plain decimal text of `units × 10^-decimals` (`-7n, 2` → `"-0.07"`; `330n, 2` → `"3.30"`). Zero
 * is written without a sign.
 *
 * @internal
 */
export function unitsToText(units: bigint, decimals: number): string {
  const neg = units < 0n;
  const digits = (neg ? -units : units).toString().padStart(decimals + 1, '0');
  const cut = digits.length - decimals;
  const body = decimals > 0 ? `${digits.slice(0, cut)}.${digits.slice(cut)}` : digits;
  return neg ? `-${body}` : body;
}

/**
 * A plain decimal string with at most `decimals` places as a whole number of `10^-decimals`
 * units (`"3.3", 2` → `330n`).
 *
 * @throws RangeError if the text is not a plain decimal or has more places than `decimals`.
 * @internal
 */
export function textToUnits(text: string, decimals: number): bigint {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  const frac = m?.[3] ?? '';
  if (m === null || frac.length > decimals)
    rangeError(`expected a decimal with at most ${decimals} places, got ${show(text)}.`);
  const u = BigInt(m[2]! + frac.padEnd(decimals, '0'));
  return m[1] === '-' ? -u : u;
}

/** `f` rounded to `decimals` places by `mode`, as plain decimal text. @internal */
export function roundFraction(f: Fraction, decimals: number, mode: RoundingMode): string {
  return unitsToText(roundToUnits(f, decimals, mode), decimals);
}

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
  return roundFraction(
    divide(times(toFraction(numerator), toFraction(factor)), toFraction(denominator)),
    decimals,
    mode,
  );
}

/**
 * Round a finite number given in decimal notation to `decimals` places exactly (no binary
 * floating-point drift: `1.005` rounds half-up to `1.01`).
 *
 * @internal
 */
export function roundNumber(value: number | string, decimals: number, mode: RoundingMode): string {
  return roundFraction(toFraction(value), decimals, mode);
}

/**
 * Exact comparison of two fractions a/b and c/d (b, d > 0) given as decimal strings or numbers.
 * Returns -1, 0 or 1.
 *
 * @internal
 */
export function compareFractions(
  a: number | string,
  b: number | string,
  c: number | string,
  d: number | string,
): -1 | 0 | 1 {
  return compare(divide(toFraction(a), toFraction(b)), divide(toFraction(c), toFraction(d)));
}

/** Greatest common divisor of two non-negative safe integers. @internal */
export function gcd(a: number, b: number): number {
  while (b !== 0) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

/** Least common multiple of two positive safe integers. @internal */
export function lcm(a: number, b: number): number {
  return (a / gcd(a, b)) * b;
}

/** A range of whole numbers, both ends inclusive; `max: null` when unbounded. @internal */
export interface WholeRange {
  readonly min: number;
  readonly max: number | null;
}

/**
 * The one implied-denominator function: every whole number `N ≥ max(count, 1)` for which
 * `count / N × 100`, rounded to `decimals` places by `mode` (or by either mode, `either`), equals
 * `printedUnits × 10^-decimals` percent. A denominator below the count would make a share above
 * the whole, so none is returned: 3 households printed as 150% fit no total (`null`).
 *
 * half-up: `100·10^d·count/N ∈ [P − ½, P + ½)` ⇔ `N ∈ (2K/(2P+1), 2K/(2P−1)]`, K = 100·10^d·count;
 * truncate: `∈ [P, P + 1)` ⇔ `N ∈ (K/(P+1), K/P]`; either: the union of the two (they overlap).
 *
 * @param count - The numerator, a safe integer ≥ 0.
 * @param printedUnits - The printed percentage in units of `10^-decimals` (≥ 0).
 * @param decimals - Printed decimal places.
 * @param mode - `half-up`, `truncate` or `either`.
 * @returns The range, or `null` when no denominator fits.
 * @internal
 */
export function impliedDenominatorRange(
  count: number,
  printedUnits: bigint,
  decimals: number,
  mode: RoundingMode | 'either',
): WholeRange | null {
  const P = printedUnits;
  const K = BigInt(count) * 100n * 10n ** BigInt(decimals);
  let lo: bigint;
  let hi: bigint | null;
  if (mode === 'truncate') {
    lo = K / (P + 1n) + 1n;
    hi = P > 0n ? K / P : null;
  } else {
    lo = mode === 'either' ? K / (P + 1n) + 1n : (2n * K) / (2n * P + 1n) + 1n;
    hi = P > 0n ? (2n * K) / (2n * P - 1n) : null;
  }
  const floor = BigInt(Math.max(count, 1));
  if (lo < floor) lo = floor;
  if (hi !== null && hi < lo) return null;
  return { min: Number(lo), max: hi === null ? null : Number(hi) };
}

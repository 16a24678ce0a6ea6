/**
 * Private exact helpers of the household domain: signed fractions of safe integers, rounded with
 * BigInt arithmetic (no binary floating point).
 *
 * @internal
 */

/** @internal Greatest common divisor of two non-negative integers. */
export function gcd(a: number, b: number): number {
  while (b !== 0) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

/** @internal Least common multiple of two positive integers. */
export function lcm(a: number, b: number): number {
  return (a / gcd(a, b)) * b;
}

/**
 * @internal `num / den` (den > 0) rounded to `decimals` places as a plain signed decimal string
 * (`"-0.07"`, `"3.30"`): `half-up` rounds halves away from zero, `truncate` cuts toward zero.
 */
export function roundSignedFraction(
  num: bigint,
  den: bigint,
  decimals: number,
  mode: 'half-up' | 'truncate',
): string {
  const neg = num < 0n;
  const abs = neg ? -num : num;
  const scale = 10n ** BigInt(decimals);
  let q = (abs * scale) / den;
  const r = (abs * scale) % den;
  if (mode === 'half-up' && r * 2n >= den) q += 1n;
  let digits = q.toString();
  if (decimals > 0) {
    digits = digits.padStart(decimals + 1, '0');
    digits = `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
  }
  return neg && q !== 0n ? `-${digits}` : digits;
}

import { rangeError, show } from '../_lib/errors';
import { type RoundingMode, roundNumber, roundQuotient } from '../_lib/exact';
import type { Ratio } from './ratio';

export type { RoundingMode } from '../_lib/exact';

/** Number style: `vi` writes `3.971` and `98,81`; `en` writes `3,971` and `98.81`. */
export type NumberLocale = 'vi' | 'en';

/** Options of {@link formatNumber}. */
export interface FormatNumberOptions {
  /** `vi` (default) or `en` separators. */
  readonly locale?: NumberLocale;
  /** Decimal places to show; default 0 for integers, otherwise as many as needed up to 20. */
  readonly decimals?: number;
  /** `half-up` (default) or `truncate`. */
  readonly rounding?: RoundingMode;
}

/** Options of {@link formatRatio}. */
export interface FormatRatioOptions {
  /** Decimal places (default 2, the QĐ 766 display convention). */
  readonly decimals?: number;
  /** `half-up` (default, làm tròn) or `truncate` (cắt bỏ), as some reports do. */
  readonly rounding?: RoundingMode;
  /** `vi` (default, `98,81%`) or `en` (`98.81%`). */
  readonly locale?: NumberLocale;
  /** Multiplier (default 100, a percentage). Use 1 for a plain proportion. */
  readonly factor?: number;
  /** Text after the number (default `%` when factor is 100, otherwise none). */
  readonly suffix?: string;
  /** What to print when the denominator is 0 (default `N/A`). */
  readonly nullText?: string;
}

function checkDecimals(decimals: number): void {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    rangeError(`decimals must be an integer from 0 to 20, got ${show(decimals)}.`);
  }
}

function groupDigits(digits: string, sep: string): string {
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += sep;
    out += digits[i];
  }
  return out;
}

/** Apply locale separators to a plain decimal string such as `-1234.5`. */
function localise(plain: string, locale: NumberLocale): string {
  const neg = plain.startsWith('-');
  const body = neg ? plain.slice(1) : plain;
  const [int = '0', frac] = body.split('.');
  const group = locale === 'vi' ? '.' : ',';
  const point = locale === 'vi' ? ',' : '.';
  const text = groupDigits(int, group) + (frac !== undefined ? point + frac : '');
  return neg && /[1-9]/.test(text) ? `-${text}` : text;
}

/**
 * Format a number as Vietnamese reports print it (`3.971`, `3,3`) or in English style.
 *
 * @param value - A finite number.
 * @param options - Locale, decimals, rounding.
 * @returns The text.
 * @throws RangeError for a non-finite value or bad decimals.
 * @example
 * formatNumber(3971)                        // => '3.971'
 * formatNumber(3.3, { decimals: 1 })        // => '3,3'
 * formatNumber(635593, { locale: 'en' })    // => '635,593'
 */
export function formatNumber(value: number, options: FormatNumberOptions = {}): string {
  if (!Number.isFinite(value)) rangeError(`cannot format ${show(value)} as a number.`);
  const locale = options.locale ?? 'vi';
  const rounding = options.rounding ?? 'half-up';
  let plain: string;
  if (options.decimals !== undefined) {
    checkDecimals(options.decimals);
    plain = roundNumber(value, options.decimals, rounding);
  } else {
    // String() of an integer of 1e21 or more is in exponent notation: round exactly then.
    plain =
      Number.isInteger(value) && Math.abs(value) < 1e21
        ? String(value)
        : roundNumber(value, 20, rounding).replace(/\.?0+$/, '');
  }
  return localise(plain, locale);
}

/**
 * Format a {@link Ratio} as a percentage, rounded exactly from its parts.
 *
 * @param r - The ratio.
 * @param options - Decimals (default 2), rounding (default half-up), locale (default `vi`).
 * @returns The text, or `options.nullText` (`N/A`) when the denominator is 0.
 * @example
 * formatRatio(ratio(635593, 643272))                          // => '98,81%'
 * formatRatio(ratio(635593, 643272), { locale: 'en' })        // => '98.81%'
 * formatRatio(ratio(2, 3), { decimals: 1, rounding: 'truncate' }) // => '66,6%'
 */
export function formatRatio(r: Ratio, options: FormatRatioOptions = {}): string {
  const decimals = options.decimals ?? 2;
  checkDecimals(decimals);
  const factor = options.factor ?? 100;
  if (!Number.isFinite(factor) || factor <= 0)
    rangeError(`factor must be a positive number, got ${show(factor)}.`);
  if (r.denominator === 0) return options.nullText ?? 'N/A';
  const plain = roundQuotient(r.numerator, r.denominator, factor, decimals, options.rounding ?? 'half-up');
  const suffix = options.suffix ?? (factor === 100 ? '%' : '');
  return localise(plain, options.locale ?? 'vi') + suffix;
}

/**
 * The rounded value of a ratio times a factor as a plain decimal string (`"98.81"`), for
 * comparing with a printed figure.
 *
 * @returns The string, or `null` when the denominator is 0.
 * @example
 * roundRatio(ratio(99, 3000), { decimals: 1 }) // => '3.3'
 */
export function roundRatio(
  r: Ratio,
  options: { readonly decimals?: number; readonly rounding?: RoundingMode; readonly factor?: number } = {},
): string | null {
  const decimals = options.decimals ?? 2;
  checkDecimals(decimals);
  if (r.denominator === 0) return null;
  return roundQuotient(
    r.numerator,
    r.denominator,
    options.factor ?? 100,
    decimals,
    options.rounding ?? 'half-up',
  );
}

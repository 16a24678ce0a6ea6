/**
 * Text helpers of the report's messages (counts, labels, signed sums, exact decimals in a
 * language), shared by the audit and its typed issues.
 *
 * @internal
 * @module
 */
import { formatNumber, type NumberLocale } from '../core/format';
import type { Locale } from '../core/messages';
import { QUALIFICATION_LABELS_EN, REPORT_FIELD_LABELS } from './messages';
import { REPORT_QUALIFICATION_LABELS, type ReportQualificationLevel } from './schema';

/** @internal A count in a language. */
export const num = (n: number, locale: NumberLocale): string => formatNumber(n, { locale });

/** @internal The label of a report figure's path in a language. */
export function label(path: string, locale: Locale): string {
  const known = REPORT_FIELD_LABELS[path];
  if (known !== undefined) return known[locale];
  const m = /^staff\.(qualifications|partTimeQualifications)\.(\w+)$/.exec(path);
  if (m !== null) {
    const level = m[2] as ReportQualificationLevel;
    return locale === 'vi'
      ? (REPORT_QUALIFICATION_LABELS[level] ?? level).toLowerCase()
      : (QUALIFICATION_LABELS_EN[level] ?? level);
  }
  return path;
}

/** @internal */
export const upperFirst = (s: string): string => (s === '' ? s : s[0]!.toUpperCase() + s.slice(1));

/** @internal `a + b − c` from signed values. */
export function signedJoin(items: readonly { readonly text: string; readonly sign: 1 | -1 }[]): string {
  return items
    .map((t, i) => (i === 0 ? (t.sign < 0 ? `−${t.text}` : t.text) : `${t.sign < 0 ? '−' : '+'} ${t.text}`))
    .join(' ');
}

/** @internal An exact decimal string in a language. */
export function decimalText(plain: string, locale: NumberLocale): string {
  const neg = plain.startsWith('-');
  const [int = '0', frac] = (neg ? plain.slice(1) : plain).split('.');
  const text =
    formatNumber(Number(int), { locale }) + (frac !== undefined ? (locale === 'vi' ? ',' : '.') + frac : '');
  return neg ? `−${text}` : text;
}

/** @internal A percentage from an exact decimal string. */
export const pct = (plain: string, locale: NumberLocale): string => `${decimalText(plain, locale)}%`;

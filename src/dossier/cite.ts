import { rangeError, show } from '../_lib/errors';
import { isLocalDate, type LocalDate } from '../core/localDate';
import type { Locale } from '../core/messages';
import type { OneStopBasis, OneStopRules } from './basis';

// Lookups over a one-stop table the caller passes in. No table lives here, so the dossier schema
// can cite the basis in force without importing ONE_STOP_BASES (it enters as an argument).

/** @internal The version of `bases` a dossier received on `date` falls under (see `oneStopBasisOn`). */
export function basisIn(bases: readonly OneStopBasis[], date: LocalDate): OneStopBasis | undefined {
  if (!isLocalDate(date)) rangeError(`date must be a real date written YYYY-MM-DD, got ${show(date)}.`);
  for (let i = bases.length - 1; i >= 0; i--) {
    const b = bases[i] as OneStopBasis;
    if (b.effectiveFrom <= date && (b.effectiveTo === null || date <= b.effectiveTo)) return b;
  }
  return undefined;
}

const NO_BASIS = {
  vi: 'quy định về cơ chế một cửa hiện hành tại ngày tiếp nhận',
  en: 'the one-stop rules in force on the receipt date',
} as const;

/** @internal The citation for `date` in `bases` (see `citeOneStopBasis`). */
export function citeBasisIn(
  bases: readonly OneStopBasis[],
  date: LocalDate,
  options: { readonly rule?: keyof OneStopRules; readonly locale?: Locale },
): string {
  const locale = options.locale ?? 'vi';
  if (locale !== 'vi' && locale !== 'en') rangeError(`locale must be 'vi' or 'en', got ${show(locale)}.`);
  const b = basisIn(bases, date);
  const rule = options.rule;
  if (rule !== undefined && !RULE_KEYS.includes(rule)) {
    rangeError(`rule must be one of ${RULE_KEYS.join(', ')}, got ${show(rule)}.`);
  }
  if (b === undefined) return NO_BASIS[locale];
  if (locale === 'en') return b.shortEn;
  if (rule !== undefined) return b.rules[rule];
  const amended = b.amendments.filter((a) => a.issuedOn <= date).map((a) => a.short);
  let text = b.short;
  if (amended.length > 0) text += `, sửa đổi bởi ${amended.join(', ')}`;
  if (b.circular.issuedOn <= date) text += `; ${b.circular.short}`;
  return text;
}

const RULE_KEYS: readonly (keyof OneStopRules)[] = [
  'reappointmentOnce',
  'supplementRestart',
  'receiptHandOff',
  'channels',
  'stopping',
  'evaluation',
];

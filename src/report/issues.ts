/**
 * The typed issues of the report audit (các phát hiện của việc kiểm tra báo cáo), over RAW
 * parameters: the figures' paths (`dossiers.resolved`), the counts and their signs, the printed
 * rates as printed, exact decimal strings. Labels, number formats and percentages are made when a
 * message is rendered, in the language asked for, so no parameter carries a word of either
 * language.
 *
 * @module
 */
import { unitsToText as fromUnits, roundToUnits, textToUnits as toUnits } from '../_lib/exact';
import {
  defineMessage,
  type IssueOf,
  type Locale,
  type ParamSpec,
  type PrintedValue,
  param,
  renderMessage,
} from '../core/messages';
import { decimalText, label, num, pct, signedJoin, upperFirst } from './text';

/** A count that may be absent: `null` for "no value" (an empty range, an unbounded end). */
const maybeNumber = { kind: 'number', sample: 3 } as ParamSpec<number | null>;

/** An exact decimal string (`'3.3'`, `'-0.25'`), formatted per language when rendered. */
const decimal = { kind: 'text', sample: '12.5' } as ParamSpec<string>;

/** The signs (+1 or −1) of the terms of one side of a comparison. */
const signs = { kind: 'numbers', sample: [1, 1] } as ParamSpec<readonly (1 | -1)[]>;

type SideParams = {
  readonly fields: readonly string[];
  readonly values: readonly number[];
  readonly signs: readonly (1 | -1)[];
};

function sideText(s: SideParams, l: Locale, first: boolean): string {
  const terms = s.fields.map((f, i) => ({ f, v: s.values[i] ?? 0, sign: s.signs[i] ?? 1 }));
  const labels = signedJoin(terms.map((t) => ({ text: label(t.f, l), sign: t.sign })));
  const expr = signedJoin(terms.map((t) => ({ text: num(t.v, l), sign: t.sign })));
  const total = terms.reduce((a, t) => a + t.sign * t.v, 0);
  const values = terms.length > 1 || terms[0]?.sign === -1 ? `${expr} = ${num(total, l)}` : expr;
  return `${first ? upperFirst(labels) : labels} (${values})`;
}

const left = (p: {
  readonly leftFields: readonly string[];
  readonly leftValues: readonly number[];
  readonly leftSigns: readonly (1 | -1)[];
}): SideParams => ({ fields: p.leftFields, values: p.leftValues, signs: p.leftSigns });
const right = (p: {
  readonly rightFields: readonly string[];
  readonly rightValues: readonly number[];
  readonly rightSigns: readonly (1 | -1)[];
}): SideParams => ({ fields: p.rightFields, values: p.rightValues, signs: p.rightSigns });

const comparison = /* @__PURE__ */ (() =>
  ({
    leftFields: param.fields,
    leftValues: param.numbers,
    leftSigns: signs,
    rightFields: param.fields,
    rightValues: param.numbers,
    rightSigns: signs,
    gap: param.number,
  }) as const)();

/** A printed rate in a language: as written in Vietnamese, re-printed from its value in English. */
const printedIn = (r: PrintedValue, l: Locale): string =>
  l === 'vi' ? r.text : pct(fromUnits(toUnits(r.value, r.decimals), r.decimals), l);

/** `(a + b)` for several counts, the count alone for one. */
const countsText = (values: readonly number[], l: Locale): string =>
  values.length > 1
    ? `(${values.map((v) => num(v, l)).join(' + ')})`
    : num(
        values.reduce((a, b) => a + b, 0),
        l,
      );

/** The nearest whole total a printed rate of a count implies: 100·10^d·count / P, half-up. */
function impliedTotal(count: number, r: PrintedValue, l: Locale): string {
  const P = toUnits(r.value, r.decimals);
  if (P === 0n) return '∞';
  return num(
    Number(roundToUnits({ num: BigInt(count) * 100n * 10n ** BigInt(r.decimals), den: P }, 0, 'half-up')),
    l,
  );
}

const minText = (n: number | null, l: Locale): string => (n === null ? '∅' : num(n, l));
const maxText = (n: number | null, l: Locale): string => (n === null ? '∞' : num(n, l));

const rateParams = /* @__PURE__ */ (() =>
  ({
    rate: param.field,
    printed: param.printed,
    numerator: param.numbers,
    denominator: param.numbers,
    computed: decimal,
  }) as const)();

const pairParams = /* @__PURE__ */ (() =>
  ({
    firstRate: param.field,
    firstPrinted: param.printed,
    firstCount: param.number,
    firstMin: maybeNumber,
    firstMax: maybeNumber,
    secondRate: param.field,
    secondPrinted: param.printed,
    secondCount: param.number,
    secondMin: maybeNumber,
    secondMax: maybeNumber,
  }) as const)();

/**
 * The messages of the report audit's findings, typed, over raw parameters (one function per
 * language): `vn.report.sum_mismatch`, `subset_exceeds`, `comparison_failed`, `rate_mismatch`,
 * `rate_truncated`, `denominator_mismatch`, `rate_fits_no_total`, `denominator_truncated`, and
 * `rate_decimals` (the schema's check of a printed rate). The texts are those of
 * `REPORT_MESSAGES`, which fills the same sentences from pieces rendered beforehand.
 *
 * Legal basis of the checks: the identities of the one-stop report (Thông tư 01/2018/TT-VPCP,
 * Biểu II.06a), the poverty rate over all resident households (Nghị định 07/2021/NĐ-CP, §4.6 of
 * the notes); see {@link REPORT_RULES}.
 *
 * @example
 * renderReportIssue({ code: 'vn.report.sum_mismatch', params: {
 *   leftFields: ['dossiers.resolved'], leftValues: [3927], leftSigns: [1],
 *   rightFields: ['dossiers.resolvedEarlyOrOnTime', 'dossiers.resolvedLate'], rightValues: [3008, 22], rightSigns: [1, 1],
 *   gap: 897 } }, 'en')
 * // => 'Resolved (3,927) differs from early or on time + late (3,008 + 22 = 3,030), gap 897.'
 */
export const REPORT_ISSUE_MESSAGES = /* @__PURE__ */ (() =>
  ({
    'vn.report.sum_mismatch': defineMessage(comparison, {
      vi: (p) =>
        `${sideText(left(p), 'vi', true)} khác ${sideText(right(p), 'vi', false)}, chênh ${num(Math.abs(p.gap), 'vi')}.`,
      en: (p) =>
        `${sideText(left(p), 'en', true)} differs from ${sideText(right(p), 'en', false)}, gap ${num(Math.abs(p.gap), 'en')}.`,
    }),
    'vn.report.subset_exceeds': defineMessage(comparison, {
      vi: (p) =>
        `${sideText(left(p), 'vi', true)} lớn hơn ${sideText(right(p), 'vi', false)}, vượt ${num(p.gap, 'vi')}.`,
      en: (p) =>
        `${sideText(left(p), 'en', true)} exceeds ${sideText(right(p), 'en', false)} by ${num(p.gap, 'en')}.`,
    }),
    'vn.report.comparison_failed': defineMessage(
      { ...comparison, operator: param.text },
      {
        vi: (p) =>
          `Không thỏa điều kiện ${sideText(left(p), 'vi', true)} ${p.operator} ${sideText(right(p), 'vi', false)} (chênh ${num(p.gap, 'vi')}).`,
        en: (p) =>
          `The condition ${sideText(left(p), 'en', true)} ${p.operator} ${sideText(right(p), 'en', false)} does not hold (gap ${num(p.gap, 'en')}).`,
      },
    ),
    'vn.report.rate_mismatch': defineMessage(
      { ...rateParams, gap: decimal },
      {
        vi: (p) =>
          `${upperFirst(label(p.rate, 'vi'))} ghi ${printedIn(p.printed, 'vi')} nhưng ${countsText(p.numerator, 'vi')} / ${countsText(p.denominator, 'vi')} = ${pct(p.computed, 'vi')} (làm tròn ${p.printed.decimals} chữ số thập phân), chênh ${decimalText(p.gap, 'vi')} điểm phần trăm.`,
        en: (p) =>
          `${upperFirst(label(p.rate, 'en'))} is printed as ${printedIn(p.printed, 'en')} but ${countsText(p.numerator, 'en')} / ${countsText(p.denominator, 'en')} = ${pct(p.computed, 'en')} (rounded to ${p.printed.decimals} decimals), a gap of ${decimalText(p.gap, 'en')} percentage points.`,
      },
    ),
    'vn.report.rate_truncated': defineMessage(
      { ...rateParams, exact: decimal },
      {
        vi: (p) =>
          `${upperFirst(label(p.rate, 'vi'))} ghi ${printedIn(p.printed, 'vi')}: chỉ khớp khi cắt bỏ chữ số (${countsText(p.numerator, 'vi')} / ${countsText(p.denominator, 'vi')} = ${decimalText(p.exact, 'vi')}…); làm tròn đúng là ${pct(p.computed, 'vi')}.`,
        en: (p) =>
          `${upperFirst(label(p.rate, 'en'))} is printed as ${printedIn(p.printed, 'en')}: it agrees only when digits are cut off (${countsText(p.numerator, 'en')} / ${countsText(p.denominator, 'en')} = ${decimalText(p.exact, 'en')}…); rounded half-up it is ${pct(p.computed, 'en')}.`,
      },
    ),
    'vn.report.denominator_mismatch': defineMessage(
      { ...pairParams, gap: param.number },
      {
        vi: (p) =>
          `${upperFirst(label(p.firstRate, 'vi'))} ${printedIn(p.firstPrinted, 'vi')} của ${num(p.firstCount, 'vi')} ứng với tổng số từ ${minText(p.firstMin, 'vi')} đến ${maxText(p.firstMax, 'vi')} (khoảng ${impliedTotal(p.firstCount, p.firstPrinted, 'vi')}); ${label(p.secondRate, 'vi')} ${printedIn(p.secondPrinted, 'vi')} của ${num(p.secondCount, 'vi')} ứng với tổng số từ ${minText(p.secondMin, 'vi')} đến ${maxText(p.secondMax, 'vi')} (khoảng ${impliedTotal(p.secondCount, p.secondPrinted, 'vi')}): hai tỷ lệ tính trên cùng một tổng số nhưng hai khoảng không giao nhau, cách nhau ${num(p.gap, 'vi')}.`,
        en: (p) =>
          `${upperFirst(label(p.firstRate, 'en'))} ${printedIn(p.firstPrinted, 'en')} of ${num(p.firstCount, 'en')} implies a total from ${minText(p.firstMin, 'en')} to ${maxText(p.firstMax, 'en')} (about ${impliedTotal(p.firstCount, p.firstPrinted, 'en')}); ${label(p.secondRate, 'en')} ${printedIn(p.secondPrinted, 'en')} of ${num(p.secondCount, 'en')} implies a total from ${minText(p.secondMin, 'en')} to ${maxText(p.secondMax, 'en')} (about ${impliedTotal(p.secondCount, p.secondPrinted, 'en')}): both rates are over the same total but the ranges do not meet, ${num(p.gap, 'en')} apart.`,
      },
    ),
    'vn.report.rate_fits_no_total': defineMessage(
      {
        rate: param.field,
        printed: param.printed,
        count: param.number,
        otherRate: param.field,
        otherPrinted: param.printed,
      },
      {
        vi: (p) =>
          `${upperFirst(label(p.rate, 'vi'))} ${printedIn(p.printed, 'vi')} của ${num(p.count, 'vi')} không ứng với tổng số nguyên nào khi làm tròn đến số chữ số đã in, nên không thể so với ${label(p.otherRate, 'vi')} ${printedIn(p.otherPrinted, 'vi')}.`,
        en: (p) =>
          `${upperFirst(label(p.rate, 'en'))} ${printedIn(p.printed, 'en')} of ${num(p.count, 'en')} fits no whole total when rounded to its printed decimals, so it cannot be compared with ${label(p.otherRate, 'en')} ${printedIn(p.otherPrinted, 'en')}.`,
      },
    ),
    'vn.report.denominator_truncated': defineMessage(pairParams, {
      vi: (p) =>
        `${upperFirst(label(p.firstRate, 'vi'))} ${printedIn(p.firstPrinted, 'vi')} của ${num(p.firstCount, 'vi')} (tổng số ${minText(p.firstMin, 'vi')}–${maxText(p.firstMax, 'vi')}) và ${label(p.secondRate, 'vi')} ${printedIn(p.secondPrinted, 'vi')} của ${num(p.secondCount, 'vi')} (tổng số ${minText(p.secondMin, 'vi')}–${maxText(p.secondMax, 'vi')}) chỉ cùng một tổng số khi có tỷ lệ bị cắt bỏ chữ số thay vì làm tròn.`,
      en: (p) =>
        `${upperFirst(label(p.firstRate, 'en'))} ${printedIn(p.firstPrinted, 'en')} of ${num(p.firstCount, 'en')} (total ${minText(p.firstMin, 'en')}–${maxText(p.firstMax, 'en')}) and ${label(p.secondRate, 'en')} ${printedIn(p.secondPrinted, 'en')} of ${num(p.secondCount, 'en')} (total ${minText(p.secondMin, 'en')}–${maxText(p.secondMax, 'en')}) share a total only if a rate was truncated rather than rounded.`,
    }),
    'vn.report.rate_decimals': defineMessage(
      { value: param.text, decimals: param.number },
      {
        vi: (p) => `Tỷ lệ ${p.value} có nhiều chữ số thập phân hơn số chữ số đã in (${p.decimals}).`,
        en: (p) => `Rate ${p.value} has more decimals than the printed number of decimals (${p.decimals}).`,
      },
    ),
  }) as const)();

/**
 * A finding of the report audit as a typed issue: its code and its raw parameters (a union, one
 * member per code of {@link REPORT_ISSUE_MESSAGES}).
 *
 * @example
 * const i: ReportIssue = { code: 'vn.report.rate_decimals', params: { value: '3.3', decimals: 0 } };
 * i.code // => 'vn.report.rate_decimals'
 */
export type ReportIssue = IssueOf<typeof REPORT_ISSUE_MESSAGES>;

/** A code of {@link REPORT_ISSUE_MESSAGES}. */
export type ReportIssueCode = ReportIssue['code'];

/**
 * The message of a report issue in a language (thông báo của một phát hiện), from its raw
 * parameters.
 *
 * @param issue - The code and its parameters.
 * @param locale - `vi` or `en`.
 * @returns The text.
 * @example
 * renderReportIssue({ code: 'vn.report.rate_decimals', params: { value: '3.34', decimals: 1 } }, 'vi')
 * // => 'Tỷ lệ 3.34 có nhiều chữ số thập phân hơn số chữ số đã in (1).'
 */
export function renderReportIssue(issue: ReportIssue, locale: Locale): string {
  const m = REPORT_ISSUE_MESSAGES[issue.code] as Parameters<typeof renderMessage<ReportIssue['params']>>[0];
  return renderMessage(m, issue.params, locale);
}

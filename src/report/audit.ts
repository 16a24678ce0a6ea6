import { rangeError, show } from '../_lib/errors';
import {
  unitsToText as fromUnits,
  impliedDenominatorRange,
  roundQuotient,
  textToUnits as toUnits,
} from '../_lib/exact';
import { type Locale, type Message, messageFor } from '../core/messages';
import { DOSSIER_MESSAGES } from '../dossier/messages';
import { checkDossierIdentities, type DossierFiguresField } from '../dossier/tally';
import { REPORT_ISSUE_MESSAGES } from './issues';
import {
  type ComparisonRule,
  type DossierIdentityRule,
  type RateRule,
  REPORT_RULES,
  type ReportCountPath,
  type ReportRatePath,
  type ReportRule,
  type RuleImportance,
  type RuleTerm,
  type SameDenominatorRule,
} from './rules';
import type { PrintedRate, ReportFigures } from './schema';
import { decimalText, num, pct, signedJoin } from './text';

/**
 * An interval of whole numbers; `max: null` means unbounded.
 *
 * @example
 * impliedDenominators(99, '3.3', 1) // => { min: 2956, max: 3046 }
 */
export interface CountInterval {
  /** Smallest value. */
  readonly min: number;
  /** Largest value, or `null` when there is none. */
  readonly max: number | null;
}

/**
 * A value on one side of a finding: a count, an exact decimal string (a rate), or an interval.
 *
 * @example
 * // 99 poor households at 3,3% and 219 near-poor at 7,64% (Phổ Phong, 22/06/2023):
 * const households = { poor: 99, poorRate: printedRate('3,3%'), nearPoor: 219, nearPoorRate: printedRate('7,64%') };
 * const finding = auditReport({ households })[0];
 * finding?.left // => { min: 2956, max: 3046 } (the totals 3,3% of which is 99)
 * finding?.right // => { min: 2865, max: 2868 }
 */
export type FindingValue = number | string | CountInterval;

/**
 * The outcome of one rule: it held, failed, held only under truncation, or was skipped for missing figures.
 *
 * @example
 * evaluateReportRules({ staff: { total: 22, cadres: 10, civilServants: 12 } })[0]?.status // => 'skipped' (a dossier rule)
 */
export type RuleStatus = 'pass' | 'fail' | 'truncated' | 'skipped';

/**
 * One inconsistency in a report (điểm không khớp của số liệu báo cáo), with both sides' values, the
 * gap, the arithmetic, and messages in Vietnamese and English.
 *
 * @example
 * // Phổ Phong, 22/06/2023: "đã giải quyết 3.927 hồ sơ (trước hạn, đúng hạn: 3.008, trễ hạn: 22)".
 * auditReport({ dossiers: { resolved: 3927, resolvedEarlyOrOnTime: 3008, resolvedLate: 22 } })[0]
 * // => { code: 'vn.dossier.tally.resolved_parts', rule: 'vn.report.dossier.resolved_parts_merged',
 * //      severity: 'error', left: 3927, right: 3030, gap: 897, arithmetic: { vi: '3.927 ≠ 3.008 + 22 = 3.030', … }, … }
 */
export interface ReportFinding {
  /**
   * Stable code of what is wrong: `vn.report.sum_mismatch`, `vn.report.subset_exceeds`,
   * `vn.report.comparison_failed`, `vn.report.rate_mismatch`, `vn.report.rate_truncated`,
   * `vn.report.denominator_mismatch`, `vn.report.denominator_truncated`, or a dossier identity code
   * (`vn.dossier.tally.resolved_parts`, …).
   */
  readonly code: string;
  /** Code of the rule that found it (`vn.report.dossier.resolved_parts_merged`). */
  readonly rule: string;
  /** Kind of that rule. */
  readonly kind: ReportRule['kind'];
  /** `error`, or `warning` for the milder truncation findings. */
  readonly severity: 'error' | 'warning';
  /** The rule's importance (`low` for truncation findings). */
  readonly importance: RuleImportance;
  /** Left side: a sum of counts, the printed rate (exact decimal string), or the first rate's interval of denominators. */
  readonly left: FindingValue;
  /** Right side: a sum of counts, the rate from the counts rounded half-up to the printed decimals, or the second interval. */
  readonly right: FindingValue;
  /** Left − right (counts); printed − computed in percentage points (rates); distance between the intervals (denominators). */
  readonly gap: number;
  /** The arithmetic, in Vietnamese and English (`3.927 ≠ 3.008 + 22 = 3.030`). */
  readonly arithmetic: Message;
  /** The message in the requested language. */
  readonly message: string;
  /** The message in both languages. */
  readonly messages: Message;
}

/**
 * The evaluation of one rule, whatever its outcome.
 *
 * @example
 * evaluateReportRules({ dossiers: { received: 3971, resolved: 3927, pending: 44 } })
 *   .find((e) => e.rule === 'vn.report.dossier.balance')
 * // => { rule: 'vn.report.dossier.balance', kind: 'dossier-identity', status: 'pass', arithmetic: { vi: '3.971 = 3.927 + 44 = 3.971', … } }
 */
export interface RuleEvaluation {
  /** The rule's code. */
  readonly rule: string;
  /** The rule's kind. */
  readonly kind: ReportRule['kind'];
  /** The outcome. */
  readonly status: RuleStatus;
  /** The arithmetic checked (absent when skipped). */
  readonly arithmetic?: Message;
  /** The finding, when the status is `fail` or `truncated`. */
  readonly finding?: ReportFinding;
}

/**
 * Options of {@link auditReport} and {@link evaluateReportRules}.
 *
 * @example
 * auditReport({ dossiers: { resolved: 3927, resolvedEarlyOrOnTime: 3008, resolvedLate: 22 } }, { locale: 'en' })[0]?.message
 * // => 'Resolved (3,927) differs from …'
 */
export interface AuditReportOptions {
  /** The rules (default {@link REPORT_RULES}). */
  readonly rules?: readonly ReportRule[];
  /** Language of `message`: `vi` (default) or `en`. */
  readonly locale?: Locale;
}

// ---------------------------------------------------------------------------------------------
// Reading figures

type Figures = Readonly<Record<string, unknown>>;

function at(figures: ReportFigures, path: string): unknown {
  let cur: unknown = figures;
  for (const p of path.split('.')) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Figures)[p];
  }
  return cur;
}

function countAt(figures: ReportFigures, path: ReportCountPath): number | undefined {
  const v = at(figures, path);
  return typeof v === 'number' && Number.isSafeInteger(v) ? v : undefined;
}

function rateAt(figures: ReportFigures, path: ReportRatePath): PrintedRate | undefined {
  const v = at(figures, path);
  if (typeof v !== 'object' || v === null) return undefined;
  const r = v as Partial<PrintedRate>;
  if (typeof r.value !== 'string' || !/^\d+(?:\.\d+)?$/.test(r.value)) return undefined;
  if (typeof r.decimals !== 'number' || !Number.isInteger(r.decimals) || r.decimals < 0 || r.decimals > 10)
    return undefined;
  if ((r.value.split('.')[1] ?? '').length > r.decimals) return undefined;
  return { text: typeof r.text === 'string' ? r.text : r.value, value: r.value, decimals: r.decimals };
}

const both = (f: (l: Locale) => string): Message => ({ vi: f('vi'), en: f('en') });

// ---------------------------------------------------------------------------------------------
// Evaluation

interface Outcome {
  readonly status: RuleStatus;
  readonly code?: string;
  readonly left?: FindingValue;
  readonly right?: FindingValue;
  readonly gap?: number;
  readonly arithmetic?: Message;
  readonly params?: Readonly<Record<string, unknown>>;
}

const SKIPPED: Outcome = { status: 'skipped' };

function holds(op: ComparisonRule['operator'], l: number, r: number, tol: number): boolean {
  switch (op) {
    case '==':
      return Math.abs(l - r) <= tol;
    case '!=':
      return Math.abs(l - r) > tol;
    case '<':
      return l < r + tol;
    case '<=':
      return l <= r + tol;
    case '>':
      return l + tol > r;
    case '>=':
      return l + tol >= r;
  }
}

const OP_TEXT: Readonly<Record<ComparisonRule['operator'], { pass: string; fail: string }>> = {
  '==': { pass: '=', fail: '≠' },
  '!=': { pass: '≠', fail: '=' },
  '<': { pass: '<', fail: '≥' },
  '<=': { pass: '≤', fail: '>' },
  '>': { pass: '>', fail: '≤' },
  '>=': { pass: '≥', fail: '<' },
};

interface Side {
  readonly total: number;
  readonly terms: readonly {
    readonly field: ReportCountPath;
    readonly value: number;
    readonly sign: 1 | -1;
  }[];
}

function readSide(figures: ReportFigures, terms: readonly RuleTerm[], allowMissing: boolean): Side | null {
  const out: { field: ReportCountPath; value: number; sign: 1 | -1 }[] = [];
  let missing = 0;
  for (const t of terms) {
    const v = countAt(figures, t.field);
    if (v === undefined) {
      if (t.optional !== true) missing++;
      continue;
    }
    out.push({ field: t.field, value: v, sign: t.sign ?? 1 });
  }
  if (missing > 0 && !allowMissing) return null;
  if (out.length === 0) return null;
  return { total: out.reduce((a, t) => a + t.sign * t.value, 0), terms: out };
}

function sideValues(s: Side, locale: Locale): string {
  const expr = signedJoin(s.terms.map((t) => ({ text: num(t.value, locale), sign: t.sign })));
  return s.terms.length > 1 || s.terms[0]?.sign === -1 ? `${expr} = ${num(s.total, locale)}` : expr;
}

function evalComparison(rule: ComparisonRule, figures: ReportFigures): Outcome {
  const left = readSide(figures, rule.left, false);
  if (left === null) return SKIPPED;
  const right = readSide(figures, rule.right, rule.missing === 'skip-if-all-missing');
  if (right === null) return SKIPPED;
  const ok = holds(rule.operator, left.total, right.total, rule.tolerance);
  const op = OP_TEXT[rule.operator][ok ? 'pass' : 'fail'];
  const arithmetic = both((l) => `${sideValues(left, l)} ${op} ${sideValues(right, l)}`);
  if (ok)
    return {
      status: 'pass',
      left: left.total,
      right: right.total,
      gap: left.total - right.total,
      arithmetic,
    };
  const code =
    rule.operator === '=='
      ? 'vn.report.sum_mismatch'
      : rule.operator === '<='
        ? 'vn.report.subset_exceeds'
        : 'vn.report.comparison_failed';
  const gap = left.total - right.total;
  return {
    status: 'fail',
    code,
    left: left.total,
    right: right.total,
    gap,
    arithmetic,
    params: {
      leftFields: left.terms.map((t) => t.field),
      leftValues: left.terms.map((t) => t.value),
      leftSigns: left.terms.map((t) => t.sign),
      rightFields: right.terms.map((t) => t.field),
      rightValues: right.terms.map((t) => t.value),
      rightSigns: right.terms.map((t) => t.sign),
      ...(code === 'vn.report.comparison_failed' ? { operator: rule.operator } : {}),
      gap,
    },
  };
}

function sumOf(
  figures: ReportFigures,
  paths: readonly ReportCountPath[],
): { total: number; values: number[] } | null {
  const values: number[] = [];
  for (const p of paths) {
    const v = countAt(figures, p);
    if (v === undefined) return null;
    values.push(v);
  }
  return { total: values.reduce((a, b) => a + b, 0), values };
}

function evalRate(rule: RateRule, figures: ReportFigures): Outcome {
  const printed = rateAt(figures, rule.rate);
  const n = sumOf(figures, rule.numerator);
  const d = sumOf(figures, rule.denominator);
  if (printed === undefined || n === null || d === null || d.total <= 0 || n.total < 0) return SKIPPED;
  const dec = printed.decimals;
  const halfUp = roundQuotient(n.total, d.total, 100, dec, 'half-up');
  const truncated = roundQuotient(n.total, d.total, 100, dec, 'truncate');
  const exact = roundQuotient(n.total, d.total, 100, dec + 3, 'truncate');
  const p = toUnits(printed.value, dec);
  const diff = p - toUnits(halfUp, dec);
  const within = (diff < 0n ? -diff : diff) <= BigInt(rule.tolerance);
  const nText = (l: Locale) =>
    n.values.length > 1 ? `(${n.values.map((v) => num(v, l)).join(' + ')})` : num(n.total, l);
  const dText = (l: Locale) =>
    d.values.length > 1 ? `(${d.values.map((v) => num(v, l)).join(' + ')})` : num(d.total, l);
  const printedText = (l: Locale) => pct(fromUnits(p, dec), l);
  const gapPlain = fromUnits(diff, dec);
  const status: RuleStatus = within ? 'pass' : toUnits(truncated, dec) === p ? 'truncated' : 'fail';
  const arithmetic = both((l) => {
    const base = `${nText(l)} / ${dText(l)} × 100 = ${decimalText(exact, l)}…`;
    if (status === 'pass') return `${base} → ${pct(halfUp, l)} = ${printedText(l)}`;
    if (status === 'truncated')
      return l === 'vi'
        ? `${base} → làm tròn ${pct(halfUp, l)}, cắt bỏ ${pct(truncated, l)} = ${printedText(l)}`
        : `${base} → rounded ${pct(halfUp, l)}, truncated ${pct(truncated, l)} = ${printedText(l)}`;
    return `${base} → ${pct(halfUp, l)} ≠ ${printedText(l)}`;
  });
  const base = { left: printed.value, right: halfUp, gap: Number(gapPlain), arithmetic };
  if (status === 'pass') return { status, ...base };
  return {
    status,
    code: status === 'truncated' ? 'vn.report.rate_truncated' : 'vn.report.rate_mismatch',
    ...base,
    params: {
      rate: rule.rate,
      printed: { text: printed.text, value: printed.value, decimals: printed.decimals },
      numerator: n.values,
      denominator: d.values,
      computed: halfUp,
      ...(status === 'truncated' ? { exact } : { gap: gapPlain }),
    },
  };
}

/**
 * The whole numbers `N ≥ count` for which `count / N × 100`, rounded to `decimals` places by `mode`
 * (or by either mode, `either`), prints as `printed`. Exact integer arithmetic.
 *
 * @param count - The numerator (a count ≥ 0).
 * @param printed - The printed percentage as an exact decimal string (`"3.3"`).
 * @param decimals - Printed decimal places.
 * @param mode - `half-up`, `truncate`, or `either`.
 * @returns The interval (`max: null` when unbounded), or `null` when no denominator fits.
 * @throws RangeError for a negative or non-integer count or a malformed printed value.
 * @example
 * impliedDenominators(99, '3.3', 1, 'half-up')   // => { min: 2956, max: 3046 }
 * impliedDenominators(219, '7.64', 2, 'half-up') // => { min: 2865, max: 2868 }
 * impliedDenominators(3, '150', 0)              // => null (a total below the count is no total)
 */
export function impliedDenominators(
  count: number,
  printed: string,
  decimals: number,
  mode: 'half-up' | 'truncate' | 'either' = 'half-up',
): CountInterval | null {
  if (!Number.isSafeInteger(count) || count < 0)
    rangeError(`count must be an integer ≥ 0, got ${show(count)}.`);
  if (!/^\d+(?:\.\d+)?$/.test(printed) || (printed.split('.')[1] ?? '').length > decimals)
    rangeError(`printed must be a decimal string with at most ${decimals} decimals, got ${show(printed)}.`);
  return impliedDenominatorRange(count, toUnits(printed, decimals), decimals, mode);
}

function meetGap(a: CountInterval | null, b: CountInterval | null): number | null {
  if (a === null || b === null) return null;
  const aMax = a.max ?? Number.POSITIVE_INFINITY;
  const bMax = b.max ?? Number.POSITIVE_INFINITY;
  return Math.max(a.min - bMax, b.min - aMax, 0);
}

function evalSameDenominator(rule: SameDenominatorRule, figures: ReportFigures): Outcome {
  const r1 = rateAt(figures, rule.first.rate);
  const r2 = rateAt(figures, rule.second.rate);
  const c1 = countAt(figures, rule.first.count);
  const c2 = countAt(figures, rule.second.count);
  if (r1 === undefined || r2 === undefined || c1 === undefined || c2 === undefined) return SKIPPED;
  const i1 = impliedDenominators(c1, r1.value, r1.decimals, 'half-up');
  const i2 = impliedDenominators(c2, r2.value, r2.decimals, 'half-up');
  const strictGap = meetGap(i1, i2);
  const lenientGap = meetGap(
    impliedDenominators(c1, r1.value, r1.decimals, 'either'),
    impliedDenominators(c2, r2.value, r2.decimals, 'either'),
  );
  const status: RuleStatus =
    strictGap !== null && strictGap <= rule.tolerance
      ? 'pass'
      : lenientGap !== null && lenientGap <= rule.tolerance
        ? 'truncated'
        : 'fail';
  const iv = (i: CountInterval | null, l: Locale) =>
    i === null ? '∅' : `${num(i.min, l)}–${i.max === null ? '∞' : num(i.max, l)}`;

  const rText = (r: PrintedRate, l: Locale) =>
    l === 'vi' ? r.text : pct(fromUnits(toUnits(r.value, r.decimals), r.decimals), l);
  const meet = status === 'pass';
  const arithmetic = both(
    (l) =>
      `${num(c1, l)} / ${rText(r1, l)} → ${iv(i1, l)}; ${num(c2, l)} / ${rText(r2, l)} → ${iv(i2, l)}: ${
        meet
          ? l === 'vi'
            ? 'giao nhau'
            : 'the ranges meet'
          : l === 'vi'
            ? 'không giao nhau'
            : 'the ranges do not meet'
      }`,
  );
  const empty: CountInterval = { min: 0, max: 0 };
  const gap = strictGap ?? 0;
  const base = { left: i1 ?? empty, right: i2 ?? empty, gap, arithmetic };
  if (status === 'pass') return { status, ...base };
  // A printed rate that no whole total gives for its count under half-up rounding: say so, rather
  // than report an empty range and a gap of 0.
  const lone = i1 === null ? 1 : i2 === null ? 2 : 0;
  if (lone !== 0 && status === 'fail') {
    const [rA, cA, rB, aRule, bRule] =
      lone === 1
        ? ([r1, c1, r2, rule.first.rate, rule.second.rate] as const)
        : ([r2, c2, r1, rule.second.rate, rule.first.rate] as const);
    return {
      status,
      code: 'vn.report.rate_fits_no_total',
      ...base,
      params: { rate: aRule, printed: rA, count: cA, otherRate: bRule, otherPrinted: rB },
    };
  }
  return {
    status,
    code: status === 'truncated' ? 'vn.report.denominator_truncated' : 'vn.report.denominator_mismatch',
    ...base,
    params: {
      firstRate: rule.first.rate,
      firstPrinted: r1,
      firstCount: c1,
      firstMin: i1?.min ?? null,
      firstMax: i1?.max ?? null,
      secondRate: rule.second.rate,
      secondPrinted: r2,
      secondCount: c2,
      secondMin: i2?.min ?? null,
      secondMax: i2?.max ?? null,
      ...(status === 'truncated' ? {} : { gap }),
    },
  };
}

function evalDossierIdentity(rule: DossierIdentityRule, figures: ReportFigures): Outcome {
  const d = figures.dossiers;
  if (d === undefined) return SKIPPED;
  const clean: Partial<Record<DossierFiguresField, number>> = {};
  for (const [k, v] of Object.entries(d)) {
    if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) clean[k as DossierFiguresField] = v;
  }
  const id = rule.identity;
  const isBalanceWithout = id.code === 'vn.dossier.tally.balance' && !id.right.includes('returned');
  if (isBalanceWithout && clean.returned !== undefined) return SKIPPED;
  const left = clean[id.left];
  const terms = id.right.map((f) => clean[f]);
  if (left === undefined || terms.some((t) => t === undefined)) return SKIPPED;
  const values = terms as number[];
  const right = values.reduce((a, b) => a + b, 0);
  const violation = checkDossierIdentities(clean).find(
    (v) =>
      v.code === id.code &&
      v.rightFields.length === id.right.length &&
      v.rightFields.every((f, i) => f === id.right[i]),
  );
  const termsText = (l: Locale) => values.map((v) => num(v, l)).join(' + ');
  const arithmetic = both(
    (l) => `${num(left, l)} ${violation === undefined ? '=' : '≠'} ${termsText(l)} = ${num(right, l)}`,
  );
  if (violation === undefined) return { status: 'pass', left, right, gap: 0, arithmetic };
  const withReturned = id.right.includes('returned');
  return {
    status: 'fail',
    code: id.code,
    left: violation.left,
    right: violation.right,
    gap: violation.gap,
    arithmetic,
    params: {
      left: violation.left,
      right: violation.right,
      rightTerms: violation.rightTerms,
      gap: violation.gap,
      withReturned,
    },
  };
}

function evaluate(rule: ReportRule, figures: ReportFigures): Outcome {
  switch (rule.kind) {
    case 'comparison':
      return evalComparison(rule, figures);
    case 'rate':
      return evalRate(rule, figures);
    case 'same-denominator':
      return evalSameDenominator(rule, figures);
    case 'dossier-identity':
      return evalDossierIdentity(rule, figures);
  }
}

// Read when a message is made, not when the module loads (issues.ts imports this module's text helpers).
function messageOf(code: string, params: Readonly<Record<string, unknown>>, locale: Locale): string {
  return messageFor(code, params, locale, [REPORT_ISSUE_MESSAGES, DOSSIER_MESSAGES]);
}

function checkOptions(options: AuditReportOptions): { rules: readonly ReportRule[]; locale: Locale } {
  const locale = options.locale ?? 'vi';
  if (locale !== 'vi' && locale !== 'en') rangeError(`locale must be 'vi' or 'en', got ${show(locale)}.`);
  const rules = options.rules ?? REPORT_RULES;
  if (!Array.isArray(rules)) rangeError(`rules must be an array, got ${show(rules)}.`);
  return { rules, locale };
}

/**
 * Evaluate every rule on a report's figures (đánh giá từng quy tắc), including those that hold and
 * those skipped for missing figures, with the arithmetic checked.
 *
 * @param figures - The figures as printed (see {@link ReportFiguresSchema}).
 * @param options - Rules (default {@link REPORT_RULES}) and message language.
 * @returns One evaluation per rule, in rule order.
 * @throws RangeError for an unknown locale or a rules value that is not an array.
 * @example
 * evaluateReportRules({ dossiers: { received: 3971, resolved: 3927, pending: 44 } })
 *   .find((e) => e.rule === 'vn.report.dossier.balance')
 * // => { rule: 'vn.report.dossier.balance', status: 'pass', arithmetic: { vi: '3.971 = 3.927 + 44 = 3.971', … }, … }
 */
export function evaluateReportRules(
  figures: ReportFigures,
  options: AuditReportOptions = {},
): RuleEvaluation[] {
  const { rules, locale } = checkOptions(options);
  return rules.map((rule) => {
    const o = evaluate(rule, figures);
    const base = { rule: rule.code, kind: rule.kind, status: o.status };
    if (o.status === 'skipped') return base;
    if (o.status === 'pass' || o.code === undefined || o.params === undefined)
      return o.arithmetic === undefined ? base : { ...base, arithmetic: o.arithmetic };
    const messages: Message = {
      vi: messageOf(o.code, o.params, 'vi'),
      en: messageOf(o.code, o.params, 'en'),
    };
    const finding: ReportFinding = {
      code: o.code,
      rule: rule.code,
      kind: rule.kind,
      severity: o.status === 'truncated' ? 'warning' : 'error',
      importance: o.status === 'truncated' ? 'low' : rule.importance,
      left: o.left ?? 0,
      right: o.right ?? 0,
      gap: o.gap ?? 0,
      arithmetic: o.arithmetic ?? { vi: '', en: '' },
      message: messages[locale],
      messages,
    };
    return { ...base, arithmetic: finding.arithmetic, finding };
  });
}

/**
 * Audit a commune report's figures (kiểm tra tính khớp của số liệu báo cáo): every rule of
 * {@link REPORT_RULES} whose figures are present is checked, and each inconsistency comes back with
 * a stable code, the values on both sides, the gap, the arithmetic and messages in Vietnamese and
 * English. A printed rate that agrees with its counts only when truncated is a separate `warning`
 * (`vn.report.rate_truncated`), not an error. Dossier identities are checked with
 * `checkDossierIdentities`. Rules with missing figures are skipped (DHIS2's
 * SKIP_IF_ANY_VALUE_MISSING).
 *
 * @param figures - The figures as printed (see {@link ReportFiguresSchema}).
 * @param options - Rules (default {@link REPORT_RULES}) and message language (default `vi`).
 * @returns The findings, in rule order (empty when everything holds).
 * @throws RangeError for an unknown locale or a rules value that is not an array.
 * @example
 * auditReport({ dossiers: { resolved: 3927, resolvedEarlyOrOnTime: 3008, resolvedLate: 22 } })[0]
 * // => { code: 'vn.dossier.tally.resolved_parts', left: 3927, right: 3030, gap: 897,
 * //      arithmetic: { vi: '3.927 ≠ 3.008 + 22 = 3.030', … }, … }
 */
export function auditReport(figures: ReportFigures, options: AuditReportOptions = {}): ReportFinding[] {
  const out: ReportFinding[] = [];
  for (const e of evaluateReportRules(figures, options)) if (e.finding !== undefined) out.push(e.finding);
  return out;
}

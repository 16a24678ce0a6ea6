import type { Message } from '../core/messages';
import { DOSSIER_IDENTITIES, type DossierFiguresField, type DossierIdentity } from '../dossier/tally';
import { REPORT_QUALIFICATION_LEVELS, type ReportQualificationLevel } from './schema';

/**
 * Comparison operators of a rule, as in DHIS2 validation rules.
 *
 * @example
 * const op: RuleOperator = '<=';
 * REPORT_RULES.filter((r) => r.kind === 'comparison' && r.operator === op).length // => 7 (a part is not larger than its whole)
 */
export type RuleOperator = '==' | '!=' | '<' | '<=' | '>' | '>=';

/**
 * How much a violated rule matters (DHIS2 `Importance`).
 *
 * @example
 * const i: RuleImportance | undefined = REPORT_RULES.find((r) => r.code === 'vn.report.household.poor_rate')?.importance;
 * // => 'medium'
 */
export type RuleImportance = 'high' | 'medium' | 'low';

/**
 * What to do when figures are missing (DHIS2 `MissingValueStrategy`): `skip-if-any-missing` skips
 * the rule when any non-optional term is missing; `skip-if-all-missing` needs the left side and at
 * least one term of the right side, and counts missing right-side terms as 0 (a report that lists
 * "Đại học 16; Trung cấp 06" says nothing of other levels because there are none).
 *
 * @example
 * const m: MissingValueStrategy = 'skip-if-all-missing'; // the qualification rules' strategy
 * evaluateReportRules({ staff: { total: 22, qualifications: { dai_hoc: 16, trung_cap: 6 } } })
 *   .find((e) => e.rule === 'vn.report.staff.qualification_parts')?.status
 * // => 'pass' (the levels not listed count as 0)
 */
export type MissingValueStrategy = 'skip-if-any-missing' | 'skip-if-all-missing';

/**
 * A count figure of a report, by path (`dossiers.resolved`, `staff.qualifications.dai_hoc`).
 *
 * @example
 * const p: ReportCountPath = 'staff.qualifications.dai_hoc';
 * const rule = REPORT_RULES.find((r) => r.code === 'vn.report.staff.qualification_parts') as ComparisonRule;
 * rule.right.some((t) => t.field === p) // => true
 */
export type ReportCountPath =
  | `dossiers.${Exclude<DossierFiguresField, never>}`
  | `households.${
      | 'total'
      | 'poor'
      | 'poorAtStart'
      | 'poorChange'
      | 'poorEscaped'
      | 'poorFellBack'
      | 'poorNew'
      | 'nearPoor'
      | 'nearPoorAtStart'
      | 'nearPoorChange'
      | 'nearPoorEscaped'
      | 'nearPoorFellBack'
      | 'nearPoorNew'}`
  | `staff.${'total' | 'cadres' | 'civilServants' | 'partTime'}`
  | `staff.qualifications.${ReportQualificationLevel}`
  | `staff.partTimeQualifications.${ReportQualificationLevel}`
  | `documents.${'total' | 'electronic' | 'signatures' | 'organisationSignatures' | 'personalSignatures'}`;

/**
 * A printed rate of a report, by path.
 *
 * @example
 * const p: ReportRatePath = 'households.poorRate';
 * REPORT_RULES.find((r) => r.kind === 'rate' && r.rate === p)?.code // => 'vn.report.household.poor_rate'
 */
export type ReportRatePath =
  | 'dossiers.onTimeRate'
  | 'dossiers.onlineRate'
  | 'households.poorRate'
  | 'households.nearPoorRate'
  | 'documents.electronicRate';

/**
 * One term of a side of a comparison rule.
 *
 * @example
 * const movement = REPORT_RULES.find((r) => r.code === 'vn.report.household.poor_movement') as ComparisonRule;
 * const escaped: RuleTerm | undefined = movement.right[1]; // => { field: 'households.poorEscaped', sign: -1 }
 */
export interface RuleTerm {
  /** The figure. */
  readonly field: ReportCountPath;
  /** `1` (default) adds the figure, `-1` subtracts it. */
  readonly sign?: 1 | -1;
  /** When `true`, a missing figure counts as 0 instead of skipping the rule (e.g. returned dossiers, "where reported"). */
  readonly optional?: boolean;
}

interface RuleBase {
  /** Stable code of the rule, `vn.report.<area>.<name>`. */
  readonly code: string;
  /** What the rule says, in Vietnamese and English. */
  readonly description: Message;
  /** How much a violation matters. */
  readonly importance: RuleImportance;
}

/**
 * A rule comparing two sums of figures: parts sum to their total (`==`), a subset is not larger than
 * its set (`<=`), the poverty movement identity (end = start − escaped + fell back + new).
 *
 * @example
 * REPORT_RULES.find((r) => r.code === 'vn.report.household.poor_movement')
 * // => { kind: 'comparison', left: [{ field: 'households.poor' }], operator: '==',
 * //      right: [{ field: 'households.poorAtStart' }, { field: 'households.poorEscaped', sign: -1 },
 * //        { field: 'households.poorFellBack' }, { field: 'households.poorNew' }], … }
 */
export interface ComparisonRule extends RuleBase {
  /** Kind tag. */
  readonly kind: 'comparison';
  /** Terms of the left side. */
  readonly left: readonly RuleTerm[];
  /** The operator. */
  readonly operator: RuleOperator;
  /** Terms of the right side. */
  readonly right: readonly RuleTerm[];
  /** Allowed absolute difference (in the figures' unit) before `==`, `<=`, … fail. */
  readonly tolerance: number;
  /** Missing-value strategy. */
  readonly missing: MissingValueStrategy;
}

/**
 * A printed rate must agree with its counts when rounded half-up to the printed decimals; a rate that
 * agrees only when truncated is a separate, milder finding.
 *
 * @example
 * REPORT_RULES.find((r) => r.code === 'vn.report.household.poor_rate')
 * // => { kind: 'rate', rate: 'households.poorRate', numerator: ['households.poor'], denominator: ['households.total'], … }
 */
export interface RateRule extends RuleBase {
  /** Kind tag. */
  readonly kind: 'rate';
  /** The printed rate. */
  readonly rate: ReportRatePath;
  /** Terms summed into the numerator. */
  readonly numerator: readonly ReportCountPath[];
  /** Terms summed into the denominator. */
  readonly denominator: readonly ReportCountPath[];
  /** Allowed difference in units of the last printed decimal (0: exact agreement). */
  readonly tolerance: number;
}

/**
 * One rate of a {@link SameDenominatorRule}: the printed rate and the count it is the share of.
 *
 * @example
 * const rule = REPORT_RULES.find((r) => r.kind === 'same-denominator') as SameDenominatorRule;
 * const first: RateOverCount = rule.first; // => { rate: 'households.poorRate', count: 'households.poor' }
 */
export interface RateOverCount {
  /** The printed rate. */
  readonly rate: ReportRatePath;
  /** Its numerator. */
  readonly count: ReportCountPath;
}

/**
 * Two rates over the same population must imply the same denominator: each printed rate allows an
 * interval of denominators given its count and printed decimals; the intervals must meet.
 *
 * @example
 * REPORT_RULES.find((r) => r.kind === 'same-denominator')?.code // => 'vn.report.household.same_total'
 */
export interface SameDenominatorRule extends RuleBase {
  /** Kind tag. */
  readonly kind: 'same-denominator';
  /** The first rate. */
  readonly first: RateOverCount;
  /** The second rate. */
  readonly second: RateOverCount;
  /** The shared denominator, when the report may state it (for labels). */
  readonly denominator: ReportCountPath;
  /** How far apart (in the denominator's unit) the intervals may be and still pass (0). */
  readonly tolerance: number;
}

/**
 * A dossier identity of `DOSSIER_IDENTITIES`, evaluated with `checkDossierIdentities`.
 *
 * @example
 * REPORT_RULES.find((r) => r.code === 'vn.report.dossier.balance')?.kind // => 'dossier-identity'
 */
export interface DossierIdentityRule extends RuleBase {
  /** Kind tag. */
  readonly kind: 'dossier-identity';
  /** The identity. */
  readonly identity: DossierIdentity;
  /** Always 0: identities of counts hold exactly. */
  readonly tolerance: 0;
}

/**
 * A consistency rule of a report (quy tắc kiểm tra tính khớp của số liệu báo cáo).
 *
 * @example
 * // A rule of one's own: households that escaped poverty were poor at the start of the year.
 * const escapedWithinStart: ReportRule = {
 *   kind: 'comparison',
 *   code: 'vn.report.household.escaped_within_start',
 *   description: {
 *     vi: 'Số hộ thoát nghèo không lớn hơn số hộ nghèo đầu năm',
 *     en: 'Households that escaped poverty are not more than the poor at the start',
 *   },
 *   left: [{ field: 'households.poorEscaped' }],
 *   operator: '<=',
 *   right: [{ field: 'households.poorAtStart' }],
 *   importance: 'high',
 *   tolerance: 0,
 *   missing: 'skip-if-any-missing',
 * };
 * auditReport({ households: { poorAtStart: 20, poorEscaped: 25 } }, { rules: [...REPORT_RULES, escapedWithinStart] })
 *   .map((f) => [f.rule, f.gap])
 * // => [['vn.report.household.escaped_within_start', 5]]
 */
export type ReportRule = ComparisonRule | RateRule | SameDenominatorRule | DossierIdentityRule;

const sum = (
  code: string,
  vi: string,
  en: string,
  left: ReportCountPath,
  right: readonly (ReportCountPath | RuleTerm)[],
  missing: MissingValueStrategy = 'skip-if-any-missing',
): ComparisonRule => ({
  kind: 'comparison',
  code,
  description: { vi, en },
  left: [{ field: left }],
  operator: '==',
  right: right.map((r) => (typeof r === 'string' ? { field: r } : r)),
  importance: 'high',
  tolerance: 0,
  missing,
});

const subset = (
  code: string,
  vi: string,
  en: string,
  part: ReportCountPath,
  whole: ReportCountPath,
): ComparisonRule => ({
  kind: 'comparison',
  code,
  description: { vi, en },
  left: [{ field: part }],
  operator: '<=',
  right: [{ field: whole }],
  importance: 'high',
  tolerance: 0,
  missing: 'skip-if-any-missing',
});

const rate = (
  code: string,
  vi: string,
  en: string,
  r: ReportRatePath,
  numerator: readonly ReportCountPath[],
  denominator: readonly ReportCountPath[],
): RateRule => ({
  kind: 'rate',
  code,
  description: { vi, en },
  rate: r,
  numerator,
  denominator,
  importance: 'medium',
  tolerance: 0,
});

function dossierRuleCode(id: DossierIdentity): string {
  const base = id.code.replace('vn.dossier.tally.', 'vn.report.dossier.');
  if (id.right.includes('resolvedEarlyOrOnTime')) return `${base}_merged`;
  if (id.right.includes('returned')) return `${base}_with_returned`;
  return base;
}

const DOSSIER_RULES: readonly DossierIdentityRule[] = /* @__PURE__ */ DOSSIER_IDENTITIES.map((identity) => ({
  kind: 'dossier-identity' as const,
  code: dossierRuleCode(identity),
  description: {
    vi: `Hồ sơ: ${identity.left} = ${identity.right.join(' + ')}`,
    en: `Dossiers: ${identity.left} = ${identity.right.join(' + ')}`,
  },
  importance: 'high' as const,
  identity,
  tolerance: 0 as const,
}));

const levels = (group: 'qualifications' | 'partTimeQualifications'): ReportCountPath[] =>
  REPORT_QUALIFICATION_LEVELS.map((l) => `staff.${group}.${l}` as const);

/**
 * The consistency rules of a commune report, as data in the manner of DHIS2 validation rules (left
 * side, operator, right side, importance, tolerance, missing-value strategy):
 *
 * - the dossier identities of the one-stop report (`DOSSIER_IDENTITIES`, Biểu II.06a/VPCP/KSTT), plus
 *   carried over + newly received = resolved + pending (+ returned where reported), and the subsets
 *   (early or on time, late ≤ resolved; overdue ≤ pending; online ≤ newly received);
 * - households: poor, near-poor ≤ total; the movement identity end = start − escaped + fell back +
 *   new (§4.6 of the notes, the layout of the annual review table); change = end − start; the printed
 *   rates against their counts; the poverty and near-poverty rates imply the same total;
 * - staff: establishment = cán bộ + công chức; staff = sum over qualification levels; the same for
 *   part-time workers;
 * - documents: signatures = organisation + personal; electronic ≤ total; the electronic rate.
 *
 * @example
 * REPORT_RULES.length // => 31
 * REPORT_RULES.filter((r) => r.kind === 'rate').map((r) => r.code)
 * // => ['vn.report.dossier.on_time_rate', 'vn.report.dossier.online_rate', 'vn.report.household.poor_rate', …]
 */
// In a pure IIFE, so that a bundle that does not audit drops the rules (the spreads and calls
// of an array literal are not pure by themselves).
export const REPORT_RULES: readonly ReportRule[] = /* @__PURE__ */ (() => [
  ...DOSSIER_RULES,
  {
    kind: 'comparison',
    code: 'vn.report.dossier.workload_balance',
    description: {
      vi: 'Kỳ trước chuyển sang + mới tiếp nhận = đã giải quyết + đang giải quyết (+ trả lại, rút nếu có)',
      en: 'Carried over + newly received = resolved + pending (+ returned where reported)',
    },
    left: [{ field: 'dossiers.carriedOver' }, { field: 'dossiers.newReceived' }],
    operator: '==',
    right: [
      { field: 'dossiers.resolved' },
      { field: 'dossiers.pending' },
      { field: 'dossiers.returned', optional: true },
    ],
    importance: 'high',
    tolerance: 0,
    missing: 'skip-if-any-missing',
  },
  subset(
    'vn.report.dossier.on_time_within_resolved',
    'Số trước hạn, đúng hạn không lớn hơn số đã giải quyết',
    'Early or on time is not larger than resolved',
    'dossiers.resolvedEarlyOrOnTime',
    'dossiers.resolved',
  ),
  subset(
    'vn.report.dossier.late_within_resolved',
    'Số trễ hạn không lớn hơn số đã giải quyết',
    'Late is not larger than resolved',
    'dossiers.resolvedLate',
    'dossiers.resolved',
  ),
  subset(
    'vn.report.dossier.overdue_within_pending',
    'Số đang giải quyết quá hạn không lớn hơn số đang giải quyết',
    'Pending overdue is not larger than pending',
    'dossiers.pendingOverdue',
    'dossiers.pending',
  ),
  subset(
    'vn.report.dossier.online_within_new',
    'Số tiếp nhận trực tuyến không lớn hơn số mới tiếp nhận',
    'Received online is not larger than newly received',
    'dossiers.newOnline',
    'dossiers.newReceived',
  ),
  rate(
    'vn.report.dossier.on_time_rate',
    'Tỷ lệ trước hạn, đúng hạn = trước hạn, đúng hạn / đã giải quyết',
    'On-time rate = early or on time / resolved',
    'dossiers.onTimeRate',
    ['dossiers.resolvedEarlyOrOnTime'],
    ['dossiers.resolved'],
  ),
  rate(
    'vn.report.dossier.online_rate',
    'Tỷ lệ trực tuyến = mới tiếp nhận trực tuyến / mới tiếp nhận',
    'Online share = newly received online / newly received',
    'dossiers.onlineRate',
    ['dossiers.newOnline'],
    ['dossiers.newReceived'],
  ),
  subset(
    'vn.report.household.poor_within_total',
    'Số hộ nghèo không lớn hơn tổng số hộ',
    'Poor households are not more than all households',
    'households.poor',
    'households.total',
  ),
  subset(
    'vn.report.household.near_poor_within_total',
    'Số hộ cận nghèo không lớn hơn tổng số hộ',
    'Near-poor households are not more than all households',
    'households.nearPoor',
    'households.total',
  ),
  sum(
    'vn.report.household.poor_movement',
    'Hộ nghèo cuối năm = đầu năm − thoát nghèo + tái nghèo + phát sinh',
    'Poor at the end = at the start − escaped + fell back + new',
    'households.poor',
    [
      'households.poorAtStart',
      { field: 'households.poorEscaped', sign: -1 },
      'households.poorFellBack',
      'households.poorNew',
    ],
  ),
  sum(
    'vn.report.household.near_poor_movement',
    'Hộ cận nghèo cuối năm = đầu năm − thoát + tái + phát sinh',
    'Near-poor at the end = at the start − left + fell back + new',
    'households.nearPoor',
    [
      'households.nearPoorAtStart',
      { field: 'households.nearPoorEscaped', sign: -1 },
      'households.nearPoorFellBack',
      'households.nearPoorNew',
    ],
  ),
  sum(
    'vn.report.household.poor_change',
    'Số tăng so với đầu năm = cuối năm − đầu năm',
    'Change since the start of the year = end − start',
    'households.poorChange',
    ['households.poor', { field: 'households.poorAtStart', sign: -1 }],
  ),
  sum(
    'vn.report.household.near_poor_change',
    'Số hộ cận nghèo tăng so với đầu năm = cuối năm − đầu năm',
    'Change in near-poor since the start of the year = end − start',
    'households.nearPoorChange',
    ['households.nearPoor', { field: 'households.nearPoorAtStart', sign: -1 }],
  ),
  rate(
    'vn.report.household.poor_rate',
    'Tỷ lệ hộ nghèo = số hộ nghèo / tổng số hộ',
    'Poverty rate = poor households / all households',
    'households.poorRate',
    ['households.poor'],
    ['households.total'],
  ),
  rate(
    'vn.report.household.near_poor_rate',
    'Tỷ lệ hộ cận nghèo = số hộ cận nghèo / tổng số hộ',
    'Near-poverty rate = near-poor households / all households',
    'households.nearPoorRate',
    ['households.nearPoor'],
    ['households.total'],
  ),
  {
    kind: 'same-denominator',
    code: 'vn.report.household.same_total',
    description: {
      vi: 'Tỷ lệ hộ nghèo và tỷ lệ hộ cận nghèo tính trên cùng tổng số hộ',
      en: 'The poverty and near-poverty rates are over the same total of households',
    },
    importance: 'high',
    first: { rate: 'households.poorRate', count: 'households.poor' },
    second: { rate: 'households.nearPoorRate', count: 'households.nearPoor' },
    denominator: 'households.total',
    tolerance: 0,
  },
  sum(
    'vn.report.staff.establishment_parts',
    'Tổng số biên chế = cán bộ + công chức',
    'Establishment = cadres + civil servants',
    'staff.total',
    ['staff.cadres', 'staff.civilServants'],
  ),
  sum(
    'vn.report.staff.qualification_parts',
    'Tổng số cán bộ, công chức = tổng theo trình độ chuyên môn',
    'Cadres and civil servants = sum over qualification levels',
    'staff.total',
    levels('qualifications'),
    'skip-if-all-missing',
  ),
  sum(
    'vn.report.staff.part_time_qualification_parts',
    'Người hoạt động không chuyên trách = tổng theo trình độ chuyên môn',
    'Part-time workers = sum over qualification levels',
    'staff.partTime',
    levels('partTimeQualifications'),
    'skip-if-all-missing',
  ),
  sum(
    'vn.report.document.signature_parts',
    'Số chữ ký số = chữ ký số cơ quan + chữ ký số cá nhân',
    'Digital signatures = organisation + personal',
    'documents.signatures',
    ['documents.organisationSignatures', 'documents.personalSignatures'],
  ),
  subset(
    'vn.report.document.electronic_within_total',
    'Số văn bản điện tử không lớn hơn tổng số văn bản',
    'Electronic documents are not more than all documents',
    'documents.electronic',
    'documents.total',
  ),
  rate(
    'vn.report.document.electronic_rate',
    'Tỷ lệ văn bản điện tử = văn bản điện tử / tổng số văn bản',
    'Electronic-document rate = electronic / all documents',
    'documents.electronicRate',
    ['documents.electronic'],
    ['documents.total'],
  ),
])();

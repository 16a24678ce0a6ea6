import { fillMessage, type Locale } from '../core/messages';
import { impliedDenominators } from './audit';
import { FIGURE_CHECK_TEMPLATES } from './figure-messages';

/**
 * What a printed figure states (issue 14): a `count`; a `rate` (an indicator over its natural
 * base: poverty rate, on-time rate, e-document rate); a `share` (the part of a set the report
 * counts: staff by qualification, ethnic-minority share of poor households); a `change` against an
 * earlier time; a `target` (goal, plan, threshold); an `amount` that is itself the indicator.
 *
 * @example
 * extractReportFigures('Toàn xã có 99 hộ nghèo, chiếm tỷ lệ 3,3%.').map((f) => f.kind) // => ['count', 'rate']
 * const kind: FigureKind = 'share';
 */
export type FigureKind = 'count' | 'rate' | 'share' | 'change' | 'target' | 'amount';

/**
 * The administrative tier a figure is about (cấp xã, huyện, tỉnh, vùng, toàn quốc).
 *
 * @example
 * const level: FigureLevel = { tier: 'province', name: 'Lâm Đồng' };
 * const tier: FigureTier | undefined = level.tier; // => 'province'
 */
export type FigureTier = 'commune' | 'district' | 'province' | 'region' | 'national';

/**
 * Where a figure belongs: its tier and the unit's name, both optional (a figure read from prose
 * may not say).
 *
 * @example
 * // Figures of two levels are never compared: the province's total is not the commune's parts' sum.
 * const xa: FigureLevel = { tier: 'commune', name: 'Phổ Phong' };
 * const tinh: FigureLevel = { tier: 'province', name: 'Quảng Ngãi' };
 * const f = (quantity: string, value: number, level: FigureLevel): ReportFigure =>
 *   ({ raw: String(value), start: 0, end: 0, kind: 'count', quantity, value, level });
 * auditFigures([f('dossiers.resolved', 3927, tinh), f('dossiers.resolved.earlyOrOnTime', 3008, xa),
 *   f('dossiers.resolved.late', 22, xa)]).checks // => []
 */
export interface FigureLevel {
  /** The tier. */
  readonly tier?: FigureTier;
  /** The unit's name as printed (`Phổ Phong`, `Lâm Đồng`). */
  readonly name?: string;
  /** An office within the unit (`Công an tỉnh`, `Trung tâm Phục vụ hành chính công tỉnh`). */
  readonly body?: string;
}

/**
 * The true values a printed figure allows: `[lower, upper]`, each end open or closed, `null` for
 * an open end. Rates printed with k decimals are half-up roundings (`3,3%` → [3,25; 3,35)),
 * abbreviated thousands likewise (`4,52 ngàn` → [4.515; 4.525)), hedges follow the grain rule of
 * the report corpus (`gần 1.300` → [1.200; 1.300)).
 *
 * @example
 * const i: FigureInterval | undefined = extractReportFigures('Tỷ lệ văn bản điện tử đạt 98%.')[0]?.interval;
 * // => { lower: 97.5, upper: 98.5, lowerInclusive: true, upperInclusive: false }
 */
export interface FigureInterval {
  /** Lower end, or `null` (unbounded). */
  readonly lower: number | null;
  /** Upper end, or `null` (unbounded). */
  readonly upper: number | null;
  /** Whether `lower` itself is allowed. */
  readonly lowerInclusive: boolean;
  /** Whether `upper` itself is allowed. */
  readonly upperInclusive: boolean;
}

/**
 * One printed figure of a report in the generic model (in the manner of a DHIS2 data value): a
 * count or a rate of a named quantity over a named base, at a level, with its raw text and span.
 * Quantities and bases are the labels of the report corpus's vocabulary (`dossiers.resolved.late`,
 * `households.poor`, `staff.qual.university`, `documents.outgoing.electronic`,
 * `council.delegates.women`); `unknown` when the reader could not tell.
 *
 * @example
 * const f: ReportFigure = {
 *   raw: '3,3%', start: 0, end: 4, kind: 'rate', quantity: 'households.poor', base: 'households.total',
 *   value: 3.3, decimals: 1, interval: { lower: 3.25, upper: 3.35, lowerInclusive: true, upperInclusive: false },
 * };
 * auditFigures([f]).verdict // => 'cannot_verify' (a rate without its counts)
 */
export interface ReportFigure {
  /** The exact printed substring (hedge, number, scale word and `%`; never the noun or the direction word). */
  readonly raw: string;
  /** Start offset (UTF-16) in the text. */
  readonly start: number;
  /** End offset (exclusive). */
  readonly end: number;
  /** What the figure states. */
  readonly kind: FigureKind;
  /** The quantity's label, or `unknown`. */
  readonly quantity: string;
  /** For rates, shares and percentage targets: the base's label, `unstated` or `plan`. */
  readonly base?: string;
  /** How the base is known: named by the text, implied by the indicator, or inferred. */
  readonly baseSource?: 'stated' | 'implied' | 'inferred';
  /** Where the figure belongs. */
  readonly level?: FigureLevel;
  /** The printed value, scaled (`4,52 ngàn` → 4520), negative for a decrease; `null` for a printed range. */
  readonly value: number | null;
  /** Printed decimal places (before the scale word). */
  readonly decimals?: number;
  /** The scale of the printed value (1000 for `ngàn`, 1 000 000 for `triệu`); absent means 1. */
  readonly scale?: number;
  /** The true values allowed; absent for an exact count. */
  readonly interval?: FigureInterval;
  /** The hedge word as printed (`gần`, `hơn`, `trên`, `khoảng`, `dưới`, `ít nhất`, `tối thiểu`). */
  readonly hedge?: string;
  /** The unit (`percent`, `points`, `relative`, `unclear`, `households`, `dossiers`, `persons`, …). */
  readonly unit?: string;
  /** The direction of a change. */
  readonly direction?: 'increase' | 'decrease';
  /** The period, free text or ISO `from/to`. */
  readonly period?: string;
  /** Figures with different scopes are never compared (a paragraph, a table row); absent means one scope. */
  readonly scope?: number;
  /**
   * The words of the figure's sentence naming the whole unit it speaks of ("toàn huyện", "toàn
   * xã", "cả nước"), when printed: figures of different paragraphs are compared only by part ≤
   * whole, and only when they name the same.
   */
  readonly unitWords?: string;
  /** The figure is printed as the rest of its breakdown ("5% còn lại là …"): its parts are complete. */
  readonly remainder?: boolean;
  /**
   * The figure is an item of a list the text announces as ordered ("Xếp theo thứ tự, … cao nhất
   * là …; tiếp theo là …", "thấp nhất lần lượt là …"): the list's number and its direction.
   */
  readonly order?: { readonly list: number; readonly direction: 'descending' | 'ascending' };
}

/**
 * One consistency relation, as data (quy tắc kiểm tra dạng dữ liệu): the `whole` is the sum of its
 * `parts` (`complete: true`: the parts are the whole breakdown, so the sum must equal it; otherwise
 * the parts only bound it from below). The same relation is checked on counts (Σ parts = whole,
 * or ≤ whole when parts are missing) and on rates over one base (rate of the whole = Σ rates of
 * the parts; shares of the parts over the whole add up to 100).
 *
 * Legal basis: the one-stop identities of Thông tư 01/2018/TT-VPCP (Điều 13–14: hồ sơ đã giải
 * quyết = trước hạn + đúng hạn + quá hạn; tiếp nhận = đã giải quyết + đang giải quyết); the poverty
 * review of Thông tư 07/2021/TT-BLĐTBXH (hộ nghèo, hộ cận nghèo: disjoint, added in the combined
 * rate); staff headcounts of Nghị định 33/2023/NĐ-CP (cán bộ + công chức cấp xã).
 *
 * @example
 * FIGURE_RELATIONS.find((r) => r.id === 'dossiers.resolved.merged')?.parts // => ['dossiers.resolved.earlyOrOnTime', 'dossiers.resolved.late']
 */
export interface FigureRelation {
  /** Stable id. */
  readonly id: string;
  /** The whole's quantity label. */
  readonly whole: string;
  /** The parts' labels (disjoint). */
  readonly parts: readonly string[];
  /** Whether the parts are the complete breakdown (the sum must equal the whole). */
  readonly complete: boolean;
  /** Legal or documentary basis. */
  readonly basis: string;
}

const rel = (
  id: string,
  whole: string,
  parts: readonly string[],
  complete: boolean,
  basis: string,
): FigureRelation => Object.freeze({ id, whole, parts: Object.freeze([...parts]), complete, basis });

const TT01 = 'Thông tư 01/2018/TT-VPCP, Điều 13–14; Phụ lục mẫu báo cáo TTHC';
const TT07 = 'Thông tư 07/2021/TT-BLĐTBXH (rà soát hộ nghèo, hộ cận nghèo)';
const STAFF = 'Nghị định 33/2023/NĐ-CP (cán bộ, công chức cấp xã)';
const WATER =
  'Quyết định 2570/QĐ-BNN-TCTL (bộ chỉ số nước sạch nông thôn: nước sạch theo QCVN 02 là một phần của nước hợp vệ sinh)';

/**
 * The consistency relations between quantities, as data (see {@link FigureRelation}).
 *
 * @example
 * FIGURE_RELATIONS.length > 5 // => true
 */
export const FIGURE_RELATIONS: readonly FigureRelation[] = /* @__PURE__ */ Object.freeze([
  rel(
    'dossiers.resolved.merged',
    'dossiers.resolved',
    ['dossiers.resolved.earlyOrOnTime', 'dossiers.resolved.late'],
    true,
    TT01,
  ),
  rel(
    'dossiers.resolved.split',
    'dossiers.resolved',
    ['dossiers.resolved.early', 'dossiers.resolved.onTime', 'dossiers.resolved.late'],
    true,
    TT01,
  ),
  rel(
    'dossiers.earlyOrOnTime.split',
    'dossiers.resolved.earlyOrOnTime',
    ['dossiers.resolved.early', 'dossiers.resolved.onTime'],
    true,
    TT01,
  ),
  rel(
    'dossiers.pending.split',
    'dossiers.pending',
    ['dossiers.pending.withinTerm', 'dossiers.pending.overdue'],
    true,
    TT01,
  ),
  rel(
    'dossiers.received.balance',
    'dossiers.received',
    ['dossiers.resolved', 'dossiers.pending'],
    true,
    TT01,
  ),
  rel(
    'dossiers.received.balance.parts',
    'dossiers.received',
    ['dossiers.resolved.earlyOrOnTime', 'dossiers.resolved.late', 'dossiers.pending'],
    true,
    TT01,
  ),
  rel('dossiers.total.balance', 'dossiers.total', ['dossiers.resolved', 'dossiers.pending'], true, TT01),
  rel(
    'dossiers.total.sources',
    'dossiers.total',
    ['dossiers.carriedOver', 'dossiers.received.new'],
    false,
    TT01,
  ),
  rel(
    'dossiers.received.channels',
    'dossiers.received',
    ['dossiers.received.direct', 'dossiers.received.online', 'dossiers.received.postal'],
    false,
    TT01,
  ),
  rel(
    'households.poorOrNearPoor',
    'households.poorOrNearPoor',
    ['households.poor', 'households.nearPoor'],
    true,
    TT07,
  ),
  rel(
    'households.poor.ethnicMinority',
    'households.poor.ethnicMinority',
    [
      'households.poor.ethnicity.dao',
      'households.poor.ethnicity.tay',
      'households.poor.ethnicity.mong',
      'households.poor.ethnicity.nung',
      'households.poor.ethnicity.sanChi',
      'households.poor.ethnicity.hoa',
      'households.poor.ethnicity.other',
    ],
    true,
    TT07,
  ),
  rel('households.total.poor', 'households.total', ['households.poor', 'households.nearPoor'], false, TT07),
  rel('staff.total.kinds', 'staff.total', ['staff.cadres', 'staff.civilServants'], true, STAFF),
  rel(
    'staff.total.qual',
    'staff.total',
    [
      'staff.qual.postgraduate',
      'staff.qual.university',
      'staff.qual.college',
      'staff.qual.intermediate',
      'staff.qual.elementary',
      'staff.qual.none',
    ],
    false,
    STAFF,
  ),
  rel(
    'staff.partTime.qual',
    'staff.partTime',
    [
      'staff.partTime.qual.postgraduate',
      'staff.partTime.qual.university',
      'staff.partTime.qual.college',
      'staff.partTime.qual.intermediate',
      'staff.partTime.qual.elementary',
      'staff.partTime.qual.none',
    ],
    false,
    STAFF,
  ),
  rel(
    'staff.universityOrHigher',
    'staff.qual.universityOrHigher',
    ['staff.qual.postgraduate', 'staff.qual.university'],
    true,
    STAFF,
  ),
  rel(
    'documents.signatures',
    'documents.signatures',
    ['documents.signatures.organisation', 'documents.signatures.personal'],
    true,
    'Nghị định 30/2020/NĐ-CP (chữ ký số cơ quan và cá nhân)',
  ),
  rel(
    'documents.outgoing.channels',
    'documents.outgoing',
    ['documents.outgoing.electronic', 'documents.outgoing.paper', 'documents.outgoing.electronicWithPaper'],
    false,
    'Nghị định 30/2020/NĐ-CP (văn bản đi điện tử và giấy)',
  ),
  rel(
    'documents.incoming.channels',
    'documents.incoming',
    ['documents.incoming.electronic', 'documents.incoming.paper', 'documents.incoming.electronicWithPaper'],
    false,
    'Nghị định 30/2020/NĐ-CP (văn bản đến điện tử và giấy)',
  ),
  rel(
    'households.poor.criteria',
    'households.poor',
    ['households.poor.incomeCriterion', 'households.poor.serviceDeprivation'],
    true,
    'Quyết định 59/2015/QĐ-TTg, Điều 2 (hộ nghèo: thu nhập dưới chuẩn, hoặc thiếu hụt từ 3 chỉ số dịch vụ xã hội cơ bản)',
  ),
  rel('persons.rural.water', 'persons.rural.hygienicWater', ['persons.rural.cleanWater'], false, WATER),
  rel('households.water', 'households.hygienicWater', ['households.cleanWater'], false, WATER),
  rel(
    'council.delegates.subsets',
    'council.delegates',
    ['council.delegates.women'],
    false,
    'Luật Tổ chức chính quyền địa phương 2015 (đại biểu HĐND)',
  ),
]);

/**
 * Units of one tier that together make up a unit of the tier above, as data: `units` of tier
 * `lower` make up the one unit of tier `higher` (the six socio-economic regions make up the
 * country). With all of them printed, their counts add up to the higher level's (`level_sum`), and
 * so do the totals their rates imply (`level_denominators_sum`); with some of them, the sums are
 * at most the higher level's.
 *
 * Legal basis: Nghị quyết 81/2023/QH15 (Quy hoạch tổng thể quốc gia: sáu vùng kinh tế – xã hội).
 *
 * @example
 * FIGURE_LEVEL_SETS[0] // => { lower: 'region', higher: 'national', units: 6, basis: 'Nghị quyết 81/2023/QH15 (…)' }
 */
export const FIGURE_LEVEL_SETS: readonly {
  readonly lower: FigureTier;
  readonly higher: FigureTier;
  readonly units: number;
  readonly basis: string;
}[] = /* @__PURE__ */ Object.freeze([
  Object.freeze({
    lower: 'region' as const,
    higher: 'national' as const,
    units: 6,
    basis: 'Nghị quyết 81/2023/QH15 (Quy hoạch tổng thể quốc gia: sáu vùng kinh tế – xã hội)',
  }),
]);

/**
 * The natural base of each rate's quantity when the text does not name one (tỷ lệ hộ nghèo: over
 * all households; tỷ lệ đúng hạn: over dossiers resolved). A base is looked up by the longest
 * label prefix.
 *
 * @example
 * defaultBase('households.poor') // => 'households.total'
 * defaultBase('staff.partTime.qual.university') // => 'staff.partTime'
 */
export function defaultBase(quantity: string): string | undefined {
  const qual = /^(.*)\.qual\.[A-Za-z]+$/.exec(quantity);
  if (qual !== null) return qual[1] === 'staff' ? 'staff.total' : qual[1];
  for (const [prefix, base] of DEFAULT_BASES)
    if (quantity === prefix || quantity.startsWith(`${prefix}.`)) return base;
  return undefined;
}

const DEFAULT_BASES: readonly (readonly [string, string])[] = [
  ['dossiers.resolved', 'dossiers.resolved'],
  ['dossiers.pending', 'dossiers.pending'],
  ['households.poorOrNearPoor', 'households.total'],
  ['households.poor.ethnicMinority', 'households.poor'],
  ['households.poor', 'households.total'],
  ['households.nearPoor.ethnicMinority', 'households.nearPoor'],
  ['households.nearPoor', 'households.total'],
  ['households.hygienicLatrine', 'households.total'],
  ['households.hygienicWater', 'households.total'],
  ['households.cleanWater', 'households.total'],
  ['households.hygienicLivestockPen', 'households.livestock'],
  ['persons.rural', 'persons.rural'],
  ['documents.outgoing', 'documents.outgoing'],
  ['documents.incoming', 'documents.incoming'],
  ['documents.exchanged', 'documents.exchanged'],
  ['council.delegates', 'council.delegates'],
];

// ---------------------------------------------------------------------------------------------
// Checks

/**
 * The rule a check applies (the report corpus's rule names).
 *
 * @example
 * const r: FigureRuleName | undefined = auditReportText('Đã giải quyết 3.927 hồ sơ (trước hạn, đúng hạn 3.008 hồ sơ, trễ hạn 22 hồ sơ).').checks[0]?.rule;
 * // => 'parts_sum_to_whole'
 */
export type FigureRuleName =
  | 'parts_sum_to_whole'
  | 'part_le_whole'
  | 'rate_matches_counts'
  | 'rate_feasible'
  | 'rates_imply_common_total'
  | 'shares_sum_to_100'
  | 'combined_rate'
  | 'change_matches'
  | 'hedge_matches_exact'
  | 'stated_order'
  | 'level_sum'
  | 'level_denominators_sum'
  | 'ratio_matches'
  | 'target_arithmetic';

/**
 * How a check ended: it `holds`, it `breaks`, or it `cannot_check` because a term is not printed.
 *
 * @example
 * const o: CheckOutcome | undefined = auditReportText('Đã giải quyết 3.927 hồ sơ (trước hạn, đúng hạn 3.008 hồ sơ, trễ hạn 22 hồ sơ).').checks[0]?.outcome;
 * // => 'breaks' (3.927 ≠ 3.008 + 22)
 */
export type CheckOutcome = 'holds' | 'breaks' | 'cannot_check';

/**
 * Why a break is only a rounding matter: the printed rate is the exact ratio with its digits cut
 * (`truncation`), or one unit off in its last printed digit (`last-digit`, often a nudge so that
 * shares add to 100).
 *
 * @example
 * // 2 / 3 = 66,666…%: half-up gives 66,7%, the report cut it to 66,6%.
 * const r: RoundingOnly | undefined = auditReportText('Đã giải quyết 3 hồ sơ, trong đó trước hạn, đúng hạn 2 hồ sơ, đạt tỷ lệ 66,6%.').findings[0]?.roundingOnly;
 * // => 'truncation'
 */
export type RoundingOnly = 'truncation' | 'last-digit';

/**
 * One check: a rule applied to some figures, its outcome and the numbers on both sides.
 *
 * @example
 * auditFigures(extractReportFigures('Đã giải quyết 3.927 hồ sơ (trước hạn, đúng hạn 3.008 hồ sơ, trễ hạn 22 hồ sơ).')).checks[0]
 * // => { rule: 'parts_sum_to_whole', relation: 'dossiers.resolved', figures: [0, 1, 2], outcome: 'breaks',
 * //      left: '3.927', right: '3.008 + 22', gap: 897, … }
 */
export interface FigureCheck {
  /** The rule. */
  readonly rule: FigureRuleName;
  /** The relation's id (sums) or the rate's quantity (rates). */
  readonly relation: string;
  /** Indices of the figures involved, into the audited list. */
  readonly figures: readonly number[];
  /** The outcome. */
  readonly outcome: CheckOutcome;
  /** For a break of rounding only: which kind. */
  readonly roundingOnly?: RoundingOnly;
  /** Left side as printed (Vietnamese number format). */
  readonly left: string;
  /** Right side, with its arithmetic. */
  readonly right: string;
  /** The distance between the sides (counts, points or households); 0 when it holds. */
  readonly gap: number;
  /** What was missing, for `cannot_check`. */
  readonly missing?: readonly string[];
  /** The message in the requested language. */
  readonly message: string;
  /** The message in both languages. */
  readonly messages: { readonly vi: string; readonly en: string };
}

/**
 * The verdict on a whole report: `consistent` (something could be checked and everything held),
 * `inconsistent` (a check broke beyond rounding), `rounding_only` (the only breaks are truncations
 * or last-digit nudges; a finding unless `roundingIsFinding: false`), `cannot_verify` (nothing
 * could be checked).
 *
 * @example
 * auditReportText('đã tiếp nhận 3.971 hồ sơ').verdict // => 'cannot_verify'
 */
export type ReportVerdict = 'consistent' | 'inconsistent' | 'rounding_only' | 'cannot_verify';

/**
 * Options of {@link auditFigures} and `auditReportText`.
 *
 * @example
 * const figures = extractReportFigures('Đã giải quyết 3 hồ sơ, trong đó trước hạn, đúng hạn 2 hồ sơ, đạt tỷ lệ 66,6%.');
 * auditFigures(figures).verdict // => 'rounding_only'
 * auditFigures(figures, { locale: 'en', roundingIsFinding: false }).verdict // => 'consistent'
 */
export interface AuditFiguresOptions {
  /** Language of each check's `message` (default `vi`). */
  readonly locale?: Locale;
  /** Whether rounding-only breaks are findings and make the verdict `rounding_only` (default `true`); if `false` they count as holding. */
  readonly roundingIsFinding?: boolean;
  /** The relations (default {@link FIGURE_RELATIONS}). */
  readonly relations?: readonly FigureRelation[];
}

/**
 * The audit of a list of figures: every check, the findings (the checks that break) and the verdict.
 *
 * @example
 * const { verdict, findings } = auditFigures(extractReportFigures('Đã giải quyết 3.927 hồ sơ (trước hạn, đúng hạn 3.008 hồ sơ, trễ hạn 22 hồ sơ).'));
 * verdict // => 'inconsistent'
 * findings[0]?.message // => 'Số hồ sơ đã giải quyết: 3.927 ≠ 3.008 + 22 (chênh 897).'
 */
export interface FigureAudit {
  /** Every check made, in order. */
  readonly checks: readonly FigureCheck[];
  /** The checks that broke (rounding-only breaks only when `roundingIsFinding`). */
  readonly findings: readonly FigureCheck[];
  /** The verdict. */
  readonly verdict: ReportVerdict;
}

// ---------------------------------------------------------------------------------------------
// Intervals

/**
 * A numeric range with open or closed ends, as the checks compute on it (`lo`/`hi` may be
 * infinite).
 *
 * @example
 * const printed: FigureRange = { lo: 66.55, hi: 66.65, loIn: true, hiIn: false }; // 66,6% as printed
 * FIGURE_CHECK_MESSAGES.vi({ rule: 'rate_matches_counts', outcome: 'breaks', roundingOnly: 'truncation',
 *   whole: 'dossiers.resolved.earlyOrOnTime', left: printed, right: [2, 3], gap: 0.02 })
 * // => 'Số hồ sơ giải quyết trước hạn, đúng hạn: tỷ lệ in [66,55; 66,65)% không khớp 2 / 3 (chỉ do cắt bỏ chữ số).'
 */
export interface FigureRange {
  /** Lower end. */
  lo: number;
  /** Upper end. */
  hi: number;
  /** Whether `lo` is allowed. */
  loIn: boolean;
  /** Whether `hi` is allowed. */
  hiIn: boolean;
}

type Range = FigureRange;

const EPS = 1e-9;

function rangeOf(f: ReportFigure): Range | null {
  if (f.interval !== undefined) {
    const i = f.interval;
    return {
      lo: i.lower ?? Number.NEGATIVE_INFINITY,
      hi: i.upper ?? Number.POSITIVE_INFINITY,
      loIn: i.lower === null ? true : i.lowerInclusive,
      hiIn: i.upper === null ? true : i.upperInclusive,
    };
  }
  if (f.value === null) return null;
  return { lo: f.value, hi: f.value, loIn: true, hiIn: true };
}

/** Whole numbers allowed by a count's range. */
function intRange(r: Range): { lo: number; hi: number } | null {
  let lo = Math.ceil(r.lo - EPS);
  if (!r.loIn && Math.abs(lo - r.lo) < EPS) lo += 1;
  if (lo < 0) lo = 0;
  let hi = Math.floor(r.hi + EPS);
  if (!r.hiIn && Math.abs(hi - r.hi) < EPS) hi -= 1;
  return lo <= hi ? { lo, hi } : null;
}

function isExactCount(f: ReportFigure): boolean {
  return f.interval === undefined && f.value !== null && Number.isSafeInteger(f.value) && f.value >= 0;
}

function overlaps(a: Range, b: Range): boolean {
  if (a.hi < b.lo - EPS || b.hi < a.lo - EPS) return false;
  if (Math.abs(a.hi - b.lo) < EPS) return a.hiIn && b.loIn;
  if (Math.abs(b.hi - a.lo) < EPS) return b.hiIn && a.loIn;
  return true;
}

function sumRanges(rs: readonly Range[]): Range {
  return {
    lo: rs.reduce((s, r) => s + r.lo, 0),
    hi: rs.reduce((s, r) => s + r.hi, 0),
    loIn: rs.every((r) => r.loIn),
    hiIn: rs.every((r) => r.hiIn),
  };
}

function widen(r: Range, by: number): Range {
  return { lo: r.lo - by, hi: r.hi + by, loIn: true, hiIn: true };
}

// ---------------------------------------------------------------------------------------------
// Formatting

function fmtNumber(n: number, group: string, mark: string, decimals?: number): string {
  if (!Number.isFinite(n)) return n > 0 ? '∞' : '−∞';
  let fixed: string;
  if (decimals !== undefined) fixed = Math.abs(n).toFixed(decimals);
  else {
    fixed = Math.abs(n).toFixed(6).replace(/0+$/u, '').replace(/\.$/u, '');
  }
  const [int = '0', frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${n < 0 ? '−' : ''}${grouped}${frac !== undefined ? `${mark}${frac}` : ''}`;
}

const vn = (n: number, decimals?: number): string => fmtNumber(n, '.', ',', decimals);
const en = (n: number, decimals?: number): string => fmtNumber(n, ',', '.', decimals);

function showRange(r: Range, fmt: (n: number, d?: number) => string, decimals?: number): string {
  if (Math.abs(r.lo - r.hi) < EPS) return fmt(r.lo, decimals);
  return `${r.loIn ? '[' : '('}${fmt(r.lo, decimals)}; ${fmt(r.hi, decimals)}${r.hiIn ? ']' : ')'}`;
}

// ---------------------------------------------------------------------------------------------
// Messages: functions of raw parameters, per locale

/**
 * The raw parameters of a check's message.
 *
 * @example
 * const p: FigureCheckParams = { rule: 'parts_sum_to_whole', outcome: 'breaks', whole: 'dossiers.resolved', left: 3927, right: [3008, 22], gap: 897 };
 * FIGURE_CHECK_MESSAGES.en(p) // => 'Dossiers resolved: 3,927 ≠ 3,008 + 22 (gap 897).'
 */
export interface FigureCheckParams {
  /** The rule. */
  readonly rule: FigureRuleName;
  /** The outcome. */
  readonly outcome: CheckOutcome;
  /** The whole's or the rate's quantity label. */
  readonly whole: string;
  /** Left value (the whole, or the printed rate). */
  readonly left: number | Range;
  /** Right values (the parts, or the counts). */
  readonly right: readonly (number | Range)[];
  /** Gap between the sides. */
  readonly gap: number;
  /** Rounding-only kind. */
  readonly roundingOnly?: RoundingOnly;
  /** Missing quantities. */
  readonly missing?: readonly string[];
  /** For `stated_order`: the index, into `right`, of the first item of the pair out of order. */
  readonly gapAt?: number;
  /** For the level rules: whether the units are all the units of the higher level (sum = whole) or some (sum ≤ whole). */
  readonly complete?: boolean;
}

/**
 * Short names of the common quantities, in Vietnamese and English, used in the check messages
 * (other quantities are named by their label).
 *
 * @example
 * FIGURE_QUANTITY_LABELS['dossiers.resolved']?.vi // => 'Số hồ sơ đã giải quyết'
 */
export const FIGURE_QUANTITY_LABELS: Readonly<Record<string, { readonly vi: string; readonly en: string }>> =
  /* @__PURE__ */ Object.freeze({
    'dossiers.total': { vi: 'Tổng số hồ sơ phải giải quyết', en: 'Dossiers to handle' },
    'dossiers.received': { vi: 'Số hồ sơ tiếp nhận', en: 'Dossiers received' },
    'dossiers.received.new': { vi: 'Số hồ sơ mới tiếp nhận', en: 'Dossiers newly received' },
    'dossiers.carriedOver': { vi: 'Số hồ sơ kỳ trước chuyển sang', en: 'Dossiers carried over' },
    'dossiers.resolved': { vi: 'Số hồ sơ đã giải quyết', en: 'Dossiers resolved' },
    'dossiers.resolved.earlyOrOnTime': {
      vi: 'Số hồ sơ giải quyết trước hạn, đúng hạn',
      en: 'Resolved early or on time',
    },
    'dossiers.resolved.early': { vi: 'Số hồ sơ giải quyết trước hạn', en: 'Resolved early' },
    'dossiers.resolved.onTime': { vi: 'Số hồ sơ giải quyết đúng hạn', en: 'Resolved on time' },
    'dossiers.resolved.late': { vi: 'Số hồ sơ giải quyết trễ hạn', en: 'Resolved late' },
    'dossiers.pending': { vi: 'Số hồ sơ đang giải quyết', en: 'Dossiers pending' },
    'dossiers.pending.withinTerm': { vi: 'Số hồ sơ đang giải quyết trong hạn', en: 'Pending within term' },
    'dossiers.pending.overdue': { vi: 'Số hồ sơ đang giải quyết quá hạn', en: 'Pending overdue' },
    'households.total': { vi: 'Tổng số hộ', en: 'All households' },
    'households.poor': { vi: 'Hộ nghèo', en: 'Poor households' },
    'households.nearPoor': { vi: 'Hộ cận nghèo', en: 'Near-poor households' },
    'households.poorOrNearPoor': { vi: 'Hộ nghèo và cận nghèo', en: 'Poor and near-poor households' },
    'staff.total': { vi: 'Tổng số cán bộ, công chức', en: 'Staff' },
    'staff.cadres': { vi: 'Cán bộ', en: 'Cadres' },
    'staff.civilServants': { vi: 'Công chức', en: 'Civil servants' },
    'staff.partTime': { vi: 'Người hoạt động không chuyên trách', en: 'Part-time workers' },
    'documents.signatures': { vi: 'Số chữ ký số', en: 'Digital signatures' },
    'documents.outgoing': { vi: 'Văn bản đi', en: 'Outgoing documents' },
    'documents.incoming': { vi: 'Văn bản đến', en: 'Incoming documents' },
    'council.delegates': { vi: 'Đại biểu HĐND', en: 'Council delegates' },
    unknown: { vi: 'Số liệu', en: 'Figure' },
  });

const nameOf = (q: string, locale: Locale): string => FIGURE_QUANTITY_LABELS[q]?.[locale] ?? q;

type Fmt = (n: number, d?: number) => string;
const side = (v: number | Range, fmt: Fmt): string => (typeof v === 'number' ? fmt(v) : showRange(v, fmt));

/** A figure check's template in a language (the code itself if the catalogue lacks it). */
function templateOf(code: string, locale: Locale): string {
  const m = (
    FIGURE_CHECK_TEMPLATES as Readonly<Record<string, { readonly vi: unknown; readonly en: unknown }>>
  )[code];
  const text = m?.[locale];
  return typeof text === 'string' ? text : code;
}

/** The message of a `level_sum` or `level_denominators_sum` check, from the catalogue (`FIGURE_CHECK_TEMPLATES`). */
function levelMessage(p: FigureCheckParams, locale: Locale, l: string, r: readonly string[]): string {
  const kind = p.rule === 'level_sum' ? 'level_sum' : 'level_denominators';
  const op = p.complete === true ? 'equal' : 'within';
  const code = `vn.report.figure.${kind}_${op}_${p.outcome === 'holds' ? 'holds' : 'breaks'}`;
  const text = templateOf(code, locale);
  const fmt = locale === 'vi' ? vn : en;
  return fillMessage(text, {
    label: nameOf(p.whole, locale),
    whole: l,
    parts: r.join(' + '),
    gap: fmt(p.gap),
  });
}

/** The message of a `target_arithmetic` check, from the catalogue (`FIGURE_CHECK_TEMPLATES`). */
function yearlyMessage(p: FigureCheckParams, locale: Locale, l: string, r: readonly string[]): string {
  const code = `vn.report.figure.yearly_${p.outcome === 'holds' ? 'holds' : 'breaks'}`;
  const text = templateOf(code, locale);
  return fillMessage(text, {
    label: nameOf(p.whole, locale),
    perYear: l,
    from: r[0] ?? '',
    to: r[1] ?? '',
    years: r[2] ?? '',
  });
}

/** The message of a `ratio_matches` check, from the catalogue (`FIGURE_CHECK_TEMPLATES`). */
function ratioMessage(p: FigureCheckParams, locale: Locale, l: string, r: readonly string[]): string {
  const code = `vn.report.figure.ratio_${p.outcome === 'holds' ? 'holds' : 'breaks'}`;
  const text = templateOf(code, locale);
  return fillMessage(text, {
    label: nameOf(p.whole, locale),
    times: l,
    from: r[0] ?? '',
    to: r[1] ?? '',
  });
}

/** The message of a `stated_order` check, from the catalogue (`FIGURE_CHECK_TEMPLATES`). */
function orderMessage(p: FigureCheckParams, locale: Locale, r: readonly string[]): string {
  const code =
    p.outcome === 'holds'
      ? 'vn.report.figure.order_holds'
      : p.left === 1
        ? 'vn.report.figure.order_breaks_ascending'
        : 'vn.report.figure.order_breaks_descending';
  return fillMessage(templateOf(code, locale), {
    label: nameOf(p.whole, locale),
    values: r.map((x) => `${x}%`).join(locale === 'vi' ? '; ' : ', '),
    first: `${r[p.gapAt ?? 0] ?? ''}%`,
    second: `${r[(p.gapAt ?? 0) + 1] ?? ''}%`,
  });
}

/**
 * Messages of the figure checks, one function of the raw parameters per locale.
 *
 * @example
 * FIGURE_CHECK_MESSAGES.en({ rule: 'parts_sum_to_whole', outcome: 'breaks', whole: 'dossiers.resolved', left: 3927, right: [3008, 22], gap: 897 })
 * // => 'Dossiers resolved: 3,927 ≠ 3,008 + 22 (gap 897).'
 */
export const FIGURE_CHECK_MESSAGES: Readonly<Record<Locale, (p: FigureCheckParams) => string>> =
  Object.freeze({
    vi: (p: FigureCheckParams): string => {
      const l = side(p.left, vn);
      const r = p.right.map((x) => side(x, vn));
      const round =
        p.roundingOnly === 'truncation'
          ? ' (chỉ do cắt bỏ chữ số)'
          : p.roundingOnly === 'last-digit'
            ? ' (lệch một đơn vị ở chữ số cuối)'
            : '';
      if (p.outcome === 'cannot_check')
        return `${nameOf(p.whole, 'vi')}: không kiểm tra được, thiếu ${(p.missing ?? []).join(', ')}.`;
      const op = p.outcome === 'holds' ? '=' : '≠';
      switch (p.rule) {
        case 'parts_sum_to_whole':
          return `${nameOf(p.whole, 'vi')}: ${l} ${op} ${r.join(' + ')}${p.outcome === 'breaks' ? ` (chênh ${vn(p.gap)})` : ''}.`;
        case 'part_le_whole':
          return `${nameOf(p.whole, 'vi')}: ${r.join(' + ')} ${p.outcome === 'holds' ? '≤' : '>'} ${l}${p.outcome === 'breaks' ? ` (vượt ${vn(p.gap)})` : ''}.`;
        case 'rate_matches_counts':
          return `${nameOf(p.whole, 'vi')}: tỷ lệ in ${l}% ${p.outcome === 'holds' ? 'khớp' : 'không khớp'} ${r[0]} / ${r[1]}${round}.`;
        case 'rate_feasible':
          return `${nameOf(p.whole, 'vi')}: tỷ lệ ${l}% của ${r[0]} ${p.outcome === 'holds' ? 'ứng với' : 'không ứng với'} một số nguyên${round}.`;
        case 'rates_imply_common_total':
          return `${nameOf(p.whole, 'vi')}: các tỷ lệ trên cùng một tổng số cho các khoảng ${r.join('; ')} ${p.outcome === 'holds' ? 'giao nhau' : `không giao nhau (cách ${vn(p.gap)})`}.`;
        case 'shares_sum_to_100':
        case 'combined_rate':
          return `${nameOf(p.whole, 'vi')}: ${l}% ${op} ${r.map((x) => `${x}%`).join(' + ')}${round}.`;
        case 'change_matches':
          return `${nameOf(p.whole, 'vi')}: thay đổi ${l} ${op} ${r.join(' − ')}.`;
        case 'hedge_matches_exact':
          return `${nameOf(p.whole, 'vi')}: số ước ${l} ${p.outcome === 'holds' ? 'chứa' : 'không chứa'} số chính xác ${r.join(', ')}.`;
        case 'stated_order':
          return orderMessage(p, 'vi', r);
        case 'level_sum':
        case 'level_denominators_sum':
          return levelMessage(p, 'vi', l, r);
        case 'ratio_matches':
          return ratioMessage(p, 'vi', l, r);
        case 'target_arithmetic':
          return yearlyMessage(p, 'vi', l, r);
      }
    },
    en: (p: FigureCheckParams): string => {
      const l = side(p.left, en);
      const r = p.right.map((x) => side(x, en));
      const round =
        p.roundingOnly === 'truncation'
          ? ' (digits cut off only)'
          : p.roundingOnly === 'last-digit'
            ? ' (one unit off in the last digit)'
            : '';
      if (p.outcome === 'cannot_check')
        return `${nameOf(p.whole, 'en')}: cannot check, missing ${(p.missing ?? []).join(', ')}.`;
      const op = p.outcome === 'holds' ? '=' : '≠';
      switch (p.rule) {
        case 'parts_sum_to_whole':
          return `${nameOf(p.whole, 'en')}: ${l} ${op} ${r.join(' + ')}${p.outcome === 'breaks' ? ` (gap ${en(p.gap)})` : ''}.`;
        case 'part_le_whole':
          return `${nameOf(p.whole, 'en')}: ${r.join(' + ')} ${p.outcome === 'holds' ? '≤' : '>'} ${l}${p.outcome === 'breaks' ? ` (by ${en(p.gap)})` : ''}.`;
        case 'rate_matches_counts':
          return `${nameOf(p.whole, 'en')}: printed rate ${l}% ${p.outcome === 'holds' ? 'agrees with' : 'disagrees with'} ${r[0]} / ${r[1]}${round}.`;
        case 'rate_feasible':
          return `${nameOf(p.whole, 'en')}: rate ${l}% of ${r[0]} ${p.outcome === 'holds' ? 'fits' : 'fits no'} whole count${round}.`;
        case 'rates_imply_common_total':
          return `${nameOf(p.whole, 'en')}: rates over one total imply the ranges ${r.join('; ')}, which ${p.outcome === 'holds' ? 'meet' : `do not meet (${en(p.gap)} apart)`}.`;
        case 'shares_sum_to_100':
        case 'combined_rate':
          return `${nameOf(p.whole, 'en')}: ${l}% ${op} ${r.map((x) => `${x}%`).join(' + ')}${round}.`;
        case 'change_matches':
          return `${nameOf(p.whole, 'en')}: change ${l} ${op} ${r.join(' − ')}.`;
        case 'hedge_matches_exact':
          return `${nameOf(p.whole, 'en')}: the rounded or hedged ${l} ${p.outcome === 'holds' ? 'contains' : 'does not contain'} the exact ${r.join(', ')}.`;
        case 'stated_order':
          return orderMessage(p, 'en', r);
        case 'level_sum':
        case 'level_denominators_sum':
          return levelMessage(p, 'en', l, r);
        case 'ratio_matches':
          return ratioMessage(p, 'en', l, r);
        case 'target_arithmetic':
          return yearlyMessage(p, 'en', l, r);
      }
    },
  });

// ---------------------------------------------------------------------------------------------
// The audit

interface Indexed {
  readonly f: ReportFigure;
  readonly i: number;
}

function levelKey(f: ReportFigure): string {
  return `${f.scope ?? ''}|${f.level?.tier ?? ''}|${f.level?.name ?? ''}|${f.level?.body ?? ''}|${f.period ?? ''}`;
}

/**
 * Split figures into records: consecutive figures of one scope and level, a new record starting
 * when a (kind, quantity) already seen in the current record comes again with another value (a new
 * row of a list: "huyện A 1.234 hồ sơ, huyện B 2.345 hồ sơ").
 */
function records(figures: readonly ReportFigure[]): Indexed[][] {
  const groups = new Map<string, Indexed[][]>();
  const order: Indexed[][] = [];
  figures.forEach((f, i) => {
    if (f.quantity === 'unknown') return;
    const key = levelKey(f);
    let list = groups.get(key);
    if (list === undefined) {
      list = [[]];
      groups.set(key, list);
      order.push(list[0]!);
    }
    let cur = list[list.length - 1]!;
    const same = cur.find(
      (x) => x.f.kind === f.kind && x.f.quantity === f.quantity && (x.f.base ?? '') === (f.base ?? ''),
    );
    if (same !== undefined) {
      if (same.f.value === f.value && same.f.raw === f.raw) return; // an identical restatement
      cur = [];
      list.push(cur);
      order.push(cur);
    }
    cur.push({ f, i });
  });
  return order.filter((r) => r.length > 0);
}

const baseOf = (f: ReportFigure): string | undefined => {
  if (f.base !== undefined) return f.base === 'unstated' || f.base === 'plan' ? undefined : f.base;
  return defaultBase(f.quantity);
};

function pow10(d: number): bigint {
  return 10n ** BigInt(d);
}

/** The printed rate in integer units of its last digit, when it is a plain rounding (no hedge, no range). */
function printedUnits(f: ReportFigure): { units: bigint; d: number } | null {
  if (f.value === null || f.hedge !== undefined || f.decimals === undefined) return null;
  const d = f.decimals;
  const units = Math.round(f.value * 10 ** d);
  if (Math.abs(units / 10 ** d - f.value) > 1e-9) return null;
  return { units: BigInt(units), d };
}

/** How an exact ratio n/N × 100 relates to a printed rounding: `holds`, a rounding-only break, or a break. */
function ratioVersusPrinted(
  n: number,
  N: number,
  p: { units: bigint; d: number },
): 'holds' | RoundingOnly | 'breaks' {
  const num = BigInt(n) * 100n * pow10(p.d); // ratio in units = num / N
  const den = BigInt(N);
  const P = p.units;
  // half-up: P − ½ ≤ num/den < P + ½  (100 % printed allows [99,5; 100])
  if ((2n * P - 1n) * den <= 2n * num && 2n * num < (2n * P + 1n) * den) return 'holds';
  if (P * den <= num && num < (P + 1n) * den) return 'truncation';
  if ((2n * P - 3n) * den <= 2n * num && 2n * num < (2n * P + 3n) * den) return 'last-digit';
  return 'breaks';
}

function alternativeBases(base: string): readonly string[] {
  return base.startsWith('dossiers.')
    ? ['dossiers.resolved', 'dossiers.received', 'dossiers.total', 'dossiers.due'].filter((b) => b !== base)
    : [];
}

/** Whether `g` states its value more narrowly than `f` (a hedged "trên 88,51%" within a headline's "trên 88%"). */
function narrower(g: ReportFigure, f: ReportFigure): boolean {
  const a = rangeOf(g);
  const b = rangeOf(f);
  return a !== null && b !== null && a.hi - a.lo < b.hi - b.lo - EPS;
}

/** Whether a rate's interval admits the ratio of two counts' ranges. */
function fits(n: ReportFigure, N: ReportFigure, r: ReportFigure): boolean {
  const nr = rangeOf(n);
  const Nr = rangeOf(N);
  const rr = rangeOf(r);
  if (nr === null || Nr === null || rr === null || Nr.hi <= 0) return false;
  const pu = printedUnits(r);
  if (pu !== null && isExactCount(n) && isExactCount(N))
    return ratioVersusPrinted(n.value ?? 0, N.value ?? 0, pu) === 'holds';
  const ratio: Range = {
    lo: (Math.max(0, nr.lo) * 100) / Nr.hi,
    hi: Nr.lo > 0 ? (nr.hi * 100) / Nr.lo : Number.POSITIVE_INFINITY,
    loIn: true,
    hiIn: true,
  };
  return overlaps(ratio, rr);
}

/**
 * Audit figures in the generic model (kiểm tra số liệu báo cáo): the relations of
 * {@link FIGURE_RELATIONS} on counts and on rates, each rate against its counts, rates printed
 * without counts for feasibility (several rates over one unstated base imply whole totals that must
 * overlap; the ranges come from `impliedDenominators`). Every check ends `holds`, `breaks` (with
 * the numbers on both sides) or `cannot_check` (with what was missing); the verdict is never a
 * silent empty list.
 *
 * @param figures - The figures (from `extractReportFigures` or built by hand).
 * @param options - Locale, whether rounding-only breaks are findings, the relations.
 * @returns The checks, the findings and the verdict.
 * @example
 * const f = (quantity: string, value: number): ReportFigure => ({ raw: String(value), start: 0, end: 0, kind: 'count', quantity, value });
 * auditFigures([f('dossiers.resolved', 3927), f('dossiers.resolved.earlyOrOnTime', 3008), f('dossiers.resolved.late', 22)]).verdict
 * // => 'inconsistent'
 */
export function auditFigures(
  figures: readonly ReportFigure[],
  options: AuditFiguresOptions = {},
): FigureAudit {
  const locale: Locale = options.locale ?? 'vi';
  const roundingIsFinding = options.roundingIsFinding ?? true;
  const relations = options.relations ?? FIGURE_RELATIONS;
  const checks: FigureCheck[] = [];
  const push = (p: FigureCheckParams, idx: readonly number[], left: string, right: string): void => {
    const messages = { vi: FIGURE_CHECK_MESSAGES.vi(p), en: FIGURE_CHECK_MESSAGES.en(p) };
    checks.push({
      rule: p.rule,
      relation: p.whole,
      figures: idx,
      outcome: p.outcome,
      ...(p.roundingOnly !== undefined ? { roundingOnly: p.roundingOnly } : {}),
      left,
      right,
      gap: p.gap,
      ...(p.missing !== undefined ? { missing: p.missing } : {}),
      message: messages[locale],
      messages,
    });
  };

  // A base printed once in the whole text ("Huyện Bình Giang hiện có 143 công chức xã" in one
  // paragraph, the shares of training levels in the next) is the base of the shares of another
  // paragraph that find neither their count nor their base in their own record.
  const countsOf = new Map<string, Indexed[]>();
  figures.forEach((f, i) => {
    if (f.kind !== 'count' || f.quantity === 'unknown') return;
    const list = countsOf.get(f.quantity) ?? [];
    list.push({ f, i });
    countsOf.set(f.quantity, list);
  });
  const unscoped = (f: ReportFigure): string => levelKey({ ...f, scope: 0 });
  const documentBase = (base: string, f: ReportFigure): Indexed | undefined => {
    const list = countsOf.get(base);
    const only = list?.length === 1 ? list[0] : undefined;
    return only !== undefined && isExactCount(only.f) && unscoped(only.f) === unscoped(f) ? only : undefined;
  };
  const pairsByScope = new Map<string, { base: string; rate: Indexed; n: Indexed }[]>();
  for (const rec of records(figures)) {
    const count = (q: string): Indexed | undefined =>
      rec.find((x) => x.f.kind === 'count' && x.f.quantity === q);
    const rate = (q: string, base: string): Indexed | undefined =>
      rec.find(
        (x) => (x.f.kind === 'rate' || x.f.kind === 'share') && x.f.quantity === q && baseOf(x.f) === base,
      );

    // Sums on counts.
    const usedSums = new Set<string>();
    for (const r of relations) {
      const whole = count(r.whole);
      const parts = r.parts.map(count);
      const present = parts.filter((p): p is Indexed => p !== undefined);
      if (whole === undefined || present.length === 0) continue;
      const wr = rangeOf(whole.f);
      const prs = present.map((p) => rangeOf(p.f));
      if (wr === null || prs.some((x) => x === null)) continue;
      const key = [whole.i, ...present.map((p) => p.i)].join(',');
      if (usedSums.has(key)) continue;
      usedSums.add(key);
      const sum = sumRanges(prs as Range[]);
      const wi = intRange(wr);
      const si = intRange(sum);
      const idx = [whole.i, ...present.map((p) => p.i)];
      const rightText = present.map((p) => p.f.raw).join(' + ');
      if (r.complete && present.length === parts.length) {
        const ok = wi !== null && si !== null && !(wi.hi < si.lo || si.hi < wi.lo);
        const gap = ok || wi === null || si === null ? 0 : wi.hi < si.lo ? si.lo - wi.hi : wi.lo - si.hi;
        push(
          {
            rule: 'parts_sum_to_whole',
            outcome: ok ? 'holds' : 'breaks',
            whole: r.whole,
            left: wr,
            right: prs as Range[],
            gap,
          },
          idx,
          whole.f.raw,
          rightText,
        );
      } else {
        const ok = wi === null || si === null || si.lo <= wi.hi;
        const gap = ok || wi === null || si === null ? 0 : si.lo - wi.hi;
        push(
          {
            rule: 'part_le_whole',
            outcome: ok ? 'holds' : 'breaks',
            whole: r.whole,
            left: wr,
            right: prs as Range[],
            gap,
          },
          idx,
          whole.f.raw,
          rightText,
        );
      }
    }

    // Rates: against their counts, or feasibility.
    for (const x of rec) {
      if (x.f.kind !== 'rate' && x.f.kind !== 'share') continue;
      if (x.f.unit !== undefined && x.f.unit !== 'percent') continue;
      const base = baseOf(x.f);
      if (base === undefined || base === x.f.quantity) continue;
      const rr = rangeOf(x.f);
      if (rr === null) continue;
      const n = count(x.f.quantity);
      // An implied base that does not fit may be another the indicator is also printed over
      // (on-time over received rather than over resolved): try those before breaking.
      let N = count(base);
      if (n !== undefined && N !== undefined && x.f.base === undefined) {
        for (const alt of alternativeBases(base)) {
          const A = count(alt);
          if (A === undefined || A === N) continue;
          if (fits(n.f, A.f, x.f) && !fits(n.f, N.f, x.f)) N = A;
        }
      }
      if (n === undefined && N === undefined && x.f.kind === 'share') {
        const D = documentBase(base, x.f);
        if (D !== undefined && D.f.scope !== x.f.scope) N = D;
      }
      if (n !== undefined && N !== undefined) {
        const nr = rangeOf(n.f);
        const Nr = rangeOf(N.f);
        if (nr === null || Nr === null) continue;
        const pu = printedUnits(x.f);
        let outcome: CheckOutcome = 'holds';
        let ro: RoundingOnly | undefined;
        let gap = 0;
        if (pu !== null && isExactCount(n.f) && isExactCount(N.f) && (N.f.value ?? 0) > 0) {
          const res = ratioVersusPrinted(n.f.value ?? 0, N.f.value ?? 0, pu);
          if (res !== 'holds') {
            outcome = 'breaks';
            if (res !== 'breaks') ro = res;
            gap = Math.abs(((n.f.value ?? 0) * 100) / (N.f.value ?? 1) - (x.f.value ?? 0));
          }
        } else if (Nr.hi > 0) {
          const ratio: Range = {
            lo: (Math.max(0, nr.lo) * 100) / Nr.hi,
            hi: Nr.lo > 0 ? (nr.hi * 100) / Nr.lo : Number.POSITIVE_INFINITY,
            loIn: true,
            hiIn: true,
          };
          if (!overlaps(ratio, rr)) {
            outcome = 'breaks';
            gap = ratio.hi < rr.lo ? rr.lo - ratio.hi : ratio.lo - rr.hi;
          }
        }
        push(
          {
            rule: 'rate_matches_counts',
            outcome,
            whole: x.f.quantity,
            left: rr,
            right: [nr, Nr],
            gap,
            ...(ro ? { roundingOnly: ro } : {}),
          },
          [x.i, n.i, N.i],
          x.f.raw,
          `${n.f.raw} / ${N.f.raw}`,
        );
      } else if (N !== undefined && isExactCount(N.f)) {
        const Nv = N.f.value ?? 0;
        // Two different counts of the base in one record ("6/10 người … 2/6 đạt 33,33%"): the text
        // does not say which one the rate is over, so the rate is not tied to either.
        const sameBase = [...rec, ...(countsOf.get(base) ?? [])].filter(
          (y) => y.f.kind === 'count' && y.f.quantity === base && unscoped(y.f) === unscoped(N.f),
        );
        if (sameBase.some((y) => y.f.value !== N.f.value)) continue;
        const pu = printedUnits(x.f);
        if (Nv <= 0 || pu === null) continue;
        // Is there a whole k with k / N in the printed rounding?
        const k = Math.round(((x.f.value ?? 0) * Nv) / 100);
        let best: 'holds' | RoundingOnly | 'breaks' = 'breaks';
        for (const c of [k - 1, k, k + 1]) {
          if (c < 0 || c > Nv) continue;
          const res = ratioVersusPrinted(c, Nv, pu);
          if (res === 'holds') best = 'holds';
          else if (best !== 'holds' && res !== 'breaks') best = res;
        }
        push(
          {
            rule: 'rate_feasible',
            outcome: best === 'holds' ? 'holds' : 'breaks',
            whole: x.f.quantity,
            left: rr,
            right: [Nv],
            gap: 0,
            ...(best !== 'holds' && best !== 'breaks' ? { roundingOnly: best } : {}),
          },
          [x.i, N.i],
          x.f.raw,
          N.f.raw,
        );
      } else if (n !== undefined && isExactCount(n.f) && N === undefined) {
        const key = levelKey(x.f);
        const list = pairsByScope.get(key) ?? [];
        list.push({ base, rate: x, n });
        pairsByScope.set(key, list);
      } else if (n === undefined && N === undefined && x.f.kind === 'rate') {
        push(
          {
            rule: 'rate_matches_counts',
            outcome: 'cannot_check',
            whole: x.f.quantity,
            left: rr,
            right: [],
            gap: 0,
            missing: [x.f.quantity, base],
          },
          [x.i],
          x.f.raw,
          '',
        );
      }
    }

    // Relations on rates: the parts' rates over one base add up to the whole's rate, and the parts'
    // shares of the whole (complete breakdown) add up to 100.
    for (const r of relations) {
      const over = r.parts.map((p) => rate(p, r.whole));
      const given = over.filter((x): x is Indexed => x !== undefined).sort((a, b) => a.i - b.i);
      // Shares of disjoint parts of one whole: a partial list adds up to at most 100, and a list
      // with its remainder ("5% còn lại là …") to 100.
      if (given.length >= 2 && !(r.complete && given.length === r.parts.length)) {
        const prs = given.map((x) => rangeOf(x.f));
        if (prs.every((x) => x !== null)) {
          const sum = sumRanges(prs as Range[]);
          const complete = given.some((x) => x.f.remainder === true);
          const target: Range = complete
            ? { lo: 100, hi: 100, loIn: true, hiIn: true }
            : { lo: 0, hi: 100, loIn: true, hiIn: true };
          const ok = overlaps(sum, target);
          const unit = Math.max(...given.map((x) => 10 ** -(x.f.decimals ?? 0)));
          const near = overlaps(widen(sum, unit), target);
          push(
            {
              rule: complete ? 'shares_sum_to_100' : 'part_le_whole',
              outcome: ok ? 'holds' : 'breaks',
              whole: r.whole,
              left: complete ? 100 : { lo: 0, hi: 100, loIn: true, hiIn: true },
              right: prs as Range[],
              gap: ok ? 0 : Math.min(Math.abs(sum.lo - 100), Math.abs(sum.hi - 100)),
              ...(!ok && near && given.every((x) => x.f.hedge === undefined)
                ? { roundingOnly: 'last-digit' as const }
                : {}),
            },
            given.map((x) => x.i),
            '100%',
            given.map((x) => x.f.raw).join(' + '),
          );
        }
      }
      // The rates of some parts over the whole's own base are at most the whole's rate (clean
      // water within hygienic water: 36% ≤ 94%).
      const ownBase = defaultBase(r.whole);
      if (ownBase !== undefined && ownBase !== r.whole) {
        const wholeRate = rate(r.whole, ownBase);
        const partRates = r.parts.map((p) => rate(p, ownBase)).filter((x): x is Indexed => x !== undefined);
        if (
          wholeRate !== undefined &&
          partRates.length > 0 &&
          !(r.complete && partRates.length === r.parts.length)
        ) {
          const wr = rangeOf(wholeRate.f);
          const prs = partRates.map((x) => rangeOf(x.f));
          if (wr !== null && prs.every((x) => x !== null)) {
            const sum = sumRanges(prs as Range[]);
            const ok = sum.lo < wr.hi - EPS || (Math.abs(sum.lo - wr.hi) < EPS && sum.loIn && wr.hiIn);
            push(
              {
                rule: 'part_le_whole',
                outcome: ok ? 'holds' : 'breaks',
                whole: r.whole,
                left: wr,
                right: prs as Range[],
                gap: ok ? 0 : sum.lo - wr.hi,
              },
              [wholeRate.i, ...partRates.map((x) => x.i)],
              wholeRate.f.raw,
              partRates.map((x) => x.f.raw).join(' + '),
            );
          }
        }
      }
      if (!r.complete) continue;
      const partsOverWhole = over;
      if (partsOverWhole.every((x) => x !== undefined) && partsOverWhole.length > 1) {
        const prs = (partsOverWhole as Indexed[]).map((x) => rangeOf(x.f));
        if (prs.every((x) => x !== null)) {
          const sum = sumRanges(prs as Range[]);
          const hundred: Range = { lo: 100, hi: 100, loIn: true, hiIn: true };
          const ok = overlaps(sum, hundred);
          const unit = Math.max(...(partsOverWhole as Indexed[]).map((x) => 10 ** -(x.f.decimals ?? 0)));
          const near = overlaps(widen(sum, unit), hundred);
          push(
            {
              rule: 'shares_sum_to_100',
              outcome: ok ? 'holds' : 'breaks',
              whole: r.whole,
              left: 100,
              right: prs as Range[],
              gap: ok ? 0 : Math.min(Math.abs(sum.lo - 100), Math.abs(sum.hi - 100)),
              ...(!ok && near ? { roundingOnly: 'last-digit' as const } : {}),
            },
            (partsOverWhole as Indexed[]).map((x) => x.i),
            '100%',
            (partsOverWhole as Indexed[]).map((x) => x.f.raw).join(' + '),
          );
        }
      }
      const base = defaultBase(r.whole);
      if (base === undefined || base === r.whole) continue;
      const wholeRate = rate(r.whole, base);
      const partRates = r.parts.map((p) => rate(p, base));
      if (wholeRate === undefined || !partRates.every((x) => x !== undefined)) continue;
      const wr = rangeOf(wholeRate.f);
      const prs = (partRates as Indexed[]).map((x) => rangeOf(x.f));
      if (wr === null || !prs.every((x) => x !== null)) continue;
      const sum = sumRanges(prs as Range[]);
      const ok = overlaps(sum, wr);
      const unit = 10 ** -(wholeRate.f.decimals ?? 0);
      push(
        {
          rule: 'combined_rate',
          outcome: ok ? 'holds' : 'breaks',
          whole: r.whole,
          left: wr,
          right: prs as Range[],
          gap: ok ? 0 : Math.min(Math.abs(sum.lo - wr.hi), Math.abs(sum.hi - wr.lo)),
          ...(!ok && overlaps(widen(sum, unit), wr) ? { roundingOnly: 'last-digit' as const } : {}),
        },
        [wholeRate.i, ...(partRates as Indexed[]).map((x) => x.i)],
        wholeRate.f.raw,
        (partRates as Indexed[]).map((x) => x.f.raw).join(' + '),
      );
    }

    // Changes against an earlier value that is not printed.
    for (const x of rec) {
      if (x.f.kind !== 'change' || x.f.value === null) continue;
      const now = count(x.f.quantity);
      if (now === undefined || x.f.unit === 'percent' || x.f.unit === 'points') continue;
      push(
        {
          rule: 'change_matches',
          outcome: 'cannot_check',
          whole: x.f.quantity,
          left: x.f.value,
          right: [],
          gap: 0,
          missing: [`${x.f.quantity} (earlier)`],
        },
        [now.i, x.i],
        x.f.raw,
        '',
      );
    }
  }

  // Several rates over one unstated base: the totals they imply must overlap. Pairs of a count and
  // its rate are gathered over a scope; a quantity printed twice there is left out (two rows).
  const commonTotal = (base: string, list: readonly { rate: Indexed; n: Indexed }[]): void => {
    {
      const ranges: { lo: number; hi: number }[] = [];
      let usable = true;
      for (const { rate: r, n } of list) {
        const pu = printedUnits(r.f);
        if (pu === null || (r.f.value ?? 0) <= 0) {
          usable = false;
          break;
        }
        const printed = (Number(pu.units) / 10 ** pu.d).toFixed(pu.d);
        const iv = impliedDenominators(n.f.value ?? 0, printed, pu.d, 'half-up');
        if (iv === null) {
          ranges.push({ lo: Number.NaN, hi: Number.NaN });
          continue;
        }
        ranges.push({ lo: iv.min, hi: iv.max ?? Number.POSITIVE_INFINITY });
      }
      if (!usable) return;
      const valid = ranges.every((r) => !Number.isNaN(r.lo));
      const lo = Math.max(...ranges.map((r) => r.lo));
      const hi = Math.min(...ranges.map((r) => r.hi));
      const ok = valid && lo <= hi;
      const idx = list.flatMap(({ rate: r, n }) => [n.i, r.i]);
      push(
        {
          rule: 'rates_imply_common_total',
          outcome: ok ? 'holds' : 'breaks',
          whole: base,
          left: 0,
          right: ranges.map((r) => ({ lo: r.lo, hi: r.hi, loIn: true, hiIn: true })),
          gap: ok || !valid ? 0 : lo - hi,
        },
        idx,
        list.map(({ rate: r, n }) => `${n.f.raw} / ${r.f.raw}`).join('; '),
        ok ? `${vn(lo)}–${vn(hi)}` : 'no overlap',
      );
    }
  };
  for (const pairs of pairsByScope.values()) {
    const seen = new Map<string, number>();
    for (const p of pairs) seen.set(p.rate.f.quantity, (seen.get(p.rate.f.quantity) ?? 0) + 1);
    const byBase = new Map<string, { rate: Indexed; n: Indexed }[]>();
    for (const p of pairs) {
      if (seen.get(p.rate.f.quantity) !== 1) continue;
      const list = byBase.get(p.base) ?? [];
      list.push({ rate: p.rate, n: p.n });
      byBase.set(p.base, list);
    }
    for (const [base, list] of byBase) if (list.length >= 2) commonTotal(base, list);
  }
  // A hedged or rounded figure (often the headline) and the exact figure printed elsewhere: holds
  // when an exact figure of the quantity lies in the hedge's interval; otherwise nothing is said
  // (the exact figure may be of another unit or time).
  figures.forEach((f, i) => {
    if (f.hedge === undefined || f.quantity === 'unknown' || f.interval === undefined) return;
    // A bound ("từ 5% trở lên", "ít nhất 2.765") is not a rounding of any one value.
    if (f.interval.upper === null || (f.interval.upper === 100 && f.interval.upperInclusive)) return;
    if (f.kind !== 'count' && f.kind !== 'rate' && f.kind !== 'share') return;
    const r = rangeOf(f);
    if (r === null) return;
    const exact = figures
      .map((g, k) => ({ g, k }))
      .filter(
        ({ g, k }) =>
          k !== i &&
          (g.hedge === undefined || narrower(g, f)) &&
          g.kind === f.kind &&
          g.quantity === f.quantity &&
          baseOf(g) === baseOf(f) &&
          g.value !== null &&
          (g.kind === 'count' ? isExactCount(g) : true),
      );
    const fit = exact.find(({ g }) => {
      const gr = rangeOf(g);
      return gr !== null && overlaps(gr, r);
    });
    if (fit === undefined) return;
    push(
      {
        rule: 'hedge_matches_exact',
        outcome: 'holds',
        whole: f.quantity,
        left: r,
        right: [fit.g.value ?? 0],
        gap: 0,
      },
      [i, fit.k],
      f.raw,
      fit.g.raw,
    );
  });

  // Parts ≤ whole across paragraphs: a whole and parts each printed once in the text, whose
  // sentences name the same whole unit ("Kết quả toàn huyện có 3.594 hộ nghèo, 999 hộ cận nghèo"
  // … "Tổng số hộ dân cư toàn huyện … có 10.396 hộ"). Only the bound: the breakdown may be partial.
  const checkedSets = new Set(checks.map((c) => [...c.figures].sort((a, b) => a - b).join(',')));
  for (const r of relations) {
    const once = (q: string): Indexed | undefined => {
      const list = countsOf.get(q);
      const only = list?.length === 1 ? list[0] : undefined;
      return only !== undefined && isExactCount(only.f) && only.f.unitWords !== undefined ? only : undefined;
    };
    const whole = once(r.whole);
    if (whole === undefined) continue;
    const parts = r.parts
      .map(once)
      .filter((p): p is Indexed => p !== undefined && p.f.unitWords === whole.f.unitWords)
      .sort((a, b) => a.i - b.i);
    if (parts.length === 0 || parts.every((p) => p.f.scope === whole.f.scope)) continue;
    const idx = [whole.i, ...parts.map((p) => p.i)];
    if (checkedSets.has([...idx].sort((a, b) => a - b).join(','))) continue;
    const total = parts.reduce((a, p) => a + (p.f.value ?? 0), 0);
    const wv = whole.f.value ?? 0;
    const ok = total <= wv;
    push(
      {
        rule: 'part_le_whole',
        outcome: ok ? 'holds' : 'breaks',
        whole: r.whole,
        left: wv,
        right: parts.map((p) => p.f.value ?? 0),
        gap: ok ? 0 : total - wv,
      },
      idx,
      whole.f.raw,
      parts.map((p) => p.f.raw).join(' + '),
    );
  }

  // "tăng khoảng 3 lần, từ 10,76% … lên 30,1%": the ratio of the two values lies in the stated
  // times (read as "×3" or as "3 times more", either holds).
  figures.forEach((f, i) => {
    if (f.kind !== 'change' || f.unit !== 'times' || f.value === null) return;
    const a = figures[i + 1];
    const b = figures[i + 2];
    if (a === undefined || b === undefined || a.scope !== f.scope || b.scope !== f.scope) return;
    if (a.kind !== b.kind || a.quantity !== b.quantity || a.unit !== b.unit) return;
    const t = rangeOf(f);
    const ar = rangeOf(a);
    const br = rangeOf(b);
    if (t === null || ar === null || br === null || ar.lo <= 0) return;
    const ratio: Range = { lo: br.lo / ar.hi, hi: br.hi / ar.lo, loIn: true, hiIn: true };
    const more: Range = { lo: ratio.lo - 1, hi: ratio.hi - 1, loIn: true, hiIn: true };
    const ok = overlaps(ratio, t) || overlaps(more, t);
    push(
      {
        rule: 'ratio_matches',
        outcome: ok ? 'holds' : 'breaks',
        whole: a.quantity,
        left: t,
        right: [a.value ?? 0, b.value ?? 0],
        gap: ok ? 0 : Math.min(Math.abs(ratio.lo - t.hi), Math.abs(t.lo - ratio.hi)),
      },
      [i, i + 1, i + 2],
      f.raw,
      `${b.raw} / ${a.raw}`,
    );
  });

  // "từ 48,14% năm 2015 xuống dưới 33% năm 2020 (bình quân giảm trên 3%/năm)": a goal stated as
  // an end value and as a yearly change agrees with itself: |b − a| / (years) lies in the yearly figure.
  figures.forEach((f, i) => {
    const a = figures[i - 2];
    const b = figures[i - 1];
    if (f.unit !== 'points/year' || a === undefined || b === undefined) return;
    if (a.scope !== f.scope || b.scope !== f.scope || a.quantity !== b.quantity || b.quantity !== f.quantity)
      return;
    if (a.unit !== 'percent' || b.unit !== 'percent' || b.kind !== 'target') return;
    const y1 = Number(a.period);
    const y2 = Number(b.period);
    if (!Number.isInteger(y1) || !Number.isInteger(y2) || y2 <= y1 || a.period === undefined) return;
    const ar = rangeOf(a);
    const br = rangeOf(b);
    const fr = rangeOf(f);
    if (ar === null || br === null || fr === null) return;
    const years = y2 - y1;
    const down = (a.value ?? 0) > (b.value ?? 0);
    const lo = Math.max(0, down ? ar.lo - br.hi : br.lo - ar.hi) / years;
    const hi = (down ? ar.hi - br.lo : br.hi - ar.lo) / years;
    const yearly: Range = { lo, hi, loIn: true, hiIn: true };
    const ok = hi >= 0 && overlaps(yearly, fr);
    push(
      {
        rule: 'target_arithmetic',
        outcome: ok ? 'holds' : 'breaks',
        whole: f.quantity,
        left: fr,
        right: [ar, br, years],
        gap: ok ? 0 : Math.min(Math.abs(yearly.lo - fr.hi), Math.abs(fr.lo - yearly.hi)),
      },
      [i - 2, i - 1, i],
      f.raw,
      `|${b.raw} − ${a.raw}| / ${years}`,
    );
  });

  // Level rules: the units of a lower tier against the one unit above them.
  for (const set of FIGURE_LEVEL_SETS) {
    const tierOf = (f: ReportFigure): FigureTier | undefined => f.level?.tier;
    // Counts: one value per unit and quantity (identical restatements are one figure).
    const byQuantity = new Map<string, Map<string, Indexed[]>>();
    figures.forEach((f, i) => {
      const t = tierOf(f);
      if (f.kind !== 'count' || f.quantity === 'unknown' || f.hedge !== undefined) return;
      if (t !== set.lower && t !== set.higher) return;
      const units = byQuantity.get(f.quantity) ?? new Map<string, Indexed[]>();
      const key = `${t}|${f.level?.name ?? ''}`;
      const list = units.get(key) ?? [];
      if (!list.some((x) => x.f.value === f.value)) list.push({ f, i });
      units.set(key, list);
      byQuantity.set(f.quantity, units);
    });
    for (const [q, units] of byQuantity) {
      const wholes = [...units].filter(([k]) => k.startsWith(`${set.higher}|`));
      const parts = [...units].filter(([k]) => k.startsWith(`${set.lower}|`));
      if (wholes.length !== 1 || parts.length < 2) continue;
      if (wholes[0]![1].length !== 1 || parts.some(([, l]) => l.length !== 1)) continue;
      const whole = wholes[0]![1][0]!;
      const ps = parts.map(([, l]) => l[0]!).sort((a, b) => a.i - b.i);
      const wr = rangeOf(whole.f);
      const prs = ps.map((x) => rangeOf(x.f));
      if (wr === null || prs.some((x) => x === null)) continue;
      const complete = ps.length === set.units;
      const sum = sumRanges(prs as Range[]);
      const wi = intRange(wr);
      const si = intRange(sum);
      if (wi === null || si === null) continue;
      const ok = complete ? !(wi.hi < si.lo || si.hi < wi.lo) : si.lo <= wi.hi;
      const gap = ok ? 0 : si.lo > wi.hi ? si.lo - wi.hi : wi.lo - si.hi;
      push(
        {
          rule: 'level_sum',
          outcome: ok ? 'holds' : 'breaks',
          whole: q,
          left: wr,
          right: prs as Range[],
          gap,
          complete,
        },
        [whole.i, ...ps.map((x) => x.i)],
        whole.f.raw,
        ps.map((x) => x.f.raw).join(' + '),
      );
    }
    // Totals implied by each unit's rates (count / rate over one base), against the higher level's.
    const implied = new Map<
      string,
      { unit: string; tier: FigureTier; lo: number; hi: number; idx: number[] }
    >();
    for (const rec of records(figures)) {
      for (const x of rec) {
        const t = tierOf(x.f);
        if ((x.f.kind !== 'rate' && x.f.kind !== 'share') || (t !== set.lower && t !== set.higher)) continue;
        const base = baseOf(x.f);
        const pu = printedUnits(x.f);
        if (base === undefined || pu === null || (x.f.value ?? 0) <= 0) continue;
        const n = rec.find((y) => y.f.kind === 'count' && y.f.quantity === x.f.quantity && isExactCount(y.f));
        if (n === undefined) continue;
        const printed = (Number(pu.units) / 10 ** pu.d).toFixed(pu.d);
        const iv = impliedDenominators(n.f.value ?? 0, printed, pu.d, 'half-up');
        if (iv === null) continue;
        const key = `${base}|${t}|${x.f.level?.name ?? ''}`;
        const cur = implied.get(key);
        const hi = iv.max ?? Number.POSITIVE_INFINITY;
        implied.set(key, {
          unit: x.f.level?.name ?? '',
          tier: t,
          lo: Math.max(cur?.lo ?? 0, iv.min),
          hi: Math.min(cur?.hi ?? Number.POSITIVE_INFINITY, hi),
          idx: [...(cur?.idx ?? []), n.i, x.i],
        });
      }
    }
    const bases = new Set([...implied.keys()].map((k) => k.split('|')[0]!));
    for (const base of bases) {
      const rows = [...implied].filter(([k]) => k.startsWith(`${base}|`)).map(([, v]) => v);
      const whole = rows.filter((r) => r.tier === set.higher);
      const parts = rows.filter((r) => r.tier === set.lower);
      if (
        whole.length !== 1 ||
        parts.length < 1 ||
        parts.some((r) => r.lo > r.hi) ||
        whole[0]!.lo > whole[0]!.hi
      )
        continue;
      const W = whole[0]!;
      const complete = parts.length === set.units;
      if (!complete && parts.length < 1) continue;
      const lo = parts.reduce((a, r) => a + r.lo, 0);
      const hi = parts.reduce((a, r) => a + r.hi, 0);
      const ok = complete ? lo <= W.hi && hi >= W.lo : lo <= W.hi;
      const gap = ok ? 0 : lo > W.hi ? lo - W.hi : W.lo - hi;
      const rng = (a: number, b: number): Range => ({ lo: a, hi: b, loIn: true, hiIn: true });
      push(
        {
          rule: 'level_denominators_sum',
          outcome: ok ? 'holds' : 'breaks',
          whole: base,
          left: rng(W.lo, W.hi),
          right: parts.map((r) => rng(r.lo, r.hi)),
          gap,
          complete,
        },
        [...W.idx, ...parts.flatMap((r) => r.idx)],
        `${vn(W.lo)}–${vn(W.hi)}`,
        `${vn(lo)}–${vn(hi)}`,
      );
    }
  }

  // Lists the text announces as ordered: each item is not above (descending) or below
  // (ascending) the one before, within the printed roundings.
  const lists = new Map<number, Indexed[]>();
  figures.forEach((f, i) => {
    if (f.order === undefined || f.value === null) return;
    const list = lists.get(f.order.list) ?? [];
    list.push({ f, i });
    lists.set(f.order.list, list);
  });
  for (const list of lists.values()) {
    if (list.length < 2) continue;
    const descending = list[0]!.f.order?.direction === 'descending';
    const rs = list.map((x) => rangeOf(x.f));
    if (rs.some((x) => x === null)) continue;
    const ranges = rs as Range[];
    let at = -1;
    for (let k = 0; k + 1 < ranges.length && at < 0; k++) {
      const a = ranges[k]!;
      const b = ranges[k + 1]!;
      if (descending ? a.hi < b.lo - EPS : b.hi < a.lo - EPS) at = k;
    }
    const a = ranges[Math.max(at, 0)]!;
    const b = ranges[Math.max(at, 0) + 1]!;
    push(
      {
        rule: 'stated_order',
        outcome: at < 0 ? 'holds' : 'breaks',
        whole: list[0]!.f.quantity,
        left: descending ? -1 : 1,
        right: list.map((x) => x.f.value ?? 0),
        gap: at < 0 ? 0 : descending ? b.lo - a.hi : a.lo - b.hi,
        ...(at >= 0 ? { gapAt: at } : {}),
      },
      list.map((x) => x.i),
      descending ? 'descending' : 'ascending',
      list.map((x) => x.f.raw).join(descending ? ' ≥ ' : ' ≤ '),
    );
  }

  const isFinding = (c: FigureCheck): boolean =>
    c.outcome === 'breaks' && (roundingIsFinding || c.roundingOnly === undefined);
  const findings = checks.filter(isFinding);
  let verdict: ReportVerdict;
  if (findings.some((c) => c.roundingOnly === undefined)) verdict = 'inconsistent';
  else if (findings.length > 0) verdict = 'rounding_only';
  else if (checks.some((c) => c.outcome !== 'cannot_check')) verdict = 'consistent';
  else verdict = 'cannot_verify';
  return { checks, findings, verdict };
}

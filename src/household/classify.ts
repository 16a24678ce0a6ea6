import { type Locale, messageFor } from '../core/messages';
import {
  type DeprivationIndicator,
  HOUSEHOLD_CLASSES,
  INDICATOR_BIT,
  indicatorMask,
  KNOWN_DEPRIVATION_INDICATORS,
} from './indicators';
import { HOUSEHOLD_MESSAGES } from './messages';
import type {
  Household,
  HouseholdArea,
  HouseholdClass,
  MemberEducationLevel,
  MemberWorkStatus,
  RecordedHouseholdClass,
} from './schema';
import { indicatorsOf, type PovertyStandard } from './standards';

/** An age range `[fromAge, toAgeExclusive)` in completed years. */
export interface MemberAgeRange {
  /** First age included. */
  readonly fromAge: number;
  /** First age no longer included. */
  readonly toAgeExclusive: number;
}

/** An age band of the adult-education indicator and the lowest level it requires. */
export interface AdultEducationBand extends MemberAgeRange {
  /** Lowest education level that is not a deprivation in this band. */
  readonly minimumLevel: MemberEducationLevel;
}

/** Working age for the employment indicator, and which work statuses count as deprived. */
export interface EmploymentAgeRange extends MemberAgeRange {
  /** Deprived statuses (default `unemployed` and `employed-without-contract`). */
  readonly deprivedStatuses?: readonly MemberWorkStatus[];
}

/**
 * Thresholds for deriving the member-based indicators from member records (ngưỡng xác định thiếu
 * hụt theo thành viên). The exact legal thresholds are UNVERIFIED in the reference notes, so the
 * caller supplies them; each indicator given here is recomputed from the members (when the
 * household lists its members and its deprivations), the others are taken from the record.
 */
export interface MemberIndicatorThresholds {
  /** `health-insurance`: deprived when a member aged `minAge` or more has no health insurance (notes: 6). */
  readonly healthInsurance?: {
    /** Youngest age for which missing health insurance counts. */
    readonly minAge: number;
  };
  /** `school-attendance`: deprived when a child in the range does not attend school (notes: 3 to under 16). */
  readonly schoolAttendance?: MemberAgeRange;
  /** `nutrition`: deprived when a member under `underAge` is malnourished (notes: under 16). */
  readonly nutrition?: {
    /** Members younger than this are children for nutrition. */
    readonly underAge: number;
  };
  /** `adult-education`: deprived when a member in a band has a lower level than the band requires. */
  readonly adultEducation?: {
    /** Age bands and the lowest level each requires. */
    readonly bands: readonly AdultEducationBand[];
  };
  /** `employment`: deprived when a member of working age has one of `deprivedStatuses`. */
  readonly employment?: EmploymentAgeRange;
  /**
   * `dependants`: deprived when dependants (members under `childUnderAge`, from `elderlyFromAge`,
   * or unable to work) make up more than `shareAbove` (a fraction `[numerator, denominator]`,
   * notes: `[1, 2]`) of the members.
   */
  readonly dependants?: {
    /** Members younger than this are dependants. */
    readonly childUnderAge: number;
    /** Members this old or older are dependants. */
    readonly elderlyFromAge: number;
    /** Share of dependants above which the household is deprived, as `[numerator, denominator]`. */
    readonly shareAbove: readonly [number, number];
  };
}

/** How to classify: by income (default when there is one), or by review scores A and B. */
export type HouseholdClassMethod = 'auto' | 'income' | 'scores';

/** Options of {@link classifyHousehold}, also used by {@link tallyHouseholds}. */
export interface ClassifyHouseholdOptions {
  /** `auto` (default): income when the household has one, else scores. */
  readonly method?: HouseholdClassMethod;
  /** Caller-supplied thresholds for deriving member-based indicators. */
  readonly memberThresholds?: MemberIndicatorThresholds;
  /**
   * `classify` (default): classify the average living standard (a household above the poverty
   * line is unclassifiable, reason `noAverageLine`, when the standard's line is unset); `skip`:
   * households above the near-poverty line are `none`.
   */
  readonly averageLivingStandard?: 'classify' | 'skip';
  /** Language of the reasons (default `vi`). */
  readonly locale?: Locale;
}

/** One comparison made while classifying: a measure against a line. */
export interface HouseholdLineTest {
  /** What was compared: income per person or score A. */
  readonly measure: 'income' | 'score-a';
  /** The household's value. */
  readonly value: number;
  /** Which line. */
  readonly line: 'poverty' | 'near-poverty' | 'average-living-standard';
  /** The line's value. */
  readonly lineValue: number;
  /** Whether the value is at or below the line. */
  readonly atOrBelow: boolean;
}

/** A reason in words, with its stable code and values. */
export interface HouseholdReason {
  /** Stable code, e.g. `vn.household.reason.income_at_or_below`. */
  readonly code: string;
  /** Message in the requested language. */
  readonly message: string;
  /** Values the message was built from. */
  readonly params: Readonly<Record<string, unknown>>;
}

/** What every result of {@link classifyHousehold} says, classified or not. */
export interface HouseholdClassificationBase {
  /** Household code. */
  readonly code: string;
  /** The route used (or that was to be used, for an unclassifiable household). */
  readonly method: 'income' | 'scores';
  /** Identifier of the standard applied. */
  readonly standardId: string;
  /** Area whose lines were used. */
  readonly area: HouseholdArea;
  /** The line comparisons, in the order made (those made before classification stopped, if it did). */
  readonly lineTests: readonly HouseholdLineTest[];
  /** Deprived indicators, in the standard's order (empty when only a count is known). */
  readonly deprivedIndicators: readonly DeprivationIndicator[];
  /**
   * Listed indicators the standard does not have (e.g. `waste-treatment` under the 2022–2025
   * standard), not counted. A household with a review date never has any: the schema rejects them
   * (`vn.household.indicator_not_in_standard`).
   */
  readonly ignoredIndicators: readonly DeprivationIndicator[];
  /** Number of deprivations counted. */
  readonly deprivationCount: number;
  /**
   * Whether the household's deprivations were known (a list, a count or a score B). When not, they
   * count as 0, so a household under the line is near-poor: check such records.
   */
  readonly deprivationsKnown: boolean;
  /** The standard's cut-off (3). */
  readonly deprivationCutoff: number;
  /** Whether deprivations were compared with the cut-off (only when income or score A is under a line). */
  readonly deprivationsDecisive: boolean;
  /** Class recorded by the review, or `null`. */
  readonly recordedClass: RecordedHouseholdClass | null;
  /** The reasons in words (for an unclassifiable household, the last one says why). */
  readonly reasons: readonly HouseholdReason[];
}

/** A household {@link classifyHousehold} could classify: the class and why. */
export interface HouseholdClassified extends HouseholdClassificationBase {
  /** `classified`. */
  readonly kind: 'classified';
  /** The computed class. */
  readonly class: HouseholdClass;
  /** `true` when a recorded class exists and differs (`not-poor` agrees with `average` and `none`). */
  readonly disagreesWithRecord: boolean;
}

/**
 * The stable code of each {@link HouseholdUnclassifiableReason} (mã lý do không phân loại được).
 */
export type HouseholdUnclassifiableCode =
  | 'vn.household.unclassifiable.no_income'
  | 'vn.household.unclassifiable.no_score_a'
  | 'vn.household.unclassifiable.no_scoring'
  | 'vn.household.unclassifiable.no_average_line';

/** The parameters of an unclassifiable result's message: the household, the standard, the area. */
export interface HouseholdUnclassifiableParams {
  /** Household code. */
  readonly household: string;
  /** Identifier of the standard. */
  readonly standard: string;
  /** The household's area. */
  readonly area: HouseholdArea;
}

/**
 * A household the schema accepted that {@link classifyHousehold} cannot classify under the
 * standard (hộ không phân loại được): a value the rule needs is missing (see
 * {@link HouseholdUnclassifiableReason}). `class` is `null`; the reason has its stable code, raw
 * parameters and message, as the tallies count it in `unclassifiable`.
 */
export interface HouseholdUnclassifiable extends HouseholdClassificationBase {
  /** `unclassifiable`. */
  readonly kind: 'unclassifiable';
  /** No class. */
  readonly class: null;
  /** Never: there is no computed class to compare. */
  readonly disagreesWithRecord: false;
  /** Why, as a key of {@link HOUSEHOLD_UNCLASSIFIABLE_REASONS}. */
  readonly reason: HouseholdUnclassifiableReason;
  /** The reason's stable code, e.g. `vn.household.unclassifiable.no_scoring`. */
  readonly reasonCode: HouseholdUnclassifiableCode;
  /** The raw parameters of the reason's message. */
  readonly params: HouseholdUnclassifiableParams;
  /** The reason in the requested language. */
  readonly message: string;
}

/**
 * The result of {@link classifyHousehold}: the class and why (`kind: 'classified'`), or why the
 * household cannot be classified (`kind: 'unclassifiable'`, `class: null`).
 */
export type HouseholdClassification = HouseholdClassified | HouseholdUnclassifiable;

/** @internal The bit mask of the indicators a standard has. */
export function standardMask(s: PovertyStandard): number {
  return indicatorMask(indicatorsOf(s));
}

/** @internal Class codes in tally order. */
export const CLASS_ORDER = HOUSEHOLD_CLASSES;

const EDUCATION_RANK: Readonly<Record<MemberEducationLevel, number>> = {
  none: 0,
  primary: 1,
  'lower-secondary': 2,
  'upper-secondary': 3,
  'vocational-elementary': 3,
  'vocational-intermediate': 3,
  college: 4,
  university: 5,
};

const DEFAULT_DEPRIVED_WORK: readonly MemberWorkStatus[] = ['unemployed', 'employed-without-contract'];

const BIT_EMPLOYMENT = 1 << 0;
const BIT_DEPENDANTS = 1 << 1;
const BIT_NUTRITION = 1 << 2;
const BIT_HEALTH = 1 << 3;
const BIT_ADULT_EDU = 1 << 4;
const BIT_SCHOOL = 1 << 5;

/** @internal Population count of an indicator mask. */
export function popcount(mask: number): number {
  let n = 0;
  while (mask !== 0) {
    mask &= mask - 1;
    n++;
  }
  return n;
}

/**
 * @internal What {@link evaluateHousehold} found besides the class, written into an object the
 * caller owns (one per loop, so nothing is allocated per household and no state is shared).
 */
export interface HouseholdEvaluation {
  /** Deprived indicators of the standard, as a bit mask. */
  mask: number;
  /** Listed indicators the standard does not have, as a bit mask (not counted). */
  ignored: number;
  /** Deprivations counted. */
  count: number;
  /** Whether the deprivations were known. */
  known: boolean;
  /** The route used. */
  method: 'income' | 'scores';
}

/** @internal A fresh {@link HouseholdEvaluation} for a caller to reuse. */
export function newHouseholdEvaluation(): HouseholdEvaluation {
  return { mask: 0, ignored: 0, count: 0, known: true, method: 'income' };
}

/**
 * Why a household the schema accepted cannot be classified under a standard (hộ không phân loại
 * được), each counted in the tally's `unclassifiable` rather than thrown:
 *
 * - `noIncome`: classification by income asked for (`method: 'income'`) and the household has no
 *   income per person;
 * - `noScoreA`: classification by scores asked for and the household has no score A;
 * - `noScoring`: the scores route, and the standard has no review scoring (UNVERIFIED for
 *   2016–2021 and 2027–2030: supply one with `customPovertyStandard(base, { scoring, legalBasis })`);
 * - `noAverageLine`: income above the poverty line, the average living standard is to be
 *   classified and the standard's line for the area is unset (UNVERIFIED for 2016–2021 and
 *   2027–2030: supply it, or pass `averageLivingStandard: 'skip'`).
 */
export type HouseholdUnclassifiableReason = 'noIncome' | 'noScoreA' | 'noScoring' | 'noAverageLine';

/**
 * The reasons of {@link HouseholdUnclassifiableReason} in tally order, with a stable code and a
 * label in Vietnamese and English (lý do không phân loại được).
 *
 * @example
 * HOUSEHOLD_UNCLASSIFIABLE_REASONS.noScoring.code // => 'vn.household.unclassifiable.no_scoring'
 * Object.keys(HOUSEHOLD_UNCLASSIFIABLE_REASONS) // => ['noIncome', 'noScoreA', 'noScoring', 'noAverageLine']
 */
export const HOUSEHOLD_UNCLASSIFIABLE_REASONS: Readonly<
  Record<
    HouseholdUnclassifiableReason,
    { readonly code: HouseholdUnclassifiableCode; readonly vi: string; readonly en: string }
  >
> = /* @__PURE__ */ Object.freeze({
  noIncome: {
    code: 'vn.household.unclassifiable.no_income',
    vi: 'Không có thu nhập bình quân để phân loại theo thu nhập',
    en: 'No income per person to classify by income',
  },
  noScoreA: {
    code: 'vn.household.unclassifiable.no_score_a',
    vi: 'Không có điểm A để phân loại theo điểm',
    en: 'No score A to classify by scores',
  },
  noScoring: {
    code: 'vn.household.unclassifiable.no_scoring',
    vi: 'Chuẩn nghèo chưa có cách chấm điểm đã kiểm chứng',
    en: 'The standard has no verified review scoring',
  },
  noAverageLine: {
    code: 'vn.household.unclassifiable.no_average_line',
    vi: 'Chuẩn nghèo chưa có chuẩn mức sống trung bình của khu vực',
    en: 'The standard has no average-living-standard line for the area',
  },
});

/** @internal Reason keys by the negative index {@link evaluateHousehold} returns (`-1 - i`). */
export const UNCLASSIFIABLE_ORDER = ['noIncome', 'noScoreA', 'noScoring', 'noAverageLine'] as const;

function memberMask(h: Household, t: MemberIndicatorThresholds): { clear: number; set: number } {
  const members = h.members ?? [];
  let clear = 0;
  let set = 0;
  if (t.healthInsurance) clear |= BIT_HEALTH;
  if (t.schoolAttendance) clear |= BIT_SCHOOL;
  if (t.nutrition) clear |= BIT_NUTRITION;
  if (t.adultEducation) clear |= BIT_ADULT_EDU;
  if (t.employment) clear |= BIT_EMPLOYMENT;
  if (t.dependants) clear |= BIT_DEPENDANTS;
  let dependants = 0;
  const workStatuses = t.employment?.deprivedStatuses ?? DEFAULT_DEPRIVED_WORK;
  for (let i = 0; i < members.length; i++) {
    const m = members[i]!;
    const age = m.age;
    if (t.healthInsurance && m.healthInsurance === false && age >= t.healthInsurance.minAge)
      set |= BIT_HEALTH;
    if (
      t.schoolAttendance &&
      m.attendingSchool === false &&
      age >= t.schoolAttendance.fromAge &&
      age < t.schoolAttendance.toAgeExclusive
    ) {
      set |= BIT_SCHOOL;
    }
    if (t.nutrition && m.malnourished === true && age < t.nutrition.underAge) set |= BIT_NUTRITION;
    if (t.adultEducation && m.education !== undefined) {
      const bands = t.adultEducation.bands;
      for (let b = 0; b < bands.length; b++) {
        const band = bands[b]!;
        if (
          age >= band.fromAge &&
          age < band.toAgeExclusive &&
          EDUCATION_RANK[m.education] < EDUCATION_RANK[band.minimumLevel]
        ) {
          set |= BIT_ADULT_EDU;
        }
      }
    }
    if (
      t.employment &&
      m.work !== undefined &&
      age >= t.employment.fromAge &&
      age < t.employment.toAgeExclusive &&
      workStatuses.includes(m.work)
    ) {
      set |= BIT_EMPLOYMENT;
    }
    if (
      t.dependants &&
      (age < t.dependants.childUnderAge || age >= t.dependants.elderlyFromAge || m.unableToWork === true)
    ) {
      dependants++;
    }
  }
  if (t.dependants && members.length > 0) {
    const [num, den] = t.dependants.shareAbove;
    if (dependants * den > num * members.length) set |= BIT_DEPENDANTS;
  }
  return { clear, set };
}

/**
 * @internal Classify without allocating reasons and without throwing: returns the class index
 * (0 poor, 1 near-poor, 2 average, 3 none), or `-1 - i` when the household cannot be classified
 * for reason `UNCLASSIFIABLE_ORDER[i]`; leaves the deprivation mask, the mask of listed indicators
 * the standard does not have (not counted), the count and the route in `out`. `allowed` is the
 * standard's indicator mask ({@link standardMask}), passed in by loops that compute it once.
 */
export function evaluateHousehold(
  h: Household,
  s: PovertyStandard,
  o: ClassifyHouseholdOptions,
  allowed: number,
  out: HouseholdEvaluation,
): number {
  // deprivations: only the standard's indicators count
  let mask = 0;
  let ignored = 0;
  let count: number;
  let known = true;
  const list = h.deprivations;
  if (list !== undefined) {
    for (let i = 0; i < list.length; i++) mask |= 1 << INDICATOR_BIT[list[i]!]!;
    const t = o.memberThresholds;
    if (t !== undefined && h.members !== undefined && h.members.length > 0) {
      const mm = memberMask(h, t);
      mask = (mask & ~mm.clear) | mm.set;
    }
    ignored = mask & ~allowed;
    mask &= allowed;
    count = popcount(mask);
  } else if (h.deprivationCount !== undefined) {
    count = h.deprivationCount;
  } else if (h.scoreB !== undefined && s.scoring !== null) {
    count = Math.floor(h.scoreB / s.scoring.pointsPerDeprivation);
  } else {
    count = 0;
    known = false;
  }
  out.mask = mask;
  out.ignored = ignored;
  out.count = count;
  out.known = known;
  const method = o.method ?? 'auto';
  const useIncome = method === 'income' || (method === 'auto' && h.incomePerPerson !== undefined);
  let value: number;
  let poverty: number;
  let nearPoverty: number;
  let average: number | null = null;
  if (useIncome) {
    out.method = 'income';
    if (h.incomePerPerson === undefined) return -1;
    value = h.incomePerPerson;
    const lines = s.incomeLines[h.area];
    poverty = lines.poverty;
    nearPoverty = lines.nearPoverty;
    average = lines.averageLivingStandard;
  } else {
    const scoring = s.scoring;
    out.method = 'scores';
    if (scoring === null) return -3;
    if (h.scoreA === undefined) return -2;
    value = h.scoreA;
    // On the scores route the review's score B decides (Thông tư 07/2021: 10 points a
    // deprivation); a listed deprivation set or count only stands in when B is missing.
    if (h.scoreB !== undefined) {
      const p = scoring.pointsPerDeprivation;
      count = (h.scoreB - (h.scoreB % p)) / p;
      known = true;
    } else if (list === undefined && h.deprivationCount === undefined) {
      count = 0;
      known = false;
    }
    poverty = scoring.lines[h.area].poverty;
    nearPoverty = scoring.lines[h.area].nearPoverty;
  }
  out.count = count;
  out.known = known;
  const deprived = count >= s.deprivationCutoff;
  if (s.rule === 'income-and-deprivations') {
    if (value <= poverty) return deprived ? 0 : 1;
  } else {
    if (value <= poverty) return 0;
    if (value <= nearPoverty) return deprived ? 0 : 1;
  }
  if (!useIncome || o.averageLivingStandard === 'skip') return 3;
  if (average === null) return -4;
  return value <= average ? 2 : 3;
}

/** @internal Whether a recorded class disagrees with a computed one. */
export function disagrees(recorded: RecordedHouseholdClass | undefined, computed: HouseholdClass): boolean {
  if (recorded === undefined) return false;
  if (recorded === 'not-poor') return computed === 'poor' || computed === 'near-poor';
  return recorded !== computed;
}

/**
 * Classify a household under a poverty standard (phân loại hộ nghèo, hộ cận nghèo, hộ có mức sống
 * trung bình), with the reasons: which lines income (or score A) was compared with, and which
 * indicators are deprived. Also says whether the class recorded by the review disagrees.
 *
 * Rules: from 2022 (`income-and-deprivations`) income ≤ poverty line and ≥ 3 deprivations → poor;
 * income ≤ poverty line and < 3 → near-poor; poverty line < income ≤ average line → average;
 * otherwise none. Under Quyết định 59/2015 (`lower-line-or-deprivations`) income ≤ poverty line →
 * poor; ≤ near-poverty line → poor with ≥ 3 deprivations, near-poor with fewer. The scores route
 * (Thông tư 07/2021/TT-BLĐTBXH) reads score A against 140 (rural) / 175 (urban) points and score B
 * at 10 points a deprivation; it cannot identify the average living standard, so a score A above
 * the line gives `none`. Only the standard's own indicators count (`standard.indicators`): under
 * 2027–2030 a waste-treatment deprivation counts, under 2022–2026 it is listed in
 * `ignoredIndicators` and not counted.
 *
 * Legal basis: Nghị định 07/2021/NĐ-CP, Điều 3; Nghị định 351/2025/NĐ-CP; Quyết định 59/2015/QĐ-TTg;
 * Thông tư 07/2021/TT-BLĐTBXH.
 *
 * @param household - A parsed household.
 * @param standard - The standard to apply (e.g. from {@link povertyStandardFor}).
 * @param options - Route, member thresholds, treatment of the average living standard, locale.
 * Never throws on a household the schema accepted: when a value the rule needs is missing (the
 * standard's average-living-standard line or review scoring, UNVERIFIED for 2016–2021 and
 * 2027–2030 and so caller-supplied; or the income / score A of the route asked for), the result
 * is `kind: 'unclassifiable'` with `class: null`, the reason's stable code
 * (`vn.household.unclassifiable.*`), its parameters and its message, as {@link tallyHouseholds}
 * counts it in `unclassifiable`.
 *
 * @returns The class, the line tests, the deprivations and the reasons; or why it cannot be classified.
 * @example
 * const s = povertyStandardFor('2024-10-10');
 * classifyHousehold({ code: 'H1', area: 'rural', incomePerPerson: 1_500_000,
 *   deprivations: ['health-insurance', 'sanitation', 'housing-area'] }, s).class // => 'poor'
 * classifyHousehold({ code: 'H2', area: 'urban', incomePerPerson: 2_000_001, deprivations: [] }, s).class
 * // => 'average'
 * const r = classifyHousehold({ code: 'H3', area: 'rural', scoreA: 120, scoreB: 30 }, povertyStandardFor('2027-10-01'));
 * [r.kind, r.class, r.kind === 'unclassifiable' ? r.reasonCode : ''] // => ['unclassifiable', null, 'vn.household.unclassifiable.no_scoring']
 */
export function classifyHousehold(
  household: Household,
  standard: PovertyStandard,
  options: ClassifyHouseholdOptions = {},
): HouseholdClassification {
  const ev = newHouseholdEvaluation();
  const idx = evaluateHousehold(household, standard, options, standardMask(standard), ev);
  const { mask, ignored, count, method, known } = ev;
  const locale = options.locale ?? 'vi';
  const area = household.area;
  const lineTests: HouseholdLineTest[] = [];
  const reasons: HouseholdReason[] = [];
  const say = (code: string, params: Record<string, unknown>): void => {
    reasons.push({ code, params, message: messageFor(code, params, locale, [HOUSEHOLD_MESSAGES]) });
  };
  const measure = method === 'income' ? 'income' : 'score-a';
  // The measure and the lines of the route, when the route has both (every class, and noAverageLine).
  const value = method === 'income' ? household.incomePerPerson : household.scoreA;
  const scoreLines = standard.scoring?.lines[area];
  const lines =
    method === 'income'
      ? standard.incomeLines[area]
      : scoreLines === undefined
        ? undefined
        : { ...scoreLines, averageLivingStandard: null as number | null };
  let deprivationsDecisive = false;
  if (value !== undefined && lines !== undefined) {
    const test = (line: HouseholdLineTest['line'], lineValue: number): boolean => {
      const atOrBelow = value <= lineValue;
      lineTests.push({ measure, value, line, lineValue, atOrBelow });
      return atOrBelow;
    };
    const avgApplies =
      method === 'income' && options.averageLivingStandard !== 'skip' && lines.averageLivingStandard !== null;
    if (test('poverty', lines.poverty)) {
      deprivationsDecisive = standard.rule === 'income-and-deprivations';
    } else if (standard.rule === 'lower-line-or-deprivations' && test('near-poverty', lines.nearPoverty)) {
      deprivationsDecisive = true;
    } else if (avgApplies) {
      test('average-living-standard', lines.averageLivingStandard!);
    }
  }
  const deprivedIndicators: DeprivationIndicator[] = [];
  for (const k of indicatorsOf(standard)) if (mask & (1 << INDICATOR_BIT[k]!)) deprivedIndicators.push(k);
  const ignoredIndicators: DeprivationIndicator[] = [];
  for (let i = 0; i < KNOWN_DEPRIVATION_INDICATORS.length; i++)
    if (ignored & (1 << i)) ignoredIndicators.push(KNOWN_DEPRIVATION_INDICATORS[i]!);
  for (const t of lineTests) {
    const base = method === 'income' ? 'vn.household.reason.income' : 'vn.household.reason.score';
    say(`${base}_${t.atOrBelow ? 'at_or_below' : 'above'}`, {
      value: t.value,
      line: t.line,
      lineValue: t.lineValue,
      area,
    });
  }
  if (ignoredIndicators.length > 0) {
    say('vn.household.reason.indicators_not_in_standard', {
      standard: standard.id,
      indicators: ignoredIndicators,
    });
  }
  if (deprivationsDecisive || count > 0) {
    say('vn.household.reason.deprivations', {
      count,
      cutoff: standard.deprivationCutoff,
      indicators: deprivedIndicators,
    });
  }
  const recorded = household.recordedClass;
  const common = {
    code: household.code,
    method,
    standardId: standard.id,
    area,
    lineTests,
    deprivedIndicators,
    ignoredIndicators,
    deprivationCount: count,
    deprivationsKnown: known,
    deprivationCutoff: standard.deprivationCutoff,
    deprivationsDecisive,
    recordedClass: recorded ?? null,
    reasons,
  };
  if (idx < 0) {
    const reason = UNCLASSIFIABLE_ORDER[-1 - idx]!;
    const reasonCode = HOUSEHOLD_UNCLASSIFIABLE_REASONS[reason].code;
    const params: HouseholdUnclassifiableParams = { household: household.code, standard: standard.id, area };
    say(reasonCode, { ...params });
    return {
      ...common,
      kind: 'unclassifiable',
      class: null,
      disagreesWithRecord: false,
      reason,
      reasonCode,
      params,
      message: reasons[reasons.length - 1]!.message,
    };
  }
  const cls = CLASS_ORDER[idx]!;
  return { ...common, kind: 'classified', class: cls, disagreesWithRecord: disagrees(recorded, cls) };
}

/**
 * Classify a household from its review scores only (phân loại theo điểm phiếu rà soát): score A
 * against the standard's score lines (140 rural / 175 urban under Thông tư 07/2021/TT-BLĐTBXH) and
 * score B at 10 points a deprivation (B ≥ 30 ⇔ 3 deprivations).
 *
 * Legal basis: Thông tư 07/2021/TT-BLĐTBXH, Phụ lục III, IV.
 *
 * @param household - A parsed household with `scoreA` (and `scoreB`, else 0 deprivations unless listed).
 * @param standard - The standard (its `scoring` must be set).
 * @param options - As for {@link classifyHousehold}; `method` is forced to `scores`.
 * @returns The classification; `kind: 'unclassifiable'` (reason `noScoreA` or `noScoring`) when the
 *   household has no score A or the standard no scoring (UNVERIFIED for 2016–2021 and 2027–2030:
 *   supply it with {@link customPovertyStandard}).
 * @example
 * const s = povertyStandardFor('2023-10-10');
 * classifyHouseholdByScores({ code: 'H1', area: 'rural', scoreA: 140, scoreB: 30 }, s).class // => 'poor'
 * classifyHouseholdByScores({ code: 'H2', area: 'urban', scoreA: 175, scoreB: 20 }, s).class // => 'near-poor'
 */
export function classifyHouseholdByScores(
  household: Household,
  standard: PovertyStandard,
  options: ClassifyHouseholdOptions = {},
): HouseholdClassification {
  return classifyHousehold(household, standard, { ...options, method: 'scores' });
}

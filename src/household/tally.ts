import { typeError } from '../_lib/errors';
import type { TallyDescriptor, TallyLabel } from '../core/tally';
import {
  type ClassifyHouseholdOptions,
  disagrees,
  evaluateHousehold,
  type HouseholdEvaluation,
  type HouseholdUnclassifiableReason,
  newHouseholdEvaluation,
  standardMask,
  UNCLASSIFIABLE_ORDER,
} from './classify';
import { type DeprivationIndicator, HOUSEHOLD_CLASSES, KNOWN_DEPRIVATION_INDICATORS } from './indicators';
import type { Household } from './schema';
import type { PovertyStandard } from './standards';

/**
 * Integer counts of households and members by class (số hộ, số khẩu theo phân loại). Members of a
 * household are its `memberCount`, else the number of member records.
 */
export interface HouseholdClassCounts {
  /** Households counted (số hộ trong danh sách rà soát). */
  readonly households: number;
  /** Members of those households (số nhân khẩu). */
  readonly members: number;
  /** Poor households (hộ nghèo). */
  readonly poor: number;
  /** Near-poor households (hộ cận nghèo). */
  readonly nearPoor: number;
  /** Households of average living standard (hộ có mức sống trung bình). */
  readonly average: number;
  /** Other households. */
  readonly none: number;
  /** Members of poor households (số khẩu nghèo). */
  readonly poorMembers: number;
  /** Members of near-poor households (số khẩu cận nghèo). */
  readonly nearPoorMembers: number;
}

/**
 * A mergeable tally of a poverty review (bảng tổng hợp kết quả rà soát): counts overall, by area,
 * by ethnic-minority status and by village, deprivation counts of poor and near-poor households
 * (the "phân tích các chỉ số thiếu hụt" reports), and disagreements with the recorded class.
 * Combine tallies with {@link mergeHouseholdTallies}; compute rates with {@link householdPovertyRates}.
 */
export interface HouseholdTally {
  /** All households tallied. */
  readonly all: HouseholdClassCounts;
  /** By area. */
  readonly byArea: {
    /** Rural households (nông thôn). */
    readonly rural: HouseholdClassCounts;
    /** Urban households (thành thị). */
    readonly urban: HouseholdClassCounts;
  };
  /** By ethnic-minority status (`ethnicMinority: true` → `minority`). */
  readonly byEthnicity: {
    /** Ethnic-minority households (hộ dân tộc thiểu số). */
    readonly minority: HouseholdClassCounts;
    /** Other households. */
    readonly other: HouseholdClassCounts;
  };
  /** By village (`''` for households with no village). */
  readonly byVillage: Readonly<Record<string, HouseholdClassCounts>>;
  /**
   * Poor households deprived in each indicator, keyed by every known indicator so tallies of
   * different standards merge (an indicator the standard does not have stays 0).
   */
  readonly poorDeprivations: Readonly<Record<DeprivationIndicator, number>>;
  /** Near-poor households deprived in each indicator (every known indicator, as above). */
  readonly nearPoorDeprivations: Readonly<Record<DeprivationIndicator, number>>;
  /** Households with a recorded class. */
  readonly recorded: number;
  /** Households whose recorded class disagrees with the computed one. */
  readonly disagreements: number;
  /**
   * Households the schema accepted that cannot be classified under the standard (hộ không phân
   * loại được), by reason (see `HOUSEHOLD_UNCLASSIFIABLE_REASONS`): e.g. a 2027 household with
   * scores only, whose scoring is UNVERIFIED. They are in no other count (not in `all.households`,
   * so not in any rate's denominator) and not in `recorded`.
   */
  readonly unclassifiable: Readonly<Record<HouseholdUnclassifiableReason, number>>;
}

function zeroUnclassifiable(): Record<HouseholdUnclassifiableReason, number> {
  return { noIncome: 0, noScoreA: 0, noScoring: 0, noAverageLine: 0 };
}

type MutableCounts = { -readonly [K in keyof HouseholdClassCounts]: number };

function zeroCounts(): MutableCounts {
  return {
    households: 0,
    members: 0,
    poor: 0,
    nearPoor: 0,
    average: 0,
    none: 0,
    poorMembers: 0,
    nearPoorMembers: 0,
  };
}

function zeroIndicators(): Record<DeprivationIndicator, number> {
  const o = {} as Record<DeprivationIndicator, number>;
  for (const k of KNOWN_DEPRIVATION_INDICATORS) o[k] = 0;
  return o;
}

function add(c: MutableCounts, cls: number, members: number): void {
  c.households++;
  c.members += members;
  if (cls === 0) {
    c.poor++;
    c.poorMembers += members;
  } else if (cls === 1) {
    c.nearPoor++;
    c.nearPoorMembers += members;
  } else if (cls === 2) c.average++;
  else c.none++;
}

/**
 * An empty tally, the identity of {@link mergeHouseholdTallies}.
 *
 * @returns A tally with every count 0.
 * @example
 * emptyHouseholdTally().all.households // => 0
 */
export function emptyHouseholdTally(): HouseholdTally {
  return {
    all: zeroCounts(),
    byArea: { rural: zeroCounts(), urban: zeroCounts() },
    byEthnicity: { minority: zeroCounts(), other: zeroCounts() },
    byVillage: {},
    poorDeprivations: zeroIndicators(),
    nearPoorDeprivations: zeroIndicators(),
    recorded: 0,
    disagreements: 0,
    unclassifiable: zeroUnclassifiable(),
  };
}

/**
 * Classify households under one standard and count them (tổng hợp kết quả rà soát hộ nghèo, hộ cận
 * nghèo): by class, with members, by area, ethnic-minority status and village, plus deprivation
 * counts of poor and near-poor households and disagreements with recorded classes. One pass,
 * nothing allocated per household.
 *
 * Legal basis: Nghị định 07/2021/NĐ-CP; Thông tư 07/2021/TT-BLĐTBXH, Phụ lục VII (report forms).
 *
 * @param households - Parsed households (any iterable).
 * @param standard - The standard to classify under.
 * @param options - As for {@link classifyHousehold} (`locale` is ignored).
 * @returns The tally. A household that cannot be classified (a value the rule needs is missing:
 *   the standard's UNVERIFIED scoring or average line, or the income / score A of the route asked
 *   for) is counted in `unclassifiable` by reason, never thrown.
 * @throws TypeError if `households` is not iterable.
 * @example
 * const t = tallyHouseholds([
 *   { code: 'A', area: 'rural', village: 'Thôn 1', incomePerPerson: 1_000_000, deprivations: [], memberCount: 4 },
 *   { code: 'B', area: 'rural', village: 'Thôn 1', incomePerPerson: 5_000_000, deprivations: [], memberCount: 3 },
 * ], povertyStandardFor('2023-10-10'));
 * t.all // => { households: 2, members: 7, poor: 0, nearPoor: 1, average: 0, none: 1, poorMembers: 0, nearPoorMembers: 4 }
 */
export function tallyHouseholds(
  households: Iterable<Household>,
  standard: PovertyStandard,
  options: ClassifyHouseholdOptions = {},
): HouseholdTally {
  if (
    households === null ||
    typeof (households as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== 'function'
  ) {
    typeError('households must be an iterable of households.');
  }
  const t = emptyMutable();
  const allowed = standardMask(standard);
  const ev = newHouseholdEvaluation();
  for (const h of households) addInto(t, h, standard, options, allowed, ev);
  return sortVillages(t);
}

type MutableTally = {
  all: MutableCounts;
  byArea: { rural: MutableCounts; urban: MutableCounts };
  byEthnicity: { minority: MutableCounts; other: MutableCounts };
  byVillage: Record<string, MutableCounts>;
  poorDeprivations: Record<DeprivationIndicator, number>;
  nearPoorDeprivations: Record<DeprivationIndicator, number>;
  recorded: number;
  disagreements: number;
  unclassifiable: Record<HouseholdUnclassifiableReason, number>;
};

function emptyMutable(): MutableTally {
  return emptyHouseholdTally() as MutableTally;
}

/** Count one household into a tally in place: the one rule both the loop and the descriptor use. */
function addInto(
  t: MutableTally,
  h: Household,
  standard: PovertyStandard,
  options: ClassifyHouseholdOptions,
  allowed: number,
  ev: HouseholdEvaluation,
): void {
  const cls = evaluateHousehold(h, standard, options, allowed, ev);
  if (cls < 0) {
    t.unclassifiable[UNCLASSIFIABLE_ORDER[-1 - cls]!]++;
    return;
  }
  const members = h.memberCount ?? h.members?.length ?? 0;
  add(t.all, cls, members);
  add(h.area === 'urban' ? t.byArea.urban : t.byArea.rural, cls, members);
  add(h.ethnicMinority === true ? t.byEthnicity.minority : t.byEthnicity.other, cls, members);
  const key = h.village ?? '';
  let v = Object.hasOwn(t.byVillage, key) ? t.byVillage[key] : undefined;
  if (v === undefined) {
    v = zeroCounts();
    Object.defineProperty(t.byVillage, key, {
      value: v,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  add(v, cls, members);
  if (cls <= 1) {
    let mask = ev.mask;
    const dep = cls === 0 ? t.poorDeprivations : t.nearPoorDeprivations;
    while (mask !== 0) {
      const bit = 31 - Math.clz32(mask);
      dep[KNOWN_DEPRIVATION_INDICATORS[bit]!]++;
      mask &= ~(1 << bit);
    }
  }
  if (h.recordedClass !== undefined) {
    t.recorded++;
    if (disagrees(h.recordedClass, HOUSEHOLD_CLASSES[cls]!)) t.disagreements++;
  }
}

/** The tally with its villages in sorted order (as every tally this module returns). */
function sortVillages<T extends { byVillage: Readonly<Record<string, HouseholdClassCounts>> }>(t: T): T {
  const byVillage: Record<string, HouseholdClassCounts> = {};
  for (const key of Object.keys(t.byVillage).sort()) {
    Object.defineProperty(byVillage, key, {
      value: t.byVillage[key],
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return { ...t, byVillage };
}

function sumCounts(a: HouseholdClassCounts, b: HouseholdClassCounts): HouseholdClassCounts {
  return {
    households: a.households + b.households,
    members: a.members + b.members,
    poor: a.poor + b.poor,
    nearPoor: a.nearPoor + b.nearPoor,
    average: a.average + b.average,
    none: a.none + b.none,
    poorMembers: a.poorMembers + b.poorMembers,
    nearPoorMembers: a.nearPoorMembers + b.nearPoorMembers,
  };
}

function sumIndicators(
  a: Readonly<Record<DeprivationIndicator, number>>,
  b: Readonly<Record<DeprivationIndicator, number>>,
): Record<DeprivationIndicator, number> {
  const o = zeroIndicators();
  for (const k of KNOWN_DEPRIVATION_INDICATORS) o[k] = a[k] + b[k];
  return o;
}

/**
 * Combine two tallies (cộng dồn bảng tổng hợp), e.g. of two villages, communes, months or worker
 * threads. Associative and commutative, with {@link emptyHouseholdTally} as identity; villages are
 * matched by name and listed in sorted order.
 *
 * Legal basis: none (arithmetic).
 *
 * @param a - A tally.
 * @param b - Another tally.
 * @returns Their sum; the inputs are not changed.
 * @example
 * const s = povertyStandardFor('2023-10-10'); // 2022–2025: rural poverty line 1,500,000 a person
 * const t1 = tallyHouseholds([
 *   { code: 'A', area: 'rural', village: 'Thôn 1', incomePerPerson: 1_200_000, memberCount: 4,
 *     deprivations: ['nutrition', 'health-insurance', 'sanitation'] }, // poor
 *   { code: 'B', area: 'rural', village: 'Thôn 1', incomePerPerson: 1_400_000, memberCount: 3,
 *     deprivations: [] },                                              // near-poor
 * ], s);
 * const t2 = tallyHouseholds([
 *   { code: 'C', area: 'rural', village: 'Thôn 2', incomePerPerson: 900_000, memberCount: 5,
 *     deprivations: ['employment', 'dependants', 'drinking-water'] },  // poor
 * ], s);
 * const t = mergeHouseholdTallies(t1, t2);
 * [t.all.households, t.all.poor, t.all.poorMembers, t.all.nearPoor] // => [3, 2, 9, 1]
 * Object.keys(t.byVillage) // => ['Thôn 1', 'Thôn 2']
 * t.byVillage['Thôn 1']?.poor // => 1
 */
export function mergeHouseholdTallies(a: HouseholdTally, b: HouseholdTally): HouseholdTally {
  const keys = new Set([...Object.keys(a.byVillage), ...Object.keys(b.byVillage)]);
  const byVillage: Record<string, HouseholdClassCounts> = {};
  const zero = zeroCounts();
  for (const key of [...keys].sort()) {
    const va = Object.hasOwn(a.byVillage, key) ? a.byVillage[key]! : zero;
    const vb = Object.hasOwn(b.byVillage, key) ? b.byVillage[key]! : zero;
    Object.defineProperty(byVillage, key, {
      value: sumCounts(va, vb),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return {
    all: sumCounts(a.all, b.all),
    byArea: {
      rural: sumCounts(a.byArea.rural, b.byArea.rural),
      urban: sumCounts(a.byArea.urban, b.byArea.urban),
    },
    byEthnicity: {
      minority: sumCounts(a.byEthnicity.minority, b.byEthnicity.minority),
      other: sumCounts(a.byEthnicity.other, b.byEthnicity.other),
    },
    byVillage,
    poorDeprivations: sumIndicators(a.poorDeprivations, b.poorDeprivations),
    nearPoorDeprivations: sumIndicators(a.nearPoorDeprivations, b.nearPoorDeprivations),
    recorded: a.recorded + b.recorded,
    disagreements: a.disagreements + b.disagreements,
    unclassifiable: {
      noIncome: a.unclassifiable.noIncome + b.unclassifiable.noIncome,
      noScoreA: a.unclassifiable.noScoreA + b.unclassifiable.noScoreA,
      noScoring: a.unclassifiable.noScoring + b.unclassifiable.noScoring,
      noAverageLine: a.unclassifiable.noAverageLine + b.unclassifiable.noAverageLine,
    },
  };
}

/**
 * The count fields of {@link HouseholdClassCounts}, in report order, and their labels in
 * Vietnamese and English.
 *
 * @example
 * HOUSEHOLD_TALLY_LABELS.nearPoorMembers.vi // => 'Số khẩu cận nghèo'
 */
export const HOUSEHOLD_TALLY_LABELS: Readonly<Record<keyof HouseholdClassCounts, TallyLabel>> =
  /* @__PURE__ */ Object.freeze({
    households: { vi: 'Số hộ', en: 'Households' },
    members: { vi: 'Số nhân khẩu', en: 'Members', short: { vi: 'Số khẩu', en: 'Members' } },
    poor: { vi: 'Hộ nghèo', en: 'Poor households', short: { vi: 'Hộ nghèo', en: 'Poor' } },
    nearPoor: {
      vi: 'Hộ cận nghèo',
      en: 'Near-poor households',
      short: { vi: 'Hộ cận nghèo', en: 'Near-poor' },
    },
    average: { vi: 'Hộ có mức sống trung bình', en: 'Average living standard' },
    none: { vi: 'Hộ khác', en: 'Other households' },
    poorMembers: {
      vi: 'Số khẩu nghèo',
      en: 'Members of poor households',
      short: { vi: 'Khẩu nghèo', en: 'Poor members' },
    },
    nearPoorMembers: {
      vi: 'Số khẩu cận nghèo',
      en: 'Members of near-poor households',
      short: { vi: 'Khẩu cận nghèo', en: 'Near-poor members' },
    },
  });

/**
 * The dimensions households can be grouped by, listed once for the domain: `area` (`rural`,
 * `urban`), `ethnicity` (`minority`, `other`) and `village` (`''` when none) — the `byArea`,
 * `byEthnicity` and `byVillage` of a {@link HouseholdTally}.
 *
 * @example
 * HOUSEHOLD_GROUP_DIMENSIONS // => ['area', 'ethnicity', 'village']
 */
export const HOUSEHOLD_GROUP_DIMENSIONS = ['area', 'ethnicity', 'village'] as const;

/** One of {@link HOUSEHOLD_GROUP_DIMENSIONS}. */
export type HouseholdGroupDimension = (typeof HOUSEHOLD_GROUP_DIMENSIONS)[number];

/**
 * The label of each of {@link HOUSEHOLD_GROUP_DIMENSIONS} in Vietnamese and English.
 *
 * @example
 * HOUSEHOLD_GROUP_DIMENSION_LABELS.village.vi // => 'Thôn, tổ dân phố'
 */
export const HOUSEHOLD_GROUP_DIMENSION_LABELS: Readonly<Record<HouseholdGroupDimension, TallyLabel>> =
  /* @__PURE__ */ Object.freeze({
    area: { vi: 'Khu vực', en: 'Area' },
    ethnicity: { vi: 'Dân tộc thiểu số', en: 'Ethnic minority' },
    village: { vi: 'Thôn, tổ dân phố', en: 'Village', short: { vi: 'Thôn', en: 'Village' } },
  });

/** What {@link HOUSEHOLD_TALLY} needs to classify a household: the standard and the options. */
export interface HouseholdTallyContext {
  /** The standard to classify under. */
  readonly standard: PovertyStandard;
  /** Classification options. */
  readonly options?: ClassifyHouseholdOptions;
}

/**
 * The household tally's descriptor (mô tả bảng tổng hợp hộ): the counts of
 * {@link HouseholdClassCounts} with {@link HOUSEHOLD_TALLY_LABELS}, the dimensions of
 * {@link HOUSEHOLD_GROUP_DIMENSIONS}, and the empty tally, add and merge of this module, for the
 * generic `tallyWith`, `tallyBy` and `TallyAccumulator` of `commune-kpi/core`. `add` counts a
 * household the standard cannot classify in `unclassifiable`, as {@link tallyHouseholds} does.
 *
 * @example
 * HOUSEHOLD_TALLY.fields // => ['households', 'members', 'poor', 'nearPoor', 'average', 'none', 'poorMembers', 'nearPoorMembers']
 */
export const HOUSEHOLD_TALLY: TallyDescriptor<
  HouseholdTally,
  Household,
  HouseholdTallyContext,
  HouseholdGroupDimension
> = /* @__PURE__ */ Object.freeze({
  domain: 'household',
  fields: Object.keys(HOUSEHOLD_TALLY_LABELS),
  labels: HOUSEHOLD_TALLY_LABELS,
  dimensions: HOUSEHOLD_GROUP_DIMENSIONS,
  dimensionLabels: HOUSEHOLD_GROUP_DIMENSION_LABELS,
  empty: emptyHouseholdTally,
  add(t: HouseholdTally, h: Household, c: HouseholdTallyContext): HouseholdTally {
    const s = c.standard;
    addInto(t as MutableTally, h, s, c.options ?? {}, standardMask(s), newHouseholdEvaluation());
    return t;
  },
  merge: mergeHouseholdTallies,
  keyOf(h: Household, dim: HouseholdGroupDimension): string {
    if (dim === 'area') return h.area;
    if (dim === 'ethnicity') return h.ethnicMinority === true ? 'minority' : 'other';
    return h.village ?? '';
  },
});

import { rangeError, show } from '../_lib/errors';
import {
  divide,
  impliedDenominatorRange,
  minus,
  type RoundingMode,
  roundFraction,
  textToUnits,
  toFraction,
} from '../_lib/exact';
import { type NumberLocale, roundRatio } from '../core/format';
import { type Ratio, ratio } from '../core/ratio';

/** Counts a poverty rate is taken from: poor and near-poor households. */
export interface PovertyCounts {
  /** Poor households (số hộ nghèo). */
  readonly poor: number;
  /** Near-poor households (số hộ cận nghèo). */
  readonly nearPoor: number;
}

/**
 * The three rates of a poverty review over the total number of resident households (tỷ lệ hộ
 * nghèo, tỷ lệ hộ cận nghèo, tỷ lệ nghèo đa chiều), each a {@link Ratio} with `value: null` when
 * there are no households.
 */
export interface HouseholdPovertyRates {
  /** Poor / total (tỷ lệ hộ nghèo). */
  readonly poverty: Ratio;
  /** Near-poor / total (tỷ lệ hộ cận nghèo). */
  readonly nearPoverty: Ratio;
  /** (Poor + near-poor) / total (tỷ lệ nghèo đa chiều). */
  readonly multidimensional: Ratio;
}

function checkCount(name: string, x: unknown): asserts x is number {
  if (typeof x !== 'number' || !Number.isSafeInteger(x) || x < 0)
    rangeError(`${name} must be an integer ≥ 0, got ${show(x)}.`);
}

/**
 * Poverty, near-poverty and multidimensional rates over the total number of resident households
 * (tổng số hộ dân cư), given separately because a review list does not cover every household.
 *
 * Legal basis: tỷ lệ hộ nghèo = số hộ nghèo / tổng số hộ dân cư × 100 (general statistical
 * definition); tỷ lệ nghèo đa chiều = tỷ lệ hộ nghèo + tỷ lệ hộ cận nghèo.
 *
 * @param counts - Poor and near-poor households (a {@link HouseholdClassCounts} will do).
 * @param totalResidentHouseholds - All resident households of the unit at the review.
 * @returns The three rates; with a total of 0 every `value` is `null`.
 * @throws RangeError if a count or the total is not an integer ≥ 0, or poor + near-poor exceeds a total above 0.
 * @example
 * const r = householdPovertyRates({ poor: 99, nearPoor: 219 }, 3000);
 * formatRatio(r.poverty, { decimals: 1 }) // => '3,3%'
 * householdPovertyRates({ poor: 0, nearPoor: 0 }, 0).poverty.value // => null
 */
export function householdPovertyRates(
  counts: PovertyCounts,
  totalResidentHouseholds: number,
): HouseholdPovertyRates {
  checkCount('counts.poor', counts.poor);
  checkCount('counts.nearPoor', counts.nearPoor);
  checkCount('totalResidentHouseholds', totalResidentHouseholds);
  // A total of 0 means the total is not known: the rates are null. A known total smaller than the
  // households it is a share of is an input error.
  if (totalResidentHouseholds > 0 && counts.poor + counts.nearPoor > totalResidentHouseholds) {
    rangeError(
      `poor (${counts.poor}) + near-poor (${counts.nearPoor}) households exceed the ${totalResidentHouseholds} resident households they are shares of.`,
    );
  }
  return {
    poverty: ratio(counts.poor, totalResidentHouseholds),
    nearPoverty: ratio(counts.nearPoor, totalResidentHouseholds),
    multidimensional: ratio(counts.poor + counts.nearPoor, totalResidentHouseholds),
  };
}

/** The result of {@link householdPovertyRatesByGroup}. */
export interface GroupedHouseholdPovertyRates {
  /** Rates of each group. */
  readonly groups: Readonly<Record<string, HouseholdPovertyRates>>;
  /** Rates of all groups together, recomputed from summed counts and totals (never averaged). */
  readonly total: HouseholdPovertyRates;
}

/**
 * Rates by group (by village, area or ethnic-minority status: theo thôn, khu vực, dân tộc), each over
 * its own total of resident households, and the overall rates recomputed from the summed counts.
 *
 * Legal basis: as {@link householdPovertyRates}.
 *
 * @param counts - Counts per group, e.g. `tally.byVillage` or `tally.byArea`.
 * @param totals - Resident households per group; every group of `counts` needs one (a group with
 *   a total but no counts has 0 poor households).
 * @returns Rates per group and overall.
 * @throws RangeError if a group has no total or a value is not an integer ≥ 0.
 * @example
 * const g = householdPovertyRatesByGroup(
 *   { 'Thôn 1': { poor: 1, nearPoor: 2 }, 'Thôn 2': { poor: 3, nearPoor: 0 } },
 *   { 'Thôn 1': 10, 'Thôn 2': 30 });
 * g.total.poverty // => { numerator: 4, denominator: 40, value: 0.1 }
 */
export function householdPovertyRatesByGroup(
  counts: Readonly<Record<string, PovertyCounts>>,
  totals: Readonly<Record<string, number>>,
): GroupedHouseholdPovertyRates {
  const groups: Record<string, HouseholdPovertyRates> = {};
  let poor = 0;
  let nearPoor = 0;
  let total = 0;
  for (const key of Object.keys(counts)) {
    if (!Object.hasOwn(totals, key)) rangeError(`no total of resident households for group ${show(key)}.`);
  }
  const zero: PovertyCounts = { poor: 0, nearPoor: 0 };
  for (const key of Object.keys(totals)) {
    const c = Object.hasOwn(counts, key) ? counts[key]! : zero;
    const t = totals[key]!;
    const r = householdPovertyRates(c, t);
    Object.defineProperty(groups, key, { value: r, enumerable: true, writable: true, configurable: true });
    poor += c.poor;
    nearPoor += c.nearPoor;
    total += t;
  }
  return { groups, total: householdPovertyRates({ poor, nearPoor }, total) };
}

/** Options of {@link povertyRateChange}. */
export interface PovertyRateChangeOptions {
  /** Decimal places of the points (default 2). */
  readonly decimals?: number;
  /** `half-up` (default, halves away from zero) or `truncate`. */
  readonly rounding?: RoundingMode;
  /** Separator style of `text` (default `vi`, `-0,07`). */
  readonly locale?: NumberLocale;
  /**
   * `exact` (default): round the exact difference of the two rates; `printed`: subtract the two
   * rates as rounded to `decimals` places, as a report written from printed figures does.
   */
  readonly basis?: 'exact' | 'printed';
}

/** The change of a rate against the start of the year (so với đầu năm). */
export interface PovertyRateChange {
  /** Change of the count (end numerator − start numerator). */
  readonly countChange: number;
  /** Change in percentage points as a plain signed decimal string (`"0.07"`, `"-1.20"`), or `null`. */
  readonly points: string | null;
  /** The same, with the locale's separator and a sign (`+0,07`, `-1,20`, `0,00`), or `null`. */
  readonly text: string | null;
  /** The change in points as a number, for charts, or `null` when either rate has no households. */
  readonly value: number | null;
}

/**
 * The change of a poverty rate against the start of the year, in percentage points (tăng/giảm so
 * với đầu năm, điểm phần trăm), computed exactly from the two ratios and rounded once; and the
 * change of the count of households.
 *
 * Legal basis: report usage ("giảm … so với đầu năm" = rate at the start − rate at the end);
 * UNVERIFIED as a formal rule.
 *
 * @param start - The rate at the start of the year (from the previous review).
 * @param end - The rate now.
 * @param options - Decimals, rounding, locale, exact or printed basis.
 * @returns Count change and points; points are `null` when either denominator is 0.
 * @throws RangeError for bad decimals.
 * @example
 * povertyRateChange(ratio(97, 3000), ratio(99, 3000)) // => { countChange: 2, points: '0.07', text: '+0,07', value: 0.0666… }
 */
export function povertyRateChange(
  start: Ratio,
  end: Ratio,
  options: PovertyRateChangeOptions = {},
): PovertyRateChange {
  const decimals = options.decimals ?? 2;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20)
    rangeError(`decimals must be an integer 0–20, got ${show(decimals)}.`);
  const rounding = options.rounding ?? 'half-up';
  const countChange = end.numerator - start.numerator;
  if (start.denominator === 0 || end.denominator === 0)
    return { countChange, points: null, text: null, value: null };
  let points: string;
  if ((options.basis ?? 'exact') === 'printed') {
    const a = textToUnits(roundRatio(start, { decimals, rounding })!, decimals);
    const b = textToUnits(roundRatio(end, { decimals, rounding })!, decimals);
    points = roundFraction({ num: b - a, den: 10n ** BigInt(decimals) }, decimals, 'truncate');
  } else {
    const change = minus(
      divide(toFraction(end.numerator), toFraction(end.denominator)),
      divide(toFraction(start.numerator), toFraction(start.denominator)),
    );
    points = roundFraction({ num: 100n * change.num, den: change.den }, decimals, rounding);
  }
  const locale = options.locale ?? 'vi';
  const body = locale === 'vi' ? points.replace('.', ',') : points;
  const text = /[1-9]/.test(points) ? (points.startsWith('-') ? body : `+${body}`) : body.replace('-', '');
  const value = 100 * (end.numerator / end.denominator - start.numerator / start.denominator);
  return { countChange, points, text, value };
}

/** Range of totals of resident households, both ends inclusive. */
export interface ImpliedHouseholdTotals {
  /** Smallest total that fits. */
  readonly min: number;
  /** Largest total that fits, or `null` when there is no upper bound. */
  readonly max: number | null;
}

/**
 * The totals of resident households consistent with a printed rate (tổng số hộ suy ra từ tỷ lệ đã
 * công bố): every integer total T with `count / T × 100`, rounded half-up to as many decimals as the
 * printed figure has, equal to it, and T ≥ count (a total below the households counted is no
 * total: 3 households printed as 150% give `null`). Use it to check a report whose denominator is
 * not stated. The same answer as `impliedDenominators` (`commune-kpi/report`) with `half-up`.
 *
 * Legal basis: none (arithmetic check of a report).
 *
 * @param count - The households counted (e.g. 99 poor households).
 * @param printedPercent - The printed rate without `%`, with `,` or `.` as decimal separator (`'3,3'`).
 * @returns `{ min, max }` (inclusive; `max` is `null` when unbounded), or `null` when no total fits.
 * @throws RangeError if the count is not an integer ≥ 0 or the rate is not a plain decimal.
 * @example
 * totalHouseholdsImpliedByRate(99, '3,3')   // => { min: 2956, max: 3046 }
 * totalHouseholdsImpliedByRate(219, '7,64') // => { min: 2865, max: 2868 }
 * totalHouseholdsImpliedByRate(3, '150')    // => null
 */
export function totalHouseholdsImpliedByRate(
  count: number,
  printedPercent: string,
): ImpliedHouseholdTotals | null {
  checkCount('count', count);
  const m = /^(\d+)(?:[.,](\d+))?$/.exec(String(printedPercent).trim());
  if (!m) rangeError(`printedPercent must be a plain decimal such as '3,3', got ${show(printedPercent)}.`);
  const decimals = m[2]?.length ?? 0;
  // Same answer as impliedDenominators (report/audit.ts): both are impliedDenominatorRange.
  return impliedDenominatorRange(count, BigInt(m[1]! + (m[2] ?? '')), decimals, 'half-up');
}

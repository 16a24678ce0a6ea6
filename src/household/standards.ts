import { rangeError, show, typeError } from '../_lib/errors';
import { isLocalDate, type LocalDate } from '../core/localDate';
import type { HouseholdClass } from './schema';

/**
 * How income and deprivations combine into a class (quy tắc phân loại).
 *
 * - `income-and-deprivations` (Nghị định 07/2021/NĐ-CP, Nghị định 351/2025/NĐ-CP): income at or
 *   below the poverty line with at least `deprivationCutoff` deprivations → poor; same income with
 *   fewer → near-poor.
 * - `lower-line-or-deprivations` (Quyết định 59/2015/QĐ-TTg): income at or below the poverty line →
 *   poor whatever the deprivations; income above it and at or below the near-poverty line → poor
 *   with at least `deprivationCutoff` deprivations, near-poor with fewer.
 */
export type PovertyRule = 'income-and-deprivations' | 'lower-line-or-deprivations';

/**
 * Income lines of one area, VND per person per month (chuẩn thu nhập). A household at or below a
 * line is under it ("≤").
 */
export interface PovertyIncomeLines {
  /** Poverty line (chuẩn nghèo về thu nhập). */
  readonly poverty: number;
  /** Near-poverty line (chuẩn cận nghèo); equal to `poverty` from 2022. */
  readonly nearPoverty: number;
  /** Upper line of the average living standard (mức sống trung bình), or `null` when unverified. */
  readonly averageLivingStandard: number | null;
}

/** Score-A lines of one area (ngưỡng điểm A). */
export interface PovertyScoreLines {
  /** At or below: poor or near-poor (by score B), under the 2022 rule. */
  readonly poverty: number;
  /** Near-poverty score line (equal to `poverty` from 2022). */
  readonly nearPoverty: number;
}

/**
 * Review scoring of a standard (chấm điểm phiếu rà soát): score A compared with lines per area,
 * score B at `pointsPerDeprivation` points per deprived indicator.
 */
export interface PovertyScoring {
  /** Score-A lines per area, read like the income lines (poor/near-poor at or below). */
  readonly lines: Readonly<Record<'rural' | 'urban', PovertyScoreLines>>;
  /** Points of score B per deprived indicator (10 under Thông tư 07/2021/TT-BLĐTBXH). */
  readonly pointsPerDeprivation: number;
  /** Legal basis of the scoring. */
  readonly legalBasis: string;
}

/**
 * A poverty standard (chuẩn nghèo) as versioned data: income lines by area, the classification
 * rule, the number of indicators, effective dates (both inclusive) and legal basis. Fields the
 * reference notes could not verify are `null` and listed in `unverified`; supply them with
 * {@link customPovertyStandard}.
 */
export interface PovertyStandard {
  /** Stable identifier, e.g. `nd-07-2021`. */
  readonly id: string;
  /** Vietnamese name, e.g. `Chuẩn nghèo đa chiều giai đoạn 2022–2025`. */
  readonly name: string;
  /** Legal basis, most specific first. */
  readonly legalBasis: readonly string[];
  /** First day in force. */
  readonly effectiveFrom: LocalDate;
  /** Last day in force. */
  readonly effectiveTo: LocalDate;
  /** How income and deprivations combine. */
  readonly rule: PovertyRule;
  /**
   * Classes the standard defines (hộ nghèo, hộ cận nghèo, hộ có mức sống trung bình), plus `none`
   * for other households.
   */
  readonly classes: readonly HouseholdClass[];
  /** Number of deprivation indicators of the standard (10 in 2016–2021, 12 from 2022). */
  readonly indicatorCount: number;
  /** A household is deprived enough when it has at least this many deprivations (3). */
  readonly deprivationCutoff: number;
  /** Income lines by area. */
  readonly incomeLines: Readonly<Record<'rural' | 'urban', PovertyIncomeLines>>;
  /** Review scoring, or `null` when not verified for this standard. */
  readonly scoring: PovertyScoring | null;
  /** Province of a local standard (chuẩn nghèo của tỉnh), absent for a national one. */
  readonly province?: string;
  /** Names of the fields left unset because the reference notes mark them UNVERIFIED. */
  readonly unverified: readonly string[];
}

const QD_59_2015 =
  'Quyết định 59/2015/QĐ-TTg ngày 19/11/2015 ban hành chuẩn nghèo tiếp cận đa chiều áp dụng cho giai đoạn 2016–2020';
const ND_07_2021 =
  'Nghị định 07/2021/NĐ-CP ngày 27/01/2021 quy định chuẩn nghèo đa chiều giai đoạn 2021–2025, Điều 3';
const ND_351_2025 =
  'Nghị định 351/2025/NĐ-CP ngày 30/12/2025 quy định chuẩn nghèo đa chiều quốc gia giai đoạn 2026–2030';
const TT_07_2021 =
  'Thông tư 07/2021/TT-BLĐTBXH ngày 18/07/2021 hướng dẫn phương pháp rà soát, phân loại hộ nghèo, hộ cận nghèo (Phụ lục III, IV)';

const CLASSES: readonly HouseholdClass[] = ['poor', 'near-poor', 'average', 'none'];

const SCORING_2022: PovertyScoring = {
  lines: { rural: { poverty: 140, nearPoverty: 140 }, urban: { poverty: 175, nearPoverty: 175 } },
  pointsPerDeprivation: 10,
  legalBasis: TT_07_2021,
};

/**
 * The national poverty standards by period (chuẩn nghèo quốc gia theo giai đoạn), oldest first.
 *
 * - `qd-59-2015`: 2016–2020; rural poor ≤ 700.000, near-poor ≤ 1.000.000; urban 900.000 / 1.300.000.
 * - `qd-59-2015-2021`: the same standard, applied in 2021.
 * - `nd-07-2021`: 2022–2025; rural 1.500.000, urban 2.000.000; average living standard rural
 *   ≤ 2.250.000, urban ≤ 3.000.000; scores A 140 / 175 and B 10 points a deprivation.
 * - `nd-07-2021-2026`: the 2022–2025 standard kept for 2026 by Nghị định 351/2025/NĐ-CP.
 * - `nd-351-2025`: 2027–2030; rural 2.200.000, urban (đô thị) 2.800.000; the average-living-standard
 *   lines and the scoring are UNVERIFIED and left `null`.
 *
 * The 2016–2021 average-living-standard lines and scoring are not in the reference notes either and
 * are left `null`.
 *
 * @example
 * POVERTY_STANDARDS.map((s) => s.id)
 * // => ['qd-59-2015', 'qd-59-2015-2021', 'nd-07-2021', 'nd-07-2021-2026', 'nd-351-2025']
 */
export const POVERTY_STANDARDS: readonly PovertyStandard[] = [
  {
    id: 'qd-59-2015',
    name: 'Chuẩn nghèo tiếp cận đa chiều giai đoạn 2016–2020',
    legalBasis: [QD_59_2015],
    effectiveFrom: '2016-01-01',
    effectiveTo: '2020-12-31',
    rule: 'lower-line-or-deprivations',
    classes: CLASSES,
    indicatorCount: 10,
    deprivationCutoff: 3,
    incomeLines: {
      rural: { poverty: 700_000, nearPoverty: 1_000_000, averageLivingStandard: null },
      urban: { poverty: 900_000, nearPoverty: 1_300_000, averageLivingStandard: null },
    },
    scoring: null,
    unverified: [
      'incomeLines.rural.averageLivingStandard',
      'incomeLines.urban.averageLivingStandard',
      'scoring',
    ],
  },
  {
    id: 'qd-59-2015-2021',
    name: 'Chuẩn nghèo tiếp cận đa chiều giai đoạn 2016–2020, áp dụng năm 2021',
    legalBasis: [
      QD_59_2015,
      'Applied through 2021 until the 2022–2025 standard took effect (extending act UNVERIFIED)',
    ],
    effectiveFrom: '2021-01-01',
    effectiveTo: '2021-12-31',
    rule: 'lower-line-or-deprivations',
    classes: CLASSES,
    indicatorCount: 10,
    deprivationCutoff: 3,
    incomeLines: {
      rural: { poverty: 700_000, nearPoverty: 1_000_000, averageLivingStandard: null },
      urban: { poverty: 900_000, nearPoverty: 1_300_000, averageLivingStandard: null },
    },
    scoring: null,
    unverified: [
      'incomeLines.rural.averageLivingStandard',
      'incomeLines.urban.averageLivingStandard',
      'scoring',
    ],
  },
  {
    id: 'nd-07-2021',
    name: 'Chuẩn nghèo đa chiều giai đoạn 2022–2025',
    legalBasis: [ND_07_2021, TT_07_2021],
    effectiveFrom: '2022-01-01',
    effectiveTo: '2025-12-31',
    rule: 'income-and-deprivations',
    classes: CLASSES,
    indicatorCount: 12,
    deprivationCutoff: 3,
    incomeLines: {
      rural: { poverty: 1_500_000, nearPoverty: 1_500_000, averageLivingStandard: 2_250_000 },
      urban: { poverty: 2_000_000, nearPoverty: 2_000_000, averageLivingStandard: 3_000_000 },
    },
    scoring: SCORING_2022,
    unverified: [],
  },
  {
    id: 'nd-07-2021-2026',
    name: 'Chuẩn nghèo đa chiều giai đoạn 2022–2025, giữ nguyên cho năm 2026',
    legalBasis: [
      `${ND_351_2025} (giữ chuẩn tại Điều 3 Nghị định 07/2021/NĐ-CP từ 01/01/2026 đến 31/12/2026)`,
      ND_07_2021,
      TT_07_2021,
    ],
    effectiveFrom: '2026-01-01',
    effectiveTo: '2026-12-31',
    rule: 'income-and-deprivations',
    classes: CLASSES,
    indicatorCount: 12,
    deprivationCutoff: 3,
    incomeLines: {
      rural: { poverty: 1_500_000, nearPoverty: 1_500_000, averageLivingStandard: 2_250_000 },
      urban: { poverty: 2_000_000, nearPoverty: 2_000_000, averageLivingStandard: 3_000_000 },
    },
    scoring: SCORING_2022,
    unverified: [],
  },
  {
    id: 'nd-351-2025',
    name: 'Chuẩn nghèo đa chiều quốc gia giai đoạn 2027–2030',
    legalBasis: [ND_351_2025],
    effectiveFrom: '2027-01-01',
    effectiveTo: '2030-12-31',
    rule: 'income-and-deprivations',
    classes: CLASSES,
    indicatorCount: 12,
    deprivationCutoff: 3,
    incomeLines: {
      rural: { poverty: 2_200_000, nearPoverty: 2_200_000, averageLivingStandard: null },
      urban: { poverty: 2_800_000, nearPoverty: 2_800_000, averageLivingStandard: null },
    },
    scoring: null,
    unverified: [
      'incomeLines.rural.averageLivingStandard',
      'incomeLines.urban.averageLivingStandard',
      'scoring',
    ],
  },
];

/** @internal The standard in force on a date among `standards` (first match), or `undefined`. */
export function standardInForce(
  date: LocalDate,
  standards: readonly PovertyStandard[] = POVERTY_STANDARDS,
): PovertyStandard | undefined {
  for (const s of standards) if (date >= s.effectiveFrom && date <= s.effectiveTo) return s;
  return undefined;
}

/** Options of {@link povertyStandardFor}. */
export interface PovertyStandardForOptions {
  /**
   * Standards to choose from, searched in order (default {@link POVERTY_STANDARDS}). Put a
   * province's standard first to make it win over the national one.
   */
  readonly standards?: readonly PovertyStandard[];
}

/**
 * The poverty standard in force on a date (chuẩn nghèo áp dụng tại ngày).
 *
 * Legal basis: see {@link POVERTY_STANDARDS}.
 *
 * @param date - A date `YYYY-MM-DD` (e.g. the review date).
 * @param options - Standards to choose from, first match wins.
 * @returns The standard.
 * @throws RangeError if the date is invalid or no standard is in force on it.
 * @example
 * povertyStandardFor('2023-10-10').id // => 'nd-07-2021'
 * povertyStandardFor('2026-06-30').id // => 'nd-07-2021-2026'
 * povertyStandardFor('2027-01-01').incomeLines.rural.poverty // => 2200000
 */
export function povertyStandardFor(
  date: LocalDate,
  options: PovertyStandardForOptions = {},
): PovertyStandard {
  if (!isLocalDate(date)) rangeError(`date must be a real date written YYYY-MM-DD, got ${show(date)}.`);
  const s = standardInForce(date, options.standards ?? POVERTY_STANDARDS);
  if (s === undefined)
    rangeError(
      `no poverty standard is in force on ${date}; national standards cover 2016-01-01 to 2030-12-31.`,
    );
  return s;
}

/** Lines of one area to change in {@link customPovertyStandard}. */
export type PovertyIncomeLinesOverride = Partial<PovertyIncomeLines>;

/** What {@link customPovertyStandard} changes in a base standard. */
export interface CustomPovertyStandardOverrides {
  /** Identifier (default `<base id>+<province>` or `<base id>+custom`). */
  readonly id?: string;
  /** Vietnamese name (default the base name, with the province). */
  readonly name?: string;
  /** Province of a local standard. */
  readonly province?: string;
  /** Legal basis of the change (e.g. the province's decision); required. */
  readonly legalBasis: string;
  /** Income lines to set per area. */
  readonly incomeLines?: {
    /** Rural lines to set. */
    readonly rural?: PovertyIncomeLinesOverride;
    /** Urban lines to set. */
    readonly urban?: PovertyIncomeLinesOverride;
  };
  /** Scoring to set (e.g. for a period whose scoring is unverified). */
  readonly scoring?: PovertyScoring;
  /** First day in force (default the base's). */
  readonly effectiveFrom?: LocalDate;
  /** Last day in force (default the base's). */
  readonly effectiveTo?: LocalDate;
}

function checkLine(name: string, value: number | null | undefined): void {
  if (value === null || value === undefined) return;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    rangeError(`${name} must be a finite number ≥ 0, got ${show(value)}.`);
  }
}

/**
 * A standard derived from a national one: a province's higher local standard (chuẩn nghèo của
 * địa phương cao hơn chuẩn quốc gia), or a national standard completed with values the reference
 * notes leave UNVERIFIED (the 2027–2030 average-living-standard lines, scoring).
 *
 * Legal basis: provinces may set a standard higher than the national one (Nghị định
 * 07/2021/NĐ-CP; Nghị định 351/2025/NĐ-CP); give the province's act as `legalBasis`.
 *
 * @param base - The national standard it builds on.
 * @param overrides - Lines, scoring, dates and the legal basis of the change.
 * @returns The new standard; fields set here leave `unverified`.
 * @throws RangeError if a line is negative or not finite, lower than the base's line, out of order
 *   (poverty ≤ near-poverty ≤ average), the dates are invalid, or `legalBasis` is empty.
 * @throws TypeError if `base` is not a standard.
 * @example
 * const s = customPovertyStandard(povertyStandardFor('2027-06-01'), {
 *   legalBasis: 'Caller-verified lines',
 *   incomeLines: { rural: { averageLivingStandard: 3_300_000 }, urban: { averageLivingStandard: 4_200_000 } },
 * });
 * s.incomeLines.rural // => { poverty: 2200000, nearPoverty: 2200000, averageLivingStandard: 3300000 }
 */
export function customPovertyStandard(
  base: PovertyStandard,
  overrides: CustomPovertyStandardOverrides,
): PovertyStandard {
  if (base === null || typeof base !== 'object' || !base.incomeLines)
    typeError('base must be a PovertyStandard.');
  if (typeof overrides.legalBasis !== 'string' || overrides.legalBasis.trim() === '') {
    rangeError('a custom poverty standard needs its legal basis (legalBasis).');
  }
  const unverified = new Set(base.unverified);
  const lines = {} as Record<'rural' | 'urban', PovertyIncomeLines>;
  for (const area of ['rural', 'urban'] as const) {
    const b = base.incomeLines[area];
    const o = overrides.incomeLines?.[area] ?? {};
    checkLine(`incomeLines.${area}.poverty`, o.poverty);
    checkLine(`incomeLines.${area}.nearPoverty`, o.nearPoverty);
    checkLine(`incomeLines.${area}.averageLivingStandard`, o.averageLivingStandard);
    const poverty = o.poverty ?? b.poverty;
    const nearPoverty = o.nearPoverty ?? (base.rule === 'income-and-deprivations' ? poverty : b.nearPoverty);
    const averageLivingStandard =
      o.averageLivingStandard === undefined ? b.averageLivingStandard : o.averageLivingStandard;
    if (poverty < b.poverty || nearPoverty < b.nearPoverty) {
      rangeError(
        `a local ${area} line cannot be lower than the national one (${b.poverty}/${b.nearPoverty}).`,
      );
    }
    if (
      b.averageLivingStandard !== null &&
      averageLivingStandard !== null &&
      averageLivingStandard < b.averageLivingStandard
    ) {
      rangeError(
        `the ${area} average-living-standard line cannot be lower than the national ${b.averageLivingStandard}.`,
      );
    }
    if (nearPoverty < poverty || (averageLivingStandard !== null && averageLivingStandard < nearPoverty)) {
      rangeError(`${area} lines must satisfy poverty ≤ nearPoverty ≤ averageLivingStandard.`);
    }
    if (base.rule === 'income-and-deprivations' && nearPoverty !== poverty) {
      rangeError(`under rule ${base.rule} the near-poverty line equals the poverty line.`);
    }
    if (o.averageLivingStandard !== undefined && o.averageLivingStandard !== null) {
      unverified.delete(`incomeLines.${area}.averageLivingStandard`);
    }
    lines[area] = { poverty, nearPoverty, averageLivingStandard };
  }
  if (overrides.scoring !== undefined) unverified.delete('scoring');
  const effectiveFrom = overrides.effectiveFrom ?? base.effectiveFrom;
  const effectiveTo = overrides.effectiveTo ?? base.effectiveTo;
  if (!isLocalDate(effectiveFrom) || !isLocalDate(effectiveTo) || effectiveTo < effectiveFrom) {
    rangeError(
      `effective dates must be real dates with effectiveFrom ≤ effectiveTo, got ${show([effectiveFrom, effectiveTo])}.`,
    );
  }
  const suffix = overrides.province ?? 'custom';
  return {
    id: overrides.id ?? `${base.id}+${suffix}`,
    name: overrides.name ?? (overrides.province ? `${base.name} (${overrides.province})` : base.name),
    legalBasis: [overrides.legalBasis, ...base.legalBasis],
    effectiveFrom,
    effectiveTo,
    rule: base.rule,
    classes: base.classes,
    indicatorCount: base.indicatorCount,
    deprivationCutoff: base.deprivationCutoff,
    incomeLines: lines,
    scoring: overrides.scoring ?? base.scoring,
    ...(overrides.province !== undefined ? { province: overrides.province } : {}),
    unverified: [...unverified],
  };
}

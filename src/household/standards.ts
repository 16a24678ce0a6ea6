import { rangeError, show, typeError } from '../_lib/errors';
import { isLocalDate, type LocalDate } from '../core/localDate';
import { standardInForce } from './in-force';
import { type DeprivationIndicator, HOUSEHOLD_CLASSES, INDICATOR_BIT } from './indicators';

export { indicatorsOf, standardInForce } from './in-force';

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
 * One dimension of deprivation of a standard (chiều thiếu hụt) with its indicators.
 *
 * @example
 * const d: PovertyDimension = { id: 'information', name: 'Thông tin', indicators: ['telecommunications'] };
 * d.indicators.length // => 1
 */
export interface PovertyDimension {
  /** Stable key, e.g. `water-sanitation-environment`. */
  readonly id: string;
  /** Vietnamese name, e.g. `Nước sinh hoạt, vệ sinh và môi trường`. */
  readonly name: string;
  /** Its indicators, in the decree's order. */
  readonly indicators: readonly DeprivationIndicator[];
}

/**
 * A poverty standard (chuẩn nghèo) as versioned data: income lines by area, the classification
 * rule, the deprivation indicators and their dimensions, effective dates (both inclusive) and legal
 * basis. Fields the reference notes could not verify are `null` (or, for the 2027–2030 indicator
 * list, taken from the published draft) and listed in `unverified`; supply them with
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
  /**
   * The deprivation indicators a household can be deprived in under this standard, in the decree's
   * order. A household whose review date falls under the standard may list only these
   * (`vn.household.indicator_not_in_standard`); the calculators count only these.
   */
  readonly indicators: readonly DeprivationIndicator[];
  /** The dimensions (chiều thiếu hụt) grouping {@link PovertyStandard.indicators}, each indicator in one. */
  readonly dimensions: readonly PovertyDimension[];
  /**
   * The most deprivations a household can have under the standard (10 in 2016–2021, 12 from
   * 2022): the cap on `deprivationCount` and on score B / 10.
   */
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

// QĐ 59/2015 Điều 3.1 ("hiệu lực thi hành kể từ ngày 05 tháng 01 năm 2016. Các nội dung quy định tại
// Điều 1 và Điều 2 … được thực hiện từ ngày 01 tháng 01 năm 2016"), as quoted at
// https://hoidapphapluat.co/quyet-dinh-59-2015-qd-ttg-chuan-ngheo-tiep-can-da-chieu-2016-2010.html;
// NĐ 07/2021 prolonging it for 2021: https://fr.vietnamplus.vn/publication-des-criteres-de-pauvrete-multidimensionnelle-pour-la-periode-20222025/155136.vnp
const QD_59_2015 =
  'Quyết định 59/2015/QĐ-TTg ngày 19/11/2015 ban hành chuẩn nghèo tiếp cận đa chiều áp dụng cho giai đoạn 2016–2020 (hiệu lực 05/01/2016; Điều 1, 2 thực hiện từ 01/01/2016, Điều 3.1)';
const ND_07_2021 =
  'Nghị định 07/2021/NĐ-CP ngày 27/01/2021 quy định chuẩn nghèo đa chiều giai đoạn 2021–2025, Điều 3';
const ND_351_2025 =
  'Nghị định 351/2025/NĐ-CP ngày 30/12/2025 quy định chuẩn nghèo đa chiều quốc gia giai đoạn 2026–2030';
const TT_07_2021 =
  'Thông tư 07/2021/TT-BLĐTBXH ngày 18/07/2021 hướng dẫn phương pháp rà soát, phân loại hộ nghèo, hộ cận nghèo (Phụ lục III, IV)';

const CLASSES: readonly HouseholdClass[] = HOUSEHOLD_CLASSES;

/** The six dimensions and 12 indicators of Nghị định 07/2021/NĐ-CP, Điều 3. */
const DIMENSIONS_2022: readonly PovertyDimension[] = [
  { id: 'employment', name: 'Việc làm', indicators: ['employment', 'dependants'] },
  { id: 'health', name: 'Y tế', indicators: ['nutrition', 'health-insurance'] },
  { id: 'education', name: 'Giáo dục', indicators: ['adult-education', 'school-attendance'] },
  { id: 'housing', name: 'Nhà ở', indicators: ['housing-quality', 'housing-area'] },
  { id: 'water-sanitation', name: 'Nước sinh hoạt và vệ sinh', indicators: ['drinking-water', 'sanitation'] },
  { id: 'information', name: 'Thông tin', indicators: ['telecommunications', 'information-means'] },
];

/**
 * The six dimensions and 12 indicators of 2027–2030 as the draft of Nghị định 351/2025/NĐ-CP set
 * them out: the information dimension keeps telecom use only; "nước sinh hoạt, vệ sinh và môi
 * trường" adds waste treatment. Sources: https://www.vietnam.vn/en/som-ban-hanh-quy-dinh-moi-ve-chuan-ngheo-da-chieu-quoc-gia-giai-doan-2026-2030
 * (the draft) and https://vjs.vietnam.vn/en/pho-thu-tuong-chinh-phu-tran-hong-ha-chu-tri-cuoc-hop-ve-chuan-ngheo-da-chieu-giai-doan-2026-2030
 * (the ministry's report at the meeting of 12/09/2025). The final decree's list was seen only in
 * part ("Chiều thiếu hụt việc làm gồm: chỉ số việc làm, chỉ số người phụ thuộc trong hộ gia đình",
 * https://www.vietnamplus.vn/ban-hanh-quy-dinh-ve-chuan-ngheo-da-chieu-quoc-gia-giai-doan-2026-2030-post1086100.vnp,
 * 31/12/2025), so the list is UNVERIFIED. Within a dimension the order follows Nghị định 07/2021
 * where the summaries differ.
 */
const DIMENSIONS_2027: readonly PovertyDimension[] = [
  { id: 'employment', name: 'Việc làm', indicators: ['employment', 'dependants'] },
  { id: 'health', name: 'Y tế', indicators: ['nutrition', 'health-insurance'] },
  { id: 'education', name: 'Giáo dục', indicators: ['adult-education', 'school-attendance'] },
  { id: 'housing', name: 'Nhà ở', indicators: ['housing-quality', 'housing-area'] },
  { id: 'information', name: 'Thông tin', indicators: ['telecommunications'] },
  {
    id: 'water-sanitation-environment',
    name: 'Nước sinh hoạt, vệ sinh và môi trường',
    indicators: ['drinking-water', 'sanitation', 'waste-treatment'],
  },
];

function flatten(dimensions: readonly PovertyDimension[]): readonly DeprivationIndicator[] {
  return dimensions.flatMap((d) => d.indicators);
}

const INDICATORS_2022 = /* @__PURE__ */ flatten(DIMENSIONS_2022);
const INDICATORS_2027 = /* @__PURE__ */ flatten(DIMENSIONS_2027);

const SCORING_2022: PovertyScoring = {
  lines: { rural: { poverty: 140, nearPoverty: 140 }, urban: { poverty: 175, nearPoverty: 175 } },
  pointsPerDeprivation: 10,
  legalBasis: TT_07_2021,
};

/**
 * The national poverty standards by period (chuẩn nghèo quốc gia theo giai đoạn), oldest first.
 *
 * - `qd-59-2015`: 2016–2020; rural poor ≤ 700.000, near-poor ≤ 1.000.000; urban 900.000 / 1.300.000.
 *   It starts on 01/01/2016: the decision took effect on 05/01/2016, but its Điều 3.1 applies the
 *   criteria and lines of Điều 1 and 2 from 01/01/2016.
 * - `qd-59-2015-2021`: the same standard, kept for 2021 by Nghị định 07/2021/NĐ-CP (in force 15/03/2021).
 * - `nd-07-2021`: 2022–2025; rural 1.500.000, urban 2.000.000; average living standard rural
 *   ≤ 2.250.000, urban ≤ 3.000.000; scores A 140 / 175 and B 10 points a deprivation; 12 indicators
 *   in 6 dimensions.
 * - `nd-07-2021-2026`: the 2022–2025 standard kept for 2026 by Nghị định 351/2025/NĐ-CP.
 * - `nd-351-2025`: 2027–2030; rural 2.200.000, urban (đô thị) 2.800.000; poor = income ≤ line and
 *   ≥ 3 deprivations, near-poor = income ≤ line and < 3. Its 12 indicators (telecom use the only
 *   information indicator; waste treatment added) come from the published draft and are UNVERIFIED,
 *   like the average-living-standard lines and the scoring (left `null`); replace any of them with
 *   {@link customPovertyStandard}.
 *
 * The 2016–2021 standards keep the 12 indicator keys of Nghị định 07/2021 with a cap of 10
 * deprivations, as before. Quyết định 59/2015/QĐ-TTg, Điều 1.2.b, names 10 other indicators
 * (tiếp cận các dịch vụ y tế, bảo hiểm y tế, trình độ giáo dục của người lớn, tình trạng đi học của
 * trẻ em, chất lượng nhà ở, diện tích nhà ở bình quân đầu người, nguồn nước sinh hoạt, hố xí/nhà tiêu
 * hợp vệ sinh, sử dụng dịch vụ viễn thông, tài sản phục vụ tiếp cận thông tin); records of those
 * years usually carry only the count (`deprivationCount`). The 2016–2021 average-living-standard
 * lines and scoring are not in the reference notes either and are left `null`.
 *
 * @example
 * POVERTY_STANDARDS.map((s) => s.id)
 * // => ['qd-59-2015', 'qd-59-2015-2021', 'nd-07-2021', 'nd-07-2021-2026', 'nd-351-2025']
 * POVERTY_STANDARDS[4]?.dimensions.find((d) => d.id === 'information')?.indicators // => ['telecommunications']
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
    indicators: INDICATORS_2022,
    dimensions: DIMENSIONS_2022,
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
      'Nghị định 07/2021/NĐ-CP ngày 27/01/2021 (hiệu lực 15/03/2021) tiếp tục thực hiện Quyết định 59/2015/QĐ-TTg trong năm 2021',
    ],
    effectiveFrom: '2021-01-01',
    effectiveTo: '2021-12-31',
    rule: 'lower-line-or-deprivations',
    classes: CLASSES,
    indicators: INDICATORS_2022,
    dimensions: DIMENSIONS_2022,
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
    indicators: INDICATORS_2022,
    dimensions: DIMENSIONS_2022,
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
    indicators: INDICATORS_2022,
    dimensions: DIMENSIONS_2022,
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
    indicators: INDICATORS_2027,
    dimensions: DIMENSIONS_2027,
    indicatorCount: 12,
    deprivationCutoff: 3,
    incomeLines: {
      rural: { poverty: 2_200_000, nearPoverty: 2_200_000, averageLivingStandard: null },
      urban: { poverty: 2_800_000, nearPoverty: 2_800_000, averageLivingStandard: null },
    },
    scoring: null,
    unverified: [
      'indicators',
      'dimensions',
      'incomeLines.rural.averageLivingStandard',
      'incomeLines.urban.averageLivingStandard',
      'scoring',
    ],
  },
];

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
  /**
   * The dimensions and their indicators to set (e.g. the 2027–2030 list once read from Nghị định
   * 351/2025/NĐ-CP and its guidance): they replace `dimensions`, `indicators` (in the order given)
   * and `indicatorCount` (their number), and leave `unverified`. Indicators are keys of
   * `KNOWN_DEPRIVATION_INDICATORS`, each in one dimension.
   */
  readonly dimensions?: readonly PovertyDimension[];
  /** First day in force (default the base's). */
  readonly effectiveFrom?: LocalDate;
  /** Last day in force (default the base's). */
  readonly effectiveTo?: LocalDate;
}

function checkDimensions(dimensions: readonly PovertyDimension[]): readonly PovertyDimension[] {
  if (!Array.isArray(dimensions) || dimensions.length === 0)
    rangeError('dimensions must be a non-empty array.');
  const seen = new Set<string>();
  const ids = new Set<string>();
  const out: PovertyDimension[] = [];
  for (const d of dimensions) {
    if (d === null || typeof d !== 'object' || typeof d.id !== 'string' || d.id === '')
      rangeError(`a dimension needs an id, got ${show(d)}.`);
    if (ids.has(d.id)) rangeError(`dimension ${show(d.id)} is given twice.`);
    ids.add(d.id);
    if (!Array.isArray(d.indicators) || d.indicators.length === 0)
      rangeError(`dimension ${show(d.id)} has no indicators.`);
    for (const k of d.indicators) {
      if (!(k in INDICATOR_BIT)) rangeError(`unknown indicator ${show(k)} in dimension ${show(d.id)}.`);
      if (seen.has(k)) rangeError(`indicator ${show(k)} is in two dimensions.`);
      seen.add(k);
    }
    out.push({ id: d.id, name: typeof d.name === 'string' ? d.name : d.id, indicators: [...d.indicators] });
  }
  return out;
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
 * notes leave UNVERIFIED (the 2027–2030 average-living-standard lines, scoring, indicator list).
 *
 * Legal basis: provinces may set a standard higher than the national one (Nghị định
 * 07/2021/NĐ-CP; Nghị định 351/2025/NĐ-CP); give the province's act as `legalBasis`.
 *
 * @param base - The national standard it builds on.
 * @param overrides - Lines, scoring, dates and the legal basis of the change.
 * @returns The new standard; fields set here leave `unverified`.
 * @throws RangeError if a line is negative or not finite, lower than the base's line, out of order
 *   (poverty ≤ near-poverty ≤ average), the dates are invalid, `legalBasis` is empty, or a dimension
 *   is empty, repeated, or holds an unknown or repeated indicator.
 * @throws TypeError if `base` is not a standard.
 * @example
 * const s = customPovertyStandard(povertyStandardFor('2027-06-01'), {
 *   legalBasis: 'Caller-verified lines',
 *   incomeLines: { rural: { averageLivingStandard: 3_300_000 }, urban: { averageLivingStandard: 4_200_000 } },
 * });
 * s.incomeLines.rural // => { poverty: 2200000, nearPoverty: 2200000, averageLivingStandard: 3300000 }
 *
 * const t = customPovertyStandard(povertyStandardFor('2027-06-01'), { // the list as read in the decree
 *   legalBasis: 'Nghị định 351/2025/NĐ-CP, Điều 3 (read by the caller)',
 *   dimensions: [...povertyStandardFor('2027-06-01').dimensions.filter((d) => d.id !== 'information'),
 *     { id: 'information', name: 'Thông tin', indicators: ['telecommunications', 'information-means'] }],
 * });
 * t.indicatorCount // => 13
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
  let dimensions = base.dimensions;
  let indicators = base.indicators;
  let indicatorCount = base.indicatorCount;
  if (overrides.dimensions !== undefined) {
    dimensions = checkDimensions(overrides.dimensions);
    indicators = flatten(dimensions);
    indicatorCount = indicators.length;
    unverified.delete('indicators');
    unverified.delete('dimensions');
  }
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
    indicators,
    dimensions,
    indicatorCount,
    deprivationCutoff: base.deprivationCutoff,
    incomeLines: lines,
    scoring: overrides.scoring ?? base.scoring,
    ...(overrides.province !== undefined ? { province: overrides.province } : {}),
    unverified: [...unverified],
  };
}

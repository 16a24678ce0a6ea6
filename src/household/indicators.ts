/**
 * The vocabulary of deprivation indicators (chỉ số thiếu hụt) every poverty standard draws from.
 * Which indicators a standard has, and in which dimensions, is data of the standard
 * (`PovertyStandard.indicators`, `PovertyStandard.dimensions`); this module only names the keys,
 * so schemas and calculators can share one bit index without importing the standards table.
 */

/**
 * The 12 deprivation indicators of Nghị định 07/2021/NĐ-CP, in the order of the decree and of the
 * review reports (12 chỉ số đo lường mức độ thiếu hụt dịch vụ xã hội cơ bản). They are the
 * indicators of the 2022–2025 standard and of its extension to 2026; the 2027–2030 standard has its
 * own list (see `PovertyStandard.indicators`).
 *
 * Legal basis: Nghị định 07/2021/NĐ-CP, Điều 3 (2022–2025, kept for 2026 by Nghị định 351/2025/NĐ-CP).
 *
 * @example
 * DEPRIVATION_INDICATORS[0]  // => 'employment'  (1. Việc làm)
 * DEPRIVATION_INDICATORS[11] // => 'information-means' (12. Phương tiện phục vụ tiếp cận thông tin)
 */
export const DEPRIVATION_INDICATORS = [
  'employment',
  'dependants',
  'nutrition',
  'health-insurance',
  'adult-education',
  'school-attendance',
  'housing-quality',
  'housing-area',
  'drinking-water',
  'sanitation',
  'telecommunications',
  'information-means',
] as const;

/**
 * Every deprivation indicator key the library knows, over all standards: the 12 of Nghị định
 * 07/2021/NĐ-CP, then `waste-treatment` (xử lý rác thải), which the 2027–2030 standard adds to the
 * dimension "nước sinh hoạt, vệ sinh và môi trường". The order is the library's fixed bit order,
 * used by tallies so that tallies of different standards merge.
 *
 * Legal basis: Nghị định 07/2021/NĐ-CP, Điều 3; Nghị định 351/2025/NĐ-CP (the 2027–2030 list,
 * UNVERIFIED: read from the published draft, see `POVERTY_STANDARDS`).
 *
 * @example
 * KNOWN_DEPRIVATION_INDICATORS.length // => 13
 * KNOWN_DEPRIVATION_INDICATORS[12]    // => 'waste-treatment'
 */
export const KNOWN_DEPRIVATION_INDICATORS = [...DEPRIVATION_INDICATORS, 'waste-treatment'] as const;

/**
 * The household classes (phân loại hộ) in tally order, listed once for the domain: the schema's
 * enum, the standards' `classes`, the classifier and the tally read this list.
 *
 * Legal basis: Nghị định 07/2021/NĐ-CP, Điều 3 (hộ nghèo, hộ cận nghèo, hộ có mức sống trung bình).
 *
 * @example
 * HOUSEHOLD_CLASSES // => ['poor', 'near-poor', 'average', 'none']
 */
export const HOUSEHOLD_CLASSES = ['poor', 'near-poor', 'average', 'none'] as const;

/**
 * The label of each of {@link HOUSEHOLD_CLASSES} in Vietnamese and English.
 *
 * @example
 * HOUSEHOLD_CLASS_LABELS['near-poor'].vi // => 'Hộ cận nghèo'
 */
export const HOUSEHOLD_CLASS_LABELS: Readonly<
  Record<(typeof HOUSEHOLD_CLASSES)[number], { readonly vi: string; readonly en: string }>
> = /* @__PURE__ */ Object.freeze({
  poor: { vi: 'Hộ nghèo', en: 'Poor' },
  'near-poor': { vi: 'Hộ cận nghèo', en: 'Near-poor' },
  average: { vi: 'Hộ có mức sống trung bình', en: 'Average living standard' },
  none: { vi: 'Hộ khác', en: 'Other' },
});

/**
 * One deprivation indicator key (chỉ số thiếu hụt) of any standard, see
 * {@link KNOWN_DEPRIVATION_INDICATORS}. Whether a household may report it on a date depends on the
 * standard in force.
 *
 * @example
 * const k: DeprivationIndicator = 'waste-treatment';
 * KNOWN_DEPRIVATION_INDICATORS.includes(k) // => true
 */
export type DeprivationIndicator = (typeof KNOWN_DEPRIVATION_INDICATORS)[number];

/**
 * The Vietnamese name of each deprivation indicator, as the review reports print it. A standard may
 * word an indicator differently (`PovertyStandard.indicatorNames`).
 *
 * Legal basis: Nghị định 07/2021/NĐ-CP, Điều 3; Nghị định 351/2025/NĐ-CP (xử lý rác thải).
 *
 * @example
 * DEPRIVATION_INDICATOR_NAMES['health-insurance'] // => 'Bảo hiểm y tế'
 * DEPRIVATION_INDICATOR_NAMES['waste-treatment']  // => 'Xử lý rác thải'
 */
export const DEPRIVATION_INDICATOR_NAMES: Readonly<Record<DeprivationIndicator, string>> = {
  employment: 'Việc làm',
  dependants: 'Người phụ thuộc trong hộ gia đình',
  nutrition: 'Dinh dưỡng',
  'health-insurance': 'Bảo hiểm y tế',
  'adult-education': 'Trình độ giáo dục của người lớn',
  'school-attendance': 'Tình trạng đi học của trẻ em',
  'housing-quality': 'Chất lượng nhà ở',
  'housing-area': 'Diện tích nhà ở bình quân đầu người',
  'drinking-water': 'Nguồn nước sinh hoạt',
  sanitation: 'Nhà tiêu hợp vệ sinh',
  telecommunications: 'Sử dụng dịch vụ viễn thông',
  'information-means': 'Phương tiện phục vụ tiếp cận thông tin',
  'waste-treatment': 'Xử lý rác thải',
};

/**
 * The six dimensions of Nghị định 07/2021/NĐ-CP (chiều thiếu hụt: việc làm, y tế, giáo dục, nhà ở,
 * nước sinh hoạt và vệ sinh, thông tin) and their indicators, the default of nested equal weights
 * in `alkireFoster`. Each standard carries its own dimensions (`PovertyStandard.dimensions`; the
 * 2027–2030 one differs), which `nestedEqualDeprivationWeights(standard)` reads.
 *
 * Legal basis: Nghị định 07/2021/NĐ-CP, Điều 3.
 *
 * @example
 * HOUSEHOLD_DEPRIVATION_DIMENSIONS.health // => ['nutrition', 'health-insurance']
 */
export const HOUSEHOLD_DEPRIVATION_DIMENSIONS: Readonly<Record<string, readonly DeprivationIndicator[]>> = {
  employment: ['employment', 'dependants'],
  health: ['nutrition', 'health-insurance'],
  education: ['adult-education', 'school-attendance'],
  housing: ['housing-quality', 'housing-area'],
  'water-sanitation': ['drinking-water', 'sanitation'],
  information: ['telecommunications', 'information-means'],
};

/** @internal Bit index of each known indicator, in {@link KNOWN_DEPRIVATION_INDICATORS} order. */
export const INDICATOR_BIT: Readonly<Record<string, number>> = /* @__PURE__ */ (() => {
  const o: Record<string, number> = Object.create(null);
  KNOWN_DEPRIVATION_INDICATORS.forEach((k, i) => {
    o[k] = i;
  });
  return o;
})();

/** @internal The bit mask of a list of indicators (unknown keys are skipped). */
export function indicatorMask(indicators: readonly string[]): number {
  let mask = 0;
  for (let i = 0; i < indicators.length; i++) {
    const b = INDICATOR_BIT[indicators[i]!];
    if (b !== undefined) mask |= 1 << b;
  }
  return mask;
}

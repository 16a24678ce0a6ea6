/**
 * Households and poverty (hộ nghèo, hộ cận nghèo, hộ có mức sống trung bình): schemas of review
 * records, the national poverty standards by period as versioned data, classification by income
 * and deprivations or by review scores, mergeable tallies, rates over resident households,
 * movement between two reviews, and Alkire–Foster measures.
 *
 * Legal basis: Quyết định 59/2015/QĐ-TTg; Nghị định 07/2021/NĐ-CP; Nghị định 351/2025/NĐ-CP;
 * Thông tư 07/2021/TT-BLĐTBXH; Quyết định 24/2021/QĐ-TTg.
 *
 * @module household
 */
export {
  type AlkireFosterOptions,
  type AlkireFosterResult,
  type AlkireFosterTally,
  type AlkireFosterWeights,
  alkireFoster,
  alkireFosterMeasures,
  mergeAlkireFosterTallies,
  nestedEqualDeprivationWeights,
  tallyAlkireFoster,
} from './alkireFoster';
export {
  type AdultEducationBand,
  type ClassifyHouseholdOptions,
  classifyHousehold,
  classifyHouseholdByScores,
  type EmploymentAgeRange,
  HOUSEHOLD_UNCLASSIFIABLE_REASONS,
  type HouseholdClassification,
  type HouseholdClassificationBase,
  type HouseholdClassified,
  type HouseholdClassMethod,
  type HouseholdLineTest,
  type HouseholdReason,
  type HouseholdUnclassifiable,
  type HouseholdUnclassifiableCode,
  type HouseholdUnclassifiableParams,
  type HouseholdUnclassifiableReason,
  type MemberAgeRange,
  type MemberIndicatorThresholds,
} from './classify';
export { DEFAULT_HOUSEHOLD_SCHEMA_OPTIONS, HouseholdSchema, type HouseholdSchemaType } from './defaults';
export { HOUSEHOLD_FIELD_LABELS, HOUSEHOLD_MESSAGES, type HouseholdIssue } from './messages';
export {
  type HouseholdListMovement,
  type HouseholdMovement,
  type HouseholdSnapshotEntry,
  householdMovement,
} from './movement';
export {
  type HouseholdBatchResult,
  type HouseholdDuplicateKey,
  householdKey,
  type ParseHouseholdsOptions,
  parseHouseholds,
} from './parse';
export {
  type GroupedHouseholdPovertyRates,
  type HouseholdPovertyRates,
  householdPovertyRates,
  householdPovertyRatesByGroup,
  type ImpliedHouseholdTotals,
  type PovertyCounts,
  type PovertyRateChange,
  type PovertyRateChangeOptions,
  povertyRateChange,
  totalHouseholdsImpliedByRate,
} from './rates';
export {
  createHouseholdSchema,
  DEPRIVATION_INDICATOR_NAMES,
  DEPRIVATION_INDICATORS,
  type DeprivationIndicator,
  DeprivationIndicatorSchema,
  HOUSEHOLD_CLASS_LABELS,
  HOUSEHOLD_CLASSES,
  HOUSEHOLD_DEPRIVATION_DIMENSIONS,
  type Household,
  type HouseholdArea,
  HouseholdAreaSchema,
  type HouseholdClass,
  HouseholdClassSchema,
  type HouseholdMember,
  HouseholdMemberSchema,
  type HouseholdSchemaOptions,
  KNOWN_DEPRIVATION_INDICATORS,
  type MemberEducationLevel,
  MemberEducationLevelSchema,
  type MemberWorkStatus,
  MemberWorkStatusSchema,
  type RecordedHouseholdClass,
  RecordedHouseholdClassSchema,
} from './schema';
export {
  type CustomPovertyStandardOverrides,
  customPovertyStandard,
  POVERTY_STANDARDS,
  type PovertyDimension,
  type PovertyIncomeLines,
  type PovertyIncomeLinesOverride,
  type PovertyRule,
  type PovertyScoreLines,
  type PovertyScoring,
  type PovertyStandard,
  type PovertyStandardForOptions,
  povertyStandardFor,
} from './standards';
export {
  emptyHouseholdTally,
  HOUSEHOLD_GROUP_DIMENSION_LABELS,
  HOUSEHOLD_GROUP_DIMENSIONS,
  HOUSEHOLD_TALLY,
  HOUSEHOLD_TALLY_LABELS,
  type HouseholdClassCounts,
  type HouseholdGroupDimension,
  type HouseholdTally,
  type HouseholdTallyContext,
  mergeHouseholdTallies,
  tallyHouseholds,
} from './tally';

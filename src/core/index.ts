/**
 * Shared primitives: {@link Ratio} and its exact formatting, Vietnamese calendar dates
 * ({@link LocalDate}), reporting periods, batch parse results and messages, and the
 * administrative-unit change table with the re-keying of figures from old units to new ones
 * ({@link rekeyByUnit}).
 *
 * @module core
 */
export type { RoundingMode } from '../_lib/exact';
export {
  type BatchResult,
  type CreateErrorMapOptions,
  createErrorMap,
  type ParseBatchOptions,
  parseBatch,
  type Rejection,
  type RowIssue,
  toRowIssue,
  vnIssue,
} from './batch';
export {
  type FormatNumberOptions,
  type FormatRatioOptions,
  formatNumber,
  formatRatio,
  type NumberLocale,
  roundRatio,
} from './format';
export { type VnIssuesOptions, vnIssues } from './issues';
export {
  addDays,
  dayOfWeek,
  daysInMonth,
  differenceInDays,
  formatDateVi,
  fromEpochDay,
  isInstant,
  isLocalDate,
  type LocalDate,
  parseDateVi,
  toEpochDay,
  toVietnamDate,
  toVietnamMinutes,
  VIETNAM_UTC_OFFSET_MINUTES,
  vietnamDateOfEpochMs,
} from './localDate';
export {
  CORE_MESSAGES,
  type CoreIssue,
  defineMessage,
  type FieldLabels,
  fieldLabel,
  fillMessage,
  type IssueMessage,
  type IssueOf,
  type Locale,
  type Message,
  type MessageCatalog,
  type MessageContext,
  type MessageParams,
  type MessageText,
  messageFor,
  type ParamSpec,
  type ParamSpecs,
  type ParamsOf,
  type PrintedValue,
  param,
  type RenderMessageOptions,
  renderMessage,
} from './messages';
export {
  customPeriod,
  DECREE_09_2019_CUTOFF_BASIS,
  DECREE_09_2019_SECOND_HALF_BASIS,
  NINE_MONTHS_LOCAL_RULE_BASIS,
  type PeriodCutoff,
  type PeriodKind,
  periodContains,
  type ReportingPeriod,
  type ReportingPeriodOptions,
  type ReportingPeriodSpec,
  reportingPeriod,
} from './period';
export { complementRatio, type Ratio, ratio, sumRatios } from './ratio';
export { CountSchema, DateOrInstantSchema, isUsableDate, LocalDateSchema } from './schema';
export {
  dimensionLabelOf,
  fieldLabelOf,
  labelIn,
  TallyAccumulator,
  type TallyDescriptor,
  type TallyGroup,
  type TallyLabel,
  type TallyLabelLength,
  tallyBy,
  tallyWith,
} from './tally';
export {
  apportion,
  apportionWithin,
  EXAMPLE_UNIT_CHANGES_QUANG_NGAI_2025,
  type RekeyByUnitOptions,
  type RekeyedUnit,
  type RekeyResult,
  rekeyByUnit,
  UNIT_CHANGE_MESSAGES,
  type UnitChange,
  type UnitChangeIssue,
  UnitChangeSchema,
  UnitChangeTableSchema,
  type UnmappableReason,
  type UnmappableUnit,
} from './units';

/**
 * The commune report (báo cáo sơ kết, tổng kết của UBND xã): the figures a report states, filled
 * from the other domains' tallies; Vietnamese numbers read and written as reports print them;
 * consistency rules as data in the manner of DHIS2 validation rules and an audit that lists each
 * inconsistency with its arithmetic; and the report's paragraphs rendered in Vietnamese.
 *
 * @module report
 */
export {
  type AuditReportOptions,
  auditReport,
  type CountInterval,
  evaluateReportRules,
  type FindingValue,
  impliedDenominators,
  type ReportFinding,
  type RuleEvaluation,
  type RuleStatus,
} from './audit';
// Issue 14: the generic figure model, figures found in a report's text, and their audit.
export {
  type AuditReportTextOptions,
  auditReportText,
  type ExtractReportFiguresOptions,
  extractReportFigures,
  type ReportTextAudit,
} from './extract';
export {
  type AuditFiguresOptions,
  auditFigures,
  type CheckOutcome,
  defaultBase,
  FIGURE_CHECK_MESSAGES,
  FIGURE_LEVEL_SETS,
  FIGURE_QUANTITY_LABELS,
  FIGURE_RELATIONS,
  type FigureAudit,
  type FigureCheck,
  type FigureCheckParams,
  type FigureInterval,
  type FigureKind,
  type FigureLevel,
  type FigureRange,
  type FigureRelation,
  type FigureRuleName,
  type FigureTier,
  type ReportFigure,
  type ReportVerdict,
  type RoundingOnly,
} from './figure';
export { FIGURE_CHECK_TEMPLATES } from './figure-messages';
export {
  DOCUMENT_REPORT_FILL,
  DOSSIER_REPORT_FILL,
  type FilledFigure,
  type FillReportOptions,
  fillReportFromTally,
  HOUSEHOLD_REPORT_FILL,
  type PrintRateOptions,
  printedRateFromRatio,
  type ReportFiguresFromDocumentsInput,
  type ReportFiguresFromDossierTallyOptions,
  type ReportFiguresFromHouseholdsInput,
  type ReportFill,
  reportFiguresFromDocuments,
  reportFiguresFromDossierTally,
  reportFiguresFromHeadcount,
  reportFiguresFromHouseholds,
  STAFF_REPORT_FILL,
} from './fill';
export {
  REPORT_ISSUE_MESSAGES,
  type ReportIssue,
  type ReportIssueCode,
  renderReportIssue,
} from './issues';
export { REPORT_FIELD_LABELS, REPORT_MESSAGES } from './messages';
export {
  type FormatReportNumberOptions,
  type FormatReportPercentOptions,
  type FoundNumber,
  findNumbers,
  formatReportNumber,
  formatReportPercent,
  type NumberChange,
  type NumberConvention,
  type NumberHedge,
  type NumberHedgeBound,
  type NumberInterval,
  type NumberReading,
  type NumberReason,
  type ParsedVietnameseNumber,
  type ParseVietnameseNumberOptions,
  parseVietnameseNumber,
  type VietnameseNumberKind,
} from './numbers';
export { type RenderReportViOptions, type ReportUnitKind, renderReportVi } from './render';
export {
  type ComparisonRule,
  type DossierIdentityRule,
  type MissingValueStrategy,
  type RateOverCount,
  type RateRule,
  REPORT_RULES,
  type ReportCountPath,
  type ReportRatePath,
  type ReportRule,
  type RuleImportance,
  type RuleOperator,
  type RuleTerm,
  type SameDenominatorRule,
} from './rules';
export {
  type DocumentReportFigures,
  DocumentReportFiguresSchema,
  type DossierReportFigures,
  DossierReportFiguresSchema,
  type HouseholdReportFigures,
  HouseholdReportFiguresSchema,
  type PrintedRate,
  PrintedRateSchema,
  printedRate,
  REPORT_QUALIFICATION_LABELS,
  REPORT_QUALIFICATION_LEVELS,
  type ReportFigures,
  ReportFiguresSchema,
  type ReportQualificationLevel,
  type StaffReportFigures,
  StaffReportFiguresSchema,
} from './schema';

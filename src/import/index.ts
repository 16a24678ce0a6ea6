/**
 * Importers (nhập dữ liệu từ tệp xuất): a streaming CSV reader written for this package, JSON
 * arrays and JSON Lines, header detection after title rows and over two-row headers, column
 * mappings from the header strings real exports use (Vietnamese with or without diacritics, any
 * Unicode normalisation), the date and number forms of Vietnamese exports, and importers that
 * validate every row with the domain's schema, keep each rejected row with its line, raw cells,
 * field and reason, and feed tallies straight from the stream.
 *
 * Browser-safe: no Node built-ins. Files, XLSX and the command line are in `commune-kpi/node`.
 *
 * @module import
 */
export {
  type CsvOptions,
  type CsvProblem,
  CsvReader,
  type CsvRecord,
  type CsvRowView,
  type CsvSeparator,
  detectCsvSeparator,
  parseCsv,
  readCsvBatches,
} from './csv';
export {
  DOCUMENT_COLUMN_MAP,
  type ImportDocumentsOptions,
  importDocuments,
  streamDocuments,
} from './document';
// Issue 18: the default number of rejections a tally from a source keeps.
export {
  DEFAULT_KEEP_REJECTIONS,
  DOSSIER_COLUMN_MAP,
  type DossierSourceGroup,
  type DossierSourceTally,
  DossierTallyAccumulator,
  type DossierTallyAccumulatorOptions,
  type ImportDossiersOptions,
  importDossiers,
  streamDossiers,
  type TallyDossierSourceOptions,
  tallyDossierSource,
} from './dossier';
// Issue 19: the coded error of a file the importers refuse (not UTF-8, a workbook past its bounds).
export { ImportFileError } from './errors';
export {
  HOUSEHOLD_COLUMN_MAP,
  type ImportHouseholdsOptions,
  importHouseholds,
  streamHouseholds,
} from './household';
export {
  type CrossRowIssue,
  collectImport,
  type DerivedField,
  type DomainImporter,
  type ImportBatch,
  type ImportFormat,
  type ImportIssue,
  type ImportNotice,
  type ImportOptions,
  type ImportProgress,
  type ImportRejection,
  type ImportResult,
  type ImportStream,
  type ImportSummary,
  streamImport,
  type TableSource,
} from './importer';
export { type JsonRecord, readJsonArrayBatches, readJsonLinesBatches } from './json';
export {
  type ColumnField,
  type ColumnKind,
  type ColumnMap,
  type ColumnOverrides,
  type CompiledColumns,
  compileColumns,
  detectHeader,
  type HeaderLayout,
  type MatchedColumn,
  type ReadCellOptions,
  readCell,
  setPath,
} from './mapping';
export { IMPORT_MESSAGES, type ImportProblem, type XlsxUnreadableReason } from './messages';
export { foldHeader, isUnsafeKey } from './normalize';
export {
  type ImportPersonnelOptions,
  importPersonnel,
  PERSONNEL_COLUMN_MAP,
  streamPersonnel,
} from './personnel';
export { type ImportSource, textChunks } from './source';
export {
  type CellValue,
  type DateCellMode,
  type DecimalSeparator,
  excelSerialToIso,
  readBooleanCell,
  readDateCell,
  readNumberCell,
} from './values';

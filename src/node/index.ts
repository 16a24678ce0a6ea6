/**
 * The Node entry (`commune-kpi/node`): open export files as streams, read Excel workbooks through
 * `read-excel-file` (kept out of the browser bundle), tally a dossier export on every core with
 * worker threads (`tallyDossierFile`), write CSV, tables and rejected rows, and run the
 * `commune-kpi` command in-process. Uses Node built-ins; for browsers use `commune-kpi/import`.
 *
 * @module node
 */

// Issue 14: a report's audit from its text or its Word file.
export { runAuditCommand } from './audit-command';
export {
  type CliIo,
  type CommandContext,
  type CommandResult,
  type CommandTable,
  runCli,
  type Subcommand,
} from './cli';
export { DocxReadError, readDocxText } from './docx';
export {
  excelCell,
  type OpenImportFileOptions,
  openImportFile,
  type ReadXlsxTableOptions,
  readXlsxTable,
  type TallyDossierFileOptions,
  tallyDossierFile,
} from './files';
export { describeIssue } from './issues';
export {
  DEFAULT_DOSSIER_RATES,
  DOCUMENT_RATE_LABELS,
  DOSSIER_CHANNEL_LABELS,
  DOSSIER_RATE_LABELS,
  DOSSIER_TABLE_FIELDS,
  HEADCOUNT_VALUE_LABELS,
  type Label,
  labelOf,
} from './labels';
export {
  createRejectsWriter,
  displayWidth,
  escapeFormula,
  formatCsv,
  formatTextTable,
  NODE_OUTPUT_FS,
  type OutputCell,
  type OutputFileSystem,
  REJECTS_CSV_COLUMNS,
  type RejectsWriter,
  type RejectsWriterOptions,
  type SpreadsheetSafetyOptions,
  type TextTableOptions,
  writeTextFile,
} from './output';
// The dossier tally run inside DuckDB or PostgreSQL (issue 15); drivers are optional peers.
export {
  DriverMissingError,
  type DuckDbConnectionLike,
  type DuckDbResultLike,
  type DuckDbTallyOptions,
  type PgClientLike,
  type PostgresTallyOptions,
  type SqlRunResult,
  tallyDossiersDuckDB,
  tallyDossiersPostgres,
} from './sql-runner';
export { formatXlsx, writeXlsxFile, type XlsxOptions, type XlsxSheet } from './xlsx';
// Issue 19: bounds checked before a workbook is read, and the coded error of a refused file.
export {
  checkXlsx,
  DEFAULT_XLSX_LIMITS,
  ImportFileError,
  type XlsxLimits,
} from './xlsx-guard';

/**
 * What a subcommand of `commune-kpi` is made of (thành phần của một lệnh con), so that a new
 * subcommand lives in its own file and is registered with one line in the table of `cli.ts`.
 *
 * @module
 */
import type { Locale } from '../core/messages';
import type { ReportingPeriod } from '../core/period';
import type { ImportOptions, ImportRejection, ImportSummary, TableSource } from '../import/importer';
import type { ImportSource } from '../import/source';
import type { Label } from './labels';
import type { OutputCell } from './output';

/** A table the command prints, writes as CSV or as one sheet of an Excel workbook. */
export interface CommandTable {
  /** Its name: the Excel sheet's tab. */
  readonly name: string;
  /** Rows of cells, the first the header. */
  readonly rows: OutputCell[][];
  /** How many leading columns name a row (default 1). */
  readonly keyColumns?: number;
}

/** What a subcommand gives back to be printed. */
export interface CommandResult {
  /** The import summary, when a file was read (its counts are reported on standard error). */
  readonly summary?: ImportSummary;
  /** The `--format json` document. */
  readonly json: unknown;
  /** The tables of `--format table|csv|xlsx`. */
  readonly tables: readonly CommandTable[];
  /** Lines printed before the table (the period). */
  readonly heading?: readonly string[];
  /** Lines printed after the table (rates of the whole file). */
  readonly footer?: readonly string[];
  /** Notices for standard error (grouping keys missing, rows outside the period). */
  readonly notices?: readonly string[];
}

/** What the command hands a subcommand. */
export interface CommandContext {
  /** The option values, by long name (strings, or `true` for flags). */
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  /** The file argument (`-` for standard input). */
  readonly file: string;
  /** The chosen language. */
  readonly locale: Locale;
  /** A usage error in the chosen language: throws. */
  usage(key: string, params?: Readonly<Record<string, string | number>>): never;
  /** Pass each rejected row here (streamed to `--rejects`, a few kept for the screen). */
  readonly onRejection: (r: ImportRejection) => void;
  /** Whether rejections are being written to a file (then keep none in memory). */
  readonly rejectsToFile: boolean;
  /** Progress of rows read, for the progress bar. */
  readonly onProgress: (p: { readonly read: number }) => void;
  /** Progress of bytes read, for the progress bar. */
  readonly onBytes: (read: number, size: number) => void;
  /** The import options of the common flags (language, separator, `--max-errors`, `--columns`). */
  readonly importOptions: ImportOptions;
  /** The reporting period of `--period`, `--month`, `--quarter` or `--year`, with its label in the language. */
  readonly period?: { readonly period: ReportingPeriod; readonly label: string };
  /** The `--sheet` of an Excel file. */
  readonly sheet?: string | number;
  /** Open the file (or standard input) for the importers; file errors come out as sentences. */
  source(): Promise<ImportSource | TableSource>;
}

/** One subcommand (`dossiers`, `households`, …). */
export interface Subcommand {
  /** Its name. */
  readonly name: string;
  /** Other names it answers to (`ho-so`). */
  readonly aliases: readonly string[];
  /** One line for the help. */
  readonly summary: Label;
  /** The long names of the options it takes besides the common ones. */
  readonly options: readonly string[];
  /** Run it. */
  run(ctx: CommandContext): Promise<CommandResult>;
}

import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatNumber, formatRatio } from '../core/format';
import { isLocalDate } from '../core/localDate';
import type { Locale } from '../core/messages';
import { customPeriod, type ReportingPeriod, reportingPeriod } from '../core/period';
import type { Ratio } from '../core/ratio';
import { dimensionLabelOf, fieldLabelOf } from '../core/tally';
import {
  DOCUMENT_TALLY,
  documentRatesFromTally,
  EMPTY_DOCUMENT_TALLY,
  mergeDocumentTallies,
  tallyDocuments,
} from '../document/rates';
import type { DossierRates } from '../dossier/rates';
import {
  DOSSIER_GROUP_DIMENSIONS,
  DOSSIER_TALLY,
  DOSSIER_TALLY_FIELDS,
  type DossierGroupDimension,
  type DossierTally,
} from '../dossier/tally';
import { householdPovertyRates } from '../household/rates';
import { povertyStandardFor } from '../household/standards';
import {
  emptyHouseholdTally,
  HOUSEHOLD_TALLY,
  mergeHouseholdTallies,
  tallyHouseholds,
} from '../household/tally';
import { DOCUMENT_COLUMN_MAP, streamDocuments } from '../import/document';
import { DOSSIER_COLUMN_MAP, tallyDossierSource } from '../import/dossier';
import { HOUSEHOLD_COLUMN_MAP, streamHouseholds } from '../import/household';
import type { ImportOptions, ImportRejection, ImportSummary } from '../import/importer';
import type { ColumnMap } from '../import/mapping';
import { PERSONNEL_COLUMN_MAP, streamPersonnel } from '../import/personnel';
import { ETHNIC_GROUPS } from '../personnel/codes';
import {
  countHeadcount,
  emptyHeadcount,
  HEADCOUNT_BREAKDOWNS,
  HEADCOUNT_TALLY,
  type HeadcountBreakdown,
  mergeHeadcounts,
} from '../personnel/headcount';
import { PERSONNEL_POSITION_LISTS } from '../personnel/positions';
import { choice, type ParsedArgs, parseCommandLine, str, UsageError } from './args';
import { runAuditCommand } from './audit-command';
import { CLI_TEXT, type CliTextKey, cliText } from './cli-text';
import type { CommandContext, CommandResult, Subcommand } from './command';
import { FileError, fileErrorOf } from './file-errors';
import { openImportFile, tallyDossierFile } from './files';
import { describeIssue } from './issues';
import {
  DEFAULT_DOSSIER_RATES,
  DOCUMENT_RATE_LABELS,
  DOSSIER_CHANNEL_LABELS,
  DOSSIER_RATE_LABELS,
  DOSSIER_TABLE_FIELDS,
  HEADCOUNT_VALUE_LABELS,
  labelOf,
} from './labels';
import {
  createRejectsWriter,
  formatCsv,
  formatTextTable,
  type OutputCell,
  type OutputFileSystem,
  type RejectsWriter,
  writeTextFile,
} from './output';
import { runDossiersEngine } from './sql-cli';
import { writeXlsxFile } from './xlsx';

/** Where the command reads and writes: standard streams, and what the terminal is. */
export interface CliIo {
  /** Write to standard output. */
  readonly stdout: (text: string) => void;
  /** Write to standard error. */
  readonly stderr: (text: string) => void;
  /** Whether standard error is a terminal (a progress bar is drawn only then). */
  readonly stderrIsTTY: boolean;
  /** Standard input, read when the file argument is `-` (default `process.stdin`). */
  readonly stdin?: AsyncIterable<Uint8Array | string>;
  /** Width of the terminal standard output goes to (`process.stdout.columns`); none when not a terminal. */
  readonly columns?: number;
  /**
   * The file operations `--out` and `--rejects` are written with (default `node:fs`); a test
   * injects a failing disk here (`ENOSPC`).
   */
  readonly fs?: OutputFileSystem;
}

/** Options every subcommand takes, with an example value for the "needs a value" message. */
const COMMON_OPTIONS: Readonly<
  Record<string, { readonly type: 'string' | 'boolean'; readonly example?: string }>
> = {
  period: { type: 'string', example: '2026-01-01..2026-03-31' },
  month: { type: 'string', example: '2026-03' },
  quarter: { type: 'string', example: '2026Q1' },
  year: { type: 'string', example: '2026' },
  cutoff: { type: 'string', example: 'calendar' },
  format: { type: 'string', example: 'csv' },
  out: { type: 'string', example: 'ket-qua.csv' },
  rejects: { type: 'string', example: 'loi.csv' },
  'max-errors': { type: 'string', example: '100' },
  separator: { type: 'string', example: ';' },
  sheet: { type: 'string', example: '1' },
  columns: { type: 'string', example: '"Cơ quan giải quyết=unit"' },
  lang: { type: 'string', example: 'en' },
  width: { type: 'string', example: '100' },
  'no-progress': { type: 'boolean' },
  'no-escape-formulas': { type: 'boolean' },
  help: { type: 'boolean' },
  version: { type: 'boolean' },
};

const COMMAND_OPTIONS: Readonly<Record<string, { readonly type: 'string'; readonly example: string }>> = {
  by: { type: 'string', example: 'unit,month' },
  rates: { type: 'string', example: 'all' },
  unit: { type: 'string', example: '"UBND xã A"' },
  reappointment: { type: 'string', example: 'reappointed' },
  workers: { type: 'string', example: '1' },
  'as-of': { type: 'string', example: '2026-03-31' },
  area: { type: 'string', example: 'rural' },
  'total-households': { type: 'string', example: '1200' },
  'duplicate-key': { type: 'string', example: 'code' },
  direction: { type: 'string', example: 'incoming' },
  issuer: { type: 'string', example: '"UBND xã A"' },
  electronic: { type: 'string', example: 'yes' },
  'agency-signature': { type: 'string', example: 'yes' },
  'signer-signature': { type: 'string', example: 'no' },
};

const ALL_OPTIONS = { ...COMMON_OPTIONS, ...COMMAND_OPTIONS };
const SHORT: Readonly<Record<string, string>> = { h: 'help', V: 'version', v: 'version' };

/** The reporting period and its label in the chosen language. */
function periodOf(
  values: ParsedArgs['values'],
  locale: Locale,
): { period: ReportingPeriod; label: string } | undefined {
  const cutoffText = str(values, 'cutoff') ?? 'decree';
  if (cutoffText !== 'decree' && cutoffText !== 'calendar') {
    throw new UsageError('badChoice', { option: '--cutoff', choices: 'decree, calendar' });
  }
  const cutoff = cutoffText === 'calendar' ? 'calendar' : 'decree-09-2019';
  const given = ['period', 'month', 'quarter', 'year'].filter((k) => str(values, k) !== undefined);
  if (given.length > 1) throw new UsageError('onePeriod');
  const d = (x: string): string => `${x.slice(8, 10)}/${x.slice(5, 7)}/${x.slice(0, 4)}`;
  const range = (p: ReportingPeriod): string =>
    locale === 'vi' ? `từ ngày ${d(p.start)} đến ngày ${d(p.end)}` : `from ${d(p.start)} to ${d(p.end)}`;
  const named = (p: ReportingPeriod, en: string): { period: ReportingPeriod; label: string } => ({
    period: p,
    label: locale === 'vi' ? p.label : `${en} (${range(p)})`,
  });
  const p = str(values, 'period');
  if (p !== undefined) {
    const [a, b, extra] = p.split('..');
    if (a === undefined || b === undefined || extra !== undefined || !isLocalDate(a) || !isLocalDate(b)) {
      throw new UsageError('badPeriod', { value: p });
    }
    if (b < a) throw new UsageError('periodOrder', { start: d(a), end: d(b) });
    const period = customPeriod(a, b);
    return { period, label: range(period) };
  }
  const m = str(values, 'month');
  if (m !== undefined) {
    const mm = /^(\d{4})-(\d{2})$/.exec(m);
    const month = mm === null ? 0 : Number(mm[2]);
    if (mm === null || month < 1 || month > 12 || +mm[1]! < 1900 || +mm[1]! > 2200) {
      throw new UsageError('badMonth', { value: m });
    }
    const y = Number(mm[1]);
    return named(reportingPeriod({ kind: 'month', year: y, month }, { cutoff }), `Month ${month}/${y}`);
  }
  const q = str(values, 'quarter');
  if (q !== undefined) {
    const qq = /^(\d{4})-?Q([1-4])$/i.exec(q);
    if (qq === null || +qq[1]! < 1900 || +qq[1]! > 2200) throw new UsageError('badQuarter', { value: q });
    const y = Number(qq[1]);
    const n = Number(qq[2]) as 1 | 2 | 3 | 4;
    return named(reportingPeriod({ kind: 'quarter', year: y, quarter: n }, { cutoff }), `Q${n} ${y}`);
  }
  const y = str(values, 'year');
  if (y !== undefined) {
    if (!/^\d{4}$/.test(y) || +y < 1900 || +y > 2200) throw new UsageError('badYear', { value: y });
    return named(reportingPeriod({ kind: 'year', year: Number(y) }, { cutoff }), `Year ${y}`);
  }
  return undefined;
}

function positiveInt(values: ParsedArgs['values'], name: string, zero = false): number | undefined {
  const t = str(values, name);
  if (t === undefined) return undefined;
  const n = /^\d+$/.test(t.trim()) ? Number(t) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < (zero ? 0 : 1)) {
    throw new UsageError(zero ? 'badIntegerZero' : 'badInteger', { option: `--${name}`, value: t });
  }
  return n;
}

function yesNo(values: ParsedArgs['values'], name: string): boolean | undefined {
  const v = str(values, name);
  if (v === undefined) return undefined;
  if (['yes', 'true', 'co', 'có'].includes(v)) return true;
  if (['no', 'false', 'khong', 'không'].includes(v)) return false;
  throw new UsageError('badChoice', { option: `--${name}`, choices: 'yes, no' });
}

function importOptionsOf(values: ParsedArgs['values'], locale: Locale): ImportOptions {
  const sep = str(values, 'separator');
  const separator = sep === undefined ? undefined : sep === 'tab' || sep === '\\t' ? '\t' : sep;
  if (separator !== undefined && separator !== ',' && separator !== ';' && separator !== '\t') {
    throw new UsageError('badChoice', { option: '--separator', choices: ', ; tab' });
  }
  const maxErrors = positiveInt(values, 'max-errors');
  let columns: Map<string, string> | undefined;
  const cols = str(values, 'columns');
  if (cols !== undefined) {
    columns = new Map();
    for (const part of cols.split(',')) {
      const eq = part.lastIndexOf('=');
      if (eq <= 0) throw new UsageError('badColumns', { value: cols });
      columns.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
    }
  }
  return {
    locale,
    ...(separator !== undefined ? { separator } : {}),
    ...(maxErrors !== undefined ? { maxErrors } : {}),
    ...(columns !== undefined ? { columns } : {}),
  };
}

/**
 * A rate as officials write it: the rounded percentage and the counts it comes from,
 * `98,51% (464/471)` (vi) or `98.51% (464/471)` (en), thousands separated.
 */
function rateCell(r: Ratio, locale: Locale): string {
  return `${formatRatio(r, { locale })} (${formatNumber(r.numerator, { locale })}/${formatNumber(r.denominator, { locale })})`;
}

const DIMENSIONS: readonly DossierGroupDimension[] = DOSSIER_GROUP_DIMENSIONS;
const EMPTY_KEY_COLUMNS: Readonly<Record<DossierGroupDimension, string>> = {
  unit: '«Đơn vị tiếp nhận»',
  receivingUnit: '«Đơn vị tiếp nhận»',
  handlingUnit: '«Đơn vị giải quyết»',
  field: '«Mã lĩnh vực» / «Lĩnh vực»',
  procedure: '«Mã TTHC»',
  channel: '«Kênh thực hiện»',
  month: '«Ngày tiếp nhận»',
};

const dossiersCount = (t: DossierTally): number => t.received + t.outOfScope;

const DOSSIER_COMMAND: Subcommand = {
  name: 'dossiers',
  aliases: ['ho-so'],
  summary: {
    vi: 'Hồ sơ thủ tục hành chính: tổng hợp theo kỳ và các tỷ lệ giải quyết đúng hạn',
    en: 'Administrative-procedure dossiers: tally for a period and every on-time rate',
  },
  options: ['by', 'rates', 'unit', 'reappointment', 'workers'],
  async run(ctx: CommandContext) {
    const s = ctx;
    const L = ctx.locale;
    if (s.period === undefined) ctx.usage('needsPeriod', { command: 'dossiers' });
    const { period, label } = s.period;
    const byText = str(ctx.values, 'by');
    const by = (
      byText === undefined || byText === '' ? [] : byText.split(',').map((x) => x.trim())
    ) as DossierGroupDimension[];
    for (const b of by) {
      if (!DIMENSIONS.includes(b)) ctx.usage('badBy', { value: b, choices: DIMENSIONS.join(', ') });
    }
    const rateNames = Object.keys(DOSSIER_RATE_LABELS) as (keyof DossierRates)[];
    const ratesText = str(ctx.values, 'rates');
    const rates =
      ratesText === undefined
        ? undefined
        : ratesText === 'all'
          ? rateNames
          : ratesText.split(',').map((x) => {
              const k = x.trim();
              if (!Object.hasOwn(DOSSIER_RATE_LABELS, k))
                ctx.usage('badRate', { value: k, choices: rateNames.join(', ') });
              return k as keyof DossierRates;
            });
    const re = choice(ctx.values, 'reappointment', ['original', 'reappointed'] as const);
    const unit = str(ctx.values, 'unit');
    const workers = positiveInt(ctx.values, 'workers') ?? availableParallelism();
    const options = {
      ...s.importOptions,
      period,
      by,
      ...(ctx.rejectsToFile ? { onRejection: ctx.onRejection } : {}),
      onProgress: ctx.onProgress,
      keepRejections: ctx.rejectsToFile ? 0 : 5,
      ...(unit !== undefined ? { unit } : {}),
      ...(re !== undefined ? { reappointment: re } : {}),
    };
    const result =
      ctx.file === '-'
        ? await tallyDossierSource(await s.source(), options)
        : await tallyDossierFile(ctx.file, {
            ...options,
            workers,
            ...(s.sheet !== undefined ? { sheet: s.sheet } : {}),
            onBytes: ctx.onBytes,
          });
    if (!ctx.rejectsToFile) for (const r of result.rejections) ctx.onRejection(r);
    const notices: string[] = [];
    const none = CLI_TEXT[L].none;
    for (const d of by) {
      let n = 0;
      for (const g of result.groups) if ((g.key[d] ?? '') === '') n += dossiersCount(g.tally);
      if (n > 0) {
        notices.push(
          cliText(L, 'emptyKey', {
            n: formatNumber(n, { locale: L }),
            dimension: dimensionLabelOf(DOSSIER_TALLY, d, L, 'short').toLowerCase(),
            columns: EMPTY_KEY_COLUMNS[d],
            none,
          }),
        );
      }
    }
    const out = result.total.outOfScope;
    if (out > 0) {
      notices.push(
        cliText(L, 'outOfScope', {
          n: formatNumber(out, { locale: L }),
          valid: formatNumber(result.summary.valid, { locale: L }),
          counted: formatNumber(result.total.received, { locale: L }),
        }),
      );
    }
    const keyCell = (d: DossierGroupDimension, v: string | undefined): string =>
      v === undefined || v === '' ? none : d === 'channel' ? labelOf(DOSSIER_CHANNEL_LABELS, v, L) : v;
    const tableRates = rates ?? DEFAULT_DOSSIER_RATES;
    const fileRates = rates ?? rateNames;
    const fmt = str(ctx.values, 'format') ?? 'table';
    const fields = fmt === 'table' ? DOSSIER_TABLE_FIELDS : DOSSIER_TALLY_FIELDS;
    const shown = fmt === 'table' ? tableRates : fileRates;
    const rows: OutputCell[][] = [
      [
        ...by.map((d) => dimensionLabelOf(DOSSIER_TALLY, d, L, 'short')),
        ...fields.map((f) => fieldLabelOf(DOSSIER_TALLY, f, L, 'short')),
        ...shown.map((r) => labelOf(DOSSIER_RATE_LABELS, r, L)),
      ],
    ];
    for (const g of result.groups) {
      rows.push([
        ...by.map((d) => keyCell(d, g.key[d])),
        ...fields.map((f) => g.tally[f]),
        ...shown.map((r) => rateCell(g.rates[r], L)),
      ]);
    }
    rows.push([
      ...by.map((_, i) => (i === 0 ? CLI_TEXT[L].total : '')),
      ...fields.map((f) => result.total[f]),
      ...shown.map((r) => rateCell(result.rates[r], L)),
    ]);
    if (by.length === 0) {
      // No grouping: the one row is named in a first column of its own.
      rows[0]!.unshift('');
      rows[rows.length - 1]!.unshift(CLI_TEXT[L].total);
    }
    return {
      summary: result.summary,
      json: {
        period,
        summary: result.summary,
        total: result.total,
        rates: result.rates,
        groups: result.groups,
      },
      heading: [`${CLI_TEXT[L].period}: ${label}`],
      tables: [
        {
          name: L === 'vi' ? 'Hồ sơ' : 'Dossiers',
          rows,
          keyColumns: Math.max(1, by.length),
        },
      ],
      notices,
    };
  },
};

function asOfOf(ctx: CommandContext, s: CommandContext, command: string): string {
  const v = str(ctx.values, 'as-of');
  if (v !== undefined) {
    if (!isLocalDate(v)) ctx.usage('badDate', { option: '--as-of', value: v });
    return v;
  }
  if (s.period === undefined) ctx.usage('needsAsOf', { command });
  return s.period.period.end;
}

const HOUSEHOLD_COMMAND: Subcommand = {
  name: 'households',
  aliases: ['ho-ngheo'],
  summary: {
    vi: 'Rà soát hộ nghèo, cận nghèo: số hộ, số khẩu, tỷ lệ hộ nghèo',
    en: 'Poverty review: households, members, poverty and near-poverty rates',
  },
  options: ['as-of', 'area', 'total-households', 'duplicate-key'],
  async run(ctx: CommandContext) {
    const s = ctx;
    const L = ctx.locale;
    const asOf = asOfOf(ctx, s, 'households');
    const area = choice(ctx.values, 'area', ['rural', 'urban'] as const);
    const dk = choice(ctx.values, 'duplicate-key', ['code', 'code-village-head', 'none'] as const);
    const totalGiven = positiveInt(ctx.values, 'total-households', true);
    const standard = povertyStandardFor(asOf);
    const stream = streamHouseholds(await s.source(), {
      ...s.importOptions,
      onProgress: ctx.onProgress,
      ...(area !== undefined ? { area } : {}),
      ...(dk !== undefined ? { duplicateKey: dk } : {}),
    });
    let tally = emptyHouseholdTally();
    for await (const b of stream) {
      tally = mergeHouseholdTallies(tally, tallyHouseholds(b.valid, standard));
      for (const x of b.rejected) ctx.onRejection(x);
    }
    const total = totalGiven ?? tally.all.households;
    const rates = householdPovertyRates(tally.all, total);
    const keys = ['households', 'members', 'poor', 'nearPoor', 'poorMembers', 'nearPoorMembers'] as const;
    const rows: OutputCell[][] = [
      [
        dimensionLabelOf(HOUSEHOLD_TALLY, 'village', L, 'short'),
        ...keys.map((k) => fieldLabelOf(HOUSEHOLD_TALLY, k, L, 'short')),
      ],
    ];
    for (const [v, c] of Object.entries(tally.byVillage).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      rows.push([v === '' ? CLI_TEXT[L].none : v, ...keys.map((k) => c[k])]);
    }
    rows.push([CLI_TEXT[L].total, ...keys.map((k) => tally.all[k])]);
    return {
      summary: stream.summary,
      json: { asOf, summary: stream.summary, tally, rates, totalHouseholds: total },
      tables: [{ name: L === 'vi' ? 'Hộ nghèo' : 'Households', rows }],
      footer: [
        cliText(L, 'rateLine', {
          poverty: rateCell(rates.poverty, L),
          nearPoverty: rateCell(rates.nearPoverty, L),
          total: formatNumber(total, { locale: L }),
        }),
      ],
    };
  },
};

const POSITION_TITLES = /* @__PURE__ */ (() => {
  const m = new Map<string, string>();
  for (const list of PERSONNEL_POSITION_LISTS)
    for (const p of list.positions) if (!m.has(p.code)) m.set(p.code, p.title);
  return m;
})();

/** The descriptor's dimension of a breakdown: `byAgeBand` → `ageBand`. */
const dimensionOf = (b: HeadcountBreakdown): string => b.charAt(2).toLowerCase() + b.slice(3);

function headcountValue(breakdown: string, key: string, locale: Locale): string {
  if (breakdown === 'byPosition') return POSITION_TITLES.get(key) ?? key;
  if (breakdown === 'byEthnicity') {
    const n = Number(key);
    return Number.isInteger(n) && n >= 1 && n <= ETHNIC_GROUPS.length ? ETHNIC_GROUPS[n - 1]! : key;
  }
  const table = Object.hasOwn(HEADCOUNT_VALUE_LABELS, breakdown) ? HEADCOUNT_VALUE_LABELS[breakdown]! : {};
  return labelOf(table, key, locale);
}

const PERSONNEL_COMMAND: Subcommand = {
  name: 'personnel',
  aliases: ['can-bo'],
  summary: {
    vi: 'Cán bộ, công chức: số lượng theo loại, giới tính, độ tuổi, trình độ…',
    en: 'Commune staff: headcounts by category, sex, age band, qualification…',
  },
  options: ['as-of'],
  async run(ctx: CommandContext) {
    const s = ctx;
    const L = ctx.locale;
    const asOf = asOfOf(ctx, s, 'personnel');
    const stream = streamPersonnel(await s.source(), {
      ...s.importOptions,
      onProgress: ctx.onProgress,
      asOf,
    });
    let tally = emptyHeadcount();
    for await (const b of stream) {
      tally = mergeHeadcounts(tally, countHeadcount(b.valid, asOf));
      for (const x of b.rejected) ctx.onRejection(x);
    }
    const rows: OutputCell[][] = [
      L === 'vi' ? ['Phân tổ', 'Nhóm', 'Số người'] : ['Breakdown', 'Group', 'People'],
    ];
    for (const b of HEADCOUNT_BREAKDOWNS) {
      for (const [k, n] of Object.entries(tally[b])) {
        rows.push([
          dimensionLabelOf(HEADCOUNT_TALLY, dimensionOf(b), L, 'short'),
          headcountValue(b, k, L),
          n,
        ]);
      }
    }
    rows.push([CLI_TEXT[L].total, '', tally.total]);
    return {
      summary: stream.summary,
      json: { asOf, summary: stream.summary, headcount: tally },
      tables: [{ name: L === 'vi' ? 'Cán bộ' : 'Staff', rows }],
    };
  },
};

const DOCUMENT_COMMAND: Subcommand = {
  name: 'documents',
  aliases: ['van-ban'],
  summary: {
    vi: 'Sổ đăng ký văn bản: số văn bản đi, đến và tỷ lệ văn bản điện tử',
    en: 'Document register: outgoing and incoming documents and electronic-document rates',
  },
  options: ['direction', 'issuer', 'electronic', 'agency-signature', 'signer-signature'],
  async run(ctx: CommandContext) {
    const s = ctx;
    const L = ctx.locale;
    const direction = choice(ctx.values, 'direction', ['incoming', 'outgoing'] as const);
    const issuer = str(ctx.values, 'issuer');
    const electronic = yesNo(ctx.values, 'electronic');
    const agencySignature = yesNo(ctx.values, 'agency-signature');
    const signerSignature = yesNo(ctx.values, 'signer-signature');
    const period = s.period?.period;
    const stream = streamDocuments(await s.source(), {
      ...s.importOptions,
      onProgress: ctx.onProgress,
      ...(direction !== undefined ? { direction } : {}),
      ...(issuer !== undefined ? { issuer } : {}),
      ...(electronic !== undefined ? { electronic } : {}),
      ...(agencySignature !== undefined ? { agencySignature } : {}),
      ...(signerSignature !== undefined ? { signerSignature } : {}),
    });
    let docTally = EMPTY_DOCUMENT_TALLY;
    for await (const b of stream) {
      docTally = mergeDocumentTallies(
        docTally,
        tallyDocuments(b.valid, period !== undefined ? { period } : {}),
      );
      for (const x of b.rejected) ctx.onRejection(x);
    }
    const rates = documentRatesFromTally(docTally);
    const rows: OutputCell[][] = [L === 'vi' ? ['Chỉ tiêu', 'Giá trị'] : ['Figure', 'Value']];
    for (const k of DOCUMENT_TALLY.fields)
      rows.push([fieldLabelOf(DOCUMENT_TALLY, k, L, 'short'), docTally[k as keyof typeof docTally]]);
    for (const [k, v] of Object.entries(rates))
      rows.push([labelOf(DOCUMENT_RATE_LABELS, k, L), rateCell(v as Ratio, L)]);
    return {
      summary: stream.summary,
      json: { period, summary: stream.summary, tally: docTally, rates },
      ...(s.period !== undefined ? { heading: [`${CLI_TEXT[L].period}: ${s.period.label}`] } : {}),
      tables: [{ name: L === 'vi' ? 'Văn bản' : 'Documents', rows }],
    };
  },
};

/**
 * The subcommands, in help order. A new subcommand lives in its own file and is added here, one
 * line; its options go to `COMMAND_OPTIONS`.
 */
const SUBCOMMANDS: readonly Subcommand[] = [
  DOSSIER_COMMAND,
  HOUSEHOLD_COMMAND,
  PERSONNEL_COMMAND,
  DOCUMENT_COMMAND,
];

/** Name or alias → subcommand; a `Map`, so that `constructor` is no command. */
const BY_NAME = /* @__PURE__ */ (() => {
  const m = new Map<string, Subcommand>();
  for (const c of SUBCOMMANDS) for (const n of [c.name, ...c.aliases]) m.set(n, c);
  return m;
})();

const COLUMN_MAPS: Readonly<Record<string, ColumnMap>> = {
  dossiers: DOSSIER_COLUMN_MAP,
  households: HOUSEHOLD_COLUMN_MAP,
  personnel: PERSONNEL_COLUMN_MAP,
  documents: DOCUMENT_COLUMN_MAP,
};

/** The package's version, from its `package.json` (next to `dist/` or `src/`). */
function packageVersion(): string {
  let dir = dirname(typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const f = join(dir, 'package.json');
    if (existsSync(f)) {
      try {
        const pkg = JSON.parse(readFileSync(f, 'utf8')) as { name?: unknown; version?: unknown };
        if (pkg.name === 'commune-kpi' && typeof pkg.version === 'string') return pkg.version;
      } catch {
        // not ours
      }
    }
    dir = dirname(dir);
  }
  return 'unknown';
}

const HELP: Record<Locale, string> = {
  vi: `commune-kpi — tổng hợp số liệu từ tệp xuất của xã, phường

Cách dùng:
  commune-kpi <lệnh> <tệp> [tùy chọn]      (tệp là - : đọc từ đầu vào chuẩn, CSV hoặc JSON)

Lệnh:
{commands}

Tệp: CSV (dấu phân cách , hoặc ; tự nhận), JSON, JSON Lines hoặc Excel .xlsx. Dòng tiêu đề
được tìm sau các dòng tên biểu; tiêu đề hai dòng (ô gộp) được đọc.

Kỳ báo cáo (một trong các cách):
  --period 2026-01-01..2026-03-31   Từ ngày .. đến ngày (gồm cả hai ngày)
  --month 2026-03                   Tháng
  --quarter 2026Q1                  Quý
  --year 2026                       Năm
  --cutoff decree|calendar          Ngày chốt số liệu: decree (mặc định, từ ngày 15 tháng trước
                                    đến ngày 14, NĐ 09/2019/NĐ-CP) hoặc calendar (theo tháng dương lịch)

Tùy chọn chung:
  --format table|csv|json|xlsx  Dạng kết quả (mặc định table: bảng trên màn hình; xlsx cần --out)
  --out <tệp>               Ghi kết quả vào tệp thay vì màn hình
  --rejects <tệp>           Ghi các dòng bị loại (CSV đọc lại được; JSON Lines nếu tên tệp kết thúc .jsonl)
  --max-errors <n>          Dừng sau n dòng lỗi (mặc định: đọc hết tệp)
  --separator , | ; | tab   Dấu phân cách CSV (mặc định: tự nhận)
  --sheet <tên|số>          Trang tính của tệp Excel (mặc định: trang đầu)
  --columns "Tiêu đề=trường,…"  Ghép thêm cột vào trường (ví dụ "Cơ quan giải quyết=unit")
  --width <n>               Độ rộng bảng (mặc định: độ rộng cửa sổ); bảng rộng hơn thì gập tiêu đề
                            hoặc in dọc từng dòng
  --no-escape-formulas      Không thêm dấu ' trước ô bắt đầu bằng = + - @ trong CSV, Excel
                            (mặc định có thêm, để Excel không chạy ô đó như công thức)
  --lang vi|en              Ngôn ngữ (mặc định vi)
  --no-progress             Không hiện thanh tiến độ
  -h, --help                Trợ giúp này
  -V, --version             Phiên bản

Hồ sơ (dossiers):
  --by unit,month           Nhóm theo: unit (đơn vị), receivingUnit, handlingUnit, field (lĩnh vực:
                            mã lĩnh vực, không có thì tên lĩnh vực), procedure (thủ tục), channel
                            (kênh), month (tháng tiếp nhận)
  --rates all|tên,…         Các tỷ lệ in ra (mặc định onTimeCompleted,onTimeRealtime,online; CSV,
                            Excel: tất cả): {rates}
  --unit <tên>              Đơn vị tiếp nhận khi tệp không có cột đơn vị
  --reappointment original|reappointed  Hạn dùng để xét hồ sơ hẹn lại (mặc định original)
  --workers <N>             Số luồng đọc tệp CSV (mặc định: số lõi CPU; 1: một luồng)

Hộ (households):
  --as-of <YYYY-MM-DD>      Ngày áp chuẩn nghèo (mặc định: ngày cuối kỳ)
  --area rural|urban        Khu vực khi tệp không có cột khu vực
  --total-households <n>    Tổng số hộ dân cư làm mẫu số tỷ lệ (mặc định: số hộ trong tệp)
  --duplicate-key code|code-village-head|none  Khóa phát hiện hộ trùng (mặc định code-village-head)

Cán bộ (personnel):
  --as-of <YYYY-MM-DD>      Ngày tính số lượng (mặc định: ngày cuối kỳ)

Văn bản (documents):
  --direction incoming|outgoing   Sổ văn bản đến hoặc đi (mặc định: tự nhận theo cột Số đến)
  --issuer <tên>            Cơ quan ban hành khi tệp không có cột này
  --electronic yes|no, --agency-signature yes|no, --signer-signature yes|no
                            Giá trị cho các cột sổ không có

Tỷ lệ in dạng 98,51% (464/471): phần trăm làm tròn 2 chữ số, tử số/mẫu số.

Ví dụ:
  npx commune-kpi dossiers ho-so-quy-1.csv --quarter 2026Q1 --cutoff calendar --by unit,month
  npx commune-kpi dossiers ho-so.xlsx --month 2026-03 --format xlsx --out bao-cao.xlsx --rejects loi.csv
  cat ho-so.csv | npx commune-kpi dossiers - --year 2026 --rates all

Mã thoát: 0 thành công; 1 lỗi dữ liệu hoặc tệp (kể cả khi không có dòng nào hợp lệ); 2 sai tham số.
`,
  en: `commune-kpi — figures from the exports of Vietnamese communes and wards

Usage:
  commune-kpi <command> <file> [options]   (file - : read standard input, CSV or JSON)

Commands:
{commands}

File: CSV (separator , or ; detected), JSON, JSON Lines or Excel .xlsx. The header row is found
below title rows; two-row headers (merged cells) are read.

Reporting period (one of):
  --period 2026-01-01..2026-03-31   From .. to, both days included
  --month 2026-03                   A month
  --quarter 2026Q1                  A quarter
  --year 2026                       A year
  --cutoff decree|calendar          Data cut-off: decree (default, 15th of the month before to the
                                    14th, Decree 09/2019/ND-CP) or calendar (calendar months)

Common options:
  --format table|csv|json|xlsx  Output form (default table: a table on screen; xlsx needs --out)
  --out <file>              Write the result to a file instead of the screen
  --rejects <file>          Write rejected rows (CSV that reads back; JSON Lines when the name ends with .jsonl)
  --max-errors <n>          Stop after n rejected rows (default: read the whole file)
  --separator , | ; | tab   CSV separator (default: detected)
  --sheet <name|number>     Sheet of an Excel file (default: the first)
  --columns "Header=field,…"  Map more columns to fields (e.g. "Cơ quan giải quyết=unit")
  --width <n>               Table width (default: the terminal's); a wider table wraps its header
                            or prints each row vertically
  --no-escape-formulas      Do not put ' before cells starting with = + - @ in CSV and Excel files
                            (by default it is put, so that Excel never runs such a cell as a formula)
  --lang vi|en              Language (default vi)
  --no-progress             No progress bar
  -h, --help                This help
  -V, --version             The version

Dossiers:
  --by unit,month           Group by: unit, receivingUnit, handlingUnit, field (the field code, or
                            the field name when there is no code), procedure, channel, month (of receipt)
  --rates all|name,…        Rates to print (default onTimeCompleted,onTimeRealtime,online; CSV and
                            Excel: all): {rates}
  --unit <name>             Receiving unit when the file has no unit column
  --reappointment original|reappointed  Which due date judges a re-appointed dossier (default original)
  --workers <N>             Threads to read a CSV file with (default: the number of cores; 1: one thread)

Households:
  --as-of <YYYY-MM-DD>      Date of the poverty standard (default: the period's last day)
  --area rural|urban        Area when the file has no area column
  --total-households <n>    All resident households, the rates' denominator (default: households in the file)
  --duplicate-key code|code-village-head|none  Key for duplicate households (default code-village-head)

Personnel:
  --as-of <YYYY-MM-DD>      Date of the headcount (default: the period's last day)

Documents:
  --direction incoming|outgoing   Incoming or outgoing register (default: detected from the Số đến column)
  --issuer <name>           Issuing agency when the file has no such column
  --electronic yes|no, --agency-signature yes|no, --signer-signature yes|no
                            Values for columns the register lacks

Rates print as 98.51% (464/471): the percentage rounded to 2 places, numerator/denominator.

Examples:
  npx commune-kpi dossiers ho-so-quy-1.csv --quarter 2026Q1 --cutoff calendar --by unit,month
  npx commune-kpi dossiers ho-so.xlsx --month 2026-03 --format xlsx --out report.xlsx --rejects errors.csv
  cat ho-so.csv | npx commune-kpi dossiers - --year 2026 --rates all

Exit codes: 0 success; 1 data or file error (also when no row is valid); 2 bad arguments.
`,
};

function helpText(locale: Locale): string {
  const commands = SUBCOMMANDS.map(
    (c) => `  ${[c.name, ...c.aliases].join(', ').padEnd(22)}${c.summary[locale]}`,
  ).join('\n');
  return HELP[locale]
    .replace('{commands}', commands)
    .replace('{rates}', Object.keys(DOSSIER_RATE_LABELS).join(', '));
}

function progressBar(io: CliIo, enabled: boolean, locale: Locale) {
  let last = 0;
  let shown = false;
  const draw = (read: number, size: number, rows: number): void => {
    if (!enabled) return;
    const now = performance.now();
    if (now - last < 150 && read < size) return;
    last = now;
    const frac = size > 0 ? Math.min(1, read / size) : 0;
    const n = Math.round(frac * 30);
    io.stderr(
      `\r[${'#'.repeat(n)}${'-'.repeat(30 - n)}] ${(frac * 100).toFixed(0).padStart(3)}%  ${formatNumber(rows, { locale })} ${CLI_TEXT[locale].rows}`,
    );
    shown = true;
  };
  return {
    draw,
    done(): void {
      if (shown) io.stderr('\r\x1b[K');
    },
  };
}

/** Same file? Real paths, then device and inode (hard links, bind mounts). */
function sameFile(a: string, b: string): boolean {
  try {
    if (realpathSync(a) === realpathSync(b)) return true;
    const x = statSync(a);
    const y = statSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return resolve(a) === resolve(b);
  }
}

/**
 * Run the `commune-kpi` command with its arguments (chạy lệnh `commune-kpi`), writing through
 * `io`. This is what the `commune-kpi` binary calls; tests and scripts can call it in-process.
 * Every message is in the chosen language (`--lang`); a file that cannot be read or written is a
 * sentence and exit 1, never a stack trace; an output is never opened over the input.
 *
 * @param argv - The arguments after the program name, e.g. `['dossiers', 'ho-so.csv', '--quarter', '2026Q1']`.
 * @param io - Output and error writers; whether error is a terminal; standard input; terminal width.
 * @returns The exit code: 0 success, 1 data or file error (or no valid row), 2 bad arguments.
 * @throws Never: errors are reported on `io.stderr` and in the exit code.
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * const file = join(mkdtempSync(join(tmpdir(), 'ho-so-')), 'ho-so.csv');
 * writeFileSync(file, 'Mã hồ sơ,Đơn vị tiếp nhận,Kênh thực hiện,Ngày tiếp nhận,Ngày hẹn trả,Ngày kết thúc xử lý\n' +
 *   'H1,UBND xã A,Trực tuyến,05/03/2026,08/03/2026,07/03/2026\n' +   // early
 *   'H2,UBND xã A,Trực tiếp,10/03/2026,12/03/2026,13/03/2026\n' +    // late
 *   'H3,UBND xã B,Trực tuyến,20/03/2026,25/03/2026,25/03/2026\n');   // on time
 * let out = '';
 * let err = '';
 * const code = await runCli(['dossiers', file, '--month', '2026-03', '--cutoff', 'calendar', '--format', 'json'],
 *   { stdout: (t) => { out += t; }, stderr: (t) => { err += t; }, stderrIsTTY: false });
 * code // => 0
 * const result = JSON.parse(out);
 * result.total // => { received: 3, resolved: 3, resolvedEarly: 1, resolvedOnTime: 1, resolvedLate: 1, … }
 * result.rates.onTimeCompleted // => { numerator: 2, denominator: 3, value: 0.666… }
 * err // => 'Đã đọc 3 dòng dữ liệu: 3 hợp lệ, 0 bị loại.\n…'   (then a notice: the status came from the dates)
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  // Issue 14: `commune-kpi audit <report>` lives in its own module.
  if (argv[0] === 'audit' || argv[0] === 'kiem-tra') return runAuditCommand(argv.slice(1), io);
  // --engine duckdb|postgres: the dossier tally runs in SQL (src/node/sql-cli.ts, issue 15).
  if (argv.some((a) => a === '--engine' || a.startsWith('--engine='))) return runDossiersEngine(argv, io);
  let locale: Locale = 'vi';
  let writer: RejectsWriter | undefined;
  try {
    let args: ParsedArgs;
    try {
      args = parseCommandLine(argv, ALL_OPTIONS, SHORT);
    } catch (e) {
      if (e instanceof UsageError) locale = e.lang ?? 'vi';
      throw e;
    }
    locale = args.lang;
    const L = locale;
    const values = args.values;
    if (values.version === true) {
      io.stdout(`commune-kpi ${packageVersion()}\n`);
      return 0;
    }
    const [name, file, ...extra] = args.positionals;
    const commands = SUBCOMMANDS.map((c) => c.name).join(', ');
    if (values.help === true || name === 'help') {
      io.stdout(helpText(L));
      return 0;
    }
    if (name === undefined || name === '') {
      io.stderr(`${cliText(L, 'usage', { msg: cliText(L, 'missingCommand', { commands }) })}\n`);
      io.stdout(helpText(L));
      return 2;
    }
    const command = BY_NAME.get(name);
    if (command === undefined) throw new UsageError('unknownCommand', { command: name, commands });
    for (const k of Object.keys(values)) {
      if (!Object.hasOwn(COMMON_OPTIONS, k) && !command.options.includes(k)) {
        throw new UsageError('optionNotFor', { option: `--${k}`, command: command.name });
      }
    }
    if (file === undefined || file === '') throw new UsageError('missingFile');
    if (extra.length > 0) throw new UsageError('extraArgument', { arg: extra[0]! });
    const format = choice(values, 'format', ['table', 'csv', 'json', 'xlsx'] as const) ?? 'table';
    const out = str(values, 'out');
    if (format === 'xlsx' && out === undefined) throw new UsageError('xlsxNeedsOut');
    const widthOpt = positiveInt(values, 'width');
    const period = periodOf(values, L);
    const base = importOptionsOf(values, L);
    const escapeFormulas = values['no-escape-formulas'] !== true;
    const sheetText = str(values, 'sheet');
    const sheet =
      sheetText === undefined ? undefined : /^\d+$/.test(sheetText) ? Number(sheetText) : sheetText;

    // The input must be there and be a file before anything is opened for writing.
    if (file !== '-') {
      try {
        if (statSync(file).isDirectory()) throw new FileError('isDirectory', { path: file });
      } catch (e) {
        throw e instanceof FileError ? e : fileErrorOf(e, file, false);
      }
    }
    const rejectsPath = str(values, 'rejects');
    for (const p of [out, rejectsPath]) {
      if (p !== undefined && file !== '-' && sameFile(p, file)) {
        throw new FileError('sameFile', { out: p, input: file });
      }
    }
    if (out !== undefined && rejectsPath !== undefined && sameFile(out, rejectsPath)) {
      throw new FileError('outTwice', { path: out });
    }
    const map = COLUMN_MAPS[command.name];
    const describe = (r: ImportRejection): string => r.issues.map((i) => describeIssue(i, L, map)).join(' ');
    if (rejectsPath !== undefined) {
      try {
        writer = createRejectsWriter(rejectsPath, {
          locale: L,
          escapeFormulas,
          describe,
          ...(io.fs !== undefined ? { fs: io.fs } : {}),
        });
      } catch (e) {
        throw fileErrorOf(e, rejectsPath, true);
      }
    }
    const kept: ImportRejection[] = [];
    let rejectedSeen = 0;
    const onRejection = (r: ImportRejection): void => {
      rejectedSeen++;
      if (writer !== undefined) {
        try {
          writer.write(r);
        } catch (e) {
          throw fileErrorOf(e, rejectsPath!, true);
        }
      } else if (kept.length < 5) kept.push(r);
    };
    const bar = progressBar(io, io.stderrIsTTY && values['no-progress'] !== true, L);
    let rowsSeen = 0;
    let bytes: [number, number] = [0, 0];
    const onBytes = (read: number, size: number): void => {
      bytes = [read, size];
      bar.draw(read, size, rowsSeen);
    };
    const ctx: CommandContext = {
      values,
      file,
      locale: L,
      usage(key, params) {
        throw new UsageError(key as CliTextKey, params);
      },
      onRejection,
      rejectsToFile: writer !== undefined,
      onProgress: (p) => {
        rowsSeen = p.read;
        bar.draw(bytes[0], bytes[1], rowsSeen);
      },
      onBytes,
      importOptions: base,
      ...(period !== undefined ? { period } : {}),
      ...(sheet !== undefined ? { sheet } : {}),
      source: async () => {
        if (file === '-') return io.stdin ?? (process.stdin as AsyncIterable<Uint8Array>);
        try {
          return await openImportFile(file, { ...(sheet !== undefined ? { sheet } : {}), onBytes });
        } catch (e) {
          if ((e as { code?: unknown } | null)?.code !== undefined) throw fileErrorOf(e, file, false);
          throw new FileError('xlsxFailed', {
            path: file,
            reason: e instanceof Error ? e.message : String(e),
          });
        }
      },
    };
    let result: CommandResult;
    try {
      result = await command.run(ctx);
    } catch (e) {
      if (e instanceof UsageError || e instanceof FileError) throw e;
      const code = (e as { code?: unknown } | null)?.code;
      if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) throw fileErrorOf(e, file, false);
      throw e;
    } finally {
      bar.done();
    }
    const summary = result.summary;
    if (writer !== undefined) {
      try {
        await writer.close(summary?.headers ?? []);
      } catch (e) {
        throw fileErrorOf(e, rejectsPath!, true);
      }
    }
    if (summary !== undefined) reportSummary(io, summary, L, kept, rejectedSeen, rejectsPath, describe);
    for (const n of result.notices ?? []) io.stderr(`${n}\n`);
    if (summary !== undefined && summary.read === 0) {
      io.stderr(`${cliText(L, 'noRows')}\n`);
      return 1;
    }
    if (summary !== undefined && summary.valid === 0) {
      io.stderr(`${cliText(L, 'noValid', { read: formatNumber(summary.read, { locale: L }) })}\n`);
      return 1;
    }
    const width = widthOpt ?? io.columns;
    try {
      if (format === 'xlsx') {
        await writeXlsxFile(out!, result.tables, {
          escapeFormulas,
          ...(io.fs !== undefined ? { fs: io.fs } : {}),
        });
        io.stderr(`${cliText(L, 'written', { path: out! })}\n`);
        return 0;
      }
      let text: string;
      if (format === 'json') text = `${JSON.stringify(result.json, null, 2)}\n`;
      else if (format === 'csv')
        text = result.tables.map((t) => formatCsv(t.rows, ',', { escapeFormulas })).join('\r\n');
      else {
        const parts: string[] = [];
        for (const h of result.heading ?? []) parts.push(`${h}\n`);
        for (const t of result.tables) {
          parts.push(
            formatTextTable(t.rows, {
              locale: L,
              keyColumns: t.keyColumns ?? 1,
              ...(width !== undefined ? { width } : {}),
            }),
          );
        }
        for (const f of result.footer ?? []) parts.push(`${f}\n`);
        text = parts.join('');
      }
      if (out === undefined) io.stdout(text);
      else {
        await writeTextFile(out, text, {
          bom: format === 'csv',
          ...(io.fs !== undefined ? { fs: io.fs } : {}),
        });
        io.stderr(`${cliText(L, 'written', { path: out })}\n`);
      }
    } catch (e) {
      throw fileErrorOf(e, out ?? '-', true);
    }
    return 0;
  } catch (e) {
    writer?.abort();
    if (e instanceof UsageError) {
      io.stderr(
        `${cliText(locale, 'usage', { msg: cliText(locale, e.key, e.params) })}\n${cliText(locale, 'seeHelp')}\n`,
      );
      return 2;
    }
    if (e instanceof FileError) {
      io.stderr(`${cliText(locale, 'fileError', { msg: cliText(locale, e.key, e.params) })}\n`);
      return 1;
    }
    io.stderr(
      `commune-kpi: ${cliText(locale, 'failed', { reason: e instanceof Error ? e.message : String(e) })}\n`,
    );
    return 1;
  }
}

function reportSummary(
  io: CliIo,
  s: ImportSummary,
  locale: Locale,
  kept: readonly ImportRejection[],
  rejected: number,
  rejectsPath: string | undefined,
  describe: (r: ImportRejection) => string,
): void {
  const n = (x: number): string => formatNumber(x, { locale });
  io.stderr(
    `${cliText(locale, 'read', {
      read: n(s.read),
      valid: n(s.valid),
      rejected: n(s.rejected),
      blank: s.blank > 0 ? cliText(locale, 'blank', { n: n(s.blank) }) : '',
    })}\n`,
  );
  for (const x of s.notices) io.stderr(`${x.message}\n`);
  if (rejectsPath !== undefined) {
    if (s.rejected > 0) io.stderr(`${cliText(locale, 'rejectsAt', { path: rejectsPath })}\n`);
  } else if (kept.length > 0) {
    io.stderr(`${cliText(locale, 'firstRejects')}\n`);
    for (const r of kept) io.stderr(`  ${CLI_TEXT[locale].line} ${r.line}: ${describe(r)}\n`);
    const more = Math.max(s.rejected, rejected) - kept.length;
    if (more > 0) io.stderr(`${cliText(locale, 'moreRejects', { n: n(more) })}\n`);
  }
}

export type { CommandContext, CommandResult, CommandTable, Subcommand } from './command';

import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { formatRatio } from '../core/format';
import { isLocalDate } from '../core/localDate';
import type { Locale } from '../core/messages';
import { customPeriod, type PeriodCutoff, type ReportingPeriod, reportingPeriod } from '../core/period';
import type { Ratio } from '../core/ratio';
import {
  documentRatesFromTally,
  EMPTY_DOCUMENT_TALLY,
  mergeDocumentTallies,
  tallyDocuments,
} from '../document/rates';
import { DOSSIER_TALLY_FIELDS, type DossierGroupDimension, type DossierTally } from '../dossier/tally';
import { householdPovertyRates } from '../household/rates';
import { povertyStandardFor } from '../household/standards';
import { emptyHouseholdTally, mergeHouseholdTallies, tallyHouseholds } from '../household/tally';
import { streamDocuments } from '../import/document';
import type { DossierSourceTally } from '../import/dossier';
import { streamHouseholds } from '../import/household';
import type { ImportOptions, ImportRejection, ImportSummary } from '../import/importer';
import { streamPersonnel } from '../import/personnel';
import {
  countHeadcount,
  emptyHeadcount,
  HEADCOUNT_BREAKDOWNS,
  mergeHeadcounts,
} from '../personnel/headcount';
import { runAuditCommand } from './audit-command';
import { openImportFile, tallyDossierFile } from './files';
import {
  createRejectsWriter,
  formatCsv,
  formatTextTable,
  type OutputCell,
  type RejectsWriter,
  writeTextFile,
} from './output';
import { runDossiersEngine } from './sql-cli';

/** Where the command writes: standard output and error, and whether error is a terminal. */
export interface CliIo {
  /** Write to standard output. */
  readonly stdout: (text: string) => void;
  /** Write to standard error. */
  readonly stderr: (text: string) => void;
  /** Whether standard error is a terminal (a progress bar is drawn only then). */
  readonly stderrIsTTY: boolean;
}

const HELP_VI = `commune-kpi — tổng hợp số liệu từ tệp xuất của xã, phường

Cách dùng:
  commune-kpi <lệnh> <tệp> [tùy chọn]

Lệnh:
  dossiers    Hồ sơ thủ tục hành chính: tổng hợp theo kỳ và các tỷ lệ giải quyết đúng hạn
  households  Rà soát hộ nghèo, cận nghèo: số hộ, số khẩu, tỷ lệ hộ nghèo
  personnel   Cán bộ, công chức: số lượng theo loại, giới tính, độ tuổi, trình độ…
  documents   Sổ đăng ký văn bản: số văn bản đi, đến và tỷ lệ văn bản điện tử

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
  --format table|csv|json   Dạng kết quả (mặc định table: bảng trên màn hình)
  --out <tệp>               Ghi kết quả vào tệp thay vì màn hình
  --rejects <tệp>           Ghi các dòng bị loại (CSV; JSON Lines nếu tên tệp kết thúc .jsonl)
  --max-errors <n>          Dừng sau n dòng lỗi (mặc định: đọc hết tệp)
  --separator , | ; | tab   Dấu phân cách CSV (mặc định: tự nhận)
  --sheet <tên|số>          Trang tính của tệp Excel (mặc định: trang đầu)
  --columns "Tiêu đề=trường,…"  Ghép thêm cột vào trường (ví dụ "Cơ quan giải quyết=unit")
  --lang vi|en              Ngôn ngữ (mặc định vi)
  --no-progress             Không hiện thanh tiến độ
  -h, --help                Trợ giúp này

Hồ sơ (dossiers):
  --by unit,month           Nhóm theo: unit (đơn vị), field (lĩnh vực), procedure (thủ tục),
                            channel (kênh), month (tháng tiếp nhận)
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

Ví dụ:
  npx commune-kpi dossiers ho-so-quy-1.csv --quarter 2026Q1 --cutoff calendar --by unit,month
  npx commune-kpi dossiers ho-so.xlsx --month 2026-03 --format csv --out ket-qua.csv --rejects loi.csv

Mã thoát: 0 thành công; 1 lỗi dữ liệu hoặc tệp; 2 sai tham số.
`;

const HELP_EN = `commune-kpi — figures from the exports of Vietnamese communes and wards

Usage:
  commune-kpi <command> <file> [options]

Commands:
  dossiers    Administrative-procedure dossiers: tally for a period and every on-time rate
  households  Poverty review: households, members, poverty and near-poverty rates
  personnel   Commune staff: headcounts by category, sex, age band, qualification…
  documents   Document register: outgoing and incoming documents and electronic-document rates

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
  --format table|csv|json   Output form (default table: a table on screen)
  --out <file>              Write the result to a file instead of the screen
  --rejects <file>          Write rejected rows (CSV; JSON Lines when the name ends with .jsonl)
  --max-errors <n>          Stop after n rejected rows (default: read the whole file)
  --separator , | ; | tab   CSV separator (default: detected)
  --sheet <name|number>     Sheet of an Excel file (default: the first)
  --columns "Header=field,…"  Map more columns to fields (e.g. "Cơ quan giải quyết=unit")
  --lang vi|en              Language (default vi)
  --no-progress             No progress bar
  -h, --help                This help

Dossiers:
  --by unit,month           Group by: unit, field, procedure, channel, month (of receipt)
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

Examples:
  npx commune-kpi dossiers ho-so-quy-1.csv --quarter 2026Q1 --cutoff calendar --by unit,month
  npx commune-kpi dossiers ho-so.xlsx --month 2026-03 --format csv --out result.csv --rejects errors.csv

Exit codes: 0 success; 1 data or file error; 2 bad arguments.
`;

const TEXT = {
  vi: {
    total: 'Tổng cộng',
    read: 'Đã đọc {read} dòng: {valid} hợp lệ, {rejected} bị loại{blank}.',
    blank: ', {n} dòng trống',
    stopped: 'Đã dừng sau {n} dòng lỗi (--max-errors).',
    rejectsAt: 'Các dòng bị loại: {path}',
    firstRejects: 'Một số dòng bị loại:',
    line: 'dòng',
    written: 'Đã ghi {path}',
    period: 'Kỳ báo cáo',
    badArg: 'Tham số không hợp lệ: {msg}',
    seeHelp: 'Xem: commune-kpi --help',
  },
  en: {
    total: 'Total',
    read: 'Read {read} rows: {valid} valid, {rejected} rejected{blank}.',
    blank: ', {n} blank rows',
    stopped: 'Stopped after {n} rejected rows (--max-errors).',
    rejectsAt: 'Rejected rows: {path}',
    firstRejects: 'Some rejected rows:',
    line: 'line',
    written: 'Wrote {path}',
    period: 'Reporting period',
    badArg: 'Invalid argument: {msg}',
    seeHelp: 'See: commune-kpi --help',
  },
} as const;

const fill = (t: string, p: Record<string, string | number>): string =>
  t.replace(/\{(\w+)\}/g, (w, k: string) => (Object.hasOwn(p, k) ? String(p[k]) : w));

class UsageError extends Error {}

interface Args {
  command: string;
  file: string;
  opts: Map<string, string>;
  flags: Set<string>;
}

const VALUE_OPTIONS = new Set([
  'period',
  'month',
  'quarter',
  'year',
  'cutoff',
  'by',
  'format',
  'out',
  'rejects',
  'max-errors',
  'separator',
  'sheet',
  'columns',
  'lang',
  'unit',
  'reappointment',
  'workers',
  'as-of',
  'area',
  'total-households',
  'duplicate-key',
  'direction',
  'issuer',
  'electronic',
  'agency-signature',
  'signer-signature',
]);
const FLAG_OPTIONS = new Set(['help', 'no-progress']);

function parseArgs(argv: readonly string[]): Args {
  const opts = new Map<string, string>();
  const flags = new Set<string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-h') {
      flags.add('help');
      continue;
    }
    if (a.startsWith('--')) {
      let name = a.slice(2);
      let value: string | undefined;
      const eq = name.indexOf('=');
      if (eq >= 0) {
        value = name.slice(eq + 1);
        name = name.slice(0, eq);
      }
      if (FLAG_OPTIONS.has(name)) {
        flags.add(name);
        continue;
      }
      if (!VALUE_OPTIONS.has(name)) throw new UsageError(`unknown option --${name}`);
      if (value === undefined) {
        value = argv[++i];
        if (value === undefined) throw new UsageError(`--${name} needs a value`);
      }
      opts.set(name, value);
      continue;
    }
    positional.push(a);
  }
  return { command: positional[0] ?? '', file: positional[1] ?? '', opts, flags };
}

function periodOf(opts: Map<string, string>): ReportingPeriod | undefined {
  const cutoffText = opts.get('cutoff') ?? 'decree';
  if (cutoffText !== 'decree' && cutoffText !== 'calendar')
    throw new UsageError('--cutoff must be decree or calendar');
  const cutoff: PeriodCutoff = cutoffText === 'calendar' ? 'calendar' : 'decree-09-2019';
  const given = ['period', 'month', 'quarter', 'year'].filter((k) => opts.has(k));
  if (given.length > 1) throw new UsageError('give only one of --period, --month, --quarter, --year');
  try {
    const p = opts.get('period');
    if (p !== undefined) {
      const [a, b] = p.split('..');
      if (a === undefined || b === undefined || !isLocalDate(a) || !isLocalDate(b)) {
        throw new UsageError('--period must be YYYY-MM-DD..YYYY-MM-DD');
      }
      return customPeriod(a, b);
    }
    const m = opts.get('month');
    if (m !== undefined) {
      const mm = /^(\d{4})-(\d{2})$/.exec(m);
      if (!mm) throw new UsageError('--month must be YYYY-MM');
      return reportingPeriod({ kind: 'month', year: Number(mm[1]), month: Number(mm[2]) }, { cutoff });
    }
    const q = opts.get('quarter');
    if (q !== undefined) {
      const qq = /^(\d{4})-?Q([1-4])$/i.exec(q);
      if (!qq) throw new UsageError('--quarter must be like 2026Q1');
      return reportingPeriod(
        { kind: 'quarter', year: Number(qq[1]), quarter: Number(qq[2]) as 1 | 2 | 3 | 4 },
        { cutoff },
      );
    }
    const y = opts.get('year');
    if (y !== undefined) {
      if (!/^\d{4}$/.test(y)) throw new UsageError('--year must be YYYY');
      return reportingPeriod({ kind: 'year', year: Number(y) }, { cutoff });
    }
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(e instanceof Error ? e.message.replace('[commune-kpi] ', '') : String(e));
  }
  return undefined;
}

function yesNo(v: string | undefined, name: string): boolean | undefined {
  if (v === undefined) return undefined;
  if (v === 'yes' || v === 'true' || v === 'co' || v === 'có') return true;
  if (v === 'no' || v === 'false' || v === 'khong' || v === 'không') return false;
  throw new UsageError(`--${name} must be yes or no`);
}

function importOptionsOf(args: Args, locale: Locale): ImportOptions {
  const o = args.opts;
  const sep = o.get('separator');
  const separator = sep === undefined ? undefined : sep === 'tab' || sep === '\\t' ? '\t' : sep;
  if (separator !== undefined && separator !== ',' && separator !== ';' && separator !== '\t') {
    throw new UsageError('--separator must be , ; or tab');
  }
  const maxText = o.get('max-errors');
  const maxErrors = maxText === undefined ? undefined : Number(maxText);
  if (maxErrors !== undefined && !(Number.isInteger(maxErrors) && maxErrors >= 1)) {
    throw new UsageError('--max-errors must be a positive integer');
  }
  let columns: Map<string, string> | undefined;
  const cols = o.get('columns');
  if (cols !== undefined) {
    columns = new Map();
    for (const part of cols.split(',')) {
      const eq = part.lastIndexOf('=');
      if (eq <= 0) throw new UsageError('--columns must be "Header=field,…"');
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

const pct = (r: Ratio, locale: Locale): string => formatRatio(r, { locale });

const DOSSIER_LABELS: Record<Locale, Partial<Record<string, string>>> = {
  vi: {
    unit: 'Đơn vị',
    field: 'Lĩnh vực',
    procedure: 'Thủ tục',
    channel: 'Kênh',
    month: 'Tháng',
    received: 'Tiếp nhận',
    carriedOver: 'Kỳ trước',
    newReceived: 'Mới',
    newOnline: 'Trực tuyến',
    resolved: 'Đã giải quyết',
    resolvedEarly: 'Trước hạn',
    resolvedOnTime: 'Đúng hạn',
    resolvedLate: 'Quá hạn',
    pending: 'Đang giải quyết',
    pendingOverdue: 'Đang quá hạn',
    returned: 'Trả lại/rút/dừng',
    onTimeCompleted: 'Đúng hạn (đã GQ)',
    onTimeRealtime: 'Đúng hạn (QĐ 766)',
    online: 'Tỷ lệ trực tuyến',
  },
  en: {
    unit: 'Unit',
    field: 'Field',
    procedure: 'Procedure',
    channel: 'Channel',
    month: 'Month',
    received: 'Received',
    carriedOver: 'Carried over',
    newReceived: 'New',
    newOnline: 'Online',
    resolved: 'Resolved',
    resolvedEarly: 'Early',
    resolvedOnTime: 'On time',
    resolvedLate: 'Late',
    pending: 'Pending',
    pendingOverdue: 'Overdue',
    returned: 'Returned/withdrawn/stopped',
    onTimeCompleted: 'On time (resolved)',
    onTimeRealtime: 'On time (QĐ 766)',
    online: 'Online share',
  },
};

const TABLE_FIELDS: readonly (keyof DossierTally)[] = [
  'received',
  'carriedOver',
  'newReceived',
  'newOnline',
  'resolved',
  'resolvedEarly',
  'resolvedOnTime',
  'resolvedLate',
  'pending',
  'pendingOverdue',
  'returned',
];

function ratioValue(r: Ratio): number | null {
  return r.value === null ? null : Math.round(r.value * 1e6) / 1e6;
}

function dossierOutput(
  result: DossierSourceTally,
  by: readonly DossierGroupDimension[],
  format: string,
  locale: Locale,
  period: ReportingPeriod,
): string {
  if (format === 'json') {
    return `${JSON.stringify(
      { period, summary: result.summary, total: result.total, rates: result.rates, groups: result.groups },
      null,
      2,
    )}\n`;
  }
  const L = DOSSIER_LABELS[locale];
  if (format === 'csv') {
    const rateNames = Object.keys(result.rates);
    const rows: OutputCell[][] = [[...by, ...DOSSIER_TALLY_FIELDS, ...rateNames]];
    for (const g of result.groups) {
      const rates = g.rates as unknown as Record<string, Ratio>;
      rows.push([
        ...by.map((d) => g.key[d] ?? ''),
        ...DOSSIER_TALLY_FIELDS.map((f) => g.tally[f]),
        ...rateNames.map((n) => ratioValue(rates[n]!)),
      ]);
    }
    const totalRates = result.rates as unknown as Record<string, Ratio>;
    rows.push([
      ...by.map((_, i) => (i === 0 ? TEXT[locale].total : '')),
      ...DOSSIER_TALLY_FIELDS.map((f) => result.total[f]),
      ...rateNames.map((n) => ratioValue(totalRates[n]!)),
    ]);
    return formatCsv(rows);
  }
  const head: OutputCell[] = [
    ...by.map((d) => L[d] ?? d),
    ...TABLE_FIELDS.map((f) => L[f] ?? f),
    L.onTimeCompleted,
    L.onTimeRealtime,
    L.online,
  ];
  const rows: OutputCell[][] = [head];
  for (const g of result.groups) {
    rows.push([
      ...by.map((d) => g.key[d] ?? ''),
      ...TABLE_FIELDS.map((f) => g.tally[f]),
      pct(g.rates.onTimeCompleted, locale),
      pct(g.rates.onTimeRealtime, locale),
      pct(g.rates.online, locale),
    ]);
  }
  rows.push([
    ...(by.length > 0 ? by.map((_, i) => (i === 0 ? TEXT[locale].total : '')) : []),
    ...TABLE_FIELDS.map((f) => result.total[f]),
    pct(result.rates.onTimeCompleted, locale),
    pct(result.rates.onTimeRealtime, locale),
    pct(result.rates.online, locale),
  ]);
  if (by.length === 0) rows[0] = head;
  return `${TEXT[locale].period}: ${period.label}\n${formatTextTable(rows)}`;
}

function progressBar(io: CliIo, enabled: boolean) {
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
      `\r[${'#'.repeat(n)}${'-'.repeat(30 - n)}] ${(frac * 100).toFixed(0).padStart(3)}%  ${rows.toLocaleString('en')} rows`,
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

function reportSummary(
  io: CliIo,
  s: ImportSummary,
  locale: Locale,
  rejects: ImportRejection[],
  rejectsPath: string | undefined,
): void {
  const T = TEXT[locale];
  io.stderr(
    `${fill(T.read, {
      read: s.read,
      valid: s.valid,
      rejected: s.rejected,
      blank: s.blank > 0 ? fill(T.blank, { n: s.blank }) : '',
    })}\n`,
  );
  for (const n of s.notices) io.stderr(`${n.message}\n`);
  if (rejectsPath !== undefined) {
    if (s.rejected > 0) io.stderr(`${fill(T.rejectsAt, { path: rejectsPath })}\n`);
  } else if (rejects.length > 0) {
    io.stderr(`${T.firstRejects}\n`);
    for (const r of rejects.slice(0, 5)) {
      for (const i of r.issues.slice(0, 2)) io.stderr(`  ${T.line} ${r.line}: ${i.message}\n`);
    }
  }
}

async function emit(
  io: CliIo,
  out: string | undefined,
  text: string,
  format: string,
  locale: Locale,
): Promise<void> {
  if (out === undefined) {
    io.stdout(text);
    return;
  }
  await writeTextFile(out, text, { bom: format === 'csv' });
  io.stderr(`${fill(TEXT[locale].written, { path: out })}\n`);
}

/**
 * Run the `commune-kpi` command with its arguments (chạy lệnh `commune-kpi`), writing through
 * `io`. This is what the `commune-kpi` binary calls; tests and scripts can call it in-process.
 *
 * @param argv - The arguments after the program name, e.g. `['dossiers', 'ho-so.csv', '--quarter', '2026Q1']`.
 * @param io - Output and error writers; whether error is a terminal.
 * @returns The exit code: 0 success, 1 data or file error, 2 bad arguments.
 * @throws Never: errors are reported on `io.stderr` and in the exit code.
 * @example
 * const code = await runCli(['dossiers', 'ho-so.csv', '--month', '2026-03', '--format', 'json'],
 *   { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t), stderrIsTTY: false });
 * code // => 0
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  // Issue 14: `commune-kpi audit <report>` lives in its own module.
  if (argv[0] === 'audit' || argv[0] === 'kiem-tra') return runAuditCommand(argv.slice(1), io);
  // --engine duckdb|postgres: the dossier tally runs in SQL (src/node/sql-cli.ts, issue 15).
  if (argv.some((a) => a === '--engine' || a.startsWith('--engine='))) return runDossiersEngine(argv, io);
  let locale: Locale = 'vi';
  try {
    const args = parseArgs(argv);
    const lang = args.opts.get('lang') ?? 'vi';
    if (lang !== 'vi' && lang !== 'en') throw new UsageError('--lang must be vi or en');
    locale = lang;
    if (args.flags.has('help') || args.command === '' || args.command === 'help') {
      io.stdout(locale === 'en' ? HELP_EN : HELP_VI);
      return args.flags.has('help') || args.command === 'help' ? 0 : 2;
    }
    const aliases: Record<string, string> = {
      dossiers: 'dossiers',
      'ho-so': 'dossiers',
      households: 'households',
      'ho-ngheo': 'households',
      personnel: 'personnel',
      'can-bo': 'personnel',
      documents: 'documents',
      'van-ban': 'documents',
    };
    const command = aliases[args.command];
    if (command === undefined) throw new UsageError(`unknown command ${JSON.stringify(args.command)}`);
    if (args.file === '') throw new UsageError('missing <file>');
    statSync(args.file);
    const format = args.opts.get('format') ?? 'table';
    if (format !== 'table' && format !== 'csv' && format !== 'json')
      throw new UsageError('--format must be table, csv or json');
    const period = periodOf(args.opts);
    const base = importOptionsOf(args, locale);
    const rejectsPath = args.opts.get('rejects');
    const writer: RejectsWriter | undefined =
      rejectsPath === undefined ? undefined : createRejectsWriter(rejectsPath);
    const kept: ImportRejection[] = [];
    const onRejection = (r: ImportRejection): void => {
      writer?.write(r);
      if (kept.length < 5) kept.push(r);
    };
    const bar = progressBar(io, io.stderrIsTTY && !args.flags.has('no-progress'));
    let rowsSeen = 0;
    let bytes = [0, 0];
    const sheet = args.opts.get('sheet');
    const source = await openImportFile(args.file, {
      ...(sheet !== undefined ? { sheet: /^\d+$/.test(sheet) ? Number(sheet) : sheet } : {}),
      onBytes: (read, size) => {
        bytes = [read, size];
        bar.draw(read, size, rowsSeen);
      },
    });
    const onProgress = (p: { read: number }): void => {
      rowsSeen = p.read;
      bar.draw(bytes[0]!, bytes[1]!, rowsSeen);
    };
    let text: string;
    let summary: ImportSummary;
    if (command === 'dossiers') {
      if (period === undefined)
        throw new UsageError('dossiers needs a period: --period, --month, --quarter or --year');
      const byText = args.opts.get('by');
      const by = (
        byText === undefined || byText === '' ? [] : byText.split(',').map((s) => s.trim())
      ) as DossierGroupDimension[];
      for (const b of by) {
        if (!['unit', 'field', 'procedure', 'channel', 'month'].includes(b))
          throw new UsageError(`--by: unknown dimension ${b}`);
      }
      const re = args.opts.get('reappointment');
      if (re !== undefined && re !== 'original' && re !== 'reappointed')
        throw new UsageError('--reappointment must be original or reappointed');
      const unit = args.opts.get('unit');
      const workersText = args.opts.get('workers');
      const workers = workersText === undefined ? availableParallelism() : Number(workersText);
      if (!Number.isInteger(workers) || workers < 1)
        throw new UsageError('--workers must be a positive integer');
      const result = await tallyDossierFile(args.file, {
        ...base,
        period,
        by,
        // Rejections are passed on only when they are written somewhere; else five are kept.
        ...(writer !== undefined ? { onRejection } : {}),
        onProgress,
        keepRejections: writer !== undefined ? 0 : 5,
        workers,
        ...(sheet !== undefined ? { sheet: /^\d+$/.test(sheet) ? Number(sheet) : sheet } : {}),
        onBytes: (read, size) => {
          bytes = [read, size];
          bar.draw(read, size, rowsSeen);
        },
        ...(unit !== undefined ? { unit } : {}),
        ...(re !== undefined ? { reappointment: re } : {}),
      });
      if (writer === undefined) kept.push(...result.rejections);
      summary = result.summary;
      text = dossierOutput(result, by, format, locale, period);
    } else if (command === 'households') {
      const asOf = args.opts.get('as-of') ?? period?.end;
      if (asOf === undefined || !isLocalDate(asOf))
        throw new UsageError('households needs --as-of YYYY-MM-DD or a period');
      const area = args.opts.get('area');
      if (area !== undefined && area !== 'rural' && area !== 'urban')
        throw new UsageError('--area must be rural or urban');
      const dk = args.opts.get('duplicate-key');
      if (dk !== undefined && dk !== 'code' && dk !== 'code-village-head' && dk !== 'none')
        throw new UsageError('--duplicate-key must be code, code-village-head or none');
      // Tallied batch by batch and merged: no household is kept.
      const standard = povertyStandardFor(asOf);
      const stream = streamHouseholds(source, {
        ...base,
        onProgress,
        ...(area !== undefined ? { area } : {}),
        ...(dk !== undefined ? { duplicateKey: dk } : {}),
      });
      let tally = emptyHouseholdTally();
      for await (const b of stream) {
        tally = mergeHouseholdTallies(tally, tallyHouseholds(b.valid, standard));
        for (const x of b.rejected) onRejection(x);
      }
      summary = stream.summary;
      const totalText = args.opts.get('total-households');
      const total = totalText === undefined ? tally.all.households : Number(totalText);
      if (!Number.isInteger(total) || total < 0)
        throw new UsageError('--total-households must be an integer ≥ 0');
      const rates = householdPovertyRates(tally.all, total);
      if (format === 'json')
        text = `${JSON.stringify({ asOf, summary, tally, rates, totalHouseholds: total }, null, 2)}\n`;
      else {
        const head =
          locale === 'vi'
            ? ['Thôn', 'Số hộ', 'Số khẩu', 'Hộ nghèo', 'Hộ cận nghèo', 'Khẩu nghèo', 'Khẩu cận nghèo']
            : ['Village', 'Households', 'Members', 'Poor', 'Near-poor', 'Poor members', 'Near-poor members'];
        const rows: OutputCell[][] = [head];
        for (const [v, c] of Object.entries(tally.byVillage).sort(([a], [b]) =>
          a < b ? -1 : a > b ? 1 : 0,
        )) {
          rows.push([v, c.households, c.members, c.poor, c.nearPoor, c.poorMembers, c.nearPoorMembers]);
        }
        const a = tally.all;
        rows.push([
          TEXT[locale].total,
          a.households,
          a.members,
          a.poor,
          a.nearPoor,
          a.poorMembers,
          a.nearPoorMembers,
        ]);
        const rateLine =
          locale === 'vi'
            ? `Tỷ lệ hộ nghèo ${pct(rates.poverty, locale)}, cận nghèo ${pct(rates.nearPoverty, locale)} (trên ${total} hộ)\n`
            : `Poverty rate ${pct(rates.poverty, locale)}, near-poverty ${pct(rates.nearPoverty, locale)} (of ${total} households)\n`;
        text = format === 'csv' ? formatCsv(rows) : formatTextTable(rows) + rateLine;
      }
    } else if (command === 'personnel') {
      const asOf = args.opts.get('as-of') ?? period?.end;
      if (asOf === undefined || !isLocalDate(asOf))
        throw new UsageError('personnel needs --as-of YYYY-MM-DD or a period');
      const stream = streamPersonnel(source, { ...base, onProgress, asOf });
      let tally = emptyHeadcount();
      for await (const b of stream) {
        tally = mergeHeadcounts(tally, countHeadcount(b.valid, asOf));
        for (const x of b.rejected) onRejection(x);
      }
      summary = stream.summary;
      if (format === 'json') text = `${JSON.stringify({ asOf, summary, headcount: tally }, null, 2)}\n`;
      else {
        const rows: OutputCell[][] = [
          locale === 'vi' ? ['Phân tổ', 'Giá trị', 'Số người'] : ['Breakdown', 'Value', 'People'],
        ];
        for (const b of HEADCOUNT_BREAKDOWNS) {
          for (const [k, n] of Object.entries(tally[b])) rows.push([b, k, n]);
        }
        rows.push([TEXT[locale].total, '', tally.total]);
        text = format === 'csv' ? formatCsv(rows) : formatTextTable(rows);
      }
    } else {
      const direction = args.opts.get('direction');
      if (direction !== undefined && direction !== 'incoming' && direction !== 'outgoing')
        throw new UsageError('--direction must be incoming or outgoing');
      const issuer = args.opts.get('issuer');
      const electronic = yesNo(args.opts.get('electronic'), 'electronic');
      const agencySignature = yesNo(args.opts.get('agency-signature'), 'agency-signature');
      const signerSignature = yesNo(args.opts.get('signer-signature'), 'signer-signature');
      const stream = streamDocuments(source, {
        ...base,
        onProgress,
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
        for (const x of b.rejected) onRejection(x);
      }
      summary = stream.summary;
      const result = { tally: docTally, rates: documentRatesFromTally(docTally) };
      if (format === 'json') text = `${JSON.stringify({ period, summary, ...result }, null, 2)}\n`;
      else {
        const rows: OutputCell[][] = [locale === 'vi' ? ['Chỉ tiêu', 'Giá trị'] : ['Figure', 'Value']];
        for (const [k, v] of Object.entries(result.tally)) rows.push([k, v as number]);
        for (const [k, v] of Object.entries(result.rates))
          rows.push([k, format === 'csv' ? ratioValue(v as Ratio) : pct(v as Ratio, locale)]);
        text = format === 'csv' ? formatCsv(rows) : formatTextTable(rows);
      }
    }
    bar.done();
    await writer?.close();
    reportSummary(io, summary, locale, kept, rejectsPath);
    await emit(io, args.opts.get('out'), text, format, locale);
    return summary.read === 0 && summary.notices.some((n) => n.code === 'vn.import.header_not_found') ? 1 : 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`${fill(TEXT[locale].badArg, { msg: e.message })}\n${TEXT[locale].seeHelp}\n`);
      return 2;
    }
    io.stderr(`commune-kpi: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}

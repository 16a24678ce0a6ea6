// `commune-kpi dossiers <files…> --engine duckdb|postgres`: the dossier tally run in SQL (issue 15).
// Kept apart from cli.ts, which calls runDossiersEngine only when --engine is given.
import { formatRatio } from '../core/format';
import { isLocalDate } from '../core/localDate';
import { customPeriod, type ReportingPeriod, reportingPeriod } from '../core/period';
import { dossierRates } from '../dossier/rates';
import { DOSSIER_TALLY_FIELDS, type DossierGroupDimension } from '../dossier/tally';
import { DOSSIER_COLUMN_MAP } from '../import/dossier';
import { compileColumns, detectHeader } from '../import/mapping';
import type { DossierColumnField, DossierColumnMapping, SqlColumnRef, SqlDateKind } from '../sql/compile';
import type { CliIo } from './cli';
import { formatCsv, formatTextTable, type OutputCell } from './output';
import { type SqlRunResult, tallyDossiersDuckDB, tallyDossiersPostgres } from './sql-runner';

class EngineUsage extends Error {}

const VALUE = new Set([
  'engine',
  'period',
  'month',
  'quarter',
  'year',
  'cutoff',
  'by',
  'reappointment',
  'format',
  'lang',
  'columns',
  'table',
  'db',
]);

const FIELD_OF_IMPORT: Record<string, DossierColumnField> = {
  code: 'code',
  procedureCode: 'procedureCode',
  fieldCode: 'fieldCode',
  unit: 'unit',
  channel: 'channel',
  status: 'status',
  receivedAt: 'receivedAt',
  dueDate: 'dueDate',
  'reappointments.0': 'reappointedAt',
  finishedAt: 'finishedAt',
  returnedAt: 'returnedAt',
  outcomeAt: 'outcomeAt',
};

function periodOf(o: Map<string, string>): ReportingPeriod {
  const cutoff = (o.get('cutoff') ?? 'decree') === 'calendar' ? 'calendar' : 'decree-09-2019';
  const p = o.get('period');
  if (p !== undefined) {
    const [a, b] = p.split('..');
    if (a === undefined || b === undefined || !isLocalDate(a) || !isLocalDate(b))
      throw new EngineUsage('--period must be YYYY-MM-DD..YYYY-MM-DD');
    return customPeriod(a, b);
  }
  const m = /^(\d{4})-(\d{2})$/.exec(o.get('month') ?? '');
  if (m) return reportingPeriod({ kind: 'month', year: Number(m[1]), month: Number(m[2]) }, { cutoff });
  const q = /^(\d{4})-?Q([1-4])$/i.exec(o.get('quarter') ?? '');
  if (q)
    return reportingPeriod(
      { kind: 'quarter', year: Number(q[1]), quarter: Number(q[2]) as 1 | 2 | 3 | 4 },
      { cutoff },
    );
  const y = /^(\d{4})$/.exec(o.get('year') ?? '');
  if (y) return reportingPeriod({ kind: 'year', year: Number(y[1]) }, { cutoff });
  throw new EngineUsage('dossiers needs a period: --period, --month, --quarter or --year');
}

/** `--columns receivedAt=NgayTiepNhan:timestamptz,unit=Đơn vị` → a mapping. */
function columnsOf(text: string | undefined): DossierColumnMapping {
  const out: Record<string, SqlColumnRef> = {};
  if (text === undefined) return out;
  for (const part of text.split(',')) {
    const eq = part.indexOf('=');
    if (eq <= 0) throw new EngineUsage('--columns must be "field=Column[:kind],…"');
    const field = part.slice(0, eq).trim();
    let name = part.slice(eq + 1).trim();
    let kind: SqlDateKind | undefined;
    const colon = name.lastIndexOf(':');
    const k = colon > 0 ? name.slice(colon + 1) : '';
    if (k === 'text' || k === 'date' || k === 'timestamp' || k === 'timestamptz') {
      kind = k;
      name = name.slice(0, colon);
    }
    out[field] = kind === undefined ? name : { name, kind };
  }
  return out as DossierColumnMapping;
}

/** Map column names to fields with the importer's header names (DOSSIER_COLUMN_MAP). */
function autoMapping(names: readonly string[]): DossierColumnMapping {
  const layout = detectHeader([names], compileColumns(DOSSIER_COLUMN_MAP));
  const out: Record<string, string> = {};
  for (const c of layout?.columns ?? []) {
    const f = FIELD_OF_IMPORT[c.field];
    if (f !== undefined && out[f] === undefined) out[f] = names[c.index]!;
  }
  // Columns named like the fields themselves (a table written by this package's shape).
  for (const f of Object.values(FIELD_OF_IMPORT)) if (names.includes(f) && out[f] === undefined) out[f] = f;
  for (const f of ['receivingUnit', 'handlingUnit', 'outcome', 'reappointmentCount', 'reappointedAt'])
    if (names.includes(f) && out[f] === undefined) out[f] = f;
  return out as DossierColumnMapping;
}

/**
 * @internal Run `commune-kpi dossiers <files…> --engine duckdb|postgres …`: the tally in SQL.
 * DuckDB reads Parquet or CSV files in place (embedded, no server); PostgreSQL tallies `--table`
 * on `--db` (or `DATABASE_URL`). Columns are matched by the importer's header names, and
 * `--columns field=Column[:kind],…` overrides them.
 */
export async function runDossiersEngine(argv: readonly string[], io: CliIo): Promise<number> {
  const o = new Map<string, string>();
  const positional: string[] = [];
  try {
    for (let i = 0; i < argv.length; i++) {
      const a = argv[i]!;
      if (a === '--no-progress') continue;
      if (a.startsWith('--')) {
        let name = a.slice(2);
        let value: string | undefined;
        const eq = name.indexOf('=');
        if (eq >= 0) {
          value = name.slice(eq + 1);
          name = name.slice(0, eq);
        }
        if (!VALUE.has(name)) throw new EngineUsage(`--${name} is not available with --engine`);
        value ??= argv[++i];
        if (value === undefined) throw new EngineUsage(`--${name} needs a value`);
        o.set(name, value);
      } else positional.push(a);
    }
    const [command, ...files] = positional;
    if (command !== 'dossiers' && command !== 'ho-so')
      throw new EngineUsage('--engine works with the dossiers command');
    const engine = o.get('engine');
    if (engine !== 'duckdb' && engine !== 'postgres')
      throw new EngineUsage('--engine must be duckdb or postgres');
    const locale = o.get('lang') === 'en' ? 'en' : 'vi';
    const period = periodOf(o);
    const by = (o.get('by') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '') as DossierGroupDimension[];
    const re = o.get('reappointment') ?? 'original';
    if (re !== 'original' && re !== 'reappointed')
      throw new EngineUsage('--reappointment must be original or reappointed');
    const format = o.get('format') ?? 'table';
    if (format !== 'table' && format !== 'csv' && format !== 'json')
      throw new EngineUsage('--format must be table, csv or json');
    const given = columnsOf(o.get('columns'));
    let result: SqlRunResult;
    if (engine === 'duckdb') {
      const table = o.get('table');
      if (table === undefined && files.length === 0)
        throw new EngineUsage('missing <files> (Parquet or CSV)');
      const csv = files.length > 0 && files.every((f) => /\.(csv|tsv|txt)$/i.test(f));
      const from =
        table !== undefined ? { table } : { files, format: csv ? ('csv' as const) : ('parquet' as const) };
      const duck = await import('@duckdb/node-api').catch(() => undefined);
      if (duck === undefined) throw new Error('npm install @duckdb/node-api (chưa cài gói @duckdb/node-api)');
      const instance = await duck.DuckDBInstance.create(o.get('db') ?? ':memory:');
      const conn = await instance.connect();
      try {
        const source =
          'table' in from
            ? from.table.replaceAll('"', '""')
            : csv
              ? 'read_csv($1, all_varchar = true, header = true)'
              : 'read_parquet($1)';
        const describe = await conn.runAndReadAll(
          `DESCRIBE SELECT * FROM ${'table' in from ? `"${source}"` : source}`,
          'table' in from ? [] : [duck.listValue(files)],
          'table' in from ? [] : [duck.LIST(duck.VARCHAR)],
        );
        const names = describe.getRowObjectsJS().map((r) => String(r.column_name));
        const columns = { ...autoMapping(names), ...given };
        result = await tallyDossiersDuckDB({
          connection: conn as never,
          from,
          period,
          columns,
          by,
          reappointment: re,
        });
      } finally {
        conn.closeSync();
        instance.closeSync();
      }
    } else {
      const table = o.get('table') ?? files[0];
      if (table === undefined) throw new EngineUsage('--engine postgres needs --table');
      const connectionString = o.get('db') ?? process.env.DATABASE_URL;
      if (connectionString === undefined)
        throw new EngineUsage('--engine postgres needs --db or DATABASE_URL');
      result = await tallyDossiersPostgres({
        connectionString,
        from: { table: table.split('.') },
        period,
        columns: given,
        by,
        reappointment: re,
      });
    }
    const rates = dossierRates(result.total);
    if (format === 'json') {
      io.stdout(
        `${JSON.stringify(
          {
            period,
            engine,
            rejected: result.rejected,
            total: result.total,
            rates,
            groups: result.groups.map((g) => ({ ...g, rates: dossierRates(g.tally) })),
          },
          null,
          2,
        )}\n`,
      );
    } else {
      const rows: OutputCell[][] = [[...by, ...DOSSIER_TALLY_FIELDS]];
      for (const g of result.groups)
        rows.push([...by.map((d) => g.key[d] ?? ''), ...DOSSIER_TALLY_FIELDS.map((f) => g.tally[f])]);
      rows.push([
        ...by.map((_, i) => (i === 0 ? (locale === 'en' ? 'Total' : 'Tổng') : '')),
        ...DOSSIER_TALLY_FIELDS.map((f) => result.total[f]),
      ]);
      io.stdout(
        format === 'csv'
          ? formatCsv(rows)
          : `${period.label}\n${formatTextTable(rows)}${locale === 'en' ? 'On time (resolved)' : 'Đúng hạn (đã giải quyết)'}: ${formatRatio(rates.onTimeCompleted, { locale })}\n`,
      );
    }
    io.stderr(
      locale === 'en'
        ? `${engine}: ${result.rejected} rows rejected by the checks\n`
        : `${engine}: ${result.rejected} dòng bị loại do không qua kiểm tra\n`,
    );
    return 0;
  } catch (e) {
    if (e instanceof EngineUsage) {
      io.stderr(`commune-kpi: ${e.message}\n`);
      return 2;
    }
    io.stderr(`commune-kpi: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}

import {
  type CompileDossierTallyOptions,
  type CompiledDossierTally,
  compileDossierTally,
  type DossierSqlSource,
} from '../sql/compile';
import { dossierGroupsFromRows, type SqlDossierTally } from '../sql/rows';

/**
 * A driver that is an optional peer dependency is not installed (thiếu trình điều khiển CSDL):
 * code `vn.node.driver_missing`, message in Vietnamese and English.
 */
export class DriverMissingError extends Error {
  /** Stable code. */
  readonly code = 'vn.node.driver_missing';
  /** The npm package to install. */
  readonly packageName: string;
  /** @internal */
  constructor(packageName: string, cause: unknown) {
    super(
      `[commune-kpi] the optional peer dependency ${packageName} is not installed: npm install ${packageName} ` +
        `(chưa cài gói ${packageName}: npm install ${packageName})`,
      { cause },
    );
    this.name = 'DriverMissingError';
    this.packageName = packageName;
  }
}

/** What the runners return: the tally, groups and rejected count, with the statement that ran. */
export interface SqlRunResult extends SqlDossierTally {
  /** The statement and parameters that were run. */
  readonly query: CompiledDossierTally;
}

/**
 * The part of a `@duckdb/node-api` `DuckDBConnection` the runner uses, so a caller can pass an
 * open connection (to a database file, with attached catalogs) without this package's types
 * depending on the driver's.
 */
export interface DuckDbConnectionLike {
  /** Run a statement with positional values and read every row. */
  runAndReadAll(sql: string, values?: unknown[], types?: unknown[]): Promise<DuckDbResultLike>;
}

/** The part of a `@duckdb/node-api` result reader the runner uses. */
export interface DuckDbResultLike {
  /** Every row as an object of JavaScript values. */
  getRowObjectsJS(): Record<string, unknown>[];
}

/** Options of {@link tallyDossiersDuckDB}. */
export interface DuckDbTallyOptions extends Omit<CompileDossierTallyOptions, 'dialect'> {
  /**
   * An open connection to use; without it an in-memory database is created for the call
   * (embedded: no server), which reads files in place (`from: { files }`).
   */
  readonly connection?: DuckDbConnectionLike;
  /** Threads DuckDB may use for an in-memory database it creates (default: DuckDB's own). */
  readonly threads?: number;
}

type DuckModule = typeof import('@duckdb/node-api');

async function loadDuckDb(): Promise<DuckModule> {
  try {
    return await import('@duckdb/node-api');
  } catch (e) {
    throw new DriverMissingError('@duckdb/node-api', e);
  }
}

/**
 * Tally dossiers inside DuckDB (tổng hợp hồ sơ ngay trong DuckDB): compile the statement with
 * `compileDossierTally` (dialect `duckdb`), run it embedded — over a table of an open connection
 * or over Parquet/CSV files read in place, at any size — and read the rows back as the library's
 * groups. The counts equal `tallyDossiers` / `tallyDossiersBy` on the same dossiers. The driver
 * `@duckdb/node-api` is an optional peer dependency, loaded on the first call.
 *
 * @param options - Source, period, mapping, dimensions, re-appointment rule; an optional connection.
 * @returns Total, groups, rejected rows and the statement run.
 * @throws DriverMissingError when `@duckdb/node-api` is not installed; SqlCompileError for bad options.
 * @example
 * import { mkdtempSync, writeFileSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * const dir = mkdtempSync(join(tmpdir(), 'ho-so-'));
 * writeFileSync(join(dir, 'quy-1.csv'), 'unit,channel,receivedAt,dueDate,finishedAt\n' +
 *   'UBND xã A,online,2026-01-05,2026-01-08,2026-01-07\n' +   // early
 *   'UBND xã A,direct,2026-02-10,2026-02-12,2026-02-13\n' +   // late
 *   'UBND xã B,online,2026-03-20,2026-03-25,2026-03-25\n' +   // on time
 *   'UBND xã B,direct,2026-03-30,2026-04-02,\n');             // pending, within term
 * // Parquet or CSV files read in place, at any size (here one small CSV; no status column)
 * const r = await tallyDossiersDuckDB({ from: { files: join(dir, '*.csv'), format: 'csv' },
 *   columns: { unit: 'unit', channel: 'channel', receivedAt: 'receivedAt', dueDate: 'dueDate', finishedAt: 'finishedAt' },
 *   period: customPeriod('2026-01-01', '2026-03-31'), by: ['unit'] });
 * r.total // => { received: 4, resolved: 3, resolvedEarly: 1, resolvedOnTime: 1, resolvedLate: 1, pendingWithinTerm: 1, … }
 * r.groups.map((g) => [g.key.unit, g.tally.received]) // => [['UBND xã A', 2], ['UBND xã B', 2]]
 * r.rejected // => 0
 */
export async function tallyDossiersDuckDB(options: DuckDbTallyOptions): Promise<SqlRunResult> {
  const { connection, threads, ...rest } = options;
  const query = compileDossierTally({ ...rest, dialect: 'duckdb' });
  const duck = await loadDuckDb();
  const values: unknown[] = query.params.map((p) => (typeof p === 'string' ? p : duck.listValue([...p])));
  const types: unknown[] = query.params.map((p) =>
    typeof p === 'string' ? duck.VARCHAR : duck.LIST(duck.VARCHAR),
  );
  let conn = connection;
  let close: (() => void) | undefined;
  if (conn === undefined) {
    const instance = await duck.DuckDBInstance.create(
      ':memory:',
      threads === undefined ? {} : { threads: String(threads) },
    );
    const c = await instance.connect();
    conn = c as unknown as DuckDbConnectionLike;
    close = () => {
      c.closeSync();
      instance.closeSync();
    };
  }
  try {
    const reader = await conn.runAndReadAll(query.sql, values, types);
    return { ...dossierGroupsFromRows(reader.getRowObjectsJS(), query), query };
  } finally {
    close?.();
  }
}

/** The part of a `pg` `Client` or `Pool` the runner uses. */
export interface PgClientLike {
  /** Run a parameterised statement. */
  query(sql: string, values: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}

/** Options of {@link tallyDossiersPostgres}. */
export interface PostgresTallyOptions extends Omit<CompileDossierTallyOptions, 'dialect' | 'from'> {
  /** The table or view (files are DuckDB's only). */
  readonly from: Extract<DossierSqlSource, { table: unknown }>;
  /** A connected `pg` client or pool; or give `connectionString`. */
  readonly client?: PgClientLike;
  /** A connection string (`postgres://user@host:port/db`), used when `client` is absent. */
  readonly connectionString?: string;
}

/**
 * Tally dossiers inside PostgreSQL (tổng hợp hồ sơ ngay trong PostgreSQL) and compatible engines:
 * compile the statement (dialect `postgres`), run it through `pg` — a client you pass, or one
 * opened on `connectionString` for the call — and read the rows back as the library's groups.
 * The counts equal `tallyDossiers` / `tallyDossiersBy` on the same dossiers. `pg` is an optional
 * peer dependency, loaded on the first call without a client.
 *
 * @param options - Table, period, mapping, dimensions, re-appointment rule; client or connection string.
 * @returns Total, groups, rejected rows and the statement run.
 * @throws DriverMissingError when `pg` is needed and not installed; SqlCompileError for bad options.
 * @example
 * const options = {
 *   from: { table: ['tthc', 'ho_so'] },
 *   period: customPeriod('2026-01-01', '2026-03-31'),
 *   columns: { receivedAt: { name: 'NgayTiepNhan', kind: 'timestamptz' }, dueDate: { name: 'NgayHenTra', kind: 'date' } },
 *   by: ['unit'],
 * } satisfies PostgresTallyOptions;
 * // With a server: the statement below runs there, and only its rows come back.
 * const url = process.env.DATABASE_URL;
 * if (url !== undefined) console.log((await tallyDossiersPostgres({ ...options, connectionString: url })).total);
 * // Neither a client nor a connection string:
 * await tallyDossiersPostgres(options).catch((e: Error) => e.message)
 * // => '[commune-kpi] tallyDossiersPostgres needs a client or a connectionString.'
 * const q = compileDossierTally({ ...options, dialect: 'postgres' }); // the statement it sends
 * q.params // => ['2026-01-01', '2026-03-31']
 * q.sql.includes('FROM "tthc"."ho_so"') // => true
 */
export async function tallyDossiersPostgres(options: PostgresTallyOptions): Promise<SqlRunResult> {
  const { client, connectionString, ...rest } = options;
  const query = compileDossierTally({ ...rest, dialect: 'postgres' });
  const values = [...query.params];
  if (client !== undefined) {
    const r = await client.query(query.sql, values);
    return { ...dossierGroupsFromRows(r.rows, query), query };
  }
  if (connectionString === undefined) {
    throw new RangeError('[commune-kpi] tallyDossiersPostgres needs a client or a connectionString.');
  }
  let pg: typeof import('pg');
  try {
    pg = await import('pg');
  } catch (e) {
    throw new DriverMissingError('pg', e);
  }
  const Client = pg.Client ?? (pg as unknown as { default: typeof import('pg') }).default.Client;
  const c = new Client({ connectionString });
  await c.connect();
  try {
    const r = await c.query(query.sql, values);
    return { ...dossierGroupsFromRows(r.rows as Record<string, unknown>[], query), query };
  } finally {
    await c.end();
  }
}

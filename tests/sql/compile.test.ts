import { DuckDBInstance } from '@duckdb/node-api';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  compileDossierTally,
  dossierGroupsFromRows,
  quoteIdentifier,
  SqlCompileError,
  type SqlDialect,
} from '../../src/sql/index';

const period = { start: '2026-03-01', end: '2026-03-01' };

describe('compileDossierTally: identifiers and values', () => {
  it('quotes identifiers, doubling quotes, and refuses empty names, NUL and lone surrogates', () => {
    expect(quoteIdentifier('a"b')).toBe('"a""b"');
    expect(quoteIdentifier('x"; DROP TABLE t; --')).toBe('"x""; DROP TABLE t; --"');
    for (const bad of ['', 'a\u0000b', 'a\uD800b']) {
      expect(() => quoteIdentifier(bad)).toThrow(SqlCompileError);
    }
    try {
      quoteIdentifier('');
    } catch (e) {
      expect((e as SqlCompileError).code).toBe('vn.sql.bad_identifier');
      expect((e as SqlCompileError).messageVi).toContain('không hợp lệ');
    }
  });

  it('keeps the period out of the SQL text: it is the parameters $1 and $2', () => {
    const q = compileDossierTally({
      dialect: 'postgres',
      period: { start: '2026-01-15', end: '2026-04-14' },
      from: { table: 't' },
    });
    expect(q.params).toEqual(['2026-01-15', '2026-04-14']);
    expect(q.sql).not.toContain('2026-01-15');
    expect(q.sql).toContain('CAST($1 AS DATE)');
    expect(() =>
      compileDossierTally({
        dialect: 'postgres',
        period: { start: "2026-01-01'; DROP TABLE t; --", end: '2026-01-02' },
        from: { table: 't' },
      }),
    ).toThrow(/vn.sql|YYYY-MM-DD/);
  });

  it('refuses unknown fields, kinds, dimensions, dialects and files for PostgreSQL', () => {
    const base = { dialect: 'duckdb' as const, period, from: { table: 't' } };
    const bad: unknown[] = [
      { ...base, columns: { nope: 'x' } },
      { ...base, columns: { receivedAt: { name: 'x', kind: 'datetime' } } },
      { ...base, by: ['province'] },
      { ...base, by: ['unit', 'unit'] },
      { ...base, dialect: 'mysql' },
      { ...base, dialect: 'postgres', from: { files: 'a.parquet' } },
      { ...base, from: { table: [] } },
      { ...base, from: { table: 'x\u0000' } },
      { ...base, reappointment: 'latest' },
    ];
    for (const o of bad) expect(() => compileDossierTally(o as never)).toThrow(SqlCompileError);
  });

  it('reads counts given as numbers, bigints or digit strings, and refuses anything else', () => {
    const q = compileDossierTally({ dialect: 'duckdb', period, from: { table: 't' }, by: ['unit'] });
    const r = dossierGroupsFromRows(
      [
        {
          unit: 'B',
          received: '3',
          newReceived: 3n,
          newDirect: 3,
          pending: 3,
          pendingWithinTerm: 3,
          rejected: '2',
        },
        { unit: 'A', received: 1, newReceived: 1, newOnline: 1, resolved: 1, resolvedOnTime: 1, rejected: 0 },
        { unit: null, rejected: 5 },
      ],
      q,
    );
    expect(r.groups.map((g) => [g.key.unit, g.tally.received])).toEqual([
      ['A', 1],
      ['B', 3],
    ]);
    expect([r.total.received, r.total.newDirect, r.rejected]).toEqual([4, 3, 7]);
    expect(() => dossierGroupsFromRows([{ received: -1 }], q)).toThrow(SqlCompileError);
    expect(() => dossierGroupsFromRows([{ received: '1e3' }], q)).toThrow(SqlCompileError);
    expect(() => dossierGroupsFromRows([{ received: 1.5 }], q)).toThrow(SqlCompileError);
  });
});

// Each text below is a date of receipt; its Vietnamese date (UTC+7) was worked out by hand.
// With a one-day period [2026-03-01, 2026-03-01], a row received that day is new, a row received
// the day before is carried over (its due date is after the period) and a row received the day
// after is out of scope; a text that is not a date is rejected.
const RECEIPTS: [string, 'new' | 'carried' | 'out' | 'rejected'][] = [
  ['2026-03-01', 'new'],
  ['2026-03-01T00:00:00+07:00', 'new'],
  ['2026-02-28T17:00:00Z', 'new'], // 00:00 on 1 March in Vietnam
  ['2026-02-28T16:59:59Z', 'carried'], // 23:59:59 on 28 February
  ['2026-03-01T16:59:00.999Z', 'new'],
  ['2026-03-01T17:00:00Z', 'out'], // 00:00 on 2 March
  ['2026-02-28T10:00:00-07:00', 'new'], // 17:00Z = 00:00 on 1 March
  ['2026-03-01T06:59:00+0930', 'new'], // 21:29Z on 28 February = 04:29 on 1 March in Vietnam
  ['2026-03-01T02:29:00+0930', 'carried'], // 16:59Z on 28 February = 23:59 in Vietnam
  ['2026-03-01 00:30:00+07', 'new'],
  ['01/03/2026', 'new'],
  ['1/3/2026 23:59', 'new'],
  ['28-02-2026 23:59:59', 'carried'],
  ['02.03.2026', 'out'],
  ['20260301', 'new'],
  ['202603012359', 'new'],
  ['20260228235959', 'carried'],
  ['31/02/2026', 'rejected'],
  ['2026-02-29', 'rejected'], // 2026 is not a leap year
  ['2026-03-01T24:00', 'rejected'],
  ['2026-03-01T10:00+25:00', 'rejected'],
  ['ngày 1/3/2026', 'rejected'],
  ['0000-03-01', 'rejected'],
];

async function runReceipts(
  dialect: SqlDialect,
  exec: (sql: string, params: readonly unknown[]) => Promise<Record<string, unknown>[]>,
) {
  await exec(
    `CREATE ${dialect === 'postgres' ? 'TEMP ' : ''}TABLE "x""; DROP TABLE keep; --" ("Đơn vị" TEXT, "a""b" TEXT, "c; --" TEXT, "d" TEXT)`,
    [],
  );
  await exec('CREATE TABLE keep (k INTEGER)', []);
  for (const [i, [t]] of RECEIPTS.entries()) {
    await exec(
      `INSERT INTO "x""; DROP TABLE keep; --" VALUES ('U${i}', 'online', '${t.replaceAll("'", "''")}', '2026-03-10')`,
      [],
    );
  }
  const q = compileDossierTally({
    dialect,
    period,
    from: { table: 'x"; DROP TABLE keep; --' },
    columns: { unit: 'Đơn vị', channel: 'a"b', receivedAt: 'c; --', dueDate: { name: 'd', kind: 'text' } },
    by: ['unit'],
  });
  const rows = await exec(q.sql, q.params);
  const got = dossierGroupsFromRows(rows, q);
  const perUnit = new Map(got.groups.map((g) => [g.key.unit, g.tally]));
  const rejectedUnits = rows.filter((r) => Number(r.rejected) > 0).map((r) => r.unit);
  const result = RECEIPTS.map(([text], i) => {
    const t = perUnit.get(`U${i}`);
    const state =
      t === undefined
        ? rejectedUnits.includes(`U${i}`)
          ? 'rejected'
          : 'missing'
        : t.newReceived === 1
          ? 'new'
          : t.carriedOver === 1
            ? 'carried'
            : t.outOfScope === 1
              ? 'out'
              : 'other';
    return [text, state];
  });
  expect(result).toEqual(RECEIPTS);
  // The table named like an injection is still a table, and `keep` was never dropped.
  expect(await exec('SELECT count(*) AS n FROM keep', [])).toHaveLength(1);
}

describe('dates in the export forms, injection-shaped names (DuckDB)', () => {
  let instance: DuckDBInstance;
  beforeAll(async () => {
    instance = await DuckDBInstance.create(':memory:');
  });
  afterAll(() => instance.closeSync());
  it('each receipt text gets its Vietnamese date, and names are only names', async () => {
    const c = await instance.connect();
    await runReceipts('duckdb', async (sql, params) =>
      (await c.runAndReadAll(sql, params as string[])).getRowObjectsJS(),
    );
    c.closeSync();
  });
});

const url = process.env.COMMUNE_KPI_PG_URL;
describe.skipIf(url === undefined)('dates in the export forms, injection-shaped names (PostgreSQL)', () => {
  it('each receipt text gets its Vietnamese date, and names are only names', async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query('DROP TABLE IF EXISTS keep');
    try {
      await runReceipts('postgres', async (sql, params) => (await client.query(sql, [...params])).rows);
    } finally {
      await client.query('DROP TABLE IF EXISTS keep');
      await client.end();
    }
  });
});

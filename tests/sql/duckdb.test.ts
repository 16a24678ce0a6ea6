import { DuckDBInstance } from '@duckdb/node-api';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DuckDbConnectionLike, tallyDossiersDuckDB } from '../../src/node/sql-runner';
import { compileDossierTally, dossierGroupsFromRows } from '../../src/sql/index';
import { type Case, caseArb, mappingOf, sameAsLibrary, tableSql } from './harness';

let instance: DuckDBInstance;
let conn: Awaited<ReturnType<DuckDBInstance['connect']>>;
let n = 0;

beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  conn = await instance.connect();
});
afterAll(() => {
  conn.closeSync();
  instance.closeSync();
});

/** Load a case, run the compiled SQL (optionally mutated) and compare with the library. */
async function check(c: Case, mutate?: (sql: string) => string): Promise<string | undefined> {
  const table = `ho_so_${n++}`;
  for (const s of tableSql(table, c.raws, c.form, false)) await conn.run(s);
  try {
    const q = compileDossierTally({
      dialect: 'duckdb',
      period: c.period,
      from: { table },
      columns: mappingOf(c.form),
      by: c.by,
      reappointment: c.reappointment,
    });
    const sql = mutate === undefined ? q.sql : mutate(q.sql);
    const reader = await conn.runAndReadAll(sql, [...q.params] as string[]);
    return sameAsLibrary(dossierGroupsFromRows(reader.getRowObjectsJS(), q), c);
  } finally {
    await conn.run(`DROP TABLE "${table}"`);
  }
}

describe('SQL tally in DuckDB equals tallyDossiers', () => {
  it('on random dossiers, every storage form, period and grouping', async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, async (c) => {
        const diff = await check(c);
        if (diff !== undefined) throw new Error(diff);
      }),
      { numRuns: 80 },
    );
  }, 120_000);

  it('the runner over a connection gives the same result', async () => {
    const c = fc.sample(caseArb, { numRuns: 1, seed: 42 })[0]!;
    const table = 'runner_case';
    for (const s of tableSql(table, c.raws, c.form, false)) await conn.run(s);
    const r = await tallyDossiersDuckDB({
      connection: conn as unknown as DuckDbConnectionLike,
      period: c.period,
      from: { table },
      columns: mappingOf(c.form),
      by: c.by,
      reappointment: c.reappointment,
    });
    expect(sameAsLibrary(r, c)).toBeUndefined();
    await conn.run(`DROP TABLE ${table}`);
  });

  // Mutation check: each of these breaks one rule of the SQL; the property must find it.
  const mutations: [string, (s: string) => string][] = [
    [
      'on time counted as early',
      (s) =>
        s.replace("WHEN closed < due_effective THEN 'early'", "WHEN closed <= due_effective THEN 'early'"),
    ],
    [
      'overdue on the last day',
      (s) =>
        s.replace(
          "WHEN due_effective < end_date THEN 'overdue'",
          "WHEN due_effective <= end_date THEN 'overdue'",
        ),
    ],
    [
      'UTC date instead of UTC+7',
      (s) => s.replaceAll('+ 25200', '+ 0').replaceAll(' + 420) / 1440.0', ' + 0) / 1440.0'),
    ],
    [
      'a rule dropped',
      (s) => s.replace("WHEN returned < finished THEN 'vn.dossier.returned_before_finished'\n", ''),
    ],
    [
      'status 8 finish counted as resolved',
      (s) =>
        s.replace(
          "CASE WHEN finished IS NOT NULL THEN CASE status WHEN 'stopped' THEN 'stopped'",
          "CASE WHEN finished IS NOT NULL THEN CASE status WHEN 'stoppedX' THEN 'stopped'",
        ),
    ],
  ];
  for (const [name, mutate] of mutations) {
    it(`a mutated rule fails the property: ${name}`, async () => {
      const probe = mutate('x');
      expect(probe).toBe('x');
      const q = compileDossierTally({
        dialect: 'duckdb',
        period: { start: '2026-01-01', end: '2026-01-31' },
        from: { table: 't' },
      });
      expect(mutate(q.sql)).not.toBe(q.sql);
      const r = await fc.check(
        fc.asyncProperty(caseArb, async (c) => (await check(c, mutate)) === undefined),
        { numRuns: 60, seed: 7, endOnFailure: true },
      );
      expect(r.failed).toBe(true);
    }, 120_000);
  }
});

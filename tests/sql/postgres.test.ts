import fc from 'fast-check';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tallyDossiersPostgres } from '../../src/node/sql-runner';
import { compileDossierTally, dossierGroupsFromRows } from '../../src/sql/index';
import { type Case, caseArb, mappingOf, sameAsLibrary, tableSql } from './harness';

/**
 * The same equality property on a real PostgreSQL server. The connection string comes from
 * COMMUNE_KPI_PG_URL; `.ci/run` starts a throwaway cluster and sets it (CI never skips this).
 * Locally: `scripts/pg-throwaway.sh start /tmp/pgkpi 55432` prints the URL to export.
 */
const url = process.env.COMMUNE_KPI_PG_URL;
if (url === undefined) {
  console.warn(
    '[tests/sql/postgres] SKIPPED: set COMMUNE_KPI_PG_URL to a PostgreSQL server ' +
      '(scripts/pg-throwaway.sh start /tmp/pgkpi 55432 prints one); .ci/run always sets it.',
  );
}
if (url === undefined && process.env.CI === 'true') {
  throw new Error('COMMUNE_KPI_PG_URL is not set in CI: the PostgreSQL equality tests must run.');
}

describe.skipIf(url === undefined)('SQL tally in PostgreSQL equals tallyDossiers', () => {
  let client: pg.Client;
  let n = 0;
  beforeAll(async () => {
    client = new pg.Client({ connectionString: url });
    await client.connect();
    // A session far from Vietnam: nothing may depend on it.
    await client.query("SET TIME ZONE 'America/Los_Angeles'");
  });
  afterAll(async () => {
    await client?.end();
  });

  async function check(c: Case): Promise<string | undefined> {
    const table = `ho_so_${n++}`;
    for (const s of tableSql(table, c.raws, c.form, true)) await client.query(s);
    try {
      const q = compileDossierTally({
        dialect: 'postgres',
        period: c.period,
        from: { table },
        columns: mappingOf(c.form),
        by: c.by,
        reappointment: c.reappointment,
      });
      const r = await client.query(q.sql, [...q.params]);
      return sameAsLibrary(dossierGroupsFromRows(r.rows, q), c);
    } finally {
      await client.query(`DROP TABLE "${table}"`);
    }
  }

  it('on random dossiers, every storage form, period and grouping', async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, async (c) => {
        const diff = await check(c);
        if (diff !== undefined) throw new Error(diff);
      }),
      { numRuns: 80 },
    );
  }, 180_000);

  it('the runner, with a client and with a connection string, gives the same result', async () => {
    const c = fc.sample(caseArb, { numRuns: 1, seed: 42 })[0]!;
    await client.query('DROP SCHEMA IF EXISTS "tthc ""x""" CASCADE');
    await client.query('CREATE SCHEMA "tthc ""x"""');
    for (const s of tableSql('runner_case', c.raws, c.form, false)) {
      await client.query(s.replace('"runner_case"', '"tthc ""x"""."runner_case"'));
    }
    const options = {
      period: c.period,
      from: { table: ['tthc "x"', 'runner_case'] },
      columns: mappingOf(c.form),
      by: c.by,
      reappointment: c.reappointment,
    };
    expect(sameAsLibrary(await tallyDossiersPostgres({ ...options, client }), c)).toBeUndefined();
    expect(
      sameAsLibrary(await tallyDossiersPostgres({ ...options, connectionString: url! }), c),
    ).toBeUndefined();
    await client.query('DROP SCHEMA "tthc ""x""" CASCADE');
  });
});

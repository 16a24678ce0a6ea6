import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DOSSIER_TALLY_FIELDS,
  type DossierTally,
  emptyDossierTally,
  mergeTallies,
} from '../../src/dossier/tally';
import { runCli } from '../../src/node/cli';
import { tallyDossiersDuckDB } from '../../src/node/sql-runner';
import { caseArb, expected, mappingOf, tableSql } from './harness';

const dir = mkdtempSync(join(tmpdir(), 'kpi-sql-cli-'));
const c = fc.sample(
  caseArb.filter((x) => x.raws.length > 40 && x.form.statusForm !== 'none'),
  { numRuns: 1, seed: 3 },
)[0]!;
// Two "provinces": the rows split in two Parquet files.
const files = [join(dir, 'tinh-a.parquet'), join(dir, 'tinh-b.parquet')];

beforeAll(async () => {
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  const halves = [c.raws.slice(0, 20), c.raws.slice(20)];
  for (const [i, part] of halves.entries()) {
    for (const s of tableSql(`p${i}`, part, c.form, false)) await conn.run(s);
    await conn.run(`COPY p${i} TO '${files[i]}' (FORMAT parquet)`);
  }
  conn.closeSync();
  instance.closeSync();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('commune-kpi dossiers <files> --engine duckdb', () => {
  it('tallies Parquet files in place, as the library does', async () => {
    let out = '';
    let err = '';
    const io = {
      stdout: (t: string) => {
        out += t;
      },
      stderr: (t: string) => {
        err += t;
      },
      stderrIsTTY: false,
    };
    const m = mappingOf(c.form) as Record<string, string | { name: string }>;
    const cols = Object.entries(m)
      .map(
        ([f, v]) =>
          `${f}=${typeof v === 'string' ? v : v.name}${typeof v === 'string' ? '' : `:${(v as unknown as { kind: string }).kind}`}`,
      )
      .join(',');
    const code = await runCli(
      [
        'dossiers',
        ...files,
        '--engine',
        'duckdb',
        '--period',
        `${c.period.start}..${c.period.end}`,
        '--format',
        'json',
        '--columns',
        cols,
        '--reappointment',
        c.reappointment,
      ],
      io,
    );
    expect(err).toContain('duckdb');
    expect(code).toBe(0);
    const want = expected(c.raws, c.form, c.period, [], c.reappointment);
    const got = JSON.parse(out) as { total: DossierTally; rejected: number };
    expect(got.total).toEqual(want.total);
    expect(got.rejected).toBe(want.rejected);
  });

  it('partitions tallied one by one and merged with mergeTallies equal the whole', async () => {
    const opts = { period: c.period, columns: mappingOf(c.form), reappointment: c.reappointment };
    const whole = await tallyDossiersDuckDB({ ...opts, from: { files } });
    const parts = await Promise.all(files.map((f) => tallyDossiersDuckDB({ ...opts, from: { files: f } })));
    const merged = parts.map((p) => p.total).reduce(mergeTallies, emptyDossierTally());
    expect(merged).toEqual(whole.total);
    expect(DOSSIER_TALLY_FIELDS.some((f) => whole.total[f] > 0)).toBe(true);
  });

  it('reports a bad option with exit code 2', async () => {
    let err = '';
    const io = {
      stdout: () => {},
      stderr: (t: string) => {
        err += t;
      },
      stderrIsTTY: false,
    };
    expect(await runCli(['dossiers', files[0]!, '--engine', 'sqlite', '--month', '2026-03'], io)).toBe(2);
    expect(err).toContain('--engine must be duckdb or postgres');
  });
});

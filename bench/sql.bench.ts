/**
 * SQL benchmark (issue 15): the dossier tally inside DuckDB over Parquet against the library's
 * own CSV path on the same rows. DuckDB generates the rows (seeded hashes of the row number: 34
 * provinces, 100 communes each, three channels, receipts over six months at any minute, due dates
 * 0–14 days on, finishes around them, stops, returns, open dossiers) and writes them twice: as
 * Parquet, one file per province (`PARTITION_BY`), with `TIMESTAMPTZ`/`DATE` columns; and, up to
 * `csvMax` rows, as a one-stop CSV export (Vietnamese headers, national codes, local times).
 *
 * Contenders, each in its own child process (its own peak RSS):
 * - `duckdb`: `tallyDossiersDuckDB` over the Parquet files, by unit (2 threads);
 * - `duckdb-partitions`: one `tallyDossiersDuckDB` per province file, run in parallel, merged
 *   with `mergeTallies` (must equal `duckdb`);
 * - `library`: `tallyDossierFile(csv, { workers: 2 })`, by unit (every row validated).
 * Every contender must give the same total (checked). Figures, not asserts: the machine is shared.
 *
 * Run: npx tsx bench/sql.bench.ts [rows=1000000,10000000] [csvMax=10000000] [dir=bench/data/sql]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';

const PERIOD = { start: '2026-01-01', end: '2026-03-31' };
const args = new Map(process.argv.slice(2).map((a) => a.split('=') as [string, string]));
const sizes = (args.get('rows') ?? '1000000,10000000').split(',').map(Number);
const csvMax = Number(args.get('csvMax') ?? 10_000_000);
const dir = args.get('dir') ?? 'bench/data/sql';

const COLUMNS = {
  code: 'code',
  unit: 'unit',
  channel: 'channel',
  status: 'status',
  receivedAt: { name: 'receivedAt', kind: 'timestamptz' },
  dueDate: { name: 'dueDate', kind: 'date' },
  finishedAt: { name: 'finishedAt', kind: 'timestamptz' },
  returnedAt: { name: 'returnedAt', kind: 'timestamptz' },
} as const;

/** The generated rows as SQL: every value a function of the row number i. */
const rowsSql = (n: number) => `
  WITH g AS (
    SELECT i,
      hash(i, 1) % 34 AS p, hash(i, 2) % 100 AS x, hash(i, 3) % 3 AS ch,
      CAST(hash(i, 4) % 180 AS INTEGER) AS rd, CAST(hash(i, 5) % 1440 AS INTEGER) AS rm,
      CAST(hash(i, 6) % 15 AS INTEGER) AS due, CAST(hash(i, 7) % 20 AS INTEGER) AS kind,
      CAST(hash(i, 8) % 11 AS INTEGER) - 6 AS late, CAST(hash(i, 9) % 1440 AS INTEGER) AS fm
    FROM range(${n}) t(i)
  ), d AS (
    SELECT *, 20393 + rd AS rday, greatest(20393 + rd, 20393 + rd + due + late) AS fday FROM g
  )
  SELECT
    'H' || i AS code,
    'T' || lpad(CAST(p AS TEXT), 2, '0') AS province,
    'T' || lpad(CAST(p AS TEXT), 2, '0') || ' xã ' || x AS unit,
    CASE ch WHEN 0 THEN 'direct' WHEN 1 THEN 'online' ELSE 'postal' END AS channel,
    CASE WHEN kind < 9 THEN 'resolved' WHEN kind < 14 THEN 'returned' WHEN kind < 15 THEN 'stopped' ELSE 'processing' END AS status,
    to_timestamp(CAST(rday AS BIGINT) * 86400 + rm * 60 - 25200) AS "receivedAt",
    CAST(DATE '1970-01-01' + rday + due AS DATE) AS "dueDate",
    CASE WHEN kind < 9 OR kind = 14 THEN to_timestamp(CAST(fday AS BIGINT) * 86400 + fm * 60 - 25200) END AS "finishedAt",
    CASE WHEN kind >= 9 AND kind < 14 THEN to_timestamp(CAST(fday AS BIGINT) * 86400 + fm * 60 - 25200) END AS "returnedAt"
  FROM d`;

// 20393 = 2025-11-01 as days since 1970-01-01.

async function generate(n: number): Promise<{ parquetDir: string; csv: string | undefined }> {
  const parquetDir = join(dir, `parquet-${n}`);
  const csv = n <= csvMax ? join(dir, `dossiers-${n}.csv`) : undefined;
  if (existsSync(parquetDir) && (csv === undefined || existsSync(csv))) return { parquetDir, csv };
  mkdirSync(dir, { recursive: true });
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const inst = await DuckDBInstance.create(':memory:', { threads: '2' });
  const c = await inst.connect();
  const t0 = performance.now();
  if (!existsSync(parquetDir)) {
    await c.run(
      `COPY (${rowsSql(n)}) TO '${parquetDir}' (FORMAT parquet, PARTITION_BY (province), OVERWRITE_OR_IGNORE)`,
    );
  }
  if (csv !== undefined && !existsSync(csv)) {
    // The same rows as a one-stop export: national codes, local Vietnam times, Vietnamese headers.
    await c.run(`COPY (
      SELECT code AS "Mã hồ sơ", unit AS "Đơn vị tiếp nhận",
        CASE channel WHEN 'direct' THEN '1' WHEN 'online' THEN '2' ELSE '3' END AS "Kênh thực hiện",
        CASE status WHEN 'resolved' THEN '9' WHEN 'returned' THEN '10' WHEN 'stopped' THEN '8' ELSE '4' END AS "Trạng thái",
        strftime(make_timestamp(CAST((epoch("receivedAt") + 25200) * 1000000 AS BIGINT)), '%Y-%m-%d %H:%M') AS "Ngày tiếp nhận",
        strftime("dueDate", '%Y-%m-%d') AS "Ngày hẹn trả",
        strftime(make_timestamp(CAST((epoch("finishedAt") + 25200) * 1000000 AS BIGINT)), '%Y-%m-%d %H:%M') AS "Ngày kết thúc xử lý",
        strftime(make_timestamp(CAST((epoch("returnedAt") + 25200) * 1000000 AS BIGINT)), '%Y-%m-%d %H:%M') AS "Ngày trả kết quả"
      FROM read_parquet('${parquetDir}/**/*.parquet')
    ) TO '${csv}' (HEADER, DELIMITER ',')`);
  }
  console.error(
    `generated ${n.toLocaleString('en')} rows in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  c.closeSync();
  inst.closeSync();
  return { parquetDir, csv };
}

const sizeOf = (p: string): number =>
  statSync(p).isDirectory() ? readdirSync(p).reduce((a, f) => a + sizeOf(join(p, f)), 0) : statSync(p).size;

/** The child: run one contender and print its figures as JSON. */
async function child(name: string, path: string): Promise<void> {
  const t0 = performance.now();
  let total: Record<string, number>;
  let groups = 0;
  if (name === 'duckdb') {
    const { tallyDossiersDuckDB } = await import('../src/node/sql-runner');
    const r = await tallyDossiersDuckDB({
      from: { files: `${path}/**/*.parquet` },
      period: PERIOD,
      columns: COLUMNS,
      by: ['unit'],
      threads: 2,
    });
    total = { ...r.total, rejected: r.rejected };
    groups = r.groups.length;
  } else if (name === 'duckdb-partitions') {
    const { tallyDossiersDuckDB } = await import('../src/node/sql-runner');
    const { mergeTallies, emptyDossierTally } = await import('../src/dossier/tally');
    const files = readdirSync(path).map((p) => join(path, p));
    let t = emptyDossierTally();
    let rejected = 0;
    // Two at a time (two cores), each province on its own embedded database.
    for (let i = 0; i < files.length; i += 2) {
      const rs = await Promise.all(
        files.slice(i, i + 2).map((f) =>
          tallyDossiersDuckDB({
            from: { files: `${f}/*.parquet` },
            period: PERIOD,
            columns: COLUMNS,
            threads: 1,
          }),
        ),
      );
      for (const r of rs) {
        t = mergeTallies(t, r.total);
        rejected += r.rejected;
      }
    }
    total = { ...t, rejected };
    groups = files.length;
  } else {
    const { tallyDossierFile } = await import('../src/node/files');
    const r = await tallyDossierFile(path, {
      period: { kind: 'custom', label: '', ...PERIOD },
      by: ['unit'],
      workers: 2,
    });
    total = { ...r.total, rejected: r.summary.rejected };
    groups = r.groups.length;
  }
  const ms = performance.now() - t0;
  const ru = process.resourceUsage();
  console.log(
    JSON.stringify({
      name,
      ms,
      cpuMs: (ru.userCPUTime + ru.systemCPUTime) / 1000,
      rssMb: ru.maxRSS / 1024,
      total,
      groups,
    }),
  );
}

async function main(): Promise<void> {
  if (process.argv[2] === '--child') return child(process.argv[3]!, process.argv[4]!);
  console.log(
    `# SQL bench, load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}, ${new Date().toISOString()}`,
  );
  console.log('| rows | contender | input | time s | rows/s | CPU s | peak RSS MB | groups |');
  console.log('|---:|---|---|---:|---:|---:|---:|---:|');
  for (const n of sizes) {
    const { parquetDir, csv } = await generate(n);
    const runs: [string, string, string][] = [
      ['duckdb', parquetDir, `Parquet ${(sizeOf(parquetDir) / 2 ** 20).toFixed(0)} MB`],
      ['duckdb-partitions', parquetDir, '34 Parquet dirs'],
      ...(csv !== undefined
        ? ([['library', csv, `CSV ${(sizeOf(csv) / 2 ** 20).toFixed(0)} MB`]] as [string, string, string][])
        : []),
    ];
    let ref: string | undefined;
    for (const [name, path, input] of runs) {
      const r = spawnSync(
        process.execPath,
        ['--import', 'tsx', 'bench/sql.bench.ts', '--child', name, path],
        {
          encoding: 'utf8',
          maxBuffer: 1 << 26,
        },
      );
      if (r.status !== 0) {
        console.log(`| ${n} | ${name} | failed: ${r.stderr.slice(0, 300).replaceAll('\n', ' ')} |`);
        continue;
      }
      const o = JSON.parse(r.stdout.trim().split('\n').pop()!) as {
        ms: number;
        cpuMs: number;
        rssMb: number;
        total: Record<string, number>;
        groups: number;
      };
      const totalText = JSON.stringify(o.total);
      const same = ref === undefined || ref === totalText ? '' : ' **TOTAL DIFFERS**';
      ref ??= totalText;
      console.log(
        `| ${n.toLocaleString('en')} | ${name} | ${input} | ${(o.ms / 1000).toFixed(1)} | ${Math.round(n / (o.ms / 1000)).toLocaleString('en')} | ${(o.cpuMs / 1000).toFixed(1)} | ${o.rssMb.toFixed(0)} | ${o.groups}${same} |`,
      );
    }
    console.log(`|  | total (all equal unless marked) | ${ref} |`);
  }
}

await main();

/**
 * Memory on a file where every row is bad (issue 18, item 3): `tallyDossierSource` on
 * `openImportFile` keeps at most `keepRejections` rejections in its result and hands every one to
 * `onRejection` as it happens, so peak memory must not grow with the number of bad rows. Each run
 * is its own child process, so that its peak RSS (`process.resourceUsage().maxRSS`) is its own.
 *
 * Modes: `kept` (default options: first 1 000 kept, the rest counted), `sink` (every rejection to
 * a callback that writes it as a JSON line to a file, as `--rejects` does), `csv-sink` (the same
 * through `createRejectsWriter`), and `json` (the same file as a JSON array, through the stream
 * path).
 *
 * Run: npx tsx bench/rejections-memory.bench.ts [rows=100000,1000000] [dir=.tmp/bench-rejects]
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const HEADER = 'Mã hồ sơ,Mã TTHC,Đơn vị tiếp nhận,Kênh thực hiện,Trạng thái,Ngày nhận,Ngày hẹn trả,Địa chỉ';

/** Every row bad: the receipt date does not exist (31/02), the address is quoted. */
function writeBadCsv(path: string, rows: number): void {
  const out: string[] = [HEADER];
  for (let i = 0; i < rows; i++)
    out.push(`H${i},1.001,UBND xã A,Trực tuyến,Đang xử lý,31/02/2026 08:15,05/03/2026,"Thôn ${i % 9}, xã A"`);
  writeFileSync(path, `${out.join('\n')}\n`);
}

function writeBadJson(path: string, rows: number): void {
  const parts: string[] = [];
  for (let i = 0; i < rows; i++)
    parts.push(
      JSON.stringify({
        'Mã hồ sơ': `H${i}`,
        'Mã TTHC': '1.001',
        'Đơn vị tiếp nhận': 'UBND xã A',
        'Kênh thực hiện': 'Trực tuyến',
        'Trạng thái': 'Đang xử lý',
        'Ngày nhận': '31/02/2026 08:15',
        'Ngày hẹn trả': '05/03/2026',
      }),
    );
  writeFileSync(path, `[\n${parts.join(',\n')}\n]\n`);
}

const child = process.argv[2] === '--child';
if (child) {
  const [, , , file, mode, sinkPath] = process.argv;
  const { openImportFile } = await import('../src/node/files');
  const { createRejectsWriter } = await import('../src/node/output');
  const { tallyDossierSource } = await import('../src/import/dossier');
  const { reportingPeriod } = await import('../src/core/period');
  const period = reportingPeriod({ kind: 'quarter', year: 2026, quarter: 1 }, { cutoff: 'calendar' });
  const t0 = performance.now();
  let seen = 0;
  let options: Parameters<typeof tallyDossierSource>[1] = { period };
  let close = async (): Promise<void> => {};
  if (mode === 'sink' || mode === 'json') {
    const out = createWriteStream(sinkPath!);
    options = {
      period,
      onRejection: (r) => {
        seen++;
        out.write(`${JSON.stringify({ line: r.line, issues: r.issues.map((i) => i.code) })}\n`);
      },
    };
    close = () => new Promise((res) => out.end(res));
  } else if (mode === 'csv-sink') {
    const w = createRejectsWriter(sinkPath!);
    options = {
      period,
      onRejection: (r) => {
        seen++;
        w.write(r);
      },
    };
    close = () => w.close();
  }
  const r = await tallyDossierSource(await openImportFile(file!), options);
  await close();
  const ms = performance.now() - t0;
  process.stdout.write(
    JSON.stringify({
      read: r.summary.read,
      rejected: r.summary.rejected,
      kept: r.rejections.length,
      seen,
      ms,
      rssMb: process.resourceUsage().maxRSS / 1024,
      heapMb: process.memoryUsage().heapUsed / 1048576,
    }),
  );
  process.exit(0);
}

const sizes = (process.argv.find((a) => a.startsWith('rows='))?.slice(5) ?? '100000,1000000')
  .split(',')
  .map(Number);
const dir = process.argv.find((a) => a.startsWith('dir='))?.slice(4) ?? '.tmp/bench-rejects';
mkdirSync(dir, { recursive: true });
console.log('| rows | mode | read | rejected | kept | to sink | time | peak RSS |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const rows of sizes) {
  const csv = join(dir, `bad-${rows}.csv`);
  const json = join(dir, `bad-${rows}.json`);
  if (!existsSync(csv)) writeBadCsv(csv, rows);
  if (!existsSync(json)) writeBadJson(json, rows);
  for (const mode of ['kept', 'sink', 'csv-sink', 'json']) {
    const file = mode === 'json' ? json : csv;
    const sink = join(dir, `rejects-${rows}-${mode}.${mode === 'csv-sink' ? 'csv' : 'jsonl'}`);
    const p = spawnSync(
      process.execPath,
      ['--import', 'tsx', new URL(import.meta.url).pathname, '--child', file, mode, sink],
      { encoding: 'utf8', maxBuffer: 1 << 24 },
    );
    if (p.status !== 0) {
      console.error(p.stderr);
      process.exit(1);
    }
    const o = JSON.parse(p.stdout) as Record<string, number>;
    const sinkMb =
      existsSync(sink) && mode !== 'kept' ? ` (${(statSync(sink).size / 1048576).toFixed(0)} MB)` : '';
    console.log(
      `| ${rows.toLocaleString('en')} | ${mode} | ${o.read} | ${o.rejected} | ${o.kept} | ${o.seen}${sinkMb} | ${(o.ms! / 1000).toFixed(1)} s | ${o.rssMb!.toFixed(0)} MB |`,
    );
  }
}

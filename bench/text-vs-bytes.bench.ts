/**
 * The table of issue 18, rerun: a one-stop CSV whose address column is quoted (`"Thôn 3, xã A"`),
 * LF line ends, read as a string (what a browser gets from `file.text()`) and as bytes, from
 * 10 000 to 1 000 000 rows. Prints the time and the time per row of `parseCsv(string)`,
 * `importDossiers(string)` and `importDossiers(bytes)`, and the text/bytes ratio. Each size runs
 * in its own child process (fresh heap), the fastest of `runs`.
 *
 * Run: npx tsx bench/text-vs-bytes.bench.ts [rows=10000,20000,40000,100000,1000000] [runs=2]
 */
import { spawnSync } from 'node:child_process';

const HEADER = 'Mã hồ sơ,Mã TTHC,Đơn vị tiếp nhận,Kênh thực hiện,Trạng thái,Ngày nhận,Ngày hẹn trả,Địa chỉ';

function file(rows: number): string {
  const out: string[] = [HEADER];
  for (let i = 0; i < rows; i++) {
    const d = 1 + (i % 28);
    const dd = d < 10 ? `0${d}` : String(d);
    out.push(
      `H${i},1.00${i % 7},UBND xã ${i % 3 === 0 ? 'A' : 'B'},Trực tuyến,Đang xử lý,${dd}/03/2026 08:15,${dd}/04/2026,"Thôn ${i % 9}, xã A"`,
    );
  }
  return `${out.join('\n')}\n`;
}

if (process.argv[2] === '--child') {
  const rows = Number(process.argv[3]);
  const runs = Number(process.argv[4]);
  const { parseCsv } = await import('../src/import/csv');
  const { importDossiers } = await import('../src/import/dossier');
  const text = file(rows);
  const bytes = new TextEncoder().encode(text);
  const best = async (f: () => unknown): Promise<number> => {
    let b = Number.POSITIVE_INFINITY;
    for (let i = 0; i < runs; i++) {
      (globalThis as { gc?: () => void }).gc?.();
      const t0 = performance.now();
      await f();
      b = Math.min(b, performance.now() - t0);
    }
    return b;
  };
  let check = 0;
  const a = await best(() => {
    check = parseCsv(text).length - 1;
  });
  let validText = 0;
  const b = await best(async () => {
    validText = (await importDossiers(text)).valid;
  });
  let validBytes = 0;
  const c = await best(async () => {
    validBytes = (await importDossiers(bytes)).valid;
  });
  if (check !== rows || validText !== rows || validBytes !== rows)
    throw new Error(`counts differ: ${check} ${validText} ${validBytes} of ${rows}`);
  process.stdout.write(JSON.stringify({ a, b, c }));
  process.exit(0);
}

const rowsList = (
  process.argv.find((x) => x.startsWith('rows='))?.slice(5) ?? '10000,20000,40000,100000,1000000'
)
  .split(',')
  .map(Number);
const runs = Number(process.argv.find((x) => x.startsWith('runs='))?.slice(5) ?? 2);
const fmt = (ms: number, rows: number): string =>
  `${(ms / 1000).toFixed(2)} s (${((ms * 1000) / rows).toFixed(1)} µs/row)`;
console.log('| rows | parseCsv(string) | importDossiers(string) | importDossiers(bytes) | string / bytes |');
console.log('| --- | --- | --- | --- | --- |');
for (const rows of rowsList) {
  const p = spawnSync(
    process.execPath,
    [
      '--expose-gc',
      '--max-old-space-size=6144',
      '--import',
      'tsx',
      new URL(import.meta.url).pathname,
      '--child',
      String(rows),
      String(runs),
    ],
    { encoding: 'utf8' },
  );
  if (p.status !== 0) {
    console.error(p.stderr);
    process.exit(1);
  }
  const o = JSON.parse(p.stdout) as { a: number; b: number; c: number };
  console.log(
    `| ${rows.toLocaleString('en')} | ${fmt(o.a, rows)} | ${fmt(o.b, rows)} | ${fmt(o.c, rows)} | ${(o.b / o.c).toFixed(2)} |`,
  );
}

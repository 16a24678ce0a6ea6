/**
 * Import benchmark (issue 7): read a one-stop dossier CSV export (made by
 * `bench/gen-dossier-csv.ts`), tally it by unit and month of receipt for a period, and compute the
 * rates. Contenders, each in its own child process so that peak memory (max RSS) is its own:
 *
 * - `library`: `tallyDossierSource` from `commune-kpi/import` (streaming CSV, header detection,
 *   column mapping, every row validated, rejections kept with their line);
 * - `byteloop`: a hand-written loop over the bytes doing the same counting with the same rules
 *   (the speed limit for JavaScript);
 * - `papaparse`: papaparse in streaming mode (`step`) plus a loop with the same rules;
 * - `duckdb`: DuckDB (`@duckdb/node-api`) reading the CSV and aggregating in SQL with the same rules.
 *
 * Every contender must report the same totals (checked).
 *
 * Run: npx tsx bench/import.bench.ts [file=bench/data/dossiers-4m.csv] [contenders=library,byteloop,papaparse,duckdb] [runs=3]
 */
import { spawnSync } from 'node:child_process';
import { closeSync, createReadStream, existsSync, openSync, readSync } from 'node:fs';
import { customPeriod } from '../src/core/index';
import { type DossierTally, dossierRates, emptyDossierTally, mergeTallies } from '../src/dossier/index';
import { tallyDossierSource } from '../src/import/index';
import { openImportFile } from '../src/node/index';

const PERIOD = customPeriod('2026-01-01', '2026-03-31');
const START = 20260101;
const END = 20260331;

interface Outcome {
  name: string;
  ms: number;
  cpuMs?: number;
  rssMb: number;
  read: number;
  valid: number;
  groups: number;
  total: DossierTally;
}

// ---------------------------------------------------------------------------------------------
// Shared by the hand-written contenders: the classification rules of the library, on integers.
// Codes: received bucket * 16 + state, as the library packs them.
const R_CARRIED = 0;
const R_DIRECT = 1;
const R_ONLINE = 2;
const R_POSTAL = 3;
const R_OUT = 4;
const S_EARLY = 0;
const S_ON_TIME = 1;
const S_LATE = 2;
const S_WITHIN = 3;
const S_OVERDUE = 4;
const S_WITHDRAWN = 6;
const S_STOPPED = 7;
const S_OUT = 8;

const STATUS: Record<string, number> = {
  'Mới đăng ký': 1,
  'Được tiếp nhận': 2,
  'Không được tiếp nhận': 3,
  'Đang xử lý': 4,
  'Yêu cầu bổ sung giấy tờ': 5,
  'Yêu cầu thực hiện nghĩa vụ tài chính': 6,
  'Công dân yêu cầu rút hồ sơ': 7,
  'Dừng xử lý': 8,
  'Đã xử lý xong': 9,
  'Đã trả kết quả': 10,
};
const CHANNEL: Record<string, number> = { 'Trực tiếp': 1, 'Trực tuyến': 2, 'Qua bưu chính công ích': 3 };

/** -1 = the row is invalid (the library rejects it); else the packed code. */
function classify(st: number, ch: number, rec: number, due: number, fin: number, ret: number): number {
  // fin, ret: 0 = empty, -1 = unreadable.
  if (st === 0 || ch === 0 || rec <= 0 || due <= 0 || fin < 0 || ret < 0 || due < rec) return -1;
  let closed = 0;
  let outcome = 0;
  if (st === 7 || st === 8) {
    outcome = st;
    const at = fin !== 0 ? fin : ret;
    if (at === 0 || at < rec) return -1;
    closed = at;
  } else {
    if (fin !== 0 && fin < rec) return -1;
    if (ret !== 0 && (ret < rec || (fin !== 0 && ret < fin))) return -1;
    if ((st === 9 || st === 10) && fin === 0 && ret === 0) return -1;
    closed = fin !== 0 ? fin : ret;
  }
  if (st === 1 || st === 3 || rec > END) return R_OUT * 16 + S_OUT;
  if (closed !== 0 && closed < START) return R_OUT * 16 + S_OUT;
  const r = rec < START ? R_CARRIED : ch === 2 ? R_ONLINE : ch === 1 ? R_DIRECT : R_POSTAL;
  let s: number;
  if (closed !== 0 && closed <= END) {
    if (outcome !== 0) s = outcome === 7 ? S_WITHDRAWN : S_STOPPED;
    else s = closed < due ? S_EARLY : closed === due ? S_ON_TIME : S_LATE;
  } else s = due < END ? S_OVERDUE : S_WITHIN;
  return r * 16 + s;
}

/** Turn per-code counts into a tally (the same columns as the library's). */
function tallyOfCounts(counts: Int32Array): DossierTally {
  const t = emptyDossierTally();
  for (let code = 0; code < counts.length; code++) {
    const n = counts[code]!;
    if (n === 0) continue;
    const r = code >> 4;
    const s = code & 15;
    if (r === R_OUT) {
      t.outOfScope += n;
      continue;
    }
    t.received += n;
    if (r === R_CARRIED) t.carriedOver += n;
    else {
      t.newReceived += n;
      if (r === R_ONLINE) t.newOnline += n;
      else if (r === R_DIRECT) t.newDirect += n;
      else t.newPostal += n;
    }
    if (s <= S_LATE) {
      t.resolved += n;
      if (s === S_EARLY) t.resolvedEarly += n;
      else if (s === S_ON_TIME) t.resolvedOnTime += n;
      else t.resolvedLate += n;
    } else if (s <= S_OVERDUE) {
      t.pending += n;
      if (s === S_WITHIN) t.pendingWithinTerm += n;
      else t.pendingOverdue += n;
    } else if (s !== S_OUT) {
      t.returned += n;
      if (s === 5) t.refused += n;
      else if (s === S_WITHDRAWN) t.withdrawn += n;
      else t.stopped += n;
    }
  }
  return t;
}

function daysIn(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

function finishGroups(
  groups: Map<number, Int32Array>,
  read: number,
  valid: number,
  name: string,
  t0: number,
): Outcome {
  let total = emptyDossierTally();
  for (const counts of groups.values()) {
    const t = tallyOfCounts(counts);
    dossierRates(t);
    total = mergeTallies(total, t);
  }
  dossierRates(total);
  return {
    name,
    ms: performance.now() - t0,
    rssMb: 0,
    read,
    valid,
    groups: groups.size,
    total,
  };
}

// ---------------------------------------------------------------------------------------------
// Contender 1: the library.
async function runLibrary(file: string): Promise<Outcome> {
  const t0 = performance.now();
  const r = await tallyDossierSource(await openImportFile(file), {
    period: PERIOD,
    by: ['unit', 'month'],
    keepRejections: 100,
  });
  return {
    name: 'library',
    ms: performance.now() - t0,
    rssMb: 0,
    read: r.summary.read,
    valid: r.summary.valid,
    groups: r.groups.length,
    total: r.total,
  };
}

// ---------------------------------------------------------------------------------------------
// Contender 2: a hand-written byte loop. Knows the file's layout (title row, header row, column
// positions), as a one-off script would; handles quotes; interns low-cardinality text by hashing
// its bytes; reads dates straight from the bytes.
function runByteLoop(file: string): Outcome {
  const t0 = performance.now();
  const fd = openSync(file, 'r');
  const CH = 1 << 20;
  let buf = Buffer.allocUnsafe(CH * 2);
  let len = 0;
  let eof = false;
  const starts = new Int32Array(64);
  const ends = new Int32Array(64);
  const groups = new Map<number, Int32Array>();
  const intern = new Map<number, number>();
  const units = new Map<number, number>();
  let read = 0;
  let valid = 0;
  let line = 0;
  const hash = (s: number, e: number): number => {
    let h = 0x811c9dc5;
    for (let k = s; k < e; k++) h = Math.imul(h ^ buf[k]!, 0x01000193);
    return h >>> 0;
  };
  const label = (table: Record<string, number>, s: number, e: number): number => {
    const h = hash(s, e);
    let v = intern.get(h);
    if (v === undefined) {
      v = table[buf.toString('utf8', s, e)] ?? 0;
      intern.set(h, v);
    }
    return v;
  };
  const num = (s: number, n: number): number => {
    let v = 0;
    for (let k = s; k < s + n; k++) {
      const c = buf[k]! - 48;
      if (c < 0 || c > 9) return -1;
      v = v * 10 + c;
    }
    return v;
  };
  /** dd/MM/yyyy[ HH:mm:ss] → yyyymmdd; 0 empty; -1 bad. */
  const date = (s: number, e: number): number => {
    if (e === s) return 0;
    if (e - s < 10 || buf[s + 2] !== 47 || buf[s + 5] !== 47) return -1;
    const d = num(s, 2);
    const m = num(s + 3, 2);
    const y = num(s + 6, 4);
    if (d < 1 || m < 1 || m > 12 || y < 1 || d > daysIn(y, m)) return -1;
    if (e - s !== 10) {
      if (e - s !== 19 || buf[s + 10] !== 32) return -1;
      const hh = num(s + 11, 2);
      const mm = num(s + 14, 2);
      const ss = num(s + 17, 2);
      if (hh < 0 || hh > 23 || mm < 0 || mm > 59 || ss < 0 || ss > 59) return -1;
    }
    return y * 10000 + m * 100 + d;
  };
  let pos = 0;
  for (;;) {
    if (!eof) {
      if (pos > 0) {
        buf.copy(buf, 0, pos, len);
        len -= pos;
        pos = 0;
      }
      if (buf.length - len < CH) {
        const nb = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(nb, 0, 0, len);
        buf = nb;
      }
      const n = readSync(fd, buf, len, CH, null);
      if (n === 0) eof = true;
      len += n;
    }
    if (pos >= len) break;
    // Parse complete lines in [pos, len).
    for (;;) {
      let i = pos;
      let f = 0;
      let q = false;
      starts[0] = i;
      let complete = false;
      while (i < len) {
        const c = buf[i]!;
        if (c === 34) q = !q;
        else if (!q) {
          if (c === 44) {
            ends[f] = i;
            f++;
            starts[f] = i + 1;
          } else if (c === 10) {
            ends[f] = i > pos && buf[i - 1] === 13 ? i - 1 : i;
            complete = true;
            break;
          }
        }
        i++;
      }
      if (!complete) {
        if (!eof) break;
        if (i === pos) break;
        ends[f] = i;
      }
      const next = i + 1;
      line++;
      if (line > 2 && f >= 15) {
        read++;
        const st = label(STATUS, starts[7]!, ends[7]!);
        const ch = label(CHANNEL, starts[6]!, ends[6]!);
        const rec = date(starts[12]!, ends[12]!);
        const due = date(starts[13]!, ends[13]!);
        const fin = date(starts[14]!, ends[14]!);
        const ret = date(starts[15]!, ends[15]!);
        const empty = ends[1]! === starts[1]! || ends[2]! === starts[2]! || ends[5]! === starts[5]!;
        const code = empty ? -1 : classify(st, ch, rec, due, fin, ret);
        if (code >= 0) {
          valid++;
          const uh = hash(starts[1]!, ends[1]!);
          let uid = units.get(uh);
          if (uid === undefined) {
            uid = units.size;
            units.set(uh, uid);
          }
          const key = uid * 1000000 + Math.floor(rec / 100);
          let g = groups.get(key);
          if (g === undefined) {
            g = new Int32Array(80);
            groups.set(key, g);
          }
          g[code]!++;
        }
      } else if (line > 2 && i > pos) read++;
      pos = next;
      if (pos >= len) break;
    }
    if (eof && pos >= len) break;
  }
  closeSync(fd);
  return finishGroups(groups, read, valid, 'byteloop', t0);
}

// ---------------------------------------------------------------------------------------------
// Contender 3: papaparse (streaming) + a loop over its rows with the same rules.
async function runPapa(file: string): Promise<Outcome> {
  const Papa = (await import('papaparse')).default;
  const t0 = performance.now();
  const groups = new Map<number, Int32Array>();
  const units = new Map<string, number>();
  let read = 0;
  let valid = 0;
  let line = 0;
  const date = (s: string | undefined): number => {
    if (s === undefined || s === '') return 0;
    if (s.length !== 10 && s.length !== 19) return -1;
    const d = Number(s.slice(0, 2));
    const m = Number(s.slice(3, 5));
    const y = Number(s.slice(6, 10));
    if (!(d >= 1 && m >= 1 && m <= 12 && y >= 1 && d <= daysIn(y, m))) return -1;
    if (s.length === 19) {
      const hh = Number(s.slice(11, 13));
      const mm = Number(s.slice(14, 16));
      const ss = Number(s.slice(17, 19));
      if (!(hh <= 23 && mm <= 59 && ss <= 59)) return -1;
    }
    return y * 10000 + m * 100 + d;
  };
  await new Promise<void>((resolve, reject) => {
    Papa.parse(createReadStream(file, { highWaterMark: 1 << 20, encoding: 'utf8' }), {
      skipEmptyLines: true,
      step(result: { data: string[] }) {
        line++;
        if (line <= 2) return;
        read++;
        const row = result.data;
        const st = STATUS[row[7] ?? ''] ?? 0;
        const ch = CHANNEL[row[6] ?? ''] ?? 0;
        const empty = !row[1] || !row[2] || !row[5];
        const rec = date(row[12]);
        const code = empty ? -1 : classify(st, ch, rec, date(row[13]), date(row[14]), date(row[15]));
        if (code < 0) return;
        valid++;
        const unit = row[1]!;
        let uid = units.get(unit);
        if (uid === undefined) {
          uid = units.size;
          units.set(unit, uid);
        }
        const key = uid * 1000000 + Math.floor(rec / 100);
        let g = groups.get(key);
        if (g === undefined) {
          g = new Int32Array(80);
          groups.set(key, g);
        }
        g[code]!++;
      },
      complete: () => resolve(),
      error: (e: Error) => reject(e),
    });
  });
  return finishGroups(groups, read, valid, 'papaparse', t0);
}

// ---------------------------------------------------------------------------------------------
// Contender 4: DuckDB, the same rules in SQL.
async function runDuck(file: string): Promise<Outcome> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const t0 = performance.now();
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  const sql = `
WITH src AS (
  SELECT * FROM read_csv('${file.replaceAll("'", "''")}', skip = 1, header = true, all_varchar = true, delim = ',', quote = '"', null_padding = true)
), t AS (
  SELECT "Đơn vị tiếp nhận" AS unit, "Mã TTHC" AS proc, "Mã hồ sơ" AS code,
    CASE "Kênh thực hiện" WHEN 'Trực tiếp' THEN 1 WHEN 'Trực tuyến' THEN 2 WHEN 'Qua bưu chính công ích' THEN 3 END AS ch,
    CASE "Trạng thái" ${Object.entries(STATUS)
      .map(([k, v]) => `WHEN '${k}' THEN ${v}`)
      .join(' ')} END AS st,
    try_strptime("Ngày nhận", '%d/%m/%Y %H:%M:%S')::DATE AS rec,
    try_strptime("Ngày hẹn trả", '%d/%m/%Y')::DATE AS due,
    try_strptime("Ngày kết thúc xử lý", '%d/%m/%Y %H:%M:%S')::DATE AS fin,
    try_strptime("Ngày trả kết quả", '%d/%m/%Y %H:%M:%S')::DATE AS ret,
    "Ngày kết thúc xử lý" AS fin_raw, "Ngày trả kết quả" AS ret_raw
  FROM src
), v AS (
  SELECT *, st IN (7, 8) AS outc,
    CASE WHEN st IN (7, 8) THEN coalesce(fin, ret) ELSE coalesce(fin, ret) END AS closed
  FROM t
  WHERE unit IS NOT NULL AND proc IS NOT NULL AND code IS NOT NULL AND ch IS NOT NULL AND st IS NOT NULL
    AND rec IS NOT NULL AND due IS NOT NULL AND due >= rec
    AND (fin_raw IS NULL OR fin IS NOT NULL) AND (ret_raw IS NULL OR ret IS NOT NULL)
    AND (CASE WHEN st IN (7, 8) THEN coalesce(fin, ret) >= rec
         ELSE (fin IS NULL OR fin >= rec) AND (ret IS NULL OR (ret >= rec AND (fin IS NULL OR ret >= fin)))
              AND NOT (st IN (9, 10) AND fin IS NULL AND ret IS NULL) END)
), c AS (
  SELECT unit, strftime(rec, '%Y-%m') AS month,
    CASE WHEN st IN (1, 3) OR rec > DATE '2026-03-31' OR (closed IS NOT NULL AND closed < DATE '2026-01-01') THEN 4
         WHEN rec < DATE '2026-01-01' THEN 0 WHEN ch = 2 THEN 2 WHEN ch = 1 THEN 1 ELSE 3 END AS r,
    CASE WHEN closed IS NOT NULL AND closed <= DATE '2026-03-31' THEN
           CASE WHEN outc THEN (CASE WHEN st = 7 THEN 6 ELSE 7 END)
                WHEN closed < due THEN 0 WHEN closed = due THEN 1 ELSE 2 END
         ELSE CASE WHEN due < DATE '2026-03-31' THEN 4 ELSE 3 END END AS s
  FROM v
)
SELECT unit, month, CASE WHEN r = 4 THEN 72 ELSE r * 16 + s END AS code, count(*)::INTEGER AS n
FROM c GROUP BY ALL`;
  const reader = await con.runAndReadAll(sql);
  const rows = reader.getRows();
  const counts = await con.runAndReadAll(
    `SELECT count(*)::INTEGER FROM read_csv('${file.replaceAll("'", "''")}', skip = 1, header = true, all_varchar = true, delim = ',', quote = '"', null_padding = true)`,
  );
  const groups = new Map<number, Int32Array>();
  const units = new Map<string, number>();
  let valid = 0;
  for (const [unit, month, code, n] of rows as [string, string, number, number][]) {
    let uid = units.get(unit);
    if (uid === undefined) {
      uid = units.size;
      units.set(unit, uid);
    }
    const key = uid * 1000000 + Number(month.replace('-', ''));
    let g = groups.get(key);
    if (g === undefined) {
      g = new Int32Array(80);
      groups.set(key, g);
    }
    g[code]! += n;
    valid += n;
  }
  const read = Number((counts.getRows()[0] as number[])[0]);
  con.closeSync();
  return finishGroups(groups, read, valid, 'duckdb', t0);
}

// ---------------------------------------------------------------------------------------------
const args = process.argv.slice(2);
if (args[0] === '--child') {
  const [, name, file] = args as [string, string, string];
  const run =
    name === 'library'
      ? runLibrary
      : name === 'byteloop'
        ? async (f: string) => runByteLoop(f)
        : name === 'papaparse'
          ? runPapa
          : runDuck;
  const cpu0 = process.cpuUsage();
  const out = await run(file);
  const cpu = process.cpuUsage(cpu0);
  out.cpuMs = (cpu.user + cpu.system) / 1000;
  out.rssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify(out)}\n`);
} else {
  const file = args[0] ?? 'bench/data/dossiers-4m.csv';
  if (!existsSync(file)) {
    console.error(`missing ${file}: run npx tsx bench/gen-dossier-csv.ts first`);
    process.exit(1);
  }
  const names = (args[1] ?? 'library,byteloop,papaparse,duckdb').split(',');
  const runs = Number(args[2] ?? 3);
  const once = (name: string): Outcome | undefined => {
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'bench/import.bench.ts', '--child', name, file],
      {
        encoding: 'utf8',
        maxBuffer: 1 << 26,
      },
    );
    if (r.status !== 0) {
      console.error(`${name} failed:\n${r.stderr}`);
      return undefined;
    }
    return JSON.parse(r.stdout.trim().split('\n').pop()!) as Outcome;
  };
  // The library and the byte loop run `runs` times, alternating, and report their median (the
  // machine is shared); papaparse and DuckDB run once.
  const samples = new Map<string, Outcome[]>();
  for (let k = 0; k < runs; k++) {
    for (const name of names) {
      if (k > 0 && name !== 'library' && name !== 'byteloop') continue;
      const out = once(name);
      if (out === undefined) continue;
      samples.set(name, [...(samples.get(name) ?? []), out]);
    }
  }
  const results: Outcome[] = [];
  for (const name of names) {
    const xs = (samples.get(name) ?? []).sort((a, b) => a.ms - b.ms);
    if (xs.length === 0) continue;
    const out = xs[Math.floor(xs.length / 2)]!;
    out.rssMb = Math.max(...xs.map((x) => x.rssMb));
    results.push(out);
    console.log(
      `${name.padEnd(10)} ${out.ms.toFixed(0).padStart(7)} ms (runs: ${xs.map((x) => x.ms.toFixed(0)).join(', ')}; CPU ${(out.cpuMs ?? 0).toFixed(0)} ms)  peak RSS ${out.rssMb.toFixed(0).padStart(5)} MB  read ${out.read}  valid ${out.valid}  groups ${out.groups}  received ${out.total.received}  resolved ${out.total.resolved}`,
    );
  }
  const lib = results.find((r) => r.name === 'library');
  if (lib !== undefined) {
    for (const r of results) {
      if (r === lib) continue;
      const same =
        JSON.stringify(r.total) === JSON.stringify(lib.total) &&
        r.valid === lib.valid &&
        r.groups === lib.groups;
      console.log(
        `library vs ${r.name}: ${(lib.ms / r.ms).toFixed(2)}× its time (${(r.ms / lib.ms).toFixed(2)}× faster or slower), totals ${same ? 'identical' : 'DIFFER'}`,
      );
    }
  }
}

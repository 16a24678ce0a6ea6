/**
 * Import benchmark matrix (issues 7 and 12): the same dossiers written in every form real
 * exports take (`bench/gen-dossier-forms.ts`), each read, tallied by unit and month of receipt
 * for Q1/2026, with rates computed. Per form, each contender runs in its own child process, so
 * that its peak memory (max RSS) and CPU time (all threads) are its own:
 *
 * - `library`: `tallyDossierSource(openImportFile(file))` from the package, one thread (header
 *   detection, column mapping, every row validated, rejections kept with their line);
 * - `workers`: `tallyDossierFile(file, { workers: 2 })`, the file split over worker threads;
 * - `byteloop`: a loop over the bytes written by hand for that form — it knows the layout, the
 *   column positions and the date shape, and interns labels by a hash of their bytes — with the
 *   same rules (the speed limit for JavaScript);
 * - `duckdb`: DuckDB (`@duckdb/node-api`, 2 threads) reading the CSV and tallying in SQL with the
 *   same rules, in one pass;
 * - `papaparse`: papaparse in streaming mode plus a loop with the same rules.
 *
 * Every contender must report the same totals, valid rows and groups (checked).
 *
 * Run: npx tsx bench/import.bench.ts [dir=bench/data/forms] [forms=all] [contenders=all] [runs=1] [--dist]
 * (`--dist` takes the library from the built package, `npm run build` first.)
 */
import { spawnSync } from 'node:child_process';
import { closeSync, createReadStream, existsSync, openSync, readSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { type DossierTally, dossierRates, emptyDossierTally, mergeTallies } from '../src/dossier/index';
import { BENCH_FORMS, type BenchForm, LAYOUTS } from './gen-dossier-forms';

const START = 20260101;
const END = 20260331;

interface Outcome {
  name: string;
  form: string;
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
  form: string,
  t0: number,
): Outcome {
  let total = emptyDossierTally();
  for (const counts of groups.values()) {
    const t = tallyOfCounts(counts);
    dossierRates(t);
    total = mergeTallies(total, t);
  }
  dossierRates(total);
  return { name, form, ms: performance.now() - t0, rssMb: 0, read, valid, groups: groups.size, total };
}

/** Where each form keeps what the rules read, and how many lines come before the data. */
interface FormLayout {
  readonly skip: number;
  readonly sep: number;
  readonly unit: number;
  readonly code: number;
  readonly proc: number;
  readonly channel: number;
  readonly status: number;
  readonly rec: number;
  readonly due: number;
  readonly fin: number;
  readonly ret: number;
}
const FULL = { unit: 1, code: 5, proc: 2, channel: 6, status: 7, rec: 12, due: 13, fin: 14, ret: 15 };
const layoutOf = (form: BenchForm): FormLayout => {
  const L = LAYOUTS[form];
  const skip = L.title ? 2 : 1;
  const sep = L.sep.charCodeAt(0);
  if (form === 'minimal') {
    return { skip, sep, code: 0, unit: 1, proc: -1, channel: 3, status: -1, rec: 4, due: 5, fin: 6, ret: -1 };
  }
  return { skip, sep, ...FULL };
};

// ---------------------------------------------------------------------------------------------
// The hand-written date readers, one per form: `yyyymmdd`, 0 empty, -1 bad.
type ByteDate = (b: Uint8Array, s: number, e: number) => number;

function byteDates(form: BenchForm): { instant: ByteDate; date: ByteDate } {
  const num = (b: Uint8Array, s: number, n: number): number => {
    let v = 0;
    for (let k = s; k < s + n; k++) {
      const c = b[k]! - 48;
      if (c < 0 || c > 9) return -1;
      v = v * 10 + c;
    }
    return v;
  };
  const ymd = (y: number, m: number, d: number): number =>
    y < 1 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) ? -1 : y * 10000 + m * 100 + d;
  const hms = (b: Uint8Array, s: number, sec: boolean): boolean => {
    const hh = num(b, s, 2);
    const mm = num(b, s + 3, 2);
    if (b[s + 2] !== 58 || hh < 0 || hh > 23 || mm < 0 || mm > 59) return false;
    if (!sec) return true;
    const ss = num(b, s + 6, 2);
    return b[s + 5] === 58 && ss >= 0 && ss <= 59;
  };
  /** dd/MM/yyyy, then ` HH:mm` or ` HH:mm:ss` when `len` says so. */
  const dmy =
    (len: number, sec: boolean): ByteDate =>
    (b, s, e) => {
      if (e === s) return 0;
      if (e - s !== len || b[s + 2] !== 47 || b[s + 5] !== 47) return -1;
      const d = ymd(num(b, s + 6, 4), num(b, s + 3, 2), num(b, s, 2));
      if (d < 0 || len === 10) return d;
      return b[s + 10] === 32 && hms(b, s + 11, sec) ? d : -1;
    };
  const isoDate: ByteDate = (b, s, e) => {
    if (e === s) return 0;
    if (e - s !== 10 || b[s + 4] !== 45 || b[s + 7] !== 45) return -1;
    return ymd(num(b, s, 4), num(b, s + 5, 2), num(b, s + 8, 2));
  };
  switch (form) {
    case 'dmy-hms':
    case 'quoted':
      return { instant: dmy(19, true), date: dmy(10, false) };
    case 'dmy-hm':
      return { instant: dmy(16, false), date: dmy(10, false) };
    case 'iso-date':
    case 'minimal':
      return { instant: isoDate, date: isoDate };
    case 'iso-ts':
      return {
        // The file's timestamps are all at +07:00: their date part is the Vietnamese date.
        instant: (b, s, e) => {
          if (e === s) return 0;
          if (e - s !== 25 || b[s + 10] !== 84 || !hms(b, s + 11, true)) return -1;
          if (b[s + 19] !== 43 || b[s + 20] !== 48 || b[s + 21] !== 55 || b[s + 22] !== 58) return -1;
          if (b[s + 23] !== 48 || b[s + 24] !== 48) return -1;
          return isoDate(b, s, s + 10);
        },
        date: isoDate,
      };
    case 'compact':
      return {
        instant: (b, s, e) => {
          if (e === s) return 0;
          if (e - s !== 14) return -1;
          const d = ymd(num(b, s, 4), num(b, s + 4, 2), num(b, s + 6, 2));
          const hh = num(b, s + 8, 2);
          const mm = num(b, s + 10, 2);
          const ss = num(b, s + 12, 2);
          return hh < 0 || hh > 23 || mm < 0 || mm > 59 || ss < 0 || ss > 59 ? -1 : d;
        },
        date: (b, s, e) => {
          if (e === s) return 0;
          return e - s !== 8 ? -1 : ymd(num(b, s, 4), num(b, s + 4, 2), num(b, s + 6, 2));
        },
      };
    case 'semicolon': {
      // d/M/yyyy, then ` H:mm`.
      const read: ByteDate = (b, s, e) => {
        if (e === s) return 0;
        let i = s;
        let d = 0;
        let m = 0;
        let k = 0;
        for (; i < e && b[i] !== 47 && k < 3; i++, k++) d = d * 10 + b[i]! - 48;
        if (k === 0 || k > 2 || b[i] !== 47) return -1;
        i++;
        k = 0;
        for (; i < e && b[i] !== 47 && k < 3; i++, k++) m = m * 10 + b[i]! - 48;
        if (k === 0 || k > 2 || b[i] !== 47) return -1;
        const y = num(b, i + 1, 4);
        const date = ymd(y, m, d);
        i += 5;
        if (date < 0 || i === e) return i === e ? date : -1;
        if (b[i] !== 32) return -1;
        i++;
        let h = 0;
        k = 0;
        for (; i < e && b[i] !== 58 && k < 3; i++, k++) h = h * 10 + b[i]! - 48;
        const mm = num(b, i + 1, 2);
        return k === 0 || k > 2 || h > 23 || b[i] !== 58 || i + 3 !== e || mm < 0 || mm > 59 ? -1 : date;
      };
      return { instant: read, date: read };
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Contenders 1 and 2: the library, on one thread and with workers.
async function runLibrary(file: string, form: string, workers: boolean, dist: boolean): Promise<Outcome> {
  const core = (await import(
    dist ? '../dist/core/index.js' : '../src/core/index'
  )) as typeof import('../src/core/index');
  const imp = (await import(
    dist ? '../dist/import/index.js' : '../src/import/index'
  )) as typeof import('../src/import/index');
  const node = (await import(
    dist ? '../dist/node/index.js' : '../src/node/index'
  )) as typeof import('../src/node/index');
  const period = core.customPeriod('2026-01-01', '2026-03-31');
  const t0 = performance.now();
  const options = { period, by: ['unit', 'month'] as const, keepRejections: 100 };
  const r = workers
    ? await node.tallyDossierFile(file, { ...options, workers: 2 })
    : await imp.tallyDossierSource(await node.openImportFile(file), options);
  return {
    name: workers ? 'workers' : 'library',
    form,
    ms: performance.now() - t0,
    rssMb: 0,
    read: r.summary.read,
    valid: r.summary.valid,
    groups: r.groups.length,
    total: r.total,
  };
}

// ---------------------------------------------------------------------------------------------
// Contender 3: a loop over the bytes written for the form. Knows the file's layout (title row,
// header row, column positions, separator) and its date shape, as a one-off script would; handles
// quotes; interns low-cardinality text by hashing its bytes; reads dates straight from the bytes.
function runByteLoop(file: string, form: BenchForm): Outcome {
  const t0 = performance.now();
  const L = layoutOf(form);
  const { instant, date } = byteDates(form);
  const SEP = L.sep;
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
  let pos = 0;
  let first = true;
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
      if (first) {
        first = false;
        if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) pos = 3;
      }
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
          if (c === SEP) {
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
      if (line > L.skip && i > pos) {
        read++;
        // Quoted fields: drop the quotes.
        for (let k = 0; k <= f; k++) {
          if (buf[starts[k]!] === 34) {
            starts[k] = starts[k]! + 1;
            ends[k] = ends[k]! - 1;
          }
        }
        const fin = instant(buf, starts[L.fin]!, ends[L.fin]!);
        const ret = L.ret < 0 ? 0 : instant(buf, starts[L.ret]!, ends[L.ret]!);
        // No status column: a finish date means resolved (9), else in progress (4).
        const st = L.status < 0 ? (fin > 0 ? 9 : 4) : label(STATUS, starts[L.status]!, ends[L.status]!);
        const ch = label(CHANNEL, starts[L.channel]!, ends[L.channel]!);
        const rec = instant(buf, starts[L.rec]!, ends[L.rec]!);
        const due = date(buf, starts[L.due]!, ends[L.due]!);
        const empty =
          ends[L.unit]! === starts[L.unit]! ||
          ends[L.code]! === starts[L.code]! ||
          (L.proc >= 0 && ends[L.proc]! === starts[L.proc]!);
        const code = empty ? -1 : classify(st, ch, rec, due, fin, ret);
        if (code >= 0) {
          valid++;
          const uh = hash(starts[L.unit]!, ends[L.unit]!);
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
      }
      pos = next;
      if (pos >= len) break;
    }
    if (eof && pos >= len) break;
  }
  closeSync(fd);
  return finishGroups(groups, read, valid, 'byteloop', form, t0);
}

// ---------------------------------------------------------------------------------------------
// Contender 4: papaparse (streaming) + a loop over its rows with the same rules.
async function runPapa(file: string, form: BenchForm): Promise<Outcome> {
  const Papa = (await import('papaparse')).default;
  const t0 = performance.now();
  const L = layoutOf(form);
  const { instant, date } = byteDates(form);
  // The same date readers on the text: its (ASCII) character codes copied into one scratch array.
  const scratch = new Uint8Array(64);
  const onText = (read: ByteDate) => (s: string | undefined) => {
    if (s === undefined || s === '') return 0;
    const n = Math.min(s.length, 64);
    for (let i = 0; i < n; i++) scratch[i] = s.charCodeAt(i);
    return s.length > 64 ? -1 : read(scratch, 0, n);
  };
  const inst = onText(instant);
  const dt = onText(date);
  const groups = new Map<number, Int32Array>();
  const units = new Map<string, number>();
  let read = 0;
  let valid = 0;
  let line = 0;
  await new Promise<void>((resolve, reject) => {
    Papa.parse(createReadStream(file, { highWaterMark: 1 << 20, encoding: 'utf8' }), {
      skipEmptyLines: true,
      delimiter: String.fromCharCode(L.sep),
      step(result: { data: string[] }) {
        line++;
        if (line <= L.skip) return;
        read++;
        const row = result.data;
        const fin = inst(row[L.fin]);
        const ret = L.ret < 0 ? 0 : inst(row[L.ret]);
        const st = L.status < 0 ? (fin > 0 ? 9 : 4) : (STATUS[row[L.status] ?? ''] ?? 0);
        const ch = CHANNEL[row[L.channel] ?? ''] ?? 0;
        const empty = !row[L.unit] || !row[L.code] || (L.proc >= 0 && !row[L.proc]);
        const rec = inst(row[L.rec]);
        const code = empty ? -1 : classify(st, ch, rec, dt(row[L.due]), fin, ret);
        if (code < 0) return;
        valid++;
        const unit = row[L.unit]!;
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
  return finishGroups(groups, read, valid, 'papaparse', form, t0);
}

// ---------------------------------------------------------------------------------------------
// Contender 5: DuckDB, the same rules in SQL, in one pass, on 2 threads.
async function runDuck(file: string, form: BenchForm): Promise<Outcome> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const t0 = performance.now();
  const L = LAYOUTS[form];
  const db = await DuckDBInstance.create(':memory:', { threads: '2' });
  const con = await db.connect();
  await con.run("SET TimeZone = 'Asia/Ho_Chi_Minh'");
  const q = (s: string): string => `'${s.replaceAll("'", "''")}'`;
  const fmt: Record<BenchForm, [string, string]> = {
    'dmy-hms': ['%d/%m/%Y %H:%M:%S', '%d/%m/%Y'],
    quoted: ['%d/%m/%Y %H:%M:%S', '%d/%m/%Y'],
    'dmy-hm': ['%d/%m/%Y %H:%M', '%d/%m/%Y'],
    'iso-date': ['%Y-%m-%d', '%Y-%m-%d'],
    minimal: ['%Y-%m-%d', '%Y-%m-%d'],
    'iso-ts': ['%Y-%m-%dT%H:%M:%S%z', '%Y-%m-%d'],
    compact: ['%Y%m%d%H%M%S', '%Y%m%d'],
    semicolon: ['%-d/%-m/%Y %-H:%M', '%-d/%-m/%Y'],
  };
  const [fi, fd] = fmt[form];
  const inst = (c: string) => `try_strptime(nullif("${c}", ''), ${q(fi)})::DATE`;
  const day = (c: string) => `try_strptime(nullif("${c}", ''), ${q(fd)})::DATE`;
  const raw = (c: string) => `nullif("${c}", '')`;
  const minimal = form === 'minimal';
  const rec = minimal ? 'Ngày tiếp nhận' : 'Ngày nhận';
  const statusCase = minimal
    ? `CASE WHEN ${raw('Ngày kết thúc xử lý')} IS NOT NULL THEN 9 ELSE 4 END`
    : `CASE "Trạng thái" ${Object.entries(STATUS)
        .map(([k, v]) => `WHEN ${q(k)} THEN ${v}`)
        .join(' ')} END`;
  const sql = `
WITH src AS (
  SELECT * FROM read_csv(${q(file)}, skip = ${L.title ? 1 : 0}, header = true, all_varchar = true,
    delim = ${q(L.sep)}, quote = '"', escape = '"', null_padding = true)
), t AS (
  SELECT ${raw('Đơn vị tiếp nhận')} AS unit, ${minimal ? "'-'" : raw('Mã TTHC')} AS proc, ${raw('Mã hồ sơ')} AS code,
    CASE "Kênh thực hiện" WHEN 'Trực tiếp' THEN 1 WHEN 'Trực tuyến' THEN 2 WHEN 'Qua bưu chính công ích' THEN 3 END AS ch,
    ${statusCase} AS st,
    ${inst(rec)} AS rec,
    ${day('Ngày hẹn trả')} AS due,
    ${inst('Ngày kết thúc xử lý')} AS fin,
    ${minimal ? 'NULL::DATE' : inst('Ngày trả kết quả')} AS ret,
    ${raw('Ngày kết thúc xử lý')} AS fin_raw, ${minimal ? 'NULL' : raw('Ngày trả kết quả')} AS ret_raw
  FROM src
), v AS (
  SELECT *, st IN (7, 8) AS outc, coalesce(fin, ret) AS closed,
    unit IS NOT NULL AND proc IS NOT NULL AND code IS NOT NULL AND ch IS NOT NULL AND st IS NOT NULL
    AND rec IS NOT NULL AND due IS NOT NULL AND due >= rec
    AND (fin_raw IS NULL OR fin IS NOT NULL) AND (ret_raw IS NULL OR ret IS NOT NULL)
    AND (CASE WHEN st IN (7, 8) THEN coalesce(fin, ret) >= rec
         ELSE (fin IS NULL OR fin >= rec) AND (ret IS NULL OR (ret >= rec AND (fin IS NULL OR ret >= fin)))
              AND NOT (st IN (9, 10) AND fin IS NULL AND ret IS NULL) END) AS ok
  FROM t
), c AS (
  SELECT ok, unit, strftime(rec, '%Y-%m') AS month,
    CASE WHEN st IN (1, 3) OR rec > DATE '2026-03-31' OR (closed IS NOT NULL AND closed < DATE '2026-01-01') THEN 4
         WHEN rec < DATE '2026-01-01' THEN 0 WHEN ch = 2 THEN 2 WHEN ch = 1 THEN 1 ELSE 3 END AS r,
    CASE WHEN closed IS NOT NULL AND closed <= DATE '2026-03-31' THEN
           CASE WHEN outc THEN (CASE WHEN st = 7 THEN 6 ELSE 7 END)
                WHEN closed < due THEN 0 WHEN closed = due THEN 1 ELSE 2 END
         ELSE CASE WHEN due < DATE '2026-03-31' THEN 4 ELSE 3 END END AS s
  FROM v
)
SELECT ok, CASE WHEN ok THEN unit END AS unit, CASE WHEN ok THEN month END AS month,
  CASE WHEN NOT ok THEN -1 WHEN r = 4 THEN 72 ELSE r * 16 + s END AS code, count(*)::INTEGER AS n
FROM c GROUP BY ALL`;
  const reader = await con.runAndReadAll(sql);
  const groups = new Map<number, Int32Array>();
  const units = new Map<string, number>();
  let valid = 0;
  let read = 0;
  for (const [ok, unit, month, code, n] of reader.getRows() as [boolean, string, string, number, number][]) {
    read += n;
    if (!ok) continue;
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
  con.closeSync();
  return finishGroups(groups, read, valid, 'duckdb', form, t0);
}

// ---------------------------------------------------------------------------------------------
const CONTENDERS = ['library', 'workers', 'byteloop', 'duckdb', 'papaparse'] as const;
const argv = process.argv.slice(2);
const dist = argv.includes('--dist');
const args = argv.filter((a) => a !== '--dist');
if (args[0] === '--child') {
  const [, name, form, file] = args as [string, string, BenchForm, string];
  const cpu0 = process.cpuUsage();
  const out =
    name === 'library' || name === 'workers'
      ? await runLibrary(file, form, name === 'workers', dist)
      : name === 'byteloop'
        ? runByteLoop(file, form)
        : name === 'papaparse'
          ? await runPapa(file, form)
          : await runDuck(file, form);
  const cpu = process.cpuUsage(cpu0);
  out.cpuMs = (cpu.user + cpu.system) / 1000;
  out.rssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify(out)}\n`);
  process.exit(0);
} else {
  const dir = args[0] ?? 'bench/data/forms';
  const forms = (
    args[1] === undefined || args[1] === 'all' ? [...BENCH_FORMS] : args[1].split(',')
  ) as BenchForm[];
  const names = args[2] === undefined || args[2] === 'all' ? [...CONTENDERS] : args[2].split(',');
  const runs = Number(args[3] ?? 1);
  for (const form of forms) {
    if (!existsSync(join(dir, `${form}.csv`))) {
      console.error(`missing ${join(dir, `${form}.csv`)}: run npx tsx bench/gen-dossier-forms.ts first`);
      process.exit(1);
    }
  }
  const once = (name: string, form: BenchForm): Outcome | undefined => {
    const r = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'bench/import.bench.ts',
        '--child',
        name,
        form,
        join(dir, `${form}.csv`),
        ...(dist ? ['--dist'] : []),
      ],
      { encoding: 'utf8', maxBuffer: 1 << 26 },
    );
    if (r.status !== 0) {
      console.error(`${name} ${form} failed:\n${r.stderr}`);
      return undefined;
    }
    return JSON.parse(r.stdout.trim().split('\n').pop()!) as Outcome;
  };
  const load = () =>
    loadavg()
      .map((x) => x.toFixed(2))
      .join(' ');
  console.log(`load average before: ${load()}`);
  const rows: string[] = [];
  let ok = true;
  /** Read a file once, untimed, so that every contender finds it in the page cache. */
  const warm = (file: string): void => {
    const fd = openSync(file, 'r');
    const buf = Buffer.allocUnsafe(1 << 22);
    while (readSync(fd, buf, 0, buf.length, null) > 0);
    closeSync(fd);
  };
  for (const form of forms) {
    warm(join(dir, `${form}.csv`));
    // The library (both ways) and the byte loop run `runs` times, alternating, and report their
    // median (the machine is shared); DuckDB and papaparse run once.
    const samples = new Map<string, Outcome[]>();
    for (let k = 0; k < runs; k++) {
      for (const name of names) {
        if (k > 0 && name !== 'library' && name !== 'workers' && name !== 'byteloop') continue;
        const out = once(name, form);
        if (out !== undefined) samples.set(name, [...(samples.get(name) ?? []), out]);
      }
    }
    const results = new Map<string, Outcome>();
    for (const name of names) {
      const xs = (samples.get(name) ?? []).sort((a, b) => a.ms - b.ms);
      if (xs.length === 0) continue;
      const out = xs[Math.floor(xs.length / 2)]!;
      out.rssMb = Math.max(...xs.map((x) => x.rssMb));
      results.set(name, out);
    }
    const ref = results.get('byteloop') ?? results.get('library');
    for (const [name, r] of results) {
      const same =
        ref === undefined ||
        (JSON.stringify(r.total) === JSON.stringify(ref.total) &&
          r.valid === ref.valid &&
          r.groups === ref.groups);
      if (!same) ok = false;
      const ratio = ref === undefined ? '' : `${(r.ms / ref.ms).toFixed(2)}×`;
      const runsText = (samples.get(name) ?? []).map((x) => x.ms.toFixed(0)).join(', ');
      rows.push(
        `| ${form} | ${name} | ${r.ms.toFixed(0)} | ${(r.cpuMs ?? 0).toFixed(0)} | ${r.rssMb.toFixed(0)} | ${ratio} | ${same ? 'same' : 'DIFFER'} | ${runsText} |`,
      );
      console.log(
        `${form.padEnd(10)} ${name.padEnd(10)} ${r.ms.toFixed(0).padStart(7)} ms  CPU ${(r.cpuMs ?? 0).toFixed(0).padStart(7)} ms  RSS ${r.rssMb.toFixed(0).padStart(4)} MB  ${ratio.padStart(6)} the byte loop  read ${r.read} valid ${r.valid} groups ${r.groups} received ${r.total.received}  ${same ? 'same totals' : 'TOTALS DIFFER'}  (runs: ${runsText})`,
      );
    }
  }
  console.log(`load average after: ${load()}`);
  console.log('\n| form | contender | wall ms | CPU ms | peak RSS MB | × byte loop | totals | runs (ms) |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows) console.log(r);
  if (!ok) process.exit(1);
}

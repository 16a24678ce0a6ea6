import { daysInMonth } from '../core/localDate';
import { DOSSIER_STATUSES } from '../dossier/codes';
import type { Dossier } from '../dossier/schema';
import { CsvReader, type CsvRecord } from './csv';
import { CsvByteReader, type CsvByteRowView, detectSeparatorInBytes } from './csvBytes';
import type { DossierTallyAccumulator } from './dossier';
import type { ImportBatch, ImportOptions, Pipeline, Rec } from './importer';
import { readCell } from './mapping';

const textDecoder = /* @__PURE__ */ new TextDecoder('utf-8');

/**
 * @internal A direct-mapped cache from the bytes of a cell to a value computed once from its text:
 * no allocation and no map lookup on a hit; a hit is always verified byte by byte, so a collision
 * only costs a recomputation.
 */
class ByteCache<T> {
  private readonly keys: (Uint8Array | undefined)[] = new Array(2048);
  private readonly vals: T[] = new Array(2048);
  constructor(private readonly compute: (text: string) => T) {}
  get(b: Uint8Array, s: number, e: number): T {
    const len = e - s;
    let h = Math.imul(len, 0x9e3779b1);
    const from = Math.max(e - 8, s);
    for (let k = from; k < e; k++) h = Math.imul(h ^ b[k]!, 0x01000193);
    h = Math.imul(h ^ b[s + (len >> 1)]!, 0x01000193) ^ b[s]!;
    const idx = (h ^ (h >>> 15)) & 2047;
    const key = this.keys[idx];
    if (key !== undefined && key.length === len) {
      let k = 0;
      while (k < len && key[k] === b[s + k]) k++;
      if (k === len) return this.vals[idx]!;
    }
    const bytes = b.slice(s, e);
    const v = this.compute(textDecoder.decode(bytes));
    this.keys[idx] = bytes;
    this.vals[idx] = v;
    return v;
  }
}

function two(t: Uint8Array, i: number): number {
  const a = t[i]! - 48;
  const b = t[i + 1]! - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** `dd/MM/yyyy`, `dd/MM/yyyy HH:mm` or `dd/MM/yyyy HH:mm:ss` → yyyymmdd; 0 empty; -1 another form or not real. */
function dateAt(t: Uint8Array, s: number, e: number): number {
  const n = e - s;
  if (n === 0) return 0;
  if ((n !== 10 && n !== 16 && n !== 19) || t[s + 2] !== 47 || t[s + 5] !== 47) return -1;
  const d = two(t, s);
  const m = two(t, s + 3);
  const y1 = two(t, s + 6);
  const y2 = two(t, s + 8);
  if (d < 1 || m < 1 || m > 12 || y1 < 0 || y2 < 0) return -1;
  const y = y1 * 100 + y2;
  if (y < 1 || d > daysInMonth(y, m)) return -1;
  if (n > 10) {
    if (t[s + 10] !== 32 || t[s + 13] !== 58) return -1;
    const hh = two(t, s + 11);
    const mm = two(t, s + 14);
    if (hh < 0 || hh > 23 || mm < 0 || mm > 59) return -1;
    if (n === 19) {
      const ss = two(t, s + 17);
      if (t[s + 16] !== 58 || ss < 0 || ss > 59) return -1;
    }
  }
  return y * 10000 + m * 100 + d;
}

/** ASCII space or tab, or the first byte of U+00A0 (0xC2 0xA0) or another space we would trim: leave those to the full path. */
const isSpace = (c: number): boolean =>
  c <= 32 || c === 0xc2 || c === 0xe1 || c === 0xe2 || c === 0xe3 || c === 0xef;

/**
 * @internal The fast tally path for CSV dossier exports: rows are read in offset mode, and a row
 * whose cells are in the common forms and break no rule is counted without building an object;
 * every other row goes through the full pipeline (mapping, schema, rejection with its line).
 * Validity follows the schema exactly: the fast check accepts a subset of what `DossierSchema`
 * accepts, tested against it.
 */
export async function tallyCsvFast(
  chunks: AsyncIterable<Uint8Array>,
  pipe: Pipeline<Dossier>,
  acc: DossierTallyAccumulator,
  options: ImportOptions & { readonly unit?: string; readonly by?: readonly string[] },
  onBatch: (batch: ImportBatch<Dossier>) => void,
): Promise<void> {
  const searchRows = options.headerSearchRows ?? 30;
  const sepOpt = {
    separator: options.separator ?? 'auto',
    ...(options.maxFieldLength !== undefined ? { maxFieldLength: options.maxFieldLength } : {}),
  } as const;
  // 1. Find the header in the first rows.
  const head: Uint8Array[] = [];
  const probe = new CsvReader(sepOpt);
  const dec = new TextDecoder('utf-8');
  let firstText = true;
  const first: CsvRecord[] = [];
  const it = chunks[Symbol.asyncIterator]();
  let done = false;
  while (first.length < searchRows + 1) {
    const r = await it.next();
    if (r.done) {
      done = true;
      break;
    }
    head.push(r.value);
    let text = dec.decode(r.value, { stream: true });
    if (firstText && text.length > 0) {
      firstText = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (text.length > 0) probe.push(text, (x) => first.push(x));
  }
  if (done) {
    const tail = dec.decode();
    if (tail.length > 0) probe.push(tail, (x) => first.push(x));
    probe.end((x) => first.push(x));
  }
  pipe.state.format = 'csv';
  pipe.state.separator = probe.separator ?? (head[0] ? detectSeparatorInBytes(head[0]) : ',');
  let lead = 0;
  while (lead < first.length && first[lead]!.fields.every((f) => f.trim() === '')) lead++;
  const sample: Rec[] = first
    .slice(lead, lead + searchRows)
    .map((r) =>
      r.problem === undefined
        ? { line: r.line, cells: r.fields }
        : { line: r.line, cells: r.fields, problem: `vn.import.${r.problem}` },
    );
  if (sample.length === 0) return;
  const dataStart = pipe.setLayout(sample);
  if (dataStart < 0) return;
  const skip = lead + dataStart;
  const col = (f: string): number => pipe.columnIndex(f);
  const cCode = col('code');
  const cProc = col('procedureCode');
  const cUnit = col('unit');
  const cChannel = col('channel');
  const cStatus = col('status');
  const cRec = col('receivedAt');
  const cDue = col('dueDate');
  const cFin = col('finishedAt');
  const cRet = col('returnedAt');
  const cOutAt = col('outcomeAt');
  const cRe = col('reappointments.0');
  const cField = col('fieldCode');
  const needField = options.by?.includes('field') === true;
  const canFast =
    cCode >= 0 && cProc >= 0 && cUnit >= 0 && cChannel >= 0 && cStatus >= 0 && cRec >= 0 && cDue >= 0;
  const statusField = pipe.cols.byField.get('status')!;
  const channelField = pipe.cols.byField.get('channel')!;
  const STATUS_OK = new Set<string>(DOSSIER_STATUSES);
  const labelOf =
    (f: typeof statusField, ok: (v: string) => boolean) =>
    (text: string): string | null => {
      const r = readCell(f, text);
      return typeof r === 'string' && ok(r) ? r : null;
    };
  const statusCache = new ByteCache(labelOf(statusField, (x) => STATUS_OK.has(x)));
  const channelCache = new ByteCache(
    labelOf(channelField, (x) => x === 'direct' || x === 'online' || x === 'postal'),
  );
  // Trim as the schema path does (String#trim also removes U+00A0, U+2003, U+3000, whose last
  // UTF-8 byte the byte-level space check cannot see); an empty cell goes to the full path.
  const nfc = (t: string): string | null => {
    const v = t.trim().normalize('NFC');
    return v === '' ? null : v;
  };
  const unitCache = new ByteCache(nfc);
  const procCache = new ByteCache(nfc);
  const fieldCache = new ByteCache(nfc);
  // Canonical date and month strings by year, then month and day: plain array lookups per row.
  const years: (string[] | undefined)[] = [];
  const dateStr = (n: number): string => {
    const y = (n / 10000) | 0;
    const md = n - y * 10000;
    let ya = years[y];
    if (ya === undefined) {
      ya = [];
      years[y] = ya;
    }
    let v = ya[md];
    if (v === undefined) {
      const m = (md / 100) | 0;
      const d = md % 100;
      v = `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
      ya[md] = v;
    }
    return v;
  };
  const monthsByNumber: string[] = [];
  const monthStr = (n: number): string => {
    const k = (n / 100) | 0;
    let v = monthsByNumber[k];
    if (v === undefined) {
      v = dateStr(n).slice(0, 7);
      monthsByNumber[k] = v;
    }
    return v;
  };

  let batch: ImportBatch<Dossier> = { valid: [], validLines: [], rejected: [] };
  let recordIndex = 0;
  const fallback = (v: CsvByteRowView): void => {
    const rec: Rec =
      v.problem === undefined
        ? { line: v.line, cells: v.fields() }
        : { line: v.line, cells: v.fields(), problem: `vn.import.${v.problem}` };
    const r = pipe.processRecords([rec], pipe.state.read);
    for (const x of r.out.valid) acc.add(x);
    for (const x of r.out.rejected) batch.rejected.push(x);
  };
  const needProc = options.by?.includes('procedure') === true;
  const needMonth = options.by?.includes('month') === true;
  // Offsets of the current row, read once per row.
  let S: Int32Array = new Int32Array(0);
  let E: Int32Array = new Int32Array(0);
  let B: Uint8Array = new Uint8Array(0);
  let N = 0;
  /** Whether a cell is plain, non-empty and trimmed. */
  const present = (c: number): boolean => {
    if (c >= N) return false;
    const s = S[c]!;
    if (s < 0) return false;
    const e = E[c]!;
    return e > s && !isSpace(B[s]!) && !isSpace(B[e - 1]!);
  };
  /** A plain, trimmed, non-empty cell through its cache; else undefined. */
  const textAt = <T>(c: number, cache: ByteCache<T>): T | undefined => {
    if (c >= N) return undefined;
    const s = S[c]!;
    if (s < 0) return undefined;
    const e = E[c]!;
    if (e === s || isSpace(B[s]!) || isSpace(B[e - 1]!)) return undefined;
    return cache.get(B, s, e);
  };
  const dateOf = (c: number): number => {
    if (c < 0 || c >= N) return 0;
    const s = S[c]!;
    if (s < 0) return -1;
    return dateAt(B, s, E[c]!);
  };
  const emptyAt = (c: number): boolean => c < 0 || c >= N || (S[c]! >= 0 && E[c] === S[c]);
  const tryFast = (v: CsvByteRowView): boolean => {
    if (!canFast || v.problem !== undefined) return false;
    S = v.starts;
    E = v.ends;
    B = v.bytes;
    N = v.count;
    if (!present(cCode) || !present(cProc)) return false;
    const proc = needProc ? textAt(cProc, procCache) : '-';
    const unit = textAt(cUnit, unitCache);
    const st = textAt(cStatus, statusCache);
    const ch = textAt(cChannel, channelCache);
    if (proc === undefined || unit === undefined || st === undefined || ch === undefined) return false;
    if (st === null || ch === null || unit === null || proc === null) return false;
    if (!emptyAt(cOutAt) || !emptyAt(cRe)) return false;
    const rec = dateOf(cRec);
    const due = dateOf(cDue);
    const fin = dateOf(cFin);
    const ret = dateOf(cRet);
    if (rec <= 0 || due <= 0 || fin < 0 || ret < 0 || due < rec) return false;
    let fieldCode: string | undefined;
    if (needField && cField >= 0 && !emptyAt(cField)) {
      const f = textAt(cField, fieldCache);
      if (f === undefined || f === null) return false;
      fieldCode = f;
    }
    let closed: number;
    let outcome: string | undefined;
    if (st === 'withdrawal_requested' || st === 'stopped') {
      const at = fin !== 0 ? fin : ret;
      if (at === 0 || at < rec) return false;
      outcome = st === 'stopped' ? 'stopped' : 'withdrawn';
      closed = at;
    } else {
      if (fin !== 0 && fin < rec) return false;
      if (ret !== 0 && (ret < rec || (fin !== 0 && ret < fin))) return false;
      if ((st === 'resolved' || st === 'returned') && fin === 0 && ret === 0) return false;
      closed = fin !== 0 ? fin : ret;
    }
    acc.addNumeric(
      st,
      ch,
      outcome,
      rec,
      due,
      closed,
      unit,
      fieldCode ?? '',
      proc,
      needMonth ? monthStr(rec) : '',
    );
    pipe.countValid(v.line);
    return true;
  };
  const onRow = (v: CsvByteRowView): void => {
    if (pipe.state.stopped || recordIndex++ < skip) return;
    if (!tryFast(v)) fallback(v);
  };
  const reader = new CsvByteReader(pipe.state.separator ?? ',', options.maxFieldLength ?? 100_000);
  const flush = (): void => {
    onBatch(batch);
    options.onProgress?.({
      read: pipe.state.read,
      valid: pipe.state.valid,
      rejected: pipe.state.rejected,
      line: pipe.state.line,
    });
    batch = { valid: [], validLines: [], rejected: [] };
  };
  for (const h of head) {
    reader.push(h, onRow);
    flush();
    if (pipe.state.stopped) return;
  }
  if (!done) {
    for (;;) {
      const r = await it.next();
      if (r.done) break;
      reader.push(r.value, onRow);
      flush();
      if (pipe.state.stopped) return;
    }
  }
  reader.end(onRow);
  flush();
}

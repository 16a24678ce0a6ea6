import type { DossierTallyAccumulator } from '../dossier/accumulator';
import { DOSSIER_CHANNELS, DOSSIER_STATUSES, type DossierOutcome } from '../dossier/codes';
import {
  deriveDossierStatus,
  endWithoutResultDate,
  firstBrokenDossierRule,
  outcomeOfStatus,
} from '../dossier/rules';
import type { Dossier } from '../dossier/schema';
import { ByteCache, dateFromBytes, isBlankBytes } from './cellBytes';
import { CsvReader, type CsvRecord } from './csv';
import { CsvByteReader, type CsvByteRowView, detectSeparatorInBytes } from './csvBytes';
import { assertUtf8 } from './errors';
import type { ImportOptions, ImportRejection, Pipeline, Rec } from './importer';
import { readCell } from './mapping';
import { foldHeader } from './normalize';
import { isCleanUtf8 } from './utf8';

/**
 * @internal The end without a result an outcome-date column records, from its header: a refusal
 * date (`Ngày từ chối`, `NgayTuChoi`) → `refused`, a withdrawal date (`Ngày rút`) → `withdrawn`,
 * anything else (`Ngày dừng xử lý`, a caller's own header) → `stopped`.
 */
export function outcomeOfColumn(header: string): DossierOutcome {
  const h = ` ${foldHeader(header)} `;
  if (h.includes(' tu choi') || h.includes('tuchoi')) return 'refused';
  if (h.includes(' rut ') || h.includes(' rut') || h.includes('ngayrut')) return 'withdrawn';
  return 'stopped';
}

/** @internal Options the fast tally reads. */
export interface FastTallyOptions extends ImportOptions {
  /** The receiving unit for files without a unit column. */
  readonly unit?: string;
  /** Grouping dimensions. */
  readonly by?: readonly string[];
}

/** @internal The first records of a CSV, read to find its layout. */
export interface CsvHead {
  /** The chunks read so far, to be pushed again into the byte reader. */
  readonly chunks: Uint8Array[];
  /** Whether the source ended within them. */
  readonly done: boolean;
  /** The rows given to `setLayout` (title, header and first data rows). */
  readonly sample: Rec[];
  /** Records before the first data row (blank lead rows, titles, header, numbering). */
  readonly skip: number;
  /** Bytes in `chunks`. */
  readonly bytes: number;
}

/**
 * @internal Read the first chunks of a CSV until the header search has enough rows, detect the
 * separator and set the pipeline's layout. Returns `undefined` when no header is found (the
 * pipeline has the notice) or the source is empty.
 */
export async function readCsvHead(
  it: AsyncIterator<Uint8Array>,
  pipe: Pipeline<Dossier>,
  options: FastTallyOptions,
): Promise<CsvHead | undefined> {
  const searchRows = options.headerSearchRows ?? 30;
  const probe = new CsvReader({
    separator: options.separator ?? 'auto',
    ...(options.maxFieldLength !== undefined ? { maxFieldLength: options.maxFieldLength } : {}),
  });
  const dec = new TextDecoder('utf-8');
  let firstText = true;
  const first: CsvRecord[] = [];
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  let done = false;
  while (first.length < searchRows + 1) {
    const r = await it.next();
    if (r.done) {
      done = true;
      break;
    }
    // These chunks are kept past the next read: a source may read into one buffer again and again
    // (ImportSource allows it), so keep a copy.
    const c = r.value.slice();
    chunks.push(c);
    bytes += c.length;
    let text = dec.decode(c, { stream: true });
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
  // A file that is not UTF-8 (UTF-16, Windows-1258) is named, not read as garbage.
  const head = new Uint8Array(Math.min(bytes, 4096));
  for (let k = 0, i = 0; k < head.length && i < chunks.length; i++) {
    const c = chunks[i]!.subarray(0, head.length - k);
    head.set(c, k);
    k += c.length;
  }
  if (head.length > 0) assertUtf8(head, options.locale);
  pipe.state.format = 'csv';
  pipe.state.separator = probe.separator ?? (chunks[0] ? detectSeparatorInBytes(chunks[0]) : ',');
  let lead = 0;
  while (lead < first.length && first[lead]!.fields.every((f) => f.trim() === '')) lead++;
  const sample: Rec[] = first
    .slice(lead, lead + searchRows)
    .map((r) =>
      r.problem === undefined
        ? { line: r.line, cells: r.fields }
        : { line: r.line, cells: r.fields, problem: `vn.import.${r.problem}` },
    );
  if (sample.length === 0) return undefined;
  const dataStart = pipe.setLayout(sample);
  if (dataStart < 0) return undefined;
  return { chunks, done, sample, skip: lead + dataStart, bytes };
}

const STATUS_OK = /* @__PURE__ */ new Set<string>(DOSSIER_STATUSES);
const CHANNEL_OK = /* @__PURE__ */ new Set<string>(DOSSIER_CHANNELS);
const NO_DATES: readonly number[] = [];

/** The facts the dossier rules read, filled again for every row (one object per reader). */
interface Facts {
  status: string;
  received: number;
  due: number;
  finished: number | undefined;
  returned: number | undefined;
  outcome: string | undefined;
  outcomeAt: number | undefined;
  reappointments: number;
  firstReappointment: number | undefined;
  supplements: number;
  requestedAt: readonly number[];
  completedAt: readonly (number | undefined)[];
}

const orNone = (n: number): number | undefined => (n === 0 ? undefined : n);

/**
 * @internal The fast tally of CSV dossier rows once the layout is set: a row whose cells decode
 * (dates in every form `readDateCell` reads, labels and text through caches keyed by their bytes)
 * and that breaks none of the dossier rules (`firstBrokenDossierRule`, the same function the
 * schema calls) is counted without building an object; every other row — a cell that does not
 * decode, a broken rule, a damaged record — goes through the full pipeline (mapping, schema,
 * rejection with its line). This function only decodes cells: the rules, the status of an export
 * without one (`deriveDossierStatus`) and the end without a result of status 7 and 8
 * (`outcomeOfStatus`) come from `commune-kpi/dossier`.
 *
 * @param pipe - The pipeline, its layout set.
 * @param acc - Where valid rows are counted.
 * @param options - Import options (default unit, grouping).
 * @param onRejection - Called with each rejected row, in file order.
 * @param skip - Records to skip before the first data row.
 * @param wanted - Whether the next rejection will be read (else it is only counted).
 * @returns The row callback for a {@link CsvByteReader}.
 */
export function fastDossierRows(
  pipe: Pipeline<Dossier>,
  acc: DossierTallyAccumulator,
  options: FastTallyOptions,
  onRejection: (r: ImportRejection) => void,
  skip: number,
  wanted?: () => boolean,
): (v: CsvByteRowView) => void {
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
  const cFieldName = col('fieldName');
  const derived = pipe.derived.has('status');
  const codes = pipe.codes;
  const width = pipe.state.width;
  const outHeader = pipe.state.columns.find((c) => c.field === 'outcomeAt')?.header;
  const outcomeKind: DossierOutcome = outHeader === undefined ? 'stopped' : outcomeOfColumn(outHeader);
  const defaultUnit = options.unit;
  const by = options.by ?? [];
  const needField = by.includes('field');
  const needProc = by.includes('procedure');
  const needMonth = by.includes('month');
  const canFast =
    cCode >= 0 && (cUnit >= 0 || defaultUnit !== undefined) && cChannel >= 0 && cRec >= 0 && cDue >= 0;
  const labelOf = (field: string, ok: ReadonlySet<string>) => {
    const f = pipe.cols.byField.get(field)!;
    return (text: string): string | null => {
      const r = readCell(f, text);
      return typeof r === 'string' && ok.has(r) ? r : null;
    };
  };
  const statusCache = new ByteCache(labelOf('status', STATUS_OK));
  const channelCache = new ByteCache(labelOf('channel', CHANNEL_OK));
  // Text as readCell gives it (trimmed, NFC); a blank cell is `null`.
  const text = (t: string): string | null => {
    const v = t.trim().normalize('NFC');
    return v === '' ? null : v;
  };
  const unitCache = new ByteCache(text);
  const procCache = new ByteCache(text);
  const fieldCache = new ByteCache(text);
  const monthsByNumber: string[] = [];
  const monthStr = (n: number): string => {
    const k = (n / 100) | 0;
    let v = monthsByNumber[k];
    if (v === undefined) {
      const y = (k / 100) | 0;
      const m = k % 100;
      v = `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}`;
      monthsByNumber[k] = v;
    }
    return v;
  };
  const facts: Facts = {
    status: '',
    received: 0,
    due: 0,
    finished: undefined,
    returned: undefined,
    outcome: undefined,
    outcomeAt: undefined,
    reappointments: 0,
    firstReappointment: undefined,
    supplements: 0,
    requestedAt: NO_DATES,
    completedAt: NO_DATES,
  };

  let S: Int32Array = new Int32Array(0);
  let E: Int32Array = new Int32Array(0);
  let B: Uint8Array = new Uint8Array(0);
  let N = 0;
  /** Sentinel: the cell needs the full path (quoted with doubled quotes, cut, …). */
  const SLOW = '\u0000slow';
  /** A text cell through its cache: the value, `null` when blank, `undefined` when absent. */
  const textAt = <T>(c: number, cache: ByteCache<T | null>): T | null | undefined | typeof SLOW => {
    if (c < 0 || c >= N) return undefined;
    const s = S[c]!;
    if (s < 0) return SLOW;
    return cache.get(B, s, E[c]!);
  };
  /** A date cell: `yyyymmdd`, 0 when blank or absent, -1 when it needs the full path. */
  const dateAt = (c: number, instant: boolean): number => {
    if (c < 0 || c >= N) return 0;
    const s = S[c]!;
    if (s < 0) return -1;
    return dateFromBytes(B, s, E[c]!, instant);
  };

  const tryFast = (v: CsvByteRowView): boolean => {
    if (!canFast || v.problem !== undefined) return false;
    S = v.starts;
    E = v.ends;
    B = v.bytes;
    N = v.count;
    // Damaged UTF-8 near: a row with such bytes (or U+FFFD) goes to the full path, rejected there.
    if (v.suspect) {
      for (let k = 0; k < N; k++) {
        const s = S[k]!;
        if (s < 0 || !isCleanUtf8(B, s, E[k]!)) return false;
      }
    }
    // A row short of the header goes to the full path (rejected); extra cells must be blank.
    if (N < width) return false;
    for (let k = width; k < N; k++) {
      const s = S[k]!;
      if (s < 0 || !isBlankBytes(B, s, E[k]!)) return false;
    }
    // The dossier code: any non-blank text.
    if (cCode >= N) return false;
    const cs = S[cCode]!;
    if (cs < 0 || isBlankBytes(B, cs, E[cCode]!)) return false;
    let unit = textAt(cUnit, unitCache);
    if (unit === SLOW) return false;
    if (unit === null || unit === undefined) {
      if (defaultUnit === undefined) return false;
      unit = defaultUnit;
    }
    const ch = textAt(cChannel, channelCache);
    if (ch === null || ch === undefined || ch === SLOW) return false;
    let st = '';
    if (!derived) {
      const x = textAt(cStatus, statusCache);
      if (x === null || x === undefined || x === SLOW) return false;
      st = x;
    }
    const rec = dateAt(cRec, true);
    const due = dateAt(cDue, false);
    if (rec <= 0 || due <= 0) return false;
    const fin = dateAt(cFin, true);
    const ret = dateAt(cRet, true);
    const outAt = dateAt(cOutAt, true);
    const re = dateAt(cRe, false);
    if (fin < 0 || ret < 0 || outAt < 0 || re < 0) return false;
    let proc = '';
    if (needProc) {
      const p = textAt(cProc, procCache);
      if (p === SLOW) return false;
      proc = p ?? '';
    }
    let field = '';
    if (needField) {
      // The field code, or else the field name (dossierFieldKey).
      const f = textAt(cField, fieldCache);
      if (f === SLOW) return false;
      field = f ?? '';
      if (field === '') {
        const n = textAt(cFieldName, fieldCache);
        if (n === SLOW) return false;
        field = n ?? '';
      }
    }
    // The row as the schema path builds it: status (read or derived), then statuses 7 and 8 end
    // without a result, dated by the finish, else the return, else the outcome date.
    let finished = fin;
    let returned = ret;
    let outcomeAt = outAt;
    let outcome: string | undefined;
    if (derived) {
      const d = deriveDossierStatus(fin !== 0, ret !== 0, outAt !== 0, outcomeKind);
      st = d.status;
      outcome = d.outcome;
    } else {
      outcome = outcomeOfStatus(st);
      if (outcome !== undefined) {
        outcomeAt = endWithoutResultDate(orNone(fin), orNone(ret), orNone(outAt)) ?? 0;
        finished = 0;
        returned = 0;
      }
    }
    const f = facts;
    f.status = st;
    f.received = rec;
    f.due = due;
    f.finished = orNone(finished);
    f.returned = orNone(returned);
    f.outcome = outcome;
    f.outcomeAt = orNone(outcomeAt);
    f.reappointments = re === 0 ? 0 : 1;
    f.firstReappointment = orNone(re);
    if (firstBrokenDossierRule(f) !== undefined) return false;
    acc.addNumeric(
      st,
      ch,
      finished,
      returned,
      outcome,
      outcomeAt,
      rec,
      due,
      re,
      unit,
      field,
      proc,
      needMonth ? monthStr(rec) : '',
    );
    pipe.countValid(v.line);
    codes?.addBytes(B, cs, E[cCode]!, v.line);
    return true;
  };

  const fallback = (v: CsvByteRowView): void => {
    const rec: Rec =
      v.problem === undefined
        ? { line: v.line, cells: v.fields() }
        : { line: v.line, cells: v.fields(), problem: `vn.import.${v.problem}` };
    const r = pipe.processRecords([rec], pipe.state.read, wanted);
    for (const x of r.out.valid) acc.add(x);
    for (const x of r.out.rejected) onRejection(x);
  };
  let recordIndex = 0;
  return (v: CsvByteRowView): void => {
    if (pipe.state.stopped || recordIndex++ < skip) return;
    if (!tryFast(v)) fallback(v);
  };
}

/**
 * @internal The fast tally path for CSV dossier exports on one thread: read the head, set the
 * layout, then feed every record through {@link fastDossierRows}.
 */
export async function tallyCsvFast(
  chunks: AsyncIterable<Uint8Array>,
  pipe: Pipeline<Dossier>,
  acc: DossierTallyAccumulator,
  options: FastTallyOptions,
  onRejection: (r: ImportRejection) => void,
  wanted?: () => boolean,
): Promise<void> {
  const it = chunks[Symbol.asyncIterator]();
  const head = await readCsvHead(it, pipe, options);
  if (head === undefined) {
    pipe.finish();
    return;
  }
  const onRow = fastDossierRows(pipe, acc, options, onRejection, head.skip, wanted);
  const reader = new CsvByteReader(pipe.state.separator ?? ',', options.maxFieldLength ?? 100_000);
  const progress = (): void =>
    options.onProgress?.({
      read: pipe.state.read,
      valid: pipe.state.valid,
      rejected: pipe.state.rejected,
      line: pipe.state.line,
    });
  for (const h of head.chunks) {
    reader.push(h, onRow);
    progress();
    if (pipe.state.stopped) return;
  }
  if (!head.done) {
    for (;;) {
      const r = await it.next();
      if (r.done) break;
      reader.push(r.value, onRow);
      progress();
      if (pipe.state.stopped) return;
    }
  }
  reader.end(onRow);
  pipe.finish();
  progress();
}

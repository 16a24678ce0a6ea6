import { rangeError, show } from '../_lib/errors';
import { isLocalDate, type LocalDate, parseDateVi } from '../core/localDate';
import type { Locale } from '../core/messages';
import { type DocumentFinding, finding, INCOMING_SERIES } from './messages';
import type { DocumentSecrecy } from './schema';
import { type DocumentSymbol, parseDocumentSymbol } from './symbol';

/**
 * The fields of a register row the audit reads. A parsed {@link DocumentRegisterEntry} fits, and so
 * does a raw export row whose dates are still text (`31/02/2026`), which the audit reports.
 */
export interface DocumentAuditRow {
  /** Số, ký hiệu as written. */
  readonly numberSymbol: string;
  /** Date of the document: `YYYY-MM-DD` or `dd/MM/yyyy` (also `-` or `.`). */
  readonly issueDate: string;
  /** `outgoing` (default) or `incoming`. */
  readonly direction?: 'outgoing' | 'incoming';
  /** Explicit numbering series, overriding the one derived from the symbol. */
  readonly series?: string;
  /** Secret documents are numbered in their own series (Điều 15). */
  readonly secrecy?: DocumentSecrecy;
  /** Số đến of an incoming document. */
  readonly arrivalNumber?: number;
  /** Ngày đến of an incoming document: `YYYY-MM-DD` or `dd/MM/yyyy`. */
  readonly arrivalDate?: string;
}

/** Options of {@link auditDocumentRegister}. */
export interface AuditDocumentRegisterOptions {
  /** Language of messages (default `vi`). */
  readonly locale?: Locale;
  /**
   * How the body numbers its administrative documents, as its head decided (Điều 15):
   * `per-type` (default, one series per type abbreviation, công văn together) or `single`
   * (one series for all). Legal normative and secret documents always have their own series.
   */
  readonly numbering?: 'per-type' | 'single';
  /**
   * Whether each yearly series must start at 01 (default `true`). Set `false` for a register
   * extract that starts mid-year.
   */
  readonly expectStartAtOne?: boolean;
}

/** One numbering series of one year as the audit saw it. */
export interface DocumentSeriesSummary {
  /** Calendar year. */
  readonly year: number;
  /** Series key: `QĐ`, `KH`, `công văn`, `chung`, `mật`, `QPPL QĐ`, `số đến`, or the row's `series`. */
  readonly series: string;
  /** Rows in the series. */
  readonly count: number;
  /** Smallest and largest number. */
  readonly min: number;
  /** Largest number. */
  readonly max: number;
}

/** The result of {@link auditDocumentRegister}. */
export interface DocumentAuditReport {
  /** Every finding, row checks first (in row order), then series checks (by year and series). */
  readonly findings: readonly DocumentFinding[];
  /** The series found, by year and key. */
  readonly series: readonly DocumentSeriesSummary[];
  /** Rows read. */
  readonly total: number;
}

interface Numbered {
  readonly row: number;
  readonly number: number;
  readonly date: LocalDate;
}

function gapParams(from: number, to: number): { from: number; to: number; numbers: string } {
  const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
  return { from, to, numbers: from === to ? pad(from) : `${pad(from)}–${pad(to)}` };
}

/** @internal Read a register date: ISO or Vietnamese `dd/MM/yyyy`; `null` when it does not exist. */
export function readRegisterDate(text: unknown): LocalDate | null {
  if (typeof text !== 'string' || text.length > 40) return null;
  const t = text.trim();
  if (isLocalDate(t)) return t;
  return parseDateVi(t);
}

function seriesKey(row: DocumentAuditRow, sym: DocumentSymbol, numbering: 'per-type' | 'single'): string {
  if (row.series !== undefined) return row.series;
  const secret = row.secrecy !== undefined && row.secrecy !== 'none';
  if (secret) return 'mật';
  if (sym.kind === 'legal-normative') return `QPPL ${sym.typeCode ?? sym.issuer ?? ''}`.trim();
  if (numbering === 'single') return 'chung';
  if (sym.kind === 'official-letter') return 'công văn';
  return sym.typeCode ?? 'công văn';
}

/**
 * Audit a document register (kiểm tra sổ đăng ký văn bản) per year and numbering series: numbers
 * missing (`vn.document.gap`), used twice (`vn.document.duplicate`) or out of date order
 * (`vn.document.out_of_order`), and per row a number below 10 without its leading zero, an unknown
 * or unofficial type abbreviation, an unreadable symbol, a date that does not exist
 * (`vn.document.impossible_date`, e.g. `31/02/2026`) and a symbol year that differs from the date.
 * Every finding names the 0-based rows involved. Outgoing rows are numbered by their symbol and
 * issue year; incoming rows by their số đến and arrival year (one continuous series, Điều 22).
 * Never throws on data.
 *
 * Legal basis: Nghị định 30/2020/NĐ-CP, Điều 15 (numbers start at 01 on 1 January and end on
 * 31 December; unique within the year; secret documents numbered separately), Điều 22, Phụ lục I
 * mục 3 (leading zero below 10), Phụ lục III.
 *
 * @param rows - Register rows (parsed entries or raw rows).
 * @param options - Language, numbering scheme, start-at-01 check.
 * @returns Findings and a summary of each series.
 * @throws RangeError if `numbering` is not `per-type` or `single`.
 * @example
 * auditDocumentRegister([
 *   { numberSymbol: '01/QĐ-UBND', issueDate: '2022-01-04' },
 *   { numberSymbol: '03/QĐ-UBND', issueDate: '2022-01-10' },
 *   { numberSymbol: '03/QĐ-UBND', issueDate: '2022-01-10' },
 * ]).findings.map((f) => [f.code, f.rows])
 * // => [['vn.document.gap', [0, 1, 2]], ['vn.document.duplicate', [1, 2]]]
 */
export function auditDocumentRegister(
  rows: Iterable<DocumentAuditRow>,
  options: AuditDocumentRegisterOptions = {},
): DocumentAuditReport {
  const locale = options.locale ?? 'vi';
  const numbering = options.numbering ?? 'per-type';
  if (numbering !== 'per-type' && numbering !== 'single') {
    rangeError(`numbering must be 'per-type' or 'single', got ${show(numbering)}.`);
  }
  const startAtOne = options.expectStartAtOne ?? true;
  const findings: DocumentFinding[] = [];
  const groups = new Map<string, { year: number; series: string; items: Numbered[] }>();
  const add = (year: number, series: string, item: Numbered): void => {
    const key = `${year}\u0000${series}`;
    let g = groups.get(key);
    if (!g) {
      g = { year, series, items: [] };
      groups.set(key, g);
    }
    g.items.push(item);
  };

  let index = 0;
  for (const row of rows) {
    const i = index++;
    const incoming = row.direction === 'incoming';
    const text = typeof row.numberSymbol === 'string' ? row.numberSymbol : '';
    const parsed = parseDocumentSymbol(text, { locale });
    for (const f of parsed.findings) {
      const relevant =
        !incoming ||
        f.severity === 'error' ||
        f.code === 'vn.document.unknown_type' ||
        f.code === 'vn.document.unofficial_type';
      if (relevant) findings.push({ ...f, rows: [i] });
    }
    const issueDate = readRegisterDate(row.issueDate);
    if (issueDate === null) {
      findings.push(
        finding(
          'vn.document.impossible_date',
          'error',
          { date: String(row.issueDate), path: 'issueDate' },
          locale,
          [i],
        ),
      );
    }
    const sym = parsed.value;
    if (sym && issueDate && sym.year !== null && sym.year !== Number(issueDate.slice(0, 4))) {
      findings.push(
        finding(
          'vn.document.year_mismatch',
          'warning',
          { symbolYear: sym.year, year: Number(issueDate.slice(0, 4)) },
          locale,
          [i],
        ),
      );
    }
    if (incoming) {
      const arrival = row.arrivalDate === undefined ? issueDate : readRegisterDate(row.arrivalDate);
      if (row.arrivalDate !== undefined && arrival === null) {
        findings.push(
          finding(
            'vn.document.impossible_date',
            'error',
            { date: String(row.arrivalDate), path: 'arrivalDate' },
            locale,
            [i],
          ),
        );
      }
      const n = row.arrivalNumber;
      if (arrival && typeof n === 'number' && Number.isSafeInteger(n) && n >= 1) {
        add(Number(arrival.slice(0, 4)), row.series ?? INCOMING_SERIES, { row: i, number: n, date: arrival });
      }
    } else if (sym && issueDate) {
      add(Number(issueDate.slice(0, 4)), seriesKey(row, sym, numbering), {
        row: i,
        number: sym.number,
        date: issueDate,
      });
    }
  }

  const summaries: DocumentSeriesSummary[] = [];
  const keys = [...groups.keys()].sort();
  for (const key of keys) {
    const g = groups.get(key)!;
    const items = g.items.slice().sort((a, b) => a.number - b.number || a.row - b.row);
    const base = { year: g.year, series: g.series };
    summaries.push({
      ...base,
      count: items.length,
      min: items[0]!.number,
      max: items[items.length - 1]!.number,
    });
    // Collapse to distinct numbers with their rows and date range.
    const distinct: { number: number; rows: number[]; minDate: Numbered; maxDate: Numbered }[] = [];
    for (const it of items) {
      const last = distinct[distinct.length - 1];
      if (last && last.number === it.number) {
        last.rows.push(it.row);
        if (it.date < last.minDate.date) last.minDate = it;
        if (it.date > last.maxDate.date) last.maxDate = it;
      } else {
        distinct.push({ number: it.number, rows: [it.row], minDate: it, maxDate: it });
      }
    }
    const first = distinct[0]!;
    if (startAtOne && first.number > 1) {
      findings.push(
        finding('vn.document.gap', 'warning', { ...base, ...gapParams(1, first.number - 1) }, locale, [
          ...first.rows,
        ]),
      );
    }
    for (let k = 1; k < distinct.length; k++) {
      const prev = distinct[k - 1]!;
      const cur = distinct[k]!;
      if (cur.number > prev.number + 1) {
        findings.push(
          finding(
            'vn.document.gap',
            'warning',
            { ...base, ...gapParams(prev.number + 1, cur.number - 1) },
            locale,
            [...prev.rows, ...cur.rows],
          ),
        );
      }
    }
    for (const d of distinct) {
      if (d.rows.length > 1) {
        findings.push(
          finding(
            'vn.document.duplicate',
            'error',
            { ...base, number: d.number, count: d.rows.length },
            locale,
            d.rows,
          ),
        );
      }
    }
    for (let k = 1; k < distinct.length; k++) {
      const prev = distinct[k - 1]!;
      const cur = distinct[k]!;
      if (cur.minDate.date < prev.maxDate.date) {
        findings.push(
          finding(
            'vn.document.out_of_order',
            'warning',
            {
              ...base,
              number: cur.number,
              date: cur.minDate.date,
              previousNumber: prev.number,
              previousDate: prev.maxDate.date,
            },
            locale,
            [prev.maxDate.row, cur.minDate.row],
          ),
        );
      }
    }
  }
  return { findings, series: summaries, total: index };
}

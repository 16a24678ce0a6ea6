/**
 * Generated dossier exports for the drift tests: the same dossiers written in every form the
 * importer reads (date forms, quoting, separators, line ends, BOM, title rows, minimal layouts),
 * with faults that break each dossier rule, each cell decoder and the CSV itself.
 */
import fc from 'fast-check';
import { fromEpochDay, toEpochDay } from '../../src/core/index';

export const FORMS = [
  'iso-date',
  'iso-ts-07',
  'iso-ts-z',
  'iso-ts-offset',
  'iso-local',
  'compact',
  'dmy',
  'dmy-hm',
  'dmy-hms',
  'serial',
  'mixed',
] as const;
export type Form = (typeof FORMS)[number];

export const FAULTS = [
  'due_before_received',
  'finished_before_received',
  'returned_before_received',
  'returned_before_finished',
  'resolved_without_dates',
  'stopped_without_date',
  'outcome_before_received',
  'reappointment_not_after_due',
  'impossible_date',
  'bad_time',
  'unknown_status',
  'unknown_channel',
  'blank_code',
  'blank_unit',
  'blank_received',
  'unicode_spaces',
  'doubled_quote',
  'blank_row',
  'short_row',
  'stray_quote',
  'newline_in_quotes',
  'status_code_number',
  'lowercase_label',
] as const;
export type Fault = (typeof FAULTS)[number];

/** A dossier as the generator models it: Vietnamese day numbers and minutes of the day. */
export interface GenRow {
  readonly code: string;
  readonly unit: string;
  readonly proc: string;
  readonly field: string;
  readonly channel: number;
  readonly status: number;
  readonly rec: number;
  readonly recMin: number;
  readonly due: number;
  readonly fin: number | null;
  readonly ret: number | null;
  readonly outAt: number | null;
  readonly re: number | null;
  readonly fault: Fault | null;
}

export type Layout =
  | 'full'
  | 'minimal'
  | 'minimal-returned'
  | 'no-procedure'
  | 'with-outcome'
  | 'no-status-outcome';

export interface GenFile {
  readonly form: Form;
  readonly layout: Layout;
  readonly sep: ',' | ';' | '\t';
  readonly eol: '\n' | '\r\n';
  readonly quote: 'none' | 'all' | 'some';
  readonly bom: boolean;
  readonly title: boolean;
  readonly outcomeHeader: string;
  readonly rows: readonly GenRow[];
  readonly seed: number;
}

const STATUS_LABELS = [
  'Mới đăng ký',
  'Được tiếp nhận',
  'Không được tiếp nhận',
  'Đang xử lý',
  'Yêu cầu bổ sung giấy tờ',
  'Yêu cầu thực hiện nghĩa vụ tài chính',
  'Công dân yêu cầu rút hồ sơ',
  'Dừng xử lý',
  'Đã xử lý xong',
  'Đã trả kết quả',
];
const CHANNEL_LABELS = ['Trực tiếp', 'Trực tuyến', 'Qua bưu chính công ích'];
const UNITS = ['UBND xã Phổ Phong', 'UBND xã Hành Thiện', 'UBND phường Trần Phú', 'Ấp Tân Hòa'];
const PROCS = ['1.001612', '2.000986', '1.004227'];
const FIELDS = ['Hộ tịch', 'Chứng thực', 'Đất đai'];

const D0 = toEpochDay('2025-12-01');
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** A small deterministic generator for the choices made while writing (so a file is reproducible). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const rowArb: fc.Arbitrary<GenRow> = fc
  .record({
    code: fc.integer({ min: 1, max: 99999 }),
    unit: fc.integer({ min: 0, max: UNITS.length - 1 }),
    proc: fc.integer({ min: 0, max: PROCS.length - 1 }),
    field: fc.integer({ min: 0, max: FIELDS.length - 1 }),
    channel: fc.integer({ min: 1, max: 3 }),
    status: fc.constantFrom(1, 2, 3, 4, 5, 6, 7, 8, 9, 9, 10, 10, 10),
    rec: fc.integer({ min: 0, max: 150 }),
    recMin: fc.integer({ min: 0, max: 1439 }),
    dueIn: fc.integer({ min: 0, max: 15 }),
    finIn: fc.integer({ min: 0, max: 20 }),
    retIn: fc.integer({ min: 0, max: 3 }),
    re: fc.option(fc.integer({ min: 1, max: 10 }), { freq: 8 }),
    outcome: fc.boolean(),
    fault: fc.option(fc.constantFrom(...FAULTS), { freq: 2 }),
  })
  .map((r) => {
    const rec = D0 + r.rec;
    let due = rec + r.dueIn;
    let fin: number | null = null;
    let ret: number | null = null;
    let outAt: number | null = null;
    let re = r.re === null ? null : due + r.re;
    const st = r.status;
    if (st === 9 || st === 10) {
      fin = rec + r.finIn;
      if (st === 10) ret = fin + r.retIn;
    } else if (st === 7 || st === 8) {
      if (r.outcome) outAt = rec + r.finIn;
      else fin = rec + r.finIn;
    }
    let status = st;
    switch (r.fault) {
      case 'due_before_received':
        due = rec - 1 - (r.dueIn % 3);
        break;
      case 'finished_before_received':
        fin = rec - 1;
        break;
      case 'returned_before_received':
        ret = rec - 2;
        break;
      case 'returned_before_finished':
        fin = rec + r.finIn + 2;
        ret = fin - 1;
        status = 10;
        break;
      case 'resolved_without_dates':
        status = 9;
        fin = null;
        ret = null;
        break;
      case 'stopped_without_date':
        status = 8;
        fin = null;
        ret = null;
        outAt = null;
        break;
      case 'outcome_before_received':
        status = 7;
        fin = null;
        ret = null;
        outAt = rec - 1;
        break;
      case 'reappointment_not_after_due':
        re = due - (r.dueIn % 2);
        break;
      default:
        break;
    }
    return {
      code: `000.00.53.H48-${r.code}`,
      unit: UNITS[r.unit]!,
      proc: PROCS[r.proc]!,
      field: FIELDS[r.field]!,
      channel: r.channel,
      status,
      rec,
      recMin: r.recMin,
      due,
      fin,
      ret,
      outAt,
      re,
      fault: r.fault,
    };
  });

export const fileArb: fc.Arbitrary<GenFile> = fc.record({
  form: fc.constantFrom(...FORMS),
  layout: fc.constantFrom<Layout>(
    'full',
    'minimal',
    'minimal-returned',
    'no-procedure',
    'with-outcome',
    'no-status-outcome',
  ),
  sep: fc.constantFrom<',' | ';' | '\t'>(',', ';', '\t'),
  eol: fc.constantFrom<'\n' | '\r\n'>('\n', '\r\n'),
  quote: fc.constantFrom<'none' | 'all' | 'some'>('none', 'all', 'some'),
  bom: fc.boolean(),
  title: fc.boolean(),
  outcomeHeader: fc.constantFrom('Ngày từ chối', 'Ngày rút', 'Ngày dừng xử lý', 'NgayTuChoi'),
  rows: fc.array(rowArb, { maxLength: 40 }),
  seed: fc.integer(),
});

/** `yyyy-mm-dd` and a time of a Vietnamese day and minute, seen from an offset (minutes east of UTC). */
function at(day: number, minute: number, offset: number): { date: string; h: number; m: number; s: number } {
  const t = day * 1440 + minute - 420 + offset;
  const d = Math.floor(t / 1440);
  const mm = t - d * 1440;
  return { date: fromEpochDay(d), h: Math.floor(mm / 60), m: mm % 60, s: (minute * 7) % 60 };
}

const offsetText = (o: number, style: number): string => {
  if (o === 0 && style === 0) return 'Z';
  const sg = o < 0 ? '-' : '+';
  const a = Math.abs(o);
  const hh = pad(Math.floor(a / 60));
  const mm = pad(a % 60);
  return style === 1 ? `${sg}${hh}${mm}` : style === 2 && a % 60 === 0 ? `${sg}${hh}` : `${sg}${hh}:${mm}`;
};

/** One date cell in a form; `instant` for the timestamp columns, else a due or re-appointment date. */
function dateText(form: Form, day: number, minute: number, instant: boolean, rnd: () => number): string {
  let f = form;
  if (f === 'mixed') f = FORMS[Math.floor(rnd() * (FORMS.length - 1))]!;
  const vn = at(day, minute, 420);
  const [y, mo, d] = vn.date.split('-') as [string, string, string];
  switch (f) {
    case 'iso-date':
      return vn.date;
    case 'iso-ts-07':
      return instant ? `${vn.date}T${pad(vn.h)}:${pad(vn.m)}:${pad(vn.s)}+07:00` : vn.date;
    case 'iso-ts-z':
    case 'iso-ts-offset': {
      if (!instant) return vn.date;
      const offs = [0, 60, -300, 330, 345, 540, -600, 840, -720];
      const o = f === 'iso-ts-z' ? 0 : offs[Math.floor(rnd() * offs.length)]!;
      const u = at(day, minute, o);
      const frac = rnd() < 0.3 ? `.${Math.floor(rnd() * 1000)}` : '';
      const sep = rnd() < 0.2 ? ' ' : 'T';
      return `${u.date}${sep}${pad(u.h)}:${pad(u.m)}:${pad(u.s)}${frac}${offsetText(o, Math.floor(rnd() * 3))}`;
    }
    case 'iso-local':
      return instant ? `${vn.date} ${pad(vn.h)}:${pad(vn.m)}:${pad(vn.s)}` : vn.date;
    case 'compact':
      return instant ? `${y}${mo}${d}${pad(vn.h)}${pad(vn.m)}${pad(vn.s)}` : `${y}${mo}${d}`;
    case 'dmy':
      return `${Number(d)}/${Number(mo)}/${y}`;
    case 'dmy-hm':
      return instant ? `${d}/${mo}/${y} ${pad(vn.h)}:${pad(vn.m)}` : `${d}/${mo}/${y}`;
    case 'dmy-hms':
      return instant ? `${d}/${mo}/${y} ${pad(vn.h)}:${pad(vn.m)}:${pad(vn.s)}` : `${d}/${mo}/${y}`;
    case 'serial': {
      // Excel's day 0 is 1899-12-30.
      const serial = day + 25569;
      return instant && rnd() < 0.5
        ? String(serial + Math.round((minute / 1440) * 1e6) / 1e6)
        : String(serial);
    }
  }
  return vn.date;
}

interface Col {
  readonly header: string;
  readonly cell: (r: GenRow, rnd: () => number) => string;
}

/** Write a generated file as text. */
export function writeFile(g: GenFile): string {
  const rnd = prng(g.seed);
  const dt = (day: number | null, minute: number, instant: boolean): string =>
    day === null ? '' : dateText(g.form, day, minute, instant, rnd);
  const full = g.layout === 'full' || g.layout === 'with-outcome' || g.layout === 'no-procedure';
  const cols: Col[] = [{ header: 'Mã hồ sơ', cell: (r) => (r.fault === 'blank_code' ? ' ' : r.code) }];
  cols.push({ header: 'Đơn vị tiếp nhận', cell: (r) => (r.fault === 'blank_unit' ? '' : r.unit) });
  if (g.layout === 'full' || g.layout === 'with-outcome') {
    cols.push({ header: 'Mã TTHC', cell: (r) => r.proc });
    cols.push({ header: 'Tên thủ tục hành chính', cell: (r) => `Thủ tục ${r.proc}, "mẫu"` });
  }
  cols.push({ header: 'Lĩnh vực', cell: (r) => r.field });
  cols.push({
    header: 'Kênh thực hiện',
    cell: (r) =>
      r.fault === 'unknown_channel'
        ? 'Nộp qua Zalo'
        : r.fault === 'lowercase_label'
          ? CHANNEL_LABELS[r.channel - 1]!.toLowerCase()
          : CHANNEL_LABELS[r.channel - 1]!,
  });
  if (full) {
    cols.push({
      header: 'Trạng thái',
      cell: (r) =>
        r.fault === 'unknown_status'
          ? 'Không rõ'
          : r.fault === 'status_code_number'
            ? String(r.status)
            : STATUS_LABELS[r.status - 1]!,
    });
  }
  cols.push({
    header: 'Ngày nhận',
    cell: (r) =>
      r.fault === 'blank_received'
        ? ''
        : r.fault === 'impossible_date'
          ? '31/02/2026 08:00'
          : r.fault === 'bad_time'
            ? `${dt(r.rec, r.recMin, true).slice(0, 10)} 25:00`
            : dt(r.rec, r.recMin, true),
  });
  cols.push({ header: 'Ngày hẹn trả', cell: (r) => dt(r.due, 1020, false) });
  cols.push({ header: 'Ngày kết thúc xử lý', cell: (r) => dt(r.fin, (r.recMin + 311) % 1440, true) });
  if (g.layout !== 'minimal') {
    cols.push({ header: 'Ngày trả kết quả', cell: (r) => dt(r.ret, (r.recMin + 97) % 1440, true) });
  }
  if (g.layout === 'with-outcome' || g.layout === 'no-status-outcome') {
    cols.push({ header: g.outcomeHeader, cell: (r) => dt(r.outAt, 540, true) });
    cols.push({ header: 'Ngày hẹn lại', cell: (r) => dt(r.re, 0, false) });
  }
  if (g.layout === 'full') cols.push({ header: 'Địa chỉ', cell: () => 'Thôn 1, xã Phổ Phong' });
  const sep = g.sep;
  const needsQuote = (t: string): boolean =>
    t.includes(sep) || t.includes('"') || t.includes('\n') || t.includes('\r');
  const q = (t: string): string => `"${t.replaceAll('"', '""')}"`;
  const write = (t: string): string =>
    g.quote === 'all' || needsQuote(t) || (g.quote === 'some' && rnd() < 0.4) ? q(t) : t;
  const lines: string[] = [];
  if (g.title) lines.push(`DANH SÁCH HỒ SƠ${sep.repeat(3)}`);
  lines.push(cols.map((c) => write(c.header)).join(sep));
  for (const r of g.rows) {
    if (r.fault === 'blank_row') lines.push(sep.repeat(cols.length - 1));
    let cells = cols.map((c) => c.cell(r, rnd));
    if (r.fault === 'unicode_spaces')
      cells = cells.map((c, i) => (i % 2 === 0 ? `\u00a0${c} ` : `${c}\u3000`));
    if (r.fault === 'short_row') cells = cells.slice(0, Math.max(1, cells.length - 3));
    let line = cells.map(write).join(sep);
    if (r.fault === 'doubled_quote') line = `${q(`${r.code} "bản sao"`)}${line.slice(line.indexOf(sep))}`;
    if (r.fault === 'stray_quote') line = line.replace(r.unit, `${r.unit.slice(0, 4)}"${r.unit.slice(4)}`);
    if (r.fault === 'newline_in_quotes') line = `${q(`${r.code}\nghi chú`)}${line.slice(line.indexOf(sep))}`;
    lines.push(line);
  }
  return `${g.bom ? '\ufeff' : ''}${lines.join(g.eol)}${g.eol}`;
}

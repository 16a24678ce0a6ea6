/**
 * Seeded generator of the import benchmark's data (issue 12): the same dossiers written in every
 * form real exports take, one file per form, under `bench/data/forms/` (gitignored).
 *
 * The dossiers keep the seed and distributions of the earlier one-stop generator (60 units, 120
 * procedures, statuses, channels, receipt over 200 days from 2025-10-01, about 0.3 % bad rows: an
 * impossible receipt date, a due date before receipt, an unknown status); `dmy-hms.csv` is byte
 * for byte the file it wrote. Columns: the Thanh Hóa "Xuất danh sách hồ sơ theo dõi" export (`STT`,
 * `Đơn vị tiếp nhận`, `Tên thủ tục hành chính`, `Mã hồ sơ`, `Trạng thái`, `Địa chỉ`, `Người nộp`,
 * `Chủ hồ sơ`, `Ngày nộp hồ sơ`, `Ngày nhận`, `Ngày hẹn trả`, `Ngày kết thúc xử lý`; reference notes
 * §a.4) plus the national-sync fields it lacks (`Mã TTHC`, `Kênh thực hiện`, `Ngày trả kết quả`;
 * §a.3). The forms:
 *
 * | file            | dates                               | layout                                          |
 * | --------------- | ----------------------------------- | ----------------------------------------------- |
 * | `dmy-hms.csv`   | `dd/MM/yyyy HH:mm:ss`               | the one-stop export: BOM, title row, 16 columns |
 * | `iso-date.csv`  | `yyyy-MM-dd`                        | 16 columns, as a database or pandas writes it   |
 * | `iso-ts.csv`    | `yyyy-MM-ddTHH:mm:ss+07:00`         | 16 columns                                      |
 * | `compact.csv`   | `yyyyMMddHHmmss` (national sync)    | 16 columns                                      |
 * | `dmy-hm.csv`    | `dd/MM/yyyy HH:mm`                  | 16 columns                                      |
 * | `quoted.csv`    | `dd/MM/yyyy HH:mm:ss`               | every field quoted, BOM, CRLF                   |
 * | `semicolon.csv` | `d/M/yyyy H:mm`                     | `;` separator, BOM, CRLF (Excel in vi-VN)       |
 * | `minimal.csv`   | `yyyy-MM-dd`                        | 7 columns: no status, no procedure code         |
 *
 * Run: npx tsx bench/gen-dossier-forms.ts [rows=4000000] [dir=bench/data/forms]
 */
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { fromEpochDay, toEpochDay } from '../src/core/index';
import { rng } from './_util';

/** The forms, in the order the benchmark reports them. */
export const BENCH_FORMS = [
  'dmy-hms',
  'iso-date',
  'iso-ts',
  'compact',
  'dmy-hm',
  'quoted',
  'semicolon',
  'minimal',
] as const;
export type BenchForm = (typeof BENCH_FORMS)[number];

/** The 16 columns of the one-stop export; the minimal file has 7. */
export const FULL_HEADER = [
  'STT',
  'Đơn vị tiếp nhận',
  'Mã TTHC',
  'Tên thủ tục hành chính',
  'Lĩnh vực',
  'Mã hồ sơ',
  'Kênh thực hiện',
  'Trạng thái',
  'Địa chỉ',
  'Người nộp',
  'Chủ hồ sơ',
  'Ngày nộp hồ sơ',
  'Ngày nhận',
  'Ngày hẹn trả',
  'Ngày kết thúc xử lý',
  'Ngày trả kết quả',
];
export const MINIMAL_HEADER = [
  'Mã hồ sơ',
  'Đơn vị tiếp nhận',
  'Lĩnh vực',
  'Kênh thực hiện',
  'Ngày tiếp nhận',
  'Ngày hẹn trả',
  'Ngày kết thúc xử lý',
];

interface Layout {
  readonly sep: string;
  readonly eol: string;
  readonly bom: boolean;
  readonly title: boolean;
  readonly quoteAll: boolean;
  /** A date and time of Vietnam (`time` null for a date column). */
  readonly date: (day: number, time: [number, number, number] | null) => string;
}

const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));
const parts = (day: number): [string, string, string] => {
  const iso = fromEpochDay(day);
  return [iso.slice(0, 4), iso.slice(5, 7), iso.slice(8, 10)];
};
const dmyHms = (day: number, t: [number, number, number] | null): string => {
  const [y, m, d] = parts(day);
  return t === null ? `${d}/${m}/${y}` : `${d}/${m}/${y} ${pad(t[0])}:${pad(t[1])}:${pad(t[2])}`;
};
const isoDate = (day: number): string => fromEpochDay(day);

export const LAYOUTS: Record<BenchForm, Layout> = {
  'dmy-hms': { sep: ',', eol: '\n', bom: true, title: true, quoteAll: false, date: dmyHms },
  'iso-date': { sep: ',', eol: '\n', bom: false, title: false, quoteAll: false, date: isoDate },
  'iso-ts': {
    sep: ',',
    eol: '\n',
    bom: false,
    title: false,
    quoteAll: false,
    date: (day, t) =>
      t === null ? isoDate(day) : `${isoDate(day)}T${pad(t[0])}:${pad(t[1])}:${pad(t[2])}+07:00`,
  },
  compact: {
    sep: ',',
    eol: '\n',
    bom: false,
    title: false,
    quoteAll: false,
    date: (day, t) => {
      const [y, m, d] = parts(day);
      return t === null ? `${y}${m}${d}` : `${y}${m}${d}${pad(t[0])}${pad(t[1])}${pad(t[2])}`;
    },
  },
  'dmy-hm': {
    sep: ',',
    eol: '\n',
    bom: false,
    title: false,
    quoteAll: false,
    date: (day, t) => {
      const [y, m, d] = parts(day);
      return t === null ? `${d}/${m}/${y}` : `${d}/${m}/${y} ${pad(t[0])}:${pad(t[1])}`;
    },
  },
  quoted: { sep: ',', eol: '\r\n', bom: true, title: false, quoteAll: true, date: dmyHms },
  semicolon: {
    sep: ';',
    eol: '\r\n',
    bom: true,
    title: false,
    quoteAll: false,
    date: (day, t) => {
      const [y, m, d] = parts(day);
      const dmy = `${Number(d)}/${Number(m)}/${y}`;
      return t === null ? dmy : `${dmy} ${t[0]}:${pad(t[1])}`;
    },
  },
  minimal: { sep: ',', eol: '\n', bom: false, title: false, quoteAll: false, date: isoDate },
};

/** One generated dossier (Vietnamese day numbers, times of day). */
interface Row {
  readonly n: number;
  readonly unit: string;
  readonly proc: { code: string; name: string; field: string };
  readonly code: string;
  readonly channel: string;
  readonly status: string;
  readonly address: string;
  readonly name: string;
  readonly rec: number;
  readonly recTime: [number, number, number];
  readonly due: number;
  readonly fin: number | null;
  readonly finTime: [number, number, number];
  readonly ret: number | null;
  readonly retTime: [number, number, number];
  /** 1: impossible receipt date, 2: due before receipt, 3: unknown status. */
  readonly bad: 0 | 1 | 2 | 3;
}

function* dossiers(count: number): Generator<Row> {
  const rand = rng(20260415);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const units = Array.from(
    { length: 60 },
    (_, i) => `UBND xã ${['Phổ Phong', 'Hành Thiện', 'Tịnh Sơn', 'Bình Minh', 'Đức Lân'][i % 5]} ${i + 1}`,
  );
  const procedures = Array.from({ length: 120 }, (_, i) => ({
    code: `${i % 2 === 0 ? 1 : 2}.${String(1000 + i * 37).padStart(6, '0')}`,
    name: `Thủ tục ${['đăng ký khai sinh', 'chứng thực bản sao', 'đăng ký kết hôn', 'xác nhận tình trạng hôn nhân', 'cấp giấy phép xây dựng'][i % 5]} số ${i + 1}`,
    field: ['Hộ tịch', 'Chứng thực', 'Đất đai', 'Xây dựng', 'Lao động - Thương binh và Xã hội'][i % 5]!,
  }));
  const names = [
    'NGUYỄN VĂN AN',
    'TRẦN THỊ BÌNH',
    'LÊ VĂN CƯỜNG',
    'PHẠM THỊ DUNG',
    'HOÀNG VĂN ÉN',
    'ĐỖ THỊ HOA',
  ];
  const channels = ['Trực tiếp', 'Trực tuyến', 'Qua bưu chính công ích'];
  const d0 = toEpochDay('2025-10-01');
  for (let i = 0; i < count; i++) {
    const proc = pick(procedures);
    const unit = pick(units);
    const rec = d0 + Math.floor(rand() * 200);
    const due = rec + Math.floor(rand() * 15);
    const r = rand();
    let status: string;
    let fin: number | null = null;
    let ret: number | null = null;
    let finTime: [number, number, number] = [9, 0, 0];
    let retTime: [number, number, number] = [14, 0, 0];
    if (r < 0.1) status = 'Đang xử lý';
    else if (r < 0.12) status = 'Yêu cầu bổ sung giấy tờ';
    else if (r < 0.13) {
      status = 'Công dân yêu cầu rút hồ sơ';
      fin = rec + Math.floor(rand() * 5);
    } else {
      fin = rec + Math.floor(rand() * 17);
      finTime = [8 + Math.floor(rand() * 9), Math.floor(rand() * 60), Math.floor(rand() * 60)];
      if (r < 0.3) status = 'Đã xử lý xong';
      else {
        status = 'Đã trả kết quả';
        ret = fin + Math.floor(rand() * 3);
        retTime = [14, Math.floor(rand() * 60), 0];
      }
    }
    const recTime: [number, number, number] = [
      7 + Math.floor(rand() * 10),
      Math.floor(rand() * 60),
      Math.floor(rand() * 60),
    ];
    const b = rand();
    let bad: Row['bad'] = 0;
    if (b < 0.001) bad = 1;
    else if (b < 0.002) bad = 2;
    else if (b < 0.003) {
      bad = 3;
      status = 'Không rõ';
    }
    const code = `000.00.${pad(1 + (i % 40))}.H48-${fromEpochDay(rec).slice(2).replaceAll('-', '')}-${String(i % 10000).padStart(4, '0')}`;
    const name = pick(names);
    yield {
      n: i + 1,
      unit,
      proc,
      code,
      channel: pick(channels),
      status,
      address: `Thôn ${1 + (i % 9)}, ${unit.slice(5)}, tỉnh Quảng Ngãi`,
      name,
      rec,
      recTime,
      due: bad === 2 ? rec - 3 : due,
      fin,
      finTime,
      ret,
      retTime,
      bad,
    };
  }
}

/** The cells of one row in a form (before quoting). */
function cells(form: BenchForm, r: Row): string[] {
  const L = LAYOUTS[form];
  let received = L.date(r.rec, r.recTime);
  if (r.bad === 1) {
    // 31/02/2026 in the form's own shape: the first "28" of 28/02/2026 is its day in every form.
    received = L.date(toEpochDay('2026-02-28'), r.recTime).replace('28', '31');
  }
  const due = L.date(r.due, null);
  const fin = r.fin === null ? '' : L.date(r.fin, r.finTime);
  const ret = r.ret === null ? '' : L.date(r.ret, r.retTime);
  if (form === 'minimal') return [r.code, r.unit, r.proc.field, r.channel, received, due, fin];
  return [
    String(r.n),
    r.unit,
    r.proc.code,
    r.proc.name,
    r.proc.field,
    r.code,
    r.channel,
    r.status,
    r.address,
    r.name,
    r.name,
    received,
    received,
    due,
    fin,
    ret,
  ];
}

function line(form: BenchForm, cs: readonly string[]): string {
  const L = LAYOUTS[form];
  const q = (c: string): string =>
    L.quoteAll || c.includes(L.sep) || c.includes('"') ? `"${c.replaceAll('"', '""')}"` : c;
  return cs.map(q).join(L.sep) + L.eol;
}

async function main(): Promise<void> {
  const N = Number(process.argv[2] ?? 4_000_000);
  const dir = process.argv[3] ?? 'bench/data/forms';
  mkdirSync(dir, { recursive: true });
  const outs = new Map<BenchForm, { s: WriteStream; buf: string }>();
  for (const form of BENCH_FORMS) {
    const L = LAYOUTS[form];
    const s = createWriteStream(join(dir, `${form}.csv`));
    const header = form === 'minimal' ? MINIMAL_HEADER : FULL_HEADER;
    let head = L.bom ? '\ufeff' : '';
    if (L.title) head += `DANH SÁCH HỒ SƠ THEO DÕI${L.sep.repeat(header.length - 1)}${L.eol}`;
    head += line(form, header);
    outs.set(form, { s, buf: head });
  }
  for (const r of dossiers(N)) {
    for (const form of BENCH_FORMS) {
      const o = outs.get(form)!;
      o.buf += line(form, cells(form, r));
      if (o.buf.length > 1 << 20) {
        const text = o.buf;
        o.buf = '';
        if (!o.s.write(text)) await new Promise<void>((res) => o.s.once('drain', () => res()));
      }
    }
  }
  for (const o of outs.values()) {
    o.s.end(o.buf);
    await new Promise<void>((res) => o.s.on('finish', () => res()));
  }
  console.log(`wrote ${N.toLocaleString('en')} dossiers in ${BENCH_FORMS.length} forms to ${dir}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();

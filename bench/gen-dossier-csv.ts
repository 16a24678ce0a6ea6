/**
 * Seeded generator of a one-stop dossier export (CSV) for `bench/import.bench.ts`.
 *
 * Columns: the Thanh Hóa "Xuất danh sách hồ sơ theo dõi" export (`STT`, `Đơn vị tiếp nhận`,
 * `Tên thủ tục hành chính`, `Mã hồ sơ`, `Trạng thái`, `Địa chỉ`, `Người nộp`, `Chủ hồ sơ`,
 * `Ngày nộp hồ sơ`, `Ngày nhận`, `Ngày hẹn trả`, `Ngày kết thúc xử lý`; reference notes §a.4) plus
 * the three national-sync fields that list lacks and the tally needs (`Mã TTHC`, `Kênh thực hiện`,
 * `Ngày trả kết quả`; §a.3). Quirks of real exports: a BOM, a title row, labels in Vietnamese,
 * dates `dd/MM/yyyy HH:mm:ss`, quoted addresses with commas, and about 0.3 % bad rows (impossible
 * dates, a due date before receipt).
 *
 * Run: npx tsx bench/gen-dossier-csv.ts [rows=4000000] [out=bench/data/dossiers-4m.csv]
 */
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fromEpochDay, toEpochDay } from '../src/core/index';
import { rng } from './_util';

const N = Number(process.argv[2] ?? 4_000_000);
const OUT = process.argv[3] ?? 'bench/data/dossiers-4m.csv';
mkdirSync(dirname(OUT), { recursive: true });

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

const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));
const vi = (day: number, h: number, m: number, s: number): string => {
  const iso = fromEpochDay(day);
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)} ${pad(h)}:${pad(m)}:${pad(s)}`;
};

const out = createWriteStream(OUT);
out.write('\ufeffDANH SÁCH HỒ SƠ THEO DÕI,,,,,,,,,,,,,,,\n');
out.write(
  'STT,Đơn vị tiếp nhận,Mã TTHC,Tên thủ tục hành chính,Lĩnh vực,Mã hồ sơ,Kênh thực hiện,Trạng thái,Địa chỉ,Người nộp,Chủ hồ sơ,Ngày nộp hồ sơ,Ngày nhận,Ngày hẹn trả,Ngày kết thúc xử lý,Ngày trả kết quả\n',
);
let buf = '';
for (let i = 0; i < N; i++) {
  const p = pick(procedures);
  const unit = pick(units);
  const rec = d0 + Math.floor(rand() * 200);
  const due = rec + Math.floor(rand() * 15);
  const r = rand();
  let status: string;
  let finished = '';
  let returned = '';
  if (r < 0.1) status = 'Đang xử lý';
  else if (r < 0.12) status = 'Yêu cầu bổ sung giấy tờ';
  else if (r < 0.13) {
    status = 'Công dân yêu cầu rút hồ sơ';
    finished = vi(rec + Math.floor(rand() * 5), 9, 0, 0);
  } else {
    const fin = rec + Math.floor(rand() * 17);
    finished = vi(fin, 8 + Math.floor(rand() * 9), Math.floor(rand() * 60), Math.floor(rand() * 60));
    if (r < 0.3) status = 'Đã xử lý xong';
    else {
      status = 'Đã trả kết quả';
      returned = vi(fin + Math.floor(rand() * 3), 14, Math.floor(rand() * 60), 0);
    }
  }
  let received = vi(rec, 7 + Math.floor(rand() * 10), Math.floor(rand() * 60), Math.floor(rand() * 60));
  let dueText = vi(due, 17, 0, 0).slice(0, 10);
  const bad = rand();
  if (bad < 0.001) received = `31/02/2026 ${received.slice(11)}`;
  else if (bad < 0.002) dueText = vi(rec - 3, 0, 0, 0).slice(0, 10);
  else if (bad < 0.003) status = 'Không rõ';
  const code = `000.00.${pad(1 + (i % 40))}.H48-${fromEpochDay(rec).slice(2).replaceAll('-', '')}-${String(i % 10000).padStart(4, '0')}`;
  const name = pick(names);
  buf += `${i + 1},${unit},${p.code},${p.name},${p.field},${code},${pick(channels)},${status},"Thôn ${1 + (i % 9)}, ${unit.slice(5)}, tỉnh Quảng Ngãi",${name},${name},${received},${received},${dueText},${finished},${returned}\n`;
  if (buf.length > 1 << 20) {
    if (!out.write(buf)) await new Promise<void>((res) => out.once('drain', () => res()));
    buf = '';
  }
}
out.end(buf);
await new Promise<void>((res) => out.on('finish', () => res()));
console.log(`wrote ${N.toLocaleString('en')} rows to ${OUT}`);

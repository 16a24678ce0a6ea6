// Writes examples/data/sample-dossiers.json: seeded sample records in the national-sync shape
// (MaHoSo, MaTTHC, KenhThucHien, TrangThaiHoSo, NgayTiepNhan yyyyMMddHHmmss, …) for one commune,
// December 2025 to March 2026, with a handful of malformed rows as real exports have.
// Run: node scripts/generate-sample-dossiers.mjs   (the output is committed; same seed, same file)
import { writeFileSync } from 'node:fs';

let seed = 20260314;
const rand = () => {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (xs) => xs[Math.floor(rand() * xs.length)];

const procedures = [
  { MaTTHC: '1.001193', TenTTHC: 'Đăng ký khai sinh', MaLinhVuc: 'HT', TenLinhVuc: 'Hộ tịch', days: 1 },
  { MaTTHC: '1.000894', TenTTHC: 'Đăng ký kết hôn', MaLinhVuc: 'HT', TenLinhVuc: 'Hộ tịch', days: 1 },
  {
    MaTTHC: '2.000908',
    TenTTHC: 'Chứng thực bản sao từ bản chính',
    MaLinhVuc: 'CT',
    TenLinhVuc: 'Chứng thực',
    days: 0,
  },
  { MaTTHC: '2.000815', TenTTHC: 'Chứng thực chữ ký', MaLinhVuc: 'CT', TenLinhVuc: 'Chứng thực', days: 0 },
  {
    MaTTHC: '1.003003',
    TenTTHC: 'Xác nhận hộ gia đình làm nông nghiệp',
    MaLinhVuc: 'NN',
    TenLinhVuc: 'Nông nghiệp',
    days: 5,
  },
  {
    MaTTHC: '1.001731',
    TenTTHC: 'Trợ cấp xã hội hằng tháng',
    MaLinhVuc: 'BTXH',
    TenLinhVuc: 'Bảo trợ xã hội',
    days: 10,
  },
];
const pad = (n) => String(n).padStart(2, '0');
const compact = (d, h, m) =>
  `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}${pad(h)}${pad(m)}00`;
const addDays = (d, n) => new Date(d.getTime() + n * 86400000);
/** Next weekday on or after d (the sample ignores holidays; the calendar module handles them). */
const weekday = (d) => {
  let x = d;
  while (x.getUTCDay() === 0 || x.getUTCDay() === 6) x = addDays(x, 1);
  return x;
};
const addWorkdays = (d, n) => {
  let x = weekday(d);
  for (let i = 0; i < n; i++) x = weekday(addDays(x, 1));
  return x;
};

const start = Date.UTC(2025, 10, 20); // 20/11/2025
const rows = [];
const seq = new Map();
for (let i = 0; i < 640; i++) {
  const p = pick(procedures);
  const received = weekday(new Date(start + Math.floor(rand() * 118) * 86400000));
  const ymd = compact(received, 0, 0).slice(2, 8);
  const n = (seq.get(ymd) ?? 0) + 1;
  seq.set(ymd, n);
  const due = addWorkdays(received, p.days);
  const r = rand();
  const channel = r < 0.46 ? '2' : r < 0.97 ? '1' : '3';
  const row = {
    MaHoSo: `000.00.06.H56-${ymd}-${String(n).padStart(4, '0')}`,
    MaTTHC: p.MaTTHC,
    TenTTHC: p.TenTTHC,
    MaLinhVuc: p.MaLinhVuc,
    TenLinhVuc: p.TenLinhVuc,
    KenhThucHien: channel,
    NgayTiepNhan: compact(received, 7 + Math.floor(rand() * 9), Math.floor(rand() * 60)),
    NgayHenTra: compact(due, 17, 0),
    DonViXuLy: 'UBND xã Phổ Phong',
  };
  const fate = rand();
  if (fate < 0.02) {
    row.TrangThaiHoSo = '7'; // withdrawn
    row.NgayKetThucXuLy = compact(addDays(received, 1), 9, 0);
  } else if (fate < 0.06) {
    row.TrangThaiHoSo = '4'; // still in progress
  } else {
    const late = rand() < 0.012;
    const early = rand() < 0.55 && p.days > 0;
    const finish = late
      ? addWorkdays(due, 1 + Math.floor(rand() * 3))
      : early
        ? addWorkdays(received, Math.max(0, p.days - 1))
        : due;
    row.TrangThaiHoSo = '10';
    row.NgayKetThucXuLy = compact(finish, 10 + Math.floor(rand() * 6), 0);
    row.NgayTra = compact(finish, 16, 30);
  }
  rows.push(row);
}
// Malformed rows, as exports have them.
rows.push({ ...rows[3], MaHoSo: '000.00.06.H56-260231-0001', NgayTiepNhan: '20260231090000' }); // 31/02 does not exist
rows.push({ ...rows[5], MaHoSo: '000.00.06.H56-260105-0099', TrangThaiHoSo: '12' }); // no such status code
rows.push({
  ...rows[7],
  MaHoSo: '000.00.06.H56-260106-0098',
  NgayHenTra: '20251201170000',
  NgayTiepNhan: '20260106080000',
}); // due before receipt
writeFileSync(
  new URL('../examples/data/sample-dossiers.json', import.meta.url),
  `${JSON.stringify(rows, null, 1)}\n`,
);
console.log(`wrote ${rows.length} rows`);

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { displayWidth, formatTextTable, runCli } from '../../src/node/index';

const FIX = 'tests/fixtures/import';
const ONE_STOP = `${FIX}/dossiers-one-stop.csv`;
const PERIOD = ['--period', '2026-01-01..2026-03-31'];
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

async function run(
  argv: string[],
  extra: { stdin?: AsyncIterable<Uint8Array | string>; columns?: number } = {},
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    stderrIsTTY: false,
    ...extra,
  });
  return { code, out, err };
}

// Internal names that must never reach a person.
const INTERNAL =
  /\b(byCategory|byQualification|can_bo|cong_chuc|chu_tich_ubnd|dai_hoc|outgoingElectronicAgencySigned|onTimeCompleted|carriedOver|receivedAt|dueDate|newReceived|unknown option)\b/;

describe('the command for people (issue 16)', () => {
  it('--version prints the package version; -V too', async () => {
    expect(await run(['--version'])).toEqual({ code: 0, out: `commune-kpi ${pkg.version}\n`, err: '' });
    expect((await run(['-V'])).out).toBe(`commune-kpi ${pkg.version}\n`);
  });

  it('- reads standard input', async () => {
    const bytes = readFileSync(ONE_STOP);
    async function* stdin(): AsyncIterable<Uint8Array> {
      yield bytes.subarray(0, 100);
      yield bytes.subarray(100);
    }
    const fromStdin = await run(['dossiers', '-', ...PERIOD, '--format', 'json'], { stdin: stdin() });
    const fromFile = await run(['dossiers', ONE_STOP, ...PERIOD, '--format', 'json']);
    expect(fromStdin.code).toBe(0);
    expect(fromStdin.out).toBe(fromFile.out);
  });

  it('--lang en: the period, the labels, the summary and the rejections in English', async () => {
    const r = await run(['dossiers', ONE_STOP, '--quarter', '2026Q1', '--lang', 'en', '--by', 'unit']);
    expect(r.out.split('\n')[0]).toBe('Reporting period: Q1 2026 (from 15/12/2025 to 14/03/2026)');
    expect(r.out).toContain('Received');
    expect(r.out).not.toMatch(/Kỳ báo cáo|Tiếp nhận|Tổng cộng|từ ngày/);
    expect(r.err).toContain('Read 8 data rows:');
    expect(r.err).not.toMatch(/Đã đọc|Trường/);
    const vi = await run(['dossiers', ONE_STOP, '--month', '2026-03']);
    expect(vi.out.split('\n')[0]).toBe('Kỳ báo cáo: Tháng 3/2026 (từ ngày 15/02/2026 đến ngày 14/03/2026)');
  });

  it('rates as 66,67% (2/3) in vi and 66.67% (2/3) in en; --rates all shows all eight', async () => {
    const vi = await run(['dossiers', ONE_STOP, ...PERIOD, '--by', 'unit', '--rates', 'all']);
    // Phổ Phong by hand: 3 resolved, 2 of them early or on time; 4 received, 3 new of which 2 online.
    expect(vi.out).toContain('66,67% (2/3)');
    const en = await run(['dossiers', ONE_STOP, ...PERIOD, '--by', 'unit', '--rates', 'all', '--lang', 'en']);
    expect(en.out).toContain('66.67% (2/3)');
    for (const label of [
      'On time (of resolved)',
      'On time (of due)',
      'On time (of workload)',
      'Late (of workload)',
      'On time (QĐ 766)',
      'On time (of received)',
      'Online share',
      'Late share',
    ]) {
      expect(en.out).toContain(label);
    }
    const bad = await run(['dossiers', ONE_STOP, ...PERIOD, '--rates', 'speed']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--rates: không có tỷ lệ «speed»');
  });

  it('thousands separators by language in tables', () => {
    const rows = [
      ['Đơn vị', 'Hồ sơ'],
      ['UBND xã A', 1234567],
    ];
    expect(formatTextTable(rows, { locale: 'vi' })).toContain('1.234.567');
    expect(formatTextTable(rows, { locale: 'en' })).toContain('1,234,567');
  });

  it('the table fits --width (and the terminal): header wrapped, or one block per row', async () => {
    for (const width of [60, 100, 150, 200]) {
      const r = await run([
        'dossiers',
        ONE_STOP,
        ...PERIOD,
        '--by',
        'unit',
        '--rates',
        'all',
        '--width',
        String(width),
      ]);
      expect(r.code).toBe(0);
      for (const line of r.out.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(width);
      expect(r.out).toContain('UBND xã Phổ Phong');
    }
    const term = await run(['dossiers', ONE_STOP, ...PERIOD, '--by', 'unit'], { columns: 120 });
    for (const line of term.out.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(120);
    // Not a terminal, no --width: one line per row, whatever its width.
    const wide = await run(['dossiers', ONE_STOP, ...PERIOD, '--by', 'unit']);
    expect(wide.out.split('\n').filter((l) => l.includes('UBND xã Phổ Phong'))).toHaveLength(1);
  });

  it('no internal key in any table, CSV or message, in either language', async () => {
    const runs = [
      ['dossiers', ONE_STOP, ...PERIOD, '--by', 'unit,channel', '--rates', 'all'],
      ['personnel', `${FIX}/personnel-roster.csv`, '--as-of', '2024-06-14'],
      ['personnel', `${FIX}/personnel-roster.csv`, '--as-of', '2024-06-14', '--format', 'csv'],
      [
        'documents',
        `${FIX}/documents-incoming.csv`,
        '--electronic',
        'yes',
        '--agency-signature',
        'yes',
        '--signer-signature',
        'no',
      ],
      ['households', `${FIX}/households-review.csv`, '--as-of', '2024-10-10', '--area', 'rural'],
      ['dossiers', ONE_STOP, '--year', '2026', '--bogus'],
    ];
    for (const argv of runs) {
      for (const lang of ['vi', 'en']) {
        const r = await run([...argv, '--lang', lang]);
        expect(`${r.out}\n${r.err}`).not.toMatch(INTERNAL);
      }
    }
    const p = await run(['personnel', `${FIX}/personnel-roster.csv`, '--as-of', '2024-06-14']);
    expect(p.out).toContain('Loại cán bộ');
  });

  it('usage errors entirely in the chosen language', async () => {
    const vi = await run(['dossiers', ONE_STOP, '--year', '2026', '--bogus']);
    expect(vi).toMatchObject({ code: 2 });
    expect(vi.err).toBe('Sai cách dùng: không có tùy chọn --bogus.\nXem trợ giúp: commune-kpi --help\n');
    const en = await run(['dossiers', ONE_STOP, '--year', '2026', '--lang', 'en', '--out']);
    expect(en.err).toBe(
      'Wrong usage: option --out needs a value (e.g. --out ket-qua.csv).\nSee the help: commune-kpi --help --lang en\n',
    );
    const notFor = await run(['dossiers', ONE_STOP, '--year', '2026', '--area', 'rural']);
    expect(notFor.err).toContain('tùy chọn --area không dùng cho lệnh dossiers.');
    const month = await run(['dossiers', ONE_STOP, '--month', '2026-13']);
    expect(month.err).toContain('--month phải có dạng NĂM-THÁNG (ví dụ 2026-03), nhận được «2026-13».');
  });

  it('--format xlsx writes the report table as a workbook with numbers and labels', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ckpi-xlsx-'));
    const f = join(dir, 'bao-cao.xlsx');
    const r = await run(['dossiers', ONE_STOP, ...PERIOD, '--by', 'unit', '--format', 'xlsx', '--out', f]);
    expect(r.code).toBe(0);
    const sheets = (await readXlsxFile(f)) as unknown as { sheet: string; data: unknown[][] }[];
    expect(sheets.map((s) => s.sheet)).toEqual(['Hồ sơ']);
    const data = sheets[0]!.data;
    expect(data[0]!.slice(0, 3)).toEqual(['Đơn vị', 'Tiếp nhận', 'Kỳ trước chuyển sang']);
    // By hand from the fixture: Hành Thiện 1 received; Phổ Phong 4 (1 carried over); total 5.
    expect(data.map((row) => [row[0], row[1]])).toEqual([
      ['Đơn vị', 'Tiếp nhận'],
      ['UBND xã Hành Thiện', 1],
      ['UBND xã Phổ Phong', 4],
      ['Tổng cộng', 5],
    ]);
    expect(data[2]).toContain('66,67% (2/3)');
    const noOut = await run(['dossiers', ONE_STOP, ...PERIOD, '--format', 'xlsx']);
    expect(noOut.code).toBe(2);
    expect(noOut.err).toContain('--format xlsx ghi ra tệp: thêm --out bao-cao.xlsx.');
  });
  it('a birth year column holding an impossible date says the day does not exist, in either language', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ck-birth-'));
    const file = join(dir, 'can-bo.csv');
    writeFileSync(
      file,
      'STT;Họ tên;Giới tính;Năm sinh;Dân tộc;Trình độ chuyên môn;Lý luận chính trị;Đảng viên;Chức vụ;Ngày bổ nhiệm\n' +
        '1;Nguyễn Thị B;Nữ;31/02/1992;Kinh;Đại học;Trung cấp;Có;Chủ tịch UBND;01/08/2025\n',
    );
    const vi = await run(['personnel', file, '--year', '2026', '--no-progress']);
    expect(vi.err).toContain('Cột «Năm sinh»: ngày 31/02/1992 không có thật.');
    expect(vi.err).not.toContain('cần số');
    const en = await run(['personnel', file, '--year', '2026', '--no-progress', '--lang', 'en']);
    expect(en.err).toContain('Column "Năm sinh": 31/02/1992 is not a real date (there is no such day).');
  });
});

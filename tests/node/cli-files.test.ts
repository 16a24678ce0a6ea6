import {
  linkSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { customPeriod } from '../../src/core/index';
import { importDossiers, tallyDossierSource } from '../../src/import/index';
import { escapeFormula, formatCsv, formatTextTable, runCli } from '../../src/node/index';

const FIX = 'tests/fixtures/import';
const ONE_STOP = `${FIX}/dossiers-one-stop.csv`;
const PERIOD = ['--period', '2026-01-01..2026-03-31'];

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

const FULL_DISK = ((): boolean => {
  try {
    return statSync('/dev/full').isCharacterDevice();
  } catch {
    return false;
  }
})();

const tmp = (): string => mkdtempSync(join(tmpdir(), 'ckpi-cli-'));
const noStack = (s: string): void => {
  expect(s).not.toMatch(/\n\s+at |Error:|ENOENT|EISDIR|ENOSPC|errno/);
};

// A CSV export whose cells try to run formulas when the output is opened in Excel.
const HOSTILE = [
  'Mã hồ sơ;Đơn vị tiếp nhận;Kênh thực hiện;Trạng thái;Ngày nhận;Ngày hẹn trả;Ngày trả kết quả;Địa chỉ',
  'HS-1;=HYPERLINK("http://x.invalid","Bấm vào đây");Trực tiếp;Đã trả kết quả;05/01/2026;08/01/2026;07/01/2026;Thôn 1',
  'HS-2;@SUM(1+1);Trực tiếp;Đang xử lý;06/01/2026;09/01/2026;;Thôn 2',
  'HS-3;UBND xã A;Nộp qua Zalo;Đang xử lý;06/01/2026;09/01/2026;;+cmd|/C calc',
  'HS-4;UBND xã A;Trực tiếp;Đang xử lý;06/01/2026;31/02/2026;;-2+3',
  '',
].join('\r\n');

describe('outputs never over the input (issue 19)', () => {
  it('refuses --rejects or --out naming the input, by path, symlink or hard link; the input stays whole', async () => {
    const dir = tmp();
    const f = join(dir, 'ho-so.csv');
    const original = readFileSync(ONE_STOP);
    writeFileSync(f, original);
    symlinkSync(f, join(dir, 'link.csv'));
    linkSync(f, join(dir, 'hard.csv'));
    for (const target of [f, join(dir, 'link.csv'), join(dir, 'hard.csv'), `${dir}/./ho-so.csv`]) {
      for (const opt of ['--rejects', '--out']) {
        const r = await run(['dossiers', f, ...PERIOD, opt, target]);
        expect(r.code).toBe(1);
        expect(r.err).toContain('chính là tệp dữ liệu đang đọc');
        noStack(r.err);
        expect(readFileSync(f).equals(original)).toBe(true);
      }
    }
  });

  it('a rejects file in a missing folder, a folder, or on a full disk: a sentence, exit 1', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'sub'));
    const cases: [string, string, string][] = [
      [join(dir, 'khong-co', 'loi.csv'), 'vi', `thư mục «${join(dir, 'khong-co')}» không tồn tại`],
      [join(dir, 'sub'), 'vi', `«${join(dir, 'sub')}» là một thư mục, không phải tệp.`],
    ];
    // /dev/full (every write: ENOSPC) where the machine has it; never created here.
    const full = FULL_DISK;
    if (full) {
      cases.push(['/dev/full', 'vi', 'ổ đĩa đã đầy: không ghi được tệp «/dev/full».']);
      cases.push(['/dev/full', 'en', 'the disk is full: "/dev/full" could not be written.']);
    }
    for (const [target, lang, message] of cases) {
      const r = await run(['dossiers', ONE_STOP, ...PERIOD, '--rejects', target, '--lang', lang]);
      expect(r.code).toBe(1);
      expect(r.err).toContain(message);
      noStack(r.err);
    }
    if (!full) return;
    // The result on a full disk too.
    const o = await run(['dossiers', ONE_STOP, ...PERIOD, '--out', '/dev/full', '--format', 'csv']);
    expect(o.code).toBe(1);
    expect(o.err).toContain('ổ đĩa đã đầy');
    noStack(o.err);
    // A failed output is removed only when it is a plain file: the device is still there.
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
  });

  it('every file error in the chosen language, exit 1', async () => {
    const dir = tmp();
    const vi = await run(['dossiers', join(dir, 'khong-co.csv'), '--year', '2026']);
    expect(vi).toMatchObject({ code: 1, out: '' });
    expect(vi.err).toBe(`Lỗi tệp: không tìm thấy tệp «${join(dir, 'khong-co.csv')}».\n`);
    const en = await run(['dossiers', join(dir, 'none.csv'), '--year', '2026', '--lang', 'en']);
    expect(en.err).toBe(`File error: file "${join(dir, 'none.csv')}" not found.\n`);
    const folder = await run(['dossiers', dir, '--year', '2026', '--lang', 'en']);
    expect(folder.code).toBe(1);
    expect(folder.err).toBe(`File error: "${dir}" is a folder, not a file.\n`);
  });
});

describe('formula cells escaped in every CSV and Excel file (issue 19)', () => {
  it('escapeFormula: = + - @ tab CR escaped; plain numbers left', () => {
    expect(
      ['=1+1', '+cmd', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '-5', '+84912345678', '-1,5', 'UBND', ''].map(
        escapeFormula,
      ),
    ).toEqual([
      "'=1+1",
      "'+cmd",
      "'-2+3",
      "'@SUM(A1)",
      "'\t=1",
      "'\r=1",
      '-5',
      '+84912345678',
      '-1,5',
      'UBND',
      '',
    ]);
    expect(formatCsv([['=1', 2]])).toBe("'=1,2\r\n");
    expect(formatCsv([['=1', 2]], ',', { escapeFormulas: false })).toBe('=1,2\r\n');
  });

  it('the command output, the rejects file and the workbook; --no-escape-formulas turns it off', async () => {
    const dir = tmp();
    const f = join(dir, 'hostile.csv');
    writeFileSync(f, HOSTILE);
    const out = join(dir, 'ket-qua.csv');
    const rej = join(dir, 'loi.csv');
    const xlsx = join(dir, 'bao-cao.xlsx');
    const r = await run([
      'dossiers',
      f,
      ...PERIOD,
      '--by',
      'unit',
      '--format',
      'csv',
      '--out',
      out,
      '--rejects',
      rej,
    ]);
    expect(r.code).toBe(0);
    const csv = readFileSync(out, 'utf8');
    expect(csv).toContain(`\r\n"'=HYPERLINK(""http://x.invalid"",""Bấm vào đây"")",1,`);
    expect(csv).toContain("\r\n'@SUM(1+1),1,");
    const rejects = readFileSync(rej, 'utf8');
    expect(rejects).toContain(",'+cmd|/C calc\r\n");
    expect(rejects).toContain(",'-2+3\r\n");
    // Every cell of every line: none starts with a formula character.
    for (const text of [csv, rejects]) {
      for (const line of text.replace(/^\ufeff/, '').split('\r\n')) {
        for (const cell of line.split(',')) expect(cell).not.toMatch(/^"?[=+@-]/);
      }
    }
    const x = await run(['dossiers', f, ...PERIOD, '--by', 'unit', '--format', 'xlsx', '--out', xlsx]);
    expect(x.code).toBe(0);
    const [sheet] = (await readXlsxFile(xlsx)) as unknown as { data: unknown[][] }[];
    const units = sheet!.data.map((row) => row[0]);
    expect(units).toContain('\'=HYPERLINK("http://x.invalid","Bấm vào đây")');
    expect(units).toContain("'@SUM(1+1)");
    const off = await run([
      'dossiers',
      f,
      ...PERIOD,
      '--by',
      'unit',
      '--format',
      'csv',
      '--no-escape-formulas',
    ]);
    expect(off.out).toContain('\r\n"=HYPERLINK(""http://x.invalid"",""Bấm vào đây"")",1,');
  });
});

describe('the rejects file reads back as it is written (issue 19)', () => {
  it('importing it again rejects the same rows for the same reasons; after a fix they pass', async () => {
    const dir = tmp();
    const rej = join(dir, 'loi.csv');
    const r = await run(['dossiers', ONE_STOP, ...PERIOD, '--rejects', rej]);
    expect(r.code).toBe(0);
    const first = await importDossiers(readFileSync(ONE_STOP));
    const again = await importDossiers(readFileSync(rej));
    // The fixture's rejected rows, by hand: line 7 (31/02/2026), line 9 (due before receipt),
    // line 11 (channel "Nộp qua Zalo").
    expect(first.rejections.map((x) => x.line)).toEqual([7, 9, 11]);
    expect(again.read).toBe(3);
    expect(again.valid).toBe(0);
    expect(again.rejections.map((x) => x.issues.map((i) => i.code))).toEqual(
      first.rejections.map((x) => x.issues.map((i) => i.code)),
    );
    // Corrected in place (as an official would in Excel), the file imports.
    const fixed = readFileSync(rej, 'utf8')
      .replace(',31/02/2026,', ',28/02/2026,')
      .replace(',01/03/2026,', ',04/03/2026,')
      .replace(',Nộp qua Zalo,', ',Trực tuyến,');
    const back = await importDossiers(fixed);
    expect([back.read, back.valid]).toEqual([3, 3]);
  });
});

describe('commands, options and files that are not what they seem (issue 19)', () => {
  it('constructor, __proto__, toString are no commands; --constructor no option', async () => {
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const r = await run([name, ONE_STOP, '--year', '2026']);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toContain(`không có lệnh «${name}»`);
    }
    const o = await run(['dossiers', ONE_STOP, '--year', '2026', '--constructor', 'x']);
    expect(o.code).toBe(2);
    expect(o.err).toContain('không có tùy chọn --constructor.');
  });

  it('an empty file, a BOM alone, blank lines: a notice and exit 1', async () => {
    const dir = tmp();
    for (const [name, content] of [
      ['rong.csv', ''],
      ['bom.csv', '\ufeff'],
      ['trang.csv', '\r\n\r\n   \r\n'],
    ] as const) {
      const f = join(dir, name);
      writeFileSync(f, content);
      const r = await run(['dossiers', f, '--year', '2026']);
      expect(r.code).toBe(1);
      expect(r.err).toContain('Tệp không có dòng dữ liệu nào');
      expect(r.out).toBe('');
    }
  });

  it('no valid row: a clear line and exit 1', async () => {
    const dir = tmp();
    const f = join(dir, 'hong.csv');
    writeFileSync(
      f,
      'Mã hồ sơ;Đơn vị tiếp nhận;Kênh thực hiện;Ngày nhận;Ngày hẹn trả\r\nA;UBND;Zalo;05/01/2026;08/01/2026\r\n',
    );
    const r = await run(['dossiers', f, '--year', '2026', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('None of the 1 rows read is valid: there are no figures to tally.');
  });
});

describe('formatTextTable is linear', () => {
  it('lays out 20,000 rows with the same result as row by row (each row padded to the column widths)', () => {
    const rows: (string | number)[][] = [['Đơn vị', 'Số']];
    for (let i = 0; i < 20_000; i++) rows.push([`Đơn vị ${i}`, i]);
    const t = formatTextTable(rows);
    const lines = t.trimEnd().split('\n');
    expect(lines).toHaveLength(20_002);
    expect(lines[2]).toBe(`Đơn vị 0${' '.repeat(10)}0`);
    expect(lines[20_001]).toBe('Đơn vị 19999  19999');
  });
});

describe('the command streams rejections to the file', () => {
  it('every row of an all-bad file reaches the rejects file', async () => {
    const dir = tmp();
    const f = join(dir, 'hong.csv');
    const rows = ['Mã hồ sơ;Đơn vị tiếp nhận;Kênh thực hiện;Ngày nhận;Ngày hẹn trả'];
    for (let i = 0; i < 5000; i++) rows.push(`HS-${i};UBND;Zalo;05/01/2026;08/01/2026`);
    writeFileSync(f, `${rows.join('\n')}\n`);
    const rej = join(dir, 'loi.csv');
    const r = await run(['dossiers', f, '--year', '2026', '--rejects', rej, '--workers', '1']);
    expect(r.code).toBe(1);
    const lines = readFileSync(rej, 'utf8').trimEnd().split('\r\n');
    expect(lines).toHaveLength(5001);
    expect(lines[5000]!.startsWith('5001,')).toBe(true);
    const t = await tallyDossierSource(readFileSync(rej), {
      period: customPeriod('2026-01-01', '2026-12-31'),
    });
    expect(t.summary.rejected).toBe(5000);
  }, 60_000);
});

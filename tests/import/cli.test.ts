import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { customPeriod, reportingPeriod } from '../../src/core/index';
import { importDocuments, importHouseholds, tallyDossierSource } from '../../src/import/index';
import { formatCsv, formatTextTable, runCli } from '../../src/node/index';

const FIX = 'tests/fixtures/import';

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    stderrIsTTY: false,
  });
  return { code, out, err };
}

describe('commune-kpi command (in-process; the built binary is checked by tests/consumer)', () => {
  it('prints the same tally and rates as the library, as JSON', async () => {
    const r = await run([
      'dossiers',
      `${FIX}/dossiers-one-stop.csv`,
      '--period',
      '2026-01-01..2026-03-31',
      '--by',
      'unit,month',
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as {
      total: unknown;
      groups: unknown;
      rates: unknown;
      summary: { read: number };
    };
    const lib = await tallyDossierSource(readFileSync(`${FIX}/dossiers-one-stop.csv`), {
      period: customPeriod('2026-01-01', '2026-03-31'),
      by: ['unit', 'month'],
    });
    expect(json.total).toEqual(lib.total);
    expect(json.groups).toEqual(JSON.parse(JSON.stringify(lib.groups)));
    expect(json.rates).toEqual(JSON.parse(JSON.stringify(lib.rates)));
    expect(r.err).toContain('Đã đọc 8 dòng: 5 hợp lệ, 3 bị loại, 1 dòng trống.');
    expect(r.err).toContain('dòng 7: Trường «ngày hẹn trả» không phải ngày có thật');
  });

  it('--quarter uses reportingPeriod with the chosen cut-off', async () => {
    const r = await run([
      'dossiers',
      `${FIX}/dossiers-one-stop.csv`,
      '--quarter',
      '2026Q1',
      '--cutoff',
      'calendar',
      '--format',
      'json',
    ]);
    const json = JSON.parse(r.out) as { period: unknown; total: unknown };
    expect(json.period).toEqual(
      reportingPeriod({ kind: 'quarter', year: 2026, quarter: 1 }, { cutoff: 'calendar' }),
    );
    const r2 = await run([
      'dossiers',
      `${FIX}/dossiers-one-stop.csv`,
      '--month',
      '2026-03',
      '--format',
      'json',
    ]);
    expect((JSON.parse(r2.out) as { period: { start: string; end: string } }).period).toMatchObject({
      start: '2026-02-15',
      end: '2026-03-14',
    });
  });

  it('writes CSV to --out and every rejected row to --rejects', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ckpi-'));
    const out = join(dir, 'ket-qua.csv');
    const rej = join(dir, 'loi.csv');
    const r = await run([
      'dossiers',
      `${FIX}/dossiers-one-stop.csv`,
      '--period',
      '2026-01-01..2026-03-31',
      '--by',
      'unit',
      '--format',
      'csv',
      '--out',
      out,
      '--rejects',
      rej,
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    const csv = readFileSync(out, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]!.startsWith('unit,received,carriedOver,newReceived,')).toBe(true);
    expect(lines[1]!.startsWith('UBND xã Hành Thiện,1,0,1,')).toBe(true);
    expect(lines[2]!.startsWith('UBND xã Phổ Phong,4,1,3,')).toBe(true);
    expect(lines[3]!.startsWith('Total,5,1,4,')).toBe(true);
    const rejects = readFileSync(rej, 'utf8').slice(1).trimEnd().split('\r\n');
    expect(rejects[0]).toBe('line,field,column,value,code,message,raw');
    expect(rejects.slice(1).map((l) => l.split(',').slice(0, 5).join(','))).toEqual([
      '7,dueDate,Ngày hẹn trả,31/02/2026,vn.invalid_date',
      '9,dueDate,Ngày hẹn trả,01/03/2026,vn.dossier.due_before_received',
      '11,channel,Kênh thực hiện,Nộp qua Zalo,vn.invalid_value',
    ]);
    expect(r.err).toContain('Read 8 rows: 5 valid, 3 rejected, 1 blank rows.');
  });

  it('prints a table with the period label', async () => {
    const r = await run([
      'dossiers',
      `${FIX}/dossiers-one-stop.csv`,
      '--period',
      '2026-01-01..2026-03-31',
      '--by',
      'unit',
    ]);
    expect(r.out.split('\n')[0]).toBe('Kỳ báo cáo: từ ngày 01/01/2026 đến ngày 31/03/2026');
    expect(r.out).toContain('Tổng cộng');
    expect(r.out).toContain('66,67%');
  });

  it('runs the household, personnel and document commands on their exports', async () => {
    const h = await run([
      'households',
      `${FIX}/households-review.csv`,
      '--as-of',
      '2024-10-10',
      '--area',
      'rural',
      '--format',
      'json',
    ]);
    expect(h.code).toBe(0);
    const hj = JSON.parse(h.out) as { tally: { all: { households: number } }; summary: { valid: number } };
    expect(hj.summary.valid).toBe(
      (await importHouseholds(readFileSync(`${FIX}/households-review.csv`), { area: 'rural' })).valid,
    );
    expect(hj.tally.all.households).toBe(2);
    const x = await run([
      'households',
      `${FIX}/households-review.xlsx`,
      '--as-of',
      '2024-10-10',
      '--area',
      'rural',
    ]);
    expect(x.code).toBe(0);
    expect(x.err).toContain('Đã đọc 3 dòng: 2 hợp lệ, 1 bị loại.');
    const p = await run([
      'personnel',
      `${FIX}/personnel-roster.csv`,
      '--as-of',
      '2024-06-14',
      '--format',
      'json',
    ]);
    expect((JSON.parse(p.out) as { headcount: { total: number } }).headcount.total).toBe(2);
    const d = await run([
      'documents',
      `${FIX}/documents-incoming.csv`,
      '--electronic',
      'yes',
      '--agency-signature',
      'yes',
      '--signer-signature',
      'no',
      '--format',
      'json',
    ]);
    const dj = JSON.parse(d.out) as { tally: { incoming: number; incomingElectronic: number } };
    const lib = await importDocuments(readFileSync(`${FIX}/documents-incoming.csv`), {
      electronic: true,
      agencySignature: true,
      signerSignature: false,
    });
    expect(dj.tally.incoming).toBe(lib.valid);
    expect(dj.tally.incomingElectronic).toBe(2);
  });

  it('has complete help in Vietnamese and English, and exits 2 on bad arguments', async () => {
    const vi = await run(['--help']);
    const en = await run(['--help', '--lang', 'en']);
    expect(vi.code).toBe(0);
    expect(vi.out).toContain('Cách dùng:');
    expect(en.out).toContain('Usage:');
    for (const opt of [
      '--period',
      '--month',
      '--quarter',
      '--year',
      '--cutoff',
      '--by',
      '--format',
      '--out',
      '--rejects',
      '--max-errors',
      '--separator',
      '--sheet',
      '--columns',
      '--lang',
      '--as-of',
      '--area',
      '--direction',
    ]) {
      expect(vi.out).toContain(opt);
      expect(en.out).toContain(opt);
    }
    expect((await run(['dossiers', `${FIX}/dossiers-one-stop.csv`])).code).toBe(2);
    expect((await run(['dossiers', `${FIX}/dossiers-one-stop.csv`, '--month', '2026-13'])).code).toBe(2);
    expect(
      (await run(['dossiers', `${FIX}/dossiers-one-stop.csv`, '--year', '2026', '--bogus', '1'])).code,
    ).toBe(2);
    expect((await run(['nothing', 'x'])).code).toBe(2);
    const missing = await run(['dossiers', `${FIX}/no-such-file.csv`, '--year', '2026']);
    expect(missing.code).toBe(1);
  });

  it('formats CSV and tables', () => {
    expect(
      formatCsv([
        ['Đơn vị', 'Ghi chú'],
        ['UBND xã A', 'có "ngoặc", phẩy'],
      ]),
    ).toBe('Đơn vị,Ghi chú\r\nUBND xã A,"có ""ngoặc"", phẩy"\r\n');
    expect(
      formatTextTable([
        ['Đơn vị', 'Số hồ sơ'],
        ['UBND xã A', 12],
      ]),
    ).toBe('Đơn vị     Số hồ sơ\n---------  --------\nUBND xã A        12\n');
  });
});

describe('commune-kpi dossiers --workers', () => {
  it('gives the same output with one thread or several, and rejects a bad count', async () => {
    const argv = [
      'dossiers',
      `${FIX}/dossiers-one-stop.csv`,
      '--quarter',
      '2026Q1',
      '--cutoff',
      'calendar',
      '--format',
      'json',
    ];
    const one = await run([...argv, '--workers', '1']);
    const two = await run([...argv, '--workers', '2']);
    expect([one.code, two.code]).toEqual([0, 0]);
    expect(two.out).toBe(one.out);
    expect(JSON.parse(one.out).summary.rejected).toBe(3);
    for (const bad of ['0', '-1', '1.5', 'abc']) {
      const r = await run([...argv, '--workers', bad]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/--workers must be a positive integer/);
    }
  });
});

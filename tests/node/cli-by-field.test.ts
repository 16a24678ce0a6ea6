import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { customPeriod } from '../../src/core/index';
import { type Dossier, tallyDossiersBy } from '../../src/dossier/index';
import { tallyDossierSource } from '../../src/import/index';
import { runCli } from '../../src/node/index';

// A one-stop export with a field NAME column only (no "Mã lĩnh vực"), as one-stop books print it.
const NAME_ONLY = [
  'Mã hồ sơ;Đơn vị tiếp nhận;Lĩnh vực;Kênh thực hiện;Trạng thái;Ngày nhận;Ngày hẹn trả;Ngày trả kết quả',
  'HS-1;UBND xã A;Hộ tịch;Trực tiếp;Đã trả kết quả;05/01/2026 08:00:00;08/01/2026;07/01/2026 10:00:00',
  'HS-2;UBND xã A;Hộ tịch;Trực tuyến;Đang xử lý;06/01/2026 08:00:00;09/01/2026;',
  'HS-3;UBND xã A;Chứng thực;Trực tiếp;Đã trả kết quả;07/01/2026 08:00:00;07/01/2026;07/01/2026 15:00:00',
  'HS-4;UBND xã A;;Trực tiếp;Đang xử lý;08/01/2026 08:00:00;12/01/2026;',
  '',
].join('\r\n');

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

describe('--by field on an export with field names only (issue 16)', () => {
  const period = customPeriod('2026-01-01', '2026-03-31');

  it('tallyDossiersBy groups by the field name when there is no field code, the code when there is', () => {
    const base = {
      unit: 'UBND xã A',
      channel: 'direct',
      status: 'received',
      receivedAt: '2026-01-05',
      dueDate: '2026-01-08',
    } as const;
    const ds = [
      { ...base, code: '1', fieldName: 'Hộ tịch' },
      { ...base, code: '2', fieldName: 'Hộ tịch' },
      { ...base, code: '3', fieldCode: 'CT', fieldName: 'Chứng thực' },
      { ...base, code: '4' },
    ] as unknown as Dossier[];
    const groups = tallyDossiersBy(ds, period, { by: ['field'] });
    // By hand: '' (HS 4), 'CT' (HS 3, its code wins over its name), 'Hộ tịch' (HS 1, 2).
    expect(groups.map((g) => [g.key.field, g.tally.received])).toEqual([
      ['', 1],
      ['CT', 1],
      ['Hộ tịch', 2],
    ]);
  });

  it('tallyDossierSource (the byte fast path) keys by the name too', async () => {
    const r = await tallyDossierSource(new TextEncoder().encode(NAME_ONLY), { period, by: ['field'] });
    expect(r.summary.valid).toBe(4);
    expect(r.groups.map((g) => [g.key.field, g.tally.received])).toEqual([
      ['', 1],
      ['Chứng thực', 1],
      ['Hộ tịch', 2],
    ]);
    const t = await tallyDossierSource(NAME_ONLY, { period, by: ['field'] });
    expect(t.groups.map((g) => g.key.field)).toEqual(['', 'Chứng thực', 'Hộ tịch']);
  });

  it('the command shows one row per field name and says how many dossiers have no field', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ckpi-field-'));
    const f = join(dir, 'so-theo-doi.csv');
    writeFileSync(f, NAME_ONLY);
    const r = await run([
      'dossiers',
      f,
      '--period',
      '2026-01-01..2026-03-31',
      '--by',
      'field',
      '--format',
      'csv',
    ]);
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split('\r\n');
    expect(lines.map((l) => l.split(',').slice(0, 2).join(','))).toEqual([
      'Lĩnh vực,Tiếp nhận',
      '(không có),1',
      'Chứng thực,1',
      'Hộ tịch,2',
      'Tổng cộng,4',
    ]);
    expect(r.err).toContain(
      '1 hồ sơ không có lĩnh vực («Mã lĩnh vực» / «Lĩnh vực» trống hoặc tệp không có cột này): xếp vào nhóm «(không có)».',
    );
  });
});

/**
 * Issue 19, duplicate dossier codes: a code already seen on an earlier valid row is named in the
 * notice `vn.import.duplicate_code` (how many rows, the first one's line and the line its code
 * was first on) on every entry, the fast path on bytes, the general path, the worker threads and
 * the command; the rows stay counted, as the export has them.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importDossiers, tallyDossierSource } from '../../src/import/index';
import { runCli, tallyDossierFile } from '../../src/node/index';
import { cleanEntries, Q1, throughEveryEntry } from './_entries';

afterAll(cleanEntries);
const dir = mkdtempSync(join(tmpdir(), 'ckpi-dup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEAD = 'Mã hồ sơ;Đơn vị tiếp nhận;Kênh thực hiện;Trạng thái;Ngày nhận;Ngày hẹn trả';
const row = (code: string, day = 5): string =>
  `${code};UBND xã A;Trực tiếp;Đang xử lý;${String(day).padStart(2, '0')}/01/2026;27/02/2026`;

describe('duplicate dossier codes (issue 19)', () => {
  // Lines: 1 header, 2 H1, 3 H2, 4 " H1 " (the same code once trimmed), 5 H3, 6 H2, 7 Hồ-1 (NFD), 8 Hồ-1 (NFC)
  const file = [
    HEAD,
    row('H1'),
    row('H2'),
    row(' H1 '),
    row('H3'),
    row('H2'),
    row('Ho\u0302\u0300-1'),
    row('H\u1ed3-1'),
    '',
  ].join('\r\n');

  it('every entry: the notice with 3 repeats, the first at line 4 (of line 2); every row counted', async () => {
    for (const chunk of [1, 7, 64, 4096]) {
      for (const r of await throughEveryEntry(file, chunk)) {
        expect({
          entry: r.entry,
          chunk,
          read: r.summary.read,
          valid: r.summary.valid,
          notices: r.notices,
        }).toEqual({
          entry: r.entry,
          chunk,
          read: 7,
          valid: 7,
          notices: ['vn.import.duplicate_code'],
        });
      }
    }
    const t = await importDossiers(file, { locale: 'en' });
    expect(t.notices[0]!.params).toEqual({ count: 3, line: 4, first: 2 });
    expect(t.notices[0]!.message).toBe(
      '3 rows repeat a dossier code already seen on an earlier row (the first: line 4, same code as line 2); they are still counted, check the export.',
    );
    const v = await tallyDossierSource(file, { period: Q1 });
    expect(v.summary.notices[0]!.message).toBe(
      '3 dòng có mã hồ sơ đã gặp ở một dòng trước (dòng đầu tiên như vậy: dòng 4, trùng mã với dòng 2); các dòng này vẫn được tính, hãy kiểm tra tệp xuất.',
    );
    expect(v.total.received).toBe(7);
  });

  it('distinct codes: no notice', async () => {
    const f = [HEAD, row('H1'), row('H2'), row('H10'), row('h1'), ''].join('\n');
    for (const r of await throughEveryEntry(f, 5)) expect(r.notices).toEqual([]);
  });

  it('a rejected row does not make a later one a repeat', async () => {
    const f = [HEAD, `H1;UBND xã A;Trực tiếp;Đang xử lý;05/01/2026;31/02/2026`, row('H1'), ''].join('\n');
    for (const r of await throughEveryEntry(f, 3)) {
      expect({ entry: r.entry, valid: r.summary.valid, notices: r.notices }).toEqual({
        entry: r.entry,
        valid: 1,
        notices: [],
      });
    }
  });

  it('JSON records: the same notice', async () => {
    const json = JSON.stringify([
      {
        code: 'J1',
        unit: 'A',
        channel: 'direct',
        status: 'processing',
        receivedAt: '2026-01-05',
        dueDate: '2026-01-20',
      },
      {
        code: 'J1',
        unit: 'A',
        channel: 'direct',
        status: 'processing',
        receivedAt: '2026-01-06',
        dueDate: '2026-01-20',
      },
    ]);
    const r = await importDossiers(json);
    expect(r.rows.length).toBe(2);
    expect(r.notices.map((n) => [n.code, n.params])).toEqual([
      ['vn.import.duplicate_code', { count: 1, line: 1, first: 1 }],
    ]);
  });

  // Rows of a big file, so that tallyDossierFile splits it between threads (minPartBytes small).
  const big = (repeatAt: readonly [number, number][]): { text: string; lines: number } => {
    const lines = [HEAD];
    const codeOf = new Map<number, number>(repeatAt.map(([at, of]) => [at, of]));
    for (let i = 1; i <= 6000; i++) lines.push(row(`K${codeOf.get(i) ?? i}`, 1 + (i % 28)));
    return { text: `${lines.join('\n')}\n`, lines: lines.length };
  };

  it('worker threads: repeats within a part and across parts, lines of the whole file', async () => {
    // Data row i is on line i + 1. Row 5900 repeats row 3 (across parts), row 20 repeats row 10
    // (within the first part), row 5990 repeats row 5950 (within the last part).
    const { text } = big([
      [5900, 3],
      [20, 10],
      [5990, 5950],
    ]);
    const f = join(dir, 'big.csv');
    writeFileSync(f, text);
    for (const workers of [1, 2, 3]) {
      const r = await tallyDossierFile(f, { period: Q1, workers, minPartBytes: 50_000, chunkSize: 8192 });
      expect({
        workers,
        read: r.summary.read,
        notices: r.summary.notices.map((n) => [n.code, n.params]),
      }).toEqual({
        workers,
        read: 6000,
        notices: [['vn.import.duplicate_code', { count: 3, line: 21, first: 11 }]],
      });
    }
    const only = big([[5900, 3]]);
    writeFileSync(f, only.text);
    const r = await tallyDossierFile(f, { period: Q1, workers: 3, minPartBytes: 50_000, chunkSize: 8192 });
    expect(r.summary.notices.map((n) => n.params)).toEqual([{ count: 1, line: 5901, first: 4 }]);
  });

  /** The notice for 3 repeats, the first on line 4 repeating line 2's code, written out by hand. */
  const EXPECTED_NOTICE = {
    vi: '3 dòng có mã hồ sơ đã gặp ở một dòng trước (dòng đầu tiên như vậy: dòng 4, trùng mã với dòng 2); các dòng này vẫn được tính, hãy kiểm tra tệp xuất.',
    en: '3 rows repeat a dossier code already seen on an earlier row (the first: line 4, same code as line 2); they are still counted, check the export.',
  } as const;
  it('the command: the notice in the chosen language, exit 0', async () => {
    const f = join(dir, 'dup.csv');
    writeFileSync(f, file);
    for (const lang of ['vi', 'en'] as const) {
      let err = '';
      const code = await runCli(['dossiers', f, '--period', '2026-01-01..2026-03-31', '--lang', lang], {
        stdout: () => undefined,
        stderr: (t) => (err += t),
        stderrIsTTY: false,
      });
      expect(code).toBe(0);
      expect(err).toContain(EXPECTED_NOTICE[lang]);
    }
  });
});

/**
 * Issue 19, counts past 2^53: a number cell (CSV text, an Excel number, a JSON number) whose value
 * is past `Number.MAX_SAFE_INTEGER` (2^53 − 1 = 9 007 199 254 740 991) rejects its row with
 * `vn.import.unsafe_number`, instead of being read as the nearest double (9007199254740993 →
 * 9007199254740992, a figure that is not in the file). `parseVietnameseNumber` keeps the exact
 * string and says `numberInexact` when its `number` is rounded. The command's integer options
 * refuse such a value.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { collectImport, type DomainImporter, importHouseholds } from '../../src/import/index';
import { runCli } from '../../src/node/index';
import { parseVietnameseNumber } from '../../src/report/index';

// A domain of the test's own: a code and a count checked only as a number (z.number()), so that
// nothing but the importer can stop a rounded value.
const counts: DomainImporter<{ code: string; count: number }> = {
  columns: {
    domain: 'dossier',
    fields: [
      { field: 'code', headers: ['Mã'], kind: 'code', required: true },
      { field: 'count', headers: ['Số lượng'], kind: 'number', required: true },
    ],
  },
  schema: z.object({ code: z.string().min(1), count: z.number() }),
  catalogs: [],
};

describe('numbers past 2^53 (issue 19)', () => {
  it('CSV text: 2^53 + 1 (grouped or not) rejected with the code; 2^53 − 1 read exactly', async () => {
    const csv = [
      'Mã;Số lượng',
      'A;9007199254740991',
      'B;9007199254740993',
      'C;9.007.199.254.740.993',
      'D;-9007199254740993',
      'E;9007199254740992',
      'F;12',
      '',
    ].join('\n');
    const r = await collectImport(csv, counts, { locale: 'en' });
    expect(r.rows).toEqual([
      { code: 'A', count: 9007199254740991 },
      { code: 'F', count: 12 },
    ]);
    expect(
      r.rejections.map((x) => [x.line, x.issues[0]!.code, x.issues[0]!.column, x.issues[0]!.value]),
    ).toEqual([
      [3, 'vn.import.unsafe_number', 'Số lượng', '9007199254740993'],
      [4, 'vn.import.unsafe_number', 'Số lượng', '9.007.199.254.740.993'],
      [5, 'vn.import.unsafe_number', 'Số lượng', '-9007199254740993'],
      [6, 'vn.import.unsafe_number', 'Số lượng', '9007199254740992'],
    ]);
    expect(r.rejections[0]!.issues[0]!.message).toBe(
      'Field "count" holds 9007199254740993, past 9,007,199,254,740,991 (2^53 − 1): it cannot be read exactly, so the row is not used.',
    );
    const vi = await collectImport(csv, counts);
    expect(vi.rejections[0]!.issues[0]!.message).toBe(
      'Trường «count» có số 9007199254740993 vượt quá 9.007.199.254.740.991 (2^53 − 1): số này không đọc được chính xác, dòng không được dùng.',
    );
  });

  it('a spreadsheet number and a JSON number past 2^53: the same rejection', async () => {
    const t = await collectImport(
      {
        table: [
          ['Mã', 'Số lượng'],
          ['A', 2 ** 53 + 2],
          ['B', 7],
        ],
      },
      counts,
    );
    expect(t.rows).toEqual([{ code: 'B', count: 7 }]);
    expect(t.rejections.map((x) => x.issues[0]!.code)).toEqual(['vn.import.unsafe_number']);
    const j = await collectImport('[{"Mã":"A","Số lượng":9007199254740993},{"Mã":"B","Số lượng":5}]', counts);
    expect(j.rows).toEqual([{ code: 'B', count: 5 }]);
    expect(j.rejections.map((x) => [x.line, x.issues[0]!.code, x.issues[0]!.path])).toEqual([
      [1, 'vn.import.unsafe_number', 'count'],
    ]);
  });

  it('households: a member count past 2^53 is named as such', async () => {
    const csv = 'Mã hộ;Họ tên chủ hộ;Số nhân khẩu\nH1;Nguyễn Văn A;9007199254740993\n';
    const r = await importHouseholds(csv);
    expect(r.rejections.map((x) => x.issues.map((i) => i.code))).toEqual([['vn.import.unsafe_number']]);
  });

  it('parseVietnameseNumber: the exact string, and numberInexact when number is rounded', () => {
    const p = parseVietnameseNumber('9007199254740993');
    expect([p?.value, p?.number, p?.numberInexact]).toEqual(['9007199254740993', 9007199254740992, true]);
    const g = parseVietnameseNumber('9.007.199.254.740.993 hộ');
    expect([g?.value, g?.numberInexact]).toEqual(['9007199254740993', true]);
    expect(parseVietnameseNumber('9007199254740991')?.numberInexact).toBeUndefined();
    expect(parseVietnameseNumber('3.971')?.numberInexact).toBeUndefined();
    expect(parseVietnameseNumber('0,5%')?.numberInexact).toBeUndefined();
  });

  it('the command: --max-errors 9007199254740993 is refused (exit 2), not read as 9007199254740992', async () => {
    let err = '';
    const code = await runCli(
      [
        'dossiers',
        'tests/fixtures/import/dossiers-one-stop.csv',
        '--period',
        '2026-01-01..2026-03-31',
        '--max-errors',
        '9007199254740993',
        '--lang',
        'en',
      ],
      { stdout: () => undefined, stderr: (t) => (err += t), stderrIsTTY: false },
    );
    expect(code).toBe(2);
    expect(err).toContain('9007199254740993');
  });
});

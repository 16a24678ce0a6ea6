/**
 * Issue 19, shifted values: a CSV row whose cell count differs from the header's is rejected
 * `vn.import.cell_count` (extra blank cells, as trailing separators, are kept), on every entry.
 * Spreadsheet rows keep their columns, so a short table row is not checked.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { messageFor } from '../../src/core/messages';
import { importDossiers } from '../../src/import/index';
import { IMPORT_MESSAGES } from '../../src/import/messages';
import { cleanEntries, throughEveryEntry } from './_entries';

afterAll(cleanEntries);

const H = [
  'Mã hồ sơ',
  'Đơn vị tiếp nhận',
  'Kênh thực hiện',
  'Trạng thái',
  'Địa chỉ',
  'Ngày nhận',
  'Ngày hẹn trả',
  'Ngày hẹn lại',
  'Ngày kết thúc xử lý',
  'Ngày trả kết quả',
];
const ok = [
  'H0',
  'UBND xã A',
  'Trực tuyến',
  'Đang xử lý',
  'Thôn 1',
  '01/03/2026 08:00',
  '05/03/2026',
  '10/03/2026',
  '',
  '',
];
// The address is missing: every value after it moves one column left, and the row would still
// be a valid dossier received on its due date (05/03) and due on its new date (10/03).
const shifted = [
  'H1',
  'UBND xã A',
  'Trực tuyến',
  'Đang xử lý',
  '01/03/2026 08:00',
  '05/03/2026',
  '10/03/2026',
  '',
  '',
];
const trailing = [...ok.map((c, i) => (i === 0 ? 'H2' : c)), '', ' '];
const extra = [...ok.map((c, i) => (i === 0 ? 'H3' : c)), 'x'];

describe('cell count against the header (issue 19)', () => {
  it('9 cells under 10 headers: rejected cell_count, not a dossier with shifted dates', async () => {
    const file = `${[H, ok, shifted, trailing, extra].map((r) => r.join(',')).join('\n')}\n`;
    for (const chunk of [1, 17, 4096]) {
      for (const r of await throughEveryEntry(file, chunk)) {
        expect({ entry: r.entry, ...r.summary }).toEqual({
          entry: r.entry,
          read: 4,
          valid: 2,
          rejected: 2,
          blank: 0,
        });
        expect(r.rejections).toEqual([
          { line: 3, codes: ['vn.import.cell_count'] },
          { line: 5, codes: ['vn.import.cell_count'] },
        ]);
      }
    }
  }, 60_000);

  it('says how many cells, in Vietnamese and English', async () => {
    const r = await importDossiers(`${[H, shifted].map((x) => x.join(';')).join('\n')}\n`, { locale: 'en' });
    expect(r.rejections[0]!.issues[0]).toMatchObject({
      code: 'vn.import.cell_count',
      params: { expected: 10, found: 9 },
      message:
        'The row has 9 cells but the header has 10 columns: its values may be shifted, so it is not used.',
    });
    expect(messageFor('vn.import.cell_count', { expected: 10, found: 9 }, 'vi', [IMPORT_MESSAGES])).toBe(
      'Dòng có 9 ô nhưng tiêu đề có 10 cột: các giá trị có thể đã lệch cột, dòng không được dùng.',
    );
  });

  it('a spreadsheet row without its trailing empty cells is read as it is', async () => {
    const r = await importDossiers({ table: [H, ok.slice(0, 8)], format: 'xlsx' });
    expect([r.read, r.valid]).toEqual([1, 1]);
  });
});

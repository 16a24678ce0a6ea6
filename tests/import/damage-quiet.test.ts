/**
 * Issue 19, the quieter ones: a file without a data row says so (`vn.import.no_data_rows`) on
 * every entry, instead of a silent table of zeros.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cleanEntries, throughEveryEntry } from './_entries';

afterAll(cleanEntries);

describe('no data rows (issue 19)', () => {
  const cases: [string, string][] = [
    ['an empty file', ''],
    ['a byte-order mark alone', '\ufeff'],
    ['blank lines', '\r\n\r\n\n \n'],
    ['separators only', ';;;\n;;;\n'],
    ['a header alone', 'Mã hồ sơ;Đơn vị tiếp nhận;Kênh thực hiện;Trạng thái;Ngày nhận;Ngày hẹn trả\r\n'],
    ['an empty JSON array', '[]'],
  ];
  for (const [name, text] of cases) {
    it(`${name}: read 0 and the notice`, async () => {
      for (const r of await throughEveryEntry(text, 2)) {
        expect({ entry: r.entry, read: r.summary.read, notices: r.notices }).toEqual({
          entry: r.entry,
          read: 0,
          notices: ['vn.import.no_data_rows'],
        });
      }
    });
  }
});

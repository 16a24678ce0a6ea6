/**
 * Issue 19, rows invented and rows swallowed: a quoted cell longer than the field limit is one
 * record marked `field_too_long`; an unclosed quote is `unclosed_quote` and takes no other row,
 * even when a later row has quotes; the same for an unterminated string in a JSON array. The
 * field limit is measured in characters on the text and the byte paths alike.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/import/index';
import { cleanEntries, throughEveryEntry } from './_entries';

afterAll(cleanEntries);

const H = 'Mã hồ sơ,Đơn vị tiếp nhận,Kênh thực hiện,Trạng thái,Ngày nhận,Ngày hẹn trả,Ghi chú';
const row = (i: number, note = ''): string =>
  `H${i},UBND xã A,Trực tuyến,Đang xử lý,02/03/2026 08:15,05/03/2026,${note}`;

describe('a quoted cell longer than the field limit (issue 19)', () => {
  // 9,000 lines in a 108,000-character note: before, read 18,000 (9,002 per note in the issue).
  const note = Array.from({ length: 9000 }, (_, i) => `dòng ${i}`)
    .join('\n')
    .padEnd(108_000, 'y');
  const file = `${[H, row(1, `"${note}"`), row(2, `"${note}"`), row(3)].join('\n')}\n`;
  it('is one record, rejected field_too_long, on every entry and chunk size', async () => {
    for (const chunk of [997, 65_536, 1 << 20]) {
      for (const r of await throughEveryEntry(file, chunk)) {
        expect({ entry: r.entry, ...r.summary }).toEqual({
          entry: r.entry,
          read: 3,
          valid: 1,
          rejected: 2,
          blank: 0,
        });
        // Line 2, then 9,000 lines later.
        expect(r.rejections).toEqual([
          { line: 2, codes: ['vn.import.field_too_long'] },
          { line: 9002, codes: ['vn.import.field_too_long'] },
        ]);
      }
    }
  }, 60_000);
});

describe('an unclosed quote (issue 19)', () => {
  it('takes no later row, even when later rows quote their addresses', async () => {
    const file = `${[H, row(1, '"Thôn 1, xã A"'), row(2, '"Thôn 2, xã A'), row(3, '"Thôn 3, xã A"'), row(4, 'x')].join('\n')}\n`;
    for (const chunk of [1, 5, 64, 4096]) {
      for (const r of await throughEveryEntry(file, chunk)) {
        expect({ entry: r.entry, ...r.summary }).toEqual({
          entry: r.entry,
          read: 4,
          valid: 3,
          rejected: 1,
          blank: 0,
        });
        expect(r.rejections).toEqual([{ line: 3, codes: ['vn.import.unclosed_quote'] }]);
      }
    }
  }, 60_000);

  it('in a middle column: rejected unclosed_quote, not an invalid instant', async () => {
    const h = 'Mã hồ sơ,Địa chỉ,Đơn vị tiếp nhận,Kênh thực hiện,Trạng thái,Ngày nhận,Ngày hẹn trả';
    const r2 = (i: number, a: string) =>
      `H${i},${a},UBND xã A,Trực tuyến,Đang xử lý,02/03/2026 08:15,05/03/2026`;
    const file = `${[h, r2(1, '"Thôn 1, xã A"'), r2(2, '"Thôn 2, xã A'), r2(3, '"Thôn 3, xã A"'), r2(4, 'x')].join('\r\n')}\r\n`;
    for (const r of await throughEveryEntry(file, 7)) {
      expect({ entry: r.entry, ...r.summary }).toEqual({
        entry: r.entry,
        read: 4,
        valid: 3,
        rejected: 1,
        blank: 0,
      });
      expect(r.rejections[0]!.codes[0]).toBe('vn.import.unclosed_quote');
    }
  }, 60_000);

  it('a quoted field that spans lines and closes properly is still one field', () => {
    expect(parseCsv('a,"b\nc",d\ne,f,g\n').map((r) => r.fields)).toEqual([
      ['a', 'b\nc', 'd'],
      ['e', 'f', 'g'],
    ]);
  }, 60_000);
});

describe('an unterminated string in a JSON array (issue 19)', () => {
  const el = (i: number, addr = `"Thôn ${i}"`) =>
    `{"code":"H${i}","unit":"UBND xã A","channel":"online","status":"processing","receivedAt":"2026-03-02T08:15:00+07:00","dueDate":"2026-03-05","address":${addr}}`;
  it('ends its element at the line end; the next elements count', async () => {
    const files = [
      `[\n${[el(1), el(2, '"Thôn 2, xã A}'), el(3), el(4)].join(',\n')}\n]\n`,
      `[\n${[el(1), el(2).replace('"UBND', 'UBND'), el(3), el(4)].join(',\n')}\n]\n`,
    ];
    for (const file of files) {
      for (const chunk of [3, 100, 4096]) {
        for (const r of await throughEveryEntry(file, chunk)) {
          expect({ entry: r.entry, ...r.summary }).toEqual({
            entry: r.entry,
            read: 4,
            valid: 3,
            rejected: 1,
            blank: 0,
          });
          expect(r.rejections).toEqual([{ line: 3, codes: ['vn.import.unclosed_quote'] }]);
        }
      }
    }
  }, 60_000);

  it('pretty-printed: reading resumes at the next element', async () => {
    const file = `[\n  {\n    "code": "H1",\n    "unit": "UBND xã A,\n    "channel": "online"\n  },\n  ${el(2)},\n  ${el(3)}\n]`;
    for (const r of await throughEveryEntry(file, 16)) {
      expect({ entry: r.entry, ...r.summary }).toEqual({
        entry: r.entry,
        read: 3,
        valid: 2,
        rejected: 1,
        blank: 0,
      });
      expect(r.rejections).toEqual([{ line: 2, codes: ['vn.import.unclosed_quote'] }]);
    }
  }, 60_000);
});

describe('the field limit is measured in characters on both paths (issue 19)', () => {
  // "ệ" is 3 bytes in UTF-8: 40 characters are 120 bytes.
  const at = (n: number) => `${[H, row(1, 'ệ'.repeat(n)), row(2, `"${'ệ'.repeat(n)}"`)].join('\n')}\n`;
  it('40 characters under a limit of 40 pass, 41 are too long, on every entry', async () => {
    for (const chunk of [1, 50, 4096]) {
      for (const r of await throughEveryEntry(at(40), chunk, { maxFieldLength: 40 })) {
        expect({ entry: r.entry, ...r.summary }).toEqual({
          entry: r.entry,
          read: 2,
          valid: 2,
          rejected: 0,
          blank: 0,
        });
      }
      for (const r of await throughEveryEntry(at(41), chunk, { maxFieldLength: 40 })) {
        expect({ entry: r.entry, ...r.summary }).toEqual({
          entry: r.entry,
          read: 2,
          valid: 0,
          rejected: 2,
          blank: 0,
        });
        expect(r.rejections.map((x) => x.codes)).toEqual([
          ['vn.import.field_too_long'],
          ['vn.import.field_too_long'],
        ]);
      }
    }
  }, 60_000);
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvByteReader } from '../../src/import/csvBytes';
import {
  CsvReader,
  type CsvRecord,
  detectCsvSeparator,
  parseCsv,
  readCsvBatches,
} from '../../src/import/index';

function viaChunks(text: string, size: number): CsvRecord[] {
  const r = new CsvReader({ separator: ',' });
  const out: CsvRecord[] = [];
  for (let i = 0; i < text.length; i += size) r.push(text.slice(i, i + size), (x) => out.push(x));
  r.end((x) => out.push(x));
  return out;
}

function viaBytes(text: string, size: number): CsvRecord[] {
  const bytes = new TextEncoder().encode(text);
  const r = new CsvByteReader(',', 100_000);
  const out: CsvRecord[] = [];
  const onRow = (v: {
    line: number;
    fields(): string[];
    problem: 'unclosed_quote' | 'field_too_long' | undefined;
  }): void => {
    out.push(
      v.problem === undefined
        ? { line: v.line, fields: v.fields() }
        : { line: v.line, fields: v.fields(), problem: v.problem },
    );
  };
  for (let i = 0; i < bytes.length; i += size) r.push(bytes.subarray(i, i + size), onRow);
  r.end(onRow);
  return out;
}

describe('parseCsv', () => {
  it('reads quoted fields, doubled quotes, embedded CRLF, a BOM and the semicolon', () => {
    expect(parseCsv('\ufeffMã hồ sơ;Ghi chú\r\nH1;"dòng 1\r\ndòng 2"\r\nH2;"nói ""có"""\r\n')).toEqual([
      { line: 1, fields: ['Mã hồ sơ', 'Ghi chú'] },
      { line: 2, fields: ['H1', 'dòng 1\r\ndòng 2'] },
      { line: 4, fields: ['H2', 'nói "có"'] },
    ]);
  });

  it('counts lines across LF, CRLF and lone CR, inside and outside quotes', () => {
    expect(parseCsv('a\rb\r\n"c\nd\re"\nf', { separator: ',' }).map((r) => r.line)).toEqual([1, 2, 3, 6]);
  });

  it('keeps the last record without a final newline, and empty fields', () => {
    expect(parseCsv('a,,b\n,\nc', { separator: ',' })).toEqual([
      { line: 1, fields: ['a', '', 'b'] },
      { line: 2, fields: ['', ''] },
      { line: 3, fields: ['c'] },
    ]);
  });

  it('reads back an unclosed quote as text up to its line end, losing no line after it', () => {
    expect(parseCsv('a,"bc\nd,e\nf,g\n', { separator: ',' })).toEqual([
      { line: 1, fields: ['a', '"bc'], problem: 'unclosed_quote' },
      { line: 2, fields: ['d', 'e'] },
      { line: 3, fields: ['f', 'g'] },
    ]);
  });

  it('keeps a stray quote inside a field as a character', () => {
    expect(parseCsv('ab"c,"x"y\n', { separator: ',' })).toEqual([{ line: 1, fields: ['ab"c', 'xy'] }]);
  });

  it('cuts a field longer than the limit and marks the record', () => {
    const r = parseCsv(`${'x'.repeat(50)},b\nc,d\n`, { separator: ',', maxFieldLength: 10 });
    expect(r[0]).toEqual({ line: 1, fields: ['x'.repeat(10), 'b'], problem: 'field_too_long' });
    expect(r[1]).toEqual({ line: 2, fields: ['c', 'd'] });
  });

  it('detects the separator from the first lines, outside quotes', () => {
    expect(detectCsvSeparator('a;b;c\n1;2;3')).toBe(';');
    expect(detectCsvSeparator('"a;b",c\n"1;2",3')).toBe(',');
    expect(detectCsvSeparator('a\tb\n1\t2')).toBe('\t');
    expect(detectCsvSeparator('TIÊU ĐỀ\n')).toBe(',');
  });

  it('rejects an unknown separator', () => {
    expect(() => parseCsv('a', { separator: '|' as ',' })).toThrow(RangeError);
  });

  it('streams from bytes split inside a multi-byte character', async () => {
    const bytes = new TextEncoder().encode('Đơn vị,Ngày\r\nUBND xã Phổ Phong,05/01/2026\r\n');
    const chunks = [bytes.subarray(0, 2), bytes.subarray(2, 17), bytes.subarray(17)];
    const out: CsvRecord[] = [];
    for await (const b of readCsvBatches(chunks)) out.push(...b);
    expect(out).toEqual([
      { line: 1, fields: ['Đơn vị', 'Ngày'] },
      { line: 2, fields: ['UBND xã Phổ Phong', '05/01/2026'] },
    ]);
  });
});

const csvText = fc
  .array(
    fc.oneof(
      fc.constantFrom(',', '"', '\n', '\r', '\r\n', '""', 'a', 'bc', 'Đ', 'ế', ' ', '😀'),
      fc.string({ maxLength: 4 }),
    ),
    { maxLength: 80 },
  )
  .map((parts) => parts.join(''));

describe('CSV reader invariants', () => {
  it('counts a CRLF inside quotes once when its CR ends one chunk and its LF opens the next', () => {
    // '"<CR><LF>"<CR><LF> ': the quoted field spans lines 1–2, the next record starts on line 3.
    const text = '"\r\n"\r\n ';
    const expected = [
      { line: 1, fields: ['\r\n'] },
      { line: 3, fields: [' '] },
    ];
    for (const size of [1, 2, 3, 100]) expect(viaChunks(text, size)).toEqual(expected);
  });

  it('gives the same records whatever the chunk size', () => {
    fc.assert(
      fc.property(csvText, fc.integer({ min: 1, max: 9 }), (text, size) => {
        expect(viaChunks(text, size)).toEqual(viaChunks(text, text.length + 1));
      }),
      { numRuns: 400 },
    );
  });

  it('the byte reader gives exactly the records and lines of the text reader', () => {
    fc.assert(
      fc.property(csvText, fc.integer({ min: 1, max: 9 }), (text, size) => {
        expect(viaBytes(text, size)).toEqual(viaChunks(text, text.length + 1));
      }),
      { numRuns: 400 },
    );
  });

  it('joining the fields back gives the text of a well-formed file', () => {
    const field = fc.string({ maxLength: 6 }).map((s) => s.replace(/[",\r\n]/g, ''));
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
        (rows) => {
          const text = rows.map((r) => r.join(',')).join('\n');
          expect(parseCsv(text, { separator: ',' }).map((r) => r.fields)).toEqual(rows);
        },
      ),
    );
  });
});

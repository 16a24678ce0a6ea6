/**
 * Issue 18: the text CSV reader on every shape (quoted fields, doubled quotes, line breaks inside
 * quotes, CR, CRLF, LF, one chunk or many, BOM), with the exact records expected written by hand,
 * and the text and byte readers compared on the same random input cut into random chunks.
 * (Its time is guarded by `bench/complexity.bench.ts`, never by a timed assertion here.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvByteReader, type CsvByteRowView } from '../../src/import/csvBytes';
import {
  CsvReader,
  type CsvRecord,
  type CsvSeparator,
  parseCsv,
  readCsvBatches,
} from '../../src/import/index';

const enc = new TextEncoder();

/** The text reader fed `text` cut at `cuts` (sorted offsets). */
function textIn(text: string, cuts: readonly number[], separator: CsvSeparator | 'auto' = ','): CsvRecord[] {
  const r = new CsvReader({ separator });
  const out: CsvRecord[] = [];
  const take = (x: CsvRecord): void => {
    out.push(x);
  };
  let at = 0;
  for (const c of [...cuts, text.length]) {
    const to = Math.min(Math.max(c, at), text.length);
    r.push(text.slice(at, to), take);
    at = to;
  }
  r.end(take);
  return out;
}

/** The byte reader fed the UTF-8 of `text` cut at `cuts` (sorted byte offsets). */
function bytesIn(bytes: Uint8Array, cuts: readonly number[], separator: CsvSeparator): CsvRecord[] {
  const r = new CsvByteReader(separator, 100_000);
  const out: CsvRecord[] = [];
  const take = (v: CsvByteRowView): void => {
    const base = { line: v.line, fields: v.fields() };
    out.push(v.problem === undefined ? base : { ...base, problem: v.problem });
  };
  let at = 0;
  for (const c of [...cuts, bytes.length]) {
    const to = Math.min(Math.max(c, at), bytes.length);
    r.push(bytes.subarray(at, to), take);
    at = to;
  }
  r.end(take);
  return out;
}

const every = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 1);

/** Each shape with the records read by hand from its text. */
const SHAPES: { name: string; text: string; records: CsvRecord[] }[] = [
  {
    name: 'LF, quoted address with a comma',
    text: 'H1,"Thôn 3, xã A",1\nH2,"Thôn 4, xã B",2\n',
    records: [
      { line: 1, fields: ['H1', 'Thôn 3, xã A', '1'] },
      { line: 2, fields: ['H2', 'Thôn 4, xã B', '2'] },
    ],
  },
  {
    name: 'doubled quotes',
    text: '"nói ""có""",""""\n"",x',
    records: [
      { line: 1, fields: ['nói "có"', '"'] },
      { line: 2, fields: ['', 'x'] },
    ],
  },
  {
    name: 'LF inside quotes',
    text: '"dòng 1\ndòng 2\n",a\nb,c\n',
    records: [
      { line: 1, fields: ['dòng 1\ndòng 2\n', 'a'] },
      { line: 4, fields: ['b', 'c'] },
    ],
  },
  {
    name: 'CRLF outside and inside quotes',
    text: 'a,"x\r\ny"\r\nb,"z"\r\n\r\nc,d',
    records: [
      { line: 1, fields: ['a', 'x\r\ny'] },
      { line: 3, fields: ['b', 'z'] },
      { line: 4, fields: [''] },
      { line: 5, fields: ['c', 'd'] },
    ],
  },
  {
    name: 'CR alone outside and inside quotes',
    text: 'a,"x\ry\r"\rb,c\r"d"',
    records: [
      { line: 1, fields: ['a', 'x\ry\r'] },
      { line: 4, fields: ['b', 'c'] },
      { line: 5, fields: ['d'] },
    ],
  },
  {
    name: 'mixed LF, CR, CRLF with quoted separators',
    text: '"1,2";3\n"4\r5";6\r\n7;"8;9"\r',
    records: [
      { line: 1, fields: ['1,2', '3'] },
      { line: 2, fields: ['4\r5', '6'] },
      { line: 4, fields: ['7', '8;9'] },
    ],
  },
];

describe('the text CSV reader on every shape (issue 18)', () => {
  for (const shape of SHAPES) {
    const sep: CsvSeparator = shape.name.startsWith('mixed') ? ';' : ',';
    it(`${shape.name}: one chunk`, () => {
      expect(textIn(shape.text, [], sep)).toEqual(shape.records);
    });
    it(`${shape.name}: one character per chunk`, () => {
      expect(textIn(shape.text, every(shape.text.length), sep)).toEqual(shape.records);
    });
    it(`${shape.name}: two chunks, cut anywhere`, () => {
      for (let c = 0; c <= shape.text.length; c++)
        expect(textIn(shape.text, [c], sep)).toEqual(shape.records);
    });
    it(`${shape.name}: with a BOM, through parseCsv and readCsvBatches`, async () => {
      expect(parseCsv(`\ufeff${shape.text}`, { separator: sep })).toEqual(shape.records);
      expect(parseCsv(enc.encode(`\ufeff${shape.text}`), { separator: sep })).toEqual(shape.records);
      const chars = [...`\ufeff${shape.text}`];
      const got: CsvRecord[] = [];
      for await (const b of readCsvBatches(chars, { separator: sep })) got.push(...b);
      expect(got).toEqual(shape.records);
    });
  }

  it('a quoted field of 300 lines fed one character at a time', () => {
    const body = Array.from({ length: 300 }, (_, i) => `dòng ${i}`).join('\n');
    const text = `a,"${body}"\nb,c\n`;
    expect(textIn(text, every(text.length))).toEqual([
      { line: 1, fields: ['a', body] },
      { line: 301, fields: ['b', 'c'] },
    ]);
  });

  it('detects the separator when the sample comes one character at a time', () => {
    const text = `${'a;b;c,d\n'.repeat(25)}x;y`;
    const r = new CsvReader();
    const out: CsvRecord[] = [];
    for (const ch of text) r.push(ch, (x) => out.push(x));
    r.end((x) => out.push(x));
    expect(r.separator).toBe(';');
    expect(out).toHaveLength(26);
    expect(out[0]).toEqual({ line: 1, fields: ['a', 'b', 'c,d'] });
    expect(out[25]).toEqual({ line: 26, fields: ['x', 'y'] });
  });
});

describe('text reader ≡ byte reader on the same input, cut into any chunks', () => {
  const piece = fc.constantFrom(
    ',',
    ';',
    '"',
    '""',
    '\n',
    '\r',
    '\r\n',
    'a',
    'Thôn',
    '"Thôn 3, xã A"',
    '"x\ny"',
    '"p\r\nq"',
    '😀',
    ' ',
  );
  const sorted = (cuts: number[], n: number): number[] => cuts.map((c) => c % (n + 1)).sort((a, b) => a - b);

  it('same records and lines for every chunking of either reader', () => {
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 80 }),
        fc.constantFrom<CsvSeparator>(',', ';'),
        fc.array(fc.nat(), { maxLength: 12 }),
        fc.array(fc.nat(), { maxLength: 12 }),
        (parts, sep, tc, bc) => {
          const text = parts.join('');
          const bytes = enc.encode(text);
          // Cut the text only between UTF-16 code points (a surrogate pair stays whole).
          const textCuts = sorted(tc, text.length).filter(
            (c) =>
              !(
                c > 0 &&
                c < text.length &&
                text.charCodeAt(c - 1) >= 0xd800 &&
                text.charCodeAt(c - 1) < 0xdc00
              ),
          );
          const fromText = textIn(text, textCuts, sep);
          expect(textIn(text, [], sep)).toEqual(fromText);
          expect(bytesIn(bytes, sorted(bc, bytes.length), sep)).toEqual(fromText);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('one character per chunk gives the records of one chunk', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('').replace(/😀/g, 'e');
        expect(textIn(text, every(text.length))).toEqual(textIn(text, []));
        expect(bytesIn(enc.encode(text), every(text.length), ',')).toEqual(textIn(text, []));
      }),
      { numRuns: 300 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvByteReader, type CsvByteRowView } from '../../src/import/csvBytes';
import { CsvReader, type CsvRecord, type CsvSeparator } from '../../src/import/index';

const enc = new TextEncoder();

interface Got extends CsvRecord {
  readonly offsets: boolean;
}

function record(v: CsvByteRowView, lineOffset = 0): Got {
  // Every field given by offsets must decode to the field's value.
  let offsets = true;
  for (let i = 0; i < v.count; i++) {
    const s = v.startOf(i);
    if (s >= 0 && new TextDecoder().decode(v.bytes.subarray(s, v.endOf(i))) !== v.value(i)) offsets = false;
  }
  const base = { line: v.line + lineOffset, fields: v.fields(), offsets };
  return v.problem === undefined ? base : { ...base, problem: v.problem };
}

function viaText(text: string, sep: CsvSeparator, max: number): Got[] {
  const r = new CsvReader({ separator: sep, maxFieldLength: max });
  const out: Got[] = [];
  const take = (x: CsvRecord) => out.push({ ...x, offsets: true });
  r.push(text, take);
  r.end(take);
  return out;
}

function viaBytes(bytes: Uint8Array, sep: CsvSeparator, max: number, cuts: readonly number[]): Got[] {
  const r = new CsvByteReader(sep, max);
  const out: Got[] = [];
  const take = (v: CsvByteRowView) => out.push(record(v));
  let at = 0;
  for (const c of [...cuts, bytes.length]) {
    const to = Math.min(Math.max(c, at), bytes.length);
    r.push(bytes.subarray(at, to), take);
    at = to;
  }
  r.end(take);
  return out;
}

const seps: CsvSeparator[] = [',', ';', '\t'];
/** ASCII pieces (so that the byte and character limits agree) with every structural character. */
const piece = fc.constantFrom(
  ',',
  ';',
  '\t',
  '"',
  '""',
  '\n',
  '\r',
  '\r\n',
  'a',
  'bc',
  'xyz12',
  ' ',
  '"q,"',
  '12/03/2026',
);
const csv = fc.array(piece, { maxLength: 120 }).map((p) => p.join(''));

describe('the byte reader ≡ the text reader', () => {
  it('same records, lines, problems and offsets, for any separator, chunking and field limit', () => {
    fc.assert(
      fc.property(
        csv,
        fc.constantFrom(...seps),
        fc.constantFrom(3, 8, 100_000),
        fc.array(fc.nat(), { maxLength: 6 }),
        (text, sep, max, cuts) => {
          const bytes = enc.encode(text);
          const sorted = [...cuts].map((c) => c % (bytes.length + 1)).sort((a, b) => a - b);
          expect(viaBytes(bytes, sep, max, sorted)).toEqual(viaText(text, sep, max));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('with Vietnamese text, a BOM and long records', () => {
    const vi = fc.constantFrom(
      'Đã trả kết quả',
      'UBND xã Phổ Phong',
      '"Thôn 1, xã A"',
      ',',
      ';',
      '\n',
      '\r\n',
      '"',
      '😀',
    );
    fc.assert(
      fc.property(fc.array(vi, { maxLength: 200 }), fc.constantFrom(...seps), fc.nat(), (parts, sep, cut) => {
        const text = parts.join('');
        const bytes = enc.encode(`\ufeff${text}`);
        expect(viaBytes(bytes, sep, 100_000, [cut % (bytes.length + 1)])).toEqual(
          viaText(text, sep, 100_000),
        );
      }),
      { numRuns: 1000 },
    );
  });
});

describe('reading a file in parts cut after a line feed', () => {
  it('a clean part end continues with a fresh reader; an unclean one from the pending record', () => {
    fc.assert(
      fc.property(csv, fc.constantFrom(...seps), fc.nat(), (text, sep, at) => {
        const bytes = enc.encode(text);
        const lfs: number[] = [];
        bytes.forEach((c, i) => {
          if (c === 10) lfs.push(i + 1);
        });
        fc.pre(lfs.length > 0);
        const cut = lfs[at % lfs.length]!;
        const whole = viaBytes(bytes, sep, 100_000, []);
        const a = new CsvByteReader(sep, 100_000);
        const out: Got[] = [];
        a.push(bytes.subarray(0, cut), (v) => out.push(record(v)));
        const start = a.clean ? cut : a.pendingStart;
        const lines = a.clean ? a.linesRead : a.pendingLine - 1;
        if (a.clean) expect(a.pendingStart).toBe(cut);
        const b = new CsvByteReader(sep, 100_000, false);
        b.push(bytes.subarray(start), (v) => out.push(record(v, lines)));
        b.end((v) => out.push(record(v, lines)));
        expect(out).toEqual(whole);
      }),
      { numRuns: 3000 },
    );
  });
});

/**
 * Issue 19 (JSON Lines on one long line) and issue 18 (linear readers): the JSON readers keep an
 * open line or element as pieces and scan each chunk once. Their records must not depend on how
 * the text is cut; their time is guarded by `bench/complexity.bench.ts`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type JsonRecord, readJsonArrayBatches, readJsonLinesBatches } from '../../src/import/index';

async function all(gen: AsyncGenerator<JsonRecord[]>): Promise<JsonRecord[]> {
  const out: JsonRecord[] = [];
  for await (const b of gen) out.push(...b);
  return out;
}

function cut(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

describe('JSON Lines, a line longer than many chunks', () => {
  it('reads a 300 000-character line cut into 1 000-character chunks as one value, on its line', async () => {
    const note = 'x'.repeat(300_000);
    const text = `{"a":1}\n{"note":"${note}"}\n\n{"a":3}`;
    const got = await all(readJsonLinesBatches(cut(text, 1000)));
    expect(got).toEqual([
      { line: 1, value: { a: 1 } },
      { line: 2, value: { note } },
      { line: 4, value: { a: 3 } },
    ]);
  });

  it('a broken long last line without a newline is one error record, its text cut to 200', async () => {
    const text = `{"a":1}\n{"b":"${'y'.repeat(5000)}`;
    const got = await all(readJsonLinesBatches(cut(text, 7)));
    expect(got).toHaveLength(2);
    expect(got[1]!.line).toBe(2);
    expect(got[1]!.error).toBeTypeOf('string');
    expect(got[1]!.text).toBe(`{"b":"${'y'.repeat(194)}`);
  });
});

describe('JSON array, an element longer than many chunks', () => {
  it('reads a 300 000-character element cut into 1 000-character chunks', async () => {
    const note = 'z'.repeat(300_000);
    const text = `[\n{"a":1},\n{"note":"${note}","q":"]},["},\n{"a":3}\n]`;
    const got = await all(readJsonArrayBatches(cut(text, 1000)));
    expect(got).toEqual([
      { line: 2, value: { a: 1 } },
      { line: 3, value: { note, q: ']},[' } },
      { line: 4, value: { a: 3 } },
    ]);
  });
});

describe('the JSON readers give the same records however the text is cut', () => {
  const value = fc.oneof(
    fc.integer(),
    fc.string({ maxLength: 8 }),
    fc.dictionary(fc.string({ maxLength: 4 }), fc.oneof(fc.integer(), fc.string({ maxLength: 6 })), {
      maxKeys: 3,
    }),
    fc.array(fc.string({ maxLength: 4 }), { maxLength: 3 }),
  );
  it('JSON Lines: each line is JSON.parse of the line', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(value, { maxLength: 12 }),
        fc.integer({ min: 1, max: 40 }),
        async (vals, size) => {
          const text = vals.map((v) => JSON.stringify(v)).join('\n');
          const expected = vals.map((v, i) => ({
            line: i + 1,
            value: JSON.parse(JSON.stringify(v)) as unknown,
          }));
          expect(await all(readJsonLinesBatches(cut(text, size)))).toEqual(expected);
        },
      ),
      { numRuns: 200 },
    );
  });
  it('JSON array: each element is JSON.parse of the element', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(value, { maxLength: 12 }),
        fc.integer({ min: 1, max: 40 }),
        async (vals, size) => {
          const text = `[\n${vals.map((v) => JSON.stringify(v)).join(',\n')}\n]`;
          const expected = vals.map((v, i) => ({
            line: i + 2,
            value: JSON.parse(JSON.stringify(v)) as unknown,
          }));
          expect(await all(readJsonArrayBatches(cut(text, size)))).toEqual(expected);
        },
      ),
      { numRuns: 200 },
    );
  });
});

/**
 * Issue 19, the property: `read` equals the data rows of the file, always. Generated exports with
 * every fault kind (bench/gen-damaged.ts, whose writer counts the records it writes), read
 * through every entry at every chunk size from 1 byte up; the valid rows are the clean ones.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { DAMAGE_KINDS, type DamagedRow, writeDamaged } from '../../bench/gen-damaged';
import { cleanEntries, throughEveryEntry } from './_entries';

afterAll(cleanEntries);

const rowArb: fc.Arbitrary<DamagedRow> = fc.record({
  kind: fc.constantFrom(...DAMAGE_KINDS),
  blankBefore: fc.constantFrom(0, 0, 0, 0, 1, 2),
  n: fc.integer({ min: 1, max: 99_999 }),
});

describe('read equals the records written (issue 19)', () => {
  it('every fault kind, every entry, chunk sizes from 1 byte', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(rowArb, { minLength: 1, maxLength: 25 }),
        fc.record({
          sep: fc.constantFrom<',' | ';'>(',', ';'),
          eol: fc.constantFrom<'\n' | '\r\n'>('\n', '\r\n'),
          bom: fc.boolean(),
          maxFieldLength: fc.integer({ min: 40, max: 120 }),
        }),
        fc.integer({ min: 1, max: 400 }),
        async (rows, layout, chunk) => {
          const { text, records, valid } = writeDamaged(rows, layout);
          for (const r of await throughEveryEntry(text, chunk, { maxFieldLength: layout.maxFieldLength })) {
            expect({ entry: r.entry, read: r.summary.read, valid: r.summary.valid }).toEqual({
              entry: r.entry,
              read: records,
              valid,
            });
            expect(r.summary.read).toBe(r.summary.valid + r.summary.rejected);
          }
        },
      ),
      { numRuns: 60 },
    );
  }, 300_000);

  it('chunk sizes 1 to 64 on one file with every kind', async () => {
    const rows = DAMAGE_KINDS.map((kind, i) => ({ kind, blankBefore: i % 3 === 0 ? 1 : 0, n: 100 + i }));
    const layout = { sep: ',', eol: '\r\n', bom: true, maxFieldLength: 60 } as const;
    const { text, records, valid } = writeDamaged(rows, layout);
    expect(records).toBe(DAMAGE_KINDS.length);
    for (let chunk = 1; chunk <= 64; chunk++) {
      for (const r of await throughEveryEntry(text, chunk, { maxFieldLength: 60 })) {
        expect({ entry: r.entry, chunk, read: r.summary.read, valid: r.summary.valid }).toEqual({
          entry: r.entry,
          chunk,
          read: records,
          valid,
        });
      }
    }
  }, 300_000);
});

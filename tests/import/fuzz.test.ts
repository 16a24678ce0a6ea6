import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { customPeriod } from '../../src/core/index';
import { tallyDossiers, tallyDossiersBy } from '../../src/dossier/index';
import { importDossiers, importHouseholds, parseCsv, tallyDossierSource } from '../../src/import/index';

const Q1 = customPeriod('2026-01-01', '2026-03-31');
const base = new TextDecoder().decode(readFileSync('tests/fixtures/import/dossiers-one-stop.csv')).slice(1);
const headerEnd = base.indexOf('\r\n', base.indexOf('STT;')) + 2;
const head = base.slice(0, headerEnd);
const body = base.slice(headerEnd);

/** One random corruption of the data part of the file. */
const corruption = fc.oneof(
  // Truncate: cut a span out.
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 40 }) }),
  // A stray quote, separator, CR or LF.
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.constantFrom('"', ';', '\r', '\n', '""', '"\n'),
  }),
  // A wrong type or an impossible date in place of some characters.
  fc.record({
    kind: fc.constant('replace' as const),
    at: fc.nat(),
    len: fc.integer({ min: 1, max: 12 }),
    text: fc.constantFrom(
      '31/02/2026',
      '99/99/9999',
      'abc',
      '-1',
      '2026-13-01',
      '00/00/0000',
      'Đã',
      '😀',
      '',
    ),
  }),
  // A huge field.
  fc.record({
    kind: fc.constant('huge' as const),
    at: fc.nat(),
    len: fc.integer({ min: 100_001, max: 150_000 }),
  }),
);

interface Op {
  readonly kind: string;
  readonly at: number;
  readonly len?: number;
  readonly text?: string;
}

function corrupt(text: string, ops: readonly Op[]): string {
  let t = text;
  for (const op of ops) {
    const at = t.length === 0 ? 0 : op.at % (t.length + 1);
    if (op.kind === 'cut') t = t.slice(0, at) + t.slice(at + (op.len ?? 1));
    else if (op.kind === 'insert' || op.kind === 'replace') {
      t = t.slice(0, at) + (op.text ?? '') + t.slice(at + (op.kind === 'replace' ? (op.len ?? 0) : 0));
    } else t = `${t.slice(0, at)}${'x'.repeat(op.len ?? 1)}${t.slice(at)}`;
  }
  return t;
}

describe('random corruption of a valid export', () => {
  it('never throws, never loses a row, and the fast tally agrees with the full path', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(corruption, { minLength: 1, maxLength: 6 }), async (ops) => {
        const text = head + corrupt(body, ops);
        const r = await importDossiers(text);
        expect(r.read).toBe(r.valid + r.rejected);
        expect(r.rows.length).toBe(r.valid);
        expect(r.rejections.length).toBe(r.rejected);
        // Every record the tokenizer sees after the three top rows is a data row or a blank one.
        const records = parseCsv(text, { separator: ';' }).length - 3;
        expect(r.read + r.blank).toBe(records);
        for (const x of r.rejections) expect(x.issues.length).toBeGreaterThan(0);
        // Lines increase and stay within the file.
        const lines = [...r.rowLines, ...r.rejections.map((x) => x.line)].sort((a, b) => a - b);
        const total = text.split(/\r\n|\r|\n/).length;
        for (let i = 1; i < lines.length; i++) expect(lines[i]).toBeGreaterThan(lines[i - 1]!);
        if (lines.length > 0) expect(lines[lines.length - 1]).toBeLessThanOrEqual(total);
        // The byte-level fast path counts and classifies exactly as the schema path.
        const t = await tallyDossierSource(new TextEncoder().encode(text), {
          period: Q1,
          by: ['unit', 'month'],
        });
        expect([t.summary.read, t.summary.valid, t.summary.rejected, t.summary.blank]).toEqual([
          r.read,
          r.valid,
          r.rejected,
          r.blank,
        ]);
        expect(t.total).toEqual(tallyDossiers(r.rows, Q1));
        expect(t.groups.map(({ key, tally }) => ({ key, tally }))).toEqual(
          tallyDossiersBy(r.rows, Q1, { by: ['unit', 'month'] }),
        );
        expect(t.rejections.map((x) => x.line)).toEqual(r.rejections.map((x) => x.line));
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('stops at maxErrors or reads to the end, with the totals adding up', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(corruption, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 4 }),
        async (ops, max) => {
          const text = head + corrupt(body, ops);
          const r = await importDossiers(text, { maxErrors: max });
          expect(r.read).toBe(r.valid + r.rejected);
          expect(r.rejected).toBeLessThanOrEqual(max);
          if (!r.stopped) expect(r.rejected).toBeLessThan(max);
        },
      ),
      { numRuns: 100 },
    );
  }, 60_000);

  it('corrupted JSON Lines and arrays never throw and lose no element', async () => {
    const json = readFileSync('tests/fixtures/import/dossiers-sync.json', 'utf8');
    const jsonl = readFileSync('tests/fixtures/import/dossiers.jsonl', 'utf8');
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          corruption.filter((c) => c.kind !== 'huge'),
          { minLength: 1, maxLength: 5 },
        ),
        async (ops) => {
          for (const text of [corrupt(json, ops), corrupt(jsonl, ops)]) {
            const r = await importDossiers(text);
            expect(r.read).toBe(r.valid + r.rejected);
          }
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);

  it('corrupted two-row-header household exports never throw', async () => {
    const hh = readFileSync('tests/fixtures/import/households-review.csv', 'utf8');
    const cut = hh.indexOf('\n', hh.indexOf('\n') + 1) + 1;
    await fc.assert(
      fc.asyncProperty(fc.array(corruption, { minLength: 1, maxLength: 5 }), async (ops) => {
        const text = hh.slice(0, cut) + corrupt(hh.slice(cut), ops);
        const r = await importHouseholds(text, { area: 'urban' });
        expect(r.read).toBe(r.valid + r.rejected);
        expect(r.read + r.blank).toBe(parseCsv(text, { separator: ',' }).length - 2);
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});

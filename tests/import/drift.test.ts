/**
 * Drift tests: every fast path (the byte-level tally, the object check before the schema) gives
 * exactly what the schema path alone gives — the same total, groups, rejections and line numbers —
 * over generated exports in every form and with every fault.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { customPeriod } from '../../src/core/index';
import { DossierTallyAccumulator } from '../../src/dossier/accumulator';
import { type Dossier, tallyDossiers, tallyDossiersBy } from '../../src/dossier/index';
import { byteChunks } from '../../src/import/csvBytes';
import { dossierDomain } from '../../src/import/dossier';
import { tallyCsvFast } from '../../src/import/dossierFast';
import { createPipeline } from '../../src/import/importer';
import {
  type ImportRejection,
  importDossiers,
  streamImport,
  type TallyDossierSourceOptions,
  tallyDossierSource,
} from '../../src/import/index';
import { FAULTS, FORMS, fileArb, type GenFile, writeFile } from './_gen';

const Q1 = customPeriod('2026-01-01', '2026-03-31');

/** The schema-only reference: the text reader, the mapping and the schema, every fast hook off. */
async function reference(text: string, options: TallyDossierSourceOptions) {
  const { fastValid: _off, ...domain } = dossierDomain(options);
  const stream = streamImport(text, domain, options);
  const rows: Dossier[] = [];
  const lines: number[] = [];
  const rejections: ImportRejection[] = [];
  for await (const b of stream) {
    rows.push(...b.valid);
    lines.push(...b.validLines);
    rejections.push(...b.rejected);
  }
  const by = options.by ?? [];
  return {
    summary: stream.summary,
    rows,
    lines,
    rejections,
    total: tallyDossiers(rows, options.period, options),
    groups: by.length === 0 ? [] : tallyDossiersBy(rows, options.period, { ...options, by }),
  };
}

const shape = (r: ImportRejection) => ({
  line: r.line,
  index: r.index,
  raw: r.raw,
  issues: r.issues.map((i) => [i.path, i.code, i.column, i.value]),
});

const byArb = fc.constantFrom<TallyDossierSourceOptions['by']>(
  [],
  ['unit', 'month'],
  ['procedure', 'field', 'channel'],
  ['month'],
  ['channel', 'unit'],
);

async function compare(g: GenFile, by: TallyDossierSourceOptions['by'], reappointed: boolean) {
  const text = writeFile(g);
  const options: TallyDossierSourceOptions = {
    period: Q1,
    by: by ?? [],
    keepRejections: 1e9,
    ...(reappointed ? { reappointment: 'reappointed' as const } : {}),
  };
  const ref = await reference(text, options);
  // Nothing lost.
  expect(ref.summary.read).toBe(ref.summary.valid + ref.summary.rejected);
  // 1. The byte-level tally.
  const fast = await tallyDossierSource(new TextEncoder().encode(text), options);
  expect([fast.summary.read, fast.summary.valid, fast.summary.rejected, fast.summary.blank]).toEqual([
    ref.summary.read,
    ref.summary.valid,
    ref.summary.rejected,
    ref.summary.blank,
  ]);
  expect(fast.summary.headerLine).toBe(ref.summary.headerLine);
  expect(fast.summary.derived).toEqual(ref.summary.derived);
  expect(fast.summary.notices).toEqual(ref.summary.notices);
  expect(fast.total).toEqual(ref.total);
  expect(fast.groups.map(({ key, tally }) => ({ key, tally }))).toEqual(ref.groups);
  expect(fast.rejections.map(shape)).toEqual(ref.rejections.map(shape));
  // 1b. The same with only the first two rejections kept: the others are counted, not built.
  const lazy = await tallyDossierSource(new TextEncoder().encode(text), { ...options, keepRejections: 2 });
  expect(lazy.summary).toEqual(fast.summary);
  expect(lazy.total).toEqual(fast.total);
  expect(lazy.rejections.map(shape)).toEqual(ref.rejections.slice(0, 2).map(shape));
  // 2. The object check before the schema (importDossiers).
  const all = await importDossiers(text, options);
  expect(all.rows).toEqual(ref.rows);
  expect(all.rowLines).toEqual(ref.lines);
  expect(all.rejections.map(shape)).toEqual(ref.rejections.map(shape));
  return { ref, text };
}

describe('fast paths ≡ the schema path', () => {
  it('on generated exports in every form, layout, quoting, separator and line end, with every fault', async () => {
    await fc.assert(
      fc.asyncProperty(fileArb, byArb, fc.boolean(), async (g, by, re) => {
        await compare(g, by, re);
      }),
      { numRuns: 400 },
    );
  }, 120_000);

  it('on each form and each fault on its own', async () => {
    for (const form of FORMS) {
      for (const fault of [null, ...FAULTS]) {
        const g = fc.sample(fileArb, {
          seed: FORMS.indexOf(form) * 100 + FAULTS.indexOf(fault as never),
          numRuns: 1,
        })[0]!;
        const rows = fc
          .sample(fileArb, { seed: 7, numRuns: 1 })[0]!
          .rows.slice(0, 6)
          .map((r, i) => ({ ...r, fault: i === 2 ? fault : null }));
        for (const layout of ['with-outcome', 'no-status-outcome'] as const) {
          const { ref } = await compare({ ...g, form, layout, rows }, ['unit', 'month'], false);
          if (fault === null) expect(ref.summary.rejected).toBe(0);
        }
      }
    }
  }, 120_000);

  it('a valid export in every form is counted entirely by the byte path, never by the schema', async () => {
    for (const form of FORMS) {
      for (const quote of ['none', 'all'] as const) {
        const g = fc.sample(fileArb, { seed: 11, numRuns: 1 })[0]!;
        const rows = fc
          .sample(fileArb, { seed: 12, numRuns: 1 })[0]!
          .rows.map((r) => ({ ...r, fault: null }));
        for (const layout of ['full', 'minimal', 'with-outcome'] as const) {
          const text = writeFile({ ...g, form, layout, rows, quote });
          const options: TallyDossierSourceOptions = { period: Q1, by: ['unit', 'month'] };
          const pipe = createPipeline(dossierDomain(options), options);
          let schemaRows = 0;
          const process = pipe.processRecords;
          (pipe as { processRecords: typeof process }).processRecords = (list, start) => {
            schemaRows += list.length;
            return process(list, start);
          };
          const acc = new DossierTallyAccumulator(Q1, options);
          const rejected: unknown[] = [];
          await tallyCsvFast(byteChunks(text), pipe, acc, options, (r) => rejected.push(r));
          expect([schemaRows, rejected.length, pipe.state.valid], `${form} ${quote} ${layout}`).toEqual([
            0,
            0,
            rows.length,
          ]);
        }
      }
    }
  });
});

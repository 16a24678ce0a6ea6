import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';

// The dual-package hazard: an app whose dependencies load both the ESM build and the CommonJS build
// of this package has two copies of every module, so two WorkingCalendar classes. A calendar built
// by one copy must work with the deadline functions of the other. The builds are made here from
// src/ the way tsup makes dist/ (one ESM bundle, one CJS bundle), so the test needs no prior build;
// tests/consumer/run.mjs checks the same on the packed tarball.
type CalendarModule = typeof import('../../src/calendar/index');

const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'commune-kpi-dual-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function bundle(format: 'esm' | 'cjs'): Promise<string> {
  const outfile = join(dir, `calendar.${format === 'esm' ? 'mjs' : 'cjs'}`);
  await build({
    entryPoints: [join(root, 'src/calendar/index.ts')],
    bundle: true,
    format,
    platform: 'neutral',
    outfile,
    logLevel: 'silent',
  });
  return outfile;
}

describe('ESM and CJS builds loaded together (issue 13)', () => {
  it('a calendar of one build works with the deadline functions of the other', async () => {
    const esm = (await import(pathToFileURL(await bundle('esm')).href)) as CalendarModule;
    const cjs = createRequire(import.meta.url)(await bundle('cjs')) as CalendarModule;
    // Two copies really are loaded: the classes differ, so `instanceof` cannot tell them apart.
    expect(esm.WorkingCalendar).not.toBe(cjs.WorkingCalendar);
    const fromEsm = esm.createWorkingCalendar({ fromYear: 2025, toYear: 2027 });
    const fromCjs = cjs.createWorkingCalendar({ fromYear: 2025, toYear: 2027 });
    expect(fromEsm instanceof cjs.WorkingCalendar).toBe(false);
    // Received Tuesday 10/02/2026, 5 working days: Tết Bính Ngọ is 14–22/02 (Sat 14 to Sun 22, the
    // official 2026 schedule), so the days are 11, 12, 13, 23, 24 → due 24/02/2026.
    const limit = { amount: 5, unit: 'working-days' } as const;
    expect(cjs.computeDueDate(fromEsm, '2026-02-10', limit)).toBe('2026-02-24');
    expect(esm.computeDueDate(fromCjs, '2026-02-10', limit)).toBe('2026-02-24');
    // And the functions built on computeDueDate.
    // No due date given: it is derived from the limit (24/02); finished 25/02 is one working day late.
    const dossier = { receivedAt: '2026-02-10', finishedAt: '2026-02-25' };
    expect(cjs.dossierLateness(fromEsm, dossier, { limit })).toMatchObject({
      dueDate: '2026-02-24',
      workingDaysLate: 1,
    });
    // The tables are plain frozen data, equal between the builds.
    expect(Object.isFrozen(fromEsm.tables)).toBe(true);
    expect(Object.isFrozen(fromEsm.tables.working)).toBe(true);
    expect(fromEsm.tables).toEqual(fromCjs.tables);
  });

  it('still refuses what is not a calendar', async () => {
    const cjs = createRequire(import.meta.url)(await bundle('cjs')) as CalendarModule;
    const limit = { amount: 1, unit: 'working-days' } as const;
    expect(() => cjs.computeDueDate({} as never, '2026-02-10', limit)).toThrow(TypeError);
    expect(() => cjs.computeDueDate({ tables: {} } as never, '2026-02-10', limit)).toThrow(/WorkingCalendar/);
  });
});

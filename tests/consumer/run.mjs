// Consumer check: pack the package, install the tarball into a throwaway project, and use it from
// `import` and `require`, with types checked under module resolution node16 (ESM and CJS).
// Run after `npm run build`: node tests/consumer/run.mjs
import { execFileSync, execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'commune-kpi-consumer-'));
const run = (cmd, cwd = dir) =>
  execSync(cmd, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
try {
  const tarball = run(`npm pack --silent --pack-destination "${dir}"`, root).trim().split('\n').pop();
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const zodVersion = pkg.devDependencies.zod;
  const tsVersion = pkg.devDependencies.typescript;
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'commonjs' }),
  );
  run(
    `npm install --no-audit --no-fund --prefer-offline "${join(dir, tarball)}" "zod@${zodVersion}" "typescript@${tsVersion}"`,
  );

  writeFileSync(
    join(dir, 'esm.mts'),
    `import { ratio, formatRatio, type Ratio } from 'commune-kpi/core';
import { DossierFiguresSchema, type DossierTally, emptyDossierTally } from 'commune-kpi/dossier';
import * as root from 'commune-kpi';
const r: Ratio = ratio(635593, 643272);
const t: DossierTally = emptyDossierTally();
export function neverCalled(): unknown {
  // @ts-expect-error a Ratio has no 'percent' field: the types are real, not any
  return r.percent;
}
const ok: string = formatRatio(r);
if (ok !== '98,81%' || t.received !== 0 || typeof root.tallyDossiers !== 'function') throw new Error('esm failed');
if (DossierFiguresSchema.safeParse({ resolved: 3927, resolvedEarlyOrOnTime: 3008, resolvedLate: 22 }).success) throw new Error('esm schema failed');
console.log('esm ok', ok);
`,
  );
  writeFileSync(
    join(dir, 'cjs.cts'),
    `import core = require('commune-kpi/core');
import dossier = require('commune-kpi/dossier');
const r: core.Ratio = core.ratio(4157, 4169);
const s: string = core.formatRatio(r, { locale: 'en' });
export function neverCalled(): string {
  // @ts-expect-error formatRatio takes a Ratio, not a number
  return core.formatRatio(0.5);
}
if (s !== '99.71%' || typeof dossier.tallyDossiers !== 'function') throw new Error('cjs failed');
console.log('cjs ok', s);
`,
  );
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        module: 'node16',
        moduleResolution: 'node16',
        strict: true,
        target: 'es2022',
        outDir: 'out',
        skipLibCheck: false,
        types: [],
      },
      files: ['esm.mts', 'cjs.cts'],
    }),
  );
  execFileSync(join(dir, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], { cwd: dir, stdio: 'inherit' });
  process.stdout.write(run('node out/esm.mjs'));
  process.stdout.write(run('node out/cjs.cjs'));
  // Plain JavaScript consumers, no TypeScript in between.
  writeFileSync(
    join(dir, 'plain.cjs'),
    "const { ratio, formatRatio } = require('commune-kpi');\nconsole.log('require ok', formatRatio(ratio(1, 3)));\n",
  );
  writeFileSync(
    join(dir, 'plain.mjs'),
    "import { ratio, formatRatio } from 'commune-kpi';\nconsole.log('import ok', formatRatio(ratio(1, 3)));\n",
  );
  process.stdout.write(run('node plain.cjs'));
  process.stdout.write(run('node plain.mjs'));
  // Both builds in one process (the dual-package hazard, issue 13): a calendar made by the ESM
  // build goes to the deadline functions of the CJS build and back.
  writeFileSync(
    join(dir, 'dual.mjs'),
    `import * as esm from 'commune-kpi/calendar';
import { createRequire } from 'node:module';
const cjs = createRequire(import.meta.url)('commune-kpi/calendar');
if (esm.WorkingCalendar === cjs.WorkingCalendar) throw new Error('only one build was loaded');
const limit = { amount: 5, unit: 'working-days' };
const a = cjs.computeDueDate(esm.createWorkingCalendar(), '2026-02-10', limit);
const b = esm.computeDueDate(cjs.createWorkingCalendar(), '2026-02-10', limit);
if (a !== '2026-02-24' || b !== '2026-02-24') throw new Error('dual builds: ' + a + ' ' + b);
console.log('esm + cjs calendars together ok', a);
`,
  );
  process.stdout.write(run('node dual.mjs'));
  // The JSON Schema files, through package.json#exports, from import (with attributes) and require.
  writeFileSync(
    join(dir, 'schema.mjs'),
    `import schema from 'commune-kpi/schemas/dossier/DossierSchema.json' with { type: 'json' };
import { createRequire } from 'node:module';
const again = createRequire(import.meta.url)('commune-kpi/schemas/dossier/DossierTallySchema.json');
if (typeof schema.$schema !== 'string' || typeof again.properties?.received !== 'object') throw new Error('schemas failed');
console.log('schemas ok', Object.keys(schema.properties).length, 'dossier fields');
`,
  );
  process.stdout.write(run('node schema.mjs'));
  // read-excel-file is an optional peer: not installed here, so the Node entry loads without it
  // and reading a workbook says what to install.
  writeFileSync(
    join(dir, 'xlsx.mjs'),
    `import { readXlsxTable } from 'commune-kpi/node';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
if (existsSync('node_modules/read-excel-file')) throw new Error('read-excel-file was installed although optional');
// Node also looks in the node_modules of every folder above this one (/tmp/node_modules, …).
let found = null;
try {
  found = createRequire(import.meta.resolve('commune-kpi/node')).resolve('read-excel-file/node');
} catch {}
if (found !== null) {
  console.log('optional peer: not installed here, but Node finds one above this folder (' + found + '): the missing-package error is checked by tests/node/optional-peer.test.ts only');
  process.exit(0);
}
try {
  await readXlsxTable(${JSON.stringify(join(root, 'tests/fixtures/import/households-review.xlsx'))});
  throw new Error('readXlsxTable worked without read-excel-file');
} catch (e) {
  if (!/npm install read-excel-file/.test(e.message)) throw e;
  console.log('optional peer ok:', e.message);
}
`,
  );
  process.stdout.write(run('node xlsx.mjs'));
  // The command, through npx from the fresh install, against the library on the same file.
  const fixture = join(root, 'tests/fixtures/import/dossiers-one-stop.csv');
  const cliOut = JSON.parse(
    run(
      `npx --no-install commune-kpi dossiers "${fixture}" --period 2026-01-01..2026-03-31 --by unit,month --format json`,
    ),
  );
  writeFileSync(
    join(dir, 'lib.mjs'),
    `import { customPeriod } from 'commune-kpi/core';
import { tallyDossierSource } from 'commune-kpi/import';
import { openImportFile } from 'commune-kpi/node';
const r = await tallyDossierSource(await openImportFile(${JSON.stringify(fixture)}), {
  period: customPeriod('2026-01-01', '2026-03-31'),
  by: ['unit', 'month'],
});
console.log(JSON.stringify({ total: r.total, groups: r.groups.map((g) => ({ key: g.key, tally: g.tally })), read: r.summary.read, rejected: r.summary.rejected }));
`,
  );
  const lib = JSON.parse(run('node lib.mjs'));
  const cliView = {
    total: cliOut.total,
    groups: cliOut.groups.map((g) => ({ key: g.key, tally: g.tally })),
    read: cliOut.summary.read,
    rejected: cliOut.summary.rejected,
  };
  if (JSON.stringify(cliView) !== JSON.stringify(lib)) {
    throw new Error(
      `npx commune-kpi differs from the library:\n${JSON.stringify(cliView)}\n${JSON.stringify(lib)}`,
    );
  }
  console.log(
    `npx commune-kpi ok: ${lib.read} rows read, ${lib.rejected} rejected, ${lib.groups.length} groups, same as the library`,
  );
  console.log('consumer check passed');
} finally {
  rmSync(dir, { recursive: true, force: true });
}

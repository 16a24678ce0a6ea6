import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { entries } from '../tsup.config';

const root = join(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  exports: Record<string, unknown>;
  dependencies?: Record<string, string>;
  peerDependencies: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  devDependencies: Record<string, string>;
};
const typedoc = JSON.parse(readFileSync(join(root, 'typedoc.json'), 'utf8')) as { entryPoints: string[] };
const domains = readdirSync(join(root, 'src'), { withFileTypes: true })
  .filter((e) => e.isDirectory() && !e.name.startsWith('_'))
  .map((e) => e.name)
  .sort();

describe('package layout stays in step', () => {
  it('every src folder is a subpath in exports, tsup and TypeDoc', () => {
    const subpaths = Object.keys(pkg.exports)
      .filter((k) => k !== '.' && k !== './package.json' && !k.startsWith('./schemas/'))
      .map((k) => k.slice(2))
      .sort();
    expect(subpaths).toEqual(domains);
    expect(
      Object.keys(entries)
        .filter((k) => k !== 'index')
        .map((k) => k.replace('/index', ''))
        .sort(),
    ).toEqual(domains);
    expect(typedoc.entryPoints.filter((e) => e !== 'src/index.ts').sort()).toEqual(
      domains.map((d) => `src/${d}/index.ts`),
    );
  });
  it('lists types first in every export condition', () => {
    for (const [k, v] of Object.entries(pkg.exports)) {
      if (typeof v === 'string') continue;
      for (const cond of Object.values(v as Record<string, Record<string, string>>)) {
        expect(Object.keys(cond)[0], k).toBe('types');
      }
    }
  });
});

function* walk(dir: string, ext = '.ts'): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walk(p, ext);
    else if (p.endsWith(ext)) yield p;
  }
}

/** The code of every file under src/ (comments removed: they may name a package). */
const sources = [...walk(join(root, 'src'))].map((f) => ({
  file: relative(root, f).split(sep).join('/'),
  code: readFileSync(f, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, ''),
}));
const importsOf = (name: string) =>
  sources.filter((s) => new RegExp(`(from |import\\()['"]${name}(/[^'"]*)?['"]`).test(s.code));

describe('every dependency does work where it is declared', () => {
  it('each runtime dependency and peer is imported by the library', () => {
    for (const dep of [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies)]) {
      expect(importsOf(dep).length, `${dep} is declared but never imported under src/`).toBeGreaterThan(0);
    }
  });
  it('date-fns is not a dependency (the epoch-day arithmetic of core/localDate does its job without a host time zone)', () => {
    expect(
      Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies, ...pkg.devDependencies }),
    ).not.toContain('date-fns');
  });
  it('decimal.js is a test oracle only (the exact calculator of src/_lib/exact.ts does the arithmetic)', () => {
    expect(pkg.dependencies ?? {}).not.toHaveProperty('decimal.js');
    expect(importsOf('decimal.js')).toEqual([]);
    expect(pkg.devDependencies).toHaveProperty('decimal.js');
  });
  it('read-excel-file is an optional peer, loaded lazily by the Node entry only', () => {
    expect(pkg.dependencies ?? {}).not.toHaveProperty('read-excel-file');
    expect(pkg.peerDependencies).toHaveProperty('read-excel-file');
    expect(pkg.peerDependenciesMeta?.['read-excel-file']?.optional).toBe(true);
    expect(pkg.devDependencies).toHaveProperty('read-excel-file');
    const users = importsOf('read-excel-file');
    expect(users.map((u) => u.file)).toEqual(['src/node/files.ts']);
    // A dynamic import only: `commune-kpi/node` loads without the package.
    expect(users[0]?.code).not.toMatch(/from ['"]read-excel-file/);
    expect(users[0]?.code).toMatch(/import\(['"]read-excel-file\/node['"]\)/);
  });
});

describe('JSON Schema files are importable', () => {
  it('every schemas/**/*.json resolves through package.json#exports', () => {
    expect(pkg.exports['./schemas/*.json']).toBe('./schemas/*.json');
    // Self-reference: resolve the package's own name, as a consumer would, through its exports.
    const req = createRequire(join(root, 'package.json'));
    const files = [...walk(join(root, 'schemas'), '.json')].map((f) =>
      relative(root, f).split(sep).join('/'),
    );
    expect(files.length).toBeGreaterThanOrEqual(20);
    for (const f of files) expect(req.resolve(`commune-kpi/${f}`)).toBe(join(root, f));
    const dossier = req('commune-kpi/schemas/dossier/DossierSchema.json') as { $schema?: string };
    expect(dossier.$schema).toMatch(/json-schema\.org/);
  });
});

describe('browser-safe core', () => {
  it('no file under src/ outside src/node imports a Node built-in or reads the clock or host time zone', () => {
    const offenders: string[] = [];
    for (const f of walk(join(root, 'src'))) {
      if (f.includes(`${join('src', 'node')}`)) continue;
      // Code only: doc comments may name what the code must not do.
      const text = readFileSync(f, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, '');
      if (
        /from ['"]node:|require\(['"](fs|path|os|child_process|stream)['"]\)|from ['"](fs|path|os|stream|child_process)['"]/.test(
          text,
        )
      )
        offenders.push(`${f}: node built-in`);
      if (/Date\.now\(|new Date\(\)|getTimezoneOffset|Intl\.DateTimeFormat\(\)\.resolvedOptions/.test(text))
        offenders.push(`${f}: clock or host TZ`);
      if (/z\.config\(|Decimal\.set\(/.test(text)) offenders.push(`${f}: global configuration`);
    }
    expect(offenders).toEqual([]);
  });
  it.each([
    ['dossier', 'onTimeRateCompleted, dossierRates, mergeTallies'],
    ['household', 'householdPovertyRates'],
    ['personnel', 'countHeadcount'],
    ['document', 'electronicDocumentRates, tallyDocuments'],
    ['report', 'formatReportNumber, auditReport'],
    ['calendar', 'createWorkingCalendar, computeDueDate'],
  ])('calculators of %s shake out zod (module-scope schema code is pure)', async (dir, names) => {
    const out = await build({
      stdin: { contents: `export { ${names} } from './src/${dir}/index';`, resolveDir: root, loader: 'ts' },
      bundle: true,
      format: 'esm',
      write: false,
      treeShaking: true,
      platform: 'neutral',
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.values(out.metafile.outputs)[0]?.inputs ?? {};
    const zodBytes = Object.entries(inputs)
      .filter(([p]) => p.includes('node_modules/zod/'))
      .reduce((n, [, v]) => n + v.bytesInOutput, 0);
    expect(zodBytes).toBe(0);
  });
  it('a ratio-only import shakes out zod and decimal.js', async () => {
    const out = await build({
      stdin: {
        contents: "export { ratio, sumRatios, formatRatio } from './src/core/index';",
        resolveDir: root,
        loader: 'ts',
      },
      bundle: true,
      format: 'esm',
      write: false,
      treeShaking: true,
      platform: 'neutral',
      logLevel: 'silent',
    });
    const code = out.outputFiles[0]!.text;
    expect(code).toContain('function ratio');
    expect(code).toContain('function formatRatio');
    expect(code).not.toMatch(/zod|ZodType|\$ZodObject/);
    expect(code).not.toMatch(/DecimalError|decimal\.js/);
  });
});

// What an app pays for each kind of import: bundles a one-line entry per case against the built
// package (dist/, resolved through package.json#exports as an app resolves it), with zod (and
// decimal.js, were anything to import it again) bundled in as an app would, minified by esbuild for the browser, gzip level 9, and
// compares the size with its budget in scripts/size-budgets.json. Exits 1 when a case is over.
//
//   npm run build && node scripts/size-check.mjs          (--json prints the figures as JSON)
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { cases } = JSON.parse(readFileSync(join(root, 'scripts', 'size-budgets.json'), 'utf8'));

/** The entry's imports, resolved through the package's own exports (self-reference) to dist/. */
const resolveEntry = (code) =>
  code.replace(
    /(['"])(commune-kpi(?:\/[\w-]+)?)\1/g,
    (_m, q, spec) => `${q}${fileURLToPath(import.meta.resolve(spec))}${q}`,
  );

const rows = [];
let over = 0;
for (const c of cases) {
  const out = await build({
    stdin: { contents: resolveEntry(c.entry), resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    treeShaking: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = out.outputFiles[0].contents;
  const gzip = gzipSync(code, { level: 9 }).length;
  const inputs = Object.entries(out.metafile.outputs[Object.keys(out.metafile.outputs)[0]].inputs);
  const share = (pkg) =>
    inputs.filter(([p]) => p.includes(`node_modules/${pkg}/`)).reduce((n, [, v]) => n + v.bytesInOutput, 0);
  const row = {
    name: c.name,
    entry: c.entry,
    minified: code.length,
    gzip,
    budget: c.budgetGzip,
    zod: share('zod'),
    decimal: share('decimal.js'),
  };
  rows.push(row);
  if (gzip > c.budgetGzip) over++;
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  const lines = [
    '| import | minified | gzip | budget (gzip) | zod in it | decimal.js in it |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${kb(r.minified)} | ${kb(r.gzip)} | ${kb(r.budget)}${r.gzip > r.budget ? ' **OVER**' : ''} | ${kb(r.zod)} | ${kb(r.decimal)} |`,
    ),
  ];
  console.log(lines.join('\n'));
}
if (over > 0) {
  console.error(`size check FAILED: ${over} import(s) over budget (scripts/size-budgets.json)`);
  process.exitCode = 1;
} else if (!process.argv.includes('--json')) {
  console.log(`size check passed: ${rows.length} imports within budget`);
}

import { defineConfig } from 'tsup';

/**
 * One entry per public subpath. Keep this list in step with `package.json#exports` and
 * `typedoc.json#entryPoints`; `tests/packaging.test.ts` fails when they drift.
 */
export const entries = {
  index: 'src/index.ts',
  'core/index': 'src/core/index.ts',
  'calendar/index': 'src/calendar/index.ts',
  'dossier/index': 'src/dossier/index.ts',
  'household/index': 'src/household/index.ts',
  'personnel/index': 'src/personnel/index.ts',
  'document/index': 'src/document/index.ts',
  'import/index': 'src/import/index.ts',
  'report/index': 'src/report/index.ts',
  'sql/index': 'src/sql/index.ts',
  'node/index': 'src/node/index.ts',
};

export default defineConfig([
  {
    // The worker thread of `tallyDossierFile` is a file of its own next to the Node entry, loaded
    // by path (dist/node/dossier-worker.js or .cjs), not a subpath of the package.
    entry: { ...entries, 'node/dossier-worker': 'src/node/dossier-worker.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    splitting: true,
    treeshake: true,
    sourcemap: false,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    outDir: 'dist',
    external: ['zod', 'decimal.js', 'read-excel-file', '@duckdb/node-api', 'pg'],
  },
]);

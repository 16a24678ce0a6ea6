import { defineConfig } from 'tsup';

/**
 * The `commune-kpi` command: one ESM file, `dist/cli.js`, with a shebang. Built separately from the
 * library entries (`tsup.config.ts`) so the command's Node-only code never lands in a browser chunk.
 * Run: `npx tsup --config tsup.cli.config.ts`.
 */
export default defineConfig({
  entry: { cli: 'src/node/bin.ts' },
  format: ['esm'],
  dts: false,
  splitting: false,
  treeshake: true,
  sourcemap: false,
  clean: false,
  target: 'node20',
  platform: 'node',
  outDir: 'dist',
  banner: { js: '#!/usr/bin/env node' },
  external: ['zod', 'decimal.js', 'read-excel-file', '@duckdb/node-api', 'pg'],
});

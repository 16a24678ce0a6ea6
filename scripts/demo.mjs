// The README's first command: install if needed, build if the build is missing or older than the
// sources, then run the commune demo against the built package.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

execSync('node scripts/ensure-deps.mjs', { stdio: 'inherit' });

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}
const built = 'dist/index.js';
if (!existsSync(built) || statSync(built).mtimeMs < newest('src')) {
  console.error('[commune-kpi] building (tsup)…');
  execSync('npm run --silent build', { stdio: 'inherit' });
}
execSync('node examples/commune-dossier-report.mjs', { stdio: 'inherit' });

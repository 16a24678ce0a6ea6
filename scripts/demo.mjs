// The README's first command: install if needed, then run the commune demo and print only its
// result. Against the build when it is there and newer than the sources; otherwise straight from
// the TypeScript sources through tsx (no build, so no build output).
import { execFileSync, execSync } from 'node:child_process';
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
const fresh = existsSync(built) && statSync(built).mtimeMs >= newest('src');
const example = 'examples/commune-dossier-report.mjs';
const args = fresh ? [example] : ['--import', 'tsx', '--import', './scripts/demo-hooks.mjs', example];
try {
  execFileSync(process.execPath, args, { stdio: 'inherit' });
} catch (e) {
  process.exitCode = typeof e.status === 'number' ? e.status : 1;
}

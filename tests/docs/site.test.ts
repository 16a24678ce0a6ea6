import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error the docs plugin is plain JavaScript, loaded by TypeDoc
import { fold, words } from '../../scripts/typedoc-plugin.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const typedoc = JSON.parse(readFileSync(join(root, 'typedoc.json'), 'utf8')) as {
  readme: string;
  projectDocuments: string[];
  entryPoints: string[];
};

describe('docs site configuration', () => {
  it('lands on docs/index.md and lists every other guide once, in reading order', () => {
    expect(typedoc.readme).toBe('docs/index.md');
    const guides = readdirSync(join(root, 'docs'))
      .filter((f) => f.endsWith('.md') && f !== 'index.md')
      .map((f) => `docs/${f}`)
      .sort();
    expect([...typedoc.projectDocuments].sort()).toEqual(guides);
    expect(typedoc.projectDocuments[0]).toBe('docs/getting-started.md');
    // The landing page's numbered list follows the same order.
    const landing = readFileSync(join(root, 'docs/index.md'), 'utf8');
    const listed = [...landing.matchAll(/^\d+\. \[[^\]]+\]\(([\w-]+\.md)\)/gm)].map((m) => `docs/${m[1]}`);
    expect(listed).toEqual(typedoc.projectDocuments);
  });

  // Written with blank lines around it, so Biome's Markdown formatter keeps it (it reads
  // `---` as a thematic break and would turn `title: …` over a `---` into a heading).
  it('gives every guide a title in its front matter', () => {
    for (const g of typedoc.projectDocuments) {
      expect(readFileSync(join(root, g), 'utf8'), g).toMatch(/^---\n\ntitle: .+\n(?:.*\n)*?\n---\n/);
    }
  });

  it('documents functions under their subpath: the root entry point comes last', () => {
    expect(typedoc.entryPoints.at(-1)).toBe('src/index.ts');
  });
});

describe('docs search words', () => {
  it('folds Vietnamese marks and đ', () => {
    expect(fold('đúng hạn')).toBe('dung han');
    expect(fold('Tết Nguyên đán')).toBe('Tet Nguyen dan');
    expect(fold('tỷ lệ hộ nghèo')).toBe('ty le ho ngheo');
    expect(fold('Đơn vị')).toBe('Don vi');
    // Decomposed input (NFD) folds the same way.
    expect(fold('hồ sơ'.normalize('NFD'))).toBe('ho so');
  });

  it('keeps Vietnamese letters whole and adds the folded form', () => {
    expect(words('(hồ sơ) «Tết»; tỷ-lệ CSV')).toEqual([
      'hồ',
      'ho',
      'sơ',
      'so',
      'tết',
      'tet',
      'tỷ',
      'ty',
      'lệ',
      'le',
      'csv',
    ]);
    expect(words('vn.dossier.due_before_received.')).toEqual(['vn.dossier.due_before_received']);
    expect(words('hồ sơ'.normalize('NFD'))).toEqual(['hồ', 'ho', 'sơ', 'so']);
    expect(words(undefined)).toEqual([]);
  });
});

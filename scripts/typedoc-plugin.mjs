// The docs site's local TypeDoc plugin (loaded through `plugin` in typedoc.json). Two jobs:
//
// 1. Search that finds Vietnamese. TypeDoc's index runs lunr's trimmer, which strips every
//    non-ASCII letter at the edges of a word (`hồ` is indexed as `h`, `đúng` as `ng`), and it
//    indexes each re-export (a Reference) beside the declaration, so every hit came twice. After
//    TypeDoc writes assets/search.js, this plugin rebuilds the index over the same rows: no
//    references, words split on anything that is not a letter, a digit, `_` or `.`, each word
//    indexed as written (lower case, NFC) and folded (no tone marks, đ → d), so `hồ sơ`, `ho so`,
//    `đúng hạn` and `Tết` all match. A guide may list `keywords:` in its front matter; they are
//    indexed with the weight of a name (so `csv` leads to the importing guide), and guides get a
//    small boost over API members, whose names still win on a name search.
// 2. A code font that draws Vietnamese letters with two marks (ệ, ở, ữ) as one glyph: JetBrains
//    Mono from @fontsource (latin, latin-ext and vietnamese subsets), copied into assets/fonts/.
// 3. Every `@example` shown with its import line (`import { ratio } from 'commune-kpi/core';`),
//    computed by scripts/examples.mjs exactly as tests/docs/examples.test.ts prepends it to run it.
// 4. Stable guide addresses: a guide's front-matter `title` names it in the sidebar, but its page
//    keeps the name of its file (`documents/importing.html`), so links survive a retitling.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { deflateSync, inflateSync } from 'node:zlib';
import lunr from 'lunr';
import {
  Converter,
  IndexEvent,
  JSX,
  KindRouter,
  ReferenceReflection,
  ReflectionKind,
  RendererEvent,
} from 'typedoc';
import { importLines, subpathExports } from './examples.mjs';

const require = createRequire(import.meta.url);

/** Field weights: a name counts ten times a word of a comment or a guide, as in TypeDoc. */
const WEIGHTS = { name: 10, keywords: 10, comment: 1, document: 1 };
/** Relevance of a guide against an API member. */
const DOCUMENT_BOOST = 1.5;
const FONT_SUBSETS = ['latin', 'latin-ext', 'vietnamese'];
const FONT_WEIGHTS = ['400', '700'];

/** Lower case, NFC. */
const norm = (s) => s.normalize('NFC').toLowerCase();
/** Without tone and vowel marks: `đúng hạn` → `dung han`. */
export const fold = (s) =>
  s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');

/** The words of a text, as written and folded, for the index. */
export function words(text) {
  const out = [];
  for (const raw of norm(text ?? '').split(/[^\p{L}\p{N}_.]+/u)) {
    const w = raw.replace(/^\.+|\.+$/g, '');
    if (w === '') continue;
    out.push(w);
    const f = fold(w);
    if (f !== w) out.push(f);
  }
  return out;
}

const partsText = (parts) => (parts ?? []).map((p) => p.text).join(' ');

function commentText(refl) {
  const comments = [];
  if (refl.comment) comments.push(refl.comment);
  for (const s of refl.signatures ?? []) {
    if (s.comment) comments.push(s.comment);
    for (const p of s.parameters ?? []) if (p.comment) comments.push(p.comment);
  }
  if (refl.getSignature?.comment) comments.push(refl.getSignature.comment);
  if (refl.setSignature?.comment) comments.push(refl.setSignature.comment);
  return comments
    .map((c) => [partsText(c.summary), ...c.blockTags.map((t) => partsText(t.content))].join(' '))
    .join(' ');
}

const decode = (js) => {
  const m = /^window\.searchData = "([^"]*)";$/.exec(js.trim());
  if (m === null) throw new Error('typedoc-plugin: assets/search.js has an unexpected shape');
  return JSON.parse(inflateSync(Buffer.from(m[1], 'base64')).toString('utf8'));
};
const encode = (data) =>
  `window.searchData = "${deflateSync(Buffer.from(JSON.stringify(data), 'utf8')).toString('base64')}";`;

function fontCss() {
  const pkg = dirname(require.resolve('@fontsource/jetbrains-mono/package.json'));
  const files = [];
  let css = '';
  for (const weight of FONT_WEIGHTS) {
    const source = readFileSync(join(pkg, `${weight}.css`), 'utf8');
    for (const block of source.split(/(?=\/\* jetbrains-mono-)/)) {
      const name = /^\/\* jetbrains-mono-(.+)-\d+-normal \*\//.exec(block)?.[1];
      if (name === undefined || !FONT_SUBSETS.includes(name)) continue;
      const file = `jetbrains-mono-${name}-${weight}-normal.woff2`;
      files.push(join(pkg, 'files', file));
      // Only the woff2 file ships; every browser that runs the site reads it.
      css += block.replace(/src: [^;]+;/, `src: url(./${file}) format('woff2');`);
    }
  }
  if (files.length !== FONT_SUBSETS.length * FONT_WEIGHTS.length) {
    throw new Error(`typedoc-plugin: expected ${FONT_SUBSETS.length * FONT_WEIGHTS.length} font faces`);
  }
  css += `
:root {
  --font-family-code: 'JetBrains Mono', ui-monospace, Menlo, Monaco, Consolas, 'Liberation Mono', monospace;
}
code, pre, .tsd-signature, .tsd-signature-type, .tsd-kind-parameter {
  font-family: var(--font-family-code);
  font-variant-ligatures: none;
}
`;
  return { css, files };
}

/** TypeDoc's `kind` router, except that a guide's page is named after its file, not its title. */
class GuideFileRouter extends KindRouter {
  getIdealBaseName(reflection) {
    if (reflection.isDocument()) {
      const file = reflection.project.files.getReflectionPath(reflection);
      if (file !== undefined) return `documents/${file.split(/[\\/]/).pop().replace(/\.md$/, '')}`;
    }
    return super.getIdealBaseName(reflection);
  }
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.renderer.defineRouter('guide-file', GuideFileRouter);

  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    const root = process.cwd();
    const exportsMap = subpathExports(root);
    for (const refl of Object.values(context.project.reflections)) {
      let mod = refl;
      while (mod !== undefined && !mod.kindOf(ReflectionKind.Module)) mod = mod.parent;
      if (mod === undefined || !exportsMap.has(mod.name)) continue;
      for (const tag of refl.comment?.blockTags ?? []) {
        if (tag.tag !== '@example') continue;
        for (const part of tag.content) {
          if (part.kind !== 'code') continue;
          const fence = /^(```[^\n]*\n)([\s\S]*)$/.exec(part.text);
          if (fence === null) continue;
          const lines = importLines(fence[2], mod.name, exportsMap);
          if (lines.length > 0) part.text = `${fence[1]}${lines.join('\n')}\n\n${fence[2]}`;
        }
      }
    }
  });

  /** @type {import('typedoc').Reflection[]} */
  let indexed = [];

  app.renderer.on(IndexEvent.PREPARE_INDEX, (event) => {
    // A re-export is a Reference to the declaration documented under its subpath: index the
    // declaration once.
    for (let i = event.searchResults.length - 1; i >= 0; i--) {
      if (event.searchResults[i] instanceof ReferenceReflection) event.removeResult(i);
    }
    indexed = [...event.searchResults];
  });

  app.renderer.hooks.on('head.end', (context) =>
    JSX.createElement('link', { rel: 'stylesheet', href: context.relativeURL('assets/fonts/fonts.css') }),
  );

  app.renderer.on(RendererEvent.END, (event) => {
    const out = event.outputDirectory;

    const fonts = fontCss();
    mkdirSync(join(out, 'assets', 'fonts'), { recursive: true });
    for (const f of fonts.files) copyFileSync(f, join(out, 'assets', 'fonts', f.split(/[\\/]/).pop()));
    writeFileSync(join(out, 'assets', 'fonts', 'fonts.css'), fonts.css);

    const searchFile = join(out, 'assets', 'search.js');
    const data = decode(readFileSync(searchFile, 'utf8'));
    const router = app.renderer.router;
    const byUrl = new Map(indexed.map((r) => [router.getFullUrl(r), r]));
    const builder = new lunr.Builder();
    builder.ref('id');
    // No length normalisation: only guides have a `document` field, so its average length over all
    // rows is tiny and BM25's default (b = 0.75) would bury every guide under one-line comments.
    // Term-frequency saturation (k1) still keeps a long guide from winning on repetition alone.
    builder.b(0);
    for (const [field, boost] of Object.entries(WEIGHTS)) builder.field(field, { boost });
    const seen = new Set();
    data.rows.forEach((row, id) => {
      const refl = byUrl.get(row.url);
      if (refl === undefined) throw new Error(`typedoc-plugin: no reflection for search row ${row.url}`);
      if (seen.has(row.url)) throw new Error(`typedoc-plugin: search row ${row.url} appears twice`);
      seen.add(row.url);
      const isDoc = refl.isDocument();
      const keywords = isDoc ? [].concat(refl.frontmatter.keywords ?? []).join(' ') : '';
      builder.add(
        {
          id,
          name: words(refl.name),
          keywords: words(keywords),
          comment: words(commentText(refl)),
          document: isDoc ? words(partsText(refl.content)) : [],
        },
        { boost: (refl.relevanceBoost ?? 1) * (isDoc ? DOCUMENT_BOOST : 1) },
      );
    });
    writeFileSync(searchFile, encode({ rows: data.rows, index: builder.build() }));
  });
}

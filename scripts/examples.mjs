// The `@example` blocks of the TSDoc comments under src/, and the import line each needs.
// Shared by the docs plugin (which shows the import above each example on the site) and by
// tests/docs/examples.test.ts (which prepends the same import and runs the example), so what a
// reader copies is what the tests ran.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * The names each subpath exports (`src/<subpath>/index.ts`), with whether the name is a type only.
 * @returns {Map<string, Map<string, boolean>>} subpath → name → type-only
 */
export function subpathExports(root) {
  const out = new Map();
  for (const e of readdirSync(join(root, 'src'), { withFileTypes: true })) {
    if (!e.isDirectory() || e.name.startsWith('_')) continue;
    let text;
    try {
      text = readFileSync(join(root, 'src', e.name, 'index.ts'), 'utf8');
    } catch {
      continue;
    }
    text = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    const names = new Map();
    for (const m of text.matchAll(/export\s+(type\s+)?\{([^}]*)\}/g)) {
      for (const raw of (m[2] ?? '').split(',')) {
        const item = raw.trim();
        if (item === '') continue;
        const isType = m[1] !== undefined || /^type\s/.test(item);
        const name = item
          .replace(/^type\s+/, '')
          .split(/\s+as\s+/)
          .pop()
          .trim();
        names.set(name, isType);
      }
    }
    for (const m of text.matchAll(
      /export\s+(?:declare\s+)?(?:async\s+)?(function\*?|const|let|class|interface|type|enum)\s+([A-Za-z_$][\w$]*)/g,
    )) {
      names.set(m[2], m[1] === 'interface' || m[1] === 'type');
    }
    out.set(e.name, names);
  }
  return out;
}

/** Code without its strings, template literals and comments (so their words are not names). */
function codeOnly(code) {
  return code
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/\/\/.*$/gm, ' ')
    .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, '""');
}

/**
 * The import lines an example needs: every package export it names (not as a property, not
 * declared by the example itself), from the subpath that exports it, the example's own first.
 * `z` comes from zod. An example that already imports from the package gets none.
 * @param {string} code
 * @param {string} subpath the folder of the file the example documents (`core`, `dossier`, …)
 * @param {Map<string, Map<string, boolean>>} exportsMap from {@link subpathExports}
 * @returns {string[]}
 */
export function importLines(code, subpath, exportsMap) {
  if (/from\s+['"]commune-kpi(?:\/[\w-]+)?['"]/.test(code)) return [];
  const text = codeOnly(code);
  const declared = new Set(
    // Not a property named like a keyword: `r.class` before a line that names an export.
    [...text.matchAll(/(?<![\w$.])(?:const|let|var|function\*?|class)\s+([A-Za-z_$][\w$]*)/g)].map(
      (m) => m[1],
    ),
  );
  const used = new Set();
  // Not after a property dot (`a.name`), but after a spread (`...name`).
  for (const m of text.matchAll(/(?<![\w$])(?<!(?<!\.)\.)([A-Za-z_$][\w$]*)/g)) {
    const name = m[1];
    if (!declared.has(name)) used.add(name);
  }
  const order = [subpath, ...[...exportsMap.keys()].filter((s) => s !== subpath && s !== 'node').sort()];
  if (subpath !== 'node' && exportsMap.has('node')) order.push('node');
  const bySubpath = new Map();
  for (const name of [...used].sort()) {
    const from = order.find((s) => exportsMap.get(s)?.has(name));
    if (from === undefined) continue;
    const isType = exportsMap.get(from)?.get(name) === true;
    if (!bySubpath.has(from)) bySubpath.set(from, []);
    bySubpath.get(from).push(isType ? `type ${name}` : name);
  }
  const lines = [...bySubpath.entries()].map(
    ([s, names]) => `import { ${names.join(', ')} } from 'commune-kpi/${s}';`,
  );
  // Schema examples use zod, the package's peer dependency, as a reader's code would.
  if (used.has('z') && !/from\s+['"]zod['"]/.test(code)) lines.unshift("import { z } from 'zod';");
  return lines;
}

/**
 * The `@example` blocks of a TypeScript file's doc comments, with the line each starts on.
 * @returns {{ line: number, code: string }[]}
 */
export function extractExamples(text) {
  const out = [];
  for (const m of text.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
    const startLine = text.slice(0, m.index).split('\n').length;
    const lines = (m[1] ?? '').split('\n').map((l) => l.replace(/^\s*\* ?/, ''));
    for (let i = 0; i < lines.length; i++) {
      if (!/^@example\b/.test(lines[i] ?? '')) continue;
      let j = i + 1;
      while (j < lines.length && !/^@\w/.test(lines[j] ?? '')) j++;
      const body = lines.slice(i + 1, j);
      while (body.length > 0 && (body.at(-1) ?? '').trim() === '') body.pop();
      let code = body.join('\n');
      const fenced = /^```\w*\n([\s\S]*?)\n```$/.exec(code.trim());
      if (fenced) code = fenced[1] ?? '';
      out.push({ line: startLine + i + 1, code });
      i = j - 1;
    }
  }
  return out;
}

/** Every example under src/ (not src/_lib): file (relative, with /), subpath, line, code. */
export function allExamples(root) {
  const out = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.ts')) {
        const file = relative(root, p).split(sep).join('/');
        const subpath = file.split('/')[1] ?? '';
        if (subpath.startsWith('_') || !file.slice(4).includes('/')) continue;
        for (const ex of extractExamples(readFileSync(p, 'utf8'))) out.push({ file, subpath, ...ex });
      }
    }
  };
  walk(join(root, 'src'));
  return out;
}

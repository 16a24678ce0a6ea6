import ts from 'typescript';

// What tests/docs/examples.test.ts needs to run a TSDoc `@example` and hold it to its `// =>`
// comments: turning the example into checks (`rewriteExample`), reading an expected value as
// written in a comment (`readExpected`), and comparing (`matches`).
//
// An expected value is JavaScript as a reader would write it, with `…` for "and so on":
//   0.98806…                      a number whose decimal form starts with 0.98806
//   'Số đã giải quyết …'          a string, `…` standing for any text
//   { numerator: 4157, … }        an object with at least these properties
//   [{ code: 'a' }, …]            an array starting with these elements
// A remark in parentheses after the value is not part of it: `// => '2026-02-23' (after Tết)`.

const REST = Symbol('…');
class Prefix {
  constructor(readonly digits: string) {}
}
class Like {
  readonly re: RegExp;
  constructor(readonly text: string) {
    const parts = text.split('…').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    this.re = new RegExp(`^${parts.join('[\\s\\S]*')}$`);
  }
}

/** The expected value's text turned into a JavaScript expression with markers for `…`. */
function markEllipses(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i] ?? '';
    if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      const lit = text.slice(i, j + 1);
      out += lit.includes('…') ? `__like(${lit})` : lit;
      i = j + 1;
      continue;
    }
    const num = /^-?\d+(?:\.\d+)?…/.exec(text.slice(i));
    if (num && !/[\w$.]/.test(text[i - 1] ?? '')) {
      out += `__prefix(${JSON.stringify(num[0].slice(0, -1))})`;
      i += num[0].length;
      continue;
    }
    out += c === '…' ? '__REST' : c;
    i++;
  }
  return out;
}

const compiles = (expr: string): boolean => {
  try {
    new Function('__REST', '__prefix', '__like', `return (${expr});`);
    return true;
  } catch {
    return false;
  }
};

/**
 * The JavaScript of an expected value, or null when it cannot be read. Trailing remarks in
 * parentheses are dropped one at a time until the rest reads as a value.
 */
export function readExpected(text: string): string | null {
  // Strip remarks first: `'confidential' (Mật)` would otherwise read as a call.
  const candidates = [text.trim()];
  for (;;) {
    const t = candidates.at(-1) ?? '';
    const remark = /\s+\([^()]*(?:\([^()]*\)[^()]*)*\)\s*$/.exec(t);
    if (remark === null) break;
    candidates.push(t.slice(0, remark.index).trim());
  }
  for (const t of candidates.reverse()) {
    const expr = markEllipses(t);
    if (t !== '' && compiles(expr)) return expr;
  }
  return null;
}

/** The value an expected-value expression stands for. */
export function evaluateExpected(expr: string): unknown {
  return new Function('__REST', '__prefix', '__like', `return (${expr});`)(
    REST,
    (d: string) => new Prefix(d),
    (s: string) => new Like(s),
  );
}

const isPlain = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function matchArray(actual: readonly unknown[], expected: readonly unknown[]): boolean {
  const go = (a: number, e: number): boolean => {
    if (e === expected.length) return a === actual.length;
    if (expected[e] === REST) {
      for (let k = a; k <= actual.length; k++) if (go(k, e + 1)) return true;
      return false;
    }
    return a < actual.length && matches(actual[a], expected[e]) && go(a + 1, e + 1);
  };
  return go(0, 0);
}

/** Whether a value is what an expected value (from {@link evaluateExpected}) says it is. */
export function matches(actual: unknown, expected: unknown): boolean {
  if (expected instanceof Prefix) return String(actual).startsWith(expected.digits);
  if (expected instanceof Like) return typeof actual === 'string' && expected.re.test(actual);
  if (Array.isArray(expected)) return Array.isArray(actual) && matchArray(actual, expected);
  if (actual instanceof Map && isPlain(expected)) return matches(Object.fromEntries(actual), expected);
  if (actual instanceof Set && Array.isArray(expected)) return matches([...actual], expected);
  if (isPlain(expected)) {
    if (typeof actual !== 'object' || actual === null || Array.isArray(actual)) return false;
    const a = actual as Record<string, unknown>;
    const rest = Object.hasOwn(expected, '__REST') && expected.__REST === REST;
    const keys = Object.keys(expected).filter((k) => k !== '__REST');
    if (!keys.every((k) => k in a && matches(a[k], expected[k]))) return false;
    return rest || Object.keys(a).every((k) => a[k] === undefined || keys.includes(k));
  }
  return Object.is(actual, expected);
}

/** Show a value for a failure message. */
export function show(v: unknown): string {
  try {
    return JSON.stringify(v, (_k, x) =>
      x instanceof Map ? Object.fromEntries(x) : x instanceof Set ? [...x] : x,
    );
  } catch {
    return String(v);
  }
}

/** A `// =>` check found in an example. */
export interface ExampleCheck {
  /** 1-based line of the `// =>` comment within the example. */
  readonly line: number;
  /** The expected value as written. */
  readonly expected: string;
}

/**
 * Rewrite an example so that each statement followed by a `// => value` comment is checked:
 * `expr // => v` becomes `__check(() => (expr), "v", line)` (awaited when `expr` awaits), and
 * `const x = expr; // => v` keeps the declaration and checks `x`. Throws when a `// =>` follows
 * something that is not an expression or a single declaration, or its value cannot be read.
 */
export function rewriteExample(code: string): { code: string; checks: ExampleCheck[] } {
  const sf = ts.createSourceFile('example.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const statements: ts.Statement[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isExpressionStatement(n) || ts.isVariableStatement(n)) statements.push(n);
    ts.forEachChild(n, visit);
  };
  visit(sf);

  // Line comments, found with the scanner so that `//` inside strings is not one.
  const comments: { pos: number; end: number; text: string }[] = [];
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, code);
  // A `}` that closes a template substitution is rescanned as the template's continuation, so the
  // text after `${…}` is not read as code (its backtick would swallow the comments that follow).
  const braces: ('template' | 'block')[] = [];
  for (let k = scanner.scan(); k !== ts.SyntaxKind.EndOfFileToken; k = scanner.scan()) {
    if (k === ts.SyntaxKind.TemplateHead) braces.push('template');
    else if (k === ts.SyntaxKind.OpenBraceToken) braces.push('block');
    else if (k === ts.SyntaxKind.CloseBraceToken && braces.pop() === 'template') {
      if (scanner.reScanTemplateToken(false) === ts.SyntaxKind.TemplateMiddle) braces.push('template');
    }
    if (k === ts.SyntaxKind.SingleLineCommentTrivia) {
      comments.push({
        pos: scanner.getTokenStart(),
        end: scanner.getTokenEnd(),
        text: scanner.getTokenText(),
      });
    }
  }

  const edits: { start: number; end: number; text: string }[] = [];
  const checks: ExampleCheck[] = [];
  for (let c = 0; c < comments.length; c++) {
    const head = comments[c];
    if (head === undefined) continue;
    const m = /^\/\/\s*=>\s?(.*)$/.exec(head.text);
    if (m === null) continue;
    let expectedText = m[1] ?? '';
    let last = head;
    while (c + 1 < comments.length) {
      const next = comments[c + 1];
      if (next === undefined || /^\/\/\s*=>/.test(next.text) || code.slice(last.end, next.pos).trim() !== '')
        break;
      expectedText += `\n${next.text.replace(/^\/\/\s?/, '')}`;
      last = next;
      c++;
    }
    const line = code.slice(0, head.pos).split('\n').length;
    const expr = readExpected(expectedText);
    if (expr === null)
      throw new Error(`line ${line}: cannot read the expected value ${JSON.stringify(expectedText)}`);
    let subject: ts.Statement | undefined;
    for (const s of statements) {
      if (
        s.end <= head.pos &&
        code.slice(s.end, head.pos).trim() === '' &&
        (subject === undefined || s.end > subject.end)
      )
        subject = s;
    }
    if (subject === undefined) throw new Error(`line ${line}: a \`// =>\` with no statement before it`);
    const expected = JSON.stringify(expr);
    if (ts.isExpressionStatement(subject)) {
      const e = subject.expression.getText(sf);
      const isAsync = /\bawait\b/.test(e);
      // At the top level a returned promise is awaited and compared; inside a function it cannot be.
      const wait = isAsync || ts.isSourceFile(subject.parent);
      edits.push({
        start: subject.getStart(sf),
        end: subject.end,
        text: `${wait ? 'await ' : ''}__check(${isAsync ? 'async ' : ''}() => (${e}), ${expected}, ${line});`,
      });
    } else {
      const decls = (subject as ts.VariableStatement).declarationList.declarations;
      const d = decls[0];
      if (decls.length !== 1 || d === undefined || !ts.isIdentifier(d.name)) {
        throw new Error(`line ${line}: a \`// =>\` after a declaration of several names`);
      }
      edits.push({
        start: subject.end,
        end: subject.end,
        text: ` __check(() => ${d.name.text}, ${expected}, ${line});`,
      });
    }
    checks.push({ line, expected: expectedText });
  }
  let out = code;
  for (const e of edits.sort((a, b) => b.start - a.start))
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return { code: out, checks };
}

/** Evaluate a check's subject and compare it; throws an Error saying what differed. */
export function check(subject: () => unknown, expected: string, line: number): unknown {
  let actual: unknown;
  try {
    actual = subject();
  } catch (e) {
    throw new Error(`line ${line}: threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
  }
  if (actual instanceof Promise) {
    return actual.then(
      (v) => compare(v, expected, line),
      (e: unknown) => {
        throw new Error(`line ${line}: rejected with ${e instanceof Error ? e.message : String(e)}`);
      },
    );
  }
  compare(actual, expected, line);
  return undefined;
}

function compare(actual: unknown, expected: string, line: number): void {
  if (!matches(actual, evaluateExpected(expected))) {
    throw new Error(`line ${line}: got ${show(actual)}, the comment says ${expected}`);
  }
}

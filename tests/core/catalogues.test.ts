import { describe, expect, it } from 'vitest';
import type { IssueMessage, MessageCatalog, MessageContext, ParamSpec } from '../../src/core/index';
import * as pkg from '../../src/index';
import * as nodeEntry from '../../src/node/index';

// Issue 13 item 4: one parity test for every message catalogue the package exports; every entry
// of every catalogue is typed (declares its parameters), so none is exempt. The
// catalogues are found from the exports (any exported object whose keys are all `vn.*` codes and
// whose entries all have a Vietnamese and an English text), not from a hand-kept list, so a
// catalogue added by any domain is checked here without touching this file.

type Text = IssueMessage<never>['vi'];

const isText = (t: unknown): t is Text => typeof t === 'string' || typeof t === 'function';

function isCatalogue(v: unknown): v is MessageCatalog {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const entries = Object.entries(v);
  return (
    entries.length > 0 &&
    entries.every(
      ([k, m]) =>
        k.startsWith('vn.') &&
        typeof m === 'object' &&
        m !== null &&
        isText((m as { vi?: unknown }).vi) &&
        isText((m as { en?: unknown }).en),
    )
  );
}

const exported: Record<string, unknown> = { ...pkg, ...nodeEntry };
const catalogues = Object.entries(exported)
  .filter(([, v]) => isCatalogue(v))
  .map(([name, v]) => [name, v as MessageCatalog] as const);

// Vietnamese letters that English never uses.
const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđ]/i;

// What an English message may keep in Vietnamese, each because English has no name for it:
// legal document numbers and symbols (NĐ-CP, QĐ-UBND, 36-HD/VPTW), and the proper names of the
// offices of a commune (Nghị định 150/2025/NĐ-CP) and of the unit kinds (xã, phường, đặc khu).
const ALLOWED_IN_ENGLISH: readonly RegExp[] = [
  /Phòng Kinh tế, Hạ tầng và Đô thị/g,
  /Phòng Kinh tế/g,
  /đặc khu Phú Quốc|Phú Quốc/g,
  /(?:xã|phường|đặc khu)(?![\p{L}])/gu,
  /công văn/g,
  // document symbols: 118/2025/NĐ-CP, 06/QĐ-UBND (a Đ in an upper-case group joined by a hyphen)
  /[0-9A-ZĐ/]*Đ[0-9A-ZĐ/]*-[0-9A-ZĐ/-]*|[0-9A-ZĐ/]*-[0-9A-ZĐ/-]*Đ[0-9A-ZĐ/-]*/g,
];

function englishWithoutAllowed(text: string): string {
  let t = text;
  for (const re of ALLOWED_IN_ENGLISH) t = t.replace(re, ' ');
  return t;
}

const placeholders = (s: string): string[] =>
  [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();

/** The parameter names a text reads: a template's placeholders, or the keys a function touches. */
function paramsRead(text: Text, sample: Record<string, unknown>): string[] {
  if (typeof text === 'string') return placeholders(text);
  const seen = new Set<string>();
  const proxy = new Proxy(sample, {
    get(target, key) {
      if (typeof key === 'string') seen.add(key);
      return target[key as string];
    },
  });
  render(text, proxy, 'en');
  return [...seen].sort();
}

const context = (locale: 'vi' | 'en'): MessageContext => ({ locale, field: (p) => `<${p}>` });

function render(text: Text, params: Record<string, unknown>, locale: 'vi' | 'en'): string {
  if (typeof text === 'string')
    return text.replace(/\{(\w+)\}/g, (_m, k: string) => String(params[k] ?? 'X1'));
  return (text as (p: Record<string, unknown>, c: MessageContext) => string)(params, context(locale));
}

/** Sample parameters: every enum parameter takes each of its values in turn. */
function samples(
  spec: Readonly<Record<string, ParamSpec>> | undefined,
  text: Text,
): Record<string, unknown>[] {
  if (spec === undefined) {
    const base: Record<string, unknown> = {};
    if (typeof text === 'string') for (const p of placeholders(text)) base[p] = 'X1';
    return [base];
  }
  const base: Record<string, unknown> = {};
  for (const [k, s] of Object.entries(spec)) base[k] = s.sample;
  const out = [base];
  for (const [k, s] of Object.entries(spec)) {
    if (s.kind !== 'enum' || s.labels === undefined) continue;
    for (const v of Object.keys(s.labels)) out.push({ ...base, [k]: v });
  }
  return out;
}

describe('message catalogues: every one the package exports', () => {
  it('finds the catalogues of every domain from the exports', () => {
    const names = catalogues.map(([n]) => n);
    for (const expected of [
      'CORE_MESSAGES',
      'UNIT_CHANGE_MESSAGES',
      'DOSSIER_MESSAGES',
      'HOUSEHOLD_MESSAGES',
      'PERSONNEL_MESSAGES',
      'DOCUMENT_MESSAGES',
      'IMPORT_MESSAGES',
      'REPORT_MESSAGES',
      'REPORT_ISSUE_MESSAGES',
    ])
      expect(names).toContain(expected);
  });

  it('every entry of every catalogue declares its parameters (no untyped template is left)', () => {
    const untyped = catalogues.flatMap(([name, c]) =>
      Object.entries(c)
        .filter(([, m]) => m.params === undefined)
        .map(([code]) => `${name} ${code}`),
    );
    expect(untyped).toEqual([]);
  });

  it('the report findings have one code set: the templates and the typed messages over raw parameters', () => {
    const typed = Object.keys(exported.REPORT_ISSUE_MESSAGES as MessageCatalog).sort();
    expect(Object.keys(exported.REPORT_MESSAGES as MessageCatalog).sort()).toEqual(typed);
  });

  for (const [name, catalogue] of catalogues) {
    describe(name, () => {
      it('every code has Vietnamese and English reading the same parameters', () => {
        for (const [code, m] of Object.entries(catalogue)) {
          const base = samples(m.params, m.vi)[0]!;
          const vi = paramsRead(m.vi, base);
          const en = paramsRead(m.en, base);
          expect(vi, `${name} ${code}`).toEqual(en);
          // A typed message reads exactly the parameters it declares.
          if (m.params !== undefined)
            expect(vi, `${name} ${code} declared`).toEqual(Object.keys(m.params).sort());
        }
      });

      it('no English message contains a Vietnamese word', () => {
        for (const [code, m] of Object.entries(catalogue)) {
          for (const p of samples(m.params, m.en)) {
            const text = render(m.en, p, 'en');
            expect(text.length, `${name} ${code}`).toBeGreaterThan(0);
            const left = englishWithoutAllowed(text);
            expect(VIETNAMESE.test(left), `${name} ${code}: ${text}`).toBe(false);
          }
        }
      });

      it('no Vietnamese message shows a raw enum value or an unfilled placeholder', () => {
        for (const [code, m] of Object.entries(catalogue)) {
          const enums = Object.entries(m.params ?? {}).filter(([, s]) => s.kind === 'enum');
          for (const p of samples(m.params, m.vi)) {
            const text = render(m.vi, p, 'vi');
            expect(text.length, `${name} ${code}`).toBeGreaterThan(0);
            expect(typeof m.vi === 'function' ? /\{\w+\}/.test(text) : false, `${name} ${code}`).toBe(false);
            for (const [k] of enums) {
              const raw = String(p[k]);
              expect(new RegExp(`\\b${raw}\\b`).test(text), `${name} ${code}: ${k}=${raw} in "${text}"`).toBe(
                false,
              );
            }
          }
        }
      });
    });
  }
});

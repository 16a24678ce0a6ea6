import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  createDocumentRegisterEntrySchema,
  createDocumentRegisterSchemas,
  DEFAULT_DOCUMENT_REGISTER_SCHEMA_OPTIONS,
  DOCUMENT_TYPE_IDS,
  DocumentRegisterEntrySchema,
  IncomingDocumentSchema,
  OutgoingDocumentSchema,
  parseDocumentSymbol,
} from '../../src/document/index';

// Issue 13, item 1: the document-type ids (Nghị định 30/2020/NĐ-CP, Điều 7 and Phụ lục III) and
// the symbol reader enter the register schema as arguments.

const row = {
  direction: 'outgoing',
  numberSymbol: '06/QĐ-UBND',
  type: 'so-tay',
  issuer: 'UBND xã Phổ Phong',
  issueDate: '2024-01-04',
  summary: 'Sổ tay công tác văn thư',
  electronic: true,
  agencySignature: true,
  signerSignature: true,
} as const;

describe('createDocumentRegisterEntrySchema({ typeIds, readSymbol })', () => {
  it('accepts a caller type id the default list rejects', () => {
    // 'so-tay' (sổ tay) is none of the 29 types of Điều 7 nor a copy or legal normative form.
    expect((DOCUMENT_TYPE_IDS as readonly string[]).includes('so-tay')).toBe(false);
    const d = DocumentRegisterEntrySchema.safeParse(row);
    expect(d.success).toBe(false);
    expect(d.error?.issues.map((i) => [i.path.join('.'), i.code])).toEqual([['type', 'invalid_value']]);
    const own = createDocumentRegisterEntrySchema({
      ...DEFAULT_DOCUMENT_REGISTER_SCHEMA_OPTIONS,
      typeIds: [...DOCUMENT_TYPE_IDS, 'so-tay'],
    });
    const r = own.safeParse(row);
    expect(r.success).toBe(true);
    expect(r.data?.type).toBe('so-tay');
    // and still the default rules otherwise: a number 0 is rejected by parseDocumentSymbol
    const zero = own.safeParse({ ...row, numberSymbol: '0/QĐ-UBND' });
    expect(zero.error?.issues.map((i) => (i as { params?: { code?: string } }).params?.code)).toEqual([
      'vn.document.invalid_number',
    ]);
  });

  it('uses the caller symbol reader: its errors reject, its warnings do not', () => {
    const strict = createDocumentRegisterEntrySchema({
      typeIds: ['quyet-dinh'],
      readSymbol: (t) => ({
        findings: t.endsWith('-UBND')
          ? [{ code: 'vn.document.own_warning', severity: 'warning' as const, params: {} }]
          : [{ code: 'vn.document.own_rule', severity: 'error' as const, params: { text: t } }],
      }),
    });
    const base = { ...row, type: 'quyet-dinh' };
    expect(strict.safeParse(base).success).toBe(true);
    const bad = strict.safeParse({ ...base, numberSymbol: '06/QĐ-HĐND' });
    expect(bad.error?.issues[0]?.path).toEqual(['numberSymbol']);
    expect((bad.error?.issues[0] as { params?: unknown } | undefined)?.params).toEqual({
      code: 'vn.document.own_rule',
      text: '06/QĐ-HĐND',
    });
    // the default list is not consulted: a default type is rejected by this caller list
    expect(strict.safeParse({ ...base, type: 'cong-van' }).success).toBe(false);
  });

  it('keeps the default instances as before', () => {
    const s = createDocumentRegisterSchemas(DEFAULT_DOCUMENT_REGISTER_SCHEMA_OPTIONS);
    expect(s.outgoing.shape.type.options).toEqual([...DOCUMENT_TYPE_IDS]);
    expect(OutgoingDocumentSchema.shape.type.options).toEqual([...DOCUMENT_TYPE_IDS]);
    expect(IncomingDocumentSchema.shape.arrivalNumber.safeParse(0).success).toBe(false);
    expect(DEFAULT_DOCUMENT_REGISTER_SCHEMA_OPTIONS.readSymbol('12/CV-UBND')).toEqual(
      parseDocumentSymbol('12/CV-UBND'),
    );
    expect(Object.isFrozen(DEFAULT_DOCUMENT_REGISTER_SCHEMA_OPTIONS)).toBe(true);
  });

  it('throws a TypeError without its rules', () => {
    // @ts-expect-error the rules are required
    expect(() => createDocumentRegisterEntrySchema({})).toThrow(TypeError);
    expect(() =>
      // @ts-expect-error readSymbol is required
      createDocumentRegisterEntrySchema({ typeIds: ['quyet-dinh'] }),
    ).toThrow(/readSymbol/);
  });

  it('the schema module imports no regulation table (only types from the table modules)', () => {
    const src = readFileSync(new URL('../../src/document/schema.ts', import.meta.url), 'utf8');
    const valueImports = [...src.matchAll(/^import (?!type )[^;]*from '([^']+)'/gm)].map((m) => m[1]);
    expect(valueImports).toEqual(['zod', '../_lib/errors', '../core/localDate', '../core/schema']);
  });
});

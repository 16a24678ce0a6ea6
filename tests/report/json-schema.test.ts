import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { collectSchemas, type SchemaFile } from '../../scripts/build-schemas';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Schema = { [k: string]: Json } | boolean;

/**
 * A small JSON Schema (2020-12) checker for the keywords z.toJSONSchema emits: $ref to $defs, type,
 * enum, const, properties, required, additionalProperties, items, prefixItems, min/maxItems,
 * min/maxLength, pattern, minimum, maximum, exclusiveMinimum/Maximum, anyOf, oneOf, allOf, not.
 * `format` is an annotation in 2020-12 and is not asserted. Returns the paths that fail.
 */
function validate(root: Schema, schema: Schema, value: Json, path = '$'): string[] {
  if (schema === true) return [];
  if (schema === false) return [`${path}: false schema`];
  const errors: string[] = [];
  const s = schema;
  const ref = s.$ref;
  if (typeof ref === 'string') {
    if (!ref.startsWith('#/')) throw new Error(`external $ref ${ref}`);
    let target: Json = root as Json;
    for (const part of ref.slice(2).split('/')) target = (target as Record<string, Json>)[part] ?? null;
    errors.push(...validate(root, target as Schema, value, path));
  }
  const typeOf = (v: Json): string =>
    v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v === 'number' ? 'number' : typeof v;
  if (s.type !== undefined) {
    const types = Array.isArray(s.type) ? s.type : [s.type];
    const ok = types.some((t) =>
      t === 'integer' ? typeof value === 'number' && Number.isInteger(value) : t === typeOf(value),
    );
    if (!ok) errors.push(`${path}: type ${JSON.stringify(s.type)}, got ${typeOf(value)}`);
  }
  if (Array.isArray(s.enum) && !s.enum.some((e) => JSON.stringify(e) === JSON.stringify(value)))
    errors.push(`${path}: not in enum`);
  if (s.const !== undefined && JSON.stringify(s.const) !== JSON.stringify(value))
    errors.push(`${path}: not const`);
  if (typeof value === 'string') {
    if (typeof s.minLength === 'number' && [...value].length < s.minLength) errors.push(`${path}: minLength`);
    if (typeof s.maxLength === 'number' && [...value].length > s.maxLength) errors.push(`${path}: maxLength`);
    if (typeof s.pattern === 'string' && !new RegExp(s.pattern, 'u').test(value))
      errors.push(`${path}: pattern`);
  }
  if (typeof value === 'number') {
    if (typeof s.minimum === 'number' && value < s.minimum) errors.push(`${path}: minimum`);
    if (typeof s.maximum === 'number' && value > s.maximum) errors.push(`${path}: maximum`);
    if (typeof s.exclusiveMinimum === 'number' && value <= s.exclusiveMinimum)
      errors.push(`${path}: exclusiveMinimum`);
    if (typeof s.exclusiveMaximum === 'number' && value >= s.exclusiveMaximum)
      errors.push(`${path}: exclusiveMaximum`);
  }
  if (Array.isArray(value)) {
    if (typeof s.minItems === 'number' && value.length < s.minItems) errors.push(`${path}: minItems`);
    if (typeof s.maxItems === 'number' && value.length > s.maxItems) errors.push(`${path}: maxItems`);
    const prefix = Array.isArray(s.prefixItems) ? (s.prefixItems as Schema[]) : [];
    value.forEach((v, i) => {
      const sub = i < prefix.length ? prefix[i] : (s.items as Schema | undefined);
      if (sub !== undefined) errors.push(...validate(root, sub, v, `${path}[${i}]`));
    });
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const props = (s.properties ?? {}) as Record<string, Schema>;
    for (const r of (s.required ?? []) as string[]) if (!(r in value)) errors.push(`${path}: missing ${r}`);
    for (const [k, v] of Object.entries(value)) {
      const sub = props[k];
      if (sub !== undefined) errors.push(...validate(root, sub, v, `${path}.${k}`));
      else if (s.additionalProperties !== undefined)
        errors.push(...validate(root, s.additionalProperties as Schema, v, `${path}.${k}`));
    }
  }
  if (Array.isArray(s.allOf))
    for (const sub of s.allOf) errors.push(...validate(root, sub as Schema, value, path));
  if (
    Array.isArray(s.anyOf) &&
    !s.anyOf.some((sub) => validate(root, sub as Schema, value, path).length === 0)
  )
    errors.push(`${path}: anyOf`);
  if (
    Array.isArray(s.oneOf) &&
    s.oneOf.filter((sub) => validate(root, sub as Schema, value, path).length === 0).length !== 1
  )
    errors.push(`${path}: oneOf`);
  if (s.not !== undefined && validate(root, s.not as Schema, value, path).length === 0)
    errors.push(`${path}: not`);
  return errors;
}

/** Records each schema accepts, written by hand from the schemas' documentation. */
const SAMPLES: Record<string, Json> = {
  'core/CountSchema': 3971,
  'core/DateOrInstantSchema': '2023-06-14T08:15:00+07:00',
  'core/LocalDateSchema': '2023-06-14',
  'dossier/SupplementSchema': { requestedAt: '2023-06-02', completedAt: '2023-06-05' },
  'dossier/DossierSchema': {
    code: '000.00.06.H56-230602-0001',
    procedureCode: '1.001193',
    unit: 'UBND xã Phổ Phong',
    channel: 'online',
    status: 'returned',
    receivedAt: '2023-06-02T08:15:00+07:00',
    dueDate: '2023-06-05',
    finishedAt: '2023-06-05',
  },
  'dossier/DossierTallySchema': {
    received: 3971,
    carriedOver: 0,
    newReceived: 3971,
    newOnline: 393,
    newDirect: 3578,
    newPostal: 0,
    resolved: 3927,
    resolvedEarly: 3008,
    resolvedOnTime: 897,
    resolvedLate: 22,
    pending: 44,
    pendingWithinTerm: 44,
    pendingOverdue: 0,
    returned: 0,
    refused: 0,
    withdrawn: 0,
    stopped: 0,
    outOfScope: 0,
  },
  'dossier/DossierFiguresSchema': { received: 3971, resolved: 3927, pending: 44 },
  'dossier/NationalSyncDossierSchema': {
    MaHoSo: '000.00.06.H56-260302-0001',
    MaTTHC: '1.001193',
    KenhThucHien: '3',
    TrangThaiHoSo: '10',
    NgayTiepNhan: '20260302124900',
    NgayHenTra: '20260303170000',
    NgayTra: '20260303090000',
    DonViXuLy: 'UBND xã Phổ Phong',
  },
  'household/HouseholdSchema': {
    code: 'HPP-0001',
    area: 'rural',
    memberCount: 4,
    incomePerPerson: 1_200_000,
    recordedClass: 'poor',
  },
  'household/HouseholdMemberSchema': { age: 34, sex: 'female', healthInsurance: true },
  'personnel/RosterEntrySchema': {
    id: 'cb-01',
    fullName: 'Nguyễn Thị Tâm',
    sex: 'Nữ',
    birthYear: 1980,
    ethnicity: 'Kinh',
    qualification: 'Đại học',
    politicalTheory: 'Trung cấp',
    partyMember: true,
    assignments: [{ position: 'pho_chu_tich_ubnd', start: '2023-08-01' }],
  },
  'document/DocumentSignerSchema': { name: 'Nguyễn Thị Tâm', position: 'Phó Chủ tịch' },
  'document/DigitalSignatureCertificateSchema': {
    kind: 'agency',
    holder: 'UBND xã Phổ Phong',
    validFrom: '2021-03-01',
    validTo: '2026-03-01',
  },
  'document/OutgoingDocumentSchema': {
    direction: 'outgoing',
    numberSymbol: '06/QĐ-UBND',
    type: 'quyet-dinh',
    issuer: 'UBND xã Phổ Phong',
    issueDate: '2022-01-04',
    summary: 'Phân công thực hiện nhiệm vụ cải cách hành chính năm 2022',
    electronic: true,
    agencySignature: true,
    signerSignature: true,
  },
  'document/IncomingDocumentSchema': {
    direction: 'incoming',
    numberSymbol: '526/UBND',
    type: 'cong-van',
    issuer: 'UBND thị xã Đức Phổ',
    issueDate: '2023-06-20',
    summary: 'Báo cáo sơ kết thực hiện Chương trình xây dựng chính quyền kiến tạo',
    electronic: true,
    agencySignature: true,
    signerSignature: true,
    arrivalNumber: 312,
    arrivalDate: '2023-06-20',
  },
  'report/PrintedRateSchema': { text: '3,3%', value: '3.3', decimals: 1 },
};
SAMPLES['dossier/NationalSyncToDossierSchema'] = SAMPLES['dossier/NationalSyncDossierSchema'] as Json;
SAMPLES['document/DocumentRegisterEntrySchema'] = SAMPLES['document/OutgoingDocumentSchema'] as Json;
const PHO_PHONG = JSON.parse(
  readFileSync(new URL('../fixtures/pho-phong-figures.json', import.meta.url), 'utf8'),
) as Record<string, Json>;
delete PHO_PHONG.$comment;
SAMPLES['report/ReportFiguresSchema'] = PHO_PHONG;
for (const k of ['dossiers', 'households', 'staff', 'documents'] as const) {
  const name = { dossiers: 'Dossier', households: 'Household', staff: 'Staff', documents: 'Document' }[k];
  SAMPLES[`report/${name}ReportFiguresSchema`] = PHO_PHONG[k] as Json;
}

/**
 * A minimal record built from the JSON Schema itself (required fields only), for schemas without a
 * hand-written sample; the test still requires the zod schema to accept it.
 */
function minimal(root: Schema, s: Schema): Json | undefined {
  if (typeof s === 'boolean') return null;
  if (typeof s.$ref === 'string') {
    let t: Json = root as Json;
    for (const part of s.$ref.slice(2).split('/')) t = (t as Record<string, Json>)[part] ?? null;
    return minimal(root, t as Schema);
  }
  if (Array.isArray(s.enum)) return s.enum[0];
  if (s.const !== undefined) return s.const;
  if (Array.isArray(s.anyOf)) return minimal(root, s.anyOf[0] as Schema);
  if (Array.isArray(s.oneOf)) return minimal(root, s.oneOf[0] as Schema);
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  if (type === 'boolean') return true;
  if (type === 'integer' || type === 'number') {
    if (typeof s.minimum === 'number') return s.minimum;
    if (typeof s.exclusiveMinimum === 'number') return s.exclusiveMinimum + 1;
    return 0;
  }
  if (type === 'string') {
    if (s.format === 'date') return '2023-06-14';
    if (typeof s.pattern === 'string') return undefined;
    return 'x'.repeat(typeof s.minLength === 'number' && s.minLength > 0 ? s.minLength : 1);
  }
  if (type === 'array') {
    const n = typeof s.minItems === 'number' ? s.minItems : 0;
    if (n === 0) return [];
    const item = minimal(root, (s.items ?? true) as Schema);
    return item === undefined ? undefined : Array.from({ length: n }, () => item);
  }
  if (type === 'object') {
    const out: Record<string, Json> = {};
    const props = (s.properties ?? {}) as Record<string, Schema>;
    for (const r of (s.required ?? []) as string[]) {
      const v = props[r] === undefined ? undefined : minimal(root, props[r]);
      if (v === undefined) return undefined;
      out[r] = v;
    }
    return out;
  }
  return undefined;
}

const files: SchemaFile[] = await collectSchemas();
const zodOf = new Map<string, z.ZodType>();
for (const f of files) {
  const mod = (await import(`../../src/${f.domain}/index.ts`)) as Record<string, unknown>;
  zodOf.set(`${f.domain}/${f.name}`, mod[f.name] as z.ZodType);
}

describe('JSON Schema export', () => {
  it('exports the schemas of every domain that has some', () => {
    const domains = new Set(files.map((f) => f.domain));
    for (const d of ['core', 'dossier', 'household', 'personnel', 'document', 'report'])
      expect(domains).toContain(d);
    expect(files.length).toBeGreaterThanOrEqual(25);
  });

  it('carries the Vietnamese titles of .meta()', () => {
    const byKey = new Map(files.map((f) => [`${f.domain}/${f.name}`, f.json]));
    expect(byKey.get('report/ReportFiguresSchema')?.title).toBe('Số liệu báo cáo của xã, phường');
    expect(byKey.get('dossier/DossierSchema')?.title).toBe('Hồ sơ thủ tục hành chính');
    const props = byKey.get('report/PrintedRateSchema')?.properties as Record<string, { title?: string }>;
    expect(props.text?.title).toBe('Tỷ lệ như báo cáo ghi');
  });

  it.each(files.map((f) => [`${f.domain}/${f.name}`, f] as const))(
    '%s validates a record the zod schema accepts, and rejects a wrong type',
    (key, f) => {
      const schema = zodOf.get(key)!;
      const sample = SAMPLES[key] ?? minimal(f.json as Schema, f.json as Schema);
      expect(sample, `no sample for ${key}: add one to SAMPLES`).toBeDefined();
      const parsed = schema.safeParse(sample);
      expect(parsed.success, `${key}: ${JSON.stringify(parsed.error?.issues ?? [])}`).toBe(true);
      expect(validate(f.json as Schema, f.json as Schema, sample as Json)).toEqual([]);
      // A value of the wrong type fails both.
      const wrong: Json = typeof sample === 'object' && sample !== null ? 12345 : { not: 'this' };
      expect(schema.safeParse(wrong).success).toBe(false);
      expect(validate(f.json as Schema, f.json as Schema, wrong).length).toBeGreaterThan(0);
    },
  );

  it('a report figure of the wrong kind is rejected by the JSON Schema as by zod', () => {
    const f = files.find((x) => x.name === 'ReportFiguresSchema')!;
    const bad = { ...PHO_PHONG, dossiers: { received: 3.5 } } as Json;
    expect(zodOf.get('report/ReportFiguresSchema')!.safeParse(bad).success).toBe(false);
    expect(validate(f.json as Schema, f.json as Schema, bad)).toEqual([
      '$.dossiers.received: type "integer", got number',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  createErrorMap,
  type Locale,
  type MessageCatalog,
  type RowIssue,
  vnIssues,
} from '../../src/core/index';
import { DOCUMENT_MESSAGES, DocumentRegisterEntrySchema } from '../../src/document/index';
import { DOSSIER_FIELD_LABELS, DOSSIER_MESSAGES, DossierSchema } from '../../src/dossier/index';
import { HOUSEHOLD_FIELD_LABELS, HOUSEHOLD_MESSAGES, HouseholdSchema } from '../../src/household/index';
import * as pkg from '../../src/index';
import { PERSONNEL_MESSAGES, RosterEntrySchema } from '../../src/personnel/index';

// Issue 13 item 4: a plain `Schema.safeParse(x)` (a form in a front end) turned into our issues
// (vn.* code, path, message in the chosen language), and `safeParse` with the exported error map.
// Expected texts are written from the catalogues' wording by hand.

// Vietnamese letters English never uses (as in tests/core/catalogues.test.ts).
const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđ]/i;
const VI_LABELS = [...Object.values(DOSSIER_FIELD_LABELS), ...Object.values(HOUSEHOLD_FIELD_LABELS)].map(
  (l) => l.vi,
);

function noVietnamese(message: string): void {
  expect(message, message).not.toMatch(VIETNAMESE);
  for (const label of VI_LABELS) expect(message, message).not.toContain(label);
}

const dossier = {
  code: 'H56-0001',
  unit: 'UBND',
  channel: 'direct',
  status: 'processing',
  receivedAt: '2026-03-02',
  dueDate: '2026-03-01',
};
const household = { code: 'H1', area: 'rural', incomePerPerson: 1_000_000, reviewDate: '2031-10-01' };
const person = {
  id: 'cc-1',
  fullName: 'A',
  sex: 'Nam',
  birthYear: 1985,
  ethnicity: 'Kinh',
  qualification: 'Đại học',
  politicalTheory: 'Trung cấp',
  partyMember: true,
  assignments: [{ position: 'no_such_post', start: '2024-01-01' }],
};
const document = {
  direction: 'outgoing',
  numberSymbol: '0/UBND-VP',
  type: 'quyet-dinh',
  issuer: 'UBND',
  issueDate: '2024-01-04',
  summary: 'Summary',
  electronic: true,
  agencySignature: true,
  signerSignature: true,
};

interface Case {
  readonly name: string;
  readonly schema: z.ZodType;
  readonly input: unknown;
  readonly catalogs: readonly MessageCatalog[];
  readonly fields: readonly (typeof DOSSIER_FIELD_LABELS | typeof HOUSEHOLD_FIELD_LABELS)[];
  readonly expected: Pick<RowIssue, 'path' | 'code'> & { readonly vi: string };
}

const cases: readonly Case[] = [
  {
    name: 'DossierSchema',
    schema: DossierSchema,
    input: dossier,
    catalogs: [DOSSIER_MESSAGES],
    fields: [DOSSIER_FIELD_LABELS],
    expected: {
      path: 'dueDate',
      code: 'vn.dossier.due_before_received',
      vi: 'Ngày hẹn trả 2026-03-01 trước ngày tiếp nhận 2026-03-02.',
    },
  },
  {
    name: 'HouseholdSchema',
    schema: HouseholdSchema,
    input: household,
    catalogs: [HOUSEHOLD_MESSAGES],
    fields: [HOUSEHOLD_FIELD_LABELS],
    expected: {
      path: 'reviewDate',
      code: 'vn.household.no_standard_in_force',
      vi: 'Không có chuẩn nghèo nào có hiệu lực vào ngày rà soát 2031-10-01 (chuẩn quốc gia áp dụng từ 01/01/2016 đến 31/12/2030).',
    },
  },
  {
    name: 'RosterEntrySchema',
    schema: RosterEntrySchema,
    input: person,
    catalogs: [PERSONNEL_MESSAGES],
    fields: [],
    expected: {
      path: 'assignments.0.position',
      code: 'vn.personnel.unknown_position',
      vi: 'Chức danh «no_such_post» không có trong danh mục chức danh nào.',
    },
  },
  {
    name: 'DocumentRegisterEntrySchema',
    schema: DocumentRegisterEntrySchema,
    input: document,
    catalogs: [DOCUMENT_MESSAGES],
    fields: [],
    expected: {
      path: 'numberSymbol',
      code: 'vn.document.invalid_number',
      vi: 'Số văn bản «0» không hợp lệ: số thứ tự bắt đầu từ 01.',
    },
  },
];

describe('vnIssues over a plain Schema.safeParse(x)', () => {
  for (const c of cases) {
    it(`${c.name}: the vn.* code, the path, the message in Vietnamese (default) and English`, () => {
      const r = c.schema.safeParse(c.input);
      expect(r.success).toBe(false);
      const vi = vnIssues(r.error!, { catalogs: c.catalogs, fields: c.fields, input: c.input });
      expect(vi.map((i) => [i.path, i.code])).toEqual([[c.expected.path, c.expected.code]]);
      expect(vi[0]?.message).toBe(c.expected.vi);
      const en = vnIssues(r.error!, { locale: 'en', catalogs: c.catalogs, fields: c.fields, input: c.input });
      expect(en[0]?.code).toBe(c.expected.code);
      expect(en[0]?.message).not.toBe(c.expected.vi);
      noVietnamese(en[0]!.message);
      // never zod's own English text
      expect(en[0]?.message).not.toBe(r.error!.issues[0]?.message);
    });
  }

  it("zod's own checks: a missing field and a wrong type told apart with the input", () => {
    const x = { ...household, code: 7, area: undefined, reviewDate: '2026-02-30' };
    const r = HouseholdSchema.safeParse(x);
    const en = vnIssues(r.error!, {
      locale: 'en',
      catalogs: [HOUSEHOLD_MESSAGES],
      fields: [HOUSEHOLD_FIELD_LABELS],
      input: x,
    });
    expect(en.map((i) => [i.path, i.code, i.message])).toEqual([
      ['code', 'vn.invalid_type', 'Field "household code" has the wrong type: expected a string, got 7.'],
      ['area', 'vn.required', 'Missing required field "area".'],
      ['reviewDate', 'vn.invalid_date', 'Field "review date" is not a real date (YYYY-MM-DD): "2026-02-30".'],
    ]);
    for (const i of en) noVietnamese(i.message);
    const vi = vnIssues(r.error!, {
      catalogs: [HOUSEHOLD_MESSAGES],
      fields: [HOUSEHOLD_FIELD_LABELS],
      input: x,
    });
    expect(vi.map((i) => i.message)).toEqual([
      'Trường «mã hộ» sai kiểu: cần chuỗi, nhận được 7.',
      'Thiếu trường bắt buộc «khu vực».',
      'Trường «ngày rà soát» không phải ngày có thật (dạng YYYY-MM-DD): "2026-02-30".',
    ]);
    // without the input zod does not say which: reported as a wrong value, received unknown
    expect(vnIssues(r.error!, { locale: 'en' })[1]).toMatchObject({
      path: 'area',
      code: 'vn.invalid_value',
      message: 'Field "area" has value —, which is not one of: "rural", "urban".',
    });
    // parsed with reportInput the issues carry their values: no input needed
    const withValues = HouseholdSchema.safeParse(x, { reportInput: true });
    expect(vnIssues(withValues.error!, { locale: 'en' }).map((i) => i.code)).toEqual([
      'vn.invalid_type',
      'vn.required',
      'vn.invalid_date',
    ]);
  });

  it('a code no given catalogue has: our generic message, never the code or zod text', () => {
    const r = HouseholdSchema.safeParse(household);
    const [i] = vnIssues(r.error!, { locale: 'en' });
    expect(i).toMatchObject({
      code: 'vn.household.no_standard_in_force',
      message: 'Invalid row at "reviewDate".',
    });
  });

  it('is exported from the package root, and throws a TypeError on anything but a ZodError', () => {
    expect(pkg.vnIssues).toBe(vnIssues);
    // @ts-expect-error not a ZodError
    expect(() => vnIssues({})).toThrow(TypeError);
  });
});

describe('Schema.safeParse(x, { error: createErrorMap(…) })', () => {
  const map = (c: Case, locale: Locale) => createErrorMap({ locale, catalogs: c.catalogs, fields: c.fields });
  for (const c of cases) {
    it(`${c.name}: the vn.* code in the issue, our message in the chosen language`, () => {
      const vi = c.schema.safeParse(c.input, { error: map(c, 'vi') });
      const en = c.schema.safeParse(c.input, { error: map(c, 'en') });
      const iv = vi.error!.issues[0]!;
      expect(iv.path.join('.')).toBe(c.expected.path);
      expect((iv as { params?: { code?: string } }).params?.code).toBe(c.expected.code);
      expect(iv.message).toBe(c.expected.vi);
      const ie = en.error!.issues[0]!;
      noVietnamese(ie.message);
      expect(
        vnIssues(en.error!, { locale: 'en', catalogs: c.catalogs, fields: c.fields, input: c.input })[0]
          ?.message,
      ).toBe(ie.message);
    });
  }

  it('without the domain catalogue: our generic message, not zod’s English', () => {
    const r = HouseholdSchema.safeParse(household, { error: createErrorMap({ locale: 'vi' }) });
    expect(r.error!.issues[0]!.message).toBe('Dòng dữ liệu không hợp lệ ở «reviewDate».');
  });

  it('a plain z schema too', () => {
    const r = z.object({ n: z.int() }).safeParse({}, { error: createErrorMap({ locale: 'en' }) });
    expect(r.error!.issues[0]!.message).toBe('Missing required field "n".');
  });
});

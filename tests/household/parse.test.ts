import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  HOUSEHOLD_MESSAGES,
  HouseholdSchema,
  householdKey,
  parseHouseholds,
} from '../../src/household/index';

const ok = { code: 'H1', area: 'rural', incomePerPerson: 1_200_000, deprivations: ['sanitation'] };

describe('parseHouseholds', () => {
  const rows: unknown[] = [
    ok, // 0 valid
    { ...ok, code: 'H2', incomePerPerson: -5 }, // 1 negative income
    {
      ...ok,
      code: 'H3',
      deprivations: [
        'employment',
        'dependants',
        'nutrition',
        'health-insurance',
        'adult-education',
        'school-attendance',
        'housing-quality',
        'housing-area',
        'drinking-water',
        'sanitation',
        'telecommunications',
        'information-means',
        'sanitation',
      ],
    }, // 2 thirteen deprivations
    { ...ok, code: 'H4', members: [{ age: 30 }, { age: -1 }] }, // 3 member younger than 0
    { ...ok, code: 'H5', area: 'suburb' }, // 4 area
    { ...ok, code: 'H6', reviewDate: '2015-10-01' }, // 5 no standard in force
    { ...ok, code: 'H7', reviewDate: '2018-10-01', deprivations: undefined, deprivationCount: 11 }, // 6 11 > 10 indicators in 2018
    { ...ok, code: 'H1' }, // 7 duplicate of row 0
    {
      code: 'H8',
      area: 'urban',
      scoreA: 150,
      scoreB: 40,
      recordedClass: 'Hộ cận nghèo',
      reviewDate: '2024-10-10',
    }, // 8 valid
    { code: 'H9', area: 'urban', scoreA: 150, scoreB: 35 }, // 9 score B not a multiple of 10
    { code: 'H10', area: 'urban' }, // 10 nothing to classify by
  ];
  const r = parseHouseholds(rows);

  it('keeps every row in exactly one list', () => {
    expect(r.total).toBe(11);
    expect(r.validIndices).toEqual([0, 8]);
    expect(r.rejected.map((x) => x.index)).toEqual([1, 2, 3, 4, 5, 6, 7, 9, 10]);
    expect(r.valid[1]!.recordedClass).toBe('near-poor');
  });

  it('rejects each bad input with its stable code and a Vietnamese message', () => {
    const issue = (i: number) => r.rejected.find((x) => x.index === i)!.issues[0]!;
    expect(issue(1)).toMatchObject({ path: 'incomePerPerson', code: 'vn.household.negative_income' });
    expect(issue(1).message).toBe('Trường «thu nhập bình quân đầu người» không được âm: -5.');
    expect(issue(2)).toMatchObject({ path: 'deprivations', code: 'vn.household.too_many_deprivations' });
    expect(issue(2).message).toBe('Số chỉ số thiếu hụt (13) vượt quá số chỉ số của chuẩn nghèo (12).');
    expect(issue(3)).toMatchObject({ path: 'members.1.age', code: 'vn.household.negative_age' });
    expect(issue(3).message).toBe('Tuổi của nhân khẩu thứ 2 không được nhỏ hơn 0: -1.');
    expect(issue(4)).toMatchObject({ path: 'area', code: 'vn.invalid_value' });
    expect(issue(4).message).toBe(
      'Trường «khu vực» có giá trị "suburb" không thuộc danh mục: "rural", "urban".',
    );
    expect(issue(5)).toMatchObject({ path: 'reviewDate', code: 'vn.household.no_standard_in_force' });
    expect(issue(5).message).toMatch(/^Không có chuẩn nghèo nào có hiệu lực vào ngày rà soát 2015-10-01/);
    expect(issue(6)).toMatchObject({ path: 'deprivationCount', code: 'vn.household.too_many_deprivations' });
    expect(issue(6).message).toBe('Số chỉ số thiếu hụt (11) vượt quá số chỉ số của chuẩn nghèo (10).');
    expect(issue(7)).toMatchObject({ path: 'code', code: 'vn.household.duplicate_code' });
    expect(issue(7).message).toBe('Mã hộ «H1» trùng với dòng 1 (dòng đầu tiên được giữ lại).');
    expect(r.rejected.find((x) => x.index === 7)!.row).toBe(rows[7]);
    expect(issue(9).code).toBe('vn.household.score_b_not_multiple');
    expect(issue(10).code).toBe('vn.household.no_income_or_score');
  });

  it('counts rejections by code', () => {
    expect(r.rejectedByCode).toEqual({
      'vn.household.negative_income': 1,
      'vn.household.too_many_deprivations': 2,
      'vn.household.negative_age': 1,
      'vn.invalid_value': 1,
      'vn.household.no_standard_in_force': 1,
      'vn.household.duplicate_code': 1,
      'vn.household.score_b_not_multiple': 1,
      'vn.household.no_income_or_score': 1,
    });
  });

  it('speaks English on request', () => {
    const e = parseHouseholds([{ ...ok, incomePerPerson: -1 }], { locale: 'en' });
    expect(e.rejected[0]!.issues[0]!.message).toBe('Field "income per person" cannot be negative: -1.');
  });

  it('detects repeated codes across villages only with the composite key', () => {
    const a = { ...ok, code: '12', village: 'Thôn 1', head: 'A' };
    const b = { ...ok, code: '12', village: 'Thôn 2', head: 'B' };
    expect(parseHouseholds([a, b]).rejected).toHaveLength(1);
    expect(parseHouseholds([a, b], { duplicateKey: 'code-village-head' }).rejected).toHaveLength(0);
    expect(parseHouseholds([a, a], { duplicateKey: 'code-village-head' }).rejectedByCode).toEqual({
      'vn.household.duplicate_code': 1,
    });
    expect(householdKey({ code: '12', village: 'Thôn 1', head: 'A' }, 'code-village-head')).toBe(
      '12|Thôn 1|A',
    );
  });

  it('accepts a date in force and rejects an impossible one', () => {
    expect(HouseholdSchema.safeParse({ ...ok, reviewDate: '2030-12-31' }).success).toBe(true);
    const bad = parseHouseholds([{ ...ok, reviewDate: '2023-02-30' }]);
    expect(bad.rejected[0]!.issues[0]!.code).toBe('vn.invalid_date');
  });

  it('every code is vn.household.* (parity: tests/core/catalogues.test.ts)', () => {
    for (const code of Object.keys(HOUSEHOLD_MESSAGES)) expect(code).toMatch(/^vn\.household\./);
  });

  it('exports JSON Schema for input (export labels) and output (keys)', () => {
    type Props = { properties: Record<string, { enum?: string[]; minimum?: number }> };
    const out = z.toJSONSchema(HouseholdSchema) as unknown as Props;
    const inp = z.toJSONSchema(HouseholdSchema, { io: 'input' }) as unknown as Props;
    expect(out.properties.recordedClass!.enum).toEqual(['poor', 'near-poor', 'average', 'none', 'not-poor']);
    expect(inp.properties.recordedClass!.enum).toContain('Hộ không nghèo');
    expect(out.properties.incomePerPerson!.minimum).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import {
  communeStaffingQuota,
  DECREE_33_2023_QUOTAS,
  PROVISIONAL_COMMUNE_FRAME_2025,
  parsePersonnel,
  type StaffingFrameRule,
  staffingAgainstQuota,
  staffingQuotaStatus,
} from '../../src/personnel';

const D = '2024-06-14';

describe('Decree 33/2023 quota tables (Điều 6, Điều 33)', () => {
  // From the decree: phường 23/21/19; xã, thị trấn 22/20/18; non-specialised 14/12/10.
  const cases = [
    ['phuong', 'I', 23, 14],
    ['phuong', 'II', 21, 12],
    ['phuong', 'III', 19, 10],
    ['xa', 'I', 22, 14],
    ['xa', 'II', 20, 12],
    ['xa', 'III', 18, 10],
    ['thi_tran', 'I', 22, 14],
    ['thi_tran', 'II', 20, 12],
    ['thi_tran', 'III', 18, 10],
  ] as const;
  it.each(cases)('%s loại %s: %i cán bộ, công chức and %i non-specialised', (kind, cls, officials, ns) => {
    const q = communeStaffingQuota({ kind, class: cls }, D);
    expect(q.rule.id).toBe('nd-33-2023');
    expect(q.officials).toEqual({
      base: officials,
      populationIncrement: 0,
      areaIncrement: 0,
      total: officials,
    });
    expect(q.nonSpecialised?.total).toBe(ns);
  });

  it('applies from 2023-08-01 to 2025-06-30 only', () => {
    expect(communeStaffingQuota({ kind: 'xa', class: 'I' }, '2023-08-01').officials.total).toBe(22);
    expect(communeStaffingQuota({ kind: 'xa', class: 'I' }, '2025-06-30').officials.total).toBe(22);
    expect(() => communeStaffingQuota({ kind: 'xa', class: 'I' }, '2023-07-31')).toThrow(
      /\[commune-kpi\] no quota rule is in force on 2023-07-31/,
    );
    expect(() => communeStaffingQuota({ kind: 'xa', class: 'I' }, '2025-07-01')).toThrow(
      /PROVISIONAL_COMMUNE_FRAME_2025/,
    );
  });

  it('rejects a missing class, a special zone, a population without its norm', () => {
    expect(() => communeStaffingQuota({ kind: 'xa' }, D)).toThrow(RangeError);
    expect(() => communeStaffingQuota({ kind: 'dac_khu', class: 'I' }, D)).toThrow(RangeError);
    expect(() => communeStaffingQuota({ kind: 'xa', class: 'I', population: 9000 }, D)).toThrow(
      /populationNorm/,
    );
    expect(() => communeStaffingQuota({ kind: 'xa', class: 'I', area: 10, areaNorm: 0 }, D)).toThrow(
      /areaNorm/,
    );
  });
});

describe('population increments: each full 1/2 of the norm above it (1/3 for a phường of a quận)', () => {
  // xã, norm 8 000 → one step is 4 000 people above 8 000.
  const xa = (population: number) =>
    communeStaffingQuota({ kind: 'xa', class: 'II', population, populationNorm: 8000 }, D);
  it.each([
    [8000, 0],
    [11999, 0],
    [12000, 1],
    [12001, 1],
    [15999, 1],
    [16000, 2],
    [16001, 2],
    [20000, 3],
    [5000, 0],
  ])('xã with %i people: +%i', (population, inc) => {
    const q = xa(population);
    expect(q.officials).toEqual({ base: 20, populationIncrement: inc, areaIncrement: 0, total: 20 + inc });
    expect(q.nonSpecialised).toEqual({
      base: 12,
      populationIncrement: inc,
      areaIncrement: 0,
      total: 12 + inc,
    });
  });

  // phường of a quận, norm 9 000 → one step is 3 000.
  it.each([
    [11999, 0],
    [12000, 1],
    [12001, 1],
    [14999, 1],
    [15000, 2],
  ])('phường of a quận with %i people: +%i', (population, inc) => {
    const q = communeStaffingQuota(
      { kind: 'phuong', class: 'I', urbanDistrict: true, population, populationNorm: 9000 },
      D,
    );
    expect(q.officials.total).toBe(23 + inc);
    expect(q.nonSpecialised?.total).toBe(14 + inc);
  });

  it('a phường outside a quận (of a thị xã) uses the 1/2 step', () => {
    // norm 9 000, 12 000 people: 3 000 above = 1/3 of the norm, not a full 1/2 → 0; 13 500 → 1.
    expect(
      communeStaffingQuota({ kind: 'phuong', class: 'I', population: 12000, populationNorm: 9000 }, D)
        .officials.total,
    ).toBe(23);
    expect(
      communeStaffingQuota({ kind: 'phuong', class: 'I', population: 13499, populationNorm: 9000 }, D)
        .officials.total,
    ).toBe(23);
    expect(
      communeStaffingQuota({ kind: 'phuong', class: 'I', population: 13500, populationNorm: 9000 }, D)
        .officials.total,
    ).toBe(24);
    // urbanDistrict is read only for a phường.
    expect(
      communeStaffingQuota(
        { kind: 'xa', class: 'I', urbanDistrict: true, population: 12000, populationNorm: 9000 },
        D,
      ).officials.total,
    ).toBe(22);
  });
});

describe('area increments: each full 100 % of the norm above it', () => {
  it.each([
    [30, 0],
    [59.99, 0],
    [60, 1],
    [60.01, 1],
    [89.9, 1],
    [90, 2],
    [120, 3],
  ])('xã of %s km² against a 30 km² norm: +%i', (area, inc) => {
    const q = communeStaffingQuota({ kind: 'xa', class: 'III', area, areaNorm: 30 }, D);
    expect(q.officials).toEqual({ base: 18, populationIncrement: 0, areaIncrement: inc, total: 18 + inc });
    expect(q.nonSpecialised?.total).toBe(10 + inc);
  });

  it('decides steps exactly on decimal figures (0.3 / 0.1 is 3 norms, not 2.999…)', () => {
    expect(
      communeStaffingQuota({ kind: 'xa', class: 'III', area: 0.3, areaNorm: 0.1 }, D).officials.areaIncrement,
    ).toBe(2);
    expect(
      communeStaffingQuota({ kind: 'xa', class: 'III', area: 0.2, areaNorm: 0.1 }, D).officials.areaIncrement,
    ).toBe(1);
  });

  it('adds population and area increments together, and explains them', () => {
    const q = communeStaffingQuota(
      { kind: 'xa', class: 'II', population: 16000, populationNorm: 8000, area: 60, areaNorm: 30 },
      D,
    );
    expect(q.officials.total).toBe(20 + 2 + 1);
    expect(q.nonSpecialised?.total).toBe(12 + 2 + 1);
    expect(q.explanation).toContain(
      'xã, thị trấn loại II: 20 cán bộ, công chức và 12 người hoạt động không chuyên trách',
    );
    expect(q.explanation).toContain('+2');
    expect(q.explanation).toContain('Nghị định 33/2023/NĐ-CP');
  });
});

describe('staffingQuotaStatus', () => {
  it('says in quota, over by N or under by N', () => {
    expect(staffingQuotaStatus(22, 22)).toEqual({ status: 'in_quota', by: 0 });
    expect(staffingQuotaStatus(23, 22)).toEqual({ status: 'over', by: 1 });
    expect(staffingQuotaStatus(19, 22)).toEqual({ status: 'under', by: 3 });
  });
});

describe('after 1 July 2025: the staffing frame supplied as data', () => {
  const base = {
    sex: 'Nam',
    birthYear: 1980,
    ethnicity: 1,
    qualification: 'Đại học',
    politicalTheory: 'Trung cấp',
    partyMember: true,
  };
  const post = (id: string, position: string) => ({
    ...base,
    id,
    fullName: id,
    assignments: [{ position, start: '2025-07-01' }],
  });
  // A new xã: 1 party secretary (party, not counted), 1 military commander (not counted),
  // 1 HĐND chair, 1 UBND chair, 2 vice-chairs, 2 office civil servants, 1 economy office head → 7 counted.
  const rows = [
    post('p1', 'bi_thu_dang_uy'),
    post('p2', 'chi_huy_truong_quan_su'),
    post('p3', 'chu_tich_hdnd'),
    post('p4', 'chu_tich_ubnd'),
    post('p5', 'pho_chu_tich_ubnd'),
    post('p6', 'pho_chu_tich_ubnd'),
    post('p7', 'vp.cong_chuc'),
    post('p8', 'vp.cong_chuc'),
    post('p9', 'kt.truong_phong'),
  ];
  const parsed = parsePersonnel(rows, { asOf: '2025-09-01', unitKind: 'xa' });

  it('parses the post-reform posts', () => {
    expect(parsed.rejected).toEqual([]);
  });

  it('counts a commune under the provisional frame of 32 and marks it provisional', () => {
    const r = staffingAgainstQuota(parsed.valid, { kind: 'xa' }, '2025-09-01', {
      rules: [DECREE_33_2023_QUOTAS, PROVISIONAL_COMMUNE_FRAME_2025],
    });
    expect(r.quota.rule.id).toBe('cv-09-bcd-2025-provisional');
    expect(r.quota.rule.type === 'frame' && r.quota.rule.provisional).toBe(true);
    expect(r.quota.nonSpecialised).toBeUndefined();
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toMatchObject({ group: 'officials', actual: 7, quota: 32, status: 'under', by: 25 });
    expect(r.quota.explanation).toContain('tạm thời');
  });

  it('counts a commune under a province-supplied frame', () => {
    const frame: StaffingFrameRule = {
      type: 'frame',
      id: 'province-x-2025',
      basis: 'Quyết định của UBND tỉnh X (ví dụ)',
      effectiveFrom: '2025-07-01',
      officials: 6,
      countedSectors: ['council', 'government'],
      provisional: false,
    };
    const r = staffingAgainstQuota(parsed.valid, { kind: 'xa' }, '2025-09-01', {
      rules: [DECREE_33_2023_QUOTAS, frame],
    });
    expect(r.lines[0]).toMatchObject({ actual: 7, quota: 6, status: 'over', by: 1 });
    expect(r.lines[0]?.text).toBe('Biên chế chính quyền xã: 7/6, vượt 1 so với định mức.');
    // The same rules pick Decree 33/2023 on 30/06/2025.
    expect(
      communeStaffingQuota({ kind: 'xa', class: 'I' }, '2025-06-30', {
        rules: [DECREE_33_2023_QUOTAS, frame],
      }).rule.id,
    ).toBe('nd-33-2023');
  });
});

describe('village workers: at most 3 per thôn, tổ dân phố (Decree 33/2023)', () => {
  const base = {
    sex: 'Nữ',
    birthYear: 1980,
    ethnicity: 1,
    qualification: 'Sơ cấp',
    politicalTheory: 'Sơ cấp',
    partyMember: false,
  };
  const worker = (id: string, village: string) => ({
    ...base,
    id,
    fullName: id,
    assignments: [{ position: 'khong_chuyen_trach_thon', start: '2023-08-01', village }],
  });
  const rows = [
    worker('a1', 'Thôn An Phú'),
    worker('a2', 'Thôn An Phú'),
    worker('a3', 'Thôn An Phú'),
    worker('a4', 'Thôn An Phú'),
    worker('d1', 'Thôn Đông'),
    worker('d2', 'Thôn Đông'),
  ];
  it('reports each village against the maximum', () => {
    const { valid } = parsePersonnel(rows, { asOf: D });
    const r = staffingAgainstQuota(valid, { kind: 'xa', class: 'III' }, D);
    expect(r.villages).toEqual([
      {
        village: 'Thôn An Phú',
        actual: 4,
        max: 3,
        over: 1,
        text: 'Thôn An Phú: 4/3 người, vượt 1 so với số tối đa.',
      },
      { village: 'Thôn Đông', actual: 2, max: 3, over: 0, text: 'Thôn Đông: 2/3 người, trong số tối đa.' },
    ]);
    // Village workers are not commune-level non-specialised workers.
    expect(r.lines.map((l) => l.actual)).toEqual([0, 0]);
  });
  it('gives no village figures under a frame without a maximum', () => {
    const { valid } = parsePersonnel(rows, { asOf: '2025-09-01' });
    const r = staffingAgainstQuota(valid, { kind: 'xa' }, '2025-09-01', {
      rules: [PROVISIONAL_COMMUNE_FRAME_2025],
    });
    expect(r.villages).toEqual([]);
  });
});

describe('JSON Schema export', () => {
  it('exports the roster schema for integrators (input side)', async () => {
    const { z } = await import('zod');
    const { RosterEntrySchema } = await import('../../src/personnel');
    const j = z.toJSONSchema(RosterEntrySchema, { io: 'input' }) as {
      properties: Record<string, { description?: string }>;
    };
    expect(Object.keys(j.properties)).toContain('assignments');
    expect(j.properties.qualification?.description).toContain('tiến sĩ');
  });
});

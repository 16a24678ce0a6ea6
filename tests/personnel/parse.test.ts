import { describe, expect, it } from 'vitest';
import {
  createRosterEntrySchema,
  DEFAULT_ROSTER_SCHEMA_OPTIONS,
  ethnicGroupCode,
  findStaffPosition,
  PERSONNEL_MESSAGES,
  parsePersonnel,
  politicalTheoryLevel,
  qualificationLevel,
  RosterEntrySchema,
} from '../../src/personnel';

const good = {
  id: 'cc-01',
  fullName: 'Nguyễn Văn A',
  sex: 'Nam',
  birthYear: 1985,
  ethnicity: 'Kinh',
  qualification: 'Đại học',
  politicalTheory: 'Trung cấp',
  partyMember: true,
  assignments: [{ position: 'tu_phap_ho_tich', start: '2023-08-01' }],
};

const AS_OF = '2024-06-14';

describe('parsePersonnel: bad rows are rejected one by one, with Vietnamese messages, and counted', () => {
  const rows = [
    good,
    // 1. end date before start
    {
      ...good,
      id: 'r1',
      assignments: [{ position: 'tu_phap_ho_tich', start: '2024-03-01', end: '2024-02-01' }],
    },
    // 2. two overlapping main posts
    {
      ...good,
      id: 'r2',
      assignments: [
        { position: 'tu_phap_ho_tich', start: '2023-09-01' },
        { position: 'van_hoa_xa_hoi', start: '2024-01-01', end: '2024-05-01' },
      ],
    },
    // 3. unknown qualification label
    { ...good, id: 'r3', qualification: 'Bằng B' },
    // 4. birth date in the future of the as-of date
    { ...good, id: 'r4', birthYear: undefined, birthDate: '2024-06-15' },
    // 5. a post that does not exist on the date (an NĐ 33/2023 title after the reform)
    { ...good, id: 'r5', assignments: [{ position: 'tu_phap_ho_tich', start: '2025-07-01' }] },
    // 6. unknown ethnicity
    { ...good, id: 'r6', ethnicity: 'Xyz' },
    // 7. a concurrent post overlapping is fine
    {
      ...good,
      id: 'r7',
      assignments: [
        { position: 'bi_thu_dang_uy', start: '2023-09-01' },
        { position: 'chu_tich_hdnd', start: '2023-09-01', concurrent: true },
      ],
    },
  ];
  const r = parsePersonnel(rows, { asOf: AS_OF });

  it('keeps every row in exactly one list', () => {
    expect(r.total).toBe(8);
    expect(r.validIndices).toEqual([0, 7]);
    expect(r.rejected.map((x) => x.index)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(r.valid.length + r.rejected.length).toBe(r.total);
  });

  it('gives each a stable code, a path and a clear Vietnamese message', () => {
    const byIndex = (i: number) => r.rejected.find((x) => x.index === i)?.issues ?? [];
    expect(byIndex(1).map((i) => [i.code, i.path, i.message])).toEqual([
      [
        'vn.personnel.end_before_start',
        'assignments.0.end',
        'Nhiệm vụ «Tư pháp - hộ tịch»: ngày kết thúc 2024-02-01 trước ngày bắt đầu 2024-03-01.',
      ],
    ]);
    expect(byIndex(2).map((i) => [i.code, i.path, i.message])).toEqual([
      [
        'vn.personnel.overlapping_posts',
        'assignments.1',
        'Một người giữ hai chức danh chính cùng lúc: «Tư pháp - hộ tịch» (từ 2023-09-01) và «Văn hóa - xã hội» (từ 2024-01-01); chức danh kiêm nhiệm phải ghi concurrent: true.',
      ],
    ]);
    expect(byIndex(3).map((i) => [i.code, i.path, i.message])).toEqual([
      [
        'vn.personnel.unknown_qualification',
        'qualification',
        'Trình độ chuyên môn "Bằng B" không có trong danh mục (tiến sĩ, thạc sĩ, đại học, cao đẳng, trung cấp, sơ cấp, chưa qua đào tạo).',
      ],
    ]);
    expect(byIndex(4).map((i) => [i.code, i.path, i.message])).toEqual([
      ['vn.personnel.birth_in_future', 'birthDate', 'Ngày sinh 2024-06-15 sau ngày báo cáo 2024-06-14.'],
    ]);
    expect(byIndex(5).map((i) => [i.code, i.path, i.message])).toEqual([
      [
        'vn.personnel.position_not_in_force',
        'assignments.0.position',
        'Chức danh «Tư pháp - hộ tịch» không tồn tại vào ngày 2025-07-01 (theo danh mục đang áp dụng ngày đó).',
      ],
    ]);
    expect(byIndex(6).map((i) => i.code)).toEqual(['vn.personnel.unknown_ethnicity']);
  });

  it('speaks English on request', () => {
    const en = parsePersonnel([rows[1]], { asOf: AS_OF, locale: 'en' });
    expect(en.rejected[0]?.issues[0]?.message).toBe(
      'Assignment "tu_phap_ho_tich": end date 2024-02-01 is before start date 2024-03-01.',
    );
  });

  it('rejects a birth year after the as-of year, and a year contradicting the date', () => {
    const y = parsePersonnel([{ ...good, birthYear: 2025 }], { asOf: AS_OF });
    expect(y.rejected[0]?.issues.map((i) => [i.code, i.path])).toEqual([
      ['vn.personnel.birth_in_future', 'birthYear'],
    ]);
    const m = parsePersonnel([{ ...good, birthYear: 1985, birthDate: '1986-01-01' }], { asOf: AS_OF });
    expect(m.rejected[0]?.issues[0]?.code).toBe('vn.personnel.birth_year_mismatch');
    const none = parsePersonnel([{ ...good, birthYear: undefined }], { asOf: AS_OF });
    expect(none.rejected[0]?.issues[0]?.message).toBe('Thiếu ngày sinh hoặc năm sinh.');
  });

  it('rejects an open NĐ 33/2023 post that runs past the reform on the as-of date', () => {
    const r2 = parsePersonnel([good], { asOf: '2025-08-01' });
    expect(r2.rejected[0]?.issues[0]?.code).toBe('vn.personnel.position_not_in_force');
    expect(r2.rejected[0]?.issues[0]?.params.date).toBe('2025-07-01');
    // Closed on 30/06/2025 and followed by a post of the new list: accepted.
    const ok = parsePersonnel(
      [
        {
          ...good,
          assignments: [
            {
              position: 'tu_phap_ho_tich',
              start: '2023-08-01',
              end: '2025-06-30',
              endReason: 'reorganisation',
            },
            { position: 'vp.cong_chuc', start: '2025-07-01', startReason: 'reorganisation' },
          ],
        },
      ],
      { asOf: '2025-08-01' },
    );
    expect(ok.rejected).toEqual([]);
    expect(ok.valid[0]?.assignments.map((a) => a.category)).toEqual(['cong_chuc', 'cong_chuc']);
  });

  it('rejects posts unknown in every list, of another unit kind, or with a mismatched category', () => {
    const unknown = parsePersonnel(
      [{ ...good, assignments: [{ position: 'truong_cong_an', start: '2024-01-01' }] }],
      { asOf: AS_OF },
    );
    expect(unknown.rejected[0]?.issues[0]?.message).toBe(
      'Chức danh «truong_cong_an» không có trong danh mục chức danh nào.',
    );
    const kind = parsePersonnel(
      [{ ...good, assignments: [{ position: 'dia_chinh_xd_do_thi_mt', start: '2024-01-01' }] }],
      {
        asOf: AS_OF,
        unitKind: 'xa',
      },
    );
    expect(kind.rejected[0]?.issues[0]?.code).toBe('vn.personnel.position_wrong_unit_kind');
    const cat = parsePersonnel(
      [{ ...good, assignments: [{ position: 'tu_phap_ho_tich', start: '2024-01-01', category: 'can_bo' }] }],
      {
        asOf: AS_OF,
      },
    );
    expect(cat.rejected[0]?.issues[0]?.code).toBe('vn.personnel.category_mismatch');
  });

  it('rejects a party-joining date for a non-member or after the as-of date', () => {
    const r1 = parsePersonnel([{ ...good, partyMember: false, partyJoinDate: '2010-05-19' }], {
      asOf: AS_OF,
    });
    expect(r1.rejected[0]?.issues.map((i) => [i.code, i.message])).toEqual([
      [
        'vn.personnel.party_date_without_membership',
        'Có ngày vào Đảng 2010-05-19 nhưng không ghi là đảng viên (partyMember: false).',
      ],
    ]);
    const r2 = parsePersonnel([{ ...good, partyJoinDate: '2024-07-01' }], { asOf: AS_OF });
    expect(r2.rejected[0]?.issues.map((i) => i.code)).toEqual(['vn.personnel.party_date_in_future']);
    expect(parsePersonnel([{ ...good, partyJoinDate: '2010-05-19' }], { asOf: AS_OF }).rejected).toEqual([]);
  });

  it('rejects an unverified post of the 2025 list unless the caller accepts unverified posts', () => {
    // The village titles of Nghị định 185/2026/NĐ-CP rest on a secondary source only.
    const row = { ...good, assignments: [{ position: 'thon.truong_thon', start: '2026-06-01' }] };
    const r1 = parsePersonnel([row], { asOf: '2026-09-01' });
    expect(r1.rejected[0]?.issues.map((i) => [i.code, i.path])).toEqual([
      ['vn.personnel.position_unverified', 'assignments.0.position'],
    ]);
    expect(r1.rejected[0]?.issues[0]?.message).toContain('chưa được xác minh');
    const r2 = parsePersonnel([row], { asOf: '2026-09-01', acceptUnverifiedPositions: true });
    expect(r2.valid[0]?.assignments[0]?.category).toBe('khong_chuyen_trach_thon');
    // Phòng Văn hóa - Xã hội is verified against Nghị định 150/2025/NĐ-CP: no option needed.
    const vhxh = { ...good, assignments: [{ position: 'vhxh.cong_chuc', start: '2025-07-01' }] };
    expect(parsePersonnel([vhxh], { asOf: '2025-09-01' }).valid[0]?.assignments[0]?.category).toBe(
      'cong_chuc',
    );
  });

  it('asks for a position list for an assignment wholly before 01/08/2023, unless told to accept it', () => {
    const old = {
      ...good,
      assignments: [{ position: 'tu_phap_ho_tich', start: '2019-01-01', end: '2023-06-30' }],
    };
    const r1 = parsePersonnel([old], { asOf: AS_OF });
    expect(r1.rejected[0]?.issues[0]?.code).toBe('vn.personnel.no_position_list');
    expect(r1.rejected[0]?.issues[0]?.message).toContain('positionLists');
    const withCategory = { ...old, assignments: [{ ...old.assignments[0], category: 'cong_chuc' }] };
    expect(parsePersonnel([withCategory], { asOf: AS_OF, allowUnlistedDates: true }).rejected).toEqual([]);
    // An assignment that started earlier and runs into the list's span is checked on that span.
    const straddle = { ...good, assignments: [{ position: 'tu_phap_ho_tich', start: '2019-01-01' }] };
    expect(parsePersonnel([straddle], { asOf: AS_OF }).rejected).toEqual([]);
  });

  it('maps the labels real exports hold', () => {
    const r3 = RosterEntrySchema.parse({
      ...good,
      sex: 'Nữ',
      ethnicity: 'Ê Đê',
      qualification: 'Tiến Sỹ',
      politicalTheory: 'Cao cấp, cử nhân',
    });
    expect([r3.sex, r3.ethnicity, r3.qualification, r3.politicalTheory]).toEqual([
      'nu',
      12,
      'tien_si',
      'cao_cap',
    ]);
    expect(
      createRosterEntrySchema({ ...DEFAULT_ROSTER_SCHEMA_OPTIONS, asOf: '1980-01-01' }).safeParse(good)
        .success,
    ).toBe(false);
  });
});

describe('value lists', () => {
  it('knows the 54 ethnic groups by code and by name', () => {
    expect(ethnicGroupCode('Kinh')).toBe(1);
    expect(ethnicGroupCode("H'Mông")).toBe(8);
    expect(ethnicGroupCode('Mông')).toBe(8);
    expect(ethnicGroupCode('Khmer')).toBe(5);
    expect(ethnicGroupCode('Gia Rai')).toBe(10);
    expect(ethnicGroupCode('Ơ Đu')).toBe(53);
    expect(ethnicGroupCode('Rơ măm')).toBe(54);
    expect(ethnicGroupCode('54')).toBe(54);
    expect(ethnicGroupCode(0)).toBeNull();
    expect(ethnicGroupCode(55)).toBeNull();
    expect(ethnicGroupCode('Người nước ngoài')).toBeNull();
  });

  it('maps qualification labels, older ones included', () => {
    expect(qualificationLevel('Trung cấp chuyên nghiệp')).toBe('trung_cap');
    expect(qualificationLevel('Cao đẳng nghề')).toBe('cao_dang');
    expect(qualificationLevel('Công nhân kỹ thuật, nhân viên nghiệp vụ, sơ cấp')).toBe('so_cap');
    expect(qualificationLevel('Thạc sỹ')).toBe('thac_si');
    expect(qualificationLevel('chưa qua đào tạo')).toBe('chua_qua_dao_tao');
    expect(qualificationLevel('12/12')).toBeNull();
  });

  it('keeps cử nhân chính trị apart from cao cấp (the equivalence is unverified)', () => {
    expect(politicalTheoryLevel('Cử nhân')).toBe('cu_nhan');
    expect(politicalTheoryLevel('Cao cấp')).toBe('cao_cap');
    expect(politicalTheoryLevel('Cao cấp, cử nhân')).toBe('cao_cap');
    expect(politicalTheoryLevel('Tiến sĩ')).toBeNull();
  });

  it('finds posts by date across the 2025 reform', () => {
    expect(findStaffPosition('tu_phap_ho_tich', '2025-06-30')).toMatchObject({
      ok: true,
      list: { id: 'nd-33-2023' },
    });
    expect(findStaffPosition('tu_phap_ho_tich', '2025-07-01')).toEqual({ ok: false, reason: 'not_in_force' });
    expect(findStaffPosition('vp.cong_chuc', '2025-07-01')).toMatchObject({
      ok: true,
      list: { id: 'nd-150-2025' },
    });
    expect(findStaffPosition('vp.cong_chuc', '2024-01-01')).toEqual({ ok: false, reason: 'not_in_force' });
    // Công văn 03/CV-BCĐ: use ends from 01/08/2025; Công văn 12/CV-BCĐ: extension to before 31/05/2026.
    expect(findStaffPosition('khong_chuyen_trach_xa', '2025-07-31').ok).toBe(true);
    expect(findStaffPosition('khong_chuyen_trach_xa', '2025-08-01')).toEqual({
      ok: false,
      reason: 'not_in_force',
    });
    const ext = { applyExtensions: true };
    expect(findStaffPosition('khong_chuyen_trach_xa', '2026-05-30', undefined, ext).ok).toBe(true);
    expect(findStaffPosition('khong_chuyen_trach_xa', '2026-05-31', undefined, ext)).toEqual({
      ok: false,
      reason: 'not_in_force',
    });
    expect(findStaffPosition('x', '2024-01-01')).toEqual({ ok: false, reason: 'unknown' });
    expect(findStaffPosition('tu_phap_ho_tich', '2023-07-31')).toEqual({ ok: false, reason: 'no_list' });
  });
});

describe('PERSONNEL_MESSAGES', () => {
  it('every code is vn.personnel.* (parity: tests/core/catalogues.test.ts)', () => {
    for (const code of Object.keys(PERSONNEL_MESSAGES)) expect(code).toMatch(/^vn\.personnel\.[a-z_]+$/);
  });
});

describe('the guide’s first example (docs/personnel.md)', () => {
  it('rejects a row with an unknown label and an end before its start, in field order', () => {
    const rows = [
      good,
      {
        id: 'cc-02',
        fullName: 'Trần Thị B',
        sex: 'Nữ',
        birthYear: 1990,
        ethnicity: 'Tày',
        qualification: 'Bằng B',
        politicalTheory: 'Sơ cấp',
        partyMember: false,
        assignments: [{ position: 'van_hoa_xa_hoi', start: '2024-03-01', end: '2024-02-01' }],
      },
    ];
    const result = parsePersonnel(rows, { asOf: '2024-06-14', unitKind: 'xa' });
    expect(result.valid.length).toBe(1);
    expect(result.rejected[0]?.issues.map((i) => i.code)).toEqual([
      'vn.personnel.unknown_qualification',
      'vn.personnel.end_before_start',
    ]);
    expect(result.rejected[0]?.issues[1]?.message).toBe(
      'Nhiệm vụ «Văn hóa - xã hội»: ngày kết thúc 2024-02-01 trước ngày bắt đầu 2024-03-01.',
    );
  });
});

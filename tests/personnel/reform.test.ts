import { describe, expect, it } from 'vitest';
import {
  COMMUNE_OFFICE_LISTS,
  communeOffices,
  communeStaffingQuota,
  countHeadcount,
  DECREE_150_2025_POSITIONS,
  findStaffPosition,
  officeUnitClass,
  PROVISIONAL_COMMUNE_FRAME_2025,
  parsePersonnel,
  qualificationStandardBasis,
} from '../../src/personnel';

// Expected values are read from the texts, not from the code:
// - Nghị định 150/2025/NĐ-CP: "Phòng Kinh tế (đối với xã, đặc khu) hoặc Phòng Kinh tế, Hạ tầng và Đô thị
//   (đối với phường và đặc khu Phú Quốc)"; Phòng Văn hóa - Xã hội; Văn phòng HĐND và UBND.
// - Công văn 03/CV-BCĐ (15/04/2025), II.2.6: "Kết thúc việc sử dụng người hoạt động không chuyên trách ở
//   cấp xã hiện nay kể từ ngày 01/8/2025"; Công văn 12/CV-BCĐ (20/06/2025): extension "đến trước ngày 31/5/2026".
// - Nghị định 118/2025/NĐ-CP, Điều 10.3.a as issued: "Giám đốc là 01 Phó Chủ tịch Ủy ban nhân dân cấp xã";
//   Nghị định 367/2025/NĐ-CP (in force 31/12/2025): "Giám đốc tương đương Trưởng phòng; Phó Giám đốc
//   tương đương Phó Trưởng phòng"; Nghị quyết 332/NQ-CP (15/10/2025).
// - Nghị định 170/2025/NĐ-CP, Điều 71.3 (repeal) and 72.1 (placement by 01/07/2027).
// - Quyết định 759/QĐ-TTg, Đề án V.1.2.3(3): "bình quân khoảng 32 biên chế/01 cấp xã".

const person = (id: string, assignments: unknown[]) => ({
  id,
  fullName: id,
  sex: 'Nam',
  birthYear: 1980,
  ethnicity: 1,
  qualification: 'Đại học',
  politicalTheory: 'Trung cấp',
  partyMember: true,
  assignments,
});

describe('offices per commune kind (Nghị định 150/2025/NĐ-CP)', () => {
  const codes = (kind: 'xa' | 'phuong' | 'dac_khu', infrastructureOffice?: boolean) =>
    communeOffices(
      infrastructureOffice === undefined ? { kind } : { kind, infrastructureOffice },
      '2025-09-01',
    ).offices.map((o) => o.code);

  it('an đặc khu other than Phú Quốc gets Phòng Kinh tế; Phú Quốc and phường get Kinh tế, Hạ tầng và Đô thị', () => {
    expect(codes('dac_khu')).toEqual(['van_phong', 'kinh_te', 'van_hoa_xa_hoi', 'ttpvhcc']);
    expect(codes('dac_khu', true)).toEqual([
      'van_phong',
      'kinh_te_ha_tang_do_thi',
      'van_hoa_xa_hoi',
      'ttpvhcc',
    ]);
    expect(codes('xa')).toEqual(['van_phong', 'kinh_te', 'van_hoa_xa_hoi', 'ttpvhcc']);
    expect(codes('phuong')).toEqual(['van_phong', 'kinh_te_ha_tang_do_thi', 'van_hoa_xa_hoi', 'ttpvhcc']);
    // The flag belongs to đặc khu: a xã keeps Phòng Kinh tế, a phường its infrastructure office.
    expect(codes('xa', true)).toEqual(codes('xa'));
    expect(codes('phuong', false)).toEqual(codes('phuong'));
    expect(officeUnitClass({ kind: 'dac_khu', infrastructureOffice: true })).toBe('dac_khu_ht_do_thi');
  });

  it('names the fields of each office', () => {
    const offices = communeOffices({ kind: 'dac_khu' }, '2025-09-01').offices;
    expect(offices.map((o) => o.name)).toEqual([
      'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân',
      'Phòng Kinh tế',
      'Phòng Văn hóa - Xã hội',
      'Trung tâm Phục vụ hành chính công',
    ]);
    expect(offices[2]?.fields).toEqual([
      'Nội vụ',
      'Giáo dục và Đào tạo',
      'Văn hóa, Khoa học và Thông tin',
      'Y tế',
    ]);
    expect(COMMUNE_OFFICE_LISTS[0]?.effectiveFrom).toBe('2025-07-01');
  });

  it('has no offices before the reform, nor for a thị trấn', () => {
    expect(() => communeOffices({ kind: 'xa' }, '2025-06-30')).toThrow(RangeError);
    expect(() => communeOffices({ kind: 'thi_tran' }, '2025-09-01')).toThrow(/thị trấn/);
    expect(() => communeOffices({ kind: 'xa' }, '2025-02-30')).toThrow(RangeError);
  });

  it('rejects a roster post whose office the unit does not have', () => {
    const ktht = person('p1', [{ position: 'ktht.truong_phong', start: '2025-07-01' }]);
    const kt = person('p2', [{ position: 'kt.cong_chuc', start: '2025-07-01' }]);
    const conDao = parsePersonnel([ktht, kt], { asOf: '2025-09-01', unitKind: 'dac_khu' });
    expect(conDao.validIndices).toEqual([1]);
    expect(conDao.rejected[0]?.issues.map((i) => [i.code, i.path])).toEqual([
      ['vn.personnel.position_wrong_office', 'assignments.0.position'],
    ]);
    expect(conDao.rejected[0]?.issues[0]?.message).toContain('infrastructureOffice: true');
    const phuQuoc = parsePersonnel([ktht, kt], {
      asOf: '2025-09-01',
      unitKind: 'dac_khu',
      infrastructureOffice: true,
    });
    expect(phuQuoc.validIndices).toEqual([0]);
    expect(phuQuoc.rejected[0]?.issues[0]?.code).toBe('vn.personnel.position_wrong_office');
    // A phường has no Phòng Kinh tế: the unit-kind rule says so first.
    expect(
      parsePersonnel([kt], { asOf: '2025-09-01', unitKind: 'phuong' }).rejected[0]?.issues[0]?.code,
    ).toBe('vn.personnel.position_wrong_unit_kind');
  });

  it('accepts the Phòng Văn hóa - Xã hội posts as verified', () => {
    for (const code of ['vhxh.truong_phong', 'vhxh.pho_truong_phong', 'vhxh.cong_chuc']) {
      const p = DECREE_150_2025_POSITIONS.positions.find((x) => x.code === code);
      expect(p?.verified).toBe(true);
    }
  });
});

describe('the end of commune-level non-specialised workers (01/08/2025)', () => {
  it('rejects an entry dated 2025-08-15 with a code that names the extension', () => {
    const row = person('n1', [{ position: 'khong_chuyen_trach_xa', start: '2025-08-15' }]);
    const r = parsePersonnel([row], { asOf: '2025-09-01' });
    expect(r.valid).toEqual([]);
    expect(r.rejected[0]?.issues[0]).toMatchObject({
      code: 'vn.personnel.position_ended_extendable',
      path: 'assignments.0.position',
      params: { position: 'khong_chuyen_trach_xa', date: '2025-08-01', extendedTo: '2026-05-30' },
    });
    expect(r.rejected[0]?.issues[0]?.message).toMatch(
      /^Chức danh «Người hoạt động không chuyên trách ở cấp xã \(đến khi kết thúc sử dụng\)» đã kết thúc từ ngày 2025-08-01 \(Công văn 03\/CV-BCĐ/,
    );
    expect(r.rejected[0]?.issues[0]?.message).toContain('applyExtensions: true');
  });

  it('accepts the worker to 31/07/2025, or to 30/05/2026 where the province extended the use', () => {
    const carried = person('n2', [{ position: 'khong_chuyen_trach_xa', start: '2023-08-01' }]);
    const closed = person('n3', [
      { position: 'khong_chuyen_trach_xa', start: '2023-08-01', end: '2025-07-31' },
    ]);
    expect(parsePersonnel([carried, closed], { asOf: '2025-08-15' }).validIndices).toEqual([1]);
    expect(parsePersonnel([carried], { asOf: '2025-08-15', applyExtensions: true }).rejected).toEqual([]);
    // Past the extension nothing helps: the post is not in force from 31/05/2026.
    const late = parsePersonnel([carried], { asOf: '2026-06-01', applyExtensions: true });
    expect(late.rejected[0]?.issues[0]).toMatchObject({
      code: 'vn.personnel.position_not_in_force',
      params: { date: '2026-05-31' },
    });
    expect(findStaffPosition('khong_chuyen_trach_xa', '2025-08-15')).toEqual({
      ok: false,
      reason: 'not_in_force',
    });
  });
});

describe('the public administrative service centre and who heads it', () => {
  it('a Phó Chủ tịch held the director post concurrently to 30/12/2025', () => {
    const pct = person('d1', [
      { position: 'pho_chu_tich_ubnd', start: '2025-07-01' },
      { position: 'ttpvhcc.giam_doc_pct', start: '2025-07-01', end: '2025-12-30', concurrent: true },
    ]);
    const r = parsePersonnel([pct], { asOf: '2025-11-01', unitKind: 'xa' });
    expect(r.rejected).toEqual([]);
    // Counted once, as a cán bộ, under the main post.
    const t = countHeadcount(r.valid, '2025-11-01');
    expect([t.total, t.byCategory.can_bo, t.byPosition['ttpvhcc.giam_doc_pct']]).toEqual([1, 1, undefined]);
    // As a main post it is refused; past 30/12/2025 it no longer exists (Nghị định 367/2025).
    const main = person('d2', [{ position: 'ttpvhcc.giam_doc_pct', start: '2025-07-01', end: '2025-12-30' }]);
    expect(parsePersonnel([main], { asOf: '2025-11-01' }).rejected[0]?.issues[0]).toMatchObject({
      code: 'vn.personnel.position_concurrent_only',
      path: 'assignments.0.concurrent',
    });
    const open = person('d3', [
      { position: 'pho_chu_tich_ubnd', start: '2025-07-01' },
      { position: 'ttpvhcc.giam_doc_pct', start: '2025-07-01', concurrent: true },
    ]);
    expect(parsePersonnel([open], { asOf: '2026-01-15' }).rejected[0]?.issues[0]).toMatchObject({
      code: 'vn.personnel.position_not_in_force',
      params: { date: '2025-12-31' },
    });
  });

  it('a director equal to a Trưởng phòng, a công chức, from 15/10/2025', () => {
    const early = person('g1', [{ position: 'ttpvhcc.giam_doc', start: '2025-09-01' }]);
    expect(parsePersonnel([early], { asOf: '2025-11-01' }).rejected[0]?.issues[0]).toMatchObject({
      code: 'vn.personnel.position_not_in_force',
      params: { date: '2025-09-01' },
    });
    const later = person('g2', [{ position: 'ttpvhcc.giam_doc', start: '2026-01-01' }]);
    const deputy = person('g3', [{ position: 'ttpvhcc.pho_giam_doc', start: '2025-07-01' }]);
    const r = parsePersonnel([later, deputy], { asOf: '2026-03-01', unitKind: 'phuong' });
    expect(r.rejected).toEqual([]);
    expect(r.valid.map((p) => p.assignments[0]?.category)).toEqual(['cong_chuc', 'cong_chuc']);
    expect(findStaffPosition('ttpvhcc.giam_doc', '2025-10-14').ok).toBe(false);
    expect(findStaffPosition('ttpvhcc.giam_doc', '2025-10-15').ok).toBe(true);
  });
});

describe('corrected bases', () => {
  it('cites the repeal of NĐ 33/2023 for công chức, the end of non-specialised posts and the exit policy', () => {
    const b = DECREE_150_2025_POSITIONS.basis;
    expect(b).toContain('Nghị định 170/2025/NĐ-CP, Điều 71.3');
    expect(b).toContain('Công văn 03/CV-BCĐ');
    expect(b).toContain('Nghị định 154/2025/NĐ-CP, Điều 9');
  });

  it('the frame of about 32 rests on Quyết định 759/QĐ-TTg and is never a default', () => {
    expect(PROVISIONAL_COMMUNE_FRAME_2025.basis).toMatch(/^Quyết định 759\/QĐ-TTg ngày 14\/04\/2025/);
    expect(PROVISIONAL_COMMUNE_FRAME_2025.officials).toBe(32);
    // No national quota by kind exists: without a caller's frame a post-reform date has none.
    expect(() => communeStaffingQuota({ kind: 'dac_khu' }, '2025-09-01')).toThrow(/frame/);
  });

  it('qualification standards follow the job position from 01/07/2025, placement by 01/07/2027', () => {
    expect(qualificationStandardBasis('2025-06-30')?.by).toBe('title');
    const after = qualificationStandardBasis('2025-07-01');
    expect(after?.by).toBe('job_position');
    expect(after?.placementDeadline).toBe('2027-07-01');
    expect(after?.basis).toContain('Luật Cán bộ, công chức 80/2025/QH15');
    expect(after?.basis).toContain('Nghị định 170/2025/NĐ-CP');
    expect(qualificationStandardBasis('2023-07-31')).toBeNull();
    expect(() => qualificationStandardBasis('2025-13-01')).toThrow(RangeError);
  });
});

describe('village titles of Nghị định 185/2026/NĐ-CP (secondary source)', () => {
  it('are unverified and start on 26/05/2026', () => {
    const chief = person('v1', [{ position: 'thon.truong_thon', start: '2026-05-25', village: 'Thôn 1' }]);
    const r = parsePersonnel([chief], { asOf: '2026-06-01', acceptUnverifiedPositions: true });
    expect(r.rejected[0]?.issues[0]).toMatchObject({
      code: 'vn.personnel.position_not_in_force',
      params: { date: '2026-05-25' },
    });
    expect(
      DECREE_150_2025_POSITIONS.positions.filter((p) => p.code.startsWith('thon.')).map((p) => p.verified),
    ).toEqual([false, false, false]);
  });
});

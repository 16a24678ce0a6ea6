import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importPersonnel } from '../../src/import/index';
import {
  COMMUNE_OFFICE_LISTS,
  type CommuneOfficeList,
  createRosterEntrySchema,
  DECREE_150_2025_OFFICES,
  DECREE_150_2025_POSITIONS,
  DEFAULT_ROSTER_SCHEMA_OPTIONS,
  findStaffPosition,
  PERSONNEL_POSITION_LISTS,
  parsePersonnel,
  RosterEntrySchema,
  type StaffPositionList,
} from '../../src/personnel/index';

// Issue 13, item 1: the position and office lists (regulation data) enter the roster schema as
// arguments; the built-in ones are DEFAULT_ROSTER_SCHEMA_OPTIONS.

const person = (position: string, start = '2025-08-01') => ({
  id: 'cc-9',
  fullName: 'Nguyễn Thị Hạnh',
  sex: 'Nữ',
  birthYear: 1990,
  ethnicity: 'Kinh',
  qualification: 'Đại học',
  politicalTheory: 'Trung cấp',
  partyMember: true,
  assignments: [{ position, start }],
});

// A post a province set up that the built-in lists do not know (a caller's own, as a commune
// would declare it after checking its province's decision).
const callerList: StaffPositionList = {
  ...DECREE_150_2025_POSITIONS,
  id: 'caller-tinh-x-2025',
  basis: 'Caller: Quyết định của UBND tỉnh X về vị trí việc làm chuyển đổi số',
  positions: [
    ...DECREE_150_2025_POSITIONS.positions,
    {
      code: 'vp.chuyen_doi_so',
      title: 'Công chức chuyển đổi số',
      category: 'cong_chuc',
      sector: 'government',
      office: 'van_phong',
      verified: true,
    },
  ],
};

describe('createRosterEntrySchema({ positionLists, officeLists, … })', () => {
  it('a caller list validates a post the built-in list does not know', () => {
    expect(findStaffPosition('vp.chuyen_doi_so', '2025-08-01').ok).toBe(false);
    const row = person('vp.chuyen_doi_so');
    const d = RosterEntrySchema.safeParse(row);
    expect(d.success).toBe(false);
    expect(d.error?.issues.map((i) => (i as { params?: { code?: string } }).params?.code)).toEqual([
      'vn.personnel.unknown_position',
    ]);
    const own = createRosterEntrySchema({
      ...DEFAULT_ROSTER_SCHEMA_OPTIONS,
      positionLists: [PERSONNEL_POSITION_LISTS[0]!, callerList],
      asOf: '2025-09-01',
    });
    const r = own.safeParse(row);
    expect(r.success).toBe(true);
    expect(r.data?.assignments[0]?.category).toBe('cong_chuc');
    // parsePersonnel and importPersonnel take the same list
    expect(parsePersonnel([row], { asOf: '2025-09-01' }).valid.length).toBe(0);
    expect(
      parsePersonnel([row], { asOf: '2025-09-01', positionLists: [PERSONNEL_POSITION_LISTS[0]!, callerList] })
        .valid.length,
    ).toBe(1);
  });

  it('a caller office list decides which office a unit has', async () => {
    // Nghị định 150/2025: Phòng Kinh tế, Hạ tầng và Đô thị serves phường and đặc khu Phú Quốc only.
    const row = person('ktht.truong_phong');
    const byDefault = createRosterEntrySchema({ ...DEFAULT_ROSTER_SCHEMA_OPTIONS, unitKind: 'dac_khu' });
    expect(
      byDefault.safeParse(row).error?.issues.map((i) => (i as { params?: { code?: string } }).params?.code),
    ).toEqual(['vn.personnel.position_wrong_office']);
    const widened: CommuneOfficeList = {
      ...DECREE_150_2025_OFFICES,
      id: 'caller-offices',
      offices: DECREE_150_2025_OFFICES.offices.map((o) =>
        o.code === 'kinh_te_ha_tang_do_thi' ? { ...o, units: [...o.units, 'dac_khu'] } : o,
      ),
    };
    const own = createRosterEntrySchema({
      ...DEFAULT_ROSTER_SCHEMA_OPTIONS,
      officeLists: [widened],
      unitKind: 'dac_khu',
    });
    expect(own.safeParse(row).success).toBe(true);
    expect(
      parsePersonnel([row], { asOf: '2025-09-01', unitKind: 'dac_khu', officeLists: [widened] }).valid.length,
    ).toBe(1);
    const csv = [
      'Mã cán bộ,Họ và tên,Giới tính,Năm sinh,Dân tộc,Trình độ chuyên môn,Lý luận chính trị,Đảng viên,Chức danh,Ngày bổ nhiệm',
      'cc-9,Nguyễn Thị Hạnh,Nữ,1990,Kinh,Đại học,Trung cấp,Có,ktht.truong_phong,2025-08-01',
    ].join('\n');
    const without = await importPersonnel(csv, { asOf: '2025-09-01', unitKind: 'dac_khu' });
    const withIt = await importPersonnel(csv, {
      asOf: '2025-09-01',
      unitKind: 'dac_khu',
      officeLists: [widened],
    });
    expect(withIt.rejections).toEqual([]);
    expect([without.rows.length, withIt.rows.length]).toEqual([0, 1]);
    expect(without.rejections[0]?.issues[0]?.code).toBe('vn.personnel.position_wrong_office');
  });

  it('keeps the default instance and needs its lists', () => {
    expect(DEFAULT_ROSTER_SCHEMA_OPTIONS.positionLists).toBe(PERSONNEL_POSITION_LISTS);
    expect(DEFAULT_ROSTER_SCHEMA_OPTIONS.officeLists).toBe(COMMUNE_OFFICE_LISTS);
    expect(Object.isFrozen(DEFAULT_ROSTER_SCHEMA_OPTIONS)).toBe(true);
    const row = person('vp.chanh_van_phong');
    expect(RosterEntrySchema.safeParse(row).success).toBe(
      createRosterEntrySchema(DEFAULT_ROSTER_SCHEMA_OPTIONS).safeParse(row).success,
    );
    // @ts-expect-error the lists are required
    expect(() => createRosterEntrySchema({ asOf: '2025-09-01' })).toThrow(TypeError);
    // @ts-expect-error officeLists is required
    expect(() => createRosterEntrySchema({ positionLists: PERSONNEL_POSITION_LISTS })).toThrow(/officeLists/);
  });

  it('the schema module imports no list (only types from the table modules)', () => {
    const src = readFileSync(new URL('../../src/personnel/schema.ts', import.meta.url), 'utf8');
    const valueImports = [...src.matchAll(/^import (?!type )[^;]*from '([^']+)'/gm)].map((m) => m[1]);
    expect(valueImports.sort()).toEqual(
      ['zod', '../_lib/errors', '../core/localDate', '../core/schema', './codes', './in-force'].sort(),
    );
  });
});

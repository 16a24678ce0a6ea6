/**
 * A hand-worked commune roster, taken on 14/06/2024, reproducing the staff figures of the Phổ Phong
 * report: 22 in post (10 cán bộ, 12 công chức), 16 university and 6 intermediate; 10
 * non-specialised commune workers, 5 university and 5 intermediate; one Tư pháp - hộ tịch civil
 * servant rotated to xã Phổ Nhơn (and one rotated in). Plus two village workers and one contract
 * worker, who must not enter the figures above.
 */
export const AS_OF = '2024-06-14';

interface Row {
  id: string;
  fullName: string;
  sex: string;
  birthYear?: number;
  birthDate?: string;
  ethnicity: number | string;
  qualification: string;
  politicalTheory: string;
  partyMember: boolean;
  assignments: Record<string, unknown>[];
}

function person(
  id: string,
  position: string,
  qualification: string,
  extra: Partial<Row> & { start?: string; end?: string; concurrentWith?: string } = {},
): Row {
  const { start = '2021-07-01', end, concurrentWith, ...rest } = extra;
  const assignments: Record<string, unknown>[] = [{ position, start, ...(end !== undefined ? { end } : {}) }];
  if (concurrentWith !== undefined) assignments.push({ position: concurrentWith, start, concurrent: true });
  return {
    id,
    fullName: `Người ${id}`,
    sex: 'Nam',
    birthYear: 1980,
    ethnicity: 'Kinh',
    qualification,
    politicalTheory: 'Trung cấp',
    partyMember: true,
    assignments,
    ...rest,
  };
}

const DH = 'Đại học';
const TC = 'Trung cấp';

/** 10 cán bộ: 7 university, 3 intermediate. Person cb-01 also holds Chủ tịch HĐND concurrently. */
export const CAN_BO_ROWS: Row[] = [
  person('cb-01', 'bi_thu_dang_uy', DH, {
    concurrentWith: 'chu_tich_hdnd',
    politicalTheory: 'Cao cấp',
    birthYear: 1970,
  }),
  person('cb-02', 'pho_bi_thu_dang_uy', DH, { birthYear: 1972 }),
  person('cb-03', 'pho_chu_tich_hdnd', DH, { sex: 'Nữ', birthYear: 1985 }),
  person('cb-04', 'chu_tich_ubnd', DH, { politicalTheory: 'Cao cấp, cử nhân', birthYear: 1975 }),
  person('cb-05', 'pho_chu_tich_ubnd', DH, {
    start: '2024-03-15',
    birthDate: '1990-06-15',
    birthYear: 1990,
  }),
  person('cb-06', 'pho_chu_tich_ubnd', DH, { birthYear: 1983 }),
  person('cb-07', 'chu_tich_mttq', TC, { birthYear: 1966 }),
  person('cb-08', 'bi_thu_doan', DH, { sex: 'Nữ', birthYear: 1996, politicalTheory: 'Sơ cấp' }),
  person('cb-09', 'chu_tich_hoi_phu_nu', TC, { sex: 'Nữ', birthYear: 1978, ethnicity: "H'Mông" }),
  person('cb-10', 'chu_tich_hoi_ccb', 'Trung cấp chuyên nghiệp', { birthYear: 1962 }),
];
// Person cb-05 was elected Phó Chủ tịch UBND on 15/03/2024.
(CAN_BO_ROWS[4]?.assignments[0] as Record<string, unknown>).startReason = 'election';

/** 12 công chức: 9 university, 3 intermediate. cc-08 was rotated in on 01/03/2024. */
export const CONG_CHUC_ROWS: Row[] = [
  person('cc-01', 'chi_huy_truong_quan_su', TC, { birthYear: 1984 }),
  person('cc-02', 'van_phong_thong_ke', DH, { sex: 'Nữ', birthYear: 1992 }),
  person('cc-03', 'van_phong_thong_ke', 'Đại học', { sex: 'Nữ', birthYear: 1991 }),
  person('cc-04', 'dia_chinh_nn_xd_mt', DH, { birthYear: 1988 }),
  person('cc-05', 'dia_chinh_nn_xd_mt', DH, { birthYear: 1987, ethnicity: 2 }),
  person('cc-06', 'tai_chinh_ke_toan', DH, { sex: 'Nữ', birthYear: 1986 }),
  person('cc-07', 'tai_chinh_ke_toan', TC, { sex: 'Nữ', birthYear: 1979, partyMember: false }),
  person('cc-08', 'tu_phap_ho_tich', DH, { start: '2024-03-01', birthYear: 1993 }),
  person('cc-09', 'tu_phap_ho_tich', DH, { birthYear: 1994 }),
  person('cc-10', 'van_hoa_xa_hoi', DH, { sex: 'Nữ', birthYear: 1995 }),
  person('cc-11', 'van_hoa_xa_hoi', TC, { birthYear: 1982 }),
  person('cc-12', 'van_hoa_xa_hoi', DH, { birthYear: 1989, partyMember: false }),
];
{
  const a = CONG_CHUC_ROWS[7]?.assignments[0] as Record<string, unknown>;
  a.startReason = 'rotation';
  a.otherUnit = 'xã Phổ Nhơn';
}
/** The civil servant rotated out to xã Phổ Nhơn on 29/02/2024 (last day in post). */
export const ROTATED_OUT_ROW: Row = {
  ...person('cc-13', 'tu_phap_ho_tich', DH, { start: '2019-05-01', end: '2024-02-29', birthYear: 1990 }),
};
Object.assign(ROTATED_OUT_ROW.assignments[0] as Record<string, unknown>, {
  endReason: 'rotation',
  otherUnit: 'xã Phổ Nhơn',
});

/** 10 non-specialised commune workers: 5 university, 5 intermediate (some with older labels). */
export const NON_SPECIALISED_ROWS: Row[] = [
  ...['ns-01', 'ns-02', 'ns-03', 'ns-04', 'ns-05'].map((id, i) =>
    person(id, 'khong_chuyen_trach_xa', DH, { birthYear: 1985 + i, partyMember: i % 2 === 0 }),
  ),
  ...['ns-06', 'ns-07', 'ns-08', 'ns-09', 'ns-10'].map((id, i) =>
    person(id, 'khong_chuyen_trach_xa', i < 2 ? 'Trung cấp nghề' : TC, { sex: 'Nữ', birthYear: 1990 + i }),
  ),
];

/** Two village workers and a contract worker: in the roster, outside the figures quoted. */
export const OTHER_ROWS: Row[] = [
  person('th-01', 'khong_chuyen_trach_thon', 'Chưa qua đào tạo', {
    politicalTheory: 'Chưa qua đào tạo',
    partyMember: false,
  }),
  person('th-02', 'khong_chuyen_trach_thon', 'Sơ cấp', { politicalTheory: 'Sơ cấp' }),
  person('hd-01', 'hop_dong', 'Cao đẳng', { politicalTheory: 'Chưa qua đào tạo', partyMember: false }),
];

/** Every row of the roster. */
export const ROSTER_ROWS: Row[] = [
  ...CAN_BO_ROWS,
  ...CONG_CHUC_ROWS,
  ROTATED_OUT_ROW,
  ...NON_SPECIALISED_ROWS,
  ...OTHER_ROWS,
];

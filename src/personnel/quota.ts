import { rangeError, show } from '../_lib/errors';
import { compareFractions } from '../_lib/exact';
import { isLocalDate, type LocalDate } from '../core/localDate';
import type { StaffCategory } from './codes';
import { primaryOf } from './headcount';
import {
  type CommuneKind,
  findStaffPosition,
  PERSONNEL_POSITION_LISTS,
  type StaffPositionList,
  type StaffPositionSector,
} from './positions';
import type { RosterEntry } from './schema';

/**
 * Commune class (phân loại đơn vị hành chính cấp xã): loại I, II, III.
 *
 * @example
 * communeStaffingQuota({ kind: 'xa', class: 'III' }, '2024-06-14').officials.total // => 18
 */
export type CommuneClass = 'I' | 'II' | 'III';

/**
 * What a quota needs to know about a commune (thông tin đơn vị để tính số lượng).
 *
 * @example
 * const p: CommuneStaffingProfile = { kind: 'phuong', class: 'I', urbanDistrict: true, population: 15000, populationNorm: 9000 };
 * communeStaffingQuota(p, '2024-06-14').officials
 * // => { base: 23, populationIncrement: 2, areaIncrement: 0, total: 25 } (6.000 above the norm, two full thirds of 9.000)
 */
export interface CommuneStaffingProfile {
  /** Unit kind: `xa`, `thi_tran`, `phuong` (before the reform) or also `dac_khu` (after). */
  readonly kind: CommuneKind;
  /** Class I, II or III; required by the Decree 33/2023 rule. */
  readonly class?: CommuneClass;
  /** A phường of a quận (urban district): the population step is 1/3 of the norm instead of 1/2. */
  readonly urbanDistrict?: boolean;
  /** Population (permanent and converted temporary residents) on 31/12 of the year before. */
  readonly population?: number;
  /** Population norm of the unit's standard (tiêu chuẩn quy mô dân số, NQ 1211/2016 as amended by NQ 27/2022). */
  readonly populationNorm?: number;
  /** Natural area in km² on 31/12 of the year before. */
  readonly area?: number;
  /** Natural-area norm of the unit's standard, km². */
  readonly areaNorm?: number;
}

/**
 * The Decree 33/2023 quota rule (định mức số lượng cán bộ, công chức và người hoạt động không
 * chuyên trách cấp xã) as data.
 *
 * @example
 * DECREE_33_2023_QUOTAS.officials.xa.II // => 20
 */
export interface Decree33QuotaRule {
  /** Discriminant. */
  readonly type: 'decree-33-2023';
  /** Stable id. */
  readonly id: string;
  /** Legal basis. */
  readonly basis: string;
  /** First day in force. */
  readonly effectiveFrom: LocalDate;
  /** Last day in force. */
  readonly effectiveTo?: LocalDate;
  /** Cán bộ + công chức quota for phường (`phuong`) and for xã, thị trấn (`xa`), by class. */
  readonly officials: {
    /** Phường, by class. */
    readonly phuong: Readonly<Record<CommuneClass, number>>;
    /** Xã and thị trấn, by class. */
    readonly xa: Readonly<Record<CommuneClass, number>>;
  };
  /** Commune-level non-specialised workers quota by class. */
  readonly nonSpecialised: Readonly<Record<CommuneClass, number>>;
  /** Population step as a fraction of the norm: phường of a quận, and other units. */
  readonly populationStep: {
    /** Phường of a quận: `[1, 3]`. */
    readonly urbanDistrict: readonly [number, number];
    /** Other units: `[1, 2]`. */
    readonly other: readonly [number, number];
  };
  /** Area step as a fraction of the norm (1/1 = each full 100 %). */
  readonly areaStep: readonly [number, number];
  /** At most this many non-specialised workers per thôn, tổ dân phố. */
  readonly villageMax: number;
}

/**
 * A staffing frame for the new communes after the two-tier reform (khung biên chế), supplied as data.
 *
 * @example
 * const frame: StaffingFrameRule = { type: 'frame', id: 'tinh-x', basis: 'Quyết định … của UBND tỉnh X',
 *   effectiveFrom: '2025-07-01', officials: 30, countedSectors: ['council', 'government'], provisional: false };
 * communeStaffingQuota({ kind: 'phuong' }, '2025-09-01', { rules: [frame] }).officials.total // => 30
 */
export interface StaffingFrameRule {
  /** Discriminant. */
  readonly type: 'frame';
  /** Stable id. */
  readonly id: string;
  /** Legal basis or guidance it comes from. */
  readonly basis: string;
  /** First day in force. */
  readonly effectiveFrom: LocalDate;
  /** Last day in force. */
  readonly effectiveTo?: LocalDate;
  /** Number of posts (biên chế) per commune government. */
  readonly officials: number;
  /** Bodies whose staff count against the frame (by the post's sector in the position list). */
  readonly countedSectors: readonly StaffPositionSector[];
  /** `true` when the figure is provisional or unverified. */
  readonly provisional: boolean;
  /** At most this many non-specialised workers per thôn, tổ dân phố, when the frame says so. */
  readonly villageMax?: number;
  /** What is unverified. */
  readonly note?: string;
}

/**
 * A quota rule: {@link Decree33QuotaRule} or {@link StaffingFrameRule}.
 *
 * @example
 * const rules: StaffingQuotaRule[] = [DECREE_33_2023_QUOTAS, PROVISIONAL_COMMUNE_FRAME_2025];
 * communeStaffingQuota({ kind: 'xa', class: 'II' }, '2024-06-14', { rules }).rule.type // => 'decree-33-2023'
 * communeStaffingQuota({ kind: 'xa', class: 'II' }, '2025-09-01', { rules }).rule.type // => 'frame'
 */
export type StaffingQuotaRule = Decree33QuotaRule | StaffingFrameRule;

/**
 * The quotas of Nghị định 33/2023/NĐ-CP, Điều 6 and Điều 33 (in force 01/08/2023; ended by the
 * two-tier reform on 01/07/2025, when Nghị định 170/2025/NĐ-CP, Điều 71.3, repealed its provisions
 * on commune công chức): cán bộ + công chức — phường loại I/II/III 23/21/19, xã and thị
 * trấn 22/20/18; non-specialised workers at commune level 14/12/10; +1 công chức and +1
 * non-specialised worker for each full 1/3 (phường of a quận) or 1/2 (other units) of the
 * population norm above the norm, and for each full 100 % of the area norm above it, without cap;
 * at most 3 non-specialised workers per thôn, tổ dân phố (Điều 33–34).
 *
 * @example
 * DECREE_33_2023_QUOTAS.officials.phuong.I // => 23
 * DECREE_33_2023_QUOTAS.nonSpecialised.III // => 10
 */
export const DECREE_33_2023_QUOTAS: Decree33QuotaRule = {
  type: 'decree-33-2023',
  id: 'nd-33-2023',
  basis:
    'Nghị định 33/2023/NĐ-CP ngày 10/06/2023, Điều 6 (số lượng cán bộ, công chức cấp xã) và Điều 33 (số lượng người hoạt động không chuyên trách ở cấp xã)',
  effectiveFrom: '2023-08-01',
  effectiveTo: '2025-06-30',
  officials: { phuong: { I: 23, II: 21, III: 19 }, xa: { I: 22, II: 20, III: 18 } },
  nonSpecialised: { I: 14, II: 12, III: 10 },
  populationStep: { urbanDistrict: [1, 3], other: [1, 2] },
  areaStep: [1, 1],
  villageMax: 3,
};

/**
 * The average staffing frame of the new communes (from 01/07/2025): "dự kiến bình quân khoảng 32
 * biên chế/01 cấp xã" for the commune government (Quyết định 759/QĐ-TTg ngày 14/04/2025, Đề án,
 * Phần thứ hai, mục V.1.2.3(3)). It is an average, not a quota: the Government allocates a total
 * to each province and the province decides each commune's figure; existing staff are kept and
 * brought to the norm within five years (mục V.1.2.3(1)). No national quota by commune kind (xã,
 * phường, đặc khu) or class has been published, so none is encoded: pass your province's figure
 * as a {@link StaffingFrameRule}, or this average explicitly; it is never applied by default.
 * Which posts count (here council and government, not Party, mass organisations or the military
 * command) is read from the guidance summary (Công văn 09/CV-BCĐ) and stays provisional.
 *
 * @example
 * PROVISIONAL_COMMUNE_FRAME_2025.officials   // => 32
 * PROVISIONAL_COMMUNE_FRAME_2025.provisional // => true
 */
export const PROVISIONAL_COMMUNE_FRAME_2025: StaffingFrameRule = {
  type: 'frame',
  id: 'cv-09-bcd-2025-provisional',
  basis:
    'Quyết định 759/QĐ-TTg ngày 14/04/2025, Đề án kèm theo, Phần thứ hai, mục V.1.2.3 (bình quân khoảng 32 biên chế/01 đơn vị hành chính cấp xã; chính quyền địa phương cấp tỉnh quyết định số lượng từng xã; 05 năm để về định mức); Công văn 09/CV-BCĐ',
  effectiveFrom: '2025-07-01',
  officials: 32,
  countedSectors: ['council', 'government'],
  provisional: true,
  note: 'An average ("khoảng 32"), not a per-commune quota: the province sets each commune\'s figure. Which posts count (council and government, not party, mass organisations or military) is read from the guidance summary. The id keeps its first name for compatibility.',
};

/**
 * One quota figure with how it was built.
 *
 * @example
 * const f: StaffingQuotaFigure = communeStaffingQuota(
 *   { kind: 'xa', class: 'II', population: 16000, populationNorm: 8000, area: 60, areaNorm: 30 }, '2024-06-14').officials;
 * f // => { base: 20, populationIncrement: 2, areaIncrement: 1, total: 23 } (two full halves of 8.000 people, one full 30 km²)
 */
export interface StaffingQuotaFigure {
  /** Base quota from the table or frame. */
  readonly base: number;
  /** Added for population above the norm. */
  readonly populationIncrement: number;
  /** Added for area above the norm. */
  readonly areaIncrement: number;
  /** `base + populationIncrement + areaIncrement`. */
  readonly total: number;
}

/**
 * The quota of a commune on a date (the result of {@link communeStaffingQuota}).
 *
 * @example
 * communeStaffingQuota({ kind: 'phuong', class: 'I' }, '2024-06-14').nonSpecialised?.total // => 14
 */
export interface CommuneStaffingQuota {
  /** The rule applied. */
  readonly rule: StaffingQuotaRule;
  /** Cán bộ + công chức (Decree 33/2023) or the frame's posts. */
  readonly officials: StaffingQuotaFigure;
  /** Commune-level non-specialised workers (Decree 33/2023 only). */
  readonly nonSpecialised?: StaffingQuotaFigure;
  /** How each figure was reached, in Vietnamese. */
  readonly explanation: string;
}

/**
 * Options of {@link communeStaffingQuota} and {@link staffingAgainstQuota}.
 *
 * @example
 * communeStaffingQuota({ kind: 'xa' }, '2025-09-01', { rules: [PROVISIONAL_COMMUNE_FRAME_2025] }).officials.total // => 32
 */
export interface CommuneStaffingQuotaOptions {
  /**
   * Quota rules to pick from by date (default `[DECREE_33_2023_QUOTAS]`). For dates from
   * 2025-07-01 pass a frame, e.g. `[DECREE_33_2023_QUOTAS, PROVISIONAL_COMMUNE_FRAME_2025]`.
   */
  readonly rules?: readonly StaffingQuotaRule[];
}

function steps(value: number, norm: number, num: number, den: number): number {
  // Each full (num/den × norm) above the norm: the largest k with value/norm ≥ (den + k·num)/den,
  // decided with exact fractions so decimal areas never drift.
  const reached = (k: number): boolean => compareFractions(value, norm, den + k * num, den) >= 0;
  if (!reached(1)) return 0;
  let k = Math.max(1, Math.floor(((value / norm - 1) * den) / num));
  while (k > 1 && !reached(k)) k--;
  while (reached(k + 1)) k++;
  return k;
}

function pickRule(date: LocalDate, rules: readonly StaffingQuotaRule[]): StaffingQuotaRule {
  for (const r of rules) {
    if (date >= r.effectiveFrom && (r.effectiveTo === undefined || date <= r.effectiveTo)) return r;
  }
  const frameHint =
    date >= '2025-07-01'
      ? ' From 2025-07-01 the staffing frame is supplied as data: pass options.rules with a frame such as PROVISIONAL_COMMUNE_FRAME_2025.'
      : '';
  return rangeError(`no quota rule is in force on ${date}.${frameHint}`);
}

function checkNumber(name: string, v: unknown, positive: boolean): void {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || (positive && v === 0)) {
    rangeError(`${name} must be a finite number ${positive ? '> 0' : '≥ 0'}, got ${show(v)}.`);
  }
}

/**
 * The staffing quota of a commune on a date (định mức số lượng cán bộ, công chức cấp xã), by the rule
 * in force: under {@link DECREE_33_2023_QUOTAS} the table by class and kind plus the population and
 * area increments; from 01/07/2025 a caller-supplied {@link StaffingFrameRule}.
 *
 * Legal basis: Nghị định 33/2023/NĐ-CP, Điều 6, 33; after 01/07/2025, the frame given (the
 * average of Quyết định 759/QĐ-TTg, or the province's decision).
 *
 * @param profile - Kind, class, and optionally population and area with their norms.
 * @param date - The date, `YYYY-MM-DD`.
 * @param options - The rules to pick from.
 * @returns The quota, with the rule and an explanation.
 * @throws RangeError if no rule is in force on the date, the class is missing under Decree
 *   33/2023, a population or area is given without its norm, a number is negative, or the kind is
 *   `dac_khu` under Decree 33/2023.
 * @example
 * communeStaffingQuota({ kind: 'xa', class: 'II', population: 15000, populationNorm: 8000 }, '2024-06-14').officials
 * // => { base: 20, populationIncrement: 1, areaIncrement: 0, total: 21 }
 */
export function communeStaffingQuota(
  profile: CommuneStaffingProfile,
  date: LocalDate,
  options: CommuneStaffingQuotaOptions = {},
): CommuneStaffingQuota {
  if (!isLocalDate(date)) rangeError(`date must be a real date YYYY-MM-DD, got ${show(date)}.`);
  const rule = pickRule(date, options.rules ?? [DECREE_33_2023_QUOTAS]);
  if (rule.type === 'frame') {
    const officials = {
      base: rule.officials,
      populationIncrement: 0,
      areaIncrement: 0,
      total: rule.officials,
    };
    return {
      rule,
      officials,
      explanation: `Khung biên chế ${rule.officials} theo ${rule.basis}${rule.provisional ? ' (tạm thời, chưa được xác minh)' : ''}.`,
    };
  }
  const cls = profile.class;
  if (cls !== 'I' && cls !== 'II' && cls !== 'III')
    rangeError(`class must be 'I', 'II' or 'III' under ${rule.id}, got ${show(cls)}.`);
  if (profile.kind === 'dac_khu') rangeError(`kind 'dac_khu' has no quota under ${rule.id}.`);
  const table = profile.kind === 'phuong' ? rule.officials.phuong : rule.officials.xa;
  let pop = 0;
  let area = 0;
  const parts: string[] = [];
  if (profile.population !== undefined) {
    checkNumber('population', profile.population, false);
    checkNumber('populationNorm', profile.populationNorm, true);
    const [n, d] =
      profile.kind === 'phuong' && profile.urbanDistrict === true
        ? rule.populationStep.urbanDistrict
        : rule.populationStep.other;
    pop = steps(profile.population, profile.populationNorm as number, n, d);
    parts.push(
      `dân số ${profile.population} so với tiêu chuẩn ${profile.populationNorm}: +${pop} (mỗi ${n}/${d} tiêu chuẩn vượt)`,
    );
  }
  if (profile.area !== undefined) {
    checkNumber('area', profile.area, false);
    checkNumber('areaNorm', profile.areaNorm, true);
    const [n, d] = rule.areaStep;
    area = steps(profile.area, profile.areaNorm as number, n, d);
    parts.push(`diện tích ${profile.area} km² so với tiêu chuẩn ${profile.areaNorm} km²: +${area}`);
  }
  const kindLabel = profile.kind === 'phuong' ? 'phường' : 'xã, thị trấn';
  const base = table[cls];
  const ns = rule.nonSpecialised[cls];
  return {
    rule,
    officials: { base, populationIncrement: pop, areaIncrement: area, total: base + pop + area },
    nonSpecialised: { base: ns, populationIncrement: pop, areaIncrement: area, total: ns + pop + area },
    explanation: `${kindLabel} loại ${cls}: ${base} cán bộ, công chức và ${ns} người hoạt động không chuyên trách${
      parts.length > 0 ? `; ${parts.join('; ')}` : ''
    } (${rule.basis}).`,
  };
}

/**
 * Whether a count is within its quota: `in_quota` (equal), `over` or `under`.
 *
 * @example
 * staffingQuotaStatus(19, 22).status // => 'under'
 */
export type StaffingQuotaStatus = 'in_quota' | 'over' | 'under';

/**
 * One line of {@link StaffingAgainstQuota}.
 *
 * @example
 * const officials = ['bi_thu_dang_uy', 'pho_bi_thu_dang_uy', 'chu_tich_hdnd', 'pho_chu_tich_hdnd', 'chu_tich_ubnd',
 *   'pho_chu_tich_ubnd', 'chu_tich_mttq', 'bi_thu_doan', 'chu_tich_hoi_phu_nu', 'chu_tich_hoi_nong_dan',
 *   'chu_tich_hoi_ccb', 'chi_huy_truong_quan_su', 'van_phong_thong_ke', 'van_phong_thong_ke', 'dia_chinh_nn_xd_mt',
 *   'dia_chinh_nn_xd_mt', 'tai_chinh_ke_toan', 'tai_chinh_ke_toan', 'tu_phap_ho_tich', 'tu_phap_ho_tich',
 *   'van_hoa_xa_hoi', 'van_hoa_xa_hoi']; // 11 cán bộ and 11 công chức
 * const row = (position: string, i: number) => ({ id: `nv-${i + 1}`, fullName: `Người ${i + 1}`, sex: 'Nam',
 *   birthYear: 1985, ethnicity: 'Kinh', qualification: 'Đại học', politicalTheory: 'Trung cấp', partyMember: true,
 *   assignments: [{ position, start: '2023-08-01' }] });
 * const roster = parsePersonnel(officials.map(row), { asOf: '2024-06-14' }).valid;
 * const l: StaffingLine | undefined = staffingAgainstQuota(roster, { kind: 'xa', class: 'II' }, '2024-06-14').lines[0];
 * l
 * // => { group: 'officials', quota: 20, actual: 22, status: 'over', by: 2,
 * //      text: 'Cán bộ, công chức: 22/20, vượt 2 so với định mức.' }
 */
export interface StaffingLine {
  /** `officials` (cán bộ + công chức, or the frame's posts) or `non_specialised`. */
  readonly group: 'officials' | 'non_specialised';
  /** The quota. */
  readonly quota: number;
  /** Staff counted on the date. */
  readonly actual: number;
  /** In quota, over or under. */
  readonly status: StaffingQuotaStatus;
  /** How many over or under (0 when in quota). */
  readonly by: number;
  /** A Vietnamese sentence, e.g. `Cán bộ, công chức: 23/22, vượt 1 so với định mức.` */
  readonly text: string;
}

/**
 * Village workers against the per-village maximum (one entry of {@link StaffingAgainstQuota}).
 *
 * @example
 * const worker = (id: string, fullName: string) => ({ id, fullName, sex: 'Nam', birthYear: 1970, ethnicity: 'Kinh',
 *   qualification: 'Chưa qua đào tạo', politicalTheory: 'Sơ cấp', partyMember: true,
 *   assignments: [{ position: 'khong_chuyen_trach_thon', start: '2023-08-01', village: 'Thôn An Phú' }] });
 * const roster = parsePersonnel([worker('th-01', 'Nguyễn Văn Lộc'), worker('th-02', 'Trần Văn Phúc'),
 *   worker('th-03', 'Lê Văn Tiến'), worker('th-04', 'Phạm Văn Hòa')], { asOf: '2024-06-14' }).valid;
 * const v: VillageStaffing[] = [...staffingAgainstQuota(roster, { kind: 'xa', class: 'III' }, '2024-06-14').villages];
 * v // => [{ village: 'Thôn An Phú', actual: 4, max: 3, over: 1, text: 'Thôn An Phú: 4/3 người, vượt 1 so với số tối đa.' }]
 */
export interface VillageStaffing {
  /** The thôn or tổ dân phố as recorded on the assignment (`''` when not recorded). */
  readonly village: string;
  /** Non-specialised workers in post there. */
  readonly actual: number;
  /** The maximum. */
  readonly max: number;
  /** How many above the maximum (0 when within it). */
  readonly over: number;
  /** A Vietnamese sentence, e.g. `Thôn An Phú: 4/3 người, vượt 1 so với số tối đa.` */
  readonly text: string;
}

/**
 * The result of {@link staffingAgainstQuota}.
 *
 * @example
 * const officials = ['bi_thu_dang_uy', 'pho_bi_thu_dang_uy', 'chu_tich_hdnd', 'pho_chu_tich_hdnd', 'chu_tich_ubnd',
 *   'pho_chu_tich_ubnd', 'chu_tich_mttq', 'bi_thu_doan', 'chu_tich_hoi_phu_nu', 'chu_tich_hoi_nong_dan',
 *   'chu_tich_hoi_ccb', 'chi_huy_truong_quan_su', 'van_phong_thong_ke', 'van_phong_thong_ke', 'dia_chinh_nn_xd_mt',
 *   'dia_chinh_nn_xd_mt', 'tai_chinh_ke_toan', 'tai_chinh_ke_toan', 'tu_phap_ho_tich', 'tu_phap_ho_tich',
 *   'van_hoa_xa_hoi', 'van_hoa_xa_hoi']; // 11 cán bộ and 11 công chức
 * const row = (position: string, i: number) => ({ id: `nv-${i + 1}`, fullName: `Người ${i + 1}`, sex: 'Nam',
 *   birthYear: 1985, ethnicity: 'Kinh', qualification: 'Đại học', politicalTheory: 'Trung cấp', partyMember: true,
 *   assignments: [{ position, start: '2023-08-01' }] });
 * const workers = Array.from({ length: 12 }, () => 'khong_chuyen_trach_xa');
 * const roster = parsePersonnel([...officials, ...workers].map(row), { asOf: '2024-06-14' }).valid;
 * const r: StaffingAgainstQuota = staffingAgainstQuota(roster, { kind: 'xa', class: 'I' }, '2024-06-14');
 * r.lines.map((l) => [l.actual, l.quota, l.status]) // => [[22, 22, 'in_quota'], [12, 14, 'under']]
 * r.villages // => []
 */
export interface StaffingAgainstQuota {
  /** The date. */
  readonly asOf: LocalDate;
  /** The quota and the rule that applied. */
  readonly quota: CommuneStaffingQuota;
  /** One line per group. */
  readonly lines: readonly StaffingLine[];
  /** Village workers per thôn, tổ dân phố, when the rule sets a maximum; otherwise empty. */
  readonly villages: readonly VillageStaffing[];
}

/**
 * Compare a count with a quota (so sánh với định mức).
 *
 * @param actual - The count.
 * @param quota - The quota.
 * @returns The status and how many over or under.
 * @throws Never.
 * @example
 * staffingQuotaStatus(23, 22) // => { status: 'over', by: 1 }
 */
export function staffingQuotaStatus(
  actual: number,
  quota: number,
): {
  /** In quota, over or under. */
  status: StaffingQuotaStatus;
  /** How many over or under (0 in quota). */
  by: number;
} {
  if (actual === quota) return { status: 'in_quota', by: 0 };
  return actual > quota ? { status: 'over', by: actual - quota } : { status: 'under', by: quota - actual };
}

function line(group: StaffingLine['group'], label: string, actual: number, quota: number): StaffingLine {
  const s = staffingQuotaStatus(actual, quota);
  const verdict =
    s.status === 'in_quota'
      ? 'đúng định mức'
      : s.status === 'over'
        ? `vượt ${s.by} so với định mức`
        : `thiếu ${s.by} so với định mức`;
  return { group, quota, actual, ...s, text: `${label}: ${actual}/${quota}, ${verdict}.` };
}

/**
 * Staffing against the quota on a date (đánh giá số lượng so với định mức): under Decree 33/2023,
 * cán bộ + công chức and commune-level non-specialised workers against their quotas, and village
 * workers against the maximum per thôn, tổ dân phố; under a frame, the cán bộ and công chức whose
 * post belongs to a counted sector. Each person counts once, by the post of `primaryAssignment`.
 *
 * Legal basis: Nghị định 33/2023/NĐ-CP, Điều 6, 33; after 01/07/2025, the frame supplied.
 *
 * @param entries - Parsed roster entries.
 * @param profile - The commune.
 * @param asOf - The date.
 * @param options - The rules, and `positionLists` to read the sector of a post under a frame.
 * @returns The quota, the rule and one line per group.
 * @throws RangeError as {@link communeStaffingQuota}.
 * @example
 * const officials = ['bi_thu_dang_uy', 'pho_bi_thu_dang_uy', 'chu_tich_hdnd', 'pho_chu_tich_hdnd', 'chu_tich_ubnd',
 *   'pho_chu_tich_ubnd', 'chu_tich_mttq', 'bi_thu_doan', 'chu_tich_hoi_phu_nu', 'chu_tich_hoi_nong_dan',
 *   'chu_tich_hoi_ccb', 'chi_huy_truong_quan_su', 'van_phong_thong_ke', 'van_phong_thong_ke', 'dia_chinh_nn_xd_mt',
 *   'dia_chinh_nn_xd_mt', 'tai_chinh_ke_toan', 'tai_chinh_ke_toan', 'tu_phap_ho_tich', 'tu_phap_ho_tich',
 *   'van_hoa_xa_hoi', 'van_hoa_xa_hoi']; // 11 cán bộ and 11 công chức
 * const row = (position: string, i: number) => ({ id: `nv-${i + 1}`, fullName: `Người ${i + 1}`, sex: 'Nam',
 *   birthYear: 1985, ethnicity: 'Kinh', qualification: 'Đại học', politicalTheory: 'Trung cấp', partyMember: true,
 *   assignments: [{ position, start: '2023-08-01' }] });
 * const workers = Array.from({ length: 10 }, () => 'khong_chuyen_trach_xa');
 * const roster = parsePersonnel([...officials, ...workers].map(row), { asOf: '2024-06-14' }).valid;
 * staffingAgainstQuota(roster, { kind: 'xa', class: 'I' }, '2024-06-14').lines.map((l) => l.text)
 * // => ['Cán bộ, công chức: 22/22, đúng định mức.',
 * //     'Người hoạt động không chuyên trách cấp xã: 10/14, thiếu 4 so với định mức.']
 * staffingAgainstQuota(roster, { kind: 'xa', class: 'II' }, '2024-06-14').lines.map((l) => l.status)
 * // => ['over', 'under'] (22/20 and 10/12)
 */
export function staffingAgainstQuota(
  entries: Iterable<RosterEntry>,
  profile: CommuneStaffingProfile,
  asOf: LocalDate,
  options: CommuneStaffingQuotaOptions & { readonly positionLists?: readonly StaffPositionList[] } = {},
): StaffingAgainstQuota {
  const quota = communeStaffingQuota(profile, asOf, options);
  const officialsCats: readonly StaffCategory[] = ['can_bo', 'cong_chuc'];
  let officials = 0;
  let nonSpecialised = 0;
  const perVillage = new Map<string, number>();
  const rule = quota.rule;
  for (const e of entries) {
    const a = primaryOf(e, asOf, undefined);
    if (a === undefined) continue;
    if (rule.type === 'frame') {
      const main = primaryOf(e, asOf, officialsCats);
      if (main === undefined) continue;
      const found = findStaffPosition(main.position, asOf, options.positionLists ?? PERSONNEL_POSITION_LISTS);
      if (found.ok && rule.countedSectors.includes(found.position.sector)) officials++;
    } else if (a.category === 'can_bo' || a.category === 'cong_chuc') officials++;
    else if (a.category === 'khong_chuyen_trach_xa') nonSpecialised++;
    if (a.category === 'khong_chuyen_trach_thon') {
      const v = a.village ?? '';
      perVillage.set(v, (perVillage.get(v) ?? 0) + 1);
    }
  }
  const lines: StaffingLine[] = [
    line(
      'officials',
      rule.type === 'frame' ? 'Biên chế chính quyền xã' : 'Cán bộ, công chức',
      officials,
      quota.officials.total,
    ),
  ];
  if (quota.nonSpecialised !== undefined) {
    lines.push(
      line(
        'non_specialised',
        'Người hoạt động không chuyên trách cấp xã',
        nonSpecialised,
        quota.nonSpecialised.total,
      ),
    );
  }
  const max = rule.villageMax;
  const villages: VillageStaffing[] = [];
  if (max !== undefined) {
    for (const [village, actual] of [...perVillage].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) {
      const over = Math.max(0, actual - max);
      const name = village === '' ? 'Thôn, tổ dân phố (không ghi tên)' : village;
      const verdict = over > 0 ? `vượt ${over} so với số tối đa` : 'trong số tối đa';
      villages.push({ village, actual, max, over, text: `${name}: ${actual}/${max} người, ${verdict}.` });
    }
  }
  return { asOf, quota, lines, villages };
}

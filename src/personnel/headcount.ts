import { rangeError, show } from '../_lib/errors';
import { addDays, isLocalDate, type LocalDate } from '../core/localDate';
import type { ReportingPeriod } from '../core/period';
import { type Ratio, ratio } from '../core/ratio';
import type { TallyDescriptor, TallyLabel } from '../core/tally';
import type { QualificationLevel, StaffCategory } from './codes';
import type { AssignmentReason, RosterEntry, StaffAssignment } from './schema';

function checkDate(name: string, date: unknown): void {
  if (!isLocalDate(date)) rangeError(`${name} must be a real date YYYY-MM-DD, got ${show(date)}.`);
}

function covers(a: StaffAssignment, date: LocalDate): boolean {
  return a.start <= date && (a.end === undefined || date <= a.end);
}

function allowed(a: StaffAssignment, categories: readonly StaffCategory[] | undefined): boolean {
  return categories === undefined || categories.includes(a.category);
}

/**
 * The post a person holds on a date (chức danh chính tại ngày): the main (non-concurrent)
 * assignment covering the date, else the earliest-starting concurrent one, else `undefined`.
 *
 * @param entry - A parsed roster entry.
 * @param date - The date, `YYYY-MM-DD`.
 * @param categories - Only assignments of these categories (default all).
 * @returns The assignment, or `undefined` when the person is not in post that day.
 * @throws RangeError if `date` is not a real date.
 * @example
 * const person = RosterEntrySchema.parse({ id: 'cb-05', fullName: 'Võ Văn Thành', sex: 'Nam', birthYear: 1990,
 *   ethnicity: 'Kinh', qualification: 'Đại học', politicalTheory: 'Trung cấp', partyMember: true, assignments: [
 *     { position: 'van_hoa_xa_hoi', start: '2023-08-01', end: '2024-03-14' },
 *     { position: 'pho_chu_tich_ubnd', start: '2024-03-15', startReason: 'election' },
 *   ] });
 * primaryAssignment(person, '2024-01-10')?.position      // => 'van_hoa_xa_hoi'
 * primaryAssignment(person, '2024-06-14')?.position      // => 'pho_chu_tich_ubnd'
 * primaryAssignment(person, '2024-06-14', ['cong_chuc']) // => undefined (a cán bộ since 15/03/2024)
 */
export function primaryAssignment(
  entry: RosterEntry,
  date: LocalDate,
  categories?: readonly StaffCategory[],
): StaffAssignment | undefined {
  checkDate('date', date);
  return primaryOf(entry, date, categories);
}

/** @internal {@link primaryAssignment} without the date check, for loops over many rows. */
export function primaryOf(
  entry: RosterEntry,
  date: LocalDate,
  categories: readonly StaffCategory[] | undefined,
): StaffAssignment | undefined {
  let concurrent: StaffAssignment | undefined;
  for (const a of entry.assignments) {
    if (!covers(a, date) || !allowed(a, categories)) continue;
    if (!a.concurrent) return a;
    if (concurrent === undefined || a.start < concurrent.start) concurrent = a;
  }
  return concurrent;
}

/**
 * Age on a date in completed years (tuổi): from the birth date when known, otherwise the
 * difference of years (as forms that hold only the year of birth count it).
 *
 * @param entry - A roster entry (`birthYear`, optional `birthDate`).
 * @param date - The date, `YYYY-MM-DD`.
 * @returns The age in years.
 * @throws RangeError if `date` is not a real date.
 * @example
 * staffAgeOn({ birthYear: 1990, birthDate: '1990-06-15' }, '2024-06-14') // => 33
 * staffAgeOn({ birthYear: 1990 }, '2024-06-14')                          // => 34
 */
export function staffAgeOn(entry: Pick<RosterEntry, 'birthYear' | 'birthDate'>, date: LocalDate): number {
  checkDate('date', date);
  return ageOf(entry, date);
}

function ageOf(entry: Pick<RosterEntry, 'birthYear' | 'birthDate'>, date: LocalDate): number {
  const y = Number(date.slice(0, 4));
  if (entry.birthDate === undefined) return y - entry.birthYear;
  const age = y - Number(entry.birthDate.slice(0, 4));
  return date.slice(5) < entry.birthDate.slice(5) ? age - 1 : age;
}

/**
 * Default age bands (nhóm tuổi) of party and staff statistics forms, as inclusive upper bounds:
 * ≤ 30, 31–40, 41–50, 51–60, ≥ 61.
 *
 * @example
 * staffAgeBand(45, STAFF_AGE_BANDS) // => '41–50'
 */
export const STAFF_AGE_BANDS: readonly number[] = [30, 40, 50, 60];

/**
 * The label of the age band an age falls in, for bands given as increasing inclusive upper bounds.
 *
 * @param age - Age in years.
 * @param bands - Upper bounds (default {@link STAFF_AGE_BANDS}).
 * @returns A label such as `≤30`, `31–40` or `≥61`.
 * @throws RangeError if the bounds are not increasing integers.
 * @example
 * staffAgeBand(40) // => '31–40'
 * staffAgeBand(61) // => '≥61'
 */
export function staffAgeBand(age: number, bands: readonly number[] = STAFF_AGE_BANDS): string {
  for (let i = 0; i < bands.length; i++) {
    const b = bands[i] as number;
    if (!Number.isInteger(b) || (i > 0 && b <= (bands[i - 1] as number))) {
      rangeError(`age bands must be increasing integers, got ${show(bands)}.`);
    }
  }
  for (let i = 0; i < bands.length; i++) {
    const b = bands[i] as number;
    if (age <= b) return i === 0 ? `≤${b}` : `${(bands[i - 1] as number) + 1}–${b}`;
  }
  const lastBound = bands[bands.length - 1];
  return lastBound === undefined ? 'all' : `≥${lastBound + 1}`;
}

function bandLabels(bands: readonly number[]): string[] {
  const labels = bands.map((_, i) => staffAgeBand(bands[i] as number, bands));
  labels.push(staffAgeBand(Number.POSITIVE_INFINITY, bands));
  return labels;
}

function bandOf(age: number, bands: readonly number[], labels: readonly string[]): string {
  let i = 0;
  while (i < bands.length && age > (bands[i] as number)) i++;
  return labels[i] as string;
}

/**
 * The breakdowns of a {@link HeadcountTally}.
 *
 * @example
 * HEADCOUNT_BREAKDOWNS[0] // => 'byCategory'
 */
export const HEADCOUNT_BREAKDOWNS = [
  'byCategory',
  'byPosition',
  'bySex',
  'byAgeBand',
  'byEthnicity',
  'byQualification',
  'byPoliticalTheory',
  'byPartyMembership',
] as const;

/**
 * One of {@link HEADCOUNT_BREAKDOWNS}.
 *
 * @example
 * const k: HeadcountBreakdown = 'byQualification';
 * emptyHeadcountTally()[k] // => {}
 */
export type HeadcountBreakdown = (typeof HEADCOUNT_BREAKDOWNS)[number];

/**
 * A mergeable headcount (số lượng cán bộ theo cơ cấu): the total and, for each breakdown, integer
 * counts by key. Every person in post is counted once in every breakdown, so each breakdown sums
 * to `total`. Keys: category and position codes, `nam`/`nu`, age-band labels, ethnicity codes as
 * strings (`'1'` Kinh), qualification and political-theory codes, `'member'`/`'non_member'`.
 *
 * @example
 * const staff = (id: string, fullName: string, sex: string, birthYear: number, qualification: string, position: string) =>
 *   ({ id, fullName, sex, birthYear, ethnicity: 'Kinh', qualification, politicalTheory: 'Trung cấp', partyMember: true,
 *     assignments: [{ position, start: '2023-08-01' }] });
 * const roster = parsePersonnel([
 *   staff('cb-01', 'Nguyễn Văn Hùng', 'Nam', 1972, 'Đại học', 'chu_tich_ubnd'),
 *   staff('cb-02', 'Trần Thị Mai', 'Nữ', 1985, 'Đại học', 'chu_tich_hoi_phu_nu'),
 *   staff('cc-01', 'Lê Văn Nam', 'Nam', 1990, 'Trung cấp', 'tai_chinh_ke_toan'),
 *   staff('cc-02', 'Phạm Thị Lan', 'Nữ', 1993, 'Thạc sỹ', 'tu_phap_ho_tich'),
 *   staff('kct-01', 'Đinh Văn Tài', 'Nam', 1988, 'Trung cấp', 'khong_chuyen_trach_xa'),
 * ], { asOf: '2024-06-14' }).valid;
 * const t: HeadcountTally = countHeadcount(roster, '2024-06-14');
 * t.total      // => 5
 * t.byCategory // => { can_bo: 2, cong_chuc: 2, khong_chuyen_trach_xa: 1 }
 */
export type HeadcountTally = {
  /** Number of people in post (tổng số). */
  readonly total: number;
} & {
  readonly [K in HeadcountBreakdown]: Readonly<Record<string, number>>;
};

/**
 * An empty {@link HeadcountTally}, the identity of {@link mergeHeadcountTallies}.
 *
 * @returns A tally with total 0 and empty breakdowns.
 * @throws Never.
 * @example
 * emptyHeadcountTally().total // => 0
 */
export function emptyHeadcountTally(): HeadcountTally {
  return {
    total: 0,
    byCategory: {},
    byPosition: {},
    bySex: {},
    byAgeBand: {},
    byEthnicity: {},
    byQualification: {},
    byPoliticalTheory: {},
    byPartyMembership: {},
  };
}

/**
 * Options of {@link countHeadcount}.
 *
 * @example
 * const worker = (id: string, fullName: string, birthYear: number) => ({ id, fullName, sex: 'Nam', birthYear,
 *   ethnicity: 'Kinh', qualification: 'Trung cấp', politicalTheory: 'Sơ cấp', partyMember: false,
 *   assignments: [{ position: 'khong_chuyen_trach_xa', start: '2023-08-01' }] });
 * const roster = parsePersonnel([worker('kct-01', 'Đinh Văn Tài', 1988), worker('kct-02', 'Hồ Văn Sơn', 1995)],
 *   { asOf: '2024-06-14' }).valid;
 * countHeadcount(roster, '2024-06-14', { categories: ['khong_chuyen_trach_xa'], ageBands: [35, 50] }).byAgeBand
 * // => { '≤35': 1, '36–50': 1 } (aged 29 and 36)
 */
export interface CountHeadcountOptions {
  /** Count only these categories (e.g. `['can_bo', 'cong_chuc']`); default all. */
  readonly categories?: readonly StaffCategory[];
  /** Age bands as inclusive upper bounds (default {@link STAFF_AGE_BANDS}). */
  readonly ageBands?: readonly number[];
}

function bump(rec: Record<string, number>, key: string): void {
  rec[key] = (rec[key] ?? 0) + 1;
}

/**
 * Count the staff in post on a date, by category, post, sex, age band, ethnicity, qualification,
 * political theory and party membership (thống kê số lượng, cơ cấu đội ngũ tại ngày). A person is
 * in post when an assignment covers the date (both ends inclusive) and is classed by the post of
 * {@link primaryAssignment}, so a concurrent post (kiêm nhiệm) never counts twice. With
 * `categories`, only assignments of those categories are looked at (a non-specialised worker who
 * also holds a cán bộ post concurrently counts as cán bộ in a cán bộ count).
 *
 * Legal basis: Nghị định 33/2023/NĐ-CP (categories); the statistics forms of the Ministry of Home
 * Affairs (Thông tư 2/2023/TT-BNV) report the same breakdowns.
 *
 * @param entries - Parsed roster entries.
 * @param asOf - The date, given by the caller.
 * @param options - Categories to count and age bands.
 * @returns The {@link HeadcountTally}.
 * @throws RangeError if `asOf` is not a real date or the age bands are not increasing.
 * @example
 * const staff = (id: string, fullName: string, sex: string, birthYear: number, qualification: string, position: string) =>
 *   ({ id, fullName, sex, birthYear, ethnicity: 'Kinh', qualification, politicalTheory: 'Trung cấp', partyMember: true,
 *     assignments: [{ position, start: '2023-08-01' }] });
 * const roster = parsePersonnel([
 *   staff('cb-01', 'Nguyễn Văn Hùng', 'Nam', 1972, 'Đại học', 'chu_tich_ubnd'),
 *   staff('cb-02', 'Trần Thị Mai', 'Nữ', 1985, 'Đại học', 'chu_tich_hoi_phu_nu'),
 *   staff('cc-01', 'Lê Văn Nam', 'Nam', 1990, 'Trung cấp', 'tai_chinh_ke_toan'),
 *   staff('cc-02', 'Phạm Thị Lan', 'Nữ', 1993, 'Thạc sỹ', 'tu_phap_ho_tich'),
 *   staff('kct-01', 'Đinh Văn Tài', 'Nam', 1988, 'Trung cấp', 'khong_chuyen_trach_xa'),
 * ], { asOf: '2024-06-14' }).valid;
 * const t = countHeadcount(roster, '2024-06-14', { categories: ['can_bo', 'cong_chuc'] });
 * t.total           // => 4 (the non-specialised worker is not counted)
 * t.byCategory      // => { can_bo: 2, cong_chuc: 2 }
 * t.byQualification // => { dai_hoc: 2, thac_si: 1, trung_cap: 1 }
 * t.byAgeBand       // => { '31–40': 3, '51–60': 1 } (ages from the birth year: 52, 39, 34, 31)
 */
export function countHeadcount(
  entries: Iterable<RosterEntry>,
  asOf: LocalDate,
  options: CountHeadcountOptions = {},
): HeadcountTally {
  checkDate('asOf', asOf);
  const bands = options.ageBands ?? STAFF_AGE_BANDS;
  const labels = bandLabels(bands);
  const t = emptyHeadcountTally() as MutableHeadcount;
  for (const e of entries) addEntry(t, e, asOf, options.categories, bands, labels);
  return t;
}

type MutableHeadcount = { total: number } & Record<HeadcountBreakdown, Record<string, number>>;

/** Count one person in place: the one rule {@link countHeadcount} and {@link HEADCOUNT_TALLY} use. */
function addEntry(
  t: MutableHeadcount,
  e: RosterEntry,
  asOf: LocalDate,
  categories: readonly StaffCategory[] | undefined,
  bands: readonly number[],
  labels: readonly string[],
): void {
  const a = primaryOf(e, asOf, categories);
  if (a === undefined) return;
  t.total++;
  bump(t.byCategory, a.category);
  bump(t.byPosition, a.position);
  bump(t.bySex, e.sex);
  bump(t.byAgeBand, bandOf(ageOf(e, asOf), bands, labels));
  bump(t.byEthnicity, String(e.ethnicity));
  bump(t.byQualification, e.qualification);
  bump(t.byPoliticalTheory, e.politicalTheory);
  bump(t.byPartyMembership, e.partyMember ? 'member' : 'non_member');
}

/**
 * Merge two headcounts by summing every count (cộng số liệu của nhiều đơn vị). Associative and
 * commutative, with {@link emptyHeadcountTally} as identity, so tallies combine across communes.
 *
 * @param a - A tally.
 * @param b - Another tally.
 * @returns Their sum.
 * @throws Never.
 * @example
 * const a = emptyHeadcountTally();
 * const b = emptyHeadcountTally();
 * mergeHeadcountTallies(Object.assign(a, { total: 2, bySex: { nu: 2 } }),
 *   Object.assign(b, { total: 1, bySex: { nam: 1 } })).bySex // => { nam: 1, nu: 2 }
 */
export function mergeHeadcountTallies(a: HeadcountTally, b: HeadcountTally): HeadcountTally {
  const out = emptyHeadcountTally() as MutableHeadcount;
  out.total = a.total + b.total;
  for (const k of HEADCOUNT_BREAKDOWNS) {
    const rec: Record<string, number> = {};
    for (const [key, n] of Object.entries(a[k])) rec[key] = n;
    for (const [key, n] of Object.entries(b[k])) rec[key] = (rec[key] ?? 0) + n;
    // Keep a canonical key order so merge order never shows.
    out[k] = Object.fromEntries(Object.entries(rec).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
  }
  return out;
}

/**
 * An empty {@link HeadcountTally}.
 *
 * @deprecated Renamed {@link emptyHeadcountTally} (one pattern, `empty<Domain>Tally`, in every domain).
 * @example
 * emptyHeadcount().total // => 0
 */
export const emptyHeadcount: () => HeadcountTally = emptyHeadcountTally;

/**
 * Merge two headcounts.
 *
 * @deprecated Renamed {@link mergeHeadcountTallies} (one pattern, `merge<Domain>Tallies`, in every domain).
 * @example
 * mergeHeadcounts(emptyHeadcountTally(), emptyHeadcountTally()).total // => 0
 */
export const mergeHeadcounts: (a: HeadcountTally, b: HeadcountTally) => HeadcountTally =
  mergeHeadcountTallies;

/**
 * The dimensions people can be grouped by, one per breakdown of {@link HEADCOUNT_BREAKDOWNS}
 * (`byCategory` → `category`, …): the key is the one the breakdown counts the person under.
 *
 * @example
 * HEADCOUNT_GROUP_DIMENSIONS[0] // => 'category'
 */
export const HEADCOUNT_GROUP_DIMENSIONS = /* @__PURE__ */ HEADCOUNT_BREAKDOWNS.map(
  (b) => `${b.charAt(2).toLowerCase()}${b.slice(3)}` as HeadcountGroupDimension,
);

/** One of {@link HEADCOUNT_GROUP_DIMENSIONS}: a breakdown's name without `by`. */
export type HeadcountGroupDimension = HeadcountBreakdown extends `by${infer K}` ? Uncapitalize<K> : never;

/**
 * The labels of the headcount (the total and each breakdown, as dimensions) in Vietnamese and English.
 *
 * @example
 * HEADCOUNT_TALLY_LABELS.total.vi // => 'Tổng số'
 * HEADCOUNT_GROUP_DIMENSION_LABELS.qualification.en // => 'Qualification'
 */
export const HEADCOUNT_TALLY_LABELS: Readonly<Record<'total', TallyLabel>> = /* @__PURE__ */ Object.freeze({
  total: { vi: 'Tổng số', en: 'Total' },
});

/** The label of each of {@link HEADCOUNT_GROUP_DIMENSIONS} in Vietnamese and English. */
export const HEADCOUNT_GROUP_DIMENSION_LABELS: Readonly<Record<HeadcountGroupDimension, TallyLabel>> =
  /* @__PURE__ */ Object.freeze({
    category: {
      vi: 'Nhóm (cán bộ, công chức, không chuyên trách)',
      en: 'Category',
      short: { vi: 'Loại cán bộ', en: 'Category' },
    },
    position: { vi: 'Chức danh', en: 'Position', short: { vi: 'Chức vụ, chức danh', en: 'Post' } },
    sex: { vi: 'Giới tính', en: 'Sex' },
    ageBand: { vi: 'Độ tuổi', en: 'Age band' },
    ethnicity: { vi: 'Dân tộc', en: 'Ethnicity', short: { vi: 'Dân tộc', en: 'Ethnic group' } },
    qualification: { vi: 'Trình độ chuyên môn', en: 'Qualification' },
    politicalTheory: { vi: 'Lý luận chính trị', en: 'Political theory' },
    partyMembership: { vi: 'Đảng viên', en: 'Party membership' },
  });

/** What {@link HEADCOUNT_TALLY} needs: the date and the options of {@link countHeadcount}. */
export interface HeadcountTallyContext {
  /** The date people are counted in post on. */
  readonly asOf: LocalDate;
  /** Categories and age bands. */
  readonly options?: CountHeadcountOptions;
}

function headcountKey(e: RosterEntry, dim: HeadcountGroupDimension, c: HeadcountTallyContext): string {
  const a = primaryOf(e, c.asOf, c.options?.categories);
  if (a === undefined) return '';
  switch (dim) {
    case 'category':
      return a.category;
    case 'position':
      return a.position;
    case 'sex':
      return e.sex;
    case 'ageBand': {
      const bands = c.options?.ageBands ?? STAFF_AGE_BANDS;
      return bandOf(ageOf(e, c.asOf), bands, bandLabels(bands));
    }
    case 'ethnicity':
      return String(e.ethnicity);
    case 'qualification':
      return e.qualification;
    case 'politicalTheory':
      return e.politicalTheory;
    default:
      return e.partyMember ? 'member' : 'non_member';
  }
}

/**
 * The headcount's descriptor (mô tả bảng số lượng cán bộ): the total with
 * {@link HEADCOUNT_TALLY_LABELS}, one group-by dimension per breakdown, and the empty tally, add
 * and merge of this module, for the generic `tallyWith`, `tallyBy` and `TallyAccumulator` of
 * `commune-kpi/core`. A person not in post on the date adds nothing (and has the key `''`).
 *
 * @example
 * HEADCOUNT_TALLY.dimensions.length // => 8
 */
export const HEADCOUNT_TALLY: TallyDescriptor<
  HeadcountTally,
  RosterEntry,
  HeadcountTallyContext,
  HeadcountGroupDimension
> = /* @__PURE__ */ Object.freeze({
  domain: 'personnel',
  fields: ['total'],
  labels: HEADCOUNT_TALLY_LABELS,
  dimensions: HEADCOUNT_GROUP_DIMENSIONS,
  dimensionLabels: HEADCOUNT_GROUP_DIMENSION_LABELS,
  empty: emptyHeadcountTally,
  add(t: HeadcountTally, e: RosterEntry, c: HeadcountTallyContext): HeadcountTally {
    const bands = c.options?.ageBands ?? STAFF_AGE_BANDS;
    addEntry(t as MutableHeadcount, e, c.asOf, c.options?.categories, bands, bandLabels(bands));
    return t;
  },
  merge: mergeHeadcountTallies,
  keyOf: headcountKey,
});

/**
 * The shares of a {@link HeadcountTally}: for each breakdown, each key's count over the total.
 *
 * @example
 * const t = { ...emptyHeadcountTally(), total: 22, byCategory: { can_bo: 10, cong_chuc: 12 } };
 * const s: HeadcountShares = headcountShares(t);
 * s.byCategory.can_bo // => { numerator: 10, denominator: 22, value: 0.4545… }
 */
export type HeadcountShares = { readonly [K in HeadcountBreakdown]: Readonly<Record<string, Ratio>> };

/**
 * The shares of each group in a headcount as {@link Ratio}s over the total (tỷ lệ cơ cấu).
 *
 * @param tally - A headcount.
 * @returns For each breakdown and key, `ratio(count, total)`.
 * @throws Never.
 * @example
 * const t = { ...emptyHeadcountTally(), total: 22, byQualification: { dai_hoc: 16, trung_cap: 6 } };
 * headcountShares(t).byQualification.dai_hoc          // => { numerator: 16, denominator: 22, value: 0.7272… }
 * headcountShares(t).byQualification.trung_cap?.value // => 0.2727…
 */
export function headcountShares(tally: HeadcountTally): HeadcountShares {
  const out = {} as Record<HeadcountBreakdown, Record<string, Ratio>>;
  for (const k of HEADCOUNT_BREAKDOWNS) {
    const rec: Record<string, Ratio> = {};
    for (const [key, n] of Object.entries(tally[k])) rec[key] = ratio(n, tally.total);
    out[k] = rec;
  }
  return out;
}

/**
 * The university-or-higher levels: tiến sĩ, thạc sĩ, đại học.
 *
 * @example
 * UNIVERSITY_OR_HIGHER // => ['tien_si', 'thac_si', 'dai_hoc']
 */
export const UNIVERSITY_OR_HIGHER: readonly QualificationLevel[] = ['tien_si', 'thac_si', 'dai_hoc'];

/**
 * The share of staff in a headcount holding a university degree or higher (tỷ lệ có trình độ đại
 * học trở lên): tiến sĩ + thạc sĩ + đại học over the total.
 *
 * @param tally - A headcount.
 * @returns The ratio; `value` is `null` for an empty headcount.
 * @throws Never.
 * @example
 * universityShare({ ...emptyHeadcountTally(), total: 22, byQualification: { thac_si: 2, dai_hoc: 14, trung_cap: 6 } })
 * // => { numerator: 16, denominator: 22, value: 0.7272… } (2 + 14 over 22)
 * universityShare(emptyHeadcountTally()) // => { numerator: 0, denominator: 0, value: null }
 */
export function universityShare(tally: HeadcountTally): Ratio {
  let n = 0;
  for (const level of UNIVERSITY_OR_HIGHER) n += tally.byQualification[level] ?? 0;
  return ratio(n, tally.total);
}

/**
 * One movement found by {@link personnelMovements}.
 *
 * @example
 * const roster = parsePersonnel([{ id: 'cc-13', fullName: 'Nguyễn Văn Bình', sex: 'Nam', birthYear: 1987,
 *   ethnicity: 'Kinh', qualification: 'Đại học', politicalTheory: 'Trung cấp', partyMember: true,
 *   assignments: [{ position: 'tu_phap_ho_tich', start: '2023-08-01', end: '2024-02-29', endReason: 'rotation',
 *     otherUnit: 'xã Phổ Nhơn' }] }], { asOf: '2024-06-14' }).valid;
 * const m: PersonnelMovement | undefined = personnelMovements(roster, customPeriod('2023-12-15', '2024-06-14')).left[0];
 * m
 * // => { id: 'cc-13', fullName: 'Nguyễn Văn Bình', date: '2024-02-29', position: 'tu_phap_ho_tich',
 * //      category: 'cong_chuc', reason: 'rotation', otherUnit: 'xã Phổ Nhơn' }
 */
export interface PersonnelMovement {
  /** Person id. */
  readonly id: string;
  /** Full name. */
  readonly fullName: string;
  /** The day of the move: the first day in post (joined, rotated in, reassigned) or the last (left, rotated out). */
  readonly date: LocalDate;
  /** The post taken or left. */
  readonly position: string;
  /** Its category. */
  readonly category: StaffCategory;
  /** The recorded reason, when there is one. */
  readonly reason?: AssignmentReason;
  /** The other unit (commune rotated from or to), when recorded. */
  readonly otherUnit?: string;
}

/**
 * The result of {@link personnelMovements}.
 *
 * @example
 * const staff = (id: string, fullName: string, ...assignments: Record<string, string>[]) => ({ id, fullName,
 *   sex: 'Nam', birthYear: 1987, ethnicity: 'Kinh', qualification: 'Đại học', politicalTheory: 'Trung cấp',
 *   partyMember: true, assignments });
 * const roster = parsePersonnel([
 *   staff('cc-13', 'Nguyễn Văn Bình', { position: 'tu_phap_ho_tich', start: '2023-08-01', end: '2024-02-29',
 *     endReason: 'rotation', otherUnit: 'xã Phổ Nhơn' }),
 *   staff('cc-14', 'Trần Văn Quang', { position: 'tu_phap_ho_tich', start: '2024-03-01', startReason: 'rotation',
 *     otherUnit: 'xã Phổ Thuận' }),
 *   staff('cb-05', 'Võ Văn Thành', { position: 'van_hoa_xa_hoi', start: '2023-08-01', end: '2024-03-14' },
 *     { position: 'pho_chu_tich_ubnd', start: '2024-03-15', startReason: 'election' }),
 * ], { asOf: '2024-06-14' }).valid;
 * const m: PersonnelMovements = personnelMovements(roster, customPeriod('2023-12-15', '2024-06-14'));
 * [m.joined.length, m.left.length, m.rotatedIn.length, m.rotatedOut.length, m.reassigned.length] // => [1, 1, 1, 1, 1]
 * m.period.label // => 'từ ngày 15/12/2023 đến ngày 14/06/2024'
 */
export interface PersonnelMovements {
  /** The period. */
  readonly period: ReportingPeriod;
  /** People who came into post (not in post the day before). */
  readonly joined: readonly PersonnelMovement[];
  /** People who left post (not in post the day after). */
  readonly left: readonly PersonnelMovement[];
  /** Assignments that start by rotation (luân chuyển đến); a subset of moves also in `joined` or `reassigned`. */
  readonly rotatedIn: readonly PersonnelMovement[];
  /** Assignments that end by rotation (luân chuyển đi); also in `left` when the person leaves the unit. */
  readonly rotatedOut: readonly PersonnelMovement[];
  /** Main posts taken by someone already in post (chuyển chức danh, bố trí lại). */
  readonly reassigned: readonly PersonnelMovement[];
}

function move(
  e: RosterEntry,
  a: StaffAssignment,
  date: LocalDate,
  reason: AssignmentReason | undefined,
): PersonnelMovement {
  return {
    id: e.id,
    fullName: e.fullName,
    date,
    position: a.position,
    category: a.category,
    ...(reason !== undefined ? { reason } : {}),
    ...(a.otherUnit !== undefined ? { otherUnit: a.otherUnit } : {}),
  };
}

function inPost(e: RosterEntry, date: LocalDate, categories: readonly StaffCategory[] | undefined): boolean {
  return e.assignments.some((a) => covers(a, date) && allowed(a, categories));
}

/**
 * Who joined, left, rotated or changed post within a period (biến động nhân sự trong kỳ). Dates are
 * inclusive; a person is "in post" on a day when any assignment of the counted categories covers it.
 *
 * @param entries - Parsed roster entries.
 * @param period - A core `ReportingPeriod` (`customPeriod`, `reportingPeriod`).
 * @param options - `categories` to consider (default all).
 * @returns The movements, each list in roster order.
 * @throws RangeError if the period's dates are not real dates.
 * @example
 * const staff = (id: string, fullName: string, ...assignments: Record<string, string>[]) => ({ id, fullName,
 *   sex: 'Nam', birthYear: 1987, ethnicity: 'Kinh', qualification: 'Đại học', politicalTheory: 'Trung cấp',
 *   partyMember: true, assignments });
 * const roster = parsePersonnel([
 *   staff('cc-13', 'Nguyễn Văn Bình', { position: 'tu_phap_ho_tich', start: '2023-08-01', end: '2024-02-29',
 *     endReason: 'rotation', otherUnit: 'xã Phổ Nhơn' }),
 *   staff('cc-14', 'Trần Văn Quang', { position: 'tu_phap_ho_tich', start: '2024-03-01', startReason: 'rotation',
 *     otherUnit: 'xã Phổ Thuận' }),
 *   staff('cb-05', 'Võ Văn Thành', { position: 'van_hoa_xa_hoi', start: '2023-08-01', end: '2024-03-14' },
 *     { position: 'pho_chu_tich_ubnd', start: '2024-03-15', startReason: 'election' }),
 * ], { asOf: '2024-06-14' }).valid;
 * const m = personnelMovements(roster, customPeriod('2023-12-15', '2024-06-14'));
 * m.rotatedOut
 * // => [{ id: 'cc-13', position: 'tu_phap_ho_tich', date: '2024-02-29', reason: 'rotation', otherUnit: 'xã Phổ Nhơn', … }]
 * m.joined.map((x) => [x.id, x.date, x.otherUnit])   // => [['cc-14', '2024-03-01', 'xã Phổ Thuận']]
 * m.reassigned.map((x) => [x.id, x.position, x.reason]) // => [['cb-05', 'pho_chu_tich_ubnd', 'election']]
 * personnelMovements(roster, customPeriod('2023-12-15', '2024-06-14'), { categories: ['can_bo'] }).joined.map((x) => x.id)
 * // => ['cb-05'] (a new cán bộ, though already in post as a công chức)
 */
export function personnelMovements(
  entries: Iterable<RosterEntry>,
  period: ReportingPeriod,
  options: { readonly categories?: readonly StaffCategory[] } = {},
): PersonnelMovements {
  checkDate('period.start', period.start);
  checkDate('period.end', period.end);
  const cats = options.categories;
  const joined: PersonnelMovement[] = [];
  const left: PersonnelMovement[] = [];
  const rotatedIn: PersonnelMovement[] = [];
  const rotatedOut: PersonnelMovement[] = [];
  const reassigned: PersonnelMovement[] = [];
  for (const e of entries) {
    const joinDays = new Set<string>();
    const leaveDays = new Set<string>();
    for (const a of e.assignments) {
      if (!allowed(a, cats)) continue;
      if (a.start >= period.start && a.start <= period.end) {
        const before = inPost(e, addDays(a.start, -1), cats);
        if (!before && !joinDays.has(a.start)) {
          joinDays.add(a.start);
          joined.push(move(e, a, a.start, a.startReason));
        } else if (before && !a.concurrent) reassigned.push(move(e, a, a.start, a.startReason));
        if (a.startReason === 'rotation') rotatedIn.push(move(e, a, a.start, a.startReason));
      }
      if (a.end !== undefined && a.end >= period.start && a.end <= period.end) {
        if (!inPost(e, addDays(a.end, 1), cats) && !leaveDays.has(a.end)) {
          leaveDays.add(a.end);
          left.push(move(e, a, a.end, a.endReason));
        }
        if (a.endReason === 'rotation') rotatedOut.push(move(e, a, a.end, a.endReason));
      }
    }
  }
  return { period, joined, left, rotatedIn, rotatedOut, reassigned };
}

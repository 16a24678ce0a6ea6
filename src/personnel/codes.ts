import { foldText } from '../_lib/fold';
/**
 * Value lists of the personnel roster: staff categories, sex, ethnicity, professional
 * qualification and political-theory levels, with the label normalisation that real exports need.
 */

/**
 * Staff categories (phân loại cán bộ, công chức, người hoạt động không chuyên trách).
 *
 * - `can_bo` — cán bộ cấp xã (elected posts);
 * - `cong_chuc` — công chức cấp xã;
 * - `khong_chuyen_trach_xa` — người hoạt động không chuyên trách ở cấp xã;
 * - `khong_chuyen_trach_thon` — người hoạt động không chuyên trách ở thôn, tổ dân phố;
 * - `hop_dong` — contract staff (lao động hợp đồng).
 *
 * Legal basis: Luật Cán bộ, công chức; Nghị định 33/2023/NĐ-CP, Điều 1–2, 33–34.
 *
 * @example
 * STAFF_CATEGORIES.length // => 5
 */
export const STAFF_CATEGORIES = [
  'can_bo',
  'cong_chuc',
  'khong_chuyen_trach_xa',
  'khong_chuyen_trach_thon',
  'hop_dong',
] as const;

/**
 * One of {@link STAFF_CATEGORIES}.
 *
 * @example
 * const c: StaffCategory = 'cong_chuc';
 * STAFF_CATEGORY_LABELS[c] // => 'Công chức cấp xã'
 */
export type StaffCategory = (typeof STAFF_CATEGORIES)[number];

/**
 * Vietnamese labels of the {@link STAFF_CATEGORIES}.
 *
 * @example
 * STAFF_CATEGORY_LABELS.cong_chuc // => 'Công chức cấp xã'
 */
export const STAFF_CATEGORY_LABELS: Readonly<Record<StaffCategory, string>> = {
  can_bo: 'Cán bộ cấp xã',
  cong_chuc: 'Công chức cấp xã',
  khong_chuyen_trach_xa: 'Người hoạt động không chuyên trách ở cấp xã',
  khong_chuyen_trach_thon: 'Người hoạt động không chuyên trách ở thôn, tổ dân phố',
  hop_dong: 'Lao động hợp đồng',
};

/**
 * Sex (giới tính): `nam` or `nu`. Source codes differ (1/0, 1/2, "Nam"/"Nữ"); map them per source.
 *
 * @example
 * STAFF_SEXES // => ['nam', 'nu']
 */
export const STAFF_SEXES = ['nam', 'nu'] as const;

/**
 * One of {@link STAFF_SEXES}.
 *
 * @example
 * const s: StaffSex = 'nu';
 * staffSexCode('Nữ') === s // => true
 */
export type StaffSex = (typeof STAFF_SEXES)[number];

/**
 * Professional qualification levels (trình độ chuyên môn), highest first: tiến sĩ, thạc sĩ, đại học
 * (Luật Giáo dục đại học), cao đẳng, trung cấp, sơ cấp (Luật Giáo dục nghề nghiệp 2014), and
 * chưa qua đào tạo.
 *
 * @example
 * QUALIFICATION_LEVELS[2] // => 'dai_hoc'
 */
export const QUALIFICATION_LEVELS = [
  'tien_si',
  'thac_si',
  'dai_hoc',
  'cao_dang',
  'trung_cap',
  'so_cap',
  'chua_qua_dao_tao',
] as const;

/**
 * One of {@link QUALIFICATION_LEVELS}.
 *
 * @example
 * const q: QualificationLevel = 'trung_cap';
 * QUALIFICATION_LABELS[q]           // => 'Trung cấp'
 * qualificationAtLeast(q, 'dai_hoc') // => false
 */
export type QualificationLevel = (typeof QUALIFICATION_LEVELS)[number];

/**
 * Vietnamese labels of the {@link QUALIFICATION_LEVELS}.
 *
 * @example
 * QUALIFICATION_LABELS.trung_cap // => 'Trung cấp'
 */
export const QUALIFICATION_LABELS: Readonly<Record<QualificationLevel, string>> = {
  tien_si: 'Tiến sĩ',
  thac_si: 'Thạc sĩ',
  dai_hoc: 'Đại học',
  cao_dang: 'Cao đẳng',
  trung_cap: 'Trung cấp',
  so_cap: 'Sơ cấp',
  chua_qua_dao_tao: 'Chưa qua đào tạo',
};

/**
 * Political-theory levels (trình độ lý luận chính trị, Quy định 256-QĐ/TW): `cao_cap`, `trung_cap`,
 * `so_cap`, `chua_qua_dao_tao`, and `cu_nhan` (cử nhân chính trị) kept apart: that it equals cao cấp
 * is UNVERIFIED, so it is never merged silently.
 *
 * @example
 * POLITICAL_THEORY_LEVELS[0] // => 'cao_cap'
 */
export const POLITICAL_THEORY_LEVELS = [
  'cao_cap',
  'cu_nhan',
  'trung_cap',
  'so_cap',
  'chua_qua_dao_tao',
] as const;

/**
 * One of {@link POLITICAL_THEORY_LEVELS}.
 *
 * @example
 * const p: PoliticalTheoryLevel = 'so_cap';
 * POLITICAL_THEORY_LABELS[p] // => 'Sơ cấp'
 */
export type PoliticalTheoryLevel = (typeof POLITICAL_THEORY_LEVELS)[number];

/**
 * Vietnamese labels of the {@link POLITICAL_THEORY_LEVELS}.
 *
 * @example
 * POLITICAL_THEORY_LABELS.cu_nhan // => 'Cử nhân chính trị'
 */
export const POLITICAL_THEORY_LABELS: Readonly<Record<PoliticalTheoryLevel, string>> = {
  cao_cap: 'Cao cấp',
  cu_nhan: 'Cử nhân chính trị',
  trung_cap: 'Trung cấp',
  so_cap: 'Sơ cấp',
  chua_qua_dao_tao: 'Chưa qua đào tạo',
};

/**
 * The 54 ethnic groups of Viet Nam (danh mục các dân tộc Việt Nam) by their official numeric code
 * (General Statistics Office list, Quyết định 121-TCTK/PPCĐ 1979), `1` Kinh … `54` Rơ Măm.
 * Index `i` holds the name of code `i + 1`.
 *
 * @example
 * ETHNIC_GROUPS.length // => 54
 * ETHNIC_GROUPS[0]     // => 'Kinh' (code 1)
 * ETHNIC_GROUPS[53]    // => 'Rơ Măm' (code 54)
 */
export const ETHNIC_GROUPS: readonly string[] = [
  'Kinh',
  'Tày',
  'Thái',
  'Hoa',
  'Khơ-me',
  'Mường',
  'Nùng',
  'HMông',
  'Dao',
  'Gia-rai',
  'Ngái',
  'Ê-đê',
  'Ba-na',
  'Xơ-đăng',
  'Sán Chay',
  'Cơ-ho',
  'Chăm',
  'Sán Dìu',
  'Hrê',
  'Mnông',
  'Ra-glai',
  'Xtiêng',
  'Bru-Vân Kiều',
  'Thổ',
  'Giáy',
  'Cơ-tu',
  'Giẻ-Triêng',
  'Mạ',
  'Khơ-mú',
  'Co',
  'Tà-ôi',
  'Chơ-ro',
  'Kháng',
  'Xinh-mun',
  'Hà Nhì',
  'Chu-ru',
  'Lào',
  'La Chí',
  'La Ha',
  'Phù Lá',
  'La Hủ',
  'Lự',
  'Lô Lô',
  'Chứt',
  'Mảng',
  'Pà Thẻn',
  'Cơ Lao',
  'Cống',
  'Bố Y',
  'Si La',
  'Pu Péo',
  'Brâu',
  'Ơ Đu',
  'Rơ Măm',
];

/**
 * A comparison key for labels: the package's folding (lower case, no diacritics, đ → d) with the
 * spaces taken out, so `Hà Nhì`, `HANHI` and `ha-nhi` meet.
 *
 * @internal
 */
export function labelKey(text: string): string {
  return foldText(text).replaceAll(' ', '');
}

const ETHNICITY_ALIASES: Readonly<Record<string, number>> = {
  mong: 8,
  hmong: 8,
  khmer: 5,
  kho: 16,
  coho: 16,
  bru: 23,
  vankieu: 23,
  giarai: 10,
  jrai: 10,
  ede: 12,
  rhade: 12,
  bana: 13,
  xodang: 14,
  raglai: 21,
  stieng: 22,
  xtieng: 22,
  gietrieng: 27,
  khmu: 29,
  taoi: 31,
  choro: 32,
  xinhmun: 34,
  churu: 36,
  colao: 47,
  romam: 54,
};

const ETHNICITY_BY_KEY: ReadonlyMap<string, number> = /* @__PURE__ */ (() => {
  const m = new Map<string, number>();
  ETHNIC_GROUPS.forEach((name, i) => {
    m.set(labelKey(name), i + 1);
  });
  for (const [k, v] of Object.entries(ETHNICITY_ALIASES)) m.set(labelKey(k), v);
  return m;
})();

/**
 * The official code (1–54) of an ethnicity given as a code or a name in any common spelling
 * (mã dân tộc): `'Kinh'` → 1, `"H'Mông"` → 8, `'Ê Đê'` → 12, `'8'` → 8.
 *
 * Basis: danh mục các dân tộc Việt Nam (Tổng cục Thống kê).
 *
 * @param value - A code (number or numeric string) or a name.
 * @returns The code, or `null` when it is none of the 54.
 * @throws Never.
 * @example
 * ethnicGroupCode("H'Mông") // => 8
 * ethnicGroupCode(55)       // => null
 */
export function ethnicGroupCode(value: unknown): number | null {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1 && value <= 54 ? value : null;
  if (typeof value !== 'string') return null;
  const t = value.trim();
  if (/^\d{1,2}$/.test(t)) return ethnicGroupCode(Number(t));
  return ETHNICITY_BY_KEY.get(labelKey(t)) ?? null;
}

const QUALIFICATION_BY_KEY: ReadonlyMap<string, QualificationLevel> = /* @__PURE__ */ new Map<
  string,
  QualificationLevel
>(
  [
    ['tien_si', 'tien_si'],
    ['tiến sĩ', 'tien_si'],
    ['tiến sỹ', 'tien_si'],
    ['ts', 'tien_si'],
    ['thac_si', 'thac_si'],
    ['thạc sĩ', 'thac_si'],
    ['thạc sỹ', 'thac_si'],
    ['ths', 'thac_si'],
    ['dai_hoc', 'dai_hoc'],
    ['đại học', 'dai_hoc'],
    ['cử nhân', 'dai_hoc'],
    ['kỹ sư', 'dai_hoc'],
    ['cao_dang', 'cao_dang'],
    ['cao đẳng', 'cao_dang'],
    ['cao đẳng nghề', 'cao_dang'],
    ['trung_cap', 'trung_cap'],
    ['trung cấp', 'trung_cap'],
    ['trung cấp chuyên nghiệp', 'trung_cap'],
    ['trung cấp nghề', 'trung_cap'],
    ['thcn', 'trung_cap'],
    ['so_cap', 'so_cap'],
    ['sơ cấp', 'so_cap'],
    ['sơ cấp nghề', 'so_cap'],
    ['công nhân kỹ thuật, nhân viên nghiệp vụ, sơ cấp', 'so_cap'],
    ['chua_qua_dao_tao', 'chua_qua_dao_tao'],
    ['chưa qua đào tạo', 'chua_qua_dao_tao'],
    ['chưa đào tạo', 'chua_qua_dao_tao'],
  ].map(([k, v]) => [labelKey(k as string), v as QualificationLevel]),
);

/**
 * The qualification level of a label as real rosters write it (trình độ chuyên môn): codes,
 * `Đại học`, `Thạc sỹ`, `Tiến Sỹ`, and the older `Trung cấp chuyên nghiệp`, `Cao đẳng nghề`,
 * `Sơ cấp nghề` (folded into the levels of Luật Giáo dục nghề nghiệp 2014).
 *
 * @param label - The label.
 * @returns The level, or `null` for an unknown label.
 * @throws Never.
 * @example
 * qualificationLevel('Trung cấp chuyên nghiệp') // => 'trung_cap'
 * qualificationLevel('Thạc sỹ')                 // => 'thac_si'
 * qualificationLevel('12/12')                   // => null
 */
export function qualificationLevel(label: string): QualificationLevel | null {
  return QUALIFICATION_BY_KEY.get(labelKey(label)) ?? null;
}

const THEORY_BY_KEY: ReadonlyMap<string, PoliticalTheoryLevel> = /* @__PURE__ */ new Map<
  string,
  PoliticalTheoryLevel
>(
  [
    ['cao_cap', 'cao_cap'],
    ['cao cấp', 'cao_cap'],
    ['cu_nhan', 'cu_nhan'],
    ['cử nhân', 'cu_nhan'],
    ['cử nhân chính trị', 'cu_nhan'],
    ['trung_cap', 'trung_cap'],
    ['trung cấp', 'trung_cap'],
    ['so_cap', 'so_cap'],
    ['sơ cấp', 'so_cap'],
    ['chua_qua_dao_tao', 'chua_qua_dao_tao'],
    ['chưa qua đào tạo', 'chua_qua_dao_tao'],
    ['chưa đào tạo', 'chua_qua_dao_tao'],
    ['không', 'chua_qua_dao_tao'],
  ].map(([k, v]) => [labelKey(k as string), v as PoliticalTheoryLevel]),
);

/**
 * The political-theory level of a label (trình độ lý luận chính trị). The combined label
 * `Cao cấp, cử nhân` of HR forms maps to `cao_cap`; a bare `Cử nhân` stays `cu_nhan`.
 *
 * @param label - The label.
 * @returns The level, or `null` for an unknown label.
 * @throws Never.
 * @example
 * politicalTheoryLevel('Trung cấp')        // => 'trung_cap'
 * politicalTheoryLevel('Cao cấp, cử nhân') // => 'cao_cap'
 */
export function politicalTheoryLevel(label: string): PoliticalTheoryLevel | null {
  const key = labelKey(label);
  if (key === labelKey('Cao cấp, cử nhân')) return 'cao_cap';
  return THEORY_BY_KEY.get(key) ?? null;
}

/**
 * The sex code of a label: `nam`/`Nam`, `nu`/`Nữ`.
 *
 * @param label - The label.
 * @returns `nam`, `nu`, or `null`.
 * @throws Never.
 * @example
 * staffSexCode('Nữ') // => 'nu'
 */
export function staffSexCode(label: string): StaffSex | null {
  const k = labelKey(label);
  return k === 'nam' ? 'nam' : k === 'nu' ? 'nu' : null;
}

/**
 * Whether a qualification is at least another (thứ bậc trình độ): `dai_hoc` ≥ `trung_cap`.
 *
 * @param held - The level held.
 * @param required - The level required.
 * @returns `true` when `held` is the same as or above `required`.
 * @throws Never.
 * @example
 * qualificationAtLeast('thac_si', 'dai_hoc') // => true
 */
export function qualificationAtLeast(held: QualificationLevel, required: QualificationLevel): boolean {
  return QUALIFICATION_LEVELS.indexOf(held) <= QUALIFICATION_LEVELS.indexOf(required);
}

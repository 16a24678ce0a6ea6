import { z } from 'zod';
import { LocalDateSchema } from '../core/schema';
import { standardInForce } from './standards';

/**
 * The 12 deprivation indicators of the national multidimensional poverty standard, in the fixed
 * order of the decree and of the review reports (12 chỉ số đo lường mức độ thiếu hụt dịch vụ xã hội
 * cơ bản).
 *
 * Legal basis: Nghị định 07/2021/NĐ-CP, Điều 3 (2022–2025, kept for 2026 by Nghị định 351/2025/NĐ-CP).
 *
 * @example
 * DEPRIVATION_INDICATORS[0]  // => 'employment'  (1. Việc làm)
 * DEPRIVATION_INDICATORS[11] // => 'information-means' (12. Phương tiện phục vụ tiếp cận thông tin)
 */
export const DEPRIVATION_INDICATORS = [
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
] as const;

/** One of the 12 deprivation indicators (chỉ số thiếu hụt), see {@link DEPRIVATION_INDICATORS}. */
export type DeprivationIndicator = (typeof DEPRIVATION_INDICATORS)[number];

/**
 * The Vietnamese name of each deprivation indicator, as the review reports print it.
 *
 * Legal basis: Nghị định 07/2021/NĐ-CP, Điều 3.
 *
 * @example
 * DEPRIVATION_INDICATOR_NAMES['health-insurance'] // => 'Bảo hiểm y tế'
 */
export const DEPRIVATION_INDICATOR_NAMES: Readonly<Record<DeprivationIndicator, string>> = {
  employment: 'Việc làm',
  dependants: 'Người phụ thuộc trong hộ gia đình',
  nutrition: 'Dinh dưỡng',
  'health-insurance': 'Bảo hiểm y tế',
  'adult-education': 'Trình độ giáo dục của người lớn',
  'school-attendance': 'Tình trạng đi học của trẻ em',
  'housing-quality': 'Chất lượng nhà ở',
  'housing-area': 'Diện tích nhà ở bình quân đầu người',
  'drinking-water': 'Nguồn nước sinh hoạt',
  sanitation: 'Nhà tiêu hợp vệ sinh',
  telecommunications: 'Sử dụng dịch vụ viễn thông',
  'information-means': 'Phương tiện phục vụ tiếp cận thông tin',
};

/**
 * The six dimensions (chiều thiếu hụt: việc làm, y tế, giáo dục, nhà ở, nước sinh hoạt và vệ sinh,
 * thông tin) and their indicators, used for nested equal weights in {@link alkireFoster}.
 *
 * Legal basis: Nghị định 07/2021/NĐ-CP, Điều 3.
 *
 * @example
 * HOUSEHOLD_DEPRIVATION_DIMENSIONS.health // => ['nutrition', 'health-insurance']
 */
export const HOUSEHOLD_DEPRIVATION_DIMENSIONS: Readonly<Record<string, readonly DeprivationIndicator[]>> = {
  employment: ['employment', 'dependants'],
  health: ['nutrition', 'health-insurance'],
  education: ['adult-education', 'school-attendance'],
  housing: ['housing-quality', 'housing-area'],
  'water-sanitation': ['drinking-water', 'sanitation'],
  information: ['telecommunications', 'information-means'],
};

/**
 * A deprivation indicator key (chỉ số thiếu hụt).
 *
 * @example
 * DeprivationIndicatorSchema.parse('sanitation') // => 'sanitation'
 */
export const DeprivationIndicatorSchema = /* @__PURE__ */ z.enum(DEPRIVATION_INDICATORS).meta({
  title: 'Chỉ số thiếu hụt',
  description: 'Một trong 12 chỉ số thiếu hụt dịch vụ xã hội cơ bản (NĐ 07/2021/NĐ-CP).',
});

/**
 * Area of residence (khu vực): `rural` (nông thôn) or `urban` (thành thị; "đô thị" from 2027).
 *
 * @example
 * HouseholdAreaSchema.parse('urban') // => 'urban'
 */
export const HouseholdAreaSchema = /* @__PURE__ */ z.enum(['rural', 'urban']).meta({
  title: 'Khu vực',
  description: 'rural = nông thôn; urban = thành thị (đô thị).',
});

/** Area of residence: `rural` (nông thôn) or `urban` (thành thị, đô thị). */
export type HouseholdArea = z.output<typeof HouseholdAreaSchema>;

/**
 * A household class (phân loại hộ): `poor` (hộ nghèo), `near-poor` (hộ cận nghèo), `average`
 * (hộ có mức sống trung bình) or `none` (none of these).
 *
 * @example
 * HouseholdClassSchema.parse('near-poor') // => 'near-poor'
 */
export const HouseholdClassSchema = /* @__PURE__ */ z.enum(['poor', 'near-poor', 'average', 'none']).meta({
  title: 'Phân loại hộ',
  description:
    'poor = hộ nghèo; near-poor = hộ cận nghèo; average = hộ có mức sống trung bình; none = không thuộc.',
});

/** A household class: poor, near-poor, average living standard, or none. */
export type HouseholdClass = z.output<typeof HouseholdClassSchema>;

const RECORDED_ALIASES = {
  poor: 'poor',
  'near-poor': 'near-poor',
  average: 'average',
  none: 'none',
  'not-poor': 'not-poor',
  'Hộ nghèo': 'poor',
  'Hộ cận nghèo': 'near-poor',
  'Hộ có mức sống trung bình': 'average',
  'Hộ không nghèo': 'not-poor',
} as const;

type RecordedLabel = keyof typeof RECORDED_ALIASES;

/**
 * The class a review recorded (kết quả rà soát). Accepts the English keys and the labels of real
 * exports (`Hộ nghèo`, `Hộ cận nghèo`, `Hộ có mức sống trung bình`, `Hộ không nghèo`); the output is
 * the English key, with `not-poor` for `Hộ không nghèo` (neither poor nor near-poor, which covers
 * both `average` and `none`). A codec, so `z.toJSONSchema` can describe both the input labels and
 * the output keys.
 *
 * @example
 * RecordedHouseholdClassSchema.parse('Hộ cận nghèo')   // => 'near-poor'
 * RecordedHouseholdClassSchema.parse('Hộ không nghèo') // => 'not-poor'
 */
export const RecordedHouseholdClassSchema = /* @__PURE__ */ z
  .codec(
    z.enum(Object.keys(RECORDED_ALIASES) as [RecordedLabel, ...RecordedLabel[]]),
    z.enum(['poor', 'near-poor', 'average', 'none', 'not-poor']),
    { decode: (v) => RECORDED_ALIASES[v], encode: (v) => v },
  )
  .meta({ title: 'Kết quả rà soát', description: 'Phân loại do cuộc rà soát ghi nhận.' });

/** The class a review recorded: a {@link HouseholdClass} or `not-poor` (hộ không nghèo). */
export type RecordedHouseholdClass = z.output<typeof RecordedHouseholdClassSchema>;

/**
 * Education level of a member (trình độ giáo dục, đào tạo), from none to university.
 *
 * @example
 * MemberEducationLevelSchema.parse('upper-secondary') // => 'upper-secondary'
 */
export const MemberEducationLevelSchema = /* @__PURE__ */ z
  .enum([
    'none',
    'primary',
    'lower-secondary',
    'upper-secondary',
    'vocational-elementary',
    'vocational-intermediate',
    'college',
    'university',
  ])
  .meta({ title: 'Trình độ giáo dục', description: 'Cấp học hoặc trình độ đào tạo cao nhất đã đạt.' });

/** Education level of a member. */
export type MemberEducationLevel = z.output<typeof MemberEducationLevelSchema>;

/**
 * Work status of a member (tình trạng việc làm).
 *
 * @example
 * MemberWorkStatusSchema.parse('unemployed') // => 'unemployed'
 */
export const MemberWorkStatusSchema = /* @__PURE__ */ z
  .enum([
    'employed-with-contract',
    'employed-without-contract',
    'self-employed',
    'unemployed',
    'not-in-labour-force',
  ])
  .meta({ title: 'Việc làm', description: 'Tình trạng việc làm của thành viên.' });

/** Work status of a member. */
export type MemberWorkStatus = z.output<typeof MemberWorkStatusSchema>;

const nonNegativeAge = /* @__PURE__ */ z
  .int()
  .refine((v) => v >= 0, { params: { code: 'vn.household.negative_age' }, abort: true })
  .refine((v) => v <= 150, { params: { code: 'vn.household.age_too_high' }, abort: true })
  .min(0)
  .max(150);

/**
 * A household member (nhân khẩu) as the review form records it; every item but the age is optional.
 * From members the member-based indicators can be derived (see {@link MemberIndicatorThresholds}).
 *
 * Legal basis: Thông tư 07/2021/TT-BLĐTBXH (Phiếu B, member items; exact item list UNVERIFIED).
 *
 * @example
 * HouseholdMemberSchema.parse({ age: 34, healthInsurance: true })
 * // => { age: 34, healthInsurance: true }
 */
export const HouseholdMemberSchema = /* @__PURE__ */ z
  .object({
    /** Age in completed years (tuổi), ≥ 0. */
    age: nonNegativeAge,
    /** Sex (giới tính). */
    sex: z.enum(['male', 'female']).optional(),
    /** Has health insurance (có thẻ BHYT). */
    healthInsurance: z.boolean().optional(),
    /** Attends school at the grade appropriate to age (đi học đúng cấp). */
    attendingSchool: z.boolean().optional(),
    /** Highest education or training level. */
    education: MemberEducationLevelSchema.optional(),
    /** Work status. */
    work: MemberWorkStatusSchema.optional(),
    /** Cannot work (mất khả năng lao động), counted as a dependant. */
    unableToWork: z.boolean().optional(),
    /** Child found stunted or underweight (suy dinh dưỡng). */
    malnourished: z.boolean().optional(),
  })
  .meta({ title: 'Nhân khẩu', description: 'Thành viên của hộ.' });

/** A household member (nhân khẩu). */
export interface HouseholdMember extends z.output<typeof HouseholdMemberSchema> {}

const nonNegativeMoney = /* @__PURE__ */ z
  .number()
  .refine((v) => v >= 0, { params: { code: 'vn.household.negative_income' }, abort: true })
  .min(0);

const score = /* @__PURE__ */ z
  .int()
  .refine((v) => v >= 0, { params: { code: 'vn.household.negative_score' }, abort: true });

/**
 * A household in a poverty review (hộ gia đình trong rà soát hộ nghèo, hộ cận nghèo).
 *
 * Cross-field rules (each a custom issue with a stable code and no message):
 * - `vn.household.too_many_deprivations`: more deprivations than the standard in force has
 *   indicators (12 from 2022, 10 under Quyết định 59/2015/QĐ-TTg), or a score B above 10 × that;
 * - `vn.household.duplicate_deprivation`: an indicator listed twice;
 * - `vn.household.deprivation_count_mismatch`: `deprivationCount` differs from the list's length;
 * - `vn.household.no_standard_in_force`: a review date with no national standard in force;
 * - `vn.household.no_income_or_score`: neither an income nor a score A;
 * - `vn.household.score_b_not_multiple`: a score B that is not a multiple of 10.
 *
 * Legal basis: Nghị định 07/2021/NĐ-CP; Thông tư 07/2021/TT-BLĐTBXH (Phiếu A, B).
 *
 * @example
 * HouseholdSchema.parse({ code: 'H01', area: 'rural', incomePerPerson: 1_500_000,
 *   deprivations: ['health-insurance', 'sanitation', 'housing-area'] })
 * // => { code: 'H01', area: 'rural', incomePerPerson: 1500000, deprivations: [ … 3 items ] }
 */
export const HouseholdSchema = /* @__PURE__ */ z
  .object({
    /** Household code (mã hộ). */
    code: z.string().trim().min(1),
    /** Head of household (chủ hộ). */
    head: z.string().optional(),
    /** Village or residential group (thôn, tổ dân phố). */
    village: z.string().optional(),
    /** Area of residence. */
    area: HouseholdAreaSchema,
    /** Ethnic-minority household (hộ dân tộc thiểu số). */
    ethnicMinority: z.boolean().optional(),
    /** Number of members (số nhân khẩu), when members are not listed. */
    memberCount: z.int().min(0).optional(),
    /** Member records. */
    members: z.array(HouseholdMemberSchema).optional(),
    /** Average monthly income per person, VND (thu nhập bình quân đầu người/tháng). */
    incomePerPerson: nonNegativeMoney.optional(),
    /** Deprived indicators (các chỉ số thiếu hụt), each at most once. */
    deprivations: z.array(DeprivationIndicatorSchema).optional(),
    /** Number of deprived indicators when only the count is known (e.g. the 10 of 2016–2021). */
    deprivationCount: z.int().min(0).optional(),
    /** Review date (thời gian rà soát). */
    reviewDate: LocalDateSchema.optional(),
    /** Score A (income proxy, điểm phiếu A / B1). */
    scoreA: score.optional(),
    /** Score B (deprivation score, điểm phiếu B / B2): 10 points per deprived indicator. */
    scoreB: score.optional(),
    /** Class recorded by the review (kết quả rà soát). */
    recordedClass: RecordedHouseholdClassSchema.optional(),
  })
  .superRefine((h, ctx) => {
    const standard = h.reviewDate === undefined ? undefined : standardInForce(h.reviewDate);
    if (h.reviewDate !== undefined && standard === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['reviewDate'],
        params: { code: 'vn.household.no_standard_in_force', date: h.reviewDate },
      });
    }
    const max = standard?.indicatorCount ?? DEPRIVATION_INDICATORS.length;
    const list = h.deprivations;
    if (list !== undefined) {
      if (list.length > max) {
        ctx.addIssue({
          code: 'custom',
          path: ['deprivations'],
          params: { code: 'vn.household.too_many_deprivations', count: list.length, max },
        });
      } else if (new Set(list).size !== list.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['deprivations'],
          params: { code: 'vn.household.duplicate_deprivation' },
        });
      }
    }
    if (h.deprivationCount !== undefined) {
      if (h.deprivationCount > max) {
        ctx.addIssue({
          code: 'custom',
          path: ['deprivationCount'],
          params: { code: 'vn.household.too_many_deprivations', count: h.deprivationCount, max },
        });
      } else if (list !== undefined && list.length !== h.deprivationCount) {
        ctx.addIssue({
          code: 'custom',
          path: ['deprivationCount'],
          params: {
            code: 'vn.household.deprivation_count_mismatch',
            count: h.deprivationCount,
            listed: list.length,
          },
        });
      }
    }
    if (h.scoreB !== undefined) {
      if (h.scoreB % 10 !== 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['scoreB'],
          params: { code: 'vn.household.score_b_not_multiple', score: h.scoreB },
        });
      } else if (h.scoreB / 10 > max) {
        ctx.addIssue({
          code: 'custom',
          path: ['scoreB'],
          params: { code: 'vn.household.too_many_deprivations', count: h.scoreB / 10, max },
        });
      }
    }
    if (h.incomePerPerson === undefined && h.scoreA === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['incomePerPerson'],
        params: { code: 'vn.household.no_income_or_score' },
      });
    }
  })
  .meta({ title: 'Hộ gia đình', description: 'Hộ gia đình trong rà soát hộ nghèo, hộ cận nghèo.' });

/** A household in a poverty review, as parsed by {@link HouseholdSchema}. */
export interface Household extends z.output<typeof HouseholdSchema> {}

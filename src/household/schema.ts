import { z } from 'zod';
import { typeError } from '../_lib/errors';
import { LocalDateSchema } from '../core/schema';
import { indicatorsOf, standardInForce } from './in-force';
import { HOUSEHOLD_CLASSES, KNOWN_DEPRIVATION_INDICATORS } from './indicators';
import type { PovertyStandard } from './standards';

export {
  DEPRIVATION_INDICATOR_NAMES,
  DEPRIVATION_INDICATORS,
  type DeprivationIndicator,
  HOUSEHOLD_CLASS_LABELS,
  HOUSEHOLD_CLASSES,
  HOUSEHOLD_DEPRIVATION_DIMENSIONS,
  KNOWN_DEPRIVATION_INDICATORS,
} from './indicators';

/**
 * A deprivation indicator key (chỉ số thiếu hụt) of any standard: the 12 of Nghị định
 * 07/2021/NĐ-CP and `waste-treatment` of 2027–2030. Whether a household may report one depends on
 * the standard in force on its review date ({@link HouseholdSchema}).
 *
 * @example
 * DeprivationIndicatorSchema.parse('sanitation') // => 'sanitation'
 * DeprivationIndicatorSchema.parse('waste-treatment') // => 'waste-treatment'
 */
export const DeprivationIndicatorSchema = /* @__PURE__ */ z.enum(KNOWN_DEPRIVATION_INDICATORS).meta({
  title: 'Chỉ số thiếu hụt',
  description:
    'Một chỉ số thiếu hụt dịch vụ xã hội cơ bản: 12 chỉ số của NĐ 07/2021/NĐ-CP, thêm xử lý rác thải (waste-treatment) của giai đoạn 2027–2030 (NĐ 351/2025/NĐ-CP). Chỉ số được ghi phải thuộc chuẩn nghèo áp dụng tại ngày rà soát.',
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
export const HouseholdClassSchema = /* @__PURE__ */ z.enum(HOUSEHOLD_CLASSES).meta({
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
 * Options of {@link createHouseholdSchema}: the rules a household is checked against, as
 * arguments (the schema imports no regulation table).
 *
 * @example
 * const options: HouseholdSchemaOptions = { standards: POVERTY_STANDARDS };
 * createHouseholdSchema(options).safeParse({ code: 'H1', area: 'urban', scoreA: 150 }).success // => true
 */
export interface HouseholdSchemaOptions {
  /**
   * The standards a review date is checked against, searched in order (the national ones are
   * `POVERTY_STANDARDS`, what {@link HouseholdSchema} uses): the one in force on the date caps the
   * deprivations and says which indicators may be listed. Pass a standard completed with
   * {@link customPovertyStandard} (for instance the 2027–2030 indicator list as you read it in the
   * decree, or a standard for a period after the shipped data) to validate against it.
   */
  readonly standards: readonly PovertyStandard[];
}

function buildHouseholdSchema(options: HouseholdSchemaOptions) {
  const standards = options.standards;
  if (!Array.isArray(standards))
    typeError('createHouseholdSchema needs { standards }, e.g. { standards: POVERTY_STANDARDS }.');
  // Without a review date: the most any of the standards allows (12 for the national ones).
  const maxIndicators = standards.reduce((m, s) => Math.max(m, s.indicatorCount), 0);
  return z
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
      const standard = h.reviewDate === undefined ? undefined : standardInForce(h.reviewDate, standards);
      if (h.reviewDate !== undefined && standard === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['reviewDate'],
          params: { code: 'vn.household.no_standard_in_force', date: h.reviewDate },
        });
      }
      const max = standard?.indicatorCount ?? maxIndicators;
      const list = h.deprivations;
      if (list !== undefined && standard !== undefined) {
        const allowed = indicatorsOf(standard);
        for (let i = 0; i < list.length; i++) {
          const indicator = list[i]!;
          if (!allowed.includes(indicator)) {
            ctx.addIssue({
              code: 'custom',
              path: ['deprivations', i],
              params: {
                code: 'vn.household.indicator_not_in_standard',
                indicator,
                standard: standard.id,
                date: h.reviewDate,
              },
            });
          }
        }
      }
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
}

/**
 * Build the household schema against a list of standards (lược đồ hộ rà soát).
 * {@link HouseholdSchema} is this with the national standards.
 *
 * Cross-field rules (each a custom issue with a stable code and no message):
 * - `vn.household.indicator_not_in_standard`: a listed indicator the standard in force on the
 *   review date does not have (e.g. `waste-treatment` before 2027, `information-means` from 2027);
 * - `vn.household.too_many_deprivations`: more deprivations than the standard in force allows
 *   (12 from 2022, 10 under Quyết định 59/2015/QĐ-TTg; without a review date, the most any of the
 *   standards allows: 12 for the national ones),
 *   or a score B above 10 × that;
 * - `vn.household.duplicate_deprivation`: an indicator listed twice;
 * - `vn.household.deprivation_count_mismatch`: `deprivationCount` differs from the list's length;
 * - `vn.household.no_standard_in_force`: a review date with no standard in force;
 * - `vn.household.no_income_or_score`: neither an income nor a score A;
 * - `vn.household.score_b_not_multiple`: a score B that is not a multiple of 10.
 *
 * Legal basis: Nghị định 07/2021/NĐ-CP; Nghị định 351/2025/NĐ-CP; Thông tư 07/2021/TT-BLĐTBXH (Phiếu A, B).
 *
 * @param options - The standards to check review dates against.
 * @returns A zod schema whose output is a {@link Household}.
 * @throws TypeError if `standards` is not an array.
 * @example
 * const s2031 = customPovertyStandard(povertyStandardFor('2030-06-01'), {
 *   legalBasis: 'Caller: prolonged for 2031–2035', effectiveFrom: '2031-01-01', effectiveTo: '2035-12-31' });
 * const row = { code: 'H1', area: 'rural', incomePerPerson: 1_000_000, reviewDate: '2031-10-01' };
 * createHouseholdSchema({ standards: [s2031, ...POVERTY_STANDARDS] }).safeParse(row).success // => true
 * createHouseholdSchema({ standards: POVERTY_STANDARDS }).safeParse(row).success // => false
 */
export function createHouseholdSchema(options: HouseholdSchemaOptions) {
  return buildHouseholdSchema(options);
}

/** A household in a poverty review, as parsed by {@link HouseholdSchema}. */
export interface Household extends z.output<ReturnType<typeof buildHouseholdSchema>> {}

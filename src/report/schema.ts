import { z } from 'zod';
import { rangeError, show } from '../_lib/errors';
import { CountSchema, LocalDateSchema } from '../core/schema';
import { DossierFiguresSchema } from '../dossier/tally';
import { QUALIFICATION_LABELS, QUALIFICATION_LEVELS } from '../personnel/codes';
import { parseVietnameseNumber } from './numbers';

/**
 * A rate as the report prints it (tỷ lệ như báo cáo ghi), kept with its printed decimals so an audit
 * can tell whether it was rounded half-up, truncated, or does not agree with its counts at all.
 * Build one from the printed text with {@link printedRate}.
 *
 * @example
 * PrintedRateSchema.parse({ text: '3,3%', value: '3.3', decimals: 1 }) // => { text: '3,3%', value: '3.3', decimals: 1 }
 * PrintedRateSchema.safeParse({ text: '3%', value: '3.3', decimals: 0 }).success // => false (vn.report.rate_decimals)
 */
export const PrintedRateSchema = /* @__PURE__ */ z
  .object({
    text: z.string().min(1).meta({ title: 'Tỷ lệ như báo cáo ghi', description: 'Ví dụ: 3,3% hoặc 7,64%.' }),
    value: z
      .string()
      .regex(/^\d+(?:\.\d+)?$/)
      .meta({
        title: 'Giá trị phần trăm',
        description: 'Số phần trăm dạng thập phân chính xác, dấu chấm thập phân (3,3% → "3.3").',
      }),
    decimals: z
      .int()
      .min(0)
      .max(10)
      .meta({ title: 'Số chữ số thập phân như báo cáo ghi', description: '3,3% → 1; 7,64% → 2; 98% → 0.' }),
  })
  .superRefine((r, ctx) => {
    const frac = r.value.split('.')[1] ?? '';
    if (frac.length > r.decimals) {
      ctx.addIssue({
        code: 'custom',
        path: ['decimals'],
        input: r,
        params: { code: 'vn.report.rate_decimals', value: r.value, decimals: r.decimals },
      });
    }
  })
  .meta({
    id: 'vn.report.printed_rate',
    title: 'Tỷ lệ phần trăm như báo cáo ghi',
    description: 'Tỷ lệ giữ nguyên số chữ số thập phân đã in, để kiểm tra cách làm tròn.',
  });

/**
 * A rate as printed.
 *
 * @example
 * const r: PrintedRate = printedRate('7,64%'); // => { text: '7,64%', value: '7.64', decimals: 2 }
 */
export interface PrintedRate extends z.output<typeof PrintedRateSchema> {}

/**
 * Read a printed percentage into a {@link PrintedRate} (đọc tỷ lệ như báo cáo ghi), under the
 * Vietnamese convention (`3,3%`, `7,64%`; `98.81%` with a dot is read as a decimal too).
 *
 * @param text - The rate as printed, with `%` or `phần trăm`.
 * @returns `{ text, value, decimals }`.
 * @throws RangeError when the text is not a percentage or is ambiguous.
 * @example
 * printedRate('3,3%')  // => { text: '3,3%', value: '3.3', decimals: 1 }
 * printedRate('98%')   // => { text: '98%', value: '98', decimals: 0 }
 */
export function printedRate(text: string): PrintedRate {
  const p = parseVietnameseNumber(text, { convention: 'vi' });
  if (
    p === null ||
    p.kind !== 'percent' ||
    p.value === null ||
    p.decimals === null ||
    p.value.startsWith('-')
  ) {
    rangeError(`not a printed percentage: ${show(text)}.`);
  }
  return { text, value: p.value, decimals: p.decimals };
}

const count = (title: string, description?: string) =>
  CountSchema.optional().meta(description === undefined ? { title } : { title, description });

const dossierShape = /* @__PURE__ */ (() => DossierFiguresSchema.shape)();

/**
 * Dossier figures a report states (số liệu giải quyết hồ sơ TTHC): the columns of
 * `DossierFiguresSchema` (received, carried over, resolved by timeliness, pending, returned), every
 * one optional and NOT checked against each other here (the report audit does that, so a report with
 * inconsistent figures can still be recorded as printed), plus the printed on-time rate and online
 * share.
 *
 * @example
 * const f = DossierReportFiguresSchema.parse({ received: 3971, resolved: 3927, resolvedEarlyOrOnTime: 3008, resolvedLate: 22 });
 * f.resolved // => 3927 (accepted as printed)
 * auditReport({ dossiers: f })[0]?.arithmetic.vi // => '3.927 ≠ 3.008 + 22 = 3.030'
 */
export const DossierReportFiguresSchema = /* @__PURE__ */ z
  .object({
    ...dossierShape,
    onTimeRate: PrintedRateSchema.optional().meta({
      title: 'Tỷ lệ giải quyết trước hạn, đúng hạn (như báo cáo ghi)',
      description: 'Tính trên số hồ sơ đã giải quyết (biến thể A).',
    }),
    onlineRate: PrintedRateSchema.optional().meta({
      title: 'Tỷ lệ hồ sơ trực tuyến (như báo cáo ghi)',
      description: 'Số mới tiếp nhận trực tuyến trên số mới tiếp nhận.',
    }),
  })
  .meta({ id: 'vn.report.dossiers', title: 'Số liệu hồ sơ TTHC trong báo cáo' });

/**
 * Dossier figures of a report.
 *
 * @example
 * const f: DossierReportFigures = DossierReportFiguresSchema.parse({ resolved: 3927 }); // => { resolved: 3927 }
 */
export interface DossierReportFigures extends z.output<typeof DossierReportFiguresSchema> {}

/**
 * Household poverty figures a report states (số liệu hộ nghèo, hộ cận nghèo): counts at the end and
 * at the start of the year, the movement during the year (thoát nghèo, tái nghèo, phát sinh mới), the
 * change "so với đầu năm" as a signed count, and the printed rates. Legal basis of the standards:
 * Nghị định 07/2021/NĐ-CP (2022–2025).
 *
 * @example
 * HouseholdReportFiguresSchema.parse({ poor: 99, poorChange: 2, poorRate: printedRate('3,3%') }).poor // => 99
 */
export const HouseholdReportFiguresSchema = /* @__PURE__ */ z
  .object({
    total: count('Tổng số hộ dân cư'),
    poor: count('Số hộ nghèo (cuối kỳ)'),
    poorAtStart: count('Số hộ nghèo đầu năm'),
    poorChange: z.int().optional().meta({
      title: 'Tăng (+) / giảm (−) hộ nghèo so với đầu năm',
      description: 'Số hộ, có dấu.',
    }),
    poorEscaped: count('Số hộ thoát nghèo trong năm'),
    poorFellBack: count('Số hộ tái nghèo trong năm'),
    poorNew: count('Số hộ nghèo phát sinh trong năm'),
    poorRate: PrintedRateSchema.optional().meta({ title: 'Tỷ lệ hộ nghèo (như báo cáo ghi)' }),
    nearPoor: count('Số hộ cận nghèo (cuối kỳ)'),
    nearPoorAtStart: count('Số hộ cận nghèo đầu năm'),
    nearPoorChange: z.int().optional().meta({
      title: 'Tăng (+) / giảm (−) hộ cận nghèo so với đầu năm',
      description: 'Số hộ, có dấu.',
    }),
    nearPoorEscaped: count('Số hộ thoát cận nghèo trong năm'),
    nearPoorFellBack: count('Số hộ tái cận nghèo trong năm'),
    nearPoorNew: count('Số hộ cận nghèo phát sinh trong năm'),
    nearPoorRate: PrintedRateSchema.optional().meta({ title: 'Tỷ lệ hộ cận nghèo (như báo cáo ghi)' }),
  })
  .meta({ id: 'vn.report.households', title: 'Số liệu hộ nghèo, hộ cận nghèo trong báo cáo' });

/**
 * Household figures of a report.
 *
 * @example
 * const f: HouseholdReportFigures = HouseholdReportFiguresSchema.parse({ poor: 99 }); // => { poor: 99 }
 */
export interface HouseholdReportFigures extends z.output<typeof HouseholdReportFiguresSchema> {}

/**
 * Qualification levels a report counts staff by (trình độ chuyên môn), the same keys as the personnel
 * domain: tiến sĩ, thạc sĩ, đại học, cao đẳng, trung cấp, sơ cấp, chưa qua đào tạo.
 *
 * @example
 * REPORT_QUALIFICATION_LEVELS.includes('dai_hoc') // => true
 */
export const REPORT_QUALIFICATION_LEVELS = QUALIFICATION_LEVELS;

/**
 * One of {@link REPORT_QUALIFICATION_LEVELS}.
 *
 * @example
 * const level: ReportQualificationLevel = 'trung_cap';
 * REPORT_QUALIFICATION_LABELS[level] // => 'Trung cấp'
 */
export type ReportQualificationLevel = (typeof REPORT_QUALIFICATION_LEVELS)[number];

/**
 * Vietnamese labels of {@link REPORT_QUALIFICATION_LEVELS}, as a report writes them.
 *
 * @example
 * REPORT_QUALIFICATION_LABELS.dai_hoc // => 'Đại học'
 */
export const REPORT_QUALIFICATION_LABELS: Readonly<Record<ReportQualificationLevel, string>> =
  QUALIFICATION_LABELS;

const qualificationsSchema = (title: string) =>
  z
    .object(
      Object.fromEntries(
        REPORT_QUALIFICATION_LEVELS.map((l) => [l, count(REPORT_QUALIFICATION_LABELS[l])]),
      ) as Record<ReportQualificationLevel, ReturnType<typeof count>>,
    )
    .optional()
    .meta({ title, description: 'Các trình độ không nêu được hiểu là 0 khi ít nhất một trình độ được nêu.' });

/**
 * Staff figures a report states (số lượng, chất lượng cán bộ, công chức): the establishment
 * (biên chế) split into cán bộ and công chức, their qualifications, and the part-time workers
 * (người hoạt động không chuyên trách) with theirs. Legal basis: Nghị định 33/2023/NĐ-CP.
 *
 * @example
 * StaffReportFiguresSchema.parse({ total: 22, cadres: 10, civilServants: 12, qualifications: { dai_hoc: 16, trung_cap: 6 } })
 *   .qualifications // => { dai_hoc: 16, trung_cap: 6 }
 */
export const StaffReportFiguresSchema = /* @__PURE__ */ z
  .object({
    total: count('Tổng số cán bộ, công chức (biên chế)'),
    cadres: count('Cán bộ cấp xã'),
    civilServants: count('Công chức cấp xã'),
    qualifications: qualificationsSchema('Trình độ chuyên môn của cán bộ, công chức'),
    partTime: count('Người hoạt động không chuyên trách'),
    partTimeQualifications: qualificationsSchema(
      'Trình độ chuyên môn của người hoạt động không chuyên trách',
    ),
  })
  .meta({ id: 'vn.report.staff', title: 'Số liệu cán bộ, công chức trong báo cáo' });

/**
 * Staff figures of a report.
 *
 * @example
 * const f: StaffReportFigures = StaffReportFiguresSchema.parse({ total: 22 }); // => { total: 22 }
 */
export interface StaffReportFigures extends z.output<typeof StaffReportFiguresSchema> {}

/**
 * Document figures a report states (văn bản điện tử, chữ ký số): documents exchanged and those
 * exchanged electronically, the printed electronic rate, and the digital signatures issued
 * (organisation and personal). Legal basis: Nghị định 30/2020/NĐ-CP; Quyết định 28/2018/QĐ-TTg.
 *
 * @example
 * DocumentReportFiguresSchema.parse({ signatures: 7, organisationSignatures: 1, personalSignatures: 6, electronicRate: printedRate('98%') })
 *   .electronicRate // => { text: '98%', value: '98', decimals: 0 }
 */
export const DocumentReportFiguresSchema = /* @__PURE__ */ z
  .object({
    total: count('Tổng số văn bản trao đổi'),
    electronic: count('Số văn bản trao đổi dưới dạng điện tử'),
    electronicRate: PrintedRateSchema.optional().meta({ title: 'Tỷ lệ văn bản điện tử (như báo cáo ghi)' }),
    signatures: count('Số chữ ký số đã được cấp'),
    organisationSignatures: count('Chữ ký số cơ quan'),
    personalSignatures: count('Chữ ký số cá nhân'),
  })
  .meta({ id: 'vn.report.documents', title: 'Số liệu văn bản điện tử, chữ ký số trong báo cáo' });

/**
 * Document figures of a report.
 *
 * @example
 * const f: DocumentReportFigures = DocumentReportFiguresSchema.parse({ signatures: 7 }); // => { signatures: 7 }
 */
export interface DocumentReportFigures extends z.output<typeof DocumentReportFiguresSchema> {}

/**
 * The figures a commune report states (số liệu báo cáo sơ kết, tổng kết của xã): dossiers, households,
 * staff and documents, each figure optional and kept as printed (rates with their printed
 * decimals). The schema checks types only; {@link auditReport} checks the figures against each other.
 * Its JSON Schema is shipped as `schemas/report/ReportFiguresSchema.json`.
 *
 * @example
 * // The Phổ Phong report of 22/06/2023; JSON read from a file parses the same way.
 * const figures = ReportFiguresSchema.parse({
 *   commune: 'Phổ Phong',
 *   dossiers: { received: 3971, resolved: 3927, resolvedEarlyOrOnTime: 3008, resolvedLate: 22, pending: 44 },
 *   households: { poor: 99, poorRate: printedRate('3,3%'), nearPoor: 219, nearPoorRate: printedRate('7,64%') },
 * });
 * auditReport(figures).map((f) => f.arithmetic.vi)
 * // => ['3.927 ≠ 3.008 + 22 = 3.030', '99 / 3,3% → 2.956–3.046; 219 / 7,64% → 2.865–2.868: không giao nhau']
 */
export const ReportFiguresSchema = /* @__PURE__ */ z
  .object({
    commune: z.string().min(1).optional().meta({ title: 'Tên xã, phường' }),
    periodStart: LocalDateSchema.optional().meta({ title: 'Từ ngày' }),
    periodEnd: LocalDateSchema.optional().meta({ title: 'Đến ngày' }),
    reportDate: LocalDateSchema.optional().meta({ title: 'Ngày báo cáo' }),
    dossiers: DossierReportFiguresSchema.optional(),
    households: HouseholdReportFiguresSchema.optional(),
    staff: StaffReportFiguresSchema.optional(),
    documents: DocumentReportFiguresSchema.optional(),
  })
  .meta({
    id: 'vn.report.figures',
    title: 'Số liệu báo cáo của xã, phường',
    description: 'Các số liệu một báo cáo định kỳ của UBND xã nêu; mọi số liệu đều không bắt buộc.',
  });

/**
 * The figures of a commune report.
 *
 * @example
 * const f: ReportFigures = ReportFiguresSchema.parse({ commune: 'Phổ Phong' }); // => { commune: 'Phổ Phong' }
 */
export interface ReportFigures extends z.output<typeof ReportFiguresSchema> {}

import { z } from 'zod';
import { typeError } from '../_lib/errors';
import { toVietnamDate } from '../core/localDate';
import { DateOrInstantSchema, isUsableDate, LocalDateSchema } from '../core/schema';
import type { OneStopBasis } from './basis';
import { citeBasisIn } from './cite';
import { DOSSIER_CHANNELS, DOSSIER_OUTCOMES, DOSSIER_STATUSES, STATUS_LABELS_VI } from './codes';
import { type DossierRuleFacts, visitBrokenDossierRules } from './rules';

/** A supplement request (yêu cầu bổ sung hồ sơ) and when it was completed. */
export const SupplementSchema = /* @__PURE__ */ z
  .object({
    requestedAt: DateOrInstantSchema.meta({ title: 'Ngày yêu cầu bổ sung' }),
    completedAt: DateOrInstantSchema.optional().meta({ title: 'Ngày hoàn thành bổ sung' }),
  })
  .meta({ title: 'Yêu cầu bổ sung hồ sơ' });

/** A supplement request. */
export interface Supplement extends z.output<typeof SupplementSchema> {}

const vnDate = (v: string): string => toVietnamDate(v);

/**
 * Options of {@link createDossierSchema}: the rules a dossier is checked against, as arguments
 * (the schema imports no regulation table).
 *
 * @example
 * const options: DossierSchemaOptions = { bases: ONE_STOP_BASES };
 * options.bases.length // => 2
 */
export interface DossierSchemaOptions {
  /**
   * The one-stop frameworks by date of receipt whose citations the messages carry (the national
   * table is `ONE_STOP_BASES`, what {@link DossierSchema} uses): e.g. the table with a version of
   * yours added for a decree issued after the shipped data.
   */
  readonly bases: readonly OneStopBasis[];
}

function buildDossierSchema(options: DossierSchemaOptions) {
  const bases = options.bases;
  if (!Array.isArray(bases))
    typeError('createDossierSchema needs { bases }, e.g. { bases: ONE_STOP_BASES }.');
  return z
    .object({
      code: z
        .string()
        .min(1)
        .meta({ title: 'Mã hồ sơ', description: 'MaHoSo, ví dụ 000.00.06.H56-231027-0361.' }),
      procedureCode: z.string().min(1).optional().meta({
        title: 'Mã thủ tục hành chính',
        description:
          'MaTTHC. Không bắt buộc: không chỉ tiêu nào cần đến; nhóm theo thủ tục xếp hồ sơ thiếu mã vào nhóm rỗng.',
      }),
      procedureName: z.string().optional().meta({ title: 'Tên thủ tục hành chính', description: 'TenTTHC.' }),
      fieldCode: z.string().optional().meta({ title: 'Mã lĩnh vực', description: 'MaLinhVuc.' }),
      fieldName: z.string().optional().meta({ title: 'Tên lĩnh vực', description: 'TenLinhVuc.' }),
      unit: z
        .string()
        .min(1)
        .meta({ title: 'Đơn vị tiếp nhận', description: 'Mã hoặc tên đơn vị tiếp nhận, xử lý.' }),
      receivingUnit: z.string().min(1).optional().meta({
        title: 'Đơn vị tiếp nhận hồ sơ',
        description:
          'Trung tâm Phục vụ hành chính công hoặc điểm tiếp nhận nơi nộp hồ sơ (từ 01/07/2025 không phụ thuộc địa giới hành chính trong phạm vi cấp tỉnh); thiếu thì là unit.',
      }),
      handlingUnit: z.string().min(1).optional().meta({
        title: 'Đơn vị giải quyết',
        description: 'Cơ quan, đơn vị có thẩm quyền giải quyết hồ sơ; thiếu thì là unit.',
      }),
      channel: z.enum(DOSSIER_CHANNELS).meta({
        title: 'Kênh thực hiện',
        description: 'direct = trực tiếp (1), online = trực tuyến (2), postal = bưu chính công ích (3).',
      }),
      status: z.enum(DOSSIER_STATUSES).meta({
        title: 'Trạng thái hồ sơ',
        description: `Theo danh mục TrangThaiHoSo 1–10: ${DOSSIER_STATUSES.map((s, i) => `${s} = ${STATUS_LABELS_VI[s]} (${i + 1})`).join('; ')}.`,
      }),
      receivedAt: DateOrInstantSchema.meta({ title: 'Ngày tiếp nhận', description: 'NgayTiepNhan.' }),
      dueDate: LocalDateSchema.meta({
        title: 'Ngày hẹn trả',
        description: 'NgayHenTra, ngày hẹn trả kết quả ban đầu.',
      }),
      reappointments: z.array(LocalDateSchema).optional().meta({
        title: 'Ngày hẹn lại',
        description: 'Ngày hẹn trả mới sau phiếu xin lỗi và hẹn lại (tối đa một lần).',
      }),
      supplements: z.array(SupplementSchema).optional().meta({ title: 'Các lần yêu cầu bổ sung' }),
      finishedAt: DateOrInstantSchema.optional().meta({
        title: 'Ngày kết thúc xử lý',
        description: 'NgayKetThucXuLy.',
      }),
      returnedAt: DateOrInstantSchema.optional().meta({ title: 'Ngày trả kết quả', description: 'NgayTra.' }),
      outcome: z.enum(DOSSIER_OUTCOMES).optional().meta({
        title: 'Kết thúc không có kết quả',
        description: 'refused = trả lại, withdrawn = rút hồ sơ, stopped = dừng xử lý.',
      }),
      outcomeAt: DateOrInstantSchema.optional().meta({ title: 'Ngày trả lại, rút hoặc dừng' }),
    })
    .superRefine((d, ctx) => {
      // Zod runs this only once every field is valid; the rules themselves live in ./rules.
      if (!isUsableDate(d.receivedAt)) return;
      const received = vnDate(d.receivedAt);
      const day = (v: string | undefined): string | undefined => (isUsableDate(v) ? vnDate(v) : undefined);
      const finished = day(d.finishedAt);
      const returned = day(d.returnedAt);
      const outcomeAt = day(d.outcomeAt);
      const re = d.reappointments ?? [];
      const sups = d.supplements ?? [];
      const facts: DossierRuleFacts<string> = {
        status: d.status,
        received,
        due: d.dueDate,
        finished,
        returned,
        outcome: d.outcome,
        outcomeAt,
        reappointments: re.length,
        firstReappointment: re[0],
        supplements: sups.length,
        requestedAt: sups.map((s) => vnDate(s.requestedAt)),
        completedAt: sups.map((s) => day(s.completedAt)),
      };
      const issue = (path: (string | number)[], code: string, params: Record<string, unknown>) =>
        ctx.addIssue({ code: 'custom', path, params: { code, ...params }, input: d });
      visitBrokenDossierRules(facts, (code, i) => {
        switch (code) {
          case 'vn.dossier.due_before_received':
            return issue(['dueDate'], code, { dueDate: d.dueDate, receivedDate: received });
          case 'vn.dossier.finished_before_received':
            return issue(['finishedAt'], code, { finishedDate: finished, receivedDate: received });
          case 'vn.dossier.returned_before_received':
            return issue(['returnedAt'], code, { returnedDate: returned, receivedDate: received });
          case 'vn.dossier.returned_before_finished':
            return issue(['returnedAt'], code, { returnedDate: returned, finishedDate: finished });
          case 'vn.dossier.reappointed_more_than_once':
            return issue(['reappointments'], code, {
              count: re.length,
              basis: citeBasisIn(bases, received, { rule: 'reappointmentOnce' }),
              basisEn: citeBasisIn(bases, received, { locale: 'en' }),
            });
          case 'vn.dossier.reappointment_not_after_due':
            return issue(['reappointments', 0], code, { reappointedDate: re[0], dueDate: d.dueDate });
          case 'vn.dossier.supplement_before_received':
            return issue(['supplements', i, 'requestedAt'], code, {
              requestedDate: facts.requestedAt[i],
              receivedDate: received,
            });
          case 'vn.dossier.supplement_completed_before_requested':
            return issue(['supplements', i, 'completedAt'], code, {
              completedDate: facts.completedAt[i],
              requestedDate: facts.requestedAt[i],
            });
          case 'vn.dossier.resolved_without_finish_date':
            return issue(['finishedAt'], code, { status: STATUS_LABELS_VI[d.status] });
          case 'vn.dossier.outcome_without_date':
            return issue(['outcomeAt'], code, { outcome: d.outcome });
          case 'vn.dossier.outcome_before_received':
            return issue(['outcomeAt'], code, {
              outcome: d.outcome,
              outcomeDate: outcomeAt,
              receivedDate: received,
            });
          case 'vn.dossier.outcome_and_finish':
            return issue(['outcome'], code, { outcome: d.outcome, finishedDate: finished });
        }
      });
    })
    .meta({
      id: 'vn.dossier',
      title: 'Hồ sơ thủ tục hành chính',
      description: 'Một hồ sơ TTHC tại Bộ phận Một cửa.',
    });
}

/**
 * Build the dossier schema with the one-stop table its messages cite (lược đồ hồ sơ TTHC).
 * {@link DossierSchema} is this with `ONE_STOP_BASES`; see it for the fields and the cross-field
 * rules, which do not depend on the table (the rules live in `./rules`).
 *
 * @param options - The one-stop table.
 * @returns A zod schema whose output is a {@link Dossier}.
 * @throws TypeError if `bases` is not an array.
 * @example
 * const schema = createDossierSchema({ bases: ONE_STOP_BASES });
 * schema.safeParse({ code: 'HS1', unit: 'UBND xã', channel: 'direct', status: 'processing',
 *   receivedAt: '2026-03-02', dueDate: '2026-03-05' }).success // => true
 */
export function createDossierSchema(options: DossierSchemaOptions) {
  return buildDossierSchema(options);
}

/** A validated dossier. */
export interface Dossier extends z.output<ReturnType<typeof buildDossierSchema>> {}
/** A dossier before validation. */
export interface DossierInput extends z.input<ReturnType<typeof buildDossierSchema>> {}

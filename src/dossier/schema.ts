import { z } from 'zod';
import { toVietnamDate } from '../core/localDate';
import { DateOrInstantSchema, isUsableDate, LocalDateSchema } from '../core/schema';
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
 * An administrative-procedure dossier (hồ sơ thủ tục hành chính) as this package reads it, lined
 * up with the national portal's sync fields (`MaHoSo`, `MaTTHC`, `MaLinhVuc`, `KenhThucHien`,
 * `TrangThaiHoSo`, `NgayTiepNhan`, `NgayHenTra`, `NgayKetThucXuLy`, `NgayTra`); use
 * {@link fromNationalSync} to map a sync record in.
 *
 * Dates are `YYYY-MM-DD`; `receivedAt`, `finishedAt`, `returnedAt`, `outcomeAt` and supplement
 * times may also be ISO timestamps (their Vietnamese date is used). `dueDate` is the appointment
 * date on the receipt slip (ngày hẹn trả: Mẫu 01 of Thông tư 01/2018/TT-VPCP for dossiers received
 * until 30/06/2025, Mẫu số 01 Phụ lục I of Thông tư 03/2025/TT-VPCP after; see
 * {@link ONE_STOP_BASES}); for a procedure resolved on the spot use the receipt date, and derive a
 * missing one from the procedure's time limit with `commune-kpi/calendar`. `procedureCode` (MaTTHC)
 * is optional: no indicator needs it, and many one-stop exports and hand-kept books have none.
 *
 * `unit` is the unit the dossier is reported under. From 01/07/2025 a dossier may be received at
 * a public administrative service centre other than the competent body's ("không phụ thuộc vào
 * địa giới hành chính trong phạm vi cấp tỉnh", NĐ 118/2025/NĐ-CP), so the optional
 * `receivingUnit` (where it was received) and `handlingUnit` (who resolves it) can differ; reports
 * group by either (`tallyDossiersBy` dimensions `receivingUnit`, `handlingUnit`, each falling back
 * to `unit`).
 *
 * Cross-field rules (codes `vn.dossier.*`): a due date, finish, return, outcome or supplement
 * before receipt; a return before the finish; more than one re-appointment (the appointment may
 * be re-set only once: NĐ 61/2018/NĐ-CP Điều 19 for dossiers received until 30/06/2025, NĐ
 * 118/2025/NĐ-CP from 01/07/2025 — the message cites the one in force on the receipt date, see
 * {@link citeOneStopBasis}); a re-appointment not after the due date; a supplement completed
 * before it was requested; a resolved status with no finish or return date; an outcome without
 * its date; an outcome together with a finish date. The rules themselves are
 * in `DOSSIER_RULE_CODES` / `visitBrokenDossierRules` (`./rules`), which every fast path calls too.
 */
export const DossierSchema = /* @__PURE__ */ z
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
          return issue(['reappointments'], code, { count: re.length, receivedDate: received });
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
          return issue(['finishedAt'], code, { status: d.status });
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

/** A validated dossier. */
export interface Dossier extends z.output<typeof DossierSchema> {}
/** A dossier before validation. */
export interface DossierInput extends z.input<typeof DossierSchema> {}

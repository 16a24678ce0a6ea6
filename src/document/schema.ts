import { z } from 'zod';
import { typeError } from '../_lib/errors';
import { isLocalDate } from '../core/localDate';
import { LocalDateSchema } from '../core/schema';
import type { DocumentFinding } from './messages';
import type { ParseDocumentSymbolResult } from './symbol';
import type { DocumentTypeId } from './types';

/**
 * Secrecy levels (độ mật, Luật Bảo vệ bí mật nhà nước 2018; Nghị định 30/2020/NĐ-CP, Điều 4):
 * `none` thường, `confidential` Mật, `secret` Tối mật, `top-secret` Tuyệt mật.
 *
 * @example
 * DOCUMENT_SECRECY_LEVELS[1] // => 'confidential' (Mật)
 */
export const DOCUMENT_SECRECY_LEVELS = ['none', 'confidential', 'secret', 'top-secret'] as const;

/**
 * Urgency levels (độ khẩn, Nghị định 30/2020/NĐ-CP, Điều 4) in the order of the edXML `Priority`
 * codes 0–4: `normal` thường, `urgent` Khẩn, `very-urgent` Thượng khẩn, `flash` Hỏa tốc,
 * `flash-timed` Hỏa tốc hẹn giờ.
 *
 * @example
 * DOCUMENT_URGENCY_LEVELS.indexOf('flash') // => 3 (edXML Priority 3)
 */
export const DOCUMENT_URGENCY_LEVELS = ['normal', 'urgent', 'very-urgent', 'flash', 'flash-timed'] as const;

/**
 * Signing-authority codes (thẩm quyền ký, Nghị định 30/2020/NĐ-CP, Phụ lục I), printed with a
 * dot: TM., KT., Q., TL., TUQ.
 *
 * @example
 * SIGNING_AUTHORITY_CODES.includes('KT') // => true
 */
export const SIGNING_AUTHORITY_CODES = ['TM', 'KT', 'Q', 'TL', 'TUQ'] as const;

/**
 * The signer of a document and the authority they sign with (người ký, thẩm quyền ký,
 * Nghị định 30/2020/NĐ-CP, Phụ lục I).
 *
 * @example
 * DocumentSignerSchema.parse({ name: 'Nguyễn Thị Tâm', position: 'Phó Chủ tịch', authorities: ['TM', 'KT'] }).authorities
 * // => ['TM', 'KT']
 */
export const DocumentSignerSchema = /* @__PURE__ */ z
  .object({
    /** Họ và tên người ký. */
    name: z
      .string()
      .min(1)
      .max(100)
      .meta({ title: 'Họ và tên người ký', description: 'SignerInfo.FullName.' }),
    /** Chức vụ, e.g. `Phó Chủ tịch`. */
    position: z
      .string()
      .max(100)
      .optional()
      .meta({ title: 'Chức vụ', description: 'SignerInfo.Position, ví dụ Phó Chủ tịch.' }),
    /** Thẩm quyền ký in the order presented, e.g. `['TM', 'KT']` for "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH". */
    authorities: z.array(z.enum(SIGNING_AUTHORITY_CODES)).max(3).optional().meta({
      title: 'Thẩm quyền ký',
      description:
        'TM. thay mặt, KT. ký thay, Q. quyền, TL. thừa lệnh, TUQ. thừa ủy quyền; theo thứ tự trình bày (TM., KT.).',
    }),
  })
  .meta({ title: 'Người ký văn bản' });

/** The signer of a document. */
export interface DocumentSigner extends z.output<typeof DocumentSignerSchema> {}

/**
 * What a number-and-symbol reader returns that the schema reads: its findings, of which the
 * errors reject the row (a {@link ParseDocumentSymbolResult} is one).
 */
export interface DocumentSymbolReading {
  /** Errors and warnings; each `error` becomes an issue with its code and parameters. */
  readonly findings: readonly Pick<DocumentFinding, 'code' | 'severity' | 'params'>[];
}

/**
 * Options of {@link createDocumentRegisterEntrySchema}: the rules a register row is checked
 * against, as arguments (the schema imports no regulation table). The default ones,
 * `DEFAULT_DOCUMENT_REGISTER_SCHEMA_OPTIONS`, are the type ids of Nghị định 30/2020/NĐ-CP,
 * Phụ lục III and of the legal normative documents (`DOCUMENT_TYPE_IDS`) and `parseDocumentSymbol`.
 *
 * @example
 * const options: DocumentRegisterSchemaOptions<'quyet-dinh' | 'so-tay'> = {
 *   typeIds: ['quyet-dinh', 'so-tay'], readSymbol: (t) => parseDocumentSymbol(t) };
 * createDocumentRegisterEntrySchema(options).safeParse({ direction: 'outgoing', numberSymbol: '06/QĐ-UBND',
 *   type: 'so-tay', issuer: 'UBND xã Phổ Phong', issueDate: '2024-01-04', summary: 'Sổ tay công tác',
 *   electronic: true, agencySignature: true, signerSignature: true }).success // => true
 */
export interface DocumentRegisterSchemaOptions<T extends string = DocumentTypeId> {
  /**
   * The document-type identifiers `type` may take (tên loại văn bản): by default
   * `DOCUMENT_TYPE_IDS`, the 29 administrative types of Nghị định 30/2020/NĐ-CP, Điều 7 (their
   * abbreviations in Phụ lục III), its three copy forms (Điều 3: bản sao y, trích sao, sao lục), and the legal normative and
   * Party types.
   */
  readonly typeIds: readonly [T, ...T[]];
  /**
   * Reads a number and symbol (số, ký hiệu): by default `parseDocumentSymbol` (Nghị định
   * 30/2020/NĐ-CP, Điều 15, Phụ lục I mục 3). Its `error` findings reject the row; warnings are
   * left to the audit.
   */
  readonly readSymbol: (text: string) => DocumentSymbolReading;
}

function buildDocumentSchemas<T extends string>(options: DocumentRegisterSchemaOptions<T>) {
  const { typeIds, readSymbol } = options ?? {};
  if (!Array.isArray(typeIds) || typeIds.length === 0)
    typeError(
      'createDocumentRegisterEntrySchema needs { typeIds } (a non-empty array), e.g. DEFAULT_DOCUMENT_REGISTER_SCHEMA_OPTIONS.',
    );
  if (typeof readSymbol !== 'function')
    typeError(
      'createDocumentRegisterEntrySchema needs { readSymbol } (a function), e.g. DEFAULT_DOCUMENT_REGISTER_SCHEMA_OPTIONS.',
    );
  /** The number and symbol, checked with `readSymbol`: errors reject, warnings are left to the audit. */
  const numberSymbol = z
    .string()
    .min(1)
    .max(120)
    .superRefine((v, ctx) => {
      const r = readSymbol(v);
      for (const f of r.findings) {
        if (f.severity === 'error')
          ctx.addIssue({ code: 'custom', params: { code: f.code, ...f.params }, input: v });
      }
    })
    .meta({ title: 'Số, ký hiệu văn bản', description: 'Ví dụ 06/QĐ-UBND, 123/UBND-VP, 07/2021/NĐ-CP.' });
  const common = {
    /** Record identifier (mã bản ghi), free text. */
    id: z.string().optional().meta({ title: 'Mã bản ghi' }),
    /** Số, ký hiệu văn bản as written, e.g. `06/QĐ-UBND`; read with `parseDocumentSymbol`. */
    numberSymbol,
    /** Tên loại văn bản: a {@link DocumentTypeId}. */
    type: z
      .enum(typeIds as readonly [T, ...T[]])
      .meta({ title: 'Tên loại văn bản', description: 'Ví dụ quyet-dinh, ke-hoach, cong-van.' }),
    /** Cơ quan ban hành (for an incoming document: tác giả), e.g. `UBND xã Phổ Phong`. */
    issuer: z
      .string()
      .min(1)
      .max(200)
      .meta({ title: 'Cơ quan ban hành (tác giả)', description: 'OrganName; ví dụ UBND xã Phổ Phong.' }),
    /** Ngày tháng văn bản, `YYYY-MM-DD`. */
    issueDate: LocalDateSchema.meta({ title: 'Ngày tháng văn bản', description: 'IssuedDate.' }),
    /** Trích yếu nội dung văn bản (at most 500 characters). */
    summary: z.string().min(1).max(500).meta({ title: 'Trích yếu nội dung', description: 'Subject.' }),
    /** Người ký and the authority they sign with. */
    signer: DocumentSignerSchema.optional(),
    /** Nơi nhận. */
    recipients: z
      .array(z.string().min(1).max(200))
      .optional()
      .meta({ title: 'Nơi nhận', description: 'To / ToPlaces.' }),
    /** Sent or received as an electronic document through the document-management system. */
    electronic: z.boolean().meta({
      title: 'Gửi/nhận dưới dạng điện tử',
      description:
        'true khi văn bản được gửi hoặc nhận qua hệ thống quản lý văn bản và điều hành (QĐ 28/2018/QĐ-TTg).',
    }),
    /** Carries the digital signature of the agency (chữ ký số của cơ quan, tổ chức). */
    agencySignature: z
      .boolean()
      .meta({ title: 'Có chữ ký số của cơ quan', description: 'Chữ ký số của cơ quan, tổ chức.' }),
    /** Carries the digital signature of the competent signer (chữ ký số của người có thẩm quyền). */
    signerSignature: z.boolean().meta({
      title: 'Có chữ ký số của người có thẩm quyền',
      description: 'Chữ ký số cá nhân của người ký.',
    }),
    /** Độ mật; absent means `none`. */
    secrecy: z
      .enum(DOCUMENT_SECRECY_LEVELS)
      .optional()
      .meta({ title: 'Độ mật', description: 'Mặc định: none.' }),
    /** Độ khẩn; absent means `normal`. */
    urgency: z
      .enum(DOCUMENT_URGENCY_LEVELS)
      .optional()
      .meta({ title: 'Độ khẩn', description: 'Mặc định: normal.' }),
    /** Numbering series (hệ thống số) when the body keeps separate series, overriding the derived one. */
    series: z.string().max(60).optional().meta({
      title: 'Sổ / hệ số',
      description: 'Khóa của hệ thống số riêng (ví dụ QĐ, mật), nếu cơ quan đánh số riêng.',
    }),
  };

  const outgoing = z
    .object({
      /** Always `outgoing` (văn bản đi). */
      direction: z.literal('outgoing').meta({ title: 'Văn bản đi' }),
      ...common,
    })
    .meta({ title: 'Văn bản đi' });

  const incoming = z
    .object({
      /** `outgoing` (văn bản đi) or `incoming` (văn bản đến). */
      direction: z.literal('incoming').meta({ title: 'Văn bản đến' }),
      ...common,
      /** Số đến: consecutive within the year for paper and electronic documents (Điều 22). */
      arrivalNumber: z
        .int()
        .min(1)
        .meta({ title: 'Số đến', description: 'ArrivalNumber, liên tục trong năm (Điều 22).' }),
      /** Ngày đến, `YYYY-MM-DD`. */
      arrivalDate: LocalDateSchema.meta({ title: 'Ngày đến', description: 'ArrivalDate.' }),
    })
    .superRefine((d, ctx) => {
      if (isLocalDate(d.arrivalDate) && isLocalDate(d.issueDate) && d.arrivalDate < d.issueDate) {
        ctx.addIssue({
          code: 'custom',
          path: ['arrivalDate'],
          params: {
            code: 'vn.document.arrival_before_issue',
            arrivalDate: d.arrivalDate,
            issueDate: d.issueDate,
          },
          input: d.arrivalDate,
        });
      }
    })
    .meta({ title: 'Văn bản đến' });

  const entry = z
    .discriminatedUnion('direction', [outgoing, incoming])
    .meta({ title: 'Văn bản trong sổ đăng ký' });

  return { outgoing, incoming, entry };
}

/**
 * Build the document-register schemas with the document types and the symbol reader as arguments
 * (lược đồ sổ đăng ký văn bản): `entry` is a row of either direction, told apart by `direction`.
 * `DocumentRegisterEntrySchema`, `OutgoingDocumentSchema` and `IncomingDocumentSchema` are these
 * with `DEFAULT_DOCUMENT_REGISTER_SCHEMA_OPTIONS`.
 *
 * Legal basis: Nghị định 30/2020/NĐ-CP, Phụ lục III (tên loại văn bản, chữ viết tắt), Phụ lục IV
 * (sổ đăng ký văn bản đi, đến), Điều 15 (số, ký hiệu); Nghị định 78/2025/NĐ-CP (văn bản quy phạm
 * pháp luật).
 *
 * @param options - The type ids and the symbol reader.
 * @returns The outgoing, incoming and register-row schemas.
 * @throws TypeError if `typeIds` is not a non-empty array or `readSymbol` not a function.
 * @example
 * const { outgoing } = createDocumentRegisterSchemas({ typeIds: ['quyet-dinh'], readSymbol: () => ({ findings: [] }) });
 * outgoing.shape.type.options // => ['quyet-dinh']
 */
export function createDocumentRegisterSchemas<const T extends string>(
  options: DocumentRegisterSchemaOptions<T>,
) {
  return buildDocumentSchemas(options);
}

/**
 * Build the schema of a document-register row (lược đồ văn bản trong sổ đăng ký) with the
 * document types and the symbol reader as arguments. `DocumentRegisterEntrySchema` is this with
 * `DEFAULT_DOCUMENT_REGISTER_SCHEMA_OPTIONS`; pass your own list to accept a type the default
 * list does not know (a local form, a type added by a later decree).
 *
 * Rules: the number and symbol must be readable by `readSymbol` (with `parseDocumentSymbol`:
 * `vn.document.empty_symbol`, `vn.document.invalid_number`, `vn.document.missing_number`,
 * `vn.document.malformed_symbol`, …); `type` one of `typeIds`; an arrival date cannot precede the
 * document date (`vn.document.arrival_before_issue`, Nghị định 30/2020/NĐ-CP, Điều 22).
 *
 * Legal basis: Nghị định 30/2020/NĐ-CP, Phụ lục III, Phụ lục IV, Điều 15, Điều 22.
 *
 * @param options - The type ids and the symbol reader.
 * @returns A zod schema whose output is a register row.
 * @throws TypeError if `typeIds` is not a non-empty array or `readSymbol` not a function.
 * @example
 * const schema = createDocumentRegisterEntrySchema({
 *   typeIds: [...DOCUMENT_TYPE_IDS, 'so-tay'], readSymbol: (t) => parseDocumentSymbol(t) });
 * const row = { direction: 'outgoing', numberSymbol: '06/QĐ-UBND', type: 'so-tay', issuer: 'UBND xã Phổ Phong',
 *   issueDate: '2024-01-04', summary: 'Sổ tay công tác', electronic: true, agencySignature: true, signerSignature: true };
 * schema.safeParse(row).success // => true
 * DocumentRegisterEntrySchema.safeParse(row).success // => false
 */
export function createDocumentRegisterEntrySchema<const T extends string>(
  options: DocumentRegisterSchemaOptions<T>,
) {
  return buildDocumentSchemas(options).entry;
}

/** An outgoing document (văn bản đi), as parsed by `OutgoingDocumentSchema`. */
export interface OutgoingDocument
  extends z.output<ReturnType<typeof createDocumentRegisterSchemas<DocumentTypeId>>['outgoing']> {}
/** An incoming document (văn bản đến), as parsed by `IncomingDocumentSchema`. */
export interface IncomingDocument
  extends z.output<ReturnType<typeof createDocumentRegisterSchemas<DocumentTypeId>>['incoming']> {}
/** A register row, outgoing or incoming, as parsed by `DocumentRegisterEntrySchema`. */
export type DocumentRegisterEntry = z.output<
  ReturnType<typeof createDocumentRegisterSchemas<DocumentTypeId>>['entry']
>;
/** A secrecy level. */
export type DocumentSecrecy = (typeof DOCUMENT_SECRECY_LEVELS)[number];
/** An urgency level. */
export type DocumentUrgency = (typeof DOCUMENT_URGENCY_LEVELS)[number];

/**
 * A digital-signature certificate (chứng thư chữ ký số) held by the commune: the agency's
 * (chữ ký số cơ quan, used by the Văn thư) or a person's (chữ ký số cá nhân), with its holder and
 * validity. Rule: `validTo` not before `validFrom` (`vn.document.certificate_dates`).
 *
 * Legal basis: Nghị định 30/2020/NĐ-CP, Phụ lục I; Thông tư 41/2017/TT-BTTTT.
 *
 * @example
 * DigitalSignatureCertificateSchema.parse({ kind: 'agency', holder: 'UBND xã Phổ Phong',
 *   validFrom: '2021-03-01', validTo: '2026-03-01' }).kind // => 'agency'
 */
export const DigitalSignatureCertificateSchema = /* @__PURE__ */ z
  .object({
    /** Record identifier (mã bản ghi), free text. */
    id: z.string().optional().meta({ title: 'Mã chứng thư' }),
    /** `agency` (chữ ký số cơ quan) or `personal` (chữ ký số cá nhân). */
    kind: z
      .enum(['agency', 'personal'])
      .meta({ title: 'Loại chữ ký số', description: 'agency = cơ quan, personal = cá nhân.' }),
    /** Chủ thể: the agency name or the person's full name. */
    holder: z
      .string()
      .min(1)
      .max(200)
      .meta({ title: 'Chủ thể', description: 'Tên cơ quan hoặc họ tên người được cấp.' }),
    /** Số hiệu chứng thư. */
    serialNumber: z.string().max(100).optional().meta({ title: 'Số hiệu chứng thư' }),
    /** Tổ chức cung cấp dịch vụ chứng thực chữ ký số. */
    provider: z.string().max(200).optional().meta({ title: 'Tổ chức cung cấp dịch vụ chứng thực' }),
    /** First valid day, `YYYY-MM-DD`. */
    validFrom: LocalDateSchema.meta({ title: 'Hiệu lực từ ngày' }),
    /** Last valid day (expiry), `YYYY-MM-DD`. */
    validTo: LocalDateSchema.meta({ title: 'Hiệu lực đến ngày (hết hạn)' }),
    /** Revocation day: not valid from this day on. */
    revokedOn: LocalDateSchema.optional().meta({
      title: 'Ngày thu hồi',
      description: 'Không còn hiệu lực từ ngày này.',
    }),
  })
  .superRefine((c, ctx) => {
    if (typeof c.validFrom === 'string' && typeof c.validTo === 'string' && c.validTo < c.validFrom) {
      ctx.addIssue({
        code: 'custom',
        path: ['validTo'],
        params: { code: 'vn.document.certificate_dates', validFrom: c.validFrom, validTo: c.validTo },
        input: c.validTo,
      });
    }
  })
  .meta({ title: 'Chứng thư chữ ký số' });

/** A digital-signature certificate. */
export interface DigitalSignatureCertificate extends z.output<typeof DigitalSignatureCertificateSchema> {}

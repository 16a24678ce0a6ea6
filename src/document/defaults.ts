import { createDocumentRegisterSchemas, type DocumentRegisterSchemaOptions } from './schema';
import { parseDocumentSymbol } from './symbol';
import { DOCUMENT_TYPE_IDS, type DocumentTypeId } from './types';

// The defaults of the document domain: the only module that hands the document-type table of
// Nghị định 30/2020/NĐ-CP and the symbol reader to the schema factory. The schema itself
// (./schema) imports no regulation table.

/**
 * The rules {@link DocumentRegisterEntrySchema} is built with: the document-type ids of Nghị
 * định 30/2020/NĐ-CP, Phụ lục III (with its copy forms) and of the legal normative documents
 * (`DOCUMENT_TYPE_IDS`), and `parseDocumentSymbol` as the number-and-symbol reader. Extend the
 * list rather than replace it, e.g.
 * `createDocumentRegisterEntrySchema({ ...DEFAULT_DOCUMENT_REGISTER_SCHEMA_OPTIONS, typeIds: [...DOCUMENT_TYPE_IDS, 'so-tay'] })`.
 *
 * Legal basis: Nghị định 30/2020/NĐ-CP, Phụ lục III and Điều 15; Nghị định 78/2025/NĐ-CP.
 *
 * @example
 * DEFAULT_DOCUMENT_REGISTER_SCHEMA_OPTIONS.typeIds.includes('cong-van') // => true
 * DEFAULT_DOCUMENT_REGISTER_SCHEMA_OPTIONS.readSymbol('0/QĐ-UBND').findings[0]?.code // => 'vn.document.invalid_number'
 */
export const DEFAULT_DOCUMENT_REGISTER_SCHEMA_OPTIONS: DocumentRegisterSchemaOptions<DocumentTypeId> =
  /* @__PURE__ */ Object.freeze({
    typeIds: DOCUMENT_TYPE_IDS,
    readSymbol: (text: string) => parseDocumentSymbol(text),
  });

const DEFAULT_SCHEMAS = /* @__PURE__ */ createDocumentRegisterSchemas(
  DEFAULT_DOCUMENT_REGISTER_SCHEMA_OPTIONS,
);

/**
 * An outgoing document (văn bản đi) as entered in the sổ đăng ký văn bản đi (Nghị định
 * 30/2020/NĐ-CP, Phụ lục IV). See {@link DocumentRegisterEntrySchema} for the rules.
 *
 * @example
 * OutgoingDocumentSchema.safeParse({ direction: 'outgoing', numberSymbol: '0/QĐ-UBND' }).success // => false
 */
export const OutgoingDocumentSchema = DEFAULT_SCHEMAS.outgoing;

/**
 * An incoming document (văn bản đến) as entered in the sổ đăng ký văn bản đến (Nghị định
 * 30/2020/NĐ-CP, Điều 22 and Phụ lục IV), with its arrival number and date; an arrival before the
 * document date is rejected (`vn.document.arrival_before_issue`).
 *
 * @example
 * IncomingDocumentSchema.shape.arrivalNumber.safeParse(0).success // => false
 */
export const IncomingDocumentSchema = DEFAULT_SCHEMAS.incoming;

/**
 * A row of a document register (sổ đăng ký văn bản đi/đến, Nghị định 30/2020/NĐ-CP, Phụ lục IV),
 * told apart by `direction`: number and symbol, type, issuing body, date, summary (trích yếu),
 * signer and signing authority, recipients, whether it went or came electronically, whether it
 * carries the agency's and the signer's digital signatures, secrecy and urgency, and for an
 * incoming document the arrival number and date. It is `createDocumentRegisterEntrySchema` with
 * {@link DEFAULT_DOCUMENT_REGISTER_SCHEMA_OPTIONS}.
 *
 * Rules: the number and symbol must be readable (codes `vn.document.empty_symbol`,
 * `vn.document.invalid_number`, `vn.document.missing_number`, `vn.document.malformed_symbol`, …);
 * the type one of `DOCUMENT_TYPE_IDS`; an arrival date cannot precede the document date
 * (`vn.document.arrival_before_issue`). Warnings such as a missing leading zero or an unknown
 * abbreviation do not reject the row: the audit reports them.
 *
 * Legal basis: Nghị định 30/2020/NĐ-CP, Phụ lục III, Phụ lục IV, Điều 15, Điều 22.
 *
 * @example
 * DocumentRegisterEntrySchema.parse({
 *   direction: 'outgoing', numberSymbol: '06/QĐ-UBND', type: 'quyet-dinh', issuer: 'UBND xã Phổ Phong',
 *   issueDate: '2022-01-04', summary: 'Phân công thực hiện nhiệm vụ cải cách hành chính năm 2022',
 *   electronic: true, agencySignature: true, signerSignature: true,
 * }).direction // => 'outgoing'
 */
export const DocumentRegisterEntrySchema = DEFAULT_SCHEMAS.entry;

/** The type of a schema built by `createDocumentRegisterEntrySchema`: the type of {@link DocumentRegisterEntrySchema}. */
export type DocumentRegisterEntrySchemaType = typeof DocumentRegisterEntrySchema;

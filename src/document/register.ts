import { type BatchResult, parseBatch } from '../core/batch';
import type { Locale } from '../core/messages';
import { DocumentRegisterEntrySchema } from './defaults';
import { DOCUMENT_MESSAGES } from './messages';
import {
  type DigitalSignatureCertificate,
  DigitalSignatureCertificateSchema,
  type DocumentRegisterEntry,
} from './schema';

/** Options of {@link parseDocumentRegister} and {@link parseSignatureCertificates}. */
export interface ParseDocumentRegisterOptions {
  /** Language of messages: `vi` (default) or `en`. */
  readonly locale?: Locale;
}

/**
 * Validate the rows of a document register (kiểm tra sổ đăng ký văn bản) with
 * {@link DocumentRegisterEntrySchema}: every row is either in `valid` or in `rejected` with its
 * index, field paths, stable codes (`vn.document.invalid_number`, `vn.invalid_date`, …) and
 * messages in Vietnamese or English. Never throws on bad rows.
 *
 * Legal basis: Nghị định 30/2020/NĐ-CP, Phụ lục IV (sổ đăng ký văn bản đi, đến).
 *
 * @param rows - Raw rows.
 * @param options - Message language.
 * @returns The {@link BatchResult}.
 * @throws never on data.
 * @example
 * const r = parseDocumentRegister([{
 *   direction: 'outgoing', numberSymbol: '0/QĐ-UBND', type: 'quyet-dinh', issuer: 'UBND xã Phổ Phong',
 *   issueDate: '2023-03-01', summary: 'Về việc ban hành quy chế', electronic: true,
 *   agencySignature: true, signerSignature: true,
 * }], { locale: 'en' });
 * r.rejected[0]?.issues[0]?.code // => 'vn.document.invalid_number' (numbers start at 01)
 */
export function parseDocumentRegister(
  rows: Iterable<unknown>,
  options: ParseDocumentRegisterOptions = {},
): BatchResult<DocumentRegisterEntry> {
  return parseBatch(DocumentRegisterEntrySchema, rows, {
    locale: options.locale ?? 'vi',
    catalogs: [DOCUMENT_MESSAGES],
  });
}

/**
 * Validate digital-signature certificate records (danh sách chứng thư chữ ký số) with
 * {@link DigitalSignatureCertificateSchema}.
 *
 * @param rows - Raw rows.
 * @param options - Message language.
 * @returns The {@link BatchResult}.
 * @throws never on data.
 * @example
 * parseSignatureCertificates([{ kind: 'agency', holder: 'UBND xã', validFrom: '2024-01-01', validTo: '2023-01-01' }])
 *   .rejected[0]?.issues[0]?.code // => 'vn.document.certificate_dates'
 */
export function parseSignatureCertificates(
  rows: Iterable<unknown>,
  options: ParseDocumentRegisterOptions = {},
): BatchResult<DigitalSignatureCertificate> {
  return parseBatch(DigitalSignatureCertificateSchema, rows, {
    locale: options.locale ?? 'vi',
    catalogs: [DOCUMENT_MESSAGES],
  });
}

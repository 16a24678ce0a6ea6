/**
 * Documents (văn bản): the register of outgoing and incoming documents and its schema, the
 * number and symbol of state documents (Nghị định 30/2020/NĐ-CP, Nghị định 78/2025/NĐ-CP) and of
 * Party documents (Hướng dẫn 36-HD/VPTW) — parse, format, the document-type tables as data —,
 * citations found in a text, the register audit, electronic-document rates and the inventory of
 * digital signatures.
 *
 * @module document
 */
export {
  type AuditDocumentRegisterOptions,
  auditDocumentRegister,
  type DocumentAuditReport,
  type DocumentAuditRow,
  type DocumentSeriesSummary,
} from './audit';
export {
  DEFAULT_DOCUMENT_REGISTER_SCHEMA_OPTIONS,
  DocumentRegisterEntrySchema,
  type DocumentRegisterEntrySchemaType,
  IncomingDocumentSchema,
  OutgoingDocumentSchema,
} from './defaults';
export {
  DOCUMENT_MESSAGES,
  type DocumentFinding,
  type DocumentFindingSeverity,
  type DocumentIssue,
  type DocumentIssueCode,
  INCOMING_SERIES,
} from './messages';
export { normalizeDocumentText } from './normalize';
export {
  DOCUMENT_GROUP_DIMENSION_LABELS,
  DOCUMENT_GROUP_DIMENSIONS,
  DOCUMENT_TALLY,
  DOCUMENT_TALLY_LABELS,
  type DocumentGroupDimension,
  type DocumentRateOptions,
  type DocumentRates,
  type DocumentRatesResult,
  type DocumentTally,
  documentRatesFromTally,
  documentReportingDate,
  EMPTY_DOCUMENT_TALLY,
  electronicDocumentRates,
  electronicDocumentRatesByMonth,
  emptyDocumentTally,
  type MonthlyDocumentRates,
  mergeDocumentTallies,
  tallyDocuments,
} from './rates';
export {
  type DocumentReference,
  type FindDocumentReferencesOptions,
  findDocumentReferences,
} from './references';
export {
  type ParseDocumentRegisterOptions,
  parseDocumentRegister,
  parseSignatureCertificates,
} from './register';
export {
  createDocumentRegisterEntrySchema,
  createDocumentRegisterSchemas,
  type DigitalSignatureCertificate,
  DigitalSignatureCertificateSchema,
  DOCUMENT_SECRECY_LEVELS,
  DOCUMENT_URGENCY_LEVELS,
  type DocumentRegisterEntry,
  type DocumentRegisterSchemaOptions,
  type DocumentSecrecy,
  type DocumentSigner,
  DocumentSignerSchema,
  type DocumentSymbolReading,
  type DocumentUrgency,
  type IncomingDocument,
  type OutgoingDocument,
  SIGNING_AUTHORITY_CODES,
} from './schema';
export {
  isCertificateValidOn,
  type SignatureCounts,
  type SignatureInventory,
  type SignaturePeriodInventory,
  signatureInventory,
  signatureInventoryByMonth,
  signatureInventoryOverPeriod,
} from './signatures';
export {
  type DocumentSymbol,
  type DocumentSymbolKind,
  formatDocumentSymbol,
  MAX_DOCUMENT_SYMBOL_LENGTH,
  type ParseDocumentSymbolOptions,
  type ParseDocumentSymbolResult,
  parseDocumentSymbol,
} from './symbol';
export {
  COMMON_ISSUER_ABBREVIATIONS,
  DECREE_30_2020_DOCUMENT_TYPES,
  DERIVED_TYPE_ABBREVIATIONS,
  DOCUMENT_TYPE_IDS,
  type DocumentTypeCategory,
  type DocumentTypeId,
  type DocumentTypeInfo,
  type DocumentTypeTable,
  LEGAL_NORMATIVE_DOCUMENT_TYPE_TABLES,
  LEGAL_NORMATIVE_DOCUMENT_TYPES,
  LEGAL_NORMATIVE_DOCUMENT_TYPES_2025,
  legalNormativeDocumentTypesOn,
  PARTY_DOCUMENT_TYPES,
  SIGNING_AUTHORITIES,
  type SigningAuthority,
  type SigningAuthorityInfo,
  UNOFFICIAL_TYPE_ABBREVIATIONS,
} from './types';

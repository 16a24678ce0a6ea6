import type { z } from 'zod';
import { DocumentRegisterEntrySchema } from '../document/defaults';
import { DOCUMENT_MESSAGES } from '../document/messages';
import type { DocumentRegisterEntry } from '../document/schema';
import { parseDocumentSymbol } from '../document/symbol';
import {
  ALL_DOCUMENT_TYPES,
  DECREE_30_2020_DOCUMENT_TYPES,
  LEGAL_NORMATIVE_DOCUMENT_TYPES,
} from '../document/types';
import {
  collectImport,
  type DomainImporter,
  type ImportOptions,
  type ImportResult,
  type ImportStream,
  streamImport,
  type TableSource,
} from './importer';
import type { ColumnMap } from './mapping';
import { foldHeader } from './normalize';
import type { ImportSource } from './source';

const TYPE_LABELS: (readonly [string, string])[] = ALL_DOCUMENT_TYPES.flatMap((t) => [
  [t.name, t.id] as const,
  [t.id, t.id] as const,
]);

/**
 * Column mapping of document registers (ánh xạ cột sổ đăng ký văn bản): the columns of the
 * registers of Nghị định 30/2020/NĐ-CP, Phụ lục IV (`Số, ký hiệu văn bản`, `Ngày tháng văn bản`,
 * `Tên loại và trích yếu nội dung văn bản`, `Người ký`, `Nơi nhận văn bản`, `Ngày đến`, `Số đến`,
 * `Tác giả`) and the drift of a real iOffice export (`Số & ký hiệu văn bản`, `Ngày, tháng VB`,
 * `Ngày tháng đến`, `Người ký văn bản`).
 *
 * Source: `../shared/reference/real-data-models.md` §d.1.
 *
 * @example
 * DOCUMENT_COLUMN_MAP.fields.find((f) => f.field === 'arrivalNumber')?.headers // => ['Số đến']
 */
export const DOCUMENT_COLUMN_MAP: ColumnMap = {
  domain: 'document',
  fields: [
    { field: 'id', kind: 'code', headers: ['Mã văn bản', 'Mã bản ghi'] },
    {
      field: 'numberSymbol',
      kind: 'code',
      required: true,
      headers: [
        'Số, ký hiệu văn bản',
        'Số & ký hiệu văn bản',
        'Số và ký hiệu văn bản',
        'Số ký hiệu',
        'Số, ký hiệu',
        'Số/Ký hiệu',
      ],
    },
    {
      field: 'type',
      kind: 'label',
      labels: TYPE_LABELS,
      headers: ['Tên loại văn bản', 'Loại văn bản', 'Tên loại'],
    },
    {
      field: 'issueDate',
      kind: 'date',
      required: true,
      headers: [
        'Ngày tháng văn bản',
        'Ngày, tháng văn bản',
        'Ngày, tháng VB',
        'Ngày văn bản',
        'Ngày ban hành',
      ],
    },
    {
      field: 'summary',
      kind: 'string',
      required: true,
      headers: [
        'Tên loại và trích yếu nội dung văn bản',
        'Tên loại và trích yếu nội dung',
        'Trích yếu nội dung',
        'Trích yếu',
      ],
    },
    { field: 'issuer', kind: 'string', headers: ['Tác giả', 'Cơ quan ban hành', 'Nơi gửi', 'Cơ quan gửi'] },
    { field: 'signer.name', kind: 'string', headers: ['Người ký', 'Người ký văn bản'] },
    { field: 'recipients.0', kind: 'string', headers: ['Nơi nhận văn bản', 'Nơi nhận'] },
    { field: 'arrivalNumber', kind: 'integer', headers: ['Số đến'] },
    { field: 'arrivalDate', kind: 'date', headers: ['Ngày đến', 'Ngày tháng đến'] },
    { field: 'electronic', kind: 'boolean', headers: ['Văn bản điện tử', 'Điện tử', 'Bản điện tử'] },
    { field: 'agencySignature', kind: 'boolean', headers: ['Chữ ký số cơ quan', 'Chữ ký số của cơ quan'] },
    { field: 'signerSignature', kind: 'boolean', headers: ['Chữ ký số cá nhân', 'Chữ ký số người ký'] },
    {
      field: 'urgency',
      kind: 'label',
      labels: [
        ['Thường', 'normal'],
        ['Khẩn', 'urgent'],
        ['Thượng khẩn', 'very-urgent'],
        ['Hỏa tốc', 'flash'],
        ['Hoả tốc', 'flash'],
      ],
      headers: ['Độ khẩn', 'Mức độ khẩn'],
    },
    {
      field: 'secrecy',
      kind: 'label',
      labels: [
        ['Thường', 'none'],
        ['Mật', 'confidential'],
        ['Tối mật', 'secret'],
        ['Tuyệt mật', 'top-secret'],
      ],
      headers: ['Độ mật'],
    },
  ],
};

const NAMES = ALL_DOCUMENT_TYPES.map((t) => ({ key: foldHeader(t.name), id: t.id })).sort(
  (a, b) => b.key.length - a.key.length,
);
const BY_ABBREVIATION = new Map(
  DECREE_30_2020_DOCUMENT_TYPES.types
    .filter((t) => t.abbreviation !== null)
    .map((t) => [t.abbreviation as string, t.id]),
);
const LEGAL_BY_ABBREVIATION = new Map(
  LEGAL_NORMATIVE_DOCUMENT_TYPES.types
    .filter((t) => t.abbreviation !== null)
    .map((t) => [t.abbreviation as string, t.id]),
);

/** The type a register row implies: from its summary's first words, else from its symbol. */
function impliedType(summary: unknown, numberSymbol: unknown): string | undefined {
  if (typeof summary === 'string') {
    const f = foldHeader(summary.slice(0, 40));
    for (const n of NAMES) if (f === n.key || f.startsWith(`${n.key} `)) return n.id;
    // "V/v …" (về việc): the subject line of a công văn.
    if (f.startsWith('v v ')) return 'cong-van';
  }
  if (typeof numberSymbol === 'string') {
    const r = parseDocumentSymbol(numberSymbol);
    const v = r.value;
    if (v !== null) {
      if (v.kind === 'official-letter') return 'cong-van';
      if (v.kind === 'legal-normative' && v.typeCode !== null) return LEGAL_BY_ABBREVIATION.get(v.typeCode);
      if (v.typeCode !== null) {
        const id = BY_ABBREVIATION.get(v.typeCode);
        // An unknown first segment is the agency of a công văn (123/SNV-VP).
        return id ?? (v.kind === 'unknown' ? 'cong-van' : undefined);
      }
    }
  }
  return undefined;
}

/** Options of {@link importDocuments} and {@link streamDocuments}. */
export interface ImportDocumentsOptions extends ImportOptions {
  /** Register kind: `incoming` (sổ văn bản đến) or `outgoing` (đi). Default: incoming when the file has `Số đến` or `Ngày đến`. */
  readonly direction?: 'incoming' | 'outgoing';
  /** The issuing agency for an outgoing register without an issuer column (the commune itself). */
  readonly issuer?: string;
  /** Whether the register's documents were sent or received electronically, for files without that column. */
  readonly electronic?: boolean;
  /** Whether they carry the agency's digital signature, for files without that column. */
  readonly agencySignature?: boolean;
  /** Whether they carry the signer's digital signature, for files without that column. */
  readonly signerSignature?: boolean;
}

function documentDomain(options: ImportDocumentsOptions): DomainImporter<DocumentRegisterEntry> {
  return {
    columns: DOCUMENT_COLUMN_MAP,
    schema: DocumentRegisterEntrySchema as z.ZodType<DocumentRegisterEntry>,
    catalogs: [DOCUMENT_MESSAGES],
    finish(input, mapped) {
      input.direction =
        options.direction ??
        (mapped.has('arrivalNumber') || mapped.has('arrivalDate') ? 'incoming' : 'outgoing');
      if (input.issuer === undefined && options.issuer !== undefined) input.issuer = options.issuer;
      if (input.type === undefined) {
        const t = impliedType(input.summary, input.numberSymbol);
        if (t !== undefined) input.type = t;
      }
      for (const k of ['electronic', 'agencySignature', 'signerSignature'] as const) {
        if (input[k] === undefined && options[k] !== undefined) input[k] = options[k];
      }
    },
    fromObject(record) {
      return Object.hasOwn(record, 'direction') && Object.hasOwn(record, 'numberSymbol')
        ? (DocumentRegisterEntrySchema as z.ZodType<DocumentRegisterEntry>)
        : undefined;
    },
  };
}

/**
 * Stream a document register, batch by batch (nhập sổ đăng ký văn bản): the header is found below
 * title rows (`SỔ VĂN BẢN ĐẾN NĂM 2026`), columns matched with {@link DOCUMENT_COLUMN_MAP}, rows
 * validated with `DocumentRegisterEntrySchema`, so an impossible date (`31/02/2026`) or a broken
 * symbol is rejected with its line. The document type comes from a type column, else from the
 * first words of `Tên loại và trích yếu`, else from the symbol's abbreviation (`QĐ` → quyết định;
 * no abbreviation → công văn).
 *
 * @param source - Text, bytes, a stream, an iterable of chunks, or a {@link TableSource}.
 * @param options - Import options, register kind, defaults for columns registers lack.
 * @returns A stream of batches with a live summary.
 * @throws RangeError for an unknown format or override field.
 * @example
 * const file = 'SỔ VĂN BẢN ĐI NĂM 2026\n' +
 *   'Số, ký hiệu văn bản;Ngày tháng văn bản;Tên loại và trích yếu nội dung văn bản;Người ký\n' +
 *   '01/QĐ-UBND;05/01/2026;Quyết định về việc kiện toàn tổ công tác;Nguyễn Văn A\n' +
 *   '02/UBND-VP;31/02/2026;V/v báo cáo kết quả giải quyết hồ sơ quý I;Nguyễn Văn A\n';
 * const stream = streamDocuments(file, { issuer: 'UBND xã Phổ Phong', electronic: true,
 *   agencySignature: true, signerSignature: true });
 * const register: DocumentRegisterEntry[] = [];
 * const rejectedLines: number[] = [];
 * for await (const b of stream) {
 *   register.push(...b.valid);
 *   rejectedLines.push(...b.rejected.map((r) => r.line));
 * }
 * register.map((d) => [d.numberSymbol, d.type]) // => [['01/QĐ-UBND', 'quyet-dinh']]
 * rejectedLines // => [4]   (31/02/2026 does not exist)
 * stream.summary // => { read: 2, valid: 1, rejected: 1, headerLine: 2, … }
 */
export function streamDocuments(
  source: ImportSource | TableSource,
  options: ImportDocumentsOptions = {},
): ImportStream<DocumentRegisterEntry> {
  return streamImport(source, documentDomain(options), options);
}

/**
 * Import a whole document register (nhập sổ đăng ký văn bản): see {@link streamDocuments}.
 *
 * @param source - Text, bytes, a stream, an iterable of chunks, or a {@link TableSource}.
 * @param options - Import options, register kind, defaults.
 * @returns Rows, rejections and summary; `read === rows.length + rejections.length`.
 * @throws As {@link streamDocuments}.
 * @example
 * const r = await importDocuments('SỔ VĂN BẢN ĐI NĂM 2026\nSố, ký hiệu văn bản;Ngày tháng văn bản;Tên loại và trích yếu nội dung văn bản;Người ký\n' +
 *   '01/QĐ-UBND;05/01/2026;Quyết định về việc kiện toàn tổ công tác;Nguyễn Văn A',
 *   { issuer: 'UBND xã Phổ Phong', electronic: true, agencySignature: true, signerSignature: true });
 * r.rows[0]?.type // => 'quyet-dinh'
 */
export function importDocuments(
  source: ImportSource | TableSource,
  options: ImportDocumentsOptions = {},
): Promise<ImportResult<DocumentRegisterEntry>> {
  return collectImport(source, documentDomain(options), options);
}

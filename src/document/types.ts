/**
 * The document types of Nghị định 30/2020/NĐ-CP as data: the 29 administrative types of Điều 7 with
 * the abbreviations of Phụ lục III, the three copy types, and the legal normative types whose
 * abbreviations appear in symbols such as `07/2021/NĐ-CP`.
 */

/**
 * Every document-type identifier, in table order: the administrative and copy types of
 * Nghị định 30/2020/NĐ-CP, then the legal normative types.
 *
 * @example
 * DOCUMENT_TYPE_IDS.includes('cong-van') // => true
 */
export const DOCUMENT_TYPE_IDS = [
  'nghi-quyet',
  'quyet-dinh',
  'chi-thi',
  'quy-che',
  'quy-dinh',
  'thong-cao',
  'thong-bao',
  'huong-dan',
  'chuong-trinh',
  'ke-hoach',
  'phuong-an',
  'de-an',
  'du-an',
  'bao-cao',
  'bien-ban',
  'to-trinh',
  'hop-dong',
  'cong-van',
  'cong-dien',
  'ban-ghi-nho',
  'ban-thoa-thuan',
  'giay-uy-quyen',
  'giay-moi',
  'giay-gioi-thieu',
  'giay-nghi-phep',
  'phieu-gui',
  'phieu-chuyen',
  'phieu-bao',
  'thu-cong',
  'ban-sao-y',
  'ban-trich-sao',
  'ban-sao-luc',
  'luat',
  'bo-luat',
  'phap-lenh',
  'nghi-dinh',
  'thong-tu',
  'thong-tu-lien-tich',
  'nghi-quyet-lien-tich',
] as const;

/** Identifier of a document type (loại văn bản): a stable ASCII slug of its Vietnamese name. */
export type DocumentTypeId = (typeof DOCUMENT_TYPE_IDS)[number];

/** Which table a type belongs to. */
export type DocumentTypeCategory = 'administrative' | 'copy' | 'legal-normative';

/** One row of a document-type table. */
export interface DocumentTypeInfo {
  /** Stable identifier. */
  readonly id: DocumentTypeId;
  /** Vietnamese name, as in the decree (`Quyết định`). */
  readonly name: string;
  /** Abbreviation used in the symbol (`QĐ`), or `null` when the type has none (công văn, thư công, luật). */
  readonly abbreviation: string | null;
  /** Administrative type, copy type, or legal normative type. */
  readonly category: DocumentTypeCategory;
  /** Row number in Phụ lục III (administrative types with an abbreviation), otherwise `null`. */
  readonly row: number | null;
}

/** A versioned table of document types with its legal basis. */
export interface DocumentTypeTable {
  /** Legal basis of the table. */
  readonly basis: string;
  /** First day the table applies (`YYYY-MM-DD`). */
  readonly effectiveFrom: string;
  /** Last day it applies, or `null` while in force. */
  readonly effectiveTo: string | null;
  /** Its rows. */
  readonly types: readonly DocumentTypeInfo[];
}

function t(
  id: DocumentTypeId,
  name: string,
  abbreviation: string | null,
  category: DocumentTypeCategory,
  row: number | null,
): DocumentTypeInfo {
  return { id, name, abbreviation, category, row };
}

/**
 * The 29 administrative document types (Điều 7) with their abbreviations (Phụ lục III) and the
 * three copy types (bản sao y `SY`, bản trích sao `TrS`, bản sao lục `SL`) of Nghị định
 * 30/2020/NĐ-CP về công tác văn thư, in force from 05/03/2020. Công văn and thư công have no
 * abbreviation: the unofficial `CV` is not in the table.
 *
 * @example
 * DECREE_30_2020_DOCUMENT_TYPES.types.find((x) => x.id === 'quy-dinh')?.abbreviation // => 'QyĐ'
 */
export const DECREE_30_2020_DOCUMENT_TYPES: DocumentTypeTable = {
  basis: 'Nghị định 30/2020/NĐ-CP ngày 05/03/2020 về công tác văn thư, Điều 7 và Phụ lục III',
  effectiveFrom: '2020-03-05',
  effectiveTo: null,
  types: [
    t('nghi-quyet', 'Nghị quyết', 'NQ', 'administrative', 1),
    t('quyet-dinh', 'Quyết định', 'QĐ', 'administrative', 2),
    t('chi-thi', 'Chỉ thị', 'CT', 'administrative', 3),
    t('quy-che', 'Quy chế', 'QC', 'administrative', 4),
    t('quy-dinh', 'Quy định', 'QyĐ', 'administrative', 5),
    t('thong-cao', 'Thông cáo', 'TC', 'administrative', 6),
    t('thong-bao', 'Thông báo', 'TB', 'administrative', 7),
    t('huong-dan', 'Hướng dẫn', 'HD', 'administrative', 8),
    t('chuong-trinh', 'Chương trình', 'CTr', 'administrative', 9),
    t('ke-hoach', 'Kế hoạch', 'KH', 'administrative', 10),
    t('phuong-an', 'Phương án', 'PA', 'administrative', 11),
    t('de-an', 'Đề án', 'ĐA', 'administrative', 12),
    t('du-an', 'Dự án', 'DA', 'administrative', 13),
    t('bao-cao', 'Báo cáo', 'BC', 'administrative', 14),
    t('bien-ban', 'Biên bản', 'BB', 'administrative', 15),
    t('to-trinh', 'Tờ trình', 'TTr', 'administrative', 16),
    t('hop-dong', 'Hợp đồng', 'HĐ', 'administrative', 17),
    t('cong-dien', 'Công điện', 'CĐ', 'administrative', 18),
    t('ban-ghi-nho', 'Bản ghi nhớ', 'BGN', 'administrative', 19),
    t('ban-thoa-thuan', 'Bản thỏa thuận', 'BTT', 'administrative', 20),
    t('giay-uy-quyen', 'Giấy ủy quyền', 'GUQ', 'administrative', 21),
    t('giay-moi', 'Giấy mời', 'GM', 'administrative', 22),
    t('giay-gioi-thieu', 'Giấy giới thiệu', 'GGT', 'administrative', 23),
    t('giay-nghi-phep', 'Giấy nghỉ phép', 'GNP', 'administrative', 24),
    t('phieu-gui', 'Phiếu gửi', 'PG', 'administrative', 25),
    t('phieu-chuyen', 'Phiếu chuyển', 'PC', 'administrative', 26),
    t('phieu-bao', 'Phiếu báo', 'PB', 'administrative', 27),
    t('cong-van', 'Công văn', null, 'administrative', null),
    t('thu-cong', 'Thư công', null, 'administrative', null),
    t('ban-sao-y', 'Bản sao y', 'SY', 'copy', null),
    t('ban-trich-sao', 'Bản trích sao', 'TrS', 'copy', null),
    t('ban-sao-luc', 'Bản sao lục', 'SL', 'copy', null),
  ],
};

/**
 * Legal normative document types (văn bản quy phạm pháp luật) and the abbreviations their symbols
 * carry after the year (`07/2021/NĐ-CP`, `28/2018/QĐ-TTg`, `07/2021/TT-BLĐTBXH`, `…/2025/QĐ-UBND`).
 * Laws, codes and ordinances have no type abbreviation (`77/2015/QH13`). Only `NĐ`, `QĐ` and `TT`
 * are seen in the reference notes; `NQ`, `TTLT` and `NQLT` follow the same presentation rules of
 * Luật Ban hành văn bản quy phạm pháp luật 2015 and Nghị định 34/2016/NĐ-CP (not checked against
 * the decree text here). Luật 80/2015/QH13 may have been replaced by a 2025 law on legal
 * documents; that is not covered by the reference notes (UNVERIFIED), so `effectiveTo` stays `null`.
 *
 * @example
 * LEGAL_NORMATIVE_DOCUMENT_TYPES.types.find((x) => x.abbreviation === 'NĐ')?.name // => 'Nghị định'
 */
export const LEGAL_NORMATIVE_DOCUMENT_TYPES: DocumentTypeTable = {
  basis:
    'Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13, Điều 4; Nghị định 34/2016/NĐ-CP (thể thức, ký hiệu văn bản quy phạm pháp luật)',
  effectiveFrom: '2016-07-01',
  effectiveTo: null,
  types: [
    t('luat', 'Luật', null, 'legal-normative', null),
    t('bo-luat', 'Bộ luật', null, 'legal-normative', null),
    t('phap-lenh', 'Pháp lệnh', null, 'legal-normative', null),
    t('nghi-quyet', 'Nghị quyết', 'NQ', 'legal-normative', null),
    t('nghi-quyet-lien-tich', 'Nghị quyết liên tịch', 'NQLT', 'legal-normative', null),
    t('nghi-dinh', 'Nghị định', 'NĐ', 'legal-normative', null),
    t('quyet-dinh', 'Quyết định', 'QĐ', 'legal-normative', null),
    t('thong-tu', 'Thông tư', 'TT', 'legal-normative', null),
    t('thong-tu-lien-tich', 'Thông tư liên tịch', 'TTLT', 'legal-normative', null),
  ],
};

/**
 * Abbreviations that software and clerks use but the decree does not (`CV` for công văn, `TCG` for
 * thư công). Parsing reports them with `vn.document.unofficial_type`; it never maps them to a type.
 * Basis: the notes on Nghị định 30/2020/NĐ-CP, Phụ lục III (no abbreviation for công văn, thư công).
 *
 * @example
 * UNOFFICIAL_TYPE_ABBREVIATIONS.includes('CV') // => true
 */
export const UNOFFICIAL_TYPE_ABBREVIATIONS: readonly string[] = ['CV', 'TCG', 'TrC'];

/**
 * Abbreviations of issuing bodies that mark the first group of a symbol as an issuer (so
 * `12/CV-UBND` has an unknown type, while `123/UBND-VP` is a công văn). A heuristic list, extended
 * through `ParseDocumentSymbolOptions.issuers`. Body abbreviations are set by the head of each body
 * (Nghị định 30/2020/NĐ-CP, Phụ lục I mục 3), so no list is complete.
 *
 * @example
 * COMMON_ISSUER_ABBREVIATIONS.includes('UBND') // => true
 */
export const COMMON_ISSUER_ABBREVIATIONS: readonly string[] = [
  'UBND',
  'HĐND',
  'CP',
  'TTg',
  'VPCP',
  'QH',
  'ĐU',
  'ĐUBND',
  'MTTQ',
  'BNV',
  'BTC',
  'BCA',
  'BLĐTBXH',
  'BTTTT',
  'BKHCN',
  'VP',
  'NHNN',
];

/** Vietnamese names of signing authorities (thẩm quyền ký, Phụ lục I Nghị định 30/2020). */
export type SigningAuthority = 'TM' | 'KT' | 'Q' | 'TL' | 'TUQ';

/** One signing authority: its printed prefix and Vietnamese name. */
export interface SigningAuthorityInfo {
  /** Prefix as printed above the title, e.g. `KT.`. */
  readonly prefix: string;
  /** Vietnamese name, e.g. `Ký thay`. */
  readonly name: string;
}

/**
 * The signing-authority prefixes of Nghị định 30/2020/NĐ-CP, Phụ lục I: `TM.` thay mặt (on behalf
 * of a collective), `KT.` ký thay (a deputy for the head), `Q.` quyền (acting head), `TL.` thừa lệnh
 * (by order), `TUQ.` thừa ủy quyền (by authorisation).
 *
 * @example
 * SIGNING_AUTHORITIES.KT.prefix // => 'KT.'
 */
export const SIGNING_AUTHORITIES: Readonly<Record<SigningAuthority, SigningAuthorityInfo>> = {
  TM: { prefix: 'TM.', name: 'Thay mặt' },
  KT: { prefix: 'KT.', name: 'Ký thay' },
  Q: { prefix: 'Q.', name: 'Quyền' },
  TL: { prefix: 'TL.', name: 'Thừa lệnh' },
  TUQ: { prefix: 'TUQ.', name: 'Thừa ủy quyền' },
};

/** Every row of both tables (administrative with copies, then legal normative). */
export const ALL_DOCUMENT_TYPES: readonly DocumentTypeInfo[] = [
  ...DECREE_30_2020_DOCUMENT_TYPES.types,
  ...LEGAL_NORMATIVE_DOCUMENT_TYPES.types,
];

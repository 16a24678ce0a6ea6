/**
 * The document types of Nghị định 30/2020/NĐ-CP as data: the 29 administrative types of Điều 7 with
 * the abbreviations of Phụ lục III, the three copy types, and the legal normative types whose
 * abbreviations appear in symbols such as `07/2021/NĐ-CP`.
 */

import { rangeError, show } from '../_lib/errors';
import { isLocalDate } from '../core/localDate';

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
  'ket-luan',
  'thong-tri',
  'van-ban-hop-nhat',
] as const;

/** Identifier of a document type (loại văn bản): a stable ASCII slug of its Vietnamese name. */
export type DocumentTypeId = (typeof DOCUMENT_TYPE_IDS)[number];

/** Which table a type belongs to: administrative and copy types of Nghị định 30/2020/NĐ-CP, legal normative types, or the Party's document types (Quy định 66-QĐ/TW, Hướng dẫn 36-HD/VPTW). */
export type DocumentTypeCategory = 'administrative' | 'copy' | 'legal-normative' | 'party';

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
 * Legal normative document types (văn bản quy phạm pháp luật) under Luật Ban hành văn bản quy phạm
 * pháp luật số 80/2015/QH13 and Nghị định 34/2016/NĐ-CP, with the abbreviations their symbols carry
 * after the year (`07/2021/NĐ-CP`, `28/2018/QĐ-TTg`, `07/2021/TT-BLĐTBXH`, `…/2016/QĐ-UBND`). Laws,
 * codes and ordinances have no type abbreviation (`77/2015/QH13`). The table closes on 31/03/2025:
 * Luật 64/2025/QH15 replaced Luật 80/2015/QH13 from 01/04/2025 (see
 * {@link LEGAL_NORMATIVE_DOCUMENT_TYPES_2025}). Symbols issued under it keep their meaning, so
 * parsing accepts the abbreviations of both tables whatever the date.
 *
 * @example
 * LEGAL_NORMATIVE_DOCUMENT_TYPES.types.find((x) => x.abbreviation === 'NĐ')?.name // => 'Nghị định'
 * LEGAL_NORMATIVE_DOCUMENT_TYPES.effectiveTo // => '2025-03-31'
 */
export const LEGAL_NORMATIVE_DOCUMENT_TYPES: DocumentTypeTable = {
  basis:
    'Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13, Điều 4; Nghị định 34/2016/NĐ-CP (thể thức, ký hiệu văn bản quy phạm pháp luật)',
  effectiveFrom: '2016-07-01',
  effectiveTo: '2025-03-31',
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
 * Legal normative document types under Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15
 * (passed 19/02/2025, in force 01/04/2025; amended by Luật 87/2025/QH15 from 01/07/2025) and
 * Nghị định 78/2025/NĐ-CP (01/04/2025; Điều 71 and Phụ lục I on the format, including the number
 * and symbol). Điều 4 keeps laws, codes, resolutions, ordinances, decrees, decisions and circulars,
 * the joint resolutions (nghị quyết liên tịch) between the National Assembly Standing Committee,
 * the Government and the Presidium of the Vietnam Fatherland Front, and joint circulars
 * (thông tư liên tịch) between the Supreme People's Court, the Supreme People's Procuracy and the
 * State Audit; Luật 87/2025/QH15 adds resolutions of commune People's Councils and decisions of
 * commune People's Committees and of the chairman of a provincial People's Committee.
 *
 * The symbol shape is unchanged (`số/năm/ký hiệu`, `13/2025/TT-BNNMT`). Whether Phụ lục I of
 * Nghị định 78/2025/NĐ-CP changes any abbreviation could not be checked against its text: the
 * abbreviations below are those of the previous table, as seen in 2025–2026 symbols
 * (`35/2025/NĐ-CP`, `190/2025/QH15`, `13/2025/TT-BNNMT`, `01/2026/TT-BDTTG`) — UNVERIFIED beyond that.
 *
 * @example
 * LEGAL_NORMATIVE_DOCUMENT_TYPES_2025.effectiveFrom // => '2025-04-01'
 * legalNormativeDocumentTypesOn('2025-03-31') === LEGAL_NORMATIVE_DOCUMENT_TYPES // => true
 */
export const LEGAL_NORMATIVE_DOCUMENT_TYPES_2025: DocumentTypeTable = {
  basis:
    'Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 (sửa đổi bởi Luật số 87/2025/QH15), Điều 4; Nghị định 78/2025/NĐ-CP, Điều 71 và Phụ lục I',
  effectiveFrom: '2025-04-01',
  effectiveTo: null,
  types: LEGAL_NORMATIVE_DOCUMENT_TYPES.types,
};

/**
 * The legal normative tables in date order (Luật 80/2015/QH13, then Luật 64/2025/QH15).
 *
 * @example
 * LEGAL_NORMATIVE_DOCUMENT_TYPE_TABLES.map((x) => x.effectiveFrom) // => ['2016-07-01', '2025-04-01']
 */
export const LEGAL_NORMATIVE_DOCUMENT_TYPE_TABLES: readonly DocumentTypeTable[] = [
  LEGAL_NORMATIVE_DOCUMENT_TYPES,
  LEGAL_NORMATIVE_DOCUMENT_TYPES_2025,
];

/**
 * The legal normative document-type table in force on a date (bảng loại văn bản quy phạm pháp
 * luật theo ngày): Luật 80/2015/QH13 up to 31/03/2025, Luật 64/2025/QH15 from 01/04/2025.
 *
 * @param date - A `YYYY-MM-DD` date.
 * @returns The table in force, or `null` before 01/07/2016 (earlier laws are not encoded).
 * @throws RangeError when `date` is not a real `YYYY-MM-DD` date (`2026-02-31` is not).
 * @example
 * legalNormativeDocumentTypesOn('2025-04-01')?.basis.startsWith('Luật Ban hành văn bản quy phạm pháp luật số 64/2025') // => true
 */
export function legalNormativeDocumentTypesOn(date: string): DocumentTypeTable | null {
  if (!isLocalDate(date)) {
    rangeError(`date must be a real date written YYYY-MM-DD, got ${show(date)}.`);
  }
  for (const table of LEGAL_NORMATIVE_DOCUMENT_TYPE_TABLES) {
    if (date >= table.effectiveFrom && (table.effectiveTo === null || date <= table.effectiveTo))
      return table;
  }
  return null;
}

/**
 * Document types of the Communist Party of Vietnam (thể loại văn bản của Đảng) with the
 * abbreviations its symbols carry. A Party symbol puts the number first, then a hyphen, the type
 * abbreviation, a slash and the issuing body (`09-NQ/TU`, `05-CT/TW`, `256-QĐ/TW`, `01-KL/TW`,
 * `8011-CV/BTCTW`, `08-QĐi/TW`); a copy is `24-BS/UBKTTU`. The Ho Chi Minh Communist Youth Union
 * writes its symbols the same way (`367-QĐ/TWĐTN-VP`).
 *
 * Legal basis: Quy định 66-QĐ/TW ngày 06/02/2017 của Ban Bí thư về thể loại, thẩm quyền ban hành và
 * thể thức văn bản của Đảng (replaced by Quy định 399-QĐ/TW ngày 09/01/2026); Hướng dẫn
 * 36-HD/VPTW ngày 03/04/2018 của Văn phòng Trung ương Đảng về thể thức và kỹ thuật trình bày văn bản
 * của Đảng, mục II điểm 1.3 (số và ký hiệu văn bản: numbers run from 01 for each type within a
 * committee's term; unlike state documents, a công văn of the Party carries the abbreviation `CV`).
 * The guidance text on the abbreviations themselves was not reachable: the abbreviations marked
 * here are those seen in real Party symbols (NQ, QĐ, CT, KL, QĐi, QC, HD, TB, KH, CTr, CV, BS);
 * TT (thông tri), TC, BC, ĐA, TTr and BB follow the same usage and are UNVERIFIED.
 *
 * @example
 * PARTY_DOCUMENT_TYPES.types.find((x) => x.abbreviation === 'KL')?.name // => 'Kết luận'
 */
export const PARTY_DOCUMENT_TYPES: DocumentTypeTable = {
  basis:
    'Quy định 66-QĐ/TW ngày 06/02/2017 (thay bởi Quy định 399-QĐ/TW ngày 09/01/2026); Hướng dẫn 36-HD/VPTW ngày 03/04/2018, mục II điểm 1.3',
  effectiveFrom: '2018-04-03',
  effectiveTo: null,
  types: [
    t('nghi-quyet', 'Nghị quyết', 'NQ', 'party', null),
    t('quyet-dinh', 'Quyết định', 'QĐ', 'party', null),
    t('chi-thi', 'Chỉ thị', 'CT', 'party', null),
    t('ket-luan', 'Kết luận', 'KL', 'party', null),
    t('quy-che', 'Quy chế', 'QC', 'party', null),
    t('quy-dinh', 'Quy định', 'QĐi', 'party', null),
    t('thong-tri', 'Thông tri', 'TT', 'party', null),
    t('huong-dan', 'Hướng dẫn', 'HD', 'party', null),
    t('thong-bao', 'Thông báo', 'TB', 'party', null),
    t('thong-cao', 'Thông cáo', 'TC', 'party', null),
    t('bao-cao', 'Báo cáo', 'BC', 'party', null),
    t('ke-hoach', 'Kế hoạch', 'KH', 'party', null),
    t('chuong-trinh', 'Chương trình', 'CTr', 'party', null),
    t('de-an', 'Đề án', 'ĐA', 'party', null),
    t('to-trinh', 'Tờ trình', 'TTr', 'party', null),
    t('cong-van', 'Công văn', 'CV', 'party', null),
    t('bien-ban', 'Biên bản', 'BB', 'party', null),
    t('ban-sao-y', 'Bản sao', 'BS', 'party', null),
  ],
};

/**
 * Abbreviations of document kinds that are not rows of the decree's table but that symbols carry
 * and readers recognise: a consolidated text (văn bản hợp nhất, `03/VBHN-VPQH`, Luật Ban hành văn
 * bản quy phạm pháp luật 2025 and Pháp lệnh hợp nhất văn bản quy phạm pháp luật 2012), an
 * appraisal or verification report (báo cáo thẩm định `18/BCTĐ-STP`, báo cáo thẩm tra `BCTT`), an
 * ordinance under the laws before 2016 (`34/2007/PL-UBTVQH11`).
 *
 * @example
 * DERIVED_TYPE_ABBREVIATIONS.find((x) => x.abbreviation === 'VBHN')?.id // => 'van-ban-hop-nhat'
 */
export const DERIVED_TYPE_ABBREVIATIONS: readonly DocumentTypeInfo[] = [
  t('van-ban-hop-nhat', 'Văn bản hợp nhất', 'VBHN', 'administrative', null),
  t('bao-cao', 'Báo cáo thẩm định', 'BCTĐ', 'administrative', null),
  t('bao-cao', 'Báo cáo thẩm tra', 'BCTT', 'administrative', null),
  t('phap-lenh', 'Pháp lệnh', 'PL', 'legal-normative', null),
];

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
 * `12/CV-UBND` has an unknown type, while `123/UBND-VP` is a công văn), and that give an
 * abbreviation its canonical spelling (`QĐ-TTG` is written `QĐ-TTg`). A heuristic list, extended
 * through `ParseDocumentSymbolOptions.issuers`. Body abbreviations are set by the head of each body
 * (Nghị định 30/2020/NĐ-CP, Phụ lục I mục 3), so no list is complete. It holds the ministries formed
 * by the 2025 mergers (Bộ Nông nghiệp và Môi trường `BNNMT`, Bộ Dân tộc và Tôn giáo `BDTTG`, as in
 * `967/QĐ-BNNMT`, `01/2026/TT-BDTTG`) and keeps the merged ones (`BLĐTBXH`, `BTTTT`, `BKHĐT`,
 * `BTNMT`, `BNNPTNT`) for the symbols they issued.
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
  'UBTVQH',
  'ĐU',
  'ĐUBND',
  'MTTQ',
  'BNV',
  'BTC',
  'BCA',
  'BQP',
  'BTP',
  'BYT',
  'BXD',
  'BCT',
  'BNG',
  'BGDĐT',
  'BKHCN',
  'BNNMT',
  'BDTTG',
  'BVHTTDL',
  // Ministries merged in 2025: they issue no new documents; kept for the symbols they issued.
  'BLĐTBXH',
  'BTTTT',
  'BKHĐT',
  'BTNMT',
  'BNNPTNT',
  'BGTVT',
  'VP',
  'NHNN',
  'TANDTC',
  'VKSNDTC',
  'KTNN',
  // Party bodies (Hướng dẫn 36-HD/VPTW): Central Committee, provincial, district and grassroots committees, central boards.
  'TW',
  'TU',
  'HU',
  'TĐU',
  'BTCTW',
  'BTGTW',
  'VPTW',
  'UBKTTW',
  'BDVTW',
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

/** Every row of the state tables (administrative with copies, then legal normative); the Party's types are in {@link PARTY_DOCUMENT_TYPES}. */
export const ALL_DOCUMENT_TYPES: readonly DocumentTypeInfo[] = [
  ...DECREE_30_2020_DOCUMENT_TYPES.types,
  ...LEGAL_NORMATIVE_DOCUMENT_TYPES.types,
];

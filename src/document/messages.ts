import { type Locale, type MessageCatalog, messageFor } from '../core/messages';

/**
 * Messages of the document domain (văn bản, sổ đăng ký, chữ ký số), in Vietnamese and English,
 * keyed by stable code `vn.document.<rule>`.
 *
 * @example
 * DOCUMENT_MESSAGES['vn.document.gap']?.en // => 'Number(s) {numbers} missing in series {series} of {year}.'
 */
export const DOCUMENT_MESSAGES: MessageCatalog = {
  'vn.document.empty_symbol': {
    vi: 'Số, ký hiệu văn bản bị trống.',
    en: 'The document number and symbol is empty.',
  },
  'vn.document.symbol_too_long': {
    vi: 'Số, ký hiệu văn bản dài {length} ký tự, vượt quá {maximum} ký tự.',
    en: 'The document number and symbol is {length} characters long, more than {maximum}.',
  },
  'vn.document.malformed_symbol': {
    vi: 'Số, ký hiệu «{text}» sai thể thức (ký tự «{char}» ở vị trí {position}); dạng đúng: 06/QĐ-UBND.',
    en: 'Number and symbol "{text}" is malformed (character "{char}" at position {position}); expected e.g. 06/QĐ-UBND.',
  },
  'vn.document.missing_number': {
    vi: 'Văn bản «{text}» chưa có số.',
    en: 'Document "{text}" has no number.',
  },
  'vn.document.invalid_number': {
    vi: 'Số văn bản «{number}» không hợp lệ: số thứ tự bắt đầu từ 01.',
    en: 'Document number "{number}" is invalid: numbers start at 01.',
  },
  'vn.document.missing_leading_zero': {
    vi: 'Số văn bản «{number}» nhỏ hơn 10 phải có số 0 phía trước (ví dụ 06).',
    en: 'Document number "{number}" is below 10 and needs a leading zero (e.g. 06).',
  },
  'vn.document.extra_leading_zero': {
    vi: 'Số văn bản «{number}» có số 0 thừa phía trước.',
    en: 'Document number "{number}" has superfluous leading zeros.',
  },
  'vn.document.symbol_spacing': {
    vi: 'Số, ký hiệu «{text}» có khoảng trắng; thể thức không cho phép khoảng trắng.',
    en: 'Number and symbol "{text}" contains spaces, which the format does not allow.',
  },
  'vn.document.symbol_punctuation': {
    vi: 'Số, ký hiệu «{text}» dùng dấu gạch hoặc dấu chéo không chuẩn.',
    en: 'Number and symbol "{text}" uses a non-standard dash or slash.',
  },
  'vn.document.missing_abbreviation': {
    vi: 'Số, ký hiệu «{text}» thiếu chữ viết tắt sau dấu «/».',
    en: 'Number and symbol "{text}" has no abbreviation after the "/".',
  },
  'vn.document.type_case': {
    vi: 'Viết tắt tên loại «{written}» phải viết là «{abbreviation}».',
    en: 'Type abbreviation "{written}" should be written "{abbreviation}".',
  },
  'vn.document.unofficial_type': {
    vi: 'Viết tắt «{abbreviation}» không có trong Phụ lục III Nghị định 30/2020/NĐ-CP (công văn không có viết tắt tên loại).',
    en: 'Abbreviation "{abbreviation}" is not in Appendix III of Decree 30/2020 (a công văn has no type abbreviation).',
  },
  'vn.document.unknown_type': {
    vi: 'Không nhận ra viết tắt tên loại «{abbreviation}».',
    en: 'Unknown document-type abbreviation "{abbreviation}".',
  },
  'vn.document.missing_issuer': {
    vi: 'Số, ký hiệu «{text}» thiếu viết tắt tên cơ quan ban hành.',
    en: 'Number and symbol "{text}" lacks the issuing body abbreviation.',
  },
  'vn.document.missing_drafting_unit': {
    vi: 'Công văn «{text}» thiếu viết tắt đơn vị soạn thảo hoặc lĩnh vực.',
    en: 'Official letter "{text}" lacks the drafting unit or field abbreviation.',
  },
  'vn.document.missing_year': {
    vi: 'Văn bản quy phạm pháp luật «{text}» thiếu năm ban hành trong ký hiệu.',
    en: 'Legal normative document "{text}" lacks the year in its symbol.',
  },
  'vn.document.type_mismatch': {
    vi: 'Tên loại «{typeWord}» không khớp viết tắt «{abbreviation}».',
    en: 'Type name "{typeWord}" does not match abbreviation "{abbreviation}".',
  },
  'vn.document.glued_groups': {
    vi: 'Ký hiệu «{written}» viết liền hai nhóm chữ; dạng đúng: «{canonical}».',
    en: 'Symbol group "{written}" runs two groups together; canonical form "{canonical}".',
  },
  'vn.document.slash_between_groups': {
    vi: 'Số, ký hiệu «{text}» dùng dấu «/» giữa các nhóm chữ viết tắt; giữa các nhóm là dấu gạch nối (-).',
    en: 'Number and symbol "{text}" puts a "/" between abbreviation groups; groups are joined by a hyphen.',
  },
  'vn.document.issuer_case': {
    vi: 'Viết tắt tên cơ quan «{written}» phải viết là «{abbreviation}».',
    en: 'Issuer abbreviation "{written}" should be written "{abbreviation}".',
  },
  'vn.document.party_separator': {
    vi: 'Số, ký hiệu văn bản của Đảng «{text}»: giữa số và ký hiệu là dấu gạch nối (-) (Hướng dẫn 36-HD/VPTW).',
    en: 'Party document symbol "{text}": the number and the symbol are joined by a hyphen (Guidance 36-HD/VPTW).',
  },
  'vn.document.party_missing_issuer': {
    vi: 'Số, ký hiệu văn bản của Đảng «{text}» thiếu «/» và viết tắt tên cơ quan ban hành.',
    en: 'Party document symbol "{text}" lacks the "/" and the issuing body abbreviation.',
  },
  'vn.document.party_state_form': {
    vi: 'Văn bản của Đảng «{text}» được ghi theo thể thức văn bản nhà nước; dạng đúng: «{canonical}».',
    en: 'Party document "{text}" is written in the state form; canonical form "{canonical}".',
  },
  'vn.document.impossible_date': {
    vi: 'Ngày «{date}» không có thật.',
    en: 'Date "{date}" does not exist.',
  },
  'vn.document.year_mismatch': {
    vi: 'Năm trong ký hiệu ({symbolYear}) khác năm ban hành ({year}).',
    en: 'The year in the symbol ({symbolYear}) differs from the issue year ({year}).',
  },
  'vn.document.gap': {
    vi: 'Thiếu số {numbers} trong sổ {series} năm {year}.',
    en: 'Number(s) {numbers} missing in series {series} of {year}.',
  },
  'vn.document.duplicate': {
    vi: 'Số {number} bị trùng {count} lần trong sổ {series} năm {year}.',
    en: 'Number {number} occurs {count} times in series {series} of {year}.',
  },
  'vn.document.out_of_order': {
    vi: 'Số {number} (ngày {date}) lại sớm hơn số {previousNumber} (ngày {previousDate}) trong sổ {series} năm {year}.',
    en: 'Number {number} (dated {date}) is earlier than number {previousNumber} (dated {previousDate}) in series {series} of {year}.',
  },
  'vn.document.arrival_before_issue': {
    vi: 'Ngày đến {arrivalDate} sớm hơn ngày văn bản {issueDate}.',
    en: 'Arrival date {arrivalDate} is before the document date {issueDate}.',
  },
  'vn.document.certificate_dates': {
    vi: 'Chứng thư số hết hạn ({validTo}) trước ngày bắt đầu hiệu lực ({validFrom}).',
    en: 'The certificate expires ({validTo}) before it becomes valid ({validFrom}).',
  },
};

/** How serious a finding is: an `error` leaves no usable value, a `warning` keeps it. */
export type DocumentFindingSeverity = 'error' | 'warning';

/**
 * A problem found in a symbol, a citation or a register (phát hiện khi kiểm tra văn bản): a
 * stable code `vn.document.<rule>`, its severity, the values behind it, a message, and for
 * register audits the 0-based rows involved.
 */
export interface DocumentFinding {
  /** Stable code, e.g. `vn.document.gap`. */
  readonly code: string;
  /** `error` or `warning`. */
  readonly severity: DocumentFindingSeverity;
  /** Message in the requested language. */
  readonly message: string;
  /** The values the message was built from. */
  readonly params: Readonly<Record<string, unknown>>;
  /** 0-based input rows involved (register audits), empty otherwise. */
  readonly rows: readonly number[];
}

/** @internal Build a finding with its message. */
export function finding(
  code: string,
  severity: DocumentFindingSeverity,
  params: Record<string, unknown>,
  locale: Locale,
  rows: readonly number[] = [],
): DocumentFinding {
  return { code, severity, message: messageFor(code, params, locale, [DOCUMENT_MESSAGES]), params, rows };
}

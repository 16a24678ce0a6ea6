import { defineMessage, type IssueOf, type Locale, type Message, messageFor, param } from '../core/messages';

/**
 * The names of the series the register audit makes up itself (sổ chung, sổ mật, sổ công văn, sổ
 * văn bản đến), in both languages; any other series is a type abbreviation or the caller's own
 * name, shown as written.
 */
const SERIES_NAMES: Readonly<Record<string, Message>> = {
  chung: { vi: 'chung', en: 'general' },
  mật: { vi: 'mật', en: 'secret' },
  'công văn': { vi: 'công văn', en: 'official letters' },
  'số đến': { vi: 'số đến', en: 'incoming' },
};

/** A series key in a language: the made-up series translated, any other as written. */
const seriesName = (series: string, locale: Locale): string =>
  Object.hasOwn(SERIES_NAMES, series) ? SERIES_NAMES[series]![locale] : series;

/**
 * The series key of incoming documents (sổ văn bản đến: one continuous series per arrival year,
 * Nghị định 30/2020/NĐ-CP, Phụ lục IV, Điều 22 / mục I.2), rendered `incoming` in English.
 */
export const INCOMING_SERIES = 'số đến';

/**
 * Messages of the document domain (văn bản, sổ đăng ký, chữ ký số), in Vietnamese and English,
 * keyed by stable code `vn.document.<rule>`: one function per language over the finding's raw
 * parameters (numbers, dates and texts as found; a series the audit names itself, such as the
 * incoming register, is translated when rendered).
 *
 * @example
 * renderMessage(DOCUMENT_MESSAGES['vn.document.gap'], { numbers: '03', series: 'số đến', year: 2026 }, 'en')
 * // => 'Number(s) 03 missing in series incoming of 2026.'
 */
export const DOCUMENT_MESSAGES = /* @__PURE__ */ (() =>
  ({
    'vn.document.empty_symbol': defineMessage(
      {},
      { vi: 'Số, ký hiệu văn bản bị trống.', en: 'The document number and symbol is empty.' },
    ),
    'vn.document.symbol_too_long': defineMessage(
      { length: param.number, maximum: param.number },
      {
        vi: (p) => `Số, ký hiệu văn bản dài ${p.length} ký tự, vượt quá ${p.maximum} ký tự.`,
        en: (p) => `The document number and symbol is ${p.length} characters long, more than ${p.maximum}.`,
      },
    ),
    'vn.document.malformed_symbol': defineMessage(
      { text: param.text, char: param.text, position: param.number },
      {
        vi: (p) =>
          `Số, ký hiệu «${p.text}» sai thể thức (ký tự «${p.char}» ở vị trí ${p.position}); dạng đúng: 06/QĐ-UBND.`,
        en: (p) =>
          `Number and symbol "${p.text}" is malformed (character "${p.char}" at position ${p.position}); expected e.g. 06/QĐ-UBND.`,
      },
    ),
    'vn.document.missing_number': defineMessage(
      { text: param.text },
      { vi: (p) => `Văn bản «${p.text}» chưa có số.`, en: (p) => `Document "${p.text}" has no number.` },
    ),
    'vn.document.invalid_number': defineMessage(
      { number: param.text },
      {
        vi: (p) => `Số văn bản «${p.number}» không hợp lệ: số thứ tự bắt đầu từ 01.`,
        en: (p) => `Document number "${p.number}" is invalid: numbers start at 01.`,
      },
    ),
    'vn.document.missing_leading_zero': defineMessage(
      { number: param.text },
      {
        vi: (p) => `Số văn bản «${p.number}» nhỏ hơn 10 phải có số 0 phía trước (ví dụ 06).`,
        en: (p) => `Document number "${p.number}" is below 10 and needs a leading zero (e.g. 06).`,
      },
    ),
    'vn.document.extra_leading_zero': defineMessage(
      { number: param.text },
      {
        vi: (p) => `Số văn bản «${p.number}» có số 0 thừa phía trước.`,
        en: (p) => `Document number "${p.number}" has superfluous leading zeros.`,
      },
    ),
    'vn.document.symbol_spacing': defineMessage(
      { text: param.text },
      {
        vi: (p) => `Số, ký hiệu «${p.text}» có khoảng trắng; thể thức không cho phép khoảng trắng.`,
        en: (p) => `Number and symbol "${p.text}" contains spaces, which the format does not allow.`,
      },
    ),
    'vn.document.symbol_punctuation': defineMessage(
      { text: param.text },
      {
        vi: (p) => `Số, ký hiệu «${p.text}» dùng dấu gạch hoặc dấu chéo không chuẩn.`,
        en: (p) => `Number and symbol "${p.text}" uses a non-standard dash or slash.`,
      },
    ),
    'vn.document.missing_abbreviation': defineMessage(
      { text: param.text },
      {
        vi: (p) => `Số, ký hiệu «${p.text}» thiếu chữ viết tắt sau dấu «/».`,
        en: (p) => `Number and symbol "${p.text}" has no abbreviation after the "/".`,
      },
    ),
    'vn.document.type_case': defineMessage(
      { written: param.text, abbreviation: param.text },
      {
        vi: (p) => `Viết tắt tên loại «${p.written}» phải viết là «${p.abbreviation}».`,
        en: (p) => `Type abbreviation "${p.written}" should be written "${p.abbreviation}".`,
      },
    ),
    'vn.document.unofficial_type': defineMessage(
      { abbreviation: param.text },
      {
        vi: (p) =>
          `Viết tắt «${p.abbreviation}» không có trong Phụ lục III Nghị định 30/2020/NĐ-CP (công văn không có viết tắt tên loại).`,
        en: (p) =>
          `Abbreviation "${p.abbreviation}" is not in Appendix III of Decree 30/2020 (a công văn has no type abbreviation).`,
      },
    ),
    'vn.document.unknown_type': defineMessage(
      { abbreviation: param.text },
      {
        vi: (p) => `Không nhận ra viết tắt tên loại «${p.abbreviation}».`,
        en: (p) => `Unknown document-type abbreviation "${p.abbreviation}".`,
      },
    ),
    'vn.document.missing_issuer': defineMessage(
      { text: param.text },
      {
        vi: (p) => `Số, ký hiệu «${p.text}» thiếu viết tắt tên cơ quan ban hành.`,
        en: (p) => `Number and symbol "${p.text}" lacks the issuing body abbreviation.`,
      },
    ),
    'vn.document.missing_drafting_unit': defineMessage(
      { text: param.text },
      {
        vi: (p) => `Công văn «${p.text}» thiếu viết tắt đơn vị soạn thảo hoặc lĩnh vực.`,
        en: (p) => `Official letter "${p.text}" lacks the drafting unit or field abbreviation.`,
      },
    ),
    'vn.document.missing_year': defineMessage(
      { text: param.text },
      {
        vi: (p) => `Văn bản quy phạm pháp luật «${p.text}» thiếu năm ban hành trong ký hiệu.`,
        en: (p) => `Legal normative document "${p.text}" lacks the year in its symbol.`,
      },
    ),
    'vn.document.type_mismatch': defineMessage(
      { typeWord: param.text, abbreviation: param.text },
      {
        vi: (p) => `Tên loại «${p.typeWord}» không khớp viết tắt «${p.abbreviation}».`,
        en: (p) => `Type name "${p.typeWord}" does not match abbreviation "${p.abbreviation}".`,
      },
    ),
    'vn.document.glued_groups': defineMessage(
      { written: param.text, canonical: param.text },
      {
        vi: (p) => `Ký hiệu «${p.written}» viết liền hai nhóm chữ; dạng đúng: «${p.canonical}».`,
        en: (p) => `Symbol group "${p.written}" runs two groups together; canonical form "${p.canonical}".`,
      },
    ),
    'vn.document.slash_between_groups': defineMessage(
      { text: param.text },
      {
        vi: (p) =>
          `Số, ký hiệu «${p.text}» dùng dấu «/» giữa các nhóm chữ viết tắt; giữa các nhóm là dấu gạch nối (-).`,
        en: (p) =>
          `Number and symbol "${p.text}" puts a "/" between abbreviation groups; groups are joined by a hyphen.`,
      },
    ),
    'vn.document.issuer_case': defineMessage(
      { written: param.text, abbreviation: param.text },
      {
        vi: (p) => `Viết tắt tên cơ quan «${p.written}» phải viết là «${p.abbreviation}».`,
        en: (p) => `Issuer abbreviation "${p.written}" should be written "${p.abbreviation}".`,
      },
    ),
    'vn.document.party_separator': defineMessage(
      { text: param.text },
      {
        vi: (p) =>
          `Số, ký hiệu văn bản của Đảng «${p.text}»: giữa số và ký hiệu là dấu gạch nối (-) (Hướng dẫn 36-HD/VPTW).`,
        en: (p) =>
          `Party document symbol "${p.text}": the number and the symbol are joined by a hyphen (Guidance 36-HD/VPTW).`,
      },
    ),
    'vn.document.party_missing_issuer': defineMessage(
      { text: param.text },
      {
        vi: (p) => `Số, ký hiệu văn bản của Đảng «${p.text}» thiếu «/» và viết tắt tên cơ quan ban hành.`,
        en: (p) => `Party document symbol "${p.text}" lacks the "/" and the issuing body abbreviation.`,
      },
    ),
    'vn.document.party_state_form': defineMessage(
      { text: param.text, canonical: param.text },
      {
        vi: (p) =>
          `Văn bản của Đảng «${p.text}» được ghi theo thể thức văn bản nhà nước; dạng đúng: «${p.canonical}».`,
        en: (p) =>
          `Party document "${p.text}" is written in the state form; canonical form "${p.canonical}".`,
      },
    ),
    'vn.document.impossible_date': defineMessage(
      { date: param.text },
      { vi: (p) => `Ngày «${p.date}» không có thật.`, en: (p) => `Date "${p.date}" does not exist.` },
    ),
    'vn.document.year_mismatch': defineMessage(
      { symbolYear: param.number, year: param.number },
      {
        vi: (p) => `Năm trong ký hiệu (${p.symbolYear}) khác năm ban hành (${p.year}).`,
        en: (p) => `The year in the symbol (${p.symbolYear}) differs from the issue year (${p.year}).`,
      },
    ),
    'vn.document.gap': defineMessage(
      { numbers: param.text, series: param.text, year: param.number },
      {
        vi: (p) => `Thiếu số ${p.numbers} trong sổ ${seriesName(p.series, 'vi')} năm ${p.year}.`,
        en: (p) => `Number(s) ${p.numbers} missing in series ${seriesName(p.series, 'en')} of ${p.year}.`,
      },
    ),
    'vn.document.duplicate': defineMessage(
      { number: param.number, count: param.number, series: param.text, year: param.number },
      {
        vi: (p) =>
          `Số ${p.number} bị trùng ${p.count} lần trong sổ ${seriesName(p.series, 'vi')} năm ${p.year}.`,
        en: (p) =>
          `Number ${p.number} occurs ${p.count} times in series ${seriesName(p.series, 'en')} of ${p.year}.`,
      },
    ),
    'vn.document.out_of_order': defineMessage(
      {
        number: param.number,
        date: param.date,
        previousNumber: param.number,
        previousDate: param.date,
        series: param.text,
        year: param.number,
      },
      {
        vi: (p) =>
          `Số ${p.number} (ngày ${p.date}) lại sớm hơn số ${p.previousNumber} (ngày ${p.previousDate}) trong sổ ${seriesName(p.series, 'vi')} năm ${p.year}.`,
        en: (p) =>
          `Number ${p.number} (dated ${p.date}) is earlier than number ${p.previousNumber} (dated ${p.previousDate}) in series ${seriesName(p.series, 'en')} of ${p.year}.`,
      },
    ),
    'vn.document.arrival_before_issue': defineMessage(
      { arrivalDate: param.date, issueDate: param.date },
      {
        vi: (p) => `Ngày đến ${p.arrivalDate} sớm hơn ngày văn bản ${p.issueDate}.`,
        en: (p) => `Arrival date ${p.arrivalDate} is before the document date ${p.issueDate}.`,
      },
    ),
    'vn.document.certificate_dates': defineMessage(
      { validTo: param.date, validFrom: param.date },
      {
        vi: (p) => `Chứng thư số hết hạn (${p.validTo}) trước ngày bắt đầu hiệu lực (${p.validFrom}).`,
        en: (p) => `The certificate expires (${p.validTo}) before it becomes valid (${p.validFrom}).`,
      },
    ),
  }) as const)();

/** The document findings' codes, each with its parameters (a union, one member per code). */
export type DocumentIssue = IssueOf<typeof DOCUMENT_MESSAGES>;

/** A code of {@link DOCUMENT_MESSAGES}. */
export type DocumentIssueCode = DocumentIssue['code'];

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

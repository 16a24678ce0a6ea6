import { defineMessage, type IssueOf, param } from '../core/messages';

/** The ends without a result a status column implies, as the notices name them. */
const OUTCOME_WORDS = {
  refused: { vi: 'trả lại', en: 'refused' },
  withdrawn: { vi: 'rút hồ sơ', en: 'withdrawn' },
  stopped: { vi: 'dừng xử lý', en: 'stopped' },
} as const;

/** Why an Excel file could not be read (a value of `reason` in `vn.import.xlsx_unreadable`). */
export type XlsxUnreadableReason =
  | 'not_zip'
  | 'zip64'
  | 'damaged_directory'
  | 'damaged_entry'
  | 'compression';

/** Why an Excel file could not be read (the zip archive behind it), as `vn.import.xlsx_unreadable` says it. */
const XLSX_REASONS = {
  not_zip: { vi: 'tệp không phải tệp nén zip', en: 'the file is not a zip archive' },
  zip64: { vi: 'tệp nén dạng ZIP64 chưa được hỗ trợ', en: 'ZIP64 archives are not supported' },
  damaged_directory: { vi: 'mục lục của tệp nén bị hỏng', en: 'the central directory is damaged' },
  damaged_entry: { vi: 'phần nén bị hỏng', en: 'a damaged entry' },
  compression: { vi: 'kiểu nén không được hỗ trợ', en: 'an unsupported compression method' },
} as const satisfies Readonly<Record<XlsxUnreadableReason, { vi: string; en: string }>>;

/** The kinds of JSON value that are not a record, as `vn.import.not_an_object` names them. */
const NON_RECORD_WORDS: Readonly<Record<string, { vi: string; en: string }>> = {
  array: { vi: 'một danh sách', en: 'an array' },
  null: { vi: 'null', en: 'null' },
};

const nonRecord = (received: string, locale: 'vi' | 'en'): string =>
  Object.hasOwn(NON_RECORD_WORDS, received) ? NON_RECORD_WORDS[received]![locale] : received;

/** A list of field paths in a language, each by its label. */
const fieldList = (fields: readonly string[], field: (path: string) => string): string =>
  fields.map(field).join(', ');

/**
 * Messages for problems found while importing a file, before or beside schema validation
 * (thông báo lỗi khi nhập dữ liệu): unreadable CSV or JSON, missing columns, unsafe headers, a
 * run stopped after too many errors. Codes are `vn.import.*`; one function per language over the
 * raw parameters (counts, field paths translated with the domain's field labels, headers and
 * cells as the file writes them).
 *
 * @example
 * messageFor('vn.import.invalid_json', { reason: 'Unexpected token' }, 'en', [IMPORT_MESSAGES])
 * // => 'The line is not valid JSON (the JSON reader says: Unexpected token).'
 * messageFor('vn.import.missing_columns', { fields: ['channel'] }, 'en', [IMPORT_MESSAGES], { fields: [DOSSIER_FIELD_LABELS] })
 * // => 'Required columns are missing: channel.'
 */
export const IMPORT_MESSAGES = /* @__PURE__ */ (() =>
  ({
    'vn.import.unclosed_quote': defineMessage(
      {},
      {
        vi: 'Dòng có dấu ngoặc kép mở mà không đóng; dòng được đọc đến hết dòng, các dòng sau không bị ảnh hưởng.',
        en: 'The row has an opening quote that is never closed; the row was read to the end of its line, the rows after it are unaffected.',
      },
    ),
    'vn.import.field_too_long': defineMessage(
      { max: param.number },
      {
        vi: (p) => `Ô dữ liệu dài quá ${p.max} ký tự.`,
        en: (p) => `A cell is longer than ${p.max} characters.`,
      },
    ),
    'vn.import.encoding': defineMessage(
      { encoding: param.text },
      {
        vi: (p) =>
          `Tệp không được mã hóa UTF-8: có vẻ là ${p.encoding}. Hãy lưu lại tệp dưới dạng CSV UTF-8.`,
        en: (p) =>
          `The file is not encoded in UTF-8: it looks like ${p.encoding}. Save it again as CSV UTF-8.`,
      },
    ),
    'vn.import.no_data_rows': defineMessage(
      {},
      {
        vi: 'Tệp không có dòng dữ liệu nào (tệp rỗng, chỉ có BOM, chỉ có dòng trống hoặc chỉ có tiêu đề): mọi số liệu bằng 0.',
        en: 'The file has no data rows (empty, a byte-order mark alone, blank lines only or a header only): every figure is zero.',
      },
    ),
    'vn.import.cell_count': defineMessage(
      { found: param.number, expected: param.number },
      {
        vi: (p) =>
          `Dòng có ${p.found} ô nhưng tiêu đề có ${p.expected} cột: các giá trị có thể đã lệch cột, dòng không được dùng.`,
        en: (p) =>
          `The row has ${p.found} cells but the header has ${p.expected} columns: its values may be shifted, so it is not used.`,
      },
    ),
    'vn.import.bad_encoding': defineMessage(
      {},
      {
        vi: 'Dòng có byte không phải UTF-8 hợp lệ (hoặc ký tự thay thế U+FFFD, dấu vết của chữ đã mất khi chuyển mã): văn bản của dòng không tin được, dòng không được dùng.',
        en: 'The row holds bytes that are not valid UTF-8 (or the replacement character U+FFFD, the mark of text lost in a conversion): its text cannot be trusted, so it is not used.',
      },
    ),
    'vn.import.duplicate_code': defineMessage(
      { count: param.number, line: param.number, first: param.number },
      {
        vi: (p) =>
          `${p.count} dòng có mã hồ sơ đã gặp ở một dòng trước (dòng đầu tiên như vậy: dòng ${p.line}, trùng mã với dòng ${p.first}); các dòng này vẫn được tính, hãy kiểm tra tệp xuất.`,
        en: (p) =>
          `${p.count} rows repeat a dossier code already seen on an earlier row (the first: line ${p.line}, same code as line ${p.first}); they are still counted, check the export.`,
      },
    ),
    'vn.import.duplicate_check_limit': defineMessage(
      { max: param.number },
      {
        vi: (p) => `Chỉ kiểm tra trùng mã trên ${p.max} mã hồ sơ đầu tiên; các mã sau đó không được ghi nhớ.`,
        en: (p) =>
          `Repeated codes were checked among the first ${p.max} dossier codes only; later codes were not remembered.`,
      },
    ),
    'vn.import.invalid_json': defineMessage(
      { reason: param.text },
      {
        vi: (p) => `Dòng không phải JSON hợp lệ (trình đọc JSON báo: ${p.reason}).`,
        en: (p) => `The line is not valid JSON (the JSON reader says: ${p.reason}).`,
      },
    ),
    'vn.import.not_an_object': defineMessage(
      { received: param.text },
      {
        vi: (p) => `Phần tử JSON không phải một bản ghi (object): ${nonRecord(p.received, 'vi')}.`,
        en: (p) => `The JSON element is not a record (object): ${nonRecord(p.received, 'en')}.`,
      },
    ),
    'vn.import.header_not_found': defineMessage(
      { rows: param.number, expected: param.fields },
      {
        vi: (p, c) =>
          `Không tìm thấy dòng tiêu đề cột trong ${p.rows} dòng đầu; cần các cột như: ${fieldList(p.expected, c.field)}.`,
        en: (p, c) =>
          `No header row found in the first ${p.rows} rows; expected columns such as: ${fieldList(p.expected, c.field)}.`,
      },
    ),
    'vn.import.missing_columns': defineMessage(
      { fields: param.fields },
      {
        vi: (p, c) => `Thiếu cột bắt buộc: ${fieldList(p.fields, c.field)}.`,
        en: (p, c) => `Required columns are missing: ${fieldList(p.fields, c.field)}.`,
      },
    ),
    'vn.import.unsafe_header': defineMessage(
      { column: param.text },
      {
        vi: (p) => `Bỏ qua cột có tên không an toàn «${p.column}».`,
        en: (p) => `Ignored a column with an unsafe name "${p.column}".`,
      },
    ),
    'vn.import.duplicate_column': defineMessage(
      { column: param.text, field: param.field, first: param.text },
      {
        vi: (p, c) =>
          `Cột «${p.column}» trùng trường «${c.field(p.field)}» với cột «${p.first}»; dùng cột đầu tiên.`,
        en: (p, c) =>
          `Column "${p.column}" maps to field "${c.field(p.field)}" like column "${p.first}"; the first one is used.`,
      },
    ),
    'vn.import.stopped': defineMessage(
      { errors: param.number, max: param.number },
      {
        vi: (p) => `Dừng nhập sau ${p.errors} dòng lỗi (giới hạn maxErrors = ${p.max}).`,
        en: (p) => `Import stopped after ${p.errors} rejected rows (maxErrors = ${p.max}).`,
      },
    ),
    'vn.import.invalid_number': defineMessage(
      { path: param.field, received: param.text },
      {
        vi: (p, c) => `Trường «${c.field(p.path)}» không phải số: ${p.received}.`,
        en: (p, c) => `Field "${c.field(p.path)}" is not a number: ${p.received}.`,
      },
    ),
    'vn.import.unsafe_number': defineMessage(
      { path: param.field, received: param.text },
      {
        vi: (p, c) =>
          `Trường «${c.field(p.path)}» có số ${p.received} vượt quá 9.007.199.254.740.991 (2^53 − 1): số này không đọc được chính xác, dòng không được dùng.`,
        en: (p, c) =>
          `Field "${c.field(p.path)}" holds ${p.received}, past 9,007,199,254,740,991 (2^53 − 1): it cannot be read exactly, so the row is not used.`,
      },
    ),
    'vn.import.unknown_label': defineMessage(
      { path: param.field, received: param.text },
      {
        vi: (p, c) => `Trường «${c.field(p.path)}» có giá trị ${p.received} không nhận ra.`,
        en: (p, c) => `Field "${c.field(p.path)}" has a value ${p.received} that is not recognised.`,
      },
    ),
    'vn.import.status_derived': defineMessage(
      {},
      {
        vi: 'Tệp không có cột trạng thái: trạng thái được suy ra từ các ngày (có ngày trả kết quả → Đã trả kết quả; có ngày kết thúc xử lý → Đã xử lý xong; còn lại → Đang xử lý).',
        en: 'The file has no status column: each status is derived from the dates (a return date → result returned; a finish date → resolved; otherwise → being processed).',
      },
    ),
    'vn.import.xlsx_too_large': defineMessage(
      { bytes: param.number, max: param.number },
      {
        vi: (p) =>
          `Tệp Excel khi giải nén lớn quá giới hạn: ${p.bytes} byte, tối đa ${p.max} byte; hãy xuất ra CSV.`,
        en: (p) =>
          `The Excel file unpacks to more than the limit: ${p.bytes} bytes, at most ${p.max}; export it as CSV.`,
      },
    ),
    'vn.import.xlsx_dimensions': defineMessage(
      {
        sheet: param.text,
        rows: param.number,
        columns: param.number,
        maxRows: param.number,
        maxColumns: param.number,
        maxCells: param.number,
      },
      {
        vi: (p) =>
          `Trang tính ${p.sheet} khai báo ${p.rows} dòng × ${p.columns} cột, quá giới hạn (${p.maxRows} dòng, ${p.maxColumns} cột, ${p.maxCells} ô); hãy xuất ra CSV.`,
        en: (p) =>
          `Sheet ${p.sheet} declares ${p.rows} rows × ${p.columns} columns, past the limits (${p.maxRows} rows, ${p.maxColumns} columns, ${p.maxCells} cells); export it as CSV.`,
      },
    ),
    'vn.import.status_derived_with_outcome': defineMessage(
      { column: param.text, outcome: param.enumOf(OUTCOME_WORDS) },
      {
        vi: (p) =>
          `Tệp không có cột trạng thái: trạng thái được suy ra từ các ngày (có ngày trả kết quả → Đã trả kết quả; có ngày kết thúc xử lý → Đã xử lý xong; có «${p.column}» → kết thúc không có kết quả «${OUTCOME_WORDS[p.outcome].vi}»; còn lại → Đang xử lý).`,
        en: (p) =>
          `The file has no status column: each status is derived from the dates (a return date → returned; a finish date → resolved; a date in "${p.column}" → ended without a result, "${OUTCOME_WORDS[p.outcome].en}"; otherwise → in progress).`,
      },
    ),
    'vn.import.xlsx_unreadable': defineMessage(
      { reason: param.enumOf(XLSX_REASONS), detail: param.text },
      {
        vi: (p) =>
          `Không đọc được tệp Excel: ${XLSX_REASONS[p.reason].vi}${p.detail === '' ? '' : ` (${p.detail})`}.`,
        en: (p) =>
          `The Excel file could not be read: ${XLSX_REASONS[p.reason].en}${p.detail === '' ? '' : ` (${p.detail})`}.`,
      },
    ),
  }) as const)();

/** The import problems' codes, each with its parameters (a union, one member per code). */
export type ImportProblem = IssueOf<typeof IMPORT_MESSAGES>;

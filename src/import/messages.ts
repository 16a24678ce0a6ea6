import { defineMessage, type MessageCatalog, param } from '../core/messages';

/** The ends without a result a status column implies, as the notices name them. */
const OUTCOME_WORDS = {
  refused: { vi: 'trả lại', en: 'refused' },
  withdrawn: { vi: 'rút hồ sơ', en: 'withdrawn' },
  stopped: { vi: 'dừng xử lý', en: 'stopped' },
} as const;

/**
 * Messages for problems found while importing a file, before or beside schema validation
 * (thông báo lỗi khi nhập dữ liệu): unreadable CSV or JSON, missing columns, unsafe headers, a
 * run stopped after too many errors. Codes are `vn.import.*`; Vietnamese and English carry the
 * same keys.
 *
 * @example
 * messageFor('vn.import.invalid_json', { reason: 'Unexpected token' }, 'en', [IMPORT_MESSAGES])
 * // => 'The line is not valid JSON: Unexpected token.'
 */
export const IMPORT_MESSAGES: MessageCatalog = /* @__PURE__ */ (() => ({
  'vn.import.unclosed_quote': {
    vi: 'Dòng có dấu ngoặc kép mở mà không đóng; dòng được đọc đến hết dòng, các dòng sau không bị ảnh hưởng.',
    en: 'The row has an opening quote that is never closed; the row was read to the end of its line, the rows after it are unaffected.',
  },
  'vn.import.field_too_long': {
    vi: 'Ô dữ liệu dài quá {max} ký tự.',
    en: 'A cell is longer than {max} characters.',
  },
  'vn.import.encoding': {
    vi: 'Tệp không được mã hóa UTF-8: có vẻ là {encoding}. Hãy lưu lại tệp dưới dạng CSV UTF-8.',
    en: 'The file is not encoded in UTF-8: it looks like {encoding}. Save it again as CSV UTF-8.',
  },
  'vn.import.no_data_rows': {
    vi: 'Tệp không có dòng dữ liệu nào (tệp rỗng, chỉ có BOM, chỉ có dòng trống hoặc chỉ có tiêu đề): mọi số liệu bằng 0.',
    en: 'The file has no data rows (empty, a byte-order mark alone, blank lines only or a header only): every figure is zero.',
  },
  'vn.import.cell_count': {
    vi: 'Dòng có {found} ô nhưng tiêu đề có {expected} cột: các giá trị có thể đã lệch cột, dòng không được dùng.',
    en: 'The row has {found} cells but the header has {expected} columns: its values may be shifted, so it is not used.',
  },
  'vn.import.bad_encoding': {
    vi: 'Dòng có byte không phải UTF-8 hợp lệ (hoặc ký tự thay thế U+FFFD, dấu vết của chữ đã mất khi chuyển mã): văn bản của dòng không tin được, dòng không được dùng.',
    en: 'The row holds bytes that are not valid UTF-8 (or the replacement character U+FFFD, the mark of text lost in a conversion): its text cannot be trusted, so it is not used.',
  },
  'vn.import.duplicate_code': {
    vi: '{count} dòng có mã hồ sơ đã gặp ở một dòng trước (dòng đầu tiên như vậy: dòng {line}, trùng mã với dòng {first}); các dòng này vẫn được tính, hãy kiểm tra tệp xuất.',
    en: '{count} rows repeat a dossier code already seen on an earlier row (the first: line {line}, same code as line {first}); they are still counted, check the export.',
  },
  'vn.import.duplicate_check_limit': {
    vi: 'Chỉ kiểm tra trùng mã trên {max} mã hồ sơ đầu tiên; các mã sau đó không được ghi nhớ.',
    en: 'Repeated codes were checked among the first {max} dossier codes only; later codes were not remembered.',
  },
  'vn.import.invalid_json': {
    vi: 'Dòng không phải JSON hợp lệ: {reason}.',
    en: 'The line is not valid JSON: {reason}.',
  },
  'vn.import.not_an_object': {
    vi: 'Phần tử JSON không phải một bản ghi (object): {received}.',
    en: 'The JSON element is not a record (object): {received}.',
  },
  'vn.import.header_not_found': {
    vi: 'Không tìm thấy dòng tiêu đề cột trong {rows} dòng đầu; cần các cột như: {expected}.',
    en: 'No header row found in the first {rows} rows; expected columns such as: {expected}.',
  },
  'vn.import.missing_columns': {
    vi: 'Thiếu cột bắt buộc: {fields}.',
    en: 'Required columns are missing: {fields}.',
  },
  'vn.import.unsafe_header': {
    vi: 'Bỏ qua cột có tên không an toàn «{column}».',
    en: 'Ignored a column with an unsafe name "{column}".',
  },
  'vn.import.duplicate_column': /* @__PURE__ */ defineMessage(
    { column: param.text, field: param.field, first: param.text },
    {
      vi: (p, c) =>
        `Cột «${p.column}» trùng trường «${c.field(p.field)}» với cột «${p.first}»; dùng cột đầu tiên.`,
      en: (p, c) =>
        `Column "${p.column}" maps to field "${c.field(p.field)}" like column "${p.first}"; the first one is used.`,
    },
  ),
  'vn.import.stopped': {
    vi: 'Dừng nhập sau {errors} dòng lỗi (giới hạn maxErrors = {max}).',
    en: 'Import stopped after {errors} rejected rows (maxErrors = {max}).',
  },
  'vn.import.invalid_number': {
    vi: 'Trường «{path}» không phải số: {received}.',
    en: 'Field "{path}" is not a number: {received}.',
  },
  'vn.import.unsafe_number': {
    vi: 'Trường «{path}» có số {received} vượt quá 9.007.199.254.740.991 (2^53 − 1): số này không đọc được chính xác, dòng không được dùng.',
    en: 'Field "{path}" holds {received}, past 9,007,199,254,740,991 (2^53 − 1): it cannot be read exactly, so the row is not used.',
  },
  'vn.import.unknown_label': {
    vi: 'Trường «{path}» có giá trị {received} không nhận ra.',
    en: 'Field "{path}" has a value {received} that is not recognised.',
  },
  'vn.import.status_derived': {
    vi: 'Tệp không có cột trạng thái: trạng thái được suy ra từ các ngày (có ngày trả kết quả → Đã trả kết quả; có ngày kết thúc xử lý → Đã xử lý xong; còn lại → Đang xử lý).',
    en: 'The file has no status column: each status is derived from the dates (a return date → result returned; a finish date → resolved; otherwise → being processed).',
  },
  'vn.import.xlsx_too_large': {
    vi: 'Tệp Excel khi giải nén lớn quá giới hạn: {bytes} byte, tối đa {max} byte; hãy xuất ra CSV.',
    en: 'The Excel file unpacks to more than the limit: {bytes} bytes, at most {max}; export it as CSV.',
  },
  'vn.import.xlsx_dimensions': {
    vi: 'Trang tính {sheet} khai báo {rows} dòng × {columns} cột, quá giới hạn ({maxRows} dòng, {maxColumns} cột, {maxCells} ô); hãy xuất ra CSV.',
    en: 'Sheet {sheet} declares {rows} rows × {columns} columns, past the limits ({maxRows} rows, {maxColumns} columns, {maxCells} cells); export it as CSV.',
  },
  'vn.import.status_derived_with_outcome': /* @__PURE__ */ defineMessage(
    { column: param.text, outcome: param.enumOf(OUTCOME_WORDS) },
    {
      vi: (p) =>
        `Tệp không có cột trạng thái: trạng thái được suy ra từ các ngày (có ngày trả kết quả → Đã trả kết quả; có ngày kết thúc xử lý → Đã xử lý xong; có «${p.column}» → kết thúc không có kết quả «${OUTCOME_WORDS[p.outcome].vi}»; còn lại → Đang xử lý).`,
      en: (p) =>
        `The file has no status column: each status is derived from the dates (a return date → returned; a finish date → resolved; a date in "${p.column}" → ended without a result, "${OUTCOME_WORDS[p.outcome].en}"; otherwise → in progress).`,
    },
  ),
  'vn.import.xlsx_unreadable': {
    vi: 'Không đọc được tệp Excel: {reason}.',
    en: 'The Excel file could not be read: {reason}.',
  },
}))();

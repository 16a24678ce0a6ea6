/** Message languages: Vietnamese (default) and English. */
export type Locale = 'vi' | 'en';

/** One message in both languages. `{name}` placeholders are filled from the params. */
export interface Message {
  readonly vi: string;
  readonly en: string;
}

/** Messages keyed by stable code (`vn.dossier.due_before_received`). */
export type MessageCatalog = Readonly<Record<string, Message>>;

/**
 * Messages for the checks every schema shares: wrong types, bad formats, values out of a list.
 * Domain catalogues add their own codes.
 */
export const CORE_MESSAGES: MessageCatalog = {
  'vn.required': { vi: 'Thiếu trường bắt buộc «{path}».', en: 'Missing required field "{path}".' },
  'vn.invalid_type': {
    vi: 'Trường «{path}» sai kiểu: cần {expected}, nhận được {received}.',
    en: 'Field "{path}" has the wrong type: expected {expected}, got {received}.',
  },
  'vn.invalid_date': {
    vi: 'Trường «{path}» không phải ngày có thật (dạng YYYY-MM-DD): {received}.',
    en: 'Field "{path}" is not a real date (YYYY-MM-DD): {received}.',
  },
  'vn.invalid_instant': {
    vi: 'Trường «{path}» không phải ngày hoặc thời điểm hợp lệ (YYYY-MM-DD hoặc ISO 8601 có múi giờ): {received}.',
    en: 'Field "{path}" is not a valid date or timestamp (YYYY-MM-DD or ISO 8601 with offset): {received}.',
  },
  'vn.invalid_format': {
    vi: 'Trường «{path}» sai định dạng ({format}): {received}.',
    en: 'Field "{path}" has an invalid format ({format}): {received}.',
  },
  'vn.invalid_value': {
    vi: 'Trường «{path}» có giá trị {received} không thuộc danh mục: {expected}.',
    en: 'Field "{path}" has value {received}, which is not one of: {expected}.',
  },
  'vn.too_small': {
    vi: 'Trường «{path}» quá nhỏ: cần ≥ {minimum}, nhận được {received}.',
    en: 'Field "{path}" is too small: expected ≥ {minimum}, got {received}.',
  },
  'vn.too_big': {
    vi: 'Trường «{path}» quá lớn: cần ≤ {maximum}, nhận được {received}.',
    en: 'Field "{path}" is too big: expected ≤ {maximum}, got {received}.',
  },
  'vn.not_integer': {
    vi: 'Trường «{path}» phải là số nguyên, nhận được {received}.',
    en: 'Field "{path}" must be an integer, got {received}.',
  },
  'vn.unrecognized_keys': {
    vi: 'Bản ghi có trường không được hỗ trợ: {keys}.',
    en: 'The record has unsupported fields: {keys}.',
  },
  'vn.invalid_union': {
    vi: 'Trường «{path}» không khớp dạng nào được chấp nhận: {received}.',
    en: 'Field "{path}" matches none of the accepted shapes: {received}.',
  },
  'vn.invalid_record': {
    vi: 'Dòng dữ liệu không hợp lệ ở «{path}».',
    en: 'Invalid row at "{path}".',
  },
};

/**
 * Fill a message template with params: `{name}` → `params.name`. Unknown placeholders stay.
 *
 * @example
 * fillMessage('cần {a}', { a: 3 }) // => 'cần 3'
 */
export function fillMessage(template: string, params: Readonly<Record<string, unknown>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    if (!Object.hasOwn(params, key)) return whole;
    const v = params[key];
    return typeof v === 'string' ? v : v === undefined ? '' : (JSON.stringify(v) ?? String(v));
  });
}

/**
 * The message for a code in a language, looked up in the given catalogues in order, falling
 * back to the code itself when no catalogue knows it.
 *
 * @example
 * messageFor('vn.required', { path: 'dueDate' }, 'en', [CORE_MESSAGES])
 * // => 'Missing required field "dueDate".'
 */
export function messageFor(
  code: string,
  params: Readonly<Record<string, unknown>>,
  locale: Locale,
  catalogs: readonly MessageCatalog[],
): string {
  for (const c of catalogs) {
    if (Object.hasOwn(c, code)) return fillMessage(c[code]![locale], params);
  }
  return code;
}

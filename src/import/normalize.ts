import { foldText } from '../_lib/fold';

/**
 * Fold a header or label for matching (chuẩn hoá tiêu đề cột): Unicode NFD, combining marks
 * removed, `đ`/`Đ` → `d`, lower case, every run of characters other than letters and digits
 * turned into one space, trimmed. So `Ngày hẹn trả`, `NGAY HEN TRA`, `ngay_hen_tra` and the NFD
 * spelling of the first all fold to `ngay hen tra`.
 *
 * The package's one folding function (also used for yes/no cells and personnel labels).
 *
 * @param text - A header cell or a label.
 * @returns The folded key.
 * @example
 * foldHeader('  Ngày hẹn\u00a0TRẢ (dd/MM/yyyy) ') // => 'ngay hen tra dd mm yyyy'
 * foldHeader('Mã TTHC') // => 'ma tthc'
 */
export function foldHeader(text: string): string {
  return foldText(text);
}

/**
 * Whether a header name would be dangerous as an object key (`__proto__`, `constructor`,
 * `prototype`, in any case or with surrounding spaces).
 *
 * @param name - A header cell.
 * @returns `true` for a name this package never maps.
 * @example
 * isUnsafeKey(' __proto__ ') // => true
 * isUnsafeKey('Mã hồ sơ') // => false
 */
export function isUnsafeKey(name: string): boolean {
  const n = name.trim().toLowerCase();
  return n === '__proto__' || n === 'constructor' || n === 'prototype';
}

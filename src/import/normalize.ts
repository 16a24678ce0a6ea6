/**
 * Fold a header or label for matching (chuẩn hoá tiêu đề cột): Unicode NFD, combining marks
 * removed, `đ`/`Đ` → `d`, lower case, every run of characters other than letters and digits
 * turned into one space, trimmed. So `Ngày hẹn trả`, `NGAY HEN TRA`, `ngay_hen_tra` and the NFD
 * spelling of the first all fold to `ngay hen tra`.
 *
 * Runs in one pass over the characters, with no regular expression on the input.
 *
 * @param text - A header cell or a label.
 * @returns The folded key.
 * @example
 * foldHeader('  Ngày hẹn\u00a0TRẢ (dd/MM/yyyy) ') // => 'ngay hen tra dd mm yyyy'
 * foldHeader('Mã TTHC') // => 'ma tthc'
 */
export function foldHeader(text: string): string {
  const s = text.normalize('NFD');
  // Characters gathered in a list and joined once: appending one at a time to a string costs the
  // collector more than linear time on a very long cell.
  const out: string[] = [];
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // Combining diacritical marks.
    if (c >= 0x300 && c <= 0x36f) continue;
    let ch: string;
    if (c >= 0x61 && c <= 0x7a) ch = s[i]!;
    else if (c >= 0x41 && c <= 0x5a) ch = String.fromCharCode(c + 32);
    else if (c >= 0x30 && c <= 0x39) ch = s[i]!;
    else if (c === 0x111 || c === 0x110) ch = 'd';
    else if (c > 0x7f && /\p{L}/u.test(s[i]!)) ch = s[i]!.toLowerCase();
    else {
      space = out.length > 0;
      continue;
    }
    if (space) {
      out.push(' ');
      space = false;
    }
    out.push(ch);
  }
  return out.join('');
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

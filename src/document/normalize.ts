/**
 * Text normalisation for Vietnamese document symbols and citations: NFC, and every look-alike of
 * the letter Đ/đ mapped to U+0110/U+0111.
 */

const STROKES = new Set(['\u0335', '\u0336', '\u0337', '\u0338', '\u0304']);
const BIG_D: Readonly<Record<string, true>> = { '\u00D0': true, '\u0189': true };
const SMALL_D: Readonly<Record<string, true>> = { '\u00F0': true, '\u0256': true };

/**
 * Normalise Vietnamese text before reading symbols (chuẩn hóa Unicode): NFC composition, the
 * look-alikes of Đ (Icelandic eth `Ð` U+00D0, African `Ɖ` U+0189, `D` followed by a combining
 * stroke U+0335–U+0338) turned into `Đ` U+0110 (and likewise for `đ`), no-break spaces into spaces
 * and zero-width characters removed. Runs in time linear in the length of the text.
 *
 * Legal basis: Nghị định 30/2020/NĐ-CP, Phụ lục I (Vietnamese Unicode, TCVN 6909:2001).
 *
 * @param text - Any string.
 * @returns The normalised string (it may be shorter than the input).
 * @throws TypeError never; a non-string is converted with `String()`.
 * @example
 * normalizeDocumentText('Q\u0110-UBND') === normalizeDocumentText('Q\u00D0-UBND') // => true
 * normalizeDocumentText('Quye\u0302\u0301t') // => 'Quyết'
 */
export function normalizeDocumentText(text: string): string {
  const s = String(text).normalize('NFC');
  let parts: string[] | null = null;
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    // Fast path: every character that needs a change is ≥ U+00A0.
    if (code < 0xa0) continue;
    const c = s[i]!;
    let replacement: string | null = null;
    let from = i;
    if (STROKES.has(c) && (s[i - 1] === 'D' || s[i - 1] === 'd') && i - 1 >= last) {
      replacement = s[i - 1] === 'D' ? '\u0110' : '\u0111';
      from = i - 1;
    } else if (BIG_D[c]) replacement = '\u0110';
    else if (SMALL_D[c]) replacement = '\u0111';
    else if (c === '\u00A0' || c === '\u202F' || c === '\u2007') replacement = ' ';
    else if (c === '\u200B' || c === '\u200C' || c === '\u200D' || c === '\uFEFF') replacement = '';
    if (replacement === null) continue;
    parts ??= [];
    parts.push(s.slice(last, from), replacement);
    last = i + 1;
  }
  if (parts === null) return s;
  parts.push(s.slice(last));
  return parts.join('');
}

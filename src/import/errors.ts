import type { Locale } from '../core/messages';
import { messageFor } from '../core/messages';
import { IMPORT_MESSAGES } from './messages';

/**
 * A file the importers refuse to open (tệp không đọc được), with a stable code
 * (`vn.import.xlsx_*`), the values it was built from and its message in Vietnamese and English.
 * `message` is in the language asked for (Vietnamese by default).
 *
 * @example
 * const e = new ImportFileError('vn.import.xlsx_too_large', { bytes: 300, max: 200 }, 'en');
 * e.code // => 'vn.import.xlsx_too_large'
 */
export class ImportFileError extends Error {
  /** Stable code. */
  readonly code: string;
  /** Values of the message. */
  readonly params: Readonly<Record<string, unknown>>;

  /**
   * A refused file's error, its message rendered in `locale`.
   *
   * @param code - The code, found in `IMPORT_MESSAGES`.
   * @param params - Values for the message.
   * @param locale - Language of `message` (default `vi`).
   */
  constructor(code: string, params: Readonly<Record<string, unknown>>, locale: Locale = 'vi') {
    super(`[commune-kpi] ${messageFor(code, params, locale, [IMPORT_MESSAGES])}`);
    this.name = 'ImportFileError';
    this.code = code;
    this.params = params;
  }

  /**
   * The message in a language.
   *
   * @param locale - `vi` or `en`.
   * @returns The message, without prefix.
   */
  messageIn(locale: Locale): string {
    return messageFor(this.code, this.params, locale, [IMPORT_MESSAGES]);
  }
}

const CP1258_MARKS = /* @__PURE__ */ new Set([
  0xd0, 0xf0, 0xc3, 0xe3, 0xd5, 0xf5, 0xdd, 0xfd, 0xcc, 0xec, 0xd2, 0xde, 0xf2,
]);

/**
 * @internal The encoding of a file that is not UTF-8, from its first bytes (at most 4096 are
 * looked at): UTF-16 by its byte-order mark or its pattern of NUL bytes, Windows-1258 (the
 * Vietnamese code page) or another 8-bit code page by bytes that are not UTF-8; `undefined` for
 * UTF-8 (or ASCII).
 *
 * @param head - The first bytes of the file.
 * @returns The name of the encoding, or `undefined`.
 */
export function sniffEncoding(head: Uint8Array): string | undefined {
  const b = head.subarray(0, Math.min(head.length, 4096));
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return 'UTF-16LE';
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return 'UTF-16BE';
  let even = 0;
  let odd = 0;
  const m = Math.min(b.length, 512);
  for (let i = 0; i < m; i++) if (b[i] === 0) i % 2 === 0 ? even++ : odd++;
  if (m >= 4 && (even + odd) * 4 >= m) return odd >= even ? 'UTF-16LE' : 'UTF-16BE';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b, { stream: true });
    return undefined;
  } catch {
    // UTF-8 with a few damaged bytes (its rows are rejected one by one, vn.import.bad_encoding):
    // at least four well-formed multi-byte characters for each byte that is not UTF-8. Text in an
    // 8-bit code page hardly ever forms a multi-byte UTF-8 character.
    const { good, bad } = countUtf8(b);
    if (good > 0 && good >= 4 * bad) return undefined;
    for (let i = 0; i < b.length; i++) if (CP1258_MARKS.has(b[i]!)) return 'Windows-1258';
    return 'an 8-bit code page';
  }
}

/** Well-formed multi-byte UTF-8 characters and bytes that start no character, a cut end aside. */
function countUtf8(b: Uint8Array): { good: number; bad: number } {
  let good = 0;
  let bad = 0;
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    const need = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
    if (need === 0) {
      bad++;
      i++;
      continue;
    }
    if (i + need >= b.length) break;
    const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
    const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
    let ok = b[i + 1]! >= lo && b[i + 1]! <= hi;
    for (let k = 2; ok && k <= need; k++) ok = b[i + k]! >= 0x80 && b[i + k]! <= 0xbf;
    if (ok) {
      good++;
      i += need + 1;
    } else {
      bad++;
      i++;
    }
  }
  return { good, bad };
}

/**
 * @internal Throw the coded error for a file that is not UTF-8 (see {@link sniffEncoding}).
 *
 * @param head - The first bytes of the file.
 * @param locale - Language of the message.
 * @throws ImportFileError `vn.import.encoding` naming the encoding found.
 */
export function assertUtf8(head: Uint8Array, locale: Locale = 'vi'): void {
  const encoding = sniffEncoding(head);
  if (encoding !== undefined) throw new ImportFileError('vn.import.encoding', { encoding }, locale);
}

import { isLocalDate, type LocalDate } from '../core/localDate';
import type { Locale } from '../core/messages';
import { type DocumentFinding, finding } from './messages';
import { normalizeDocumentText } from './normalize';
import {
  type DocumentSymbol,
  dashAt,
  interpretSymbol,
  isDigit,
  isLetter,
  readSymbolAt,
  slashAt,
} from './symbol';
import { ALL_DOCUMENT_TYPES, type DocumentTypeId } from './types';

/**
 * A document cited in a text (văn bản được viện dẫn): `Quyết định số 205/QĐ-UBND ngày 21/01/2022
 * của UBND thị xã Đức Phổ`. Offsets refer to the normalised text (see {@link normalizeDocumentText}).
 */
export interface DocumentReference {
  /**
   * `numbered` (cited by number and symbol) or `named` (a law cited by its title, `Luật … năm
   * 2018`, possibly followed by `số 77/2015/QH13`).
   */
  readonly kind: 'numbered' | 'named';
  /** Start offset in the normalised text. */
  readonly start: number;
  /** End offset (exclusive) in the normalised text. */
  readonly end: number;
  /** The cited span of the normalised text. */
  readonly text: string;
  /** The type word as written (`Quyết định`, `công văn`), or `null` when the symbol stands alone. */
  readonly typeWord: string | null;
  /** The type named by the type word, or `null`. */
  readonly typeId: DocumentTypeId | null;
  /** Number and symbol as written (`06/QĐ - UBND`), or `null` for a law cited by title alone. */
  readonly numberSymbol: string | null;
  /** The parsed symbol, or `null` when it cannot be read (a blank number, `Số: /BC-UBND`). */
  readonly symbol: DocumentSymbol | null;
  /** The title of a named law (`phòng chống tham nhũng`), else `null`. */
  readonly title: string | null;
  /** The year of a named law (`năm 2018`), else `null`. */
  readonly year: number | null;
  /** Date of the document (`ngày 05/4/2022` → `2022-04-05`), or `null` when not stated or impossible. */
  readonly date: LocalDate | null;
  /** The date as written, or `null`. */
  readonly dateText: string | null;
  /** Issuing body after `của` (`UBND thị xã Đức Phổ`), or `null` when not stated. */
  readonly issuer: string | null;
  /** Problems with the citation (odd spacing, impossible date, blank number, …). */
  readonly findings: readonly DocumentFinding[];
}

/** Options of {@link findDocumentReferences}. */
export interface FindDocumentReferencesOptions {
  /** Language of finding messages (default `vi`). */
  readonly locale?: Locale;
}

interface TypeWord {
  readonly lower: string;
  readonly id: DocumentTypeId;
}

const TYPE_WORDS: readonly TypeWord[] = (() => {
  const seen = new Map<string, DocumentTypeId>();
  for (const ty of ALL_DOCUMENT_TYPES) {
    const lower = ty.name.toLowerCase();
    if (!seen.has(lower)) seen.set(lower, ty.id);
  }
  // Common spellings with the older tone placement.
  seen.set('bản thoả thuận', 'ban-thoa-thuan');
  seen.set('giấy uỷ quyền', 'giay-uy-quyen');
  return [...seen.entries()]
    .map(([lower, id]) => ({ lower: lower.normalize('NFC'), id }))
    .sort((a, b) => b.lower.length - a.lower.length);
})();

const NAMED_LAW_WORDS: readonly TypeWord[] = [
  { lower: 'bộ luật', id: 'bo-luat' },
  { lower: 'pháp lệnh', id: 'phap-lenh' },
  { lower: 'luật', id: 'luat' },
];

const ISSUER_STOP = new Set([
  'về',
  'ngày',
  'v/v',
  'quy',
  'ban',
  'hướng',
  'sửa',
  'để',
  'nhằm',
  'theo',
  'tại',
  'trong',
  'đối',
  'đã',
  'được',
  'thì',
  'nay',
]);

const TITLE_STOP = new Set([
  'năm',
  'số',
  'và',
  'của',
  'về',
  'ngày',
  'theo',
  'để',
  'được',
  'đã',
  'trong',
  'các',
  'với',
  'thì',
  'tại',
  'nhằm',
  'do',
  'này',
  'hiện',
  'hành',
]);

const MAX_ISSUER_WORDS = 14;
const MAX_TITLE_WORDS = 12;

function isWordChar(c: string | undefined): boolean {
  return isLetter(c) || isDigit(c);
}

function startsUpper(s: string, i: number): boolean {
  const c = s[i];
  return isLetter(c) && c === c!.toUpperCase();
}

function isBlank(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\u00A0';
}

/** Case-insensitive match of `word` (lowercase) ending just before `end`, on word boundaries. */
function matchBefore(s: string, end: number, word: string): number {
  const start = end - word.length;
  if (start < 0) return -1;
  for (let k = 0; k < word.length; k++) {
    if (s[start + k]!.toLowerCase() !== word[k]) return -1;
  }
  if (isWordChar(s[start - 1])) return -1;
  return start;
}

/** Case-insensitive match of `word` (lowercase) starting at `start`, on word boundaries. */
function matchAt(s: string, start: number, word: string): boolean {
  if (start + word.length > s.length) return false;
  for (let k = 0; k < word.length; k++) {
    if (s[start + k]!.toLowerCase() !== word[k]) return false;
  }
  return !isWordChar(s[start + word.length]);
}

function skipBlanksBack(s: string, i: number, max = 3): number {
  let k = 0;
  while (k < max && isBlank(s[i - 1 - k])) k++;
  return i - k;
}

function skipBlanks(s: string, i: number, max = 3): number {
  let k = 0;
  while (k < max && isBlank(s[i + k])) k++;
  return i + k;
}

/** Cheap test that "số" or "số:" may end just before `at`. */
function soBefore(s: string, at: number): boolean {
  let i = skipBlanksBack(s, at);
  if (s[i - 1] === ':') i = skipBlanksBack(s, i - 1);
  const c = s[i - 1];
  return c === 'ố' || c === 'Ố';
}

/** Type word and "số" before a symbol that starts at `at`. Constant work. */
function lookBack(
  s: string,
  at: number,
): { start: number; typeWord: string | null; typeId: DocumentTypeId | null; so: boolean } {
  let i = skipBlanksBack(s, at);
  let so = false;
  let colon = false;
  if (s[i - 1] === ':') {
    colon = true;
    i = skipBlanksBack(s, i - 1);
  }
  const soStart = matchBefore(s, i, 'số');
  let start = at;
  if (soStart >= 0) {
    so = true;
    start = soStart;
    i = skipBlanksBack(s, soStart);
  } else if (colon) {
    return { start, typeWord: null, typeId: null, so };
  }
  for (const w of TYPE_WORDS) {
    const ws = matchBefore(s, i, w.lower);
    if (ws >= 0) return { start: ws, typeWord: s.slice(ws, i), typeId: w.id, so };
  }
  return { start, typeWord: null, typeId: null, so };
}

function readInt(s: string, i: number, maxLen: number): { value: string; end: number } | null {
  let e = i;
  while (e - i < maxLen + 1 && isDigit(s[e])) e++;
  if (e === i || e - i > maxLen) return null;
  return { value: s.slice(i, e), end: e };
}

/** A date after "ngày": `05/4/2022`, `05-4-2022`, `05.4.2022` or `05 tháng 01 năm 2022`. */
function readDate(s: string, i: number): { text: string; iso: string; end: number } | null {
  const d = readInt(s, i, 2);
  if (!d) return null;
  const sep = s[d.end];
  if (sep === '/' || sep === '-' || sep === '.') {
    const m = readInt(s, d.end + 1, 2);
    if (!m || s[m.end] !== sep) return null;
    const y = readInt(s, m.end + 1, 4);
    if (y?.value.length !== 4) return null;
    return {
      text: s.slice(i, y.end),
      iso: `${y.value}-${m.value.padStart(2, '0')}-${d.value.padStart(2, '0')}`,
      end: y.end,
    };
  }
  let p = skipBlanks(s, d.end);
  if (!matchAt(s, p, 'tháng')) return null;
  p = skipBlanks(s, p + 5);
  const m = readInt(s, p, 2);
  if (!m) return null;
  p = skipBlanks(s, m.end);
  if (!matchAt(s, p, 'năm')) return null;
  p = skipBlanks(s, p + 3);
  const y = readInt(s, p, 4);
  if (y?.value.length !== 4) return null;
  return {
    text: s.slice(i, y.end),
    iso: `${y.value}-${m.value.padStart(2, '0')}-${d.value.padStart(2, '0')}`,
    end: y.end,
  };
}

/** Read a word (letters and digits, with inner `.`/`&`) starting at `i`. */
function wordEnd(s: string, i: number): number {
  let e = i;
  while (
    isWordChar(s[e]) ||
    ((s[e] === '.' || s[e] === '&' || s[e] === '/') && isWordChar(s[e + 1]) && e > i)
  )
    e++;
  return e;
}

/** An issuing body after "của": words up to a stop word or punctuation, at most MAX_ISSUER_WORDS. */
function readIssuer(s: string, i: number): { text: string; end: number } | null {
  let p = i;
  let end = i;
  let words = 0;
  while (words < MAX_ISSUER_WORDS) {
    const c = s[p];
    if (isWordChar(c)) {
      const e = wordEnd(s, p);
      const w = s.slice(p, e).toLowerCase();
      if (words > 0 && (ISSUER_STOP.has(w) || (w === 'và' && !startsUpper(s, skipBlanks(s, e))))) break;
      words++;
      end = e;
      p = skipBlanks(s, e);
    } else if ((dashAt(c) !== 0 || c === '&') && words > 0) {
      const q = skipBlanks(s, p + 1);
      if (!isWordChar(s[q])) break;
      p = q;
    } else break;
  }
  if (words === 0) return null;
  return { text: s.slice(i, end), end };
}

interface Pending {
  date: { text: string; iso: string } | null;
  issuer: string | null;
  end: number;
}

/** Date and issuer after a citation, in either order. Bounded work. */
function lookAhead(s: string, from: number): Pending {
  const out: Pending = { date: null, issuer: null, end: from };
  let p = from;
  for (let round = 0; round < 2; round++) {
    let q = skipBlanks(s, p);
    if (s[q] === ',') q = skipBlanks(s, q + 1);
    if (out.date === null && matchAt(s, q, 'ngày')) {
      const r = readDate(s, skipBlanks(s, q + 4));
      if (r) {
        out.date = r;
        out.end = r.end;
        p = r.end;
        continue;
      }
    }
    if (out.issuer === null && matchAt(s, q, 'của')) {
      const r = readIssuer(s, skipBlanks(s, q + 3));
      if (r) {
        out.issuer = r.text;
        out.end = r.end;
        p = r.end;
        continue;
      }
    }
    break;
  }
  return out;
}

function buildNumbered(
  s: string,
  symStart: number,
  symEnd: number,
  raw: NonNullable<ReturnType<typeof readSymbolAt>>,
  locale: Locale,
): DocumentReference {
  const back = lookBack(s, symStart);
  const numberSymbol = s.slice(symStart, symEnd);
  const { value, findings } = interpretSymbol(raw, numberSymbol, locale);
  const ahead = lookAhead(s, symEnd);
  const all = [...findings];
  let date: LocalDate | null = null;
  if (ahead.date) {
    if (isLocalDate(ahead.date.iso)) date = ahead.date.iso;
    else all.push(finding('vn.document.impossible_date', 'warning', { date: ahead.date.text }, locale));
  }
  if (value && back.typeId !== null && value.typeCode !== null && value.kind !== 'unknown') {
    const matches = ALL_DOCUMENT_TYPES.some((t) => t.id === back.typeId && t.abbreviation === value.typeCode);
    if (!matches) {
      all.push(
        finding(
          'vn.document.type_mismatch',
          'warning',
          { typeWord: back.typeWord, abbreviation: value.typeCode },
          locale,
        ),
      );
    }
  }
  const end = Math.max(symEnd, ahead.end);
  return {
    kind: 'numbered',
    start: back.start,
    end,
    text: s.slice(back.start, end),
    typeWord: back.typeWord,
    typeId: back.typeId,
    numberSymbol,
    symbol: value,
    title: null,
    year: value?.year ?? null,
    date,
    dateText: ahead.date?.text ?? null,
    issuer: ahead.issuer,
    findings: all,
  };
}

/** Standalone symbols (no "số" or type word) must be tight and have a hyphen: `28/2018/QĐ-TTg`. */
function plausibleBare(raw: NonNullable<ReturnType<typeof readSymbolAt>>): boolean {
  if (raw.spaced || raw.groups.length < 2 || raw.numberText === '') return false;
  const g = raw.groups[0]!;
  return g[0] === g[0]!.toUpperCase();
}

function readNamedLaw(s: string, i: number, locale: Locale): DocumentReference | null {
  let word: TypeWord | null = null;
  for (const w of NAMED_LAW_WORDS) {
    if (s[i] === w.lower[0]!.toUpperCase() && matchAt(s, i, w.lower)) {
      word = w;
      break;
    }
  }
  if (!word || isWordChar(s[i - 1])) return null;
  const typeEnd = i + word.lower.length;
  let p = skipBlanks(s, typeEnd);
  const titleStart = p;
  let titleEnd = p;
  let words = 0;
  while (words < MAX_TITLE_WORDS && isLetter(s[p])) {
    const e = wordEnd(s, p);
    if (TITLE_STOP.has(s.slice(p, e).toLowerCase())) break;
    words++;
    titleEnd = e;
    p = skipBlanks(s, e);
    if (dashAt(s[p]) !== 0 && isLetter(s[skipBlanks(s, p + 1)])) p = skipBlanks(s, p + 1);
  }
  if (words < 2) return null;
  const title = s.slice(titleStart, titleEnd);
  let end = titleEnd;
  let year: number | null = null;
  let q = skipBlanks(s, titleEnd);
  if (matchAt(s, q, 'năm')) {
    const y = readInt(s, skipBlanks(s, q + 3), 4);
    if (y && y.value.length === 4) {
      year = Number(y.value);
      end = y.end;
      q = skipBlanks(s, end);
    }
  }
  // "Luật Tổ chức chính quyền địa phương số 77/2015/QH13": the number belongs to this citation.
  let numberSymbol: string | null = null;
  let symbol: DocumentSymbol | null = null;
  let findings: DocumentFinding[] = [];
  if (matchAt(s, q, 'số')) {
    const at = skipBlanks(s, q + 2);
    const raw = isDigit(s[at]) ? readSymbolAt(s, at, true) : null;
    if (raw && raw.groups.length > 0 && startsUpper(raw.groups[0]!, 0)) {
      numberSymbol = s.slice(at, raw.end);
      const r = interpretSymbol(raw, numberSymbol, locale);
      symbol = r.value;
      findings = r.findings;
      year ??= symbol?.year ?? null;
      end = raw.end;
    }
  }
  return {
    kind: 'named',
    start: i,
    end,
    text: s.slice(i, end),
    typeWord: s.slice(i, typeEnd),
    typeId: word.id,
    numberSymbol,
    symbol,
    title,
    year,
    date: null,
    dateText: null,
    issuer: null,
    findings,
  };
}

/**
 * Find every document cited in a Vietnamese text (tìm văn bản được viện dẫn): each citation with
 * its type word, number and symbol, date and issuing body where stated, in text order. Handles odd
 * spacing (`06/QĐ - UBND`), dates written `05/4/2022` or `ngày 05 tháng 01 năm 2022`, blank numbers
 * (`Số: /BC-UBND`), symbols without a type word (`Nghị định 130/NĐ-CP`, `28/2018/QĐ-TTg`) and laws
 * cited by title (`Luật phòng chống tham nhũng năm 2018`).
 *
 * The text is normalised (NFC, forms of Đ) and read by a single left-to-right scanner: every
 * look-back and look-ahead is bounded by a constant, so time grows linearly with the length of the
 * text; no regular expression is applied to it. Never throws on a string.
 *
 * Legal basis: Nghị định 30/2020/NĐ-CP, Phụ lục I (thể thức số, ký hiệu, ngày tháng).
 *
 * @param text - Any text (a report, a decision).
 * @param options - Message language.
 * @returns The references, in the order they appear.
 * @throws TypeError never; a non-string is converted with `String()`.
 * @example
 * findDocumentReferences('Quyết định số 205/QĐ-UBND ngày 21/01/2022 của UBND thị xã Đức Phổ về việc ...')
 * // => [{ kind: 'numbered', typeWord: 'Quyết định', numberSymbol: '205/QĐ-UBND', date: '2022-01-21',
 * //       issuer: 'UBND thị xã Đức Phổ', symbol: { number: 205, typeCode: 'QĐ', issuer: 'UBND', … }, … }]
 */
export function findDocumentReferences(
  text: string,
  options: FindDocumentReferencesOptions = {},
): DocumentReference[] {
  const locale = options.locale ?? 'vi';
  const s = normalizeDocumentText(String(text));
  const out: DocumentReference[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s[i]!;
    if (isDigit(c)) {
      if (isDigit(s[i - 1]) || isLetter(s[i - 1])) {
        i++;
        continue;
      }
      const raw = readSymbolAt(s, i, true);
      if (raw && raw.groups.length > 0 && startsUpper(raw.groups[0]!, 0)) {
        const back = lookBack(s, i);
        if (back.so || back.typeWord !== null || plausibleBare(raw)) {
          const ref = buildNumbered(s, i, raw.end, raw, locale);
          out.push(ref);
          i = Math.max(ref.end, i + 1);
          continue;
        }
      }
      // Skip the rest of this digit run: no later start inside it.
      let e = i + 1;
      while (isDigit(s[e])) e++;
      i = e;
      continue;
    }
    if (slashAt(c) !== 0 && !isDigit(s[i - 1]) && !isLetter(s[i - 1]) && soBefore(s, i)) {
      const back = lookBack(s, i);
      if (back.so) {
        const raw = readSymbolAt(s, i, true);
        if (raw && raw.groups.length > 0 && startsUpper(raw.groups[0]!, 0)) {
          const ref = buildNumbered(s, i, raw.end, raw, locale);
          out.push(ref);
          i = Math.max(ref.end, i + 1);
          continue;
        }
      }
      i++;
      continue;
    }
    if (c === 'L' || c === 'B' || c === 'P') {
      const ref = readNamedLaw(s, i, locale);
      if (ref) {
        // A law cited by number ("Luật số 77/2015/QH13") is found through its symbol instead.
        out.push(ref);
        i = ref.end;
        continue;
      }
    }
    i++;
  }
  return out;
}

import { isLocalDate, type LocalDate } from '../core/localDate';
import type { Locale } from '../core/messages';
import { type DocumentFinding, finding } from './messages';
import { normalizeDocumentText } from './normalize';
import {
  type DocumentSymbol,
  dashAt,
  formatDocumentSymbol,
  interpretSymbol,
  isDigit,
  isLetter,
  lookupPartyTypeAbbreviation,
  type RawSymbol,
  readPartySymbolAt,
  readSymbolAt,
  slashAt,
} from './symbol';
import {
  ALL_DOCUMENT_TYPES,
  DERIVED_TYPE_ABBREVIATIONS,
  type DocumentTypeId,
  PARTY_DOCUMENT_TYPES,
} from './types';

/**
 * A document cited in a text (văn bản được viện dẫn): `Quyết định số 205/QĐ-UBND ngày 21/01/2022
 * của UBND thị xã Đức Phổ`, `Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị`. Offsets refer to
 * the normalised text (see {@link normalizeDocumentText}).
 */
export interface DocumentReference {
  /**
   * `numbered` (cited by number and symbol) or `named` (a law cited by its title, `Luật … năm
   * 2018`, possibly followed by `số 77/2015/QH13`).
   */
  readonly kind: 'numbered' | 'named';
  /**
   * `party` for a document of the Party (or of the Youth Union) — a symbol in the Party's grammar
   * (`09-NQ/TU`), or a Party body's document written in the state form (`217/QĐ-TW` of the Ban
   * Chấp hành Trung ương Đảng); `state` otherwise.
   */
  readonly system: 'state' | 'party';
  /** Start offset in the normalised text. */
  readonly start: number;
  /** End offset (exclusive) in the normalised text. */
  readonly end: number;
  /** The cited span of the normalised text. */
  readonly text: string;
  /** The type word as written (`Quyết định`, `công văn`, `Tờ\ntrình`), or `null` when the symbol stands alone. */
  readonly typeWord: string | null;
  /** The type named by the type word, or `null` (no type word, or the generic `văn bản`). */
  readonly typeId: DocumentTypeId | null;
  /** Number and symbol as written (`06/QĐ - UBND`), or `null` for a law cited by title alone. */
  readonly numberSymbol: string | null;
  /** The parsed symbol, or `null` when it cannot be read (a blank number, `Số: /BC-UBND`). */
  readonly symbol: DocumentSymbol | null;
  /** The canonical form of the symbol (`06/QĐ-UBND`, `05-CT/TW`, `61/2018/NĐ-CP` for `61/2018/NĐCP`), or `null`. */
  readonly canonicalSymbol: string | null;
  /** The title of a named law (`phòng chống tham nhũng`), else `null`. */
  readonly title: string | null;
  /** The year of a named law (`năm 2018`), else `null`. */
  readonly year: number | null;
  /** Date of the document (`ngày 05/4/2022` → `2022-04-05`), or `null` when not stated or impossible. */
  readonly date: LocalDate | null;
  /** The date as written, or `null`. */
  readonly dateText: string | null;
  /**
   * Issuing body stated with the citation, runs of whitespace collapsed to one space: after `của`
   * (`UBND thị xã Đức Phổ`), between the type word and `số` (`Quyết định của Bộ Chính trị số …`),
   * or before `tại` (`đề nghị của Sở Y tế tại Tờ trình số …`); `null` when not stated.
   */
  readonly issuer: string | null;
  /** Problems with the citation (odd spacing, impossible date, blank number, …). */
  readonly findings: readonly DocumentFinding[];
}

/** Options of {@link findDocumentReferences}. */
export interface FindDocumentReferencesOptions {
  /** Language of finding messages (default `vi`). */
  readonly locale?: Locale;
}

/** Type words: lower-case phrase (words joined by one space) → type (or `null` for `văn bản`). */
const TYPE_WORDS: ReadonlyMap<string, DocumentTypeId | null> = (() => {
  const m = new Map<string, DocumentTypeId | null>();
  const add = (name: string, id: DocumentTypeId | null): void => {
    const k = name.normalize('NFC').toLowerCase();
    if (!m.has(k)) m.set(k, id);
  };
  for (const ty of ALL_DOCUMENT_TYPES) add(ty.name, ty.id);
  for (const ty of PARTY_DOCUMENT_TYPES.types) add(ty.name, ty.id);
  for (const ty of DERIVED_TYPE_ABBREVIATIONS) add(ty.name, ty.id);
  // Older tone placement, and the names of documents that readers use as type words.
  add('bản thoả thuận', 'ban-thoa-thuan');
  add('giấy uỷ quyền', 'giay-uy-quyen');
  add('thông báo kết luận', 'thong-bao');
  add('chương trình hành động', 'chuong-trinh');
  add('chương trình phối hợp', 'chuong-trinh');
  add('quy chế phối hợp', 'quy-che');
  add('công điện khẩn', 'cong-dien');
  add('công điện hỏa tốc', 'cong-dien');
  add('công điện hoả tốc', 'cong-dien');
  add('công văn hỏa tốc', 'cong-van');
  add('công văn hoả tốc', 'cong-van');
  add('văn bản', null);
  return m;
})();
const MAX_TYPE_WORDS = 4;

const NAMED_LAW_WORDS: readonly { readonly lower: string; readonly id: DocumentTypeId }[] = [
  { lower: 'bộ luật', id: 'bo-luat' },
  { lower: 'pháp lệnh', id: 'phap-lenh' },
  { lower: 'luật', id: 'luat' },
];

/** Words that end an issuer whatever their case (the subject matter or the clause starts). */
const ISSUER_STOP = new Set([
  'về',
  'ngày',
  'v/v',
  'tại',
  'theo',
  'để',
  'nhằm',
  'trong',
  'đối',
  'đã',
  'được',
  'thì',
  'nay',
  'hướng',
  'quy',
  'sửa',
  'bổ',
  'bãi',
  'thay',
  'phê',
  'ký',
  'gửi',
  'là',
  'có',
  'với',
  'cho',
  'ở',
  'từ',
  'trên',
  'số',
  'năm',
  'khi',
  'yêu',
]);

/** Lower-case words that may follow another lower-case word inside the name of a body. */
const ISSUER_LOWER = new Set([
  'nhân',
  'dân',
  'tỉnh',
  'huyện',
  'xã',
  'phường',
  'thị',
  'trấn',
  'thành',
  'phố',
  'quận',
  'đặc',
  'khu',
  'ủy',
  'uỷ',
  'ban',
  'hội',
  'đồng',
  'chính',
  'trị',
  'phủ',
  'hành',
  'công',
  'tâm',
  'vụ',
  'quốc',
  'gia',
  'trung',
  'ương',
  'nông',
  'thôn',
  'nghiệp',
  'cấp',
  'khóa',
  'khoá',
  'thường',
  'trực',
  'chuyên',
  'trách',
  'cải',
  'cách',
  'thủ',
  'tục',
  'tác',
  'liên',
  'ngành',
  'sở',
  'bộ',
  'phòng',
  'văn',
  'tướng',
  'chủ',
  'tịch',
  'đảng',
]);

/** Lower-case words that may begin an issuer (text written all in lower case). */
const ISSUER_HEAD_LOWER = new Set([
  'bộ',
  'ủy',
  'uỷ',
  'ban',
  'sở',
  'hội',
  'văn',
  'thủ',
  'chính',
  'quốc',
  'tỉnh',
  'huyện',
  'đảng',
  'ubnd',
  'hđnd',
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

/** Party bodies whose documents are sometimes written in the state form (`217/QĐ-TW`). */
const PARTY_ISSUER_CODES = new Set(['TW', 'TU', 'HU', 'ĐU', 'TWĐTN']);
const PARTY_ISSUER_WORDS = [
  'đảng',
  'bộ chính trị',
  'ban bí thư',
  'tỉnh ủy',
  'tỉnh uỷ',
  'huyện ủy',
  'huyện uỷ',
  'thành ủy',
  'thành uỷ',
  'ban chấp hành trung ương',
];

const MAX_ISSUER_WORDS = 22;
const MAX_TITLE_WORDS = 12;
const MAX_BLANKS = 8;
const MAX_PAREN = 80;

function isWordChar(c: string | undefined): boolean {
  return isLetter(c) || isDigit(c);
}

function startsUpper(s: string, i: number): boolean {
  const c = s[i];
  return isLetter(c) && c === c!.toUpperCase();
}

/** Any whitespace: spaces, tabs, line breaks. */
function isBlank(c: string | undefined): boolean {
  return (
    c === ' ' ||
    c === '\t' ||
    c === '\n' ||
    c === '\r' ||
    c === '\f' ||
    c === '\v' ||
    c === '\u00A0' ||
    c === '\u2028' ||
    c === '\u2029'
  );
}

function collapse(t: string): string {
  // Runs of non-blank text sliced whole and joined by one space (linear, few allocations).
  const parts: string[] = [];
  let run = -1;
  for (let i = 0; i < t.length; i++) {
    if (isBlank(t[i]!)) {
      if (run >= 0) parts.push(t.slice(run, i));
      run = -1;
    } else if (run < 0) run = i;
  }
  if (run >= 0) parts.push(t.slice(run));
  return parts.join(' ');
}

/** Case-insensitive match of `word` (lowercase) starting at `start`, on word boundaries. */
function matchAt(s: string, start: number, word: string): boolean {
  if (start + word.length > s.length) return false;
  for (let k = 0; k < word.length; k++) {
    if (s[start + k]!.toLowerCase() !== word[k]) return false;
  }
  return !isWordChar(s[start + word.length]);
}

/** "ngày" before a date, also glued to it as sources sometimes write it (`ngày30/7/2020`). */
function matchNgay(s: string, start: number): boolean {
  if (matchAt(s, start, 'ngày')) return true;
  if (!matchAt(s.slice(start, start + 4), 0, 'ngày')) return false;
  const c = s.charCodeAt(start + 4);
  return c >= 48 && c <= 57;
}

function skipBlanksBack(s: string, i: number, max = MAX_BLANKS): number {
  let k = 0;
  while (k < max && isBlank(s[i - 1 - k])) k++;
  return i - k;
}

function skipBlanks(s: string, i: number, max = MAX_BLANKS): number {
  let k = 0;
  while (k < max && isBlank(s[i + k])) k++;
  return i + k;
}

interface Word {
  readonly start: number;
  readonly end: number;
  readonly lower: string;
}

/**
 * Up to `max` words (letter runs) ending before `end`, separated only by whitespace, nearest first.
 * Bounded by `max` and {@link MAX_BLANKS}.
 */
function prevWords(s: string, end: number, max: number): Word[] {
  const out: Word[] = [];
  let p = end;
  for (let k = 0; k < max; k++) {
    const q = skipBlanksBack(s, p);
    if (k > 0 && q === p) break;
    let b = q;
    while (b > 0 && q - b < 40 && isLetter(s[b - 1])) b--;
    if (b === q || isLetter(s[b - 1])) break;
    out.push({ start: b, end: q, lower: s.slice(b, q).toLowerCase() });
    p = b;
  }
  return out;
}

/** The longest type word ending at `end` (after trailing blanks are skipped). */
function typeWordBefore(
  s: string,
  end: number,
): { start: number; end: number; typeId: DocumentTypeId | null } | null {
  const words = prevWords(s, end, MAX_TYPE_WORDS);
  for (let n = words.length; n >= 1; n--) {
    const phrase = words
      .slice(0, n)
      .reverse()
      .map((w) => w.lower)
      .join(' ');
    if (TYPE_WORDS.has(phrase)) {
      return { start: words[n - 1]!.start, end: words[0]!.end, typeId: TYPE_WORDS.get(phrase) ?? null };
    }
  }
  return null;
}

/** `số` (or `số:`) ending just before `at`, possibly glued to the number (`số31`). */
function soBefore(s: string, at: number): number {
  let i = skipBlanksBack(s, at);
  if (s[i - 1] === ':') i = skipBlanksBack(s, i - 1);
  if (i < 2) return -1;
  if (s[i - 1] !== 'ố' && s[i - 1] !== 'Ố') return -1;
  if (s[i - 2] !== 's' && s[i - 2] !== 'S') return -1;
  if (isLetter(s[i - 3])) return -1;
  return i - 2;
}

/** A citation starts at `p`: a type word, then `số` or a number. */
function citationStartsAt(s: string, p: number): boolean {
  let q = p;
  const parts: string[] = [];
  for (let k = 0; k < MAX_TYPE_WORDS; k++) {
    let e = q;
    while (isLetter(s[e]) && e - q < 40) e++;
    if (e === q) break;
    parts.push(s.slice(q, e).toLowerCase());
    const r = skipBlanks(s, e);
    if (TYPE_WORDS.has(parts.join(' '))) {
      if (isDigit(s[r]) || matchAt(s, r, 'số')) return true;
    }
    if (r === e) break;
    q = r;
  }
  return false;
}

/** Read a word (letters and digits, with inner `.`/`&`/`/`) starting at `i`. */
function wordEnd(s: string, i: number): number {
  let e = i;
  while (
    isWordChar(s[e]) ||
    ((s[e] === '.' || s[e] === '&' || s[e] === '/') && isWordChar(s[e + 1]) && e > i)
  )
    e++;
  return e;
}

/**
 * An issuing body starting at `i`: capitalised words and abbreviations, the lower-case syllables
 * of their names (`Ủy ban nhân dân tỉnh`, `Bộ Nông nghiệp và Phát triển nông thôn`), joined by
 * `và`, `của` or a dash before another capitalised word; it ends at the subject matter (`về`,
 * a verb, punctuation) and never runs into the next citation. Bounded by {@link MAX_ISSUER_WORDS}.
 */
function readIssuer(s: string, i: number, commas = true): { text: string; end: number } | null {
  let p = i;
  let end = i;
  let words = 0;
  let prevCap = false;
  let prevLower = '';
  while (words < MAX_ISSUER_WORDS) {
    const c = s[p];
    if (isWordChar(c)) {
      const e = wordEnd(s, p);
      const w = s.slice(p, e).toLowerCase();
      const cap = startsUpper(s, p);
      if (words === 0) {
        if (!cap && !ISSUER_HEAD_LOWER.has(w)) return null;
      } else {
        const next = skipBlanks(s, e);
        // "Ủy ban Dân số": "số" ends the issuer only before a number.
        const nameSyllable =
          w === 'số' && !cap && !isDigit(s[next]) && s[next] !== ':' && slashAt(s[next]) === 0;
        if (!nameSyllable && ISSUER_STOP.has(w)) break;
        if (w === 'ban' && matchAt(s, next, 'hành')) break;
        if (w === 'công' && matchAt(s, next, 'bố')) break;
        if (w === 'và' || w === 'của') {
          if (!startsUpper(s, next) || citationStartsAt(s, next)) break;
          p = next;
          prevCap = false;
          prevLower = w;
          continue;
        }
        if (isDigit(c)) {
          if (prevLower !== 'khóa' && prevLower !== 'khoá') break;
        } else if (cap) {
          if (citationStartsAt(s, p)) break;
        } else if (!prevCap && !ISSUER_LOWER.has(w)) break;
      }
      words++;
      end = e;
      prevCap = cap;
      prevLower = w;
      p = skipBlanks(s, e);
    } else if (dashAt(c) !== 0 && words > 0) {
      const q = skipBlanks(s, p + 1);
      if (!startsUpper(s, q) || citationStartsAt(s, q)) break;
      p = q;
    } else if (c === ',' && commas && words > 0) {
      // Names with a comma: "Bộ Lao động, Thương binh và Xã hội", "Bộ Văn hóa, Thể thao và Du lịch".
      const q = skipBlanks(s, p + 1);
      if (!startsUpper(s, q) || citationStartsAt(s, q)) break;
      const tail = readIssuer(s, q, false);
      if (tail === null || !/^\S+(?: \S+)? và /u.test(tail.text)) break;
      p = q;
    } else break;
  }
  if (words === 0) return null;
  return { text: collapse(s.slice(i, end)), end };
}

function readInt(s: string, i: number, maxLen: number): { value: string; end: number } | null {
  let e = i;
  while (e - i < maxLen + 1 && isDigit(s[e])) e++;
  if (e === i || e - i > maxLen) return null;
  return { value: s.slice(i, e), end: e };
}

/** A date after "ngày": `05/4/2022`, `05 / 4 /2022`, `05-4-2022`, `05.4.2022` or `05 tháng 01 năm 2022` (any whitespace). */
function readDate(s: string, i: number): { text: string; iso: string; end: number } | null {
  const d = readInt(s, i, 2);
  if (!d) return null;
  let p = skipBlanks(s, d.end, 2);
  const sep = s[p];
  if (sep === '/' || sep === '-' || sep === '.') {
    const m = readInt(s, skipBlanks(s, p + 1, 2), 2);
    if (!m) return null;
    p = skipBlanks(s, m.end, 2);
    if (s[p] !== sep) return null;
    const y = readInt(s, skipBlanks(s, p + 1, 2), 4);
    if (y?.value.length !== 4) return null;
    return {
      text: s.slice(i, y.end),
      iso: `${y.value}-${m.value.padStart(2, '0')}-${d.value.padStart(2, '0')}`,
      end: y.end,
    };
  }
  p = skipBlanks(s, d.end);
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

interface Pending {
  date: { text: string; iso: string } | null;
  issuer: string | null;
  end: number;
}

const LEVEL_WORDS = ['tỉnh', 'huyện', 'xã'];
const MAX_DATE_LIKE = 30;

/** Skip an unreadable date after "ngày" (`ngày   /  /2023`, `ngày 31/02/`): digits, separators, `tháng`, `năm`. */
function skipDateLike(s: string, i: number): number {
  let p = i;
  while (p - i < MAX_DATE_LIKE) {
    const c = s[p];
    if (isDigit(c) || isBlank(c) || c === '/' || c === '.' || c === '-') p++;
    else if (matchAt(s, p, 'tháng')) p += 5;
    else if (matchAt(s, p, 'năm')) p += 3;
    else break;
  }
  return p;
}

/** Date and issuer after a citation, in either order. Bounded work. */
function lookAhead(s: string, from: number): Pending {
  const out: Pending = { date: null, issuer: null, end: from };
  let p = from;
  for (let round = 0; round < 2; round++) {
    let q = skipBlanks(s, p);
    if (s[q] === ',') q = skipBlanks(s, q + 1);
    if (round === 0) {
      // "Nghị quyết 10/2016/NQ-HĐND tỉnh ngày …": the level of the issuing council.
      for (const lw of LEVEL_WORDS) {
        if (matchAt(s, q, lw)) {
          const r = skipBlanks(s, q + lw.length);
          if (matchAt(s, r, 'ngày') || matchAt(s, r, 'của')) q = r;
          break;
        }
      }
    }
    if (out.date === null && matchNgay(s, q)) {
      const r = readDate(s, skipBlanks(s, q + 4));
      if (r) {
        out.date = r;
        out.end = r.end;
        p = r.end;
        continue;
      }
      // An unreadable date does not hide the issuer after it.
      const skipped = skipDateLike(s, q + 4);
      const c = skipBlanks(s, s[skipped] === ',' ? skipped + 1 : skipped);
      if (out.issuer === null && (matchAt(s, c, 'của') || matchAt(s, c, 'giữa'))) {
        p = skipped;
        continue;
      }
    }
    if (out.issuer === null && (matchAt(s, q, 'của') || matchAt(s, q, 'giữa'))) {
      // "giữa" introduces the parties of a joint document: "… giữa UBND xã và Ủy ban MTTQ xã".
      const r = readIssuer(s, skipBlanks(s, q + (matchAt(s, q, 'của') ? 3 : 4)));
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

interface Back {
  start: number;
  typeWord: string | null;
  typeId: DocumentTypeId | null;
  so: boolean;
  issuer: string | null;
}

const MAX_ISSUER_BACK = 240;

/**
 * The issuer before `tại` that ends just before `at` (`đề nghị của Sở Y tế tại Tờ trình …`, or in a
 * list `…; Sở Tài nguyên và Môi trường tại …`). A garbled type word between `tại` and `số` is
 * skipped when `skipOne`. Bounded by {@link MAX_ISSUER_BACK} characters.
 */
function issuerBeforeTai(s: string, at: number, skipOne: boolean): string | null {
  let tw = prevWords(s, at, 1)[0];
  if (tw?.lower !== 'tại' && skipOne && tw) tw = prevWords(s, tw.start, 1)[0];
  if (tw?.lower !== 'tại') return null;
  let e = skipBlanksBack(s, tw.start);
  if (s[e - 1] === ')') {
    let k = e - 2;
    while (k >= 0 && e - k < MAX_PAREN && s[k] !== '(' && s[k] !== ')') k--;
    if (s[k] !== '(') return null;
    e = skipBlanksBack(s, k);
  }
  // Walk back to "của" or ";" within the clause.
  let k = e;
  let startAt = -1;
  while (k > 0 && e - k < MAX_ISSUER_BACK) {
    const ch = s[k - 1]!;
    if (ch === ';') {
      startAt = skipBlanks(s, k);
      break;
    }
    if (ch === '.' || ch === ':' || ch === '(' || ch === ')' || ch === '“' || ch === '”' || ch === '"') break;
    if (isLetter(ch)) {
      let b = k - 1;
      while (b > 0 && isLetter(s[b - 1])) b--;
      if (s.slice(b, k).toLowerCase() === 'của' && !isWordChar(s[b - 1])) {
        startAt = skipBlanks(s, k);
        break;
      }
      k = b;
      continue;
    }
    k--;
  }
  if (startAt < 0 || startAt >= e) return null;
  const r = readIssuer(s, startAt);
  if (r === null || r.end !== e) return null;
  return r.text;
}

/** Type word, `số` and a stated issuer before a symbol that starts at `at`. Bounded work. */
function lookBack(s: string, at: number): Back {
  const out: Back = { start: at, typeWord: null, typeId: null, so: false, issuer: null };
  const soStart = soBefore(s, at);
  let i: number;
  if (soStart >= 0) {
    out.so = true;
    out.start = soStart;
    i = soStart;
  } else {
    i = skipBlanksBack(s, at);
    if (s[i - 1] === ':') return out;
  }
  const tw = typeWordBefore(s, i);
  if (tw) {
    out.start = tw.start;
    out.typeWord = s.slice(tw.start, tw.end);
    out.typeId = tw.typeId;
  } else if (out.so) {
    // "Quyết định của Bộ Chính trị số31-QĐ/TW": the issuer between the type word and "số".
    const words = prevWords(s, i, MAX_ISSUER_WORDS);
    for (let k = 1; k < words.length; k++) {
      if (words[k]!.lower !== 'của') continue;
      const t = typeWordBefore(s, words[k]!.start);
      const r = readIssuer(s, words[k - 1]!.start);
      if (t && r && r.end === words[0]!.end) {
        out.start = t.start;
        out.typeWord = s.slice(t.start, t.end);
        out.typeId = t.typeId;
        out.issuer = r.text;
      }
      break;
    }
  }
  if (out.issuer === null) out.issuer = issuerBeforeTai(s, out.start, out.typeWord === null && out.so);
  return out;
}

function typeMatches(typeId: DocumentTypeId, typeCode: string, party: boolean): boolean {
  if (party) {
    // A Party "Quy định" is written QĐi or, as the Politburo's regulations are, QĐ (144-QĐ/TW).
    if (typeId === 'quy-dinh' && typeCode === 'QĐ') return true;
    return PARTY_DOCUMENT_TYPES.types.some((t) => t.id === typeId && t.abbreviation === typeCode);
  }
  return (
    ALL_DOCUMENT_TYPES.some((t) => t.id === typeId && t.abbreviation === typeCode) ||
    DERIVED_TYPE_ABBREVIATIONS.some((t) => t.id === typeId && t.abbreviation === typeCode)
  );
}

function isPartyIssuerText(issuer: string | null): boolean {
  if (issuer === null) return false;
  const l = issuer.toLowerCase();
  return PARTY_ISSUER_WORDS.some((w) => l.includes(w));
}

function buildNumbered(
  s: string,
  symStart: number,
  symEnd: number,
  raw: RawSymbol,
  back: Back,
  locale: Locale,
): DocumentReference {
  const numberSymbol = s.slice(symStart, symEnd);
  const interpreted = interpretSymbol(raw, numberSymbol, locale);
  let value = interpreted.value;
  const ahead = lookAhead(s, symEnd);
  const all = [...interpreted.findings];
  let date: LocalDate | null = null;
  if (ahead.date) {
    if (isLocalDate(ahead.date.iso)) date = ahead.date.iso;
    else all.push(finding('vn.document.impossible_date', 'warning', { date: ahead.date.text }, locale));
  }
  const issuer = ahead.issuer ?? back.issuer;
  if (
    value !== null &&
    value.system === undefined &&
    value.year === null &&
    value.typeCode !== null &&
    value.issuer !== null &&
    PARTY_ISSUER_CODES.has(value.issuer) &&
    lookupPartyTypeAbbreviation(value.typeCode) !== null &&
    isPartyIssuerText(issuer)
  ) {
    // A Party document written in the state form: "Quyết định số 217/QĐ-TW … của Ban Chấp hành Trung ương Đảng".
    const party: DocumentSymbol = { ...value, kind: 'administrative', system: 'party' };
    all.push(
      finding(
        'vn.document.party_state_form',
        'warning',
        { text: numberSymbol, canonical: formatDocumentSymbol(party) },
        locale,
      ),
    );
    value = party;
  }
  const isParty = value?.system === 'party';
  if (value && back.typeId !== null && value.typeCode !== null && value.kind !== 'unknown') {
    if (!typeMatches(back.typeId, value.typeCode, isParty)) {
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
    system: isParty ? 'party' : 'state',
    start: back.start,
    end,
    text: s.slice(back.start, end),
    typeWord: back.typeWord,
    typeId: back.typeId,
    numberSymbol,
    symbol: value,
    canonicalSymbol: value === null ? null : formatDocumentSymbol(value),
    title: null,
    year: value?.year ?? null,
    date,
    dateText: ahead.date?.text ?? null,
    issuer,
    findings: all,
  };
}

/** Standalone state symbols (no "số" or type word) must be tight and have a hyphen: `28/2018/QĐ-TTg`. */
function plausibleBare(raw: RawSymbol): boolean {
  if (raw.spaced || raw.groups.length < 2 || raw.numberText === '') return false;
  const g = raw.groups[0]!;
  return g[0] === g[0]!.toUpperCase();
}

/** Standalone Party symbols must be tight, hyphenated, of a known type and an upper-case issuer: `05-CT/TW`. */
function plausibleBareParty(raw: RawSymbol): boolean {
  if (raw.spaced || raw.partySeparator !== 'hyphen' || raw.partyNoIssuer) return false;
  const type = raw.groups[0]!;
  const issuer = raw.groups[1]!;
  return lookupPartyTypeAbbreviation(type)?.exact === true && issuer === issuer.toUpperCase();
}

function readNamedLaw(s: string, i: number, locale: Locale): DocumentReference | null {
  let word: (typeof NAMED_LAW_WORDS)[number] | null = null;
  for (const w of NAMED_LAW_WORDS) {
    if (s[i] === w.lower[0]!.toUpperCase() && matchAt(s, i, w.lower)) {
      word = w;
      break;
    }
  }
  if (!word || isLetter(s[i - 1])) return null;
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
  const title = collapse(s.slice(titleStart, titleEnd));
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
    system: 'state',
    start: i,
    end,
    text: s.slice(i, end),
    typeWord: s.slice(i, typeEnd),
    typeId: word.id,
    numberSymbol,
    symbol,
    canonicalSymbol: symbol === null ? null : formatDocumentSymbol(symbol),
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
 * its type word, number and symbol, date and issuing body where stated, in text order, and whether
 * it is a state or a Party document.
 *
 * It reads state symbols (`205/QĐ-UBND`, `07/2021/NĐ-CP`, `30a/2008/NQ-CP`, blank numbers
 * `Số: /BC-UBND`) and Party symbols (`Nghị quyết số 09-NQ/TU`, `Chỉ thị 05 – CT/TW`,
 * `chỉ thị số 03-ct/tw`, `Quy định 08-QĐi/TW`, `Công văn 11997-CV/VPTW`), with the irregular forms
 * {@link parseDocumentSymbol} accepts; type words of every table, the generic `văn bản` and the
 * names readers use (`Báo cáo thẩm định`, `Công điện khẩn`, `Văn bản hợp nhất`, `Thông báo kết luận`,
 * `Chương trình hành động`); whitespace of any kind, line breaks included, inside the citation
 * (`Tờ\ntrình số …`, `ngày 23 tháng\n4 năm 2018`, `của Ủy ban nhân\ndân tỉnh`); issuers after `của`
 * (after the symbol or the date, in either order), between the type word and `số` (`Quyết định của
 * Bộ Chính trị số31-QĐ/TW`) and before `tại` (`đề nghị của Sở Y tế tại Tờ trình số …`). An issuer ends
 * where the subject matter starts and never runs into the next citation (`… của Tỉnh ủy và Chỉ thị
 * 05-CT/TU …` is two citations). Laws cited by title (`Luật phòng chống tham nhũng năm 2018`) are
 * found too.
 *
 * The text is normalised (NFC, forms of Đ) and read by a single left-to-right scanner: every
 * look-back and look-ahead is bounded by a constant, so time grows linearly with the length of the
 * text; no regular expression is applied to it. Never throws on a string.
 *
 * Legal basis: Nghị định 30/2020/NĐ-CP, Phụ lục I (thể thức số, ký hiệu, ngày tháng); Nghị định
 * 78/2025/NĐ-CP, Điều 71; Hướng dẫn 36-HD/VPTW, mục II điểm 1.3 (số và ký hiệu văn bản của Đảng).
 *
 * @param text - Any text (a report, a decision).
 * @param options - Message language.
 * @returns The references, in the order they appear.
 * @throws TypeError never; a non-string is converted with `String()`.
 * @example
 * findDocumentReferences('Quyết định số 205/QĐ-UBND ngày 21/01/2022 của UBND thị xã Đức Phổ về việc ...')
 * // => [{ kind: 'numbered', system: 'state', typeWord: 'Quyết định', numberSymbol: '205/QĐ-UBND', date: '2022-01-21',
 * //       issuer: 'UBND thị xã Đức Phổ', symbol: { number: 205, typeCode: 'QĐ', issuer: 'UBND', … }, … }]
 * findDocumentReferences('Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về …')[0]?.system // => 'party'
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
      const prev = s[i - 1];
      if (isDigit(prev) || (isLetter(prev) && soBefore(s, i) !== i - 2)) {
        i++;
        continue;
      }
      const party = readPartySymbolAt(s, i, true);
      if (party) {
        const back = lookBack(s, i);
        const typed = back.so || back.typeWord !== null;
        if (typed || plausibleBareParty(party)) {
          const ref = buildNumbered(s, i, party.end, party, back, locale);
          out.push(ref);
          i = Math.max(ref.end, i + 1);
          continue;
        }
      }
      const raw = readSymbolAt(s, i, true);
      if (raw && raw.groups.length > 0 && startsUpper(raw.groups[0]!, 0)) {
        const back = lookBack(s, i);
        if (back.so || back.typeWord !== null || plausibleBare(raw)) {
          const ref = buildNumbered(s, i, raw.end, raw, back, locale);
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
    if (slashAt(c) !== 0 && !isDigit(s[i - 1]) && !isLetter(s[i - 1]) && soBefore(s, i) >= 0) {
      const back = lookBack(s, i);
      const raw = readSymbolAt(s, i, true);
      if (raw && raw.groups.length > 0 && startsUpper(raw.groups[0]!, 0)) {
        const ref = buildNumbered(s, i, raw.end, raw, back, locale);
        out.push(ref);
        i = Math.max(ref.end, i + 1);
        continue;
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

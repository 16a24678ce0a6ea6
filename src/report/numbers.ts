import { typeError } from '../_lib/errors';
import type { RoundingMode } from '../_lib/exact';
import { formatNumber, formatRatio, type NumberLocale } from '../core/format';
import type { Ratio } from '../core/ratio';
import { normalizeDocumentText } from '../document/normalize';
import { findDocumentReferences } from '../document/references';

/**
 * Which separator convention to assume when a number's shape allows two readings.
 *
 * - `auto` (default): the Vietnamese reading (`.` groups thousands, `,` marks decimals, the way
 *   administrative reports print numbers) is the value, and a shape that also has another reading
 *   says so: `3.971` is 3971 with `ambiguous: true` and both readings; a dot that can be neither a
 *   thousands group nor a plausible decimal point (`3227.885`, `257.7575`) is flagged: no value,
 *   `reason: 'malformed-grouping'`, the decimal reading kept in `readings`.
 * - `strict`: no value for a shape with two readings (`3.971` → `value: null`, both readings).
 * - `vi`: the Vietnamese convention, decided: `3.971` is 3971, `37,230` is 37.23, not ambiguous;
 *   malformed groupings are flagged as under `auto`.
 * - `en`: `,` groups thousands and `.` marks decimals.
 *
 * A shape that allows one reading only is read that way under every convention: `98.81%` (two
 * digits after the dot cannot be a thousands group) is 98.81 even under `vi`.
 *
 * @example
 * parseVietnameseNumber('37,230', { convention: 'vi' })?.value // => '37.23'
 */
export type NumberConvention = 'auto' | 'strict' | 'vi' | 'en';

/**
 * Options of {@link parseVietnameseNumber} and {@link findNumbers}.
 *
 * @example
 * parseVietnameseNumber('1.171', { convention: 'vi' })?.number // => 1171 (a dot groups thousands)
 * parseVietnameseNumber('1.171', { convention: 'en' })?.number // => 1.171
 */
export interface ParseVietnameseNumberOptions {
  /** Separator convention for ambiguous shapes (default `auto`: the Vietnamese reading, ambiguity reported). */
  readonly convention?: NumberConvention;
}

/**
 * What a printed number states: a count, a number with decimals, a percentage or a fraction.
 *
 * @example
 * parseVietnameseNumber('3,3%')?.kind // => 'percent'
 */
export type VietnameseNumberKind = 'count' | 'decimal' | 'percent' | 'fraction';

/**
 * Which side a hedge bounds the true figure from: `lower` (it is at least / above the printed one:
 * `trên`, `hơn`, `ít nhất`, `tối thiểu`, `… trở lên`), `upper` (at most / below: `dưới`, `gần`,
 * `tối đa`, `không quá`, `lên tới`, `… trở xuống`), or `about` (`khoảng`, `xấp xỉ`, `ước`).
 *
 * @example
 * parseVietnameseNumber('trên 50%')?.hedge?.bound // => 'lower'
 */
export type NumberHedgeBound = 'lower' | 'upper' | 'about';

/**
 * A hedge printed with a number (từ chỉ mức độ: `gần 1.300`, `trên 500`, `tối đa 40 triệu`).
 *
 * @example
 * parseVietnameseNumber('gần 1.300')?.hedge // => { word: 'gần', bound: 'upper', inclusive: false, approximate: true }
 */
export interface NumberHedge {
  /** The hedge as printed (`gần`, `không quá`, `trở lên`). */
  readonly word: string;
  /** The side it bounds. */
  readonly bound: NumberHedgeBound;
  /** `true` when the printed figure itself is allowed (`tối đa`, `ít nhất`); `false` for `trên`, `dưới`, `gần`. */
  readonly inclusive: boolean;
  /** `true` when the figure is an estimate (`khoảng`, `gần`, `ngót`, `ước`). */
  readonly approximate: boolean;
}

/**
 * The values a printed figure allows, as exact decimal strings (`null` for an open end): a range
 * (`từ 5 đến 7`, `7,5 - 8,0%`) or a bound (`trên 50%` → `(50, ∞)`).
 *
 * @example
 * parseVietnameseNumber('5–7%')?.interval // => { low: '5', high: '7', lowInclusive: true, highInclusive: true }
 */
export interface NumberInterval {
  /** Lower end, or `null` when unbounded. */
  readonly low: string | null;
  /** Upper end, or `null` when unbounded. */
  readonly high: string | null;
  /** Whether the lower end is allowed. */
  readonly lowInclusive: boolean;
  /** Whether the upper end is allowed. */
  readonly highInclusive: boolean;
}

/**
 * A change stated with the number: `tăng 02 hộ` (`increase`), `giảm 1,2%` (`decrease`). The value
 * stays the printed magnitude.
 *
 * @example
 * parseVietnameseNumber('giảm 1,2%')?.change // => 'decrease'
 */
export type NumberChange = 'increase' | 'decrease';

/**
 * Why a number could not be read without guessing: a malformed thousands grouping
 * (`3227.885`, `257.7575`, `1.2.3`), a year glued to the next figure (`năm 2020230 hộ`), or, under
 * `convention: 'strict'` only, a string with two readings (`1.171`) and no rule to choose.
 *
 * @example
 * parseVietnameseNumber('257.7575')?.reason // => 'malformed-grouping'
 * parseVietnameseNumber('1.171', { convention: 'strict' })?.reason // => 'ambiguous'
 */
export type NumberReason = 'malformed-grouping' | 'glued-year' | 'ambiguous';

/**
 * One way of reading a printed number.
 *
 * @example
 * parseVietnameseNumber('1.171')?.readings[1] // => { value: '1.171', decimals: 3, decimalMark: '.', … }
 */
export interface NumberReading {
  /** The value as an exact decimal string with `.` as the decimal mark and no grouping (`"3971"`, `"37.23"`), after the scale word. */
  readonly value: string;
  /** The same value as a JavaScript number. */
  readonly number: number;
  /** Decimal places as printed, before any scale word (`3,45 %` → 2, `37,230 triệu` read as a decimal → 3). */
  readonly decimals: number;
  /** The separator read as the thousands group mark (a space for `93 826`), or `null`. */
  readonly groupSeparator: '.' | ',' | ' ' | null;
  /** The separator read as the decimal mark, or `null`. */
  readonly decimalMark: '.' | ',' | null;
  /** `percent`; `decimal` when printed with decimals (or not whole after the scale word); else `count`. */
  readonly kind: Exclude<VietnameseNumberKind, 'fraction'>;
}

/**
 * A printed number read as a report prints it (số liệu như báo cáo ghi).
 *
 * When the shape allows more than one reading, `ambiguous` is `true` and `readings` lists every
 * reading, the chosen one first; under `auto` (the default) and `vi` the Vietnamese reading is the
 * value, under `strict` the value is `null`. A number that cannot be read without guessing has
 * `value: null` and a `reason`.
 *
 * @example
 * parseVietnameseNumber('gần 1.300')
 * // => { kind: 'count', value: '1300', ambiguous: true, hedge: { word: 'gần', bound: 'upper', … }, … }
 */
export interface ParsedVietnameseNumber {
  /** The text as given. */
  readonly input: string;
  /** `count`, `decimal`, `percent` or `fraction`; for a range, the kind of its ends. */
  readonly kind: VietnameseNumberKind;
  /**
   * Exact decimal string (`"3971"`, `"3.3"` for `3,3%`, `"5650"` for `5,65 ngàn`, `"16434000000"`
   * for `16 tỷ 434 triệu`), or `null` for a fraction, a range (see `interval`), a shape without a
   * chosen reading (`strict`), or a number that cannot be read (see `reason`).
   */
  readonly value: string | null;
  /** The value as a number (a fraction's quotient), or `null` when `value` is `null` (and the quotient cannot be had). */
  readonly number: number | null;
  /**
   * Set (to `true`) when the integer part of `value` is past `Number.MAX_SAFE_INTEGER`
   * (9 007 199 254 740 991, 2^53 − 1): `number` is then only the nearest double, not the figure
   * printed (`9007199254740993` gives `number` 9007199254740992); read `value`, which is exact.
   * Absent otherwise.
   */
  readonly numberInexact?: true;
  /** Printed decimal places of the number (before the scale word), or `null` when there is no value. */
  readonly decimals: number | null;
  /** The multiplier of the scale words (`vạn` 10 000, `ngàn`/`nghìn` 1 000, `triệu`, `tỷ`, `trăm nghìn` 100 000), else 1. */
  readonly scale: number;
  /** The scale words as printed (`ngàn`, `trăm nghìn`), or `null`. */
  readonly scaleWord: string | null;
  /** `true` when the figure is an estimate (`khoảng`, `gần`, `xấp xỉ`, `ước`, `~`); bounds such as `trên`, `hơn`, `dưới` are not estimates. */
  readonly approximate: boolean;
  /** The hedge before the number as printed (`gần`), or `null`. */
  readonly qualifier: string | null;
  /** The hedge, before (`trên`) or after (`trở lên`) the number, or `null`. */
  readonly hedge: NumberHedge | null;
  /** The values the figure allows: a range, or the side a hedge opens; `null` for an exact figure or an estimate. */
  readonly interval: NumberInterval | null;
  /** A change stated with the number (`tăng`, `giảm`), or `null`. */
  readonly change: NumberChange | null;
  /** The change word as printed (`tăng thêm`), or `null`. */
  readonly changeWord: string | null;
  /**
   * The unit as written after the number and its scale words, runs of whitespace collapsed
   * (`hồ sơ`, `tạ/ha`, `đồng/người/năm`, `m2`; `%/năm` for a rate per year), or `null`.
   */
  readonly unit: string | null;
  /** The per-units of a rate (`đồng/người/năm` → `['người', 'năm']`), else empty. */
  readonly per: readonly string[];
  /** A footnote mark after the number: a digit glued to a percentage (`24%1` → `'1'`) or digits in brackets (`8.123 người[3]` → `'3'`), or `null`. */
  readonly footnote: string | null;
  /** `true` for the word for none (`không`): value `"0"`. */
  readonly none: boolean;
  /** `true` when the text allows more than one reading. */
  readonly ambiguous: boolean;
  /** Why there is no value although the text is a number, or `null`. */
  readonly reason: NumberReason | null;
  /** Every reading (one when not ambiguous; for a range or a fraction, those of its first part). */
  readonly readings: readonly NumberReading[];
  /** For a fraction (`4.561/5.650`, `115/116 ha`): the numerator. */
  readonly numerator?: ParsedVietnameseNumber;
  /** For a fraction: the denominator. */
  readonly denominator?: ParsedVietnameseNumber;
}

/**
 * A number found in running text by {@link findNumbers}, with its span.
 *
 * @example
 * findNumbers('đã tiếp nhận 3.971 hồ sơ')[0] // => { start: 13, end: 24, text: '3.971 hồ sơ', value: '3971', unit: 'hồ sơ', … }
 */
export interface FoundNumber extends ParsedVietnameseNumber {
  /** Start offset in the normalised text (see `normalizeDocumentText` of the document module). */
  readonly start: number;
  /** End offset (exclusive). */
  readonly end: number;
  /** The span as written, hedge and change words included. */
  readonly text: string;
}

// ---------------------------------------------------------------------------------------------
// Words

interface HedgeWord {
  readonly lower: string;
  readonly bound: NumberHedgeBound;
  readonly inclusive: boolean;
  readonly approximate: boolean;
}

const h = (lower: string, bound: NumberHedgeBound, inclusive: boolean, approximate: boolean): HedgeWord => ({
  lower,
  bound,
  inclusive,
  approximate,
});

/** Hedges before a number, longest first. */
const HEDGES: readonly HedgeWord[] = [
  h('không vượt quá', 'upper', true, false),
  h('khoảng gần', 'upper', false, true),
  h('ước khoảng', 'about', true, true),
  h('ước tính', 'about', true, true),
  h('ước đạt', 'about', true, true),
  h('không quá', 'upper', true, false),
  h('tối thiểu', 'lower', true, false),
  h('xấp xỉ', 'about', true, true),
  h('ít nhất', 'lower', true, false),
  h('lên tới', 'upper', true, false),
  h('lên đến', 'upper', true, false),
  h('khoảng', 'about', true, true),
  h('tối đa', 'upper', true, false),
  h('chừng', 'about', true, true),
  h('dưới', 'upper', false, false),
  h('ngót', 'upper', false, true),
  h('hơn', 'lower', false, false),
  h('trên', 'lower', false, false),
  h('gần', 'upper', false, true),
  h('ước', 'about', true, true),
];
const SYMBOL_HEDGES = new Set(['~', '∼', '～', '≈', '≤', '⩽', '≥', '⩾']);
/** The bound a hedge symbol states: `≤ 1 000 000 đồng` is at most, `≥` at least, `~` about. */
function symbolHedge(c: string): HedgeWord {
  if (c === '≤' || c === '⩽') return h(c, 'upper', true, false);
  if (c === '≥' || c === '⩾') return h(c, 'lower', true, false);
  return h(c, 'about', true, true);
}
const POSTFIX_HEDGES: readonly HedgeWord[] = [
  h('trở lên', 'lower', true, false),
  h('trở xuống', 'upper', true, false),
];
const CHANGES: readonly { readonly lower: string; readonly change: NumberChange }[] = [
  { lower: 'tăng thêm', change: 'increase' },
  { lower: 'giảm bớt', change: 'decrease' },
  { lower: 'tăng', change: 'increase' },
  { lower: 'giảm', change: 'decrease' },
];
/** After tăng/giảm these make the figure a level, not a change: `giảm còn 5%`, `tăng lên 7%`. */
const LEVEL_WORDS = ['xuống còn', 'còn', 'lên', 'xuống'];

const SCALES: readonly { readonly lower: string; readonly shift: number }[] = [
  { lower: 'nghìn', shift: 3 },
  { lower: 'ngàn', shift: 3 },
  { lower: 'vạn', shift: 4 },
  { lower: 'triệu', shift: 6 },
  { lower: 'tỷ', shift: 9 },
  { lower: 'tỉ', shift: 9 },
  { lower: 'trăm', shift: 2 },
  { lower: 'chục', shift: 1 },
];

/** Units found after a number in running text, longest first when one is a prefix of another. */
const UNITS: readonly string[] = [
  'thủ tục hành chính',
  'hồ sơ hành chính',
  'ngày làm việc',
  'hộ cận nghèo',
  'hộ nghèo',
  'hồ sơ',
  'nhân khẩu',
  'lao động',
  'đảng viên',
  'đoàn viên',
  'hội viên',
  'cán bộ',
  'công chức',
  'viên chức',
  'biên chế',
  'thủ tục',
  'văn bản',
  'thị trấn',
  'tỉnh ủy',
  'chi bộ',
  'chỉ tiêu',
  'tiêu chí',
  'mô hình',
  'công trình',
  'dự án',
  'căn nhà',
  'cây xanh',
  'doanh nghiệp',
  'đồng chí',
  'học sinh',
  'trẻ em',
  'đối tượng',
  'trường hợp',
  'lượt người',
  'giường bệnh',
  'hộ',
  'người',
  'xã',
  'phường',
  'huyện',
  'tỉnh',
  'thôn',
  'bản',
  'nhà',
  'căn',
  'con',
  'đàn',
  'ha',
  'm2',
  'm²',
  'km²',
  'km2',
  'km',
  'tấn',
  'tạ',
  'kg',
  'lít',
  'đồng',
  '₫',
  'vnđ',
  'vnd',
  'đ',
  'lần',
  'lượt',
  'ngày',
  'tháng',
  'năm',
  'giờ',
  'phút',
  'bộ',
  'cơ sở',
  'trường',
  'lớp',
  'cuộc',
  'buổi',
];

/** Words before a number that make it a label, a date part or a reference, not a figure. */
const LABEL_WORDS = new Set([
  'ngày',
  'tháng',
  'quý',
  'điều',
  'khoản',
  'điểm',
  'mục',
  'chương',
  'phần',
  'khóa',
  'khoá',
  'thứ',
  'giờ',
  'lúc',
  'số',
  'mẫu',
  'lục',
  'bước',
  'tổ',
  'thôn',
  'đợt',
  'kỳ',
  'phiên',
  'nhóm',
  'mức',
  'lộ',
  'đường',
  'bão',
  'cấp',
  'vùng',
  'độ',
  'đội',
  'xóm',
  'khu',
  'phòng',
  'lớp',
  'khối',
  'hạng',
  'loại',
  'covid',
  'quận',
  'phường',
]);

/** Document type words before a number make it a short citation (`Quyết định 119`, `Chỉ thị 05`), not a figure. */
const TYPE_WORDS_BEFORE = new Set([
  'nghị quyết',
  'quyết định',
  'nghị định',
  'quy định',
  'chỉ thị',
  'kết luận',
  'kế hoạch',
  'tờ trình',
  'chương trình',
  'thông tư',
  'hướng dẫn',
  'quy chế',
  'đề án',
  'công văn',
  'thông báo',
  'báo cáo',
]);

// ---------------------------------------------------------------------------------------------
// Characters and words

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

function isLetter(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return c.toLowerCase() !== c.toUpperCase();
}

function isBlank(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00A0' || c === '\u202F';
}

function isDash(c: string | undefined): boolean {
  return c === '-' || c === '–' || c === '—' || c === '−' || c === '‑';
}

const MAX_BLANKS = 3;

function skipBlanks(s: string, i: number, max = MAX_BLANKS): number {
  let k = 0;
  while (k < max && isBlank(s[i + k])) k++;
  return i + k;
}

/** Case-insensitive match of a lower-case phrase at `i` (single spaces match runs of blanks), on a word boundary. Returns the end or -1. */
function phraseAt(s: string, i: number, lower: string): number {
  let p = i;
  for (let k = 0; k < lower.length; k++) {
    const w = lower[k]!;
    if (w === ' ') {
      if (!isBlank(s[p])) return -1;
      p = skipBlanks(s, p);
      continue;
    }
    if (s[p] === undefined || s[p]!.toLowerCase() !== w) return -1;
    p++;
  }
  if (isLetter(s[p]) || isDigit(s[p])) return -1;
  return p;
}

// ---------------------------------------------------------------------------------------------
// Exact decimal strings

/** Strip leading zeros of an integer part, keeping one digit. */
function cleanInt(digits: string): string {
  let k = 0;
  while (k < digits.length - 1 && digits[k] === '0') k++;
  const s = digits.slice(k);
  return s === '' ? '0' : s;
}

/** Canonical exact decimal string from integer and fraction digits, times 10^shift. */
function canonical(intDigits: string, fracDigits: string, shift: number, negative: boolean): string {
  let int = intDigits;
  let frac = fracDigits;
  if (shift > 0) {
    const padded = frac.padEnd(shift, '0');
    int += padded.slice(0, shift);
    frac = padded.slice(shift);
  }
  int = cleanInt(int);
  let e = frac.length;
  while (e > 0 && frac[e - 1] === '0') e--;
  frac = frac.slice(0, e);
  const body = frac === '' ? int : `${int}.${frac}`;
  return negative && body !== '0' ? `-${body}` : body;
}

/** Sum of two non-negative exact decimal strings. */
function addDecimal(a: string, b: string): string {
  const [ai = '0', af = ''] = a.split('.');
  const [bi = '0', bf = ''] = b.split('.');
  const places = Math.max(af.length, bf.length);
  const sum = BigInt(ai + af.padEnd(places, '0')) + BigInt(bi + bf.padEnd(places, '0'));
  const digits = sum.toString().padStart(places + 1, '0');
  return canonical(digits.slice(0, digits.length - places), digits.slice(digits.length - places), 0, false);
}

// ---------------------------------------------------------------------------------------------
// Number tokens

interface RawReading {
  readonly int: string;
  readonly frac: string;
  readonly group: '.' | ',' | ' ' | null;
  readonly mark: '.' | ',' | null;
}

interface TokenReading {
  readonly readings: RawReading[];
  /** The grouping is malformed: no reading is chosen (the candidates are in `readings`). */
  readonly malformed: boolean;
}

function validGroups(parts: readonly string[]): boolean {
  const [first, ...rest] = parts;
  if (first === undefined || first.length < 1 || first.length > 3) return false;
  if (first.length > 1 && first.startsWith('0')) return false;
  if (first === '0') return false;
  return rest.length > 0 && rest.every((p) => p.length === 3);
}

/** Read a token of digits and `.`/`,` (or digit groups joined by single spaces) under a convention. */
function readToken(token: string, convention: NumberConvention): TokenReading {
  const none = { readings: [], malformed: true };
  if (token.includes(' ')) {
    const parts = token.split(' ');
    // More than four groups after the head (beyond 999 999 999 999 999) is a row of separate
    // figures, not one number.
    return validGroups(parts) && parts.length <= 5
      ? { readings: [{ int: parts.join(''), frac: '', group: ' ', mark: null }], malformed: false }
      : none;
  }
  const dots = token.split('.').length - 1;
  const commas = token.split(',').length - 1;
  if (dots === 0 && commas === 0)
    return { readings: [{ int: token, frac: '', group: null, mark: null }], malformed: false };
  if (dots > 0 && commas > 0) {
    const mark: '.' | ',' = token.lastIndexOf('.') > token.lastIndexOf(',') ? '.' : ',';
    const group: '.' | ',' = mark === '.' ? ',' : '.';
    const split = token.split(mark);
    const [intPart = '', fracPart = ''] = split;
    if (split.length !== 2 || intPart.endsWith(group)) return none;
    if (!validGroups(intPart.split(group))) return none;
    // "5,000.000 đồng" in Vietnamese text: an English decimal with three places, or a third
    // group typed with the wrong separator (5.000.000). Not read without guessing.
    if ((convention === 'auto' || convention === 'vi') && mark === '.' && fracPart.length === 3)
      return {
        readings: [{ int: intPart.split(group).join(''), frac: fracPart, group, mark }],
        malformed: true,
      };
    return {
      readings: [{ int: intPart.split(group).join(''), frac: fracPart, group, mark }],
      malformed: false,
    };
  }
  const sep: '.' | ',' = dots > 0 ? '.' : ',';
  const parts = token.split(sep);
  if (parts.some((p) => p === '')) return none;
  if (parts.length > 2) {
    return validGroups(parts)
      ? { readings: [{ int: parts.join(''), frac: '', group: sep, mark: null }], malformed: false }
      : none;
  }
  const [a = '', b = ''] = parts;
  const asDecimal: RawReading = { int: a, frac: b, group: null, mark: sep };
  if (!validGroups(parts)) {
    // A dot that is neither a thousands group nor a short decimal part: in Vietnamese text
    // "3227.885" and "257.7575" are a grouping gone wrong as likely as a decimal.
    const vietnamese = convention === 'auto' || convention === 'vi';
    if (vietnamese && sep === '.' && (b.length >= 4 || (b.length === 3 && a.length >= 4))) {
      return { readings: [asDecimal], malformed: true };
    }
    return { readings: [asDecimal], malformed: false };
  }
  const asGroup: RawReading = { int: a + b, frac: '', group: sep, mark: null };
  if (convention === 'vi') return { readings: [sep === '.' ? asGroup : asDecimal], malformed: false };
  if (convention === 'en') return { readings: [sep === ',' ? asGroup : asDecimal], malformed: false };
  return { readings: sep === '.' ? [asGroup, asDecimal] : [asDecimal, asGroup], malformed: false };
}

function toReading(raw: RawReading, shift: number, percent: boolean, negative: boolean): NumberReading {
  const value = canonical(raw.int, raw.frac, shift, negative);
  const kind: NumberReading['kind'] = percent
    ? 'percent'
    : value.includes('.') || (shift === 0 && raw.frac.length > 0)
      ? 'decimal'
      : 'count';
  return {
    value,
    number: Number(value),
    decimals: raw.frac.length,
    groupSeparator: raw.group,
    decimalMark: raw.mark,
    kind,
  };
}

/** End of a digits-and-separators token at `i` (a separator must be followed by a digit). */
function tokenEnd(s: string, i: number, spaceGroups: boolean): number {
  let p = i;
  while (isDigit(s[p])) p++;
  const head = p - i;
  let separated = false;
  for (;;) {
    if ((s[p] === '.' || s[p] === ',') && isDigit(s[p + 1])) {
      separated = true;
      p++;
      while (isDigit(s[p])) p++;
      continue;
    }
    if (
      spaceGroups &&
      head <= 3 &&
      !separated &&
      s[p] === ' ' &&
      isDigit(s[p + 1]) &&
      isDigit(s[p + 2]) &&
      isDigit(s[p + 3]) &&
      !isDigit(s[p + 4]) &&
      !((s[p + 4] === '.' || s[p + 4] === ',') && isDigit(s[p + 5]))
    ) {
      p += 4;
      continue;
    }
    break;
  }
  return p;
}

// ---------------------------------------------------------------------------------------------
// The reader

interface Part {
  readonly token: string;
  readonly readings: RawReading[];
  readonly malformed: boolean;
}

interface Core {
  end: number;
  change: NumberChange | null;
  changeWord: string | null;
  hedge: NumberHedge | null;
  qualifier: string | null;
  negative: boolean;
  first: Part;
  second: Part | null;
  /** `range` (second is the upper end) or `fraction` (second is the denominator). */
  pair: 'range' | 'fraction' | null;
  percent: boolean;
  footnote: string | null;
  shift: number;
  scaleWord: string | null;
  /** Compound amounts: `16 tỷ 434 triệu` → parts after the first, each with its shift. */
  more: { part: Part; shift: number }[];
  unit: string | null;
  none: boolean;
}

function matchHedge(s: string, i: number): { hedge: HedgeWord; word: string; end: number } | null {
  const c = s[i];
  if (c !== undefined && SYMBOL_HEDGES.has(c)) {
    return { hedge: symbolHedge(c), word: c, end: skipBlanks(s, i + 1) };
  }
  for (const w of HEDGES) {
    const e = phraseAt(s, i, w.lower);
    if (e >= 0) return { hedge: w, word: s.slice(i, e), end: skipBlanks(s, e) };
  }
  return null;
}

function readPart(
  s: string,
  i: number,
  convention: NumberConvention,
  spaceGroups: boolean,
): { part: Part; end: number } | null {
  if (!isDigit(s[i])) return null;
  const e = tokenEnd(s, i, spaceGroups);
  const token = s.slice(i, e);
  const r = readToken(token, convention);
  return { part: { token, readings: r.readings, malformed: r.malformed }, end: e };
}

function readScales(s: string, i: number): { shift: number; word: string; end: number } | null {
  let p = i;
  let shift = 0;
  let end = i;
  for (let k = 0; k < 3; k++) {
    let matched = false;
    for (const sc of SCALES) {
      const e = phraseAt(s, p, sc.lower);
      if (e >= 0) {
        shift += sc.shift;
        end = e;
        p = skipBlanks(s, e);
        matched = true;
        break;
      }
    }
    if (!matched) break;
  }
  if (end === i) return null;
  return { shift, word: s.slice(i, end), end };
}

/** Read a number at `i` (after any change and hedge words): token, range, fraction, percent, scale, compound parts. */
function readCore(
  s: string,
  i: number,
  convention: NumberConvention,
  text: boolean,
  from: boolean,
): Core | null {
  let p = i;
  let negative = false;
  if (!text && (s[p] === '-' || s[p] === '−')) {
    negative = true;
    p = skipBlanks(s, p + 1);
  } else if (!text && s[p] === '+') p = skipBlanks(s, p + 1);
  const first = readPart(s, p, convention, true);
  if (first === null) return null;
  p = first.end;
  const core: Core = {
    end: p,
    change: null,
    changeWord: null,
    hedge: null,
    qualifier: null,
    negative,
    first: first.part,
    second: null,
    pair: null,
    percent: false,
    footnote: null,
    shift: 0,
    scaleWord: null,
    more: [],
    unit: null,
    none: false,
  };
  const percentAt = (q: number): number => {
    const r = skipBlanks(s, q, 1);
    if (s[r] === '%') return r + 1;
    const e = phraseAt(s, skipBlanks(s, q), 'phần trăm');
    return e;
  };
  const q = percentAt(p);
  let percentFirst = false;
  if (q >= 0) {
    percentFirst = true;
    p = q;
  }
  // A range: "5-7%", "7,5 - 8,0%", "15 -17 biên chế", "từ 5 đến 7".
  {
    const r = skipBlanks(s, p);
    let after = -1;
    if (isDash(s[r])) after = skipBlanks(s, r + 1);
    else if (from) {
      const e = phraseAt(s, r, 'đến');
      if (e >= 0) after = skipBlanks(s, e);
    }
    if (after >= 0 && isDigit(s[after])) {
      const second = readPart(s, after, convention, true);
      if (second !== null) {
        core.second = second.part;
        core.pair = 'range';
        p = second.end;
        const pe = percentAt(p);
        if (pe >= 0) {
          core.percent = true;
          p = pe;
        } else if (percentFirst) core.percent = true;
        else if (percentFirst === false && pe < 0) core.percent = false;
      }
    }
  }
  if (core.pair === null) core.percent = percentFirst;
  // A fraction: "5/9 huyện", "33/ 31,5 ha", "1.809,5/75 triệu đồng".
  if (core.pair === null && !core.percent) {
    const r = skipBlanks(s, p, 1);
    if (s[r] === '/') {
      const d = skipBlanks(s, r + 1, 1);
      if (isDigit(s[d])) {
        const den = readPart(s, d, convention, true);
        if (den !== null && s[den.end] !== '/' && percentAt(den.end) < 0) {
          core.second = den.part;
          core.pair = 'fraction';
          p = den.end;
        } else return null;
      }
    }
  }
  if (core.percent) {
    // A footnote digit glued after the percent sign: "24%1".
    if (isDigit(s[p])) {
      let e = p;
      while (isDigit(s[e]) && e - p < 2) e++;
      if (isDigit(s[e]) || ((s[e] === '.' || s[e] === ',') && isDigit(s[e + 1]))) return null;
      core.footnote = s.slice(p, e);
      p = e;
    }
  } else {
    const sc = readScales(s, skipBlanks(s, p));
    if (sc) {
      core.shift = sc.shift;
      core.scaleWord = sc.word;
      p = sc.end;
      // Compound amounts: "16 tỷ 434 triệu", "1 tỷ 500 triệu".
      let last = sc.shift;
      for (let k = 0; k < 3 && core.pair === null; k++) {
        const r = skipBlanks(s, p);
        const part = readPart(s, r, convention, false);
        if (part === null) break;
        const sc2 = readScales(s, skipBlanks(s, part.end));
        if (sc2 === null || sc2.shift >= last) break;
        core.more.push({ part: part.part, shift: sc2.shift });
        last = sc2.shift;
        p = sc2.end;
      }
    }
  }
  core.end = p;
  return core;
}

function hedgeOf(w: HedgeWord, word: string): NumberHedge {
  return { word, bound: w.bound, inclusive: w.inclusive, approximate: w.approximate };
}

function intervalOf(value: string | null, hedge: NumberHedge | null): NumberInterval | null {
  if (value === null || hedge === null || hedge.bound === 'about') return null;
  return hedge.bound === 'lower'
    ? { low: value, high: null, lowInclusive: hedge.inclusive, highInclusive: false }
    : { low: null, high: value, lowInclusive: false, highInclusive: hedge.inclusive };
}

/** A currency unit: đồng, VNĐ, đ (`250.00 đồng/30 phút`). */
function isMoneyUnit(unit: string | null): boolean {
  if (unit === null) return false;
  const head = unit.split('/')[0]!.trim().toLowerCase();
  return head === 'đồng' || head === 'đ' || head === 'vnđ' || head === 'vnd';
}

/**
 * A dot before one or two digits after a short integer, in an amount of đồng: Vietnamese amounts
 * have no decimals, so `250.00 đồng` (beside `200.000 đồng`) is a thousands group cut short, not
 * 250. English cents after a plain integer of four or more digits or after 0 (`5999.00`,
 * `0.00 VNĐ`) stay readable.
 */
function groupCutShort(part: Part): boolean {
  const r = part.readings.length === 1 ? part.readings[0]! : null;
  if (r === null || r.mark !== '.' || r.group !== null) return false;
  return r.frac.length >= 1 && r.frac.length <= 2 && r.int.length <= 3 && r.int !== '0';
}

/** Assemble the result of a read number. */
function build(input: string, core: Core, convention: NumberConvention): ParsedVietnameseNumber {
  const unit = core.unit;
  const per =
    unit === null
      ? []
      : unit
          .split('/')
          .slice(1)
          .filter((x) => x !== '');
  const base = {
    input,
    scale: 10 ** (core.shift + 0),
    scaleWord: core.scaleWord,
    approximate: core.hedge?.approximate ?? false,
    qualifier: core.qualifier,
    hedge: core.hedge,
    change: core.change,
    changeWord: core.changeWord,
    unit,
    per,
    footnote: core.footnote,
    none: core.none,
  };
  const money =
    (convention === 'auto' || convention === 'vi') && core.scaleWord === null && isMoneyUnit(unit);
  const chosen = (
    part: Part,
  ): { reading: NumberReading | null; all: NumberReading[]; ambiguous: boolean } => {
    const all = part.readings.map((r) => toReading(r, core.shift, core.percent, core.negative));
    if (part.malformed) return { reading: null, all, ambiguous: all.length > 0 };
    if (money && groupCutShort(part)) return { reading: null, all, ambiguous: true };
    const ambiguous = all.length > 1;
    return { reading: ambiguous && convention === 'strict' ? null : (all[0] ?? null), all, ambiguous };
  };
  const malformed = (part: Part | null): boolean =>
    part?.malformed === true || (part !== null && money && groupCutShort(part));
  if (core.pair === 'fraction') {
    const part = {
      pair: null,
      second: null,
      hedge: null,
      qualifier: null,
      change: null,
      changeWord: null,
      unit: null,
      more: [],
    };
    const num = build(core.first.token, { ...core, ...part }, convention);
    const den = build(core.second!.token, { ...core, ...part, first: core.second! }, convention);
    const ambiguous = num.ambiguous || den.ambiguous;
    const reason = num.reason ?? den.reason;
    const quotient =
      num.value === null || den.value === null || den.number === 0
        ? null
        : (num.number ?? 0) / (den.number ?? 1);
    return {
      ...base,
      kind: 'fraction',
      value: null,
      number: quotient,
      decimals: null,
      interval: null,
      ambiguous,
      reason,
      readings: [],
      numerator: num,
      denominator: den,
    };
  }
  const a = chosen(core.first);
  if (core.pair === 'range') {
    const b = chosen(core.second!);
    const bad = malformed(core.first) || malformed(core.second);
    const low = bad ? null : (a.reading?.value ?? null);
    const high = bad ? null : (b.reading?.value ?? null);
    const reason: NumberReason | null = bad
      ? 'malformed-grouping'
      : (low === null || high === null) && (a.ambiguous || b.ambiguous)
        ? 'ambiguous'
        : null;
    return {
      ...base,
      kind: core.percent ? 'percent' : (a.reading?.kind ?? a.all[0]?.kind ?? 'count'),
      value: null,
      number: null,
      decimals: null,
      interval: low === null || high === null ? null : { low, high, lowInclusive: true, highInclusive: true },
      ambiguous: a.ambiguous || b.ambiguous,
      reason,
      readings: a.all,
    };
  }
  let value = a.reading?.value ?? null;
  let reason: NumberReason | null = malformed(core.first) ? 'malformed-grouping' : null;
  let ambiguous = a.ambiguous;
  for (const m of core.more) {
    const r = m.part.readings.map((x) => toReading(x, m.shift, false, false));
    if (m.part.malformed) reason = 'malformed-grouping';
    if (r.length > 1) ambiguous = true;
    const pick = m.part.malformed || (r.length > 1 && convention === 'strict') ? null : (r[0] ?? null);
    value = value === null || pick === null ? null : addDecimal(value, pick.value);
  }
  if (reason !== null) value = null;
  else if (value === null && ambiguous) reason = 'ambiguous';
  const kind = a.reading?.kind ?? a.all[0]?.kind ?? (core.percent ? 'percent' : 'count');
  const finalKind =
    core.more.length > 0 && value !== null ? (value.includes('.') ? 'decimal' : 'count') : kind;
  return {
    ...base,
    kind: finalKind,
    value,
    number: value === null ? null : Number(value),
    decimals: value === null ? null : (a.reading?.decimals ?? null),
    interval: intervalOf(value, core.hedge),
    ambiguous,
    reason,
    readings: a.all,
  };
}

function normalise(text: string): string {
  // Runs of non-blank text are sliced whole and joined by one space (not appended a character at
  // a time: a million one-character concatenations cost the collector more than linear time).
  const t = text.normalize('NFC');
  const parts: string[] = [];
  let run = -1;
  for (let i = 0; i < t.length; i++) {
    if (isBlank(t[i])) {
      if (run >= 0) parts.push(t.slice(run, i));
      run = -1;
    } else if (run < 0) run = i;
  }
  if (run >= 0) parts.push(t.slice(run));
  return parts.join(' ');
}

/** Change and hedge words before the number, from `i`. */
function readPrefix(
  s: string,
  i: number,
): {
  p: number;
  change: NumberChange | null;
  changeWord: string | null;
  hedge: { hedge: HedgeWord; word: string } | null;
  from: boolean;
} {
  let p = i;
  let change: NumberChange | null = null;
  let changeWord: string | null = null;
  for (const c of CHANGES) {
    const e = phraseAt(s, p, c.lower);
    if (e >= 0) {
      change = c.change;
      changeWord = s.slice(p, e);
      p = skipBlanks(s, e);
      break;
    }
  }
  let hedge = matchHedge(s, p);
  if (change !== null && hedge === null) {
    for (const lw of LEVEL_WORDS) {
      const e = phraseAt(s, p, lw);
      if (e >= 0) {
        change = null;
        changeWord = null;
        p = skipBlanks(s, e);
        hedge = matchHedge(s, p);
        break;
      }
    }
  }
  if (hedge) p = hedge.end;
  let from = false;
  if (hedge === null) {
    const e = phraseAt(s, p, 'từ');
    if (e >= 0) {
      from = true;
      p = skipBlanks(s, e);
    }
  }
  return {
    p,
    change,
    changeWord,
    hedge: hedge === null ? null : { hedge: hedge.hedge, word: hedge.word },
    from,
  };
}

const UNIT_TEXT = /^(?:%?\/)?[\p{L}\p{M}0-9²³₫ ./]*$/u;

/**
 * Read a number as Vietnamese reports print it (đọc số liệu trong báo cáo): `3.971` (thousands
 * grouped with a dot), `3,3%` and `3,45 %` (decimal comma), `98.81%` (a dot where only a decimal
 * reading fits), `93 826` (a space between thousands), scale words that multiply
 * (`5,65 ngàn`, `39 vạn tấn`, `9 trăm nghìn đồng`, `37,230 triệu`, `16 tỷ 434 triệu đồng`), units
 * glued or spaced (`100m2`, `100 m2`, `13.503.000.000đ`), per-unit rates (`18,9 triệu đồng/năm`,
 * `2%/năm`, `33.500.000đ/người`), hedges as bounds (`trên 500`, `dưới 3%`, `gần 1.300`, `khoảng gần`,
 * `ít nhất`, `tối đa`, `không quá`, `từ 10% trở lên`), changes (`tăng 02 hộ`, `giảm 1,2%`), the word
 * for none (`không`), ranges (`từ 5 đến 7`, `5–7%`), fractions (`4.561/5.650`, `115/116 ha`,
 * `22/23 triệu đồng`) and footnote digits (`24%1`).
 *
 * It never guesses silently: a shape with two readings (`1.171`: 1171 or 1.171?) says so
 * (`ambiguous: true`, both readings); under the default `auto` convention the Vietnamese reading is
 * the value, under `strict` there is no value. A number that cannot be read without guessing
 * (`3227.885`, `257.7575`, `1.2.3`) comes back with `value: null` and a `reason`, never as a
 * different number.
 *
 * Legal basis: none (the usage of Vietnamese reports; no regulation fixes number separators).
 *
 * @param text - The printed number, with optional change and hedge words before it and `%`,
 *   `phần trăm`, scale words or unit words after it.
 * @param options - `convention` for ambiguous shapes.
 * @returns The structured reading, or `null` when the text is not a number in these formats.
 * @throws TypeError when `text` is not a string or the convention is unknown.
 * @example
 * parseVietnameseNumber('3,3%')?.value                      // => '3.3' (kind 'percent', decimals 1)
 * parseVietnameseNumber('3.971')?.value                     // => '3971' (ambiguous: true)
 * parseVietnameseNumber('1.171', { convention: 'strict' })?.value // => null (1171 or 1.171)
 * parseVietnameseNumber('39 vạn tấn')?.value                // => '390000' (unit 'tấn')
 * parseVietnameseNumber('18,9 triệu đồng/năm')?.per         // => ['năm']
 * parseVietnameseNumber('trên 50%')?.interval               // => { low: '50', high: null, lowInclusive: false, … }
 * parseVietnameseNumber('257.7575')?.reason                 // => 'malformed-grouping'
 */
export function parseVietnameseNumber(
  text: string,
  options: ParseVietnameseNumberOptions = {},
): ParsedVietnameseNumber | null {
  const r = parseNumberText(text, options);
  return r === null || r.value === null || !pastSafeInteger(r.value) ? r : { ...r, numberInexact: true };
}

/** Whether an exact decimal string's integer part is past `Number.MAX_SAFE_INTEGER`. */
function pastSafeInteger(value: string): boolean {
  let i = value.startsWith('-') ? 1 : 0;
  while (value[i] === '0' && value[i + 1] !== undefined && value[i + 1] !== '.') i++;
  const dot = value.indexOf('.', i);
  const int = value.slice(i, dot < 0 ? value.length : dot);
  const max = String(Number.MAX_SAFE_INTEGER);
  return int.length > max.length || (int.length === max.length && int > max);
}

function parseNumberText(text: string, options: ParseVietnameseNumberOptions): ParsedVietnameseNumber | null {
  if (typeof text !== 'string') typeError(`parseVietnameseNumber expects a string, got ${typeof text}.`);
  const convention = checkConvention(options.convention);
  const s = normalise(text);
  // A year glued to the figure after it, "năm 2020230 hộ": no value, the reason given.
  if (phraseAt(s, 0, 'năm') >= 0) {
    const found = findNumbers(s, { convention });
    const only = found.length === 1 ? found[0]! : null;
    if (only !== null && only.reason === 'glued-year' && only.start === 0 && only.end === s.length) {
      const { start: _start, end: _end, text: _text, ...reading } = only;
      return { ...reading, input: text };
    }
  }
  const pre = readPrefix(s, 0);
  // The word for none: "không", "không hồ sơ".
  if (pre.hedge === null && !pre.from) {
    const e = phraseAt(s, pre.p, 'không');
    if (e >= 0) {
      const rest = s.slice(skipBlanks(s, e)).trim();
      if (rest === '' || (/^\p{L}[\p{L}\p{M} ]*$/u.test(rest) && UNITS.includes(rest.toLowerCase()))) {
        return build(
          text,
          {
            end: s.length,
            change: pre.change,
            changeWord: pre.changeWord,
            hedge: null,
            qualifier: null,
            negative: false,
            first: {
              token: '0',
              readings: [{ int: '0', frac: '', group: null, mark: null }],
              malformed: false,
            },
            second: null,
            pair: null,
            percent: false,
            footnote: null,
            shift: 0,
            scaleWord: null,
            more: [],
            unit: rest === '' ? null : rest,
            none: true,
          },
          convention,
        );
      }
    }
  }
  const core = readCore(s, pre.p, convention, false, pre.from);
  if (core === null) return null;
  let rest = s.slice(core.end).trim();
  let hedge: NumberHedge | null = pre.hedge ? hedgeOf(pre.hedge.hedge, pre.hedge.word) : null;
  for (const w of POSTFIX_HEDGES) {
    const at = rest.toLowerCase().lastIndexOf(w.lower);
    if (at >= 0 && at + w.lower.length === rest.length && (at === 0 || rest[at - 1] === ' ')) {
      if (hedge === null || pre.from) hedge = hedgeOf(w, rest.slice(at));
      rest = rest.slice(0, at).trim();
      break;
    }
  }
  // "từ" needs its other half: "từ 5 đến 7" or "từ 10% trở lên".
  if (pre.from && core.pair !== 'range' && hedge === null) return null;
  // A footnote mark after the unit: "8.123 người[3]".
  const mark = /\[(\d{1,3})\]$/.exec(rest);
  if (mark !== null && core.footnote === null) {
    core.footnote = mark[1]!;
    rest = rest.slice(0, mark.index).trim();
  }
  if (rest !== '' && (!UNIT_TEXT.test(rest) || !/[\p{L}₫]/u.test(rest))) return null;
  if (rest.startsWith('/') && !isLetter(rest[1]) && !isDigit(rest[1])) return null;
  if (core.percent && rest !== '' && !rest.startsWith('/')) {
    // "3,3%%" and other debris after a percentage.
    if (!/^\p{L}/u.test(rest)) return null;
  }
  core.change = pre.change;
  core.changeWord = pre.changeWord;
  core.hedge = hedge;
  core.qualifier = pre.hedge?.word ?? null;
  core.unit = rest === '' ? null : core.percent && rest.startsWith('/') ? `%${rest}` : rest;
  return build(text, core, convention);
}

function checkConvention(c: NumberConvention | undefined): NumberConvention {
  const convention = c ?? 'auto';
  if (convention !== 'auto' && convention !== 'strict' && convention !== 'vi' && convention !== 'en') {
    typeError(`convention must be 'auto', 'strict', 'vi' or 'en', got ${JSON.stringify(convention)}.`);
  }
  return convention;
}

// ---------------------------------------------------------------------------------------------
// Numbers in running text

function prevWord(s: string, i: number): { start: number; lower: string } | null {
  let e = i;
  let k = 0;
  while (k < MAX_BLANKS && isBlank(s[e - 1])) {
    e--;
    k++;
  }
  let b = e;
  while (b > 0 && e - b < 30 && isLetter(s[b - 1])) b--;
  if (b === e) return null;
  return { start: b, lower: s.slice(b, e).toLowerCase() };
}

/** The change and hedge words that end just before `i`, read backwards. */
function lookBackWords(s: string, i: number): ReturnType<typeof readPrefix> & { start: number } {
  // Try starts up to four words back; the first that reads forward exactly to `i` wins.
  const starts: number[] = [];
  let p = i;
  for (let k = 0; k < 4; k++) {
    const w = prevWord(s, p);
    if (w === null) break;
    starts.push(w.start);
    p = w.start;
  }
  if (SYMBOL_HEDGES.has(s[i - 1] ?? '') || SYMBOL_HEDGES.has(s[skipBackBlanks(s, i) - 1] ?? '')) {
    const at = s[i - 1] !== undefined && SYMBOL_HEDGES.has(s[i - 1]!) ? i - 1 : skipBackBlanks(s, i) - 1;
    starts.push(at);
  }
  let best: (ReturnType<typeof readPrefix> & { start: number }) | null = null;
  for (const st of starts) {
    const pre = readPrefix(s, st);
    if (pre.p === i && (pre.change !== null || pre.hedge !== null || pre.from)) best = { ...pre, start: st };
  }
  return best ?? { p: i, change: null, changeWord: null, hedge: null, from: false, start: i };
}

function skipBackBlanks(s: string, i: number): number {
  let e = i;
  let k = 0;
  while (k < MAX_BLANKS && isBlank(s[e - 1])) {
    e--;
    k++;
  }
  return e;
}

/** A unit after a number in running text: a glued word, a known unit, per-units. */
function readUnit(s: string, i: number, percent: boolean): { unit: string | null; end: number } {
  let p = i;
  let unit = '';
  if (!percent) {
    const glued = isLetter(s[p]);
    const q = glued ? p : skipBlanks(s, p);
    let found = -1;
    for (const u of UNITS) {
      const e = phraseAt(s, q, u);
      if (e >= 0) {
        found = e;
        break;
      }
    }
    if (found < 0 && glued) {
      // A short glued unit: "970con", "50,3ha", "13.503.000.000đ", "100m2".
      let e = q;
      while (isLetter(s[e]) && e - q < 6) e++;
      if (s[e] === '2' || s[e] === '3') e++;
      if (!isLetter(s[e]) && !isDigit(s[e])) found = e;
    }
    if (found >= 0) {
      unit = s.slice(q, found);
      p = found;
    }
  } else unit = '%';
  // Per-units: "/ha", "/người/năm", "/6 tháng".
  let perEnd = p;
  for (let k = 0; k < 3; k++) {
    if (s[perEnd] !== '/') break;
    let e = perEnd + 1;
    if (isDigit(s[e])) {
      while (isDigit(s[e])) e++;
      if (s[e] !== ' ') break;
      e++;
    }
    const w0 = e;
    while (isLetter(s[e]) && e - w0 < 12) e++;
    if (e === w0) break;
    if (s[e] === '2' || s[e] === '3' || s[e] === '²' || s[e] === '³') e++;
    perEnd = e;
  }
  if (perEnd > p) {
    unit += s.slice(p, perEnd);
    p = perEnd;
  }
  if (unit === '%') return { unit: null, end: i };
  return { unit: unit === '' ? null : unit.replace(/\s+/g, ' '), end: unit === '' ? i : p };
}

/**
 * Find every number in a Vietnamese text (tìm số liệu trong văn bản) and read it as
 * {@link parseVietnameseNumber} does, with its span, its unit (`hồ sơ`, `ha`, `đồng/người/năm`), its
 * hedge (`gần`, `trên`, `tối đa`, `… trở lên`) and the change it states (`tăng`, `giảm`): counts,
 * percentages, amounts with scale words, rates, ranges and fractions (`5/9 huyện`, `115/116 ha`).
 *
 * Dates (`05/4/2022`, `tháng 8/2021`), times (`16h30`), years (`năm 2019`, `2021 - 2025`), labels
 * (`Điều 14`, `khóa XIII`, `lần thứ 11`, `bão số 3`), list numbers (`2.4.`), and the numbers inside
 * document citations (`số 19/BC-UBND ngày …`) are not figures and are skipped. A year glued to the
 * figure after it (`năm 2020230 hộ`) is reported with `value: null` and `reason: 'glued-year'`.
 * A space between digit groups (`93 826 người`) is read as a thousands separator only before a unit
 * or `%`, and marked ambiguous (it may be two numbers).
 *
 * Offsets refer to the text normalised as the document module does (NFC, forms of Đ, no-break
 * spaces). Every look-around is bounded, so time is linear in the length of the text.
 *
 * @param text - Any text (a report).
 * @param options - `convention` for ambiguous shapes (default `auto`).
 * @returns The numbers in text order.
 * @throws TypeError when the convention is unknown.
 * @example
 * findNumbers('đã tiếp nhận 3.971 hồ sơ, giảm 1,2% so với cùng kỳ; gần 1.300 hộ').map((n) => [n.value, n.unit, n.change, n.hedge?.word ?? null])
 * // => [['3971', 'hồ sơ', null, null], ['1.2', null, 'decrease', null], ['1300', 'hộ', null, 'gần']]
 */
export function findNumbers(text: string, options: ParseVietnameseNumberOptions = {}): FoundNumber[] {
  const convention = checkConvention(options.convention);
  const s = normalizeDocumentText(String(text));
  const refs = findDocumentReferences(s);
  const out: FoundNumber[] = [];
  let r = 0;
  let i = 0;
  const n = s.length;
  while (i < n) {
    while (r < refs.length && refs[r]!.end <= i) r++;
    const ref = refs[r];
    if (ref !== undefined && ref.start <= i && i < ref.end) {
      i = ref.end;
      continue;
    }
    const c = s[i]!;
    if (!isDigit(c)) {
      i++;
      continue;
    }
    const prev = s[i - 1];
    // "[3]", "người,[4]": footnote marks are not figures.
    if (prev === '[') {
      const f = bracketFootnote(s, i - 1);
      if (f !== null) {
        i = f.end;
        continue;
      }
    }
    const label = isLetter(prev) ? prevWord(s, i) : null;
    const gluedLabel = label !== null && GLUED_LABELS.has(label.lower);
    if (
      isDigit(prev) ||
      (isLetter(prev) && !gluedLabel) ||
      ((prev === '.' || prev === ',' || prev === '/') && isDigit(s[i - 2])) ||
      (prev === '-' && isLetter(s[i - 2]))
    ) {
      while (isDigit(s[i])) i++;
      continue;
    }
    const found = readInText(s, i, convention, ref?.start ?? n);
    if (found === null) {
      // Skip the token.
      i = tokenEnd(s, i, false);
      while ((s[i] === '/' || s[i] === '-') && isDigit(s[i + 1])) i = tokenEnd(s, i + 1, false);
      continue;
    }
    out.push(found);
    i = Math.max(found.end, i + 1);
  }
  return out;
}

/** `[3]` at `i`: a footnote mark of one to three digits in brackets. */
function bracketFootnote(s: string, i: number): { digits: string; end: number } | null {
  if (s[i] !== '[') return null;
  let e = i + 1;
  while (isDigit(s[e]) && e - i <= 3) e++;
  if (e === i + 1 || s[e] !== ']') return null;
  return { digits: s.slice(i + 1, e), end: e + 1 };
}

/** Labels an encyclopaedia infobox glues to its figure when copied: "Tổng cộng8.123 người". */
const GLUED_LABELS = new Set(['cộng', 'tích', 'độ']);

/** A label word that heads a figure: "mật độ 378 người/km²" (a density), not "cấp độ 3". */
function isFigureLabel(s: string, before: { start: number; lower: string }): boolean {
  if (before.lower !== 'độ') return false;
  return prevWord(s, before.start)?.lower === 'mật';
}

function isYear(token: string): boolean {
  if (token.length !== 4 || !/^\d{4}$/.test(token)) return false;
  const y = Number(token);
  return y >= 1900 && y <= 2100;
}

function readInText(s: string, i: number, convention: NumberConvention, limit: number): FoundNumber | null {
  const before = prevWord(s, i);
  const plain = tokenEnd(s, i, false);
  const token = s.slice(i, plain);
  // A year glued to the figure after it: "năm 2020230 hộ".
  if (before?.lower === 'năm' && /^\d+$/.test(token)) {
    if (token.length === 4) return null;
    if (token.length >= 5 && token.length <= 9 && (token.startsWith('19') || token.startsWith('20'))) {
      const start = before.start;
      const u = readUnit(s, plain, false);
      const end = u.end;
      return {
        start,
        end,
        text: s.slice(start, end),
        input: s.slice(start, end),
        kind: 'count',
        value: null,
        number: null,
        decimals: null,
        scale: 1,
        scaleWord: null,
        approximate: false,
        qualifier: null,
        hedge: null,
        interval: null,
        change: null,
        changeWord: null,
        unit: u.unit,
        per: [],
        footnote: null,
        none: false,
        ambiguous: false,
        reason: 'glued-year',
        readings: [],
      };
    }
  }
  if (before !== null && LABEL_WORDS.has(before.lower) && !isFigureLabel(s, before)) return null;
  if (before !== null) {
    const earlier = prevWord(s, before.start);
    if (earlier !== null && TYPE_WORDS_BEFORE.has(`${earlier.lower} ${before.lower}`)) return null;
  }
  if (before?.lower === 'năm') return null;
  // Times and dates: "16h30", "05/4/2022", "30/4", "15-10", "ngày 8 đến 10-12".
  if (s[plain] === 'h' && isDigit(s[plain + 1])) return null;
  if (s[plain] === ':' && isDigit(s[plain + 1])) return null;
  // List numbers at the start of a line: "1.", "2.4. Thời gian".
  {
    let b = i;
    while (b > 0 && (s[b - 1] === ' ' || s[b - 1] === '\t')) b--;
    const lineStart = b === 0 || s[b - 1] === '\n' || s[b - 1] === '\r';
    if (
      lineStart &&
      (s[plain] === '.' || s[plain] === ')') &&
      (s[plain + 1] === ' ' || s[plain + 1] === '\n')
    )
      return null;
  }
  // A digit glued to a capitalised word is a footnote or a list mark: "1Nghị định".
  if (isLetter(s[plain]) && s[plain] === s[plain]!.toUpperCase()) return null;
  const pre = lookBackWords(s, i);
  const core = readCore(s, i, convention, true, pre.from);
  if (core === null) return null;
  let p = core.end;
  if (p > limit) return null;
  // Dates: d/m[/y], d-m-y.
  if (core.pair !== null && core.second !== null) {
    const a = core.first.token;
    const b = core.second.token;
    const simple = /^\d{1,2}$/.test(a) && /^\d{1,2}$/.test(b);
    if (s[p] === '/' || s[p] === '-' || s[p] === '.') {
      if (simple && isDigit(s[p + 1])) return null;
    }
  }
  const u = readUnit(s, p, core.percent);
  core.unit = u.unit;
  p = u.end;
  const hasUnit = core.percent || u.unit !== null || core.scaleWord !== null;
  if (core.pair === 'fraction') {
    const a = core.first.token;
    const b = core.second!.token;
    if (!hasUnit && /^\d{1,2}$/.test(a) && /^\d{1,2}$/.test(b) && Number(b) <= 12) return null;
  }
  if (core.pair === 'range') {
    if (isYear(core.first.token) && isYear(core.second!.token) && !hasUnit) return null;
    if (!hasUnit && pre.hedge === null && !pre.from) return null;
  }
  if (core.pair === null && isYear(core.first.token) && !hasUnit) return null;
  // Digit groups joined by spaces without a unit ("là 160 000."): read as one number, ambiguous.
  // Postfix hedge: "từ 10% trở lên".
  let hedge: NumberHedge | null = pre.hedge ? hedgeOf(pre.hedge.hedge, pre.hedge.word) : null;
  {
    const q = skipBlanks(s, p);
    let matched = false;
    for (const w of POSTFIX_HEDGES) {
      const e = phraseAt(s, q, w.lower);
      if (e >= 0) {
        if (hedge === null) hedge = hedgeOf(w, s.slice(q, e));
        p = e;
        matched = true;
        break;
      }
    }
    // "từ 02 xe trở lên": a counted noun outside the unit list, up to three lowercase syllables.
    if (!matched && core.unit === null && !core.percent) {
      let e = q;
      for (let k = 0; k < 3 && !matched; k++) {
        const w0 = e;
        while (isLetter(s[e]) && s[e] === s[e]!.toLowerCase() && e - w0 < 8) e++;
        if (e === w0 || isLetter(s[e])) break;
        const r = skipBlanks(s, e);
        for (const w of POSTFIX_HEDGES) {
          const f = phraseAt(s, r, w.lower);
          if (f >= 0) {
            if (hedge === null) hedge = hedgeOf(w, s.slice(r, f));
            core.unit = s.slice(q, e).replace(/\s+/g, ' ');
            p = f;
            matched = true;
            break;
          }
        }
        e = r;
      }
    }
  }
  // A footnote mark after the figure, as encyclopaedias print them: "8.123 người[3]".
  {
    const f = bracketFootnote(s, p);
    if (f !== null) {
      core.footnote = f.digits;
      p = f.end;
    }
  }
  // "giảm từ 10,85% xuống còn 1,31%": the first figure is the level it started from, not a change.
  if (pre.from && pre.change !== null) {
    const q = skipBlanks(s, p);
    if (phraseAt(s, q, 'xuống') >= 0 || phraseAt(s, q, 'lên') >= 0 || phraseAt(s, q, 'còn') >= 0) {
      pre.change = null;
      pre.changeWord = null;
    }
  }
  core.change = pre.change;
  core.changeWord = pre.changeWord;
  core.hedge = hedge;
  core.qualifier = pre.hedge?.word ?? null;
  const start = pre.change !== null || pre.hedge !== null || (pre.from && hedge !== null) ? pre.start : i;
  const spanText = s.slice(start, p);
  const built = build(spanText, core, convention);
  const ambiguous = built.ambiguous || core.first.token.includes(' ');
  return { ...built, ambiguous, start, end: p, text: spanText };
}

/**
 * Options of {@link formatReportNumber}.
 *
 * @example
 * formatReportNumber(6, { pad: true }) // => '06'
 */
export interface FormatReportNumberOptions {
  /** Decimal places (default: as many as the number has). */
  readonly decimals?: number;
  /** Pad counts from 1 to 9 with a zero (`07`, `02`), as reports often print small counts (0 stays `0`). */
  readonly pad?: boolean;
  /** `vi` (default) or `en` separators. */
  readonly locale?: NumberLocale;
}

/**
 * Format a number the way Vietnamese reports print it (viết số theo kiểu báo cáo): `3.971`,
 * `5,65`, and optionally `07` for small counts. Built on {@link formatNumber}.
 *
 * @param value - A finite number.
 * @param options - Decimals, zero padding, locale.
 * @returns The text.
 * @throws RangeError for a non-finite value or bad decimals.
 * @example
 * formatReportNumber(3971)             // => '3.971'
 * formatReportNumber(7, { pad: true }) // => '07'
 */
export function formatReportNumber(value: number, options: FormatReportNumberOptions = {}): string {
  const text = formatNumber(value, {
    locale: options.locale ?? 'vi',
    ...(options.decimals !== undefined ? { decimals: options.decimals } : {}),
  });
  return options.pad === true && Number.isInteger(value) && value > 0 && value < 10 ? `0${text}` : text;
}

/**
 * Options of {@link formatReportPercent}.
 *
 * @example
 * formatReportPercent(ratio(49, 50), { decimals: 2, trimZeros: true }) // => '98%'
 */
export interface FormatReportPercentOptions {
  /** Decimal places (default 2). */
  readonly decimals?: number;
  /** `half-up` (default) or `truncate`. */
  readonly rounding?: RoundingMode;
  /** `vi` (default, `3,3%`) or `en` (`3.3%`). */
  readonly locale?: NumberLocale;
  /** Drop trailing zeros of the decimals (`98,00%` → `98%`), as reports do. Default `false`. */
  readonly trimZeros?: boolean;
}

/**
 * Format a rate as a percentage the way reports print it (viết tỷ lệ phần trăm): `3,3%`, `7,64%`,
 * exactly rounded from the ratio's parts with {@link formatRatio}.
 *
 * @param r - The ratio.
 * @param options - Decimals (default 2), rounding, locale, trimming of trailing zeros.
 * @returns The text, or `N/A` when the denominator is 0.
 * @throws RangeError for bad decimals.
 * @example
 * formatReportPercent(ratio(99, 3000), { decimals: 1 })   // => '3,3%'
 * formatReportPercent(ratio(49, 50), { trimZeros: true }) // => '98%'
 */
export function formatReportPercent(r: Ratio, options: FormatReportPercentOptions = {}): string {
  const text = formatRatio(r, {
    decimals: options.decimals ?? 2,
    rounding: options.rounding ?? 'half-up',
    locale: options.locale ?? 'vi',
  });
  if (options.trimZeros !== true || r.denominator === 0) return text;
  const point = (options.locale ?? 'vi') === 'vi' ? ',' : '.';
  const body = text.slice(0, -1);
  if (!body.includes(point)) return text;
  return `${body.replace(/0+$/, '').replace(/[.,]$/, '')}%`;
}

import type { RoundingMode } from '../_lib/decimal';
import { typeError } from '../_lib/errors';
import { formatNumber, formatRatio, type NumberLocale } from '../core/format';
import type { Ratio } from '../core/ratio';

/**
 * Which separator convention to assume when a number's shape allows two readings.
 *
 * - `auto` (default): report the ambiguity (`3.971` may be 3971 or 3.971; `37,230` may be 37230 or
 *   37.23) with both readings and no value.
 * - `vi`: the Vietnamese convention (the way administrative reports print numbers): `.` groups
 *   thousands and `,` marks decimals, so `3.971` is 3971 and `37,230` is 37.23.
 * - `en`: `,` groups thousands and `.` marks decimals.
 *
 * A shape that allows one reading only is read that way under every convention: `98.81%` (two
 * digits after the dot cannot be a thousands group) is 98.81 even under `vi`.
 *
 * @example
 * parseVietnameseNumber('37,230', { convention: 'vi' })?.value // => '37.23'
 */
export type NumberConvention = 'auto' | 'vi' | 'en';

/**
 * Options of {@link parseVietnameseNumber}.
 *
 * @example
 * parseVietnameseNumber('1.171', { convention: 'vi' })
 */
export interface ParseVietnameseNumberOptions {
  /** Separator convention for ambiguous shapes (default `auto`: report the ambiguity). */
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
  /** The separator read as the thousands group mark, or `null`. */
  readonly groupSeparator: '.' | ',' | null;
  /** The separator read as the decimal mark, or `null`. */
  readonly decimalMark: '.' | ',' | null;
  /** `percent`; `decimal` when printed with decimals (or not whole after the scale word); else `count`. */
  readonly kind: Exclude<VietnameseNumberKind, 'fraction'>;
}

/**
 * A printed number read as a report prints it (số liệu như báo cáo ghi).
 *
 * When the shape allows more than one reading and the convention does not decide it,
 * `ambiguous` is `true`, `value`, `number` and `decimals` are `null`, and `readings` lists every
 * reading; the caller decides (or parses again with `convention: 'vi'`).
 *
 * @example
 * parseVietnameseNumber('gần 1.300', { convention: 'vi' })
 * // => { kind: 'count', value: '1300', approximate: true, qualifier: 'gần', ambiguous: false, … }
 */
export interface ParsedVietnameseNumber {
  /** The text as given. */
  readonly input: string;
  /** `count`, `decimal`, `percent` or `fraction`; for an ambiguous plain number, the kind of the first reading. */
  readonly kind: VietnameseNumberKind;
  /** Exact decimal string (`"3971"`, `"3.3"` for `3,3%`, `"5650"` for `5,65 ngàn`), or `null` when ambiguous or a fraction. */
  readonly value: string | null;
  /** The value as a number (a fraction's quotient), or `null` when ambiguous. */
  readonly number: number | null;
  /** Printed decimal places of the number (before the scale word), or `null` when ambiguous or a fraction. */
  readonly decimals: number | null;
  /** The multiplier of a scale word (`ngàn`/`nghìn` 1 000, `triệu` 1 000 000, `tỷ` 10⁹), else 1. */
  readonly scale: number;
  /** The scale word as printed (`ngàn`), or `null`. */
  readonly scaleWord: string | null;
  /** `true` when a qualifier such as `gần`, `khoảng`, `hơn`, `trên`, `dưới`, `xấp xỉ`, `~` precedes the number. */
  readonly approximate: boolean;
  /** The qualifier as printed (`gần`), or `null`. */
  readonly qualifier: string | null;
  /** Trailing unit words (`hồ sơ`, `hộ`), or `null`. */
  readonly unit: string | null;
  /** `true` when the text allows more than one reading. */
  readonly ambiguous: boolean;
  /** Every reading (one when not ambiguous; none for a fraction, whose parts carry theirs). */
  readonly readings: readonly NumberReading[];
  /** For a fraction (`4.561/5.650`): the numerator. */
  readonly numerator?: ParsedVietnameseNumber;
  /** For a fraction: the denominator. */
  readonly denominator?: ParsedVietnameseNumber;
}

const QUALIFIERS = [
  'ước khoảng',
  'ước tính',
  'xấp xỉ',
  'khoảng',
  'gần',
  'hơn',
  'trên',
  'dưới',
  'ước',
  'chừng',
  'ngót',
  '~',
  '∼',
  '～',
  '≈',
] as const;

const SCALES: Readonly<Record<string, number>> = {
  ngàn: 1_000,
  nghìn: 1_000,
  triệu: 1_000_000,
  tỷ: 1_000_000_000,
  tỉ: 1_000_000_000,
};

const TOKEN = /^[0-9](?:[0-9.,]*[0-9])?$/;

/** Strip leading zeros of an integer part, keeping one digit. */
function cleanInt(digits: string): string {
  const s = digits.replace(/^0+(?=\d)/, '');
  return s === '' ? '0' : s;
}

/** Canonical exact decimal string from integer and fraction digits, optionally times 10^shift. */
function canonical(intDigits: string, fracDigits: string, shift: number, negative: boolean): string {
  let int = intDigits;
  let frac = fracDigits;
  if (shift > 0) {
    const padded = frac.padEnd(shift, '0');
    int += padded.slice(0, shift);
    frac = padded.slice(shift);
  }
  int = cleanInt(int);
  frac = frac.replace(/0+$/, '');
  const body = frac === '' ? int : `${int}.${frac}`;
  return negative && body !== '0' ? `-${body}` : body;
}

function validGroups(parts: readonly string[]): boolean {
  const [first, ...rest] = parts;
  if (first === undefined || first.length < 1 || first.length > 3) return false;
  if (first.length > 1 && first.startsWith('0')) return false;
  if (first === '0') return false;
  return rest.length > 0 && rest.every((p) => p.length === 3);
}

interface RawReading {
  readonly int: string;
  readonly frac: string;
  readonly group: '.' | ',' | null;
  readonly mark: '.' | ',' | null;
}

/** Every reading of a digits-and-separators token under a convention (empty when malformed). */
function readToken(token: string, convention: NumberConvention): RawReading[] {
  if (!TOKEN.test(token)) return [];
  const dots = token.split('.').length - 1;
  const commas = token.split(',').length - 1;
  if (dots === 0 && commas === 0) return [{ int: token, frac: '', group: null, mark: null }];
  if (dots > 0 && commas > 0) {
    const mark: '.' | ',' = token.lastIndexOf('.') > token.lastIndexOf(',') ? '.' : ',';
    const group: '.' | ',' = mark === '.' ? ',' : '.';
    const [intPart = '', fracPart = ''] = token.split(mark);
    if (token.split(mark).length !== 2 || intPart.endsWith(group)) return [];
    if (!validGroups(intPart.split(group))) return [];
    return [{ int: intPart.split(group).join(''), frac: fracPart, group, mark }];
  }
  const sep: '.' | ',' = dots > 0 ? '.' : ',';
  const parts = token.split(sep);
  if (parts.some((p) => p === '')) return [];
  if (parts.length > 2) {
    return validGroups(parts) ? [{ int: parts.join(''), frac: '', group: sep, mark: null }] : [];
  }
  const [a = '', b = ''] = parts;
  const asDecimal: RawReading = { int: a, frac: b, group: null, mark: sep };
  if (!validGroups(parts)) return [asDecimal];
  const asGroup: RawReading = { int: a + b, frac: '', group: sep, mark: null };
  if (convention === 'vi') return [sep === '.' ? asGroup : asDecimal];
  if (convention === 'en') return [sep === ',' ? asGroup : asDecimal];
  return sep === '.' ? [asGroup, asDecimal] : [asDecimal, asGroup];
}

function toReading(raw: RawReading, scale: number, percent: boolean, negative: boolean): NumberReading {
  const shift = scale === 1 ? 0 : Math.round(Math.log10(scale));
  const value = canonical(raw.int, raw.frac, shift, negative);
  const kind: NumberReading['kind'] = percent
    ? 'percent'
    : value.includes('.') || (scale === 1 && raw.frac.length > 0)
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

function normalise(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u00a0\u202f]/g, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

function parseSimple(text: string, convention: NumberConvention): ParsedVietnameseNumber | null {
  let rest = normalise(text);
  const lower = rest.toLowerCase();
  let qualifier: string | null = null;
  for (const q of QUALIFIERS) {
    if (
      lower.startsWith(q) &&
      (q.length === 1 || lower[q.length] === ' ' || /[0-9]/.test(lower[q.length] ?? ''))
    ) {
      qualifier = rest.slice(0, q.length);
      rest = rest.slice(q.length).trimStart();
      break;
    }
  }
  let negative = false;
  if (/^[-−]/.test(rest)) {
    negative = true;
    rest = rest.slice(1).trimStart();
  } else if (rest.startsWith('+')) rest = rest.slice(1).trimStart();
  const m = /^([0-9][0-9.,]*)(.*)$/.exec(rest);
  if (m === null) return null;
  const token = m[1] ?? '';
  let tail = (m[2] ?? '').trim();
  let percent = false;
  let scale = 1;
  let scaleWord: string | null = null;
  const tailLower = tail.toLowerCase();
  if (tail.startsWith('%')) {
    percent = true;
    tail = tail.slice(1).trim();
  } else if (tailLower.startsWith('phần trăm')) {
    percent = true;
    tail = tail.slice('phần trăm'.length).trim();
  } else {
    const word = tailLower.split(' ')[0] ?? '';
    const s = SCALES[word];
    if (s !== undefined) {
      scale = s;
      scaleWord = tail.slice(0, word.length);
      tail = tail.slice(word.length).trim();
    }
  }
  if (tail !== '' && !/^\p{L}[\p{L}\p{M} ]*$/u.test(tail)) return null;
  const raws = readToken(token, convention);
  if (raws.length === 0) return null;
  const readings = raws.map((r) => toReading(r, scale, percent, negative));
  const first = readings[0]!;
  const ambiguous = readings.length > 1;
  return {
    input: text,
    kind: first.kind,
    value: ambiguous ? null : first.value,
    number: ambiguous ? null : first.number,
    decimals: ambiguous ? null : first.decimals,
    scale,
    scaleWord,
    approximate: qualifier !== null,
    qualifier,
    unit: tail === '' ? null : tail,
    ambiguous,
    readings,
  };
}

/**
 * Read a number as Vietnamese reports print it (đọc số liệu trong báo cáo): `3.971` (thousands
 * grouped with a dot), `3,3%` and `3,45 %` (decimal comma), `98.81%` (a dot where only a decimal
 * reading fits), `5,65 ngàn`, `37,230 triệu` (scale words), `gần 1.300` (an approximate figure),
 * `07` (zero-padded counts), and fractions such as `4.561/5.650`.
 *
 * It never guesses silently: a shape with two readings (`1.171`: 1171 or 1.171? `37,230`: 37230 or
 * 37.23?) comes back with `ambiguous: true`, `value: null` and both `readings`, unless a
 * convention is given (`convention: 'vi'` reads `.` as the thousands mark and `,` as the decimal
 * mark, as administrative reports do).
 *
 * Legal basis: none (the usage of Vietnamese reports; no regulation fixes number separators).
 *
 * @param text - The printed number, with an optional qualifier before it and `%`, `phần trăm`, a
 *   scale word or unit words after it.
 * @param options - `convention` for ambiguous shapes.
 * @returns The structured reading, or `null` when the text is not a number in these formats.
 * @throws TypeError when `text` is not a string.
 * @example
 * parseVietnameseNumber('3,3%').value                      // => '3.3' (kind 'percent', decimals 1)
 * parseVietnameseNumber('5,65 ngàn').value                 // => '5650'
 * parseVietnameseNumber('1.171').ambiguous                 // => true (1171 or 1.171)
 * parseVietnameseNumber('1.171', { convention: 'vi' }).value // => '1171'
 * parseVietnameseNumber('gần 1.300', { convention: 'vi' }).approximate // => true
 */
export function parseVietnameseNumber(
  text: string,
  options: ParseVietnameseNumberOptions = {},
): ParsedVietnameseNumber | null {
  if (typeof text !== 'string') typeError(`parseVietnameseNumber expects a string, got ${typeof text}.`);
  const convention = options.convention ?? 'auto';
  if (convention !== 'auto' && convention !== 'vi' && convention !== 'en') {
    typeError(`convention must be 'auto', 'vi' or 'en', got ${JSON.stringify(convention)}.`);
  }
  const slash = text.indexOf('/');
  if (slash < 0) return parseSimple(text, convention);
  if (text.indexOf('/', slash + 1) >= 0) return null;
  const num = parseSimple(text.slice(0, slash), convention);
  const den = parseSimple(text.slice(slash + 1), convention);
  if (num === null || den === null) return null;
  if (
    num.kind === 'percent' ||
    den.kind === 'percent' ||
    den.scale !== 1 ||
    num.scale !== 1 ||
    num.unit !== null
  )
    return null;
  const ambiguous = num.ambiguous || den.ambiguous;
  const quotient = ambiguous || den.number === 0 ? null : (num.number ?? 0) / (den.number ?? 1);
  return {
    input: text,
    kind: 'fraction',
    value: null,
    number: quotient,
    decimals: null,
    scale: 1,
    scaleWord: null,
    approximate: num.approximate,
    qualifier: num.qualifier,
    unit: den.unit,
    ambiguous,
    readings: [],
    numerator: num,
    denominator: den,
  };
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

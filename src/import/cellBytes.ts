/**
 * @internal Cell decoders on UTF-8 bytes for the fast tally paths. Each one either gives exactly
 * what the text path ({@link readDateCell}, {@link readCell}) would give, or says it cannot
 * (`-1`), and the row then takes the full path through the schema. Nothing here allocates per
 * call except a cache miss.
 */
import { civilOfDay } from '../_lib/date';
import { daysInMonth } from '../core/localDate';

const textDecoder = /* @__PURE__ */ new TextDecoder('utf-8');

/**
 * @internal Where the text of `b[s, e)` starts once `String#trim` whitespace is skipped: ASCII
 * tab, LF, VT, FF, CR and space, and the UTF-8 forms of U+00A0, U+1680, U+2000–U+200A, U+2028,
 * U+2029, U+202F, U+205F, U+3000 and U+FEFF.
 */
export function trimStartAt(b: Uint8Array, s: number, e: number): number {
  let i = s;
  while (i < e) {
    const c = b[i]!;
    if (c === 32 || (c >= 9 && c <= 13)) {
      i++;
      continue;
    }
    if (c < 0xc2) return i;
    if (c === 0xc2) {
      if (i + 1 < e && b[i + 1] === 0xa0) {
        i += 2;
        continue;
      }
      return i;
    }
    if (i + 2 >= e) return i;
    const c1 = b[i + 1]!;
    const c2 = b[i + 2]!;
    if (isSpace3(c, c1, c2)) {
      i += 3;
      continue;
    }
    return i;
  }
  return i;
}

/** @internal Where the text of `b[s, e)` ends once trailing `String#trim` whitespace is cut. */
export function trimEndAt(b: Uint8Array, s: number, e: number): number {
  let j = e;
  while (j > s) {
    const c = b[j - 1]!;
    if (c === 32 || (c >= 9 && c <= 13)) {
      j--;
      continue;
    }
    if (c < 0x80) return j;
    if (c === 0xa0 && j - 2 >= s && b[j - 2] === 0xc2) {
      j -= 2;
      continue;
    }
    if (j - 3 >= s && isSpace3(b[j - 3]!, b[j - 2]!, c)) {
      j -= 3;
      continue;
    }
    return j;
  }
  return j;
}

/** A three-byte UTF-8 sequence of a character `String#trim` removes. */
function isSpace3(a: number, b: number, c: number): boolean {
  if (a === 0xe2) {
    if (b === 0x80) return c <= 0x8a ? c >= 0x80 : c === 0xa8 || c === 0xa9 || c === 0xaf;
    return b === 0x81 && c === 0x9f;
  }
  if (a === 0xe3) return b === 0x80 && c === 0x80;
  if (a === 0xe1) return b === 0x9a && c === 0x80;
  return a === 0xef && b === 0xbb && c === 0xbf;
}

/** @internal Whether `b[s, e)` is blank as `String#trim` sees it. */
export function isBlankBytes(b: Uint8Array, s: number, e: number): boolean {
  return trimStartAt(b, s, e) >= e;
}

/** Value of the digits in `b[i, i + n)`, or -1 when one is not a digit. */
function digits(b: Uint8Array, i: number, n: number): number {
  let v = 0;
  for (let k = i; k < i + n; k++) {
    const d = b[k]! - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/** Length of the run of digits at `i` (at most `max`), before `e`. */
function runAt(b: Uint8Array, i: number, e: number, max: number): number {
  let k = i;
  while (k < e && k - i < max) {
    const d = b[k]! - 48;
    if (d < 0 || d > 9) break;
    k++;
  }
  return k - i;
}

/** `yyyymmdd` of a real date of years 1–9999, or -1. */
function ymdNum(y: number, m: number, d: number): number {
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return -1;
  return y * 10000 + m * 100 + d;
}

/**
 * `H:mm`, `HH:mm`, `HH:mm:ss` or `HH:mm:ss.f…` (up to nine fraction digits, `.` or `,`) filling
 * `b[i, e)` exactly, with hours ≤ 23, minutes and seconds ≤ 59: minutes of the day, else -1.
 * The time part that `readDateCell` accepts after a date.
 */
function timeTo(b: Uint8Array, i: number, e: number): number {
  const hl = runAt(b, i, e, 2);
  if (hl === 0 || i + hl >= e || b[i + hl] !== 58) return -1;
  const h = digits(b, i, hl);
  let j = i + hl + 1;
  if (runAt(b, j, e, 2) !== 2) return -1;
  const mi = digits(b, j, 2);
  j += 2;
  let sec = 0;
  if (j < e && b[j] === 58) {
    if (runAt(b, j + 1, e, 2) !== 2) return -1;
    sec = digits(b, j + 1, 2);
    j += 3;
    if (j < e && (b[j] === 46 || b[j] === 44)) {
      const f = runAt(b, j + 1, e, 9);
      if (f === 0) return -1;
      j += 1 + f;
    }
  }
  if (j !== e || h > 23 || mi > 59 || sec > 59) return -1;
  return h * 60 + mi;
}

/** The day after or before a `yyyymmdd` date (`step` ±1), or -1 outside years 1–9999. */
function stepDay(n: number, step: 1 | -1): number {
  let y = (n / 10000) | 0;
  let m = ((n / 100) | 0) % 100;
  let d = (n % 100) + step;
  if (d < 1) {
    m--;
    if (m < 1) {
      m = 12;
      y--;
    }
    d = daysInMonth(y, m);
  } else if (d > daysInMonth(y, m)) {
    d = 1;
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return y < 1 || y > 9999 ? -1 : y * 10000 + m * 100 + d;
}

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/** An Excel serial written as text (`46082`, `46082.5`, `46082.`): its Vietnamese date, else -1. */
function excelSerialDay(b: Uint8Array, s: number, e: number, whole: number): number {
  let frac = 0;
  let k = 0;
  if (s + whole < e) {
    // Only `digits.digits`; anything else (an exponent, a second dot) goes to the full path.
    k = e - s - whole - 1;
    if (k > 0) {
      if (runAt(b, s + whole + 1, e, 15) !== k || whole + k > 15) return -1;
      frac = digits(b, s + whole + 1, k);
    }
  }
  const int = digits(b, s, whole);
  // An integer over a power of ten is correctly rounded, as `Number(text)` is.
  const serial = k > 0 ? (int * POW10[k]! + frac) / POW10[k]! : int;
  if (!(serial >= 1 && serial < 2958466) || (serial >= 60 && serial < 61)) return -1;
  const w = Math.floor(serial);
  let day = w < 60 ? -25569 + w + 1 : -25569 + w;
  const seconds = Math.round((serial - w) * 86400);
  if (seconds >= 86400) day++;
  return civilOfDay(day);
}

/**
 * The Vietnamese date, as a `yyyymmdd` integer, of a date cell read by `readDateCell` in `date` or
 * `instant` mode; `0` for a blank cell; `-1` when the cell is not a real date or time, or is in a
 * form left to the full path (an Excel serial with an exponent, an ISO timestamp in year 1 or 9999).
 * Every form `readDateCell` reads is decoded: `d/M/yyyy` with `/`, `-` or `.`, then optionally
 * spaces or `T` and a time; `yyyy-M-d` and `yyyy/M/d`, with a time; ISO timestamps with `T`, `t`
 * or a space, seconds, fractions and an offset `Z`, `±HH`, `±HHmm`, `±HH:mm` (turned into the
 * date in Vietnam, UTC+7); `yyyyMMdd`, `yyyyMMddHHmm`, `yyyyMMddHHmmss`; Excel serial numbers.
 *
 * @param b - The bytes.
 * @param s0 - Start of the cell.
 * @param e0 - End of the cell (exclusive).
 * @param instant - `instant` mode (a time is validated in compact forms too).
 */
export function dateFromBytes(b: Uint8Array, s0: number, e0: number, instant: boolean): number {
  const n0 = e0 - s0;
  if (n0 === 10 || n0 === 16 || n0 === 19 || n0 === 25) {
    const hot = hotDate(b, s0, n0);
    if (hot > 0) return hot;
  }
  const quick = fixedDate(b, s0, e0, instant);
  if (quick > 0) return quick;
  const s = trimStartAt(b, s0, e0);
  if (s >= e0) return 0;
  const e = trimEndAt(b, s, e0);
  const n = e - s;
  const len = runAt(b, s, e, 14);
  if (len === 0) return -1;
  let date: number;
  let rest: number;
  const c = s + len < e ? b[s + len]! : -1;
  if (len <= 2 && (c === 47 || c === 45 || c === 46)) {
    // d/M/yyyy
    const i = s + len + 1;
    const ml = runAt(b, i, e, 2);
    if (ml === 0 || i + ml >= e || b[i + ml] !== c) return -1;
    const j = i + ml + 1;
    if (runAt(b, j, e, 4) !== 4) return -1;
    date = ymdNum(digits(b, j, 4), digits(b, i, ml), digits(b, s, len));
    if (date < 0) return -1;
    rest = j + 4;
  } else if (len === 4 && (c === 45 || c === 47)) {
    // yyyy-M-d or yyyy/M/d, maybe with a time.
    const i = s + 5;
    const ml = runAt(b, i, e, 2);
    if (ml === 0 || i + ml >= e || b[i + ml] !== c) return -1;
    const j = i + ml + 1;
    const dl = runAt(b, j, e, 2);
    if (dl === 0) return -1;
    date = ymdNum(digits(b, s, 4), digits(b, i, ml), digits(b, j, dl));
    if (date < 0) return -1;
    rest = j + dl;
    if (c === 45 && rest < e) {
      const t = b[rest]!;
      if (t === 84 || t === 116 || t === 32) return isoDay(b, e, date, ml === 2 && dl === 2, rest);
    }
  } else if (len === n && (len === 8 || len === 12 || len === 14)) {
    // yyyyMMdd[HHmm[ss]]
    date = ymdNum(digits(b, s, 4), digits(b, s + 4, 2), digits(b, s + 6, 2));
    if (date < 0) return -1;
    if (len === 8 || !instant) return date;
    const hh = digits(b, s + 8, 2);
    const mm = digits(b, s + 10, 2);
    const ss = len === 14 ? digits(b, s + 12, 2) : 0;
    return hh > 23 || mm > 59 || ss > 59 ? -1 : date;
  } else if (len <= 7 && (len === n || c === 46)) {
    return excelSerialDay(b, s, e, len);
  } else return -1;
  if (rest === e) return date;
  // A time after the date: one or more spaces or `T`, then the time to the end.
  let j = rest;
  while (j < e && (b[j] === 32 || b[j] === 84)) j++;
  if (j === rest) return -1;
  return timeTo(b, j, e) < 0 ? -1 : date;
}

/** The digit at `i`, or -1. */
function one(b: Uint8Array, i: number): number {
  const x = b[i]! - 48;
  return x >= 0 && x <= 9 ? x : -1;
}

/** Two digits at `i` as a number, or -1. */
function two(b: Uint8Array, i: number): number {
  const x = b[i]! - 48;
  const y = b[i + 1]! - 48;
  return x >= 0 && x <= 9 && y >= 0 && y <= 9 ? x * 10 + y : -1;
}

/** `HH:mm` at `i` (and `:ss` when `sec`), in range: minutes of the day, else -1. */
function hhmm(b: Uint8Array, i: number, sec: boolean): number {
  if (b[i + 2] !== 58) return -1;
  const h = two(b, i);
  const m = two(b, i + 3);
  if (h < 0 || h > 23 || m < 0 || m > 59) return -1;
  if (sec) {
    const x = two(b, i + 6);
    if (b[i + 5] !== 58 || x < 0 || x > 59) return -1;
  }
  return h * 60 + m;
}

/** Whether the byte is an ASCII digit. */
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * The hottest shapes, in straight-line code: `dd/MM/yyyy`, `dd/MM/yyyy HH:mm`,
 * `dd/MM/yyyy HH:mm:ss`, `yyyy-MM-dd`, `yyyy-MM-ddTHH:mm:ss` and `yyyy-MM-ddTHH:mm:ss+07:00`
 * (length `n`); 0 for anything else, which {@link fixedDate} and the general decoder read.
 */
function hotDate(b: Uint8Array, s: number, n: number): number {
  let y: number;
  let m: number;
  let d: number;
  const a0 = b[s]!;
  const a1 = b[s + 1]!;
  const a2 = b[s + 2]!;
  const a3 = b[s + 3]!;
  const a4 = b[s + 4]!;
  const a5 = b[s + 5]!;
  const a6 = b[s + 6]!;
  const a7 = b[s + 7]!;
  const a8 = b[s + 8]!;
  const a9 = b[s + 9]!;
  if (a2 === 47 && a5 === 47) {
    if (!(isDigit(a0) && isDigit(a1) && isDigit(a3) && isDigit(a4))) return 0;
    if (!(isDigit(a6) && isDigit(a7) && isDigit(a8) && isDigit(a9))) return 0;
    d = (a0 - 48) * 10 + a1 - 48;
    m = (a3 - 48) * 10 + a4 - 48;
    y = (a6 - 48) * 1000 + (a7 - 48) * 100 + (a8 - 48) * 10 + a9 - 48;
    if (n === 25) return 0;
    if (n > 10 && (b[s + 10] !== 32 || hhmm(b, s + 11, n === 19) < 0)) return 0;
  } else if (a4 === 45 && a7 === 45) {
    if (!(isDigit(a0) && isDigit(a1) && isDigit(a2) && isDigit(a3))) return 0;
    if (!(isDigit(a5) && isDigit(a6) && isDigit(a8) && isDigit(a9))) return 0;
    y = (a0 - 48) * 1000 + (a1 - 48) * 100 + (a2 - 48) * 10 + a3 - 48;
    m = (a5 - 48) * 10 + a6 - 48;
    d = (a8 - 48) * 10 + a9 - 48;
    if (n === 16) return 0;
    if (n > 10) {
      if (b[s + 10] !== 84 || hhmm(b, s + 11, true) < 0) return 0;
      // Only +07:00: Vietnam time, the date as written.
      if (
        n === 25 &&
        !(
          b[s + 19] === 43 &&
          b[s + 20] === 48 &&
          b[s + 21] === 55 &&
          b[s + 22] === 58 &&
          b[s + 23] === 48 &&
          b[s + 24] === 48
        )
      )
        return 0;
    }
  } else return 0;
  if (m < 1 || m > 12 || d < 1 || y < 1 || (d > 28 && d > daysInMonth(y, m))) return 0;
  return y * 10000 + m * 100 + d;
}

/**
 * The shapes exports write most, at fixed positions and without surrounding spaces:
 * `yyyyMMdd`, `yyyyMMddHHmmss`; `dd/MM/yyyy` (also `-` or `.`) with ` HH:mm` or ` HH:mm:ss`; `yyyy-MM-dd` with `T`, `t` or a
 * space and `HH:mm[:ss]`, then nothing, `Z`, `.SSSZ` or `±HH:mm`. Each gives exactly what the
 * general decoder gives; any other text returns 0 and is read by it.
 */
function fixedDate(b: Uint8Array, s: number, e: number, instant: boolean): number {
  const n = e - s;
  if (n === 14 || n === 8) {
    // yyyyMMdd[HHmmss]: the time is checked in `instant` mode only, as readDateCell does.
    const y1 = two(b, s);
    const y2 = two(b, s + 2);
    if (y1 < 0 || y2 < 0) return 0;
    const date = ymdNum(y1 * 100 + y2, two(b, s + 4), two(b, s + 6));
    if (date < 0 || n === 8) return Math.max(date, 0);
    const h = two(b, s + 8);
    const m = two(b, s + 10);
    const x = two(b, s + 12);
    if (h < 0 || m < 0 || x < 0) return 0;
    return !instant || (h <= 23 && m <= 59 && x <= 59) ? date : 0;
  }
  if (n < 8) return 0;
  const c1 = b[s + 1]!;
  const c2 = b[s + 2]!;
  if (c1 === 47 || c1 === 45 || c1 === 46 || c2 === 47 || ((c2 === 45 || c2 === 46) && b[s + 4] !== 45)) {
    // d/M/yyyy or dd/MM/yyyy (also - or .), then ` H:mm`, ` HH:mm` or with `:ss`.
    const sep = c1 === 47 || c1 === 45 || c1 === 46 ? c1 : c2;
    const dl = c1 === sep ? 1 : 2;
    const d = dl === 1 ? one(b, s) : two(b, s);
    if (d < 0) return 0;
    let i = s + dl + 1;
    const ml = b[i + 1] === sep ? 1 : b[i + 2] === sep ? 2 : 0;
    if (ml === 0) return 0;
    const m = ml === 1 ? one(b, i) : two(b, i);
    if (m < 0 || m > 12) return 0;
    i += ml + 1;
    if (i + 4 > e) return 0;
    const y1 = two(b, i);
    const y2 = two(b, i + 2);
    if (y1 < 0 || y2 < 0) return 0;
    const date = ymdNum(y1 * 100 + y2, m, d);
    if (date < 0) return 0;
    i += 4;
    if (i === e) return date;
    if (b[i] !== 32) return 0;
    i++;
    // H:mm or HH:mm, then :ss.
    const hl = b[i + 1] === 58 ? 1 : b[i + 2] === 58 ? 2 : 0;
    if (hl === 0) return 0;
    const h = hl === 1 ? one(b, i) : two(b, i);
    if (h < 0 || h > 23) return 0;
    i += hl + 1;
    const mi = two(b, i);
    if (mi < 0 || mi > 59) return 0;
    i += 2;
    if (i === e) return date;
    if (i + 3 !== e || b[i] !== 58) return 0;
    const x = two(b, i + 1);
    return x >= 0 && x <= 59 ? date : 0;
  }
  if (n < 10) return 0;
  if (b[s + 4] !== 45 || b[s + 7] !== 45) return 0;
  const y1 = two(b, s);
  const y2 = two(b, s + 2);
  if (y1 < 0 || y2 < 0) return 0;
  const y = y1 * 100 + y2;
  const date = ymdNum(y, two(b, s + 5), two(b, s + 8));
  if (date < 0) return 0;
  if (n === 10) return date;
  const t = b[s + 10];
  if ((t !== 84 && t !== 116 && t !== 32) || n < 16) return 0;
  if (n === 16 || n === 19) return hhmm(b, s + 11, n === 19) >= 0 ? date : 0;
  const mins = hhmm(b, s + 11, true);
  if (mins < 0 || y === 1 || y === 9999) return 0;
  let offset: number;
  const z = b[e - 1];
  if (n === 20 && (z === 90 || z === 122)) offset = 0;
  else if (n === 24 && (z === 90 || z === 122) && b[s + 19] === 46) {
    if (two(b, s + 20) < 0 || two(b, s + 21) < 0) return 0;
    offset = 0;
  } else if (n === 25 && (b[s + 19] === 43 || b[s + 19] === 45) && b[s + 22] === 58) {
    const oh = two(b, s + 20);
    const om = two(b, s + 23);
    if (oh < 0 || oh > 23 || om < 0 || om > 59) return 0;
    offset = (b[s + 19] === 45 ? -1 : 1) * (oh * 60 + om);
  } else return 0;
  const minutes = mins - offset + 420;
  if (minutes < 0) return stepDay(date, -1);
  if (minutes >= 1440) return minutes >= 2880 ? stepDay(stepDay(date, 1), 1) : stepDay(date, 1);
  return date;
}

/**
 * `yyyy-M-d` followed at `rest` by `T`, `t` or a space: an ISO timestamp (validated as
 * `isInstant` does and turned into its date in Vietnam), or a local time as `readDateCell` reads
 * it when the text is not an ISO timestamp.
 */
function isoDay(b: Uint8Array, e: number, date: number, twoDigit: boolean, rest: number): number {
  const local = timeTo(b, rest + 1, e);
  if (local >= 0) {
    // A time without an offset is Vietnam time, whether or not it is an ISO timestamp.
    return date;
  }
  if (!twoDigit) return -1;
  // HH:mm[:ss[.f]] then an offset Z, ±HH, ±HHmm or ±HH:mm.
  let i = rest + 1;
  if (runAt(b, i, e, 2) !== 2 || i + 2 >= e || b[i + 2] !== 58) return -1;
  const h = digits(b, i, 2);
  if (runAt(b, i + 3, e, 2) !== 2) return -1;
  const mi = digits(b, i + 3, 2);
  i += 5;
  if (i < e && b[i] === 58) {
    if (runAt(b, i + 1, e, 2) !== 2) return -1;
    if (digits(b, i + 1, 2) > 59) return -1;
    i += 3;
    if (i < e && (b[i] === 46 || b[i] === 44)) {
      const f = runAt(b, i + 1, e, 9);
      if (f === 0) return -1;
      i += 1 + f;
    }
  }
  if (h > 23 || mi > 59 || i >= e) return -1;
  const o = b[i]!;
  let offset: number;
  if (o === 90 || o === 122) {
    if (i + 1 !== e) return -1;
    offset = 0;
  } else if (o === 43 || o === 45) {
    const r = e - i - 1;
    if (runAt(b, i + 1, e, 2) !== 2) return -1;
    const oh = digits(b, i + 1, 2);
    let om = 0;
    if (r === 4) {
      if (runAt(b, i + 3, e, 2) !== 2) return -1;
      om = digits(b, i + 3, 2);
    } else if (r === 5) {
      if (b[i + 3] !== 58 || runAt(b, i + 4, e, 2) !== 2) return -1;
      om = digits(b, i + 4, 2);
    } else if (r !== 2) return -1;
    if (oh > 23 || om > 59) return -1;
    offset = (o === 45 ? -1 : 1) * (oh * 60 + om);
  } else return -1;
  const y = (date / 10000) | 0;
  // Years 1 and 9999 may leave 0001–9999 in Vietnam: the full path decides.
  if (y === 1 || y === 9999) return -1;
  const minutes = h * 60 + mi - offset + 420;
  let day = date;
  if (minutes < 0) day = stepDay(date, -1);
  else if (minutes >= 1440) {
    day = stepDay(date, 1);
    if (minutes >= 2880) day = stepDay(day, 1);
  }
  return day;
}

/**
 * @internal A direct-mapped cache from the bytes of a cell to a value computed once from its text:
 * no allocation and no map lookup on a hit; a hit is always verified byte by byte against the
 * stored key, so a collision only costs a recomputation. Keys up to 255 bytes are kept in one
 * arena; longer cells are computed every time.
 */
export class ByteCache<T> {
  private static readonly SLOTS = 1024;
  private static readonly WIDTH = 256;
  private readonly arena = new Uint8Array(ByteCache.SLOTS * ByteCache.WIDTH);
  private readonly lens = new Int32Array(ByteCache.SLOTS).fill(-1);
  private readonly vals: (T | undefined)[] = new Array<T | undefined>(ByteCache.SLOTS).fill(undefined);
  private readonly arenaView = new DataView(this.arena.buffer);
  private bytes: Uint8Array | undefined;
  private view: DataView<ArrayBufferLike> = new DataView(new ArrayBuffer(4));
  constructor(private readonly compute: (text: string) => T) {}
  get(b: Uint8Array, s: number, e: number): T {
    const len = e - s;
    if (len >= ByteCache.WIDTH) return this.compute(textDecoder.decode(b.subarray(s, e)));
    let h = Math.imul(len, 0x9e3779b1);
    if (len > 0) {
      h = Math.imul(h ^ b[e - 1]!, 0x01000193);
      h = Math.imul(h ^ b[s + (len >> 1)]!, 0x01000193);
      h = Math.imul(h ^ b[Math.max(s, e - 2)]!, 0x01000193) ^ b[s]!;
    }
    const idx = (h ^ (h >>> 13)) & (ByteCache.SLOTS - 1);
    const arena = this.arena;
    const base = idx * ByteCache.WIDTH;
    if (this.lens[idx] === len) {
      if (b !== this.bytes) {
        this.bytes = b;
        this.view = new DataView(b.buffer, b.byteOffset, b.byteLength);
      }
      // Compare four bytes at a time, then the rest.
      const av = this.arenaView;
      const bv = this.view;
      let k = 0;
      const n4 = len - 3;
      while (k < n4 && av.getInt32(base + k, true) === bv.getInt32(s + k, true)) k += 4;
      if (k >= n4) while (k < len && arena[base + k] === b[s + k]) k++;
      if (k === len) return this.vals[idx] as T;
    }
    const v = this.compute(textDecoder.decode(b.subarray(s, e)));
    arena.set(b.subarray(s, e), base);
    this.lens[idx] = len;
    this.vals[idx] = v;
    return v;
  }
}

import { foldText } from '../_lib/fold';
import { daysInMonth, fromEpochDay, isInstant, toVietnamDate } from '../core/localDate';

/** One cell as a reader gives it: text from CSV, or a typed value from JSON or Excel. */
export type CellValue = string | number | boolean | null;

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

function digitsAt(s: string, i: number, min: number, max: number): [number, number] | null {
  let v = 0;
  let j = i;
  while (j < s.length && j - i < max) {
    const c = s.charCodeAt(j);
    if (c < 48 || c > 57) break;
    v = v * 10 + (c - 48);
    j++;
  }
  return j - i >= min ? [v, j] : null;
}

function ymd(y: number, m: number, d: number): string | null {
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

/** Reads `HH:mm[:ss[.fff]]` at i; returns `HH:mm:ss` and the end, or null. */
function timeAt(s: string, i: number): [string, number] | null {
  const h = digitsAt(s, i, 1, 2);
  if (!h || s[h[1]] !== ':') return null;
  const mi = digitsAt(s, h[1] + 1, 2, 2);
  if (!mi) return null;
  let sec = 0;
  let j = mi[1];
  if (s[j] === ':') {
    const se = digitsAt(s, j + 1, 2, 2);
    if (!se) return null;
    sec = se[0];
    j = se[1];
    if (s[j] === '.' || s[j] === ',') {
      const f = digitsAt(s, j + 1, 1, 9);
      if (!f) return null;
      j = f[1];
    }
  }
  if (h[0] > 23 || mi[0] > 59 || sec > 59) return null;
  return [`${pad2(h[0])}:${pad2(mi[0])}:${pad2(sec)}`, j];
}

/** Excel's day 0 is 1899-12-30 for serials from 61 on (the 1900 leap-year bug shifts earlier ones). */
const EXCEL_EPOCH_DAY = -25569;

/**
 * The date and time of an Excel serial number (số ngày kiểu Excel), 1900 date system, read as
 * Vietnam local time. Serial 60 (the non-existent 29/02/1900) and serials below 1 or above
 * 2958465 (31/12/9999) give `undefined`.
 *
 * @param serial - Days since 1899-12-31 (with Excel's 1900 leap bug); a fraction is the time of day.
 * @returns `YYYY-MM-DD` for a whole number, `YYYY-MM-DDTHH:mm:ss+07:00` with a time, or `undefined`.
 * @example
 * excelSerialToIso(46082) // => '2026-03-01'
 * excelSerialToIso(46082.5) // => '2026-03-01T12:00:00+07:00'
 */
export function excelSerialToIso(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466 || (serial >= 60 && serial < 61)) {
    return undefined;
  }
  const whole = Math.floor(serial);
  const day = whole < 60 ? EXCEL_EPOCH_DAY + whole + 1 : EXCEL_EPOCH_DAY + whole;
  const date = fromEpochDay(day);
  const seconds = Math.round((serial - whole) * 86400);
  if (seconds === 0) return date;
  if (seconds >= 86400) return fromEpochDay(day + 1);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  return `${date}T${pad2(h)}:${pad2(m)}:${pad2(seconds % 60)}+07:00`;
}

/** Which form a date column takes in the schema. */
export type DateCellMode = 'date' | 'instant';

/**
 * Read a date cell in any form real exports use (đọc ngày tháng) and write it the way the
 * schemas want: `dd/MM/yyyy` (also `d/M/yyyy`, with `-` or `.`), `dd/MM/yyyy HH:mm[:ss]`,
 * `yyyyMMdd[HHmm[ss]]` (national sync), `yyyy/MM/dd`, ISO dates and timestamps, and Excel serial
 * numbers (a number, or a string of at most 7 digits with an optional fraction).
 *
 * Times without an offset are Vietnam time. In `date` mode the Vietnamese date is returned; in
 * `instant` mode a time is kept (`YYYY-MM-DDTHH:mm:ss+07:00`) and a bare date stays a date.
 *
 * @param value - The cell.
 * @param mode - `date` (default) or `instant`.
 * @returns The canonical text, `undefined` for an empty cell, or `null` when it is not a real
 *   date or time (`31/02/2026`, `25:00`).
 * @example
 * readDateCell('05/01/2026') // => '2026-01-05'
 * readDateCell('05/01/2026 14:30', 'instant') // => '2026-01-05T14:30:00+07:00'
 * readDateCell('20260302081500', 'instant') // => '2026-03-02T08:15:00+07:00'
 * readDateCell('31/02/2026') // => null
 */
export function readDateCell(
  value: CellValue | undefined,
  mode: DateCellMode = 'date',
): string | null | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number') {
    const iso = excelSerialToIso(value);
    if (iso === undefined) return null;
    return mode === 'date' ? iso.slice(0, 10) : iso;
  }
  if (typeof value !== 'string') return null;
  const s = value.trim();
  if (s === '') return undefined;
  const a = digitsAt(s, 0, 1, 14);
  if (!a) return null;
  const [first, end1] = a;
  const len = end1;
  let date: string | null = null;
  let rest = end1;
  if (len <= 2 && (s[end1] === '/' || s[end1] === '-' || s[end1] === '.')) {
    // d/M/yyyy
    const sep = s[end1];
    const b = digitsAt(s, end1 + 1, 1, 2);
    if (!b || s[b[1]] !== sep) return null;
    const c = digitsAt(s, b[1] + 1, 4, 4);
    if (!c) return null;
    date = ymd(c[0], b[0], first);
    rest = c[1];
  } else if (len === 4 && (s[4] === '-' || s[4] === '/')) {
    // yyyy-MM-dd or yyyy/MM/dd, maybe followed by a time.
    const sep = s[4];
    const b = digitsAt(s, 5, 1, 2);
    if (!b || s[b[1]] !== sep) return null;
    const c = digitsAt(s, b[1] + 1, 1, 2);
    if (!c) return null;
    date = ymd(first, b[0], c[0]);
    rest = c[1];
    if (
      date !== null &&
      sep === '-' &&
      rest < s.length &&
      (s[rest] === 'T' || s[rest] === 't' || s[rest] === ' ')
    ) {
      // An ISO timestamp: validate it as a whole and keep its offset.
      const iso = s[rest] === ' ' ? `${s.slice(0, rest)}T${s.slice(rest + 1)}` : s;
      if (!isInstant(iso)) {
        const t = timeAt(s, rest + 1);
        if (t && t[1] === s.length) return mode === 'date' ? date : `${date}T${t[0]}+07:00`;
        return null;
      }
      if (mode === 'date') return toVietnamDate(iso);
      const last = iso.charCodeAt(iso.length - 1);
      const hasOffset = last === 90 || last === 122 || iso.indexOf('+', 10) > 0 || iso.indexOf('-', 10) > 0;
      if (!hasOffset) {
        // Local time without an offset is Vietnam time: write it with its offset.
        const t = timeAt(s, rest + 1);
        if (t) return `${date}T${t[0]}+07:00`;
      }
      return iso;
    }
  } else if (end1 === s.length && (len === 8 || len === 12 || len === 14)) {
    // yyyyMMdd[HHmm[ss]]
    const y = Number(s.slice(0, 4));
    const m = Number(s.slice(4, 6));
    const d = Number(s.slice(6, 8));
    date = ymd(y, m, d);
    if (date === null) return null;
    if (len === 8 || mode === 'date') return date;
    const hh = Number(s.slice(8, 10));
    const mm = Number(s.slice(10, 12));
    const ss = len === 14 ? Number(s.slice(12, 14)) : 0;
    if (hh > 23 || mm > 59 || ss > 59) return null;
    return `${date}T${s.slice(8, 10)}:${s.slice(10, 12)}:${pad2(ss)}+07:00`;
  } else if (len <= 7 && (end1 === s.length || s[end1] === '.')) {
    // An Excel serial written as text.
    const n = Number(s);
    if (!Number.isFinite(n)) return null;
    return readDateCell(n, mode);
  } else {
    return null;
  }
  if (date === null) return null;
  if (rest === s.length) return date;
  // A time after the date: one or more spaces (or T) then HH:mm[:ss].
  let j = rest;
  while (j < s.length && (s[j] === ' ' || s[j] === 'T')) j++;
  if (j === rest) return null;
  const t = timeAt(s, j);
  if (!t || t[1] !== s.length) return null;
  return mode === 'date' ? date : `${date}T${t[0]}+07:00`;
}

/** How to read the decimal separator of numbers. */
export type DecimalSeparator = 'auto' | ',' | '.';

/**
 * Read a number the way Vietnamese exports write it (đọc số kiểu Việt Nam): `.` groups thousands
 * and `,` marks decimals (`3.971` → 3971, `1.234,5` → 1234.5, `1,5` → 1.5); spaces and non-breaking
 * spaces group thousands too. With `auto` (default), a lone `.` followed by other than exactly three
 * digits is a decimal point (`1.5` → 1.5), and when both marks appear the last one is the decimal
 * separator (`1,234.5` → 1234.5).
 *
 * @param value - The cell.
 * @param decimal - `auto` (default), `,` or `.`.
 * @returns The number, `undefined` for an empty cell, or `null` when the text is not a number.
 * @example
 * readNumberCell('3.971') // => 3971
 * readNumberCell('1.234,5') // => 1234.5
 * readNumberCell('1 500 000') // => 1500000
 * readNumberCell('12a') // => null
 */
export function readNumberCell(
  value: CellValue | undefined,
  decimal: DecimalSeparator = 'auto',
): number | null | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return null;
  const s = value.trim();
  if (s === '') return undefined;
  let sign = '';
  let body = '';
  let dots = 0;
  let commas = 0;
  let lastDot = -1;
  let lastComma = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c >= '0' && c <= '9') body += c;
    else if (c === '.') {
      dots++;
      lastDot = body.length;
      body += '.';
    } else if (c === ',') {
      commas++;
      lastComma = body.length;
      body += ',';
    } else if (c === ' ' || c === '\u00a0' || c === '\u202f') {
      if (body.length === 0) continue;
    } else if ((c === '-' || c === '+') && body.length === 0 && sign === '') sign = c === '-' ? '-' : '+';
    else return null;
  }
  if (body.length === 0 || !/\d/.test(body)) return null;
  let dec: '.' | ',' | null = null;
  if (decimal === ',' || decimal === '.') dec = decimal;
  else if (dots > 0 && commas > 0) dec = lastDot > lastComma ? '.' : ',';
  else if (commas === 1) dec = ',';
  else if (dots === 1) dec = body.length - lastDot - 1 === 3 && lastDot > 0 ? null : '.';
  else dec = null;
  const group = dec === ',' ? '.' : ',';
  let out = '';
  let seenDec = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === dec) {
      if (seenDec) return null;
      seenDec = true;
      out += '.';
    } else if (c === group || ((c === '.' || c === ',') && dec === null)) {
      if (seenDec) return null;
    } else out += c;
  }
  if (out === '' || out === '.') return null;
  const n = Number(sign === '-' ? `-${out}` : out);
  return Number.isFinite(n) ? n : null;
}

const TRUE_WORDS = new Set(['co', 'x', 'yes', 'true', '1', 'dung', 'v', 'da', 'la dang vien', 'dang vien']);
const FALSE_WORDS = new Set(['khong', 'no', 'false', '0', 'sai', '--', '-']);

/**
 * Read a yes/no cell (đọc giá trị có/không): `Có`, `x`, `1`, `true` → `true`; `Không`, `0`, `false`,
 * `--` → `false`; an empty cell → `undefined`; anything else → `null`.
 *
 * @param value - The cell.
 * @returns The boolean, `undefined` or `null`.
 * @example
 * readBooleanCell('Có') // => true
 * readBooleanCell('') // => undefined
 */
export function readBooleanCell(value: CellValue | undefined): boolean | null | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : null;
  const s = value.trim();
  if (s === '') return undefined;
  const k = s === '--' || s === '-' ? s : foldText(s);
  if (TRUE_WORDS.has(k)) return true;
  if (FALSE_WORDS.has(k)) return false;
  return null;
}

/**
 * Rejection messages in words an official understands (lý do loại dòng, bằng lời của cán bộ):
 * the column named by its header as written in the file (or the Vietnamese header a column map
 * knows), dates as `31/02/2026`, list values as the export writes them (`Trực tuyến`, not
 * `online`), and an impossible date said to be impossible.
 *
 * @module
 */
import type { Locale } from '../core/messages';
import type { ImportIssue } from '../import/importer';
import type { ColumnMap } from '../import/mapping';

const DMY = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T].*)?$/;
const YMD = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$/;
const COMPACT = /^\s*(\d{4})(\d{2})(\d{2})(?:\d{6})?\s*$/;
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/g;

function daysIn(y: number, m: number): number {
  return m === 2
    ? y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)
      ? 29
      : 28
    : [4, 6, 9, 11].includes(m)
      ? 30
      : 31;
}

/** Whether `d/m/y` names a day the calendar does not have (31/02, 00/05, 12/13…). */
function impossibleDate(d: number, m: number, y: number): boolean {
  return m < 1 || m > 12 || d < 1 || d > daysIn(y, m);
}

const dmy = (d: number, m: number, y: number): string =>
  `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;

/** The column's name: the header as written, else the map's first header for the field, else the field. */
function columnOf(issue: ImportIssue, map: ColumnMap | undefined): string {
  if (issue.column !== undefined && issue.column !== '') return issue.column;
  const f = map?.fields.find((x) => x.field === issue.path);
  return f?.headers[0] ?? issue.path;
}

/** The value as the export wrote it, for a schema value such as `online`. */
function exportLabel(map: ColumnMap | undefined, path: string, value: string): string {
  const f = map?.fields.find((x) => x.field === path);
  const hit = f?.labels?.find(([, v]) => String(v) === value);
  return hit === undefined ? value : hit[0];
}

function cellText(issue: ImportIssue): string | undefined {
  const v = issue.value;
  if (v === undefined || v === null) {
    const r = issue.params.received;
    return typeof r === 'string' ? r.replace(/^"(.*)"$/, '$1') : undefined;
  }
  return String(v);
}

/**
 * Say what is wrong with one cell or row in the words of the file (nêu lỗi bằng lời dễ hiểu).
 *
 * @param issue - An issue of a rejected row.
 * @param locale - `vi` or `en`.
 * @param map - The domain's column map, to name columns and list values as exports write them.
 * @returns One sentence.
 * @example
 * describeIssue({ path: 'dueDate', code: 'vn.invalid_date', message: '…', params: {}, column: 'Ngày hẹn trả', value: '31/02/2026' }, 'vi')
 * // => 'Cột «Ngày hẹn trả»: ngày 31/02/2026 không có thật.'
 */
export function describeIssue(issue: ImportIssue, locale: Locale, map?: ColumnMap): string {
  const vi = locale === 'vi';
  const col = columnOf(issue, map);
  const cell = cellText(issue);
  const q = (s: string): string => (vi ? `«${s}»` : `"${s}"`);
  const noSuchDay = (): string | undefined => {
    if (cell === undefined) return undefined;
    const a = DMY.exec(cell);
    const b = a === null ? (YMD.exec(cell) ?? COMPACT.exec(cell)) : null;
    if (a === null && b === null) return undefined;
    const [d, m, y] = a !== null ? [+a[1]!, +a[2]!, +a[3]!] : [+b![3]!, +b![2]!, +b![1]!];
    if (!impossibleDate(d, m, y)) return undefined;
    return vi
      ? `Cột ${q(col)}: ngày ${dmy(d, m, y)} không có thật.`
      : `Column ${q(col)}: ${dmy(d, m, y)} is not a real date (there is no such day).`;
  };
  switch (issue.code) {
    case 'vn.invalid_type': {
      // A column that holds a number or a date (`Năm sinh` written 31/02/1992): an impossible
      // date is said to be impossible, not "expected a number".
      const sentence = noSuchDay();
      if (sentence !== undefined) return sentence;
      break;
    }
    case 'vn.invalid_date':
    case 'vn.invalid_instant':
    case 'vn.dossier.invalid_compact_timestamp': {
      if (cell === undefined || cell.trim() === '') break;
      const sentence = noSuchDay();
      if (sentence !== undefined) return sentence;
      return vi
        ? `Cột ${q(col)}: ${q(cell)} không đọc được là ngày (cần dạng ngày/tháng/năm, ví dụ 31/03/2026, có thể kèm giờ).`
        : `Column ${q(col)}: ${q(cell)} cannot be read as a date (expected day/month/year, e.g. 31/03/2026, optionally with a time).`;
    }
    case 'vn.required':
      return vi
        ? `Cột ${q(col)} để trống, mà cột này bắt buộc phải có giá trị.`
        : `Column ${q(col)} is empty; it must have a value.`;
    case 'vn.invalid_value':
    case 'vn.import.unknown_label': {
      const f = map?.fields.find((x) => x.field === issue.path);
      const allowed: string[] = [];
      const seen = new Set<string>();
      // For each accepted value, the first way an export writes it in words (not a code).
      for (const [label, v] of f?.labels ?? []) {
        const key = String(v);
        if (seen.has(key) || !/[^ -~]|\s/.test(label)) continue;
        seen.add(key);
        allowed.push(label);
      }
      if (allowed.length === 0) {
        const exp = issue.params.expected;
        if (typeof exp === 'string') {
          for (const v of exp.split(','))
            allowed.push(exportLabel(map, issue.path, v.trim().replace(/^"(.*)"$/, '$1')));
        }
      }
      const list =
        allowed.length > 0
          ? vi
            ? ` (dùng một trong: ${allowed.join('; ')})`
            : ` (use one of: ${allowed.join('; ')})`
          : '';
      return vi
        ? `Cột ${q(col)}: giá trị ${q(cell ?? '')} không có trong danh mục${list}.`
        : `Column ${q(col)}: the value ${q(cell ?? '')} is not in the list${list}.`;
    }
    case 'vn.import.invalid_number':
    case 'vn.not_integer':
      return vi
        ? `Cột ${q(col)}: ${q(cell ?? '')} không phải là số${issue.code === 'vn.not_integer' ? ' nguyên' : ''}.`
        : `Column ${q(col)}: ${q(cell ?? '')} is not ${issue.code === 'vn.not_integer' ? 'a whole number' : 'a number'}.`;
    default:
      break;
  }
  // Any other message: name the column as the file does, and write dates as the file does.
  let text = issue.message;
  if (issue.path !== '' && col !== issue.path) {
    text = text
      .replaceAll(`Trường «${issue.path}»`, `Cột «${col}»`)
      .replaceAll(`Field "${issue.path}"`, `Column "${col}"`)
      .replaceAll(`«${issue.path}»`, `«${col}»`)
      .replaceAll(`"${issue.path}"`, `"${col}"`);
  }
  return text.replace(ISO_DATE, (_, y: string, m: string, d: string) => `${d}/${m}/${y}`);
}

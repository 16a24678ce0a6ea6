import { rangeError, show } from '../_lib/errors';
import { daysInMonth, formatDateVi, isLocalDate, type LocalDate } from './localDate';

/** The kinds of reporting period (kỳ báo cáo). */
export type PeriodKind = 'custom' | 'month' | 'quarter' | 'six-months' | 'nine-months' | 'year';

/**
 * A reporting period: both ends inclusive, as reports write "từ ngày … đến ngày …".
 */
export interface ReportingPeriod {
  /** What kind of period it is. */
  readonly kind: PeriodKind;
  /** First day, inclusive. */
  readonly start: LocalDate;
  /** Last day, inclusive. */
  readonly end: LocalDate;
  /** A Vietnamese label, e.g. `Quý I/2026 (từ ngày 15/12/2025 đến ngày 14/03/2026)`. */
  readonly label: string;
  /** The rule that fixed the boundaries, when there is one. */
  readonly basis?: string;
}

/** Which boundaries an official period uses. */
export type PeriodCutoff = 'decree-09-2019' | 'calendar';

/**
 * Arguments of {@link reportingPeriod}. A six-month period is the first half (`half: 1`, the
 * default: 6 tháng đầu năm) or the second (`half: 2`: 6 tháng cuối năm).
 */
export type ReportingPeriodSpec =
  | { readonly kind: 'month'; readonly year: number; readonly month: number }
  | { readonly kind: 'quarter'; readonly year: number; readonly quarter: 1 | 2 | 3 | 4 }
  | { readonly kind: 'six-months'; readonly year: number; readonly half?: 1 | 2 }
  | { readonly kind: 'nine-months' | 'year'; readonly year: number };

/** Options of {@link reportingPeriod}. */
export interface ReportingPeriodOptions {
  /**
   * `decree-09-2019` (default): the data cut-off of the government reporting regime, from the
   * 15th of the month before to the 14th of the last month. `calendar`: from the 1st of the first
   * month to the last day of the last month.
   */
  readonly cutoff?: PeriodCutoff;
  /**
   * The rule to cite for a nine-month period with the 15th/14th cut-off. Nghị định 09/2019/NĐ-CP
   * Điều 12 has four clauses — month, quarter, six months, year — and no nine-month report; the
   * dates (15 December to 14 September) come from a province's own reporting rules. Default
   * {@link NINE_MONTHS_LOCAL_RULE_BASIS}; pass your province's decision.
   */
  readonly nineMonthsBasis?: string;
}

/** Legal basis of the cut-off rule. */
export const DECREE_09_2019_CUTOFF_BASIS =
  'Nghị định 09/2019/NĐ-CP ngày 24/01/2019 quy định về chế độ báo cáo của cơ quan hành chính nhà nước, Điều 12 (thời gian chốt số liệu báo cáo định kỳ)';

/**
 * Basis of the second six-month period (6 tháng cuối năm, 15 June to 14 December). The stored texts
 * of Nghị định 09/2019/NĐ-CP Điều 12.3 seen for this package show the first half only; the second
 * half is the rest of the Điều 12.4 year (15 December to 14 December) after the first half (15
 * December to 14 June). The wording of the clause on the second half is **UNVERIFIED**.
 */
export const DECREE_09_2019_SECOND_HALF_BASIS =
  'Nghị định 09/2019/NĐ-CP, Điều 12 (6 tháng cuối năm: phần còn lại của kỳ năm tại khoản 4 sau kỳ 6 tháng đầu năm tại khoản 3; lời văn khoản 3 về 6 tháng cuối năm chưa đối chiếu)';

/**
 * Default basis of the nine-month period (9 tháng): a local rule, not Nghị định 09/2019/NĐ-CP, e.g.
 * Quyết định 01/2023/QĐ-UBND tỉnh Khánh Hòa, Điều 4 ("Báo cáo định kỳ 9 tháng: Tính từ ngày 15
 * tháng 12 của năm trước kỳ báo cáo đến ngày 14 tháng 9 của kỳ báo cáo").
 */
export const NINE_MONTHS_LOCAL_RULE_BASIS =
  'Quy định chế độ báo cáo của địa phương (ví dụ Quyết định 01/2023/QĐ-UBND tỉnh Khánh Hòa, Điều 4); Nghị định 09/2019/NĐ-CP, Điều 12 không quy định kỳ 9 tháng';

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

function iso(y: number, m: number, d: number): LocalDate {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function range(start: LocalDate, end: LocalDate): string {
  return `từ ngày ${formatDateVi(start)} đến ngày ${formatDateVi(end)}`;
}

/**
 * A custom period "từ ngày `start` đến ngày `end`", both ends inclusive.
 *
 * @throws RangeError if a date is invalid or `end` is before `start`.
 * @example
 * customPeriod('2022-01-21', '2023-06-14').label // => 'từ ngày 21/01/2022 đến ngày 14/06/2023'
 */
export function customPeriod(start: LocalDate, end: LocalDate): ReportingPeriod {
  if (!isLocalDate(start)) rangeError(`period start must be a real date YYYY-MM-DD, got ${show(start)}.`);
  if (!isLocalDate(end)) rangeError(`period end must be a real date YYYY-MM-DD, got ${show(end)}.`);
  if (end < start) rangeError(`period end ${end} is before its start ${start}.`);
  return { kind: 'custom', start, end, label: range(start, end) };
}

/**
 * An official periodic reporting period (kỳ báo cáo định kỳ).
 *
 * By default the boundaries follow the data cut-off of Nghị định 09/2019/NĐ-CP, Điều 12: a month
 * runs from the 15th of the previous month to the 14th of the month (khoản 1); a quarter from the
 * 15th of the month before the quarter to the 14th of its last month (khoản 2); the first six
 * months from 15 December of the previous year to 14 June (khoản 3); a year from 15 December of the
 * previous year to 14 December (khoản 4). The second six months (`half: 2`) run from 15 June to 14
 * December: the rest of the year after the first half (see {@link DECREE_09_2019_SECOND_HALF_BASIS}).
 * Nine months (15 December to 14 September) is not in Điều 12; it is a local rule and cites
 * {@link ReportingPeriodOptions.nineMonthsBasis}. With `cutoff: 'calendar'` the period runs from
 * the 1st of its first month to the last day of its last month (the second half: 1 July to 31
 * December).
 *
 * @param spec - The kind and year, with the month (1–12), quarter (1–4) or half (1–2).
 * @param options - The cut-off rule, and the basis to cite for nine months.
 * @returns The period with its Vietnamese label and basis.
 * @throws RangeError for a year outside 1900–2200, a month, quarter or half out of range, an unknown
 *   kind, or an empty `nineMonthsBasis`.
 * @example
 * reportingPeriod({ kind: 'month', year: 2026, month: 3 })
 * // => { kind: 'month', start: '2026-02-15', end: '2026-03-14', … }
 * reportingPeriod({ kind: 'six-months', year: 2023 })
 * // => { start: '2022-12-15', end: '2023-06-14', … }
 * reportingPeriod({ kind: 'six-months', year: 2026, half: 2 }).label
 * // => '6 tháng cuối năm 2026 (từ ngày 15/06/2026 đến ngày 14/12/2026)'
 */
export function reportingPeriod(
  spec: ReportingPeriodSpec,
  options: ReportingPeriodOptions = {},
): ReportingPeriod {
  const cutoff = options.cutoff ?? 'decree-09-2019';
  if (cutoff !== 'decree-09-2019' && cutoff !== 'calendar') {
    rangeError(`cutoff must be 'decree-09-2019' or 'calendar', got ${show(cutoff)}.`);
  }
  const { year } = spec;
  if (!Number.isInteger(year) || year < 1900 || year > 2200)
    rangeError(`year must be an integer 1900–2200, got ${show(year)}.`);
  const nineMonthsBasis = options.nineMonthsBasis ?? NINE_MONTHS_LOCAL_RULE_BASIS;
  if (typeof nineMonthsBasis !== 'string' || nineMonthsBasis.trim() === '') {
    rangeError(`nineMonthsBasis must be a non-empty citation, got ${show(nineMonthsBasis)}.`);
  }
  let firstMonth: number;
  let lastMonth: number;
  let name: string;
  let basis = DECREE_09_2019_CUTOFF_BASIS;
  switch (spec.kind) {
    case 'month': {
      const m = spec.month;
      if (!Number.isInteger(m) || m < 1 || m > 12)
        rangeError(`month must be an integer 1–12, got ${show(m)}.`);
      firstMonth = m;
      lastMonth = m;
      name = `Tháng ${m}/${year}`;
      break;
    }
    case 'quarter': {
      const q = spec.quarter;
      if (!Number.isInteger(q) || q < 1 || q > 4) rangeError(`quarter must be 1–4, got ${show(q)}.`);
      firstMonth = q * 3 - 2;
      lastMonth = q * 3;
      name = `Quý ${ROMAN[q - 1]}/${year}`;
      break;
    }
    case 'six-months': {
      const half = spec.half ?? 1;
      if (half !== 1 && half !== 2) rangeError(`half must be 1 or 2, got ${show(half)}.`);
      firstMonth = half === 1 ? 1 : 7;
      lastMonth = half === 1 ? 6 : 12;
      name = half === 1 ? `6 tháng đầu năm ${year}` : `6 tháng cuối năm ${year}`;
      if (half === 2) basis = DECREE_09_2019_SECOND_HALF_BASIS;
      break;
    }
    case 'nine-months':
      firstMonth = 1;
      lastMonth = 9;
      name = `9 tháng đầu năm ${year}`;
      basis = nineMonthsBasis;
      break;
    case 'year':
      firstMonth = 1;
      lastMonth = 12;
      name = `Năm ${year}`;
      break;
    default:
      return rangeError(`unknown period kind ${show((spec as { kind: unknown }).kind)}.`);
  }
  let start: LocalDate;
  let end: LocalDate;
  if (cutoff === 'calendar') {
    start = iso(year, firstMonth, 1);
    end = iso(year, lastMonth, daysInMonth(year, lastMonth));
  } else {
    start = firstMonth === 1 ? iso(year - 1, 12, 15) : iso(year, firstMonth - 1, 15);
    end = iso(year, lastMonth, 14);
  }
  const period: ReportingPeriod = {
    kind: spec.kind,
    start,
    end,
    label: `${name} (${range(start, end)})`,
    ...(cutoff === 'decree-09-2019' ? { basis } : {}),
  };
  return period;
}

/**
 * Whether a date falls in a period (both ends inclusive).
 *
 * @example
 * periodContains(customPeriod('2026-01-01', '2026-01-31'), '2026-01-31') // => true
 */
export function periodContains(period: ReportingPeriod, date: LocalDate): boolean {
  return date >= period.start && date <= period.end;
}

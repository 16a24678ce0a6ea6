import { rangeError, show } from '../_lib/errors';
import type { RoundingMode } from '../_lib/exact';
import { roundRatio } from '../core/format';
import { type Ratio, ratio } from '../core/ratio';
import type { TallyDescriptor } from '../core/tally';
import { DOCUMENT_TALLY, type DocumentTally } from '../document/rates';
import type { SignatureInventory } from '../document/signatures';
import { onlineShare, onTimeRateCompleted } from '../dossier/rates';
import { DOSSIER_TALLY, type DossierTally } from '../dossier/tally';
import type { HouseholdMovement } from '../household/movement';
import type { PovertyCounts } from '../household/rates';
import type { HouseholdTally } from '../household/tally';
import { HEADCOUNT_TALLY, type HeadcountTally } from '../personnel/headcount';
import { formatReportPercent } from './numbers';
import {
  type DocumentReportFigures,
  type DossierReportFigures,
  type HouseholdReportFigures,
  type PrintedRate,
  REPORT_QUALIFICATION_LEVELS,
  type ReportQualificationLevel,
  type StaffReportFigures,
} from './schema';

/**
 * How a computed rate is printed: decimals and rounding.
 *
 * @example
 * printedRateFromRatio(ratio(2, 3), { decimals: 1, rounding: 'truncate' })?.text // => '66,6%'
 */
export interface PrintRateOptions {
  /** Decimal places (default 2, the QĐ 766 display convention). */
  readonly decimals?: number;
  /** `half-up` (default) or `truncate`. */
  readonly rounding?: RoundingMode;
}

/**
 * Print a computed rate as a report would (in tỷ lệ): the exact value rounded to the decimals, kept
 * with its text and decimals as a {@link PrintedRate}.
 *
 * @param r - The ratio.
 * @param options - Decimals (default 2) and rounding (default half-up).
 * @returns The printed rate, or `undefined` when the denominator is 0 (a report prints no rate).
 * @throws RangeError for bad decimals.
 * @example
 * printedRateFromRatio(ratio(99, 3000), { decimals: 1 }) // => { text: '3,3%', value: '3.3', decimals: 1 }
 */
export function printedRateFromRatio(r: Ratio, options: PrintRateOptions = {}): PrintedRate | undefined {
  const decimals = options.decimals ?? 2;
  const rounding = options.rounding ?? 'half-up';
  const plain = roundRatio(r, { decimals, rounding });
  if (plain === null) return undefined;
  const value = plain.includes('.') ? plain.replace(/0+$/, '').replace(/\.$/, '') : plain;
  return { text: formatReportPercent(r, { decimals, rounding }), value, decimals };
}

/** A value of a report section's figures that {@link fillReportFromTally} computes. */
export type FilledFigure = number | Readonly<Record<string, number>>;

/**
 * How a report section is filled from one domain's tally (cách điền một mục báo cáo từ bảng tổng
 * hợp), as data: which of the descriptor's count fields the section prints under the same name,
 * which figures are computed from the tally, and which rates are printed from it.
 *
 * @typeParam T - The tally.
 * @typeParam F - The section's figures (e.g. `DossierReportFigures`).
 * @example
 * const fill: ReportFill<DocumentTally, DocumentReportFigures> = {
 *   copy: [],
 *   derived: { total: (t) => t.outgoing + t.incoming },
 * };
 * fillReportFromTally(DOCUMENT_TALLY, { ...emptyDocumentTally(), outgoing: 3, incoming: 2 }, fill) // => { total: 5 }
 */
export interface ReportFill<T, F> {
  /**
   * The descriptor's count fields the section prints under the same name, in order (default:
   * every field of the descriptor the section has, less {@link ReportFill.omit}).
   */
  readonly copy?: readonly (keyof F & string)[];
  /** Fields of the descriptor the section does not print (with the default `copy`). */
  readonly omit?: readonly string[];
  /**
   * Where the descriptor's count fields are read (default: the tally itself; the household tally
   * keeps them under `all`).
   */
  readonly counts?: (tally: T) => object;
  /** Figures computed from the tally (a merged column, a count of one category …). */
  readonly derived?: { readonly [K in keyof F]?: (tally: T) => FilledFigure };
  /** Rates printed from the tally (a rate with a zero denominator is left out, as a report prints none). */
  readonly rates?: { readonly [K in keyof F]?: (tally: T) => Ratio };
}

/** Options of {@link fillReportFromTally}. */
export interface FillReportOptions {
  /** How to print the rates (default 2 decimals, half-up). */
  readonly rates?: PrintRateOptions;
}

/**
 * Fill a report section from a domain's tally (điền số liệu báo cáo từ bảng tổng hợp), generically
 * over the domain's {@link TallyDescriptor}: the descriptor's count fields that {@link ReportFill}
 * copies, then its computed figures, then its rates printed with the given decimals. One function
 * for every domain (the household counts with {@link HOUSEHOLD_REPORT_FILL}); `reportFiguresFromDossierTally`, `reportFiguresFromHeadcount` and the register
 * part of `reportFiguresFromDocuments` are this function with {@link DOSSIER_REPORT_FILL},
 * {@link STAFF_REPORT_FILL} and {@link DOCUMENT_REPORT_FILL}.
 *
 * @typeParam T - The tally.
 * @typeParam F - The section's figures.
 * @typeParam R - The descriptor's rows (not read here).
 * @typeParam C - The descriptor's classification context (not read here).
 * @typeParam D - The descriptor's dimensions (not read here).
 * @param descriptor - The domain's descriptor (its `fields` say what can be copied).
 * @param tally - A tally of that descriptor (from `tallyWith`, a domain's `tally…`, or merged tallies).
 * @param fill - How the section is filled.
 * @param options - How to print the rates.
 * @returns The section's figures.
 * @throws RangeError when `copy` names a field the descriptor does not have or the tally holds no
 *   whole number ≥ 0 there; for bad decimals.
 * @example
 * const tally = { ...emptyDossierTally(), received: 160, newReceived: 160, newOnline: 40, newDirect: 120,
 *   resolved: 160, resolvedEarly: 100, resolvedOnTime: 59, resolvedLate: 1 };
 * fillReportFromTally(DOSSIER_TALLY, tally, DOSSIER_REPORT_FILL, { rates: { decimals: 1 } }).onTimeRate?.text
 * // => '99,4%'
 */
export function fillReportFromTally<T, F, R, C, D extends string>(
  descriptor: TallyDescriptor<T, R, C, D>,
  tally: T,
  fill: ReportFill<T, F>,
  options: FillReportOptions = {},
): F {
  const out: Record<string, unknown> = {};
  const omit = fill.omit ?? [];
  const copy = fill.copy ?? descriptor.fields.filter((f) => !omit.includes(f));
  const values = (fill.counts === undefined ? tally : fill.counts(tally)) as Readonly<
    Record<string, unknown>
  >;
  for (const f of copy) {
    if (!descriptor.fields.includes(f))
      rangeError(
        `the ${descriptor.domain} tally has no field ${show(f)}; use ${descriptor.fields.join(', ')}.`,
      );
    const v = values[f];
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0)
      rangeError(`the ${descriptor.domain} tally's ${f} must be an integer ≥ 0, got ${show(v)}.`);
    out[f] = v;
  }
  for (const [k, f] of Object.entries(fill.derived ?? {})) out[k] = (f as (t: T) => FilledFigure)(tally);
  for (const [k, f] of Object.entries(fill.rates ?? {})) {
    const r = printedRateFromRatio((f as (t: T) => Ratio)(tally), options.rates);
    if (r !== undefined) out[k] = r;
  }
  return out as F;
}

/**
 * How the dossier section of a report is filled (Biểu II.06a/VPCP/KSTT, Thông tư 01/2018/TT-VPCP
 * as amended): every count column of the dossier tally but `outOfScope`, the merged "trước hạn,
 * đúng hạn" column, the on-time rate over resolved dossiers (variant A, `onTimeRateCompleted`) and
 * the online share.
 *
 * @example
 * DOSSIER_REPORT_FILL.omit // => ['outOfScope']
 */
export const DOSSIER_REPORT_FILL: ReportFill<DossierTally, DossierReportFigures> =
  /* @__PURE__ */ Object.freeze<ReportFill<DossierTally, DossierReportFigures>>({
    omit: ['outOfScope'],
    derived: { resolvedEarlyOrOnTime: (t: DossierTally) => t.resolvedEarly + t.resolvedOnTime },
    rates: { onTimeRate: onTimeRateCompleted, onlineRate: onlineShare },
  });

/**
 * How the register part of the document section is filled (Quyết định 28/2018/QĐ-TTg): documents
 * exchanged (outgoing + incoming, secret ones excluded), those exchanged electronically, and the
 * electronic-document rate.
 *
 * @example
 * DOCUMENT_REPORT_FILL.copy // => []
 */
export const DOCUMENT_REPORT_FILL: ReportFill<DocumentTally, DocumentReportFigures> =
  /* @__PURE__ */ Object.freeze<ReportFill<DocumentTally, DocumentReportFigures>>({
    copy: [],
    derived: {
      total: (t: DocumentTally) => t.outgoing + t.incoming,
      electronic: (t: DocumentTally) => t.outgoingElectronic + t.incomingElectronic,
    },
    rates: {
      electronicRate: (t: DocumentTally) =>
        ratio(t.outgoingElectronic + t.incomingElectronic, t.outgoing + t.incoming),
    },
  });

/**
 * How the counts of the household section are filled from a household tally: poor and near-poor
 * households (of `all`). The total of resident households and the start-of-year figures come from
 * elsewhere (`reportFiguresFromHouseholds`): a review does not list every resident household.
 *
 * @example
 * HOUSEHOLD_REPORT_FILL.copy // => ['poor', 'nearPoor']
 */
export const HOUSEHOLD_REPORT_FILL: ReportFill<HouseholdTally, HouseholdReportFigures> =
  /* @__PURE__ */ Object.freeze<ReportFill<HouseholdTally, HouseholdReportFigures>>({
    copy: ['poor', 'nearPoor'],
    counts: (t: HouseholdTally) => t.all,
  });

/**
 * How the establishment part of the staff section is filled from a headcount of cán bộ and công
 * chức (Nghị định 33/2023/NĐ-CP): the total, cán bộ (`byCategory.can_bo`), công chức
 * (`byCategory.cong_chuc`) and the qualification levels held by someone.
 *
 * @example
 * STAFF_REPORT_FILL.copy // => ['total']
 */
export const STAFF_REPORT_FILL: ReportFill<HeadcountTally, StaffReportFigures> =
  /* @__PURE__ */ Object.freeze<ReportFill<HeadcountTally, StaffReportFigures>>({
    copy: ['total'],
    derived: {
      cadres: (t: HeadcountTally) => t.byCategory.can_bo ?? 0,
      civilServants: (t: HeadcountTally) => t.byCategory.cong_chuc ?? 0,
      qualifications: (t: HeadcountTally) => levelsOf(t.byQualification),
    },
  });

/**
 * Options of {@link reportFiguresFromDossierTally}.
 *
 * @example
 * const tally = { ...emptyDossierTally(), received: 160, newReceived: 160, newOnline: 40, newDirect: 120,
 *   resolved: 160, resolvedEarly: 100, resolvedOnTime: 59, resolvedLate: 1 };
 * reportFiguresFromDossierTally(tally, { rates: { decimals: 1 } }).onTimeRate?.text // => '99,4%' (159/160 = 99,375%)
 */
export interface ReportFiguresFromDossierTallyOptions {
  /** How to print the on-time rate (variant A) and the online share. */
  readonly rates?: PrintRateOptions;
}

/**
 * The dossier figures of a report from a dossier tally (điền số liệu hồ sơ từ bảng tổng hợp): every
 * count column, the merged "trước hạn, đúng hạn" column, the on-time rate over resolved dossiers
 * (variant A, `onTimeRateCompleted`) and the online share, printed with the given decimals.
 *
 * @param tally - From `tallyDossiers` (or merged tallies).
 * @param options - How to print the rates.
 * @returns The figures; rates with a zero denominator are left out.
 * @throws RangeError for bad decimals.
 * @example
 * const d = (code: string, finishedAt: string) => ({ code, unit: 'UBND xã A', channel: 'online', status: 'returned',
 *   receivedAt: '2026-03-02', dueDate: '2026-03-06', finishedAt }) as const;
 * const tally = tallyDossiers([d('A1', '2026-03-05'), d('A2', '2026-03-06'), d('A3', '2026-03-09')],
 *   customPeriod('2026-03-01', '2026-03-31'));
 * const figures = reportFiguresFromDossierTally(tally);
 * figures.resolvedEarlyOrOnTime // => 2 (early A1 + on time A2)
 * figures.onTimeRate // => { text: '66,67%', value: '66.67', decimals: 2 }
 */
export function reportFiguresFromDossierTally(
  tally: DossierTally,
  options: ReportFiguresFromDossierTallyOptions = {},
): DossierReportFigures {
  return fillReportFromTally(DOSSIER_TALLY, tally, DOSSIER_REPORT_FILL, options);
}

/**
 * Input of {@link reportFiguresFromHouseholds}.
 *
 * @example
 * reportFiguresFromHouseholds({ counts: { poor: 99, nearPoor: 219 }, atStart: { poor: 97, nearPoor: 217 } }).poorChange // => 2
 */
export interface ReportFiguresFromHouseholdsInput {
  /** Poor and near-poor households at the end (a `HouseholdClassCounts` from `tallyHouseholds` will do). */
  readonly counts: PovertyCounts;
  /** All resident households (tổng số hộ dân cư); without it no rate is printed. */
  readonly totalHouseholds?: number;
  /** Poor and near-poor households at the start of the year (đầu năm). */
  readonly atStart?: PovertyCounts;
  /** The movement between the two reviews, from `householdMovement`. */
  readonly movement?: HouseholdMovement;
  /** How to print the poverty rates (default 2 decimals, half-up). */
  readonly rates?: PrintRateOptions;
}

const rateOption = (input: { readonly rates?: PrintRateOptions }): FillReportOptions =>
  input.rates === undefined ? {} : { rates: input.rates };

function checkCount(name: string, v: unknown): void {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0)
    rangeError(`${name} must be an integer ≥ 0, got ${show(v)}.`);
}

/**
 * The household figures of a report (điền số liệu hộ nghèo, hộ cận nghèo): end counts, start
 * counts and the change "so với đầu năm", the movement, and the printed rates over the total.
 *
 * The movement is mapped onto the report identity `end = start − escaped + fell back + new`:
 * `escaped` = escaped + departed (every household that left the list), `fellBack` = fell back,
 * `new` = came from the other list + newly entered (every household that joined it), so the
 * identity holds whenever the household domain's own identity holds.
 *
 * Legal basis: tỷ lệ hộ nghèo = số hộ nghèo / tổng số hộ dân cư × 100 (§4.6 of the notes).
 *
 * @param input - Counts, total, start counts, movement, rate printing.
 * @returns The figures.
 * @throws RangeError when a count is not an integer ≥ 0.
 * @example
 * reportFiguresFromHouseholds({ counts: { poor: 99, nearPoor: 219 }, totalHouseholds: 3000, rates: { decimals: 1 } })
 * // => { poor: 99, nearPoor: 219, total: 3000, poorRate: { text: '3,3%', … }, nearPoorRate: { text: '7,3%', … } }
 */
export function reportFiguresFromHouseholds(input: ReportFiguresFromHouseholdsInput): HouseholdReportFigures {
  const { counts, totalHouseholds, atStart, movement } = input;
  checkCount('counts.poor', counts.poor);
  checkCount('counts.nearPoor', counts.nearPoor);
  const out: Record<string, unknown> = { poor: counts.poor, nearPoor: counts.nearPoor };
  if (totalHouseholds !== undefined) {
    checkCount('totalHouseholds', totalHouseholds);
    out.total = totalHouseholds;
    const pr = printedRateFromRatio(ratio(counts.poor, totalHouseholds), input.rates);
    const nr = printedRateFromRatio(ratio(counts.nearPoor, totalHouseholds), input.rates);
    if (pr !== undefined) out.poorRate = pr;
    if (nr !== undefined) out.nearPoorRate = nr;
  }
  if (atStart !== undefined) {
    checkCount('atStart.poor', atStart.poor);
    checkCount('atStart.nearPoor', atStart.nearPoor);
    out.poorAtStart = atStart.poor;
    out.nearPoorAtStart = atStart.nearPoor;
    out.poorChange = counts.poor - atStart.poor;
    out.nearPoorChange = counts.nearPoor - atStart.nearPoor;
  }
  if (movement !== undefined) {
    const p = movement.poor;
    const n = movement.nearPoor;
    out.poorEscaped = p.escaped + p.departed;
    out.poorFellBack = p.fellBack;
    out.poorNew = p.fromOther + p.newlyEntered;
    out.nearPoorEscaped = n.escaped + n.departed;
    out.nearPoorFellBack = n.fellBack;
    out.nearPoorNew = n.fromOther + n.newlyEntered;
    if (atStart === undefined) {
      out.poorAtStart = p.start;
      out.nearPoorAtStart = n.start;
      out.poorChange = counts.poor - p.start;
      out.nearPoorChange = counts.nearPoor - n.start;
    }
  }
  return out as HouseholdReportFigures;
}

function levelsOf(
  byQualification: Readonly<Record<string, number>>,
): Partial<Record<ReportQualificationLevel, number>> {
  const out: Partial<Record<ReportQualificationLevel, number>> = {};
  for (const l of REPORT_QUALIFICATION_LEVELS) {
    const v = byQualification[l];
    if (v !== undefined && v > 0) out[l] = v;
  }
  return out;
}

/**
 * The staff figures of a report (điền số liệu cán bộ, công chức) from personnel headcounts: the
 * establishment with cán bộ and công chức (`byCategory.can_bo`, `byCategory.cong_chuc`) and their
 * qualifications, and the part-time workers with theirs. Count the two groups separately with
 * `countHeadcount(roster, date, { categories: [...] })`.
 *
 * Legal basis: Nghị định 33/2023/NĐ-CP (cán bộ, công chức và người hoạt động không chuyên trách cấp xã).
 *
 * @param staff - Headcount of cán bộ and công chức.
 * @param partTime - Headcount of người hoạt động không chuyên trách (optional).
 * @returns The figures (qualification levels with no one are left out).
 * @throws Never.
 * @example
 * // Headcounts as countHeadcount gives them (commune-kpi/personnel), here written out:
 * const cbcc = { ...emptyHeadcountTally(), total: 22, byCategory: { can_bo: 10, cong_chuc: 12 },
 *   byQualification: { dai_hoc: 16, trung_cap: 6 } };
 * const khongChuyenTrach = { ...emptyHeadcountTally(), total: 10,
 *   byCategory: { khong_chuyen_trach_xa: 10 }, byQualification: { dai_hoc: 5, trung_cap: 5 } };
 * reportFiguresFromHeadcount(cbcc, khongChuyenTrach)
 * // => { total: 22, cadres: 10, civilServants: 12, qualifications: { dai_hoc: 16, trung_cap: 6 },
 * //      partTime: 10, partTimeQualifications: { dai_hoc: 5, trung_cap: 5 } }
 */
export function reportFiguresFromHeadcount(
  staff: HeadcountTally,
  partTime?: HeadcountTally,
): StaffReportFigures {
  const out: Record<string, unknown> = {
    ...fillReportFromTally(HEADCOUNT_TALLY, staff, STAFF_REPORT_FILL),
  };
  if (partTime !== undefined) {
    out.partTime = partTime.total;
    out.partTimeQualifications = levelsOf(partTime.byQualification);
  }
  return out as StaffReportFigures;
}

/**
 * Input of {@link reportFiguresFromDocuments}.
 *
 * @example
 * const certs = [
 *   { kind: 'agency', holder: 'UBND xã Phổ Phong', validFrom: '2021-03-01', validTo: '2026-03-01' },
 *   { kind: 'personal', holder: 'Nguyễn Văn An', validFrom: '2022-01-10', validTo: '2025-01-09' },
 * ] as const;
 * reportFiguresFromDocuments({ signatures: signatureInventory(certs, '2023-06-14') }).signatures // => 2
 */
export interface ReportFiguresFromDocumentsInput {
  /** Register counts from `tallyDocuments` (or `electronicDocumentRates(...).tally`). */
  readonly tally?: DocumentTally;
  /** Signatures from `signatureInventory`. */
  readonly signatures?: SignatureInventory;
  /** How to print the electronic-document rate (default 2 decimals, half-up). */
  readonly rates?: PrintRateOptions;
}

/**
 * The document figures of a report (điền số liệu văn bản điện tử, chữ ký số): documents exchanged
 * (outgoing + incoming, secret ones excluded) and those exchanged electronically with the printed
 * rate, and the digital signatures valid (agency and personal).
 *
 * Legal basis: Quyết định 28/2018/QĐ-TTg; Nghị định 30/2020/NĐ-CP.
 *
 * @param input - Register tally, signature inventory, rate printing.
 * @returns The figures.
 * @throws RangeError for bad decimals.
 * @example
 * const tally = { ...emptyDocumentTally(), outgoing: 120, outgoingElectronic: 118, incoming: 80, incomingElectronic: 78 };
 * const signatures = signatureInventory([
 *   { kind: 'agency', holder: 'UBND xã Phổ Phong', validFrom: '2021-03-01', validTo: '2026-03-01' },
 *   { kind: 'personal', holder: 'Nguyễn Văn An', validFrom: '2022-01-10', validTo: '2025-01-09' },
 * ], '2023-06-14');
 * reportFiguresFromDocuments({ tally, signatures, rates: { decimals: 0 } })
 * // => { total: 200, electronic: 196, electronicRate: { text: '98%', value: '98', decimals: 0 },
 * //      signatures: 2, organisationSignatures: 1, personalSignatures: 1 }
 */
export function reportFiguresFromDocuments(input: ReportFiguresFromDocumentsInput): DocumentReportFigures {
  const t = input.tally;
  const out: Record<string, unknown> =
    t === undefined
      ? {}
      : { ...fillReportFromTally(DOCUMENT_TALLY, t, DOCUMENT_REPORT_FILL, rateOption(input)) };
  const s = input.signatures;
  if (s !== undefined) {
    out.signatures = s.total;
    out.organisationSignatures = s.agency;
    out.personalSignatures = s.personal;
  }
  return out as DocumentReportFigures;
}

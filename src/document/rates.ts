import { rangeError, show } from '../_lib/errors';
import { isLocalDate, type LocalDate } from '../core/localDate';
import { periodContains, type ReportingPeriod } from '../core/period';
import { type Ratio, ratio } from '../core/ratio';
import type { TallyDescriptor, TallyLabel } from '../core/tally';
import type { DocumentRegisterEntry } from './schema';

/**
 * Integer counts behind the electronic-document rates (số liệu văn bản điện tử), mergeable with
 * {@link mergeDocumentTallies}. Secret documents (độ mật other than `none`) are counted only in
 * `secretExcluded`.
 */
export interface DocumentTally {
  /** Non-secret outgoing documents (văn bản đi). */
  readonly outgoing: number;
  /** Of which sent electronically. */
  readonly outgoingElectronic: number;
  /** Of which, among those sent electronically, carrying the agency's digital signature. */
  readonly outgoingElectronicAgencySigned: number;
  /** Of which, among those sent electronically, carrying the signer's digital signature. */
  readonly outgoingElectronicSignerSigned: number;
  /** Non-secret incoming documents (văn bản đến). */
  readonly incoming: number;
  /** Of which received electronically. */
  readonly incomingElectronic: number;
  /** Secret documents left out of every rate. */
  readonly secretExcluded: number;
}

/**
 * The tally of nothing, a new object each call: the identity of {@link mergeDocumentTallies}.
 *
 * @returns A tally with every count 0.
 * @throws Never.
 * @example
 * emptyDocumentTally().outgoing // => 0
 */
export function emptyDocumentTally(): DocumentTally {
  return {
    outgoing: 0,
    outgoingElectronic: 0,
    outgoingElectronicAgencySigned: 0,
    outgoingElectronicSignerSigned: 0,
    incoming: 0,
    incomingElectronic: 0,
    secretExcluded: 0,
  };
}

/**
 * The tally of nothing, frozen.
 *
 * @deprecated Use {@link emptyDocumentTally} (one form, a function, in every domain).
 * @example
 * EMPTY_DOCUMENT_TALLY.outgoing // => 0
 */
export const EMPTY_DOCUMENT_TALLY: DocumentTally = /* @__PURE__ */ Object.freeze(emptyDocumentTally());

/**
 * The count fields of a {@link DocumentTally} and their labels in Vietnamese and English.
 *
 * @example
 * DOCUMENT_TALLY_LABELS.incomingElectronic.vi // => 'Văn bản đến nhận điện tử'
 */
export const DOCUMENT_TALLY_LABELS: Readonly<Record<keyof DocumentTally, TallyLabel>> =
  /* @__PURE__ */ Object.freeze({
    outgoing: {
      vi: 'Văn bản đi',
      en: 'Outgoing documents',
      short: { vi: 'Văn bản đi (không mật)', en: 'Outgoing (non-secret)' },
    },
    outgoingElectronic: {
      vi: 'Văn bản đi gửi điện tử',
      en: 'Outgoing, sent electronically',
      short: { vi: 'Văn bản đi điện tử', en: 'Outgoing, electronic' },
    },
    outgoingElectronicAgencySigned: {
      vi: 'Văn bản đi điện tử có chữ ký số của cơ quan',
      en: 'Outgoing electronic, with the agency signature',
      short: { vi: 'Văn bản đi điện tử có chữ ký số cơ quan', en: "Outgoing electronic, agency's signature" },
    },
    outgoingElectronicSignerSigned: {
      vi: 'Văn bản đi điện tử có chữ ký số của người có thẩm quyền',
      en: 'Outgoing electronic, with the signer signature',
      short: {
        vi: 'Văn bản đi điện tử có chữ ký số người có thẩm quyền',
        en: "Outgoing electronic, signer's signature",
      },
    },
    incoming: {
      vi: 'Văn bản đến',
      en: 'Incoming documents',
      short: { vi: 'Văn bản đến (không mật)', en: 'Incoming (non-secret)' },
    },
    incomingElectronic: {
      vi: 'Văn bản đến nhận điện tử',
      en: 'Incoming, received electronically',
      short: { vi: 'Văn bản đến điện tử', en: 'Incoming, electronic' },
    },
    secretExcluded: {
      vi: 'Văn bản mật (không tính)',
      en: 'Secret documents (not counted)',
      short: { vi: 'Văn bản mật (không tính tỷ lệ)', en: 'Secret (left out of the rates)' },
    },
  });

const KEYS = Object.keys(DOCUMENT_TALLY_LABELS) as (keyof DocumentTally)[];

/**
 * Add two tallies field by field (cộng số liệu): associative and commutative, with
 * {@link emptyDocumentTally} as identity, so tallies of months, communes or workers combine.
 *
 * @param a - A tally.
 * @param b - Another tally.
 * @returns Their sum.
 * @throws RangeError if a count is not a non-negative safe integer.
 * @example
 * const a = Object.assign(emptyDocumentTally(), { outgoing: 2 });
 * const b = Object.assign(emptyDocumentTally(), { outgoing: 3 });
 * mergeDocumentTallies(a, b).outgoing // => 5
 */
export function mergeDocumentTallies(a: DocumentTally, b: DocumentTally): DocumentTally {
  const out: Record<string, number> = {};
  for (const k of KEYS) {
    const x = a[k];
    const y = b[k];
    if (!Number.isSafeInteger(x) || x < 0 || !Number.isSafeInteger(y) || y < 0) {
      rangeError(`tally field ${k} must be an integer ≥ 0, got ${show(x)} and ${show(y)}.`);
    }
    out[k] = x + y;
  }
  return out as unknown as DocumentTally;
}

/** Options of {@link tallyDocuments} and the rate functions. */
export interface DocumentRateOptions {
  /** Only documents dated in this period count (issue date for outgoing, arrival date for incoming). */
  readonly period?: ReportingPeriod;
}

/**
 * The date that places a document in a period: the issue date of an outgoing document (ngày văn
 * bản), the arrival date of an incoming one (ngày đến).
 *
 * @param entry - A register entry.
 * @returns Its {@link LocalDate}.
 * @throws never.
 * @example
 * documentReportingDate({ direction: 'incoming', arrivalDate: '2023-06-21', issueDate: '2023-06-20' } as DocumentRegisterEntry)
 * // => '2023-06-21'
 */
export function documentReportingDate(entry: DocumentRegisterEntry): LocalDate {
  return entry.direction === 'incoming' ? entry.arrivalDate : entry.issueDate;
}

function isSecret(e: DocumentRegisterEntry): boolean {
  return e.secrecy !== undefined && e.secrecy !== 'none';
}

/**
 * Count register entries for the electronic-document rates (thống kê văn bản điện tử). One pass,
 * integers only. Entries with a date that is not a real `YYYY-MM-DD` are skipped (parse them with
 * {@link parseDocumentRegister} first).
 *
 * @param entries - Parsed register entries.
 * @param options - An optional reporting period.
 * @returns The {@link DocumentTally}.
 * @throws never on data.
 * @example
 * const doc = { type: 'cong-van', issuer: 'UBND xã Phổ Phong', summary: 'Về việc báo cáo',
 *   agencySignature: true, signerSignature: true } as const;
 * tallyDocuments([
 *   { ...doc, direction: 'outgoing', numberSymbol: '12/UBND-VP', issueDate: '2023-03-01', electronic: true },
 *   { ...doc, direction: 'outgoing', numberSymbol: '13/UBND-VP', issueDate: '2023-03-02', electronic: true,
 *     secrecy: 'confidential' },
 *   { ...doc, direction: 'incoming', numberSymbol: '45/SNV-VP', issueDate: '2023-03-01', electronic: false,
 *     arrivalNumber: 1, arrivalDate: '2023-03-03' },
 * ])
 * // => { outgoing: 1, outgoingElectronic: 1, outgoingElectronicAgencySigned: 1,
 * //      outgoingElectronicSignerSigned: 1, incoming: 1, incomingElectronic: 0, secretExcluded: 1 }
 */
export function tallyDocuments(
  entries: Iterable<DocumentRegisterEntry>,
  options: DocumentRateOptions = {},
): DocumentTally {
  const t = emptyDocumentTally() as MutableDocumentTally;
  const period = options.period;
  for (const e of entries) addEntry(t, e, period);
  return t;
}

type MutableDocumentTally = { -readonly [K in keyof DocumentTally]: number };

/** Count one entry in place: the one rule {@link tallyDocuments} and {@link DOCUMENT_TALLY} use. */
function addEntry(
  t: MutableDocumentTally,
  e: DocumentRegisterEntry,
  period: ReportingPeriod | undefined,
): void {
  const date = documentReportingDate(e);
  if (!isLocalDate(date)) return;
  if (period && !periodContains(period, date)) return;
  if (isSecret(e)) {
    t.secretExcluded++;
    return;
  }
  if (e.direction === 'incoming') {
    t.incoming++;
    if (e.electronic) t.incomingElectronic++;
  } else {
    t.outgoing++;
    if (e.electronic) {
      t.outgoingElectronic++;
      if (e.agencySignature) t.outgoingElectronicAgencySigned++;
      if (e.signerSignature) t.outgoingElectronicSignerSigned++;
    }
  }
}

/**
 * The dimensions register entries can be grouped by, listed once for the domain: `direction`
 * (`outgoing`, `incoming`) and `month` (`YYYY-MM` of {@link documentReportingDate}).
 *
 * @example
 * DOCUMENT_GROUP_DIMENSIONS // => ['direction', 'month']
 */
export const DOCUMENT_GROUP_DIMENSIONS = ['direction', 'month'] as const;

/** One of {@link DOCUMENT_GROUP_DIMENSIONS}. */
export type DocumentGroupDimension = (typeof DOCUMENT_GROUP_DIMENSIONS)[number];

/**
 * The label of each of {@link DOCUMENT_GROUP_DIMENSIONS} in Vietnamese and English.
 *
 * @example
 * DOCUMENT_GROUP_DIMENSION_LABELS.month.vi // => 'Tháng'
 */
export const DOCUMENT_GROUP_DIMENSION_LABELS: Readonly<Record<DocumentGroupDimension, TallyLabel>> =
  /* @__PURE__ */ Object.freeze({
    direction: { vi: 'Văn bản đi/đến', en: 'Direction' },
    month: { vi: 'Tháng', en: 'Month' },
  });

/**
 * The document tally's descriptor (mô tả bảng số liệu văn bản): the counts of
 * {@link DocumentTally} with {@link DOCUMENT_TALLY_LABELS}, the dimensions of
 * {@link DOCUMENT_GROUP_DIMENSIONS}, and the empty tally, add and merge of this module, for the
 * generic `tallyWith`, `tallyBy` and `TallyAccumulator` of `commune-kpi/core`. The context is
 * the options of {@link tallyDocuments} (an optional period).
 *
 * @example
 * DOCUMENT_TALLY.fields.length // => 7
 */
export const DOCUMENT_TALLY: TallyDescriptor<
  DocumentTally,
  DocumentRegisterEntry,
  DocumentRateOptions,
  DocumentGroupDimension
> = /* @__PURE__ */ Object.freeze({
  domain: 'document',
  fields: KEYS,
  labels: DOCUMENT_TALLY_LABELS,
  dimensions: DOCUMENT_GROUP_DIMENSIONS,
  dimensionLabels: DOCUMENT_GROUP_DIMENSION_LABELS,
  empty: emptyDocumentTally,
  add(t: DocumentTally, e: DocumentRegisterEntry, c: DocumentRateOptions): DocumentTally {
    addEntry(t as MutableDocumentTally, e, c.period);
    return t;
  },
  merge: mergeDocumentTallies,
  keyOf(e: DocumentRegisterEntry, dim: DocumentGroupDimension): string {
    return dim === 'direction' ? e.direction : documentReportingDate(e).slice(0, 7);
  },
});

/** The electronic-document rates, each a {@link Ratio} with its parts. */
export interface DocumentRates {
  /**
   * Tỷ lệ văn bản đi điện tử: non-secret outgoing documents sent electronically through the
   * document-management system / all non-secret outgoing documents.
   */
  readonly outgoingElectronic: Ratio;
  /**
   * Tỷ lệ văn bản đến điện tử: non-secret incoming documents received electronically / all
   * non-secret incoming documents.
   */
  readonly incomingElectronic: Ratio;
  /**
   * Tỷ lệ văn bản trao đổi dưới dạng điện tử: (electronic outgoing + electronic incoming) /
   * (all outgoing + all incoming), secret documents excluded.
   */
  readonly totalElectronic: Ratio;
  /**
   * Tỷ lệ văn bản điện tử có chữ ký số của cơ quan: electronic outgoing documents carrying the
   * agency's digital signature / electronic outgoing documents (the agency signs only what it
   * issues, so incoming documents are not in it).
   */
  readonly agencySigned: Ratio;
  /**
   * Tỷ lệ văn bản điện tử có chữ ký số của người có thẩm quyền: electronic outgoing documents
   * carrying the signer's digital signature / electronic outgoing documents.
   */
  readonly signerSigned: Ratio;
}

/**
 * The electronic-document rates of a tally (tỷ lệ văn bản điện tử). No national formula fixes
 * them; the definitions are those stated on {@link DocumentRates}, following the wording "văn bản
 * trao đổi … dưới dạng điện tử (trừ văn bản mật)" of government targets. A zero denominator gives
 * `value: null`.
 *
 * Legal basis: Quyết định 28/2018/QĐ-TTg (gửi, nhận văn bản điện tử; not for state secrets);
 * Nghị định 30/2020/NĐ-CP, Điều 3 and Phụ lục I (chữ ký số của cơ quan và của người có thẩm quyền).
 *
 * @param tally - Counts from {@link tallyDocuments} or merged tallies.
 * @returns The five rates.
 * @throws RangeError if a count is negative or not finite.
 * @example
 * const t = Object.assign(emptyDocumentTally(), { outgoing: 50, outgoingElectronic: 49, incoming: 150, incomingElectronic: 147 });
 * documentRatesFromTally(t).totalElectronic // => { numerator: 196, denominator: 200, value: 0.98 }
 */
export function documentRatesFromTally(tally: DocumentTally): DocumentRates {
  return {
    outgoingElectronic: ratio(tally.outgoingElectronic, tally.outgoing),
    incomingElectronic: ratio(tally.incomingElectronic, tally.incoming),
    totalElectronic: ratio(
      tally.outgoingElectronic + tally.incomingElectronic,
      tally.outgoing + tally.incoming,
    ),
    agencySigned: ratio(tally.outgoingElectronicAgencySigned, tally.outgoingElectronic),
    signerSigned: ratio(tally.outgoingElectronicSignerSigned, tally.outgoingElectronic),
  };
}

/** Counts and rates of one period or month. */
export interface DocumentRatesResult {
  /** The integer counts. */
  readonly tally: DocumentTally;
  /** The rates computed from them. */
  readonly rates: DocumentRates;
}

/**
 * Electronic-document rates of a register over a period (tỷ lệ văn bản điện tử trong kỳ): see
 * {@link DocumentRates} for the definitions.
 *
 * Legal basis: Quyết định 28/2018/QĐ-TTg; Nghị định 30/2020/NĐ-CP.
 *
 * @param entries - Parsed register entries.
 * @param options - The reporting period (all entries when omitted).
 * @returns The tally and the rates.
 * @throws never on data.
 * @example
 * const doc = { type: 'cong-van', issuer: 'UBND xã Phổ Phong', summary: 'Về việc báo cáo',
 *   agencySignature: true, signerSignature: true } as const;
 * const out = (numberSymbol: string, issueDate: string, electronic: boolean) =>
 *   ({ ...doc, direction: 'outgoing', numberSymbol, issueDate, electronic }) as const;
 * const entries = [out('01/UBND-VP', '2023-01-05', true), out('02/UBND-VP', '2023-02-10', true),
 *   out('03/UBND-VP', '2023-03-15', false), out('04/UBND-VP', '2023-06-20', false)];
 * // The period is 15/12/2022–14/06/2023: the fourth is left out.
 * electronicDocumentRates(entries, { period: reportingPeriod({ kind: 'six-months', year: 2023 }) })
 *   .rates.totalElectronic // => { numerator: 2, denominator: 3, … }
 */
export function electronicDocumentRates(
  entries: Iterable<DocumentRegisterEntry>,
  options: DocumentRateOptions = {},
): DocumentRatesResult {
  const tally = tallyDocuments(entries, options);
  return { tally, rates: documentRatesFromTally(tally) };
}

/** One calendar month of {@link electronicDocumentRatesByMonth}. */
export interface MonthlyDocumentRates extends DocumentRatesResult {
  /** The month, `YYYY-MM`. */
  readonly month: string;
}

/**
 * Electronic-document rates by calendar month (theo từng tháng) of the reporting date, in month
 * order; months without documents are left out. Merging the monthly tallies gives the tally of
 * the whole span.
 *
 * @param entries - Parsed register entries.
 * @param options - An optional period restricting the entries.
 * @returns One row per month with documents.
 * @throws never on data.
 * @example
 * const doc = { type: 'cong-van', issuer: 'UBND xã Phổ Phong', summary: 'Về việc báo cáo',
 *   agencySignature: true, signerSignature: true } as const;
 * const out = (numberSymbol: string, issueDate: string, electronic: boolean) =>
 *   ({ ...doc, direction: 'outgoing', numberSymbol, issueDate, electronic }) as const;
 * const entries = [out('01/UBND-VP', '2023-01-05', true), out('02/UBND-VP', '2023-01-20', false),
 *   out('03/UBND-VP', '2023-03-15', true)];
 * electronicDocumentRatesByMonth(entries).map((m) => [m.month, m.rates.outgoingElectronic.value])
 * // => [['2023-01', 0.5], ['2023-03', 1]]
 */
export function electronicDocumentRatesByMonth(
  entries: Iterable<DocumentRegisterEntry>,
  options: DocumentRateOptions = {},
): MonthlyDocumentRates[] {
  const byMonth = new Map<string, DocumentRegisterEntry[]>();
  for (const e of entries) {
    const d = documentReportingDate(e);
    if (!isLocalDate(d)) continue;
    if (options.period && !periodContains(options.period, d)) continue;
    const m = d.slice(0, 7);
    let list = byMonth.get(m);
    if (!list) {
      list = [];
      byMonth.set(m, list);
    }
    list.push(e);
  }
  return [...byMonth.keys()].sort().map((month) => {
    const tally = tallyDocuments(byMonth.get(month)!);
    return { month, tally, rates: documentRatesFromTally(tally) };
  });
}

import type { z } from 'zod';
import { isLocalDate } from '../core/localDate';
import type { ReportingPeriod } from '../core/period';
import { DossierTallyAccumulator, type DossierTallyAccumulatorOptions } from '../dossier/accumulator';
import {
  DOSSIER_CHANNELS,
  DOSSIER_OUTCOMES,
  DOSSIER_STATUSES,
  type DossierOutcome,
  STATUS_LABELS_VI,
} from '../dossier/codes';
import { DOSSIER_FIELD_LABELS, DOSSIER_MESSAGES } from '../dossier/messages';
import { type DossierRates, dossierRates } from '../dossier/rates';
import {
  type DossierRuleFacts,
  deriveDossierStatus,
  endWithoutResultDate,
  firstBrokenDossierRule,
  outcomeOfStatus,
} from '../dossier/rules';
import { type Dossier, DossierSchema } from '../dossier/schema';
import { NationalSyncToDossierSchema } from '../dossier/sync';
import type { DossierGroup, DossierTally } from '../dossier/tally';
import { byteChunks } from './csvBytes';
import { outcomeOfColumn, tallyCsvFast } from './dossierFast';
import {
  collectImport,
  createPipeline,
  type DerivedField,
  type DomainImporter,
  type ImportBatch,
  type ImportOptions,
  type ImportRejection,
  type ImportResult,
  type ImportStream,
  type ImportSummary,
  streamImport,
  type TableSource,
} from './importer';
import type { ColumnMap, MatchedColumn } from './mapping';
import type { ImportSource } from './source';

export { DossierTallyAccumulator, type DossierTallyAccumulatorOptions };

function isTableSource(s: ImportSource | TableSource): s is TableSource {
  return typeof s === 'object' && s !== null && !(s instanceof Uint8Array) && 'table' in s;
}

const STATUS_LABELS: (readonly [string, string])[] = [
  ...DOSSIER_STATUSES.map((s, i) => [String(i + 1), s] as const),
  ...DOSSIER_STATUSES.map((s) => [s, s] as const),
  ...DOSSIER_STATUSES.map((s) => [STATUS_LABELS_VI[s], s] as const),
  ['Đang giải quyết', 'processing'],
  ['Đã giải quyết', 'resolved'],
  ['Chờ bổ sung', 'awaiting_supplement'],
  ['Yêu cầu bổ sung', 'awaiting_supplement'],
  ['Chờ thực hiện nghĩa vụ tài chính', 'awaiting_payment'],
  ['Rút hồ sơ', 'withdrawal_requested'],
  ['Đã tiếp nhận', 'accepted'],
  ['Đã trả', 'returned'],
];

const CHANNEL_LABELS: (readonly [string, string])[] = [
  ...DOSSIER_CHANNELS.map((c, i) => [String(i + 1), c] as const),
  ...DOSSIER_CHANNELS.map((c) => [c, c] as const),
  ['Trực tiếp', 'direct'],
  ['Nộp trực tiếp', 'direct'],
  ['Trực tuyến', 'online'],
  ['Nộp trực tuyến', 'online'],
  ['Dịch vụ công trực tuyến', 'online'],
  ['Qua bưu chính công ích', 'postal'],
  ['Bưu chính công ích', 'postal'],
  ['Bưu chính', 'postal'],
  ['Qua BCCI', 'postal'],
];

/**
 * Column mapping of dossier exports (ánh xạ cột hồ sơ TTHC): the national sync field names
 * (`MaHoSo`, `MaTTHC`, `KenhThucHien`, `TrangThaiHoSo`, `NgayTiepNhan`, `NgayHenTra`,
 * `NgayKetThucXuLy`, `NgayTra`, `NgayTuChoi`, `DonViXuLy`, …), the headers of the Thanh Hóa
 * one-stop export (`Đơn vị tiếp nhận`, `Tên thủ tục hành chính`, `Mã hồ sơ`, `Trạng thái`,
 * `Ngày nhận`, `Ngày hẹn trả`, `Ngày kết thúc xử lý`) and of the tracking book of Thông tư
 * 01/2018/TT-VPCP (`Cơ quan chủ trì giải quyết`, group `Ngày, tháng, năm` over `Nhận hồ sơ`,
 * `Hẹn trả kết quả`, `Trả kết quả`). Statuses are read from the national codes 1–10, their
 * Vietnamese labels or this package's names; channels from 1–3 or `Trực tiếp`, `Trực tuyến`,
 * `Qua bưu chính công ích`.
 *
 * Source: `../shared/reference/real-data-models.md` §a.3–a.4.
 *
 * @example
 * DOSSIER_COLUMN_MAP.fields.find((f) => f.field === 'dueDate')?.headers
 * // => ['Ngày hẹn trả', 'NgayHenTra', 'Hẹn trả kết quả', 'Ngày hẹn trả kết quả', 'Hẹn trả']
 */
export const DOSSIER_COLUMN_MAP: ColumnMap = {
  domain: 'dossier',
  fields: [
    { field: 'code', kind: 'code', required: true, headers: ['Mã hồ sơ', 'MaHoSo', 'Số hồ sơ', 'Mã HS'] },
    {
      field: 'procedureCode',
      kind: 'code',
      headers: ['Mã TTHC', 'MaTTHC', 'Mã thủ tục', 'Mã thủ tục hành chính', 'Mã thủ tục HC'],
    },
    {
      field: 'procedureName',
      kind: 'string',
      headers: ['Tên thủ tục hành chính', 'Tên TTHC', 'TenTTHC', 'Tên thủ tục', 'Thủ tục hành chính'],
    },
    { field: 'fieldCode', kind: 'code', headers: ['Mã lĩnh vực', 'MaLinhVuc'] },
    { field: 'fieldName', kind: 'string', headers: ['Tên lĩnh vực', 'TenLinhVuc', 'Lĩnh vực'] },
    {
      field: 'unit',
      kind: 'string',
      required: true,
      headers: [
        'Đơn vị tiếp nhận',
        'DonViXuLy',
        'Đơn vị xử lý',
        'Cơ quan chủ trì giải quyết',
        'Cơ quan giải quyết',
        'Đơn vị',
      ],
    },
    {
      field: 'channel',
      kind: 'label',
      required: true,
      labels: CHANNEL_LABELS,
      headers: [
        'Kênh thực hiện',
        'KenhThucHien',
        'Kênh nộp',
        'Kênh nộp hồ sơ',
        'Hình thức nộp',
        'Kênh tiếp nhận',
      ],
    },
    {
      field: 'status',
      kind: 'label',
      labels: STATUS_LABELS,
      headers: ['Trạng thái', 'TrangThaiHoSo', 'Trạng thái hồ sơ', 'Tình trạng', 'Tình trạng hồ sơ'],
    },
    {
      field: 'receivedAt',
      kind: 'instant',
      required: true,
      headers: [
        'Ngày tiếp nhận',
        'NgayTiepNhan',
        'Ngày nhận',
        'Nhận hồ sơ',
        'Ngày nhận hồ sơ',
        'Thời gian tiếp nhận',
      ],
    },
    {
      field: 'dueDate',
      kind: 'date',
      required: true,
      headers: ['Ngày hẹn trả', 'NgayHenTra', 'Hẹn trả kết quả', 'Ngày hẹn trả kết quả', 'Hẹn trả'],
    },
    {
      field: 'reappointments.0',
      kind: 'date',
      headers: ['Ngày hẹn lại', 'Ngày hẹn trả mới', 'NgayHenTraMoi'],
    },
    {
      field: 'finishedAt',
      kind: 'instant',
      headers: [
        'Ngày kết thúc xử lý',
        'NgayKetThucXuLy',
        'Ngày hoàn thành',
        'Ngày có kết quả',
        'Ngày xử lý xong',
      ],
    },
    {
      field: 'returnedAt',
      kind: 'instant',
      headers: ['Ngày trả kết quả', 'NgayTra', 'Trả kết quả', 'Ngày trả'],
    },
    {
      field: 'outcomeAt',
      kind: 'instant',
      headers: ['Ngày từ chối', 'NgayTuChoi', 'Ngày rút', 'Ngày dừng xử lý'],
    },
  ],
};

const STATUSES = new Set<string>(DOSSIER_STATUSES);
const CHANNELS = new Set<string>(DOSSIER_CHANNELS);
const OUTCOMES = new Set<string>(DOSSIER_OUTCOMES);

function d2(s: string, i: number, max: number): boolean {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 && a * 10 + b <= max;
}

/** `YYYY-MM-DD`, or `YYYY-MM-DDTHH:mm:ss+07:00` with a real date and time: the date; else undefined. */
function canonicalDay(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  if (v.length === 10) return isLocalDate(v) ? v : undefined;
  if (
    v.length === 25 &&
    v.charCodeAt(10) === 84 &&
    v.charCodeAt(13) === 58 &&
    v.charCodeAt(16) === 58 &&
    v.endsWith('+07:00') &&
    d2(v, 11, 23) &&
    d2(v, 14, 59) &&
    d2(v, 17, 59)
  ) {
    const day = v.slice(0, 10);
    return isLocalDate(day) ? day : undefined;
  }
  return undefined;
}

const optString = (v: unknown): boolean => v === undefined || typeof v === 'string';
const nonEmpty = (v: unknown): boolean => typeof v === 'string' && v.length > 0;

const NO_DATES: readonly string[] = [];

/**
 * The fast check on objects: `true` only for an input that {@link DossierSchema} accepts and
 * returns unchanged. It decodes the fields (every key a schema field, canonical dates) and asks
 * the one set of rules (`firstBrokenDossierRule`); anything else goes to the schema.
 */
function fastValidDossier(d: Record<string, unknown>): boolean {
  if (!nonEmpty(d.code) || !nonEmpty(d.unit)) return false;
  if (d.procedureCode !== undefined && !nonEmpty(d.procedureCode)) return false;
  if (!optString(d.procedureName) || !optString(d.fieldCode) || !optString(d.fieldName)) return false;
  if (!CHANNELS.has(d.channel as string) || !STATUSES.has(d.status as string)) return false;
  if (d.supplements !== undefined) return false;
  let firstReappointment: string | undefined;
  let reappointments = 0;
  const re = d.reappointments;
  if (re !== undefined) {
    if (!Array.isArray(re) || re.length !== 1 || !isLocalDate(re[0])) return false;
    firstReappointment = re[0] as string;
    reappointments = 1;
  }
  const received = canonicalDay(d.receivedAt);
  if (received === undefined) return false;
  const due = d.dueDate;
  if (typeof due !== 'string' || due.length !== 10 || !isLocalDate(due)) return false;
  const day = (v: unknown): string | null | undefined =>
    v === undefined ? undefined : (canonicalDay(v) ?? null);
  const finished = day(d.finishedAt);
  const returned = day(d.returnedAt);
  const outcomeAt = day(d.outcomeAt);
  if (finished === null || returned === null || outcomeAt === null) return false;
  const outcome = d.outcome;
  if (outcome !== undefined && !OUTCOMES.has(outcome as string)) return false;
  const facts: DossierRuleFacts<string> = {
    status: d.status as string,
    received,
    due,
    finished,
    returned,
    outcome: outcome as string | undefined,
    outcomeAt,
    reappointments,
    firstReappointment,
    supplements: 0,
    requestedAt: NO_DATES,
    completedAt: NO_DATES,
  };
  return firstBrokenDossierRule(facts) === undefined;
}

/** Options of {@link importDossiers} and {@link streamDossiers}. */
export interface ImportDossiersOptions extends ImportOptions {
  /** The receiving unit for files without a unit column (e.g. the commune's code). */
  readonly unit?: string;
}

/** @internal The dossier domain for the engine. */
export function dossierDomain(options: ImportDossiersOptions): DomainImporter<Dossier> {
  const unit = options.unit;
  let outcomeKind: DossierOutcome = 'stopped';
  return {
    columns: DOSSIER_COLUMN_MAP,
    schema: DossierSchema,
    catalogs: [DOSSIER_MESSAGES],
    fields: [DOSSIER_FIELD_LABELS],
    derive(columns: readonly MatchedColumn[]): DerivedField[] {
      if (columns.some((c) => c.field === 'status')) return [];
      const out = columns.find((c) => c.field === 'outcomeAt');
      if (out === undefined) return [{ field: 'status', code: 'vn.import.status_derived', params: {} }];
      outcomeKind = outcomeOfColumn(out.header);
      return [
        {
          field: 'status',
          code: 'vn.import.status_derived_with_outcome',
          params: { column: out.header, outcome: outcomeKind },
        },
      ];
    },
    finish(input, _mapped, derived) {
      if (input.unit === undefined && unit !== undefined) input.unit = unit;
      if (derived.has('status')) {
        // No status column: the dates decide (deriveDossierStatus, commune-kpi/dossier).
        const r = deriveDossierStatus(
          input.finishedAt !== undefined,
          input.returnedAt !== undefined,
          input.outcomeAt !== undefined,
          outcomeKind,
        );
        input.status = r.status;
        if (r.outcome !== undefined) input.outcome = r.outcome;
        return;
      }
      const outcome = outcomeOfStatus(input.status as string);
      if (outcome !== undefined) {
        // As the national sync is read: status 7 (rút) and 8 (dừng) end without a result, dated by
        // the end of processing, else the return, else the refusal date.
        input.outcome = outcome;
        const at = endWithoutResultDate(input.finishedAt, input.returnedAt, input.outcomeAt);
        delete input.finishedAt;
        delete input.returnedAt;
        if (at === undefined) delete input.outcomeAt;
        else input.outcomeAt = at;
      }
    },
    fastValid: fastValidDossier,
    // A dossier code appears once in an export; a repeat is named in a notice (the row stays).
    uniqueCode: (d) => d.code,
    fromObject(record) {
      if (Object.hasOwn(record, 'MaHoSo') && Object.hasOwn(record, 'TrangThaiHoSo')) {
        return NationalSyncToDossierSchema as unknown as z.ZodType<Dossier>;
      }
      if (Object.hasOwn(record, 'procedureCode') && Object.hasOwn(record, 'receivedAt')) return DossierSchema;
      if (
        Object.hasOwn(record, 'code') &&
        Object.hasOwn(record, 'receivedAt') &&
        Object.hasOwn(record, 'status')
      )
        return DossierSchema;
      return undefined;
    },
  };
}

/**
 * Stream dossiers from a CSV, JSON, JSON Lines or spreadsheet export, batch by batch
 * (nhập hồ sơ TTHC theo luồng). Headers are matched with {@link DOSSIER_COLUMN_MAP}; national-sync
 * JSON records (`MaHoSo`, `TrangThaiHoSo`, …) go through `NationalSyncToDossierSchema`, records in
 * this package's own shape through `DossierSchema`. A status of 7 (rút hồ sơ) or 8 (dừng xử lý)
 * becomes an outcome dated by the end of processing, else the return, else the refusal date, as
 * `fromNationalSync` does.
 *
 * @param source - Text, bytes, a stream, an iterable of chunks, or a {@link TableSource}.
 * @param options - Format, overrides, language, error limit, default unit.
 * @returns A stream of batches with a live summary.
 * @throws RangeError for an unknown format or override field; TypeError for an unsafe override header.
 * @example
 * const csv = 'Mã hồ sơ;Mã TTHC;Đơn vị tiếp nhận;Kênh thực hiện;Trạng thái;Ngày nhận;Ngày hẹn trả\n' +
 *   'H1;1.001612;UBND xã Phổ Phong;Trực tuyến;Đang xử lý;02/03/2026 08:15;05/03/2026\n' +
 *   'H2;1.001612;UBND xã Phổ Phong;Trực tiếp;Đang xử lý;02/03/2026;31/02/2026\n' +
 *   'H3;1.000894;UBND xã Phổ Phong;Trực tiếp;Đang xử lý;03/03/2026;06/03/2026\n';
 * const stream = streamDossiers(csv); // or a file's bytes, a ReadableStream, chunks
 * const valid: string[] = [];
 * const rejected: string[] = [];
 * for await (const b of stream) {
 *   valid.push(...b.valid.map((d) => `${d.code} ${d.channel}`));
 *   rejected.push(...b.rejected.map((r) => `${r.line} ${r.issues[0]?.column}`));
 * }
 * valid // => ['H1 online', 'H3 direct']
 * rejected // => ['3 Ngày hẹn trả']   (31/02/2026 does not exist)
 * stream.summary // => { read: 3, valid: 2, rejected: 1, separator: ';', … }
 */
export function streamDossiers(
  source: ImportSource | TableSource,
  options: ImportDossiersOptions = {},
): ImportStream<Dossier> {
  return streamImport(source, dossierDomain(options), options);
}

/**
 * Import a whole dossier export at once (nhập hồ sơ TTHC): every valid dossier and every rejected
 * row with its line, raw cells, field and reason. See {@link streamDossiers} for what is read.
 *
 * @param source - Text, bytes, a stream, an iterable of chunks, or a {@link TableSource}.
 * @param options - Format, overrides, language, error limit, default unit.
 * @returns The rows, the rejections and the summary; `read === rows.length + rejections.length`.
 * @throws As {@link streamDossiers}.
 * @example
 * const r = await importDossiers('Mã hồ sơ;Mã TTHC;Đơn vị tiếp nhận;Kênh thực hiện;Trạng thái;Ngày nhận;Ngày hẹn trả\n' +
 *   'H1;1.001;UBND xã A;Trực tuyến;Đang xử lý;02/03/2026 08:15;05/03/2026');
 * r.rows[0] // => { code: 'H1', procedureCode: '1.001', unit: 'UBND xã A', channel: 'online',
 * //              status: 'processing', receivedAt: '2026-03-02T08:15:00+07:00', dueDate: '2026-03-05' }
 */
export function importDossiers(
  source: ImportSource | TableSource,
  options: ImportDossiersOptions = {},
): Promise<ImportResult<Dossier>> {
  return collectImport(source, dossierDomain(options), options);
}

/** Options of {@link tallyDossierSource}. */
export interface TallyDossierSourceOptions extends ImportDossiersOptions, DossierTallyAccumulatorOptions {
  /** The reporting period. */
  readonly period: ReportingPeriod;
  /**
   * How many rejections to keep in the result's `rejections`: the first ones of the file, default
   * {@link DEFAULT_KEEP_REJECTIONS} (1000); `0` keeps none. Every rejection is still counted in
   * `summary.rejected` and passed to `onRejection`, so memory stays flat on a file where every row
   * is bad. A non-negative integer or `Infinity` (keep all).
   */
  readonly keepRejections?: number;
  /**
   * The rejection sink: called with every rejected row, synchronously, in file order, as it is
   * found (before the promise resolves), whether or not it is kept; e.g. to write it to a file
   * (`createRejectsWriter` of `commune-kpi/node`). Without it, rejections past `keepRejections`
   * are only counted (their messages are not even built). An exception it throws stops the tally
   * and rejects the promise.
   */
  readonly onRejection?: (rejection: ImportRejection) => void;
}

/** A group of a tally read from a source, with its rates. */
export interface DossierSourceGroup extends DossierGroup {
  /** Every rate of the group's tally. */
  readonly rates: DossierRates;
}

/** The result of {@link tallyDossierSource}. */
export interface DossierSourceTally {
  /** Totals and layout of the import. */
  readonly summary: ImportSummary;
  /** Tally of every valid dossier. */
  readonly total: DossierTally;
  /** Rates of the total. */
  readonly rates: DossierRates;
  /** Groups by the requested dimensions, sorted by key. */
  readonly groups: DossierSourceGroup[];
  /**
   * The first `keepRejections` rejected rows (default 1000) in file order; `summary.rejected`
   * counts them all, so `summary.rejected - rejections.length` were passed on to `onRejection`
   * (or only counted) and not kept.
   */
  readonly rejections: ImportRejection[];
}

/**
 * How many rejections {@link tallyDossierSource} keeps in its result by default (số dòng bị loại
 * giữ lại trong kết quả); the others are counted and passed to `onRejection`.
 *
 * @example
 * DEFAULT_KEEP_REJECTIONS // => 1000
 */
export const DEFAULT_KEEP_REJECTIONS = 1000;

/**
 * Read a dossier export and tally it straight from the stream (tổng hợp hồ sơ từ tệp xuất): no
 * dossier is kept, so memory stays flat whatever the file size. The total equals `tallyDossiers`
 * and the groups `tallyDossiersBy` on the valid rows of the same file.
 *
 * @param source - Text, bytes, a stream, an iterable of chunks, or a {@link TableSource}.
 * @param options - The period, grouping, import options and what to do with rejections.
 * @returns Tally, rates, groups with rates, the import summary and the first rejections.
 * @throws RangeError for an unknown dimension, format or option.
 * @example
 * // No status column: the status comes from the dates (H4 is still being processed)
 * const csv = 'Mã hồ sơ,Đơn vị tiếp nhận,Lĩnh vực,Kênh thực hiện,Ngày tiếp nhận,Ngày hẹn trả,Ngày kết thúc xử lý\n' +
 *   'H1,UBND xã A,Hộ tịch,Trực tuyến,05/01/2026,08/01/2026,07/01/2026\n' +   // early
 *   'H2,UBND xã A,Hộ tịch,Trực tiếp,10/02/2026,12/02/2026,13/02/2026\n' +    // late
 *   'H3,UBND xã B,Chứng thực,Trực tuyến,20/03/2026,25/03/2026,25/03/2026\n' + // on time
 *   'H4,UBND xã B,Chứng thực,Trực tiếp,30/03/2026,02/04/2026,\n';             // pending, within term
 * const r = await tallyDossierSource(csv, {
 *   period: reportingPeriod({ kind: 'quarter', year: 2026, quarter: 1 }, { cutoff: 'calendar' }),
 *   by: ['unit', 'month'],
 * });
 * formatRatio(r.rates.onTimeCompleted) // => '66,67%'   (H1 and H3 of the 3 resolved)
 * r.total // => { received: 4, resolved: 3, resolvedEarly: 1, resolvedOnTime: 1, resolvedLate: 1, pendingWithinTerm: 1, … }
 * r.groups.map((g) => [g.key.unit, g.key.month, g.tally.received])
 * // => [['UBND xã A', '2026-01', 1], ['UBND xã A', '2026-02', 1], ['UBND xã B', '2026-03', 2]]
 * r.summary.derived // => ['status']
 */
export async function tallyDossierSource(
  source: ImportSource | TableSource,
  options: TallyDossierSourceOptions,
): Promise<DossierSourceTally> {
  const acc = new DossierTallyAccumulator(options.period, options);
  const keep = options.keepRejections ?? DEFAULT_KEEP_REJECTIONS;
  if (!(keep === Number.POSITIVE_INFINITY || (Number.isInteger(keep) && keep >= 0))) {
    throw new RangeError(
      `[commune-kpi] keepRejections must be a non-negative integer or Infinity, got ${String(keep)}.`,
    );
  }
  const rejections: ImportRejection[] = [];
  const take = (b: ImportBatch<Dossier>): void => {
    const valid = b.valid;
    for (let i = 0; i < valid.length; i++) acc.add(valid[i]!);
    for (const r of b.rejected) {
      if (rejections.length < keep) rejections.push(r);
      options.onRejection?.(r);
    }
  };
  let summary: ImportSummary;
  const format = options.format ?? 'auto';
  if (isTableSource(source) || format === 'json' || format === 'jsonl') {
    const stream = streamDossiers(source, options);
    for await (const b of stream) take(b);
    summary = stream.summary;
  } else {
    // Peek at the first chunk: CSV goes through the fast path on bytes, JSON through the stream.
    const it = byteChunks(source)[Symbol.asyncIterator]();
    const head = await it.next();
    const chunks = async function* (): AsyncGenerator<Uint8Array> {
      if (head.done) return;
      yield head.value;
      for (;;) {
        const r = await it.next();
        if (r.done) return;
        yield r.value;
      }
    };
    let k = 0;
    const h = head.done ? new Uint8Array(0) : head.value;
    if (h[0] === 0xef && h[1] === 0xbb && h[2] === 0xbf) k = 3;
    while (k < h.length && (h[k] === 32 || h[k] === 9 || h[k] === 10 || h[k] === 13)) k++;
    if (format === 'auto' && (h[k] === 91 || h[k] === 123)) {
      const stream = streamDossiers(chunks(), options);
      for await (const b of stream) take(b);
      summary = stream.summary;
    } else {
      const pipe = createPipeline(dossierDomain(options), options);
      const all = options.onRejection !== undefined;
      await tallyCsvFast(
        chunks(),
        pipe,
        acc,
        options,
        (r) => {
          if (rejections.length < keep) rejections.push(r);
          options.onRejection?.(r);
        },
        () => all || rejections.length < keep,
      );
      summary = pipe.summary();
    }
  }
  const total = acc.total;
  return {
    summary,
    total,
    rates: dossierRates(total),
    groups: acc.groups().map((g) => ({ ...g, rates: dossierRates(g.tally) })),
    rejections,
  };
}

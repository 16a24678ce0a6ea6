import { z } from 'zod';
import type { ReportingPeriod } from '../core/period';
import { CountSchema } from '../core/schema';
import { type TallyDescriptor, type TallyLabel, tallyBy } from '../core/tally';
import {
  type ClassifyDossierOptions,
  classifyCode,
  R_CARRIED,
  R_DIRECT,
  R_ONLINE,
  R_OUT,
  R_POSTAL,
  reappointmentOf,
  S_EARLY,
  S_LATE,
  S_ON_TIME,
  S_OUT,
  S_OVERDUE,
  S_REFUSED,
  S_STOPPED,
  S_WITHDRAWN,
  S_WITHIN,
  vnDay,
} from './classify';
import type { Dossier } from './schema';

/** The count columns of a dossier tally, in report-form order. */
export const DOSSIER_TALLY_FIELDS = [
  'received',
  'carriedOver',
  'newReceived',
  'newOnline',
  'newDirect',
  'newPostal',
  'resolved',
  'resolvedEarly',
  'resolvedOnTime',
  'resolvedLate',
  'pending',
  'pendingWithinTerm',
  'pendingOverdue',
  'returned',
  'refused',
  'withdrawn',
  'stopped',
  'outOfScope',
] as const;

/** Name of a count column of {@link DossierTally}. */
export type DossierTallyField = (typeof DOSSIER_TALLY_FIELDS)[number];

/**
 * The label of each count column of {@link DossierTally} in Vietnamese (the wording of the one-stop
 * report, Biểu II.06a/VPCP/KSTT) and English, with the shorter `short` wording of a table header
 * where the label is long: the one list the schema titles, the command's tables and the report use.
 *
 * @example
 * DOSSIER_TALLY_LABELS.resolvedLate
 * // => { vi: 'Đã giải quyết quá hạn (trễ hạn)', en: 'Resolved late', short: { vi: 'Quá hạn', en: 'Late' } }
 */
export const DOSSIER_TALLY_LABELS: Readonly<Record<DossierTallyField, TallyLabel>> =
  /* @__PURE__ */ Object.freeze({
    received: {
      vi: 'Tổng số hồ sơ tiếp nhận (kỳ trước chuyển sang + mới tiếp nhận)',
      en: 'Received (carried over + new)',
      short: { vi: 'Tiếp nhận', en: 'Received' },
    },
    carriedOver: { vi: 'Kỳ trước chuyển sang', en: 'Carried over' },
    newReceived: {
      vi: 'Mới tiếp nhận trong kỳ',
      en: 'New in the period',
      short: { vi: 'Mới tiếp nhận', en: 'New' },
    },
    newOnline: {
      vi: 'Mới tiếp nhận trực tuyến',
      en: 'New online',
      short: { vi: 'Trực tuyến', en: 'Online' },
    },
    newDirect: {
      vi: 'Mới tiếp nhận trực tiếp',
      en: 'New in person',
      short: { vi: 'Trực tiếp', en: 'In person' },
    },
    newPostal: {
      vi: 'Mới tiếp nhận qua bưu chính công ích',
      en: 'New by public postal service',
      short: { vi: 'Bưu chính', en: 'By post' },
    },
    resolved: { vi: 'Đã giải quyết', en: 'Resolved' },
    resolvedEarly: {
      vi: 'Đã giải quyết trước hạn',
      en: 'Resolved early',
      short: { vi: 'Trước hạn', en: 'Early' },
    },
    resolvedOnTime: {
      vi: 'Đã giải quyết đúng hạn',
      en: 'Resolved on time',
      short: { vi: 'Đúng hạn', en: 'On time' },
    },
    resolvedLate: {
      vi: 'Đã giải quyết quá hạn (trễ hạn)',
      en: 'Resolved late',
      short: { vi: 'Quá hạn', en: 'Late' },
    },
    pending: { vi: 'Đang giải quyết', en: 'Pending' },
    pendingWithinTerm: {
      vi: 'Đang giải quyết trong hạn',
      en: 'Pending, within the time limit',
      short: { vi: 'Đang GQ trong hạn', en: 'Pending, in term' },
    },
    pendingOverdue: {
      vi: 'Đang giải quyết quá hạn',
      en: 'Pending, overdue',
      short: { vi: 'Đang GQ quá hạn', en: 'Pending, overdue' },
    },
    returned: {
      vi: 'Trả lại, rút, dừng xử lý',
      en: 'Refused, withdrawn or stopped',
      short: { vi: 'Trả lại/rút/dừng', en: 'Returned/withdrawn/stopped' },
    },
    refused: { vi: 'Trả lại (từ chối giải quyết)', en: 'Refused', short: { vi: 'Trả lại', en: 'Refused' } },
    withdrawn: {
      vi: 'Công dân rút hồ sơ',
      en: 'Withdrawn by the applicant',
      short: { vi: 'Rút hồ sơ', en: 'Withdrawn' },
    },
    stopped: { vi: 'Dừng xử lý', en: 'Stopped' },
    outOfScope: {
      vi: 'Ngoài phạm vi kỳ báo cáo (không tính)',
      en: 'Outside the period (not counted)',
      short: { vi: 'Ngoài kỳ báo cáo', en: 'Outside the period' },
    },
  });

/** One identity a set of dossier figures must satisfy: `left = sum(right)`. */
export interface DossierIdentity {
  /** Stable code, `vn.dossier.tally.<name>`. */
  readonly code: string;
  /** The total. */
  readonly left: DossierFiguresField;
  /** The parts. */
  readonly right: readonly DossierFiguresField[];
}

/** Fields of {@link DossierFigures}: the tally columns plus the merged "early or on time" column. */
export type DossierFiguresField = Exclude<DossierTallyField, 'outOfScope'> | 'resolvedEarlyOrOnTime';

/**
 * The identities of the one-stop report (Biểu II.06a/VPCP/KSTT and the balance of §1.5 of the
 * notes): total received = carried over + newly received; newly received = online + direct +
 * postal; resolved = early + on time + late (or early-or-on-time + late); early-or-on-time =
 * early + on time; pending = within term + overdue; returned = refused + withdrawn + stopped;
 * total received = resolved + pending + returned (returned only where it is reported).
 */
export const DOSSIER_IDENTITIES: readonly DossierIdentity[] = [
  { code: 'vn.dossier.tally.received_parts', left: 'received', right: ['carriedOver', 'newReceived'] },
  {
    code: 'vn.dossier.tally.new_by_channel',
    left: 'newReceived',
    right: ['newOnline', 'newDirect', 'newPostal'],
  },
  {
    code: 'vn.dossier.tally.resolved_parts',
    left: 'resolved',
    right: ['resolvedEarly', 'resolvedOnTime', 'resolvedLate'],
  },
  {
    code: 'vn.dossier.tally.resolved_parts',
    left: 'resolved',
    right: ['resolvedEarlyOrOnTime', 'resolvedLate'],
  },
  {
    code: 'vn.dossier.tally.early_on_time_parts',
    left: 'resolvedEarlyOrOnTime',
    right: ['resolvedEarly', 'resolvedOnTime'],
  },
  { code: 'vn.dossier.tally.pending_parts', left: 'pending', right: ['pendingWithinTerm', 'pendingOverdue'] },
  { code: 'vn.dossier.tally.returned_parts', left: 'returned', right: ['refused', 'withdrawn', 'stopped'] },
  { code: 'vn.dossier.tally.balance', left: 'received', right: ['resolved', 'pending', 'returned'] },
  { code: 'vn.dossier.tally.balance', left: 'received', right: ['resolved', 'pending'] },
];

// Built in pure IIFEs: a bundler drops an unused pure call but keeps its arguments' calls.
const tallyShape = /* @__PURE__ */ (() =>
  Object.fromEntries(
    DOSSIER_TALLY_FIELDS.map((f) => [f, CountSchema.meta({ title: DOSSIER_TALLY_LABELS[f].vi })]),
  ))() as {
  [K in DossierTallyField]: typeof CountSchema;
};

const figuresShape = /* @__PURE__ */ (() =>
  Object.fromEntries(
    [...DOSSIER_TALLY_FIELDS.filter((f) => f !== 'outOfScope'), 'resolvedEarlyOrOnTime' as const].map((f) => [
      f,
      CountSchema.optional().meta({
        title:
          f === 'resolvedEarlyOrOnTime'
            ? 'Đã giải quyết trước hạn, đúng hạn'
            : DOSSIER_TALLY_LABELS[f as DossierTallyField].vi,
      }),
    ]),
  ))() as { [K in DossierFiguresField]: z.ZodOptional<typeof CountSchema> };

/** A violated identity, with the numbers on both sides. */
export interface IdentityViolation {
  /** Stable code of the identity. */
  readonly code: string;
  /** Field of the total. */
  readonly leftField: DossierFiguresField;
  /** The total as given. */
  readonly left: number;
  /** Fields of the parts. */
  readonly rightFields: readonly DossierFiguresField[];
  /** The parts as given. */
  readonly rightTerms: readonly number[];
  /** Sum of the parts. */
  readonly right: number;
  /** `left − right`. */
  readonly gap: number;
}

/**
 * Check every identity of {@link DOSSIER_IDENTITIES} whose fields are all present (kiểm tra
 * tính khớp của số liệu hồ sơ). When the returned column is reported, the balance includes it;
 * otherwise the balance without it is checked.
 *
 * @param figures - Counts, any subset of the fields.
 * @returns The violated identities (empty when all hold).
 * @example
 * checkDossierIdentities({ resolved: 3927, resolvedEarlyOrOnTime: 3008, resolvedLate: 22 })
 * // => [{ code: 'vn.dossier.tally.resolved_parts', left: 3927, right: 3030, gap: 897, … }]
 */
export function checkDossierIdentities(
  figures: Partial<Record<DossierFiguresField, number>>,
): IdentityViolation[] {
  const out: IdentityViolation[] = [];
  for (const id of DOSSIER_IDENTITIES) {
    if (id.code === 'vn.dossier.tally.balance' && id.right.length === 2 && figures.returned !== undefined)
      continue;
    const left = figures[id.left];
    if (left === undefined) continue;
    const terms = id.right.map((f) => figures[f]);
    if (terms.some((t) => t === undefined)) continue;
    const nums = terms as number[];
    const right = nums.reduce((a, b) => a + b, 0);
    if (right !== left) {
      out.push({
        code: id.code,
        leftField: id.left,
        left,
        rightFields: id.right,
        rightTerms: nums,
        right,
        gap: left - right,
      });
    }
  }
  return out;
}

function addViolations(value: Readonly<Record<string, number | undefined>>, ctx: z.RefinementCtx): void {
  if (typeof value !== 'object' || value === null) return;
  const clean: Partial<Record<DossierFiguresField, number>> = {};
  for (const [k, v] of Object.entries(value)) {
    if (typeof v === 'number' && Number.isInteger(v) && v >= 0) clean[k as DossierFiguresField] = v;
  }
  for (const v of checkDossierIdentities(clean)) {
    const withReturned = v.rightFields.includes('returned');
    ctx.addIssue({
      code: 'custom',
      path: [v.leftField],
      input: value,
      params: {
        code: v.code,
        left: v.left,
        right: v.right,
        rightTerms: v.rightTerms,
        gap: v.gap,
        withReturned,
        leftValue: v.left,
        rightValue: v.right,
        gapValue: v.gap,
      },
    });
  }
}

/**
 * A complete dossier tally (bảng tổng hợp hồ sơ): integer counts with the columns of the periodic
 * one-stop report (Biểu II.06a/VPCP/KSTT), plus the returned/withdrawn columns and the count of
 * records outside the period. Its identities ({@link DOSSIER_IDENTITIES}) are enforced.
 */
export const DossierTallySchema = /* @__PURE__ */ z
  .object(tallyShape)
  .superRefine(addViolations)
  .meta({ id: 'vn.dossier.tally', title: 'Bảng tổng hợp tình hình giải quyết hồ sơ TTHC' });

/** A dossier tally. */
export interface DossierTally extends z.output<typeof DossierTallySchema> {}

/**
 * Dossier figures as a report states them: every column optional, plus the merged
 * `resolvedEarlyOrOnTime` (trước hạn, đúng hạn) that many reports print. Every identity whose
 * fields are all given must hold; a failure carries the identity's code and the numbers on both
 * sides (e.g. `vn.dossier.tally.resolved_parts`: "3.927 … 3.008 + 22 = 3.030, chênh 897").
 */
export const DossierFiguresSchema = /* @__PURE__ */ z
  .object(figuresShape)
  .superRefine(addViolations)
  .meta({ id: 'vn.dossier.figures', title: 'Số liệu hồ sơ TTHC do báo cáo nêu' });

/** Dossier figures as a report states them. */
export interface DossierFigures extends z.output<typeof DossierFiguresSchema> {}

/**
 * An empty tally (every count 0).
 *
 * @example
 * emptyDossierTally().received // => 0
 */
export function emptyDossierTally(): DossierTally {
  return {
    received: 0,
    carriedOver: 0,
    newReceived: 0,
    newOnline: 0,
    newDirect: 0,
    newPostal: 0,
    resolved: 0,
    resolvedEarly: 0,
    resolvedOnTime: 0,
    resolvedLate: 0,
    pending: 0,
    pendingWithinTerm: 0,
    pendingOverdue: 0,
    returned: 0,
    refused: 0,
    withdrawn: 0,
    stopped: 0,
    outOfScope: 0,
  };
}

/** @internal Add one packed classification to a tally in place. */
export function addCode(t: DossierTally, code: number): void {
  const r = code >> 4;
  if (r === R_OUT) {
    t.outOfScope++;
    return;
  }
  t.received++;
  if (r === R_CARRIED) t.carriedOver++;
  else {
    t.newReceived++;
    if (r === R_ONLINE) t.newOnline++;
    else if (r === R_DIRECT) t.newDirect++;
    else if (r === R_POSTAL) t.newPostal++;
  }
  switch (code & 15) {
    case S_EARLY:
      t.resolved++;
      t.resolvedEarly++;
      break;
    case S_ON_TIME:
      t.resolved++;
      t.resolvedOnTime++;
      break;
    case S_LATE:
      t.resolved++;
      t.resolvedLate++;
      break;
    case S_WITHIN:
      t.pending++;
      t.pendingWithinTerm++;
      break;
    case S_OVERDUE:
      t.pending++;
      t.pendingOverdue++;
      break;
    case S_REFUSED:
      t.returned++;
      t.refused++;
      break;
    case S_WITHDRAWN:
      t.returned++;
      t.withdrawn++;
      break;
    case S_STOPPED:
      t.returned++;
      t.stopped++;
      break;
    case S_OUT:
      break;
  }
}

const day = vnDay;

/**
 * Tally dossiers against a period (tổng hợp tình hình giải quyết hồ sơ): each dossier is
 * classified with {@link classifyDossier} and counted once.
 *
 * @param dossiers - Any iterable of validated dossiers (an array, a generator, a stream batch).
 * @param period - The reporting period.
 * @param options - Classification options.
 * @returns The tally; its identities always hold.
 * @example
 * const q1 = reportingPeriod({ kind: 'quarter', year: 2026, quarter: 1 }); // 15/12/2025–14/03/2026
 * tallyDossiers([
 *   { code: 'H1', unit: 'UBND xã A', channel: 'direct', status: 'returned',
 *     receivedAt: '2025-12-10', dueDate: '2025-12-24', finishedAt: '2025-12-26' },
 *   { code: 'H2', unit: 'UBND xã A', channel: 'online', status: 'returned',
 *     receivedAt: '2026-01-05', dueDate: '2026-01-09', finishedAt: '2026-01-08' },
 *   { code: 'H3', unit: 'UBND xã A', channel: 'direct', status: 'processing',
 *     receivedAt: '2026-03-10', dueDate: '2026-03-20' },
 * ], q1)
 * // => { received: 3, carriedOver: 1, newReceived: 2, newOnline: 1, newDirect: 1, resolved: 2,
 * //      resolvedEarly: 1, resolvedLate: 1, pending: 1, pendingWithinTerm: 1, … }
 */
export function tallyDossiers(
  dossiers: Iterable<Dossier>,
  period: ReportingPeriod,
  options: ClassifyDossierOptions = {},
): DossierTally {
  const useRe = reappointmentOf(options);
  const t = emptyDossierTally();
  const { start, end } = period;
  for (const d of dossiers) {
    addCode(t, classifyCode(d, day(d.receivedAt), start, end, useRe));
  }
  return t;
}

/**
 * Add two tallies column by column (gộp số liệu). Associative and commutative, with
 * {@link emptyDossierTally} as identity, so tallies of communes, months or worker threads combine
 * in any order.
 *
 * @param a - A tally.
 * @param b - Another tally.
 * @returns Their sum; the inputs are not changed.
 * @example
 * const a = emptyDossierTally();
 * a.received = 2;
 * const b = emptyDossierTally();
 * b.received = 3;
 * mergeDossierTallies(a, b).received // => 5
 */
export function mergeDossierTallies(a: DossierTally, b: DossierTally): DossierTally {
  const out = emptyDossierTally();
  for (const f of DOSSIER_TALLY_FIELDS) out[f] = a[f] + b[f];
  return out;
}

/**
 * Add two tallies column by column.
 *
 * @deprecated Renamed {@link mergeDossierTallies} (one pattern, `merge<Domain>Tallies`, in every domain).
 * @example
 * mergeTallies(emptyDossierTally(), emptyDossierTally()).received // => 0
 */
export const mergeTallies: (a: DossierTally, b: DossierTally) => DossierTally = mergeDossierTallies;

/**
 * The dimensions dossiers can be grouped by, listed once for the domain ({@link tallyDossiersBy},
 * {@link DOSSIER_TALLY}, the accumulator). `month` is the Vietnamese month of receipt, `YYYY-MM`.
 * `receivingUnit` (đơn vị tiếp nhận) and `handlingUnit` (đơn vị giải quyết) are the dossier's
 * fields of those names, each falling back to `unit` when absent: from 01/07/2025 a dossier may be
 * received anywhere in the province (NĐ 118/2025/NĐ-CP), so the two reports can differ.
 *
 * @example
 * DOSSIER_GROUP_DIMENSIONS.includes('handlingUnit') // => true
 */
export const DOSSIER_GROUP_DIMENSIONS = [
  'unit',
  'receivingUnit',
  'handlingUnit',
  'field',
  'procedure',
  'channel',
  'month',
] as const;

/**
 * The label of each of {@link DOSSIER_GROUP_DIMENSIONS} in Vietnamese and English.
 *
 * @example
 * DOSSIER_GROUP_DIMENSION_LABELS.field.vi // => 'Lĩnh vực'
 */
export const DOSSIER_GROUP_DIMENSION_LABELS: Readonly<Record<DossierGroupDimension, TallyLabel>> =
  /* @__PURE__ */ Object.freeze({
    unit: { vi: 'Đơn vị', en: 'Unit' },
    receivingUnit: { vi: 'Đơn vị tiếp nhận', en: 'Receiving unit' },
    handlingUnit: { vi: 'Đơn vị giải quyết', en: 'Handling unit' },
    field: { vi: 'Lĩnh vực', en: 'Field' },
    procedure: { vi: 'Thủ tục', en: 'Procedure' },
    channel: { vi: 'Kênh', en: 'Channel' },
    month: { vi: 'Tháng', en: 'Month' },
  });

/**
 * A dimension to group dossiers by. `month` is the Vietnamese month of receipt, `YYYY-MM`.
 * `receivingUnit` (đơn vị tiếp nhận) and `handlingUnit` (đơn vị giải quyết) are the dossier's
 * fields of those names, each falling back to `unit` when absent: from 01/07/2025 a dossier may be
 * received anywhere in the province (NĐ 118/2025/NĐ-CP), so the two reports can differ.
 */
export type DossierGroupDimension = (typeof DOSSIER_GROUP_DIMENSIONS)[number];

/** Options of {@link tallyDossiersBy}. */
export interface TallyDossiersByOptions extends ClassifyDossierOptions {
  /** Dimensions, in key order (at least one). */
  readonly by: readonly DossierGroupDimension[];
}

/** One group of a grouped tally. */
export interface DossierGroup {
  /** The group's value for each requested dimension (`''` when the record has none). */
  readonly key: Readonly<Partial<Record<DossierGroupDimension, string>>>;
  /** The group's tally. */
  readonly tally: DossierTally;
}

/**
 * The `field` grouping key of a dossier: its field code (mã lĩnh vực) when it has one, else its
 * field name (tên lĩnh vực), else `''`. A one-stop export often has only a `Lĩnh vực` name column.
 *
 * @param d - A dossier.
 * @returns The key.
 * @example
 * dossierFieldKey({ fieldName: 'Hộ tịch' } as Dossier) // => 'Hộ tịch'
 */
export function dossierFieldKey(d: Pick<Dossier, 'fieldCode' | 'fieldName'>): string {
  const code = d.fieldCode?.trim();
  if (code !== undefined && code !== '') return d.fieldCode!;
  return d.fieldName ?? '';
}
const DIMENSIONS: readonly DossierGroupDimension[] = DOSSIER_GROUP_DIMENSIONS;

/**
 * Tally dossiers by unit, receiving unit, handling unit, field, procedure, channel and/or month of
 * receipt (tổng hợp theo đơn vị, đơn vị tiếp nhận, đơn vị giải quyết, lĩnh vực, thủ tục, kênh,
 * tháng). Groups are sorted by key; merging all groups' tallies gives {@link tallyDossiers} of the
 * same records. To compare with units that have since been merged, re-key the groups with
 * {@link rekeyDossierGroups}.
 *
 * @param dossiers - Any iterable of validated dossiers.
 * @param period - The reporting period.
 * @param options - `by`: the dimensions; classification options.
 * @returns One {@link DossierGroup} per key that occurs.
 * @throws RangeError for an empty or unknown dimension.
 * @example
 * const groups = tallyDossiersBy([
 *   { code: 'A1', unit: 'UBND xã A', channel: 'online', status: 'returned',
 *     receivedAt: '2026-02-23', dueDate: '2026-02-27', finishedAt: '2026-02-26' },
 *   { code: 'A2', unit: 'UBND xã A', channel: 'online', status: 'returned',
 *     receivedAt: '2026-03-02', dueDate: '2026-03-06', finishedAt: '2026-03-10' },
 *   { code: 'B1', unit: 'UBND xã B', channel: 'direct', status: 'processing',
 *     receivedAt: '2026-03-04', dueDate: '2026-04-15' },
 * ], customPeriod('2026-02-01', '2026-03-31'), { by: ['unit', 'month'] });
 * groups.map((g) => g.key)
 * // => [{ unit: 'UBND xã A', month: '2026-02' }, { unit: 'UBND xã A', month: '2026-03' },
 * //     { unit: 'UBND xã B', month: '2026-03' }]
 * groups[1]?.tally.resolvedLate // => 1 (A2, finished 10/03, due 06/03)
 */
export function tallyDossiersBy(
  dossiers: Iterable<Dossier>,
  period: ReportingPeriod,
  options: TallyDossiersByOptions,
): DossierGroup[] {
  const by = options.by;
  if (!Array.isArray(by) || by.length === 0) {
    throw new RangeError('[commune-kpi] tallyDossiersBy needs at least one dimension in `by`.');
  }
  for (const b of by) {
    if (!DIMENSIONS.includes(b)) {
      throw new RangeError(
        `[commune-kpi] unknown dimension ${JSON.stringify(b)}; use ${DIMENSIONS.join(', ')}.`,
      );
    }
  }
  return tallyBy(DOSSIER_TALLY, dossiers, { period, options }, by) as DossierGroup[];
}

/** What {@link DOSSIER_TALLY} needs to classify a dossier: the period and the classification options. */
export interface DossierTallyContext {
  /** The reporting period. */
  readonly period: ReportingPeriod;
  /** Classification options. */
  readonly options?: ClassifyDossierOptions;
}

function dossierKey(d: Dossier, dim: DossierGroupDimension): string {
  switch (dim) {
    case 'unit':
      return d.unit;
    case 'receivingUnit':
      return d.receivingUnit ?? d.unit;
    case 'handlingUnit':
      return d.handlingUnit ?? d.unit;
    case 'month':
      return day(d.receivedAt).slice(0, 7);
    case 'field':
      return dossierFieldKey(d);
    case 'procedure':
      return d.procedureCode ?? '';
    default:
      return d.channel;
  }
}

/**
 * The dossier tally's descriptor (mô tả bảng tổng hợp hồ sơ): the columns of
 * {@link DOSSIER_TALLY_FIELDS} with {@link DOSSIER_TALLY_LABELS}, the dimensions of
 * {@link DOSSIER_GROUP_DIMENSIONS}, and the empty tally, add and merge of this module, for the
 * generic `tallyWith`, `tallyBy` and `TallyAccumulator` of `commune-kpi/core`.
 *
 * @example
 * DOSSIER_TALLY.fields.length // => 18
 * DOSSIER_TALLY.labels.pending?.en // => 'Pending'
 */
export const DOSSIER_TALLY: TallyDescriptor<
  DossierTally,
  Dossier,
  DossierTallyContext,
  DossierGroupDimension
> = /* @__PURE__ */ Object.freeze({
  domain: 'dossier',
  fields: DOSSIER_TALLY_FIELDS,
  labels: DOSSIER_TALLY_LABELS,
  dimensions: DOSSIER_GROUP_DIMENSIONS,
  dimensionLabels: DOSSIER_GROUP_DIMENSION_LABELS,
  empty: emptyDossierTally,
  add(t: DossierTally, d: Dossier, c: DossierTallyContext): DossierTally {
    const { start, end } = c.period;
    addCode(t, classifyCode(d, day(d.receivedAt), start, end, reappointmentOf(c.options ?? {})));
    return t;
  },
  merge: mergeDossierTallies,
  keyOf: (d: Dossier, dim: DossierGroupDimension): string => dossierKey(d, dim),
});

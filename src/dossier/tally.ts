import { z } from 'zod';
import type { ReportingPeriod } from '../core/period';
import { CountSchema } from '../core/schema';
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

const FIELD_META: Record<DossierTallyField, string> = {
  received: 'Tổng số hồ sơ tiếp nhận (kỳ trước chuyển sang + mới tiếp nhận)',
  carriedOver: 'Kỳ trước chuyển sang',
  newReceived: 'Mới tiếp nhận trong kỳ',
  newOnline: 'Mới tiếp nhận trực tuyến',
  newDirect: 'Mới tiếp nhận trực tiếp',
  newPostal: 'Mới tiếp nhận qua bưu chính công ích',
  resolved: 'Đã giải quyết',
  resolvedEarly: 'Đã giải quyết trước hạn',
  resolvedOnTime: 'Đã giải quyết đúng hạn',
  resolvedLate: 'Đã giải quyết quá hạn (trễ hạn)',
  pending: 'Đang giải quyết',
  pendingWithinTerm: 'Đang giải quyết trong hạn',
  pendingOverdue: 'Đang giải quyết quá hạn',
  returned: 'Trả lại, rút, dừng xử lý',
  refused: 'Trả lại (từ chối giải quyết)',
  withdrawn: 'Công dân rút hồ sơ',
  stopped: 'Dừng xử lý',
  outOfScope: 'Ngoài phạm vi kỳ báo cáo (không tính)',
};

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
  Object.fromEntries(DOSSIER_TALLY_FIELDS.map((f) => [f, CountSchema.meta({ title: FIELD_META[f] })])))() as {
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
            : FIELD_META[f as DossierTallyField],
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
 * tallyDossiers(dossiers, reportingPeriod({ kind: 'quarter', year: 2026, quarter: 1 }))
 * // => { received: 120, carriedOver: 8, newReceived: 112, …, resolvedLate: 2, … }
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
 * Add two tallies column by column (gộp số liệu). Associative and commutative, so tallies of
 * communes, months or worker threads combine in any order.
 *
 * @example
 * mergeTallies(a, b).received === a.received + b.received // => true
 */
export function mergeTallies(a: DossierTally, b: DossierTally): DossierTally {
  const out = emptyDossierTally();
  for (const f of DOSSIER_TALLY_FIELDS) out[f] = a[f] + b[f];
  return out;
}

/**
 * A dimension to group dossiers by. `month` is the Vietnamese month of receipt, `YYYY-MM`.
 * `receivingUnit` (đơn vị tiếp nhận) and `handlingUnit` (đơn vị giải quyết) are the dossier's
 * fields of those names, each falling back to `unit` when absent: from 01/07/2025 a dossier may be
 * received anywhere in the province (NĐ 118/2025/NĐ-CP), so the two reports can differ.
 */
export type DossierGroupDimension =
  | 'unit'
  | 'receivingUnit'
  | 'handlingUnit'
  | 'field'
  | 'procedure'
  | 'channel'
  | 'month';

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

const DIMENSIONS: readonly DossierGroupDimension[] = [
  'unit',
  'receivingUnit',
  'handlingUnit',
  'field',
  'procedure',
  'channel',
  'month',
];

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
 * tallyDossiersBy(dossiers, period, { by: ['unit', 'month'] })
 * // => [{ key: { unit: 'UBND xã A', month: '2026-03' }, tally: { … } }, …]
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
  const useRe = reappointmentOf(options);
  const { start, end } = period;
  const groups = new Map<string, { values: string[]; tally: DossierTally }>();
  const n = by.length;
  for (const d of dossiers) {
    const received = day(d.receivedAt);
    let key = '';
    for (let i = 0; i < n; i++) {
      const dim = by[i];
      const v =
        dim === 'unit'
          ? d.unit
          : dim === 'receivingUnit'
            ? (d.receivingUnit ?? d.unit)
            : dim === 'handlingUnit'
              ? (d.handlingUnit ?? d.unit)
              : dim === 'month'
                ? received.slice(0, 7)
                : dim === 'field'
                  ? (d.fieldCode ?? '')
                  : dim === 'procedure'
                    ? (d.procedureCode ?? '')
                    : d.channel;
      key = i === 0 ? v : `${key}\u0000${v}`;
    }
    let g = groups.get(key);
    if (g === undefined) {
      g = { values: n === 1 ? [key] : key.split('\u0000'), tally: emptyDossierTally() };
      groups.set(key, g);
    }
    addCode(g.tally, classifyCode(d, received, start, end, useRe));
  }
  const keys = [...groups.keys()].sort();
  return keys.map((k) => {
    const g = groups.get(k)!;
    const key: Partial<Record<DossierGroupDimension, string>> = {};
    for (let i = 0; i < n; i++) key[by[i] as DossierGroupDimension] = g.values[i] ?? '';
    return { key, tally: g.tally };
  });
}

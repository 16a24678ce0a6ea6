import { rangeError } from '../_lib/errors';
import type { ReportingPeriod } from '../core/period';
import {
  type ClassifyDossierOptions,
  classifyCode,
  classifyCodeNumeric,
  reappointmentOf,
  vnDay,
} from './classify';
import type { Dossier } from './schema';
import {
  addCode,
  DOSSIER_GROUP_DIMENSIONS,
  DOSSIER_TALLY_FIELDS,
  type DossierGroup,
  type DossierGroupDimension,
  type DossierTally,
  dossierFieldKey,
  emptyDossierTally,
} from './tally';

// The domain's dimensions (listed once, in ./tally) less the two this fast path does not key on
// (receiving and handling unit: group those with tallyDossiersBy), in the order of addCoded.
const DIMENSIONS: readonly DossierGroupDimension[] = /* @__PURE__ */ DOSSIER_GROUP_DIMENSIONS.filter(
  (d) => d !== 'receivingUnit' && d !== 'handlingUnit',
);

/** Options of {@link DossierTallyAccumulator}. */
export interface DossierTallyAccumulatorOptions extends ClassifyDossierOptions {
  /** Dimensions to group by, as in `tallyDossiersBy` (none: only the total). */
  readonly by?: readonly DossierGroupDimension[];
}

/**
 * @internal The counts of an accumulator as plain data, to move between worker threads: counts by
 * classification code for the total, and for each group its key values and counts.
 */
export interface DossierAccumulatorState {
  /** Dimensions, in key order. */
  readonly by: readonly DossierGroupDimension[];
  /** Dossiers added. */
  readonly size: number;
  /** Counts by classification code (80 entries). */
  readonly counts: readonly number[];
  /** Groups: key values and counts by code. */
  readonly groups: readonly (readonly [readonly string[], readonly number[]])[];
}

type Counts = Float64Array;
type Node = Map<string, Node | Counts>;

/** Classification codes are `received * 16 + state`, below 80. */
const CODES = 80;

function tallyOfCounts(counts: Counts): DossierTally {
  const t = emptyDossierTally();
  for (let code = 0; code < CODES; code++) {
    const n = counts[code]!;
    if (n === 0) continue;
    // The tally one dossier of this code adds, by the dossier domain's own `addCode` (made here on
    // each read-out, at most once a code: no module-level table).
    const one = emptyDossierTally();
    addCode(one, code);
    for (const f of DOSSIER_TALLY_FIELDS) t[f] += n * one[f];
  }
  return t;
}

/**
 * An incremental dossier tally (bộ cộng dồn số liệu hồ sơ): add dossiers one at a time, as a stream
 * delivers them, and read the same total as `tallyDossiers` and the same groups as
 * `tallyDossiersBy` would give on all of them, without keeping the dossiers. It counts dossiers by
 * classification code and turns the counts into tallies when asked, so adding one costs a lookup
 * and an increment. Two accumulators with the same period and options {@link merge} into one
 * (parts of a file read in worker threads, communes, months).
 *
 * @example
 * const d = (code: string, unit: string, finishedAt: string) => ({ code, unit, channel: 'online',
 *   status: 'returned', receivedAt: '2026-01-05', dueDate: '2026-01-09', finishedAt }) as const;
 * const acc = new DossierTallyAccumulator(customPeriod('2026-01-01', '2026-03-31'), { by: ['unit'] });
 * acc.addAll([d('A1', 'UBND xã A', '2026-01-08'), d('A2', 'UBND xã A', '2026-01-12')]); // a batch
 * acc.add(d('B1', 'UBND xã B', '2026-01-09'));
 * acc.total
 * // => { received: 3, newReceived: 3, newOnline: 3, resolved: 3, resolvedEarly: 1,
 * //      resolvedOnTime: 1, resolvedLate: 1, … }
 * acc.groups().map((g) => [g.key.unit, g.tally.resolvedLate]) // => [['UBND xã A', 1], ['UBND xã B', 0]]
 */
export class DossierTallyAccumulator {
  private readonly start: string;
  private readonly end: string;
  private readonly startNum: number;
  private readonly endNum: number;
  private readonly useRe: boolean;
  private readonly by: readonly DossierGroupDimension[];
  /** `by` as indices into unit, field, procedure, channel, month. */
  private readonly dims: Int8Array;
  private readonly counts: Counts = new Float64Array(CODES);
  private readonly root: Node = new Map();
  private readonly months = new Map<string, string>();
  private count = 0;

  /**
   * @param period - The reporting period.
   * @param options - Grouping dimensions and the re-appointment rule.
   * @throws RangeError for an unknown dimension or option value.
   */
  constructor(period: ReportingPeriod, options: DossierTallyAccumulatorOptions = {}) {
    this.start = period.start;
    this.end = period.end;
    this.startNum = Number(period.start.replaceAll('-', ''));
    this.endNum = Number(period.end.replaceAll('-', ''));
    this.useRe = reappointmentOf(options);
    const by = options.by ?? [];
    for (const b of by) {
      if (!DIMENSIONS.includes(b)) {
        rangeError(`unknown dimension ${JSON.stringify(b)}; use ${DIMENSIONS.join(', ')}.`);
      }
    }
    this.by = [...by];
    this.dims = Int8Array.from(by, (b) => DIMENSIONS.indexOf(b));
  }

  /** Number of dossiers added. */
  get size(): number {
    return this.count;
  }

  /** The total tally so far (a new object on each read). */
  get total(): DossierTally {
    return tallyOfCounts(this.counts);
  }

  /**
   * Add one validated dossier.
   *
   * @param d - A dossier.
   */
  add(d: Dossier): void {
    this.addReceived(d, vnDay(d.receivedAt));
  }

  /**
   * @internal Add a dossier whose Vietnamese date of receipt is known.
   * @param d - A dossier (only the fields classification and grouping read).
   * @param received - Its date of receipt in Vietnam.
   * @param month - `received.slice(0, 7)`, when the caller has it.
   */
  addReceived(d: Dossier, received: string, month?: string): void {
    const code = classifyCode(d, received, this.start, this.end, this.useRe);
    if (this.by.length === 0) {
      this.counts[code]!++;
      this.count++;
      return;
    }
    let m = month;
    if (m === undefined && this.by.includes('month')) {
      m = this.months.get(received);
      if (m === undefined) {
        m = received.slice(0, 7);
        this.months.set(received, m);
      }
    }
    this.addCoded(code, d.unit, dossierFieldKey(d), d.procedureCode ?? '', d.channel, m ?? '');
  }

  /**
   * @internal Add a dossier read straight from bytes, its dates as `yyyymmdd` integers (0 when
   * absent), classified by the same rules (`classifyCodeNumeric`) without building strings.
   */
  addNumeric(
    status: string,
    channel: string,
    finished: number,
    returned: number,
    outcome: string | undefined,
    outcomeAt: number,
    received: number,
    due: number,
    reappointed: number,
    unit: string,
    field: string,
    procedure: string,
    month: string,
  ): void {
    const code = classifyCodeNumeric(
      status,
      channel,
      finished,
      returned,
      outcome,
      outcomeAt,
      received,
      this.useRe && reappointed !== 0 ? reappointed : due,
      this.startNum,
      this.endNum,
    );
    this.addCoded(code, unit, field, procedure, channel, month);
  }

  /** @internal Count one classified dossier in the total and its group. */
  private addCoded(
    code: number,
    unit: string,
    field: string,
    procedure: string,
    channel: string,
    month: string,
  ): void {
    this.counts[code]!++;
    this.count++;
    const dims = this.dims;
    const n = dims.length;
    if (n === 0) return;
    let node = this.root;
    for (let i = 0; ; i++) {
      const dim = dims[i];
      const v = dim === 0 ? unit : dim === 4 ? month : dim === 1 ? field : dim === 2 ? procedure : channel;
      const next = node.get(v);
      if (i === n - 1) {
        if (next === undefined) {
          const c: Counts = new Float64Array(CODES);
          c[code] = 1;
          node.set(v, c);
        } else (next as Counts)[code]!++;
        return;
      }
      if (next === undefined) {
        const m: Node = new Map();
        node.set(v, m);
        node = m;
      } else node = next as Node;
    }
  }

  /** The leaf counts of a group key, created when missing. */
  private leaf(values: readonly string[]): Counts {
    let node = this.root;
    const n = this.by.length;
    for (let i = 0; i < n; i++) {
      const v = values[i] ?? '';
      const next = node.get(v);
      if (i === n - 1) {
        if (next !== undefined) return next as Counts;
        const c: Counts = new Float64Array(CODES);
        node.set(v, c);
        return c;
      }
      if (next === undefined) {
        const m: Node = new Map();
        node.set(v, m);
        node = m;
      } else node = next as Node;
    }
    return this.counts;
  }

  /**
   * Add many dossiers.
   *
   * @param ds - Validated dossiers.
   */
  addAll(ds: Iterable<Dossier>): void {
    for (const d of ds) this.add(d);
  }

  /** Every group's key values and counts, in insertion order. */
  private entries(): { values: string[]; counts: Counts }[] {
    const by = this.by;
    const out: { values: string[]; counts: Counts }[] = [];
    const walk = (node: Node, values: string[]): void => {
      for (const [k, v] of node) {
        const vals = [...values, k];
        if (vals.length === by.length) out.push({ values: vals, counts: v as Counts });
        else walk(v as Node, vals);
      }
    };
    if (by.length > 0) walk(this.root, []);
    return out;
  }

  /**
   * Add everything another accumulator counted (gộp hai bộ cộng dồn): afterwards this one holds
   * the total and groups of both, as if every dossier had been added here. Associative and
   * commutative, like `mergeTallies`.
   *
   * @param other - An accumulator for the same period, dimensions and re-appointment rule.
   * @throws RangeError when the period, dimensions or rule differ.
   * @example
   * const d = (code: string) => ({ code, unit: 'UBND xã A', channel: 'direct', status: 'processing',
   *   receivedAt: '2026-01-05', dueDate: '2026-04-30' }) as const;
   * const period = customPeriod('2026-01-01', '2026-03-31');
   * const a = new DossierTallyAccumulator(period);
   * const b = new DossierTallyAccumulator(period);
   * a.addAll([d('A1'), d('A2')]);
   * b.add(d('B1'));
   * a.merge(b);
   * a.total.pendingWithinTerm // => 3
   */
  merge(other: DossierTallyAccumulator): void {
    if (
      other.start !== this.start ||
      other.end !== this.end ||
      other.useRe !== this.useRe ||
      other.by.join(',') !== this.by.join(',')
    ) {
      rangeError('accumulators to merge must have the same period, dimensions and re-appointment rule.');
    }
    this.addState(other.exportState());
  }

  /** @internal The counts as plain data (for a worker thread to post). */
  exportState(): DossierAccumulatorState {
    return {
      by: this.by,
      size: this.count,
      counts: Array.from(this.counts),
      groups: this.entries().map((g) => [g.values, Array.from(g.counts)] as const),
    };
  }

  /**
   * @internal Add counts exported by {@link exportState} from an accumulator with the same options.
   * @throws RangeError when the dimensions differ.
   */
  addState(state: DossierAccumulatorState): void {
    if (state.by.join(',') !== this.by.join(',')) {
      rangeError('accumulator state has other dimensions.');
    }
    for (let c = 0; c < CODES; c++) this.counts[c]! += state.counts[c] ?? 0;
    this.count += state.size;
    for (const [values, counts] of state.groups) {
      const leaf = this.leaf(values);
      for (let c = 0; c < CODES; c++) leaf[c]! += counts[c] ?? 0;
    }
  }

  /**
   * The groups so far, sorted by key, as `tallyDossiersBy` returns them (empty with no dimension).
   *
   * @returns One group per key seen.
   */
  groups(): DossierGroup[] {
    const by = this.by;
    const out = this.entries().map((g) => ({ sort: g.values.join('\u0000'), ...g }));
    out.sort((a, b) => (a.sort < b.sort ? -1 : a.sort > b.sort ? 1 : 0));
    return out.map((g) => {
      const key: Partial<Record<DossierGroupDimension, string>> = {};
      for (let i = 0; i < by.length; i++) key[by[i]!] = g.values[i] ?? '';
      return { key, tally: tallyOfCounts(g.counts) };
    });
  }
}

import { rangeError, show, typeError } from '../_lib/errors';
import type { LocalDate } from '../core/localDate';
import {
  apportion,
  apportionWithin,
  rekeyByUnit,
  type UnitChange,
  type UnmappableReason,
} from '../core/units';
import {
  checkDossierIdentities,
  type DossierGroup,
  type DossierGroupDimension,
  type DossierTally,
  emptyDossierTally,
  mergeDossierTallies,
} from './tally';

/** The columns of a dossier tally by state of receipt, adding up to `received`. */
const RECEIPT_LEAVES = ['carriedOver', 'newOnline', 'newDirect', 'newPostal'] as const;
/** The columns by end state, adding up to `received`. */
const STATE_LEAVES = [
  'resolvedEarly',
  'resolvedOnTime',
  'resolvedLate',
  'pendingWithinTerm',
  'pendingOverdue',
  'refused',
  'withdrawn',
  'stopped',
] as const;

/**
 * Split a dossier tally into parts proportional to integer weights, exactly (chia số liệu hồ sơ
 * của một đơn vị bị chia tách): for a unit split across several new ones, with the shares the
 * province states. Every column's parts sum to the column, and every part is a valid tally: the
 * total received is split by largest remainder ({@link apportion}), then the columns by receipt
 * (carried over, online, direct, postal) and by end state (early … stopped) are split within those
 * part totals ({@link apportionWithin}), and the subtotals (new, resolved, pending, returned) are
 * their sums; records outside the period are split on their own.
 *
 * @param tally - A dossier tally whose identities hold.
 * @param weights - Positive integers, one per part.
 * @returns One tally per weight.
 * @throws RangeError if a weight is not a positive integer or the tally breaks its identities.
 * @example
 * splitDossierTally({ ...emptyDossierTally(), received: 3, carriedOver: 2, newReceived: 1, newOnline: 1,
 *   resolved: 2, resolvedEarly: 1, resolvedLate: 1, pending: 1, pendingWithinTerm: 1 }, [1, 1])
 *   .map((t) => t.received)
 * // => [2, 1]
 */
export function splitDossierTally(tally: DossierTally, weights: readonly number[]): DossierTally[] {
  const broken = checkDossierIdentities(tally);
  if (broken.length > 0) {
    rangeError(`cannot split a tally whose identities fail (${broken.map((v) => v.code).join(', ')}).`);
  }
  const received = apportion(tally.received, weights);
  const receipt = apportionWithin(
    RECEIPT_LEAVES.map((f) => tally[f]),
    received,
    weights,
  );
  const state = apportionWithin(
    STATE_LEAVES.map((f) => tally[f]),
    received,
    weights,
  );
  const outOfScope = apportion(tally.outOfScope, weights);
  return weights.map((_, j) => {
    const t = emptyDossierTally();
    RECEIPT_LEAVES.forEach((f, i) => {
      t[f] = (receipt[i] as number[])[j] as number;
    });
    STATE_LEAVES.forEach((f, i) => {
      t[f] = (state[i] as number[])[j] as number;
    });
    t.received = received[j] as number;
    t.newReceived = t.newOnline + t.newDirect + t.newPostal;
    t.resolved = t.resolvedEarly + t.resolvedOnTime + t.resolvedLate;
    t.pending = t.pendingWithinTerm + t.pendingOverdue;
    t.returned = t.refused + t.withdrawn + t.stopped;
    t.outOfScope = outOfScope[j] as number;
    return t;
  });
}

/** Options of {@link rekeyDossierGroups}. */
export interface RekeyDossierGroupsOptions {
  /** The date the tallies describe (the last day of their period): later changes apply. */
  readonly asOf: LocalDate;
  /** Apply changes effective up to this date only; default all of the table. */
  readonly until?: LocalDate;
  /** The key that holds the unit code; default `'unit'`. */
  readonly dimension?: Extract<DossierGroupDimension, 'unit' | 'receivingUnit' | 'handlingUnit'>;
}

/** A group that could not be carried to the new units, with its tally untouched. */
export interface UnmappableDossierGroup {
  /** The group's key, with the old unit code. */
  readonly key: DossierGroup['key'];
  /** Its tally. */
  readonly tally: DossierTally;
  /** Why. */
  readonly reason: UnmappableReason;
  /** The new units the old one is split across. */
  readonly targets: readonly string[];
  /** The date of the change. */
  readonly effectiveFrom: LocalDate;
  /** The acts of the change. */
  readonly acts: readonly string[];
}

/** Result of {@link rekeyDossierGroups}. */
export interface RekeyDossierGroupsResult {
  /** The groups under the new units, merged where old units merged, sorted by key. */
  readonly groups: DossierGroup[];
  /** The groups of units split without shares, untouched. */
  readonly unmappable: UnmappableDossierGroup[];
}

/**
 * Re-key grouped dossier tallies from old administrative units to new ones (quy đổi số liệu hồ sơ
 * theo đơn vị sau sắp xếp), so that a 2024 report by commune can be compared with a 2026 one: the
 * tallies of merged communes are added ({@link mergeDossierTallies}: sums, never averages, so every rate
 * recomputed from the merged tally is the rate of the new commune), a commune split with shares is
 * apportioned exactly ({@link splitDossierTally}), and one split without shares is reported in
 * `unmappable`, never guessed. The other key parts (month, field, procedure, channel) are kept:
 * groups are re-keyed within each combination of them.
 *
 * Basis: the arrangement of commune-level units from 01/07/2025 by resolutions of the Ủy ban
 * Thường vụ Quốc hội (e.g. Nghị quyết 1677/NQ-UBTVQH15 for Quảng Ngãi); the table is caller data
 * in the format of `UnitChangeTableSchema` (`commune-kpi/core`).
 *
 * @param groups - Groups from {@link tallyDossiersBy} (or the import accumulator) whose key holds
 *   the unit code in `dimension`.
 * @param table - The unit change table.
 * @param options - `asOf`, `until`, `dimension`.
 * @returns The re-keyed groups and the unmappable ones; every input dossier count is in exactly one.
 * @throws TypeError if a group's key has no `dimension` value.
 * @throws RangeError if the table is invalid or the dates are (see `rekeyByUnit` in `commune-kpi/core`).
 * @example
 * const d = (code: string, unit: string) => ({ code, unit, channel: 'online', status: 'returned',
 *   receivedAt: '2024-03-04', dueDate: '2024-03-08', finishedAt: '2024-03-07' }) as const;
 * // 2024 by commune: 21445 Phổ Phong (1 dossier), 21457 Phổ Nhơn (2), merged on 01/07/2025.
 * const groups = tallyDossiersBy([d('A', '21445'), d('B', '21457'), d('C', '21457')],
 *   reportingPeriod({ kind: 'year', year: 2024 }), { by: ['unit'] });
 * rekeyDossierGroups(groups, EXAMPLE_UNIT_CHANGES_QUANG_NGAI_2025, { asOf: '2024-12-14' })
 *   .groups.map((g) => [g.key.unit, g.tally.received, g.tally.resolvedEarly])
 * // => [['21457', 3, 3]] (xã Nguyễn Nghiêm)
 */
export function rekeyDossierGroups(
  groups: readonly DossierGroup[],
  table: readonly UnitChange[],
  options: RekeyDossierGroupsOptions,
): RekeyDossierGroupsResult {
  const dimension = options.dimension ?? 'unit';
  if (dimension !== 'unit' && dimension !== 'receivingUnit' && dimension !== 'handlingUnit') {
    rangeError(`dimension must be 'unit', 'receivingUnit' or 'handlingUnit', got ${show(dimension)}.`);
  }
  if (!Array.isArray(groups)) typeError(`groups must be an array of { key, tally }, got ${show(groups)}.`);
  const buckets = new Map<
    string,
    { rest: DossierGroup['key']; entries: { unit: string; value: DossierTally }[] }
  >();
  for (const g of groups) {
    const unit = g?.key?.[dimension];
    if (typeof unit !== 'string') {
      typeError(`every group's key must have a ${dimension} value, got ${show(g?.key)}.`);
    }
    const rest: Partial<Record<DossierGroupDimension, string>> = { ...g.key };
    delete rest[dimension];
    const sig = Object.keys(rest)
      .sort()
      .map((k) => `${k}=${rest[k as DossierGroupDimension]}`)
      .join('\u0000');
    let b = buckets.get(sig);
    if (b === undefined) {
      b = { rest, entries: [] };
      buckets.set(sig, b);
    }
    b.entries.push({ unit, value: g.tally });
  }
  const out: DossierGroup[] = [];
  const unmappable: UnmappableDossierGroup[] = [];
  for (const { rest, entries } of buckets.values()) {
    const r = rekeyByUnit(entries, table, {
      asOf: options.asOf,
      ...(options.until !== undefined ? { until: options.until } : {}),
      merge: mergeDossierTallies,
      split: splitDossierTally,
    });
    for (const u of r.units) out.push({ key: { ...rest, [dimension]: u.unit }, tally: u.value });
    for (const u of r.unmappable) {
      unmappable.push({
        key: { ...rest, [dimension]: u.unit },
        tally: u.value,
        reason: u.reason,
        targets: u.targets,
        effectiveFrom: u.effectiveFrom,
        acts: u.acts,
      });
    }
  }
  const sig = (k: DossierGroup['key']) =>
    Object.keys(k)
      .sort()
      .map((d) => `${d}=${k[d as DossierGroupDimension]}`)
      .join('\u0000');
  out.sort((a, b) => (sig(a.key) < sig(b.key) ? -1 : sig(a.key) > sig(b.key) ? 1 : 0));
  unmappable.sort((a, b) => (sig(a.key) < sig(b.key) ? -1 : sig(a.key) > sig(b.key) ? 1 : 0));
  return { groups: out, unmappable };
}

import { typeError } from '../_lib/errors';
import type { HouseholdClass } from './schema';

/** One household of a review snapshot: its key (household code) and class. */
export interface HouseholdSnapshotEntry {
  /** Household code, unique within a snapshot (use a composite key if codes repeat across villages). */
  readonly code: string;
  /** Class at that review. */
  readonly class: HouseholdClass;
}

/**
 * The movement of one list (poor or near-poor) between two reviews, in the layout of the "tổng hợp
 * diễn biến hộ nghèo / hộ cận nghèo" reports. For the poor list:
 * `end = start − escaped − departed + fromOther + fellBack + newlyEntered`, where `escaped` splits
 * into `toOther` (became near-poor) and `aboveNearPoor` (vượt chuẩn cận nghèo).
 */
export interface HouseholdListMovement {
  /** Households on the list at the start (đầu kỳ). */
  readonly start: number;
  /** Left the list while staying in the review (thoát): `toOther + aboveNearPoor`. */
  readonly escaped: number;
  /** Moved to the other list (poor → near-poor, or near-poor → poor). */
  readonly toOther: number;
  /** Moved above both lines (average or none). */
  readonly aboveNearPoor: number;
  /** On the list at the start, absent from the end snapshot (moved away, died, split …: số hộ khác). */
  readonly departed: number;
  /** Came from the other list (near-poor → poor, or poor → near-poor). */
  readonly fromOther: number;
  /** In the start snapshot above both lines, back on the list at the end (tái nghèo / tái cận nghèo). */
  readonly fellBack: number;
  /** Absent from the start snapshot, on the list at the end (phát sinh mới). */
  readonly newlyEntered: number;
  /** Stayed on the list. */
  readonly stayed: number;
  /** Households on the list at the end (cuối kỳ). */
  readonly end: number;
  /** Whether `end = start − escaped − departed + fromOther + fellBack + newlyEntered` holds. */
  readonly closes: boolean;
}

/** The result of {@link householdMovement}. */
export interface HouseholdMovement {
  /** The poor list (diễn biến hộ nghèo). */
  readonly poor: HouseholdListMovement;
  /** The near-poor list (diễn biến hộ cận nghèo). */
  readonly nearPoor: HouseholdListMovement;
  /** Codes repeated within the start snapshot (the last entry was used). */
  readonly duplicateStartCodes: readonly string[];
  /** Codes repeated within the end snapshot (the last entry was used). */
  readonly duplicateEndCodes: readonly string[];
}

function toMap(
  entries: Iterable<HouseholdSnapshotEntry>,
  name: string,
): { map: Map<string, HouseholdClass>; dups: string[] } {
  if (
    entries === null ||
    typeof (entries as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== 'function'
  ) {
    typeError(`${name} must be an iterable of { code, class } entries.`);
  }
  const map = new Map<string, HouseholdClass>();
  const dups = new Set<string>();
  for (const e of entries) {
    if (map.has(e.code)) dups.add(e.code);
    map.set(e.code, e.class);
  }
  return { map, dups: [...dups].sort() };
}

type Mutable = { -readonly [K in keyof HouseholdListMovement]: HouseholdListMovement[K] };

function zero(): Mutable {
  return {
    start: 0,
    escaped: 0,
    toOther: 0,
    aboveNearPoor: 0,
    departed: 0,
    fromOther: 0,
    fellBack: 0,
    newlyEntered: 0,
    stayed: 0,
    end: 0,
    closes: true,
  };
}

function isAbove(c: HouseholdClass): boolean {
  return c === 'average' || c === 'none';
}

/**
 * Movement of households between two review snapshots keyed by household code (diễn biến hộ nghèo,
 * hộ cận nghèo trong kỳ): escaped poverty (thoát nghèo, to near-poor or above the near-poverty
 * line), fell back (tái nghèo: known at the start above both lines, poor at the end), newly poor
 * (phát sinh mới: absent from the start snapshot), moves between poor and near-poor, and departures
 * (absent from the end snapshot); the same for the near-poor list. Each list's identity
 * `end = start − escaped − departed + fromOther + fellBack + newlyEntered` is checked.
 *
 * Legal basis: Thông tư 07/2021/TT-BLĐTBXH, Phụ lục VII (diễn biến report forms, check
 * `9 = 1 − 2 − 3 − 4 + 5 + 6 + 7 + 8`), as amended by Thông tư 02/2022/TT-BLĐTBXH.
 *
 * @param start - Snapshot at the start (e.g. the list approved at the end of the previous review).
 * @param end - Snapshot at the end.
 * @returns Movement of the poor and near-poor lists.
 * @throws TypeError if a snapshot is not iterable.
 * @example
 * const m = householdMovement(
 *   [{ code: 'A', class: 'poor' }, { code: 'B', class: 'poor' }, { code: 'C', class: 'none' }],
 *   [{ code: 'A', class: 'near-poor' }, { code: 'B', class: 'poor' }, { code: 'C', class: 'poor' }, { code: 'D', class: 'poor' }]);
 * m.poor // => { start: 2, escaped: 1, toOther: 1, fellBack: 1, newlyEntered: 1, end: 3, closes: true, … }
 */
export function householdMovement(
  start: Iterable<HouseholdSnapshotEntry>,
  end: Iterable<HouseholdSnapshotEntry>,
): HouseholdMovement {
  const s = toMap(start, 'start');
  const e = toMap(end, 'end');
  const lists = { poor: zero(), 'near-poor': zero() } as const;
  for (const [code, from] of s.map) {
    const to = e.map.get(code);
    if (from === 'poor' || from === 'near-poor') {
      const m = lists[from];
      m.start++;
      if (to === undefined) m.departed++;
      else if (to === from) m.stayed++;
      else if (isAbove(to)) {
        m.escaped++;
        m.aboveNearPoor++;
      } else {
        m.escaped++;
        m.toOther++;
        lists[to as 'poor' | 'near-poor'].fromOther++;
      }
    } else if (to === 'poor' || to === 'near-poor') {
      lists[to].fellBack++;
    }
  }
  for (const [code, to] of e.map) {
    if (to !== 'poor' && to !== 'near-poor') continue;
    lists[to].end++;
    if (!s.map.has(code)) lists[to].newlyEntered++;
  }
  for (const m of Object.values(lists)) {
    m.closes = m.end === m.start - m.escaped - m.departed + m.fromOther + m.fellBack + m.newlyEntered;
  }
  return {
    poor: lists.poor,
    nearPoor: lists['near-poor'],
    duplicateStartCodes: s.dups,
    duplicateEndCodes: e.dups,
  };
}

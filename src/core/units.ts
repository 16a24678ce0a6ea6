import { z } from 'zod';
import { rangeError, show, typeError } from '../_lib/errors';
import { isLocalDate, type LocalDate } from './localDate';
import { defineMessage, type IssueOf, param } from './messages';
import { LocalDateSchema } from './schema';

/**
 * One row of an administrative-unit change table (bảng chuyển đổi đơn vị hành chính): the old unit
 * (code and name before the change), the new unit it becomes part of, the date the new unit
 * starts, and the act that made the change. A unit merged with others has one row to its new unit;
 * a unit split across several new units has one row per new unit, each with an integer `share`
 * (e.g. the population or area moved) when the act or the province states it. Rows without shares
 * for a split are valid data: re-keying reports such a unit as unmappable instead of guessing.
 *
 * Codes are the national statistical codes (mã đơn vị hành chính): before 01/07/2025 those of the
 * GSO catalogue, after it those of Công văn 1027/CTK-CSCL (25/06/2025) of the Cục Thống kê. A new
 * unit may keep one predecessor's code (xã Nguyễn Nghiêm is 21457, the code of xã Phổ Nhơn).
 */
export const UnitChangeSchema = /* @__PURE__ */ z
  .object({
    oldCode: z.string().min(1).meta({ title: 'Mã đơn vị cũ' }),
    oldName: z.string().min(1).optional().meta({ title: 'Tên đơn vị cũ' }),
    newCode: z.string().min(1).meta({ title: 'Mã đơn vị mới' }),
    newName: z.string().min(1).optional().meta({ title: 'Tên đơn vị mới' }),
    effectiveFrom: LocalDateSchema.meta({
      title: 'Ngày đơn vị mới bắt đầu hoạt động',
      description: 'Số liệu đến hết ngày trước ngày này thuộc đơn vị cũ.',
    }),
    legalAct: z.string().min(1).meta({
      title: 'Căn cứ',
      description: 'Văn bản sắp xếp, ví dụ Nghị quyết 1677/NQ-UBTVQH15 ngày 16/6/2025, Điều 1 khoản 3.',
    }),
    share: z.int().min(1).max(Number.MAX_SAFE_INTEGER).optional().meta({
      title: 'Tỷ trọng chia tách',
      description:
        'Số nguyên dương (dân số, diện tích chuyển sang…) khi một đơn vị cũ chia cho nhiều đơn vị mới.',
    }),
    source: z
      .string()
      .min(1)
      .optional()
      .meta({ title: 'Nguồn dữ liệu', description: 'Địa chỉ hoặc tệp của văn bản.' }),
  })
  .meta({ id: 'vn.unit_change', title: 'Một dòng sắp xếp đơn vị hành chính' });

/** A row of a unit change table. */
export type UnitChange = z.output<typeof UnitChangeSchema>;

/**
 * A unit change table: rows of {@link UnitChangeSchema}, with two rules across rows (codes
 * `vn.unit_change.*`, messages in {@link UNIT_CHANGE_MESSAGES}): the same old unit, new unit and
 * date listed twice; and a split whose shares are given on some of its rows but not all.
 */
export const UnitChangeTableSchema = /* @__PURE__ */ z
  .array(UnitChangeSchema)
  .superRefine((rows, ctx) => {
    const seen = new Map<string, number>();
    const groups = new Map<string, number[]>();
    rows.forEach((r, i) => {
      const k = `${r.oldCode}\u0000${r.newCode}\u0000${r.effectiveFrom}`;
      const first = seen.get(k);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [i],
          input: r,
          params: { code: 'vn.unit_change.duplicate_row', row: first, ...pick(r) },
        });
      } else seen.set(k, i);
      const g = `${r.oldCode}\u0000${r.effectiveFrom}`;
      const list = groups.get(g);
      if (list === undefined) groups.set(g, [i]);
      else list.push(i);
    });
    for (const list of groups.values()) {
      const withShare = list.filter((i) => rows[i]?.share !== undefined).length;
      if (withShare > 0 && withShare < list.length) {
        const r = rows[list[0] as number] as UnitChange;
        ctx.addIssue({
          code: 'custom',
          path: [list.find((i) => rows[i]?.share === undefined) as number, 'share'],
          input: r,
          params: {
            code: 'vn.unit_change.partial_shares',
            oldCode: r.oldCode,
            effectiveFrom: r.effectiveFrom,
          },
        });
      }
    }
  })
  .meta({ id: 'vn.unit_change_table', title: 'Bảng chuyển đổi đơn vị hành chính' });

function pick(r: UnitChange): Record<string, string> {
  return { oldCode: r.oldCode, newCode: r.newCode, effectiveFrom: r.effectiveFrom };
}

/**
 * Messages of the unit change table rules, in Vietnamese and English: one function per language
 * over the issue's raw parameters (unit codes and the date as given, the 0-based index of the
 * first of two equal rows).
 *
 * @example
 * renderMessage(UNIT_CHANGE_MESSAGES['vn.unit_change.partial_shares'], { oldCode: '21142', effectiveFrom: '2025-07-01' }, 'en')
 * // => 'Unit 21142 is split from 2025-07-01: give a share on every row or on none.'
 */
export const UNIT_CHANGE_MESSAGES = /* @__PURE__ */ (() =>
  ({
    'vn.unit_change.duplicate_row': defineMessage(
      { row: param.number, oldCode: param.text, newCode: param.text, effectiveFrom: param.date },
      {
        vi: (p) =>
          `Dòng trùng với dòng ${p.row}: đơn vị cũ ${p.oldCode} → đơn vị mới ${p.newCode} từ ${p.effectiveFrom}.`,
        en: (p) =>
          `Same row as row ${p.row}: old unit ${p.oldCode} → new unit ${p.newCode} from ${p.effectiveFrom}.`,
      },
    ),
    'vn.unit_change.partial_shares': defineMessage(
      { oldCode: param.text, effectiveFrom: param.date },
      {
        vi: (p) =>
          `Đơn vị ${p.oldCode} chia tách từ ${p.effectiveFrom}: phải ghi tỷ trọng ở mọi dòng hoặc không ghi ở dòng nào.`,
        en: (p) =>
          `Unit ${p.oldCode} is split from ${p.effectiveFrom}: give a share on every row or on none.`,
      },
    ),
  }) as const)();

/** The unit change table's issues, each code with its parameters. */
export type UnitChangeIssue = IssueOf<typeof UNIT_CHANGE_MESSAGES>;

// ---------------------------------------------------------------------------------------------
// Exact apportionment of integer counts.

function checkWeights(weights: readonly number[], name = 'weights'): void {
  if (
    !Array.isArray(weights) ||
    weights.length === 0 ||
    weights.some((w) => !Number.isSafeInteger(w) || w < 1)
  ) {
    rangeError(`${name} must be a non-empty list of positive integers, got ${show(weights)}.`);
  }
}

function checkCount(n: number, name: string): void {
  if (!Number.isSafeInteger(n) || n < 0) rangeError(`${name} must be an integer ≥ 0, got ${show(n)}.`);
}

/**
 * Split an integer count into parts proportional to integer weights, exactly (chia số nguyên theo
 * tỷ trọng): the largest-remainder method (Hamilton). Each part first gets the whole part of its
 * quota `total × wᵢ / Σw`; the units left over go one each to the parts with the largest
 * remainders, the earlier part first on a tie. The parts sum to `total`, and each is its quota
 * rounded down or up. Computed with integers (BigInt), so no floating-point error.
 *
 * @param total - An integer ≥ 0.
 * @param weights - Positive integers, one per part.
 * @returns The parts, in the order of `weights`.
 * @throws RangeError if `total` is not an integer ≥ 0 or a weight is not a positive integer.
 * @example
 * apportion(10, [1, 1, 1]) // => [4, 3, 3]
 * apportion(7, [2, 1]) // => [5, 2] (quotas 4.67 and 2.33)
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  checkCount(total, 'total');
  checkWeights(weights);
  const W = weights.reduce((a, b) => a + BigInt(b), 0n);
  const T = BigInt(total);
  const parts = weights.map((w) => (T * BigInt(w)) / W);
  const rema = weights.map((w) => (T * BigInt(w)) % W);
  let left = total - Number(parts.reduce((a, b) => a + b, 0n));
  const order = weights
    .map((_, i) => i)
    .sort((a, b) => {
      const ra = rema[a] as bigint;
      const rb = rema[b] as bigint;
      return ra === rb ? a - b : ra > rb ? -1 : 1;
    });
  for (const i of order) {
    if (left === 0) break;
    parts[i] = (parts[i] as bigint) + 1n;
    left--;
  }
  return parts.map(Number);
}

/**
 * Split several counts that make up one total across parts whose totals are already fixed, so that
 * every count's parts sum to the count and every part's pieces sum to the part's total (chia đồng
 * thời nhiều chỉ tiêu, giữ tổng). Used to split a tally whose columns must keep adding up (total
 * received = carried over + new, in every part).
 *
 * The method, exact and deterministic: the counts are taken from the smallest to the largest (the
 * earlier first on a tie); each but the largest is split by {@link apportion} over `weights`, any
 * piece larger than what its part still has room for is cut down to it, and the units cut are given
 * one by one to the part with the most room left (the earlier part on a tie); the largest count
 * takes exactly the room that is left. Each count's pieces stay within one unit per part of its
 * proportional share, except where a part's fixed total forces otherwise.
 *
 * @param counts - Integers ≥ 0, the pieces of one total.
 * @param partTotals - Integers ≥ 0 with the same sum as `counts`, one per part.
 * @param weights - Positive integers, one per part (the same as gave `partTotals`).
 * @returns `result[i][j]`: the piece of count `i` in part `j`.
 * @throws RangeError if the sums differ, the lengths of `partTotals` and `weights` differ, or a
 *   value is not an integer of the right sign.
 * @example
 * // received 3 = carried over 2 + new 1, split half and half: the parts get 2 and 1 received.
 * apportionWithin([2, 1], apportion(3, [1, 1]), [1, 1]) // => [[1, 1], [1, 0]]
 */
export function apportionWithin(
  counts: readonly number[],
  partTotals: readonly number[],
  weights: readonly number[],
): number[][] {
  checkWeights(weights);
  if (!Array.isArray(counts)) typeError(`counts must be an array, got ${show(counts)}.`);
  if (!Array.isArray(partTotals) || partTotals.length !== weights.length) {
    rangeError(`partTotals must have one total per weight (${weights.length}), got ${show(partTotals)}.`);
  }
  for (let i = 0; i < counts.length; i++) checkCount(counts[i] as number, `counts[${i}]`);
  for (let j = 0; j < partTotals.length; j++) checkCount(partTotals[j] as number, `partTotals[${j}]`);
  const sumC = counts.reduce((a, b) => a + b, 0);
  const sumP = partTotals.reduce((a, b) => a + b, 0);
  if (sumC !== sumP) rangeError(`the counts sum to ${sumC} but the part totals to ${sumP}.`);
  const k = weights.length;
  const out = counts.map(() => new Array<number>(k).fill(0));
  if (counts.length === 0) return out;
  const room = [...partTotals];
  const order = counts
    .map((_, i) => i)
    .sort((a, b) => (counts[a] as number) - (counts[b] as number) || a - b);
  for (let n = 0; n < order.length - 1; n++) {
    const i = order[n] as number;
    const a = apportion(counts[i] as number, weights);
    let cut = 0;
    for (let j = 0; j < k; j++) {
      if ((a[j] as number) > (room[j] as number)) {
        cut += (a[j] as number) - (room[j] as number);
        a[j] = room[j] as number;
      }
    }
    while (cut > 0) {
      let best = -1;
      for (let j = 0; j < k; j++) {
        const spare = (room[j] as number) - (a[j] as number);
        if (spare > 0 && (best < 0 || spare > (room[best] as number) - (a[best] as number))) best = j;
      }
      a[best] = (a[best] as number) + 1;
      cut--;
    }
    for (let j = 0; j < k; j++) room[j] = (room[j] as number) - (a[j] as number);
    out[i] = a;
  }
  out[order[order.length - 1] as number] = room;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Re-keying figures from old units to new ones.

/** Why a unit's figures could not be carried to the new units. */
export type UnmappableReason = 'split-without-shares' | 'split-without-split-function';

/** A unit's figures under the new units (số liệu quy về đơn vị mới). */
export interface RekeyedUnit<T> {
  /** The unit's code after the changes applied. */
  readonly unit: string;
  /** Its name from the table, when a change named it. */
  readonly name?: string;
  /** The merged (and, for split units, apportioned) figures. */
  readonly value: T;
  /** The input units whose figures are in `value`, sorted. */
  readonly sources: readonly string[];
  /** The acts of the changes applied, sorted. */
  readonly acts: readonly string[];
}

/** Figures that stay with an old unit because its split cannot be carried out as data. */
export interface UnmappableUnit<T> {
  /** The old unit's code at the change. */
  readonly unit: string;
  /** Its name from the table, when given. */
  readonly name?: string;
  /** Its figures, untouched. */
  readonly value: T;
  /** Why. */
  readonly reason: UnmappableReason;
  /** The new units it is split across, sorted. */
  readonly targets: readonly string[];
  /** The date of the change. */
  readonly effectiveFrom: LocalDate;
  /** The acts of the change, sorted. */
  readonly acts: readonly string[];
  /** The input units whose figures are in `value`, sorted. */
  readonly sources: readonly string[];
}

/** Result of {@link rekeyByUnit}. */
export interface RekeyResult<T> {
  /** Figures by new unit, sorted by code. */
  readonly units: RekeyedUnit<T>[];
  /** Figures that could not be carried over, sorted by code. Nothing is dropped. */
  readonly unmappable: UnmappableUnit<T>[];
}

/** Options of {@link rekeyByUnit}. */
export interface RekeyByUnitOptions<T> {
  /**
   * The date the figures describe (the last day of their period). Changes effective after it
   * apply; a change effective on or before it is already reflected in the codes.
   */
  readonly asOf: LocalDate;
  /** Apply changes effective up to this date only; default all of the table. */
  readonly until?: LocalDate;
  /** The domain's merge of two figures: associative and commutative (a sum, never an average). */
  readonly merge: (a: T, b: T) => T;
  /**
   * The domain's split of one figure into parts proportional to positive integer weights, the
   * parts adding up to the whole (e.g. with {@link apportion}). Without it a split is unmappable.
   */
  readonly split?: (value: T, weights: readonly number[]) => readonly T[];
}

interface Carried<T> {
  value: T;
  name: string | undefined;
  sources: Set<string>;
  acts: Set<string>;
}

/**
 * Carry figures kept by old administrative units over to the units that replaced them (quy đổi số
 * liệu theo đơn vị hành chính sau sắp xếp), so that a 2024 figure can be compared with a 2026 one:
 * the figures of merged units are added with the domain's `merge` — sums, never averages; a unit
 * split across several new units is apportioned with `split` by the table's integer shares, or, if
 * the table has no shares for it (or no `split` is given), reported in `unmappable` with its
 * figures untouched: never guessed. Changes are applied in date order, so a unit merged twice ends
 * under its latest code. Units the table does not mention keep their code.
 *
 * Basis: the 2025 reorganisation into two-tier local government (from 01/07/2025), by resolutions
 * of the Ủy ban Thường vụ Quốc hội per province, e.g. Nghị quyết 1677/NQ-UBTVQH15 (Quảng Ngãi);
 * see {@link EXAMPLE_UNIT_CHANGES_QUANG_NGAI_2025}. Domains pass their merge functions
 * (`mergeTallies` of dossiers, `mergeHouseholdTallies`, `mergeHeadcounts`); `commune-kpi/dossier`
 * has `rekeyDossierGroups` with the split built in.
 *
 * @param entries - Figures by unit code (a code listed twice is merged first).
 * @param table - The change table (checked with {@link UnitChangeTableSchema}).
 * @param options - `asOf`, `until`, `merge`, `split`.
 * @returns Figures by new unit and the unmappable ones; every input figure is in exactly one.
 * @throws RangeError if the table fails its schema, `asOf`/`until` are not dates or `until` is
 *   before `asOf`.
 * @throws TypeError if `merge` (or a given `split`) is not a function, or `split` returns the wrong
 *   number of parts.
 * @example
 * const add = (a: number, b: number) => a + b;
 * rekeyByUnit(
 *   [{ unit: '21445', value: 120 }, { unit: '21457', value: 80 }],
 *   EXAMPLE_UNIT_CHANGES_QUANG_NGAI_2025,
 *   { asOf: '2024-12-31', merge: add },
 * ).units
 * // => [{ unit: '21457', name: 'Xã Nguyễn Nghiêm', value: 200, sources: ['21445', '21457'], acts: ['Nghị quyết 1677/NQ-UBTVQH15 …'] }]
 */
export function rekeyByUnit<T>(
  entries: Iterable<{ readonly unit: string; readonly value: T }>,
  table: readonly UnitChange[],
  options: RekeyByUnitOptions<T>,
): RekeyResult<T> {
  if (typeof options !== 'object' || options === null)
    typeError(`options must be an object, got ${show(options)}.`);
  const { asOf, until, merge, split } = options;
  if (typeof merge !== 'function')
    typeError(`merge must be a function (a, b) => merged, got ${show(merge)}.`);
  if (split !== undefined && typeof split !== 'function') {
    typeError(`split must be a function (value, weights) => parts, got ${show(split)}.`);
  }
  if (!isLocalDate(asOf)) rangeError(`asOf must be a real date YYYY-MM-DD, got ${show(asOf)}.`);
  if (until !== undefined && (!isLocalDate(until) || until < asOf)) {
    rangeError(`until must be a real date YYYY-MM-DD not before asOf (${asOf}), got ${show(until)}.`);
  }
  const parsed = UnitChangeTableSchema.safeParse(table);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const code = (issue as { params?: { code?: string } } | undefined)?.params?.code ?? issue?.code;
    rangeError(
      `the unit change table is invalid at ${show(issue?.path ?? [])}: ${code} ${issue?.message ?? ''}`.trim(),
    );
  }
  const rows = parsed.data.filter(
    (r) => r.effectiveFrom > asOf && (until === undefined || r.effectiveFrom <= until),
  );
  const dates = [...new Set(rows.map((r) => r.effectiveFrom))].sort();

  let current = new Map<string, Carried<T>>();
  const put = (map: Map<string, Carried<T>>, unit: string, c: Carried<T>) => {
    const prior = map.get(unit);
    if (prior === undefined) map.set(unit, c);
    else {
      prior.value = merge(prior.value, c.value);
      for (const s of c.sources) prior.sources.add(s);
      for (const a of c.acts) prior.acts.add(a);
      if (prior.name === undefined) prior.name = c.name;
    }
  };
  for (const e of entries) {
    if (typeof e !== 'object' || e === null || typeof e.unit !== 'string') {
      typeError(`each entry must be an object { unit, value }, got ${show(e)}.`);
    }
    put(current, e.unit, { value: e.value, name: undefined, sources: new Set([e.unit]), acts: new Set() });
  }
  const unmappable: UnmappableUnit<T>[] = [];
  for (const date of dates) {
    const byOld = new Map<string, UnitChange[]>();
    for (const r of rows) {
      if (r.effectiveFrom !== date) continue;
      const list = byOld.get(r.oldCode);
      if (list === undefined) byOld.set(r.oldCode, [r]);
      else list.push(r);
    }
    const next = new Map<string, Carried<T>>();
    for (const unit of [...current.keys()].sort()) {
      const c = current.get(unit) as Carried<T>;
      const changes = byOld.get(unit);
      if (changes === undefined) {
        put(next, unit, c);
        continue;
      }
      const acts = new Set([...c.acts, ...changes.map((r) => r.legalAct)]);
      const targets = [...new Set(changes.map((r) => r.newCode))].sort();
      const oldName = changes.find((r) => r.oldName !== undefined)?.oldName ?? c.name;
      if (targets.length === 1) {
        const t = targets[0] as string;
        put(next, t, { ...c, acts, name: changes.find((r) => r.newName !== undefined)?.newName });
        continue;
      }
      const shares = targets.map((t) =>
        changes.filter((r) => r.newCode === t).reduce((n, r) => n + (r.share ?? Number.NaN), 0),
      );
      const reason: UnmappableReason | undefined = shares.some((w) => Number.isNaN(w))
        ? 'split-without-shares'
        : split === undefined
          ? 'split-without-split-function'
          : undefined;
      if (reason !== undefined || split === undefined) {
        unmappable.push({
          unit,
          ...(oldName !== undefined ? { name: oldName } : {}),
          value: c.value,
          reason: reason ?? 'split-without-split-function',
          targets,
          effectiveFrom: date,
          acts: [...acts].sort(),
          sources: [...c.sources].sort(),
        });
        continue;
      }
      const parts = split(c.value, shares);
      if (!Array.isArray(parts) || parts.length !== targets.length) {
        typeError(`split must return ${targets.length} parts for unit ${show(unit)}, got ${show(parts)}.`);
      }
      targets.forEach((t, j) => {
        const name = changes.find((r) => r.newCode === t && r.newName !== undefined)?.newName;
        put(next, t, { value: parts[j] as T, name, sources: new Set(c.sources), acts: new Set(acts) });
      });
    }
    current = next;
  }
  const units: RekeyedUnit<T>[] = [...current.keys()].sort().map((unit) => {
    const c = current.get(unit) as Carried<T>;
    return {
      unit,
      ...(c.name !== undefined ? { name: c.name } : {}),
      value: c.value,
      sources: [...c.sources].sort(),
      acts: [...c.acts].sort(),
    };
  });
  unmappable.sort((a, b) =>
    a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : a.effectiveFrom < b.effectiveFrom ? -1 : 1,
  );
  return { units, unmappable };
}

// ---------------------------------------------------------------------------------------------
// A real example.

const NQ_1677 =
  'Nghị quyết 1677/NQ-UBTVQH15 ngày 16/6/2025 về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Quảng Ngãi năm 2025';
const NQ_1677_SOURCE = 'github.com/dvhcvn/20250701, input/docs/1677_NQ-UBTVQH15.md (commit 1fe34bb)';

/**
 * A small real excerpt of a unit change table (ví dụ bảng chuyển đổi có thật): seven rows of
 * Nghị quyết 1677/NQ-UBTVQH15 of 16/06/2025 on the communes of Quảng Ngãi, whose new communes
 * started on 01/07/2025 (Điều 2 khoản 2). It is an example of the format and a test fixture, not
 * the province's full table — the full national table is caller data (the community mapping of
 * `dvhcvn/20250701` was extracted with a language model and is not an official source).
 *
 * - Điều 1 khoản 3, verbatim: "Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của xã Phổ Nhơn
 *   và xã Phổ Phong thành xã mới có tên gọi là xã Nguyễn Nghiêm." (Phổ Phong is the commune whose
 *   2023 report this package grew from.)
 * - Khoản 4: "… của xã Phổ Khánh và xã Phổ Cường thành xã mới có tên gọi là xã Khánh Cường."
 * - Khoản 30: "… của xã Trà Tân và một phần diện tích tự nhiên, quy mô dân số của xã Trà Bùi thành
 *   xã mới có tên gọi là xã Cà Đam." Khoản 31: "… của xã Hương Trà, xã Trà Tây và phần còn lại của
 *   xã Trà Bùi sau khi sắp xếp theo quy định tại khoản 30 Điều này thành xã mới có tên gọi là xã
 *   Tây Trà Bồng." The resolution gives no share of Trà Bùi to either, so its rows have none: its
 *   figures are unmappable until a province states the split. Hương Trà and Trà Tây are left out:
 *   their pre-2025 codes were not found in the sources at hand.
 *
 * Codes: old ones from the GSO catalogue as copied in `daohoangson/dvhcvn`, `data/dvhcvn.json`
 * (commit 06b2321: 21445 Xã Phổ Phong, 21457 Xã Phổ Nhơn, 21472 Xã Phổ Cường, 21475 Xã Phổ Khánh,
 * 21136 Xã Trà Tân, 21142 Xã Trà Bùi); new ones from Công văn 1027/CTK-CSCL of 25/06/2025, Phụ lục
 * I, as copied in `dvhcvn/20250701`, `input/docs/1027_CTK-CSCL.md` (21457 Xã Nguyễn Nghiêm, 21472
 * Xã Khánh Cường, 21136 Xã Cà Đam, 21157 Xã Tây Trà Bồng).
 *
 * @example
 * EXAMPLE_UNIT_CHANGES_QUANG_NGAI_2025.filter((r) => r.newCode === '21457').map((r) => r.oldName)
 * // => ['Xã Phổ Nhơn', 'Xã Phổ Phong']
 */
export const EXAMPLE_UNIT_CHANGES_QUANG_NGAI_2025: readonly UnitChange[] = /* @__PURE__ */ [
  ['21457', 'Xã Phổ Nhơn', '21457', 'Xã Nguyễn Nghiêm', 'Điều 1 khoản 3'],
  ['21445', 'Xã Phổ Phong', '21457', 'Xã Nguyễn Nghiêm', 'Điều 1 khoản 3'],
  ['21475', 'Xã Phổ Khánh', '21472', 'Xã Khánh Cường', 'Điều 1 khoản 4'],
  ['21472', 'Xã Phổ Cường', '21472', 'Xã Khánh Cường', 'Điều 1 khoản 4'],
  ['21136', 'Xã Trà Tân', '21136', 'Xã Cà Đam', 'Điều 1 khoản 30'],
  ['21142', 'Xã Trà Bùi', '21136', 'Xã Cà Đam', 'Điều 1 khoản 30 (một phần)'],
  ['21142', 'Xã Trà Bùi', '21157', 'Xã Tây Trà Bồng', 'Điều 1 khoản 31 (phần còn lại)'],
].map(([oldCode, oldName, newCode, newName, clause]) => ({
  oldCode: oldCode as string,
  oldName: oldName as string,
  newCode: newCode as string,
  newName: newName as string,
  effectiveFrom: '2025-07-01',
  legalAct: `${NQ_1677}, ${clause}`,
  source: NQ_1677_SOURCE,
}));

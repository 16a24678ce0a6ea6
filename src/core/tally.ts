import { rangeError, show, typeError } from '../_lib/errors';

/**
 * A label in the two languages of the package (nhãn tiếng Việt và tiếng Anh).
 *
 * @example
 * const l: TallyLabel = { vi: 'Đã giải quyết', en: 'Resolved' };
 * l.en // => 'Resolved'
 */
export interface TallyLabel {
  /** Vietnamese, as a report form writes it. */
  readonly vi: string;
  /** English. */
  readonly en: string;
  /**
   * The column header of a table when it is shorter than the label (`Tiếp nhận` for `Tổng số hồ
   * sơ tiếp nhận (kỳ trước chuyển sang + mới tiếp nhận)`); absent when the label itself fits.
   */
  readonly short?: { readonly vi: string; readonly en: string };
}

/** Which wording of a {@link TallyLabel}: the full label (`long`, default) or the table header (`short`). */
export type TallyLabelLength = 'long' | 'short';

/**
 * A label in a language (nhãn theo ngôn ngữ): the table header when `short` is asked for and the
 * label has one, else the label.
 *
 * @example
 * const l: TallyLabel = { vi: 'Đã giải quyết quá hạn (trễ hạn)', en: 'Resolved late', short: { vi: 'Quá hạn', en: 'Late' } };
 * labelIn(l, 'vi', 'short') // => 'Quá hạn'
 * labelIn(l, 'en') // => 'Resolved late'
 */
export function labelIn(label: TallyLabel, locale: 'vi' | 'en', length: TallyLabelLength = 'long'): string {
  return length === 'short' && label.short !== undefined ? label.short[locale] : label[locale];
}

/**
 * The label of one of a descriptor's count fields in a language (nhãn cột của bảng tổng hợp); the
 * field name itself when the descriptor has no such field.
 *
 * @param descriptor - The domain's descriptor.
 * @param field - One of its `fields`.
 * @param locale - `vi` or `en`.
 * @param length - `long` (the report wording, default) or `short` (a table header).
 * @example
 * fieldLabelOf(DOSSIER_TALLY, 'resolvedLate', 'vi', 'short') // => 'Quá hạn'
 * fieldLabelOf(DOSSIER_TALLY, 'resolvedLate', 'en') // => 'Resolved late'
 */
export function fieldLabelOf(
  descriptor: { readonly labels: Readonly<Record<string, TallyLabel>> },
  field: string,
  locale: 'vi' | 'en',
  length: TallyLabelLength = 'long',
): string {
  return Object.hasOwn(descriptor.labels, field) ? labelIn(descriptor.labels[field]!, locale, length) : field;
}

/**
 * The label of one of a descriptor's dimensions in a language; the dimension itself when the
 * descriptor has no such dimension.
 *
 * @param descriptor - The domain's descriptor.
 * @param dimension - One of its `dimensions`.
 * @param locale - `vi` or `en`.
 * @param length - `long` (default) or `short`.
 * @example
 * dimensionLabelOf(HOUSEHOLD_TALLY, 'village', 'vi') // => 'Thôn, tổ dân phố'
 * dimensionLabelOf(HOUSEHOLD_TALLY, 'village', 'vi', 'short') // => 'Thôn'
 */
export function dimensionLabelOf(
  descriptor: { readonly dimensionLabels: Readonly<Record<string, TallyLabel>> },
  dimension: string,
  locale: 'vi' | 'en',
  length: TallyLabelLength = 'long',
): string {
  return Object.hasOwn(descriptor.dimensionLabels, dimension)
    ? labelIn(descriptor.dimensionLabels[dimension]!, locale, length)
    : dimension;
}

/**
 * The shape every domain's tally shares (mô tả bảng tổng hợp): which count fields it has and
 * what they are called in Vietnamese and English, which dimensions rows can be grouped by, the
 * empty tally, how one row is added and how two tallies merge. Group-by ({@link tallyBy}),
 * folding ({@link tallyWith}) and streaming ({@link TallyAccumulator}) are written once over it,
 * and one property test checks the merge laws for every descriptor the package exports.
 *
 * Laws (checked for every descriptor): `merge` is associative and commutative, `empty()` is its
 * identity, and `merge(tallyWith(d, a, c), tallyWith(d, b, c))` equals `tallyWith(d, [...a, ...b], c)`.
 *
 * @typeParam T - The tally.
 * @typeParam R - A row (a parsed record).
 * @typeParam C - What classifying a row needs besides the row (a period, a standard, a date …).
 * @typeParam D - The dimensions rows can be grouped by.
 * @example
 * const d: TallyDescriptor<{ n: number }, unknown, undefined, never> = {
 *   domain: 'count', fields: ['n'], labels: { n: { vi: 'Số', en: 'Count' } }, dimensions: [],
 *   dimensionLabels: {}, empty: () => ({ n: 0 }), add: (t) => ({ n: t.n + 1 }),
 *   merge: (a, b) => ({ n: a.n + b.n }), keyOf: () => '',
 * };
 * tallyWith(d, ['a', 'b'], undefined) // => { n: 2 }
 */
export interface TallyDescriptor<T, R, C, D extends string = string> {
  /** The domain, e.g. `dossier`. */
  readonly domain: string;
  /** The count fields, in report order (the columns of the command's tables). */
  readonly fields: readonly string[];
  /** The label of each field in {@link TallyDescriptor.fields}. */
  readonly labels: Readonly<Record<string, TallyLabel>>;
  /** The dimensions rows can be grouped by, each listed once. */
  readonly dimensions: readonly D[];
  /** The label of each dimension. */
  readonly dimensionLabels: Readonly<Record<D, TallyLabel>>;
  /** A new empty tally, the identity of `merge` (a fresh object each call: `add` may fill it). */
  empty(): T;
  /**
   * Count one row: returns the tally with the row added. It may change `tally` in place, so pass
   * one from `empty()` or from an earlier `add`, never a tally you still use elsewhere.
   */
  add(tally: T, row: R, context: C): T;
  /** Merge two tallies; the inputs are not changed. */
  merge(a: T, b: T): T;
  /** A row's value for a dimension (`''` when the row has none). */
  keyOf(row: R, dimension: D, context: C): string;
}

/** One group of {@link tallyBy}: its value for each dimension asked for, and its tally. */
export interface TallyGroup<T, D extends string> {
  /** The group's value for each dimension (`''` when the rows have none). */
  readonly key: Readonly<Partial<Record<D, string>>>;
  /** The group's tally. */
  readonly tally: T;
}

/**
 * Tally rows with a domain's descriptor (tổng hợp theo mô tả): `empty()`, then `add` for each row.
 *
 * @param descriptor - The domain's descriptor, e.g. `DOSSIER_TALLY`.
 * @param rows - Parsed rows (any iterable).
 * @param context - What classification needs (e.g. `{ period }` for dossiers).
 * @returns The tally.
 * @throws TypeError if `rows` is not iterable; what the descriptor's `add` throws (never on rows
 *   the domain's schema accepted).
 * @example
 * const d: TallyDescriptor<{ n: number }, unknown, undefined, never> = {
 *   domain: 'count', fields: ['n'], labels: { n: { vi: 'Số', en: 'Count' } }, dimensions: [],
 *   dimensionLabels: {}, empty: () => ({ n: 0 }), add: (t) => ({ n: t.n + 1 }),
 *   merge: (a, b) => ({ n: a.n + b.n }), keyOf: () => '',
 * };
 * tallyWith(d, [1, 2, 3], undefined).n // => 3
 */
export function tallyWith<T, R, C, D extends string>(
  descriptor: TallyDescriptor<T, R, C, D>,
  rows: Iterable<R>,
  context: C,
): T {
  checkIterable(rows);
  let t = descriptor.empty();
  for (const r of rows) t = descriptor.add(t, r, context);
  return t;
}

function checkIterable(rows: unknown): void {
  if (rows === null || typeof (rows as { [Symbol.iterator]?: unknown })?.[Symbol.iterator] !== 'function')
    typeError(`rows must be iterable, got ${show(rows)}.`);
}

function checkDimensions<D extends string>(
  descriptor: TallyDescriptor<unknown, never, never, D>,
  by: readonly D[],
): void {
  if (!Array.isArray(by) || by.length === 0)
    rangeError(`grouping ${descriptor.domain} tallies needs at least one dimension in \`by\`.`);
  for (const b of by) {
    if (!descriptor.dimensions.includes(b))
      rangeError(`unknown dimension ${show(b)}; use ${descriptor.dimensions.join(', ')}.`);
  }
}

/**
 * Tally rows by one or more dimensions with a domain's descriptor (tổng hợp theo nhóm). Groups
 * are sorted by key (dimension values in the order of `by`); merging every group's tally gives
 * {@link tallyWith} of the same rows.
 *
 * @param descriptor - The domain's descriptor.
 * @param rows - Parsed rows.
 * @param context - What classification needs.
 * @param by - Dimensions of the descriptor, in key order (at least one).
 * @returns One group per key that occurs.
 * @throws RangeError for an empty or unknown dimension; TypeError if `rows` is not iterable.
 * @example
 * const d: TallyDescriptor<{ n: number }, string, undefined, 'first'> = {
 *   domain: 'words', fields: ['n'], labels: { n: { vi: 'Số', en: 'Count' } }, dimensions: ['first'],
 *   dimensionLabels: { first: { vi: 'Chữ đầu', en: 'First letter' } }, empty: () => ({ n: 0 }),
 *   add: (t) => ({ n: t.n + 1 }), merge: (a, b) => ({ n: a.n + b.n }), keyOf: (w) => w.slice(0, 1),
 * };
 * tallyBy(d, ['ba', 'an', 'bo'], undefined, ['first'])
 * // => [{ key: { first: 'a' }, tally: { n: 1 } }, { key: { first: 'b' }, tally: { n: 2 } }]
 */
export function tallyBy<T, R, C, D extends string>(
  descriptor: TallyDescriptor<T, R, C, D>,
  rows: Iterable<R>,
  context: C,
  by: readonly D[],
): TallyGroup<T, D>[] {
  checkDimensions(descriptor as TallyDescriptor<unknown, never, never, D>, by);
  checkIterable(rows);
  const groups = new Map<string, { values: string[]; tally: T }>();
  const n = by.length;
  for (const r of rows) {
    let key = '';
    for (let i = 0; i < n; i++) {
      const v = descriptor.keyOf(r, by[i] as D, context);
      key = i === 0 ? v : `${key}\u0000${v}`;
    }
    let g = groups.get(key);
    if (g === undefined) {
      g = { values: n === 1 ? [key] : key.split('\u0000'), tally: descriptor.empty() };
      groups.set(key, g);
    }
    g.tally = descriptor.add(g.tally, r, context);
  }
  return [...groups.keys()].sort().map((k) => {
    const g = groups.get(k)!;
    const key: Partial<Record<D, string>> = {};
    for (let i = 0; i < n; i++) key[by[i] as D] = g.values[i] ?? '';
    return { key, tally: g.tally };
  });
}

/**
 * A streaming tally over a domain's descriptor (bộ cộng dồn): add rows batch by batch, merge
 * another accumulator (another worker, file or commune) and read the total and the groups at any
 * time. Memory is one tally per group, never the rows.
 *
 * @typeParam T - The tally.
 * @typeParam R - A row.
 * @typeParam C - The classification context.
 * @typeParam D - The dimensions.
 * @example
 * const d: TallyDescriptor<{ n: number }, string, undefined, 'first'> = {
 *   domain: 'words', fields: ['n'], labels: { n: { vi: 'Số', en: 'Count' } }, dimensions: ['first'],
 *   dimensionLabels: { first: { vi: 'Chữ đầu', en: 'First letter' } }, empty: () => ({ n: 0 }),
 *   add: (t) => ({ n: t.n + 1 }), merge: (a, b) => ({ n: a.n + b.n }), keyOf: (w) => w.slice(0, 1),
 * };
 * const acc = new TallyAccumulator(d, undefined, ['first']);
 * acc.addAll(['ba', 'an']);
 * acc.add('bo');
 * acc.total // => { n: 3 }
 * acc.groups().length // => 2
 */
export class TallyAccumulator<T, R, C, D extends string> {
  readonly #descriptor: TallyDescriptor<T, R, C, D>;
  readonly #context: C;
  readonly #by: readonly D[];
  #total: T;
  readonly #groups = new Map<string, { values: string[]; tally: T }>();

  /**
   * @param descriptor - The domain's descriptor.
   * @param context - What classification needs.
   * @param by - Dimensions to group by (none: total only).
   * @throws RangeError for an unknown dimension.
   */
  constructor(descriptor: TallyDescriptor<T, R, C, D>, context: C, by: readonly D[] = []) {
    if (by.length > 0) checkDimensions(descriptor as TallyDescriptor<unknown, never, never, D>, by);
    this.#descriptor = descriptor;
    this.#context = context;
    this.#by = [...by];
    this.#total = descriptor.empty();
  }

  /** Count one row in the total and in its group. */
  add(row: R): void {
    const d = this.#descriptor;
    this.#total = d.add(this.#total, row, this.#context);
    const n = this.#by.length;
    if (n === 0) return;
    const values: string[] = [];
    for (let i = 0; i < n; i++) values.push(d.keyOf(row, this.#by[i] as D, this.#context));
    const key = values.join('\u0000');
    let g = this.#groups.get(key);
    if (g === undefined) {
      g = { values, tally: d.empty() };
      this.#groups.set(key, g);
    }
    g.tally = d.add(g.tally, row, this.#context);
  }

  /** Count every row of a batch. */
  addAll(rows: Iterable<R>): void {
    checkIterable(rows);
    for (const r of rows) this.add(r);
  }

  /**
   * Merge another accumulator of the same descriptor and dimensions into this one.
   *
   * @throws RangeError when the dimensions differ.
   */
  merge(other: TallyAccumulator<T, R, C, D>): void {
    if (other.#by.join('\u0000') !== this.#by.join('\u0000'))
      rangeError(`accumulators grouped by ${show(this.#by)} and ${show(other.#by)} cannot be merged.`);
    const d = this.#descriptor;
    this.#total = d.merge(this.#total, other.#total);
    for (const [k, g] of other.#groups) {
      const mine = this.#groups.get(k);
      if (mine === undefined)
        this.#groups.set(k, { values: [...g.values], tally: d.merge(d.empty(), g.tally) });
      else mine.tally = d.merge(mine.tally, g.tally);
    }
  }

  /** The tally of every row added so far (a copy). */
  get total(): T {
    return this.#descriptor.merge(this.#descriptor.empty(), this.#total);
  }

  /** The groups so far, sorted by key (copies). */
  groups(): TallyGroup<T, D>[] {
    const d = this.#descriptor;
    return [...this.#groups.keys()].sort().map((k) => {
      const g = this.#groups.get(k)!;
      const key: Partial<Record<D, string>> = {};
      this.#by.forEach((b, i) => {
        key[b] = g.values[i] ?? '';
      });
      return { key, tally: d.merge(d.empty(), g.tally) };
    });
  }
}

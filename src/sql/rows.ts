import {
  DOSSIER_TALLY_FIELDS,
  type DossierGroup,
  type DossierGroupDimension,
  type DossierTally,
} from '../dossier/tally';
import { type CompiledDossierTally, SqlCompileError } from './compile';

/** The tally of a compiled statement's result, as the library's own types. */
export interface SqlDossierTally {
  /** The whole tally (every group merged). */
  readonly total: DossierTally;
  /**
   * One group per key that has a counted row, sorted by key as `tallyDossiersBy` sorts them
   * (empty when the statement was compiled without dimensions).
   */
  readonly groups: DossierGroup[];
  /** Rows rejected by the checks (not counted anywhere in the tally). */
  readonly rejected: number;
}

function count(v: unknown, column: string): number {
  let n: number;
  if (typeof v === 'number') n = v;
  else if (typeof v === 'bigint') n = Number(v);
  else if (typeof v === 'string' && /^\d+$/.test(v)) n = Number(v);
  else if (v === null || v === undefined) n = 0;
  else n = Number.NaN;
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new SqlCompileError(
      'vn.sql.bad_row',
      `cột «${column}» của kết quả không phải số đếm: ${String(v)}`,
      `result column "${column}" is not a count: ${String(v)}`,
    );
  }
  return n;
}

const keyText = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

/**
 * Read the rows of a statement from {@link compileDossierTally} back into the library's types
 * (đọc kết quả SQL thành bảng tổng hợp): the groups as `tallyDossiersBy` returns them, their
 * merged total and the number of rejected rows. Counts may come as numbers, `bigint`s (DuckDB) or
 * digit strings (`pg` for `bigint`). A group whose rows were all rejected is left out, as
 * `tallyDossiersBy` never sees those rows; rows whose key is NULL and `''` fall in one group.
 *
 * @param rows - The result rows as objects keyed by column name.
 * @param compiled - The statement they came from (for its dimensions).
 * @returns Total, groups and rejected count.
 * @throws SqlCompileError `vn.sql.bad_row` for a value that is not a count.
 * @example
 * const q = compileDossierTally({ dialect: 'duckdb', period: { start: '2026-01-01', end: '2026-03-31' },
 *   from: { table: 'ho_so' }, by: ['unit'] });
 * const r = dossierGroupsFromRows([{ unit: 'UBND xã A', received: 2n, newReceived: 2n, newOnline: 2n,
 *   resolved: 2n, resolvedEarly: 2n, rejected: 1n }], q);
 * [r.total.received, r.groups[0]?.key.unit, r.rejected] // => [2, 'UBND xã A', 1]
 */
export function dossierGroupsFromRows(
  rows: Iterable<Readonly<Record<string, unknown>>>,
  compiled: Pick<CompiledDossierTally, 'by'>,
): SqlDossierTally {
  const by = compiled.by;
  const groups = new Map<string, { values: string[]; tally: DossierTally }>();
  const total = {} as Record<string, number>;
  for (const f of DOSSIER_TALLY_FIELDS) total[f] = 0;
  let rejected = 0;
  for (const row of rows) {
    rejected += count(row.rejected, 'rejected');
    const tally = {} as Record<string, number>;
    let any = false;
    for (const f of DOSSIER_TALLY_FIELDS) {
      const n = count(row[f], f);
      tally[f] = n;
      total[f] = (total[f] ?? 0) + n;
      if (n !== 0) any = true;
    }
    if (!any || by.length === 0) continue;
    const values = by.map((b) => keyText(row[b]));
    const key = values.join('\u0000');
    const g = groups.get(key);
    if (g === undefined) groups.set(key, { values, tally: tally as unknown as DossierTally });
    else for (const f of DOSSIER_TALLY_FIELDS) g.tally[f] += tally[f] ?? 0;
  }
  const keys = [...groups.keys()].sort();
  const out: DossierGroup[] = keys.map((k) => {
    const g = groups.get(k)!;
    const key: Partial<Record<DossierGroupDimension, string>> = {};
    for (let i = 0; i < by.length; i++) key[by[i] as DossierGroupDimension] = g.values[i] ?? '';
    return { key, tally: g.tally };
  });
  return { total: total as unknown as DossierTally, groups: out, rejected };
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/localDate';
import { customPeriod } from '../../src/core/period';
import {
  communeStaffingQuota,
  countHeadcount,
  DECREE_33_2023_POSITIONS,
  emptyHeadcount,
  HEADCOUNT_BREAKDOWNS,
  type HeadcountTally,
  mergeHeadcounts,
  parsePersonnel,
  personnelMovements,
  type RosterEntry,
  type StaffAssignment,
} from '../../src/personnel';

const positions = DECREE_33_2023_POSITIONS.positions;
const START = '2023-08-01';

const assignmentArb: fc.Arbitrary<StaffAssignment> = fc
  .record({
    p: fc.integer({ min: 0, max: positions.length - 1 }),
    start: fc.integer({ min: 0, max: 600 }),
    length: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
    concurrent: fc.boolean(),
  })
  .map(({ p, start, length, concurrent }) => {
    const pos = positions[p] ?? positions[0];
    if (pos === undefined) throw new Error('no positions');
    const s = addDays(START, start);
    return {
      position: pos.code,
      category: pos.category,
      concurrent,
      start: s,
      ...(length !== undefined ? { end: addDays(s, length) } : {}),
    };
  });

const entryArb: fc.Arbitrary<RosterEntry> = fc
  .record({
    sex: fc.constantFrom('nam' as const, 'nu' as const),
    birthYear: fc.integer({ min: 1955, max: 2004 }),
    ethnicity: fc.integer({ min: 1, max: 54 }),
    qualification: fc.constantFrom(
      'tien_si' as const,
      'dai_hoc' as const,
      'trung_cap' as const,
      'chua_qua_dao_tao' as const,
    ),
    politicalTheory: fc.constantFrom('cao_cap' as const, 'cu_nhan' as const, 'so_cap' as const),
    partyMember: fc.boolean(),
    assignments: fc.array(assignmentArb, { minLength: 1, maxLength: 3 }),
  })
  .map((r) => ({ ...r, id: '', fullName: 'x' }));

const rosterArb = fc
  .array(entryArb, { maxLength: 40 })
  .map((xs) => xs.map((x, i) => ({ ...x, id: `p${i}` })));
const dayArb = fc.integer({ min: -10, max: 1100 }).map((d) => addDays(START, d));

function inPostOn(e: RosterEntry, d: string): boolean {
  return e.assignments.some((a) => a.start <= d && (a.end === undefined || d <= a.end));
}

function sum(rec: Readonly<Record<string, number>>): number {
  return Object.values(rec).reduce((a, b) => a + b, 0);
}

function normal(t: HeadcountTally): unknown {
  const out: Record<string, unknown> = { total: t.total };
  for (const k of HEADCOUNT_BREAKDOWNS) out[k] = Object.entries(t[k]).sort(([a], [b]) => (a < b ? -1 : 1));
  return out;
}

describe('headcount invariants', () => {
  it('counts each person in post exactly once in every breakdown; each breakdown sums to the total', () => {
    fc.assert(
      fc.property(rosterArb, dayArb, (roster, day) => {
        const t = countHeadcount(roster, day);
        const expected = roster.filter((e) => inPostOn(e, day)).length;
        expect(t.total).toBe(expected);
        for (const k of HEADCOUNT_BREAKDOWNS) expect(sum(t[k])).toBe(expected);
        // Sex is single-valued: the women counted are exactly the women in post.
        expect(t.bySex.nu ?? 0).toBe(roster.filter((e) => e.sex === 'nu' && inPostOn(e, day)).length);
      }),
    );
  });

  it('the counts by category add up across a partition of categories', () => {
    fc.assert(
      fc.property(rosterArb, dayArb, (roster, day) => {
        const all = countHeadcount(roster, day);
        const officials = countHeadcount(roster, day, { categories: ['can_bo', 'cong_chuc'] });
        expect(officials.total).toBe(
          roster.filter((e) =>
            e.assignments.some(
              (a) =>
                (a.category === 'can_bo' || a.category === 'cong_chuc') &&
                a.start <= day &&
                (a.end === undefined || day <= a.end),
            ),
          ).length,
        );
        expect(officials.total).toBeLessThanOrEqual(all.total);
      }),
    );
  });

  it('merging the tallies of two parts gives the tally of the whole, in any order', () => {
    fc.assert(
      fc.property(rosterArb, rosterArb, rosterArb, dayArb, (a, b, c, day) => {
        const ta = countHeadcount(a, day);
        const tb = countHeadcount(b, day);
        const tc = countHeadcount(c, day);
        const whole = countHeadcount([...a, ...b, ...c], day);
        expect(normal(mergeHeadcounts(mergeHeadcounts(ta, tb), tc))).toEqual(normal(whole));
        expect(normal(mergeHeadcounts(ta, mergeHeadcounts(tb, tc)))).toEqual(normal(whole));
        expect(mergeHeadcounts(ta, tb)).toEqual(mergeHeadcounts(tb, ta));
        expect(normal(mergeHeadcounts(ta, emptyHeadcount()))).toEqual(normal(ta));
      }),
    );
  });
});

describe('movements agree with a day-by-day scan', () => {
  it('joined = days a person comes into post, left = last days in post, within the period', () => {
    fc.assert(
      fc.property(
        fc.array(entryArb, { maxLength: 15 }).map((xs) => xs.map((x, i) => ({ ...x, id: `p${i}` }))),
        fc.integer({ min: 0, max: 900 }),
        fc.integer({ min: 0, max: 120 }),
        (roster, from, length) => {
          const start = addDays(START, from);
          const end = addDays(start, length);
          const m = personnelMovements(roster, customPeriod(start, end));
          let joins = 0;
          let leaves = 0;
          for (const e of roster) {
            for (let d = start; d <= end; d = addDays(d, 1)) {
              if (inPostOn(e, d) && !inPostOn(e, addDays(d, -1))) joins++;
              if (inPostOn(e, d) && !inPostOn(e, addDays(d, 1))) leaves++;
            }
          }
          expect(m.joined.length).toBe(joins);
          expect(m.left.length).toBe(leaves);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('quota increments agree with counting steps one by one', () => {
  it('population: each full 1/2 (or 1/3) of the norm above it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 30000 }),
        fc.integer({ min: 0, max: 120000 }),
        fc.boolean(),
        (norm, population, urban) => {
          const den = urban ? 3 : 2;
          // Brute force in integers: the largest k with population − norm ≥ k × norm / den.
          let k = 0;
          while (den * (population - norm) >= (k + 1) * norm) k++;
          const q = communeStaffingQuota(
            { kind: 'phuong', class: 'II', urbanDistrict: urban, population, populationNorm: norm },
            '2024-01-01',
          );
          expect(q.officials.populationIncrement).toBe(k);
          expect(q.officials.total).toBe(21 + k);
        },
      ),
    );
  });

  it('area: each full 100 % of the norm above it, on areas with two decimals', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20000 }),
        fc.integer({ min: 0, max: 200000 }),
        (normCents, areaCents) => {
          let k = 0;
          while (areaCents - normCents >= (k + 1) * normCents) k++;
          const q = communeStaffingQuota(
            { kind: 'xa', class: 'I', area: areaCents / 100, areaNorm: normCents / 100 },
            '2024-01-01',
          );
          expect(q.officials.areaIncrement).toBe(k);
        },
      ),
    );
  });
});

describe('batch parsing keeps every row', () => {
  it('valid + rejected = total, indices disjoint and complete', () => {
    const good = {
      id: 'x',
      fullName: 'X',
      sex: 'Nam',
      birthYear: 1980,
      ethnicity: 1,
      qualification: 'Đại học',
      politicalTheory: 'Sơ cấp',
      partyMember: true,
      assignments: [{ position: 'tu_phap_ho_tich', start: '2023-08-01' }],
    };
    const variants = [
      good,
      { ...good, qualification: '???' },
      { ...good, birthYear: 2030 },
      { ...good, ethnicity: 99 },
      { ...good, assignments: [{ position: 'tu_phap_ho_tich', start: '2024-01-02', end: '2024-01-01' }] },
      42,
      null,
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...variants), { maxLength: 30 }), (rows) => {
        const r = parsePersonnel(rows, { asOf: '2024-06-14' });
        expect(r.total).toBe(rows.length);
        const seen = [...r.validIndices, ...r.rejected.map((x) => x.index)].sort((a, b) => a - b);
        expect(seen).toEqual(rows.map((_, i) => i));
        expect(r.validIndices.length).toBe(rows.filter((x) => x === good).length);
        for (const rej of r.rejected) for (const i of rej.issues) expect(i.message).not.toBe(i.code);
      }),
    );
  });
});

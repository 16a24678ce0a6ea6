import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  apportion,
  apportionWithin,
  EXAMPLE_UNIT_CHANGES_QUANG_NGAI_2025,
  messageFor,
  rekeyByUnit,
  UNIT_CHANGE_MESSAGES,
  type UnitChange,
  UnitChangeTableSchema,
} from '../../src/core/index';
import { emptyHouseholdTally, type HouseholdTally, mergeHouseholdTallies } from '../../src/household/index';
import { emptyHeadcount, mergeHeadcounts } from '../../src/personnel/index';

// Issue 11, item 4. The example rows come from Nghị quyết 1677/NQ-UBTVQH15 (16/06/2025, Quảng
// Ngãi), Điều 1 khoản 3, 4, 30, 31; codes from the GSO catalogue (old) and CV 1027/CTK-CSCL (new).

const add = (a: number, b: number) => a + b;
const Q = EXAMPLE_UNIT_CHANGES_QUANG_NGAI_2025;

describe('the unit change table format', () => {
  it('the real example passes its schema; every row keeps its act and source', () => {
    expect(UnitChangeTableSchema.safeParse(Q).success).toBe(true);
    expect(Q).toHaveLength(7);
    for (const r of Q) {
      expect(r.legalAct).toMatch(/^Nghị quyết 1677\/NQ-UBTVQH15 ngày 16\/6\/2025 .*Điều 1 khoản \d+/);
      expect(r.source).toMatch(/dvhcvn\/20250701/);
      expect(r.effectiveFrom).toBe('2025-07-01');
    }
    expect(Q.filter((r) => r.oldCode === '21142').map((r) => [r.newCode, r.share])).toEqual([
      ['21136', undefined],
      ['21157', undefined],
    ]);
  });

  it('rejects a duplicated row and a split with shares on some rows only', () => {
    const row: UnitChange = { oldCode: 'A', newCode: 'X', effectiveFrom: '2025-07-01', legalAct: 'NQ test' };
    const dup = UnitChangeTableSchema.safeParse([row, row]);
    expect(dup.success).toBe(false);
    const p = (dup.error?.issues[0] as { params?: Record<string, unknown> } | undefined)?.params ?? {};
    expect(p.code).toBe('vn.unit_change.duplicate_row');
    expect(messageFor('vn.unit_change.duplicate_row', p, 'vi', [UNIT_CHANGE_MESSAGES])).toBe(
      'Dòng trùng với dòng 0: đơn vị cũ A → đơn vị mới X từ 2025-07-01.',
    );
    const partial = UnitChangeTableSchema.safeParse([
      { ...row, share: 3 },
      { ...row, newCode: 'Y' },
    ]);
    expect((partial.error?.issues[0] as { params?: { code?: string } } | undefined)?.params?.code).toBe(
      'vn.unit_change.partial_shares',
    );
    expect(partial.error?.issues[0]?.path).toEqual([1, 'share']);
    expect(UnitChangeTableSchema.safeParse([{ ...row, share: 0 }]).success).toBe(false);
    expect(UnitChangeTableSchema.safeParse([{ ...row, effectiveFrom: '2025-02-30' }]).success).toBe(false);
  });

  it('the messages are in the catalogue (parity: tests/core/catalogues.test.ts)', () => {
    expect(Object.keys(UNIT_CHANGE_MESSAGES).sort()).toEqual([
      'vn.unit_change.duplicate_row',
      'vn.unit_change.partial_shares',
    ]);
  });
});

describe('apportion: largest remainder, exact', () => {
  it('hand-worked cases', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]); // quotas 3⅓ each; the one left goes first
    expect(apportion(7, [2, 1])).toEqual([5, 2]); // quotas 4⅔, 2⅓
    expect(apportion(1, [1, 1])).toEqual([1, 0]); // a tie: the earlier part
    expect(apportion(0, [3, 5])).toEqual([0, 0]);
    expect(apportion(100, [1])).toEqual([100]);
    expect(apportion(5, [1, 3])).toEqual([1, 4]); // quotas 1.25 and 3.75: 1 + 3, the spare unit to 3.75
  });

  it('is exact beyond 2^53 products: 9 007 199 254 740 991 × 3/10 and × 7/10', () => {
    // 9007199254740991 × 3 = 27021597764222973 → 2702159776422297 rem 3;
    // × 7 = 63050394783186937 → 6305039478318693 rem 7; the unit left goes to the remainder 7.
    expect(apportion(9007199254740991, [3, 7])).toEqual([2702159776422297, 6305039478318694]);
  });

  it('parts sum to the total and each is its quota rounded down or up (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.array(fc.integer({ min: 1, max: 10_000 }), { minLength: 1, maxLength: 6 }),
        (total, weights) => {
          const parts = apportion(total, weights);
          expect(parts.reduce(add, 0)).toBe(total);
          const W = weights.reduce(add, 0);
          parts.forEach((p, i) => {
            const q = total * (weights[i] as number);
            expect(p * W).toBeGreaterThanOrEqual(q - W + 1);
            expect(p * W).toBeLessThanOrEqual(q + W - 1);
          });
        },
      ),
    );
  });

  it('rejects what is not a count or a weight', () => {
    expect(() => apportion(-1, [1])).toThrow(/total must be an integer ≥ 0, got -1/);
    expect(() => apportion(1.5, [1])).toThrow(RangeError);
    expect(() => apportion(3, [])).toThrow(/weights must be a non-empty list of positive integers/);
    expect(() => apportion(3, [1, 0])).toThrow(/positive integers/);
  });
});

describe('apportionWithin: several counts, fixed part totals', () => {
  it('hand-worked: received 3 = carried over 2 + new 1, halves 2 and 1', () => {
    // Smallest first: new 1 → [1, 0] (tie to the first part); carried over takes the room left [1, 1].
    expect(apportionWithin([2, 1], [2, 1], [1, 1])).toEqual([
      [1, 1],
      [1, 0],
    ]);
    expect(apportionWithin([], [0, 0], [1, 1])).toEqual([]);
    expect(() => apportionWithin([2, 1], [2, 2], [1, 1])).toThrow(
      /the counts sum to 3 but the part totals to 4/,
    );
  });

  it('every count and every part add up exactly (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 4 }),
        (counts, weights) => {
          const totals = apportion(counts.reduce(add, 0), weights);
          const m = apportionWithin(counts, totals, weights);
          m.forEach((row, i) => {
            expect(row.reduce(add, 0)).toBe(counts[i]);
            for (const x of row) expect(x).toBeGreaterThanOrEqual(0);
          });
          totals.forEach((t, j) => {
            expect(m.reduce((n, row) => n + (row[j] as number), 0)).toBe(t);
          });
        },
      ),
    );
  });
});

describe('rekeyByUnit on the Quảng Ngãi example', () => {
  const figures2024 = [
    { unit: '21445', value: 412 }, // Phổ Phong
    { unit: '21457', value: 305 }, // Phổ Nhơn
    { unit: '21475', value: 90 }, // Phổ Khánh
    { unit: '21472', value: 60 }, // Phổ Cường
    { unit: '21136', value: 40 }, // Trà Tân
    { unit: '21142', value: 25 }, // Trà Bùi: split without shares
    { unit: '21529', value: 7 }, // Ba Vì: not in the excerpt, keeps its code
  ];

  it('merged communes carry the sum of their predecessors; the split one is reported, not guessed', () => {
    const r = rekeyByUnit(figures2024, Q, { asOf: '2024-12-14', merge: add });
    expect(r.units.map((u) => [u.unit, u.value, u.sources])).toEqual([
      ['21136', 40, ['21136']], // Cà Đam: Trà Tân only, no share of Trà Bùi
      ['21457', 717, ['21445', '21457']], // Nguyễn Nghiêm = 412 + 305
      ['21472', 150, ['21472', '21475']], // Khánh Cường = 60 + 90
      ['21529', 7, ['21529']],
    ]);
    expect(r.units[1]?.name).toBe('Xã Nguyễn Nghiêm');
    expect(r.units[1]?.acts).toEqual([
      'Nghị quyết 1677/NQ-UBTVQH15 ngày 16/6/2025 về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Quảng Ngãi năm 2025, Điều 1 khoản 3',
    ]);
    expect(r.unmappable).toHaveLength(1);
    expect(r.unmappable[0]).toMatchObject({
      unit: '21142',
      name: 'Xã Trà Bùi',
      value: 25,
      reason: 'split-without-shares',
      targets: ['21136', '21157'],
      effectiveFrom: '2025-07-01',
      sources: ['21142'],
    });
    // Nothing is lost: 939 in, 914 carried + 25 reported.
    const total = (xs: { value: number }[]) => xs.reduce((n, x) => n + x.value, 0);
    expect(total(figures2024)).toBe(939);
    expect(total(r.units) + total(r.unmappable)).toBe(939);
  });

  it('figures dated after the change are already in new codes: 21457 of 2026 is Nguyễn Nghiêm, not Phổ Nhơn', () => {
    const r = rekeyByUnit([{ unit: '21457', value: 500 }], Q, { asOf: '2026-06-30', merge: add });
    expect(r.units).toEqual([{ unit: '21457', value: 500, sources: ['21457'], acts: [] }]);
    // Dated the day before the change, the same code is Phổ Nhơn and is re-keyed (to itself).
    expect(
      rekeyByUnit([{ unit: '21457', value: 500 }], Q, { asOf: '2025-06-30', merge: add }).units[0]?.acts,
    ).toHaveLength(1);
  });

  it('with shares the caller states, the split is apportioned exactly; without a split function it is reported', () => {
    // HYPOTHETICAL shares for the test: Trà Bùi 3 parts to Cà Đam, 1 to Tây Trà Bồng.
    const completed = Q.map((r) =>
      r.oldCode === '21142' ? { ...r, share: r.newCode === '21136' ? 3 : 1 } : r,
    );
    const split = (v: number, w: readonly number[]) => apportion(v, w);
    const r = rekeyByUnit(figures2024, completed, { asOf: '2024-12-14', merge: add, split });
    // 25 × 3/4 = 18.75 → 18 + the unit left (remainder 3 of 4 vs 1 of 4) → 19; 25 × 1/4 → 6.
    expect(r.units.find((u) => u.unit === '21136')?.value).toBe(40 + 19);
    expect(r.units.find((u) => u.unit === '21157')).toMatchObject({
      value: 6,
      name: 'Xã Tây Trà Bồng',
      sources: ['21142'],
    });
    expect(r.unmappable).toEqual([]);
    const noFn = rekeyByUnit(figures2024, completed, { asOf: '2024-12-14', merge: add });
    expect(noFn.unmappable.map((u) => u.reason)).toEqual(['split-without-split-function']);
    // A split function alone does not invent shares.
    expect(rekeyByUnit(figures2024, Q, { asOf: '2024-12-14', merge: add, split }).unmappable[0]?.reason).toBe(
      'split-without-shares',
    );
  });

  it('chains of changes apply in date order, and `until` stops early', () => {
    const chain: UnitChange[] = [
      { oldCode: 'A', newCode: 'B', effectiveFrom: '2025-07-01', legalAct: 'NQ 1 (test)' },
      { oldCode: 'B', newCode: 'C', effectiveFrom: '2027-01-01', legalAct: 'NQ 2 (test)' },
    ];
    const input = [
      { unit: 'A', value: 1 },
      { unit: 'B', value: 10 },
    ];
    expect(rekeyByUnit(input, chain, { asOf: '2024-12-31', merge: add }).units).toEqual([
      { unit: 'C', value: 11, sources: ['A', 'B'], acts: ['NQ 1 (test)', 'NQ 2 (test)'] },
    ]);
    expect(rekeyByUnit(input, chain, { asOf: '2024-12-31', until: '2026-12-31', merge: add }).units).toEqual([
      { unit: 'B', value: 11, sources: ['A', 'B'], acts: ['NQ 1 (test)'] },
    ]);
  });

  it('household and personnel tallies re-key with their own merge functions (sums)', () => {
    const hh = (households: number, poor: number): HouseholdTally => {
      const t = emptyHouseholdTally();
      return { ...t, all: { ...t.all, households, poor } };
    };
    const r = rekeyByUnit(
      [
        { unit: '21445', value: hh(2860, 120) },
        { unit: '21457', value: hh(2140, 95) },
      ],
      Q,
      { asOf: '2024-12-31', merge: mergeHouseholdTallies },
    );
    expect(r.units.map((u) => [u.unit, u.value.all.households, u.value.all.poor])).toEqual([
      ['21457', 5000, 215],
    ]);
    const people = rekeyByUnit(
      [
        { unit: '21445', value: { ...emptyHeadcount(), total: 22 } },
        { unit: '21457', value: { ...emptyHeadcount(), total: 21 } },
      ],
      Q,
      { asOf: '2024-12-31', merge: mergeHeadcounts },
    );
    expect(people.units[0]?.value.total).toBe(43);
  });

  it('rejects a bad table or bad options', () => {
    const bad = [{ oldCode: '', newCode: 'X', effectiveFrom: '2025-07-01', legalAct: 'x' }] as UnitChange[];
    expect(() => rekeyByUnit([], bad, { asOf: '2024-12-31', merge: add })).toThrow(
      /the unit change table is invalid/,
    );
    expect(() => rekeyByUnit([], Q, { asOf: '2024-12-31', merge: 1 as unknown as typeof add })).toThrow(
      TypeError,
    );
    expect(() => rekeyByUnit([], Q, { asOf: '2024-12-31', until: '2024-01-01', merge: add })).toThrow(
      /until must be a real date YYYY-MM-DD not before asOf/,
    );
    const wrongParts = Q.map((r) => (r.oldCode === '21142' ? { ...r, share: 1 } : r));
    expect(() =>
      rekeyByUnit([{ unit: '21142', value: 3 }], wrongParts, {
        asOf: '2024-12-31',
        merge: add,
        split: () => [3],
      }),
    ).toThrow(/split must return 2 parts/);
  });
});

describe('re-keying laws (property)', () => {
  const codes = ['A', 'B', 'C', 'D', 'E'];
  const tableArb = fc
    .array(
      fc.record({
        oldCode: fc.constantFrom(...codes),
        newCode: fc.constantFrom('N1', 'N2', 'N3'),
        share: fc.integer({ min: 1, max: 9 }),
      }),
      { maxLength: 8 },
    )
    .map((rows) => {
      const seen = new Set<string>();
      return rows
        .filter((r) => !seen.has(`${r.oldCode}${r.newCode}`) && seen.add(`${r.oldCode}${r.newCode}`))
        .map((r) => ({ ...r, effectiveFrom: '2025-07-01', legalAct: 'NQ (test)' }));
    });
  const entriesArb = fc.array(
    fc.record({ unit: fc.constantFrom(...codes, 'N1'), value: fc.integer({ min: 0, max: 1000 }) }),
    { maxLength: 10 },
  );
  const split = (v: number, w: readonly number[]) => apportion(v, w);
  const sum = (xs: readonly { value: number }[]) => xs.reduce((n, x) => n + x.value, 0);

  it('the sum is preserved: carried + unmappable = input', () => {
    fc.assert(
      fc.property(entriesArb, tableArb, fc.boolean(), (entries, table, withSplit) => {
        const r = rekeyByUnit(entries, table, {
          asOf: '2024-12-31',
          merge: add,
          ...(withSplit ? { split } : {}),
        });
        expect(sum(r.units) + sum(r.unmappable)).toBe(sum(entries));
      }),
    );
  });

  it('the order of the input does not matter, and re-keying distributes over merging (no splits)', () => {
    fc.assert(
      fc.property(entriesArb, entriesArb, tableArb, (a, b, table) => {
        const merges = table.filter((r) => table.filter((x) => x.oldCode === r.oldCode).length === 1);
        const opts = { asOf: '2024-12-31', merge: add };
        const whole = rekeyByUnit([...a, ...b], merges, opts);
        expect(rekeyByUnit([...b, ...a].reverse(), merges, opts)).toEqual(whole);
        const ra = rekeyByUnit(a, merges, opts).units;
        const rb = rekeyByUnit(b, merges, opts).units;
        const byUnit = new Map<string, number>();
        for (const u of [...ra, ...rb]) byUnit.set(u.unit, (byUnit.get(u.unit) ?? 0) + u.value);
        expect(whole.units.map((u) => [u.unit, u.value])).toEqual(
          [...byUnit.entries()].sort(([x], [y]) => (x < y ? -1 : 1)),
        );
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_UNIT_CHANGES_QUANG_NGAI_2025, reportingPeriod } from '../../src/core/index';
import {
  checkDossierIdentities,
  DOSSIER_TALLY_FIELDS,
  type Dossier,
  type DossierTally,
  DossierTallySchema,
  emptyDossierTally,
  mergeTallies,
  onTimeRateCompleted,
  rekeyDossierGroups,
  splitDossierTally,
  tallyDossiers,
  tallyDossiersBy,
} from '../../src/dossier/index';

// Issue 11, item 4. Nghị quyết 1677/NQ-UBTVQH15, Điều 1 khoản 3: "Sắp xếp toàn bộ diện tích tự
// nhiên, quy mô dân số của xã Phổ Nhơn và xã Phổ Phong thành xã mới có tên gọi là xã Nguyễn
// Nghiêm." Old codes 21457 (Phổ Nhơn), 21445 (Phổ Phong); new code 21457 (CV 1027/CTK-CSCL).

const year2024 = reportingPeriod({ kind: 'year', year: 2024 }); // 15/12/2023 – 14/12/2024

let n = 0;
function dossier(
  unit: string,
  receivedAt: string,
  dueDate: string,
  finishedAt?: string,
  channel = 'direct',
): Dossier {
  n++;
  return {
    code: `D${n}`,
    procedureCode: '1.001',
    unit,
    channel: channel as Dossier['channel'],
    status: finishedAt === undefined ? 'processing' : 'returned',
    receivedAt,
    dueDate,
    ...(finishedAt !== undefined ? { finishedAt } : {}),
  };
}

/** A small 2024 register of each commune, bucket by bucket. */
const phoPhong = [
  dossier('21445', '2024-03-04', '2024-03-08', '2024-03-07'), // early
  dossier('21445', '2024-05-06', '2024-05-10', '2024-05-10', 'online'), // on time
  dossier('21445', '2024-09-09', '2024-09-13', '2024-09-17'), // late
  dossier('21445', '2024-12-02', '2024-12-20', undefined, 'postal'), // pending within term
];
const phoNhon = [
  dossier('21457', '2023-12-01', '2023-12-20', '2023-12-18'), // carried over, early
  dossier('21457', '2024-06-03', '2024-06-05', '2024-06-06', 'online'), // late
  dossier('21457', '2024-11-04', '2024-11-08'), // pending overdue
];
const traBui = [dossier('21142', '2024-04-01', '2024-04-05', '2024-04-04')];
const traTan = [dossier('21136', '2024-04-02', '2024-04-05', '2024-04-05')];

describe('a merged commune’s 2024 tallies re-keyed equal the sum of its predecessors’', () => {
  const groups = tallyDossiersBy([...phoPhong, ...phoNhon, ...traBui, ...traTan], year2024, { by: ['unit'] });
  const r = rekeyDossierGroups(groups, EXAMPLE_UNIT_CHANGES_QUANG_NGAI_2025, { asOf: year2024.end });

  it('xã Nguyễn Nghiêm (21457) = Phổ Phong (21445) + Phổ Nhơn (21457), column by column', () => {
    const nn = r.groups.find((g) => g.key.unit === '21457')?.tally;
    // By hand: received 7 (1 carried over + 6 new: 3 direct, 2 online, 1 postal); resolved 5
    // (early 2, on time 1, late 2); pending 2 (within term 1, overdue 1).
    expect(nn).toEqual({
      ...emptyDossierTally(),
      received: 7,
      carriedOver: 1,
      newReceived: 6,
      newOnline: 2,
      newDirect: 3,
      newPostal: 1,
      resolved: 5,
      resolvedEarly: 2,
      resolvedOnTime: 1,
      resolvedLate: 2,
      pending: 2,
      pendingWithinTerm: 1,
      pendingOverdue: 1,
    });
    // A second method: tally the two registers as one commune.
    expect(nn).toEqual(tallyDossiers([...phoPhong, ...phoNhon], year2024));
    // And the rate is recomputed from the parts: 3 of 5, not the mean of 2/3 and 1/2.
    expect(onTimeRateCompleted(nn as DossierTally)).toMatchObject({ numerator: 3, denominator: 5 });
  });

  it('Trà Bùi, split between Cà Đam and Tây Trà Bồng without shares, is reported, not guessed', () => {
    expect(r.unmappable).toEqual([
      {
        key: { unit: '21142' },
        tally: tallyDossiers(traBui, year2024),
        reason: 'split-without-shares',
        targets: ['21136', '21157'],
        effectiveFrom: '2025-07-01',
        acts: [
          'Nghị quyết 1677/NQ-UBTVQH15 ngày 16/6/2025 về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Quảng Ngãi năm 2025, Điều 1 khoản 30 (một phần)',
          'Nghị quyết 1677/NQ-UBTVQH15 ngày 16/6/2025 về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Quảng Ngãi năm 2025, Điều 1 khoản 31 (phần còn lại)',
        ],
      },
    ]);
    // Cà Đam (21136) holds Trà Tân's dossier only; Tây Trà Bồng (21157) has nothing.
    expect(r.groups.find((g) => g.key.unit === '21136')?.tally).toEqual(tallyDossiers(traTan, year2024));
    expect(r.groups.some((g) => g.key.unit === '21157')).toBe(false);
    expect(r.groups.map((g) => g.key.unit)).toEqual(['21136', '21457']);
  });

  it('other key parts are kept: by unit and month, the months stay apart', () => {
    const byMonth = tallyDossiersBy([...phoPhong, ...phoNhon], year2024, { by: ['unit', 'month'] });
    const rm = rekeyDossierGroups(byMonth, EXAMPLE_UNIT_CHANGES_QUANG_NGAI_2025, { asOf: year2024.end });
    expect(rm.groups.map((g) => [g.key.unit, g.key.month, g.tally.received])).toEqual([
      ['21457', '2023-12', 1],
      ['21457', '2024-03', 1],
      ['21457', '2024-05', 1],
      ['21457', '2024-06', 1],
      ['21457', '2024-09', 1],
      ['21457', '2024-11', 1],
      ['21457', '2024-12', 1],
    ]);
    expect(() =>
      rekeyDossierGroups(byMonth, EXAMPLE_UNIT_CHANGES_QUANG_NGAI_2025, {
        asOf: year2024.end,
        dimension: 'handlingUnit',
      }),
    ).toThrow(/every group's key must have a handlingUnit value/);
  });
});

describe('receiving unit and handling unit (NĐ 118/2025: reception regardless of boundary in the province)', () => {
  it('groups by where a dossier was received and by who handles it; each falls back to unit', () => {
    const q = reportingPeriod({ kind: 'quarter', year: 2026, quarter: 1 });
    const d = [
      // Received at Nguyễn Nghiêm's centre for a procedure of Đức Phổ ward.
      {
        ...dossier('21457', '2026-01-05', '2026-01-09', '2026-01-08'),
        receivingUnit: '21457',
        handlingUnit: '21439',
      },
      { ...dossier('21439', '2026-01-06', '2026-01-09', '2026-01-09'), receivingUnit: '21439' },
      dossier('21457', '2026-02-02', '2026-02-06', '2026-02-10'),
    ];
    const byReceiving = tallyDossiersBy(d, q, { by: ['receivingUnit'] });
    expect(byReceiving.map((g) => [g.key.receivingUnit, g.tally.received])).toEqual([
      ['21439', 1],
      ['21457', 2],
    ]);
    const byHandling = tallyDossiersBy(d, q, { by: ['handlingUnit'] });
    expect(byHandling.map((g) => [g.key.handlingUnit, g.tally.received, g.tally.resolvedLate])).toEqual([
      ['21439', 2, 0],
      ['21457', 1, 1],
    ]);
    // Both reports add up to the same total.
    const total = tallyDossiers(d, q);
    expect(byReceiving.map((g) => g.tally).reduce(mergeTallies)).toEqual(total);
    expect(byHandling.map((g) => g.tally).reduce(mergeTallies)).toEqual(total);
  });
});

describe('splitting a tally (a commune split with stated shares)', () => {
  it('hand-worked: received 3 (carried 2, online 1; early 1, late 1, within term 1), halves', () => {
    const t: DossierTally = {
      ...emptyDossierTally(),
      received: 3,
      carriedOver: 2,
      newReceived: 1,
      newOnline: 1,
      resolved: 2,
      resolvedEarly: 1,
      resolvedLate: 1,
      pending: 1,
      pendingWithinTerm: 1,
    };
    // received → [2, 1]. By receipt, smallest first: online 1 → [1, 0]; carried over (the largest)
    // takes the room left, [1, 1]. By state, smallest first, ties in report order: early 1 → [1, 0]
    // (room left [1, 1]); late 1 → [1, 0] (room left [0, 1]); within term, last, takes [0, 1].
    const [a, b] = splitDossierTally(t, [1, 1]);
    expect(a).toMatchObject({
      received: 2,
      carriedOver: 1,
      newOnline: 1,
      resolvedEarly: 1,
      resolvedLate: 1,
      pendingWithinTerm: 0,
    });
    expect(b).toMatchObject({
      received: 1,
      carriedOver: 1,
      newOnline: 0,
      resolvedEarly: 0,
      resolvedLate: 0,
      pendingWithinTerm: 1,
    });
    expect(() => splitDossierTally({ ...t, received: 4 }, [1, 1])).toThrow(/identities fail/);
  });

  const tallyArb = fc
    .record({
      carriedOver: fc.nat(40),
      newOnline: fc.nat(40),
      newDirect: fc.nat(40),
      newPostal: fc.nat(40),
      outOfScope: fc.nat(40),
      cuts: fc.array(fc.nat(1000), { minLength: 7, maxLength: 7 }),
    })
    .map(({ carriedOver, newOnline, newDirect, newPostal, outOfScope, cuts }) => {
      const received = carriedOver + newOnline + newDirect + newPostal;
      // Split `received` into the 8 end states at 7 cut points.
      const points = cuts.map((c) => c % (received + 1)).sort((x, y) => x - y);
      const s = [0, ...points, received]
        .slice(1)
        .map((p, i, arr) => p - (i === 0 ? 0 : (arr[i - 1] as number)));
      const [
        resolvedEarly,
        resolvedOnTime,
        resolvedLate,
        pendingWithinTerm,
        pendingOverdue,
        refused,
        withdrawn,
        stopped,
      ] = s as number[];
      const t: DossierTally = {
        received,
        carriedOver,
        newReceived: newOnline + newDirect + newPostal,
        newOnline,
        newDirect,
        newPostal,
        resolved: resolvedEarly! + resolvedOnTime! + resolvedLate!,
        resolvedEarly: resolvedEarly!,
        resolvedOnTime: resolvedOnTime!,
        resolvedLate: resolvedLate!,
        pending: pendingWithinTerm! + pendingOverdue!,
        pendingWithinTerm: pendingWithinTerm!,
        pendingOverdue: pendingOverdue!,
        returned: refused! + withdrawn! + stopped!,
        refused: refused!,
        withdrawn: withdrawn!,
        stopped: stopped!,
        outOfScope,
      };
      return t;
    });

  it('parts are valid tallies and every column’s parts sum to the column (property)', () => {
    fc.assert(
      fc.property(
        tallyArb,
        fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 1, maxLength: 4 }),
        (t, w) => {
          expect(checkDossierIdentities(t)).toEqual([]);
          const parts = splitDossierTally(t, w);
          expect(parts).toHaveLength(w.length);
          for (const p of parts) expect(DossierTallySchema.safeParse(p).success).toBe(true);
          for (const f of DOSSIER_TALLY_FIELDS)
            expect(
              parts.reduce((n, p) => n + p[f], 0),
              f,
            ).toBe(t[f]);
        },
      ),
    );
  });

  it('re-keying keeps every dossier and merging stays associative (property)', () => {
    fc.assert(
      fc.property(tallyArb, tallyArb, tallyArb, (a, b, c) => {
        expect(mergeTallies(mergeTallies(a, b), c)).toEqual(mergeTallies(a, mergeTallies(b, c)));
        const groups = [
          { key: { unit: '21445' }, tally: a },
          { key: { unit: '21457' }, tally: b },
          { key: { unit: '21142' }, tally: c },
        ];
        const withShares = EXAMPLE_UNIT_CHANGES_QUANG_NGAI_2025.map((r) =>
          r.oldCode === '21142' ? { ...r, share: r.newCode === '21136' ? 2 : 5 } : r,
        );
        for (const table of [EXAMPLE_UNIT_CHANGES_QUANG_NGAI_2025, withShares]) {
          const r = rekeyDossierGroups(groups, table, { asOf: '2024-12-14' });
          const all = [...r.groups, ...r.unmappable].map((g) => g.tally).reduce(mergeTallies);
          expect(all).toEqual(mergeTallies(mergeTallies(a, b), c));
          expect(r.groups.find((g) => g.key.unit === '21457')?.tally).toEqual(mergeTallies(a, b));
        }
      }),
    );
  });
});

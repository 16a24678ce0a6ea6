import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as root from '../../src/index';
import {
  addDays,
  createWorkingCalendar,
  customPeriod,
  DECREE_33_2023_POSITIONS,
  DOCUMENT_TALLY,
  DOSSIER_TALLY,
  type DocumentRegisterEntry,
  type Dossier,
  DossierSchema,
  type DossierTimeInput,
  fromEpochDay,
  HEADCOUNT_TALLY,
  HOUSEHOLD_TALLY,
  type Household,
  HouseholdSchema,
  PROCESSING_TIME_TALLY,
  povertyStandardFor,
  type RosterEntry,
  TallyAccumulator,
  type TallyDescriptor,
  tallyBy,
  tallyWith,
  toEpochDay,
} from '../../src/index';

// Issue 13, item 3: one tally shape. For EVERY descriptor the package exports, the merge laws
// hold: merge is associative and commutative, empty() is its identity, and tallying two lists
// and merging equals tallying their concatenation. Group-by and the streaming accumulator, written
// once over the descriptor, agree with the plain fold.

// biome-ignore lint/suspicious/noExplicitAny: a table over descriptors of different types
type AnyDescriptor = TallyDescriptor<any, any, any, string>;
interface Case {
  readonly descriptor: AnyDescriptor;
  readonly rows: fc.Arbitrary<unknown[]>;
  readonly context: unknown;
}

const day0 = toEpochDay('2026-01-01');

const dossierArb: fc.Arbitrary<Dossier> = fc
  .record({
    unit: fc.constantFrom('UBND xã A', 'UBND xã B'),
    handling: fc.option(fc.constantFrom('UBND xã A', 'Trung tâm PVHCC'), { nil: undefined }),
    channel: fc.constantFrom('direct' as const, 'online' as const, 'postal' as const),
    status: fc.constantFrom(
      'accepted' as const,
      'processing' as const,
      'resolved' as const,
      'refused' as const,
    ),
    received: fc.integer({ min: 0, max: 120 }),
    due: fc.integer({ min: 0, max: 15 }),
    finish: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
  })
  .map((r) => {
    const receivedAt = fromEpochDay(day0 + r.received);
    const d: Record<string, unknown> = {
      code: 'X',
      unit: r.unit,
      channel: r.channel,
      status: r.status,
      receivedAt,
      dueDate: addDays(receivedAt, r.due),
    };
    if (r.handling !== undefined) d.handlingUnit = r.handling;
    if (r.status === 'resolved' || r.finish !== undefined) {
      d.status = 'resolved';
      d.finishedAt = addDays(receivedAt, r.finish ?? 0);
    }
    return DossierSchema.parse(d);
  });

// 2027 rows: classifiable by income under the line, unclassifiable above it (no average line)
// and on scores (no scoring): the merge laws must hold for the unclassifiable counts too.
const householdArb: fc.Arbitrary<Household> = fc
  .record({
    area: fc.constantFrom('rural' as const, 'urban' as const),
    village: fc.option(fc.constantFrom('Thôn 1', 'Thôn 2', '__proto__'), { nil: undefined }),
    minority: fc.boolean(),
    route: fc.constantFrom('income', 'scores'),
    income: fc.integer({ min: 0, max: 4_000_000 }),
    deprivations: fc.subarray(['employment', 'sanitation', 'waste-treatment', 'housing-area'] as const),
    members: fc.integer({ min: 0, max: 6 }),
    recorded: fc.option(fc.constantFrom('poor' as const, 'not-poor' as const), { nil: undefined }),
  })
  .map((r) =>
    HouseholdSchema.parse({
      code: 'H',
      area: r.area,
      reviewDate: '2027-10-01',
      memberCount: r.members,
      ethnicMinority: r.minority,
      deprivations: [...r.deprivations],
      ...(r.village !== undefined ? { village: r.village } : {}),
      ...(r.recorded !== undefined ? { recordedClass: r.recorded } : {}),
      ...(r.route === 'income' ? { incomePerPerson: r.income } : { scoreA: 100, scoreB: 30 }),
    }),
  );

const positions = DECREE_33_2023_POSITIONS.positions;
const rosterEntryArb: fc.Arbitrary<RosterEntry> = fc
  .record({
    sex: fc.constantFrom('nam' as const, 'nu' as const),
    birthYear: fc.integer({ min: 1960, max: 2000 }),
    ethnicity: fc.integer({ min: 1, max: 5 }),
    qualification: fc.constantFrom('dai_hoc' as const, 'trung_cap' as const),
    politicalTheory: fc.constantFrom('cao_cap' as const, 'so_cap' as const),
    partyMember: fc.boolean(),
    p: fc.integer({ min: 0, max: positions.length - 1 }),
    start: fc.integer({ min: 0, max: 400 }),
    length: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
  })
  .map((r) => {
    const pos = positions[r.p]!;
    const start = addDays('2023-08-01', r.start);
    return {
      id: 'p',
      fullName: 'x',
      sex: r.sex,
      birthYear: r.birthYear,
      ethnicity: r.ethnicity,
      qualification: r.qualification,
      politicalTheory: r.politicalTheory,
      partyMember: r.partyMember,
      assignments: [
        {
          position: pos.code,
          category: pos.category,
          concurrent: false,
          start,
          ...(r.length !== undefined ? { end: addDays(start, r.length) } : {}),
        },
      ],
    } as RosterEntry;
  });

const documentArb: fc.Arbitrary<DocumentRegisterEntry> = fc
  .record({
    incoming: fc.boolean(),
    day: fc.integer({ min: 0, max: 90 }),
    electronic: fc.boolean(),
    agency: fc.boolean(),
    signer: fc.boolean(),
    secret: fc.boolean(),
  })
  .map((r) => {
    const issueDate = fromEpochDay(day0 + r.day);
    const common = {
      numberSymbol: '06/QĐ-UBND',
      type: 'quyet-dinh',
      issuer: 'UBND xã A',
      issueDate,
      summary: 'x',
      electronic: r.electronic,
      agencySignature: r.agency,
      signerSignature: r.signer,
      ...(r.secret ? { secrecy: 'confidential' } : {}),
    };
    return (
      r.incoming
        ? { ...common, direction: 'incoming', arrivalNumber: 1, arrivalDate: addDays(issueDate, 2) }
        : { ...common, direction: 'outgoing' }
    ) as DocumentRegisterEntry;
  });

const calendar = createWorkingCalendar({ fromYear: 2026, toYear: 2026 });
const timeArb: fc.Arbitrary<DossierTimeInput> = fc
  .record({
    procedure: fc.option(fc.constantFrom('1.001', '1.002'), { nil: undefined }),
    received: fc.integer({ min: 0, max: 200 }),
    took: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
  })
  .map((r) => {
    const receivedAt = fromEpochDay(day0 + r.received);
    return {
      receivedAt,
      ...(r.procedure !== undefined ? { procedureCode: r.procedure } : {}),
      ...(r.took !== undefined ? { finishedAt: addDays(receivedAt, r.took) } : {}),
    };
  });

const list = <T>(a: fc.Arbitrary<T>) => fc.array(a, { maxLength: 12 }) as fc.Arbitrary<unknown[]>;

const CASES: Readonly<Record<string, Case>> = {
  DOSSIER_TALLY: {
    descriptor: DOSSIER_TALLY,
    rows: list(dossierArb),
    context: { period: customPeriod('2026-02-01', '2026-03-31') },
  },
  HOUSEHOLD_TALLY: {
    descriptor: HOUSEHOLD_TALLY,
    rows: list(householdArb),
    context: { standard: povertyStandardFor('2027-10-01') },
  },
  HEADCOUNT_TALLY: {
    descriptor: HEADCOUNT_TALLY,
    rows: list(rosterEntryArb),
    context: { asOf: '2024-06-14' },
  },
  DOCUMENT_TALLY: {
    descriptor: DOCUMENT_TALLY,
    rows: list(documentArb),
    context: { period: customPeriod('2026-01-15', '2026-03-15') },
  },
  PROCESSING_TIME_TALLY: { descriptor: PROCESSING_TIME_TALLY, rows: list(timeArb), context: { calendar } },
};

function isDescriptor(v: unknown): v is AnyDescriptor {
  if (v === null || typeof v !== 'object') return false;
  const d = v as Record<string, unknown>;
  return (
    typeof d.empty === 'function' &&
    typeof d.add === 'function' &&
    typeof d.merge === 'function' &&
    typeof d.keyOf === 'function' &&
    Array.isArray(d.fields) &&
    Array.isArray(d.dimensions)
  );
}

describe('tally descriptors', () => {
  it('the table below covers every descriptor the root entry exports', () => {
    const exported = Object.entries(root)
      .filter(([, v]) => isDescriptor(v))
      .map(([k]) => k)
      .sort();
    expect(exported).toEqual(Object.keys(CASES).sort());
  });

  for (const [name, { descriptor: d, rows, context }] of Object.entries(CASES)) {
    describe(name, () => {
      const t = (xs: readonly unknown[]) => tallyWith(d, xs, context);

      it('labels every field and every dimension in both languages, each listed once', () => {
        expect(new Set(d.fields).size).toBe(d.fields.length);
        expect(new Set(d.dimensions).size).toBe(d.dimensions.length);
        for (const f of d.fields) expect(d.labels[f]?.vi && d.labels[f]?.en).toBeTruthy();
        for (const k of d.dimensions)
          expect(d.dimensionLabels[k]?.vi && d.dimensionLabels[k]?.en).toBeTruthy();
        expect(Object.keys(d.labels).sort()).toEqual([...d.fields].sort());
        expect(Object.keys(d.dimensionLabels).sort()).toEqual([...d.dimensions].sort());
      });

      it('merge is associative and commutative, empty() its identity, merge(tally a, tally b) = tally(a ++ b)', () => {
        fc.assert(
          fc.property(rows, rows, rows, (a, b, c) => {
            const [ta, tb, tc] = [t(a), t(b), t(c)];
            expect(d.merge(ta, tb)).toEqual(d.merge(tb, ta));
            expect(d.merge(d.merge(ta, tb), tc)).toEqual(d.merge(ta, d.merge(tb, tc)));
            expect(d.merge(ta, d.empty())).toEqual(ta);
            expect(d.merge(d.empty(), ta)).toEqual(ta);
            expect(d.merge(ta, tb)).toEqual(t([...a, ...b]));
            expect(d.merge(d.merge(ta, tb), tc)).toEqual(t([...a, ...b, ...c]));
            // merging does not change its inputs
            expect(ta).toEqual(t(a));
          }),
          { numRuns: 60 },
        );
      });

      it('add then merge = merge then add: adding a row to either side of a merge gives the same tally', () => {
        fc.assert(
          fc.property(rows, rows, rows, (a, b, extra) => {
            fc.pre(extra.length > 0);
            const r = extra[0];
            // add may fill its tally in place: each side gets fresh tallies.
            const left = d.add(d.merge(t(a), t(b)), r, context);
            const right = d.merge(t(a), d.add(t(b), r, context));
            const first = d.merge(d.add(t(a), r, context), t(b));
            expect(left).toEqual(right);
            expect(left).toEqual(first);
            expect(left).toEqual(t([...a, ...b, r]));
            // a row added to the empty tally, merged, is the row added
            expect(d.merge(d.empty(), d.add(d.empty(), r, context))).toEqual(t([r]));
          }),
          { numRuns: 60 },
        );
      });

      it('tallyBy and TallyAccumulator agree with the plain fold for every dimension', () => {
        fc.assert(
          fc.property(rows, rows, fc.constantFrom(...d.dimensions), (a, b, dim) => {
            const groups = tallyBy(d, [...a, ...b], context, [dim]);
            const merged = groups.reduce((acc, g) => d.merge(acc, g.tally), d.empty());
            expect(merged).toEqual(t([...a, ...b]));
            const keys = groups.map((g) => g.key[dim]);
            expect([...keys].sort()).toEqual(keys);
            const x = new TallyAccumulator(d, context, [dim]);
            const y = new TallyAccumulator(d, context, [dim]);
            x.addAll(a);
            y.addAll(b);
            x.merge(y);
            expect(x.total).toEqual(t([...a, ...b]));
            expect(x.groups()).toEqual(groups);
          }),
          { numRuns: 30 },
        );
      });
    });
  }
});

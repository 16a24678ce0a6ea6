import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, customPeriod, fromEpochDay, toEpochDay } from '../../src/core/index';
import { classifyCode, classifyCodeNumeric } from '../../src/dossier/classify';
import {
  classifyDossier,
  DOSSIER_TALLY_FIELDS,
  type Dossier,
  DossierSchema,
  DossierTallySchema,
  dossierRates,
  emptyDossierTally,
  mergeTallies,
  tallyDossiers,
  tallyDossiersBy,
} from '../../src/dossier/index';

const day0 = toEpochDay('2026-01-01');
const dateArb = fc.integer({ min: 0, max: 180 }).map((n) => fromEpochDay(day0 + n));

/** Random dossiers that satisfy the schema's cross-field rules by construction. */
const dossierArb: fc.Arbitrary<Dossier> = fc
  .record({
    unit: fc.constantFrom('UBND xã A', 'UBND xã B', 'UBND phường C'),
    field: fc.constantFrom('HT', 'DD', 'CT'),
    channel: fc.constantFrom('direct', 'online', 'postal' as const),
    status: fc.constantFrom(
      'registered',
      'accepted',
      'refused',
      'processing',
      'awaiting_supplement',
      'resolved',
      'returned',
    ),
    received: dateArb,
    dueAfter: fc.integer({ min: 0, max: 20 }),
    end: fc.option(
      fc.record({
        after: fc.integer({ min: 0, max: 40 }),
        outcome: fc.option(fc.constantFrom('refused', 'withdrawn', 'stopped' as const)),
      }),
    ),
    reappointed: fc.option(fc.integer({ min: 1, max: 10 })),
  })
  .map((r) => {
    const d: Record<string, unknown> = {
      code: 'X',
      procedureCode: 'P',
      fieldCode: r.field,
      unit: r.unit,
      channel: r.channel,
      status: r.status,
      receivedAt: r.received,
      dueDate: addDays(r.received, r.dueAfter),
    };
    if (r.reappointed !== null) d.reappointments = [addDays(r.received, r.dueAfter + r.reappointed)];
    if (r.end !== null || r.status === 'resolved' || r.status === 'returned') {
      const at = addDays(r.received, r.end?.after ?? 0);
      if (r.end?.outcome) {
        d.outcome = r.end.outcome;
        d.outcomeAt = at;
        if (r.status === 'resolved' || r.status === 'returned') d.status = 'stopped';
      } else d.finishedAt = at;
    }
    return DossierSchema.parse(d);
  });

const periodArb = fc
  .tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 90 }))
  .map(([s, len]) => customPeriod(fromEpochDay(day0 + s - 10), fromEpochDay(day0 + s - 10 + len)));

/** A second, deliberately plain reading of the classification rules, written from the issue text. */
function naive(d: Dossier, start: string, end: string): [string, string] {
  const received = d.receivedAt.slice(0, 10);
  const closed =
    d.outcome !== undefined ? d.outcomeAt?.slice(0, 10) : (d.finishedAt ?? d.returnedAt)?.slice(0, 10);
  const accepted = d.status !== 'registered' && d.status !== 'refused';
  if (!accepted || received > end || (closed !== undefined && closed < start))
    return ['out_of_scope', 'out_of_scope'];
  const bucket = received < start ? 'carried_over' : `new_${d.channel}`;
  if (closed !== undefined && closed <= end) {
    if (d.outcome) return [bucket, d.outcome];
    if (closed < d.dueDate) return [bucket, 'resolved_early'];
    if (closed === d.dueDate) return [bucket, 'resolved_on_time'];
    return [bucket, 'resolved_late'];
  }
  return [bucket, d.dueDate < end ? 'pending_overdue' : 'pending_within_term'];
}

describe('dossier invariants (fast-check)', () => {
  it('every dossier lands in exactly one received bucket and one end state, as a second reading says', () => {
    fc.assert(
      fc.property(dossierArb, periodArb, (d, p) => {
        const c = classifyDossier(d, p);
        expect([c.received, c.state]).toEqual(naive(d, p.start, p.end));
        expect(c.received === 'out_of_scope').toBe(c.state === 'out_of_scope');
      }),
      { numRuns: 2000 },
    );
  });
  it("tallies' parts sum to their totals and every record is counted once", () => {
    fc.assert(
      fc.property(fc.array(dossierArb, { maxLength: 60 }), periodArb, (ds, p) => {
        const t = tallyDossiers(ds, p);
        expect(t.received + t.outOfScope).toBe(ds.length);
        expect(t.received).toBe(t.carriedOver + t.newReceived);
        expect(t.newReceived).toBe(t.newOnline + t.newDirect + t.newPostal);
        expect(t.resolved).toBe(t.resolvedEarly + t.resolvedOnTime + t.resolvedLate);
        expect(t.pending).toBe(t.pendingWithinTerm + t.pendingOverdue);
        expect(t.returned).toBe(t.refused + t.withdrawn + t.stopped);
        expect(t.received).toBe(t.resolved + t.pending + t.returned);
        expect(DossierTallySchema.safeParse(t).success).toBe(true);
      }),
    );
  });
  it('mergeTallies is associative and commutative, and tallying a concatenation equals merging the tallies', () => {
    fc.assert(
      fc.property(
        fc.array(dossierArb, { maxLength: 25 }),
        fc.array(dossierArb, { maxLength: 25 }),
        fc.array(dossierArb, { maxLength: 25 }),
        periodArb,
        (a, b, c, p) => {
          const [ta, tb, tc] = [tallyDossiers(a, p), tallyDossiers(b, p), tallyDossiers(c, p)];
          expect(mergeTallies(mergeTallies(ta, tb), tc)).toEqual(mergeTallies(ta, mergeTallies(tb, tc)));
          expect(mergeTallies(ta, tb)).toEqual(mergeTallies(tb, ta));
          expect(mergeTallies(ta, emptyDossierTally())).toEqual(ta);
          expect(tallyDossiers([...a, ...b, ...c], p)).toEqual(mergeTallies(mergeTallies(ta, tb), tc));
        },
      ),
    );
  });
  it('grouped tallies merge back to the whole', () => {
    fc.assert(
      fc.property(fc.array(dossierArb, { maxLength: 60 }), periodArb, (ds, p) => {
        const groups = tallyDossiersBy(ds, p, { by: ['unit', 'field', 'month', 'channel'] });
        const merged = groups.map((g) => g.tally).reduce(mergeTallies, emptyDossierTally());
        expect(merged).toEqual(tallyDossiers(ds, p));
      }),
    );
  });
  it('every rate lies between 0 and 1 or is null', () => {
    fc.assert(
      fc.property(fc.array(dossierArb, { maxLength: 60 }), periodArb, (ds, p) => {
        for (const r of Object.values(dossierRates(tallyDossiers(ds, p)))) {
          if (r.denominator === 0) expect(r.value).toBeNull();
          else {
            expect(r.value).not.toBeNull();
            expect(r.value!).toBeGreaterThanOrEqual(0);
            expect(r.value!).toBeLessThanOrEqual(1);
          }
        }
      }),
    );
  });
  it('every tally column is a non-negative integer', () => {
    fc.assert(
      fc.property(fc.array(dossierArb, { maxLength: 30 }), periodArb, (ds, p) => {
        const t = tallyDossiers(ds, p);
        for (const f of DOSSIER_TALLY_FIELDS) expect(Number.isInteger(t[f]) && t[f] >= 0).toBe(true);
      }),
    );
  });
});

describe('the integer-date classification used by the byte reader', () => {
  const num = (d: string | undefined): number =>
    d === undefined ? 0 : Number(d.slice(0, 10).replaceAll('-', ''));
  it('agrees with the string classification on every dossier without a re-appointment', () => {
    fc.assert(
      fc.property(dossierArb, periodArb, (d, p) => {
        fc.pre(d.reappointments === undefined);
        const a = classifyCode(d, d.receivedAt.slice(0, 10), p.start, p.end, false);
        const b = classifyCodeNumeric(
          d.status,
          d.channel,
          num(d.finishedAt),
          num(d.returnedAt),
          d.outcome,
          num(d.outcomeAt),
          num(d.receivedAt),
          num(d.dueDate),
          num(p.start),
          num(p.end),
        );
        expect(b).toBe(a);
      }),
      { numRuns: 2000 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { customPeriod, formatRatio } from '../../src/core/index';
import {
  classifyDossier,
  type Dossier,
  DossierSchema,
  DossierTallySchema,
  dossierRates,
  emptyDossierTally,
  mergeTallies,
  tallyDossiers,
  tallyDossiersBy,
} from '../../src/dossier/index';
import { MARCH } from './fixtures';

const period = customPeriod('2026-03-01', '2026-03-31');
const dossiers: Dossier[] = MARCH.map(({ expect: _e, ...d }) => DossierSchema.parse(d));

describe('classifyDossier', () => {
  it.each(MARCH.map((d, i) => [d.code, i] as const))(
    'dossier %s lands in its hand-worked buckets',
    (_code, i) => {
      const c = classifyDossier(dossiers[i]!, period);
      expect([c.received, c.state]).toEqual(MARCH[i]!.expect);
    },
  );
  it('reports the dates that decided it, in Vietnam time', () => {
    expect(classifyDossier(dossiers[11]!, period)).toEqual({
      received: 'new_online',
      state: 'pending_within_term',
      receivedDate: '2026-03-01',
      effectiveDueDate: '2026-03-31',
    });
    expect(classifyDossier(dossiers[1]!, period).closedDate).toBe('2026-03-05');
  });
  it('judges a re-appointed dossier against the new date only on request', () => {
    const j = dossiers[9]!;
    expect(classifyDossier(j, period).state).toBe('resolved_late');
    const c = classifyDossier(j, period, { reappointment: 'reappointed' });
    expect(c.state).toBe('resolved_early');
    expect(c.effectiveDueDate).toBe('2026-03-17');
    expect(() => classifyDossier(j, period, { reappointment: 'latest' as 'original' })).toThrow(RangeError);
  });
});

describe('tallyDossiers', () => {
  it('gives the hand-counted tally for March', () => {
    // In scope: A B C D E F J L M (9); out: G H I K (4).
    expect(tallyDossiers(dossiers, period)).toEqual({
      received: 9,
      carriedOver: 1,
      newReceived: 8,
      newOnline: 2,
      newDirect: 4,
      newPostal: 2,
      resolved: 4,
      resolvedEarly: 1,
      resolvedOnTime: 1,
      resolvedLate: 2,
      pending: 4,
      pendingWithinTerm: 2,
      pendingOverdue: 2,
      returned: 1,
      refused: 0,
      withdrawn: 1,
      stopped: 0,
      outOfScope: 4,
    });
  });
  it('its identities hold, so the tally schema accepts it', () => {
    expect(DossierTallySchema.safeParse(tallyDossiers(dossiers, period)).success).toBe(true);
  });
  it('gives the hand-computed rates of every variant', () => {
    const r = dossierRates(tallyDossiers(dossiers, period));
    // A: (1 + 1) / 4
    expect(formatRatio(r.onTimeCompleted)).toBe('50,00%');
    // B: 2 / (2 + 2 late + 2 overdue)
    expect([r.onTimeDue.numerator, r.onTimeDue.denominator]).toEqual([2, 6]);
    expect(formatRatio(r.onTimeDue)).toBe('33,33%');
    // C: late (2 + 2) / 9; on time 5 / 9
    expect(formatRatio(r.lateWorkload)).toBe('44,44%');
    expect(formatRatio(r.onTimeWorkload)).toBe('55,56%');
    // D: (1 + 1 + 2 within) / (4 resolved + 4 pending)
    expect([r.onTimeRealtime.numerator, r.onTimeRealtime.denominator]).toEqual([4, 8]);
    // E: 2 / 9 received
    expect(formatRatio(r.onTimeReceived)).toBe('22,22%');
    expect(formatRatio(r.online)).toBe('25,00%');
    expect(formatRatio(r.late)).toBe('50,00%');
  });
  it('re-appointment rule changes only J', () => {
    const t = tallyDossiers(dossiers, period, { reappointment: 'reappointed' });
    expect([t.resolvedEarly, t.resolvedLate]).toEqual([2, 1]);
    expect(formatRatio(dossierRates(t).onTimeCompleted)).toBe('75,00%');
  });
  it('gives null rates, not NaN, for an empty tally', () => {
    const r = dossierRates(emptyDossierTally());
    for (const v of Object.values(r)) expect(v.value).toBeNull();
  });
  it('accepts any iterable, such as a generator', () => {
    function* gen() {
      yield* dossiers;
    }
    expect(tallyDossiers(gen(), period)).toEqual(tallyDossiers(dossiers, period));
  });
});

describe('tallyDossiersBy', () => {
  it('groups by channel and by month of receipt', () => {
    const byChannel = tallyDossiersBy(dossiers, period, { by: ['channel'] });
    expect(byChannel.map((g) => [g.key.channel, g.tally.received, g.tally.outOfScope])).toEqual([
      ['direct', 4, 1], // B E F J in scope, K out
      ['online', 3, 3], // A D L in; G H I out
      ['postal', 2, 0], // C M
    ]);
    const byMonth = tallyDossiersBy(dossiers, period, { by: ['unit', 'month'] });
    expect(byMonth.map((g) => [g.key.unit, g.key.month, g.tally.received])).toEqual([
      ['UBND xã Phổ Phong', '2026-02', 1], // A (G out)
      ['UBND xã Phổ Phong', '2026-03', 8],
      ['UBND xã Phổ Phong', '2026-04', 0], // H and K
    ]);
    const all = byMonth.map((g) => g.tally).reduce(mergeTallies, emptyDossierTally());
    expect(all).toEqual(tallyDossiers(dossiers, period));
  });
  it('rejects an empty or unknown dimension', () => {
    expect(() => tallyDossiersBy(dossiers, period, { by: [] })).toThrow(/at least one dimension/);
    expect(() => tallyDossiersBy(dossiers, period, { by: ['commune' as 'unit'] })).toThrow(
      /unknown dimension/,
    );
  });
});

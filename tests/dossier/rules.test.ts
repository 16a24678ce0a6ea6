import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DOSSIER_RULE_CODES,
  type DossierRuleFacts,
  deriveDossierStatus,
  endWithoutResultDate,
  firstBrokenDossierRule,
  outcomeOfStatus,
  parseDossiers,
  visitBrokenDossierRules,
} from '../../src/dossier/index';

const base: DossierRuleFacts<string> = {
  status: 'processing',
  received: '2026-03-02',
  due: '2026-03-05',
  finished: undefined,
  returned: undefined,
  outcome: undefined,
  outcomeAt: undefined,
  reappointments: 0,
  firstReappointment: undefined,
  supplements: 0,
  requestedAt: [],
  completedAt: [],
};

/** The same facts with dates as yyyymmdd integers. */
function numeric(f: DossierRuleFacts<string>): DossierRuleFacts<number> {
  const n = (d: string | undefined) => (d === undefined ? undefined : Number(d.replaceAll('-', '')));
  return {
    ...f,
    received: n(f.received)!,
    due: n(f.due)!,
    finished: n(f.finished),
    returned: n(f.returned),
    outcomeAt: n(f.outcomeAt),
    firstReappointment: n(f.firstReappointment),
    requestedAt: f.requestedAt.map((d) => n(d)!),
    completedAt: f.completedAt.map(n),
  };
}

// One row per rule, each worked out by hand from the rule's wording, with the schema input that
// breaks it and the field the schema reports it on.
const dossier = {
  code: 'H1',
  procedureCode: '1.001612',
  unit: 'UBND xã Phổ Phong',
  channel: 'direct',
  status: 'processing',
  receivedAt: '2026-03-02T08:00:00+07:00',
  dueDate: '2026-03-05',
};
const CASES: [string, Partial<DossierRuleFacts<string>>, Record<string, unknown>, string][] = [
  ['vn.dossier.due_before_received', { due: '2026-03-01' }, { dueDate: '2026-03-01' }, 'dueDate'],
  [
    'vn.dossier.finished_before_received',
    { finished: '2026-03-01' },
    { finishedAt: '2026-03-01' },
    'finishedAt',
  ],
  [
    'vn.dossier.returned_before_received',
    { returned: '2026-03-01' },
    { returnedAt: '2026-03-01T23:00:00+07:00' },
    'returnedAt',
  ],
  [
    'vn.dossier.returned_before_finished',
    { finished: '2026-03-04', returned: '2026-03-03' },
    { finishedAt: '2026-03-04', returnedAt: '2026-03-03' },
    'returnedAt',
  ],
  [
    'vn.dossier.reappointed_more_than_once',
    { reappointments: 2, firstReappointment: '2026-03-09' },
    { reappointments: ['2026-03-09', '2026-03-12'] },
    'reappointments',
  ],
  [
    'vn.dossier.reappointment_not_after_due',
    { reappointments: 1, firstReappointment: '2026-03-05' },
    { reappointments: ['2026-03-05'] },
    'reappointments.0',
  ],
  [
    'vn.dossier.supplement_before_received',
    { supplements: 1, requestedAt: ['2026-03-01'], completedAt: [undefined] },
    { supplements: [{ requestedAt: '2026-03-01' }] },
    'supplements.0.requestedAt',
  ],
  [
    'vn.dossier.supplement_completed_before_requested',
    { supplements: 1, requestedAt: ['2026-03-03'], completedAt: ['2026-03-02'] },
    { supplements: [{ requestedAt: '2026-03-03', completedAt: '2026-03-02' }] },
    'supplements.0.completedAt',
  ],
  ['vn.dossier.resolved_without_finish_date', { status: 'returned' }, { status: 'returned' }, 'finishedAt'],
  ['vn.dossier.outcome_without_date', { outcome: 'withdrawn' }, { outcome: 'withdrawn' }, 'outcomeAt'],
  [
    'vn.dossier.outcome_before_received',
    { outcome: 'stopped', outcomeAt: '2026-03-01' },
    { outcome: 'stopped', outcomeAt: '2026-03-01' },
    'outcomeAt',
  ],
  [
    'vn.dossier.outcome_and_finish',
    { outcome: 'refused', outcomeAt: '2026-03-04', finished: '2026-03-04' },
    { outcome: 'refused', outcomeAt: '2026-03-04', finishedAt: '2026-03-04' },
    'outcome',
  ],
];

describe('the dossier rules, one by one', () => {
  it('has a case for every rule', () => {
    expect(CASES.map((c) => c[0]).sort()).toEqual([...DOSSIER_RULE_CODES].sort());
  });
  for (const [code, facts, input, path] of CASES) {
    it(`${code}: broken on strings, on integers and through the schema`, () => {
      const f = { ...base, ...facts };
      expect(firstBrokenDossierRule(f)).toBe(code);
      expect(firstBrokenDossierRule(numeric(f))).toBe(code);
      const r = parseDossiers([{ ...dossier, ...input }]);
      expect(r.rejected[0]?.issues.map((i) => [i.code, i.path])).toEqual([[code, path]]);
    });
  }
  it('a row that breaks nothing passes everywhere', () => {
    expect(firstBrokenDossierRule(base)).toBeUndefined();
    expect(firstBrokenDossierRule(numeric(base))).toBeUndefined();
    // The edges that are allowed: due on the day of receipt, return on the finish day, a
    // re-appointment the day after the due date, a supplement on the day of receipt.
    const edges = {
      ...base,
      due: '2026-03-02',
      finished: '2026-03-02',
      returned: '2026-03-02',
      status: 'returned',
      reappointments: 1,
      firstReappointment: '2026-03-03',
      supplements: 1,
      requestedAt: ['2026-03-02'],
      completedAt: ['2026-03-02'],
    };
    expect(firstBrokenDossierRule(edges)).toBeUndefined();
    expect(firstBrokenDossierRule(numeric(edges))).toBeUndefined();
    expect(parseDossiers([dossier]).valid).toHaveLength(1);
  });
  it('a return before receipt is reported once, not also as before the finish', () => {
    const codes: string[] = [];
    visitBrokenDossierRules({ ...base, finished: '2026-03-04', returned: '2026-03-01' }, (code) =>
      codes.push(code),
    );
    expect(codes).toEqual(['vn.dossier.returned_before_received']);
  });
  it('visits every broken rule in order; the first is what firstBrokenDossierRule returns', () => {
    const codes: [string, number][] = [];
    const f = {
      ...base,
      status: 'resolved',
      due: '2026-03-01',
      supplements: 2,
      requestedAt: ['2026-03-03', '2026-03-01'],
      completedAt: ['2026-03-02', undefined],
    };
    visitBrokenDossierRules(f, (code, i) => codes.push([code, i]));
    expect(codes).toEqual([
      ['vn.dossier.due_before_received', -1],
      ['vn.dossier.supplement_completed_before_requested', 0],
      ['vn.dossier.supplement_before_received', 1],
      ['vn.dossier.resolved_without_finish_date', -1],
    ]);
    expect(firstBrokenDossierRule(f)).toBe('vn.dossier.due_before_received');
  });
  it('strings and integers always agree', () => {
    const day = fc.integer({ min: 0, max: 40 }).map((n) => {
      const d = new Date(Date.UTC(2026, 1, 20 + n));
      return d.toISOString().slice(0, 10);
    });
    const opt = fc.option(day, { nil: undefined });
    fc.assert(
      fc.property(
        fc.record({
          status: fc.constantFrom('processing', 'resolved', 'returned', 'stopped'),
          received: day,
          due: day,
          finished: opt,
          returned: opt,
          outcome: fc.option(fc.constantFrom('refused', 'withdrawn', 'stopped'), { nil: undefined }),
          outcomeAt: opt,
          reappointments: fc.integer({ min: 0, max: 2 }),
          firstReappointment: opt,
          supplements: fc.constant(1),
          requestedAt: fc.tuple(day),
          completedAt: fc.tuple(opt),
        }),
        (f) => {
          const a: string[] = [];
          const b: string[] = [];
          visitBrokenDossierRules(f, (c) => a.push(c));
          visitBrokenDossierRules(numeric(f), (c) => b.push(c));
          expect(b).toEqual(a);
          expect(firstBrokenDossierRule(f)).toBe(a[0]);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('statuses 7 and 8, and the status of an export without one', () => {
  it('status 7 is a withdrawal, 8 a stop, others nothing', () => {
    expect(outcomeOfStatus('withdrawal_requested')).toBe('withdrawn');
    expect(outcomeOfStatus('stopped')).toBe('stopped');
    for (const s of ['registered', 'accepted', 'refused', 'processing', 'resolved', 'returned'])
      expect(outcomeOfStatus(s)).toBeUndefined();
  });
  it('the end without a result is dated by the finish, else the return, else the outcome date', () => {
    expect(endWithoutResultDate('a', 'b', 'c')).toBe('a');
    expect(endWithoutResultDate(undefined, 'b', 'c')).toBe('b');
    expect(endWithoutResultDate(undefined, undefined, 'c')).toBe('c');
    expect(endWithoutResultDate(undefined, undefined, undefined)).toBeUndefined();
  });
  it('derives the status from the dates: return, finish, outcome date, else in progress', () => {
    expect(deriveDossierStatus(true, true, false, 'stopped')).toEqual({ status: 'returned' });
    expect(deriveDossierStatus(false, true, true, 'stopped')).toEqual({ status: 'returned' });
    expect(deriveDossierStatus(true, false, true, 'withdrawn')).toEqual({ status: 'resolved' });
    expect(deriveDossierStatus(false, false, true, 'withdrawn')).toEqual({
      status: 'withdrawal_requested',
      outcome: 'withdrawn',
    });
    expect(deriveDossierStatus(false, false, true, 'stopped')).toEqual({
      status: 'stopped',
      outcome: 'stopped',
    });
    expect(deriveDossierStatus(false, false, true, 'refused')).toEqual({
      status: 'stopped',
      outcome: 'refused',
    });
    expect(deriveDossierStatus(false, false, false, 'refused')).toEqual({ status: 'processing' });
  });
});

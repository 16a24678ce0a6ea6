import { describe, expect, it } from 'vitest';
import { customPeriod, type TallyDescriptor, tallyWith } from '../../src/core/index';
import { DOCUMENT_TALLY, emptyDocumentTally } from '../../src/document/index';
import { DOSSIER_TALLY, emptyDossierTally } from '../../src/dossier/index';
import { emptyHouseholdTally, HOUSEHOLD_TALLY } from '../../src/household/index';
import { emptyHeadcountTally, HEADCOUNT_TALLY } from '../../src/personnel/index';
import {
  DOCUMENT_REPORT_FILL,
  DOSSIER_REPORT_FILL,
  fillReportFromTally,
  HOUSEHOLD_REPORT_FILL,
  type ReportFill,
  reportFiguresFromDocuments,
  reportFiguresFromDossierTally,
  reportFiguresFromHeadcount,
  STAFF_REPORT_FILL,
} from '../../src/report/index';

// Issue 13 item 3: the report's filling is one function over the tally descriptor; the
// per-domain functions are that function with a fill of their domain. Expected values worked out
// by hand below.

describe('fillReportFromTally', () => {
  it('dossiers: every column but outOfScope, the merged column, the two rates', () => {
    const tally = {
      ...emptyDossierTally(),
      received: 10,
      carriedOver: 2,
      newReceived: 8,
      newOnline: 3,
      newDirect: 4,
      newPostal: 1,
      resolved: 6,
      resolvedEarly: 2,
      resolvedOnTime: 3,
      resolvedLate: 1,
      pending: 4,
      pendingWithinTerm: 3,
      pendingOverdue: 1,
      outOfScope: 7,
    };
    const f = fillReportFromTally(DOSSIER_TALLY, tally, DOSSIER_REPORT_FILL);
    expect(f).toEqual({
      received: 10,
      carriedOver: 2,
      newReceived: 8,
      newOnline: 3,
      newDirect: 4,
      newPostal: 1,
      resolved: 6,
      resolvedEarly: 2,
      resolvedOnTime: 3,
      resolvedLate: 1,
      pending: 4,
      pendingWithinTerm: 3,
      pendingOverdue: 1,
      returned: 0,
      refused: 0,
      withdrawn: 0,
      stopped: 0,
      // 2 early + 3 on time
      resolvedEarlyOrOnTime: 5,
      // 5 / 6 = 83,333…% → 83,33%
      onTimeRate: { text: '83,33%', value: '83.33', decimals: 2 },
      // 3 online / 8 new = 37,5%
      onlineRate: { text: '37,50%', value: '37.5', decimals: 2 },
    });
    expect(reportFiguresFromDossierTally(tally)).toEqual(f);
  });

  it('dossiers from rows: one early, one on time, one late (due 2026-03-06)', () => {
    const d = (code: string, finishedAt: string) =>
      ({
        code,
        unit: 'UBND xã A',
        channel: 'online',
        status: 'returned',
        receivedAt: '2026-03-02',
        dueDate: '2026-03-06',
        finishedAt,
      }) as const;
    const tally = tallyWith(
      DOSSIER_TALLY,
      [d('A1', '2026-03-05'), d('A2', '2026-03-06'), d('A3', '2026-03-09')],
      { period: customPeriod('2026-03-01', '2026-03-31') },
    );
    const f = fillReportFromTally(DOSSIER_TALLY, tally, DOSSIER_REPORT_FILL, { rates: { decimals: 1 } });
    expect([f.resolved, f.resolvedEarlyOrOnTime, f.resolvedLate]).toEqual([3, 2, 1]);
    // 2 / 3 = 66,666…% → 66,7%; all 3 online → 100,0%
    expect(f.onTimeRate).toEqual({ text: '66,7%', value: '66.7', decimals: 1 });
    expect(f.onlineRate).toEqual({ text: '100,0%', value: '100', decimals: 1 });
  });

  it('documents: exchanged = outgoing + incoming, electronic likewise, the rate; no rate over 0', () => {
    const tally = {
      ...emptyDocumentTally(),
      outgoing: 120,
      outgoingElectronic: 118,
      incoming: 80,
      incomingElectronic: 78,
      secretExcluded: 5,
    };
    const f = fillReportFromTally(DOCUMENT_TALLY, tally, DOCUMENT_REPORT_FILL, { rates: { decimals: 1 } });
    // 196 / 200 = 98%
    expect(f).toEqual({
      total: 200,
      electronic: 196,
      electronicRate: { text: '98,0%', value: '98', decimals: 1 },
    });
    expect(reportFiguresFromDocuments({ tally, rates: { decimals: 1 } })).toEqual(f);
    expect(fillReportFromTally(DOCUMENT_TALLY, emptyDocumentTally(), DOCUMENT_REPORT_FILL)).toEqual({
      total: 0,
      electronic: 0,
    });
  });

  it('staff: total, cán bộ, công chức and the levels someone holds', () => {
    const staff = {
      ...emptyHeadcountTally(),
      total: 22,
      byCategory: { can_bo: 10, cong_chuc: 12 },
      byQualification: { dai_hoc: 16, trung_cap: 6, thac_si: 0 },
    };
    const f = fillReportFromTally(HEADCOUNT_TALLY, staff, STAFF_REPORT_FILL);
    expect(f).toEqual({
      total: 22,
      cadres: 10,
      civilServants: 12,
      qualifications: { dai_hoc: 16, trung_cap: 6 },
    });
    expect(reportFiguresFromHeadcount(staff)).toEqual(f);
  });

  it('households: poor and near-poor of all households tallied', () => {
    const base = emptyHouseholdTally();
    const tally = { ...base, all: { ...base.all, households: 40, poor: 3, nearPoor: 5, poorMembers: 11 } };
    expect(fillReportFromTally(HOUSEHOLD_TALLY, tally, HOUSEHOLD_REPORT_FILL)).toEqual({
      poor: 3,
      nearPoor: 5,
    });
  });

  it('a caller’s own fill and descriptor; a field the descriptor lacks is refused', () => {
    const d: TallyDescriptor<{ a: number; b: number }, number, undefined, never> = {
      domain: 'pairs',
      fields: ['a', 'b'],
      labels: { a: { vi: 'A', en: 'A' }, b: { vi: 'B', en: 'B' } },
      dimensions: [],
      dimensionLabels: {},
      empty: () => ({ a: 0, b: 0 }),
      add: (t, r) => (r % 2 === 0 ? { ...t, a: t.a + 1 } : { ...t, b: t.b + 1 }),
      merge: (x, y) => ({ a: x.a + y.a, b: x.b + y.b }),
      keyOf: () => '',
    };
    type Figures = { a?: number; b?: number; all?: number; evenRate?: unknown };
    const fill: ReportFill<{ a: number; b: number }, Figures> = {
      derived: { all: (t) => t.a + t.b },
      rates: { evenRate: (t) => ({ numerator: t.a, denominator: t.a + t.b, value: t.a / (t.a + t.b) }) },
    };
    // 2, 4, 6 even; 1 odd → a 3, b 1; 3 / 4 = 75%
    const t = tallyWith(d, [1, 2, 4, 6], undefined);
    expect(fillReportFromTally(d, t, fill, { rates: { decimals: 0 } })).toEqual({
      a: 3,
      b: 1,
      all: 4,
      evenRate: { text: '75%', value: '75', decimals: 0 },
    });
    expect(() => fillReportFromTally(d, t, { copy: ['all'] })).toThrow(RangeError);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber, ratio, roundRatio } from '../../src/core/index';
import { emptyDossierTally } from '../../src/dossier/index';
import { totalHouseholdsImpliedByRate } from '../../src/household/index';
import {
  auditReport,
  formatReportPercent,
  impliedDenominators,
  parseVietnameseNumber,
  printedRateFromRatio,
  reportFiguresFromDossierTally,
} from '../../src/report/index';

describe('impliedDenominators against brute force', () => {
  it('is exactly the set of N whose rate prints as the printed value (half-up and truncate)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 1, max: 3000 }),
        fc.integer({ min: 0, max: 2 }),
        fc.constantFrom('half-up' as const, 'truncate' as const),
        (count, n0, decimals, mode) => {
          const total = Math.max(n0, count, 1);
          const printed = roundRatio(ratio(count, total), { decimals, rounding: mode })!;
          const interval = impliedDenominators(count, printed, decimals, mode);
          expect(interval).not.toBeNull();
          if (interval === null) return;
          const hi = interval.max ?? total + 50;
          // Every N in [min, max] prints as `printed`; the neighbours outside do not.
          for (let n = Math.max(interval.min - 3, 1); n <= Math.min(hi + 3, interval.min + 400); n++) {
            if (n < count) continue;
            const inside = n >= interval.min && (interval.max === null || n <= interval.max);
            expect(roundRatio(ratio(count, n), { decimals, rounding: mode }) === printed, `N = ${n}`).toBe(
              inside,
            );
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('agrees with the household domain’s half-up check (a second implementation)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 1, max: 9000 }),
        fc.integer({ min: 0, max: 3 }),
        (count, n0, decimals) => {
          const total = Math.max(n0, count);
          const printed = roundRatio(ratio(count, total), { decimals })!;
          const theirs = totalHouseholdsImpliedByRate(count, printed.replace('.', ','));
          // One function since issue 13: both count only totals at least as large as the count.
          expect(impliedDenominators(count, printed, decimals, 'half-up')).toEqual(theirs);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('numbers round-trip', () => {
  it('a printed percentage parses back to the value it was printed from', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 0, max: 3 }),
        (a, b, decimals) => {
          const r = ratio(Math.min(a, b), b);
          const text = formatReportPercent(r, { decimals });
          const parsed = parseVietnameseNumber(text, { convention: 'vi' });
          expect(parsed?.kind).toBe('percent');
          expect(parsed?.decimals).toBe(decimals);
          expect(parsed?.value).toBe(printedRateFromRatio(r, { decimals })?.value);
        },
      ),
    );
  });

  it('a count printed the Vietnamese way parses back under the vi convention', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), (n) => {
        expect(parseVietnameseNumber(formatNumber(n), { convention: 'vi' })?.value).toBe(String(n));
        expect(parseVietnameseNumber(formatNumber(n, { locale: 'en' }), { convention: 'en' })?.value).toBe(
          String(n),
        );
      }),
    );
  });
});

describe('figures computed from a tally always pass the audit', () => {
  it('for any consistent tally', () => {
    const c = fc.integer({ min: 0, max: 5000 });
    fc.assert(
      fc.property(
        c,
        c,
        c,
        c,
        c,
        c,
        c,
        c,
        c,
        (carried, online, direct, early, onTime, late, within, overdue, refused) => {
          const newReceived = online + direct;
          const received = carried + newReceived;
          // Split the received dossiers over the end states in proportion to the drawn weights.
          const weights = [early, onTime, late, within, overdue, refused];
          const sum = weights.reduce((x, y) => x + y, 0) || 1;
          const parts = weights.map((w) => Math.floor((w * received) / sum));
          parts[0]! += received - parts.reduce((x, y) => x + y, 0);
          const [e, o, l, w, od, rf] = parts as [number, number, number, number, number, number];
          const t = {
            ...emptyDossierTally(),
            received,
            carriedOver: carried,
            newReceived,
            newOnline: online,
            newDirect: direct,
            resolved: e + o + l,
            resolvedEarly: e,
            resolvedOnTime: o,
            resolvedLate: l,
            pending: w + od,
            pendingWithinTerm: w,
            pendingOverdue: od,
            returned: rf,
            refused: rf,
          };
          expect(auditReport({ dossiers: reportFiguresFromDossierTally(t) })).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });
});

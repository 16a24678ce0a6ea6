import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type HouseholdClass,
  type HouseholdSnapshotEntry,
  householdMovement,
} from '../../src/household/index';

describe('movement between two reviews', () => {
  it('counts a hand-worked example', () => {
    const start: HouseholdSnapshotEntry[] = [
      { code: 'A', class: 'poor' }, // stays poor
      { code: 'B', class: 'poor' }, // becomes near-poor (thoát nghèo → cận nghèo)
      { code: 'C', class: 'poor' }, // above both lines (vượt chuẩn cận nghèo)
      { code: 'D', class: 'poor' }, // moves away (absent at the end)
      { code: 'E', class: 'near-poor' }, // falls into poverty
      { code: 'F', class: 'none' }, // escaped earlier, poor again (tái nghèo)
      { code: 'G', class: 'near-poor' }, // stays near-poor
      { code: 'H', class: 'average' }, // becomes near-poor (tái cận nghèo)
    ];
    const end: HouseholdSnapshotEntry[] = [
      { code: 'A', class: 'poor' },
      { code: 'B', class: 'near-poor' },
      { code: 'C', class: 'average' },
      { code: 'E', class: 'poor' },
      { code: 'F', class: 'poor' },
      { code: 'G', class: 'near-poor' },
      { code: 'H', class: 'near-poor' },
      { code: 'I', class: 'poor' }, // new (phát sinh mới)
      { code: 'J', class: 'near-poor' }, // new near-poor
    ];
    const m = householdMovement(start, end);
    // poor: start 4 (A B C D); escaped 2 (B to near-poor, C above); departed 1 (D);
    // from near-poor 1 (E); fell back 1 (F); new 1 (I); end 4 (A E F I) = 4 − 2 − 1 + 1 + 1 + 1
    expect(m.poor).toEqual({
      start: 4,
      escaped: 2,
      toOther: 1,
      aboveNearPoor: 1,
      departed: 1,
      fromOther: 1,
      fellBack: 1,
      newlyEntered: 1,
      stayed: 1,
      end: 4,
      closes: true,
    });
    // near-poor: start 2 (E G); E → poor; from poor 1 (B); fell back 1 (H); new 1 (J); end 4 (B G H J)
    expect(m.nearPoor).toEqual({
      start: 2,
      escaped: 1,
      toOther: 1,
      aboveNearPoor: 0,
      departed: 0,
      fromOther: 1,
      fellBack: 1,
      newlyEntered: 1,
      stayed: 1,
      end: 4,
      closes: true,
    });
    expect(m.duplicateStartCodes).toEqual([]);
  });

  it('reports codes repeated within a snapshot', () => {
    const m = householdMovement(
      [
        { code: 'A', class: 'poor' },
        { code: 'A', class: 'near-poor' },
      ],
      [],
    );
    expect(m.duplicateStartCodes).toEqual(['A']);
    expect(m.nearPoor.start).toBe(1);
  });

  it('closes the identity for random pairs of snapshots, and matches direct counts', () => {
    const cls = fc.constantFrom<HouseholdClass>('poor', 'near-poor', 'average', 'none');
    const snap = fc.dictionary(fc.integer({ min: 0, max: 40 }).map(String), cls);
    fc.assert(
      fc.property(snap, snap, (a, b) => {
        const toEntries = (d: Record<string, HouseholdClass>) =>
          Object.entries(d).map(([code, c]) => ({ code, class: c }));
        const m = householdMovement(toEntries(a), toEntries(b));
        const count = (d: Record<string, HouseholdClass>, c: HouseholdClass) =>
          Object.values(d).filter((x) => x === c).length;
        expect(m.poor.closes && m.nearPoor.closes).toBe(true);
        expect(m.poor.start).toBe(count(a, 'poor'));
        expect(m.poor.end).toBe(count(b, 'poor'));
        expect(m.nearPoor.end).toBe(count(b, 'near-poor'));
        expect(m.poor.end).toBe(
          m.poor.start -
            m.poor.escaped -
            m.poor.departed +
            m.poor.fromOther +
            m.poor.fellBack +
            m.poor.newlyEntered,
        );
        expect(m.poor.toOther).toBe(m.nearPoor.fromOther);
      }),
    );
  });
});

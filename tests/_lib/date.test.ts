import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLocalDay } from '../../src/_lib/date';
import { isLocalDate, toEpochDay } from '../../src/core/index';
import { legalNormativeDocumentTypesOn } from '../../src/document/index';

// Second method: the host's UTC date arithmetic (Date.UTC; years 0–99 set with setUTCFullYear).
function byDate(text: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m === null) return Number.NaN;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(0);
  t.setUTCFullYear(y, mo - 1, d);
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) return Number.NaN;
  return Math.round(t.getTime() / 86_400_000);
}

describe('the one date reader (issue 13)', () => {
  it('agrees with Date.UTC on every 10-character string of digits and dashes', () => {
    const ch = fc.constantFrom(...'0123456789-'.split(''));
    const text = fc.oneof(
      fc
        .tuple(
          fc.integer({ min: 0, max: 9999 }),
          fc.integer({ min: 0, max: 13 }),
          fc.integer({ min: 0, max: 32 }),
        )
        .map(
          ([y, m, d]) =>
            `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
        ),
      fc.array(ch, { minLength: 10, maxLength: 10 }).map((a) => a.join('')),
    );
    fc.assert(
      fc.property(text, (t) => {
        expect(readLocalDay(t)).toEqual(byDate(t));
        expect(isLocalDate(t)).toBe(!Number.isNaN(byDate(t)));
      }),
      { numRuns: 5000 },
    );
  });
  it('reads by hand', () => {
    expect(readLocalDay('1970-01-02')).toBe(1);
    expect(readLocalDay('2024-02-29')).toBe(19782);
    expect(readLocalDay('2026-02-29')).toBeNaN();
    expect(readLocalDay('2026-2-03')).toBeNaN();
    expect(readLocalDay(20260203)).toBeNaN();
    expect(toEpochDay('2024-01-01')).toBe(19723);
  });
  it('document types read dates through it: an impossible date is refused', () => {
    expect(() => legalNormativeDocumentTypesOn('2026-02-31')).toThrow(RangeError);
    expect(legalNormativeDocumentTypesOn('2026-02-28')?.basis).toMatch(/64\/2025/);
  });
});

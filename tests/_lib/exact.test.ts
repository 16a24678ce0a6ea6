import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareFractions,
  gcd,
  lcm,
  roundNumber,
  roundQuotient,
  roundToUnits,
  textToUnits,
  toFraction,
  unitsToText,
} from '../../src/_lib/exact';

// The second method: decimal.js with enough precision that every quotient below is exact to the
// places asked (a quotient of numbers with ≤ 17 significant digits, rounded to ≤ 20 places).
const D = Decimal.clone({ precision: 200, rounding: Decimal.ROUND_DOWN, toExpNeg: -300, toExpPos: 300 });
const MODE = { 'half-up': Decimal.ROUND_HALF_UP, truncate: Decimal.ROUND_DOWN } as const;
// decimal.js writes a negative zero as "-0.00"; the calculator writes zero without a sign.
const unsign = (s: string): string => (/[1-9]/.test(s) ? s : s.replace('-', ''));

const decimalText = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 18n }), fc.integer({ min: 0, max: 12 }))
  .map(([neg, digits, places]) => {
    const s = digits.toString().padStart(places + 1, '0');
    const body = places > 0 ? `${s.slice(0, -places)}.${s.slice(-places)}` : s;
    return neg ? `-${body}` : body;
  });
const mode = fc.constantFrom('half-up' as const, 'truncate' as const);

describe('the exact calculator against decimal.js (second method)', () => {
  it('rounds a quotient of safe integers times a factor like decimal.js', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
        fc.constantFrom(1, 100, 1000, 0.5, 2.5, 12.34),
        fc.integer({ min: 0, max: 20 }),
        mode,
        (n, d, f, places, m) => {
          const want = new D(n).times(f).div(d).toFixed(places, MODE[m]);
          expect(roundQuotient(n, d, f, places, m)).toBe(want);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('rounds small quotients (ties happen often) like decimal.js', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 0, max: 4 }),
        mode,
        (n, d, places, m) => {
          expect(roundQuotient(n, d, 100, places, m)).toBe(
            new D(n).times(100).div(d).toFixed(places, MODE[m]),
          );
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('rounds numbers and decimal strings like decimal.js, halves away from zero', () => {
    fc.assert(
      fc.property(
        fc.oneof(decimalText, fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e25, max: 1e25 })),
        fc.integer({ min: 0, max: 20 }),
        mode,
        (v, places, m) => {
          expect(roundNumber(v, places, m)).toBe(unsign(new D(v).toFixed(places, MODE[m])));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('compares fractions like decimal.js', () => {
    const side = fc.oneof(
      decimalText.filter((s) => !s.startsWith('-')),
      fc.integer({ min: 0, max: 1e9 }),
    );
    const pos = fc.oneof(
      decimalText.filter((s) => !s.startsWith('-') && /[1-9]/.test(s)),
      fc.integer({ min: 1, max: 1e9 }),
    );
    fc.assert(
      fc.property(side, pos, side, pos, (a, b, c, d) => {
        expect(compareFractions(a, b, c, d)).toBe(new D(a).div(b).cmp(new D(c).div(d)));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the exact calculator by hand', () => {
  it('reads a number by its shortest decimal text, not its binary value', () => {
    expect(roundNumber(1.005, 2, 'half-up')).toBe('1.01'); // 1.005 is 1.00499999999999989… in binary
    expect(roundNumber(2.675, 2, 'half-up')).toBe('2.68');
    expect(roundNumber(-2.5, 0, 'half-up')).toBe('-3'); // away from zero
    expect(roundNumber(-2.5, 0, 'truncate')).toBe('-2');
    expect(roundNumber(-0.001, 2, 'half-up')).toBe('0.00');
    expect(roundNumber(1e21, 0, 'half-up')).toBe('1000000000000000000000');
    expect(roundNumber(1e-7, 8, 'half-up')).toBe('0.00000010');
    expect(toFraction('3.30')).toEqual({ num: 330n, den: 100n });
  });
  it('rounds rates as a report prints them', () => {
    expect(roundQuotient(635593, 643272, 100, 2, 'half-up')).toBe('98.81'); // 98.8062…
    expect(roundQuotient(2, 3, 100, 1, 'truncate')).toBe('66.6');
    expect(roundQuotient(1, 8, 100, 1, 'half-up')).toBe('12.5');
    expect(roundQuotient(1, 16, 100, 1, 'half-up')).toBe('6.3'); // 6.25 → 6.3
    expect(roundQuotient(1, 16, 100, 1, 'truncate')).toBe('6.2');
  });
  it('moves between decimal text and units', () => {
    expect(textToUnits('3.3', 2)).toBe(330n);
    expect(textToUnits('-0.07', 2)).toBe(-7n);
    expect(unitsToText(-7n, 2)).toBe('-0.07');
    expect(unitsToText(330n, 2)).toBe('3.30');
    expect(unitsToText(5n, 0)).toBe('5');
    expect(() => textToUnits('3.333', 2)).toThrow(RangeError);
    expect(roundToUnits({ num: -15n, den: 10n }, 0, 'half-up')).toBe(-2n);
  });
  it('has gcd and lcm', () => {
    expect(gcd(12, 18)).toBe(6);
    expect(gcd(0, 7)).toBe(7);
    expect(lcm(4, 6)).toBe(12);
  });
});

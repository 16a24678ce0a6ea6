/**
 * Issue 19 items in the number parser: a scale or unit word that is also an `Object.prototype`
 * key, and very long inputs (their time is guarded by `bench/complexity.bench.ts`; here the
 * values are checked, worked out by hand from the Vietnamese reading).
 */
import { describe, expect, it } from 'vitest';
import { foldHeader } from '../../src/import/normalize';
import { findNumbers, parseVietnameseNumber } from '../../src/report/numbers';

describe('words that are Object.prototype keys', () => {
  for (const word of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
    it(`'5 ${word}': scale 1, no scale word, nothing read from Object.prototype`, () => {
      const r = parseVietnameseNumber(`5 ${word}`);
      if (word === '__proto__') {
        // Not unit text (it starts with no letter): the whole string is not a number.
        expect(r).toBeNull();
      } else {
        expect(r?.scale).toBe(1);
        expect(r?.scaleWord).toBeNull();
        expect(r?.value).toBe('5');
        expect(r?.unit).toBe(word);
      }
      for (const f of findNumbers(`có 5 ${word} và 7 triệu ${word}`)) {
        expect(typeof f.scale).toBe('number');
      }
    });
  }
});

describe('long inputs', () => {
  it('"1," + 100 000 zeros + "1" is 1.000…01 (comma as the decimal mark)', () => {
    const zeros = '0'.repeat(100_000);
    const r = parseVietnameseNumber(`1,${zeros}1`);
    expect(r?.value).toBe(`1.${zeros}1`);
    expect(r?.decimals).toBe(100_001);
  });

  it('blanks of every kind, many of them, collapse to one space', () => {
    const r = parseVietnameseNumber(`  5${' \t\n\u00a0'.repeat(50_000)}hộ  `);
    expect(r?.value).toBe('5');
    expect(r?.unit).toBe('hộ');
  });

  it('foldHeader of a very long header cell', () => {
    expect(foldHeader('Mã Hồ Sơ; '.repeat(20_000))).toBe(Array(20_000).fill('ma ho so').join(' '));
  });
});

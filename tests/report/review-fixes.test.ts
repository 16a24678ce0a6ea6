import { describe, expect, it } from 'vitest';
import { parseVietnameseNumber } from '../../src/report/index';

describe('number parsing after review', () => {
  it('reads the tilde operator (U+223C) and the fullwidth tilde as "about"', () => {
    for (const t of ['∼1.300', '～1.300']) {
      const r = parseVietnameseNumber(t);
      expect(r, t).not.toBeNull();
      expect(r!.approximate, t).toBe(true);
    }
  });
  it('rejects a percent in the denominator of a fraction, as in the numerator', () => {
    expect(parseVietnameseNumber('1/2%')).toBeNull();
    expect(parseVietnameseNumber('1%/2')).toBeNull();
  });
});

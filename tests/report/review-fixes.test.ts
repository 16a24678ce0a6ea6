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

describe('a printed rate that fits no total', () => {
  it('is reported as such, not as two ranges 0 apart', async () => {
    const { auditReport } = await import('../../src/report/index');
    // 1 household at 12%: 1/8 = 12,5% rounds to 13%, 1/9 = 11,1% to 11%; no whole total gives 12%.
    const findings = auditReport({
      households: {
        poor: 1,
        nearPoor: 1,
        poorRate: { text: '12%', value: '12', decimals: 0 },
        nearPoorRate: { text: '50%', value: '50', decimals: 0 },
      },
    });
    const f = findings.find((x) => x.code === 'vn.report.rate_fits_no_total');
    expect(f).toBeDefined();
    expect(f!.messages.vi).toContain('12%');
    expect(f!.messages.en).toContain('fits no whole total');
    expect(findings.some((x) => x.code === 'vn.report.denominator_mismatch')).toBe(false);
  });
});

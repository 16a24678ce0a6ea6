import { describe, expect, it } from 'vitest';
import { customPovertyStandard, POVERTY_STANDARDS, povertyStandardFor } from '../../src/household/index';

describe('poverty standards by period', () => {
  it('picks the standard in force on each boundary date', () => {
    expect(povertyStandardFor('2016-01-01').id).toBe('qd-59-2015');
    expect(povertyStandardFor('2020-12-31').id).toBe('qd-59-2015');
    expect(povertyStandardFor('2021-01-01').id).toBe('qd-59-2015-2021');
    expect(povertyStandardFor('2021-12-31').id).toBe('qd-59-2015-2021');
    expect(povertyStandardFor('2022-01-01').id).toBe('nd-07-2021');
    expect(povertyStandardFor('2025-12-31').id).toBe('nd-07-2021');
    expect(povertyStandardFor('2026-01-01').id).toBe('nd-07-2021-2026');
    expect(povertyStandardFor('2026-12-31').id).toBe('nd-07-2021-2026');
    expect(povertyStandardFor('2027-01-01').id).toBe('nd-351-2025');
    expect(povertyStandardFor('2030-12-31').id).toBe('nd-351-2025');
  });

  it('carries the income lines of the notes (§4.1)', () => {
    const s2016 = povertyStandardFor('2018-05-05').incomeLines;
    expect(s2016.rural).toEqual({ poverty: 700_000, nearPoverty: 1_000_000, averageLivingStandard: null });
    expect(s2016.urban).toEqual({ poverty: 900_000, nearPoverty: 1_300_000, averageLivingStandard: null });
    const s2022 = povertyStandardFor('2023-01-01').incomeLines;
    expect(s2022.rural).toEqual({
      poverty: 1_500_000,
      nearPoverty: 1_500_000,
      averageLivingStandard: 2_250_000,
    });
    expect(s2022.urban).toEqual({
      poverty: 2_000_000,
      nearPoverty: 2_000_000,
      averageLivingStandard: 3_000_000,
    });
    expect(povertyStandardFor('2026-06-01').incomeLines).toEqual(
      povertyStandardFor('2023-01-01').incomeLines,
    );
    const s2027 = povertyStandardFor('2028-03-01');
    expect(s2027.incomeLines.rural).toEqual({
      poverty: 2_200_000,
      nearPoverty: 2_200_000,
      averageLivingStandard: null,
    });
    expect(s2027.incomeLines.urban).toEqual({
      poverty: 2_800_000,
      nearPoverty: 2_800_000,
      averageLivingStandard: null,
    });
    expect(s2027.scoring).toBeNull();
    expect(s2027.unverified).toContain('incomeLines.rural.averageLivingStandard');
  });

  it('gives every standard a legal basis, contiguous dates and 3 as the deprivation cut-off', () => {
    for (const s of POVERTY_STANDARDS) {
      expect(s.legalBasis.length).toBeGreaterThan(0);
      expect(s.deprivationCutoff).toBe(3);
      expect(s.effectiveFrom <= s.effectiveTo).toBe(true);
    }
    expect(POVERTY_STANDARDS.find((s) => s.id === 'nd-07-2021-2026')!.legalBasis[0]).toMatch(/351\/2025/);
    expect(POVERTY_STANDARDS.find((s) => s.id === 'nd-07-2021')!.scoring?.lines).toEqual({
      rural: { poverty: 140, nearPoverty: 140 },
      urban: { poverty: 175, nearPoverty: 175 },
    });
  });

  it('throws a clear RangeError outside 2016–2030 or for a non-date', () => {
    expect(() => povertyStandardFor('2015-12-31')).toThrow(
      /\[commune-kpi\] no poverty standard is in force on 2015-12-31/,
    );
    expect(() => povertyStandardFor('2031-01-01')).toThrow(RangeError);
    expect(() => povertyStandardFor('2026-02-30')).toThrow(/real date/);
  });

  it('lets a province set a higher standard that wins when listed first', () => {
    const base = povertyStandardFor('2024-01-01');
    const local = customPovertyStandard(base, {
      province: 'Tỉnh X',
      legalBasis: 'Nghị quyết của HĐND tỉnh X (ví dụ)',
      incomeLines: { rural: { poverty: 1_700_000 } },
    });
    expect(local.id).toBe('nd-07-2021+Tỉnh X');
    expect(local.incomeLines.rural).toEqual({
      poverty: 1_700_000,
      nearPoverty: 1_700_000,
      averageLivingStandard: 2_250_000,
    });
    expect(local.incomeLines.urban).toEqual(base.incomeLines.urban);
    expect(local.legalBasis[0]).toBe('Nghị quyết của HĐND tỉnh X (ví dụ)');
    expect(povertyStandardFor('2024-05-05', { standards: [local, ...POVERTY_STANDARDS] }).id).toBe(local.id);
    expect(() =>
      customPovertyStandard(base, { legalBasis: 'x', incomeLines: { urban: { poverty: 1_900_000 } } }),
    ).toThrow(/cannot be lower/);
    expect(() => customPovertyStandard(base, { legalBasis: ' ' })).toThrow(/legal basis/);
  });

  it('completes the 2027–2030 standard with caller-supplied average lines', () => {
    const s = customPovertyStandard(povertyStandardFor('2027-06-01'), {
      legalBasis: 'caller-verified',
      incomeLines: {
        rural: { averageLivingStandard: 3_300_000 },
        urban: { averageLivingStandard: 4_200_000 },
      },
    });
    expect(s.incomeLines.rural.averageLivingStandard).toBe(3_300_000);
    expect(s.unverified).toEqual(['indicators', 'dimensions', 'scoring']);
  });
});

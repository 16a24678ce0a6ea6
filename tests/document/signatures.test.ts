import { describe, expect, it } from 'vitest';
import { customPeriod } from '../../src/core/index';
import {
  type DigitalSignatureCertificate,
  isCertificateValidOn,
  signatureInventory,
  signatureInventoryByMonth,
  signatureInventoryOverPeriod,
} from '../../src/document/index';

// "07 chữ ký số (gồm: 01 chữ ký số cơ quan và 6 chữ ký số cá nhân)" at June 2023, plus one expired
// and one revoked personal certificate.
const certs: DigitalSignatureCertificate[] = [
  { kind: 'agency', holder: 'UBND xã Phổ Phong', validFrom: '2021-03-01', validTo: '2026-02-28' },
  ...[1, 2, 3, 4, 5, 6].map(
    (i): DigitalSignatureCertificate => ({
      kind: 'personal',
      holder: `Cán bộ ${i}`,
      validFrom: '2022-01-10',
      validTo: '2025-01-09',
    }),
  ),
  { kind: 'personal', holder: 'Cán bộ cũ', validFrom: '2020-01-01', validTo: '2023-03-31' },
  {
    kind: 'personal',
    holder: 'Chuyển công tác',
    validFrom: '2022-01-10',
    validTo: '2025-01-09',
    revokedOn: '2023-05-15',
  },
];

describe('digital-signature inventory', () => {
  it('validity includes both ends and excludes the revocation day', () => {
    const c = certs[8]!;
    expect(isCertificateValidOn(c, '2022-01-10')).toBe(true);
    expect(isCertificateValidOn(c, '2023-05-14')).toBe(true);
    expect(isCertificateValidOn(c, '2023-05-15')).toBe(false);
    expect(isCertificateValidOn(certs[7]!, '2023-03-31')).toBe(true);
    expect(isCertificateValidOn(certs[7]!, '2023-04-01')).toBe(false);
  });

  it('at 14/06/2023: 1 agency + 6 personal of 9 issued', () => {
    expect(signatureInventory(certs, '2023-06-14')).toEqual({
      asOf: '2023-06-14',
      agency: 1,
      personal: 6,
      total: 7,
      issued: 9,
      validShare: { numerator: 7, denominator: 9, value: 7 / 9 },
    });
    expect(signatureInventory(certs, '2021-01-01').validShare).toEqual({
      numerator: 1,
      denominator: 1,
      value: 1,
    });
    expect(signatureInventory([], '2021-01-01').validShare.value).toBeNull();
  });

  it('over the period 21/01/2022–14/06/2023', () => {
    const r = signatureInventoryOverPeriod(certs, customPeriod('2022-01-21', '2023-06-14'));
    expect(r.atEnd.total).toBe(7);
    expect(r.validDuring).toEqual({ agency: 1, personal: 8 });
    expect(r.issuedDuring).toBe(0);
    expect(r.endedDuring).toBe(2);
  });

  it('by month, at each month end', () => {
    const m = signatureInventoryByMonth(certs, customPeriod('2023-02-15', '2023-05-20'));
    expect(m.map((x) => [x.asOf, x.agency, x.personal])).toEqual([
      ['2023-02-28', 1, 8],
      ['2023-03-31', 1, 8],
      ['2023-04-30', 1, 7],
      ['2023-05-20', 1, 6],
    ]);
  });

  it('rejects a date that does not exist', () => {
    expect(() => signatureInventory(certs, '2023-02-31')).toThrow(/\[commune-kpi\]/);
  });
});

import { rangeError, show } from '../_lib/errors';
import { addDays, daysInMonth, isLocalDate, type LocalDate } from '../core/localDate';
import type { ReportingPeriod } from '../core/period';
import { type Ratio, ratio } from '../core/ratio';
import type { DigitalSignatureCertificate } from './schema';

/**
 * Digital signatures valid at a date (số chữ ký số còn hiệu lực), split into the agency's and
 * personal ones, as a commune reports "07 chữ ký số (gồm 01 chữ ký số cơ quan và 6 chữ ký số cá
 * nhân)". Counts are integers and add up across communes.
 */
export interface SignatureInventory {
  /** The date counted at. */
  readonly asOf: LocalDate;
  /** Valid agency certificates (chữ ký số cơ quan). */
  readonly agency: number;
  /** Valid personal certificates (chữ ký số cá nhân). */
  readonly personal: number;
  /** `agency + personal`. */
  readonly total: number;
  /** Certificates issued on or before `asOf` (valid, expired or revoked). */
  readonly issued: number;
  /** Share still valid: `total / issued`. */
  readonly validShare: Ratio;
}

/**
 * Whether a certificate is valid on a date: `validFrom ≤ date ≤ validTo` and not revoked on or
 * before the date.
 *
 * @param cert - A certificate.
 * @param date - The date.
 * @returns `true` when valid.
 * @throws never.
 * @example
 * isCertificateValidOn({ kind: 'personal', holder: 'A', validFrom: '2022-01-01', validTo: '2024-12-31' }, '2024-12-31') // => true
 */
export function isCertificateValidOn(cert: DigitalSignatureCertificate, date: LocalDate): boolean {
  if (cert.validFrom > date || cert.validTo < date) return false;
  return cert.revokedOn === undefined || cert.revokedOn > date;
}

/**
 * Count digital-signature certificates valid at a date (kiểm kê chữ ký số còn hiệu lực).
 *
 * Legal basis: Nghị định 30/2020/NĐ-CP, Phụ lục I (chữ ký số của cơ quan và của người có thẩm
 * quyền); Thông tư 41/2017/TT-BTTTT.
 *
 * @param certs - Parsed certificates.
 * @param asOf - The date (an argument; the package never reads the clock).
 * @returns The inventory.
 * @throws RangeError if `asOf` is not a real `YYYY-MM-DD` date.
 * @example
 * const certs = [
 *   { kind: 'agency', holder: 'UBND xã Phổ Phong', validFrom: '2021-03-01', validTo: '2026-03-01' },
 *   { kind: 'personal', holder: 'Nguyễn Văn An', validFrom: '2022-01-10', validTo: '2025-01-09' },
 *   { kind: 'personal', holder: 'Trần Thị Bình', validFrom: '2020-05-04', validTo: '2023-05-03' },
 * ] as const;
 * signatureInventory(certs, '2023-06-14')
 * // => { asOf: '2023-06-14', agency: 1, personal: 1, total: 2, issued: 3,
 * //      validShare: { numerator: 2, denominator: 3, … } } (Trần Thị Bình's expired on 03/05/2023)
 */
export function signatureInventory(
  certs: Iterable<DigitalSignatureCertificate>,
  asOf: LocalDate,
): SignatureInventory {
  if (!isLocalDate(asOf)) rangeError(`asOf must be a real date YYYY-MM-DD, got ${show(asOf)}.`);
  let agency = 0;
  let personal = 0;
  let issued = 0;
  for (const c of certs) {
    if (c.validFrom > asOf) continue;
    issued++;
    if (isCertificateValidOn(c, asOf)) {
      if (c.kind === 'agency') agency++;
      else personal++;
    }
  }
  return {
    asOf,
    agency,
    personal,
    total: agency + personal,
    issued,
    validShare: ratio(agency + personal, issued),
  };
}

/** Last day a certificate is valid: the day before revocation, or its expiry; `null` if unreadable. */
function lastValidDay(c: DigitalSignatureCertificate): LocalDate | null {
  if (!isLocalDate(c.validTo)) return null;
  if (c.revokedOn !== undefined && isLocalDate(c.revokedOn) && c.revokedOn <= c.validTo)
    return addDays(c.revokedOn, -1);
  return c.validTo;
}

/** Counts of certificates by kind. */
export interface SignatureCounts {
  /** Agency certificates (chữ ký số cơ quan). */
  readonly agency: number;
  /** Personal certificates (chữ ký số cá nhân). */
  readonly personal: number;
}

/** Digital signatures over a reporting period. */
export interface SignaturePeriodInventory {
  /** The period. */
  readonly period: ReportingPeriod;
  /** Valid at the last day of the period. */
  readonly atEnd: SignatureInventory;
  /** Valid on at least one day of the period, by kind. */
  readonly validDuring: SignatureCounts;
  /** Certificates whose validity began in the period. */
  readonly issuedDuring: number;
  /** Certificates valid during the period but no longer at its end (expired or revoked in it). */
  readonly endedDuring: number;
}

/**
 * Digital signatures over a period (chữ ký số trong kỳ): valid at its end, valid at some time in
 * it, begun and ended in it.
 *
 * Legal basis: Nghị định 30/2020/NĐ-CP, Phụ lục I; Thông tư 41/2017/TT-BTTTT.
 *
 * @param certs - Parsed certificates.
 * @param period - A core {@link ReportingPeriod}.
 * @returns The inventory of the period.
 * @throws RangeError if the period's end is not a real date.
 * @example
 * const certs = [
 *   { kind: 'agency', holder: 'UBND xã Phổ Phong', validFrom: '2021-03-01', validTo: '2026-03-01' },
 *   { kind: 'personal', holder: 'Nguyễn Văn An', validFrom: '2022-01-10', validTo: '2025-01-09' },
 *   { kind: 'personal', holder: 'Trần Thị Bình', validFrom: '2020-05-04', validTo: '2023-05-03' },
 * ] as const;
 * const p = signatureInventoryOverPeriod(certs, customPeriod('2023-01-01', '2023-06-14'));
 * p.atEnd.total // => 2
 * p.validDuring // => { agency: 1, personal: 2 } (valid on at least one day of the period)
 * p.endedDuring // => 1 (Trần Thị Bình's, on 03/05/2023)
 */
export function signatureInventoryOverPeriod(
  certs: Iterable<DigitalSignatureCertificate>,
  period: ReportingPeriod,
): SignaturePeriodInventory {
  const list = [...certs];
  let agency = 0;
  let personal = 0;
  let issuedDuring = 0;
  let endedDuring = 0;
  for (const c of list) {
    const last = lastValidDay(c);
    if (last === null || c.validFrom > last) continue;
    if (c.validFrom <= period.end && last >= period.start) {
      if (c.kind === 'agency') agency++;
      else personal++;
      if (last < period.end) endedDuring++;
    }
    if (c.validFrom >= period.start && c.validFrom <= period.end) issuedDuring++;
  }
  return {
    period,
    atEnd: signatureInventory(list, period.end),
    validDuring: { agency, personal },
    issuedDuring,
    endedDuring,
  };
}

/**
 * Signatures valid at the end of each calendar month of a period (theo tháng): the last day of
 * the month, or the period's end for its last month.
 *
 * @param certs - Parsed certificates.
 * @param period - A core {@link ReportingPeriod}.
 * @returns One inventory per month, in order.
 * @throws RangeError if the period's dates are not real dates.
 * @example
 * const certs = [
 *   { kind: 'agency', holder: 'UBND xã Phổ Phong', validFrom: '2021-03-01', validTo: '2026-03-01' },
 *   { kind: 'personal', holder: 'Nguyễn Văn An', validFrom: '2022-01-10', validTo: '2025-01-09' },
 *   { kind: 'personal', holder: 'Trần Thị Bình', validFrom: '2020-05-04', validTo: '2023-05-03' },
 * ] as const;
 * signatureInventoryByMonth(certs, customPeriod('2023-04-01', '2023-06-10')).map((m) => [m.asOf, m.total])
 * // => [['2023-04-30', 3], ['2023-05-31', 2], ['2023-06-10', 2]]
 */
export function signatureInventoryByMonth(
  certs: Iterable<DigitalSignatureCertificate>,
  period: ReportingPeriod,
): SignatureInventory[] {
  if (!isLocalDate(period.start) || !isLocalDate(period.end)) {
    rangeError(`period must have real dates, got ${show(period.start)}–${show(period.end)}.`);
  }
  const list = [...certs];
  const out: SignatureInventory[] = [];
  let y = Number(period.start.slice(0, 4));
  let m = Number(period.start.slice(5, 7));
  for (;;) {
    const last = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
    const asOf = last < period.end ? last : period.end;
    out.push(signatureInventory(list, asOf));
    if (asOf === period.end) break;
    m++;
    if (m === 13) {
      m = 1;
      y++;
    }
  }
  return out;
}

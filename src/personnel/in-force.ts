import { rangeError, show } from '../_lib/errors';
import type { LocalDate } from '../core/localDate';
import type { CommuneOfficeCode, CommuneOfficeList, CommuneUnitProfile, OfficeUnitClass } from './offices';
import type { StaffPositionDef } from './positions';

// Lookups over the position and office lists the caller passes in. No table lives here, so the
// roster schema can use them without importing the built-in lists (which enter it as arguments).

/** @internal The last day a post exists, with its extension when applied. */
export function positionValidTo(p: StaffPositionDef, applyExtensions: boolean): LocalDate | undefined {
  return applyExtensions && p.extension !== undefined ? p.extension.validTo : p.validTo;
}

/**
 * The class of a unit for its offices (loại đơn vị theo phòng chuyên môn).
 *
 * @param profile - Kind and, for a đặc khu, the infrastructure-office flag.
 * @returns `xa`, `phuong`, `dac_khu` or `dac_khu_ht_do_thi`.
 * @throws RangeError for `thi_tran` (thị trấn ended with the reform) or an unknown kind.
 * @example
 * officeUnitClass({ kind: 'dac_khu' })                              // => 'dac_khu'
 * officeUnitClass({ kind: 'dac_khu', infrastructureOffice: true })  // => 'dac_khu_ht_do_thi'
 */
export function officeUnitClass(profile: CommuneUnitProfile): OfficeUnitClass {
  switch (profile?.kind) {
    case 'xa':
      return 'xa';
    case 'phuong':
      return 'phuong';
    case 'dac_khu':
      return profile.infrastructureOffice === true ? 'dac_khu_ht_do_thi' : 'dac_khu';
    case 'thi_tran':
      return rangeError('thị trấn were abolished by the two-tier reform (01/07/2025): it has no offices.');
    default:
      return rangeError(`kind must be 'xa', 'phuong' or 'dac_khu', got ${show(profile?.kind)}.`);
  }
}

/** @internal The office list in force on a date, or `undefined`. */
export function officeListInForce(
  date: LocalDate,
  lists: readonly CommuneOfficeList[],
): CommuneOfficeList | undefined {
  for (const l of lists)
    if (date >= l.effectiveFrom && (l.effectiveTo === undefined || date <= l.effectiveTo)) return l;
  return undefined;
}

/**
 * @internal Whether a unit has an office on a date: `true`, `false`, or `undefined` when no list
 * covers the date or the list does not know the office (then nothing is decided).
 */
export function unitHasOffice(
  office: CommuneOfficeCode,
  profile: CommuneUnitProfile,
  date: LocalDate,
  lists: readonly CommuneOfficeList[],
): boolean | undefined {
  const k = profile.kind;
  if (k !== 'xa' && k !== 'phuong' && k !== 'dac_khu') return undefined;
  const list = officeListInForce(date, lists);
  const def = list?.offices.find((o) => o.code === office);
  if (def === undefined) return undefined;
  return def.units.includes(officeUnitClass(profile));
}

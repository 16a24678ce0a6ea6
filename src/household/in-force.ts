import type { LocalDate } from '../core/localDate';
import { DEPRIVATION_INDICATORS, type DeprivationIndicator } from './indicators';
import type { PovertyStandard } from './standards';

// Lookups over a list of standards the caller passes in. No table lives here, so the schema can
// use them without importing the national standards (which enter it as an argument).

/**
 * @internal The indicators of a standard; a standard object built by hand before standards carried
 * their list (no `indicators` array) has the 12 of Nghị định 07/2021/NĐ-CP, as it did then.
 */
export function indicatorsOf(s: PovertyStandard): readonly DeprivationIndicator[] {
  return Array.isArray(s.indicators) ? s.indicators : DEPRIVATION_INDICATORS;
}

/** @internal The standard in force on a date among `standards` (first match), or `undefined`. */
export function standardInForce(
  date: LocalDate,
  standards: readonly PovertyStandard[],
): PovertyStandard | undefined {
  for (const s of standards) if (date >= s.effectiveFrom && date <= s.effectiveTo) return s;
  return undefined;
}

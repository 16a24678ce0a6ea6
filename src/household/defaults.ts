import { createHouseholdSchema, type HouseholdSchemaOptions } from './schema';
import { POVERTY_STANDARDS } from './standards';

// The defaults of the household domain: the only module that hands the national tables to the
// schema factory. The schema itself (./schema) imports no regulation table.

/**
 * The rules {@link HouseholdSchema} is built with: the national poverty standards
 * (`POVERTY_STANDARDS`). Extend them rather than replace them to keep the national periods, e.g.
 * `createHouseholdSchema({ standards: [myStandard, ...DEFAULT_HOUSEHOLD_SCHEMA_OPTIONS.standards] })`.
 *
 * @example
 * DEFAULT_HOUSEHOLD_SCHEMA_OPTIONS.standards.length // => 5
 * Object.isFrozen(DEFAULT_HOUSEHOLD_SCHEMA_OPTIONS) // => true
 */
export const DEFAULT_HOUSEHOLD_SCHEMA_OPTIONS: HouseholdSchemaOptions = /* @__PURE__ */ Object.freeze({
  standards: POVERTY_STANDARDS,
});

/**
 * A household in a poverty review (hộ gia đình trong rà soát hộ nghèo, hộ cận nghèo), checked
 * against the national standards ({@link DEFAULT_HOUSEHOLD_SCHEMA_OPTIONS}): see {@link createHouseholdSchema} for the cross-field rules.
 * With a review date, the listed indicators must belong to the standard in force that day: a 2024
 * household listing `waste-treatment` is rejected with `vn.household.indicator_not_in_standard`,
 * a 2027 one is accepted.
 *
 * Legal basis: Nghị định 07/2021/NĐ-CP; Nghị định 351/2025/NĐ-CP; Thông tư 07/2021/TT-BLĐTBXH (Phiếu A, B).
 *
 * @example
 * HouseholdSchema.parse({ code: 'H01', area: 'rural', incomePerPerson: 1_500_000,
 *   deprivations: ['health-insurance', 'sanitation', 'housing-area'] }).deprivations?.length // => 3
 * HouseholdSchema.safeParse({ code: 'H02', area: 'rural', incomePerPerson: 1_000_000,
 *   reviewDate: '2024-10-10', deprivations: ['waste-treatment'] }).success // => false
 */
export const HouseholdSchema = /* @__PURE__ */ createHouseholdSchema(DEFAULT_HOUSEHOLD_SCHEMA_OPTIONS);

/** The type of a schema built by {@link createHouseholdSchema}: the type of {@link HouseholdSchema}. */
export type HouseholdSchemaType = typeof HouseholdSchema;

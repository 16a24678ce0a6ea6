/**
 * Commune personnel (cán bộ, công chức, người hoạt động không chuyên trách): roster schemas with
 * versioned position lists (Nghị định 33/2023/NĐ-CP to 30/06/2025, Nghị định 150/2025/NĐ-CP from
 * 01/07/2025), headcounts and qualification mix at a date, movements within a period, staffing
 * against quotas across the 2025 reform, and batch parsing with Vietnamese messages.
 *
 * @module personnel
 */
export {
  ETHNICITIES,
  ethnicityCode,
  POLITICAL_THEORY_LABELS,
  POLITICAL_THEORY_LEVELS,
  type PoliticalTheoryLevel,
  politicalTheoryLevel,
  QUALIFICATION_LABELS,
  QUALIFICATION_LEVELS,
  type QualificationLevel,
  qualificationAtLeast,
  qualificationLevel,
  SEXES,
  type Sex,
  STAFF_CATEGORIES,
  STAFF_CATEGORY_LABELS,
  type StaffCategory,
  sexCode,
} from './codes';
export {
  ageBandLabel,
  ageOn,
  type CountHeadcountOptions,
  countHeadcount,
  DEFAULT_AGE_BANDS,
  emptyHeadcount,
  HEADCOUNT_BREAKDOWNS,
  type HeadcountBreakdown,
  type HeadcountShares,
  type HeadcountTally,
  headcountShares,
  mergeHeadcounts,
  type PersonnelMovement,
  type PersonnelMovements,
  personnelMovements,
  primaryAssignment,
  UNIVERSITY_OR_HIGHER,
  universityShare,
} from './headcount';
export { PERSONNEL_MESSAGES } from './messages';
export { type ParsePersonnelOptions, parsePersonnel } from './parse';
export {
  DECREE_33_2023_POSITIONS,
  DECREE_150_2025_POSITIONS,
  findPosition,
  PERSONNEL_POSITION_LISTS,
  type PositionDef,
  type PositionList,
  type PositionLookup,
  type PositionSector,
  type UnitKind,
} from './positions';
export {
  type CommuneClass,
  type CommuneProfile,
  type CommuneQuota,
  type CommuneQuotaOptions,
  communeQuota,
  DECREE_33_2023_QUOTAS,
  type Decree33QuotaRule,
  PROVISIONAL_COMMUNE_FRAME_2025,
  type QuotaFigure,
  type QuotaRule,
  type QuotaStatus,
  quotaStatus,
  type StaffingAgainstQuota,
  type StaffingFrameRule,
  type StaffingLine,
  staffingAgainstQuota,
} from './quota';
export {
  type Assignment,
  createRosterEntrySchema,
  MOVEMENT_REASONS,
  type MovementReason,
  type RosterEntry,
  RosterEntrySchema,
  type RosterSchemaOptions,
} from './schema';
export { lackingQualification, type QualificationGap, type QualificationRequirement } from './standard';

/**
 * Commune personnel (cán bộ, công chức, người hoạt động không chuyên trách): roster schemas with
 * versioned position lists (Nghị định 33/2023/NĐ-CP to 30/06/2025, Nghị định 150/2025/NĐ-CP from
 * 01/07/2025), the offices of each commune kind after the reform, headcounts and qualification mix
 * at a date, movements within a period, staffing against quotas across the 2025 reform, and batch
 * parsing with Vietnamese messages.
 *
 * @module personnel
 */
export {
  ETHNIC_GROUPS,
  ethnicGroupCode,
  POLITICAL_THEORY_LABELS,
  POLITICAL_THEORY_LEVELS,
  type PoliticalTheoryLevel,
  politicalTheoryLevel,
  QUALIFICATION_LABELS,
  QUALIFICATION_LEVELS,
  type QualificationLevel,
  qualificationAtLeast,
  qualificationLevel,
  STAFF_CATEGORIES,
  STAFF_CATEGORY_LABELS,
  STAFF_SEXES,
  type StaffCategory,
  type StaffSex,
  staffSexCode,
} from './codes';
export { DEFAULT_ROSTER_SCHEMA_OPTIONS, RosterEntrySchema } from './defaults';
export {
  type CountHeadcountOptions,
  countHeadcount,
  emptyHeadcount,
  emptyHeadcountTally,
  HEADCOUNT_BREAKDOWNS,
  HEADCOUNT_GROUP_DIMENSION_LABELS,
  HEADCOUNT_GROUP_DIMENSIONS,
  HEADCOUNT_TALLY,
  HEADCOUNT_TALLY_LABELS,
  type HeadcountBreakdown,
  type HeadcountGroupDimension,
  type HeadcountShares,
  type HeadcountTally,
  type HeadcountTallyContext,
  headcountShares,
  mergeHeadcounts,
  mergeHeadcountTallies,
  type PersonnelMovement,
  type PersonnelMovements,
  personnelMovements,
  primaryAssignment,
  STAFF_AGE_BANDS,
  staffAgeBand,
  staffAgeOn,
  UNIVERSITY_OR_HIGHER,
  universityShare,
} from './headcount';
export { PERSONNEL_MESSAGES, type PersonnelIssue } from './messages';
export {
  COMMUNE_OFFICE_LISTS,
  type CommuneOfficeCode,
  type CommuneOfficeDef,
  type CommuneOfficeList,
  type CommuneUnitProfile,
  communeOffices,
  DECREE_150_2025_OFFICES,
  type OfficeUnitClass,
  officeUnitClass,
} from './offices';
export { type ParsePersonnelOptions, parsePersonnel } from './parse';
export {
  type CommuneKind,
  DECREE_33_2023_POSITIONS,
  DECREE_150_2025_POSITIONS,
  type FindStaffPositionOptions,
  findStaffPosition,
  PERSONNEL_POSITION_LISTS,
  type StaffPositionDef,
  type StaffPositionExtension,
  type StaffPositionList,
  type StaffPositionLookup,
  type StaffPositionSector,
} from './positions';
export {
  type CommuneClass,
  type CommuneStaffingProfile,
  type CommuneStaffingQuota,
  type CommuneStaffingQuotaOptions,
  communeStaffingQuota,
  DECREE_33_2023_QUOTAS,
  type Decree33QuotaRule,
  PROVISIONAL_COMMUNE_FRAME_2025,
  type StaffingAgainstQuota,
  type StaffingFrameRule,
  type StaffingLine,
  type StaffingQuotaFigure,
  type StaffingQuotaRule,
  type StaffingQuotaStatus,
  staffingAgainstQuota,
  staffingQuotaStatus,
  type VillageStaffing,
} from './quota';
export {
  ASSIGNMENT_REASONS,
  type AssignmentReason,
  createRosterEntrySchema,
  type RosterEntry,
  type RosterEntryInput,
  type RosterEntrySchemaOptions,
  type RosterSchemaOptions,
  type StaffAssignment,
} from './schema';
export {
  lackingQualification,
  QUALIFICATION_STANDARD_BASES,
  type QualificationGap,
  type QualificationRequirement,
  type QualificationStandardBasis,
  qualificationStandardBasis,
} from './standard';

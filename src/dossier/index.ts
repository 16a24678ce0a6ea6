/**
 * Administrative-procedure dossiers (hồ sơ thủ tục hành chính): the schema lined up with the
 * national portal's sync fields, classification against a reporting period, mergeable tallies
 * with the columns of the one-stop report, every on-time rate variant in use, the one-stop legal
 * basis by date of receipt (NĐ 61/2018 until 30/06/2025, NĐ 118/2025 after), and the re-keying of
 * tallies to the communes formed on 01/07/2025.
 *
 * @module dossier
 */

export {
  DossierTallyAccumulator,
  type DossierTallyAccumulatorOptions,
} from './accumulator';
export {
  type CiteOneStopBasisOptions,
  citeOneStopBasis,
  ONE_STOP_BASES,
  type OneStopAct,
  type OneStopBasis,
  type OneStopForms,
  type OneStopRules,
  oneStopBasisOn,
} from './basis';
export {
  type ClassifyDossierOptions,
  classifyDossier,
  type DossierClassification,
  type EndState,
  type ReappointmentRule,
  type ReceivedBucket,
} from './classify';
export {
  CHANNEL_CODES,
  channelFromCode,
  DOSSIER_CHANNELS,
  DOSSIER_OUTCOMES,
  DOSSIER_STATUSES,
  type DossierChannel,
  type DossierOutcome,
  type DossierStatus,
  STATUS_CODES,
  STATUS_LABELS_VI,
  statusFromCode,
} from './codes';
export { DOSSIER_FIELD_LABELS, DOSSIER_MESSAGES, type DossierIssue } from './messages';
export { type ParseDossiersOptions, parseDossiers } from './parse';
export {
  type DossierRates,
  dossierRates,
  lateRateWorkload,
  lateShare,
  onlineShare,
  onTimeRateCompleted,
  onTimeRateDue,
  onTimeRateRealtime,
  onTimeRateReceived,
  onTimeRateWorkload,
} from './rates';
export {
  type DerivedDossierStatus,
  DOSSIER_RULE_CODES,
  type DossierRuleCode,
  type DossierRuleFacts,
  deriveDossierStatus,
  endWithoutResultDate,
  firstBrokenDossierRule,
  outcomeOfStatus,
  visitBrokenDossierRules,
} from './rules';
export { type Dossier, type DossierInput, DossierSchema, type Supplement, SupplementSchema } from './schema';
export {
  compactToIso,
  type FromNationalSyncOptions,
  fromNationalSync,
  type NationalSyncDossier,
  NationalSyncDossierSchema,
  NationalSyncToDossierSchema,
} from './sync';
export {
  checkDossierIdentities,
  DOSSIER_IDENTITIES,
  DOSSIER_TALLY_FIELDS,
  type DossierFigures,
  type DossierFiguresField,
  DossierFiguresSchema,
  type DossierGroup,
  type DossierGroupDimension,
  type DossierIdentity,
  type DossierTally,
  type DossierTallyField,
  DossierTallySchema,
  emptyDossierTally,
  type IdentityViolation,
  mergeTallies,
  type TallyDossiersByOptions,
  tallyDossiers,
  tallyDossiersBy,
} from './tally';
export {
  type RekeyDossierGroupsOptions,
  type RekeyDossierGroupsResult,
  rekeyDossierGroups,
  splitDossierTally,
  type UnmappableDossierGroup,
} from './units';

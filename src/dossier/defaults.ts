import { ONE_STOP_BASES } from './basis';
import { createDossierSchema, type DossierSchemaOptions } from './schema';
import { createNationalSyncToDossierSchema } from './sync';

// The defaults of the dossier domain: the only module that hands the national one-stop table to
// the schema factories. The schema itself (./schema) imports no regulation table.

/**
 * The rules {@link DossierSchema} is built with: the national one-stop table (`ONE_STOP_BASES`).
 *
 * @example
 * DEFAULT_DOSSIER_SCHEMA_OPTIONS.bases.map((b) => b.id) // => ['nd-61-2018', 'nd-118-2025']
 */
export const DEFAULT_DOSSIER_SCHEMA_OPTIONS: DossierSchemaOptions = /* @__PURE__ */ Object.freeze({
  bases: ONE_STOP_BASES,
});

/**
 * An administrative-procedure dossier (hồ sơ thủ tục hành chính) as this package reads it, lined
 * up with the national portal's sync fields (`MaHoSo`, `MaTTHC`, `MaLinhVuc`, `KenhThucHien`,
 * `TrangThaiHoSo`, `NgayTiepNhan`, `NgayHenTra`, `NgayKetThucXuLy`, `NgayTra`); use
 * {@link fromNationalSync} to map a sync record in.
 *
 * Dates are `YYYY-MM-DD`; `receivedAt`, `finishedAt`, `returnedAt`, `outcomeAt` and supplement
 * times may also be ISO timestamps (their Vietnamese date is used). `dueDate` is the appointment
 * date on the receipt slip (ngày hẹn trả: Mẫu 01 of Thông tư 01/2018/TT-VPCP for dossiers received
 * until 30/06/2025, Mẫu số 01 Phụ lục I of Thông tư 03/2025/TT-VPCP after; see
 * {@link ONE_STOP_BASES}); for a procedure resolved on the spot use the receipt date, and derive a
 * missing one from the procedure's time limit with `commune-kpi/calendar`. `procedureCode` (MaTTHC)
 * is optional: no indicator needs it, and many one-stop exports and hand-kept books have none.
 *
 * `unit` is the unit the dossier is reported under. From 01/07/2025 a dossier may be received at
 * a public administrative service centre other than the competent body's ("không phụ thuộc vào
 * địa giới hành chính trong phạm vi cấp tỉnh", NĐ 118/2025/NĐ-CP), so the optional
 * `receivingUnit` (where it was received) and `handlingUnit` (who resolves it) can differ; reports
 * group by either (`tallyDossiersBy` dimensions `receivingUnit`, `handlingUnit`, each falling back
 * to `unit`).
 *
 * Cross-field rules (codes `vn.dossier.*`): a due date, finish, return, outcome or supplement
 * before receipt; a return before the finish; more than one re-appointment (the appointment may
 * be re-set only once: NĐ 61/2018/NĐ-CP Điều 19 for dossiers received until 30/06/2025, NĐ
 * 118/2025/NĐ-CP from 01/07/2025 — the message cites the one in force on the receipt date, see
 * {@link citeOneStopBasis}); a re-appointment not after the due date; a supplement completed
 * before it was requested; a resolved status with no finish or return date; an outcome without
 * its date; an outcome together with a finish date. The rules themselves are
 * in `DOSSIER_RULE_CODES` / `visitBrokenDossierRules` (`./rules`), which every fast path calls too.
 */
export const DossierSchema = /* @__PURE__ */ createDossierSchema(DEFAULT_DOSSIER_SCHEMA_OPTIONS);

/**
 * A national-sync record validated and mapped into a {@link Dossier} in one step: the sync
 * record's own shape, then {@link fromNationalSync}, then {@link DossierSchema}. Unknown
 * `TrangThaiHoSo` or `KenhThucHien` codes fail with `vn.dossier.unknown_status_code` or
 * `vn.dossier.unknown_channel_code`; unreadable `yyyyMMddHHmmss` times with
 * `vn.dossier.invalid_compact_timestamp` on the sync field.
 */
export const NationalSyncToDossierSchema: ReturnType<typeof createNationalSyncToDossierSchema> =
  /* @__PURE__ */ createNationalSyncToDossierSchema(DEFAULT_DOSSIER_SCHEMA_OPTIONS);

/** The type of a schema built by {@link createDossierSchema}: the type of {@link DossierSchema}. */
export type DossierSchemaType = typeof DossierSchema;

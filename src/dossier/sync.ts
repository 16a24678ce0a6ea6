import { z } from 'zod';
import { isLocalDate } from '../core/localDate';
import { channelFromCode, type DossierOutcome, type DossierStatus, statusFromCode } from './codes';
import { endWithoutResultDate, outcomeOfStatus } from './rules';
import { type DossierInput, DossierSchema } from './schema';

const COMPACT_RE = /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2})?)?$/;

/**
 * Read a compact national-sync timestamp `yyyyMMddHHmmss` (also `yyyyMMddHHmm` or `yyyyMMdd`)
 * as an ISO string in Vietnam time. Returns `undefined` when it is not a real time.
 *
 * @example
 * compactToIso('20260302081500') // => '2026-03-02T08:15:00+07:00'
 * compactToIso('20260231000000') // => undefined
 */
export function compactToIso(value: string): string | undefined {
  const m = COMPACT_RE.exec(value.trim());
  if (!m) return undefined;
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  if (!isLocalDate(date)) return undefined;
  if (m[4] === undefined) return date;
  const hh = Number(m[4]);
  const mm = Number(m[5]);
  const ss = m[6] === undefined ? 0 : Number(m[6]);
  if (hh > 23 || mm > 59 || ss > 59) return undefined;
  return `${date}T${m[4]}:${m[5]}:${m[6] ?? '00'}+07:00`;
}

const present = (v: unknown): v is string | number =>
  (typeof v === 'string' && v.trim() !== '') || typeof v === 'number';

/** A time field of a sync record: compact, ISO, or absent. Unreadable values pass through to fail validation. */
function time(v: unknown): unknown {
  if (!present(v)) return undefined;
  const s = String(v).trim();
  if (/^\d{8,14}$/.test(s)) return compactToIso(s) ?? s;
  return s;
}

function dateOnly(v: unknown): unknown {
  const t = time(v);
  return typeof t === 'string' && t.length > 10 && /^\d{4}-\d{2}-\d{2}T/.test(t) && t.endsWith('+07:00')
    ? t.slice(0, 10)
    : t;
}

function str(v: unknown): string | undefined {
  return present(v) ? String(v).trim() : undefined;
}

/**
 * A dossier record of the national portal sync (đồng bộ hồ sơ lên Cổng Dịch vụ công quốc gia):
 * the fields this package reads, all strings as the sync sends them, dates `yyyyMMddHHmmss`.
 * Other fields are allowed and ignored.
 */
export const NationalSyncDossierSchema = /* @__PURE__ */ z
  .looseObject({
    MaHoSo: z.string().meta({ title: 'Mã hồ sơ' }),
    MaTTHC: z.string().meta({ title: 'Mã thủ tục hành chính' }),
    TenTTHC: z.string().optional().meta({ title: 'Tên thủ tục hành chính' }),
    MaLinhVuc: z.string().optional().meta({ title: 'Mã lĩnh vực' }),
    TenLinhVuc: z.string().optional().meta({ title: 'Tên lĩnh vực' }),
    KenhThucHien: z.union([z.string(), z.number()]).meta({ title: 'Kênh thực hiện (1, 2, 3)' }),
    TrangThaiHoSo: z.union([z.string(), z.number()]).meta({ title: 'Trạng thái hồ sơ (1–10)' }),
    NgayTiepNhan: z.string().meta({ title: 'Ngày tiếp nhận (yyyyMMddHHmmss)' }),
    NgayHenTra: z.string().optional().meta({ title: 'Ngày hẹn trả (yyyyMMddHHmmss)' }),
    NgayKetThucXuLy: z.string().optional().meta({ title: 'Ngày kết thúc xử lý (yyyyMMddHHmmss)' }),
    NgayTra: z.string().optional().meta({ title: 'Ngày trả kết quả (yyyyMMddHHmmss)' }),
    NgayTuChoi: z.string().optional().meta({ title: 'Ngày từ chối (yyyyMMddHHmmss)' }),
    DonViXuLy: z.string().optional().meta({ title: 'Đơn vị xử lý' }),
    DanhSachHoSoBoSung: z
      .array(
        z.looseObject({
          NgayBoSung: z.string().optional(),
          NgayTiepNhanBoSung: z.string().optional(),
          NgayHenTraMoi: z.string().optional(),
        }),
      )
      .optional()
      .meta({ title: 'Danh sách hồ sơ bổ sung' }),
  })
  .meta({ id: 'vn.dossier.national_sync', title: 'Bản ghi đồng bộ hồ sơ lên Cổng DVC quốc gia' });

/** A national sync record. */
export interface NationalSyncDossier extends z.output<typeof NationalSyncDossierSchema> {}

/** Options of {@link fromNationalSync}. */
export interface FromNationalSyncOptions {
  /** The receiving unit when the record has no `DonViXuLy` (e.g. the commune's code). */
  readonly unit?: string;
}

/**
 * Map a national-sync dossier record to this package's dossier input (bộ chuyển đổi từ dữ liệu
 * đồng bộ Cổng DVC quốc gia). Unreadable values are passed on unchanged so that validation
 * rejects them with their field; nothing is dropped silently.
 *
 * The mapping: `MaHoSo` → `code`, `MaTTHC` → `procedureCode`, `MaLinhVuc` → `fieldCode`,
 * `DonViXuLy` → `unit`, `KenhThucHien` 1/2/3 → `channel`, `TrangThaiHoSo` 1–10 → `status`,
 * `NgayTiepNhan` → `receivedAt`, `NgayHenTra` → `dueDate` (its date), `NgayKetThucXuLy` →
 * `finishedAt`, `NgayTra` → `returnedAt`, supplements from `DanhSachHoSoBoSung` (`NgayBoSung`
 * requested, `NgayTiepNhanBoSung` completed). Because the time limit restarts once a supplemented
 * dossier is complete (NĐ 61/2018/NĐ-CP Điều 19 until 30/06/2025; NĐ 118/2025/NĐ-CP after, its
 * article not seen, with the supplement request of Mẫu số 02 Phụ lục I Thông tư 03/2025/TT-VPCP),
 * the latest `NgayHenTraMoi` of a supplement
 * replaces `NgayHenTra` as the due date. Status 7 (rút) becomes outcome `withdrawn` and 8 (dừng)
 * `stopped`, dated by `NgayKetThucXuLy`, else `NgayTra`, else `NgayTuChoi`; those dates then
 * count as the outcome, not as a finish.
 *
 * @param record - A sync record (parsed JSON).
 * @param options - A fallback unit.
 * @returns A {@link DossierInput} to validate with {@link DossierSchema}.
 * @example
 * fromNationalSync({ MaHoSo: 'H48-220921-0099', MaTTHC: '1.001', KenhThucHien: '2', TrangThaiHoSo: '10',
 *   NgayTiepNhan: '20220921081500', NgayHenTra: '20220926170000', NgayKetThucXuLy: '20220923100000',
 *   DonViXuLy: 'UBND xã Phổ Phong' })
 * // => { code: 'H48-220921-0099', procedureCode: '1.001', unit: 'UBND xã Phổ Phong', channel: 'online',
 * //      status: 'returned', receivedAt: '2022-09-21T08:15:00+07:00', dueDate: '2022-09-26',
 * //      finishedAt: '2022-09-23T10:00:00+07:00' }
 */
export function fromNationalSync(
  record: NationalSyncDossier,
  options: FromNationalSyncOptions = {},
): DossierInput {
  const status: DossierStatus | string =
    statusFromCode(record.TrangThaiHoSo) ?? `code ${String(record.TrangThaiHoSo)}`;
  const channel = channelFromCode(record.KenhThucHien) ?? `code ${String(record.KenhThucHien)}`;
  const out: Record<string, unknown> = {
    code: record.MaHoSo,
    procedureCode: record.MaTTHC,
    unit: str(record.DonViXuLy) ?? options.unit ?? '',
    channel,
    status,
    receivedAt: time(record.NgayTiepNhan),
  };
  if (str(record.TenTTHC)) out.procedureName = str(record.TenTTHC);
  if (str(record.MaLinhVuc)) out.fieldCode = str(record.MaLinhVuc);
  if (str(record.TenLinhVuc)) out.fieldName = str(record.TenLinhVuc);
  let due = dateOnly(record.NgayHenTra);
  const sups = record.DanhSachHoSoBoSung ?? [];
  const supplements: Record<string, unknown>[] = [];
  for (const s of sups) {
    if (!present(s.NgayBoSung)) continue;
    const item: Record<string, unknown> = { requestedAt: time(s.NgayBoSung) };
    if (present(s.NgayTiepNhanBoSung)) item.completedAt = time(s.NgayTiepNhanBoSung);
    supplements.push(item);
    const moi = dateOnly(s.NgayHenTraMoi);
    if (typeof moi === 'string' && (typeof due !== 'string' || moi > due)) due = moi;
  }
  if (due !== undefined) out.dueDate = due;
  if (supplements.length > 0) out.supplements = supplements;
  const outcome: DossierOutcome | undefined = outcomeOfStatus(status);
  const finished = time(record.NgayKetThucXuLy);
  const returned = time(record.NgayTra);
  if (outcome !== undefined) {
    out.outcome = outcome;
    const at = endWithoutResultDate(finished, returned, time(record.NgayTuChoi));
    if (at !== undefined) out.outcomeAt = at;
  } else {
    if (finished !== undefined) out.finishedAt = finished;
    if (returned !== undefined) out.returnedAt = returned;
  }
  return out as DossierInput;
}

/**
 * A national-sync record validated and mapped into a {@link Dossier} in one step: the sync
 * record's own shape, then {@link fromNationalSync}, then {@link DossierSchema}. Unknown
 * `TrangThaiHoSo` or `KenhThucHien` codes fail with `vn.dossier.unknown_status_code` or
 * `vn.dossier.unknown_channel_code`; unreadable `yyyyMMddHHmmss` times with
 * `vn.dossier.invalid_compact_timestamp` on the sync field.
 */
export const NationalSyncToDossierSchema = /* @__PURE__ */ NationalSyncDossierSchema.superRefine((r, ctx) => {
  if (statusFromCode(r.TrangThaiHoSo) === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['TrangThaiHoSo'],
      input: r.TrangThaiHoSo,
      params: { code: 'vn.dossier.unknown_status_code' },
    });
  }
  if (channelFromCode(r.KenhThucHien) === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['KenhThucHien'],
      input: r.KenhThucHien,
      params: { code: 'vn.dossier.unknown_channel_code' },
    });
  }
  for (const f of ['NgayTiepNhan', 'NgayHenTra', 'NgayKetThucXuLy', 'NgayTra', 'NgayTuChoi'] as const) {
    const v = r[f];
    if (typeof v === 'string' && /^\d{8,14}$/.test(v.trim()) && compactToIso(v) === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: [f],
        input: v,
        params: { code: 'vn.dossier.invalid_compact_timestamp' },
      });
    }
  }
})
  .transform((r) => fromNationalSync(r))
  .pipe(DossierSchema);

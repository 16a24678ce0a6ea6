/**
 * Channel of submission (kênh thực hiện / kênh nộp hồ sơ): `direct` = trực tiếp (at the one-stop
 * desk), `online` = trực tuyến, `postal` = bưu chính công ích (or a hired service, or an authorised
 * person). Basis by date of receipt ({@link ONE_STOP_BASES}, rule `channels`): NĐ 61/2018/NĐ-CP
 * Điều 16 until 30/06/2025 (online through a ministry's or province's portal), NĐ 118/2025/NĐ-CP
 * from 01/07/2025 (online at Cổng Dịch vụ công quốc gia). The three codes did not change.
 */
export type DossierChannel = 'direct' | 'online' | 'postal';

/** The channels in the order of their national codes 1, 2, 3. */
export const DOSSIER_CHANNELS = ['direct', 'online', 'postal'] as const satisfies readonly DossierChannel[];

/**
 * National `KenhThucHien` codes of the sync to Cổng Dịch vụ công quốc gia: `1` trực tiếp,
 * `2` trực tuyến, `3` bưu chính công ích.
 */
export const CHANNEL_CODES: Readonly<Record<DossierChannel, 1 | 2 | 3>> = { direct: 1, online: 2, postal: 3 };

/**
 * Status of a dossier (trạng thái hồ sơ), lined up with the national sync code `TrangThaiHoSo`
 * 1–10 (the list used by Cổng DVC quốc gia; its legal source, believed to be Phụ lục I of
 * Thông tư 22/2019/TT-BTTTT, was not seen). The data standard to check it against is now Thông tư
 * 04/2025/TT-VPCP (08/12/2025, in force 25/01/2026: data exchanged between Cổng Dịch vụ công quốc
 * gia and the procedure systems), whose tables were not seen.
 */
export type DossierStatus =
  | 'registered'
  | 'accepted'
  | 'refused'
  | 'processing'
  | 'awaiting_supplement'
  | 'awaiting_payment'
  | 'withdrawal_requested'
  | 'stopped'
  | 'resolved'
  | 'returned';

/** The statuses in the order of their national codes 1–10. */
export const DOSSIER_STATUSES = [
  'registered',
  'accepted',
  'refused',
  'processing',
  'awaiting_supplement',
  'awaiting_payment',
  'withdrawal_requested',
  'stopped',
  'resolved',
  'returned',
] as const satisfies readonly DossierStatus[];

/** National `TrangThaiHoSo` code of each status. */
export const STATUS_CODES: Readonly<Record<DossierStatus, number>> = {
  registered: 1,
  accepted: 2,
  refused: 3,
  processing: 4,
  awaiting_supplement: 5,
  awaiting_payment: 6,
  withdrawal_requested: 7,
  stopped: 8,
  resolved: 9,
  returned: 10,
};

/** Vietnamese label of each status, exactly as the national list writes it. */
export const STATUS_LABELS_VI: Readonly<Record<DossierStatus, string>> = {
  registered: 'Mới đăng ký',
  accepted: 'Được tiếp nhận',
  refused: 'Không được tiếp nhận',
  processing: 'Đang xử lý',
  awaiting_supplement: 'Yêu cầu bổ sung giấy tờ',
  awaiting_payment: 'Yêu cầu thực hiện nghĩa vụ tài chính',
  withdrawal_requested: 'Công dân yêu cầu rút hồ sơ',
  stopped: 'Dừng xử lý',
  resolved: 'Đã xử lý xong',
  returned: 'Đã trả kết quả',
};

/**
 * The status of a national `TrangThaiHoSo` code (number or numeric string), or `undefined`.
 *
 * @example
 * statusFromCode('10') // => 'returned'
 * statusFromCode(11)   // => undefined
 */
export function statusFromCode(code: number | string): DossierStatus | undefined {
  const n = typeof code === 'string' ? Number(code.trim()) : code;
  return Number.isInteger(n) && n >= 1 && n <= 10 ? DOSSIER_STATUSES[n - 1] : undefined;
}

/**
 * The channel of a national `KenhThucHien` code (number or numeric string), or `undefined`.
 *
 * @example
 * channelFromCode('2') // => 'online'
 */
export function channelFromCode(code: number | string): DossierChannel | undefined {
  const n = typeof code === 'string' ? Number(code.trim()) : code;
  return Number.isInteger(n) && n >= 1 && n <= 3 ? DOSSIER_CHANNELS[n - 1] : undefined;
}

/**
 * How a dossier left the process without a result (kết thúc không có kết quả):
 * `refused` = trả lại / từ chối giải quyết after acceptance, `withdrawn` = công dân rút hồ sơ,
 * `stopped` = dừng xử lý.
 */
export type DossierOutcome = 'refused' | 'withdrawn' | 'stopped';

/** The outcomes. */
export const DOSSIER_OUTCOMES = [
  'refused',
  'withdrawn',
  'stopped',
] as const satisfies readonly DossierOutcome[];

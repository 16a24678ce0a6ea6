/**
 * The words the `commune-kpi` command prints that the tally descriptors do not hold (nhãn của
 * lệnh): the rates, the values of a channel or a headcount breakdown, and which dossier columns
 * the text table shows. The count columns and the grouping dimensions are labelled from the
 * domains' descriptors (`fieldLabelOf`, `dimensionLabelOf` of `commune-kpi/core`, `short` wording).
 *
 * @module
 */
import type { Locale } from '../core/messages';
import type { DocumentRates } from '../document/rates';
import type { DossierRates } from '../dossier/rates';
import type { DossierTallyField } from '../dossier/tally';

/** One label in both languages. */
export interface Label {
  /** Vietnamese. */
  readonly vi: string;
  /** English. */
  readonly en: string;
}

/** The dossier rates ({@link DossierRates}), by the names `--rates` takes. */
export const DOSSIER_RATE_LABELS: Readonly<Record<keyof DossierRates, Label>> = {
  onTimeCompleted: { vi: 'Đúng hạn (trên số đã GQ)', en: 'On time (of resolved)' },
  onTimeDue: { vi: 'Đúng hạn (trên số đến hạn)', en: 'On time (of due)' },
  onTimeWorkload: { vi: 'Đúng hạn (trên tổng phải GQ)', en: 'On time (of workload)' },
  lateWorkload: { vi: 'Quá hạn (trên tổng phải GQ)', en: 'Late (of workload)' },
  onTimeRealtime: { vi: 'Đúng hạn (QĐ 766)', en: 'On time (QĐ 766)' },
  onTimeReceived: { vi: 'Đúng hạn (trên số tiếp nhận)', en: 'On time (of received)' },
  online: { vi: 'Tỷ lệ trực tuyến', en: 'Online share' },
  late: { vi: 'Tỷ lệ quá hạn', en: 'Late share' },
};

/** The rates a dossier table shows when `--rates` is not given. */
export const DEFAULT_DOSSIER_RATES: readonly (keyof DossierRates)[] = [
  'onTimeCompleted',
  'onTimeRealtime',
  'online',
];

/** The count columns a dossier table shows (the CSV, JSON and Excel outputs give every field). */
export const DOSSIER_TABLE_FIELDS: readonly DossierTallyField[] = [
  'received',
  'carriedOver',
  'newReceived',
  'newOnline',
  'resolved',
  'resolvedEarly',
  'resolvedOnTime',
  'resolvedLate',
  'pending',
  'pendingOverdue',
  'returned',
];

/** Values of the dossier `channel` field. */
export const DOSSIER_CHANNEL_LABELS: Readonly<Record<string, Label>> = {
  direct: { vi: 'Trực tiếp', en: 'In person' },
  online: { vi: 'Trực tuyến', en: 'Online' },
  postal: { vi: 'Qua bưu chính công ích', en: 'By public post' },
};

/** Values of the headcount breakdowns that are codes (positions are looked up in the post lists). */
export const HEADCOUNT_VALUE_LABELS: Readonly<Record<string, Readonly<Record<string, Label>>>> = {
  byCategory: {
    can_bo: { vi: 'Cán bộ cấp xã', en: 'Commune cadres' },
    cong_chuc: { vi: 'Công chức cấp xã', en: 'Commune civil servants' },
    khong_chuyen_trach_xa: {
      vi: 'Người hoạt động không chuyên trách ở cấp xã',
      en: 'Non-specialised workers (commune)',
    },
    khong_chuyen_trach_thon: {
      vi: 'Người hoạt động không chuyên trách ở thôn, tổ dân phố',
      en: 'Non-specialised workers (village)',
    },
    hop_dong: { vi: 'Lao động hợp đồng', en: 'Contract staff' },
  },
  bySex: { nam: { vi: 'Nam', en: 'Male' }, nu: { vi: 'Nữ', en: 'Female' } },
  byQualification: {
    tien_si: { vi: 'Tiến sĩ', en: 'Doctorate' },
    thac_si: { vi: 'Thạc sĩ', en: 'Master' },
    dai_hoc: { vi: 'Đại học', en: 'University' },
    cao_dang: { vi: 'Cao đẳng', en: 'College' },
    trung_cap: { vi: 'Trung cấp', en: 'Intermediate' },
    so_cap: { vi: 'Sơ cấp', en: 'Elementary' },
    chua_qua_dao_tao: { vi: 'Chưa qua đào tạo', en: 'Untrained' },
  },
  byPoliticalTheory: {
    cao_cap: { vi: 'Cao cấp', en: 'Advanced' },
    cu_nhan: { vi: 'Cử nhân chính trị', en: 'Bachelor of politics' },
    trung_cap: { vi: 'Trung cấp', en: 'Intermediate' },
    so_cap: { vi: 'Sơ cấp', en: 'Elementary' },
    chua_qua_dao_tao: { vi: 'Chưa qua đào tạo', en: 'Untrained' },
  },
  byPartyMembership: {
    member: { vi: 'Đảng viên', en: 'Party member' },
    non_member: { vi: 'Chưa là đảng viên', en: 'Not a member' },
  },
};

/** The document-register rates. */
export const DOCUMENT_RATE_LABELS: Readonly<Record<keyof DocumentRates, Label>> = {
  outgoingElectronic: { vi: 'Tỷ lệ văn bản đi điện tử', en: 'Outgoing sent electronically' },
  incomingElectronic: { vi: 'Tỷ lệ văn bản đến điện tử', en: 'Incoming received electronically' },
  totalElectronic: { vi: 'Tỷ lệ văn bản trao đổi điện tử', en: 'All exchanged electronically' },
  agencySigned: { vi: 'Tỷ lệ có chữ ký số cơ quan', en: "With the agency's digital signature" },
  signerSigned: {
    vi: 'Tỷ lệ có chữ ký số người có thẩm quyền',
    en: "With the signer's digital signature",
  },
};

/**
 * The label of a key in a table of labels, in a language; the key itself when the table has none
 * (a value read from the file, such as a unit name). Own properties only: `constructor` is a key
 * like any other.
 *
 * @param table - A table of labels.
 * @param key - The key.
 * @param locale - `vi` or `en`.
 * @returns The label.
 * @example
 * labelOf(DOSSIER_RATE_LABELS, 'online', 'vi') // => 'Tỷ lệ trực tuyến'
 * labelOf(DOSSIER_CHANNEL_LABELS, 'constructor', 'en') // => 'constructor'
 */
export function labelOf(table: Readonly<Record<string, Label>>, key: string, locale: Locale): string {
  return Object.hasOwn(table, key) ? table[key]![locale] : key;
}

/**
 * The words the `commune-kpi` command prints for the library's field names (nhãn cột của lệnh):
 * every column, row and rate label of its tables, keyed by the tally field names, in Vietnamese and
 * English. One place, so that the labels can later be fed from the domain descriptors.
 *
 * @module
 */
import type { Locale } from '../core/messages';
import type { DocumentRates, DocumentTally } from '../document/rates';
import type { DossierRates } from '../dossier/rates';
import type { DossierGroupDimension, DossierTallyField } from '../dossier/tally';
import type { HeadcountBreakdown } from '../personnel/headcount';

/** One label in both languages. */
export interface Label {
  /** Vietnamese. */
  readonly vi: string;
  /** English. */
  readonly en: string;
}

/** The count columns of a dossier tally (NĐ 61/2018, Phụ lục: số liệu giải quyết hồ sơ). */
export const DOSSIER_FIELD_LABELS: Readonly<Record<DossierTallyField, Label>> = {
  received: { vi: 'Tiếp nhận', en: 'Received' },
  carriedOver: { vi: 'Kỳ trước chuyển sang', en: 'Carried over' },
  newReceived: { vi: 'Mới tiếp nhận', en: 'New' },
  newOnline: { vi: 'Trực tuyến', en: 'Online' },
  newDirect: { vi: 'Trực tiếp', en: 'In person' },
  newPostal: { vi: 'Bưu chính', en: 'By post' },
  resolved: { vi: 'Đã giải quyết', en: 'Resolved' },
  resolvedEarly: { vi: 'Trước hạn', en: 'Early' },
  resolvedOnTime: { vi: 'Đúng hạn', en: 'On time' },
  resolvedLate: { vi: 'Quá hạn', en: 'Late' },
  pending: { vi: 'Đang giải quyết', en: 'Pending' },
  pendingWithinTerm: { vi: 'Đang GQ trong hạn', en: 'Pending, in term' },
  pendingOverdue: { vi: 'Đang GQ quá hạn', en: 'Pending, overdue' },
  returned: { vi: 'Trả lại/rút/dừng', en: 'Returned/withdrawn/stopped' },
  refused: { vi: 'Trả lại', en: 'Refused' },
  withdrawn: { vi: 'Rút hồ sơ', en: 'Withdrawn' },
  stopped: { vi: 'Dừng xử lý', en: 'Stopped' },
  outOfScope: { vi: 'Ngoài kỳ báo cáo', en: 'Outside the period' },
};

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

/** The grouping dimensions of `--by`. */
export const DOSSIER_DIMENSION_LABELS: Readonly<Record<DossierGroupDimension, Label>> = {
  unit: { vi: 'Đơn vị', en: 'Unit' },
  receivingUnit: { vi: 'Đơn vị tiếp nhận', en: 'Receiving unit' },
  handlingUnit: { vi: 'Đơn vị giải quyết', en: 'Handling unit' },
  field: { vi: 'Lĩnh vực', en: 'Field' },
  procedure: { vi: 'Thủ tục', en: 'Procedure' },
  channel: { vi: 'Kênh', en: 'Channel' },
  month: { vi: 'Tháng', en: 'Month' },
};

/** Values of the dossier `channel` field. */
export const DOSSIER_CHANNEL_LABELS: Readonly<Record<string, Label>> = {
  direct: { vi: 'Trực tiếp', en: 'In person' },
  online: { vi: 'Trực tuyến', en: 'Online' },
  postal: { vi: 'Qua bưu chính công ích', en: 'By public post' },
};

/** The household tally columns. */
export const HOUSEHOLD_LABELS: Readonly<Record<string, Label>> = {
  village: { vi: 'Thôn', en: 'Village' },
  households: { vi: 'Số hộ', en: 'Households' },
  members: { vi: 'Số khẩu', en: 'Members' },
  poor: { vi: 'Hộ nghèo', en: 'Poor' },
  nearPoor: { vi: 'Hộ cận nghèo', en: 'Near-poor' },
  poorMembers: { vi: 'Khẩu nghèo', en: 'Poor members' },
  nearPoorMembers: { vi: 'Khẩu cận nghèo', en: 'Near-poor members' },
};

/** The headcount breakdowns. */
export const HEADCOUNT_LABELS: Readonly<Record<HeadcountBreakdown, Label>> = {
  byCategory: { vi: 'Loại cán bộ', en: 'Category' },
  byPosition: { vi: 'Chức vụ, chức danh', en: 'Post' },
  bySex: { vi: 'Giới tính', en: 'Sex' },
  byAgeBand: { vi: 'Độ tuổi', en: 'Age band' },
  byEthnicity: { vi: 'Dân tộc', en: 'Ethnic group' },
  byQualification: { vi: 'Trình độ chuyên môn', en: 'Qualification' },
  byPoliticalTheory: { vi: 'Lý luận chính trị', en: 'Political theory' },
  byPartyMembership: { vi: 'Đảng viên', en: 'Party membership' },
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

/** The document-register counts. */
export const DOCUMENT_TALLY_LABELS: Readonly<Record<keyof DocumentTally, Label>> = {
  outgoing: { vi: 'Văn bản đi (không mật)', en: 'Outgoing (non-secret)' },
  outgoingElectronic: { vi: 'Văn bản đi điện tử', en: 'Outgoing, electronic' },
  outgoingElectronicAgencySigned: {
    vi: 'Văn bản đi điện tử có chữ ký số cơ quan',
    en: "Outgoing electronic, agency's signature",
  },
  outgoingElectronicSignerSigned: {
    vi: 'Văn bản đi điện tử có chữ ký số người có thẩm quyền',
    en: "Outgoing electronic, signer's signature",
  },
  incoming: { vi: 'Văn bản đến (không mật)', en: 'Incoming (non-secret)' },
  incomingElectronic: { vi: 'Văn bản đến điện tử', en: 'Incoming, electronic' },
  secretExcluded: { vi: 'Văn bản mật (không tính tỷ lệ)', en: 'Secret (left out of the rates)' },
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
 * labelOf(DOSSIER_FIELD_LABELS, 'received', 'vi') // => 'Tiếp nhận'
 * labelOf(DOSSIER_CHANNEL_LABELS, 'constructor', 'en') // => 'constructor'
 */
export function labelOf(table: Readonly<Record<string, Label>>, key: string, locale: Locale): string {
  return Object.hasOwn(table, key) ? table[key]![locale] : key;
}

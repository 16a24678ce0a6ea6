import type { LocalDate } from '../core/localDate';
import type { Locale } from '../core/messages';
import { basisIn, citeBasisIn } from './cite';

/** An act that amends or guides a one-stop decree, with the date it was issued. */
export interface OneStopAct {
  /** Full citation, e.g. `'Nghị định 107/2021/NĐ-CP ngày 06/12/2021'`. */
  readonly act: string;
  /** Short Vietnamese citation, e.g. `'NĐ 107/2021/NĐ-CP'`. */
  readonly short: string;
  /** Date of issue; a citation for an earlier date leaves the act out. */
  readonly issuedOn: LocalDate;
}

/** The forms (biểu mẫu) of the one-stop mechanism, each a readable citation. */
export interface OneStopForms {
  /** Giấy tiếp nhận hồ sơ và hẹn trả kết quả: the receipt slip with the due date. */
  readonly receipt: string;
  /** Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ. */
  readonly supplementRequest: string;
  /** Phiếu từ chối tiếp nhận giải quyết hồ sơ. */
  readonly refusal: string;
  /** Phiếu xin lỗi và hẹn lại ngày trả kết quả: the apology with the new date. */
  readonly apology: string;
  /** Phiếu kiểm soát quá trình giải quyết hồ sơ. */
  readonly processControl: string;
  /** Sổ theo dõi hồ sơ. */
  readonly trackingBook: string;
}

/**
 * The rules of this package that rest on the one-stop decree, each with its citation under one
 * version (Vietnamese). A rule whose article under the version was not seen cites the decree
 * itself and where the rule is restated, never an invented article number.
 */
export interface OneStopRules {
  /** The appointment date may be re-set only once, after an apology (`vn.dossier.reappointed_more_than_once`). */
  readonly reappointmentOnce: string;
  /** The time limit restarts once a supplemented dossier is complete. */
  readonly supplementRestart: string;
  /** A dossier received after 15:00 is handed on at the start of the next working day. */
  readonly receiptHandOff: string;
  /** The channels of submission (kênh nộp hồ sơ). */
  readonly channels: string;
  /** The applicant withdraws or the procedure is stopped (rút hồ sơ, dừng giải quyết). */
  readonly stopping: string;
  /** The evaluation criterion of variant E (on time over all received). */
  readonly evaluation: string;
}

/**
 * One version of the one-stop framework (cơ chế một cửa, một cửa liên thông) a dossier falls
 * under, chosen by its date of receipt.
 */
export interface OneStopBasis {
  /** Stable identifier: `'nd-61-2018'`, `'nd-118-2025'`. */
  readonly id: string;
  /** The decree, full citation. */
  readonly decree: string;
  /** The decree, short Vietnamese citation (for messages). */
  readonly short: string;
  /** The decree, short English citation (for messages). */
  readonly shortEn: string;
  /** Amending acts, oldest first. */
  readonly amendments: readonly OneStopAct[];
  /** The guiding circular of the Government Office (VPCP). */
  readonly circular: OneStopAct;
  /** Its forms. */
  readonly forms: OneStopForms;
  /** The citations of this package's rules under this version. */
  readonly rules: OneStopRules;
  /** First day a dossier received falls under it. */
  readonly effectiveFrom: LocalDate;
  /** Last such day, or `null` while in force. */
  readonly effectiveTo: LocalDate | null;
}

/**
 * The one-stop frameworks by date of receipt (căn cứ pháp lý về cơ chế một cửa theo ngày tiếp
 * nhận hồ sơ), oldest first:
 *
 * - **NĐ 61/2018/NĐ-CP** (23/04/2018, in force 21/06/2018), amended by NĐ 107/2021/NĐ-CP
 *   (06/12/2021), guided by Thông tư 01/2018/TT-VPCP (23/11/2018; forms Mẫu 01–06): dossiers
 *   received until 30/06/2025.
 * - **NĐ 118/2025/NĐ-CP** (09/06/2025, in force 01/07/2025: "thực hiện thủ tục hành chính theo cơ
 *   chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia"), amended
 *   by NĐ 367/2025/NĐ-CP (31/12/2025; its content was not seen), guided by Thông tư
 *   03/2025/TT-VPCP (15/09/2025; forms in Phụ lục I): dossiers received from 01/07/2025. Provincial
 *   and commune public administrative service centres receive dossiers "không phụ thuộc vào địa
 *   giới hành chính trong phạm vi cấp tỉnh", hence the receiving and handling units of a dossier.
 *
 * What changed between the two, as data: the online channel (a ministry's or province's portal →
 * Cổng Dịch vụ công quốc gia), the form numbers (process control Mẫu 05 → 06, tracking book 06 →
 * 07; the apology form's number under TT 03/2025 was not seen), and the citations of each rule.
 * The repeal clause of NĐ 61/2018 in NĐ 118/2025 and most NĐ 118 article numbers were not seen;
 * where an article was not seen the decree is cited with the provincial text that restates the
 * rule. Dates of issue gate the amending acts and circulars in citations
 * ({@link citeOneStopBasis}); their own effective dates were not verified.
 *
 * @example
 * ONE_STOP_BASES.map((b) => [b.id, b.effectiveFrom, b.effectiveTo])
 * // => [['nd-61-2018', '2018-06-21', '2025-06-30'], ['nd-118-2025', '2025-07-01', null]]
 */
export const ONE_STOP_BASES: readonly OneStopBasis[] = [
  {
    id: 'nd-61-2018',
    decree:
      'Nghị định 61/2018/NĐ-CP ngày 23/04/2018 về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính',
    short: 'NĐ 61/2018/NĐ-CP',
    shortEn: 'Decree 61/2018/NĐ-CP',
    amendments: [
      { act: 'Nghị định 107/2021/NĐ-CP ngày 06/12/2021', short: 'NĐ 107/2021/NĐ-CP', issuedOn: '2021-12-06' },
    ],
    circular: {
      act: 'Thông tư 01/2018/TT-VPCP ngày 23/11/2018',
      short: 'TT 01/2018/TT-VPCP',
      issuedOn: '2018-11-23',
    },
    forms: {
      receipt: 'Mẫu 01 Thông tư 01/2018/TT-VPCP (Giấy tiếp nhận hồ sơ và hẹn trả kết quả)',
      supplementRequest: 'Mẫu 02 Thông tư 01/2018/TT-VPCP (Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ)',
      refusal: 'Mẫu 03 Thông tư 01/2018/TT-VPCP (Phiếu từ chối tiếp nhận giải quyết hồ sơ)',
      apology: 'Mẫu 04 Thông tư 01/2018/TT-VPCP (Phiếu xin lỗi và hẹn lại ngày trả kết quả)',
      processControl: 'Mẫu 05 Thông tư 01/2018/TT-VPCP (Phiếu kiểm soát quá trình giải quyết hồ sơ)',
      trackingBook: 'Mẫu 06 Thông tư 01/2018/TT-VPCP (Sổ theo dõi hồ sơ)',
    },
    rules: {
      reappointmentOnce: 'NĐ 61/2018/NĐ-CP, Điều 19',
      supplementRestart: 'NĐ 61/2018/NĐ-CP, Điều 19',
      receiptHandOff: 'NĐ 61/2018/NĐ-CP, Điều 18',
      channels:
        'NĐ 61/2018/NĐ-CP, Điều 16: trực tiếp; qua dịch vụ bưu chính công ích, thuê dịch vụ hoặc ủy quyền; trực tuyến tại Cổng Dịch vụ công cấp bộ, cấp tỉnh',
      stopping: 'NĐ 61/2018/NĐ-CP (rút hồ sơ, dừng xử lý theo trạng thái đồng bộ)',
      evaluation: 'NĐ 61/2018/NĐ-CP, Điều 30',
    },
    effectiveFrom: '2018-06-21',
    effectiveTo: '2025-06-30',
  },
  {
    id: 'nd-118-2025',
    decree:
      'Nghị định 118/2025/NĐ-CP ngày 09/06/2025 về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia',
    short: 'NĐ 118/2025/NĐ-CP',
    shortEn: 'Decree 118/2025/NĐ-CP',
    amendments: [
      { act: 'Nghị định 367/2025/NĐ-CP ngày 31/12/2025', short: 'NĐ 367/2025/NĐ-CP', issuedOn: '2025-12-31' },
    ],
    circular: {
      act: 'Thông tư 03/2025/TT-VPCP ngày 15/09/2025',
      short: 'TT 03/2025/TT-VPCP',
      issuedOn: '2025-09-15',
    },
    forms: {
      receipt: 'Mẫu số 01 Phụ lục I Thông tư 03/2025/TT-VPCP (Giấy tiếp nhận hồ sơ và hẹn trả kết quả)',
      supplementRequest:
        'Mẫu số 02 Phụ lục I Thông tư 03/2025/TT-VPCP (Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ)',
      refusal: 'Mẫu số 03 Phụ lục I Thông tư 03/2025/TT-VPCP (Phiếu từ chối tiếp nhận hồ sơ)',
      apology:
        'Phụ lục I Thông tư 03/2025/TT-VPCP (Phiếu xin lỗi và hẹn lại ngày trả kết quả; số mẫu chưa đối chiếu)',
      processControl:
        'Mẫu số 06 Phụ lục I Thông tư 03/2025/TT-VPCP (Phiếu kiểm soát quá trình giải quyết hồ sơ)',
      trackingBook: 'Mẫu số 07 Phụ lục I Thông tư 03/2025/TT-VPCP (Sổ theo dõi hồ sơ)',
    },
    rules: {
      reappointmentOnce:
        'NĐ 118/2025/NĐ-CP (điều khoản chưa đối chiếu; quy định nhắc lại tại Quyết định 88/2025/QĐ-UBND tỉnh Lai Châu, Quy chế Điều 3.6: "Việc hẹn lại ngày trả kết quả được thực hiện không quá một lần")',
      supplementRestart:
        'NĐ 118/2025/NĐ-CP (điều khoản chưa đối chiếu); Mẫu số 02 Phụ lục I Thông tư 03/2025/TT-VPCP',
      receiptHandOff:
        'NĐ 118/2025/NĐ-CP (điều khoản chưa đối chiếu; quy trình cấp tỉnh, ví dụ Quyết định 2031/QĐ-UBND năm 2025: chuyển vào đầu giờ ngày làm việc tiếp theo đối với hồ sơ tiếp nhận sau 15 giờ)',
      channels:
        'NĐ 118/2025/NĐ-CP: trực tiếp tại Bộ phận Một cửa; qua dịch vụ bưu chính công ích, thuê dịch vụ hoặc ủy quyền; trực tuyến tại Cổng Dịch vụ công quốc gia',
      stopping:
        'NĐ 118/2025/NĐ-CP, Điều 21; Thông tư 03/2025/TT-VPCP, Điều 7 (Thông báo dừng giải quyết hồ sơ)',
      evaluation: 'NĐ 118/2025/NĐ-CP (tiêu chí đánh giá: điều khoản chưa đối chiếu)',
    },
    effectiveFrom: '2025-07-01',
    effectiveTo: null,
  },
];

/**
 * The one-stop framework a dossier received on `date` falls under (căn cứ pháp lý theo ngày tiếp
 * nhận), or `undefined` before the first version of the table (21/06/2018).
 *
 * @param date - Vietnamese date of receipt, `YYYY-MM-DD`.
 * @param bases - The table; default {@link ONE_STOP_BASES}.
 * @returns The version in force on that date.
 * @throws RangeError if `date` is not a real date.
 * @example
 * oneStopBasisOn('2025-06-30')?.id // => 'nd-61-2018'
 * oneStopBasisOn('2025-07-01')?.id // => 'nd-118-2025'
 */
export function oneStopBasisOn(
  date: LocalDate,
  bases: readonly OneStopBasis[] = ONE_STOP_BASES,
): OneStopBasis | undefined {
  return basisIn(bases, date);
}

/** Options of {@link citeOneStopBasis}. */
export interface CiteOneStopBasisOptions {
  /** The rule to cite; without it, the framework (decree, amendments, circular). */
  readonly rule?: keyof OneStopRules;
  /** `vi` (default) or `en`. */
  readonly locale?: Locale;
  /** The table; default {@link ONE_STOP_BASES}. */
  readonly bases?: readonly OneStopBasis[];
}

/**
 * The citation for a dossier received on `date` (trích dẫn căn cứ pháp lý): the framework —
 * decree, the amending acts issued by then, the circular if issued by then — or, with `rule`, that
 * rule's citation under the version in force. English citations name the decree only.
 *
 * @param date - Vietnamese date of receipt.
 * @param options - The rule, the language, the table.
 * @returns A readable citation; a generic phrase before 21/06/2018 (no version in the table).
 * @throws RangeError if `date` is not a real date or `rule` is unknown.
 * @example
 * citeOneStopBasis('2025-06-30', { rule: 'reappointmentOnce' }) // => 'NĐ 61/2018/NĐ-CP, Điều 19'
 * citeOneStopBasis('2025-07-01') // => 'NĐ 118/2025/NĐ-CP'
 * citeOneStopBasis('2026-01-15') // => 'NĐ 118/2025/NĐ-CP, sửa đổi bởi NĐ 367/2025/NĐ-CP; TT 03/2025/TT-VPCP'
 * citeOneStopBasis('2026-01-15', { locale: 'en' }) // => 'Decree 118/2025/NĐ-CP'
 */
export function citeOneStopBasis(date: LocalDate, options: CiteOneStopBasisOptions = {}): string {
  return citeBasisIn(options.bases ?? ONE_STOP_BASES, date, options);
}

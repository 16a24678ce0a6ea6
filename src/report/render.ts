import { rangeError, show } from '../_lib/errors';
import { isLocalDate } from '../core/localDate';
import { formatReportNumber } from './numbers';
import {
  type PrintedRate,
  REPORT_QUALIFICATION_LABELS,
  REPORT_QUALIFICATION_LEVELS,
  type ReportFigures,
} from './schema';

/**
 * The kind of local unit, for the wording (`toàn xã`, `toàn phường`).
 *
 * @example
 * renderReportVi({ households: { poor: 12 } }, { unitKind: 'phường' }) // => ['Toàn phường hiện có 12 hộ nghèo.']
 */
export type ReportUnitKind = 'xã' | 'phường' | 'thị trấn';

/**
 * Options of {@link renderReportVi}.
 *
 * @example
 * renderReportVi({ households: { poor: 12 } }, { unitKind: 'thị trấn' }) // => ['Toàn thị trấn hiện có 12 hộ nghèo.']
 */
export interface RenderReportViOptions {
  /** The unit's kind (default `xã`). */
  readonly unitKind?: ReportUnitKind;
}

const n = (v: number): string => formatReportNumber(v);
/** Small counts padded as reports print them (`07`, `02`). */
const p = (v: number): string => formatReportNumber(v, { pad: true });

/** The printed text of a rate, in the Vietnamese style whatever the source text. */
function rateText(r: PrintedRate): string {
  const [int = '0', frac] = r.value.split('.');
  const digits = (frac ?? '').padEnd(r.decimals, '0');
  return `${formatReportNumber(Number(int))}${r.decimals > 0 ? `,${digits}` : ''}%`;
}

/**
 * `21/01/2022`, `14/6/2023`: a day below 10 and the months 1 and 2 take a leading zero, the rule for
 * dates in administrative documents (Nghị định 30/2020/NĐ-CP, Phụ lục I), which the commune report follows.
 */
function dateText(d: string): string {
  const [y = '', m = '', day = ''] = d.split('-');
  const mm = Number(m) <= 2 ? m : String(Number(m));
  return `${day}/${mm}/${y}`;
}

function change(v: number): string {
  if (v > 0) return `tăng ${p(v)} hộ so với đầu năm`;
  if (v < 0) return `giảm ${p(-v)} hộ so với đầu năm`;
  return 'không thay đổi so với đầu năm';
}

function dossierParagraphs(f: ReportFigures): string[] {
  const d = f.dossiers;
  if (d === undefined) return [];
  const parts: string[] = [];
  if (d.received !== undefined) {
    const sub: string[] = [];
    if (d.carriedOver !== undefined) sub.push(`kỳ trước chuyển sang ${n(d.carriedOver)}`);
    if (d.newReceived !== undefined) sub.push(`mới tiếp nhận ${n(d.newReceived)}`);
    const ch: string[] = [];
    if (d.newOnline !== undefined) ch.push(`trực tuyến ${n(d.newOnline)}`);
    if (d.newDirect !== undefined) ch.push(`trực tiếp ${n(d.newDirect)}`);
    if (d.newPostal !== undefined) ch.push(`qua bưu chính công ích ${n(d.newPostal)}`);
    if (ch.length > 0) sub.push(`trong đó ${ch.join(', ')}`);
    parts.push(`đã tiếp nhận ${n(d.received)} hồ sơ${sub.length > 0 ? ` (${sub.join('; ')})` : ''}`);
  } else if (d.newReceived !== undefined) {
    parts.push(`mới tiếp nhận ${n(d.newReceived)} hồ sơ`);
  }
  if (d.resolved !== undefined) {
    const sub: string[] = [];
    if (d.resolvedEarly !== undefined && d.resolvedOnTime !== undefined) {
      sub.push(`trước hạn: ${n(d.resolvedEarly)} hồ sơ`, `đúng hạn: ${n(d.resolvedOnTime)} hồ sơ`);
    } else if (d.resolvedEarlyOrOnTime !== undefined) {
      sub.push(`trước hạn, đúng hạn: ${n(d.resolvedEarlyOrOnTime)} hồ sơ`);
    }
    if (d.resolvedLate !== undefined) sub.push(`trễ hạn: ${n(d.resolvedLate)} hồ sơ`);
    parts.push(`đã giải quyết ${n(d.resolved)} hồ sơ${sub.length > 0 ? ` (${sub.join(', ')})` : ''}`);
  }
  if (d.pending !== undefined) {
    const sub: string[] = [];
    if (d.pendingWithinTerm !== undefined) sub.push(`trong hạn ${n(d.pendingWithinTerm)}`);
    if (d.pendingOverdue !== undefined) sub.push(`quá hạn ${n(d.pendingOverdue)}`);
    parts.push(`đang giải quyết ${n(d.pending)} hồ sơ${sub.length > 0 ? ` (${sub.join(', ')})` : ''}`);
  }
  if (d.returned !== undefined && d.returned > 0) parts.push(`trả lại, rút ${n(d.returned)} hồ sơ`);
  const out: string[] = [];
  if (parts.length > 0) {
    const period =
      f.periodStart !== undefined && f.periodEnd !== undefined
        ? `Trong thời gian từ ngày ${dateText(f.periodStart)} đến ngày ${dateText(f.periodEnd)} `
        : 'Trong kỳ báo cáo ';
    out.push(`${period}${parts.join(', ')}.`);
  }
  const rates: string[] = [];
  if (d.onTimeRate !== undefined)
    rates.push(`Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn đạt ${rateText(d.onTimeRate)}.`);
  if (d.onlineRate !== undefined)
    rates.push(`Tỷ lệ hồ sơ tiếp nhận trực tuyến đạt ${rateText(d.onlineRate)}.`);
  if (rates.length > 0) out.push(rates.join(' '));
  return out;
}

function householdParagraphs(f: ReportFigures, unit: ReportUnitKind): string[] {
  const h = f.households;
  if (h === undefined) return [];
  const sentences: string[] = [];
  const poorChange =
    h.poorChange ??
    (h.poor !== undefined && h.poorAtStart !== undefined ? h.poor - h.poorAtStart : undefined);
  const nearChange =
    h.nearPoorChange ??
    (h.nearPoor !== undefined && h.nearPoorAtStart !== undefined
      ? h.nearPoor - h.nearPoorAtStart
      : undefined);
  if (h.poor !== undefined) {
    const bits = [`Toàn ${unit} hiện có ${n(h.poor)} hộ nghèo`];
    if (poorChange !== undefined) bits.push(change(poorChange));
    if (h.poorRate !== undefined) bits.push(`chiếm tỷ lệ ${rateText(h.poorRate)}`);
    sentences.push(
      `${bits.join(', ')}${h.total !== undefined ? ` trên tổng số ${n(h.total)} hộ dân cư` : ''}.`,
    );
  } else if (h.total !== undefined) {
    sentences.push(`Toàn ${unit} có ${n(h.total)} hộ dân cư.`);
  }
  if (h.nearPoor !== undefined) {
    const bits = [`Hộ cận nghèo: ${n(h.nearPoor)} hộ`];
    if (nearChange !== undefined) bits.push(change(nearChange));
    if (h.nearPoorRate !== undefined) bits.push(`chiếm tỷ lệ ${rateText(h.nearPoorRate)}`);
    sentences.push(`${bits.join(', ')}.`);
  }
  const movement = (escaped?: number, fellBack?: number, fresh?: number, what = 'nghèo'): string | null => {
    const bits: string[] = [];
    if (escaped !== undefined) bits.push(`${p(escaped)} hộ thoát ${what}`);
    if (fellBack !== undefined) bits.push(`${p(fellBack)} hộ tái ${what}`);
    if (fresh !== undefined) bits.push(`${p(fresh)} hộ ${what} phát sinh mới`);
    return bits.length > 0 ? bits.join(', ') : null;
  };
  const mp = movement(h.poorEscaped, h.poorFellBack, h.poorNew);
  const mn = movement(h.nearPoorEscaped, h.nearPoorFellBack, h.nearPoorNew, 'cận nghèo');
  const moves = [mp, mn].filter((x): x is string => x !== null);
  if (moves.length > 0) sentences.push(`Trong năm có ${moves.join('; ')}.`);
  return sentences.length > 0 ? [sentences.join(' ')] : [];
}

function qualificationText(q: Partial<Record<string, number>> | undefined): string | null {
  if (q === undefined) return null;
  const bits: string[] = [];
  for (const l of REPORT_QUALIFICATION_LEVELS) {
    const v = q[l];
    if (v !== undefined && v > 0) bits.push(`${REPORT_QUALIFICATION_LABELS[l]}: ${p(v)}`);
  }
  return bits.length > 0 ? `Trong đó: ${bits.join('; ')}.` : null;
}

function staffParagraphs(f: ReportFigures, unit: ReportUnitKind): string[] {
  const s = f.staff;
  if (s === undefined) return [];
  const out: string[] = [];
  if (s.total !== undefined) {
    const split: string[] = [];
    if (s.cadres !== undefined) split.push(`Cán bộ: ${p(s.cadres)} người`);
    if (s.civilServants !== undefined) split.push(`Công chức: ${p(s.civilServants)} người`);
    out.push(
      `Tổng số biên chế hiện nay ${n(s.total)} người${split.length > 0 ? ` (Trong đó: ${split.join(' và ')})` : ''}.`,
    );
    const q = qualificationText(s.qualifications);
    if (q !== null) out.push(`Cán bộ, công chức: ${n(s.total)} người. ${q}`);
  }
  if (s.partTime !== undefined) {
    const q = qualificationText(s.partTimeQualifications);
    out.push(
      `Người hoạt động không chuyên trách ở ${unit}: ${n(s.partTime)} người.${q !== null ? ` ${q}` : ''}`,
    );
  }
  return out;
}

function documentParagraphs(f: ReportFigures): string[] {
  const d = f.documents;
  if (d === undefined) return [];
  const sentences: string[] = [];
  if (d.signatures !== undefined) {
    const split: string[] = [];
    if (d.organisationSignatures !== undefined)
      split.push(`${p(d.organisationSignatures)} chữ ký số cơ quan`);
    if (d.personalSignatures !== undefined) split.push(`${p(d.personalSignatures)} chữ ký số cá nhân`);
    sentences.push(
      `Số lượng chữ ký số đã được cấp đến nay là ${p(d.signatures)} chữ ký số${split.length > 0 ? ` (gồm: ${split.join(' và ')})` : ''}.`,
    );
  }
  if (d.electronicRate !== undefined) {
    const counts =
      d.electronic !== undefined && d.total !== undefined
        ? ` (${n(d.electronic)}/${n(d.total)} văn bản)`
        : '';
    sentences.push(
      `Tỷ lệ văn bản được trao đổi dưới dạng điện tử đạt ${rateText(d.electronicRate)}${counts}.`,
    );
  } else if (d.electronic !== undefined && d.total !== undefined) {
    sentences.push(`Số văn bản được trao đổi dưới dạng điện tử: ${n(d.electronic)}/${n(d.total)} văn bản.`);
  }
  return sentences.length > 0 ? [sentences.join(' ')] : [];
}

/**
 * Write the paragraphs a commune report carries (viết các đoạn số liệu của báo cáo sơ kết, tổng
 * kết) in the style of the Phổ Phong report: numbers as `3.971`, rates as `3,3%`, small counts as
 * `07`. Only what the figures hold is stated: a missing figure drops its clause, and a section with
 * no figures drops its paragraph. Figures are stated as given, consistent or not; audit them with
 * {@link auditReport}.
 *
 * Paragraphs, in order: dossiers (received, resolved by timeliness, pending), dossier rates,
 * households (poor and near-poor with change and rate, movement), staff (establishment,
 * qualifications, part-time workers), documents (signatures, electronic rate).
 *
 * @param figures - The report's figures.
 * @param options - The unit's kind (default `xã`).
 * @returns The paragraphs (an empty array for empty figures).
 * @throws RangeError for an unknown unit kind or a malformed period date.
 * @example
 * renderReportVi({ dossiers: { received: 3971, resolved: 3927, pending: 44 } })
 * // => ['Trong kỳ báo cáo đã tiếp nhận 3.971 hồ sơ, đã giải quyết 3.927 hồ sơ, đang giải quyết 44 hồ sơ.']
 */
export function renderReportVi(figures: ReportFigures, options: RenderReportViOptions = {}): string[] {
  const unit = options.unitKind ?? 'xã';
  if (unit !== 'xã' && unit !== 'phường' && unit !== 'thị trấn')
    rangeError(`unknown unit kind ${show(unit)}.`);
  for (const d of [figures.periodStart, figures.periodEnd]) {
    if (d !== undefined && !isLocalDate(d)) rangeError(`period dates must be YYYY-MM-DD, got ${show(d)}.`);
  }
  return [
    ...dossierParagraphs(figures),
    ...householdParagraphs(figures, unit),
    ...staffParagraphs(figures, unit),
    ...documentParagraphs(figures),
  ];
}

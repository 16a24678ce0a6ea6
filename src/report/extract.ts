import type { Locale } from '../core/messages';
import {
  type AuditFiguresOptions,
  auditFigures,
  defaultBase,
  type FigureAudit,
  type FigureInterval,
  type FigureKind,
  type ReportFigure,
} from './figure';
import { type FoundNumber, findNumbers, parseVietnameseNumber } from './numbers';

// ---------------------------------------------------------------------------------------------
// Which numbers are figures

/** Units of time and of things that are not report figures. */
const NON_FIGURE_UNITS =
  /^(năm|tháng|ngày|giờ|phút|tuần|quý|kỳ|khóa|khoá|lần thứ|bậc|giây|GMT)(?![\p{L}\p{N}])/iu;
/** Words just before a number that make it a label, a rank or a date, not a figure. */
const NON_FIGURE_BEFORE =
  /(?:mức độ|mức|kỳ họp thứ|thứ|khóa|khoá|lần thứ|phiên bản(?: \S+)?|Covid\s*[-–]?|QCVN|ISO|TCVN|Điều|khoản|điểm|Lượt xem:|Q\.|GMT\+|ngày|tháng|năm|quý|xếp hạng|hạng|top|giai đoạn|nhiệm kỳ|Thứ \S+,)\s*$/iu;

function isNonFigure(text: string, n: FoundNumber, start: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(n.end, n.end + 12);
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lead = text.slice(lineStart, start);
  // Headings and numbered items: "**1. ", "## 2. ", "1) ", table row numbers "| 3 |" at a line start.
  if (/^[\s#*>-]*(?:[IVX]+\.\s*)?$/u.test(lead) && /^[.)]\s/u.test(text.slice(n.end, n.end + 2))) return true;
  if (/^\s*$/u.test(lead) && /^\s*\|/u.test(after) && n.kind === 'count' && (n.number ?? 0) < 100)
    return true;
  // Table header rows of column numbers: "| 1 | 2 | 3 |".
  if (/\|\s*$/u.test(before) && /^\s*\|\s*\d{1,2}\s*\|/u.test(after) && (n.number ?? 0) < 20) return true;
  if (/\|\s*[A-Z]\s*\|\s*$/u.test(before)) return true;
  // Clock times and time zones.
  if (/\d:\s*$/u.test(before) || /^:\d/u.test(after) || /GMT\+?\s*$/u.test(before)) return true;
  if (/^\s*(?:GMT|AM|PM)(?![\p{L}\p{N}])/u.test(after) && !/%/u.test(n.text)) return true;
  // Glued to letters or to a file name, dates in dots.
  if (/[\p{L}_/.-]$/u.test(before) && !/[\s(]$/u.test(before) && !/%/u.test(n.text)) return true;
  if (/^[\p{L}_]/u.test(text.slice(n.end, n.end + 1))) return true;
  if (/^\.\d{4}/u.test(after) || /^\s*\.(?:jpg|png)/u.test(after)) return true;
  if (/^\d{1,2}\.\d{1,2}\.\d{4}$/u.test(n.text.trim())) return true;
  if (NON_FIGURE_BEFORE.test(before)) {
    // "trên 90%" after "năm": still a figure when it is a percentage with a verb in between is rare; keep labels out.
    if (!/%|phần trăm/u.test(n.text)) return true;
    if (/(?:mức độ|mức|QCVN|ISO|TCVN)\s*$/iu.test(before)) return true;
  }
  if (n.unit !== null && NON_FIGURE_UNITS.test(n.unit)) return true;
  if (/^\s*(?:năm|tháng|ngày|tuần|quý)(?![\p{L}\p{N}])/iu.test(after) && !/%/u.test(n.text)) return true;
  // A bare year.
  if (n.kind === 'count' && n.scale === 1 && /^(19|20)\d\d$/u.test(n.value ?? '') && n.unit === null)
    return true;
  // "mức độ 3, 4", "Mức 1, 2": the second label.
  if (/(?:mức độ|mức)\s*\d,\s*$/iu.test(before)) return true;
  // Ranks "86/193", "23/47 châu Á".
  if (n.kind === 'fraction' && /(?:hạng|thứ|toàn cầu,?)\s*$/iu.test(before)) return true;
  return false;
}

/** The raw span of a figure: the number with its hedge, scale word and `%`, without the change word and the noun. */
function rawSpan(text: string, n: FoundNumber): { start: number; end: number } {
  let start = n.start;
  let end = n.end;
  if (n.changeWord !== null) {
    const seg = text.slice(start, end);
    const k = seg.toLowerCase().indexOf(n.changeWord.toLowerCase());
    if (k === 0) {
      start += n.changeWord.length;
      while (start < end && /\s/u.test(text[start]!)) start++;
    }
  }
  if (n.unit !== null && !/^%/u.test(n.unit)) {
    const seg = text.slice(start, end);
    const k = seg.lastIndexOf(n.unit.split(' ')[0]!);
    if (k > 0) {
      end = start + k;
      while (end > start && /\s/u.test(text[end - 1]!)) end--;
    }
  }
  // A trailing "trở lên" / "trở xuống" stays outside the raw figure.
  const seg = text.slice(start, end);
  const m = /\s+(?:trở lên|trở xuống)$/u.exec(seg);
  if (m !== null) end -= m[0].length;
  return { start, end };
}

/**
 * A total grouped by spaces after "tổng số" ("Trong tổng số 64 492 lao động") is one number:
 * it replaces the pieces read apart ("492 lao động"), keeping their counted noun.
 */
function spaceGrouped(text: string, found: readonly FoundNumber[]): FoundNumber[] {
  const out = [...found];
  for (const m of text.matchAll(/(?<=tổng số\s+)\d{1,3}(?: \d{3})+(?![\d.,])/giu)) {
    const s = m.index;
    const e = s + m[0].length;
    const p = parseVietnameseNumber(m[0]);
    if (p === null || p.value === null) continue;
    const pieces = out.filter((f) => f.start < e && s < f.end);
    const tail = pieces.find((f) => f.end >= e);
    for (const x of pieces) out.splice(out.indexOf(x), 1);
    const end = tail?.end ?? e;
    out.push({ ...p, unit: tail?.unit ?? null, start: s, end, text: text.slice(s, end) });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Numbers findNumbers leaves out after "tổng số", "trong số", "cấp": read them one by one. */
function supplement(text: string, found: readonly FoundNumber[]): FoundNumber[] {
  const out: FoundNumber[] = [];
  const re = /(?<![\p{L}\p{N}_/.,-])\d+(?:[.,]\d+)*(?:\s?%)?(?![\p{N}/])/gu;
  for (const m of text.matchAll(re)) {
    const s = m.index;
    const e = s + m[0].length;
    if (found.some((f) => f.start < e && s < f.end)) continue;
    const before = text.slice(Math.max(0, s - 12), s);
    if (!/(?:tổng số|trong số|cấp|tổng cộng|chỉ có)\s+$/iu.test(before)) continue;
    const p = parseVietnameseNumber(m[0].replace(/[.,]$/u, ''));
    if (p === null) continue;
    const raw = m[0].replace(/[.,]$/u, '');
    out.push({ ...p, start: s, end: s + raw.length, text: raw });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// What a figure is of

interface Cue {
  readonly re: RegExp;
  readonly quantity: string;
}

const c = (re: RegExp, quantity: string): Cue => ({ re, quantity });

/**
 * Cues of things households, people and documents have (sanitation, water, the channel of a
 * document), read before a number and, for a percentage, in the noun phrase after it ("88% hộ dân
 * có nhà tiêu hợp vệ sinh"). `documents.?` is resolved to incoming or outgoing by the words around.
 */
const THING_CUES: readonly Cue[] = [
  c(/nhà tiêu hợp(?: vệ sinh)?|nhà tắm hợp vệ sinh/iu, 'households.hygienicLatrine'),
  c(/chuồng trại/iu, 'households.hygienicLivestockPen'),
  c(/hộ[^,;.%]{0,30}nước sạch/iu, 'households.cleanWater'),
  c(/nước sạch|nước (?:đạt |theo )?(?:tiêu chuẩn |quy chuẩn )?QCVN 0?2/iu, 'persons.rural.cleanWater'),
  c(/hộ[^,;.%]{0,30}nước (?:sinh hoạt )?(?:hợp vệ sinh|đảm bảo vệ sinh)/iu, 'households.hygienicWater'),
  c(/nước (?:sinh hoạt )?(?:hợp vệ sinh|đảm bảo vệ sinh)/iu, 'persons.rural.hygienicWater'),
  c(/điện tử kèm (?:theo )?(?:văn bản )?giấy/iu, 'documents.?.electronicWithPaper'),
  c(/văn bản giấy|bằng (?:hình thức )?giấy|hình thức giấy/iu, 'documents.?.paper'),
  c(
    /văn bản điện tử|văn bản[^,;.%]{0,30}(?:qua|trên|bằng) (?:môi trường |đường )?mạng|qua đường điện tử/iu,
    'documents.?.electronic',
  ),
];

/** Incoming or outgoing, from the words around a document figure. */
function documentDirection(s: string): 'incoming' | 'outgoing' | null {
  if (/văn bản đi(?![\p{L}])|gửi đi|phát hành/iu.test(s)) return 'outgoing';
  if (/văn bản đến|gửi đến|(?<![\p{L}])nhận(?![\p{L}])/iu.test(s)) return 'incoming';
  if (/(?<![\p{L}])gửi(?![\p{L}])/iu.test(s)) return 'outgoing';
  return null;
}

/** Cues in the words before a number (nearest wins), most specific first within one place. */
/** "đúng hạn" alone: merged with early unless the same paragraph prints early apart. */
const ON_TIME_ALONE = 'dossiers.resolved.onTime?';

const LEFT_CUES: readonly Cue[] = [
  c(
    /đã và đang giải quyết|phải giải quyết|cần giải quyết|tổng số hồ sơ (?:giải quyết|thủ tục|TTHC)/iu,
    'dossiers.total',
  ),
  c(
    /sớm và đúng hạn|đúng và sớm hạn|đúng hạn và sớm|trước hạn,? (?:và )?đúng hạn|đúng (?:và|,) trước hạn|đúng hạn và trước hạn|đúng hạn, trước hạn|trước và đúng hạn/iu,
    'dossiers.resolved.earlyOrOnTime',
  ),
  c(/trước hạn|trước hẹn|sớm hạn/iu, 'dossiers.resolved.early'),
  c(/đúng hạn|đúng hẹn/iu, ON_TIME_ALONE),
  c(/trễ hạn|trễ hẹn|quá hạn|chậm (?:trả|hạn)|trễ/iu, 'dossiers.resolved.late'),
  c(/trong hạn|chưa đến hạn|còn hạn/iu, 'dossiers.pending.withinTerm'),
  c(/đang (?:giải quyết|xử lý)/iu, 'dossiers.pending'),
  c(/kỳ trước chuyển (?:sang|qua)|tồn (?:kỳ trước|chuyển)/iu, 'dossiers.carriedOver'),
  c(/mới tiếp nhận|tiếp nhận mới/iu, 'dossiers.received.new'),
  c(/tiếp nhận trực tuyến|nộp trực tuyến|hồ sơ trực tuyến/iu, 'dossiers.received.online'),
  c(/tiếp nhận trực tiếp/iu, 'dossiers.received.direct'),
  c(/bưu chính/iu, 'dossiers.received.postal'),
  c(/tiếp nhận|nhận được/iu, 'dossiers.received'),
  c(/đã giải quyết|giải quyết xong|đã xử lý|đã trả kết quả|giải quyết/iu, 'dossiers.resolved'),
  c(/trả lại|rút hồ sơ/iu, 'dossiers.returnedOrWithdrawn'),
  ...THING_CUES,
  c(/(?:hộ )?nghèo và (?:hộ )?cận nghèo|(?<!chuẩn )nghèo đa chiều/iu, 'households.poorOrNearPoor'),
  c(/thoát cận nghèo/iu, 'households.nearPoor.escaped'),
  c(/thoát nghèo/iu, 'households.poor.escaped'),
  c(/cận nghèo/iu, 'households.nearPoor'),
  c(/hộ nghèo|tỷ lệ nghèo/iu, 'households.poor'),
  c(/nhân khẩu|dân số/iu, 'persons.total'),
  c(/tổng số hộ|hộ dân/iu, 'households.total'),
  c(/chữ ký số cơ quan/iu, 'documents.signatures.organisation'),
  c(/chữ ký số cá nhân/iu, 'documents.signatures.personal'),
  c(/chữ ký số/iu, 'documents.signatures'),
  c(/dưới dạng điện tử|trao đổi (?:văn bản )?điện tử/iu, 'documents.exchanged.electronic'),
  c(/văn bản đi(?![\p{L}])/iu, 'documents.outgoing'),
  c(/văn bản đến/iu, 'documents.incoming'),
  c(/song song/iu, 'documents.parallel'),
  c(/sau đại học|trên đại học|thạc sĩ|thạc sỹ|tiến sĩ/iu, 'staff.qual.postgraduate'),
  c(/đại học/iu, 'staff.qual.university'),
  c(/cao đẳng/iu, 'staff.qual.college'),
  c(/trung cấp/iu, 'staff.qual.intermediate'),
  c(/sơ cấp/iu, 'staff.qual.elementary'),
  c(/không chuyên trách/iu, 'staff.partTime'),
  c(/(?:biên chế|cán bộ,? công chức|CB,? ?CC)(?: xã)?:?/iu, 'staff.total'),
  c(/(?:^|[\s(:;,.-])cán bộ:|cán bộ chuyên trách/iu, 'staff.cadres'),
  c(/(?:^|[\s(:;,.-])công chức:/iu, 'staff.civilServants'),
  c(/đại biểu nữ|nữ/iu, 'council.delegates.women'),
  c(/đại biểu/iu, 'council.delegates'),
];

/** Cues in the words after a number (the counted noun). */
const RIGHT_CUES: readonly Cue[] = [
  c(/^\s*(?:hộ )?nghèo và (?:hộ )?cận nghèo/iu, 'households.poorOrNearPoor'),
  c(/^\s*hộ nghèo (?:và (?:hộ )?cận nghèo )?đa chiều/iu, 'households.poorOrNearPoor'),
  c(/^\s*hộ cận nghèo/iu, 'households.nearPoor'),
  c(/^\s*hộ nghèo/iu, 'households.poor'),
  c(/^\s*hộ thoát nghèo/iu, 'households.poor.escaped'),
  c(/^\s*(?:hộ dân|hộ gia đình)/iu, 'households.total'),
  c(/^\s*nhân khẩu/iu, 'persons.total'),
  c(/^\s*chữ ký số cơ quan/iu, 'documents.signatures.organisation'),
  c(/^\s*chữ ký số cá nhân/iu, 'documents.signatures.personal'),
  c(/^\s*chữ ký số/iu, 'documents.signatures'),
  // "91 nữ trúng cử đại biểu": the counted noun is the women, not the delegates.
  c(/^\s*(?:nữ|chị em)(?: trúng cử)? (?:đại biểu|HĐND)/iu, 'council.delegates.women'),
  c(/^\s*đại biểu/iu, 'council.delegates'),
  c(/^\s*cán bộ,? công chức/iu, 'staff.total'),
  c(/^\s*công chức/iu, 'staff.civilServants'),
  c(/^\s*tiến sĩ/iu, 'staff.qual.doctorate'),
  c(/^\s*thạc s[ĩỹ]/iu, 'staff.qual.master'),
  c(/^\s*(?:xã|phường|thị trấn|đơn vị hành chính cấp xã)(?![\p{L}])/iu, 'adminUnits.communes'),
  c(/^\s*(?:huyện|quận|thị xã)(?![\p{L}])/iu, 'adminUnits.districts'),
  c(/^\s*(?:tỉnh|tỉnh, thành phố)(?![\p{L}])/iu, 'adminUnits.provinces'),
  c(/^\s*(?:cơ quan|cơ sở hành chính|sở, ngành)(?![\p{L}])/iu, 'adminUnits.bodies'),
  c(/^\s*đơn vị(?![\p{L}])/iu, 'adminUnits.communes'),
  c(/^\s*(?:thôn|xóm|tổ dân phố|bản)(?![\p{L}])/iu, 'adminUnits.hamlets'),
  c(/^\s*vùng(?![\p{L}])/iu, 'adminUnits.regions'),
];

const STAFF_SUBJECT: readonly Cue[] = [
  c(/không chuyên trách/iu, 'staff.partTime'),
  c(/(?:biên chế|cán bộ,? công chức|CB,? ?CC)(?: xã)?:?/iu, 'staff.total'),
  c(/(?<!cán bộ,? )(?<![\p{L}])công chức(?!,)/iu, 'staff.civilServants'),
];

function lastMatch(re: RegExp, s: string): number {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  let last = -1;
  for (const m of s.matchAll(g)) last = m.index + m[0].length;
  return last;
}

/** The clause before a number: back to the last figure, sentence end or semicolon. */
function clauseBefore(text: string, start: number, prevEnd: number): string {
  const from = Math.max(prevEnd, start - 90, text.lastIndexOf('\n', start - 1) + 1);
  const s = text.slice(from, start);
  const cut = Math.max(s.lastIndexOf('. '), s.lastIndexOf(';'));
  return cut >= 0 ? s.slice(cut + 1) : s;
}

function nearestCue(cues: readonly Cue[], s: string): { at: number; q: string } | null {
  let best: { at: number; q: string } | null = null;
  for (const cue of cues) {
    const at = lastMatch(cue.re, s);
    if (at >= 0 && (best === null || at > best.at)) best = { at, q: cue.quantity };
  }
  return best;
}

/** The first cue of the list (most specific first) that matches anywhere in `s`. */
function firstCue(cues: readonly Cue[], s: string): string | null {
  for (const cue of cues) if (cue.re.test(s)) return cue.quantity;
  return null;
}

/** The levels of training, as the noun phrase after a share names them. */
const QUALIFICATION_CUES: readonly Cue[] = [
  c(/^[^,;.]{0,32}(?:trình độ )?(?:trên đại học|sau đại học)/iu, 'staff.qual.postgraduate'),
  c(/^[^,;.]{0,32}trình độ đại học/iu, 'staff.qual.university'),
  c(/^[^,;.]{0,32}trình độ cao đẳng/iu, 'staff.qual.college'),
  c(/^[^,;.]{0,32}trình độ trung cấp/iu, 'staff.qual.intermediate'),
  c(/^[^,;.]{0,32}trình độ sơ cấp/iu, 'staff.qual.elementary'),
];

/** Subsets of council delegates, by the words just before their share. */
const COUNCIL_SUBSETS: readonly Cue[] = [
  c(/tái cử/iu, 'council.delegates.reelected'),
  c(/trẻ tuổi|dưới 40 tuổi/iu, 'council.delegates.young'),
  c(/dân tộc thiểu số/iu, 'council.delegates.ethnicMinority'),
  c(/(?<![\p{L}])nữ(?![\p{L}])/iu, 'council.delegates.women'),
];

/** Qualifiers of poor households printed after the noun. */
const POOR_QUALIFIERS: readonly Cue[] = [
  c(/dân tộc thiểu số|dân tộc thiếu số|đồng bào dân tộc/iu, '.ethnicMinority'),
  c(/tiêu chí thu nhập|về thu nhập|thu nhập thấp/iu, '.incomeCriterion'),
  c(/thiếu hụt (?:tiếp cận )?(?:các )?dịch vụ/iu, '.serviceDeprivation'),
  c(/bảo trợ xã hội/iu, '.socialProtection'),
  c(/người có công/iu, '.meritorious'),
  c(/phát sinh/iu, '.new'),
];

const ETHNIC_GROUPS: readonly Cue[] = [
  c(/dân tộc Dao\s*(?:với|\()?\s*$/iu, 'dao'),
  c(/dân tộc Tày\s*(?:với|\()?\s*$/iu, 'tay'),
  c(/dân tộc Mông\s*(?:với|\()?\s*$/iu, 'mong'),
  c(/dân tộc Nùng\s*(?:với|\()?\s*$/iu, 'nung'),
  c(/dân tộc Kinh\s*(?:với|\()?\s*$/iu, 'kinh'),
  c(/dân tộc Sán Chí\s*(?:với|\()?\s*$/iu, 'sanChi'),
  c(/dân tộc Hoa\s*(?:với|\()?\s*$/iu, 'hoa'),
  c(/dân tộc khác\s*(?:với|\()?\s*$/iu, 'other'),
];

/** Whether the counted noun printed after a number can be one of the quantity's things. */
function unitFits(q: string, unit: string | null): boolean {
  if (unit === null || /^%/u.test(unit)) return true;
  const u = unit.toLowerCase();
  if (q.startsWith('dossiers.')) return /^(?:hồ sơ|hs|bộ|bộ hồ sơ|trường hợp)/u.test(u);
  if (q.startsWith('households.')) return /^hộ/u.test(u);
  if (q.startsWith('persons.')) return /^(?:người|nhân khẩu|khẩu)/u.test(u);
  if (q.startsWith('staff.') || q.startsWith('council.'))
    return /^(?:người|đồng chí|đ\/c|cán bộ|công chức|đại biểu)/u.test(u);
  if (q.startsWith('documents.')) return /^(?:văn bản|vb|chữ ký|chứng thư)/u.test(u);
  return true;
}

interface Prev {
  readonly end: number;
  readonly quantity: string;
  readonly percent: boolean;
  /** The last count before, in the same paragraph, that is not a base of rates (all households). */
  readonly subject: string | null;
}

const BASE_QUANTITIES = new Set(['households.total', 'persons.total']);

function quantityOf(text: string, n: FoundNumber, prev: Prev | null, sentence: string): string {
  const unitAt = n.unit === null ? n.end : n.end - n.unit.length;
  const tail = text.slice(unitAt, unitAt + 70);
  const stop = tail.search(/[,;(.\n:]/u);
  const phrase = stop >= 0 ? tail.slice(0, stop) : tail;
  const prevEnd = prev?.end ?? 0;
  let left = clauseBefore(text, n.start, prevEnd);
  // The previous figure's noun ("79.677 hộ dân, chiếm tỷ lệ 20,82%") is not this one's cue.
  if (prev !== null && text.slice(prevEnd, n.start) === left && /^\s*\p{L}/u.test(left)) {
    const cut = left.search(/[,;:(]/u);
    if (cut >= 0) left = left.slice(cut + 1);
  }
  const lineStart = text.lastIndexOf('\n', n.start - 1) + 1;
  const sentenceBefore = (() => {
    const sb = text.slice(Math.max(lineStart, n.start - 300), n.start);
    const cut = sb.lastIndexOf('. ');
    return cut >= 0 ? sb.slice(cut + 2) : sb;
  })();
  let q: string | null = null;
  const percent = n.kind === 'percent';
  // "88% hộ dân có nhà tiêu hợp vệ sinh": the thing after the percentage, not the households.
  if (percent) q = firstCue(THING_CUES, phrase);
  if (q === null)
    for (const cue of RIGHT_CUES)
      if (cue.re.test(phrase)) {
        q = cue.quantity;
        break;
      }
  if (q === null && /^\s*(?:bộ hồ sơ|hồ sơ|HS)(?![\p{L}])/iu.test(phrase))
    q = firstCue(LEFT_CUES, phrase.replace(/^\s*(?:bộ hồ sơ|hồ sơ|HS)/iu, ''));
  if (q === null) q = nearestCue(LEFT_CUES, left)?.q ?? null;
  // "Trong đó, hộ đồng bào dân tộc thiểu số là 649 hộ": the subset of the subject before.
  if (
    q === null &&
    prev?.subject != null &&
    /^households\.(?:poor|nearPoor)$/u.test(prev.subject) &&
    /dân tộc thiểu số/iu.test(left)
  )
    q = `${prev.subject}.ethnicMinority`;
  if (q === null && prev !== null && prev.quantity !== 'unknown') {
    const between = text.slice(prevEnd, n.start);
    if (
      percent &&
      !prev.percent &&
      /chiếm|tỷ lệ|tỉ lệ|đạt|bằng|\(|tương ứng/iu.test(between) &&
      between.length < 40
    )
      q = BASE_QUANTITIES.has(prev.quantity) ? prev.subject : prev.quantity;
    else if (
      !percent &&
      prev.percent &&
      (/^\s*\(?\s*(?:tương ứng|tương đương|với|gồm)?(?: với)?\s*$/iu.test(between) ||
        /^[^\d%;.]{0,30}\(\s*(?:tương ứng|tương đương)(?: với)?\s*$/iu.test(between))
    )
      q = prev.quantity;
  }
  // "55,2% có trình độ đại học": a qualification share names its level after the number.
  if (q === null && percent) q = firstCue(QUALIFICATION_CUES, phrase);
  if (q === null) q = nearestCue(LEFT_CUES, sentenceBefore)?.q ?? null;
  // "nhận gần 64.000 văn bản": documents, incoming or outgoing by the verb.
  if (q === null && !percent && /^\s*văn bản(?![\p{L}])/iu.test(phrase)) q = 'documents.?.';
  // A list item ("+ Cấp thành phố: 13/ 55 (23,64%)") is of what its heading line names
  // ("- Tỷ lệ nữ trong HĐND các cấp nhiệm kỳ 2016-2021:").
  if (q === null) {
    const heading = listHeading(text, lineStart);
    if (heading !== null) q = nearestCue(LEFT_CUES, heading)?.q ?? null;
  }
  // "15 xóm, 2160 hộ và 9230 nhân khẩu": households with no other word are all households.
  if (q === null && !percent && /^\s*hộ,? và [\d.]+ (?:nhân khẩu|khẩu)/iu.test(phrase))
    q = 'households.total';
  if (q === null) return 'unknown';
  if (q.startsWith('documents.?.')) {
    const around = `${left} ${phrase}`;
    const dir = documentDirection(around) ?? documentDirection(sentenceBefore);
    const what = q.slice('documents.?.'.length);
    q = `documents.${dir ?? 'exchanged'}${what === '' ? '' : `.${what}`}`;
  }
  // Subsets of a council printed as shares ("tỷ lệ nữ chiếm 20%; dân tộc thiểu số tỷ lệ 100%").
  if (q.startsWith('council.delegates') && percent) {
    const sub = firstCue(COUNCIL_SUBSETS, left);
    if (sub !== null) q = sub;
  }
  if (!unitFits(q, n.unit)) return 'unknown';
  if (q === 'dossiers.resolved.late' || q === 'dossiers.resolved.earlyOrOnTime' || q === ON_TIME_ALONE) {
    const pend = lastMatch(/đang (?:giải quyết|xử lý)/iu, sentenceBefore);
    const done = lastMatch(/đã (?:được )?giải quyết|giải quyết xong|đã xử lý|đã trả/iu, sentenceBefore);
    if (pend >= 0 && pend > done)
      q = q === 'dossiers.resolved.late' ? 'dossiers.pending.overdue' : 'dossiers.pending.withinTerm';
  }
  // "Về lý luận chính trị, … trình độ trung cấp": political training, not the professional level.
  if (q.startsWith('staff.qual.') && /lý luận chính trị/iu.test(sentenceBefore))
    q = `staff.political.${q.slice('staff.qual.'.length)}`;
  if (q.startsWith('staff.qual.') || q.startsWith('staff.political.')) {
    const [, dim = 'qual', level = ''] = /^staff\.(qual|political)\.(.+)$/u.exec(q) ?? [];
    for (const s of STAFF_SUBJECT)
      if (s.re.test(sentence)) return s.quantity === 'staff.total' ? q : `${s.quantity}.${dim}.${level}`;
  }
  if (q === 'households.poor') {
    const grp = ETHNIC_GROUPS.find((g) => g.re.test(text.slice(Math.max(0, n.start - 30), n.start)));
    if (grp !== undefined) return `households.poor.ethnicity.${grp.quantity}`;
    const afterNoun = left.slice(Math.max(0, lastMatch(/hộ nghèo/iu, left)));
    const qual =
      firstCue(POOR_QUALIFIERS, phrase) ??
      (lastMatch(/hộ nghèo/iu, left) >= 0 ? firstCue(POOR_QUALIFIERS, afterNoun) : null);
    if (qual !== null) return `households.poor${qual}`;
  }
  return q;
}

/** The heading a list item line hangs from: the nearest earlier line ending with ":" (at most three lines up). */
function listHeading(text: string, lineStart: number): string | null {
  if (!/^\s*[+•*-]\s/u.test(text.slice(lineStart, lineStart + 8))) return null;
  let end = lineStart - 1;
  for (let k = 0; k < 6 && end > 0; k++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).trim();
    if (line !== '' && !/^[+•*]\s/u.test(line)) return /:$/u.test(line) ? line : null;
    end = start - 1;
  }
  return null;
}

function kindOf(text: string, n: FoundNumber, quantity: string): FigureKind {
  const left = text.slice(Math.max(0, n.start - 60), n.start);
  const clause = left.slice(Math.max(left.lastIndexOf('.'), left.lastIndexOf(';')) + 1);
  if (/phấn đấu|chỉ tiêu|mục tiêu|kế hoạch (?:giao|đề ra)|phải đạt|đến năm 20\d\d/iu.test(clause))
    return 'target';
  // A yearly rate with a bound ("giảm từ 5%/năm trở lên") is a target; without one, a yearly change.
  const after = text.slice(n.end, n.end + 16);
  const perYear = /\/\s*năm/u.test(n.text) || /^\s*\/\s*năm/u.test(after);
  if (perYear && (/^(?:\s*\/\s*năm)?\s*trở (?:lên|xuống)/u.test(after) || n.hedge?.bound === 'lower'))
    return 'target';
  if (perYear) return 'change';
  // Further in a sentence that states a goal ("phấn đấu đến năm 2020 giảm … xuống dưới 33%"),
  // except the starting value ("từ 48,14% năm 2015").
  const lineStart = text.lastIndexOf('\n', n.start - 1) + 1;
  const sentence = text.slice(lineStart, n.start);
  const head = sentence.slice(sentence.lastIndexOf('. ') + 1);
  if (/phấn đấu|chỉ tiêu|mục tiêu/iu.test(head) && !/từ\s*$/u.test(left)) return 'target';
  if (n.change !== null) return 'change';
  if (/^\s*so với(?! tổng)/iu.test(text.slice(n.end, n.end + 16))) return 'change';
  if (n.kind === 'percent' || (n.kind === 'decimal' && /^\s*%/u.test(text.slice(n.end, n.end + 3)))) {
    return quantity.includes('.qual.') || quantity.includes('ethnic') ? 'share' : 'rate';
  }
  return 'count';
}

// ---------------------------------------------------------------------------------------------
// Intervals (the report corpus's conventions)

function grainOf(value: number): number {
  if (value === 0) return 1;
  const s = String(value);
  if (s.includes('.')) return 10 ** -s.split('.')[1]!.length;
  let g = 1;
  let v = Math.round(value);
  while (v % 10 === 0 && v > 0) {
    v /= 10;
    g *= 10;
  }
  return g;
}

const HEDGE_WORDS = ['ít nhất', 'tối thiểu', 'khoảng', 'gần', 'hơn', 'trên', 'dưới'] as const;

function intervalOf(n: FoundNumber, percent: boolean): { interval?: FigureInterval; hedge?: string } {
  if (n.value === null) {
    if (n.interval !== null) {
      return {
        interval: {
          lower: n.interval.low === null ? null : Number(n.interval.low),
          upper: n.interval.high === null ? null : Number(n.interval.high),
          lowerInclusive: n.interval.lowInclusive,
          upperInclusive: n.interval.highInclusive,
        },
      };
    }
    return {};
  }
  const v = Number(n.value);
  const word = n.hedge?.word.toLowerCase();
  const hedge = word === undefined ? undefined : HEDGE_WORDS.find((h) => word === h || word.endsWith(h));
  if (word !== undefined) {
    const g = grainOf(v);
    const cap = (x: number): number => (percent ? Math.min(100, x) : x);
    let i: FigureInterval;
    if (hedge === 'gần') i = { lower: v - g, upper: v, lowerInclusive: true, upperInclusive: false };
    else if (hedge === 'hơn' || hedge === 'trên')
      i = { lower: v, upper: cap(v + g), lowerInclusive: false, upperInclusive: false };
    else if (hedge === 'khoảng')
      i = { lower: v - g / 2, upper: v + g / 2, lowerInclusive: true, upperInclusive: false };
    else if (hedge === 'dưới') i = { lower: 0, upper: v, lowerInclusive: true, upperInclusive: false };
    else if (hedge === 'ít nhất' || hedge === 'tối thiểu' || n.hedge?.bound === 'lower')
      i = { lower: v, upper: percent ? 100 : null, lowerInclusive: true, upperInclusive: true };
    else if (n.hedge?.bound === 'upper')
      i = { lower: 0, upper: v, lowerInclusive: true, upperInclusive: true };
    else i = { lower: v - g / 2, upper: v + g / 2, lowerInclusive: true, upperInclusive: false };
    return { interval: i, hedge: n.hedge?.word ?? word };
  }
  const d = n.decimals ?? 0;
  if (percent) {
    const h = 0.5 * 10 ** -d;
    if (v >= 100)
      return { interval: { lower: 100 - h, upper: 100, lowerInclusive: true, upperInclusive: true } };
    return {
      interval: { lower: Math.max(0, v - h), upper: v + h, lowerInclusive: true, upperInclusive: false },
    };
  }
  if (n.scale > 1) {
    const h = 0.5 * 10 ** -d * n.scale;
    return { interval: { lower: v - h, upper: v + h, lowerInclusive: true, upperInclusive: false } };
  }
  return {};
}

// ---------------------------------------------------------------------------------------------
// Public API

/**
 * Options of {@link extractReportFigures}.
 *
 * @example
 * const text = 'Tiếp nhận 3.971 hồ sơ; tổ chức 5 cuộc họp.';
 * extractReportFigures(text).map((f) => f.quantity) // => ['dossiers.received', 'unknown']
 * extractReportFigures(text, { includeUnknown: false }).map((f) => f.raw) // => ['3.971']
 */
export interface ExtractReportFiguresOptions {
  /** Keep figures whose quantity could not be told (`quantity: 'unknown'`; default `true`). */
  readonly includeUnknown?: boolean;
}

/**
 * Find the figures of a Vietnamese report in its prose (tìm số liệu trong văn bản báo cáo): every
 * count, rate, share, change and target, with its quantity (a label of the report corpus's
 * vocabulary, from the words around it: `đã tiếp nhận 3.971 hồ sơ` → `dossiers.received`,
 * `99 hộ nghèo` → `households.poor`, `trễ hạn: 22 hồ sơ` → `dossiers.resolved.late`), its base,
 * its interval (rates as half-up roundings, hedges and abbreviated thousands as bounds), its scope
 * (the paragraph; figures of two paragraphs are never compared) and its character span in `text`.
 * Dates, document numbers, headings, clock times, durations and service levels are not figures.
 *
 * @param text - The report's text (plain text, or the text of a `.docx`).
 * @param options - Whether to keep figures of unknown quantity.
 * @returns The figures in text order.
 * @example
 * extractReportFigures('đã tiếp nhận 3.971 hồ sơ, đã giải quyết 3.927 hồ sơ').map((f) => [f.raw, f.quantity, f.value])
 * // => [['3.971', 'dossiers.received', 3971], ['3.927', 'dossiers.resolved', 3927]]
 */
export function extractReportFigures(
  text: string,
  options: ExtractReportFiguresOptions = {},
): ReportFigure[] {
  const s = String(text);
  const found = spaceGrouped(s, findNumbers(s));
  const all = [...found, ...supplement(s, found)].sort((a, b) => a.start - b.start);
  const out: ReportFigure[] = [];
  const scopes = new Map<number, number>();
  let prev = null as Prev | null;
  for (const n of all) {
    if (isNonFigure(s, n, n.start)) continue;
    if (n.value === null && n.interval === null && n.kind !== 'fraction') continue;
    const span = rawSpan(s, n);
    const raw = s.slice(span.start, span.end);
    const lineStart = s.lastIndexOf('\n', n.start - 1) + 1;
    const lineEnd = s.indexOf('\n', n.end);
    const sentence = s.slice(Math.max(lineStart, n.start - 200), lineEnd < 0 ? s.length : lineEnd);
    const quantity = quantityOf(s, n, prev, sentence);
    const samePara: boolean = prev !== null && !s.slice(prev.end, n.start).includes('\n');
    const subject: string | null =
      n.kind !== 'percent' && quantity !== 'unknown' && !BASE_QUANTITIES.has(quantity)
        ? quantity
        : samePara
          ? (prev?.subject ?? null)
          : null;
    prev = { end: n.end, quantity, percent: n.kind === 'percent', subject };
    if (quantity === 'unknown' && options.includeUnknown === false) continue;
    const line = paragraphIndex(s, n.start);
    let scope = scopes.get(line);
    if (scope === undefined) {
      // A paragraph that opens "Trong đó" breaks down the figures of the one before: one scope.
      const last = out[out.length - 1];
      scope =
        last !== undefined && CONTINUATION.test(s.slice(lineStart, n.start)) ? (last.scope ?? line) : line;
      scopes.set(line, scope);
    }
    // A fraction "16.003/80.276 hộ" is two counts: the quantity over its base.
    if (n.kind === 'fraction' && n.numerator?.value && n.denominator?.value) {
      const slash = raw.indexOf('/');
      const numRaw = raw.slice(0, slash).trimEnd();
      const denLead = raw.slice(slash + 1).length - raw.slice(slash + 1).trimStart().length;
      const denStart = span.start + slash + 1 + denLead;
      const base = defaultBase(quantity) ?? 'unknown';
      out.push({
        raw: numRaw,
        start: span.start,
        end: span.start + numRaw.length,
        kind: 'count',
        quantity,
        value: Number(n.numerator.value),
        scope,
      });
      out.push({
        raw: s.slice(denStart, span.end),
        start: denStart,
        end: span.end,
        kind: 'count',
        quantity: quantity === 'unknown' ? 'unknown' : base,
        value: Number(n.denominator.value),
        scope,
      });
      continue;
    }
    const kind = kindOf(s, n, quantity);
    const percent = n.kind === 'percent';
    const { interval, hedge } = intervalOf(n, percent);
    const value =
      n.value === null
        ? n.kind === 'fraction'
          ? n.number
          : null
        : Number(n.value) * (n.change === 'decrease' ? -1 : 1);
    const times = !percent && n.unit !== null && /^lần(?! thứ)/iu.test(n.unit);
    const perYear = percent && (/\/\s*năm/u.test(n.text) || /^\s*\/\s*năm/u.test(s.slice(n.end, n.end + 8)));
    const unit = perYear
      ? 'points/year'
      : percent
        ? kind === 'change'
          ? 'points'
          : 'percent'
        : times
          ? 'times'
          : undefined;
    const unitWords = unitWordsBefore(s, span.start);
    // "48,14% năm 2015", "dưới 33% năm 2020": the year the figure is of.
    const year = /^\s*(?:vào )?năm ((?:19|20)\d\d)(?!\d)/u.exec(s.slice(span.end, span.end + 14))?.[1];
    const remainder =
      percent &&
      (/^\s*còn lại/u.test(s.slice(span.end, span.end + 12)) ||
        /còn lại(?: là)?\s*$/u.test(s.slice(Math.max(0, span.start - 14), span.start)));
    const order = percent && (kind === 'rate' || kind === 'share') ? orderedList(s, span.start) : null;
    out.push({
      raw,
      start: span.start,
      end: span.end,
      kind,
      quantity,
      value,
      ...(n.decimals !== null ? { decimals: n.decimals } : {}),
      ...(n.scale !== 1 ? { scale: n.scale } : {}),
      ...(interval !== undefined ? { interval } : {}),
      ...(hedge !== undefined ? { hedge } : {}),
      ...(unit !== undefined ? { unit } : {}),
      ...(n.change !== null ? { direction: n.change } : {}),
      ...(year !== undefined ? { period: year } : {}),
      ...(unitWords !== undefined ? { unitWords } : {}),
      scope,
      ...(remainder ? { remainder: true } : {}),
      ...(order !== null ? { order } : {}),
    });
  }
  const read = statedBases(s, regionLevels(s, tableColumns(s, out)));
  // "đúng hạn" alone is early-or-on-time unless the paragraph prints early dossiers apart.
  const withEarly = new Set(read.filter((f) => f.quantity === 'dossiers.resolved.early').map((f) => f.scope));
  return read.map((f) =>
    f.quantity === ON_TIME_ALONE
      ? {
          ...f,
          quantity: withEarly.has(f.scope) ? 'dossiers.resolved.onTime' : 'dossiers.resolved.earlyOrOnTime',
        }
      : f,
  );
}

/**
 * The ordered list a percentage belongs to, when its sentence announces an order before it:
 * "Xếp theo thứ tự, … cao nhất là A 35,22%; tiếp theo là B 34,41%; …" (descending, from the first
 * of "cao nhất" / "thấp nhất" after the announcement), "thấp nhất lần lượt là: A (7,4%), B (8,3%)"
 * (ascending). "lần lượt" alone means "respectively" and announces no order.
 */
function orderedList(s: string, at: number): { list: number; direction: 'descending' | 'ascending' } | null {
  const lineStart = s.lastIndexOf('\n', at - 1) + 1;
  const before = s.slice(lineStart, at);
  const cut = before.lastIndexOf('. ');
  const sentence = cut >= 0 ? before.slice(cut + 2) : before;
  const offset = at - sentence.length;
  const m = /(xếp theo thứ tự)|(cao|thấp) nhất lần lượt/iu.exec(sentence);
  if (m === null) return null;
  let direction: 'descending' | 'ascending';
  if (m[2] !== undefined) direction = m[2].toLowerCase() === 'cao' ? 'descending' : 'ascending';
  else {
    const first = /(cao|thấp) nhất/iu.exec(sentence.slice(m.index));
    if (first === null) return null;
    direction = first[1]!.toLowerCase() === 'cao' ? 'descending' : 'ascending';
  }
  return { list: offset + m.index, direction };
}

/**
 * Figures in the body of a pipe table take their quantity from the header cell of their column
 * ("Tỷ lệ hộ nghèo (%)", "Hộ cận nghèo"); a column headed "(%)" or "Tỷ lệ" holds rates printed
 * without `%`, read as half-up roundings at their printed decimals. The header is the block's
 * first lines up to the first row with a number past its label cells (a header may wrap over two
 * lines); a row of column numbers ("A | B | 1 | 2 | …") is neither.
 */
function tableColumns(s: string, figures: readonly ReportFigure[]): ReportFigure[] {
  const lines: { start: number; text: string }[] = [];
  let at = 0;
  for (const text of s.split('\n')) {
    lines.push({ start: at, text });
    at += text.length + 1;
  }
  const isRow = (t: string): boolean => (t.match(/\|/gu)?.length ?? 0) >= 2;
  const cells = (t: string): string[] => t.split('|');
  const hasData = (t: string): boolean =>
    cells(t)
      .slice(2)
      .some((c) => /\d/u.test(c));
  const columnNumbers = (t: string): boolean =>
    /^\s*[A-Z]\s*\|\s*[A-Z]\s*\|(?:\s*\d{1,2}\s*\|)+\s*(?:\|\s*)?$/u.test(t);
  const header = new Map<number, string[]>(); // line index → the header cells of its table
  for (let i = 0; i < lines.length; i++) {
    if (!isRow(lines[i]!.text)) continue;
    let j = i;
    let head = '';
    while (j < lines.length && isRow(lines[j]!.text) && !hasData(lines[j]!.text)) {
      const t = lines[j]!.text.trim();
      head += head === '' || head.endsWith('|') ? t : ` | ${t}`;
      j++;
    }
    const heads = cells(head).map((c) => c.trim());
    let k = j;
    while (k < lines.length && (isRow(lines[k]!.text) || lines[k]!.text.includes('|'))) {
      if (!columnNumbers(lines[k]!.text) && heads.length > 2) header.set(k, heads);
      k++;
    }
    i = Math.max(k - 1, i);
  }
  if (header.size === 0) return [...figures];
  return figures.map((f) => {
    const line = lines.findIndex(
      (l, n) => l.start <= f.start && f.start <= l.start + l.text.length && n >= 0,
    );
    const heads = header.get(line);
    if (heads === undefined) return f;
    const col = s.slice(lines[line]!.start, f.start).match(/\|/gu)?.length ?? 0;
    const h = heads[col];
    if (h === undefined || col < 2) return f;
    const cue = nearestCue(LEFT_CUES, h)?.q;
    if (cue === undefined || cue.startsWith('documents.?') || cue === ON_TIME_ALONE) return f;
    const percentColumn = /\(%\)|tỷ lệ|tỉ lệ/iu.test(h);
    if (!percentColumn) return f.kind === 'count' ? { ...f, quantity: cue } : f;
    if (f.value === null || f.hedge !== undefined) return f;
    const d = f.decimals ?? 0;
    const half = 0.5 * 10 ** -d;
    const interval: FigureInterval =
      f.value >= 100
        ? { lower: 100 - half, upper: 100, lowerInclusive: true, upperInclusive: true }
        : {
            lower: Math.max(0, f.value - half),
            upper: f.value + half,
            lowerInclusive: true,
            upperInclusive: false,
          };
    return { ...f, quantity: cue, kind: 'rate', unit: 'percent', decimals: d, interval };
  });
}

/**
 * The six socio-economic regions of Việt Nam (vùng kinh tế – xã hội, as the poverty reviews of the
 * Ministry of Labour list them), with the spellings reports use.
 */
const REGIONS: readonly (readonly [RegExp, string])[] = [
  [/trung du và miền núi phía bắc/iu, 'Trung du và miền núi phía Bắc'],
  [/đồng bằng sông hồng/iu, 'Đồng bằng sông Hồng'],
  [/bắc trung bộ và duyên hải miền trung/iu, 'Bắc Trung Bộ và duyên hải miền Trung'],
  [/tây nguyên/iu, 'Tây Nguyên'],
  [/đông nam bộ/iu, 'Đông Nam Bộ'],
  [/đồng bằng sông cửu long/iu, 'Đồng bằng sông Cửu Long'],
];
/** "toàn quốc", "cả nước" naming the country, not in a comparison ("cao nhất cả nước", "trong 6 vùng của cả nước"). */
const NATIONAL = /toàn quốc|cả nước/giu;
const COMPARISON_BEFORE = /(?:nhất|hai|ba|tư|năm|sáu|trong|của)\s*$/iu;

/**
 * Levels of a text that speaks of the regions: each figure is of the last region or of the
 * country named before it in its sentence, else earlier in its paragraph. A text naming no region
 * is left as it is (its figures keep no level).
 */
function regionLevels(s: string, figures: readonly ReportFigure[]): ReportFigure[] {
  if (!REGIONS.some(([re]) => re.test(s))) return [...figures];
  const mentions: { at: number; name: string; tier: 'region' | 'national' }[] = [];
  for (const [re, name] of REGIONS)
    for (const m of s.matchAll(new RegExp(re.source, 'giu')))
      mentions.push({ at: m.index + m[0].length, name, tier: 'region' });
  for (const m of s.matchAll(NATIONAL))
    if (!COMPARISON_BEFORE.test(s.slice(Math.max(0, m.index - 14), m.index)))
      mentions.push({ at: m.index + m[0].length, name: 'Việt Nam', tier: 'national' });
  mentions.sort((a, b) => a.at - b.at);
  return figures.map((f) => {
    if (f.level !== undefined) return f;
    const paraStart = s.lastIndexOf('\n', f.start - 1) + 1;
    let last: (typeof mentions)[number] | undefined;
    for (const m of mentions) if (m.at <= f.start && m.at > paraStart) last = m;
    return last === undefined ? f : { ...f, level: { tier: last.tier, name: last.name } };
  });
}

/** The words naming a whole unit in the sentence before a figure ("toàn huyện", "toàn xã", "cả nước"). */
function unitWordsBefore(s: string, at: number): string | undefined {
  const lineStart = s.lastIndexOf('\n', at - 1) + 1;
  const before = s.slice(Math.max(lineStart, at - 200), at);
  const cut = before.lastIndexOf('. ');
  const sentence = cut >= 0 ? before.slice(cut + 2) : before;
  let last: string | undefined;
  for (const m of sentence.matchAll(
    /toàn (?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh|quốc)(?![\p{L}])|cả nước/giu,
  ))
    last = m[0].toLowerCase();
  return last;
}

/** The counted noun after a figure: its first one or two words ("lao động", "cơ sở"). */
function nounAfter(s: string, end: number): string | null {
  const m = /^\s*(\p{L}+(?: \p{L}+)?)/u.exec(s.slice(end, end + 30));
  return m === null ? null : m[1]!.toLowerCase();
}

/**
 * A base the text states for what follows: "Trong tổng số 64 492 lao động, … cơ sở hành chính
 * chiếm 81%, (52.756 lao động); … 6,62% (4.272 lao động)". The total is `counted.<noun>`; each
 * percentage of its paragraph not otherwise read is a part of it, `counted.<noun>.<k>` over the
 * base `counted.<noun>` (stated), with the count "(n <noun>)" printed right after it.
 */
function statedBases(s: string, figures: readonly ReportFigure[]): ReportFigure[] {
  const out = [...figures];
  out.forEach((b, bi) => {
    if (b.kind !== 'count' || b.quantity !== 'unknown' || !isExactFigure(b)) return;
    if (!/tổng số\s*$/iu.test(s.slice(Math.max(0, b.start - 12), b.start))) return;
    const noun = nounAfter(s, b.end);
    if (noun === null) return;
    const base = `counted.${noun}`;
    out[bi] = { ...b, quantity: base };
    let k = 0;
    for (let i = bi + 1; i < out.length; i++) {
      const p = out[i]!;
      if (p.scope !== b.scope) break;
      if (p.kind !== 'rate' || p.quantity !== 'unknown') continue;
      k++;
      const q = `${base}.${k}`;
      out[i] = { ...p, quantity: q, base, baseSource: 'stated' };
      const c = out[i + 1];
      if (
        c !== undefined &&
        c.kind === 'count' &&
        c.quantity === 'unknown' &&
        /^[\s,]*\(\s*$/u.test(s.slice(p.end, c.start)) &&
        nounAfter(s, c.end) === noun
      ) {
        out[i + 1] = { ...c, quantity: q };
        i++;
      }
    }
  });
  return out;
}

function isExactFigure(f: ReportFigure): boolean {
  return f.interval === undefined && f.value !== null && Number.isSafeInteger(f.value);
}

/** The opening of a paragraph that continues the one before ("Trong đó, …": a breakdown of its figures). */
const CONTINUATION = /^\s*Trong đó(?![\p{L}])/u;

function paragraphIndex(s: string, at: number): number {
  let k = 0;
  let i = s.indexOf('\n');
  while (i >= 0 && i < at) {
    k++;
    i = s.indexOf('\n', i + 1);
  }
  return k;
}

/**
 * Options of {@link auditReportText}.
 *
 * @example
 * const text = 'Đã giải quyết 3 hồ sơ, trong đó trước hạn, đúng hạn 2 hồ sơ, đạt tỷ lệ 66,6%.';
 * auditReportText(text, { locale: 'en' }).findings[0]?.message
 * // => 'Resolved early or on time: printed rate [66.55; 66.65)% disagrees with 2 / 3 (digits cut off only).'
 * auditReportText(text, { locale: 'en', roundingIsFinding: false }).verdict // => 'consistent'
 */
export interface AuditReportTextOptions extends AuditFiguresOptions {
  /** Language of the messages (default `vi`). */
  readonly locale?: Locale;
}

/**
 * The audit of a report's text: the figures found, every check with the spans of its figures, the
 * findings and the verdict.
 *
 * @example
 * const { figures, findings, verdict } = auditReportText('Đã giải quyết 3.927 hồ sơ (trước hạn, đúng hạn 3.008 hồ sơ, trễ hạn 22 hồ sơ).');
 * verdict // => 'inconsistent'
 * findings[0]?.figures.map((i) => figures[i]?.raw) // => ['3.927', '3.008', '22'] (where the finding is)
 */
export interface ReportTextAudit extends FigureAudit {
  /** The figures found (indices of the checks point into this list). */
  readonly figures: readonly ReportFigure[];
}

/**
 * Audit a report from its text (kiểm tra báo cáo từ văn bản): {@link extractReportFigures}, then
 * `auditFigures`. Every finding points at its figures, whose spans locate it in `text`.
 *
 * @param text - The report's text.
 * @param options - Locale; whether rounding-only breaks are findings; the relations.
 * @returns Figures, checks, findings and the verdict (`consistent`, `inconsistent`, `rounding_only`, `cannot_verify`).
 * @example
 * const a = auditReportText('đã tiếp nhận 3.971 hồ sơ, đã giải quyết 3.927 hồ sơ (trước hạn, đúng hạn: 3.008 hồ sơ, trễ hạn: 22 hồ sơ, đang giải quyết 44 hồ sơ');
 * a.verdict // => 'inconsistent'
 * a.findings[0]?.left // => '3.927'
 */
export function auditReportText(text: string, options: AuditReportTextOptions = {}): ReportTextAudit {
  const figures = extractReportFigures(text);
  return { figures, ...auditFigures(figures, options) };
}

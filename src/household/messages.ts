import {
  defineMessage,
  type FieldLabels,
  type IssueOf,
  type Locale,
  type Message,
  param,
} from '../core/messages';

/**
 * Labels of the household's fields (nhãn các trường của hộ), in Vietnamese and English: messages
 * name a field by its label, never by its key.
 *
 * @example
 * HOUSEHOLD_FIELD_LABELS.incomePerPerson.vi // => 'thu nhập bình quân đầu người'
 */
export const HOUSEHOLD_FIELD_LABELS = {
  code: { vi: 'mã hộ', en: 'household code' },
  head: { vi: 'chủ hộ', en: 'head of household' },
  village: { vi: 'thôn, tổ dân phố', en: 'village' },
  area: { vi: 'khu vực', en: 'area' },
  ethnicMinority: { vi: 'dân tộc thiểu số', en: 'ethnic minority' },
  memberCount: { vi: 'số nhân khẩu', en: 'number of members' },
  members: { vi: 'nhân khẩu', en: 'members' },
  age: { vi: 'tuổi', en: 'age' },
  incomePerPerson: { vi: 'thu nhập bình quân đầu người', en: 'income per person' },
  scoreA: { vi: 'điểm A', en: 'score A' },
  scoreB: { vi: 'điểm B', en: 'score B' },
  deprivations: { vi: 'các chỉ số thiếu hụt', en: 'deprivation indicators' },
  deprivationCount: { vi: 'số chỉ số thiếu hụt', en: 'number of deprivations' },
  reviewDate: { vi: 'ngày rà soát', en: 'review date' },
  recordedClass: { vi: 'phân loại đã ghi', en: 'recorded class' },
} as const satisfies FieldLabels;

/** The deprivation indicators of Nghị định 07/2021/NĐ-CP as messages name them. */
const INDICATOR_WORDS: Readonly<Record<string, Message>> = {
  employment: { vi: 'Việc làm', en: 'Employment' },
  dependants: { vi: 'Người phụ thuộc trong hộ gia đình', en: 'Dependants in the household' },
  nutrition: { vi: 'Dinh dưỡng', en: 'Nutrition' },
  'health-insurance': { vi: 'Bảo hiểm y tế', en: 'Health insurance' },
  'adult-education': { vi: 'Trình độ giáo dục của người lớn', en: 'Education of adults' },
  'school-attendance': { vi: 'Tình trạng đi học của trẻ em', en: 'School attendance of children' },
  'housing-quality': { vi: 'Chất lượng nhà ở', en: 'Housing quality' },
  'housing-area': { vi: 'Diện tích nhà ở bình quân đầu người', en: 'Housing area per person' },
  'drinking-water': { vi: 'Nguồn nước sinh hoạt', en: 'Drinking water source' },
  sanitation: { vi: 'Nhà tiêu hợp vệ sinh', en: 'Hygienic latrine' },
  telecommunications: { vi: 'Sử dụng dịch vụ viễn thông', en: 'Use of telecommunication services' },
  'information-means': { vi: 'Phương tiện phục vụ tiếp cận thông tin', en: 'Means of access to information' },
  'waste-treatment': { vi: 'Xử lý rác thải', en: 'Waste treatment' },
};

/** An indicator by name in a language; a caller's own indicator keeps its key. */
const indicator = (key: string, locale: Locale): string =>
  Object.hasOwn(INDICATOR_WORDS, key) ? INDICATOR_WORDS[key]![locale] : key;
const indicators = (keys: readonly string[], locale: Locale): string =>
  keys.length === 0 ? '–' : keys.map((k) => indicator(k, locale)).join(', ');

const LINE_WORDS = {
  poverty: { vi: 'chuẩn nghèo', en: 'poverty line' },
  'near-poverty': { vi: 'chuẩn cận nghèo', en: 'near-poverty line' },
  'average-living-standard': { vi: 'chuẩn mức sống trung bình', en: 'average-living-standard line' },
} as const satisfies Readonly<Record<string, Message>>;

const AREA_WORDS = {
  rural: { vi: 'nông thôn', en: 'rural' },
  urban: { vi: 'thành thị', en: 'urban' },
} as const satisfies Readonly<Record<string, Message>>;

const line = /* @__PURE__ */ param.enumOf(LINE_WORDS);
const area = /* @__PURE__ */ param.enumOf(AREA_WORDS);
/** A list of indicator keys. */
const indicatorList = { kind: 'text', sample: ['employment', 'sanitation'] } as const satisfies {
  kind: 'text';
  sample: readonly string[];
};
const fieldIssue = { path: param.field, received: param.text } as const;
/** The member a path points at, counted from 1 (`members.2.age` → `3`), else the path. */
const member = (path: string): string => {
  const m = /^members\.(\d+)\./.exec(path);
  return m === null ? path : String(Number(m[1]) + 1);
};
const unclassifiable = { household: param.text, standard: param.text, area } as const;
const lineTest = { value: param.number, line, lineValue: param.number, area } as const;

/**
 * Messages of the household domain (thông báo lĩnh vực hộ nghèo), Vietnamese and English, keyed by
 * stable code: validation codes (`vn.household.*`), the reasons of a classification
 * (`vn.household.reason.*`) and why a household cannot be classified
 * (`vn.household.unclassifiable.*`). Each is a function per language over the raw parameters (the line,
 * the area and the indicators as keys), which it translates.
 *
 * Legal basis: none (wording of the library).
 *
 * @example
 * renderMessage(HOUSEHOLD_MESSAGES['vn.household.negative_income'],
 *   { path: 'incomePerPerson', received: '-5' }, 'vi', { fields: [HOUSEHOLD_FIELD_LABELS] })
 * // => 'Trường «thu nhập bình quân đầu người» không được âm: -5.'
 */
export const HOUSEHOLD_MESSAGES = /* @__PURE__ */ (() =>
  ({
    'vn.household.negative_income': /* @__PURE__ */ defineMessage(fieldIssue, {
      vi: (p, c) => `Trường «${c.field(p.path)}» không được âm: ${p.received}.`,
      en: (p, c) => `Field "${c.field(p.path)}" cannot be negative: ${p.received}.`,
    }),
    'vn.household.negative_age': /* @__PURE__ */ defineMessage(fieldIssue, {
      vi: (p) => `Tuổi của nhân khẩu thứ ${member(p.path)} không được nhỏ hơn 0: ${p.received}.`,
      en: (p) => `The age of member ${member(p.path)} cannot be below 0: ${p.received}.`,
    }),
    'vn.household.age_too_high': /* @__PURE__ */ defineMessage(fieldIssue, {
      vi: (p) => `Tuổi của nhân khẩu thứ ${member(p.path)} không hợp lý (trên 150): ${p.received}.`,
      en: (p) => `The age of member ${member(p.path)} is implausible (above 150): ${p.received}.`,
    }),
    'vn.household.negative_score': /* @__PURE__ */ defineMessage(fieldIssue, {
      vi: (p, c) => `Điểm rà soát «${c.field(p.path)}» không được âm: ${p.received}.`,
      en: (p, c) => `Review score "${c.field(p.path)}" cannot be negative: ${p.received}.`,
    }),
    'vn.household.too_many_deprivations': /* @__PURE__ */ defineMessage(
      { count: param.number, max: param.number },
      {
        vi: (p) => `Số chỉ số thiếu hụt (${p.count}) vượt quá số chỉ số của chuẩn nghèo (${p.max}).`,
        en: (p) =>
          `The number of deprivations (${p.count}) exceeds the number of indicators of the standard (${p.max}).`,
      },
    ),
    'vn.household.indicator_not_in_standard': /* @__PURE__ */ defineMessage(
      { indicator: param.text, standard: param.text, date: param.date },
      {
        vi: (p) =>
          `Chỉ số thiếu hụt «${indicator(p.indicator, 'vi')}» không thuộc chuẩn nghèo ${p.standard} áp dụng tại ngày rà soát ${p.date}; nếu đã đối chiếu văn bản, khai báo danh mục chỉ số qua customPovertyStandard(…, { dimensions }) và tùy chọn standards.`,
        en: (p) =>
          `Deprivation indicator "${indicator(p.indicator, 'en')}" is not part of standard ${p.standard}, in force on the review date ${p.date}; if you have checked the decree, declare the indicator list with customPovertyStandard(…, { dimensions }) and the standards option.`,
      },
    ),
    'vn.household.duplicate_deprivation': /* @__PURE__ */ defineMessage(
      { path: param.field },
      {
        vi: (p, c) => `Một chỉ số thiếu hụt được ghi hai lần trong «${c.field(p.path)}».`,
        en: (p, c) => `A deprivation indicator is listed twice in "${c.field(p.path)}".`,
      },
    ),
    'vn.household.deprivation_count_mismatch': /* @__PURE__ */ defineMessage(
      { count: param.number, listed: param.number },
      {
        vi: (p) => `Số chỉ số thiếu hụt ghi (${p.count}) khác số chỉ số được liệt kê (${p.listed}).`,
        en: (p) =>
          `The recorded number of deprivations (${p.count}) differs from the indicators listed (${p.listed}).`,
      },
    ),
    'vn.household.no_standard_in_force': /* @__PURE__ */ defineMessage(
      { date: param.date },
      {
        vi: (p) =>
          `Không có chuẩn nghèo nào có hiệu lực vào ngày rà soát ${p.date} (chuẩn quốc gia áp dụng từ 01/01/2016 đến 31/12/2030).`,
        en: (p) =>
          `No poverty standard is in force on the review date ${p.date} (national standards cover 2016-01-01 to 2030-12-31).`,
      },
    ),
    'vn.household.no_income_or_score': /* @__PURE__ */ defineMessage(
      {},
      {
        vi: () => 'Hộ không có thu nhập bình quân đầu người cũng không có điểm A: không thể phân loại.',
        en: () => 'The household has neither an income per person nor a score A: it cannot be classified.',
      },
    ),
    'vn.household.score_b_not_multiple': /* @__PURE__ */ defineMessage(
      { score: param.number },
      {
        vi: (p) => `Điểm B (${p.score}) phải là bội số của 10 (10 điểm cho mỗi chỉ số thiếu hụt).`,
        en: (p) => `Score B (${p.score}) must be a multiple of 10 (10 points per deprivation).`,
      },
    ),
    'vn.household.duplicate_code': /* @__PURE__ */ defineMessage(
      { key: param.text, firstRow: param.number },
      {
        vi: (p) => `Mã hộ «${p.key}» trùng với dòng ${p.firstRow} (dòng đầu tiên được giữ lại).`,
        en: (p) => `Household code "${p.key}" repeats row ${p.firstRow} (the first row is kept).`,
      },
    ),
    'vn.household.unclassifiable.no_income': /* @__PURE__ */ defineMessage(unclassifiable, {
      vi: (p) =>
        `Hộ ${p.household} (khu vực ${AREA_WORDS[p.area].vi}) không có thu nhập bình quân đầu người: không thể phân loại theo thu nhập của chuẩn nghèo ${p.standard}.`,
      en: (p) =>
        `Household ${p.household} (${AREA_WORDS[p.area].en}) has no income per person: it cannot be classified by the income lines of standard ${p.standard}.`,
    }),
    'vn.household.unclassifiable.no_score_a': /* @__PURE__ */ defineMessage(unclassifiable, {
      vi: (p) =>
        `Hộ ${p.household} (khu vực ${AREA_WORDS[p.area].vi}) không có điểm A: không thể phân loại theo điểm rà soát của chuẩn nghèo ${p.standard}.`,
      en: (p) =>
        `Household ${p.household} (${AREA_WORDS[p.area].en}) has no score A: it cannot be classified by the review scores of standard ${p.standard}.`,
    }),
    'vn.household.unclassifiable.no_scoring': /* @__PURE__ */ defineMessage(unclassifiable, {
      vi: (p) =>
        `Chuẩn nghèo ${p.standard} chưa có cách chấm điểm rà soát đã kiểm chứng: hộ ${p.household} (khu vực ${AREA_WORDS[p.area].vi}) chỉ có điểm nên không phân loại được; cung cấp cách chấm điểm qua customPovertyStandard(…, { scoring, legalBasis }).`,
      en: (p) =>
        `Standard ${p.standard} has no verified review scoring: household ${p.household} (${AREA_WORDS[p.area].en}), with scores only, cannot be classified; supply the scoring with customPovertyStandard(…, { scoring, legalBasis }).`,
    }),
    'vn.household.unclassifiable.no_average_line': /* @__PURE__ */ defineMessage(unclassifiable, {
      vi: (p) =>
        `Chuẩn nghèo ${p.standard} chưa có chuẩn mức sống trung bình khu vực ${AREA_WORDS[p.area].vi}: hộ ${p.household} có thu nhập trên chuẩn nghèo nên không phân loại được; cung cấp chuẩn qua customPovertyStandard hoặc dùng tùy chọn averageLivingStandard: 'skip'.`,
      en: (p) =>
        `Standard ${p.standard} has no ${AREA_WORDS[p.area].en} average-living-standard line: household ${p.household}, above the poverty line, cannot be classified; supply the line with customPovertyStandard or pass averageLivingStandard: 'skip'.`,
    }),
    'vn.household.reason.income_at_or_below': /* @__PURE__ */ defineMessage(lineTest, {
      vi: (p) =>
        `Thu nhập ${p.value} đồng/người/tháng không vượt ${LINE_WORDS[p.line].vi} (${p.lineValue} đồng, khu vực ${AREA_WORDS[p.area].vi}).`,
      en: (p) =>
        `Income ${p.value} VND per person per month is at or below the ${LINE_WORDS[p.line].en} (${p.lineValue} VND, ${AREA_WORDS[p.area].en}).`,
    }),
    'vn.household.reason.income_above': /* @__PURE__ */ defineMessage(lineTest, {
      vi: (p) =>
        `Thu nhập ${p.value} đồng/người/tháng cao hơn ${LINE_WORDS[p.line].vi} (${p.lineValue} đồng, khu vực ${AREA_WORDS[p.area].vi}).`,
      en: (p) =>
        `Income ${p.value} VND per person per month is above the ${LINE_WORDS[p.line].en} (${p.lineValue} VND, ${AREA_WORDS[p.area].en}).`,
    }),
    'vn.household.reason.score_at_or_below': /* @__PURE__ */ defineMessage(lineTest, {
      vi: (p) =>
        `Điểm A ${p.value} không vượt ngưỡng ${p.lineValue} điểm (${LINE_WORDS[p.line].vi}, khu vực ${AREA_WORDS[p.area].vi}).`,
      en: (p) =>
        `Score A ${p.value} is at or below ${p.lineValue} points (${LINE_WORDS[p.line].en}, ${AREA_WORDS[p.area].en}).`,
    }),
    'vn.household.reason.score_above': /* @__PURE__ */ defineMessage(lineTest, {
      vi: (p) =>
        `Điểm A ${p.value} cao hơn ngưỡng ${p.lineValue} điểm (${LINE_WORDS[p.line].vi}, khu vực ${AREA_WORDS[p.area].vi}).`,
      en: (p) =>
        `Score A ${p.value} is above ${p.lineValue} points (${LINE_WORDS[p.line].en}, ${AREA_WORDS[p.area].en}).`,
    }),
    'vn.household.reason.indicators_not_in_standard': /* @__PURE__ */ defineMessage(
      { standard: param.text, indicators: indicatorList },
      {
        vi: (p) =>
          `Không tính các chỉ số không thuộc chuẩn nghèo ${p.standard}: ${indicators(p.indicators, 'vi')}.`,
        en: (p) => `Not counted, not part of standard ${p.standard}: ${indicators(p.indicators, 'en')}.`,
      },
    ),
    'vn.household.reason.deprivations': /* @__PURE__ */ defineMessage(
      { count: param.number, cutoff: param.number, indicators: indicatorList },
      {
        vi: (p) => `Thiếu hụt ${p.count} chỉ số (ngưỡng ${p.cutoff}): ${indicators(p.indicators, 'vi')}.`,
        en: (p) => `${p.count} deprivations (cut-off ${p.cutoff}): ${indicators(p.indicators, 'en')}.`,
      },
    ),
  }) as const)();

/** The issues and classification reasons of the household domain, with their raw parameters. */
export type HouseholdIssue = IssueOf<typeof HOUSEHOLD_MESSAGES>;

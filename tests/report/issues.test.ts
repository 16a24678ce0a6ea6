import { describe, expect, it } from 'vitest';
import {
  auditReport,
  printedRate,
  type ReportFigures,
  type ReportIssue,
  type ReportRule,
  renderReportIssue,
} from '../../src/report/index';

// Issue 13 item 4: the report audit's findings as typed issues over RAW parameters (paths,
// counts, signs, printed rates, exact decimals). Each case below writes the issue by hand from
// the figures and checks that its message, rendered in each language, is the audit's message for
// the same figures: the typed catalogue says what the audit says, without pre-filled pieces.

const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđ]/i;

const lessOrEqual: ReportRule = {
  kind: 'comparison',
  code: 'test.escaped_within_start',
  description: { vi: 'Thoát nghèo ≤ nghèo đầu năm', en: 'Escaped ≤ poor at the start' },
  left: [{ field: 'households.poorEscaped' }],
  operator: '<=',
  right: [{ field: 'households.poorAtStart' }],
  importance: 'high',
  tolerance: 0,
  missing: 'skip-if-any-missing',
};
const atLeast: ReportRule = { ...lessOrEqual, code: 'test.at_least', operator: '>=' };

const cases: readonly {
  readonly name: string;
  readonly figures: ReportFigures;
  readonly rules?: readonly ReportRule[];
  readonly issue: ReportIssue;
}[] = [
  {
    name: 'sum: 99 ≠ 97 − 5 + 1 + 4 = 97',
    figures: { households: { poor: 99, poorAtStart: 97, poorEscaped: 5, poorFellBack: 1, poorNew: 4 } },
    issue: {
      code: 'vn.report.sum_mismatch',
      params: {
        leftFields: ['households.poor'],
        leftValues: [99],
        leftSigns: [1],
        rightFields: [
          'households.poorAtStart',
          'households.poorEscaped',
          'households.poorFellBack',
          'households.poorNew',
        ],
        rightValues: [97, 5, 1, 4],
        rightSigns: [1, -1, 1, 1],
        gap: 2,
      },
    },
  },
  {
    name: 'subset: 10 escaped of 8 poor at the start',
    figures: { households: { poorEscaped: 10, poorAtStart: 8 } },
    rules: [lessOrEqual],
    issue: {
      code: 'vn.report.subset_exceeds',
      params: {
        leftFields: ['households.poorEscaped'],
        leftValues: [10],
        leftSigns: [1],
        rightFields: ['households.poorAtStart'],
        rightValues: [8],
        rightSigns: [1],
        gap: 2,
      },
    },
  },
  {
    name: 'comparison: 3 ≥ 5 fails by −2',
    figures: { households: { poorEscaped: 3, poorAtStart: 5 } },
    rules: [atLeast],
    issue: {
      code: 'vn.report.comparison_failed',
      params: {
        leftFields: ['households.poorEscaped'],
        leftValues: [3],
        leftSigns: [1],
        rightFields: ['households.poorAtStart'],
        rightValues: [5],
        rightSigns: [1],
        operator: '>=',
        gap: -2,
      },
    },
  },
  {
    // 99 / 3000 = 3,3% printed 3,5%: 0,2 points off.
    name: 'rate: 3,5% printed for 99 of 3.000',
    figures: { households: { poor: 99, total: 3000, poorRate: printedRate('3,5%') } },
    issue: {
      code: 'vn.report.rate_mismatch',
      params: {
        rate: 'households.poorRate',
        printed: { text: '3,5%', value: '3.5', decimals: 1 },
        numerator: [99],
        denominator: [3000],
        computed: '3.3',
        gap: '0.2',
      },
    },
  },
  {
    // 2 / 3 = 66,666…%: 66,67% rounded, 66,66% cut.
    name: 'rate cut, not rounded: 66,66% for 2 of 3',
    figures: { households: { poor: 2, total: 3, poorRate: printedRate('66,66%') } },
    issue: {
      code: 'vn.report.rate_truncated',
      params: {
        rate: 'households.poorRate',
        printed: { text: '66,66%', value: '66.66', decimals: 2 },
        numerator: [2],
        denominator: [3],
        computed: '66.67',
        exact: '66.66666',
      },
    },
  },
  {
    // Phổ Phong, 22/06/2023: 99 at 3,3% → 2.956–3.046; 219 at 7,64% → 2.865–2.868; 2.956 − 2.868 = 88.
    name: 'two rates over one total whose ranges do not meet',
    figures: {
      households: {
        poor: 99,
        poorRate: printedRate('3,3%'),
        nearPoor: 219,
        nearPoorRate: printedRate('7,64%'),
      },
    },
    issue: {
      code: 'vn.report.denominator_mismatch',
      params: {
        firstRate: 'households.poorRate',
        firstPrinted: { text: '3,3%', value: '3.3', decimals: 1 },
        firstCount: 99,
        firstMin: 2956,
        firstMax: 3046,
        secondRate: 'households.nearPoorRate',
        secondPrinted: { text: '7,64%', value: '7.64', decimals: 2 },
        secondCount: 219,
        secondMin: 2865,
        secondMax: 2868,
        gap: 88,
      },
    },
  },
  {
    // 3 households at 150%: a total below the count is no total.
    name: 'a rate no whole total fits',
    figures: {
      households: {
        poor: 3,
        poorRate: printedRate('150%'),
        nearPoor: 219,
        nearPoorRate: printedRate('7,64%'),
      },
    },
    issue: {
      code: 'vn.report.rate_fits_no_total',
      params: {
        rate: 'households.poorRate',
        printed: { text: '150%', value: '150', decimals: 0 },
        count: 3,
        otherRate: 'households.nearPoorRate',
        otherPrinted: { text: '7,64%', value: '7.64', decimals: 2 },
      },
    },
  },
];

describe('report issues: typed, over raw parameters', () => {
  for (const c of cases) {
    it(`${c.name}: the typed message is the audit's, in both languages`, () => {
      const options = c.rules === undefined ? {} : { rules: c.rules };
      const found = auditReport(c.figures, options);
      expect(found.map((f) => f.code)).toEqual([c.issue.code]);
      const f = found[0]!;
      expect(renderReportIssue(c.issue, 'vi')).toBe(f.messages.vi);
      expect(renderReportIssue(c.issue, 'en')).toBe(f.messages.en);
      expect(VIETNAMESE.test(renderReportIssue(c.issue, 'en'))).toBe(false);
    });
  }

  it('written out by hand', () => {
    expect(renderReportIssue(cases[0]!.issue, 'en')).toBe(
      'Poor households (99) differs from poor households at the start of the year − escaped poverty + fell back into poverty + newly poor (97 − 5 + 1 + 4 = 97), gap 2.',
    );
    expect(renderReportIssue(cases[3]!.issue, 'vi')).toBe(
      'Tỷ lệ hộ nghèo ghi 3,5% nhưng 99 / 3.000 = 3,3% (làm tròn 1 chữ số thập phân), chênh 0,2 điểm phần trăm.',
    );
    // In English the printed rate is re-printed from its value, never shown as the Vietnamese text.
    expect(renderReportIssue(cases[6]!.issue, 'en')).toBe(
      'The poverty rate 150% of 3 fits no whole total when rounded to its printed decimals, so it cannot be compared with the near-poverty rate 7.64%.',
    );
  });
});

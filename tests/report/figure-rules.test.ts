import { describe, expect, it } from 'vitest';
import {
  auditFigures,
  auditReportText,
  extractReportFigures,
  type ReportFigure,
} from '../../src/report/index';

/**
 * The rules added for issue 14's verdict agreement, each with numbers worked out by hand: a case
 * that holds, a case that breaks (both sides' numbers) and a case where the rule must not fire or
 * cannot check.
 */

const rulesOf = (text: string) =>
  auditReportText(text).checks.map((c) => [c.rule, c.outcome, c.left, c.right] as const);

describe('rate_feasible: a rate over a printed base with its count missing', () => {
  it('holds when a whole count fits: 16,99% of 2160 households', () => {
    // [16,985%; 16,995%) × 2160 = [366,876; 367,092) → 367 households; 367 / 2160 = 16,9907…% → 16,99%.
    const a = auditReportText(
      'xã có tổng số 15 xóm, 2160 hộ và 9230 nhân khẩu. tỷ lệ hộ nghèo năm 2022 là 16,99%.',
    );
    expect(
      a.checks.filter((c) => c.rule === 'rate_feasible').map((c) => [c.outcome, c.left, c.right]),
    ).toEqual([['holds', '16,99%', '2160']]);
    expect(a.verdict).toBe('consistent');
  });
  it('breaks when no whole count fits: 40% of 3 households (1/3 = 33,3%, 2/3 = 66,7%)', () => {
    const figures: ReportFigure[] = [
      { raw: '3', start: 0, end: 1, kind: 'count', quantity: 'households.total', value: 3 },
      {
        raw: '40%',
        start: 2,
        end: 5,
        kind: 'rate',
        quantity: 'households.poor',
        value: 40,
        decimals: 0,
        interval: { lower: 39.5, upper: 40.5, lowerInclusive: true, upperInclusive: false },
      },
    ];
    const a = auditFigures(figures);
    expect(a.findings.map((c) => [c.rule, c.outcome, c.roundingOnly])).toEqual([
      ['rate_feasible', 'breaks', undefined],
    ]);
    expect(a.verdict).toBe('inconsistent');
  });
  it('cannot check a rate printed with neither its count nor its base', () => {
    const a = auditReportText('Tỷ lệ hộ nghèo của xã còn 42%.');
    expect(a.checks.map((c) => [c.rule, c.outcome])).toEqual([['rate_matches_counts', 'cannot_check']]);
    expect(a.verdict).toBe('cannot_verify');
  });
});

describe('shares of disjoint parts of one whole', () => {
  it('a partial list adds up to at most 100: 64% paper + 36% electronic incoming documents holds', () => {
    const text =
      'Số đơn vị nhận văn bản giấy do các đơn vị khác gửi đến khá cao, chiếm tỉ lệ 64%, cao gần gấp đôi văn bản đến qua mạng là 36%.';
    expect(rulesOf(text).filter(([r]) => r === 'part_le_whole')).toEqual([
      ['part_le_whole', 'holds', '100%', '64% + 36%'],
    ]);
  });
  it('breaks when the shares exceed 100: university (63; 64) + intermediate (66; 67) > 100', () => {
    const text =
      'Đến nay số người có trình độ đại học trong toàn tỉnh chiếm trên 63 phần trăm; trình độ trung cấp chuyên nghiệp trên 66 phần trăm.';
    const a = auditReportText(text);
    const f = a.findings.find((c) => c.rule === 'part_le_whole');
    expect(f?.outcome).toBe('breaks');
    // The lowest sum, 63 + 66 = 129, is 29 above 100.
    expect(f?.gap).toBeCloseTo(29, 9);
    expect(a.verdict).toBe('inconsistent');
  });
  it('with a remainder ("5% còn lại") the shares add up to 100: [62; 63) + [31,5; 32,5) + [4,5; 5,5) ∋ 100', () => {
    const ok =
      'UBND nhận gần 64.000 văn bản, trong đó tỷ lệ văn bản điện tử đạt gần 63%, văn bản giấy 32%, 5% còn lại là văn bản điện tử kèm giấy.';
    expect(rulesOf(ok).filter(([r]) => r === 'shares_sum_to_100')).toEqual([
      ['shares_sum_to_100', 'holds', '100%', 'gần 63% + 32% + 5%'],
    ]);
    // 60% + 30% + 5%: [59,5; 60,5) + [29,5; 30,5) + [4,5; 5,5) = [93,5; 96,5), which misses 100.
    const bad =
      'UBND nhận 64.000 văn bản, trong đó tỷ lệ văn bản điện tử đạt 60%, văn bản giấy 30%, 5% còn lại là văn bản điện tử kèm giấy.';
    const a = auditReportText(bad);
    expect(a.findings.map((c) => [c.rule, c.outcome])).toEqual([['shares_sum_to_100', 'breaks']]);
    expect(a.findings[0]?.gap).toBeCloseTo(3.5, 9);
  });
  it('a single share is not summed (nothing to check against 100)', () => {
    expect(rulesOf('văn bản đến qua mạng là 36%.').filter(([r]) => r !== 'rate_matches_counts')).toEqual([]);
  });
});

describe('part_le_whole on rates over one base: clean water within hygienic water', () => {
  it('holds: 36% ≤ 94%', () => {
    const text =
      'tỷ lệ số dân nông thôn được sử dụng nước sinh hoạt đảm bảo vệ sinh là 94%, trong đó có 36% số dân được sử dụng nước sạch.';
    expect(rulesOf(text).filter(([r]) => r === 'part_le_whole')).toEqual([
      ['part_le_whole', 'holds', '94%', '36%'],
    ]);
  });
  it('breaks: clean 96% = [95,5; 96,5) above hygienic 94% = [93,5; 94,5), by 1 point', () => {
    const a = auditReportText(
      'tỷ lệ số dân nông thôn được sử dụng nước sinh hoạt đảm bảo vệ sinh là 94%, trong đó có 96% số dân được sử dụng nước sạch.',
    );
    expect(a.findings.map((c) => [c.rule, c.outcome, c.gap])).toEqual([['part_le_whole', 'breaks', 1]]);
  });
  it('does not fire when the rate of the whole is missing', () => {
    expect(rulesOf('có 36% số dân được sử dụng nước sạch.').filter(([r]) => r === 'part_le_whole')).toEqual(
      [],
    );
  });
});

describe('hedge_matches_exact with a narrower hedge, never with a bound', () => {
  it('"trên 88,51%" = (88,51; 88,52) lies in the headline "Trên 88%" = (88; 89)', () => {
    const text =
      'Thái Nguyên: Trên 88% hộ dân có nhà tiêu hợp vệ sinh\nĐến nay, trên địa bàn tỉnh có trên 88,51% hộ dân có nhà tiêu hợp vệ sinh.';
    expect(rulesOf(text).filter(([r]) => r === 'hedge_matches_exact')).toEqual([
      ['hedge_matches_exact', 'holds', 'Trên 88%', 'trên 88,51%'],
    ]);
  });
  it('a bound ("từ 2%/năm trở lên") is a target, not a rounding of the 5% beside it', () => {
    const text =
      'Đối với các huyện giảm tỷ lệ hộ nghèo từ 5%/năm trở lên; giảm tỷ lệ hộ nghèo đối với xã được giúp đỡ từ 2%/năm trở lên.';
    expect(extractReportFigures(text).map((f) => f.kind)).toEqual(['target', 'target']);
    expect(auditReportText(text).checks).toEqual([]);
  });
});

describe('households.poor.criteria: poor by income + poor by service deprivation = all poor', () => {
  const text = (b: string) =>
    `Toàn tỉnh hiện có 57.180 hộ nghèo. Trong đó, hộ nghèo về thu nhập thấp là 50.868 hộ; hộ nghèo thiếu hụt tiếp cận các dịch vụ cơ bản xã hội là ${b}.`;
  it('holds: 50.868 + 6.312 = 57.180', () => {
    expect(rulesOf(text('6.312'))).toEqual([['parts_sum_to_whole', 'holds', '57.180', '50.868 + 6.312']]);
  });
  it('breaks: 50.868 + 6.000 = 56.868, 312 short of 57.180', () => {
    const a = auditReportText(text('6.000'));
    expect(a.findings.map((c) => [c.rule, c.gap])).toEqual([['parts_sum_to_whole', 312]]);
  });
});

describe('stated_order: a list announced as ordered', () => {
  const list = (c: string) =>
    `Xếp theo thứ tự, có tỷ lệ hộ nghèo cao nhất là huyện Pác Nặm với 35,22%; tiếp theo là huyện Ngân Sơn 34,41%; huyện Chợ Đồn ${c}; thấp nhất là thành phố Bắc Kạn 1,93%`;
  it('holds when each item is not above the one before (descending from "cao nhất")', () => {
    const a = auditReportText(list('16,85%'));
    const order = a.checks.filter((c) => c.rule === 'stated_order');
    expect(order.map((c) => [c.rule, c.outcome, c.right])).toEqual([
      ['stated_order', 'holds', '35,22% ≥ 34,41% ≥ 16,85% ≥ 1,93%'],
    ]);
    expect(order[0]?.messages.en).toBe(
      'Poor households: the values 35.22%, 34.41%, 16.85%, 1.93% are in the order the text states.',
    );
  });
  it('breaks when one is above the one before: 34,41% then 36,00%', () => {
    const a = auditReportText(list('36,00%'));
    expect(a.findings.map((c) => [c.rule, c.outcome])).toEqual([['stated_order', 'breaks']]);
    // 34,41% = [34,405; 34,415) and 36,00% = [35,995; 36,005): at least 35,995 − 34,415 = 1,58 apart.
    expect(a.findings[0]?.gap).toBeCloseTo(1.58, 9);
    expect(a.findings[0]?.messages.vi).toBe(
      'Hộ nghèo: văn bản nêu thứ tự từ cao xuống thấp nhưng 34,41% đứng trước 36%.',
    );
  });
  it('"thấp nhất lần lượt" is ascending; "lần lượt là" alone announces no order', () => {
    const up = auditReportText(
      '5 tỉnh có số hồ sơ trực tuyến thấp nhất lần lượt gồm: Bạc Liêu (7,4%), Sơn La (8,3%), Nghệ An (8,1%).',
    );
    expect(up.findings.map((c) => [c.rule, c.outcome])).toEqual([['stated_order', 'breaks']]);
    const none = auditReportText('Tỷ lệ hộ nghèo của hai xã lần lượt là 8,3% và 7,4%.');
    expect(none.checks.filter((c) => c.rule === 'stated_order')).toEqual([]);
  });
});

describe('rate_feasible over a base printed once, in another paragraph', () => {
  const text = (b: string) =>
    `Huyện Bình Giang hiện có 143 công chức xã.\n\nTỷ lệ công chức xã có trình độ trên đại học là 2%; 55,2% có trình độ đại học; 6,3% trình độ cao đẳng; ${b} trình độ trung cấp.`;
  it('each share of the 143 fits a whole count: 2% → 3, 55,2% → 79, 6,3% → 9, 36,4% → 52', () => {
    const a = auditReportText(text('36,4%'));
    expect(a.checks.map((c) => [c.rule, c.relation, c.outcome, c.right])).toEqual([
      ['rate_feasible', 'staff.civilServants.qual.postgraduate', 'holds', '143'],
      ['rate_feasible', 'staff.civilServants.qual.university', 'holds', '143'],
      ['rate_feasible', 'staff.civilServants.qual.college', 'holds', '143'],
      ['rate_feasible', 'staff.civilServants.qual.intermediate', 'holds', '143'],
    ]);
    expect(a.verdict).toBe('consistent');
  });
  it('36,5% of 143 fits no count ([52,12; 52,27)): one unit off the 36,4% of 52 → rounding only', () => {
    const a = auditReportText(text('36,5%'));
    expect(a.findings.map((c) => [c.rule, c.roundingOnly])).toEqual([['rate_feasible', 'last-digit']]);
    expect(a.verdict).toBe('rounding_only');
  });
  it('not when the base is printed twice, nor for a rate (only shares of a set)', () => {
    const twice = `${text('36,5%')}\n\nNăm 2015 có 164 công chức xã.`;
    expect(auditReportText(twice).checks.filter((c) => c.rule === 'rate_feasible')).toEqual([]);
    const rate = auditReportText('Xã có tổng số 15 xóm, 431 hộ dân.\n\nTỷ lệ hộ nghèo là 73,48%.');
    expect(rate.checks.filter((c) => c.rule === 'rate_feasible')).toEqual([]);
  });
});

describe('training levels read as reports print them', () => {
  it('the level after the share, political training apart, doctors and masters apart', () => {
    const f = extractReportFigures(
      'Tỷ lệ công chức có trình độ trên đại học là 2%; 55,2% có trình độ đại học. Về lý luận chính trị, hiện 72,7% số công chức cấp xã có trình độ trung cấp. Trên đại học chiếm 1,26% (01 tiến sĩ và 26 thạc sỹ).',
    );
    expect(f.map((x) => x.quantity)).toEqual([
      'staff.civilServants.qual.postgraduate',
      'staff.civilServants.qual.university',
      'staff.civilServants.political.intermediate',
      'staff.civilServants.qual.postgraduate',
      'staff.civilServants.qual.doctorate',
      'staff.civilServants.qual.master',
    ]);
  });
});

describe('pipe tables: the header names each column, "(%)" columns hold rates', () => {
  const table = (poor: string) =>
    'TT | HUYỆN | Tỷ lệ nghèo đa chiều (%) |\nTổng số hộ nghèo và hộ cận nghèo (Hộ) | Tỷ lệ hộ nghèo (%) | Hộ nghèo | Tỷ lệ hộ cận nghèo (%) | Hộ cận nghèo | |\n' +
    `A | B | 1 | 2 | 3 | 4 | 5 | 6 | |\n2 | Huyện Tuy Phước | 8,08 | 650 | 5,04 | ${poor} | 3,03 | 244 | |`;
  it('reads the row: 406 + 244 = 650, and 8,08 / 5,04 / 3,03 imply one household total', () => {
    // (The "6" closing the row of column numbers is left unknown: it is no figure of the table.)
    const f = extractReportFigures(table('406')).filter((x) => x.quantity !== 'unknown');
    expect(f.map((x) => [x.raw, x.kind, x.quantity])).toEqual([
      ['8,08', 'rate', 'households.poorOrNearPoor'],
      ['650', 'count', 'households.poorOrNearPoor'],
      ['5,04', 'rate', 'households.poor'],
      ['406', 'count', 'households.poor'],
      ['3,03', 'rate', 'households.nearPoor'],
      ['244', 'count', 'households.nearPoor'],
    ]);
    expect(f[0]?.interval).toEqual({
      lower: 8.075,
      upper: 8.085,
      lowerInclusive: true,
      upperInclusive: false,
    });
    const a = auditReportText(table('406'));
    // 650 / [8,075%; 8,085%) → 8.040–8.049; 406 / [5,035%; 5,045%) → 8.048–8.063; 244 / [3,025%; 3,035%) → 8.040–8.066.
    expect(a.checks.find((c) => c.rule === 'rates_imply_common_total')?.right).toBe('8.048–8.049');
    expect(a.verdict).toBe('consistent');
  });
  it('breaks when a count of the row is off: 416 + 244 = 660 ≠ 650', () => {
    const a = auditReportText(table('416'));
    expect(a.findings.map((c) => [c.rule, c.gap])).toContainEqual(['parts_sum_to_whole', 10]);
  });
  it('a line with a pipe or two outside a table is read as prose', () => {
    const f = extractReportFigures('Tỷ lệ hộ nghèo | 3,3% | toàn xã có 99 hộ nghèo.');
    expect(f.map((x) => [x.raw, x.quantity])).toEqual([
      ['3,3%', 'households.poor'],
      ['99', 'households.poor'],
    ]);
  });
});

describe('level_sum and level_denominators_sum: the six regions and the country', () => {
  const R = [
    'Trung du và miền núi phía Bắc',
    'Đồng bằng sông Hồng',
    'Bắc Trung Bộ và duyên hải miền Trung',
    'Tây Nguyên',
    'Đông Nam Bộ',
    'Đồng bằng sông Cửu Long',
  ];
  const count = (value: number, tier: 'region' | 'national', name: string, scope: number): ReportFigure => ({
    raw: String(value),
    start: 0,
    end: 0,
    kind: 'count',
    quantity: 'households.poor',
    value,
    level: { tier, name },
    scope,
  });
  const rate = (value: number, tier: 'region' | 'national', name: string, scope: number): ReportFigure => ({
    raw: `${String(value).replace('.', ',')}%`,
    start: 0,
    end: 0,
    kind: 'rate',
    quantity: 'households.poor',
    value,
    decimals: 1,
    interval: { lower: value - 0.05, upper: value + 0.05, lowerInclusive: true, upperInclusive: false },
    unit: 'percent',
    level: { tier, name },
    scope,
  });
  it('the six regions add up to the country: 10 + 20 + 30 + 40 + 50 + 60 = 210; with 61, 211 ≠ 210 (gap 1)', () => {
    const rows = (last: number) => [
      count(210, 'national', 'Việt Nam', 0),
      ...[10, 20, 30, 40, 50, last].map((v, k) => count(v, 'region', R[k]!, k + 1)),
    ];
    expect(auditFigures(rows(60)).checks.map((c) => [c.rule, c.outcome, c.gap])).toEqual([
      ['level_sum', 'holds', 0],
    ]);
    expect(auditFigures(rows(61)).findings.map((c) => [c.rule, c.gap])).toEqual([['level_sum', 1]]);
  });
  it('some of the regions are at most the country: 100 + 120 ≤ 210 breaks by 10; one region alone is no sum', () => {
    const rows = [
      count(210, 'national', 'Việt Nam', 0),
      count(100, 'region', R[0]!, 1),
      count(120, 'region', R[1]!, 2),
    ];
    expect(auditFigures(rows).findings.map((c) => [c.rule, c.gap])).toEqual([['level_sum', 10]]);
    expect(auditFigures(rows.slice(0, 2)).checks).toEqual([]);
  });
  it('the totals the regions’ rates imply fit in the country’s', () => {
    // Country: 100 at 10,0% → N ∈ (100 / 0,1005; 100 / 0,0995] → 996–1.005.
    // Region A: 60 at 12,0% → (60 / 0,1205; 60 / 0,1195] → 498–502.
    // Region B: 40 at 9,0% → (40 / 0,0905; 40 / 0,0895] → 442–446: 498 + 442 = 940 ≤ 1.005 holds.
    // Region B: 50 at 9,0% → 553–558: 498 + 553 = 1.051 > 1.005, by 46.
    const rows = (b: number) => [
      count(100, 'national', 'Việt Nam', 0),
      rate(10, 'national', 'Việt Nam', 0),
      count(60, 'region', R[0]!, 1),
      rate(12, 'region', R[0]!, 1),
      count(b, 'region', R[1]!, 2),
      rate(9, 'region', R[1]!, 2),
    ];
    const ok = auditFigures(rows(40)).checks.filter((c) => c.rule === 'level_denominators_sum');
    expect(ok.map((c) => [c.outcome, c.left, c.right])).toEqual([['holds', '996–1.005', '940–948']]);
    const bad = auditFigures(rows(50)).findings;
    expect(bad.map((c) => [c.rule, c.gap])).toContainEqual(['level_denominators_sum', 46]);
  });
  it('reads the regions and the country from the text, "cao nhất cả nước" is no level', () => {
    const f = extractReportFigures(
      'Tỷ lệ hộ nghèo chung cả nước 4,03% với 1.057.374 hộ: Trung du và miền núi phía Bắc 14,23% với 455.271 hộ, cao nhất cả nước; Tây Nguyên 8,39% với 129.160 hộ.',
    );
    expect(f.map((x) => x.level?.name)).toEqual([
      'Việt Nam',
      'Việt Nam',
      'Trung du và miền núi phía Bắc',
      'Trung du và miền núi phía Bắc',
      'Tây Nguyên',
      'Tây Nguyên',
    ]);
    // Without a region named, figures keep no level.
    expect(extractReportFigures('Tỷ lệ hộ nghèo chung cả nước là 2,93%.')[0]?.level).toBeUndefined();
  });
});

describe('ratio_matches: "tăng khoảng 3 lần, từ a lên b"', () => {
  const text = (to: string) =>
    `Tỷ lệ dịch vụ công trực tuyến mức độ 4 tăng khoảng 3 lần, từ 10,76% năm 2019 lên ${to} vào tháng 12/2020.`;
  it('holds: 30,1 / 10,76 ∈ [30,05 / 10,765; 30,15 / 10,755] = [2,79; 2,81], within khoảng 3 = [2,5; 3,5)', () => {
    const a = auditReportText(text('30,1%'));
    expect(a.checks.map((c) => [c.rule, c.outcome, c.right])).toEqual([
      ['ratio_matches', 'holds', '30,1% / 10,76%'],
    ]);
    expect(a.checks[0]?.messages.en).toBe('Figure: from 10.76 to 30.1 is indeed [2.5; 3.5).');
  });
  it('breaks: 60,2 / 10,76 ≈ 5,6 is neither ×[2,5; 3,5) nor 1 + [2,5; 3,5)', () => {
    const a = auditReportText(text('60,2%'));
    expect(a.findings.map((c) => [c.rule, c.outcome])).toEqual([['ratio_matches', 'breaks']]);
  });
  it('does not fire without the two values after it', () => {
    expect(auditReportText('Số hồ sơ trực tuyến tăng khoảng 3 lần so với năm trước.').checks).toEqual([]);
  });
});

describe('a base the text states: "Trong tổng số 64 492 lao động, … 81% (52.756 lao động)"', () => {
  const text = (pct: string) =>
    `Trong tổng số 64 492 lao động, số lượng lao động của cơ sở hành chính chiếm tỷ lệ lớn nhất ${pct}, (52.756 lao động); cơ sở thuộc cơ quan tư pháp 5,71% (3.680 lao động).`;
  it('reads the space-grouped total and pairs each share with its count over it', () => {
    const f = extractReportFigures(text('81,80%'));
    expect(f.map((x) => [x.raw, x.quantity, x.base])).toEqual([
      ['64 492', 'counted.lao động', undefined],
      ['81,80%', 'counted.lao động.1', 'counted.lao động'],
      ['52.756', 'counted.lao động.1', undefined],
      ['5,71%', 'counted.lao động.2', 'counted.lao động'],
      ['3.680', 'counted.lao động.2', undefined],
    ]);
    // 52.756 / 64.492 = 81,8024…% → 81,80%; 3.680 / 64.492 = 5,7061…% → 5,71%.
    expect(auditReportText(text('81,80%')).verdict).toBe('consistent');
  });
  it('81% for 81,80…% is cut, not rounded (82%): rounding only', () => {
    const a = auditReportText(text('81%'));
    expect(a.findings.map((c) => [c.rule, c.roundingOnly])).toEqual([['rate_matches_counts', 'truncation']]);
    expect(a.verdict).toBe('rounding_only');
  });
  it('a count of another noun is not a part: "(3.680 người)" stays apart', () => {
    const f = extractReportFigures(
      'Trong tổng số 64 492 lao động, cơ sở thuộc cơ quan tư pháp 5,71% (3.680 người).',
    );
    expect(f.map((x) => x.quantity)).toEqual(['counted.lao động', 'counted.lao động.1', 'unknown']);
  });
});

describe('target_arithmetic: a goal stated as an end value and as a yearly change', () => {
  const text = (end: string) =>
    `Điện Biên phấn đấu đến năm 2020 giảm tỷ lệ hộ nghèo từ 48,14% năm 2015 xuống ${end} năm 2020 (bình quân giảm trên 3%/năm).`;
  it('holds: (48,14 − [0; 33)) / 5 years = (3,03; 9,63] meets "trên 3%/năm" = (3; 4)', () => {
    const a = auditReportText(text('dưới 33%'));
    expect(a.checks.filter((c) => c.rule === 'target_arithmetic').map((c) => [c.outcome, c.right])).toEqual([
      ['holds', '|dưới 33% − 48,14%| / 5'],
    ]);
  });
  it('breaks: from 48,14% to 40% in 5 years is [1,527; 1,729] a year, not (3; 4)', () => {
    // (48,135 − 40,5) / 5 = 1,527; (48,145 − 39,5) / 5 = 1,729: below 3.
    const a = auditReportText(text('40%'));
    expect(a.findings.map((c) => [c.rule, c.outcome])).toEqual([['target_arithmetic', 'breaks']]);
    expect(a.findings[0]?.gap).toBeCloseTo(3 - 1.729, 9);
  });
  it('not without the years of both values', () => {
    const a = auditReportText(
      'phấn đấu giảm tỷ lệ hộ nghèo từ 48,14% xuống dưới 33% (bình quân giảm trên 3%/năm).',
    );
    expect(a.checks.filter((c) => c.rule === 'target_arithmetic')).toEqual([]);
  });
});

describe('part_le_whole across paragraphs that name the same whole unit', () => {
  const text = (households: string, where = 'toàn huyện') =>
    `Kết quả toàn huyện có 3.594 hộ nghèo, 999 hộ cận nghèo.\n\nTổng số hộ dân cư ${where} đến cuối năm 2019 có ${households} hộ.`;
  it('holds: 3.594 + 999 = 4.593 ≤ 10.396; breaks: 4.593 > 4.500 by 93', () => {
    expect(
      auditReportText(text('10.396'))
        .checks.filter((c) => c.rule === 'part_le_whole')
        .map((c) => [c.outcome, c.left, c.right]),
    ).toEqual([['holds', '10.396', '3.594 + 999']]);
    expect(auditReportText(text('4.500')).findings.map((c) => [c.rule, c.gap])).toEqual([
      ['part_le_whole', 93],
    ]);
  });
  it('not when the paragraphs name different units ("toàn xã" and "toàn huyện"), nor a whole printed twice', () => {
    expect(
      auditReportText(text('4.500', 'toàn xã')).checks.filter((c) => c.rule === 'part_le_whole'),
    ).toEqual([]);
    const twice = `${text('4.500')}\n\nNăm 2018 tổng số hộ dân cư toàn huyện là 10.141 hộ.`;
    expect(auditReportText(twice).checks.filter((c) => c.rule === 'part_le_whole')).toEqual([]);
  });
});

describe('readings the rules rely on', () => {
  it('a list item takes the quantity of its heading line; "13/ 55 (23,64%)" is 13 of 55 (23,636…% → 23,64%)', () => {
    const text = '- Tỷ lệ nữ trong HĐND các cấp nhiệm kỳ 2016-2021:\n\n+ Cấp thành phố: 13/ 55 (23,64%)';
    expect(extractReportFigures(text).map((f) => [f.raw, f.quantity])).toEqual([
      ['13', 'council.delegates.women'],
      ['55', 'council.delegates'],
      ['23,64%', 'council.delegates.women'],
    ]);
    // 13 women ≤ 55 delegates, and 13 / 55 prints as 23,64%.
    expect(auditReportText(text).checks.map((c) => [c.rule, c.outcome])).toEqual([
      ['part_le_whole', 'holds'],
      ['rate_matches_counts', 'holds'],
    ]);
  });
  it('"tương đương N hộ" after a rate is its count; a "Trong đó" paragraph shares the scope before', () => {
    const f = extractReportFigures(
      'Tỷ lệ hộ nghèo chiếm 11% dân số toàn huyện (tương đương 669 hộ).\n\nTrong đó, hộ đồng bào dân tộc thiểu số là 649 hộ, chiếm tỷ lệ 97% số hộ nghèo.',
    );
    expect(f.map((x) => [x.raw, x.quantity, x.scope])).toEqual([
      ['11%', 'households.poor', 0],
      ['669', 'households.poor', 0],
      ['649', 'households.poor.ethnicMinority', 0],
      ['97%', 'households.poor.ethnicMinority', 0],
    ]);
  });
  it('"văn bản điện tử" is not "văn bản đi": the direction comes from the verb', () => {
    const f = extractReportFigures(
      'UBND nhận gần 64.000 văn bản, trong đó tỷ lệ văn bản điện tử đạt gần 63%.',
    );
    expect(f.map((x) => x.quantity)).toEqual(['documents.incoming', 'documents.incoming.electronic']);
  });
});

describe('rate_feasible: a rate is tied to its base only when the text names one count of it', () => {
  it('cannot check a rate when the record prints two different counts of its base (4 of 7 elected)', () => {
    // 4 of 7 candidates elected, 1 of the 4 a woman: 25,00% is 1/4. Read against 7 it would break
    // (25% × 7 = 1,75 fits no whole count); the text does not say the rate is over 7 or over 4,
    // so no rate_feasible check is made and nothing breaks.
    const a = auditReportText(
      'Số đại biểu trúng cử là 4/7 người, trong đó nữ trúng cử là 1/4 đạt tỷ lệ 25,00%.',
    );
    expect(a.checks.filter((c) => c.rule === 'rate_feasible' && c.outcome === 'breaks')).toEqual([]);
    expect(a.verdict).not.toBe('inconsistent');
  });
});

describe('counts of women delegates: the noun right after the count is what is counted', () => {
  it('reads "12 nữ trúng cử đại biểu" as 12 women delegates, not 12 delegates', () => {
    // 40 women elected at all levels, 12 of them to the district council: 12 ≤ 40, consistent.
    // Read as 12 delegates in all, the 40 women would be more than the delegates (a false alarm).
    const text =
      'Toàn tỉnh có 40 nữ trúng cử đại biểu HĐND các cấp. Trong đó, có 12 nữ trúng cử đại biểu HĐND huyện.';
    const twelve = extractReportFigures(text).find((f) => f.raw === '12');
    expect(twelve?.quantity).toBe('council.delegates.women');
    expect(auditReportText(text).findings).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOSSIER_MESSAGES } from '../../src/dossier/index';
import {
  auditReport,
  evaluateReportRules,
  impliedDenominators,
  printedRate,
  REPORT_MESSAGES,
  REPORT_RULES,
  type ReportFigures,
  ReportFiguresSchema,
  type ReportRule,
} from '../../src/report/index';

const PHO_PHONG: ReportFigures = ReportFiguresSchema.parse(
  JSON.parse(readFileSync(new URL('../fixtures/pho-phong-figures.json', import.meta.url), 'utf8')),
);

const statusOf = (figures: ReportFigures, rule: string) =>
  evaluateReportRules(figures).find((e) => e.rule === rule)?.status;
const findingOf = (figures: ReportFigures, rule: string) =>
  evaluateReportRules(figures).find((e) => e.rule === rule)?.finding;

describe('the Phổ Phong report (June 2023) as printed', () => {
  const findings = auditReport(PHO_PHONG);

  it('finds exactly the two inconsistencies named in the issue', () => {
    expect(findings.map((f) => f.code)).toEqual([
      'vn.dossier.tally.resolved_parts',
      'vn.report.denominator_mismatch',
    ]);
  });

  it('resolved 3.927 vs early-or-on-time 3.008 + late 22 = 3.030, gap 897', () => {
    const f = findings[0]!;
    expect(f.rule).toBe('vn.report.dossier.resolved_parts_merged');
    expect(f.left).toBe(3927);
    expect(f.right).toBe(3030);
    expect(f.gap).toBe(897);
    expect(f.severity).toBe('error');
    expect(f.arithmetic.vi).toBe('3.927 ≠ 3.008 + 22 = 3.030');
    expect(f.arithmetic.en).toBe('3,927 ≠ 3,008 + 22 = 3,030');
    expect(f.message).toBe(
      'Số đã giải quyết (3.927) khác trước hạn, đúng hạn + trễ hạn (3.008 + 22 = 3.030), chênh 897.',
    );
    expect(f.messages.en).toBe(
      'Resolved (3,927) differs from early/on time + late (3,008 + 22 = 3,030), gap 897.',
    );
  });

  it('poverty 3,3% of 99 and near-poverty 7,64% of 219 imply totals ~3.000 and ~2.866 that cannot meet', () => {
    // 99 / N rounds to 3,3% ⇔ 3,25 ≤ 9900/N < 3,35 ⇔ 2955,2 < N ≤ 3046,1 ⇔ N ∈ [2956, 3046].
    // 219 / N rounds to 7,64% ⇔ 7,635 ≤ 21900/N < 7,645 ⇔ 2864,6 < N ≤ 2868,3 ⇔ N ∈ [2865, 2868].
    const f = findings[1]!;
    expect(f.rule).toBe('vn.report.household.same_total');
    expect(f.left).toEqual({ min: 2956, max: 3046 });
    expect(f.right).toEqual({ min: 2865, max: 2868 });
    expect(f.gap).toBe(88);
    expect(f.arithmetic.vi).toBe('99 / 3,3% → 2.956–3.046; 219 / 7,64% → 2.865–2.868: không giao nhau');
    expect(f.message).toContain('khoảng 3.000');
    expect(f.message).toContain('khoảng 2.866');
    expect(f.messages.en).toContain('about 2,866');
  });

  it('flags nothing that holds: 3.927 + 44 = 3.971, 44 + 0 = 44, staff, signatures', () => {
    expect(statusOf(PHO_PHONG, 'vn.report.dossier.balance')).toBe('pass');
    expect(
      evaluateReportRules(PHO_PHONG).find((e) => e.rule === 'vn.report.dossier.balance')?.arithmetic?.vi,
    ).toBe('3.971 = 3.927 + 44 = 3.971');
    expect(statusOf(PHO_PHONG, 'vn.report.dossier.pending_parts')).toBe('pass');
    expect(statusOf(PHO_PHONG, 'vn.report.dossier.on_time_within_resolved')).toBe('pass');
    expect(statusOf(PHO_PHONG, 'vn.report.dossier.late_within_resolved')).toBe('pass');
    expect(statusOf(PHO_PHONG, 'vn.report.staff.establishment_parts')).toBe('pass');
    expect(statusOf(PHO_PHONG, 'vn.report.staff.qualification_parts')).toBe('pass');
    expect(statusOf(PHO_PHONG, 'vn.report.staff.part_time_qualification_parts')).toBe('pass');
    expect(statusOf(PHO_PHONG, 'vn.report.document.signature_parts')).toBe('pass');
    // No total households, no document counts: those rules cannot be checked.
    expect(statusOf(PHO_PHONG, 'vn.report.household.poor_rate')).toBe('skipped');
    expect(statusOf(PHO_PHONG, 'vn.report.document.electronic_rate')).toBe('skipped');
    expect(statusOf(PHO_PHONG, 'vn.report.dossier.balance_with_returned')).toBe('skipped');
  });

  it('gives messages in English on request', () => {
    const en = auditReport(PHO_PHONG, { locale: 'en' });
    expect(en[0]?.message).toBe(en[0]?.messages.en);
  });
});

describe('comparison rules: pass, fail by one', () => {
  it('parts sum to their total', () => {
    expect(
      statusOf(
        { staff: { total: 22, cadres: 10, civilServants: 12 } },
        'vn.report.staff.establishment_parts',
      ),
    ).toBe('pass');
    const f = findingOf(
      { staff: { total: 23, cadres: 10, civilServants: 12 } },
      'vn.report.staff.establishment_parts',
    );
    expect(f?.code).toBe('vn.report.sum_mismatch');
    expect([f?.left, f?.right, f?.gap]).toEqual([23, 22, 1]);
    expect(f?.arithmetic.vi).toBe('23 ≠ 10 + 12 = 22');
    expect(f?.message).toBe(
      'Tổng số cán bộ, công chức (23) khác cán bộ + công chức (10 + 12 = 22), chênh 1.',
    );
  });

  it('qualification levels not printed count as 0 once one is printed', () => {
    const base = { staff: { total: 22, qualifications: { dai_hoc: 16, trung_cap: 6 } } };
    expect(statusOf(base, 'vn.report.staff.qualification_parts')).toBe('pass');
    const f = findingOf(
      { staff: { total: 22, qualifications: { dai_hoc: 16, trung_cap: 5 } } },
      'vn.report.staff.qualification_parts',
    );
    expect([f?.left, f?.right, f?.gap]).toEqual([22, 21, 1]);
    expect(f?.arithmetic.vi).toBe('22 ≠ 16 + 5 = 21');
    expect(
      statusOf({ staff: { total: 22, qualifications: {} } }, 'vn.report.staff.qualification_parts'),
    ).toBe('skipped');
  });

  it('a subset is not larger than its set', () => {
    expect(statusOf({ households: { poor: 100, total: 100 } }, 'vn.report.household.poor_within_total')).toBe(
      'pass',
    );
    const f = findingOf({ households: { poor: 101, total: 100 } }, 'vn.report.household.poor_within_total');
    expect(f?.code).toBe('vn.report.subset_exceeds');
    expect([f?.left, f?.right, f?.gap]).toEqual([101, 100, 1]);
    expect(f?.arithmetic.vi).toBe('101 > 100');
    expect(f?.message).toBe('Số hộ nghèo (101) lớn hơn tổng số hộ dân cư (100), vượt 1.');
  });

  it('carried over + newly received = resolved + pending (+ returned where reported)', () => {
    const rule = 'vn.report.dossier.workload_balance';
    expect(
      statusOf({ dossiers: { carriedOver: 10, newReceived: 90, resolved: 80, pending: 20 } }, rule),
    ).toBe('pass');
    expect(
      statusOf(
        { dossiers: { carriedOver: 10, newReceived: 90, resolved: 80, pending: 19, returned: 1 } },
        rule,
      ),
    ).toBe('pass');
    const f = findingOf({ dossiers: { carriedOver: 10, newReceived: 90, resolved: 80, pending: 21 } }, rule);
    expect([f?.left, f?.right, f?.gap]).toEqual([100, 101, -1]);
    expect(f?.arithmetic.vi).toBe('10 + 90 = 100 ≠ 80 + 21 = 101');
  });

  it('the poverty movement: end = start − escaped + fell back + new', () => {
    const rule = 'vn.report.household.poor_movement';
    const h = { poorAtStart: 97, poorEscaped: 5, poorFellBack: 1, poorNew: 6 };
    expect(statusOf({ households: { ...h, poor: 99 } }, rule)).toBe('pass');
    const f = findingOf({ households: { ...h, poor: 100 } }, rule);
    expect([f?.left, f?.right, f?.gap]).toEqual([100, 99, 1]);
    expect(f?.arithmetic.vi).toBe('100 ≠ 97 − 5 + 1 + 6 = 99');
    expect(statusOf({ households: { poor: 99, poorAtStart: 97 } }, rule)).toBe('skipped');
  });

  it('the change since the start of the year', () => {
    const rule = 'vn.report.household.poor_change';
    expect(statusOf({ households: { poor: 99, poorAtStart: 97, poorChange: 2 } }, rule)).toBe('pass');
    const f = findingOf({ households: { poor: 99, poorAtStart: 97, poorChange: 3 } }, rule);
    expect([f?.left, f?.right, f?.gap]).toEqual([3, 2, 1]);
    expect(f?.arithmetic.vi).toBe('3 ≠ 99 − 97 = 2');
  });

  it('signatures = organisation + personal', () => {
    const rule = 'vn.report.document.signature_parts';
    expect(
      statusOf({ documents: { signatures: 7, organisationSignatures: 1, personalSignatures: 6 } }, rule),
    ).toBe('pass');
    expect(
      findingOf({ documents: { signatures: 8, organisationSignatures: 1, personalSignatures: 6 } }, rule)
        ?.gap,
    ).toBe(1);
  });

  it('honours tolerance and the other operators', () => {
    const rule: ReportRule = {
      kind: 'comparison',
      code: 'test.ge',
      description: { vi: 'x', en: 'x' },
      left: [{ field: 'staff.total' }],
      operator: '>=',
      right: [{ field: 'staff.cadres' }],
      importance: 'low',
      tolerance: 1,
      missing: 'skip-if-any-missing',
    };
    const run = (total: number, cadres: number) =>
      evaluateReportRules({ staff: { total, cadres } }, { rules: [rule] })[0]?.status;
    expect(run(10, 10)).toBe('pass');
    expect(run(10, 11)).toBe('pass');
    expect(run(10, 12)).toBe('fail');
    const eq = { ...rule, operator: '==' as const, tolerance: 1 };
    expect(evaluateReportRules({ staff: { total: 10, cadres: 11 } }, { rules: [eq] })[0]?.status).toBe(
      'pass',
    );
  });
});

describe('rate rules: half-up, truncation only, fail by one', () => {
  const rule = 'vn.report.dossier.on_time_rate';
  // 3905 / 3927 = 0,994397759… → 99,44% rounded half-up, 99,43% truncated.
  const d = (text: string) => ({
    dossiers: { resolved: 3927, resolvedEarlyOrOnTime: 3905, onTimeRate: printedRate(text) },
  });

  it('agrees when rounded half-up to the printed decimals', () => {
    expect(statusOf(d('99,44%'), rule)).toBe('pass');
    expect(statusOf(d('99,4%'), rule)).toBe('pass');
    expect(statusOf(d('99%'), rule)).toBe('pass');
  });

  it('agreeing only under truncation is a separate, milder finding', () => {
    const f = findingOf(d('99,43%'), rule);
    expect(f?.code).toBe('vn.report.rate_truncated');
    expect(f?.severity).toBe('warning');
    expect(f?.importance).toBe('low');
    expect([f?.left, f?.right, f?.gap]).toEqual(['99.43', '99.44', -0.01]);
    expect(f?.arithmetic.vi).toBe(
      '3.905 / 3.927 × 100 = 99,43977… → làm tròn 99,44%, cắt bỏ 99,43% = 99,43%',
    );
    expect(f?.message).toBe(
      'Tỷ lệ giải quyết trước hạn, đúng hạn ghi 99,43%: chỉ khớp khi cắt bỏ chữ số (3.905 / 3.927 = 99,43977…); làm tròn đúng là 99,44%.',
    );
  });

  it('one unit off in the last decimal is a mismatch', () => {
    const f = findingOf(d('99,45%'), rule);
    expect(f?.code).toBe('vn.report.rate_mismatch');
    expect(f?.severity).toBe('error');
    expect([f?.left, f?.right, f?.gap]).toEqual(['99.45', '99.44', 0.01]);
    expect(f?.arithmetic.vi).toBe('3.905 / 3.927 × 100 = 99,43977… → 99,44% ≠ 99,45%');
  });

  it('checks poverty rates over the total households', () => {
    const h = (text: string) => ({ households: { poor: 99, total: 3000, poorRate: printedRate(text) } });
    expect(statusOf(h('3,3%'), 'vn.report.household.poor_rate')).toBe('pass');
    expect(statusOf(h('3,30%'), 'vn.report.household.poor_rate')).toBe('pass');
    expect(findingOf(h('3,4%'), 'vn.report.household.poor_rate')?.gap).toBe(0.1);
    // 1/6 = 16,666…%: 16,7% rounded, 16,6% truncated.
    const t = { households: { poor: 1, total: 6, poorRate: printedRate('16,6%') } };
    expect(findingOf(t, 'vn.report.household.poor_rate')?.code).toBe('vn.report.rate_truncated');
  });

  it('honours a tolerance in units of the last printed decimal', () => {
    const base = REPORT_RULES.find((r) => r.code === rule);
    if (base?.kind !== 'rate') throw new Error('rule missing');
    const lenient = { ...base, tolerance: 1 };
    expect(evaluateReportRules(d('99,45%'), { rules: [lenient] })[0]?.status).toBe('pass');
    expect(evaluateReportRules(d('99,46%'), { rules: [lenient] })[0]?.status).toBe('fail');
  });

  it('skips a rate whose denominator is 0 or missing', () => {
    expect(
      statusOf({ dossiers: { resolved: 0, resolvedEarlyOrOnTime: 0, onTimeRate: printedRate('0%') } }, rule),
    ).toBe('skipped');
    expect(statusOf({ dossiers: { onTimeRate: printedRate('98%') } }, rule)).toBe('skipped');
  });
});

describe('two rates over the same population', () => {
  const rule = 'vn.report.household.same_total';
  const h = (poor: number, pr: string, near: number, nr: string): ReportFigures => ({
    households: { poor, poorRate: printedRate(pr), nearPoor: near, nearPoorRate: printedRate(nr) },
  });

  it('passes when the intervals meet, even at one end', () => {
    // 219 / 3000 = 7,3%: 219 at 7,3% allows [2980, 3020], inside [2956, 3046].
    expect(statusOf(h(99, '3,3%', 219, '7,3%'), rule)).toBe('pass');
    // 215 at 7,06% allows [3044, 3047]: it meets [2956, 3046] at 3044–3046.
    expect(statusOf(h(99, '3,3%', 215, '7,06%'), rule)).toBe('pass');
  });

  it('fails by one: 1 at 50% means a total of 2, 1 at 33% a total of 3', () => {
    const f = findingOf(h(1, '50%', 1, '33%'), rule);
    expect(f?.code).toBe('vn.report.denominator_mismatch');
    expect([f?.left, f?.right, f?.gap]).toEqual([{ min: 2, max: 2 }, { min: 3, max: 3 }, 1]);
    expect(statusOf(h(1, '50%', 1, '50%'), rule)).toBe('pass');
  });

  it('meets only if a rate was truncated: a milder finding', () => {
    // 207 at 7,01% allows [2951, 2955] rounded; 99 at 3,3% allows [2956, 3046] rounded but
    // [2912, 3046] if 3,3% was truncated (3,3 ≤ 9900/N < 3,4).
    const f = findingOf(h(99, '3,3%', 207, '7,01%'), rule);
    expect(f?.code).toBe('vn.report.denominator_truncated');
    expect(f?.severity).toBe('warning');
    expect(f?.right).toEqual({ min: 2951, max: 2955 });
    expect(f?.gap).toBe(1);
  });
});

describe('impliedDenominators', () => {
  it('works the intervals out exactly', () => {
    expect(impliedDenominators(99, '3.3', 1)).toEqual({ min: 2956, max: 3046 });
    expect(impliedDenominators(219, '7.64', 2)).toEqual({ min: 2865, max: 2868 });
    // truncation: 3,3 ≤ 9900/N < 3,4 ⇔ 2911,8 < N ≤ 3000.
    expect(impliedDenominators(99, '3.3', 1, 'truncate')).toEqual({ min: 2912, max: 3000 });
    expect(impliedDenominators(219, '7.64', 2, 'truncate')).toEqual({ min: 2863, max: 2866 });
    expect(impliedDenominators(99, '3.3', 1, 'either')).toEqual({ min: 2912, max: 3046 });
    expect(impliedDenominators(3, '0', 0)).toEqual({ min: 601, max: null });
    expect(impliedDenominators(0, '5', 0)).toBeNull();
    expect(impliedDenominators(5, '100', 0)).toEqual({ min: 5, max: 5 });
    expect(() => impliedDenominators(-1, '3.3', 1)).toThrow(RangeError);
    expect(() => impliedDenominators(1, '3.33', 1)).toThrow(RangeError);
  });
});

describe('dossier identities through checkDossierIdentities', () => {
  it('balance passes, fails by one, and uses returned where reported', () => {
    expect(
      statusOf({ dossiers: { received: 100, resolved: 60, pending: 40 } }, 'vn.report.dossier.balance'),
    ).toBe('pass');
    const f = findingOf(
      { dossiers: { received: 100, resolved: 60, pending: 41 } },
      'vn.report.dossier.balance',
    );
    expect(f?.code).toBe('vn.dossier.tally.balance');
    expect([f?.left, f?.right, f?.gap]).toEqual([100, 101, -1]);
    const withReturned = { dossiers: { received: 100, resolved: 60, pending: 39, returned: 1 } };
    expect(statusOf(withReturned, 'vn.report.dossier.balance_with_returned')).toBe('pass');
    expect(statusOf(withReturned, 'vn.report.dossier.balance')).toBe('skipped');
  });
});

describe('rules and messages as data', () => {
  it('rule codes are unique', () => {
    const codes = REPORT_RULES.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('every finding code of every rule kind has a message', () => {
    const codes = [
      'vn.report.sum_mismatch',
      'vn.report.subset_exceeds',
      'vn.report.comparison_failed',
      'vn.report.rate_mismatch',
      'vn.report.rate_truncated',
      'vn.report.denominator_mismatch',
      'vn.report.denominator_truncated',
    ];
    for (const c of codes) expect(REPORT_MESSAGES[c], c).toBeDefined();
    for (const r of REPORT_RULES)
      if (r.kind === 'dossier-identity') expect(Object.keys(DOSSIER_MESSAGES)).toContain(r.identity.code);
  });

  it('no message is left with an unfilled placeholder', () => {
    const all = [
      ...auditReport(PHO_PHONG),
      ...auditReport({
        staff: { total: 23, cadres: 10, civilServants: 12 },
        households: { poor: 101, total: 100 },
      }),
      ...auditReport({
        dossiers: { resolved: 3927, resolvedEarlyOrOnTime: 3905, onTimeRate: printedRate('99,43%') },
      }),
      ...auditReport({
        households: {
          poor: 99,
          poorRate: printedRate('3,3%'),
          nearPoor: 207,
          nearPoorRate: printedRate('7,01%'),
        },
      }),
    ];
    expect(all.length).toBe(6);
    for (const f of all) {
      expect(f.messages.vi).not.toMatch(/\{\w+\}/);
      expect(f.messages.en).not.toMatch(/\{\w+\}/);
    }
  });

  it('rejects an unknown locale', () => {
    expect(() => auditReport({}, { locale: 'fr' as 'vi' })).toThrow(/\[commune-kpi\]/);
  });
});

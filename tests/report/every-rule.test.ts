import { describe, expect, it } from 'vitest';
import {
  evaluateReportRules,
  printedRate,
  REPORT_RULES,
  type ReportFigures,
  type ReportRule,
} from '../../src/report/index';

// Every rule of REPORT_RULES, with figures that pass, fail by one, and (for rates) agree only
// under truncation. The figures follow one pattern per rule kind, so the expected results can be
// worked out by hand: right-hand terms are 10, 20, 30, … (a subtracted term is 1), the left side is
// their signed sum (pass) or that sum + 1 (fail by one, gap +1).

type Mutable = Record<string, unknown>;

function setPath(target: Mutable, path: string, value: unknown): void {
  const parts = path.split('.');
  let cur = target;
  for (const p of parts.slice(0, -1)) {
    if (typeof cur[p] !== 'object' || cur[p] === null) cur[p] = {};
    cur = cur[p] as Mutable;
  }
  cur[parts[parts.length - 1]!] = value;
}

const figures = (entries: readonly (readonly [string, unknown])[]): ReportFigures => {
  const out: Mutable = {};
  for (const [p, v] of entries) setPath(out, p, v);
  return out as ReportFigures;
};

const run = (rule: ReportRule, f: ReportFigures) => evaluateReportRules(f, { rules: [rule] })[0]!;

/** Right-hand terms of a rule as [path, value, sign], and their signed sum. */
function rightSide(rule: ReportRule): { terms: [string, number, number][]; sum: number } {
  const terms: [string, number, number][] =
    rule.kind === 'comparison'
      ? rule.right.map((t, i) => [t.field, t.sign === -1 ? 1 : 10 * (i + 1), t.sign ?? 1])
      : rule.kind === 'dossier-identity'
        ? rule.identity.right.map((f, i) => [`dossiers.${f}`, 10 * (i + 1), 1])
        : [];
  return { terms, sum: terms.reduce((a, [, v, s]) => a + s * v, 0) };
}

function leftSide(rule: ReportRule, total: number): [string, number][] {
  if (rule.kind === 'dossier-identity') return [[`dossiers.${rule.identity.left}`, total]];
  if (rule.kind !== 'comparison') return [];
  if (rule.left.length === 1) return [[rule.left[0]!.field, total]];
  // Several left terms: all but the first hold 5, the first holds the rest.
  return rule.left.map((t, i) => [t.field, i === 0 ? total - 5 * (rule.left.length - 1) : 5]);
}

const comparisons = REPORT_RULES.filter((r) => r.kind === 'comparison' || r.kind === 'dossier-identity');
const rates = REPORT_RULES.filter((r) => r.kind === 'rate');

describe('every comparison and identity rule', () => {
  it.each(comparisons.map((r) => [r.code, r] as const))(
    '%s: passes, fails by one, skips when a figure is missing',
    (_c, rule) => {
      const { terms, sum } = rightSide(rule);
      const right = terms.map(([p, v]) => [p, v] as const);

      const pass = run(rule, figures([...leftSide(rule, sum), ...right]));
      expect(pass.status).toBe('pass');

      const fail = run(rule, figures([...leftSide(rule, sum + 1), ...right]));
      expect(fail.status).toBe('fail');
      expect(fail.finding?.gap).toBe(1);
      expect(fail.finding?.left).toBe(sum + 1);
      expect(fail.finding?.right).toBe(sum);
      expect(fail.finding?.severity).toBe('error');
      expect(fail.finding?.messages.vi).not.toMatch(/\{\w+\}/);
      expect(fail.finding?.messages.en).not.toMatch(/\{\w+\}/);

      // Without its left side the rule cannot be checked.
      expect(run(rule, figures(right)).status).toBe('skipped');
    },
  );

  it('a subset rule passes at equality and fails one above', () => {
    const rule = REPORT_RULES.find((r) => r.code === 'vn.report.dossier.late_within_resolved')!;
    expect(
      run(
        rule,
        figures([
          ['dossiers.resolvedLate', 22],
          ['dossiers.resolved', 22],
        ]),
      ).status,
    ).toBe('pass');
    const f = run(
      rule,
      figures([
        ['dossiers.resolvedLate', 23],
        ['dossiers.resolved', 22],
      ]),
    ).finding;
    expect(f?.code).toBe('vn.report.subset_exceeds');
    expect(f?.gap).toBe(1);
  });
});

describe('every rate rule', () => {
  // 1 / 6 = 16,666…%: 16,7% rounded half-up, 16,6% truncated; 16,67% to two decimals.
  it.each(rates.map((r) => [r.code, r] as const))('%s: rounded, truncated, one off', (_c, rule) => {
    if (rule.kind !== 'rate') throw new Error('not a rate rule');
    const counts = [
      [rule.numerator[0]!, 1],
      [rule.denominator[0]!, 6],
    ] as const;
    const withRate = (text: string) => run(rule, figures([...counts, [rule.rate, printedRate(text)]]));
    expect(withRate('16,7%').status).toBe('pass');
    expect(withRate('16,67%').status).toBe('pass');
    expect(withRate('17%').status).toBe('pass');
    const t = withRate('16,6%');
    expect(t.status).toBe('truncated');
    expect(t.finding?.code).toBe('vn.report.rate_truncated');
    expect(t.finding?.severity).toBe('warning');
    const f = withRate('16,8%');
    expect(f.status).toBe('fail');
    expect(f.finding?.code).toBe('vn.report.rate_mismatch');
    expect([f.finding?.left, f.finding?.right, f.finding?.gap]).toEqual(['16.8', '16.7', 0.1]);
    expect(run(rule, figures([[rule.rate, printedRate('16,7%')]])).status).toBe('skipped');
  });
});

describe('the same-denominator rule', () => {
  const rule = REPORT_RULES.find((r) => r.kind === 'same-denominator')!;
  const h = (a: number, ra: string, b: number, rb: string) =>
    run(
      rule,
      figures([
        ['households.poor', a],
        ['households.poorRate', printedRate(ra)],
        ['households.nearPoor', b],
        ['households.nearPoorRate', printedRate(rb)],
      ]),
    );
  it('passes, fails by one, agrees only under truncation', () => {
    expect(h(1, '50%', 1, '50%').status).toBe('pass'); // both: N = 2
    const fail = h(1, '50%', 1, '33%'); // N = 2 against N = 3
    expect(fail.status).toBe('fail');
    expect(fail.finding?.gap).toBe(1);
    expect(h(99, '3,3%', 207, '7,01%').status).toBe('truncated');
    expect(h(99, '3,3%', 219, '7,64%').status).toBe('fail');
  });
});

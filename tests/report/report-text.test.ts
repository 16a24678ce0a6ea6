import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  auditFigures,
  auditReportText,
  extractReportFigures,
  type ReportFigure,
} from '../../src/report/index';

/** An excerpt of the hand-annotated report corpus (tests/fixtures/report-corpus, README there). */
interface GoldFigure {
  readonly raw: string;
  readonly start: number;
  readonly end: number;
  readonly quantity: string;
  readonly kind: string;
}
interface Excerpt {
  readonly id: string;
  readonly text: string;
  readonly figures: readonly GoldFigure[];
  readonly verdict: 'consistent' | 'inconsistent' | 'rounding_only' | 'cannot_verify';
}

const loadDir = (dir: string): Excerpt[] => {
  const url = new URL(`../fixtures/${dir}/`, import.meta.url);
  return readdirSync(url)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(new URL(f, url), 'utf8')) as Excerpt);
};

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/**
 * Figure recall and precision (a figure is found when an extracted span overlaps its annotated
 * span; figures labelled `other.*`, out of the library's domains, count on neither side), exact
 * spans, quantity labels, verdict agreement over the excerpts whose verdict is not
 * `cannot_verify`, and the consistent excerpts with a finding.
 */
function measure(corpus: readonly Excerpt[]) {
  let gold = 0;
  let hit = 0;
  let exact = 0;
  let sameQuantity = 0;
  let found = 0;
  let falsePositive = 0;
  let checkable = 0;
  let agree = 0;
  const falseAlarms: string[] = [];
  const disagreements: string[] = [];
  for (const ex of corpus) {
    const figures = extractReportFigures(ex.text);
    const inDomain = ex.figures.filter((g) => !g.quantity.startsWith('other.'));
    const other = ex.figures.filter((g) => g.quantity.startsWith('other.'));
    for (const g of inDomain) {
      gold++;
      const m = figures.find((f) => overlap(f, g));
      if (m === undefined) continue;
      hit++;
      if (m.start === g.start && m.end === g.end) exact++;
      if (m.quantity === g.quantity) sameQuantity++;
    }
    for (const f of figures) {
      if (other.some((g) => overlap(f, g))) continue;
      found++;
      if (!inDomain.some((g) => overlap(f, g))) falsePositive++;
    }
    const audit = auditReportText(ex.text);
    if (ex.verdict !== 'cannot_verify') {
      checkable++;
      if (audit.verdict === ex.verdict) agree++;
      else disagreements.push(`${ex.id}: ${ex.verdict} → ${audit.verdict}`);
    }
    if (ex.verdict === 'consistent' && audit.findings.length > 0) falseAlarms.push(ex.id);
  }
  return {
    gold,
    recall: hit / gold,
    precision: (found - falsePositive) / found,
    exactSpans: exact / hit,
    quantityLabels: sameQuantity / hit,
    checkable,
    verdictAgreement: agree / checkable,
    falseAlarms,
    disagreements,
  };
}

const CORPUS = loadDir('report-corpus/excerpts');
const SEED = CORPUS.find((e) => e.id === 'seed-pho-phong-2023-06');

describe('extractReportFigures and auditReportText on the report corpus', () => {
  const m = measure(CORPUS);
  it('prints the metrics', () => {
    console.log(
      `report corpus: ${CORPUS.length} excerpts, ${m.gold} in-domain figures; recall ${(m.recall * 100).toFixed(1)}%, precision ${(m.precision * 100).toFixed(1)}%, exact spans ${(m.exactSpans * 100).toFixed(1)}%, quantity labels ${(m.quantityLabels * 100).toFixed(1)}%; verdicts agree on ${(m.verdictAgreement * 100).toFixed(1)}% of ${m.checkable}; false alarms on consistent excerpts: ${m.falseAlarms.length}`,
    );
    console.log(`verdict disagreements: ${m.disagreements.join('; ')}`);
    expect(m.gold).toBe(950);
  });
  it('finds the figures with recall and precision ≥ 95%', () => {
    expect(m.recall).toBeGreaterThanOrEqual(0.95);
    expect(m.precision).toBeGreaterThanOrEqual(0.95);
  });
  it('raises no finding on any consistent excerpt', () => {
    expect(m.falseAlarms).toEqual([]);
  });
  it('agrees with the hand verdicts at least as often as measured (not yet the 95% of the issue)', () => {
    expect(m.verdictAgreement).toBeGreaterThanOrEqual(VERDICT_FLOOR);
  });
});

/**
 * The second corpus (tests/fixtures/report-corpus-held-out): collected after the reader was
 * written, annotated by hand before it was run, and measured once as a held-out set: verdicts
 * agreed on 0 of 7 checkable excerpts, with 2 false alarms on consistent excerpts
 * (phunu-cantho-2016-council-women, hoilhpn-54-provinces-2021-candidates). Since then it has been
 * read to diagnose those failures, so it is no longer held out: the assertions below lock in the
 * state as measured (issue-s26-14b) so that it can only improve.
 */
describe('second corpus (measured once held out at 0/7 verdicts and 2 false alarms, then used for fixes)', () => {
  const held = loadDir('report-corpus-held-out/excerpts');
  const h = measure(held);
  it('prints the held-out metrics', () => {
    console.log(
      `held-out: ${held.length} excerpts, ${h.gold} figures; recall ${(h.recall * 100).toFixed(1)}%, precision ${(h.precision * 100).toFixed(1)}%, exact spans ${(h.exactSpans * 100).toFixed(1)}%, quantity labels ${(h.quantityLabels * 100).toFixed(1)}%; verdicts agree on ${(h.verdictAgreement * 100).toFixed(1)}% of ${h.checkable}; false alarms on consistent excerpts: ${h.falseAlarms.length}`,
    );
    console.log(`held-out verdict disagreements: ${h.disagreements.join('; ')}`);
    expect(held.length).toBe(13);
  });
  it('raises no more false alarms than measured (phunu-cantho fixed; hoilhpn-54-provinces left)', () => {
    expect(h.falseAlarms.every((id) => id === 'hoilhpn-54-provinces-2021-candidates')).toBe(true);
  });
  it('finds the figures with recall and precision at least as measured', () => {
    expect(h.recall).toBeGreaterThanOrEqual(0.947);
    expect(h.precision).toBeGreaterThanOrEqual(0.968);
  });
  it('agrees with the hand verdicts at least as often as measured', () => {
    expect(h.verdictAgreement).toBeGreaterThanOrEqual(0);
  });
});

/** The verdict agreement measured when this test was written; raise it as the reader improves. */
const VERDICT_FLOOR = 0.96;

describe('the seed report, end to end', () => {
  const text = readFileSync('/work/shared/reference/000_1bb7240e0a0f1cd0.txt', 'utf8');
  it('is the corpus seed', () => {
    expect(SEED?.text).toBe(text);
  });
  const a = auditReportText(text);
  const raws = (i: readonly number[]) => i.map((k) => a.figures[k]?.raw);
  it('finds 3.927 ≠ 3.008 + 22, the same gap from received, and the two poverty rates over different totals — and nothing else', () => {
    expect(a.verdict).toBe('inconsistent');
    expect(a.findings.map((c) => [c.rule, raws(c.figures), c.gap])).toEqual([
      ['parts_sum_to_whole', ['3.927', '3.008', '22'], 897],
      ['parts_sum_to_whole', ['3.971', '3.008', '22', '44'], 897],
      // 99 / 3,3% → 2.956–3.046 households; 219 / 7,64% → 2.865–2.868: 2.956 − 2.868 = 88 apart.
      ['rates_imply_common_total', ['99', '3,3%', '219', '7,64%'], 88],
    ]);
  });
  it('checks the sums that hold (3.927 + 44 = 3.971, 44 + 0, 1 + 6 = 7, 10 + 12 = 22)', () => {
    const holds = a.checks.filter((c) => c.outcome === 'holds').map((c) => raws(c.figures).join(' '));
    expect(holds).toEqual(expect.arrayContaining(['3.971 3.927 44', '44 44 0', '07 01 6', '22 10 12']));
  });
  it('says what it cannot check (the start-of-year counts behind "tăng 02 hộ")', () => {
    const cannot = a.checks.filter((c) => c.outcome === 'cannot_check' && c.rule === 'change_matches');
    expect(cannot.map((c) => raws(c.figures))).toEqual([
      ['99', '02'],
      ['219', '02'],
    ]);
  });
  it('points each finding at its spans in the text', () => {
    for (const c of a.findings)
      for (const i of c.figures)
        expect(text.slice(a.figures[i]!.start, a.figures[i]!.end)).toBe(a.figures[i]!.raw);
  });
  it('writes the findings in Vietnamese and English', () => {
    expect(a.findings[0]!.messages.vi).toBe('Số hồ sơ đã giải quyết: 3.927 ≠ 3.008 + 22 (chênh 897).');
    expect(a.findings[0]!.messages.en).toBe('Dossiers resolved: 3,927 ≠ 3,008 + 22 (gap 897).');
  });
});

describe('three outcomes and four verdicts', () => {
  const count = (quantity: string, value: number): ReportFigure => ({
    raw: String(value),
    start: 0,
    end: 0,
    kind: 'count',
    quantity,
    value,
  });
  it('cannot_verify when nothing can be checked (never a silent empty list)', () => {
    const a = auditFigures([count('dossiers.received', 3971)]);
    expect(a.verdict).toBe('cannot_verify');
    expect(auditReportText('Xã có 2 thôn mới.').verdict).toBe('cannot_verify');
  });
  it('rounding_only for a truncated rate; consistent when rounding is not a finding', () => {
    // 16.594 / 79.677 = 20,8266…% → 20,83% half-up; 20,82% is the cut.
    const text = 'có 16.594 hộ nghèo trên tổng số 79.677 hộ dân, chiếm tỷ lệ 20,82%.';
    const figures: ReportFigure[] = [
      count('households.poor', 16594),
      count('households.total', 79677),
      {
        raw: '20,82%',
        start: 0,
        end: 0,
        kind: 'rate',
        quantity: 'households.poor',
        value: 20.82,
        decimals: 2,
        interval: { lower: 20.815, upper: 20.825, lowerInclusive: true, upperInclusive: false },
      },
    ];
    const a = auditFigures(figures);
    expect(a.verdict).toBe('rounding_only');
    expect(a.findings[0]?.roundingOnly).toBe('truncation');
    expect(auditFigures(figures, { roundingIsFinding: false }).verdict).toBe('consistent');
    expect(auditReportText(text).verdict).toBe('rounding_only');
  });
  it('a part larger than its whole with the other parts missing breaks part ≤ whole', () => {
    const a = auditFigures([count('dossiers.resolved', 100), count('dossiers.resolved.late', 120)]);
    expect(a.verdict).toBe('inconsistent');
    expect(a.findings[0]).toMatchObject({ rule: 'part_le_whole', gap: 20 });
  });
  it('hedged and abbreviated counts are intervals: "4,52 ngàn" + 12 cannot be 4.561', () => {
    // 4,52 ngàn = [4.515; 4.525) → + 12 = [4.527; 4.537), 4.561 is not in it (Đồng Khởi, 05/2021).
    const a = auditReportText(
      'đã giải quyết 4.561 hồ sơ, trong đó đúng hạn 4,52 ngàn hồ sơ, trễ hạn 12 hồ sơ.',
    );
    expect(a.verdict).toBe('inconsistent');
    // gần 1.300 = [1.200; 1.300): 1.260 on time + 40 late = 1.300 is outside, + 39 inside.
    expect(
      auditReportText('đã giải quyết gần 1.300 hồ sơ, trong đó đúng hạn 1.260 hồ sơ, trễ hạn 39 hồ sơ.')
        .verdict,
    ).toBe('consistent');
    expect(
      auditReportText('đã giải quyết gần 1.300 hồ sơ, trong đó đúng hạn 1.260 hồ sơ, trễ hạn 40 hồ sơ.')
        .verdict,
    ).toBe('inconsistent');
  });
});

// ---------------------------------------------------------------------------------------------
// Generated reports

const group = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
/** n / N × 100 rounded half-up to two decimals, printed with a decimal comma (exact integer arithmetic). */
const pct = (n: number, N: number): string => {
  const units = Math.floor((2 * n * 10000 + N) / (2 * N));
  return `${Math.floor(units / 100)},${String(units % 100).padStart(2, '0')}%`;
};

interface Record {
  readonly early: number;
  readonly late: number;
  readonly pending: number;
  readonly poor: number;
  readonly nearPoor: number;
  readonly households: number;
}

const records = fc
  .record({
    early: fc.integer({ min: 50, max: 50000 }),
    late: fc.integer({ min: 0, max: 500 }),
    pending: fc.integer({ min: 0, max: 900 }),
    households: fc.integer({ min: 1000, max: 30000 }),
    poorPerMille: fc.integer({ min: 20, max: 150 }),
    nearPerMille: fc.integer({ min: 20, max: 150 }),
  })
  .map(
    (r): Record => ({
      early: r.early,
      late: r.late,
      pending: r.pending,
      households: r.households,
      poor: Math.floor((r.households * r.poorPerMille) / 1000),
      nearPoor: Math.floor((r.households * r.nearPerMille) / 1000),
    }),
  );

const render = (r: Record): string => {
  const resolved = r.early + r.late;
  return (
    `Trong kỳ đã tiếp nhận ${group(resolved + r.pending)} hồ sơ, đã giải quyết ${group(resolved)} hồ sơ (trước hạn, đúng hạn: ${group(r.early)} hồ sơ, trễ hạn: ${group(r.late)} hồ sơ), đang giải quyết ${group(r.pending)} hồ sơ.\n\n` +
    `Toàn xã hiện có ${group(r.poor)} hộ nghèo, chiếm tỷ lệ ${pct(r.poor, r.households)}. Hộ cận nghèo: ${group(r.nearPoor)} hộ, chiếm tỷ lệ ${pct(r.nearPoor, r.households)}.`
  );
};

describe('fast-check: generated reports', () => {
  it('figures rendered from consistent records pass, and the checks that hold are the ones expected', () => {
    fc.assert(
      fc.property(records, (r) => {
        const a = auditReportText(render(r));
        expect(a.findings).toEqual([]);
        expect(a.verdict).toBe('consistent');
        expect(a.checks.filter((c) => c.rule === 'rates_imply_common_total').map((c) => c.outcome)).toEqual([
          'holds',
        ]);
      }),
      { numRuns: 200 },
    );
  });
  it('one dossier count perturbed is caught, or reported as cannot check — never passed as holds', () => {
    fc.assert(
      fc.property(
        records,
        fc.constantFrom('early', 'late', 'pending'),
        fc.integer({ min: 1, max: 40 }),
        fc.boolean(),
        (r, field, d, up) => {
          const delta = up ? d : -Math.min(d, r[field]);
          if (delta === 0) return;
          const resolved = r.early + r.late;
          const text = render(r).replace(
            field === 'early'
              ? `đúng hạn: ${group(r.early)} `
              : field === 'late'
                ? `trễ hạn: ${group(r.late)} `
                : `đang giải quyết ${group(r.pending)} `,
            field === 'early'
              ? `đúng hạn: ${group(r.early + delta)} `
              : field === 'late'
                ? `trễ hạn: ${group(r.late + delta)} `
                : `đang giải quyết ${group(r.pending + delta)} `,
          );
          expect(text).not.toBe(render(r));
          const a = auditReportText(text);
          const raw = group(r[field] + delta);
          const touching = a.checks.filter((c) =>
            c.figures.some(
              (i) => a.figures[i]?.raw === raw && a.figures[i]?.quantity.startsWith('dossiers.'),
            ),
          );
          expect(touching.length).toBeGreaterThan(0);
          expect(touching.some((c) => c.outcome === 'breaks')).toBe(true);
          expect(a.verdict).toBe('inconsistent');
          void resolved;
        },
      ),
      { numRuns: 200 },
    );
  });
  it('a poor-household count perturbed beyond rounding (≥ 5% with rates ≥ 2%) breaks the common total', () => {
    fc.assert(
      fc.property(records, fc.integer({ min: 5, max: 40 }), fc.boolean(), (r, pctChange, up) => {
        const delta = Math.max(1, Math.ceil((r.poor * pctChange) / 100)) * (up ? 1 : -1);
        const text = render(r).replace(
          `có ${group(r.poor)} hộ nghèo`,
          `có ${group(r.poor + delta)} hộ nghèo`,
        );
        const a = auditReportText(text);
        const common = a.checks.filter((c) => c.rule === 'rates_imply_common_total');
        expect(common.map((c) => c.outcome)).not.toContain('holds');
        expect(a.verdict).not.toBe('consistent');
      }),
      { numRuns: 200 },
    );
  });
});

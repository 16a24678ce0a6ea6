import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromEpochDay, toEpochDay } from '../../src/core/index';
import { auditDocumentRegister, type DocumentAuditRow } from '../../src/document/index';

const codes = (rows: DocumentAuditRow[], opts = {}) =>
  auditDocumentRegister(rows, opts).findings.map((f) => [f.code, f.rows] as const);

describe('auditDocumentRegister: hand-worked registers', () => {
  it('a clean register has no finding', () => {
    const rows: DocumentAuditRow[] = [
      { numberSymbol: '01/QĐ-UBND', issueDate: '2022-01-04' },
      { numberSymbol: '02/QĐ-UBND', issueDate: '2022-01-04' },
      { numberSymbol: '03/QĐ-UBND', issueDate: '2022-02-10' },
      { numberSymbol: '01/KH-UBND', issueDate: '2022-01-05' },
      { numberSymbol: '01/UBND-VP', issueDate: '2022-01-06' },
      { numberSymbol: '02/UBND-TP', issueDate: '2022-01-07' },
    ];
    const r = auditDocumentRegister(rows);
    expect(r.findings).toEqual([]);
    expect(r.total).toBe(6);
    expect(r.series).toEqual([
      { year: 2022, series: 'KH', count: 1, min: 1, max: 1 },
      { year: 2022, series: 'QĐ', count: 3, min: 1, max: 3 },
      { year: 2022, series: 'công văn', count: 2, min: 1, max: 2 },
    ]);
  });

  it('the plans of the Phổ Phong report (02, 05, 34/KH-UBND of 2022) leave gaps 01, 03–04, 06–33', () => {
    const r = auditDocumentRegister([
      { numberSymbol: '96/KH-UBND', issueDate: '31/12/2021' },
      { numberSymbol: '34/KH-UBND', issueDate: '05/4/2022' },
      { numberSymbol: '05/KH-UBND', issueDate: '05/4/2022' },
      { numberSymbol: '02/KH-UBND', issueDate: '05/01/2022' },
    ]);
    const gaps = r.findings
      .filter((f) => f.code === 'vn.document.gap')
      .map((f) => [f.params.year, f.params.from, f.params.to]);
    expect(gaps).toEqual([
      [2021, 1, 95],
      [2022, 1, 1],
      [2022, 3, 4],
      [2022, 6, 33],
    ]);
    expect(r.findings.filter((f) => f.code !== 'vn.document.gap')).toEqual([]);
  });

  it('duplicates, out of date order, missing leading zero, unknown type, impossible date, year mismatch', () => {
    const rows: DocumentAuditRow[] = [
      { numberSymbol: '01/QĐ-UBND', issueDate: '2026-03-01' }, // 0
      { numberSymbol: '02/QĐ-UBND', issueDate: '2026-02-01' }, // 1: earlier than 01
      { numberSymbol: '02/QĐ-UBND', issueDate: '2026-02-01' }, // 2: duplicate of 1
      { numberSymbol: '3/QĐ-UBND', issueDate: '2026-03-02' }, // 3: no leading zero
      { numberSymbol: '01/CV-UBND', issueDate: '2026-01-05' }, // 4: unofficial CV
      { numberSymbol: '04/QĐ-UBND', issueDate: '31/02/2026' }, // 5: impossible date
      { numberSymbol: '01/2025/QĐ-UBND', issueDate: '2026-01-02' }, // 6: year 2025 in a 2026 document
      { numberSymbol: '0/QĐ-UBND', issueDate: '2026-01-02' }, // 7: number 0
    ];
    expect(codes(rows)).toEqual([
      ['vn.document.missing_leading_zero', [3]],
      ['vn.document.unofficial_type', [4]],
      ['vn.document.impossible_date', [5]],
      ['vn.document.year_mismatch', [6]],
      ['vn.document.invalid_number', [7]],
      ['vn.document.duplicate', [1, 2]],
      ['vn.document.out_of_order', [0, 1]],
    ]);
  });

  it('messages in English name the numbers', () => {
    const r = auditDocumentRegister(
      [
        { numberSymbol: '01/QĐ-UBND', issueDate: '2022-01-04' },
        { numberSymbol: '05/QĐ-UBND', issueDate: '2022-01-05' },
      ],
      { locale: 'en' },
    );
    expect(r.findings.map((f) => f.message)).toEqual(['Number(s) 02–04 missing in series QĐ of 2022.']);
    const one = auditDocumentRegister([{ numberSymbol: '02/QĐ-UBND', issueDate: '2022-01-04' }]);
    expect(one.findings.map((f) => f.message)).toEqual(['Thiếu số 01 trong sổ QĐ năm 2022.']);
  });

  it('single numbering puts every administrative type in one series', () => {
    const rows: DocumentAuditRow[] = [
      { numberSymbol: '01/QĐ-UBND', issueDate: '2022-01-04' },
      { numberSymbol: '02/KH-UBND', issueDate: '2022-01-05' },
      { numberSymbol: '03/UBND-VP', issueDate: '2022-01-06' },
    ];
    expect(codes(rows, { numbering: 'single' })).toEqual([]);
    expect(codes(rows).map(([c]) => c)).toEqual(['vn.document.gap', 'vn.document.gap']);
  });

  it('secret documents and legal normative documents have their own series; numbers restart each year', () => {
    const rows: DocumentAuditRow[] = [
      { numberSymbol: '01/QĐ-UBND', issueDate: '2022-01-04' },
      { numberSymbol: '01/QĐ-UBND', issueDate: '2022-01-05', secrecy: 'confidential' },
      { numberSymbol: '01/2022/QĐ-UBND', issueDate: '2022-01-06' },
      { numberSymbol: '01/QĐ-UBND', issueDate: '2023-01-03' },
    ];
    expect(codes(rows)).toEqual([]);
    expect(auditDocumentRegister(rows).series.map((s) => `${s.year} ${s.series}`)).toEqual([
      '2022 QPPL QĐ',
      '2022 QĐ',
      '2022 mật',
      '2023 QĐ',
    ]);
  });

  it('incoming documents are numbered by số đến in the arrival year; sender symbols are not judged for zeros', () => {
    const rows: DocumentAuditRow[] = [
      {
        direction: 'incoming',
        numberSymbol: '5/UBND-VP',
        issueDate: '2022-12-30',
        arrivalNumber: 1,
        arrivalDate: '2023-01-03',
      },
      {
        direction: 'incoming',
        numberSymbol: '12/CV-UBND',
        issueDate: '2023-01-02',
        arrivalNumber: 2,
        arrivalDate: '2023-01-04',
      },
      {
        direction: 'incoming',
        numberSymbol: '06/QĐ-UBND',
        issueDate: '2023-01-02',
        arrivalNumber: 4,
        arrivalDate: '2023-01-05',
      },
      {
        direction: 'incoming',
        numberSymbol: '07/QĐ-UBND',
        issueDate: '2023-01-02',
        arrivalNumber: 5,
        arrivalDate: '31/02/2023',
      },
    ];
    expect(codes(rows)).toEqual([
      ['vn.document.unofficial_type', [1]],
      ['vn.document.impossible_date', [3]],
      ['vn.document.gap', [1, 2]],
    ]);
  });

  it('an extract can start mid-year', () => {
    expect(
      codes([{ numberSymbol: '40/QĐ-UBND', issueDate: '2022-06-01' }], { expectStartAtOne: false }),
    ).toEqual([]);
  });

  it('rejects an unknown numbering option, and bad rows never crash it', () => {
    expect(() => auditDocumentRegister([], { numbering: 'x' as 'single' })).toThrow(RangeError);
    const r = auditDocumentRegister([
      { numberSymbol: '', issueDate: '' },
      { numberSymbol: 'x'.repeat(10_000), issueDate: 'y'.repeat(10_000) },
      { numberSymbol: null as unknown as string, issueDate: 5 as unknown as string },
    ]);
    expect(r.findings.map((f) => [f.code, f.rows])).toEqual([
      ['vn.document.empty_symbol', [0]],
      ['vn.document.impossible_date', [0]],
      ['vn.document.symbol_too_long', [1]],
      ['vn.document.impossible_date', [1]],
      ['vn.document.empty_symbol', [2]],
      ['vn.document.impossible_date', [2]],
    ]);
  });
});

describe('auditDocumentRegister: planted gaps and duplicates', () => {
  // A generated clean register: per series, numbers 1..n with non-decreasing dates in one year.
  const seriesArb = fc.record({
    abbr: fc.constantFrom('QĐ', 'KH', 'BC', 'TB'),
    n: fc.integer({ min: 2, max: 60 }),
    removeMask: fc.array(fc.boolean(), { minLength: 60, maxLength: 60 }),
    dupMask: fc.array(fc.boolean(), { minLength: 60, maxLength: 60 }),
  });
  const registerArb = fc.record({
    year: fc.integer({ min: 2020, max: 2030 }),
    series: fc.uniqueArray(seriesArb, { selector: (s) => s.abbr, minLength: 1, maxLength: 4 }),
    seed: fc.integer(),
  });

  const pad = (k: number) => (k < 10 ? `0${k}` : String(k));
  const dateOf = (year: number, k: number, n: number) =>
    fromEpochDay(toEpochDay(`${year}-01-01`) + Math.floor(((k - 1) * 360) / n));

  function shuffle<T>(xs: T[], seed: number): T[] {
    const out = xs.slice();
    let s = seed >>> 0;
    for (let i = out.length - 1; i > 0; i--) {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
      const j = s % (i + 1);
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }

  it('a clean register gives nothing', () => {
    fc.assert(
      fc.property(registerArb, ({ year, series, seed }) => {
        const rows: DocumentAuditRow[] = [];
        for (const s of series) {
          for (let k = 1; k <= s.n; k++)
            rows.push({ numberSymbol: `${pad(k)}/${s.abbr}-UBND`, issueDate: dateOf(year, k, s.n) });
        }
        expect(auditDocumentRegister(shuffle(rows, seed)).findings).toEqual([]);
      }),
    );
  });

  it('finds every planted gap and duplicate, and nothing else', () => {
    fc.assert(
      fc.property(registerArb, ({ year, series, seed }) => {
        const rows: DocumentAuditRow[] = [];
        const expectedGaps: string[] = [];
        const expectedDups: string[] = [];
        for (const s of series) {
          // The last number is never removed: a missing tail cannot be seen.
          const removed = (k: number) => k < s.n && s.removeMask[k - 1]!;
          let runStart = 0;
          for (let k = 1; k <= s.n; k++) {
            if (removed(k)) {
              if (runStart === 0) runStart = k;
              continue;
            }
            if (runStart !== 0) {
              expectedGaps.push(`${s.abbr} ${runStart}-${k - 1}`);
              runStart = 0;
            }
            const row = { numberSymbol: `${pad(k)}/${s.abbr}-UBND`, issueDate: dateOf(year, k, s.n) };
            rows.push(row);
            if (s.dupMask[k - 1]) {
              rows.push({ ...row });
              expectedDups.push(`${s.abbr} ${k}`);
            }
          }
        }
        const f = auditDocumentRegister(shuffle(rows, seed)).findings;
        const gaps = f
          .filter((x) => x.code === 'vn.document.gap')
          .map((x) => `${x.params.series} ${x.params.from}-${x.params.to}`);
        const dups = f
          .filter((x) => x.code === 'vn.document.duplicate')
          .map((x) => `${x.params.series} ${x.params.number}`);
        expect(gaps.sort()).toEqual(expectedGaps.sort());
        expect(dups.sort()).toEqual(expectedDups.sort());
        expect(f.filter((x) => x.code !== 'vn.document.gap' && x.code !== 'vn.document.duplicate')).toEqual(
          [],
        );
        for (const d of f.filter((x) => x.code === 'vn.document.duplicate')) expect(d.rows).toHaveLength(2);
      }),
      { numRuns: 300 },
    );
  });
});

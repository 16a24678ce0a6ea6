import { describe, expect, it } from 'vitest';
import { customPeriod } from '../../src/core/period';
import {
  countHeadcount,
  headcountShares,
  lackingQualification,
  parsePersonnel,
  personnelMovements,
  primaryAssignment,
  staffAgeBand,
  staffingAgainstQuota,
  universityShare,
} from '../../src/personnel';
import { AS_OF, ROSTER_ROWS } from './roster.fixture';

const parsed = parsePersonnel(ROSTER_ROWS, { asOf: AS_OF, unitKind: 'xa' });
const roster = parsed.valid;

describe('the Phổ Phong staff figures, from a hand-worked roster', () => {
  it('parses every row of the roster', () => {
    expect(parsed.rejected).toEqual([]);
    expect(parsed.total).toBe(36);
    expect(roster).toHaveLength(36);
  });

  it('22 in post: 10 cán bộ and 12 công chức, 16 university and 6 intermediate', () => {
    const t = countHeadcount(roster, AS_OF, { categories: ['can_bo', 'cong_chuc'] });
    expect(t.total).toBe(22);
    expect(t.byCategory).toEqual({ can_bo: 10, cong_chuc: 12 });
    expect(t.byQualification).toEqual({ dai_hoc: 16, trung_cap: 6 });
    expect(universityShare(t)).toEqual({ numerator: 16, denominator: 22, value: 16 / 22 });
    const shares = headcountShares(t);
    expect(shares.byCategory.can_bo).toEqual({ numerator: 10, denominator: 22, value: 10 / 22 });
    expect(shares.byQualification.trung_cap?.numerator).toBe(6);
  });

  it('10 non-specialised commune workers, 5 university and 5 intermediate', () => {
    const t = countHeadcount(roster, AS_OF, { categories: ['khong_chuyen_trach_xa'] });
    expect(t.total).toBe(10);
    expect(t.byQualification).toEqual({ dai_hoc: 5, trung_cap: 5 });
  });

  it('one civil servant rotated to a neighbouring commune (and one rotated in) in the six months', () => {
    const m = personnelMovements(roster, customPeriod('2023-12-15', '2024-06-14'), {
      categories: ['can_bo', 'cong_chuc'],
    });
    expect(m.rotatedOut.map((x) => [x.id, x.position, x.date, x.otherUnit])).toEqual([
      ['cc-13', 'tu_phap_ho_tich', '2024-02-29', 'xã Phổ Nhơn'],
    ]);
    expect(m.rotatedIn.map((x) => x.id)).toEqual(['cc-08']);
    expect(m.joined.map((x) => [x.id, x.reason])).toEqual([
      ['cb-05', 'election'],
      ['cc-08', 'rotation'],
    ]);
    expect(m.left.map((x) => x.id)).toEqual(['cc-13']);
    expect(m.reassigned).toEqual([]);
  });

  it('the day before the rotation the rotated-out civil servant is still counted', () => {
    // 29/02/2024: cc-13 in post (its last day), cc-08 starts 01/03, cb-05 elected 15/03:
    // 22 − 1 (cb-05) − 1 (cc-08) + 1 (cc-13) = 21. On 01/03: cc-13 gone, cc-08 in → still 21.
    expect(countHeadcount(roster, '2024-02-29', { categories: ['can_bo', 'cong_chuc'] }).total).toBe(21);
    expect(countHeadcount(roster, '2024-03-01', { categories: ['can_bo', 'cong_chuc'] }).total).toBe(21);
    expect(countHeadcount(roster, '2024-03-15', { categories: ['can_bo', 'cong_chuc'] }).total).toBe(22);
  });

  it('counts a concurrent post once, under the main post', () => {
    const t = countHeadcount(roster, AS_OF, { categories: ['can_bo'] });
    expect(t.byPosition.bi_thu_dang_uy).toBe(1);
    expect(t.byPosition.chu_tich_hdnd).toBeUndefined();
    const cb01 = roster.find((p) => p.id === 'cb-01');
    expect(cb01 && primaryAssignment(cb01, AS_OF)?.position).toBe('bi_thu_dang_uy');
  });

  it('breaks the 22 down by sex, age band, ethnicity, political theory and party membership', () => {
    const t = countHeadcount(roster, AS_OF, { categories: ['can_bo', 'cong_chuc'] });
    // Women: cb-03, cb-08, cb-09, cc-02, cc-03, cc-06, cc-07, cc-10.
    expect(t.bySex).toEqual({ nam: 14, nu: 8 });
    // Ages on 14/06/2024 (year difference; cb-05, born 15/06/1990, is 33 by date):
    // ≤30: cb-08 28, cc-09 30, cc-10 29 → 3
    // 31–40: cb-03 39, cb-05 33, cc-01 40, cc-02 32, cc-03 33, cc-04 36, cc-05 37, cc-06 38, cc-08 31, cc-12 35 → 10
    // 41–50: cb-04 49, cb-06 41, cb-09 46, cc-07 45, cc-11 42 → 5
    // 51–60: cb-01 54, cb-02 52, cb-07 58 → 3;  ≥61: cb-10 62 → 1
    expect(t.byAgeBand).toEqual({ '≤30': 3, '31–40': 10, '41–50': 5, '51–60': 3, '≥61': 1 });
    expect(t.byEthnicity).toEqual({ '1': 20, '2': 1, '8': 1 });
    expect(t.byPoliticalTheory).toEqual({ cao_cap: 2, trung_cap: 19, so_cap: 1 });
    expect(t.byPartyMembership).toEqual({ member: 20, non_member: 2 });
  });

  it('uses caller-given age bands', () => {
    // Bands ≤35, 36–50, ≥51 over the 22 ages listed above:
    // ≤35: cb-05 33, cb-08 28, cc-02 32, cc-03 33, cc-08 31, cc-09 30, cc-10 29, cc-12 35 → 8
    // 36–50: cb-03 39, cb-04 49, cb-06 41, cb-09 46, cc-01 40, cc-04 36, cc-05 37, cc-06 38, cc-07 45, cc-11 42 → 10
    // ≥51: cb-01, cb-02, cb-07, cb-10 → 4
    const t = countHeadcount(roster, AS_OF, { categories: ['can_bo', 'cong_chuc'], ageBands: [35, 50] });
    expect(t.byAgeBand).toEqual({ '≤35': 8, '36–50': 10, '≥51': 4 });
    expect(() => countHeadcount(roster, AS_OF, { ageBands: [50, 35] })).toThrow(/increasing/);
    expect(() => staffAgeBand(20, [30, 20])).toThrow(RangeError);
  });

  it('judges the 22 and the 10 against the Decree 33/2023 quota of a xã', () => {
    const classI = staffingAgainstQuota(roster, { kind: 'xa', class: 'I' }, AS_OF);
    expect(classI.quota.rule.id).toBe('nd-33-2023');
    expect(classI.lines.map((l) => [l.group, l.actual, l.quota, l.status, l.by])).toEqual([
      ['officials', 22, 22, 'in_quota', 0],
      ['non_specialised', 10, 14, 'under', 4],
    ]);
    expect(classI.lines[0]?.text).toBe('Cán bộ, công chức: 22/22, đúng định mức.');
    const classII = staffingAgainstQuota(roster, { kind: 'xa', class: 'II' }, AS_OF);
    expect(classII.lines.map((l) => [l.status, l.by])).toEqual([
      ['over', 2],
      ['under', 2],
    ]);
    expect(classII.lines[0]?.text).toBe('Cán bộ, công chức: 22/20, vượt 2 so với định mức.');
  });

  it('lists who lacks the qualification the province requires', () => {
    const gaps = lackingQualification(roster, AS_OF, { byCategory: { cong_chuc: 'dai_hoc' } });
    expect(gaps.map((g) => [g.id, g.held, g.required])).toEqual([
      ['cc-01', 'trung_cap', 'dai_hoc'],
      ['cc-07', 'trung_cap', 'dai_hoc'],
      ['cc-11', 'trung_cap', 'dai_hoc'],
    ]);
    const strict = lackingQualification(roster, AS_OF, {
      byPosition: { chi_huy_truong_quan_su: 'trung_cap' },
      byCategory: { cong_chuc: 'dai_hoc' },
      default: 'so_cap',
    });
    // cc-01 meets the post-specific trung cấp; th-01 (chưa qua đào tạo) misses the default sơ cấp.
    expect(strict.map((g) => g.id)).toEqual(['cc-07', 'cc-11', 'th-01']);
  });
});

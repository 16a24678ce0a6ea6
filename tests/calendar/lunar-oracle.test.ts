/**
 * Dev-only cross-check: Tết and Giỗ Tổ Hùng Vương for every year 1950–2100 against a second,
 * independent implementation, the `date-holidays` package (devDependency only; never imported from
 * src/). Its lunar dates come from `date-chinese`'s CalendarVietnamese (Chinese astronomical rules
 * with the meridian at UTC+7 from 1968, UTC+8 before), not from Hồ Ngọc Đức's code.
 *
 * Every disagreement is listed in EXPLAINED below with the investigation that settled it.
 */
import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { lunarNewYear, lunarToSolar, solarToLunar } from '../../src/calendar/index';

interface Disagreement {
  readonly ours: string;
  readonly oracle: string;
  readonly why: string;
}

/**
 * The three years where the two disagree, each investigated:
 *
 * - 1965 Tết. The new moon of 1965-02-01 was at 16:36 UTC (Meeus' full new-moon series, ch. 49, with
 *   ΔT ≈ 36 s; computed with the `astronomia` package during the investigation): 23:36 at UTC+7 on
 *   1 February, but 00:36 at UTC+8 on 2 February. date-holidays applies UTC+8 before 1968 (its convention for the years
 *   before Vietnam computed its lunar calendar at UTC+7). Our calendar applies UTC+7 uniformly, as Hồ Ngọc Đức's method and the issue specify, so
 *   it gives 1965-02-01. Both are right for their convention; historical dates before 1968 should
 *   be read with that in mind (documented on `solarToLunar`).
 * - 2050 and 2083 Giỗ Tổ. The month-3 new moons are at 2050-03-23 00:41 UTC (07:41 at UTC+7) and
 *   2083-04-17 02:09 UTC (09:09 at UTC+7), far from midnight, so lunar month 3 starts on 2050-03-23
 *   and 2083-04-17 and 10/3 is 2050-04-01 and 2083-04-26, as we compute. `date-chinese` itself
 *   (the library date-holidays uses) also gives 1/3 = 2050-03-23 and 2083-04-17 when called
 *   directly; the one-day shift comes from date-holidays' own rule layer (date-holidays-parser),
 *   not from the astronomy. The notes (§3.2) record the same two years as the only Giỗ Tổ
 *   disagreements between date-holidays and @dqcai/vn-lunar (whose tables come from Hồ Ngọc Đức's
 *   program).
 */
const EXPLAINED: Readonly<Record<string, Disagreement>> = {
  'tet-1965': { ours: '1965-02-01', oracle: '1965-02-02', why: 'UTC+8 before 1968 in date-holidays' },
  'hung-kings-2050': {
    ours: '2050-04-01',
    oracle: '2050-03-31',
    why: 'date-holidays-parser shift; new moon 07:41 UTC+7',
  },
  'hung-kings-2083': {
    ours: '2083-04-26',
    oracle: '2083-04-25',
    why: 'date-holidays-parser shift; new moon 09:09 UTC+7',
  },
};

const VN = new Holidays('VN');

function oracle(year: number): { tet: string | undefined; hungKings: string | undefined } {
  const list = VN.getHolidays(year);
  const pick = (rule: string) => list.find((h) => h.rule === rule)?.date.slice(0, 10);
  return { tet: pick('vietnamese 1-0-1'), hungKings: pick('vietnamese 3-0-10') };
}

describe('cross-check with date-holidays, 1950–2100', () => {
  it('Tết and Giỗ Tổ agree every year except the explained ones', () => {
    const found: Record<string, { ours: string; oracle: string | undefined }> = {};
    for (let year = 1950; year <= 2100; year++) {
      const o = oracle(year);
      const tet = lunarNewYear(year);
      const hungKings = lunarToSolar({ year, month: 3, day: 10 });
      if (o.tet !== tet) found[`tet-${year}`] = { ours: tet, oracle: o.tet };
      if (o.hungKings !== hungKings) found[`hung-kings-${year}`] = { ours: hungKings, oracle: o.hungKings };
    }
    const expected = Object.fromEntries(
      Object.entries(EXPLAINED).map(([k, v]) => [k, { ours: v.ours, oracle: v.oracle }]),
    );
    expect(found).toEqual(expected);
  }, 120_000);

  it('the disputed months start on the day of the new moon at UTC+7', () => {
    // New-moon days taken from the investigation above (Meeus ch. 49, UTC+7).
    expect(solarToLunar('2050-03-23')).toEqual({ year: 2050, month: 3, day: 1, leap: false });
    expect(solarToLunar('2083-04-17')).toEqual({ year: 2083, month: 3, day: 1, leap: false });
    expect(solarToLunar('1965-02-01')).toEqual({ year: 1965, month: 1, day: 1, leap: false });
  });
});

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/core/index';
import { findNumbers, parseVietnameseNumber } from '../../src/report/index';

// Values worked out by hand: a scale word multiplies (vạn 10⁴, trăm 10², nghìn 10³, triệu 10⁶, tỷ 10⁹).
describe('scale words multiply, never drop', () => {
  it.each([
    ['39 vạn tấn', '390000', 'tấn'],
    ['9 trăm nghìn đồng', '900000', 'đồng'],
    ['4,52 ngàn', '4520', null],
    ['2,5 triệu đồng/người/năm', '2500000', 'đồng/người/năm'],
    ['16 tỷ 434 triệu đồng', '16434000000', 'đồng'],
    ['1 tỷ 500 triệu đồng', '1500000000', 'đồng'],
    ['32.144 tỷ đồng', '32144000000000', 'đồng'],
  ])('%s = %s', (text, value, unit) => {
    const p = parseVietnameseNumber(text)!;
    expect(p.value).toBe(value);
    expect(p.unit).toBe(unit);
  });
});

describe('per-unit rates are units, not fractions; units glued or spaced', () => {
  it.each([
    ['18,9 triệu đồng/năm', '18900000', 'đồng/năm', ['năm']],
    ['2%/năm', '2', '%/năm', ['năm']],
    ['33.500.000đ/người', '33500000', 'đ/người', ['người']],
    ['62,58 tạ/ha', '62.58', 'tạ/ha', ['ha']],
    ['100m2', '100', 'm2', []],
    ['100 m2', '100', 'm2', []],
  ])('%s', (text, value, unit, per) => {
    const p = parseVietnameseNumber(text)!;
    expect([p.kind === 'fraction', p.value, p.unit, p.per]).toEqual([false, value, unit, per]);
  });
});

describe('hedges are bounds with the word kept; ranges are intervals', () => {
  it('bounds', () => {
    const b = (t: string) => {
      const p = parseVietnameseNumber(t)!;
      return [p.value, p.hedge?.word, p.hedge?.bound, p.hedge?.inclusive, p.approximate, p.interval];
    };
    expect(b('trên 500')).toEqual([
      '500',
      'trên',
      'lower',
      false,
      false,
      { low: '500', high: null, lowInclusive: false, highInclusive: false },
    ]);
    expect(b('hơn 18,1 nghìn')).toEqual([
      '18100',
      'hơn',
      'lower',
      false,
      false,
      { low: '18100', high: null, lowInclusive: false, highInclusive: false },
    ]);
    expect(b('ít nhất 50%')).toEqual([
      '50',
      'ít nhất',
      'lower',
      true,
      false,
      { low: '50', high: null, lowInclusive: true, highInclusive: false },
    ]);
    expect(b('dưới 3%')).toEqual([
      '3',
      'dưới',
      'upper',
      false,
      false,
      { low: null, high: '3', lowInclusive: false, highInclusive: false },
    ]);
    expect(b('tối đa 100 triệu đồng')).toEqual([
      '100000000',
      'tối đa',
      'upper',
      true,
      false,
      { low: null, high: '100000000', lowInclusive: false, highInclusive: true },
    ]);
    expect(b('gần 1.300')).toEqual([
      '1300',
      'gần',
      'upper',
      false,
      true,
      { low: null, high: '1300', lowInclusive: false, highInclusive: false },
    ]);
    expect(b('khoảng gần 2.000')).toEqual([
      '2000',
      'khoảng gần',
      'upper',
      false,
      true,
      { low: null, high: '2000', lowInclusive: false, highInclusive: false },
    ]);
    expect(b('khoảng 800.000')).toEqual(['800000', 'khoảng', 'about', true, true, null]);
    expect(b('từ 10% trở lên')).toEqual([
      '10',
      'trở lên',
      'lower',
      true,
      false,
      { low: '10', high: null, lowInclusive: true, highInclusive: false },
    ]);
  });

  it('ranges', () => {
    const r = (t: string) => {
      const p = parseVietnameseNumber(t)!;
      return [p.value, p.interval?.low, p.interval?.high, p.kind];
    };
    expect(r('từ 5 đến 7')).toEqual([null, '5', '7', 'count']);
    expect(r('5–7%')).toEqual([null, '5', '7', 'percent']);
    expect(r('7,5 - 8,0%')).toEqual([null, '7.5', '8', 'percent']);
    expect(r('15 -17 biên chế')).toEqual([null, '15', '17', 'count']);
  });
});

describe('changes and none (tăng / giảm / không)', () => {
  it('reads the change and keeps the printed magnitude', () => {
    expect(parseVietnameseNumber('tăng 02 hộ')).toMatchObject({
      value: '2',
      unit: 'hộ',
      change: 'increase',
      changeWord: 'tăng',
    });
    expect(parseVietnameseNumber('giảm 1,2%')).toMatchObject({
      value: '1.2',
      kind: 'percent',
      change: 'decrease',
    });
    // "giảm còn" states the level reached, not the change.
    expect(parseVietnameseNumber('giảm còn 1,68%')).toMatchObject({ value: '1.68', change: null });
    expect(parseVietnameseNumber('không')).toMatchObject({ value: '0', none: true });
    expect(parseVietnameseNumber('không hồ sơ')).toMatchObject({ value: '0', unit: 'hồ sơ', none: true });
  });
});

describe('separators as Vietnamese reports print them', () => {
  it('3.971 is 3971 by default, and says it could be read otherwise', () => {
    const p = parseVietnameseNumber('3.971')!;
    expect([p.value, p.ambiguous, p.readings.map((x) => x.value)]).toEqual(['3971', true, ['3971', '3.971']]);
  });
  it('a space between thousands, a footnote digit, and malformed groupings', () => {
    expect(parseVietnameseNumber('93 826')).toMatchObject({
      value: '93826',
      readings: [{ groupSeparator: ' ' }],
    });
    expect(parseVietnameseNumber('24%1')).toMatchObject({ value: '24', kind: 'percent', footnote: '1' });
    for (const t of ['3227.885', '257.7575']) {
      expect(parseVietnameseNumber(t)).toMatchObject({
        value: null,
        number: null,
        reason: 'malformed-grouping',
      });
      expect(parseVietnameseNumber(t, { convention: 'vi' })?.reason).toBe('malformed-grouping');
    }
    expect(parseVietnameseNumber('257.7575', { convention: 'en' })?.value).toBe('257.7575');
  });
});

describe('findNumbers: each number with span, unit, hedge', () => {
  it('reads the seed report’s dossier sentence', () => {
    const t =
      'đã tiếp nhận 3.971 hồ sơ, đã giải quyết 3.927 hồ sơ (trước hạn, đúng hạn: 3.008 hồ sơ, trễ hạn: 22 hồ sơ, đang giải quyết 44 hồ sơ';
    expect(findNumbers(t).map((n) => [n.text, n.value, n.unit])).toEqual([
      ['3.971 hồ sơ', '3971', 'hồ sơ'],
      ['3.927 hồ sơ', '3927', 'hồ sơ'],
      ['3.008 hồ sơ', '3008', 'hồ sơ'],
      ['22 hồ sơ', '22', 'hồ sơ'],
      ['44 hồ sơ', '44', 'hồ sơ'],
    ]);
    const [first] = findNumbers(t);
    expect(t.slice(first!.start, first!.end)).toBe('3.971 hồ sơ');
  });

  it('skips dates, years, times, labels, list numbers and document citations', () => {
    const t =
      '2.4. Thời gian: ngày 05/4/2022, tháng 8/2021, năm 2019, giai đoạn 2021 - 2025, lúc 16h30, Điều 14, lần thứ 11, bão số 3, theo Quyết định số 205/QĐ-UBND ngày 21/01/2022 có 12 hộ.';
    expect(findNumbers(t).map((n) => n.text)).toEqual(['12 hộ']);
  });

  it('reports a glued year with a reason instead of a wrong number', () => {
    const [n] = findNumbers('Hộ nghèo năm 2020230 hộ tỷ lệ 6,64%');
    expect([n!.value, n!.reason, n!.unit]).toEqual([null, 'glued-year', 'hộ']);
  });

  it('hedges and changes before the number, ranges and fractions', () => {
    const t =
      'giảm khoảng 3 – 4% so với cuối năm; tăng thêm trên 1.960 ha; đạt 115/116 ha; toàn tỉnh có 58/67 tỉnh ủy';
    expect(
      findNumbers(t).map((n) => [
        n.text,
        n.change,
        n.hedge?.word ?? null,
        n.interval?.low ?? n.numerator?.value ?? n.value,
      ]),
    ).toEqual([
      ['giảm khoảng 3 – 4%', 'decrease', 'khoảng', '3'],
      ['tăng thêm trên 1.960 ha', 'increase', 'trên', '1960'],
      ['115/116 ha', null, null, '115'],
      ['58/67 tỉnh ủy', null, null, '58'],
    ]);
  });

  it('finds any count printed the Vietnamese way in a sentence, with its exact value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000_000 }), (n) => {
        const found = findNumbers(`đã tiếp nhận ${formatNumber(n)} hồ sơ trong kỳ`);
        expect(found.map((x) => [x.value, x.unit])).toEqual([[String(n), 'hồ sơ']]);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws and never returns a span outside the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        for (const n of findNumbers(s)) {
          expect(n.start).toBeGreaterThanOrEqual(0);
          expect(n.end).toBeLessThanOrEqual(s.normalize('NFC').length + 1);
        }
        parseVietnameseNumber(s);
      }),
      { numRuns: 500 },
    );
  });

  it('reads the whole seed report without a silently changed dossier figure', () => {
    const report = readFileSync(
      new URL('../../../shared/reference/000_1bb7240e0a0f1cd0.txt', import.meta.url),
      'utf8',
    );
    const values = findNumbers(report).map((n) => n.value);
    for (const v of ['3971', '3927', '3008', '22', '44']) expect(values).toContain(v);
  });

  it('a hedge after a counted noun outside the unit list: "từ 02 xe trở lên"', () => {
    const [n] = findNumbers('Điều khiển xe thành nhóm từ 02 xe trở lên chạy quá tốc độ');
    expect([n!.text, n!.value, n!.unit, n!.hedge?.bound]).toEqual(['từ 02 xe trở lên', '2', 'xe', 'lower']);
    // Not across a comma or a capitalised word.
    expect(findNumbers('có 5 xe, trở lên')[0]!.hedge).toBeNull();
    expect(findNumbers('có 5 Xe trở lên')[0]!.hedge).toBeNull();
  });

  it('amounts of đồng: a group cut short or typed with the wrong separator has no value', () => {
    // Real strings (numbers corpus, mg-*): beside "200.000 đồng/30 phút" and "2.000.000 đồng".
    for (const t of [
      '250.00 đồng/30 phút',
      '500.00 đồng',
      '21.000.00 VNĐ',
      '5,000.000 đồng',
      '1000.000 đồng',
    ]) {
      const p = parseVietnameseNumber(t);
      expect([t, p?.value, p?.reason]).toEqual([t, null, 'malformed-grouping']);
    }
    // English cents after 0 or a plain integer of four or more digits stay readable.
    expect(parseVietnameseNumber('0.00 VNĐ')?.value).toBe('0');
    expect(parseVietnameseNumber('5999.00 đồng')?.value).toBe('5999');
    expect(parseVietnameseNumber('362,064.00 đồng')?.value).toBe('362064');
    // Not money: a dot before two digits is a decimal point.
    expect(parseVietnameseNumber('7.2 ha')?.value).toBe('7.2');
    expect(parseVietnameseNumber('98.81%')?.value).toBe('98.81');
    // Under 'en' the English reading stands.
    expect(parseVietnameseNumber('5,000.000 đồng', { convention: 'en' })?.value).toBe('5000');
  });

  it('encyclopaedia copies: footnote marks, labels glued to figures, space groups, ≤', () => {
    const found = findNumbers(
      'Diện tích11,15 km²[2] Tổng cộng8.369 người[2] Mật độ751 người/km² Mã hành chính06526[3] ' +
        'dân số năm 1999 là 7.245 người,[4] mật độ dân số đạt 650 người/km².',
    );
    expect(found.map((n) => [n.value, n.unit, n.footnote])).toEqual([
      ['11.15', 'km²', '2'],
      ['8369', 'người', '2'],
      ['751', 'người/km²', null],
      ['7245', 'người', null],
      ['650', 'người/km²', null],
    ]);
    expect(parseVietnameseNumber('8.123 người[3]')).toMatchObject({ value: '8123', footnote: '3' });
    // Groups joined by spaces are one number, with or without a unit; never the last group alone.
    expect(findNumbers('là 160 000.').map((n) => [n.value, n.ambiguous])).toEqual([['160000', true]]);
    expect(findNumbers('Tiết kiệm 1 000 000 ₫')[0]).toMatchObject({ value: '1000000', unit: '₫' });
    expect(findNumbers('kết quả ≤ 1 000 000 đồng')[0]!.hedge).toMatchObject({ bound: 'upper', word: '≤' });
    // "cấp độ 3" stays a label.
    expect(findNumbers('rủi ro cấp độ 3')).toEqual([]);
  });

  it('a long row of spaced groups is not one number, and is read in linear time', () => {
    const row = '160 000 '.repeat(25_000); // 200 000 characters
    const t0 = performance.now();
    const found = findNumbers(row);
    const ms = performance.now() - t0;
    expect(found.map((n) => [n.value, n.reason])).toEqual([[null, 'malformed-grouping']]);
    expect(ms).toBeLessThan(2000);
    expect(findNumbers('tổng 1 000 000 000 000 đồng')[0]!.value).toBe('1000000000000');
  });
});

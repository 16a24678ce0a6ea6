import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isInstant, isLocalDate, toVietnamDate } from '../../src/core/index';
import { ByteCache, dateFromBytes, isBlankBytes, trimEndAt, trimStartAt } from '../../src/import/cellBytes';
import { readDateCell } from '../../src/import/index';

const enc = new TextEncoder();
const dec = new TextDecoder();

/** Every character `String#trim` removes, and some it keeps (U+0085, U+180E, U+200B). */
const SPACES = [
  ' ',
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2005',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
];
const NOT_SPACES = ['\u0085', '\u180e', '\u200b', 'a', 'Ấ', 'đ', '😀', '1', '\u2001x'];

describe('trimming bytes as String#trim trims text', () => {
  it('agrees with String#trim on strings of spaces and other characters', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...SPACES, ...NOT_SPACES), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const b = enc.encode(text);
        const s = trimStartAt(b, 0, b.length);
        const e = s >= b.length ? s : trimEndAt(b, s, b.length);
        expect(dec.decode(b.subarray(s, e))).toBe(text.trim());
        expect(isBlankBytes(b, 0, b.length)).toBe(text.trim() === '');
      }),
      { numRuns: 3000 },
    );
  });
});

/** The Vietnamese date of what `readDateCell` returns, as `yyyymmdd`; 0 blank, -1 none or not valid. */
function expected(text: string, instant: boolean): number {
  const r = readDateCell(text, instant ? 'instant' : 'date');
  if (r === undefined) return 0;
  if (r === null) return -1;
  // The schema must accept it too, or the row is rejected.
  const ok = instant ? isLocalDate(r) || isInstant(r) : isLocalDate(r);
  if (!ok) return -1;
  return Number(toVietnamDate(r).replaceAll('-', ''));
}

/** Forms the decoder leaves to the full path on purpose (documented in `dateFromBytes`). */
function documentedFallback(text: string): boolean {
  const t = text.trim();
  if (/^\d{1,7}\.\d*[eE]/.test(t)) return true; // an Excel serial with an exponent
  if (/^\d{1,7}\.\d{9,}$/.test(t)) return true; // more than 15 digits in a serial
  // An ISO timestamp with an offset in year 1 or 9999.
  return /^(0001|9999)-\d\d-\d\d[Tt ]\d\d:\d\d.*([Zz]|[+-]\d\d(:?\d\d)?)$/.test(t);
}

function check(text: string): void {
  const b = enc.encode(`;${text};`);
  for (const instant of [false, true]) {
    const got = dateFromBytes(b, 1, b.length - 1, instant);
    const want = expected(text, instant);
    if (got !== want) {
      expect(
        { text, instant, got, want, fallback: got === -1 && documentedFallback(text) },
        JSON.stringify(text),
      ).toMatchObject({ fallback: true });
    }
  }
}

const pad = (n: number, w: number): string => String(n).padStart(w, '0');
const num = (min: number, max: number) => fc.integer({ min, max });
const ws = fc.constantFrom('', '', '', ' ', '  ', '\t', '\u00a0', '\u3000', ' \u2003');
const timePart = fc.oneof(
  fc.constant(''),
  // Near the day's edges in Vietnam and in UTC, where an offset moves the date.
  fc.constantFrom('23:59', '23:40:00', '00:00', '00:19', '16:59:59', '17:00', '17:00:00.5', '06:59', '07:00'),
  fc
    .tuple(
      num(0, 25),
      num(0, 61),
      fc.option(num(0, 61)),
      fc.option(fc.tuple(fc.constantFrom('.', ','), fc.stringMatching(/^\d{1,11}$/))),
      fc.boolean(),
    )
    .map(([h, m, s, f, oneDigitHour]) => {
      let t = `${oneDigitHour && h < 10 ? String(h) : pad(h, 2)}:${pad(m, 2)}`;
      if (s !== null) {
        t += `:${pad(s, 2)}`;
        if (f !== null) t += `${f[0]}${f[1]}`;
      }
      return t;
    }),
);
const offset = fc.oneof(
  fc.constant(''),
  fc.constantFrom(
    'Z',
    'z',
    '+07:00',
    '+0700',
    '+07',
    '-05:00',
    '+14:00',
    '-12:00',
    '+05:45',
    '+23:59',
    '-23:59',
  ),
  fc
    .tuple(fc.constantFrom('+', '-'), num(0, 25), fc.option(num(0, 61)), fc.boolean())
    .map(([sg, h, m, colon]) => `${sg}${pad(h, 2)}${m === null ? '' : `${colon ? ':' : ''}${pad(m, 2)}`}`),
);
const year = fc.oneof(num(1900, 2100), fc.constantFrom(1, 2, 9998, 9999, 0));
const month = fc.oneof(num(1, 12), fc.constantFrom(0, 13, 2));
const day = fc.oneof(num(1, 28), fc.constantFrom(0, 29, 30, 31, 32));

/** A date cell in one of the forms exports write, with its parts sometimes out of range. */
const dateCell = fc.oneof(
  // ISO date and timestamp
  fc
    .tuple(year, month, day, fc.constantFrom('T', 't', ' ', '  '), timePart, offset, fc.boolean(), ws, ws)
    .map(([y, m, d, sep, t, o, short, a, z]) => {
      const mm = short ? String(m) : pad(m, 2);
      const base = `${pad(y, 4)}-${mm}-${pad(d, 2)}`;
      return `${a}${t === '' ? base : `${base}${sep}${t}${o}`}${z}`;
    }),
  // yyyy/M/d
  fc
    .tuple(year, month, day, timePart, ws)
    .map(([y, m, d, t, a]) => `${a}${pad(y, 4)}/${m}/${d}${t === '' ? '' : ` ${t}`}`),
  // d/M/yyyy, dd/MM/yyyy[ HH:mm[:ss]] with / - .
  fc
    .tuple(
      day,
      month,
      year,
      fc.constantFrom('/', '-', '.'),
      fc.boolean(),
      timePart,
      fc.constantFrom(' ', 'T', '  ', ' T'),
      ws,
    )
    .map(([d, m, y, sep, short, t, gap, z]) => {
      const base = short
        ? `${d}${sep}${m}${sep}${pad(y, 4)}`
        : `${pad(d, 2)}${sep}${pad(m, 2)}${sep}${pad(y, 4)}`;
      return `${t === '' ? base : `${base}${gap}${t}`}${z}`;
    }),
  // yyyyMMdd[HHmm[ss]]
  fc
    .tuple(year, month, day, num(0, 25), num(0, 61), num(0, 61), fc.constantFrom(8, 12, 14))
    .map(([y, m, d, h, mi, s, n]) =>
      `${pad(y, 4)}${pad(m, 2)}${pad(d, 2)}${pad(h, 2)}${pad(mi, 2)}${pad(s, 2)}`.slice(0, n),
    ),
  // Excel serials as text
  fc.oneof(
    num(0, 3_000_000).map(String),
    fc.tuple(num(0, 3_000_000), fc.stringMatching(/^\d{0,9}$/)).map(([w, f]) => `${w}.${f}`),
    fc.constantFrom('60', '61', '59.999', '46082.99999999', '46082.5e1', '1.5e3', '46082.', '.5', '0'),
  ),
);

/** Any short text from the characters date cells are made of. */
const noise = fc
  .array(fc.constantFrom(...'0123456789-/.:Tt +Zz,e '.split(''), '\u00a0', 'Đ'), { maxLength: 22 })
  .map((cs) => cs.join(''));

describe('dateFromBytes ≡ readDateCell', () => {
  it('gives the same Vietnamese date as readDateCell on every form, or leaves the cell to the full path', () => {
    fc.assert(fc.property(dateCell, check), { numRuns: 20_000 });
  });
  it('on any text made of date characters', () => {
    fc.assert(fc.property(noise, check), { numRuns: 20_000 });
  });
  it('on edits of valid cells (a character cut, doubled or replaced)', () => {
    fc.assert(
      fc.property(
        dateCell,
        fc.nat(),
        fc.constantFrom('', '0', '9', ':', '-', '/', ' ', 'T', '+', '.'),
        (t, at, c) => {
          const i = t.length === 0 ? 0 : at % t.length;
          check(t.slice(0, i) + c + t.slice(i + 1));
          check(t.slice(0, i) + c + t.slice(i));
        },
      ),
      { numRuns: 10_000 },
    );
  });
  it('on every one-character edit of the shapes exports write most', () => {
    const shapes = [
      '05/03/2026',
      '05-03-2026 08:15',
      '05.03.2026 08:15:09',
      '2026-03-05',
      '2026-03-05T08:15',
      '2026-03-05 08:15:09',
      '2026-03-05T23:15:09Z',
      '2026-03-05T17:15:09.123Z',
      '2026-03-05T00:15:09+07:00',
      '2026-03-05T20:15:09-05:30',
      '20260305081509',
      '20260305',
      '05/03/2026 08:15',
      '05/03/2026 08:15:09',
      '2026-03-05T08:15:09',
      '2026-03-05T08:15:09+07:00',
      '5/3/2026 8:15',
      '15/3/2026 18:05:09',
      '5.12.2026',
      '46082.5',
    ];
    const chars = [...'0123456789:-/.T +Zz', '', 'x'];
    for (const t of shapes) {
      check(t);
      for (let i = 0; i <= t.length; i++) {
        for (const c of chars) {
          check(t.slice(0, i) + c + t.slice(i + 1));
          check(t.slice(0, i) + c + t.slice(i));
        }
      }
    }
  });
  it('decodes the forms of docs/importing.md (worked out by hand)', () => {
    const b = (t: string, instant = true) => {
      const x = enc.encode(t);
      return dateFromBytes(x, 0, x.length, instant);
    };
    expect(b('2026-04-22')).toBe(20260422);
    expect(b('2026-04-22T23:30:00+07:00')).toBe(20260422);
    // 18:30 UTC is 01:30 the next day in Vietnam.
    expect(b('2026-04-22T18:30:00Z')).toBe(20260423);
    expect(b('2026-04-22 16:59:59Z')).toBe(20260422);
    expect(b('2026-02-28T17:00:00.123Z')).toBe(20260301);
    // 10:00 at UTC−08:00 is 18:00 UTC, 01:00 on the 2nd in Vietnam.
    expect(b('2026-03-01T10:00:00-08:00')).toBe(20260302);
    expect(b('2026-01-01T05:00:00+09:00')).toBe(20260101);
    expect(b('2026-01-01T01:00:00+09:00')).toBe(20251231);
    expect(b('2026-03-02T08:15:00')).toBe(20260302);
    expect(b('20260302081500')).toBe(20260302);
    expect(b('20260302991500')).toBe(-1);
    expect(b('20260302991500', false)).toBe(20260302);
    expect(b('5/4/2022')).toBe(20220405);
    expect(b('05/04/2022 14:30')).toBe(20220405);
    expect(b('05-04-2022')).toBe(20220405);
    expect(b('31/02/2026')).toBe(-1);
    expect(b('46082')).toBe(20260301);
    expect(b(' \u00a0')).toBe(0);
    expect(b('  05/04/2022\u3000')).toBe(20220405);
  });
});

describe('ByteCache', () => {
  it('tells apart cells that differ in one byte anywhere (same length, ends and middle)', () => {
    const cache = new ByteCache((t: string) => t);
    const base = 'UBND xã Phổ Phong số 12 (cũ)';
    const b0 = enc.encode(base);
    for (let i = 0; i < b0.length; i++) {
      if (b0[i]! >= 0x80) continue;
      const v = b0.slice();
      v[i] = v[i] === 0x41 ? 0x42 : 0x41;
      for (const x of [b0, v, b0]) expect(cache.get(x, 0, x.length)).toBe(dec.decode(x));
    }
  });
  it('returns what its function gives on the decoded text, collisions or not', () => {
    const cache = new ByteCache((t: string) => `<${t}>`);
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 30, unit: 'grapheme' }), { minLength: 1, maxLength: 3000 }),
        (cells) => {
          for (const c of cells) {
            const b = enc.encode(`x${c}y`);
            expect(cache.get(b, 1, b.length - 1)).toBe(`<${dec.decode(b.subarray(1, b.length - 1))}>`);
          }
        },
      ),
      { numRuns: 50 },
    );
  });
});

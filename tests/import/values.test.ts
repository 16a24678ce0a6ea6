import { describe, expect, it } from 'vitest';
import {
  compileColumns,
  DOSSIER_COLUMN_MAP,
  excelSerialToIso,
  foldHeader,
  isUnsafeKey,
  readBooleanCell,
  readDateCell,
  readNumberCell,
  setPath,
} from '../../src/import/index';

describe('readDateCell', () => {
  it('reads the forms exports use', () => {
    expect(readDateCell('05/01/2026')).toBe('2026-01-05');
    expect(readDateCell('5/1/2026')).toBe('2026-01-05');
    expect(readDateCell('05-01-2026')).toBe('2026-01-05');
    expect(readDateCell('05.01.2026')).toBe('2026-01-05');
    expect(readDateCell('05/01/2026 14:30', 'instant')).toBe('2026-01-05T14:30:00+07:00');
    expect(readDateCell('05/01/2026 14:30:15', 'instant')).toBe('2026-01-05T14:30:15+07:00');
    expect(readDateCell('05/01/2026 14:30:15', 'date')).toBe('2026-01-05');
    expect(readDateCell('20260302081500', 'instant')).toBe('2026-03-02T08:15:00+07:00');
    expect(readDateCell('202603020815', 'instant')).toBe('2026-03-02T08:15:00+07:00');
    expect(readDateCell('20260302')).toBe('2026-03-02');
    expect(readDateCell('2026/03/02')).toBe('2026-03-02');
    expect(readDateCell('2026-03-02')).toBe('2026-03-02');
    expect(readDateCell('2026-03-01T18:30:00Z', 'instant')).toBe('2026-03-01T18:30:00Z');
    expect(readDateCell('2026-03-01T18:30:00Z', 'date')).toBe('2026-03-02');
    expect(readDateCell('2022-09-21T10:00:00.000+0700', 'instant')).toBe('2022-09-21T10:00:00.000+0700');
    expect(readDateCell('2026-03-02 08:15', 'instant')).toBe('2026-03-02T08:15:00+07:00');
  });

  it('reads Excel serial numbers, as numbers or text, with the 1900 leap bug', () => {
    // 46082 days after 1899-12-30 is 2026-03-01 (45658 = 2025-01-01, + 31 + 28 + … by hand: 2025 has 365 days → 46023 = 2026-01-01, + 59).
    expect(excelSerialToIso(46082)).toBe('2026-03-01');
    expect(excelSerialToIso(46082.5)).toBe('2026-03-01T12:00:00+07:00');
    expect(excelSerialToIso(61)).toBe('1900-03-01');
    expect(excelSerialToIso(59)).toBe('1900-02-28');
    expect(excelSerialToIso(60)).toBeUndefined();
    expect(excelSerialToIso(1)).toBe('1900-01-01');
    expect(excelSerialToIso(0)).toBeUndefined();
    expect(readDateCell(46082)).toBe('2026-03-01');
    expect(readDateCell('46082')).toBe('2026-03-01');
  });

  it('gives null for impossible dates and times, undefined for empty cells', () => {
    expect(readDateCell('31/02/2026')).toBeNull();
    expect(readDateCell('29/02/2025')).toBeNull();
    expect(readDateCell('29/02/2024')).toBe('2024-02-29');
    expect(readDateCell('05/01/2026 25:00', 'instant')).toBeNull();
    expect(readDateCell('20260231000000', 'instant')).toBeNull();
    expect(readDateCell('2026-02-30')).toBeNull();
    expect(readDateCell('ngày 5 tháng 1')).toBeNull();
    expect(readDateCell('  ')).toBeUndefined();
    expect(readDateCell(null)).toBeUndefined();
    expect(readDateCell(true)).toBeNull();
  });
});

describe('readNumberCell', () => {
  it('reads Vietnamese numbers', () => {
    expect(readNumberCell('3.971')).toBe(3971);
    expect(readNumberCell('1.234.567')).toBe(1234567);
    expect(readNumberCell('1.234,5')).toBe(1234.5);
    expect(readNumberCell('1,5')).toBe(1.5);
    expect(readNumberCell('1.5')).toBe(1.5);
    expect(readNumberCell('1 500 000')).toBe(1500000);
    expect(readNumberCell('1\u00a0500\u00a0000')).toBe(1500000);
    expect(readNumberCell('1,234.5')).toBe(1234.5);
    expect(readNumberCell('-3.971')).toBe(-3971);
    expect(readNumberCell(42)).toBe(42);
  });

  it('follows an explicit decimal separator', () => {
    expect(readNumberCell('3.971', '.')).toBe(3.971);
    expect(readNumberCell('3,971', ',')).toBe(3.971);
  });

  it('gives null for text that is not a number', () => {
    expect(readNumberCell('12a')).toBeNull();
    expect(readNumberCell('1,2,3,4')).toBe(1234);
    expect(readNumberCell('1.2,3.4')).toBeNull();
    expect(readNumberCell('--')).toBeNull();
    expect(readNumberCell('')).toBeUndefined();
  });
});

describe('readBooleanCell', () => {
  it('reads yes and no as exports write them', () => {
    expect(readBooleanCell('Có')).toBe(true);
    expect(readBooleanCell('co')).toBe(true);
    expect(readBooleanCell('x')).toBe(true);
    expect(readBooleanCell('Không')).toBe(false);
    expect(readBooleanCell('--')).toBe(false);
    expect(readBooleanCell('')).toBeUndefined();
    expect(readBooleanCell('có lẽ')).toBeNull();
  });
});

describe('headers', () => {
  it('fold diacritics, case, NFD and punctuation', () => {
    expect(foldHeader('Ngày hẹn trả')).toBe('ngay hen tra');
    expect(foldHeader('Ngày hẹn trả'.normalize('NFD'))).toBe('ngay hen tra');
    expect(foldHeader('  NGÀY  HẸN\u00a0TRẢ ')).toBe('ngay hen tra');
    expect(foldHeader('Đơn vị tiếp nhận')).toBe('don vi tiep nhan');
    expect(foldHeader('family.hostName')).toBe('family hostname');
    expect(foldHeader('Ngày, tháng, năm')).toBe('ngay thang nam');
  });

  it('flag the names that must never become keys', () => {
    expect(isUnsafeKey('__proto__')).toBe(true);
    expect(isUnsafeKey(' Constructor ')).toBe(true);
    expect(isUnsafeKey('prototype')).toBe(true);
    expect(isUnsafeKey('Mã hồ sơ')).toBe(false);
  });

  it('overrides win, unsafe or unknown overrides throw', () => {
    const c = compileColumns(DOSSIER_COLUMN_MAP, { 'Cơ quan giải quyết hồ sơ': 'unit', 'Mã hồ sơ': null });
    expect(c.byHeader.get('co quan giai quyet ho so')?.field).toBe('unit');
    expect(c.byHeader.get('ma ho so')).toBeNull();
    expect(() =>
      compileColumns(DOSSIER_COLUMN_MAP, { __proto__: 'unit' } as unknown as Record<string, string>),
    ).not.toThrow();
    expect(() => compileColumns(DOSSIER_COLUMN_MAP, new Map([['__proto__', 'unit']]))).toThrow(TypeError);
    expect(() => compileColumns(DOSSIER_COLUMN_MAP, { constructor: 'unit' })).toThrow(TypeError);
    expect(() => compileColumns(DOSSIER_COLUMN_MAP, { 'Cột lạ': 'toString' })).toThrow(RangeError);
  });

  it('setPath builds nested values and ignores unsafe segments', () => {
    const o: Record<string, unknown> = {};
    setPath(o, 'assignments.0.position', 'tu_phap_ho_tich');
    setPath(o, '__proto__.polluted', true);
    expect(o).toEqual({ assignments: [{ position: 'tu_phap_ho_tich' }] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

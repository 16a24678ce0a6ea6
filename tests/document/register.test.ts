import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  DigitalSignatureCertificateSchema,
  DOCUMENT_MESSAGES,
  DocumentRegisterEntrySchema,
  parseDocumentRegister,
  parseSignatureCertificates,
} from '../../src/document/index';

const outgoing = {
  direction: 'outgoing',
  numberSymbol: '06/QĐ-UBND',
  type: 'quyet-dinh',
  issuer: 'UBND xã Phổ Phong',
  issueDate: '2022-01-04',
  summary: 'Phân công thực hiện nhiệm vụ cải cách hành chính năm 2022',
  signer: { name: 'Nguyễn Thị Tâm', position: 'Phó Chủ tịch', authorities: ['TM', 'KT'] },
  recipients: ['UBND thị xã Đức Phổ', 'Lưu: VT'],
  electronic: true,
  agencySignature: true,
  signerSignature: true,
  urgency: 'normal',
};
const incoming = {
  direction: 'incoming',
  numberSymbol: '205/QĐ-UBND',
  type: 'quyet-dinh',
  issuer: 'UBND thị xã Đức Phổ',
  issueDate: '2022-01-21',
  summary: 'Ban hành Chương trình xây dựng chính quyền kiến tạo',
  electronic: true,
  agencySignature: true,
  signerSignature: true,
  arrivalNumber: 15,
  arrivalDate: '2022-01-22',
};

describe('parseDocumentRegister', () => {
  it('keeps every row: valid in order, rejected with stable codes', () => {
    const rows = [
      outgoing,
      incoming,
      { ...outgoing, numberSymbol: '0/QĐ-UBND' },
      { ...outgoing, numberSymbol: '' },
      { ...outgoing, issueDate: '2026-02-31' },
      { ...incoming, arrivalDate: '2022-01-20' },
      { ...outgoing, numberSymbol: '12/CV-UBND' },
      { ...outgoing, type: 'cv' },
      { ...outgoing, numberSymbol: 'x'.repeat(10_000) },
    ];
    const r = parseDocumentRegister(rows, { locale: 'en' });
    expect(r.total).toBe(9);
    expect(r.validIndices).toEqual([0, 1, 6]);
    expect(r.rejected.map((x) => [x.index, x.issues.map((i) => [i.path, i.code])])).toEqual([
      [2, [['numberSymbol', 'vn.document.invalid_number']]],
      [
        3,
        [
          ['numberSymbol', 'vn.too_small'],
          ['numberSymbol', 'vn.document.empty_symbol'],
        ],
      ],
      [4, [['issueDate', 'vn.invalid_date']]],
      [5, [['arrivalDate', 'vn.document.arrival_before_issue']]],
      [7, [['type', 'vn.invalid_value']]],
      [
        8,
        [
          ['numberSymbol', 'vn.too_big'],
          ['numberSymbol', 'vn.document.symbol_too_long'],
        ],
      ],
    ]);
    expect(r.rejected[0]!.issues[0]!.message).toBe('Document number "0" is invalid: numbers start at 01.');
    expect(r.rejected[3]!.issues[0]!.message).toBe(
      'Arrival date 2022-01-20 is before the document date 2022-01-21.',
    );
  });

  it('Vietnamese by default', () => {
    const r = parseDocumentRegister([{ ...outgoing, numberSymbol: '0/QĐ-UBND' }]);
    expect(r.rejected[0]!.issues[0]!.message).toBe('Số văn bản «0» không hợp lệ: số thứ tự bắt đầu từ 01.');
  });

  it('schemas export to JSON Schema (no Date, no transform)', () => {
    expect(() => z.toJSONSchema(DocumentRegisterEntrySchema)).not.toThrow();
    expect(() => z.toJSONSchema(DigitalSignatureCertificateSchema)).not.toThrow();
  });
});

describe('parseSignatureCertificates', () => {
  it('rejects an expiry before the start', () => {
    const r = parseSignatureCertificates([
      { kind: 'agency', holder: 'UBND xã', validFrom: '2024-01-01', validTo: '2023-01-01' },
      { kind: 'personal', holder: 'A', validFrom: '2024-01-01', validTo: '2026-01-01' },
      { kind: 'seal', holder: 'A', validFrom: '2024-01-01', validTo: '2026-01-01' },
    ]);
    expect(r.validIndices).toEqual([1]);
    expect(r.rejected.map((x) => x.issues.map((i) => i.code))).toEqual([
      ['vn.document.certificate_dates'],
      ['vn.invalid_value'],
    ]);
  });
});

describe('DOCUMENT_MESSAGES', () => {
  it('every code is vn.document.* (parity: tests/core/catalogues.test.ts)', () => {
    for (const code of Object.keys(DOCUMENT_MESSAGES)) expect(code).toMatch(/^vn\.document\.[a-z_]+$/);
  });
});

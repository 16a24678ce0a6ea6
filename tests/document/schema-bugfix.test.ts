import { describe, expect, it } from 'vitest';
import { parseDocumentRegister } from '../../src/document/index';

describe('incoming documents with an impossible issue date', () => {
  it('report the impossible date only, not also an arrival before it', () => {
    const r = parseDocumentRegister([
      {
        direction: 'incoming',
        numberSymbol: '12/UBND-VP',
        issuingBody: 'UBND thị xã Đức Phổ',
        issueDate: '2026-04-31',
        summary: 'V/v báo cáo',
        arrivalNumber: 4,
        arrivalDate: '2026-04-05',
      },
    ]);
    expect(r.rejected).toHaveLength(1);
    const codes = r.rejected[0]!.issues.map((i) => i.code);
    expect(codes).toContain('vn.invalid_date');
    expect(codes).not.toContain('vn.document.arrival_before_issue');
  });
});

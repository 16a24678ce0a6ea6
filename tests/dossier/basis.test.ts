import { describe, expect, it } from 'vitest';
import {
  citeOneStopBasis,
  DossierSchema,
  ONE_STOP_BASES,
  oneStopBasisOn,
  parseDossiers,
} from '../../src/dossier/index';

// Issue 11, item 2. Sources: NĐ 118/2025/NĐ-CP "ngày 9/6/2025 … về thực hiện thủ tục hành chính
// theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và cổng Dịch vụ công quốc gia …
// Nghị định có hiệu lực thi hành từ ngày 1/7/2025" (tnt305/tai_lieu_noi_bo,
// src/etl/dataset/f50fbb5ce440228a.md); TT 03/2025/TT-VPCP of 15/09/2025 guiding it (…/a297ea2b3eeefa79.md);
// NĐ 367/2025/NĐ-CP of 31/12/2025 amending it (luatvietnam.vn); NĐ 61/2018/NĐ-CP in force 21/06/2018.

/** A dossier re-appointed twice, received on `receivedAt`: it breaks the once-only rule. */
function twiceReappointed(receivedAt: string) {
  return {
    code: 'X',
    procedureCode: '1.001',
    unit: 'UBND xã Phổ Phong',
    channel: 'direct',
    status: 'processing',
    receivedAt,
    dueDate: '2025-07-10',
    reappointments: ['2025-07-15', '2025-07-20'],
  };
}

describe('the one-stop basis by date of receipt', () => {
  it('the table has two versions that meet on 30/06–01/07/2025 with no gap', () => {
    expect(ONE_STOP_BASES.map((b) => [b.id, b.effectiveFrom, b.effectiveTo])).toEqual([
      ['nd-61-2018', '2018-06-21', '2025-06-30'],
      ['nd-118-2025', '2025-07-01', null],
    ]);
    expect(ONE_STOP_BASES[1]?.circular.short).toBe('TT 03/2025/TT-VPCP');
    expect(ONE_STOP_BASES[1]?.amendments.map((a) => a.short)).toEqual(['NĐ 367/2025/NĐ-CP']);
    expect(ONE_STOP_BASES[0]?.amendments.map((a) => a.short)).toEqual(['NĐ 107/2021/NĐ-CP']);
  });

  it('30/06/2025 falls under NĐ 61/2018, 01/07/2025 under NĐ 118/2025; none before 21/06/2018', () => {
    expect(oneStopBasisOn('2025-06-30')?.id).toBe('nd-61-2018');
    expect(oneStopBasisOn('2025-07-01')?.id).toBe('nd-118-2025');
    expect(oneStopBasisOn('2018-06-21')?.id).toBe('nd-61-2018');
    expect(oneStopBasisOn('2018-06-20')).toBeUndefined();
    expect(() => oneStopBasisOn('2025-02-30')).toThrow(/real date/);
  });

  it('citations include only the acts issued by the date of receipt', () => {
    expect(citeOneStopBasis('2019-01-10')).toBe('NĐ 61/2018/NĐ-CP; TT 01/2018/TT-VPCP');
    expect(citeOneStopBasis('2018-07-01')).toBe('NĐ 61/2018/NĐ-CP'); // before TT 01/2018 (23/11/2018)
    expect(citeOneStopBasis('2025-06-30')).toBe(
      'NĐ 61/2018/NĐ-CP, sửa đổi bởi NĐ 107/2021/NĐ-CP; TT 01/2018/TT-VPCP',
    );
    expect(citeOneStopBasis('2025-07-01')).toBe('NĐ 118/2025/NĐ-CP'); // TT 03/2025 came on 15/09/2025
    expect(citeOneStopBasis('2025-09-15')).toBe('NĐ 118/2025/NĐ-CP; TT 03/2025/TT-VPCP');
    expect(citeOneStopBasis('2026-01-15')).toBe(
      'NĐ 118/2025/NĐ-CP, sửa đổi bởi NĐ 367/2025/NĐ-CP; TT 03/2025/TT-VPCP',
    );
    expect(citeOneStopBasis('2026-01-15', { locale: 'en' })).toBe('Decree 118/2025/NĐ-CP');
    expect(citeOneStopBasis('2017-01-01')).toBe('quy định về cơ chế một cửa hiện hành tại ngày tiếp nhận');
    expect(() => citeOneStopBasis('2026-01-15', { rule: 'nope' as 'channels' })).toThrow(
      /rule must be one of/,
    );
  });

  it('what changed is data with both dates: the online channel and the form numbers', () => {
    const before = oneStopBasisOn('2025-06-30');
    const after = oneStopBasisOn('2025-07-01');
    expect(before?.rules.channels).toMatch(/Cổng Dịch vụ công cấp bộ, cấp tỉnh/);
    expect(after?.rules.channels).toMatch(/Cổng Dịch vụ công quốc gia/);
    expect(before?.forms.processControl).toMatch(/^Mẫu 05 /);
    expect(after?.forms.processControl).toMatch(/^Mẫu số 06 /);
    expect(before?.forms.trackingBook).toMatch(/^Mẫu 06 /);
    expect(after?.forms.trackingBook).toMatch(/^Mẫu số 07 /);
    expect(after?.rules.stopping).toBe(
      'NĐ 118/2025/NĐ-CP, Điều 21; Thông tư 03/2025/TT-VPCP, Điều 7 (Thông báo dừng giải quyết hồ sơ)',
    );
  });

  it('no NĐ 118 article number is cited that was not seen (only Điều 21, on stopping)', () => {
    const after = ONE_STOP_BASES[1];
    const text = JSON.stringify(after);
    const articles = [...text.matchAll(/NĐ 118\/2025\/NĐ-CP, Điều (\d+)/g)].map((m) => m[1]);
    expect(articles).toEqual(['21']);
  });
});

describe('rule messages cite the basis in force on the dossier’s date of receipt', () => {
  it('a dossier received 2025-06-30 and one received 2025-07-01 cite different decrees', () => {
    const r = parseDossiers([twiceReappointed('2025-06-30'), twiceReappointed('2025-07-01T09:00:00+07:00')]);
    expect(r.valid).toEqual([]);
    const msg = (i: number) =>
      r.rejected
        .find((x) => x.index === i)
        ?.issues.find((x) => x.code === 'vn.dossier.reappointed_more_than_once')?.message;
    expect(msg(0)).toBe(
      'Hồ sơ được hẹn lại 2 lần; chỉ được hẹn lại ngày trả kết quả một lần (NĐ 61/2018/NĐ-CP, Điều 19).',
    );
    expect(msg(1)).toMatch(
      /^Hồ sơ được hẹn lại 2 lần; chỉ được hẹn lại ngày trả kết quả một lần \(NĐ 118\/2025\/NĐ-CP /,
    );
    expect(msg(1)).not.toContain('61/2018');
    expect(msg(0)).not.toContain('118/2025');
  });

  it('the receipt date is the Vietnamese date: 30/06 23:30 in Hà Nội is 16:30 UTC and still NĐ 61', () => {
    const r = parseDossiers([
      twiceReappointed('2025-06-30T16:30:00Z'),
      twiceReappointed('2025-06-30T17:30:00Z'),
    ]);
    const basis = (i: number) =>
      r.rejected
        .find((x) => x.index === i)
        ?.issues.find((x) => x.code === 'vn.dossier.reappointed_more_than_once')?.message;
    expect(basis(0)).toContain('NĐ 61/2018/NĐ-CP, Điều 19'); // 23:30 on 30/06 in Vietnam
    expect(basis(1)).toContain('NĐ 118/2025/NĐ-CP'); // 00:30 on 01/07 in Vietnam
  });

  it('in English, the decree of the date too', () => {
    const r = parseDossiers([twiceReappointed('2025-06-30'), twiceReappointed('2025-07-01')], {
      locale: 'en',
    });
    const msg = (i: number) => r.rejected.find((x) => x.index === i)?.issues[0]?.message;
    expect(msg(0)).toBe(
      'The dossier was re-appointed 2 times; the return date may be re-set only once (Decree 61/2018/NĐ-CP).',
    );
    expect(msg(1)).toBe(
      'The dossier was re-appointed 2 times; the return date may be re-set only once (Decree 118/2025/NĐ-CP).',
    );
  });

  it('the issue carries the citation as parameters, for callers with their own messages', () => {
    const res = DossierSchema.safeParse(twiceReappointed('2025-07-01'));
    expect(res.success).toBe(false);
    const issue = res.error?.issues.find(
      (i) => (i as { params?: { code?: string } }).params?.code === 'vn.dossier.reappointed_more_than_once',
    ) as { params?: Record<string, unknown> } | undefined;
    // Raw parameters: the date of receipt, from which the citation of either language follows.
    expect(issue?.params?.receivedDate).toBe('2025-07-01');
    expect(issue?.params?.count).toBe(2);
    const received = String(issue?.params?.receivedDate);
    expect(citeOneStopBasis(received, { locale: 'en' })).toBe('Decree 118/2025/NĐ-CP');
    expect(citeOneStopBasis(received, { rule: 'reappointmentOnce' })).toMatch(
      /^NĐ 118\/2025\/NĐ-CP \(điều khoản chưa đối chiếu/,
    );
  });
});

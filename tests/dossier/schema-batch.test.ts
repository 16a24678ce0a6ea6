import { describe, expect, it } from 'vitest';
import { parseBatch } from '../../src/core/index';
import {
  compactToIso,
  DOSSIER_MESSAGES,
  DossierFiguresSchema,
  DossierTallySchema,
  emptyDossierTally,
  fromNationalSync,
  parseDossiers,
  STATUS_CODES,
  statusFromCode,
} from '../../src/dossier/index';

const ok = {
  code: '000.00.06.H56-260302-0001',
  procedureCode: '1.000894',
  unit: 'UBND xã Phổ Phong',
  channel: 'direct',
  status: 'processing',
  receivedAt: '2026-03-02T08:00:00+07:00',
  dueDate: '2026-03-05',
};

describe('parseDossiers: bad rows go to rejected, good rows to valid', () => {
  const rows: unknown[] = [
    ok,
    { ...ok, code: 123 }, // wrong type
    { ...ok, dueDate: '2026-02-31' }, // impossible date
    { ...ok, status: 'lost' }, // unknown status
    { ...ok, dueDate: '2026-03-01' }, // due before receipt
    { ...ok, finishedAt: '2026-03-01' }, // finish before receipt
    { ...ok, reappointments: ['2026-03-09', '2026-03-12'] }, // two re-appointments
    { ...ok, status: 'resolved' }, // resolved without a finish date
    { ...ok, outcome: 'withdrawn' }, // outcome without a date
    'not a record',
    { ...ok, code: 'X2', channel: 'online' },
  ];
  const r = parseDossiers(rows);
  it('keeps every row exactly once', () => {
    expect(r.total).toBe(11);
    expect(r.valid.length + r.rejected.length).toBe(11);
    expect(r.validIndices).toEqual([0, 10]);
    expect(r.rejected.map((x) => x.index)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
  it('names the field, a stable code and a Vietnamese message', () => {
    const first = (i: number) => r.rejected.find((x) => x.index === i)!.issues[0]!;
    expect(first(1)).toMatchObject({ path: 'code', code: 'vn.invalid_type' });
    expect(first(2)).toMatchObject({ path: 'dueDate', code: 'vn.invalid_date' });
    expect(first(2).message).toBe(
      'Trường «ngày hẹn trả» không phải ngày có thật (dạng YYYY-MM-DD): "2026-02-31".',
    );
    expect(first(3)).toMatchObject({ path: 'status', code: 'vn.invalid_value' });
    expect(first(4)).toMatchObject({ path: 'dueDate', code: 'vn.dossier.due_before_received' });
    expect(first(4).message).toBe('Ngày hẹn trả 2026-03-01 trước ngày tiếp nhận 2026-03-02.');
    expect(first(5)).toMatchObject({ path: 'finishedAt', code: 'vn.dossier.finished_before_received' });
    expect(first(6)).toMatchObject({ path: 'reappointments', code: 'vn.dossier.reappointed_more_than_once' });
    expect(first(6).message).toMatch(/hẹn lại 2 lần/);
    expect(first(7)).toMatchObject({ code: 'vn.dossier.resolved_without_finish_date' });
    expect(first(7).message).toContain('Đã xử lý xong');
    expect(first(8)).toMatchObject({ path: 'outcomeAt', code: 'vn.dossier.outcome_without_date' });
    expect(first(9).code).toBe('vn.invalid_type');
  });
  it('speaks English on request', () => {
    const en = parseDossiers([{ ...ok, dueDate: '2026-03-01' }], { locale: 'en' });
    expect(en.rejected[0]!.issues[0]!.message).toBe(
      'Due date 2026-03-01 is before the receipt date 2026-03-02.',
    );
  });
  it('catches supplement dates out of order', () => {
    const s = parseDossiers([
      { ...ok, supplements: [{ requestedAt: '2026-03-03', completedAt: '2026-03-02' }] },
      { ...ok, supplements: [{ requestedAt: '2026-03-01' }] },
    ]);
    expect(s.rejected.map((x) => x.issues[0]!.code)).toEqual([
      'vn.dossier.supplement_completed_before_requested',
      'vn.dossier.supplement_before_received',
    ]);
    expect(s.rejected[0]!.issues[0]!.path).toBe('supplements.0.completedAt');
  });
  it('rejects an unknown format option', () => {
    expect(() => parseDossiers([], { format: 'xml' as 'native' })).toThrow(/\[commune-kpi\] format/);
  });
});

describe('messages', () => {
  // Parity of the languages is checked for every catalogue in tests/core/catalogues.test.ts.
  it('every dossier code is vn.dossier.*', () => {
    for (const code of Object.keys(DOSSIER_MESSAGES)) expect(code.startsWith('vn.dossier.')).toBe(true);
  });
});

describe('national sync adapter', () => {
  it('maps codes and compact timestamps', () => {
    expect(compactToIso('20260302081500')).toBe('2026-03-02T08:15:00+07:00');
    expect(compactToIso('20260302')).toBe('2026-03-02');
    expect(compactToIso('20260231000000')).toBeUndefined();
    expect(compactToIso('20260302250000')).toBeUndefined();
    expect(statusFromCode('10')).toBe('returned');
    expect(statusFromCode(' 5 ')).toBe('awaiting_supplement');
    expect(statusFromCode('11')).toBeUndefined();
    expect(STATUS_CODES.stopped).toBe(8);
  });
  it('turns a sync record into a dossier', () => {
    const rec = {
      MaHoSo: '000.00.53.H48-220921-0099',
      MaTTHC: '1.001',
      MaLinhVuc: 'HT',
      KenhThucHien: '2',
      TrangThaiHoSo: '10',
      NgayTiepNhan: '20220921081500',
      NgayHenTra: '20220926170000',
      NgayKetThucXuLy: '20220923100000',
      NgayTra: '20220924090000',
      DonViXuLy: 'UBND xã Phổ Phong',
      ChuHoSo: 'Nguyễn Văn A',
    };
    const r = parseDossiers([rec], { format: 'national-sync' });
    expect(r.rejected).toEqual([]);
    expect(r.valid[0]).toEqual({
      code: '000.00.53.H48-220921-0099',
      procedureCode: '1.001',
      fieldCode: 'HT',
      unit: 'UBND xã Phổ Phong',
      channel: 'online',
      status: 'returned',
      receivedAt: '2022-09-21T08:15:00+07:00',
      dueDate: '2022-09-26',
      finishedAt: '2022-09-23T10:00:00+07:00',
      returnedAt: '2022-09-24T09:00:00+07:00',
    });
  });
  it('uses the latest new due date after a supplement, and maps withdrawals to an outcome', () => {
    const d = fromNationalSync({
      MaHoSo: 'X',
      MaTTHC: 'P',
      KenhThucHien: 1,
      TrangThaiHoSo: 7,
      NgayTiepNhan: '20260302080000',
      NgayHenTra: '20260305170000',
      NgayKetThucXuLy: '20260310090000',
      DanhSachHoSoBoSung: [
        {
          NgayBoSung: '20260303100000',
          NgayTiepNhanBoSung: '20260304080000',
          NgayHenTraMoi: '20260309170000',
        },
      ],
    });
    expect(d).toMatchObject({
      channel: 'direct',
      status: 'withdrawal_requested',
      dueDate: '2026-03-09',
      outcome: 'withdrawn',
      outcomeAt: '2026-03-10T09:00:00+07:00',
      supplements: [{ requestedAt: '2026-03-03T10:00:00+07:00', completedAt: '2026-03-04T08:00:00+07:00' }],
    });
    expect(d).not.toHaveProperty('finishedAt');
  });
  it('rejects unknown codes and unreal compact times with their own codes', () => {
    const r = parseDossiers(
      [{ MaHoSo: 'x', MaTTHC: '1', KenhThucHien: '9', TrangThaiHoSo: '11', NgayTiepNhan: '20220231081500' }],
      { format: 'national-sync' },
    );
    expect(r.rejected[0]!.issues.map((i) => [i.path, i.code])).toEqual([
      ['TrangThaiHoSo', 'vn.dossier.unknown_status_code'],
      ['KenhThucHien', 'vn.dossier.unknown_channel_code'],
      ['NgayTiepNhan', 'vn.dossier.invalid_compact_timestamp'],
    ]);
    expect(r.rejected[0]!.issues[0]!.message).toBe(
      'Mã trạng thái hồ sơ (TrangThaiHoSo) "11" không có trong danh mục 1–10.',
    );
  });
});

describe('figures as reports state them', () => {
  const parse = (rows: unknown[]) => parseBatch(DossierFiguresSchema, rows, { catalogs: [DOSSIER_MESSAGES] });
  it('rejects the Phổ Phong figures: resolved 3.927 ≠ 3.008 + 22', () => {
    // "đã tiếp nhận 3.971 hồ sơ, đã giải quyết 3.927 hồ sơ (trước hạn, đúng hạn: 3.008 hồ sơ, trễ hạn: 22 hồ sơ,
    //  đang giải quyết 44 hồ sơ (trong hạn 44, quá hạn 0)"
    const r = parse([
      {
        received: 3971,
        resolved: 3927,
        resolvedEarlyOrOnTime: 3008,
        resolvedLate: 22,
        pending: 44,
        pendingWithinTerm: 44,
        pendingOverdue: 0,
      },
    ]);
    expect(r.rejected).toHaveLength(1);
    const issues = r.rejected[0]!.issues;
    // 3.927 + 44 = 3.971 and 44 = 44 + 0 hold; only the resolved parts fail.
    expect(issues.map((i) => i.code)).toEqual(['vn.dossier.tally.resolved_parts']);
    expect(issues[0]!.path).toBe('resolved');
    expect(issues[0]!.message).toBe(
      'Số đã giải quyết (3.927) khác trước hạn, đúng hạn + trễ hạn (3.008 + 22 = 3.030), chênh 897.',
    );
    expect(issues[0]!.params).toMatchObject({ leftValue: 3927, rightValue: 3030, gapValue: 897 });
  });
  it('checks the balance with returned dossiers where they are reported', () => {
    const r = parse([
      { received: 100, resolved: 80, pending: 15, returned: 5 },
      { received: 100, resolved: 80, pending: 15, returned: 4 },
      { received: 100, resolved: 80, pending: 15 },
    ]);
    expect(r.validIndices).toEqual([0]);
    expect(r.rejected[0]!.issues[0]!.message).toBe(
      'Tổng số tiếp nhận (100) khác đã giải quyết + đang giải quyết + trả lại, rút (80 + 15 + 4 = 99), chênh 1.',
    );
    expect(r.rejected[1]!.issues[0]!.code).toBe('vn.dossier.tally.balance');
  });
  it('checks the Bến Tre 05/2021 balance 4.561 + 1.089 = 5.650 as consistent', () => {
    expect(parse([{ received: 5650, resolved: 4561, pending: 1089 }]).rejected).toEqual([]);
  });
  it('channel split and carried over', () => {
    const r = parse([
      { received: 10, carriedOver: 3, newReceived: 8, newOnline: 2, newDirect: 5, newPostal: 1 },
    ]);
    expect(r.rejected[0]!.issues.map((i) => i.code)).toEqual(['vn.dossier.tally.received_parts']);
  });
  it('a full tally must be complete and consistent', () => {
    expect(DossierTallySchema.safeParse({ ...emptyDossierTally(), received: 1 }).success).toBe(false);
    expect(DossierTallySchema.safeParse({ received: 0 }).success).toBe(false);
  });
});

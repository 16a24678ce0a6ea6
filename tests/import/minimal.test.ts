import { describe, expect, it } from 'vitest';
import { customPeriod } from '../../src/core/index';
import { emptyDossierTally } from '../../src/dossier/index';
import { importDossiers, tallyDossierSource } from '../../src/import/index';

const Q1 = customPeriod('2026-01-01', '2026-03-31');

// An analyst's one-stop export: seven plain columns, ISO dates, no status, no procedure code.
const csv = [
  'Mã hồ sơ,Đơn vị tiếp nhận,Lĩnh vực,Kênh thực hiện,Ngày tiếp nhận,Ngày hẹn trả,Ngày kết thúc xử lý',
  'H1,UBND xã A,Hộ tịch,Trực tuyến,2026-01-05,2026-01-08,2026-01-07',
  'H2,UBND xã A,Hộ tịch,Trực tiếp,2026-01-06,2026-01-09,2026-01-09',
  'H3,UBND xã B,Chứng thực,Trực tiếp,2026-02-10,2026-02-12,2026-02-13',
  'H4,UBND xã B,Chứng thực,Trực tuyến,2026-03-20,2026-03-25,',
  'H5,UBND xã A,Đất đai,Qua bưu chính công ích,2025-12-20,2026-01-15,',
  'H6,UBND xã A,Hộ tịch,Trực tuyến,2026-03-30,2026-04-02,',
].join('\n');

// By hand, Q1/2026: H1 early (07/01 < 08/01), H2 on time, H3 late (13/02 > 12/02); H4 open and
// past its due date 25/03; H5 received in December, open, due 15/01: carried over and overdue;
// H6 open, due 02/04 after the period: within term.
const expected = {
  ...emptyDossierTally(),
  received: 6,
  carriedOver: 1,
  newReceived: 5,
  newOnline: 3,
  newDirect: 2,
  resolved: 3,
  resolvedEarly: 1,
  resolvedOnTime: 1,
  resolvedLate: 1,
  pending: 3,
  pendingWithinTerm: 1,
  pendingOverdue: 2,
};

describe('a minimal seven-column export (no status, no procedure code)', () => {
  it('imports with zero rejections; the status comes from the dates and the summary says so', async () => {
    const r = await importDossiers(csv);
    expect([r.read, r.valid, r.rejected]).toEqual([6, 6, 0]);
    expect(r.derived).toEqual(['status']);
    expect(r.notices.map((n) => n.code)).toEqual(['vn.import.status_derived']);
    expect(r.notices[0]!.message).toMatch(/^Tệp không có cột trạng thái/);
    expect(r.rows.map((d) => d.status)).toEqual([
      'resolved',
      'resolved',
      'resolved',
      'processing',
      'processing',
      'processing',
    ]);
    expect(r.rows[0]).toEqual({
      code: 'H1',
      unit: 'UBND xã A',
      fieldName: 'Hộ tịch',
      channel: 'online',
      status: 'resolved',
      receivedAt: '2026-01-05',
      dueDate: '2026-01-08',
      finishedAt: '2026-01-07',
    });
  });
  it('tallies straight from the bytes with the same figures, by unit', async () => {
    const t = await tallyDossierSource(new TextEncoder().encode(csv), { period: Q1, by: ['unit'] });
    expect([t.summary.read, t.summary.valid, t.summary.rejected]).toEqual([6, 6, 0]);
    expect(t.summary.derived).toEqual(['status']);
    expect(t.total).toEqual(expected);
    expect(t.groups.map((g) => [g.key.unit, g.tally.received, g.tally.resolved])).toEqual([
      ['UBND xã A', 4, 2],
      ['UBND xã B', 2, 1],
    ]);
    expect(t.rates.onTimeCompleted).toMatchObject({ numerator: 2, denominator: 3 });
  });
  it('a status column that is present still decides, and an empty status cell is rejected', async () => {
    const withStatus = [
      'Mã hồ sơ,Đơn vị tiếp nhận,Kênh thực hiện,Trạng thái,Ngày tiếp nhận,Ngày hẹn trả,Ngày kết thúc xử lý',
      // Status 8 with a finish date: stopped, not resolved, although a date is there.
      'H1,UBND xã A,Trực tuyến,Dừng xử lý,2026-01-05,2026-01-08,2026-01-07',
      'H2,UBND xã A,Trực tuyến,,2026-01-05,2026-01-08,2026-01-07',
    ].join('\n');
    const r = await importDossiers(withStatus);
    expect(r.derived).toBeUndefined();
    expect(r.rows[0]).toMatchObject({ status: 'stopped', outcome: 'stopped', outcomeAt: '2026-01-07' });
    expect(r.rejections.map((x) => [x.line, x.issues[0]!.path, x.issues[0]!.code])).toEqual([
      [3, 'status', 'vn.invalid_value'],
    ]);
    const t = await tallyDossierSource(withStatus, { period: Q1 });
    expect([t.total.stopped, t.total.resolved, t.summary.rejected]).toEqual([1, 0, 1]);
  });
  it('an outcome-date column without a status column records that outcome, named by its header', async () => {
    const rows = (header: string) =>
      [
        `Mã hồ sơ,Đơn vị tiếp nhận,Kênh thực hiện,Ngày tiếp nhận,Ngày hẹn trả,Ngày kết thúc xử lý,${header}`,
        'H1,UBND xã A,Trực tiếp,2026-01-05,2026-01-08,,2026-01-06',
        'H2,UBND xã A,Trực tiếp,2026-01-05,2026-01-08,2026-01-07,',
      ].join('\n');
    for (const [header, outcome, column] of [
      ['Ngày rút', 'withdrawn', 'withdrawn'],
      ['Ngày dừng xử lý', 'stopped', 'stopped'],
      ['Ngày từ chối', 'refused', 'refused'],
    ] as const) {
      const r = await importDossiers(rows(header));
      expect(r.notices.map((n) => [n.code, n.params.outcome])).toEqual([
        ['vn.import.status_derived_with_outcome', outcome],
      ]);
      expect(r.rows[0]).toMatchObject({ outcome, outcomeAt: '2026-01-06' });
      expect(r.rows[1]).toMatchObject({ status: 'resolved' });
      const t = await tallyDossierSource(rows(header), { period: Q1 });
      expect([t.total[column], t.total.returned, t.total.resolved]).toEqual([1, 1, 1]);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { customPeriod } from '../../src/core/index';
import { parseDossiers, tallyDossiers, tallyDossiersBy } from '../../src/dossier/index';
import { importDossiers, tallyDossierSource } from '../../src/import/index';

const header =
  'STT;Đơn vị tiếp nhận;Mã TTHC;Tên thủ tục hành chính;Mã hồ sơ;Kênh thực hiện;Trạng thái;Ngày nhận;Ngày hẹn trả;Ngày kết thúc xử lý;Ngày trả kết quả';
const row = (n: number, unit: string, proc: string) =>
  `${n};${unit};${proc};Đăng ký khai sinh;H-${n};Trực tiếp;Đã trả kết quả;05/01/2026 08:00:00;08/01/2026;07/01/2026 10:00:00;08/01/2026 14:00:00`;
const period = customPeriod('2026-01-01', '2026-03-31');

describe('the byte-level fast path trims cells as the schema path does', () => {
  it('a unit or procedure ending in a non-ASCII space (U+00A0, U+3000, U+2003) joins its group', async () => {
    const csv = [
      header,
      row(1, 'UBND xã A', 'P1'),
      row(2, 'UBND xã A\u00a0', 'P1\u3000'),
      row(3, 'UBND xã A\u2003', 'P1'),
    ].join('\n');
    const fast = await tallyDossierSource(new TextEncoder().encode(csv), {
      period,
      by: ['unit', 'procedure'],
    });
    const slow = await importDossiers(csv);
    const expected = tallyDossiersBy(slow.rows, period, { by: ['unit', 'procedure'] });
    expect(fast.groups.map((g) => [g.key, g.tally.received])).toEqual([
      [{ unit: 'UBND xã A', procedure: 'P1' }, 3],
    ]);
    expect(fast.groups.map((g) => [g.key, g.tally])).toEqual(expected.map((g) => [g.key, g.tally]));
  });
});

describe('review fixes in the dossier domain', () => {
  it('a stopped or withdrawal-requested dossier with a finish date counts as stopped or withdrawn, not resolved', () => {
    const base = {
      procedureCode: 'P',
      unit: 'U',
      channel: 'direct',
      receivedAt: '2026-03-02',
      dueDate: '2026-03-05',
    };
    const { valid } = parseDossiers([
      { ...base, code: 'S', status: 'stopped', finishedAt: '2026-03-04' },
      { ...base, code: 'W', status: 'withdrawal_requested', returnedAt: '2026-03-03' },
      { ...base, code: 'O', status: 'withdrawal_requested' },
    ]);
    const t = tallyDossiers(valid, period);
    expect([t.stopped, t.withdrawn, t.resolved, t.pending, t.returned]).toEqual([1, 1, 0, 1, 2]);
  });
  it('an instant whose Vietnamese date falls past year 9999 is a rejected row, not a crash', () => {
    const r = parseDossiers([
      {
        code: 'X',
        procedureCode: 'P',
        unit: 'U',
        channel: 'direct',
        status: 'accepted',
        receivedAt: '9999-12-31T20:00:00Z',
        dueDate: '9999-12-31',
      },
      {
        code: 'Y',
        procedureCode: 'P',
        unit: 'U',
        channel: 'direct',
        status: 'accepted',
        receivedAt: '2026-03-02',
        dueDate: '2026-03-05',
      },
    ]);
    expect(r.valid).toHaveLength(1);
    expect(r.rejected[0]!.issues[0]!.code).toBe('vn.invalid_instant');
  });
});

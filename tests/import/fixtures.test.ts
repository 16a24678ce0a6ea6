import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { customPeriod } from '../../src/core/index';
import { dossierRates, emptyDossierTally, tallyDossiers, tallyDossiersBy } from '../../src/dossier/index';
import {
  importDocuments,
  importDossiers,
  importHouseholds,
  importPersonnel,
  streamDossiers,
  tallyDossierSource,
} from '../../src/import/index';
import { readXlsxTable } from '../../src/node/index';

const F = (name: string): Uint8Array => readFileSync(`tests/fixtures/import/${name}`);
const Q1 = customPeriod('2026-01-01', '2026-03-31');
const issues = (r: { issues: readonly { path: string; code: string; column?: string; value?: unknown }[] }) =>
  r.issues.map((i) => [i.path, i.code, i.column, i.value]);

describe('one-stop dossier export (BOM, title rows, ;, CRLF, embedded newline, NFD, 31/02)', () => {
  it('finds the header under two title rows and reads every row into valid or rejected', async () => {
    const r = await importDossiers(F('dossiers-one-stop.csv'));
    expect(r.separator).toBe(';');
    expect(r.headerLine).toBe(3);
    expect(r.headerRows).toBe(1);
    expect(r.unmapped).toEqual(['STT', 'Địa chỉ']);
    expect([r.read, r.valid, r.rejected, r.blank]).toEqual([8, 5, 3, 1]);
    // Row 2 spans lines 5–6 (a quoted address with a line break), so row 3 starts on line 7.
    expect(r.rowLines).toEqual([4, 5, 8, 10, 13]);
    expect(r.rejections.map((x) => [x.line, x.index, issues(x)])).toEqual([
      [7, 2, [['dueDate', 'vn.invalid_date', 'Ngày hẹn trả', '31/02/2026']]],
      [9, 4, [['dueDate', 'vn.dossier.due_before_received', 'Ngày hẹn trả', '01/03/2026']]],
      [11, 6, [['channel', 'vn.invalid_value', 'Kênh thực hiện', 'Nộp qua Zalo']]],
    ]);
    expect(r.rejections[0]!.raw).toEqual([
      '3',
      'UBND xã Phổ Phong',
      '2.000986',
      'Chứng thực bản sao',
      '000.00.53.H48-260210-0003',
      'Trực tiếp',
      'Đang xử lý',
      'Thôn 3',
      '10/02/2026 08:00:00',
      '31/02/2026',
      '',
      '',
    ]);
    expect(r.rows[0]).toEqual({
      code: '000.00.53.H48-260105-0001',
      procedureCode: '1.001612',
      procedureName: 'Đăng ký khai sinh',
      unit: 'UBND xã Phổ Phong',
      channel: 'online',
      status: 'returned',
      receivedAt: '2026-01-05T08:15:00+07:00',
      dueDate: '2026-01-08',
      finishedAt: '2026-01-07T10:00:00+07:00',
      returnedAt: '2026-01-08T14:00:00+07:00',
    });
    // The NFD unit name is stored in NFC.
    expect(r.rows[2]!.unit).toBe('UBND xã Hành Thiện');
    expect(r.rows[2]!.unit).toBe('UBND xã Hành Thiện'.normalize('NFC'));
    // Status 7 (rút hồ sơ) becomes an outcome dated by the end of processing.
    expect(r.rows[4]).toMatchObject({
      status: 'withdrawal_requested',
      outcome: 'withdrawn',
      outcomeAt: '2026-03-22T09:00:00+07:00',
    });
    expect(r.rows[4]!.finishedAt).toBeUndefined();
    expect(r.rejections[1]!.issues[0]!.message).toBe(
      'Ngày hẹn trả 2026-03-01 trước ngày tiếp nhận 2026-03-02.',
    );
  });

  it('tallies Q1/2026 as worked out by hand, and as tallyDossiers on the same rows', async () => {
    // By hand: row 1 new online, early (07/01 < 08/01); row 2 new direct, on time (08/01 = 08/01);
    // row 4 new postal, pending overdue (due 03/03 < 31/03); row 6 carried over (15/12/2025),
    // late (05/01 > 18/12); row 8 new online, withdrawn on 22/03.
    const expected = {
      ...emptyDossierTally(),
      received: 5,
      carriedOver: 1,
      newReceived: 4,
      newOnline: 2,
      newDirect: 1,
      newPostal: 1,
      resolved: 3,
      resolvedEarly: 1,
      resolvedOnTime: 1,
      resolvedLate: 1,
      pending: 1,
      pendingOverdue: 1,
      returned: 1,
      withdrawn: 1,
    };
    const t = await tallyDossierSource(F('dossiers-one-stop.csv'), { period: Q1, by: ['unit', 'month'] });
    expect(t.total).toEqual(expected);
    expect(t.rates.onTimeCompleted).toMatchObject({ numerator: 2, denominator: 3 });
    expect(t.rates.online).toMatchObject({ numerator: 2, denominator: 4 });
    expect([t.summary.read, t.summary.valid, t.summary.rejected, t.summary.blank]).toEqual([8, 5, 3, 1]);
    expect(t.rejections.map((x) => x.line)).toEqual([7, 9, 11]);
    const rows = (await importDossiers(F('dossiers-one-stop.csv'))).rows;
    expect(t.total).toEqual(tallyDossiers(rows, Q1));
    expect(t.groups.map(({ key, tally }) => ({ key, tally }))).toEqual(
      tallyDossiersBy(rows, Q1, { by: ['unit', 'month'] }),
    );
    expect(t.groups.map((g) => [g.key.unit, g.key.month, g.tally.received])).toEqual([
      ['UBND xã Hành Thiện', '2026-03', 1],
      ['UBND xã Phổ Phong', '2025-12', 1],
      ['UBND xã Phổ Phong', '2026-01', 2],
      ['UBND xã Phổ Phong', '2026-03', 1],
    ]);
    expect(t.groups[0]!.rates).toEqual(dossierRates(t.groups[0]!.tally));
  });

  it('gives the same result from a string, from bytes in small chunks and from a web stream', async () => {
    const bytes = F('dossiers-one-stop.csv');
    const a = await tallyDossierSource(new TextDecoder().decode(bytes), { period: Q1, by: ['unit'] });
    const chunks = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) =>
      bytes.subarray(i * 7, i * 7 + 7),
    );
    const b = await tallyDossierSource(chunks, { period: Q1, by: ['unit'] });
    const c = await tallyDossierSource(new Blob([bytes]).stream(), { period: Q1, by: ['unit'] });
    expect(b.total).toEqual(a.total);
    expect(c.groups).toEqual(a.groups);
    expect(b.rejections.map((x) => x.line)).toEqual([7, 9, 11]);
  });

  it('stops after maxErrors with the totals still adding up', async () => {
    const r = await importDossiers(F('dossiers-one-stop.csv'), { maxErrors: 2 });
    expect(r.stopped).toBe(true);
    expect([r.read, r.valid, r.rejected]).toEqual([5, 3, 2]);
    expect(r.notices.map((n) => n.code)).toEqual(['vn.import.stopped']);
    const t = await tallyDossierSource(F('dossiers-one-stop.csv'), { period: Q1, maxErrors: 1 });
    expect([t.summary.read, t.summary.valid, t.summary.rejected, t.summary.stopped]).toEqual([3, 2, 1, true]);
  });

  it('streams in batches with a live summary, in English on request', async () => {
    const s = streamDossiers(F('dossiers-one-stop.csv'), { locale: 'en' });
    let valid = 0;
    let rejected = 0;
    for await (const b of s) {
      valid += b.valid.length;
      rejected += b.rejected.length;
      if (b.rejected[0])
        expect(b.rejected[0].issues[0]!.message).toBe(
          'Field "due date" is not a real date (YYYY-MM-DD): "31/02/2026".',
        );
    }
    expect([valid, rejected]).toEqual([s.summary.valid, s.summary.rejected]);
  });
});

describe('tracking book of TT 01/2018 (group header over sub-headers, column numbers)', () => {
  it('reads the two header rows, skips the numbering row and reports what is missing', async () => {
    const r = await importDossiers(F('dossiers-tracking-book.csv'));
    expect([r.headerLine, r.headerRows]).toEqual([2, 2]);
    expect(r.columns.map((c) => [c.header, c.field])).toEqual([
      ['Mã hồ sơ', 'code'],
      ['Tên TTHC', 'procedureName'],
      ['Cơ quan chủ trì giải quyết', 'unit'],
      ['Ngày, tháng, năm / Nhận hồ sơ', 'receivedAt'],
      ['Ngày, tháng, năm / Hẹn trả kết quả', 'dueDate'],
      ['Ngày, tháng, năm / Trả kết quả', 'returnedAt'],
    ]);
    // No procedure code is needed; the status is derived from the dates (row 1 has a return date,
    // row 2 none); the channel is still required and the book has no channel column.
    expect(r.notices.map((n) => [n.code, n.params.fields])).toEqual([
      ['vn.import.missing_columns', ['channel']],
      ['vn.import.status_derived', undefined],
    ]);
    expect(r.derived).toEqual(['status']);
    expect([r.read, r.valid, r.rejected]).toEqual([2, 0, 2]);
    expect(r.rejections.map((x) => [x.line, x.issues.map((i) => [i.path, i.code])])).toEqual([
      [5, [['channel', 'vn.invalid_value']]],
      [6, [['channel', 'vn.invalid_value']]],
    ]);
    expect(r.rejections[0]!.input).toEqual({
      code: 'H48-260105-0001',
      procedureName: 'Đăng ký khai sinh',
      unit: 'UBND xã Phổ Phong',
      receivedAt: '2026-01-05',
      dueDate: '2026-01-08',
      returnedAt: '2026-01-07',
      status: 'returned',
    });
    expect((r.rejections[1]!.input as { status: string }).status).toBe('processing');
  });
});

describe('national sync JSON and JSON Lines', () => {
  it('reads a JSON array of sync records through the sync schema, with element lines', async () => {
    const r = await importDossiers(F('dossiers-sync.json'));
    expect([r.format, r.read, r.valid, r.rejected]).toEqual(['json', 3, 1, 2]);
    expect(r.rowLines).toEqual([2]);
    expect(r.rows[0]).toEqual({
      code: '000.00.53.H48-220921-0099',
      procedureCode: '1.001612',
      procedureName: 'Đăng ký khai sinh',
      unit: 'UBND huyện Bình Sơn',
      channel: 'online',
      status: 'returned',
      receivedAt: '2022-09-21T08:15:00+07:00',
      dueDate: '2022-09-26',
      finishedAt: '2022-09-23T10:00:00+07:00',
      returnedAt: '2022-09-23T15:00:00+07:00',
    });
    expect(r.rejections.map((x) => [x.line, x.issues.map((i) => [i.path, i.code])])).toEqual([
      [3, [['NgayTiepNhan', 'vn.dossier.invalid_compact_timestamp']]],
      [4, [['TrangThaiHoSo', 'vn.dossier.unknown_status_code']]],
    ]);
  });

  it('reads JSON Lines: native rows, header-keyed rows, broken lines, non-objects, no prototype pollution', async () => {
    const r = await importDossiers(F('dossiers.jsonl'));
    expect([r.format, r.read, r.valid, r.rejected]).toEqual(['jsonl', 5, 3, 2]);
    expect(r.rowLines).toEqual([1, 3, 5]);
    expect(r.rows[1]).toEqual({
      code: 'H3',
      procedureCode: '1.002',
      unit: 'UBND xã A',
      channel: 'direct',
      status: 'processing',
      receivedAt: '2026-03-03',
      dueDate: '2026-03-06',
    });
    expect(Object.keys(r.rows[2]!)).not.toContain('__proto__');
    expect(r.rejections.map((x) => [x.line, x.issues[0]!.code])).toEqual([
      [2, 'vn.import.invalid_json'],
      [6, 'vn.import.not_an_object'],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('poverty-review export (two header rows: machine keys over labels)', () => {
  it('reads the households, rejecting a row without scores, a duplicate and a bad score B', async () => {
    const r = await importHouseholds(F('households-review.csv'), { area: 'rural' });
    expect([r.headerLine, r.headerRows, r.read, r.valid, r.rejected]).toEqual([1, 2, 5, 2, 3]);
    expect(r.rows).toEqual([
      {
        code: '12',
        head: 'Y BLIÊ NIÊ',
        area: 'rural',
        ethnicMinority: true,
        memberCount: 5,
        reviewDate: '2024-10-10',
        scoreA: 110,
        scoreB: 40,
        recordedClass: 'poor',
      },
      {
        code: '13',
        head: "H'HEN ÊBAN",
        area: 'rural',
        ethnicMinority: true,
        memberCount: 4,
        scoreA: 150,
        scoreB: 20,
        recordedClass: 'near-poor',
      },
    ]);
    expect(r.rejections.map((x) => [x.line, issues(x)])).toEqual([
      [5, [['incomePerPerson', 'vn.household.no_income_or_score', undefined, undefined]]],
      [6, [['code', 'vn.household.duplicate_code', 'family.code / Mã hộ', '12']]],
      [7, [['scoreB', 'vn.household.score_b_not_multiple', 'b2Point / Phiếu B2', '35']]],
    ]);
    expect(r.rejections[1]!.issues[0]!.message).toContain('dòng 3');
  });

  it('reads the same export from Excel (merged title, date cell, numbers)', async () => {
    const table = await readXlsxTable('tests/fixtures/import/households-review.xlsx');
    const r = await importHouseholds(table, { area: 'rural' });
    expect([r.format, r.headerLine, r.headerRows, r.read, r.valid, r.rejected]).toEqual([
      'xlsx',
      2,
      2,
      3,
      2,
      1,
    ]);
    expect(r.rowLines).toEqual([4, 6]);
    expect(r.rows[0]).toMatchObject({
      code: '12',
      reviewDate: '2024-10-10',
      scoreA: 110,
      recordedClass: 'poor',
    });
    expect(r.rows[1]).toMatchObject({ code: '13', reviewDate: '2024-10-10', memberCount: 4 });
    expect(r.rejections[0]!.line).toBe(5);
  });
});

describe('personnel roster and document register', () => {
  it('reads a roster whose Năm sinh holds dates, with posts by title', async () => {
    const r = await importPersonnel(F('personnel-roster.csv'), { asOf: '2024-06-14' });
    expect([r.headerLine, r.read, r.valid, r.rejected]).toEqual([2, 4, 2, 2]);
    expect(r.rows[0]).toMatchObject({
      id: '1',
      sex: 'nam',
      birthDate: '1980-05-12',
      birthYear: 1980,
      partyMember: true,
      assignments: [{ position: 'chu_tich_ubnd', start: '2023-08-01', category: 'can_bo' }],
    });
    expect(r.rows[1]).toMatchObject({
      id: '2',
      birthYear: 1988,
      partyMember: false,
      qualification: 'thac_si',
    });
    expect(r.rejections.map((x) => [x.line, issues(x)])).toEqual([
      [5, [['birthYear', 'vn.invalid_type', 'Năm sinh', '31/02/1990']]],
      [6, [['assignments.0.position', 'vn.personnel.unknown_position', 'Chức vụ', 'Phó Giám đốc Sở']]],
    ]);
  });

  it('reads an incoming register below its title, with dd-MM-yyyy dates and a multi-line summary', async () => {
    const r = await importDocuments(F('documents-incoming.csv'), {
      electronic: true,
      agencySignature: true,
      signerSignature: true,
    });
    expect([r.headerLine, r.read, r.valid, r.rejected]).toEqual([2, 4, 2, 2]);
    expect(r.rowLines).toEqual([3, 5]);
    expect(r.rows[0]).toEqual({
      direction: 'incoming',
      numberSymbol: '15/QĐ-UBND',
      type: 'quyet-dinh',
      issuer: 'UBND huyện Bình Sơn',
      issueDate: '2026-01-05',
      summary: 'Quyết định về việc giao chỉ tiêu kế hoạch năm 2026',
      electronic: true,
      agencySignature: true,
      signerSignature: true,
      arrivalNumber: 1,
      arrivalDate: '2026-01-06',
    });
    expect(r.rows[1]!.summary).toBe('Quyết định ban hành quy định\nvề quản lý văn bản');
    expect(r.rejections[0]!.line).toBe(4);
    expect(r.rejections[0]!.issues[0]).toMatchObject({
      path: 'issueDate',
      code: 'vn.invalid_date',
      value: '31/02/2026',
    });
    // Issued 10/01, arrived 09/01.
    expect(issues(r.rejections[1]!)).toEqual([
      ['arrivalDate', 'vn.document.arrival_before_issue', 'Ngày tháng đến', '09/01/2026'],
    ]);
  });
});

describe('unsafe headers', () => {
  it('never maps __proto__, constructor or prototype columns and says so', async () => {
    const csv =
      'Mã hồ sơ,__proto__,constructor,Mã TTHC,Đơn vị tiếp nhận,Kênh thực hiện,Trạng thái,Ngày nhận,Ngày hẹn trả\nH1,x,y,1.001,UBND xã A,2,4,02/03/2026,05/03/2026\n';
    const r = await importDossiers(csv, { columns: { 'Mã hồ sơ': 'code' } });
    expect(r.valid).toBe(1);
    expect(r.notices.map((n) => [n.code, n.params.column])).toEqual([
      ['vn.import.unsafe_header', '__proto__'],
      ['vn.import.unsafe_header', 'constructor'],
    ]);
    expect(Object.keys(r.rows[0]!).sort()).toEqual([
      'channel',
      'code',
      'dueDate',
      'procedureCode',
      'receivedAt',
      'status',
      'unit',
    ]);
  });

  it('reports a file with no recognisable header', async () => {
    const r = await importDossiers('a,b\n1,2\n');
    expect([r.read, r.valid, r.rejected]).toEqual([0, 0, 0]);
    expect(r.notices[0]!.code).toBe('vn.import.header_not_found');
  });
});

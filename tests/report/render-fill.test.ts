import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ratio } from '../../src/core/index';
import { emptyDossierTally } from '../../src/dossier/index';
import {
  auditReport,
  PrintedRateSchema,
  printedRate,
  printedRateFromRatio,
  type ReportFigures,
  ReportFiguresSchema,
  renderReportVi,
  reportFiguresFromDocuments,
  reportFiguresFromDossierTally,
  reportFiguresFromHeadcount,
  reportFiguresFromHouseholds,
} from '../../src/report/index';

const PHO_PHONG: ReportFigures = ReportFiguresSchema.parse(
  JSON.parse(readFileSync(new URL('../fixtures/pho-phong-figures.json', import.meta.url), 'utf8')),
);

describe('schema', () => {
  it('accepts the report as printed, inconsistencies and all', () => {
    expect(PHO_PHONG.dossiers?.resolved).toBe(3927);
    expect(PHO_PHONG.households?.poorRate).toEqual({ text: '3,3%', value: '3.3', decimals: 1 });
  });

  it('reads printed rates and rejects what is not one', () => {
    expect(printedRate('7,64%')).toEqual({ text: '7,64%', value: '7.64', decimals: 2 });
    expect(printedRate('98.81%')).toEqual({ text: '98.81%', value: '98.81', decimals: 2 });
    expect(printedRate('3,30%')).toEqual({ text: '3,30%', value: '3.3', decimals: 2 });
    expect(() => printedRate('3.971')).toThrow(RangeError);
    expect(() => printedRate('-2%')).toThrow(RangeError);
  });

  it('rejects a printed rate whose value has more decimals than printed', () => {
    const r = PrintedRateSchema.safeParse({ text: '3%', value: '3.3', decimals: 0 });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['decimals']);
  });

  it('rejects a count that is not a whole number', () => {
    expect(ReportFiguresSchema.safeParse({ dossiers: { received: 3.5 } }).success).toBe(false);
    expect(ReportFiguresSchema.safeParse({ households: { poorChange: -2 } }).success).toBe(true);
  });
});

describe('renderReportVi', () => {
  it('writes the Phổ Phong paragraphs in the report style', () => {
    expect(renderReportVi(PHO_PHONG)).toEqual([
      'Trong thời gian từ ngày 21/01/2022 đến ngày 14/6/2023 đã tiếp nhận 3.971 hồ sơ, đã giải quyết 3.927 hồ sơ (trước hạn, đúng hạn: 3.008 hồ sơ, trễ hạn: 22 hồ sơ), đang giải quyết 44 hồ sơ (trong hạn 44, quá hạn 0).',
      'Toàn xã hiện có 99 hộ nghèo, tăng 02 hộ so với đầu năm, chiếm tỷ lệ 3,3%. Hộ cận nghèo: 219 hộ, tăng 02 hộ so với đầu năm, chiếm tỷ lệ 7,64%.',
      'Tổng số biên chế hiện nay 22 người (Trong đó: Cán bộ: 10 người và Công chức: 12 người).',
      'Cán bộ, công chức: 22 người. Trong đó: Đại học: 16; Trung cấp: 06.',
      'Người hoạt động không chuyên trách ở xã: 10 người. Trong đó: Đại học: 05; Trung cấp: 05.',
      'Số lượng chữ ký số đã được cấp đến nay là 07 chữ ký số (gồm: 01 chữ ký số cơ quan và 06 chữ ký số cá nhân). Tỷ lệ văn bản được trao đổi dưới dạng điện tử đạt 98%.',
    ]);
  });

  it('states only what the figures hold', () => {
    expect(renderReportVi({})).toEqual([]);
    expect(renderReportVi({ dossiers: { received: 3971, resolved: 3927, pending: 44 } })).toEqual([
      'Trong kỳ báo cáo đã tiếp nhận 3.971 hồ sơ, đã giải quyết 3.927 hồ sơ, đang giải quyết 44 hồ sơ.',
    ]);
    expect(renderReportVi({ households: { nearPoor: 219 } })).toEqual(['Hộ cận nghèo: 219 hộ.']);
    expect(renderReportVi({ households: { poor: 95, poorAtStart: 97 } }, { unitKind: 'phường' })).toEqual([
      'Toàn phường hiện có 95 hộ nghèo, giảm 02 hộ so với đầu năm.',
    ]);
    expect(renderReportVi({ documents: { signatures: 7 } })).toEqual([
      'Số lượng chữ ký số đã được cấp đến nay là 07 chữ ký số.',
    ]);
  });

  it('writes early and on time apart when both are given, and the movement', () => {
    const text = renderReportVi({
      dossiers: {
        received: 100,
        carriedOver: 10,
        newReceived: 90,
        newOnline: 30,
        resolved: 80,
        resolvedEarly: 50,
        resolvedOnTime: 28,
        resolvedLate: 2,
      },
      households: { poor: 99, poorAtStart: 97, poorEscaped: 5, poorFellBack: 1, poorNew: 6, total: 3000 },
    });
    expect(text).toEqual([
      'Trong kỳ báo cáo đã tiếp nhận 100 hồ sơ (kỳ trước chuyển sang 10; mới tiếp nhận 90; trong đó trực tuyến 30), đã giải quyết 80 hồ sơ (trước hạn: 50 hồ sơ, đúng hạn: 28 hồ sơ, trễ hạn: 2 hồ sơ).',
      'Toàn xã hiện có 99 hộ nghèo, tăng 02 hộ so với đầu năm trên tổng số 3.000 hộ dân cư. Trong năm có 05 hộ thoát nghèo, 01 hộ tái nghèo, 06 hộ nghèo phát sinh mới.',
    ]);
  });

  it('throws on an unknown unit kind', () => {
    expect(() => renderReportVi({}, { unitKind: 'huyện' as 'xã' })).toThrow(/\[commune-kpi\]/);
  });
});

describe('filling figures from the domains', () => {
  it('prints a rate from a ratio', () => {
    expect(printedRateFromRatio(ratio(99, 3000), { decimals: 1 })).toEqual({
      text: '3,3%',
      value: '3.3',
      decimals: 1,
    });
    expect(printedRateFromRatio(ratio(49, 50), { decimals: 0 })).toEqual({
      text: '98%',
      value: '98',
      decimals: 0,
    });
    expect(printedRateFromRatio(ratio(2, 3), { decimals: 1, rounding: 'truncate' })?.value).toBe('66.6');
    expect(printedRateFromRatio(ratio(0, 0))).toBeUndefined();
  });

  it('fills dossier figures from a tally, consistent by construction', () => {
    const t = {
      ...emptyDossierTally(),
      received: 3971,
      newReceived: 3971,
      newDirect: 3971,
      resolved: 3927,
      resolvedEarly: 3000,
      resolvedOnTime: 905,
      resolvedLate: 22,
      pending: 44,
      pendingWithinTerm: 44,
    };
    const f = reportFiguresFromDossierTally(t);
    expect(f.resolvedEarlyOrOnTime).toBe(3905);
    // 3905 / 3927 = 99,4398% → 99,44%.
    expect(f.onTimeRate).toEqual({ text: '99,44%', value: '99.44', decimals: 2 });
    expect(f.onlineRate).toEqual({ text: '0,00%', value: '0', decimals: 2 });
    expect(auditReport({ dossiers: f })).toEqual([]);
  });

  it('fills household figures with movement mapped onto the report identity', () => {
    const side = {
      start: 97,
      escaped: 5,
      toOther: 3,
      aboveNearPoor: 2,
      departed: 1,
      fromOther: 2,
      fellBack: 1,
      newlyEntered: 5,
      stayed: 91,
      end: 99,
      closes: true,
    };
    const near = {
      start: 217,
      escaped: 4,
      toOther: 2,
      aboveNearPoor: 2,
      departed: 0,
      fromOther: 3,
      fellBack: 2,
      newlyEntered: 1,
      stayed: 213,
      end: 219,
      closes: true,
    };
    const f = reportFiguresFromHouseholds({
      counts: { poor: 99, nearPoor: 219 },
      totalHouseholds: 3000,
      movement: { poor: side, nearPoor: near, duplicateStartCodes: [], duplicateEndCodes: [] },
      rates: { decimals: 1 },
    });
    expect(f).toMatchObject({
      poor: 99,
      total: 3000,
      poorRate: { text: '3,3%', value: '3.3', decimals: 1 },
      nearPoorRate: { text: '7,3%', value: '7.3', decimals: 1 },
      poorAtStart: 97,
      poorChange: 2,
      poorEscaped: 6,
      poorFellBack: 1,
      poorNew: 7,
      nearPoorChange: 2,
    });
    // 97 − 6 + 1 + 7 = 99 and 217 − 4 + 2 + 4 = 219.
    expect(auditReport({ households: f })).toEqual([]);
    expect(() => reportFiguresFromHouseholds({ counts: { poor: -1, nearPoor: 0 } })).toThrow(RangeError);
  });

  it('fills staff figures from headcounts', () => {
    const staff = {
      total: 22,
      byCategory: { can_bo: 10, cong_chuc: 12 },
      byPosition: {},
      bySex: {},
      byAgeBand: {},
      byEthnicity: {},
      byQualification: { dai_hoc: 16, trung_cap: 6 },
      byPoliticalTheory: {},
      byPartyMembership: {},
    };
    const partTime = {
      ...staff,
      total: 10,
      byCategory: { khong_chuyen_trach_xa: 10 },
      byQualification: { dai_hoc: 5, trung_cap: 5 },
    };
    const f = reportFiguresFromHeadcount(staff, partTime);
    expect(f).toEqual({
      total: 22,
      cadres: 10,
      civilServants: 12,
      qualifications: { dai_hoc: 16, trung_cap: 6 },
      partTime: 10,
      partTimeQualifications: { dai_hoc: 5, trung_cap: 5 },
    });
    expect(auditReport({ staff: f })).toEqual([]);
  });

  it('fills document figures from a register tally and a signature inventory', () => {
    const f = reportFiguresFromDocuments({
      tally: {
        outgoing: 50,
        outgoingElectronic: 49,
        outgoingElectronicAgencySigned: 49,
        outgoingElectronicSignerSigned: 49,
        incoming: 150,
        incomingElectronic: 147,
        secretExcluded: 0,
      },
      signatures: {
        asOf: '2023-06-14',
        agency: 1,
        personal: 6,
        total: 7,
        issued: 7,
        validShare: ratio(7, 7),
      },
      rates: { decimals: 0 },
    });
    expect(f).toEqual({
      total: 200,
      electronic: 196,
      electronicRate: { text: '98%', value: '98', decimals: 0 },
      signatures: 7,
      organisationSignatures: 1,
      personalSignatures: 6,
    });
    expect(auditReport({ documents: f })).toEqual([]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COMMON_ISSUER_ABBREVIATIONS,
  type DocumentSymbol,
  findDocumentReferences,
  formatDocumentSymbol,
  LEGAL_NORMATIVE_DOCUMENT_TYPES,
  LEGAL_NORMATIVE_DOCUMENT_TYPES_2025,
  legalNormativeDocumentTypesOn,
  PARTY_DOCUMENT_TYPES,
  parseDocumentSymbol,
} from '../../src/document/index';

const party = (
  number: number,
  typeCode: string,
  issuer: string | null,
  units: string[] = [],
  kind: DocumentSymbol['kind'] = 'administrative',
): DocumentSymbol => ({ number, year: null, kind, typeCode, issuer, units, system: 'party' });

describe('Party symbols (Hướng dẫn 36-HD/VPTW): number, hyphen, type, slash, issuer', () => {
  // Each expected value worked out from the guidance: the number, then the type abbreviation, then
  // the issuing body; a công văn of the Party carries CV, a copy BS.
  const cases: [string, DocumentSymbol, string, string[]][] = [
    ['09-NQ/TU', party(9, 'NQ', 'TU'), '09-NQ/TU', []],
    ['05-CT/TW', party(5, 'CT', 'TW'), '05-CT/TW', []],
    ['256-QĐ/TW', party(256, 'QĐ', 'TW'), '256-QĐ/TW', []],
    ['01-KL/TW', party(1, 'KL', 'TW'), '01-KL/TW', []],
    ['8011-CV/BTCTW', party(8011, 'CV', 'BTCTW', [], 'official-letter'), '8011-CV/BTCTW', []],
    ['07-QĐi/TW', party(7, 'QĐi', 'TW'), '07-QĐi/TW', []],
    ['24-BS/UBKTTU', party(24, 'BS', 'UBKTTU', [], 'copy'), '24-BS/UBKTTU', []],
    ['367-QĐ/TWĐTN-VP', party(367, 'QĐ', 'TWĐTN', ['VP']), '367-QĐ/TWĐTN-VP', []],
    [
      '05 – CT/TW',
      party(5, 'CT', 'TW'),
      '05-CT/TW',
      ['vn.document.symbol_spacing', 'vn.document.party_separator'],
    ],
    ['03-ct/tw', party(3, 'CT', 'TW'), '03-CT/TW', ['vn.document.type_case', 'vn.document.issuer_case']],
    ['84 QĐ/TWĐTN', party(84, 'QĐ', 'TWĐTN'), '84-QĐ/TWĐTN', ['vn.document.party_separator']],
    ['159-TB', party(159, 'TB', null), '159-TB', ['vn.document.party_missing_issuer']],
    ['Số 36-HD/VPTW', party(36, 'HD', 'VPTW'), '36-HD/VPTW', []],
  ];
  it.each(cases)('%s', (text, value, canonical, codes) => {
    const r = parseDocumentSymbol(text);
    expect(r.value).toEqual(value);
    expect(r.findings.map((f) => f.code)).toEqual(codes);
    expect(formatDocumentSymbol(r.value!)).toBe(canonical);
  });

  it('the Party table holds the types of Quy định 66-QĐ/TW with their abbreviations', () => {
    const abbr = Object.fromEntries(PARTY_DOCUMENT_TYPES.types.map((t) => [t.name, t.abbreviation]));
    expect(abbr).toMatchObject({ 'Nghị quyết': 'NQ', 'Kết luận': 'KL', 'Quy định': 'QĐi', 'Công văn': 'CV' });
    expect(PARTY_DOCUMENT_TYPES.basis).toContain('36-HD/VPTW');
  });

  it('format refuses a Party symbol without a type, with a year, or with units but no issuer', () => {
    expect(() => formatDocumentSymbol({ ...party(1, 'NQ', 'TU'), typeCode: null })).toThrow(RangeError);
    expect(() => formatDocumentSymbol({ ...party(1, 'NQ', 'TU'), year: 2020 })).toThrow(RangeError);
    expect(() => formatDocumentSymbol(party(1, 'NQ', null, ['VP']))).toThrow(RangeError);
  });

  it('parse(format(x)) = x for generated Party symbols', () => {
    const types = PARTY_DOCUMENT_TYPES.types.map((t) => t.abbreviation!);
    const issuer = fc.constantFrom('TW', 'TU', 'HU', 'ĐU', 'BTCTW', 'VPTW', 'TWĐTN', 'ĐUK');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99999 }), fc.constantFrom(...types), issuer, (n, t, i) => {
        const kind = t === 'BS' ? 'copy' : t === 'CV' ? 'official-letter' : 'administrative';
        const x = party(n, t, i, [], kind);
        const r = parseDocumentSymbol(formatDocumentSymbol(x));
        expect(r.value).toEqual(x);
        expect(r.findings).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});

describe('irregular state symbols and their canonical forms', () => {
  const cases: [string, string, string[]][] = [
    ['30a/2008/NQ-CP', '30a/2008/NQ-CP', []],
    ['61/2018/NĐCP', '61/2018/NĐ-CP', ['vn.document.glued_groups']],
    ['1961/QĐUBND', '1961/QĐ-UBND', ['vn.document.glued_groups']],
    ['183/2010/TTLT/BTC-BNN', '183/2010/TTLT-BTC-BNN', ['vn.document.slash_between_groups']],
    ['34/2014/QĐ-TTG', '34/2014/QĐ-TTg', ['vn.document.issuer_case']],
    ['1478⁄CĐ-TTg', '1478/CĐ-TTg', ['vn.document.symbol_punctuation']],
    ['3997 /TTr-UBND', '3997/TTr-UBND', ['vn.document.symbol_spacing']],
    ['03/VBHN-VPQH', '03/VBHN-VPQH', []],
    ['18/BCTĐ-STP', '18/BCTĐ-STP', []],
    ['13/2025/TT-BNNMT', '13/2025/TT-BNNMT', []],
    ['01/2026/TT-BDTTG', '01/2026/TT-BDTTG', []],
  ];
  it.each(cases)('%s → %s', (text, canonical, codes) => {
    const r = parseDocumentSymbol(text);
    expect(r.findings.map((f) => f.code)).toEqual(codes);
    expect(formatDocumentSymbol(r.value!)).toBe(canonical);
  });

  it('a letter suffix is kept apart from the number, and VBHN, BCTĐ are types, not official letters', () => {
    expect(parseDocumentSymbol('30a/2008/NQ-CP').value).toMatchObject({
      number: 30,
      numberSuffix: 'a',
      year: 2008,
    });
    expect(parseDocumentSymbol('03/VBHN-VPQH').value).toMatchObject({
      kind: 'administrative',
      typeCode: 'VBHN',
    });
    expect(parseDocumentSymbol('18/BCTĐ-STP').value).toMatchObject({
      kind: 'administrative',
      typeCode: 'BCTĐ',
    });
  });

  it('the merged ministries of 2025 are issuers', () => {
    expect(COMMON_ISSUER_ABBREVIATIONS).toEqual(expect.arrayContaining(['BNNMT', 'BDTTG', 'BKHCN', 'BNV']));
    expect(parseDocumentSymbol('967/QĐ-BNNMT').value).toMatchObject({ typeCode: 'QĐ', issuer: 'BNNMT' });
  });
});

describe('the legal normative tables by date (Luật 80/2015/QH13, then Luật 64/2025/QH15)', () => {
  it('closes the old table on 2025-03-31 and opens the new one on 2025-04-01', () => {
    expect(LEGAL_NORMATIVE_DOCUMENT_TYPES.effectiveTo).toBe('2025-03-31');
    expect(LEGAL_NORMATIVE_DOCUMENT_TYPES_2025.effectiveFrom).toBe('2025-04-01');
    expect(LEGAL_NORMATIVE_DOCUMENT_TYPES_2025.basis).toContain('64/2025/QH15');
    expect(LEGAL_NORMATIVE_DOCUMENT_TYPES_2025.basis).toContain('87/2025/QH15');
    expect(LEGAL_NORMATIVE_DOCUMENT_TYPES_2025.basis).toContain('78/2025/NĐ-CP');
    expect(legalNormativeDocumentTypesOn('2025-03-31')).toBe(LEGAL_NORMATIVE_DOCUMENT_TYPES);
    expect(legalNormativeDocumentTypesOn('2025-04-01')).toBe(LEGAL_NORMATIVE_DOCUMENT_TYPES_2025);
    expect(legalNormativeDocumentTypesOn('2016-06-30')).toBeNull();
    expect(() => legalNormativeDocumentTypesOn('1/4/2025')).toThrow(RangeError);
  });
});

describe('citations as real text writes them', () => {
  const pick = (t: string) =>
    findDocumentReferences(t).map((r) => [r.system, r.typeWord, r.canonicalSymbol, r.date, r.issuer]);

  it('line breaks are whitespace: in the type word, between số and the number, inside the date and the issuer', () => {
    expect(
      pick('Xét đề nghị của Sở Y tế tại Tờ\ntrình số 66/TTr-SYT ngày 17 tháng\n5 năm 2013 về việc'),
    ).toEqual([['state', 'Tờ\ntrình', '66/TTr-SYT', '2013-05-17', 'Sở Y tế']]);
    expect(pick('Căn cứ Nghị định số\n34/2016/NĐ-CP ngày 14/5/2016 của Ủy ban nhân\ndân tỉnh;')).toEqual([
      ['state', 'Nghị định', '34/2016/NĐ-CP', '2016-05-14', 'Ủy ban nhân dân tỉnh'],
    ]);
  });

  it('“Ủy ban nhân dân” is not cut at “ban”, and “ban hành” still ends the issuer', () => {
    expect(
      pick(
        'Quyết định số 18/2020/QĐ-UBND ngày 04/9/2020 của Ủy ban nhân dân thành phố Hà Nội ban hành Quy định',
      ),
    ).toEqual([['state', 'Quyết định', '18/2020/QĐ-UBND', '2020-09-04', 'Ủy ban nhân dân thành phố Hà Nội']]);
  });

  it('an issuer never swallows the next citation', () => {
    expect(
      pick('Xét Tờ trình số 15/TTr-UBND của Ủy ban nhân dân tỉnh và Báo cáo số 09/BC-HĐND của Ban Pháp chế'),
    ).toEqual([
      ['state', 'Tờ trình', '15/TTr-UBND', null, 'Ủy ban nhân dân tỉnh'],
      ['state', 'Báo cáo', '09/BC-HĐND', null, 'Ban Pháp chế'],
    ]);
    expect(
      pick(
        'của Chỉ thị 02-CT/TU, ngày 23/12/2020 của Tỉnh ủy và Chỉ thị 05-CT/TU, ngày 25/12/2020 của Ban Thường vụ Thị ủy.',
      ),
    ).toEqual([
      ['party', 'Chỉ thị', '02-CT/TU', '2020-12-23', 'Tỉnh ủy'],
      ['party', 'Chỉ thị', '05-CT/TU', '2020-12-25', 'Ban Thường vụ Thị ủy'],
    ]);
  });

  it('issuers after “giữa”, before “số” and before “tại”; an unreadable date does not block the issuer', () => {
    expect(
      pick(
        'Quy chế phối hợp số 01/QCPH-UBND-MTTQ ngày 05/3/2021 giữa UBND xã và Ủy ban MTTQ Việt Nam xã về công tác',
      ),
    ).toEqual([
      ['state', 'Quy chế phối hợp', '01/QCPH-UBND-MTTQ', '2021-03-05', 'UBND xã và Ủy ban MTTQ Việt Nam xã'],
    ]);
    expect(pick('Điều 2 Quyết định của Bộ Chính trị số31-QĐ/TW, ngày 01-10-1997 ban hành')).toEqual([
      ['party', 'Quyết định', '31-QĐ/TW', '1997-10-01', 'Bộ Chính trị'],
    ]);
    expect(pick('Xét Tờ trình số 12/TTr-UBND ngày   /  /2023 của UBND huyện về việc')).toEqual([
      ['state', 'Tờ trình', '12/TTr-UBND', null, 'UBND huyện'],
    ]);
  });

  it('the type words readers use, and a Party document written in the state form', () => {
    expect(
      pick('Báo cáo thẩm định số 18/BCTĐ-STP; Văn bản hợp nhất số 03/VBHN-VPQH; văn bản số 4912/UBND-NC'),
    ).toEqual([
      ['state', 'Báo cáo thẩm định', '18/BCTĐ-STP', null, null],
      ['state', 'Văn bản hợp nhất', '03/VBHN-VPQH', null, null],
      ['state', 'văn bản', '4912/UBND-NC', null, null],
    ]);
    const [r] = findDocumentReferences(
      'Quyết định số 217/QĐ-TW ngày 12/12/2013 của Ban Chấp hành Trung ương Đảng về việc',
    );
    expect([r!.system, r!.canonicalSymbol, r!.findings.map((f) => f.code)]).toEqual([
      'party',
      '217-QĐ/TW',
      ['vn.document.party_state_form'],
    ]);
    // The Central Steering Committee for natural disasters is a state body: its "01/CĐ-TW" stays state.
    expect(findDocumentReferences('ban hành Công điện số 01/CĐ-TW để chủ động ứng phó')[0]!.system).toBe(
      'state',
    );
  });

  it('near misses: periods, dates with hyphens, counts per unit', () => {
    expect(
      findDocumentReferences(
        'tháng 1-2020, từ tháng 4 đến tháng 5-2020; ngày 15-10; 5/9 huyện; 115/116 ha; giai đoạn 2021-2025',
      ),
    ).toEqual([]);
  });

  it('a date glued to "ngày" (ngày30/7/2020), as a held-out source writes it', () => {
    const [r] = findDocumentReferences('tại Công văn số 2832/BGDĐT-QLCL ngày30/7/2020 và');
    expect(r!.date).toBe('2020-07-30');
    expect(findDocumentReferences('Công văn số 12/UBND-VX ngàyxx')[0]!.date).toBeNull();
  });
});

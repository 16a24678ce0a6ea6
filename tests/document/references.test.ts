import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type DocumentReference, findDocumentReferences } from '../../src/document/index';

const REPORT = readFileSync(
  new URL('../../../shared/reference/000_1bb7240e0a0f1cd0.txt', import.meta.url),
  'utf8',
);

type Expected = {
  typeWord: string | null;
  numberSymbol: string | null;
  number: number | null;
  typeCode: string | null;
  issuerAbbr: string | null;
  date: string | null;
  issuer: string | null;
  title?: string;
  year?: number | null;
};

const pick = (r: DocumentReference): Expected => ({
  typeWord: r.typeWord,
  numberSymbol: r.numberSymbol,
  number: r.symbol?.number ?? null,
  typeCode: r.symbol?.typeCode ?? null,
  issuerAbbr: r.symbol?.issuer ?? null,
  date: r.date,
  issuer: r.issuer,
  ...(r.kind === 'named' ? { title: r.title ?? '', year: r.year } : {}),
});

describe('every document cited in the Phổ Phong report (000_1bb7240e0a0f1cd0.txt)', () => {
  // Worked out by reading the report, in order of appearance.
  const expected: Expected[] = [
    // The report's own heading, its number left blank: "Số: /BC-UBND".
    {
      typeWord: null,
      numberSymbol: '/BC-UBND',
      number: null,
      typeCode: null,
      issuerAbbr: null,
      date: null,
      issuer: null,
    },
    // "công văn số 526/UBND ngày 20/6/2023 của Cơ quan Tổ chức – Nội vụ thị xã Đức Phổ về việc …"
    {
      typeWord: 'công văn',
      numberSymbol: '526/UBND',
      number: 526,
      typeCode: null,
      issuerAbbr: 'UBND',
      date: '2023-06-20',
      issuer: 'Cơ quan Tổ chức – Nội vụ thị xã Đức Phổ',
    },
    // "Quyết định số 205/QĐ-UBND ngày 21/01/2022 của UBND thị xã Đức Phổ về việc …"
    {
      typeWord: 'Quyết định',
      numberSymbol: '205/QĐ-UBND',
      number: 205,
      typeCode: 'QĐ',
      issuerAbbr: 'UBND',
      date: '2022-01-21',
      issuer: 'UBND thị xã Đức Phổ',
    },
    // "Quyết định số 06/QĐ - UBND ngày 04/01/2022" (odd spacing)
    {
      typeWord: 'Quyết định',
      numberSymbol: '06/QĐ - UBND',
      number: 6,
      typeCode: 'QĐ',
      issuerAbbr: 'UBND',
      date: '2022-01-04',
      issuer: null,
    },
    {
      typeWord: 'Kế hoạch',
      numberSymbol: '96/KH-UBND',
      number: 96,
      typeCode: 'KH',
      issuerAbbr: 'UBND',
      date: '2021-12-31',
      issuer: null,
    },
    {
      typeWord: 'Kế hoạch',
      numberSymbol: '34/KH-UBND',
      number: 34,
      typeCode: 'KH',
      issuerAbbr: 'UBND',
      date: '2022-04-05',
      issuer: null,
    },
    {
      typeWord: 'Kế hoạch',
      numberSymbol: '05/KH-UBND',
      number: 5,
      typeCode: 'KH',
      issuerAbbr: 'UBND',
      date: '2022-04-05',
      issuer: null,
    },
    // "… thực hiện theo Luật tổ chức chính quyền địa phương và các văn bản …" (cited by title, no year)
    {
      typeWord: 'Luật',
      numberSymbol: null,
      number: null,
      typeCode: null,
      issuerAbbr: null,
      date: null,
      issuer: null,
      title: 'tổ chức chính quyền địa phương',
      year: null,
    },
    // "Kế hoạch số 02/KH-UBND ngày 05 tháng 01 năm 2022"
    {
      typeWord: 'Kế hoạch',
      numberSymbol: '02/KH-UBND',
      number: 2,
      typeCode: 'KH',
      issuerAbbr: 'UBND',
      date: '2022-01-05',
      issuer: null,
    },
    {
      typeWord: 'Quyết định',
      numberSymbol: '27/QĐ-UBND',
      number: 27,
      typeCode: 'QĐ',
      issuerAbbr: 'UBND',
      date: '2022-01-27',
      issuer: null,
    },
    // "Luật phòng chống tham nhũng năm 2018"
    {
      typeWord: 'Luật',
      numberSymbol: null,
      number: null,
      typeCode: null,
      issuerAbbr: null,
      date: null,
      issuer: null,
      title: 'phòng chống tham nhũng',
      year: 2018,
    },
    // "Nghị định 130/NĐ-CP" (no "số", no year in the symbol, no date)
    {
      typeWord: 'Nghị định',
      numberSymbol: '130/NĐ-CP',
      number: 130,
      typeCode: 'NĐ',
      issuerAbbr: 'CP',
      date: null,
      issuer: null,
    },
    {
      typeWord: 'Quyết định',
      numberSymbol: '280/QĐ-UBND',
      number: 280,
      typeCode: 'QĐ',
      issuerAbbr: 'UBND',
      date: '2020-08-12',
      issuer: null,
    },
    {
      typeWord: 'Quyết định',
      numberSymbol: '281/QĐ-UBND',
      number: 281,
      typeCode: 'QĐ',
      issuerAbbr: 'UBND',
      date: '2020-08-12',
      issuer: null,
    },
  ];

  it('finds them all, with their parts', () => {
    expect(findDocumentReferences(REPORT).map(pick)).toEqual(expected);
  });

  it('reports the blank number, the spacing, the missing drafting unit and the missing year', () => {
    const refs = findDocumentReferences(REPORT);
    const codes = (ns: string) => refs.find((r) => r.numberSymbol === ns)!.findings.map((f) => f.code);
    expect(codes('/BC-UBND')).toEqual(['vn.document.missing_number']);
    expect(codes('06/QĐ - UBND')).toEqual(['vn.document.symbol_spacing']);
    expect(codes('526/UBND')).toEqual(['vn.document.missing_drafting_unit']);
    expect(codes('130/NĐ-CP')).toEqual(['vn.document.missing_year']);
    expect(codes('205/QĐ-UBND')).toEqual([]);
  });

  it('finds the same citations in the report written in NFD', () => {
    const nfc = findDocumentReferences(REPORT).map(pick);
    expect(findDocumentReferences(REPORT.normalize('NFD')).map(pick)).toEqual(nfc);
  });

  it('gives offsets into the text', () => {
    const ref = findDocumentReferences(REPORT).find((r) => r.numberSymbol === '02/KH-UBND')!;
    expect(ref.text).toBe('Kế hoạch số 02/KH-UBND ngày 05 tháng 01 năm 2022');
    expect(REPORT.normalize('NFC').slice(ref.start, ref.end)).toBe(ref.text);
  });
});

describe('citations in other shapes', () => {
  it('legal normative symbols with their years, with and without type word', () => {
    const t =
      'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư; Quyết định 28/2018/QĐ-TTg; Thông tư số 07/2021/TT-BLĐTBXH ngày 18 tháng 7 năm 2021 của Bộ Lao động - Thương binh và Xã hội; theo 19/2025/QĐ-TTg.';
    const refs = findDocumentReferences(t);
    expect(refs.map((r) => [r.typeWord, r.numberSymbol, r.symbol?.year, r.date, r.issuer])).toEqual([
      ['Nghị định', '30/2020/NĐ-CP', 2020, '2020-03-05', 'Chính phủ'],
      ['Quyết định', '28/2018/QĐ-TTg', 2018, null, null],
      ['Thông tư', '07/2021/TT-BLĐTBXH', 2021, '2021-07-18', 'Bộ Lao động - Thương binh và Xã hội'],
      [null, '19/2025/QĐ-TTg', 2025, null, null],
    ]);
  });

  it('a law cited by title and number is one citation', () => {
    const refs = findDocumentReferences(
      'theo Luật Tổ chức chính quyền địa phương số 77/2015/QH13 và Luật số 80/2015/QH13.',
    );
    expect(refs.map((r) => [r.kind, r.typeWord, r.title, r.numberSymbol, r.year, r.symbol?.issuer])).toEqual([
      ['named', 'Luật', 'Tổ chức chính quyền địa phương', '77/2015/QH13', 2015, 'QH13'],
      ['numbered', 'Luật', null, '80/2015/QH13', 2015, 'QH13'],
    ]);
  });

  it('issuer before date, sentence-final symbol, type mismatch, impossible date', () => {
    const refs = findDocumentReferences(
      'Quyết định số 12/KH-UBND của UBND xã ngày 31/02/2026. Xem Công văn số 45/UBND-VP.',
    );
    expect(refs).toHaveLength(2);
    expect(refs[0]!.issuer).toBe('UBND xã');
    expect(refs[0]!.date).toBeNull();
    expect(refs[0]!.dateText).toBe('31/02/2026');
    expect(refs[0]!.findings.map((f) => f.code).sort()).toEqual([
      'vn.document.impossible_date',
      'vn.document.type_mismatch',
    ]);
    expect(refs[1]!.numberSymbol).toBe('45/UBND-VP');
    expect(refs[1]!.symbol?.units).toEqual(['VP']);
  });

  it('ignores dates, fractions and bare numbers', () => {
    expect(
      findDocumentReferences('ngày 12/8/2020, tỷ lệ 3/4, 100% CB, giai đoạn 2021-2025, Covid-19, B/cáo'),
    ).toEqual([]);
  });

  it('reads mixed Unicode normalisation (NFD text, eth for Đ)', () => {
    const t = 'Quyết định số 06/Q\u00D0-UBND ngày 04/01/2022'.normalize('NFD');
    const [r] = findDocumentReferences(t);
    expect(r?.typeWord).toBe('Quyết định');
    expect(r?.symbol?.typeCode).toBe('QĐ');
    expect(r?.date).toBe('2022-01-04');
  });
});

describe('adversarial text: correct answers, never a crash', () => {
  it('lowercase words after a slash are not symbols', () => {
    expect(findDocumentReferences('số: /số: /số tiền 1/tháng, số 2/người')).toEqual([]);
  });
  it('a 10,000-character mixture of all the traps', () => {
    const unit = 'Quyết định số /-1/ 2021/ ngày 31/02/ của - số: Luật ';
    const text = unit.repeat(Math.ceil(10_000 / unit.length)).slice(0, 10_000);
    const refs = findDocumentReferences(text);
    expect(refs.every((r) => r.kind === 'named' || r.numberSymbol !== null)).toBe(true);
    expect(refs.filter((r) => r.kind === 'numbered')).toEqual([]);
  });
  it('empty and whitespace', () => {
    expect(findDocumentReferences('')).toEqual([]);
    expect(findDocumentReferences(' \n\t ')).toEqual([]);
  });
  it('a 10,000-character run of slashes and digits', () => {
    expect(findDocumentReferences('1/'.repeat(5000))).toEqual([]);
    expect(findDocumentReferences('9'.repeat(10_000))).toEqual([]);
    expect(findDocumentReferences('/'.repeat(10_000))).toEqual([]);
  });
  it('a long run of "Quyết định số " with no number', () => {
    expect(findDocumentReferences('Quyết định số '.repeat(1000))).toEqual([]);
  });
  it('a long run of "Quyết định số " ending in a real citation finds exactly one', () => {
    const refs = findDocumentReferences(`${'Quyết định số '.repeat(1000)}06/QĐ-UBND`);
    expect(refs.map((r) => [r.typeWord, r.numberSymbol])).toEqual([['Quyết định', '06/QĐ-UBND']]);
  });
  it('many citations in a row are all found', () => {
    const refs = findDocumentReferences('Kế hoạch số 01/KH-UBND; '.repeat(500));
    expect(refs).toHaveLength(500);
    expect(new Set(refs.map((r) => r.numberSymbol))).toEqual(new Set(['01/KH-UBND']));
  });
  it('a very long hyphenated symbol is read once', () => {
    const refs = findDocumentReferences(`số 1/${'A-'.repeat(5000)}B`);
    expect(refs).toHaveLength(1);
    expect(refs[0]!.symbol?.units).toHaveLength(5000);
  });
  it('"Luật" followed by endless words stops at its bound', () => {
    const refs = findDocumentReferences(`Luật ${'abc '.repeat(5000)}`);
    expect(refs).toHaveLength(1);
    expect(refs[0]!.title!.split(' ')).toHaveLength(12);
  });
});

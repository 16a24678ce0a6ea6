import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderMessage, UNIT_CHANGE_MESSAGES, UnitChangeTableSchema } from '../../src/core/index';
import { auditDocumentRegister, DOCUMENT_MESSAGES } from '../../src/document/index';
import { IMPORT_MESSAGES, importDossiers, importPersonnel } from '../../src/import/index';

// Issue 13 item 4: messages are one function per language over the issue's RAW parameters, so
// an English message never carries a Vietnamese label filled in at parse time, nor a Vietnamese
// one an English word. Before this change the import notice of a missing column carried the
// Vietnamese header ("Required columns are missing: Kênh thực hiện."), and the register audit
// named the incoming register "số đến" in English ("… missing in series số đến of 2023.").

const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđ]/i;
const F = (name: string): Uint8Array => readFileSync(`tests/fixtures/import/${name}`);

describe('raw parameters, rendered per language', () => {
  it('import: a missing column is named by its field, in English without Vietnamese', async () => {
    const en = await importDossiers(F('dossiers-tracking-book.csv'), { locale: 'en' });
    const vi = await importDossiers(F('dossiers-tracking-book.csv'));
    const nEn = en.notices.find((n) => n.code === 'vn.import.missing_columns')!;
    const nVi = vi.notices.find((n) => n.code === 'vn.import.missing_columns')!;
    // The tracking book of TT 01/2018 has no channel column (tests/import/fixtures.test.ts).
    expect(nEn.params).toEqual({ fields: ['channel'] });
    expect(nVi.params).toEqual(nEn.params);
    expect(nEn.message).toBe('Required columns are missing: channel.');
    expect(VIETNAMESE.test(nEn.message)).toBe(false);
    // DOSSIER_FIELD_LABELS.channel.vi
    expect(nVi.message).toBe('Thiếu cột bắt buộc: kênh thực hiện.');
  });

  it('import: with no field labels, Vietnamese names the header to add, English the field', async () => {
    const csv = new TextEncoder().encode('Họ và tên;Giới tính\nNguyễn Văn A;Nam\n');
    const en = await importPersonnel(csv, { locale: 'en' });
    const vi = await importPersonnel(csv);
    const mEn = en.notices.find((n) => n.code === 'vn.import.missing_columns')?.message ?? '';
    const mVi = vi.notices.find((n) => n.code === 'vn.import.missing_columns')?.message ?? '';
    expect(mEn).toMatch(/^Required columns are missing: /);
    expect(VIETNAMESE.test(mEn), mEn).toBe(false);
    expect(mVi).toMatch(/^Thiếu cột bắt buộc: /);
    expect(mVi).not.toMatch(/[A-Z][a-z]+[A-Z]/); // no camelCase field name in the Vietnamese text
  });

  it('document: a gap in the incoming register says "incoming" in English, "số đến" in Vietnamese', () => {
    const rows = [
      {
        direction: 'incoming',
        numberSymbol: '5/UBND-VP',
        issueDate: '2023-01-02',
        arrivalNumber: 1,
        arrivalDate: '2023-01-03',
      },
      {
        direction: 'incoming',
        numberSymbol: '7/UBND-VP',
        issueDate: '2023-01-02',
        arrivalNumber: 3,
        arrivalDate: '2023-01-04',
      },
    ] as const;
    const en = auditDocumentRegister(rows, { locale: 'en' }).findings.find(
      (f) => f.code === 'vn.document.gap',
    )!;
    const vi = auditDocumentRegister(rows).findings.find((f) => f.code === 'vn.document.gap')!;
    expect(en.message).toBe('Number(s) 02 missing in series incoming of 2023.');
    expect(VIETNAMESE.test(en.message)).toBe(false);
    expect(vi.message).toBe('Thiếu số 02 trong sổ số đến năm 2023.');
    expect(en.params).toEqual(vi.params);
  });

  it('the typed catalogues render from raw parameters (written by hand)', () => {
    expect(
      renderMessage(
        IMPORT_MESSAGES['vn.import.xlsx_unreadable'],
        { reason: 'compression', detail: '12' },
        'vi',
      ),
    ).toBe('Không đọc được tệp Excel: kiểu nén không được hỗ trợ (12).');
    expect(renderMessage(IMPORT_MESSAGES['vn.import.not_an_object'], { received: 'array' }, 'vi')).toBe(
      'Phần tử JSON không phải một bản ghi (object): một danh sách.',
    );
    expect(
      renderMessage(
        DOCUMENT_MESSAGES['vn.document.duplicate'],
        { number: 4, count: 2, series: 'mật', year: 2024 },
        'en',
      ),
    ).toBe('Number 4 occurs 2 times in series secret of 2024.');
    const r = UnitChangeTableSchema.safeParse([
      { oldCode: 'A', newCode: 'X', effectiveFrom: '2025-07-01', legalAct: 'NQ 1' },
      { oldCode: 'A', newCode: 'X', effectiveFrom: '2025-07-01', legalAct: 'NQ 1' },
    ]);
    const p = (r.error!.issues[0] as { params?: Record<string, unknown> }).params!;
    expect(renderMessage(UNIT_CHANGE_MESSAGES['vn.unit_change.duplicate_row'], p as never, 'en')).toBe(
      'Same row as row 0: old unit A → new unit X from 2025-07-01.',
    );
  });
});

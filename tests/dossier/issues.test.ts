import { describe, expect, it } from 'vitest';
import { createErrorMap, vnIssue } from '../../src/core/index';
import {
  DOSSIER_FIELD_LABELS,
  DOSSIER_MESSAGES,
  type DossierIssue,
  DossierSchema,
  parseDossiers,
} from '../../src/dossier/index';

// Issue 13 item 4 (typed issues) and issue 16 (zod-native use). Before this change the
// parameters were filled in one language when the row was parsed: the Vietnamese message of a
// refusal dated before receipt read "Ngày refused 2026-03-01 …" and the English message of a
// resolved dossier without dates carried the Vietnamese status label "Đã xử lý xong";
// `DossierSchema.safeParse` gave zod's "Invalid input" with no message of ours.

const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđ]/i;

const base = {
  code: 'H56-0001',
  unit: 'UBND xã Phổ Phong',
  channel: 'direct',
  receivedAt: '2026-03-02',
  dueDate: '2026-03-05',
};
// A refusal dated the day before the dossier was received.
const refusedEarly = { ...base, status: 'stopped', outcome: 'refused', outcomeAt: '2026-03-01' };
// Status 9 (Đã xử lý xong) with neither a finish nor a return date.
const resolvedNoDate = { ...base, status: 'resolved' };

describe('messages are rendered per language from raw parameters', () => {
  it('the refusal case: the Vietnamese message says "trả lại", the English one has no Vietnamese word', () => {
    const vi = parseDossiers([refusedEarly]).rejected[0]!.issues[0]!;
    const en = parseDossiers([refusedEarly], { locale: 'en' }).rejected[0]!.issues[0]!;
    expect(vi.code).toBe('vn.dossier.outcome_before_received');
    // Written by hand: "Ngày trả lại" is the date of the refusal (trả lại hồ sơ).
    expect(vi.message).toBe('Ngày trả lại 2026-03-01 trước ngày tiếp nhận 2026-03-02.');
    expect(vi.message).not.toMatch(/refused/);
    expect(en.message).toBe('The refusal date 2026-03-01 is before the receipt date 2026-03-02.');
    expect(VIETNAMESE.test(en.message)).toBe(false);
    // The parameters are the raw values, the same in both languages.
    expect(vi.params).toMatchObject({
      outcome: 'refused',
      outcomeDate: '2026-03-01',
      receivedDate: '2026-03-02',
    });
    expect(en.params).toEqual(vi.params);
  });

  it('the status case: the English message names the status in English', () => {
    const en = parseDossiers([resolvedNoDate], { locale: 'en' }).rejected[0]!.issues[0]!;
    const vi = parseDossiers([resolvedNoDate]).rejected[0]!.issues[0]!;
    expect(en.code).toBe('vn.dossier.resolved_without_finish_date');
    expect(en.message).toBe('Status "resolved" but neither a finish date nor a return date is given.');
    expect(VIETNAMESE.test(en.message)).toBe(false);
    expect(vi.message).toBe(
      'Trạng thái «Đã xử lý xong» nhưng thiếu ngày kết thúc xử lý và ngày trả kết quả.',
    );
    expect(vi.params.status).toBe('resolved');
  });

  it('a field is named by its label in the message language', () => {
    const { dueDate: _, ...noDue } = base;
    const vi = parseDossiers([{ ...noDue, status: 'processing' }]).rejected[0]!.issues[0]!;
    const en = parseDossiers([{ ...noDue, status: 'processing' }], { locale: 'en' }).rejected[0]!.issues[0]!;
    expect(vi).toMatchObject({
      path: 'dueDate',
      code: 'vn.required',
      message: 'Thiếu trường bắt buộc «ngày hẹn trả».',
    });
    expect(en.message).toBe('Missing required field "due date".');
  });

  it('DossierIssue is a union of codes with their typed parameters', () => {
    const issue: DossierIssue = {
      code: 'vn.dossier.outcome_before_received',
      params: { outcome: 'withdrawn', outcomeDate: '2026-03-01', receivedDate: '2026-03-02' },
    };
    // @ts-expect-error an outcome that does not exist is a type error
    const wrong: DossierIssue = { code: 'vn.dossier.outcome_without_date', params: { outcome: 'lost' } };
    expect(wrong.code).toBe('vn.dossier.outcome_without_date');
    expect(Object.keys(DOSSIER_MESSAGES)).toContain(issue.code);
  });
});

describe('DossierSchema.safeParse with the exported error map (a form in a front end)', () => {
  const map = (locale: 'vi' | 'en') =>
    createErrorMap({ locale, catalogs: [DOSSIER_MESSAGES], fields: [DOSSIER_FIELD_LABELS] });

  it('a rule of ours: the vn.* code in the issue and the message in the chosen language', () => {
    const late = { ...base, status: 'processing', dueDate: '2026-03-01' };
    const vi = DossierSchema.safeParse(late, { error: map('vi') });
    const en = DossierSchema.safeParse(late, { error: map('en') });
    expect(vi.success).toBe(false);
    const iv = vi.error!.issues[0]!;
    const ie = en.error!.issues[0]!;
    expect(iv.path).toEqual(['dueDate']);
    expect((iv as { params?: { code?: string } }).params?.code).toBe('vn.dossier.due_before_received');
    expect(iv.message).toBe('Ngày hẹn trả 2026-03-01 trước ngày tiếp nhận 2026-03-02.');
    expect(ie.message).toBe('Due date 2026-03-01 is before the receipt date 2026-03-02.');
    expect(vnIssue(ie).code).toBe('vn.dossier.due_before_received');
  });

  it("zod's own checks: our message, and the vn.* code from vnIssue", () => {
    const r = DossierSchema.safeParse(
      { ...base, status: 'processing', dueDate: '2026-02-31', channel: 'fax' },
      {
        error: map('en'),
      },
    );
    const byPath = new Map(r.error!.issues.map((i) => [i.path.join('.'), i]));
    expect(byPath.get('dueDate')!.message).toBe(
      'Field "due date" is not a real date (YYYY-MM-DD): "2026-02-31".',
    );
    expect(vnIssue(byPath.get('dueDate')!).code).toBe('vn.invalid_date');
    expect(byPath.get('channel')!.message).toBe(
      'Field "channel" has value "fax", which is not one of: "direct", "online", "postal".',
    );
    const vi = DossierSchema.safeParse(
      { ...base, status: 'processing', dueDate: undefined },
      { error: map('vi') },
    );
    expect(vi.error!.issues[0]!.message).toBe('Thiếu trường bắt buộc «ngày hẹn trả».');
  });

  it('without the error map, zod writes its own English text (what the map fixes)', () => {
    const r = DossierSchema.safeParse({ ...base, status: 'processing', dueDate: '2026-03-01' });
    expect(r.error!.issues[0]!.message).not.toMatch(/Ngày hẹn trả|Due date/);
  });
});

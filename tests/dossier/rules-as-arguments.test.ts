import { describe, expect, it } from 'vitest';
import {
  createDossierSchema,
  createNationalSyncToDossierSchema,
  DEFAULT_DOSSIER_SCHEMA_OPTIONS,
  DossierSchema,
  ONE_STOP_BASES,
  type OneStopBasis,
} from '../../src/dossier/index';

// Issue 13, item 1: the one-stop table enters the dossier schema as an argument.

const current = ONE_STOP_BASES[1] as OneStopBasis;
// A caller's table: the national one, closed at the end of 2026, then a decree of its own.
const callerBases: readonly OneStopBasis[] = [
  ONE_STOP_BASES[0] as OneStopBasis,
  { ...current, effectiveTo: '2026-12-31' },
  {
    ...current,
    id: 'caller-2027',
    short: 'NĐ 999/2027/NĐ-CP',
    shortEn: 'Decree 999/2027/NĐ-CP',
    rules: { ...current.rules, reappointmentOnce: 'NĐ 999/2027/NĐ-CP, Điều 5' },
    effectiveFrom: '2027-01-01',
    effectiveTo: null,
  },
];

const twiceReappointed = {
  code: 'HS-2027',
  unit: 'UBND xã A',
  channel: 'direct',
  status: 'processing',
  receivedAt: '2027-03-01',
  dueDate: '2027-03-05',
  reappointments: ['2027-03-10', '2027-03-15'],
};

function paramsOf(r: { success: boolean; error?: { issues: readonly object[] } | undefined }) {
  expect(r.success).toBe(false);
  return (r.error?.issues[0] as { params?: Record<string, unknown> } | undefined)?.params ?? {};
}

describe('createDossierSchema({ bases })', () => {
  it('cites the basis of the caller table in force on the receipt date', () => {
    const p = paramsOf(createDossierSchema({ bases: callerBases }).safeParse(twiceReappointed));
    expect(p.code).toBe('vn.dossier.reappointed_more_than_once');
    expect(p.basis).toBe('NĐ 999/2027/NĐ-CP, Điều 5');
    expect(p.basisEn).toBe('Decree 999/2027/NĐ-CP');
  });

  it('the default instance cites the national table (NĐ 118/2025 still in force in 2027)', () => {
    const p = paramsOf(DossierSchema.safeParse(twiceReappointed));
    expect(p.basisEn).toBe('Decree 118/2025/NĐ-CP');
    expect(DEFAULT_DOSSIER_SCHEMA_OPTIONS.bases).toBe(ONE_STOP_BASES);
  });

  it('builds the national-sync schema over the same rules', () => {
    // Sync records carry no re-appointments, so the table shows in no sync message; the factory
    // still takes it, like createDossierSchema, and maps a record as the default one does.
    const record = {
      MaHoSo: 'HS-2027',
      MaTTHC: '1.001',
      DonViXuLy: 'UBND xã A',
      KenhThucHien: 1,
      TrangThaiHoSo: 3,
      NgayTiepNhan: '20270301080000',
      NgayHenTra: '20270305170000',
    };
    const r = createNationalSyncToDossierSchema({ bases: callerBases }).safeParse(record);
    expect(r.success).toBe(true);
    expect(r.data?.dueDate).toBe('2027-03-05');
    expect(() => createNationalSyncToDossierSchema({} as never)).toThrow(TypeError);
  });

  it('asks for the table rather than defaulting silently', () => {
    expect(() => createDossierSchema({} as never)).toThrow(TypeError);
  });
});

/** The statements shown in docs/in-your-database.md (tests/sql/guide.test.ts keeps them current). */
import { type CompiledDossierTally, compileDossierTally, type SqlDialect } from '../../src/sql/index';

export function guideStatement(dialect: SqlDialect): CompiledDossierTally {
  return compileDossierTally({
    dialect,
    period: { start: '2026-01-01', end: '2026-03-31' },
    from: dialect === 'duckdb' ? { files: 'data/*.parquet' } : { table: ['tthc', 'ho_so'] },
    columns: {
      unit: 'DonViXuLy',
      channel: 'KenhThucHien',
      status: 'TrangThaiHoSo',
      receivedAt: { name: 'NgayTiepNhan', kind: 'timestamptz' },
      dueDate: { name: 'NgayHenTra', kind: 'date' },
      finishedAt: { name: 'NgayKetThucXuLy', kind: 'timestamptz' },
      returnedAt: { name: 'NgayTra', kind: 'timestamptz' },
    },
    by: ['unit'],
  });
}

import { customPeriod } from 'commune-kpi/core';
import { onTimeRateCompleted } from 'commune-kpi/dossier';
import { tallyDossierSource } from 'commune-kpi/import';

/** The quarter the sample covers. */
export const PERIOD = customPeriod('2026-01-01', '2026-03-31');

/**
 * Read a one-stop CSV export (a stream, bytes or text) and compute the on-time rate (variant A:
 * early + on time over resolved, tỷ lệ giải quyết trước hạn, đúng hạn) of every unit and month of
 * receipt, from the integer tallies the package keeps: nothing is averaged.
 */
export async function loadDashboard(source) {
  const r = await tallyDossierSource(source, { period: PERIOD, by: ['unit', 'month'] });
  const units = [...new Set(r.groups.map((g) => g.key.unit ?? ''))].sort((a, b) => a.localeCompare(b, 'vi'));
  const months = [...new Set(r.groups.map((g) => g.key.month ?? ''))].sort();
  const cells = r.groups.map((g) => ({
    unit: g.key.unit ?? '',
    month: g.key.month ?? '',
    rate: onTimeRateCompleted(g.tally),
    pending: g.tally.pending,
  }));
  return {
    summary: r.summary,
    rejections: r.rejections,
    units,
    months,
    cells,
    total: onTimeRateCompleted(r.total),
  };
}

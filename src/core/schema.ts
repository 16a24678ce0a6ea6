import { z } from 'zod';
import { isInstant, isLocalDate } from './localDate';

/**
 * A calendar date `YYYY-MM-DD` that exists (`2026-02-31` fails with code `vn.invalid_date`).
 */
export const LocalDateSchema = /* @__PURE__ */ z.iso.date().meta({
  title: 'Ngày (YYYY-MM-DD)',
  description: 'Ngày theo lịch dương, giờ Việt Nam, dạng YYYY-MM-DD.',
});

/**
 * A date `YYYY-MM-DD` or an ISO 8601 timestamp (an offset is recommended; without one the time
 * is read as Vietnam time). Fails with code `vn.invalid_instant`.
 */
export const DateOrInstantSchema = /* @__PURE__ */ z
  .string()
  .refine((v) => isLocalDate(v) || isInstant(v), { params: { code: 'vn.invalid_instant' }, abort: true })
  .meta({
    title: 'Ngày hoặc thời điểm',
    description: 'Ngày YYYY-MM-DD hoặc thời điểm ISO 8601, ví dụ 2026-03-02T08:15:00+07:00.',
  });

/** A count: an integer ≥ 0. */
export const CountSchema = /* @__PURE__ */ z
  .int()
  .min(0)
  .meta({ title: 'Số lượng', description: 'Số nguyên không âm.' });

/** Re-check that a schema-validated value is usable: a helper for cross-field refinements. */
export function isUsableDate(value: unknown): value is string {
  return typeof value === 'string' && (isLocalDate(value) || isInstant(value));
}

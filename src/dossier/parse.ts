import { type BatchResult, parseBatch } from '../core/batch';
import type { Locale } from '../core/messages';
import { DOSSIER_FIELD_LABELS, DOSSIER_MESSAGES } from './messages';
import { type Dossier, DossierSchema } from './schema';
import { NationalSyncToDossierSchema } from './sync';

/** Options of {@link parseDossiers}. */
export interface ParseDossiersOptions {
  /** Message language: `vi` (default) or `en`. */
  readonly locale?: Locale;
  /** `native` (default): rows in this package's shape; `national-sync`: national portal sync records. */
  readonly format?: 'native' | 'national-sync';
}

/**
 * Validate a batch of dossier rows (kiểm tra lô hồ sơ): every row ends up in `valid` or in
 * `rejected` with its index, field paths, stable codes and messages (Vietnamese by default).
 *
 * @param rows - Raw rows (parsed JSON or CSV records).
 * @param options - Message language and input format.
 * @returns `{ valid, validIndices, rejected, total }` with `valid.length + rejected.length === total`.
 * @throws RangeError for an unknown format.
 * @example
 * const row = { code: 'A1', unit: 'UBND xã A', channel: 'online', status: 'processing', receivedAt: '2026-03-02' };
 * const { valid, rejected } = parseDossiers([
 *   { ...row, dueDate: '2026-03-06' },
 *   { ...row, code: 'A2', dueDate: '2026-03-01' },
 * ]);
 * valid.length // => 1
 * rejected[0]?.issues[0]
 * // => { path: 'dueDate', code: 'vn.dossier.due_before_received',
 * //      message: 'Ngày hẹn trả 2026-03-01 trước ngày tiếp nhận 2026-03-02.', … }
 */
export function parseDossiers(
  rows: Iterable<unknown>,
  options: ParseDossiersOptions = {},
): BatchResult<Dossier> {
  const format = options.format ?? 'native';
  if (format !== 'native' && format !== 'national-sync') {
    throw new RangeError(
      `[commune-kpi] format must be 'native' or 'national-sync', got ${JSON.stringify(format)}.`,
    );
  }
  const schema = format === 'native' ? DossierSchema : NationalSyncToDossierSchema;
  return parseBatch(schema, rows, {
    locale: options.locale ?? 'vi',
    catalogs: [DOSSIER_MESSAGES],
    fields: [DOSSIER_FIELD_LABELS],
  });
}

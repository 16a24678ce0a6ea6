import { rangeError, show } from '../_lib/errors';
import { type BatchResult, parseBatch, type Rejection } from '../core/batch';
import { CORE_MESSAGES, type Locale, messageFor } from '../core/messages';
import { HouseholdSchema } from './defaults';
import { HOUSEHOLD_FIELD_LABELS, HOUSEHOLD_MESSAGES } from './messages';
import { createHouseholdSchema, type Household } from './schema';
import type { PovertyStandard } from './standards';

/**
 * Which fields identify a household when looking for duplicates: `code` (mã hộ, default) or
 * `code-village-head` (mã hộ + thôn + chủ hộ, for exports whose codes repeat across villages).
 */
export type HouseholdDuplicateKey = 'code' | 'code-village-head';

/** Options of {@link parseHouseholds}. */
export interface ParseHouseholdsOptions {
  /** Language of messages: `vi` (default) or `en`. */
  readonly locale?: Locale;
  /** Key for duplicate detection (default `code`). */
  readonly duplicateKey?: HouseholdDuplicateKey;
  /**
   * Standards to check review dates against (default the national `POVERTY_STANDARDS`), as for
   * {@link createHouseholdSchema}: e.g. a 2027–2030 standard whose indicator list you supplied.
   */
  readonly standards?: readonly PovertyStandard[];
}

/** The result of {@link parseHouseholds}: a batch result with counts of rejections by code. */
export interface HouseholdBatchResult extends BatchResult<Household> {
  /** Rejected rows by issue code (a row with two codes counts under both). */
  readonly rejectedByCode: Readonly<Record<string, number>>;
}

/**
 * The key of a household for duplicate detection.
 *
 * @param household - A parsed household.
 * @param key - `code` or `code-village-head`.
 * @returns The key string.
 * @throws RangeError for an unknown key kind.
 * @example
 * householdKey({ code: '12', village: 'Thôn 3', head: 'NGUYỄN VĂN A' }, 'code-village-head')
 * // => '12|Thôn 3|NGUYỄN VĂN A'
 */
export function householdKey(
  household: Pick<Household, 'code' | 'village' | 'head'>,
  key: HouseholdDuplicateKey = 'code',
): string {
  if (key === 'code') return household.code;
  if (key === 'code-village-head')
    return `${household.code}|${household.village ?? ''}|${household.head ?? ''}`;
  return rangeError(`duplicateKey must be 'code' or 'code-village-head', got ${show(key)}.`);
}

/**
 * Validate a batch of household rows (kiểm tra danh sách hộ rà soát): each row is parsed with
 * {@link HouseholdSchema} (or the schema of the `standards` given) or rejected with Vietnamese (or
 * English) messages and stable codes (negative income, member age below 0, more deprivations than
 * indicators, area other than rural or urban, a review date with no standard in force, an indicator
 * the standard of the review date does not have …). A row repeating the key of an earlier valid row
 * is rejected with `vn.household.duplicate_code` (the first is kept). Rejections are counted by
 * code. Never throws on bad rows.
 *
 * Legal basis: Thông tư 07/2021/TT-BLĐTBXH (review forms).
 *
 * @param rows - Raw rows (any iterable).
 * @param options - Locale, duplicate key, and the standards review dates are checked against.
 * @returns Valid households, rejected rows with issues, the total and counts by code.
 * @throws RangeError for an unknown `duplicateKey`.
 * @example
 * const r = parseHouseholds([
 *   { code: 'H1', area: 'rural', incomePerPerson: 1_200_000, deprivations: [] },
 *   { code: 'H2', area: 'suburb', incomePerPerson: -5 },
 *   { code: 'H1', area: 'rural', incomePerPerson: 900_000, deprivations: [] },
 * ]);
 * r.valid.length      // => 1
 * r.rejectedByCode    // => { 'vn.invalid_value': 1, 'vn.household.negative_income': 1, 'vn.household.duplicate_code': 1 }
 */
export function parseHouseholds(
  rows: Iterable<unknown>,
  options: ParseHouseholdsOptions = {},
): HouseholdBatchResult {
  const locale = options.locale ?? 'vi';
  const keyKind = options.duplicateKey ?? 'code';
  householdKey({ code: '' }, keyKind);
  const input: readonly unknown[] = Array.isArray(rows) ? rows : [...rows];
  const schema =
    options.standards === undefined
      ? HouseholdSchema
      : createHouseholdSchema({ standards: options.standards });
  const batch = parseBatch(schema, input, {
    locale,
    catalogs: [HOUSEHOLD_MESSAGES],
    fields: [HOUSEHOLD_FIELD_LABELS],
  });
  const seen = new Map<string, number>();
  const valid: Household[] = [];
  const validIndices: number[] = [];
  const rejected: Rejection[] = [...batch.rejected];
  let duplicates = false;
  for (let i = 0; i < batch.valid.length; i++) {
    const h = batch.valid[i]!;
    const index = batch.validIndices[i]!;
    const key = householdKey(h, keyKind);
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, index);
      valid.push(h);
      validIndices.push(index);
      continue;
    }
    duplicates = true;
    const params = { path: 'code', key, firstIndex: first, firstRow: first + 1 };
    const code = 'vn.household.duplicate_code';
    rejected.push({
      index,
      row: input[index],
      issues: [
        {
          path: 'code',
          code,
          params,
          message: messageFor(code, params, locale, [HOUSEHOLD_MESSAGES, CORE_MESSAGES]),
        },
      ],
    });
  }
  if (duplicates) rejected.sort((a, b) => a.index - b.index);
  const rejectedByCode: Record<string, number> = {};
  for (const r of rejected) {
    for (const code of new Set(r.issues.map((i) => i.code)))
      rejectedByCode[code] = (rejectedByCode[code] ?? 0) + 1;
  }
  return { valid, validIndices, rejected, total: batch.total, rejectedByCode };
}

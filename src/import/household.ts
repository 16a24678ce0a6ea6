import { HouseholdSchema } from '../household/defaults';
import { HOUSEHOLD_FIELD_LABELS, HOUSEHOLD_MESSAGES } from '../household/messages';
import { type HouseholdDuplicateKey, householdKey } from '../household/parse';
import { createHouseholdSchema, type Household } from '../household/schema';
import type { PovertyStandard } from '../household/standards';
import {
  collectImport,
  type DomainImporter,
  type ImportOptions,
  type ImportResult,
  type ImportStream,
  streamImport,
  type TableSource,
} from './importer';
import type { ColumnMap } from './mapping';
import type { ImportSource } from './source';
import { readDateCell } from './values';

/**
 * Column mapping of poverty-review exports (ánh xạ cột danh sách rà soát hộ nghèo): both header rows
 * of the provincial poverty software's export — machine keys (`date`, `family.hostName`,
 * `family.code`, `family.coDanTocTaiCho`, `family.numberOfMembers`, `b1Point`, `b2Point`,
 * `classify`) and Vietnamese labels (`Thời gian rà soát`, `Chủ hộ`, `Mã hộ`, `Dân tộc tại chỗ`,
 * `Số nhân khẩu`, `Phiếu B1`, `Phiếu B2`, `Kết quả rà soát`) — plus the village, area and income
 * columns of household lists. `Phiếu B1` is score A (the income proxy), `Phiếu B2` score B.
 *
 * Source: `../shared/reference/real-data-models.md` §b.3–b.4.
 *
 * @example
 * HOUSEHOLD_COLUMN_MAP.fields.find((f) => f.field === 'scoreA')?.headers // => ['Phiếu B1', 'b1Point', 'Điểm B1', 'Điểm phiếu B1']
 */
export const HOUSEHOLD_COLUMN_MAP: ColumnMap = {
  domain: 'household',
  fields: [
    {
      field: 'code',
      kind: 'code',
      required: true,
      headers: ['Mã hộ', 'family.code', 'Mã hộ gia đình', 'Mã số hộ'],
    },
    { field: 'head', kind: 'string', headers: ['Chủ hộ', 'family.hostName', 'Họ tên chủ hộ', 'Tên chủ hộ'] },
    {
      field: 'village',
      kind: 'string',
      headers: ['Thôn', 'Thôn, tổ dân phố', 'Thôn/Tổ dân phố', 'Tổ dân phố', 'Ấp', 'Bản'],
    },
    {
      field: 'area',
      kind: 'label',
      labels: [
        ['Nông thôn', 'rural'],
        ['Thành thị', 'urban'],
        ['Đô thị', 'urban'],
        ['rural', 'rural'],
        ['urban', 'urban'],
      ],
      headers: ['Khu vực', 'Địa bàn', 'Nông thôn/Thành thị'],
    },
    {
      field: 'ethnicMinority',
      kind: 'boolean',
      headers: ['Dân tộc tại chỗ', 'family.coDanTocTaiCho', 'Hộ dân tộc thiểu số', 'DTTS'],
    },
    {
      field: 'memberCount',
      kind: 'integer',
      headers: ['Số nhân khẩu', 'family.numberOfMembers', 'Số khẩu', 'Nhân khẩu'],
    },
    {
      field: 'incomePerPerson',
      kind: 'number',
      headers: [
        'Thu nhập bình quân đầu người',
        'Thu nhập bình quân',
        'Thu nhập BQ/người/tháng',
        'Thu nhập bình quân đầu người/tháng',
      ],
    },
    {
      field: 'deprivationCount',
      kind: 'integer',
      headers: ['Tổng số thiếu hụt', 'Số chỉ số thiếu hụt', 'Số thiếu hụt'],
    },
    { field: 'reviewDate', kind: 'date', headers: ['Thời gian rà soát', 'date', 'Ngày rà soát'] },
    { field: 'scoreA', kind: 'integer', headers: ['Phiếu B1', 'b1Point', 'Điểm B1', 'Điểm phiếu B1'] },
    { field: 'scoreB', kind: 'integer', headers: ['Phiếu B2', 'b2Point', 'Điểm B2', 'Điểm phiếu B2'] },
    {
      field: 'recordedClass',
      kind: 'label',
      labels: [
        ['Hộ nghèo', 'Hộ nghèo'],
        ['Hộ cận nghèo', 'Hộ cận nghèo'],
        ['Hộ có mức sống trung bình', 'Hộ có mức sống trung bình'],
        ['Hộ không nghèo', 'Hộ không nghèo'],
        ['Nghèo', 'Hộ nghèo'],
        ['Cận nghèo', 'Hộ cận nghèo'],
        ['Không nghèo', 'Hộ không nghèo'],
      ],
      headers: ['Kết quả rà soát', 'classify', 'Phân loại', 'Kết quả phân loại'],
    },
  ],
};

/** Options of {@link importHouseholds} and {@link streamHouseholds}. */
export interface ImportHouseholdsOptions extends ImportOptions {
  /**
   * Area of every household when the file has no area column (the export is one file per
   * district, the area comes from its layout, not a column): `rural` (nông thôn) or `urban`.
   */
  readonly area?: 'rural' | 'urban';
  /** The village when the file has no village column (e.g. one sheet per village). */
  readonly village?: string;
  /**
   * Duplicate detection: `code-village-head` (default: mã hộ repeats across villages in real
   * exports), `code`, or `none`. A later duplicate is rejected with `vn.household.duplicate_code`.
   */
  readonly duplicateKey?: HouseholdDuplicateKey | 'none';
  /**
   * Standards review dates are checked against (default the national `POVERTY_STANDARDS`), as for
   * `createHouseholdSchema({ standards })`: e.g. a standard of yours for a period after the shipped
   * data, or the 2027–2030 one completed with `customPovertyStandard`.
   */
  readonly standards?: readonly PovertyStandard[];
}

function householdDomain(options: ImportHouseholdsOptions): DomainImporter<Household> {
  const keyKind = options.duplicateKey ?? 'code-village-head';
  if (keyKind !== 'none' && keyKind !== 'code' && keyKind !== 'code-village-head') {
    throw new RangeError(
      `[commune-kpi] duplicateKey must be 'code', 'code-village-head' or 'none', got ${JSON.stringify(keyKind)}.`,
    );
  }
  const seen = new Map<string, number>();
  const schema =
    options.standards === undefined
      ? HouseholdSchema
      : createHouseholdSchema({ standards: options.standards });
  return {
    columns: HOUSEHOLD_COLUMN_MAP,
    schema,
    catalogs: [HOUSEHOLD_MESSAGES],
    fields: [HOUSEHOLD_FIELD_LABELS],
    finish(input) {
      if (input.area === undefined && options.area !== undefined) input.area = options.area;
      if (input.village === undefined && options.village !== undefined) input.village = options.village;
      // `Phiếu A` and other "--" placeholders: an empty score is no score.
      for (const k of ['scoreA', 'scoreB'] as const) if (input[k] === '--') delete input[k];
      if (typeof input.reviewDate === 'string' && input.reviewDate.length !== 10) {
        const d = readDateCell(input.reviewDate);
        if (typeof d === 'string') input.reviewDate = d;
      }
    },
    afterValid(h, line) {
      if (keyKind === 'none') return undefined;
      const key = householdKey(h, keyKind);
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, line);
        return undefined;
      }
      // firstRow: the physical line of the first occurrence in the file.
      return {
        path: 'code',
        code: 'vn.household.duplicate_code',
        params: { key, firstRow: first, firstLine: first },
      };
    },
    fromObject(record) {
      return Object.hasOwn(record, 'code') && Object.hasOwn(record, 'area') ? schema : undefined;
    },
  };
}

/**
 * Stream households from a poverty-review export, batch by batch (nhập danh sách hộ rà soát):
 * CSV, JSON, JSON Lines or a spreadsheet read by `commune-kpi/node`, with its two header rows
 * (machine keys over Vietnamese labels) recognised. Rows are validated with `HouseholdSchema`;
 * a repeated household is rejected with `vn.household.duplicate_code` (see `duplicateKey`).
 *
 * @param source - Text, bytes, a stream, an iterable of chunks, or a {@link TableSource}.
 * @param options - Import options, the area and village for files without those columns, duplicate
 *   key, and the standards review dates are checked against.
 * @returns A stream of batches with a live summary.
 * @throws RangeError for an unknown `duplicateKey`, format or override field.
 * @example
 * const file = 'Mã hộ,Chủ hộ,Thôn,Thời gian rà soát,Phiếu B1,Phiếu B2,Kết quả rà soát\n' +
 *   '12,NGUYỄN VĂN A,Thôn 3,10/10/2024,110,40,Hộ nghèo\n' +
 *   '13,TRẦN THỊ B,Thôn 3,10/10/2024,150,10,Hộ cận nghèo\n' +
 *   '12,NGUYỄN VĂN A,Thôn 3,10/10/2024,110,40,Hộ nghèo\n'; // entered twice
 * const stream = streamHouseholds(file, { area: 'rural' }); // the file has no area column
 * const households: Household[] = [];
 * const codes: string[] = [];
 * for await (const b of stream) {
 *   households.push(...b.valid);
 *   for (const r of b.rejected) codes.push(...r.issues.map((i) => `${r.line} ${i.code}`));
 * }
 * households.map((h) => [h.code, h.scoreA, h.recordedClass]) // => [['12', 110, 'poor'], ['13', 150, 'near-poor']]
 * codes // => ['4 vn.household.duplicate_code']
 */
export function streamHouseholds(
  source: ImportSource | TableSource,
  options: ImportHouseholdsOptions = {},
): ImportStream<Household> {
  return streamImport(source, householdDomain(options), options);
}

/**
 * Import a whole poverty-review export (nhập danh sách hộ rà soát): see {@link streamHouseholds}.
 *
 * @param source - Text, bytes, a stream, an iterable of chunks, or a {@link TableSource}.
 * @param options - Import options, area, village, duplicate key.
 * @returns Rows, rejections and summary; `read === rows.length + rejections.length`.
 * @throws As {@link streamHouseholds}.
 * @example
 * const r = await importHouseholds('date,family.hostName,family.code,b1Point,b2Point,classify\n' +
 *   'Thời gian rà soát,Chủ hộ,Mã hộ,Phiếu B1,Phiếu B2,Kết quả rà soát\n' +
 *   '10/10/2024,NGUYỄN VĂN A,12,110,40,Hộ nghèo', { area: 'rural' });
 * r.rows[0] // => { code: '12', head: 'NGUYỄN VĂN A', area: 'rural', reviewDate: '2024-10-10', scoreA: 110, scoreB: 40, recordedClass: 'poor' }
 */
export function importHouseholds(
  source: ImportSource | TableSource,
  options: ImportHouseholdsOptions = {},
): Promise<ImportResult<Household>> {
  return collectImport(source, householdDomain(options), options);
}

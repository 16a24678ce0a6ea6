import { DEFAULT_ROSTER_SCHEMA_OPTIONS } from '../personnel/defaults';
import { PERSONNEL_MESSAGES } from '../personnel/messages';
import { PERSONNEL_POSITION_LISTS } from '../personnel/positions';
import { createRosterEntrySchema, type RosterEntry, type RosterSchemaOptions } from '../personnel/schema';
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

function positionLabels(): (readonly [string, string])[] {
  const out: (readonly [string, string])[] = [];
  for (const list of PERSONNEL_POSITION_LISTS) {
    for (const p of list.positions) {
      out.push([p.code, p.code]);
      out.push([p.title, p.code]);
    }
  }
  return out;
}

/**
 * Column mapping of commune personnel rosters (ánh xạ cột danh sách cán bộ, công chức): the
 * export of a party/personnel system (`STT`, `Họ tên`, `Giới tính`, `Năm sinh` — often holding a
 * full `dd/MM/yyyy` date —, `Dân tộc`, `Chức vụ`, `Mã thẻ Đảng`, `Ngày vào Đảng CT`) and the items
 * of the Sơ yếu lý lịch (mẫu 2C) rosters carry (`Trình độ chuyên môn`, `Lý luận chính trị`,
 * `Ngày bổ nhiệm`). `Chức vụ` is read as a post of the versioned lists (title or code); a roster
 * with one post per row fills the first assignment.
 *
 * Source: `../shared/reference/real-data-models.md` §c.2.
 *
 * @example
 * PERSONNEL_COLUMN_MAP.fields.find((f) => f.field === 'fullName')?.headers // => ['Họ tên', 'Họ và tên', 'Họ tên cán bộ']
 */
export const PERSONNEL_COLUMN_MAP: ColumnMap = {
  domain: 'personnel',
  fields: [
    {
      field: 'id',
      kind: 'code',
      required: true,
      headers: ['Mã cán bộ', 'Mã CB', 'Mã nhân sự', 'Số hiệu cán bộ', 'Số CCCD', 'STT', 'TT'],
    },
    { field: 'fullName', kind: 'string', required: true, headers: ['Họ tên', 'Họ và tên', 'Họ tên cán bộ'] },
    { field: 'sex', kind: 'string', required: true, headers: ['Giới tính', 'Nam/Nữ'] },
    { field: 'birthDate', kind: 'date', headers: ['Ngày sinh', 'Ngày, tháng, năm sinh'] },
    { field: 'birthYear', kind: 'integer', headers: ['Năm sinh'] },
    { field: 'ethnicity', kind: 'code', required: true, headers: ['Dân tộc'] },
    {
      field: 'qualification',
      kind: 'string',
      required: true,
      headers: [
        'Trình độ chuyên môn',
        'Trình độ chuyên môn nghiệp vụ',
        'Trình độ chuyên môn cao nhất',
        'Trình độ CM',
      ],
    },
    { field: 'field', kind: 'string', headers: ['Chuyên ngành', 'Chuyên ngành đào tạo'] },
    {
      field: 'politicalTheory',
      kind: 'string',
      required: true,
      headers: ['Lý luận chính trị', 'Trình độ lý luận chính trị', 'Trình độ LLCT', 'LLCT'],
    },
    { field: 'partyMember', kind: 'boolean', headers: ['Đảng viên', 'Là đảng viên', 'Đảng viên đảng CSVN'] },
    {
      field: 'partyJoinDate',
      kind: 'date',
      headers: ['Ngày vào Đảng', 'Ngày vào Đảng CT', 'Ngày vào Đảng chính thức'],
    },
    { field: 'partyCard', kind: 'code', headers: ['Mã thẻ Đảng', 'Số thẻ Đảng'] },
    {
      field: 'assignments.0.position',
      kind: 'label',
      required: true,
      labels: positionLabels(),
      headers: ['Chức vụ', 'Chức danh', 'Chức vụ hiện tại', 'Chức danh công chức'],
    },
    {
      field: 'assignments.0.start',
      kind: 'date',
      required: true,
      headers: ['Ngày bổ nhiệm', 'Ngày bổ nhiệm chức vụ hiện tại', 'Ngày nhận nhiệm vụ', 'Từ ngày'],
    },
    {
      field: 'assignments.0.end',
      kind: 'date',
      headers: ['Ngày thôi giữ chức vụ', 'Đến ngày', 'Ngày thôi việc'],
    },
  ],
};

/** Options of {@link importPersonnel} and {@link streamPersonnel}: the roster schema's options and the import options. */
export interface ImportPersonnelOptions extends ImportOptions, RosterSchemaOptions {}

function personnelDomain(options: ImportPersonnelOptions): DomainImporter<RosterEntry> {
  const { locale: _l, format: _f, columns: _c, ...rest } = options;
  const schemaOptions: RosterSchemaOptions = {
    ...(rest.asOf !== undefined ? { asOf: rest.asOf } : {}),
    ...(rest.positionLists !== undefined ? { positionLists: rest.positionLists } : {}),
    ...(rest.officeLists !== undefined ? { officeLists: rest.officeLists } : {}),
    ...(rest.unitKind !== undefined ? { unitKind: rest.unitKind } : {}),
    ...(rest.allowUnlistedDates !== undefined ? { allowUnlistedDates: rest.allowUnlistedDates } : {}),
    ...(rest.acceptUnverifiedPositions !== undefined
      ? { acceptUnverifiedPositions: rest.acceptUnverifiedPositions }
      : {}),
  };
  const schema = createRosterEntrySchema({ ...DEFAULT_ROSTER_SCHEMA_OPTIONS, ...schemaOptions });
  return {
    columns: PERSONNEL_COLUMN_MAP,
    schema,
    catalogs: [PERSONNEL_MESSAGES],
    finish(input, mapped) {
      // `Năm sinh` often holds a whole date (dd/MM/yyyy): read it as the birth date.
      if (typeof input.birthYear === 'string') {
        const d = readDateCell(input.birthYear);
        if (typeof d === 'string') {
          if (input.birthDate === undefined) input.birthDate = d;
          delete input.birthYear;
        }
      }
      // A party card number or join date means a member; with a party column present and empty, not one.
      const card = input.partyCard;
      delete input.partyCard;
      if (input.partyMember === undefined) {
        if (card !== undefined || input.partyJoinDate !== undefined) input.partyMember = true;
        else if (mapped.has('partyCard') || mapped.has('partyJoinDate')) input.partyMember = false;
      }
    },
    fromObject(record) {
      return Object.hasOwn(record, 'fullName') && Object.hasOwn(record, 'assignments') ? schema : undefined;
    },
  };
}

/**
 * Stream a personnel roster, batch by batch (nhập danh sách cán bộ, công chức): headers matched with
 * {@link PERSONNEL_COLUMN_MAP}, rows validated with the roster schema built from the options
 * (`asOf`, position lists, unit kind). Labels as exports write them (`Nữ`, `Thạc sỹ`, `H'Mông`) are
 * read by the schema itself.
 *
 * @param source - Text, bytes, a stream, an iterable of chunks, or a {@link TableSource}.
 * @param options - Import options and roster schema options.
 * @returns A stream of batches with a live summary.
 * @throws RangeError for an unknown format or override field.
 * @example
 * const file = 'STT;Họ tên;Giới tính;Năm sinh;Dân tộc;Trình độ chuyên môn;Lý luận chính trị;Mã thẻ Đảng;Chức vụ;Ngày bổ nhiệm\n' +
 *   '1;Nguyễn Thị B;Nữ;05/04/1985;Kinh;Đại học;Trung cấp;79.012345;Chủ tịch Ủy ban nhân dân;01/07/2025\n' +
 *   '2;Lê Văn C;Nam;1990;Kinh;Đại học;Sơ cấp;;Trưởng Phòng Kinh tế;01/07/2025\n' +
 *   '3;Phạm Văn D;Nam;1992;Kinh;Đại học;Sơ cấp;;Tư pháp - hộ tịch;01/08/2023\n';
 * const stream = streamPersonnel(file, { asOf: '2026-03-31' });
 * const roster: RosterEntry[] = [];
 * const codes: string[] = [];
 * for await (const b of stream) {
 *   roster.push(...b.valid);
 *   for (const r of b.rejected) codes.push(...r.issues.map((i) => i.code));
 * }
 * roster.map((e) => e.assignments[0]?.position) // => ['chu_tich_ubnd', 'kt.truong_phong']
 * codes // => ['vn.personnel.position_not_in_force']   (a commune title of before 1/7/2025)
 */
export function streamPersonnel(
  source: ImportSource | TableSource,
  options: ImportPersonnelOptions = {},
): ImportStream<RosterEntry> {
  return streamImport(source, personnelDomain(options), options);
}

/**
 * Import a whole personnel roster (nhập danh sách cán bộ): see {@link streamPersonnel}.
 *
 * @param source - Text, bytes, a stream, an iterable of chunks, or a {@link TableSource}.
 * @param options - Import options and roster schema options.
 * @returns Rows, rejections and summary; `read === rows.length + rejections.length`.
 * @throws As {@link streamPersonnel}.
 * @example
 * const r = await importPersonnel('STT;Họ tên;Giới tính;Năm sinh;Dân tộc;Trình độ chuyên môn;Lý luận chính trị;Mã thẻ Đảng;Chức vụ;Ngày bổ nhiệm\n' +
 *   '1;Nguyễn Thị B;Nữ;05/04/1985;Kinh;Đại học;Trung cấp;79.012345;Tư pháp - hộ tịch;01/08/2023', { asOf: '2024-06-14' });
 * r.rows[0]?.assignments[0]?.category // => 'cong_chuc'
 */
export function importPersonnel(
  source: ImportSource | TableSource,
  options: ImportPersonnelOptions = {},
): Promise<ImportResult<RosterEntry>> {
  return collectImport(source, personnelDomain(options), options);
}

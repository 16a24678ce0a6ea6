import { z } from 'zod';
import { typeError } from '../_lib/errors';
import { addDays, type LocalDate } from '../core/localDate';
import { LocalDateSchema } from '../core/schema';
import {
  ethnicGroupCode,
  type PoliticalTheoryLevel,
  politicalTheoryLevel,
  type QualificationLevel,
  qualificationLevel,
  STAFF_CATEGORIES,
  type StaffCategory,
  type StaffSex,
  staffSexCode,
} from './codes';
import { positionValidTo, unitHasOffice } from './in-force';
import type { CommuneOfficeList } from './offices';
import type { CommuneKind, StaffPositionList } from './positions';

/**
 * Why an assignment starts or ends (lý do bắt đầu / kết thúc nhiệm vụ): `recruitment` tuyển dụng,
 * `election` bầu cử, `appointment` bổ nhiệm, `rotation` luân chuyển, `transfer` điều động / chuyển
 * công tác, `retirement` nghỉ hưu, `resignation` thôi việc, `dismissal` buộc thôi việc,
 * `downsizing` tinh giản biên chế, `end_of_term` hết nhiệm kỳ, `reorganisation` sắp xếp tổ chức
 * bộ máy, `death` từ trần, `other` khác.
 *
 * @example
 * ASSIGNMENT_REASONS.includes('rotation') // => true
 */
export const ASSIGNMENT_REASONS = [
  'recruitment',
  'election',
  'appointment',
  'rotation',
  'transfer',
  'retirement',
  'resignation',
  'dismissal',
  'downsizing',
  'end_of_term',
  'reorganisation',
  'death',
  'other',
] as const;

/**
 * One of {@link ASSIGNMENT_REASONS}.
 *
 * @example
 * const r: AssignmentReason = 'rotation';
 * ASSIGNMENT_REASONS.indexOf(r) // => 3 (luân chuyển)
 */
export type AssignmentReason = (typeof ASSIGNMENT_REASONS)[number];

/**
 * Options of a roster check, as {@link parsePersonnel} and `importPersonnel` take them: the as-of
 * date, the unit, and optionally the lists (the built-in ones when absent). The options of
 * {@link createRosterEntrySchema} are these with the lists required
 * ({@link RosterEntrySchemaOptions}).
 *
 * @example
 * const schema = createRosterEntrySchema({ ...DEFAULT_ROSTER_SCHEMA_OPTIONS, asOf: '2024-06-14', unitKind: 'xa' });
 * const row = { id: 'cc-04', fullName: 'Lê Văn Tám', sex: 'Nam', birthYear: 1988, ethnicity: 'Kinh',
 *   qualification: 'Đại học', politicalTheory: 'Trung cấp', partyMember: true,
 *   assignments: [{ position: 'dia_chinh_xd_do_thi_mt', start: '2023-08-01' }] };
 * schema.safeParse(row).error?.issues[0]?.path // => ['assignments', 0, 'position'] (a phường and thị trấn title in a xã)
 * schema.safeParse({ ...row, assignments: [{ position: 'dia_chinh_nn_xd_mt', start: '2023-08-01' }] }).success // => true
 */
export interface RosterSchemaOptions {
  /**
   * The date the roster is taken (ngày báo cáo). Birth dates after it are rejected, and an open
   * assignment's post must still exist on it. Never read from the clock.
   */
  readonly asOf?: LocalDate;
  /**
   * Versioned position lists (danh mục chức danh); `parsePersonnel` and `importPersonnel` use
   * `DEFAULT_ROSTER_SCHEMA_OPTIONS.positionLists` (`PERSONNEL_POSITION_LISTS`) when absent.
   */
  readonly positionLists?: readonly StaffPositionList[];
  /**
   * Versioned office lists (danh mục phòng chuyên môn), which decide whether a post's office
   * exists in the unit; `parsePersonnel` and `importPersonnel` use
   * `DEFAULT_ROSTER_SCHEMA_OPTIONS.officeLists` (`COMMUNE_OFFICE_LISTS`) when absent.
   */
  readonly officeLists?: readonly CommuneOfficeList[];
  /** The kind of the commune, to reject posts it does not have (e.g. a phường title in a xã). */
  readonly unitKind?: CommuneKind;
  /**
   * With `unitKind: 'dac_khu'`: the đặc khu has Phòng Kinh tế, Hạ tầng và Đô thị instead of Phòng
   * Kinh tế — đặc khu Phú Quốc (Nghị định 150/2025/NĐ-CP). Default `false`: every other đặc khu has
   * Phòng Kinh tế, and a `ktht.*` post there is rejected (`vn.personnel.position_wrong_office`).
   * Ignored for xã and phường, whose office the decree fixes.
   */
  readonly infrastructureOffice?: boolean;
  /**
   * Apply the transitional extensions of the lists: commune-level non-specialised workers to
   * 30/05/2026 where the province kept them (Công văn 12/CV-BCĐ ngày 20/06/2025; Kết luận
   * 163-KL/TW), instead of the end of use on 31/07/2025 (Công văn 03/CV-BCĐ). Default `false`:
   * such a post after 31/07/2025 is rejected with `vn.personnel.position_ended_extendable`.
   */
  readonly applyExtensions?: boolean;
  /**
   * Accept an assignment no list covers at all (e.g. one that ended before 01/08/2023 when only
   * the default lists are given); its `category` must then be given. Default `false`: rejected
   * with `vn.personnel.no_position_list`.
   */
  readonly allowUnlistedDates?: boolean;
  /**
   * Accept posts marked `verified: false` in the lists (the village titles of Nghị định
   * 185/2026/NĐ-CP, read from a secondary source, or your own unverified posts). Default `false`:
   * rejected with `vn.personnel.position_unverified`.
   */
  readonly acceptUnverifiedPositions?: boolean;
}

/**
 * Options of {@link createRosterEntrySchema}: {@link RosterSchemaOptions} with the regulation
 * lists required, as arguments (the schema imports no list). The built-in ones are
 * `DEFAULT_ROSTER_SCHEMA_OPTIONS`: the posts of Nghị định 33/2023/NĐ-CP (to 30/06/2025) and of
 * Nghị định 150/2025/NĐ-CP, Công văn 03/CV-BCĐ (from 01/07/2025), and the offices of Nghị định
 * 150/2025/NĐ-CP.
 *
 * @example
 * const options: RosterEntrySchemaOptions = { ...DEFAULT_ROSTER_SCHEMA_OPTIONS, asOf: '2024-06-14' };
 * options.positionLists.length // => 2
 */
export interface RosterEntrySchemaOptions extends RosterSchemaOptions {
  /** Versioned position lists, searched by date (built-in: `PERSONNEL_POSITION_LISTS`). */
  readonly positionLists: readonly StaffPositionList[];
  /** Versioned office lists, searched by date (built-in: `COMMUNE_OFFICE_LISTS`). */
  readonly officeLists: readonly CommuneOfficeList[];
}

type Ctx = z.core.$RefinementCtx;

function issue(ctx: Ctx, input: unknown, path: PropertyKey[], params: Record<string, unknown>): void {
  ctx.issues.push({ code: 'custom', input, path, params });
}

function labelSchema<T extends string>(read: (s: string) => T | null, code: string, description: string) {
  return z
    .string()
    .meta({ description })
    .transform((s, ctx): T => {
      const v = read(s);
      if (v === null) {
        issue(ctx, s, [], { code, label: s });
        return z.NEVER;
      }
      return v;
    });
}

/** The later of two `YYYY-MM-DD` dates (string comparison, not `Math.max`). */
function laterDate(a: LocalDate, b: LocalDate): LocalDate {
  return a < b ? b : a;
}

function assignmentSchema(options: RosterEntrySchemaOptions) {
  const lists = options.positionLists;
  const offices = options.officeLists;
  const ext = options.applyExtensions === true;
  const unit =
    options.unitKind === undefined
      ? undefined
      : { kind: options.unitKind, infrastructureOffice: options.infrastructureOffice === true };
  return z
    .object({
      /** Post code (mã chức danh / vị trí việc làm) in the list in force on the assignment's dates. */
      position: z
        .string()
        .min(1)
        .meta({ description: 'Mã chức danh / vị trí việc làm trong danh mục áp dụng tại ngày đó.' }),
      /** The exact title, e.g. a non-specialised post set by the province (tên chức danh cụ thể). */
      title: z
        .string()
        .optional()
        .meta({ description: 'Tên chức danh cụ thể (ví dụ chức danh không chuyên trách do tỉnh quy định).' }),
      /** Staff category (phân loại), resolved from the post; when given it must match. */
      category: z
        .enum(STAFF_CATEGORIES)
        .optional()
        .meta({ description: 'Phân loại; nếu có phải khớp chức danh.' }),
      /** A concurrent post (kiêm nhiệm): never the main post, may overlap another. */
      concurrent: z
        .boolean()
        .default(false)
        .meta({ description: 'Kiêm nhiệm (không tính là chức danh chính).' }),
      /** First day in the post (ngày bắt đầu), `YYYY-MM-DD`. */
      start: LocalDateSchema.meta({ description: 'Ngày bắt đầu đảm nhiệm.' }),
      /** Last day in the post, inclusive (ngày kết thúc); absent while still in post. */
      end: LocalDateSchema.optional().meta({ description: 'Ngày cuối cùng đảm nhiệm (tính cả ngày này).' }),
      /** Why the assignment starts (lý do bắt đầu). */
      startReason: z.enum(ASSIGNMENT_REASONS).optional().meta({ description: 'Lý do bắt đầu.' }),
      /** Why the assignment ends (lý do kết thúc). */
      endReason: z.enum(ASSIGNMENT_REASONS).optional().meta({ description: 'Lý do kết thúc.' }),
      /** The unit rotated or transferred from or to (đơn vị luân chuyển đến/đi). */
      otherUnit: z.string().optional().meta({ description: 'Đơn vị luân chuyển, điều động đến hoặc đi.' }),
      /** The thôn or tổ dân phố of a village worker. */
      village: z
        .string()
        .optional()
        .meta({ description: 'Thôn, tổ dân phố (người hoạt động không chuyên trách ở thôn).' }),
    })
    .transform((a, ctx) => {
      const { position, start, end } = a;
      if (end !== undefined && end < start) {
        issue(ctx, a, ['end'], { code: 'vn.personnel.end_before_start', position, start, end });
        return z.NEVER;
      }
      // The span to check: to the end, or to the as-of date for an open post.
      const last = end ?? (options.asOf !== undefined && options.asOf > start ? options.asOf : start);
      let category: StaffCategory | undefined;
      let covered = false;
      let known = false;
      for (const l of lists) if (l.positions.some((p) => p.code === position)) known = true;
      for (const list of lists) {
        const from = laterDate(start, list.effectiveFrom);
        const to = list.effectiveTo !== undefined && list.effectiveTo < last ? list.effectiveTo : last;
        if (from > to) continue;
        covered = true;
        const p = list.positions.find((x) => x.code === position);
        if (p === undefined) {
          issue(ctx, position, ['position'], {
            code: known ? 'vn.personnel.position_not_in_force' : 'vn.personnel.unknown_position',
            position,
            date: from,
          });
          return z.NEVER;
        }
        if (p.validFrom !== undefined && p.validFrom > from) {
          issue(ctx, position, ['position'], {
            code: 'vn.personnel.position_not_in_force',
            position,
            date: from,
          });
          return z.NEVER;
        }
        const validTo = positionValidTo(p, ext);
        if (validTo !== undefined && validTo < to) {
          const e = p.extension;
          if (!ext && p.validTo !== undefined && e !== undefined && e.validTo >= to) {
            issue(ctx, position, ['position'], {
              code: 'vn.personnel.position_ended_extendable',
              position,
              date: addDays(p.validTo, 1),
              basis: p.basis ?? list.basis,
              extendedTo: e.validTo,
              extensionBasis: e.basis,
            });
          } else {
            issue(ctx, position, ['position'], {
              code: 'vn.personnel.position_not_in_force',
              position,
              date: addDays(validTo, 1),
            });
          }
          return z.NEVER;
        }
        if (!p.verified && options.acceptUnverifiedPositions !== true) {
          issue(ctx, position, ['position'], {
            code: 'vn.personnel.position_unverified',
            position,
            basis: list.id,
          });
          return z.NEVER;
        }
        if (
          options.unitKind !== undefined &&
          p.unitKinds !== undefined &&
          !p.unitKinds.includes(options.unitKind)
        ) {
          issue(ctx, position, ['position'], {
            code: 'vn.personnel.position_wrong_unit_kind',
            position,
            unitKind: options.unitKind,
          });
          return z.NEVER;
        }
        if (
          unit !== undefined &&
          p.office !== undefined &&
          unitHasOffice(p.office, unit, from, offices) === false
        ) {
          issue(ctx, position, ['position'], {
            code: 'vn.personnel.position_wrong_office',
            position,
            office: p.office,
            unitKind: unit.kind,
          });
          return z.NEVER;
        }
        if (p.concurrentOnly === true && !a.concurrent) {
          issue(ctx, position, ['concurrent'], {
            code: 'vn.personnel.position_concurrent_only',
            position,
          });
          return z.NEVER;
        }
        category = p.category;
      }
      if (!covered && !(options.allowUnlistedDates === true && a.category !== undefined)) {
        issue(ctx, a, ['position'], { code: 'vn.personnel.no_position_list', position, start, end: last });
        return z.NEVER;
      }
      if (category !== undefined && a.category !== undefined && a.category !== category) {
        issue(ctx, a.category, ['category'], {
          code: 'vn.personnel.category_mismatch',
          category: a.category,
          position,
          expected: category,
        });
        return z.NEVER;
      }
      const resolved = (category ?? a.category) as StaffCategory;
      return {
        ...a,
        /** Staff category (phân loại) of the post. */
        category: resolved,
      };
    });
}

function buildRosterEntrySchema(options: RosterEntrySchemaOptions) {
  if (!Array.isArray(options?.positionLists) || !Array.isArray(options.officeLists))
    typeError(
      'createRosterEntrySchema needs { positionLists, officeLists }, e.g. { ...DEFAULT_ROSTER_SCHEMA_OPTIONS, asOf }.',
    );
  const asOf = options.asOf;
  return z
    .object({
      /** Identifier in the roster (mã cán bộ). */
      id: z.string().min(1).meta({ description: 'Mã cán bộ trong danh sách.' }),
      /** Full name (họ và tên). */
      fullName: z.string().min(1).meta({ description: 'Họ và tên.' }),
      /** Sex (giới tính): `nam` or `nu`. */
      sex: labelSchema<StaffSex>(staffSexCode, 'vn.personnel.unknown_sex', 'Giới tính: Nam/Nữ (nam/nu).'),
      /** Birth date (ngày sinh), when known. */
      birthDate: LocalDateSchema.optional().meta({ description: 'Ngày sinh (nếu biết).' }),
      /** Birth year (năm sinh); filled from `birthDate` when only the date is given. */
      birthYear: z
        .int()
        .min(1900)
        .max(2200)
        .optional()
        .meta({ description: 'Năm sinh (bắt buộc nếu không có ngày sinh).' }),
      /** Ethnic group code 1–54 (mã dân tộc). */
      ethnicity: z
        .union([z.number(), z.string()])
        .meta({ description: 'Dân tộc: mã 1–54 hoặc tên.' })
        .transform((v, ctx): number => {
          const c = ethnicGroupCode(v);
          if (c === null) {
            issue(ctx, v, [], { code: 'vn.personnel.unknown_ethnicity', label: String(v) });
            return z.NEVER;
          }
          return c;
        }),
      /** Highest professional qualification (trình độ chuyên môn). */
      qualification: labelSchema<QualificationLevel>(
        qualificationLevel,
        'vn.personnel.unknown_qualification',
        'Trình độ chuyên môn cao nhất: tiến sĩ, thạc sĩ, đại học, cao đẳng, trung cấp, sơ cấp, chưa qua đào tạo (nhận cả nhãn cũ).',
      ),
      /** Field of study (chuyên ngành). */
      field: z.string().optional().meta({ description: 'Chuyên ngành đào tạo.' }),
      /** Political-theory level (trình độ lý luận chính trị). */
      politicalTheory: labelSchema<PoliticalTheoryLevel>(
        politicalTheoryLevel,
        'vn.personnel.unknown_political_theory',
        'Trình độ lý luận chính trị: cao cấp, cử nhân, trung cấp, sơ cấp, chưa qua đào tạo.',
      ),
      /** Member of the Communist Party of Viet Nam (đảng viên). */
      partyMember: z.boolean().meta({ description: 'Đảng viên Đảng Cộng sản Việt Nam.' }),
      /** Date of joining the Party (ngày vào Đảng). */
      partyJoinDate: LocalDateSchema.optional().meta({ description: 'Ngày vào Đảng.' }),
      /** Posts held, with their dates (quá trình công tác). */
      assignments: z.array(assignmentSchema(options)).min(1),
    })
    .transform((p, ctx) => {
      let ok = true;
      let birthYear = p.birthYear;
      if (p.birthDate !== undefined) {
        const y = Number(p.birthDate.slice(0, 4));
        if (birthYear !== undefined && birthYear !== y) {
          issue(ctx, birthYear, ['birthYear'], {
            code: 'vn.personnel.birth_year_mismatch',
            birthYear,
            birthDate: p.birthDate,
          });
          ok = false;
        }
        birthYear = y;
      }
      if (birthYear === undefined) {
        issue(ctx, p, ['birthDate'], { code: 'vn.personnel.birth_missing' });
        return z.NEVER;
      }
      if (asOf !== undefined) {
        const future = p.birthDate !== undefined ? p.birthDate > asOf : birthYear > Number(asOf.slice(0, 4));
        if (future) {
          const birth = p.birthDate ?? String(birthYear);
          issue(ctx, birth, [p.birthDate !== undefined ? 'birthDate' : 'birthYear'], {
            code: 'vn.personnel.birth_in_future',
            birth,
            asOf,
          });
          ok = false;
        }
      }
      if (p.partyJoinDate !== undefined && !p.partyMember) {
        issue(ctx, p.partyJoinDate, ['partyJoinDate'], {
          code: 'vn.personnel.party_date_without_membership',
          date: p.partyJoinDate,
        });
        ok = false;
      }
      if (p.partyJoinDate !== undefined && asOf !== undefined && p.partyJoinDate > asOf) {
        issue(ctx, p.partyJoinDate, ['partyJoinDate'], {
          code: 'vn.personnel.party_date_in_future',
          date: p.partyJoinDate,
          asOf,
        });
        ok = false;
      }
      // Main (non-concurrent) posts must not overlap: sort by start, keep the one reaching furthest.
      const main = p.assignments
        .map((a, i) => ({ a, i }))
        .filter((x) => !x.a.concurrent)
        .sort((x, y) => (x.a.start < y.a.start ? -1 : x.a.start > y.a.start ? 1 : x.i - y.i));
      let open: { a: (typeof p.assignments)[number]; i: number } | undefined;
      for (const x of main) {
        if (open !== undefined && (open.a.end === undefined || x.a.start <= open.a.end)) {
          issue(ctx, x.a.position, ['assignments', x.i], {
            code: 'vn.personnel.overlapping_posts',
            first: open.a.position,
            firstStart: open.a.start,
            second: x.a.position,
            secondStart: x.a.start,
          });
          ok = false;
        }
        if (
          open === undefined ||
          (open.a.end !== undefined && (x.a.end === undefined || x.a.end > open.a.end))
        )
          open = x;
      }
      if (!ok) return z.NEVER;
      return {
        ...p,
        /** Birth year (năm sinh), from `birthDate` when given. */
        birthYear,
      };
    });
}

/**
 * Build the roster-entry schema with an as-of date and the position and office lists as
 * arguments (lược đồ hồ sơ cán bộ). `RosterEntrySchema` is this with
 * `DEFAULT_ROSTER_SCHEMA_OPTIONS` and no as-of date; pass your own lists to validate a post the
 * built-in lists do not know (a post the province sets, a list after the shipped data).
 *
 * Checks, each a custom issue with a `vn.personnel.*` code: an end date before its start; a post
 * that does not exist on a date of the assignment, in the commune's kind, or in its offices (a
 * Phòng Kinh tế, Hạ tầng và Đô thị post in a xã or in a đặc khu other than Phú Quốc); a
 * commune-level non-specialised post after 31/07/2025 (`vn.personnel.position_ended_extendable`,
 * unless `applyExtensions`); a post only held concurrently given as a main post; two overlapping
 * main posts (a concurrent post, kiêm nhiệm, must say `concurrent: true`); a party-joining date for
 * a non-member or after `asOf`; an unknown qualification, political-theory, ethnicity or sex label;
 * a missing birth date and year, a year that contradicts the date, or a birth after `asOf`.
 *
 * Legal basis: Nghị định 33/2023/NĐ-CP (posts to 30/06/2025); Nghị định 150/2025/NĐ-CP, Nghị định
 * 118/2025/NĐ-CP, Công văn 03/CV-BCĐ (from 01/07/2025).
 *
 * @param options - The position and office lists (required), as-of date, unit kind.
 * @returns A zod schema whose output is a {@link RosterEntry}.
 * @throws TypeError if `positionLists` or `officeLists` is not an array.
 * @example
 * const schema = createRosterEntrySchema({ ...DEFAULT_ROSTER_SCHEMA_OPTIONS, asOf: '2024-06-14' });
 * const person = { id: 'cb-03', fullName: 'Phạm Thị Lan', sex: 'Nữ', ethnicity: 'Kinh', qualification: 'Thạc sỹ',
 *   politicalTheory: 'Cao cấp', partyMember: true, assignments: [{ position: 'pho_chu_tich_hdnd', start: '2021-07-01' }] };
 * schema.safeParse({ ...person, birthDate: '1985-04-30' }).success // => true
 * schema.safeParse({ ...person, birthDate: '2030-01-01' }).success // => false (vn.personnel.birth_in_future)
 */
export function createRosterEntrySchema(
  options: RosterEntrySchemaOptions,
): z.ZodType<RosterEntry, RosterEntryInput> {
  return buildRosterEntrySchema(options);
}

/**
 * A parsed roster entry: the output of {@link RosterEntrySchema}.
 *
 * @example
 * const p: RosterEntry = RosterEntrySchema.parse({ id: 'cc-01', fullName: 'Nguyễn Văn An', sex: 'nam',
 *   birthDate: '1985-09-02', ethnicity: 1, qualification: 'dai_hoc', politicalTheory: 'trung_cap',
 *   partyMember: true, assignments: [{ position: 'tu_phap_ho_tich', start: '2023-08-01' }] });
 * p.birthYear // => 1985 (filled from birthDate when only the date is given)
 */
export interface RosterEntry extends z.output<ReturnType<typeof buildRosterEntrySchema>> {}

/**
 * A roster row as it may be given to {@link RosterEntrySchema} (before labels are mapped to codes).
 *
 * @example
 * const row: RosterEntryInput = { id: 'cc-01', fullName: 'Nguyễn Văn A', sex: 'Nam', birthYear: 1985,
 *   ethnicity: 'Kinh', qualification: 'Đại học', politicalTheory: 'Trung cấp', partyMember: true,
 *   assignments: [{ position: 'tu_phap_ho_tich', start: '2023-08-01' }] };
 * const p = RosterEntrySchema.parse(row);
 * [p.sex, p.ethnicity, p.qualification, p.politicalTheory] // => ['nam', 1, 'dai_hoc', 'trung_cap']
 */
export interface RosterEntryInput extends z.input<ReturnType<typeof buildRosterEntrySchema>> {}

/**
 * One assignment of a {@link RosterEntry} (nhiệm vụ, chức danh đảm nhiệm), with its resolved category.
 *
 * @example
 * const a: StaffAssignment | undefined = RosterEntrySchema.parse({ id: 'cc-01', fullName: 'Nguyễn Văn An',
 *   sex: 'Nam', birthYear: 1985, ethnicity: 'Kinh', qualification: 'Đại học', politicalTheory: 'Trung cấp',
 *   partyMember: true, assignments: [{ position: 'tu_phap_ho_tich', start: '2023-08-01' }] }).assignments[0];
 * a // => { position: 'tu_phap_ho_tich', category: 'cong_chuc', concurrent: false, start: '2023-08-01' }
 */
export type StaffAssignment = RosterEntry['assignments'][number];

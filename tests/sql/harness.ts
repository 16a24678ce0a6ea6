/**
 * The equality property shared by the DuckDB and PostgreSQL tests: random dossiers — every
 * status, outcomes, re-appointments, timestamps near midnight in Vietnam with and without
 * offsets, rows that break a rule — are loaded into a table in a random storage form (text in
 * ISO or export forms, DATE, TIMESTAMP, TIMESTAMPTZ), tallied in SQL, and compared with
 * `tallyDossiers` / `tallyDossiersBy` on the rows `DossierSchema` accepts. The SQL's rejected
 * count must equal the rows the schema rejects.
 */
import fc from 'fast-check';
import { addDays, fromEpochDay, toEpochDay, toVietnamMinutes } from '../../src/core/localDate';
import { deriveDossierStatus } from '../../src/dossier/rules';
import { type Dossier, DossierSchema } from '../../src/dossier/schema';
import {
  type DossierGroup,
  type DossierGroupDimension,
  type DossierTally,
  tallyDossiers,
  tallyDossiersBy,
} from '../../src/dossier/tally';
import type { DossierColumnMapping, SqlDateKind, SqlDialect } from '../../src/sql/index';

const STATUSES = [
  'registered',
  'accepted',
  'refused',
  'processing',
  'awaiting_supplement',
  'awaiting_payment',
  'withdrawal_requested',
  'stopped',
  'resolved',
  'returned',
] as const;
const CODES: Record<string, string> = Object.fromEntries(STATUSES.map((s, i) => [s, String(i + 1)]));

/** A point in time around a base day: a bare date, or a time near midnight in some offset. */
const instantArb = (baseDay: number) =>
  fc
    .record({
      shift: fc.integer({ min: -1, max: 1 }),
      form: fc.constantFrom('date', 'naive', 'Z', '+07:00', '-05:00', '+0930'),
      minute: fc.oneof(
        fc.integer({ min: 0, max: 1439 }),
        fc.integer({ min: 0, max: 90 }),
        fc.integer({ min: 1350, max: 1439 }),
      ),
    })
    .map(({ shift, form, minute }) => {
      const d = fromEpochDay(baseDay + shift);
      if (form === 'date') return d;
      const hh = String(Math.floor(minute / 60)).padStart(2, '0');
      const mm = String(minute % 60).padStart(2, '0');
      return `${d}T${hh}:${mm}:${minute % 7 === 0 ? '00.5' : '00'}${form === 'naive' ? '' : form}`;
    });

/** Mostly valid, sometimes breaking a rule: `bad` in about one case out of `1 / p`. */
const mostly = <T>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<T>): fc.Arbitrary<T> =>
  fc.oneof({ arbitrary: good, weight: 12 }, { arbitrary: bad, weight: 1 });

/**
 * A raw dossier (before validation). Most are valid; about one in ten breaks a rule (a date before
 * receipt, a return before the finish, a second re-appointment, an outcome with a finish…).
 */
export const rawDossierArb = (periodStart: number) =>
  fc
    .record({
      receivedDay: fc.integer({ min: periodStart - 45, max: periodStart + 100 }),
      dueAfter: mostly(fc.integer({ min: 0, max: 15 }), fc.constant(-1)),
      end: mostly(
        fc.constantFrom('open', 'finish', 'finish+return', 'return', 'outcome', 'outcome+return'),
        fc.constant('mixed'),
      ),
      finishAfterDue: mostly(fc.integer({ min: -6, max: 8 }), fc.constant(-99)),
      returnAfterFinish: mostly(fc.integer({ min: 0, max: 5 }), fc.constant(-1)),
      outcome: fc.constantFrom('refused', 'withdrawn', 'stopped'),
      outcomeDated: mostly(fc.constant(1), fc.constant(0)),
      reappointAfterDue: fc.option(mostly(fc.integer({ min: 1, max: 10 }), fc.constant(0)), {
        nil: undefined,
      }),
      reappointCount: mostly(fc.constant(1), fc.constant(2)),
      status: fc.constantFrom(...STATUSES),
      channel: fc.constantFrom('direct', 'online', 'postal'),
      unit: fc.constantFrom('UBND xã A', 'UBND xã B', 'UBND phường "C"'),
      receivingUnit: fc.option(fc.constantFrom('TT PVHCC tỉnh', 'UBND xã A'), { nil: undefined }),
      fieldCode: fc.option(fc.constantFrom('HT', 'CT'), { nil: undefined }),
      procedureCode: fc.option(fc.constantFrom('1.001612', '2.000001'), { nil: undefined }),
      seed: fc.integer({ min: 0, max: 1e6 }),
    })
    .chain((r) => {
      // Finish around the due date (early, on time, late), or (rarely) the day before receipt.
      const fin =
        r.finishAfterDue === -99
          ? r.receivedDay - 1
          : r.receivedDay + Math.max(0, r.dueAfter + r.finishAfterDue);
      return fc
        .record({
          receivedAt: instantArb(r.receivedDay),
          finishedAt: instantArb(fin),
          returnedAt: instantArb(fin + r.returnAfterFinish),
          outcomeAt: instantArb(fin),
        })
        .map((t) => {
          const due = fromEpochDay(r.receivedDay + r.dueAfter);
          const d: Record<string, unknown> = {
            code: `H${r.seed}`,
            unit: r.unit,
            channel: r.channel,
            status: r.status,
            receivedAt: t.receivedAt,
            dueDate: due,
          };
          if (r.receivingUnit !== undefined) d.receivingUnit = r.receivingUnit;
          if (r.fieldCode !== undefined) d.fieldCode = r.fieldCode;
          if (r.procedureCode !== undefined) d.procedureCode = r.procedureCode;
          const e = r.end;
          if (e === 'finish' || e === 'finish+return' || e === 'mixed') d.finishedAt = t.finishedAt;
          if (e === 'finish+return' || e === 'return' || e === 'outcome+return' || e === 'mixed')
            d.returnedAt = t.returnedAt;
          if (e === 'outcome' || e === 'outcome+return' || e === 'mixed') {
            d.outcome = r.outcome;
            if (r.outcomeDated === 1) d.outcomeAt = t.outcomeAt;
          }
          if (r.reappointAfterDue !== undefined) {
            const first = addDays(due, r.reappointAfterDue);
            d.reappointments = r.reappointCount === 1 ? [first] : [first, addDays(first, 3)];
          }
          return d;
        });
    });

const DATE_COLUMNS = [
  'receivedAt',
  'dueDate',
  'reappointedAt',
  'finishedAt',
  'returnedAt',
  'outcomeAt',
] as const;
type DateColumn = (typeof DATE_COLUMNS)[number];

/** How one run stores its table. */
export interface StorageForm {
  /** Kind of each date column. */
  readonly kinds: Record<DateColumn, SqlDateKind>;
  /** For text columns: ISO as the dossier holds it, or an export form. */
  readonly textForm: 'iso' | 'dmy' | 'compact';
  /** Status as names, national codes or labels; `none` leaves the column out (derived). */
  readonly statusForm: 'name' | 'code' | 'none';
  /** Channel as names or codes. */
  readonly channelForm: 'name' | 'code';
}

export const storageArb: fc.Arbitrary<StorageForm> = fc.record({
  kinds: fc.record({
    receivedAt: fc.constantFrom<SqlDateKind>('text', 'timestamptz', 'timestamp'),
    dueDate: fc.constantFrom<SqlDateKind>('text', 'date'),
    reappointedAt: fc.constantFrom<SqlDateKind>('text', 'date'),
    finishedAt: fc.constantFrom<SqlDateKind>('text', 'timestamptz', 'date'),
    returnedAt: fc.constantFrom<SqlDateKind>('text', 'timestamptz', 'timestamp'),
    outcomeAt: fc.constantFrom<SqlDateKind>('text', 'timestamptz', 'date'),
  }),
  textForm: fc.constantFrom('iso', 'dmy', 'compact'),
  statusForm: fc.constantFrom('name', 'code', 'none'),
  channelForm: fc.constantFrom('name', 'code'),
});

/** Vietnam local `[date, HH:mm:ss]` of a date or timestamp. */
function vnLocal(v: string): [string, string] {
  const m = toVietnamMinutes(v);
  const day = Math.floor(m / 1440);
  const rest = m - day * 1440;
  return [
    fromEpochDay(day),
    `${String(Math.floor(rest / 60)).padStart(2, '0')}:${String(rest % 60).padStart(2, '0')}:00`,
  ];
}

/** The SQL literal of a date value in a column of `kind`. */
function dateLiteral(v: string | undefined, kind: SqlDateKind, form: StorageForm['textForm']): string {
  if (v === undefined) return 'NULL';
  const q = (s: string) => `'${s.replaceAll("'", "''")}'`;
  const [d, t] = vnLocal(v);
  switch (kind) {
    case 'date':
      return `CAST(${q(d)} AS DATE)`;
    case 'timestamp':
      return `CAST(${q(`${d} ${t}`)} AS TIMESTAMP)`;
    case 'timestamptz': {
      // An explicit offset, so the session's time zone never matters.
      const iso =
        v.length === 10 ? `${v}T00:00:00+07:00` : /[zZ]|[+-]\d{2}:?\d{2}$/.test(v) ? v : `${v}+07:00`;
      return `CAST(${q(iso)} AS TIMESTAMPTZ)`;
    }
    default: {
      if (form === 'iso') return q(v);
      const [y, mo, dd] = d.split('-') as [string, string, string];
      const dateOnly = v.length === 10;
      if (form === 'dmy') return q(dateOnly ? `${dd}/${mo}/${y}` : `${dd}/${mo}/${y} ${t.slice(0, 5)}`);
      return q(dateOnly ? `${y}${mo}${dd}` : `${y}${mo}${dd}${t.slice(0, 2)}${t.slice(3, 5)}`);
    }
  }
}

const SQL_TYPE: Record<SqlDateKind, string> = {
  text: 'TEXT',
  date: 'DATE',
  timestamp: 'TIMESTAMP',
  timestamptz: 'TIMESTAMPTZ',
};

/** Column names of the test table: deliberately awkward, as real exports are. */
const COL: Record<string, string> = {
  code: 'Mã hồ sơ',
  unit: 'Đơn vị',
  receivingUnit: 'Đơn vị tiếp nhận',
  fieldCode: 'Mã "lĩnh vực"',
  procedureCode: 'MaTTHC',
  channel: 'Kênh',
  status: 'Trạng thái',
  receivedAt: 'Ngày tiếp nhận',
  dueDate: 'Ngày hẹn trả',
  reappointedAt: 'Ngày hẹn lại',
  reappointmentCount: 'Số lần hẹn lại',
  finishedAt: 'Ngày kết thúc xử lý',
  returnedAt: 'Ngày trả',
  outcome: 'Kết thúc',
  outcomeAt: 'Ngày kết thúc không kết quả',
};

const qi = (s: string) => `"${s.replaceAll('"', '""')}"`;

/** `CREATE TABLE` and `INSERT` statements for the raw dossiers in a storage form. */
export function tableSql(
  table: string,
  raws: readonly Record<string, unknown>[],
  form: StorageForm,
  temp: boolean,
): string[] {
  const cols: [string, string][] = [
    [COL.code!, 'TEXT'],
    [COL.unit!, 'TEXT'],
    [COL.receivingUnit!, 'TEXT'],
    [COL.fieldCode!, 'TEXT'],
    [COL.procedureCode!, 'TEXT'],
    [COL.channel!, 'TEXT'],
    [COL.status!, 'TEXT'],
    ...DATE_COLUMNS.map((c) => [COL[c]!, SQL_TYPE[form.kinds[c]]] as [string, string]),
    [COL.reappointmentCount!, 'INTEGER'],
    [COL.outcome!, 'TEXT'],
  ];
  const out = [
    `CREATE ${temp ? 'TEMP ' : ''}TABLE ${qi(table)} (${cols.map(([n, t]) => `${qi(n)} ${t}`).join(', ')})`,
  ];
  const q = (s: unknown) => (s === undefined ? 'NULL' : `'${String(s).replaceAll("'", "''")}'`);
  const rows = raws.map((r) => {
    const re = r.reappointments as string[] | undefined;
    const values: Record<DateColumn, string | undefined> = {
      receivedAt: r.receivedAt as string,
      dueDate: r.dueDate as string,
      reappointedAt: re?.[0],
      finishedAt: r.finishedAt as string | undefined,
      returnedAt: r.returnedAt as string | undefined,
      outcomeAt: r.outcomeAt as string | undefined,
    };
    const status = form.statusForm === 'code' ? CODES[r.status as string] : r.status;
    const channel =
      form.channelForm === 'code'
        ? String(['direct', 'online', 'postal'].indexOf(r.channel as string) + 1)
        : r.channel;
    return `(${[
      q(r.code),
      q(r.unit),
      q(r.receivingUnit),
      q(r.fieldCode),
      q(r.procedureCode),
      q(channel),
      form.statusForm === 'none' ? 'NULL' : q(status),
      ...DATE_COLUMNS.map((c) => dateLiteral(values[c], form.kinds[c], form.textForm)),
      re === undefined ? 'NULL' : String(re.length),
      q(r.outcome),
    ].join(', ')})`;
  });
  for (let i = 0; i < rows.length; i += 500)
    out.push(`INSERT INTO ${qi(table)} VALUES ${rows.slice(i, i + 500).join(', ')}`);
  return out;
}

/** The column mapping of the test table. */
export function mappingOf(form: StorageForm): DossierColumnMapping {
  const m: Record<string, unknown> = {
    code: COL.code,
    unit: COL.unit,
    receivingUnit: COL.receivingUnit,
    fieldCode: COL.fieldCode,
    procedureCode: COL.procedureCode,
    channel: COL.channel,
    reappointmentCount: COL.reappointmentCount,
    outcome: COL.outcome,
  };
  if (form.statusForm !== 'none') m.status = COL.status;
  for (const c of DATE_COLUMNS) m[c] = { name: COL[c]!, kind: form.kinds[c] };
  return m as DossierColumnMapping;
}

/** What `tallyDossiers` says: the valid dossiers' tally and groups, and how many were rejected. */
export function expected(
  raws: readonly Record<string, unknown>[],
  form: StorageForm,
  period: { start: string; end: string },
  by: readonly DossierGroupDimension[],
  reappointment: 'original' | 'reappointed',
): { total: DossierTally; groups: DossierGroup[]; rejected: number } {
  const valid: Dossier[] = [];
  for (const r0 of raws) {
    const r = { ...r0 };
    if (form.statusForm === 'none') {
      const s = deriveDossierStatus(
        r.finishedAt !== undefined,
        r.returnedAt !== undefined,
        r.outcome !== undefined && r.outcomeAt !== undefined,
        (r.outcome as 'refused' | 'withdrawn' | 'stopped' | undefined) ?? 'stopped',
      );
      r.status = s.status;
    }
    const p = DossierSchema.safeParse(r);
    if (p.success) valid.push(p.data);
  }
  const p = { kind: 'custom' as const, start: period.start, end: period.end, label: '' };
  return {
    total: tallyDossiers(valid, p, { reappointment }),
    groups: by.length === 0 ? [] : tallyDossiersBy(valid, p, { by, reappointment }),
    rejected: raws.length - valid.length,
  };
}

/** One random case: a period, the dossiers, a storage form, dimensions and the rule. */
export const caseArb = fc
  .record({
    startDay: fc.integer({ min: toEpochDay('2025-06-01'), max: toEpochDay('2026-06-01') }),
    length: fc.constantFrom(0, 1, 27, 30, 89, 180),
    form: storageArb,
    by: fc.subarray(
      ['unit', 'receivingUnit', 'handlingUnit', 'field', 'procedure', 'channel', 'month'] as const,
      {
        maxLength: 3,
      },
    ),
    reappointment: fc.constantFrom('original', 'reappointed' as const),
  })
  .chain((c) =>
    fc.record({
      period: fc.constant({ start: fromEpochDay(c.startDay), end: fromEpochDay(c.startDay + c.length) }),
      raws: fc.array(rawDossierArb(c.startDay), { minLength: 0, maxLength: 150, size: 'max' }),
      form: fc.constant(c.form),
      by: fc.constant(c.by as DossierGroupDimension[]),
      reappointment: fc.constant(c.reappointment),
    }),
  );

export type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

/** The dialect-independent check: run `tally` on the loaded table and compare with the library. */
export function sameAsLibrary(
  actual: { total: DossierTally; groups: DossierGroup[]; rejected: number },
  c: Case,
): string | undefined {
  const want = expected(c.raws, c.form, c.period, c.by, c.reappointment);
  const a = JSON.stringify({ total: actual.total, groups: actual.groups, rejected: actual.rejected });
  const b = JSON.stringify(want);
  return a === b ? undefined : `SQL:     ${a}\nlibrary: ${b}`;
}

export type { SqlDialect };

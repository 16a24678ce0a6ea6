import { describe, expect, it } from 'vitest';
import {
  averageProcessingTimeByProcedure,
  createWorkingCalendar,
  deriveDossierDueDate,
  dossierLateness,
  dossierProcessingTime,
  mergeProcessingTimeTallies,
} from '../../src/calendar/index';

const cal = createWorkingCalendar({ fromYear: 2024, toYear: 2027 });

describe('deriveDossierDueDate', () => {
  it('keeps a recorded due date (as a Vietnam date)', () => {
    expect(deriveDossierDueDate(cal, { receivedAt: '2026-03-02', dueDate: '2026-03-20' })).toBe('2026-03-20');
    expect(deriveDossierDueDate(cal, { receivedAt: '2026-03-02', dueDate: '2026-03-19T18:00:00Z' })).toBe(
      '2026-03-20',
    );
  });

  it('derives a missing one from the time limit (15 working days across Tết)', () => {
    // Received 05/02/2026 (Thu): 06, 09, 10, 11, 12, 13 | Tết | 23, 24, 25, 26, 27, 02/03, 03, 04, 05.
    const d = { receivedAt: '2026-02-05T09:00:00+07:00', procedureCode: '1.001' };
    expect(deriveDossierDueDate(cal, d, { amount: 15, unit: 'working-days' })).toBe('2026-03-05');
    const limits: Record<string, number> = { '1.001': 15 };
    const byCode = (code: string | undefined) =>
      code !== undefined && limits[code] !== undefined
        ? { amount: limits[code], unit: 'working-days' as const }
        : undefined;
    expect(deriveDossierDueDate(cal, d, byCode)).toBe('2026-03-05');
    expect(deriveDossierDueDate(cal, { receivedAt: '2026-02-05' }, byCode)).toBeNull();
    expect(deriveDossierDueDate(cal, { receivedAt: '2026-02-05' })).toBeNull();
  });
});

describe('dossierLateness', () => {
  it('late across Tết: due Friday 13/02/2026, resolved 24/02 → 2 working days late', () => {
    expect(
      dossierLateness(cal, { receivedAt: '2026-02-02', dueDate: '2026-02-13', finishedAt: '2026-02-24' }),
    ).toEqual({
      dueDate: '2026-02-13',
      endDate: '2026-02-24',
      finished: true,
      status: 'late',
      workingDaysLate: 2,
      calendarDaysLate: 11,
    });
  });

  it('early, on time, and late on a day off', () => {
    const early = dossierLateness(cal, {
      receivedAt: '2026-03-02',
      dueDate: '2026-03-13',
      finishedAt: '2026-03-10T16:00:00+07:00',
    });
    expect([early?.status, early?.workingDaysLate, early?.calendarDaysLate]).toEqual(['early', -3, -3]); // 11, 12, 13
    const onTime = dossierLateness(cal, {
      receivedAt: '2026-03-02',
      dueDate: '2026-03-13',
      finishedAt: '2026-03-13',
    });
    expect([onTime?.status, onTime?.workingDaysLate]).toEqual(['on-time', 0]);
    const saturday = dossierLateness(cal, {
      receivedAt: '2026-03-02',
      dueDate: '2026-03-13',
      finishedAt: '2026-03-14',
    });
    expect([saturday?.status, saturday?.workingDaysLate, saturday?.calendarDaysLate]).toEqual(['late', 0, 1]);
  });

  it('unfinished dossiers are measured at the as-of date, or give null without one', () => {
    const d = { receivedAt: '2026-03-02', dueDate: '2026-03-13' };
    expect(dossierLateness(cal, d)).toBeNull();
    const r = dossierLateness(cal, d, { asOf: '2026-03-18' });
    expect([r?.finished, r?.status, r?.workingDaysLate]).toEqual([false, 'late', 3]); // 16, 17, 18
    expect(dossierLateness(cal, { receivedAt: '2026-03-02', finishedAt: '2026-03-05' })).toBeNull();
    const derived = dossierLateness(
      cal,
      { receivedAt: '2026-03-02', finishedAt: '2026-03-06' },
      { limit: { amount: 3, unit: 'working-days' } },
    );
    expect([derived?.dueDate, derived?.workingDaysLate]).toEqual(['2026-03-05', 1]);
  });
});

describe('dossierProcessingTime (766 real-time method)', () => {
  it('subtracts the supplement waiting time', () => {
    // Received Mon 02/03/2026, resolved Fri 13/03: working days 3–6, 9–13 = 9.
    // Waiting from 04/03 to 09/03: 5, 6, 9 = 3. Processing = 6.
    const p = dossierProcessingTime(cal, {
      receivedAt: '2026-03-02',
      finishedAt: '2026-03-13',
      supplements: [{ requestedAt: '2026-03-04T10:00:00+07:00', completedAt: '2026-03-09' }],
    });
    expect(p).toEqual({
      startDate: '2026-03-02',
      endDate: '2026-03-13',
      state: 'finished',
      elapsedWorkingDays: 9,
      supplementWorkingDays: 3,
      processingWorkingDays: 6,
      supplementRequests: 1,
      onTime766: null,
    });
  });

  it('still waiting for a supplement: the request date is the end', () => {
    const p = dossierProcessingTime(cal, {
      receivedAt: '2026-03-02',
      supplements: [{ requestedAt: '2026-03-05' }],
    });
    expect([
      p?.state,
      p?.endDate,
      p?.elapsedWorkingDays,
      p?.supplementWorkingDays,
      p?.processingWorkingDays,
    ]).toEqual(['waiting-supplement', '2026-03-05', 3, 0, 3]);
  });

  it('more than one supplement request counts as late', () => {
    const p = dossierProcessingTime(cal, {
      receivedAt: '2026-03-02',
      dueDate: '2026-03-31',
      finishedAt: '2026-03-10',
      supplements: [
        { requestedAt: '2026-03-03', completedAt: '2026-03-04' },
        { requestedAt: '2026-03-05', completedAt: '2026-03-06' },
      ],
    });
    expect([p?.supplementRequests, p?.supplementWorkingDays, p?.onTime766]).toEqual([2, 2, false]);
  });

  it('on time under 766: with a due date, or with the legal limit when there is none', () => {
    // Due 05/03, resolved 10/03 (3 working days late: 6, 9, 10) but waited 3 working days → on time.
    const base = { receivedAt: '2026-03-02', finishedAt: '2026-03-10' };
    const waited = {
      ...base,
      dueDate: '2026-03-05',
      supplements: [{ requestedAt: '2026-03-03', completedAt: '2026-03-06' }],
    };
    expect(dossierProcessingTime(cal, waited)?.onTime766).toBe(true);
    expect(dossierProcessingTime(cal, { ...base, dueDate: '2026-03-05' })?.onTime766).toBe(false);
    // No due date: processing 6 working days vs a 5-day or 6-day legal limit.
    expect(dossierProcessingTime(cal, base, { limit: { amount: 5, unit: 'working-days' } })?.onTime766).toBe(
      false,
    );
    expect(dossierProcessingTime(cal, base, { limit: { amount: 6, unit: 'working-days' } })?.onTime766).toBe(
      true,
    );
  });

  it('overlapping supplement intervals are counted once; unfinished needs asOf', () => {
    const p = dossierProcessingTime(cal, {
      receivedAt: '2026-03-02',
      finishedAt: '2026-03-13',
      supplements: [
        { requestedAt: '2026-03-04', completedAt: '2026-03-09' },
        { requestedAt: '2026-03-05', completedAt: '2026-03-10' },
      ],
    });
    expect(p?.supplementWorkingDays).toBe(4); // (04, 10] = 5, 6, 9, 10
    expect(dossierProcessingTime(cal, { receivedAt: '2026-03-02' })).toBeNull();
    expect(dossierProcessingTime(cal, { receivedAt: '2026-03-02' }, { asOf: '2026-03-04' })?.state).toBe(
      'in-progress',
    );
    // Inconsistent data gives no figure (calculators are total; the schema reports the row).
    expect(
      dossierProcessingTime(cal, {
        receivedAt: '2026-03-02',
        supplements: [{ requestedAt: '2026-03-05', completedAt: '2026-03-04' }],
      }),
    ).toBeNull();
    expect(dossierProcessingTime(cal, { receivedAt: '2026-03-02', finishedAt: '2026-03-01' })).toBeNull();
    expect(() => dossierProcessingTime(cal, { receivedAt: '2026-03-32', finishedAt: '2026-04-01' })).toThrow(
      /\[commune-kpi\] .*"2026-03-32"/,
    );
  });
});

describe('averageProcessingTimeByProcedure', () => {
  it('is the exact sum over count per procedure, never an average of averages', () => {
    const rows = [
      // 1.001: processing 1, 2, 2 → 5 / 3 (days in (02/03, end])
      { procedureCode: '1.001', receivedAt: '2026-03-02', finishedAt: '2026-03-03' },
      { procedureCode: '1.001', receivedAt: '2026-03-02', finishedAt: '2026-03-04' },
      { procedureCode: '1.001', receivedAt: '2026-03-05', finishedAt: '2026-03-09' },
      // 2.002: one dossier across Tết, 12/02 → 24/02 = 13, 23, 24 → 3
      { procedureCode: '2.002', receivedAt: '2026-02-12', finishedAt: '2026-02-24' },
      // unfinished: left out by default
      { procedureCode: '2.002', receivedAt: '2026-02-12' },
      { receivedAt: '2026-03-02', finishedAt: '2026-03-06' },
    ];
    const r = averageProcessingTimeByProcedure(cal, rows);
    expect(r).toEqual([
      {
        procedureCode: '1.001',
        count: 3,
        totalWorkingDays: 5,
        average: { numerator: 5, denominator: 3, value: 5 / 3 },
      },
      {
        procedureCode: '2.002',
        count: 1,
        totalWorkingDays: 3,
        average: { numerator: 3, denominator: 1, value: 3 },
      },
      {
        procedureCode: null,
        count: 1,
        totalWorkingDays: 4,
        average: { numerator: 4, denominator: 1, value: 4 },
      },
    ]);
    const withOpen = averageProcessingTimeByProcedure(cal, rows, {
      includeUnfinished: true,
      asOf: '2026-02-25',
    });
    // The open dossier: (12/02, 25/02] = 13, 23, 24, 25 → 4; 2.002 total 7 over 2.
    expect(withOpen.find((g) => g.procedureCode === '2.002')?.average).toEqual({
      numerator: 7,
      denominator: 2,
      value: 3.5,
    });
  });

  it('tallies merge associatively', () => {
    const a = { count: 2, totalWorkingDays: 9 };
    const b = { count: 1, totalWorkingDays: 4 };
    const c = { count: 5, totalWorkingDays: 11 };
    expect(mergeProcessingTimeTallies(mergeProcessingTimeTallies(a, b), c)).toEqual(
      mergeProcessingTimeTallies(a, mergeProcessingTimeTallies(c, b)),
    );
  });
});

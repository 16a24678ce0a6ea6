import type { DossierInput } from '../../src/dossier/index';

const base = { procedureCode: '1.000894', unit: 'UBND xã Phổ Phong' } as const;

/**
 * Thirteen dossiers against March 2026 (period 2026-03-01..2026-03-31), each chosen to hit one
 * case. The expected bucket of each is worked out by hand in the comment.
 */
export const MARCH: readonly (DossierInput & { expect: [string, string] })[] = [
  // received before the period, finished 02/03 before its due 03/03: carried over, early
  {
    ...base,
    code: 'A',
    channel: 'online',
    status: 'returned',
    receivedAt: '2026-02-20',
    dueDate: '2026-03-03',
    finishedAt: '2026-03-02',
    expect: ['carried_over', 'resolved_early'],
  },
  // finished on its due date
  {
    ...base,
    code: 'B',
    channel: 'direct',
    status: 'resolved',
    receivedAt: '2026-03-02T08:10:00+07:00',
    dueDate: '2026-03-05',
    finishedAt: '2026-03-05T16:00:00+07:00',
    expect: ['new_direct', 'resolved_on_time'],
  },
  // finished 16/03 after its due 12/03
  {
    ...base,
    code: 'C',
    channel: 'postal',
    status: 'returned',
    receivedAt: '2026-03-10',
    dueDate: '2026-03-12',
    finishedAt: '2026-03-16',
    returnedAt: '2026-03-17',
    expect: ['new_postal', 'resolved_late'],
  },
  // open at the end, due 02/04 after the end 31/03
  {
    ...base,
    code: 'D',
    channel: 'online',
    status: 'processing',
    receivedAt: '2026-03-20',
    dueDate: '2026-04-02',
    expect: ['new_online', 'pending_within_term'],
  },
  // open at the end, due 20/03 passed
  {
    ...base,
    code: 'E',
    channel: 'direct',
    status: 'awaiting_supplement',
    receivedAt: '2026-03-05',
    dueDate: '2026-03-20',
    supplements: [{ requestedAt: '2026-03-06' }],
    expect: ['new_direct', 'pending_overdue'],
  },
  // withdrawn on 08/03
  {
    ...base,
    code: 'F',
    channel: 'direct',
    status: 'withdrawal_requested',
    receivedAt: '2026-03-06',
    dueDate: '2026-03-13',
    outcome: 'withdrawn',
    outcomeAt: '2026-03-08',
    expect: ['new_direct', 'withdrawn'],
  },
  // closed 25/02, before the period
  {
    ...base,
    code: 'G',
    channel: 'online',
    status: 'returned',
    receivedAt: '2026-02-01',
    dueDate: '2026-02-27',
    finishedAt: '2026-02-25',
    expect: ['out_of_scope', 'out_of_scope'],
  },
  // received after the period
  {
    ...base,
    code: 'H',
    channel: 'online',
    status: 'accepted',
    receivedAt: '2026-04-01',
    dueDate: '2026-04-03',
    expect: ['out_of_scope', 'out_of_scope'],
  },
  // submitted online, never accepted
  {
    ...base,
    code: 'I',
    channel: 'online',
    status: 'registered',
    receivedAt: '2026-03-10',
    dueDate: '2026-03-12',
    expect: ['out_of_scope', 'out_of_scope'],
  },
  // re-appointed once to 17/03, finished 15/03: late against the original 10/03
  {
    ...base,
    code: 'J',
    channel: 'direct',
    status: 'returned',
    receivedAt: '2026-03-03',
    dueDate: '2026-03-10',
    reappointments: ['2026-03-17'],
    finishedAt: '2026-03-15',
    expect: ['new_direct', 'resolved_late'],
  },
  // 31/03 18:00 UTC is 01:00 on 01/04 in Vietnam: after the period
  {
    ...base,
    code: 'K',
    channel: 'direct',
    status: 'accepted',
    receivedAt: '2026-03-31T18:00:00Z',
    dueDate: '2026-04-03',
    expect: ['out_of_scope', 'out_of_scope'],
  },
  // 28/02 17:30 UTC is 00:30 on 01/03 in Vietnam: new in the period; due on the last day, still within term
  {
    ...base,
    code: 'L',
    channel: 'online',
    status: 'processing',
    receivedAt: '2026-02-28T17:30:00Z',
    dueDate: '2026-03-31',
    expect: ['new_online', 'pending_within_term'],
  },
  // finished 03/04, after the period: pending at the end, and overdue (due 30/03 < 31/03)
  {
    ...base,
    code: 'M',
    channel: 'postal',
    status: 'returned',
    receivedAt: '2026-03-25',
    dueDate: '2026-03-30',
    finishedAt: '2026-04-03',
    expect: ['new_postal', 'pending_overdue'],
  },
];

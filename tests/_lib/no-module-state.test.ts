import { describe, expect, it } from 'vitest';
import { computeDueDate, createWorkingCalendar } from '../../src/calendar/index';
import { type ColumnField, readCell } from '../../src/import/index';

// Issue 13: no module-level memory keyed by the caller's objects. Before, a WeakMap in
// calendar/deadlines.ts remembered each options object's parsed form and two WeakMaps in
// import/mapping.ts remembered each field's labels, so an object changed between two calls was
// read as it had been the first time.
describe('no module state: a changed object is read afresh', () => {
  it('computeDueDate reads the options object on every call', () => {
    const cal = createWorkingCalendar({ fromYear: 2026, toYear: 2026 });
    const limit = { amount: 1, unit: 'working-days' } as const;
    const options: { receiptCutoff: string | null } = { receiptCutoff: '15:00' };
    // Monday 02/03/2026 16:00, after a 15:00 cut-off: counted from Tuesday 03/03, due Wednesday 04/03.
    expect(computeDueDate(cal, '2026-03-02T16:00:00+07:00', limit, options)).toBe('2026-03-04');
    options.receiptCutoff = null; // no cut-off: counted from Monday, due Tuesday 03/03
    expect(computeDueDate(cal, '2026-03-02T16:00:00+07:00', limit, options)).toBe('2026-03-03');
    options.receiptCutoff = '17:00'; // 16:00 is before it: due Tuesday 03/03
    expect(computeDueDate(cal, '2026-03-02T16:00:00+07:00', limit, options)).toBe('2026-03-03');
  });

  it('readCell reads a label field’s labels on every call', () => {
    const field: { -readonly [K in keyof ColumnField]: ColumnField[K] } = {
      field: 'channel',
      headers: [],
      kind: 'label',
      labels: [['Trực tiếp', 'direct']],
    };
    expect(readCell(field, 'Trực tiếp')).toBe('direct');
    field.labels = [['Trực tiếp', 'postal']];
    expect(readCell(field, 'Trực tiếp')).toBe('postal');
    expect(readCell(field, 'trực tiếp ')).toBe('postal'); // folded like a header
  });
});

/**
 * Benchmark: one million `computeDueDate` calls with receipts spread over 2022–2026 and time limits
 * of 1–30 working days (plus some calendar-day limits), against day-by-day loops over the same
 * holiday data, in the same run. Also measures what building a calendar costs.
 *
 * Baselines (both read the very schedules the calendar uses, and both are checked to give the
 * same due dates):
 * - "day-by-day (strings)": the usual hand-written loop, stepping a `YYYY-MM-DD` string one day at
 *   a time with `addDays`, testing the weekday and a `Set` of holiday dates;
 * - "day-by-day (day numbers)": an optimised loop on integer day numbers with `Set<number>`s, for
 *   transparency.
 *
 * Run: `npx tsx bench/calendar.bench.ts [calls=1000000] [rounds=5]`.
 */
import { computeDueDate, createWorkingCalendar, type TimeLimit } from '../src/calendar/index';
import { addDays, dayOfWeek, fromEpochDay, toEpochDay } from '../src/core/index';
import { rng, time } from './_util';

const CALLS = Number(process.argv[2] ?? 1_000_000);
const ROUNDS = Number(process.argv[3] ?? 5);

// --- Construction cost -----------------------------------------------------------------------
const t0 = performance.now();
const cal = createWorkingCalendar(); // cold: includes the lunar month table (1899–2101)
const coldMs = performance.now() - t0;
const defaultMs = time(() => createWorkingCalendar(), ROUNDS);
const fiveYearMs = time(() => createWorkingCalendar({ fromYear: 2022, toYear: 2026 }), ROUNDS);

// --- Data ------------------------------------------------------------------------------------
const r = rng(20260217);
const first = toEpochDay('2022-01-01');
const last = toEpochDay('2026-10-31'); // + up to 30 working days stays inside 2026
const dayLimits = [1, 2, 3, 5, 7, 10, 12, 15, 20, 30];
const limits: TimeLimit[] = [
  ...dayLimits.map((amount) => ({ amount, unit: 'working-days' as const })),
  { amount: 10, unit: 'calendar-days' },
  { amount: 30, unit: 'calendar-days' },
];
const generated: string[] = new Array(CALLS);
const limitOf: TimeLimit[] = new Array(CALLS);
for (let i = 0; i < CALLS; i++) {
  generated[i] = fromEpochDay(first + Math.floor(r() * (last - first + 1)));
  limitOf[i] = limits[Math.floor(r() * limits.length)] as TimeLimit;
}
// Round-trip through JSON so the dates are flat strings, as they arrive from an export (strings
// built by concatenation are ropes that every reader would first flatten).
const receipts: string[] = JSON.parse(JSON.stringify(generated));

// --- The same holiday data for the baselines --------------------------------------------------
const offStrings = new Set<string>();
const workStrings = new Set<string>();
for (let y = 2022; y <= 2026; y++) {
  for (const d of cal.scheduleFor(y).days) (d.kind === 'swap-work' ? workStrings : offStrings).add(d.date);
}
const offDays = new Set([...offStrings].map(toEpochDay));
const workDays = new Set([...workStrings].map(toEpochDay));

function isWorkingString(d: string): boolean {
  if (workStrings.has(d)) return true;
  const w = dayOfWeek(d);
  return w !== 0 && w !== 6 && !offStrings.has(d);
}

function dueByStrings(received: string, limit: TimeLimit): string {
  let d = received;
  if (limit.unit === 'working-days') {
    for (let k = 0; k < limit.amount; ) {
      d = addDays(d, 1);
      if (isWorkingString(d)) k++;
    }
    return d;
  }
  d = addDays(d, limit.amount);
  while (!isWorkingString(d)) d = addDays(d, 1);
  return d;
}

function isWorkingDay(n: number): boolean {
  if (workDays.has(n)) return true;
  const w = (((n + 4) % 7) + 7) % 7;
  return w !== 0 && w !== 6 && !offDays.has(n);
}

function dueByNumbers(received: string, limit: TimeLimit): string {
  let n = toEpochDay(received);
  if (limit.unit === 'working-days') {
    for (let k = 0; k < limit.amount; ) {
      n++;
      if (isWorkingDay(n)) k++;
    }
    return fromEpochDay(n);
  }
  n += limit.amount;
  while (!isWorkingDay(n)) n++;
  return fromEpochDay(n);
}

// --- Check that all three agree --------------------------------------------------------------
for (let i = 0; i < CALLS; i += 97) {
  const a = computeDueDate(cal, receipts[i] as string, limitOf[i] as TimeLimit);
  const b = dueByStrings(receipts[i] as string, limitOf[i] as TimeLimit);
  const c = dueByNumbers(receipts[i] as string, limitOf[i] as TimeLimit);
  if (a !== b || a !== c)
    throw new Error(`mismatch at ${i}: ${receipts[i]} ${JSON.stringify(limitOf[i])}: ${a} ${b} ${c}`);
}

// --- Timing ----------------------------------------------------------------------------------
// The machine may be shared: rounds of the fast methods are interleaved so that load changes hit
// both alike; medians and minima are reported. The string loop is ~100× slower and runs fewer rounds.
let sink = 0;
const run = (f: (d: string, l: TimeLimit) => string) => () => {
  for (let i = 0; i < CALLS; i++) sink += f(receipts[i] as string, limitOf[i] as TimeLimit).length;
};
const ours = run((d, l) => computeDueDate(cal, d, l));
const byNumbers = run(dueByNumbers);
const byStrings = run(dueByStrings);
const samples = { ours: [] as number[], numbers: [] as number[], strings: [] as number[] };
const once = (f: () => void): number => {
  const t = performance.now();
  f();
  return performance.now() - t;
};
ours();
byNumbers();
for (let k = 0; k < ROUNDS; k++) {
  samples.ours.push(once(ours));
  samples.numbers.push(once(byNumbers));
  if (k < Math.max(1, Math.min(ROUNDS, 2))) {
    samples.strings.push(once(byStrings));
    samples.ours.push(once(ours));
  }
}
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] as number;
const oursMs = median(samples.ours);
const numbersMs = median(samples.numbers);
const stringsMs = median(samples.strings);
const oursMin = Math.min(...samples.ours);

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
const perCall = (ms: number) => `${((ms * 1e6) / CALLS).toFixed(0)} ns/call`;
console.log(
  `computeDueDate × ${CALLS.toLocaleString('en')} (receipts 2022-01-01…2026-10-31, limits 1–30 working days + calendar days)`,
);
const numbersMin = Math.min(...samples.numbers);
console.log(
  `  median of ${samples.ours.length} / ${samples.strings.length} / ${samples.numbers.length} interleaved rounds`,
);
console.log(`  WorkingCalendar (O(1) tables)   ${fmt(oursMs)}  ${perCall(oursMs)}  (best ${fmt(oursMin)})`);
console.log(
  `  day-by-day loop, date strings   ${fmt(stringsMs)}  ${perCall(stringsMs)}  → ${(stringsMs / oursMs).toFixed(1)}× slower`,
);
console.log(
  `  day-by-day loop, day numbers    ${fmt(numbersMs)}  ${perCall(numbersMs)}  → ${(numbersMs / oursMs).toFixed(1)}× slower (best vs best: ${(numbersMin / oursMin).toFixed(1)}×)`,
);
console.log('createWorkingCalendar');
console.log(`  first call, 2014–2100 (incl. lunar table 1899–2101)  ${fmt(coldMs)}`);
console.log(`  2014–2100 (default), warm                             ${fmt(defaultMs)}`);
console.log(`  2022–2026, warm                                       ${fmt(fiveYearMs)}`);
if (sink === 42) console.log('');

/**
 * Dossier benchmarks (issue "Foundation and dossiers"):
 * 1. tally one million in-memory dossiers grouped by unit and month, against a hand-written
 *    single loop over the same records applying the same rules, in the same run;
 * 2. validate one million raw records with the schema: throughput and peak memory.
 *
 * Run: npx tsx bench/dossier.bench.ts [rows]
 */
import { addDays, customPeriod, fromEpochDay, toEpochDay } from '../src/core/index';
import { type Dossier, DossierSchema, parseDossiers, tallyDossiersBy } from '../src/dossier/index';
import { mb, rng, time } from './_util';

const N = Number(process.argv[2] ?? 1_000_000);
const rand = rng(20260301);
const units = Array.from({ length: 40 }, (_, i) => `UBND xã ${i + 1}`);
const channels = ['direct', 'online', 'postal'] as const;
const d0 = toEpochDay('2025-01-01');

function makeRaw(i: number): Record<string, unknown> {
  const received = fromEpochDay(d0 + Math.floor(rand() * 540));
  const due = addDays(received, Math.floor(rand() * 15));
  const finishedAfter = Math.floor(rand() * 25);
  const open = rand() < 0.1;
  const r: Record<string, unknown> = {
    code: `000.00.06.H56-${received.slice(2, 4)}${received.slice(5, 7)}${received.slice(8, 10)}-${String(i % 10000).padStart(4, '0')}`,
    procedureCode: `1.00${Math.floor(rand() * 90) + 10}`,
    fieldCode: ['HT', 'DD', 'CT', 'LDTBXH'][Math.floor(rand() * 4)],
    unit: units[Math.floor(rand() * units.length)],
    channel: channels[Math.floor(rand() * 3)],
    status: open ? 'processing' : 'returned',
    receivedAt: i % 2 === 0 ? received : `${received}T08:${String(i % 60).padStart(2, '0')}:00+07:00`,
    dueDate: due,
  };
  if (!open) r.finishedAt = addDays(received, finishedAfter);
  return r;
}

console.log(`generating ${N.toLocaleString('en')} records…`);
const raw = Array.from({ length: N }, (_, i) => makeRaw(i));
const period = customPeriod('2025-06-15', '2026-06-14');

// 2. Validation throughput and memory.
global.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
let peakRss = process.memoryUsage().rss;
const t0 = performance.now();
const parsed = parseDossiers(raw);
const tValidate = performance.now() - t0;
peakRss = Math.max(peakRss, process.memoryUsage().rss);
const heapAfter = process.memoryUsage().heapUsed;
console.log(
  `validate: ${N.toLocaleString('en')} rows in ${tValidate.toFixed(0)} ms = ${Math.round((N / tValidate) * 1000).toLocaleString('en')} rows/s; ` +
    `valid ${parsed.valid.length}, rejected ${parsed.rejected.length}; heap +${mb(heapAfter - heapBefore)} MB, peak RSS ${mb(peakRss)} MB`,
);
const dossiers: Dossier[] = parsed.valid;

// 1. Tally by unit and month: library against a hand-written loop.
function handLoop(ds: readonly Dossier[], start: string, end: string) {
  const groups = new Map<string, Int32Array>();
  for (let i = 0; i < ds.length; i++) {
    const d = ds[i]!;
    const rv = d.receivedAt;
    const received = rv.length === 10 ? rv : rv.slice(0, 10); // the data are at +07:00 or dates
    const key = `${d.unit}\u0000${received.slice(0, 7)}`;
    let g = groups.get(key);
    if (!g) {
      g = new Int32Array(18);
      groups.set(key, g);
    }
    const closed = d.finishedAt === undefined ? undefined : d.finishedAt.slice(0, 10);
    if (
      d.status === 'registered' ||
      d.status === 'refused' ||
      received > end ||
      (closed !== undefined && closed < start)
    ) {
      g[17]!++;
      continue;
    }
    g[0]!++;
    if (received < start) g[1]!++;
    else {
      g[2]!++;
      g[d.channel === 'online' ? 3 : d.channel === 'direct' ? 4 : 5]!++;
    }
    if (closed !== undefined && closed <= end) {
      g[6]!++;
      g[closed < d.dueDate ? 7 : closed === d.dueDate ? 8 : 9]!++;
    } else {
      g[10]!++;
      g[d.dueDate < end ? 12 : 11]!++;
    }
  }
  return groups;
}

const lib = tallyDossiersBy(dossiers, period, { by: ['unit', 'month'] });
const hand = handLoop(dossiers, period.start, period.end);
// Same answer from both before timing.
let same = lib.length === hand.size;
for (const g of lib) {
  const h = hand.get(`${g.key.unit}\u0000${g.key.month}`);
  if (!h || h[0] !== g.tally.received || h[7] !== g.tally.resolvedEarly || h[12] !== g.tally.pendingOverdue)
    same = false;
}
if (!same) throw new Error('library and hand loop disagree');

const tLib = time(() => tallyDossiersBy(dossiers, period, { by: ['unit', 'month'] }));
const tHand = time(() => handLoop(dossiers, period.start, period.end));
console.log(
  `tally by unit+month: library ${tLib.toFixed(0)} ms, hand loop ${tHand.toFixed(0)} ms, ratio ${(tLib / tHand).toFixed(2)}× (target ≤ 2×); ${lib.length} groups`,
);
peakRss = Math.max(peakRss, process.memoryUsage().rss);
console.log(`peak RSS over the run: ${mb(peakRss)} MB`);
void DossierSchema;

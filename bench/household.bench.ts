/**
 * Benchmark: classify and tally 500.000 households with 2.000.000 members under the 2022–2025
 * standard (with member-based indicators derived from member records), against a hand-written loop
 * applying the same rules to the same records, in the same run. Reports both times, their ratio
 * and the peak resident memory.
 *
 * Run: `npx tsx bench/household.bench.ts` (optionally `NODE_OPTIONS=--max-old-space-size=1024`).
 * Arguments: `[households=500000] [rounds=5]`.
 */

import {
  DEPRIVATION_INDICATORS,
  type DeprivationIndicator,
  type Household,
  type HouseholdMember,
  type MemberIndicatorThresholds,
  povertyStandardFor,
  tallyHouseholds,
} from '../src/household/index';
import { rng } from './_util';

const HOUSEHOLDS = Number(process.argv[2] ?? 500_000);
const ROUNDS = Number(process.argv[3] ?? 5);

function generate(n: number, seed: number): { households: Household[]; members: number } {
  const r = rng(seed);
  const villages = Array.from({ length: 24 }, (_, i) => `Thôn ${i + 1}`);
  const households: Household[] = new Array(n);
  let members = 0;
  let delta = 0;
  for (let i = 0; i < n; i++) {
    // member counts 2..6 in pairs (4 + d, 4 − d): exactly 4 × n members in all
    if (i % 2 === 0) delta = Math.floor(r() * 5) - 2;
    const size = i % 2 === 0 ? 4 + delta : 4 - delta;
    const ms: HouseholdMember[] = new Array(size);
    for (let m = 0; m < size; m++) {
      const age = Math.floor(r() * 90);
      ms[m] = {
        age,
        healthInsurance: r() > 0.08,
        ...(age >= 3 && age < 16 ? { attendingSchool: r() > 0.05 } : {}),
        ...(r() < 0.03 ? { unableToWork: true } : {}),
      };
    }
    members += size;
    const deprivations: DeprivationIndicator[] = [];
    const k = Math.floor(r() * r() * 6);
    for (let d = 0; d < k; d++) {
      const key = DEPRIVATION_INDICATORS[Math.floor(r() * 12)]!;
      if (!deprivations.includes(key)) deprivations.push(key);
    }
    const area = r() < 0.7 ? 'rural' : 'urban';
    households[i] = {
      code: `H${i}`,
      area,
      village: villages[Math.floor(r() * villages.length)]!,
      ethnicMinority: r() < 0.15,
      incomePerPerson: Math.round(r() * (area === 'rural' ? 3_000_000 : 4_000_000)),
      members: ms,
      deprivations,
      ...(r() < 0.5 ? { recordedClass: r() < 0.5 ? ('poor' as const) : ('not-poor' as const) } : {}),
    };
  }
  return { households, members };
}

const thresholds: MemberIndicatorThresholds = {
  healthInsurance: { minAge: 6 },
  schoolAttendance: { fromAge: 3, toAgeExclusive: 16 },
  dependants: { childUnderAge: 15, elderlyFromAge: 60, shareAbove: [1, 2] },
};
const standard = povertyStandardFor('2024-10-10');

/** The same rules, written out by hand for these records. */
function handLoop(hs: readonly Household[]) {
  const index: Record<string, number> = Object.create(null);
  DEPRIVATION_INDICATORS.forEach((k, i) => {
    index[k] = i;
  });
  const all = [0, 0, 0, 0];
  const rural = [0, 0, 0, 0];
  const urban = [0, 0, 0, 0];
  const minority = [0, 0, 0, 0];
  const other = [0, 0, 0, 0];
  const members = [0, 0, 0, 0];
  const villages = new Map<string, number[]>();
  const poorDep = new Array<number>(12).fill(0);
  const nearDep = new Array<number>(12).fill(0);
  let disagreements = 0;
  for (let i = 0; i < hs.length; i++) {
    const h = hs[i]!;
    let mask = 0;
    const list = h.deprivations!;
    for (let j = 0; j < list.length; j++) mask |= 1 << index[list[j]!]!;
    const ms = h.members!;
    mask &= ~((1 << 3) | (1 << 5) | (1 << 1));
    let dependants = 0;
    for (let j = 0; j < ms.length; j++) {
      const m = ms[j]!;
      if (m.healthInsurance === false && m.age >= 6) mask |= 1 << 3;
      if (m.attendingSchool === false && m.age >= 3 && m.age < 16) mask |= 1 << 5;
      if (m.age < 15 || m.age >= 60 || m.unableToWork === true) dependants++;
    }
    if (ms.length > 0 && dependants * 2 > ms.length) mask |= 1 << 1;
    let count = 0;
    for (let b = mask; b !== 0; b &= b - 1) count++;
    const lines = h.area === 'rural' ? [1_500_000, 2_250_000] : [2_000_000, 3_000_000];
    const income = h.incomePerPerson!;
    const cls = income <= lines[0]! ? (count >= 3 ? 0 : 1) : income <= lines[1]! ? 2 : 3;
    all[cls]!++;
    members[cls]! += ms.length;
    (h.area === 'urban' ? urban : rural)[cls]!++;
    (h.ethnicMinority === true ? minority : other)[cls]!++;
    let v = villages.get(h.village!);
    if (v === undefined) {
      v = [0, 0, 0, 0];
      villages.set(h.village!, v);
    }
    v[cls]!++;
    if (cls <= 1) {
      const dep = cls === 0 ? poorDep : nearDep;
      for (let j = 0; j < 12; j++) if (mask & (1 << j)) dep[j]!++;
    }
    const rec = h.recordedClass;
    if (
      rec !== undefined &&
      (rec === 'not-poor' ? cls <= 1 : rec !== ['poor', 'near-poor', 'average', 'none'][cls])
    ) {
      disagreements++;
    }
  }
  return { all, rural, urban, minority, other, members, villages, poorDep, nearDep, disagreements };
}

function time<T>(f: () => T): { ms: number; result: T } {
  const t0 = process.hrtime.bigint();
  const result = f();
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, result };
}

let peakRss = 0;
const sample = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};

const gen = time(() => generate(HOUSEHOLDS, 20_260_101));
const { households, members } = gen.result;
sample();
console.log(`generated ${households.length} households, ${members} members in ${gen.ms.toFixed(0)} ms`);

const lib: number[] = [];
const hand: number[] = [];
let libResult: ReturnType<typeof tallyHouseholds> | undefined;
let handResult: ReturnType<typeof handLoop> | undefined;
for (let round = 0; round < ROUNDS; round++) {
  const a = time(() => tallyHouseholds(households, standard, { memberThresholds: thresholds }));
  sample();
  const b = time(() => handLoop(households));
  sample();
  lib.push(a.ms);
  hand.push(b.ms);
  libResult = a.result;
  handResult = b.result;
}

// same rules, same answer
const t = libResult!;
const hr = handResult!;
const same =
  JSON.stringify([t.all.poor, t.all.nearPoor, t.all.average, t.all.none]) === JSON.stringify(hr.all) &&
  JSON.stringify([
    t.byArea.urban.poor,
    t.byArea.urban.nearPoor,
    t.byArea.urban.average,
    t.byArea.urban.none,
  ]) === JSON.stringify(hr.urban) &&
  t.all.poorMembers === hr.members[0] &&
  t.disagreements === hr.disagreements &&
  DEPRIVATION_INDICATORS.every(
    (k, i) => t.poorDeprivations[k] === hr.poorDep[i] && t.nearPoorDeprivations[k] === hr.nearDep[i],
  ) &&
  [...hr.villages].every(([k, v]) => t.byVillage[k]?.poor === v[0] && t.byVillage[k]?.none === v[3]);
if (!same) {
  console.error('MISMATCH between tallyHouseholds and the hand-written loop');
  process.exitCode = 1;
}

const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
const maxRssMb = Math.max(peakRss, process.resourceUsage().maxRSS * 1024) / 2 ** 20;
console.log(
  `results agree: ${same}; poor ${t.all.poor}, near-poor ${t.all.nearPoor}, average ${t.all.average}, none ${t.all.none}`,
);
console.log(
  `tallyHouseholds  median ${median(lib).toFixed(1)} ms  (rounds: ${lib.map((x) => x.toFixed(0)).join(', ')})`,
);
console.log(
  `hand-written loop median ${median(hand).toFixed(1)} ms  (rounds: ${hand.map((x) => x.toFixed(0)).join(', ')})`,
);
console.log(`ratio ${(median(lib) / median(hand)).toFixed(2)}× (target ≤ 2×)`);
console.log(
  `peak RSS ${maxRssMb.toFixed(0)} MB (target < 1024 MB); heap used now ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB`,
);

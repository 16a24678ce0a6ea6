/**
 * Issue 19 at scale: a dossier export of N generated rows (default 1 000 000) with faults of
 * every kind (bench/gen-damaged.ts; default 5 % of rows, plus blank lines), read through every
 * entry that streams it. Reports, per entry, `read` and `valid` against what the writer counted,
 * and the time. Compare times within one run only (the machine is shared).
 *
 * Run: npx tsx bench/damage.bench.ts [rows=1000000] [faultRate=0.05] [file=bench/data/damaged.csv]
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { customPeriod } from '../src/core/index';
import { streamDossiers, tallyDossierSource } from '../src/import/index';
import { openImportFile, tallyDossierFile } from '../src/node/index';
import { DAMAGE_KINDS, type DamagedLayout, damagedHead, damagedRowText, VALID_KINDS } from './gen-damaged';

const rows = Number(process.argv[2] ?? 1_000_000);
const faultRate = Number(process.argv[3] ?? 0.05);
const file = process.argv[4] ?? 'bench/data/damaged.csv';
const layout: DamagedLayout = { sep: ';', eol: '\r\n', bom: true, maxFieldLength: 200 };

// A small deterministic generator, so a run is reproducible.
let seed = 19;
const rnd = (): number => {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

mkdirSync(dirname(file), { recursive: true });
const fd = openSync(file, 'w');
let records = 0;
let valid = 0;
const perKind = new Map<string, number>();
let out: string[] = [damagedHead(layout)];
const t0 = performance.now();
for (let i = 0; i < rows; i++) {
  const faulty = rnd() < faultRate;
  const kind = faulty ? DAMAGE_KINDS[1 + Math.floor(rnd() * (DAMAGE_KINDS.length - 1))]! : 'none';
  if (faulty && rnd() < 0.2) out.push(layout.eol);
  out.push(damagedRowText({ kind, blankBefore: 0, n: i + 1 }, layout), layout.eol);
  records++;
  if (VALID_KINDS.has(kind)) valid++;
  perKind.set(kind, (perKind.get(kind) ?? 0) + 1);
  if (out.length > 20_000) {
    writeSync(fd, out.join(''));
    out = [];
  }
}
writeSync(fd, out.join(''));
closeSync(fd);
console.log(`wrote ${file}: ${records} records, ${valid} valid, ${Math.round(performance.now() - t0)} ms`);
console.log(
  `faults: ${[...perKind]
    .filter(([k]) => k !== 'none')
    .map(([k, n]) => `${k} ${n}`)
    .join(', ')}`,
);

const period = customPeriod('2026-01-01', '2026-03-31');
const options = { maxFieldLength: layout.maxFieldLength, keepRejections: 0 };
type Seen = {
  read: number;
  valid: number;
  notices: readonly { code: string; params: Readonly<Record<string, unknown>> }[];
};
const entries: [string, () => Promise<Seen>][] = [
  [
    'tallyDossierSource(openImportFile)',
    async () => (await tallyDossierSource(await openImportFile(file), { ...options, period })).summary,
  ],
  [
    'tallyDossierSource(openImportFile, 64 KiB chunks)',
    async () =>
      (await tallyDossierSource(await openImportFile(file, { chunkSize: 1 << 16 }), { ...options, period }))
        .summary,
  ],
  [
    'tallyDossierFile(workers 2)',
    async () => (await tallyDossierFile(file, { ...options, period, workers: 2 })).summary,
  ],
  [
    'streamDossiers(openImportFile)',
    async () => {
      const s = streamDossiers(await openImportFile(file), options);
      for await (const _ of s);
      return s.summary;
    },
  ],
];
let bad = 0;
for (const [name, run] of entries) {
  const t = performance.now();
  const s = await run();
  const ms = Math.round(performance.now() - t);
  // Every duplicate_code row has one code: all but the first are repeats.
  const repeats = Math.max(0, (perKind.get('duplicate_code') ?? 0) - 1);
  const dup = s.notices.find((n) => n.code === 'vn.import.duplicate_code')?.params.count ?? 0;
  const ok = s.read === records && s.valid === valid && dup === repeats;
  if (!ok) bad++;
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${name}: read ${s.read} / expected ${records}, valid ${s.valid} / expected ${valid}, repeated codes ${String(dup)} / expected ${repeats}, ${ms} ms`,
  );
}
process.exitCode = bad === 0 ? 0 : 1;

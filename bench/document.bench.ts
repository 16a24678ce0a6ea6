/**
 * Document benchmarks (issue 6):
 * 1. `findDocumentReferences` and `findNumbers` on adversarial texts of 10k, 100k and 1M characters:
 *    time must grow linearly with length (the ns/char column stays flat, the ×10 ratio stays near 10);
 * 2. `parseDocumentSymbol` on long and hostile strings;
 * 3. `auditDocumentRegister` and `tallyDocuments` on generated registers.
 *
 * Run: npx tsx bench/document.bench.ts
 */
import { readFileSync } from 'node:fs';
import { fromEpochDay, toEpochDay } from '../src/core/index';
import {
  auditDocumentRegister,
  type DocumentAuditRow,
  type DocumentRegisterEntry,
  findDocumentReferences,
  parseDocumentSymbol,
  tallyDocuments,
} from '../src/document/index';
import { findNumbers } from '../src/report/index';
import { rng, time } from './_util';

const SIZES = [10_000, 100_000, 1_000_000];

function fill(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

const report = readFileSync(
  new URL('../../shared/reference/000_1bb7240e0a0f1cd0.txt', import.meta.url),
  'utf8',
);

const patterns: [string, string][] = [
  ["'1/' repeated", '1/'],
  ["'/' repeated", '/'],
  ['digits and slashes', '123456789/2021/'],
  ["'Quyết định số ' repeated", 'Quyết định số '],
  ["'Quyết định số 06/QĐ - ' repeated", 'Quyết định số 06/QĐ - '],
  ["'số: /' repeated", 'số: /'],
  ["'ngày 05 tháng 01 năm ' repeated", 'Kế hoạch số 02/KH-UBND ngày 05 tháng 01 năm '],
  ["'của UBND xã ' repeated", 'Quyết định số 205/QĐ-UBND của UBND xã '],
  ["'Luật abc ' repeated", 'Luật abc '],
  ['one long symbol (A-A-A…)', 'A-'],
  ['the Phổ Phong report repeated', report],
  // The grammar of issue 17: Party symbols, line breaks, issuers before "số" and "tại", "giữa".
  ["'Chỉ thị số 05-CT/TW ' repeated", 'Chỉ thị số 05-CT/TW '],
  ["'05 – CT/' repeated", '05 – CT/'],
  ["'1 QĐ/' repeated (space separator)", '1 QĐ/'],
  ["'số31-' repeated (glued số)", 'số31-'],
  ["'Tờ\\ntrình số\\n' repeated", 'Tờ\ntrình số\n'],
  ["'Quyết định của Bộ Chính trị số' repeated", 'Quyết định của Bộ Chính trị số'],
  ["'của Sở Y tế tại Tờ trình số 1/TTr-SYT ' rep.", 'của Sở Y tế tại Tờ trình số 1/TTr-SYT '],
  ["'của Ủy ban nhân dân ' repeated", 'Quyết định số 1/QĐ-UBND của Ủy ban nhân dân '],
  ["'và Chỉ thị ' repeated", 'Chỉ thị số 1-CT/TU của Tỉnh ủy và Chỉ thị '],
  ["'giữa UBND, Ban và ' repeated", 'Quy chế số 1/QC-UBND giữa UBND, Ban và '],
  ["'ngày   /  /' repeated", 'Tờ trình số 1/TTr-UBND ngày   /  /'],
  ["'1a/2008/A/B/' repeated", '1a/2008/A/B/'],
  ["'NĐCP' glued groups repeated", 'số 61/2018/NĐCP '],
  ["'số 1/QĐ-UBND ngày30/' repeated", 'số 1/QĐ-UBND ngày30/'],
];

function scan(title: string, list: [string, string][], run: (text: string) => number, what: string): void {
  console.log(`${title}: median of 5 runs`);
  console.log(
    'pattern'.padEnd(38),
    SIZES.map((s) => `${(s / 1000).toLocaleString('en')}k chars`.padStart(22)).join(''),
    '  ×10 ratio',
  );
  for (const [name, unit] of list) {
    const cells: string[] = [];
    const ms: number[] = [];
    let found = 0;
    for (const size of SIZES) {
      const text = name.startsWith('one long symbol') ? `số 1/${fill(unit, size - 6)}B` : fill(unit, size);
      const t = time(
        () => {
          found = run(text);
        },
        size >= 1_000_000 ? 3 : 5,
      );
      ms.push(t);
      cells.push(`${t.toFixed(1)} ms ${((t * 1e6) / size).toFixed(0).padStart(4)} ns/c`.padStart(22));
    }
    const ratio = `${(ms[1]! / ms[0]!).toFixed(1)} / ${(ms[2]! / ms[1]!).toFixed(1)}`;
    console.log(name.padEnd(38), cells.join(''), ` ${ratio}  (${found} ${what} at 1M)`);
  }
}

scan('findDocumentReferences', patterns, (text) => findDocumentReferences(text).length, 'refs');

// findNumbers reads the same texts (it skips the numbers inside citations): hedges, scale words,
// groupings, ranges and nouns before "trở lên", on adversarial repetitions.
const numberPatterns: [string, string][] = [
  ["'1.' repeated", '1.'],
  ["'1 ' repeated (space groups)", '1 '],
  ["'từ 1 đến ' repeated", 'từ 1 đến '],
  ["'3.971 hồ sơ, ' repeated", '3.971 hồ sơ, '],
  ["'gần 1,5 tỷ 300 triệu ' repeated", 'gần 1,5 tỷ 300 triệu '],
  ["'từ 02 xe xe ' repeated", 'từ 02 xe xe '],
  ["'tăng 3227.885 ' repeated", 'tăng 3227.885 '],
  ["'5 đồng/người/năm/' repeated", '5 đồng/người/năm/'],
  ["'Tổng cộng8.123 người[2] ' repeated", 'Tổng cộng8.123 người[2] '],
  ["'[1]' repeated (footnote marks)", '[1]'],
  ["'160 000 ' repeated (space groups)", '160 000 '],
  ["'≤ 250.00 đồng ' repeated", '≤ 250.00 đồng '],
  ['the Phổ Phong report repeated', report],
];
console.log('');
scan('findNumbers', numberPatterns, (text) => findNumbers(text).length, 'numbers');

console.log('\nparseDocumentSymbol: median of 5 runs × 10,000 calls');
const symbols: [string, string][] = [
  ['06/QĐ-UBND', '06/QĐ-UBND'],
  ['07/2021/TT-BLĐTBXH', '07/2021/TT-BLĐTBXH'],
  ['01 /QĐ-NHNo.ĐT-TH', '01 /QĐ-NHNo.ĐT-TH'],
  ['10,000 × "x"', 'x'.repeat(10_000)],
  ['10,000 × "1/"', '1/'.repeat(5_000)],
  ['119 chars of A-A-…', `1/${'A-'.repeat(58)}A`],
];
for (const [name, s] of symbols) {
  const t = time(() => {
    for (let i = 0; i < 10_000; i++) parseDocumentSymbol(s);
  });
  console.log(`${name.padEnd(24)} ${((t * 1e3) / 10_000).toFixed(2)} µs/call`);
}

console.log('\nauditDocumentRegister and tallyDocuments on generated registers');
const rand = rng(20230622);
const abbrs = ['QĐ', 'KH', 'BC', 'TB', 'GM', 'TTr'];
function register(n: number): DocumentRegisterEntry[] {
  const out: DocumentRegisterEntry[] = [];
  const counters = new Map<string, number>();
  const d0 = toEpochDay('2020-01-01');
  for (let i = 0; i < n; i++) {
    const day = d0 + Math.floor((i / n) * 365 * 5);
    const date = fromEpochDay(day);
    const abbr = abbrs[Math.floor(rand() * abbrs.length)]!;
    const key = `${date.slice(0, 4)}${abbr}`;
    const k = (counters.get(key) ?? 0) + 1;
    counters.set(key, k);
    const el = rand() < 0.95;
    out.push({
      direction: 'outgoing',
      numberSymbol: `${k < 10 ? '0' : ''}${rand() < 0.001 ? k + 1 : k}/${abbr}-UBND`,
      type: 'quyet-dinh',
      issuer: 'UBND xã',
      issueDate: date,
      summary: 'x',
      electronic: el,
      agencySignature: el && rand() < 0.9,
      signerSignature: el,
    });
  }
  return out;
}
for (const n of [10_000, 100_000, 1_000_000]) {
  const rows = register(n);
  let findings = 0;
  const ta = time(() => {
    findings = auditDocumentRegister(rows as DocumentAuditRow[]).findings.length;
  }, 3);
  const tt = time(() => tallyDocuments(rows), 3);
  console.log(
    `${n.toLocaleString('en').padStart(9)} rows: audit ${ta.toFixed(0).padStart(6)} ms (${findings} findings), tally ${tt.toFixed(1).padStart(7)} ms`,
  );
}

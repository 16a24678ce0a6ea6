// Checks the React dashboard example (examples/dashboard, built with Vite against the built
// package) in a real, headless Debian Chromium: serves examples/dashboard/dist on 127.0.0.1, waits
// for the chart, and compares every bar with on-time rates worked out two other ways:
//   1. by hand, from how the sample was made (HAND below: early, on time, late per unit and month);
//   2. from the CSV itself with a few lines of plain string work here (no commune-kpi code).
// Writes .tmp/screenshots/dashboard.png. Exits 1 on any mismatch, page error or timeout.
//
//   (cd examples/dashboard && npm ci && npm run build) && node scripts/dashboard-check.mjs
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openChromium, serveStatic } from './chromium.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const app = join(root, 'examples', 'dashboard');
const site = join(app, 'dist');
const shots = join(root, '.tmp', 'screenshots');
const END = '2026-03-31';

// By hand: [early, on time, late] resolved in the quarter, by unit and month of receipt; the rate
// is (early + on time) / (early + on time + late), and no resolved dossier means no rate.
const HAND = {
  'UBND xã Phổ Phong': { '2026-01': [4, 3, 1], '2026-02': [3, 2, 0], '2026-03': [2, 2, 2] },
  'UBND xã Phổ Thuận': { '2026-01': [2, 1, 1], '2026-02': [3, 2, 1], '2026-03': [1, 2, 0] },
  'UBND xã Phổ Văn': { '2026-01': [3, 2, 0], '2026-02': [1, 1, 2], '2026-03': [0, 0, 0] },
};
// 7/8, 5/5, 4/6 · 3/4, 5/6, 3/3 · 5/5, 2/4, none — printed with two decimals, comma, half-up.
const HAND_LABELS = {
  'UBND xã Phổ Phong': { '2026-01': '87,50%', '2026-02': '100,00%', '2026-03': '66,67%' },
  'UBND xã Phổ Thuận': { '2026-01': '75,00%', '2026-02': '83,33%', '2026-03': '100,00%' },
  'UBND xã Phổ Văn': { '2026-01': '100,00%', '2026-02': '50,00%', '2026-03': '—' },
};

/** The same figures from the CSV, with plain string work. */
function fromCsv() {
  const lines = readFileSync(join(app, 'public', 'sample-dossiers.csv'), 'utf8')
    .trim()
    .split('\n');
  const head = lines[0].split(',');
  const col = (name) => head.indexOf(name);
  const [U, R, D, F] = ['Đơn vị tiếp nhận', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày kết thúc xử lý'].map(col);
  const iso = (s) => (s ? `${s.slice(6, 10)}-${s.slice(3, 5)}-${s.slice(0, 2)}` : '');
  const out = {};
  let rows = 0;
  let invalid = 0;
  for (const line of lines.slice(1)) {
    if (line.includes('"')) throw new Error('the sample is read here without a CSV parser: no quotes');
    const c = line.split(',');
    rows++;
    const received = iso(c[R]);
    const due = iso(c[D]);
    const finished = iso(c[F]);
    if (due < received) {
      invalid++; // a due date before receipt is rejected by the schema
      continue;
    }
    const unit = c[U];
    const month = received.slice(0, 7);
    out[unit] ??= {};
    out[unit][month] ??= { onTime: 0, resolved: 0 };
    const cell = out[unit][month];
    if (finished !== '' && finished <= END) {
      cell.resolved++;
      if (finished <= due) cell.onTime++;
    }
  }
  return { out, rows, invalid };
}

const failures = [];
const same = (what, got, want) => {
  if (JSON.stringify(got) !== JSON.stringify(want))
    failures.push(`${what}: page shows ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
};

const csv = fromCsv();
for (const [unit, months] of Object.entries(HAND)) {
  for (const [m, [e, o, l]] of Object.entries(months)) {
    same(`the CSV agrees with the hand count for ${unit} ${m}`, csv.out[unit]?.[m] ?? null, {
      onTime: e + o,
      resolved: e + o + l,
    });
  }
}

mkdirSync(shots, { recursive: true });
const server = await serveStatic(site);
let browser;
const timer = setTimeout(() => {
  console.error('dashboard check: timed out after 90 s');
  process.exit(1);
}, 90_000);
try {
  browser = await openChromium('dashboard', { width: 900, height: 900 });
  const { page } = browser;
  const { errors } = browser;
  await page.goto(`${server.base}/index.html`);
  await page.waitForSelector('main[data-status="done"], main[data-status="error"]', { timeout: 30_000 });
  const shown = await page.evaluate(() => ({
    status: document.querySelector('main')?.dataset.status,
    error: document.getElementById('error')?.textContent ?? null,
    summary: { ...document.getElementById('summary')?.dataset },
    total: document.getElementById('total')?.textContent ?? null,
    bars: [...document.querySelectorAll('#chart g.bar')].map((g) => ({
      unit: g.dataset.unit,
      month: g.dataset.month,
      label: g.dataset.label,
      numerator: g.dataset.numerator,
      denominator: g.dataset.denominator,
      hasRect: g.querySelector('rect') !== null,
      height: Number(g.querySelector('rect')?.getAttribute('height') ?? 0),
      text: g.querySelector('text')?.textContent ?? '',
    })),
    rejected: [...document.querySelectorAll('#rejections li')].map((li) => li.dataset.line),
  }));
  await page.screenshot({ path: join(shots, 'dashboard.png'), fullPage: true });
  same('status', shown.status, 'done');
  if (shown.error) failures.push(`page error line: ${shown.error}`);
  same('summary', shown.summary, {
    read: String(csv.rows),
    valid: String(csv.rows - csv.invalid),
    rejected: String(csv.invalid),
  });
  same('rejected lines', shown.rejected, ['48']);
  // Over the quarter: (7 + 5 + 4) + (3 + 5 + 3) + (5 + 2 + 0) = 34 on time of 19 + 13 + 9 = 41 resolved.
  same('quarter rate', shown.total, '82,93%');
  same('bar count', shown.bars.length, 9);
  const maxHeight = Math.max(...shown.bars.map((b) => b.height));
  for (const [unit, months] of Object.entries(HAND)) {
    for (const [m, [e, o, l]] of Object.entries(months)) {
      const bar = shown.bars.find((b) => b.unit === unit && b.month === m);
      const want = HAND_LABELS[unit][m];
      same(`${unit} ${m} label`, bar?.label, want);
      same(`${unit} ${m} text`, bar?.text, want);
      same(`${unit} ${m} parts`, [bar?.numerator, bar?.denominator], [String(e + o), String(e + o + l)]);
      same(`${unit} ${m} bar drawn`, bar?.hasRect, e + o + l > 0);
      // Heights are proportional to the rate: 100% bars are the tallest.
      if (bar?.hasRect) {
        const ratio = bar.height / maxHeight;
        if (Math.abs(ratio - (e + o) / (e + o + l)) > 1e-6)
          failures.push(`${unit} ${m}: bar height ${ratio} of the tallest, rate ${(e + o) / (e + o + l)}`);
      }
    }
  }
  for (const e of errors) failures.push(`page error: ${e}`);
  if (failures.length > 0) {
    console.error(`dashboard check FAILED (${failures.length}):`);
    for (const f of failures) console.error(`  - ${f}`);
    process.exitCode = 1;
  } else {
    console.log(
      `dashboard check passed: 9 bars (3 units × 3 months) match the hand count and the CSV; ` +
        `quarter ${shown.total}; screenshot .tmp/screenshots/dashboard.png`,
    );
  }
} catch (e) {
  console.error(`dashboard check FAILED: ${e instanceof Error ? e.stack : String(e)}`);
  process.exitCode = 1;
} finally {
  clearTimeout(timer);
  await browser?.close();
  server.close();
}

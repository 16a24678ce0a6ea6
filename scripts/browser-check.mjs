// Drives examples/browser/index.html in a real, headless Debian Chromium and checks every number it
// shows against the numbers the library computes in Node for the same file.
//
//   npx tsup && node scripts/browser-check.mjs [path/to/dossiers.csv]
//   (SCREENSHOT=page.png saves a full-page screenshot; CHROMIUM_PATH overrides /usr/bin/chromium)
//
// 1. Serves the repository root on 127.0.0.1 (random port, scripts/chromium.mjs): the page, dist/ (the ESM
//    build) and node_modules/zod (resolved by the page's import map).
// 2. Launches headless Chromium (scripts/chromium.mjs; CHROMIUM_PATH overrides /usr/bin/chromium), loads the page, puts the CSV into the file input, types a printed
//    on-time rate (to exercise the audit), and waits for the page to finish.
// 3. Computes the same tally, rates, paragraphs and findings in Node with the built package and
//    compares them with the page's text. Exits 1 on any mismatch, on a page error, or on a timeout.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { customPeriod, formatNumber, formatRatio } from 'commune-kpi/core';
import { DOSSIER_TALLY_FIELDS } from 'commune-kpi/dossier';
import { tallyDossierSource } from 'commune-kpi/import';
import { auditReport, printedRate, renderReportVi, reportFiguresFromDossierTally } from 'commune-kpi/report';
import { openChromium, serveStatic } from './chromium.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const csvPath = resolve(process.argv[2] ?? join(root, 'examples/browser/sample-dossiers.csv'));
const FROM = '2023-04-01';
const TO = '2023-06-30';
// 253 / 262 = 96,56…%: 96,6% rounded, 96,5% truncated, so the page must show a truncation warning.
const PRINTED_RATE = '96,5%';
const RATE_KEYS = [
  'onTimeCompleted',
  'onTimeDue',
  'onTimeWorkload',
  'onTimeRealtime',
  'onTimeReceived',
  'online',
  'late',
];

/** What the page must show, computed in Node with the same package build. */
async function expected() {
  const period = customPeriod(FROM, TO);
  const r = await tallyDossierSource(readFileSync(csvPath), { period });
  const computed = {
    periodStart: period.start,
    periodEnd: period.end,
    dossiers: reportFiguresFromDossierTally(r.total),
  };
  const figures = { ...computed, dossiers: { ...computed.dossiers, onTimeRate: printedRate(PRINTED_RATE) } };
  return {
    summary: {
      read: String(r.summary.read),
      valid: String(r.summary.valid),
      rejected: String(r.summary.rejected),
    },
    tally: Object.fromEntries(DOSSIER_TALLY_FIELDS.map((f) => [f, formatNumber(r.total[f])])),
    rates: Object.fromEntries(
      RATE_KEYS.map((k) => [
        k,
        {
          parts: `${formatNumber(r.rates[k].numerator)} / ${formatNumber(r.rates[k].denominator)}`,
          value: formatRatio(r.rates[k]),
        },
      ]),
    ),
    paragraphs: renderReportVi(computed),
    findings: auditReport(figures).map((f) => f.code),
    rejectedLines: r.rejections.map((x) => String(x.line)),
  };
}

const failures = [];
const same = (what, got, want) => {
  const a = JSON.stringify(got);
  const b = JSON.stringify(want);
  if (a !== b) failures.push(`${what}: page shows ${a}, Node computes ${b}`);
};

const server = await serveStatic(root, { allow: ['examples', 'dist', 'node_modules'] });
let browser;
const timer = setTimeout(() => {
  console.error('browser check: timed out after 120 s');
  process.exit(1);
}, 120_000);
try {
  const want = await expected();
  browser = await openChromium('browser');
  const { page, errors: pageErrors } = browser;
  await page.goto(`${server.base}/examples/browser/index.html`);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 30_000 });
  await page.fill('#from', FROM);
  await page.fill('#to', TO);
  await page.fill('#printed-rate', PRINTED_RATE);
  await page.setInputFiles('#file', csvPath);
  await page.waitForSelector('#status[data-state="done"], #status[data-state="error"]', { timeout: 60_000 });
  if (process.env.SCREENSHOT) await page.screenshot({ path: process.env.SCREENSHOT, fullPage: true });
  const state = await page.getAttribute('#status', 'data-state');
  if (state !== 'done') failures.push(`page status: ${await page.textContent('#status')}`);

  const shown = await page.evaluate(() => {
    const text = (el, sel) => el.querySelector(sel)?.textContent ?? null;
    const s = document.getElementById('summary');
    return {
      summary: { read: s.dataset.read, valid: s.dataset.valid, rejected: s.dataset.rejected },
      tally: Object.fromEntries(
        [...document.querySelectorAll('#tally tr[data-field]')].map((tr) => [
          tr.dataset.field,
          text(tr, '.value'),
        ]),
      ),
      rates: Object.fromEntries(
        [...document.querySelectorAll('#rates tr[data-rate]')].map((tr) => [
          tr.dataset.rate,
          { parts: text(tr, '.parts'), value: text(tr, '.value') },
        ]),
      ),
      paragraphs: [...document.querySelectorAll('#paragraphs p')].map((p) => p.textContent),
      findings: [...document.querySelectorAll('#findings li[data-code]')].map((li) => li.dataset.code),
      rejectedLines: [...document.querySelectorAll('#rejections li')].map((li) => li.dataset.line),
    };
  });
  same('summary', shown.summary, want.summary);
  for (const f of DOSSIER_TALLY_FIELDS) same(`tally.${f}`, shown.tally[f], want.tally[f]);
  for (const k of RATE_KEYS) same(`rate ${k}`, shown.rates[k], want.rates[k]);
  same('paragraphs', shown.paragraphs, want.paragraphs);
  same('findings', shown.findings, want.findings);
  same('rejected lines', shown.rejectedLines, want.rejectedLines);
  if (want.findings.length === 0) failures.push('the check expects at least one finding (the printed rate)');
  for (const e of pageErrors) failures.push(`page error: ${e}`);

  if (failures.length > 0) {
    console.error(`browser check FAILED (${failures.length}):`);
    for (const f of failures) console.error(`  - ${f}`);
    process.exitCode = 1;
  } else {
    console.log(
      `browser check passed: Chromium shows the Node figures for ${csvPath.slice(root.length + 1)} ` +
        `(${want.tally.received} dossiers, ${DOSSIER_TALLY_FIELDS.length} tally fields, ${RATE_KEYS.length} rates, ` +
        `${want.paragraphs.length} paragraph(s), findings ${want.findings.join(', ')}, ${want.rejectedLines.length} rejected rows).`,
    );
  }
} catch (e) {
  console.error(`browser check FAILED: ${e instanceof Error ? e.stack : String(e)}`);
  process.exitCode = 1;
} finally {
  clearTimeout(timer);
  await browser?.close();
  server.close();
}

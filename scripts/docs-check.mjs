// Checks the built docs site (docs-site/, from `npx typedoc`) in a real, headless Debian Chromium
// and writes PNG screenshots to .tmp/screenshots/docs/ (gitignored).
//
//   npx typedoc && node scripts/docs-check.mjs      (CHROMIUM_PATH overrides /usr/bin/chromium)
//
// What it asserts, as a reader would see it:
// - the landing page is ours (not the README), with its three tasks linking to their guides and
//   to the API pages of the functions they use;
// - the guides are listed in reading order in the sidebar, and a guide links to API pages;
// - functions are documented under their subpath module (`functions/dossier.mergeDossierTallies.html`),
//   and an API page links `DossierTally` instead of spelling out its 18 fields;
// - an `@example` shows the import line it needs (the one tests/docs/examples.test.ts runs it with);
// - code is set in the bundled JetBrains Mono, loaded from assets/fonts/ (no network), which has
//   the glyphs of Vietnamese letters with two marks;
// - the search box finds `hồ sơ`, `đúng hạn`, `tỷ lệ`, `Tết` (and their forms without marks),
//   lists each page once, and `csv` leads to the importing guide.
// Exits 1 on any failed assertion, page error, failed request or timeout.
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openChromium, serveStatic } from './chromium.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const site = join(root, 'docs-site');
const shots = join(root, '.tmp', 'screenshots', 'docs');
const GUIDE_ORDER = [
  'Getting started',
  'Importing exports',
  'On-time rates',
  'Working days',
  'Auditing a report',
  'Poverty standards',
  'Personnel',
  'Documents and the register',
  'Using the package in a browser app',
  'JSON Schema',
];

const failures = [];
const check = (what, ok, detail = '') => {
  if (!ok) failures.push(`${what}${detail ? `: ${detail}` : ''}`);
};

/** Type a query into TypeDoc's search dialog and read the listed results. */
async function search(page, query) {
  await page.click('#tsd-search-trigger');
  await page.fill('#tsd-search-input', '');
  // Clear the previous answer so the wait below sees this query's.
  await page.evaluate(() => {
    for (const id of ['tsd-search-results', 'tsd-search-status']) {
      const el = document.getElementById(id);
      if (el) el.innerHTML = '';
    }
  });
  await page.fill('#tsd-search-input', query);
  // The box searches 200 ms after the last keystroke; wait for results or the "no results" line.
  await page.waitForFunction(
    () =>
      document.querySelectorAll('#tsd-search-results li').length > 0 ||
      (document.getElementById('tsd-search-status')?.textContent ?? '').trim() !== '',
    undefined,
    { timeout: 10_000 },
  );
  const results = await page.$$eval('#tsd-search-results li a', (as) =>
    as.map((a) => ({ href: a.getAttribute('href') ?? '', text: (a.textContent ?? '').trim() })),
  );
  return results;
}

rmSync(shots, { recursive: true, force: true });
mkdirSync(shots, { recursive: true });
const server = await serveStatic(site);
const { base } = server;
let browser;
const timer = setTimeout(() => {
  console.error('docs check: timed out after 120 s');
  process.exit(1);
}, 120_000);
try {
  browser = await openChromium('docs', { width: 1280, height: 900 });
  const { page } = browser;
  const pageErrors = browser.errors;
  page.on('requestfailed', (r) => pageErrors.push(`request failed: ${r.url()}`));
  page.on('response', (r) => {
    if (r.status() >= 400) pageErrors.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(base)) pageErrors.push(`request outside the site: ${r.url()}`);
  });

  // The landing page.
  await page.goto(`${base}/index.html`);
  await page.waitForLoadState('networkidle');
  const landing = await page.evaluate(() => ({
    h1: [...document.querySelectorAll('.col-content h1')].map((h) => h.textContent?.trim()),
    h3: [...document.querySelectorAll('.tsd-typography h3')].map((h) => h.textContent?.trim()),
    hrefs: [...document.querySelectorAll('.tsd-typography a')].map((a) => a.getAttribute('href')),
    text: document.querySelector('.tsd-typography')?.textContent ?? '',
    nav: [...document.querySelectorAll('.site-menu nav a, #tsd-nav-container a, .tsd-navigation a')].map(
      (a) => (a.textContent ?? '').trim(),
    ),
  }));
  check('landing: one title', landing.h1.length <= 1, JSON.stringify(landing.h1));
  check('landing: no developer section', !/npm run demo|Contributing/.test(landing.text));
  check(
    'landing: the three tasks',
    ['The on-time rate of a CSV export', 'A due date in working days', 'Audit the figures of a report'].every(
      (t) => landing.h3.includes(t),
    ),
    JSON.stringify(landing.h3),
  );
  for (const href of [
    'documents/importing.html',
    'documents/working-days.html',
    'documents/auditing-a-report.html',
    'functions/import.tallyDossierSource.html',
    'functions/calendar.computeDueDate.html',
    'functions/report.auditReport.html',
  ])
    check(`landing links to ${href}`, landing.hrefs.includes(href), '');
  const order = GUIDE_ORDER.map((g) => landing.nav.findIndex((n) => n.startsWith(g)));
  check(
    'sidebar: guides in reading order',
    order.every((i, k) => i >= 0 && (k === 0 || i > (order[k - 1] ?? -1))),
    JSON.stringify(order),
  );
  await page.screenshot({ path: join(shots, 'landing.png'), fullPage: true });

  // The code font: the bundled face is used and covers letters with two marks.
  const font = await page.evaluate(async () => {
    const code = document.querySelector('.tsd-typography pre code');
    const faces = await document.fonts.load('16px "JetBrains Mono"', 'ệ ở ữ ặ ỗ');
    return {
      family: code ? getComputedStyle(code).fontFamily : '',
      faces: faces.map((f) => `${f.family} ${f.weight} ${f.status}`),
      ok: document.fonts.check('16px "JetBrains Mono"', 'Nguyễn Thị Hồng — hộ nghèo — tỷ lệ đúng hạn'),
    };
  });
  check('code font: JetBrains Mono first', font.family.startsWith('"JetBrains Mono"'), font.family);
  check(
    'code font: faces loaded',
    font.faces.every((f) => f.endsWith('loaded')),
    JSON.stringify(font.faces),
  );
  // A close-up of a code block with Vietnamese letters with two marks (Tết, Bính Ngọ, trả).
  await page
    .locator('pre', { hasText: 'Tết Bính Ngọ' })
    .first()
    .screenshot({ path: join(shots, 'code-font.png') });
  check('code font: Vietnamese faces loaded', font.ok && font.faces.length > 0, JSON.stringify(font.faces));

  // A guide links to API pages.
  await page.goto(`${base}/documents/importing.html`);
  await page.waitForLoadState('networkidle');
  const guideLinks = await page.$$eval('.tsd-typography a', (as) =>
    as.map((a) => a.getAttribute('href') ?? ''),
  );
  const linkTexts = await page.$$eval('.tsd-typography a', (as) =>
    as.map((a) => (a.textContent ?? '').trim()),
  );
  check(
    'guide: API links read as names, not declaration references',
    !linkTexts.some((t) => t.includes('!')),
    JSON.stringify(linkTexts.filter((t) => t.includes('!')).slice(0, 5)),
  );
  check(
    'guide: links to API pages',
    guideLinks.some((h) => h.startsWith('../functions/import.')),
    JSON.stringify(guideLinks.slice(0, 20)),
  );
  await page.screenshot({ path: join(shots, 'guide-importing.png'), fullPage: false });

  // An API page: under its subpath, types linked.
  await page.goto(`${base}/functions/dossier.mergeDossierTallies.html`);
  await page.waitForLoadState('networkidle');
  const api = await page.evaluate(() => {
    const sig = document.querySelector('.tsd-signature');
    return {
      breadcrumb: [...document.querySelectorAll('.tsd-breadcrumb a')].map((a) => a.textContent?.trim()),
      sig: sig?.textContent ?? '',
      links: [...(sig?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href') ?? ''),
      example: document.querySelector('.tsd-comment pre code, .tsd-description pre code')?.textContent ?? '',
    };
  });
  check(
    'API page: under the dossier module',
    api.breadcrumb.includes('dossier'),
    JSON.stringify(api.breadcrumb),
  );
  check(
    'API page: DossierTally linked, not inlined',
    api.links.some((h) => h.includes('DossierTally.html')) && !api.sig.includes('carriedOver'),
    api.sig.slice(0, 200),
  );
  check(
    'API page: the example shows its import',
    /^import \{[^}]*\bmergeDossierTallies\b[^}]*\} from 'commune-kpi\/dossier';/.test(api.example),
    api.example.slice(0, 120),
  );
  await page.screenshot({ path: join(shots, 'api-mergeDossierTallies.png'), fullPage: false });

  // Search.
  await page.goto(`${base}/index.html`);
  await page.waitForLoadState('networkidle');
  const expectations = {
    'hồ sơ': (r) => r.length >= 5,
    'ho so': (r) => r.length >= 5,
    'đúng hạn': (r) => r.slice(0, 10).some((x) => /onTimeRate|on-time-rates/.test(x.href)),
    'dung han': (r) => r.slice(0, 10).some((x) => /onTimeRate|on-time-rates/.test(x.href)),
    'tỷ lệ': (r) => r.length >= 5,
    Tết: (r) => r.slice(0, 10).some((x) => /working-days|calendar\./.test(x.href)),
    csv: (r) => (r[0]?.href ?? '').endsWith('documents/importing.html'),
    tallyDossiers: (r) => (r[0]?.href ?? '').endsWith('functions/dossier.tallyDossiers.html'),
  };
  const found = {};
  for (const [q, ok] of Object.entries(expectations)) {
    const r = await search(page, q);
    found[q] = r;
    check(`search "${q}"`, ok(r), JSON.stringify(r.slice(0, 5)));
    const hrefs = r.map((x) => x.href);
    check(`search "${q}": each page once`, new Set(hrefs).size === hrefs.length, JSON.stringify(hrefs));
    if (q === 'đúng hạn' || q === 'csv') {
      await page.screenshot({ path: join(shots, `search-${q === 'csv' ? 'csv' : 'dung-han'}.png`) });
    }
    await page.keyboard.press('Escape');
  }
  for (const e of pageErrors) failures.push(`page error: ${e}`);

  if (failures.length > 0) {
    console.error(`docs check FAILED (${failures.length}):`);
    for (const f of failures) console.error(`  - ${f}`);
    process.exitCode = 1;
  } else {
    console.log(
      `docs check passed: landing page, guide, API page, code font and ${Object.keys(expectations).length} searches; ` +
        `screenshots in ${shots.slice(root.length + 1)}/`,
    );
    for (const [q, r] of Object.entries(found))
      console.log(
        `  search "${q}" → ${r.length} results: ${r
          .slice(0, 3)
          .map((x) => x.text)
          .join(' · ')}`,
      );
  }
} catch (e) {
  console.error(`docs check FAILED: ${e instanceof Error ? e.stack : String(e)}`);
  process.exitCode = 1;
} finally {
  clearTimeout(timer);
  await browser?.close();
  server.close();
}

// Screenshots of the command as a person sees it: each case runs `node dist/cli.js …` in a tmux
// window of a set width, the pane is captured as text (`tmux capture-pane`), laid out in a page in
// the docs site's code font (JetBrains Mono, which renders Vietnamese letters with two marks), and
// shot in headless Chromium. Writes .tmp/screenshots/cli/NN-name.png and .txt (the captured text).
//
//   npm run build && node scripts/cli-screenshots.mjs
//
// Each case also states a line the capture must contain, so a command that crashes or prints the
// wrong language fails the run (exit 1) instead of leaving a picture of a stack trace.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openChromium, serveStatic } from './chromium.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const shots = join(root, '.tmp', 'screenshots', 'cli');
const work = mkdtempSync(join(tmpdir(), 'commune-kpi-cli-shots-'));
const sample = 'examples/browser/sample-dossiers.csv';
const xlsxOut = join(work, 'bao-cao.xlsx');

// A one-stop export with only the field's name (no code column): `--by field` groups by the name.
const nameOnly = join(work, 'ten-linh-vuc.csv');
writeFileSync(
  nameOnly,
  [
    'Mã hồ sơ,Đơn vị tiếp nhận,Lĩnh vực,Kênh thực hiện,Ngày tiếp nhận,Ngày hẹn trả,Ngày kết thúc xử lý',
    'H1,UBND xã A,Hộ tịch,Trực tiếp,02/03/2026,04/03/2026,03/03/2026',
    'H2,UBND xã A,Hộ tịch,Trực tuyến,03/03/2026,05/03/2026,06/03/2026',
    'H3,UBND xã A,Chứng thực,Trực tiếp,04/03/2026,05/03/2026,05/03/2026',
    '',
  ].join('\n'),
);
// Rows an official must be able to read the rejection of.
const damaged = join(work, 'loi.csv');
writeFileSync(
  damaged,
  [
    'Mã hồ sơ,Đơn vị tiếp nhận,Kênh thực hiện,Ngày tiếp nhận,Ngày hẹn trả,Ngày kết thúc xử lý',
    'A1,UBND xã A,Trực tiếp,02/03/2026,31/02/2026,',
    'A2,UBND xã A,Bưu điện,03/03/2026,01/03/2026,',
    'A3,UBND xã A,Qua mạng xã hội,03/03/2026,05/03/2026,',
    'A4,UBND xã A,Trực tiếp,04/03/2026,06/03/2026,05/03/2026',
    '',
  ].join('\n'),
);

const cli = `node ${join(root, 'dist', 'cli.js')}`;
const CASES = [
  {
    name: '01-table-vi-140',
    width: 140,
    cmd: `${cli} dossiers ${sample} --quarter 2023Q2 --no-progress`,
    expect: 'Tổng cộng',
  },
  {
    name: '02-all-rates-en-200',
    width: 200,
    cmd: `${cli} dossiers ${sample} --quarter 2023Q2 --rates all --by unit --lang en --no-progress`,
    expect: 'Total',
  },
  {
    name: '03-by-field-name-only',
    width: 140,
    cmd: `${cli} dossiers ${nameOnly} --month 2026-03 --cutoff calendar --by field --no-progress`,
    expect: 'Hộ tịch',
  },
  {
    name: '04-rejections-in-words',
    width: 120,
    cmd: `${cli} dossiers ${damaged} --month 2026-03 --cutoff calendar --no-progress`,
    expect: 'không có thật',
  },
  {
    name: '05-error-vi',
    width: 100,
    cmd: `${cli} dossiers khong-co.csv --month 2026-03`,
    expect: 'khong-co.csv',
  },
  {
    name: '06-error-en',
    width: 100,
    cmd: `${cli} dossiers ${sample} --month 2026-13 --lang en`,
    expect: '2026-13',
  },
  {
    name: '07-xlsx-from-stdin',
    width: 120,
    cmd: `cat ${sample} | ${cli} dossiers - --quarter 2023Q2 --format xlsx --out ${xlsxOut} --no-progress && ls -l ${xlsxOut} | cut -d' ' -f5-`,
    expect: 'bao-cao.xlsx',
  },
  { name: '08-demo', width: 120, cmd: 'npm run --silent demo', expect: 'Phổ Phong' },
  {
    name: '09-vertical-80',
    width: 80,
    cmd: `${cli} dossiers ${sample} --quarter 2023Q2 --rates all --no-progress`,
    expect: 'Tổng cộng',
  },
];

/** Runs `cmd` in a detached tmux window `width` columns wide and returns what the pane shows. */
function capture(cmd, width) {
  const session = `ck-shot-${process.pid}`;
  const done = '__commune_kpi_done__';
  const tmux = (...args) => execFileSync('tmux', args, { encoding: 'utf8' });
  // The prompt line is written by hand (no shell rc), so every capture looks the same.
  const script = `cd ${root}; printf '$ %s\\n' ${JSON.stringify(cmd.replaceAll(root, '.').replaceAll(work, '/tmp'))}; ${cmd}; printf '%s\\n' ${done}; sleep 60`;
  tmux('new-session', '-d', '-s', session, '-x', String(width), '-y', '100', 'bash', '--norc', '-c', script);
  try {
    const until = Date.now() + 60_000;
    for (;;) {
      const text = tmux('capture-pane', '-p', '-J', '-S', '-', '-t', session);
      if (text.includes(done)) return text.slice(0, text.indexOf(done)).trimEnd().replaceAll(work, '/tmp');
      if (Date.now() > until) throw new Error(`timed out: ${cmd}`);
      execFileSync('sleep', ['0.2']);
    }
  } finally {
    tmux('kill-session', '-t', session);
  }
}

const escapeHtml = (s) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const fontDir = join(dirname(fileURLToPath(import.meta.resolve('@fontsource/jetbrains-mono/package.json'))));

rmSync(shots, { recursive: true, force: true });
mkdirSync(shots, { recursive: true });
const page = join(work, 'page');
mkdirSync(page);
writeFileSync(
  join(page, 'font.woff2'),
  readFileSync(join(fontDir, 'files', 'jetbrains-mono-vietnamese-400-normal.woff2')),
);
writeFileSync(
  join(page, 'font-latin.woff2'),
  readFileSync(join(fontDir, 'files', 'jetbrains-mono-latin-400-normal.woff2')),
);

const failures = [];
const server = await serveStatic(page);
const browser = await openChromium('cli-shots');
try {
  for (const c of CASES) {
    const text = capture(c.cmd, c.width);
    writeFileSync(join(shots, `${c.name}.txt`), `${text}\n`);
    if (!text.includes(c.expect)) failures.push(`${c.name}: the capture does not contain «${c.expect}»`);
    if (/\n\s+at .+:\d+:\d+\)?\n/.test(text)) failures.push(`${c.name}: the capture shows a stack trace`);
    writeFileSync(
      join(page, 'index.html'),
      `<!doctype html><meta charset="utf-8"><style>
@font-face { font-family: 'Term'; src: url(font-latin.woff2) format('woff2'); }
@font-face { font-family: 'Term'; src: url(font.woff2) format('woff2');
  unicode-range: U+0102-0103, U+0110-0111, U+0128-0129, U+0168-0169, U+01A0-01A1, U+01AF-01B0, U+0300-0301, U+0303-0304, U+0308-0309, U+0323, U+0329, U+1EA0-1EF9, U+20AB; }
body { margin: 0; background: #1e1e1e; }
pre { margin: 0; padding: 12px 16px; color: #e6e6e6; font: 13px/1.35 'Term', monospace;
  width: ${c.width}ch; white-space: pre-wrap; overflow-wrap: anywhere; font-variant-ligatures: none; }
</style><pre>${escapeHtml(text)}</pre>`,
    );
    await browser.page.goto(`${server.base}/index.html?${c.name}`);
    await browser.page.evaluate(() => document.fonts.ready);
    await browser.page.locator('pre').screenshot({ path: join(shots, `${c.name}.png`) });
  }
  for (const e of browser.errors) failures.push(`page error: ${e}`);
} finally {
  await browser.close();
  server.close();
  rmSync(work, { recursive: true, force: true });
}
if (failures.length > 0) {
  console.error(`cli screenshots FAILED (${failures.length}):`);
  for (const f of failures) console.error(`  - ${f}`);
  process.exitCode = 1;
} else {
  console.log(`cli screenshots: ${CASES.length} cases in ${shots.slice(root.length + 1)}/ (.png and .txt)`);
}

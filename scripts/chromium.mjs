// What the Chromium checks share (docs-check, browser-check, dashboard-check, cli-screenshots): a
// static file server on 127.0.0.1 and a headless Debian Chromium driven by playwright-core.
//
//   const server = await serveStatic(dir, { allow: ['dist', 'examples'] });
//   const browser = await openChromium('docs', { width: 1280, height: 900 });
//   await browser.page.goto(`${server.base}/index.html`);
//   ...
//   await browser.close(); server.close();
//
// CHROMIUM_PATH overrides /usr/bin/chromium (the Debian package: apt-get install chromium).
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { chromium } from 'playwright-core';

/** Content types of the files the checks serve. */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.map': 'application/json',
};

/**
 * Serves `dir` on a random port of 127.0.0.1. A directory answers with its index.html,
 * `/favicon.ico` with 204 (no site has one; Chromium asks anyway), anything outside `dir` (or
 * outside the `allow` subfolders, when given) with 403, a missing file with 404.
 *
 * @param {string} dir
 * @param {{ allow?: readonly string[] }} [options]
 * @returns {Promise<import('node:http').Server & { base: string }>}
 */
export function serveStatic(dir, options = {}) {
  const roots = (options.allow ?? ['']).map((d) => (d === '' ? dir : join(dir, d)));
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    let file = normalize(join(dir, decodeURIComponent(url.pathname)));
    if (!roots.some((r) => file === r || file.startsWith(r + sep))) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      ok(Object.assign(server, { base: `http://127.0.0.1:${port}` }));
    }),
  );
}

/**
 * Starts headless Chromium with a new, empty profile and opens one page. Page errors and console
 * errors are collected in `errors`. `close()` shuts the browser and removes the profile.
 *
 * @param {string} name  names the temporary profile folder
 * @param {{ width: number, height: number }} [viewport]
 */
export async function openChromium(name, viewport) {
  const userDataDir = mkdtempSync(join(tmpdir(), `commune-kpi-${name}-chromium-`));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    ...(viewport ? { viewport } : {}),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return {
    context,
    page,
    errors,
    async close() {
      await context.close().catch(() => {});
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

// End-to-end test of the CodeIntel extension in a real VS Code: code-server serves the workbench, the packaged
// .vsix is installed into it, headless Chromium drives it. Every step waits for an element or a condition; none
// sleeps a fixed time. Screenshots go to e2e/artifacts/. Exit code 0: passed; 1: failed (see failure.png).
//   node run-e2e.mjs --vsix ../codeintel.vsix --server ../../src/LanguageServer/bin/Debug/net10.0/CodeIntel.LanguageServer.dll
import { spawn, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const here = dirname(fileURLToPath(import.meta.url));
const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []));
const vsix = resolve(args.vsix ?? join(here, '..', 'codeintel.vsix'));
const serverDll = resolve(args.server ?? join(here, '..', '..', 'src', 'LanguageServer', 'bin', 'Debug', 'net10.0', 'CodeIntel.LanguageServer.dll'));
const chromium = args.chromium ?? '/usr/bin/chromium';
const artifacts = resolve(args.artifacts ?? join(here, 'artifacts'));
const codeServer = join(here, 'node_modules', '.bin', 'code-server');
const port = Number(args.port ?? 18000 + Math.floor(Math.random() * 1000));
const timeout = 120_000;

for (const [what, path] of [['the .vsix', vsix], ['the language server', serverDll], ['chromium', chromium], ['code-server', codeServer]]) {
  if (!existsSync(path)) {
    console.error(`e2e: ${what} is missing at ${path}`);
    process.exit(1);
  }
}

const scratch = mkdtempSync(join(tmpdir(), 'codeintel-e2e-'));
const userData = join(scratch, 'user-data');
const extensions = join(scratch, 'extensions');
const workspace = join(scratch, 'workspace');
cpSync(join(here, 'workspace'), workspace, { recursive: true });
mkdirSync(join(userData, 'User'), { recursive: true });
rmSync(artifacts, { recursive: true, force: true });
mkdirSync(artifacts, { recursive: true });
writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify({
  'codeIntel.server.path': serverDll,
  'codeIntel.index.directory': join(scratch, 'indexes'),
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'telemetry.telemetryLevel': 'off',
}, null, 2));
// The server's model cache goes to the scratch folder too, so a run leaves nothing behind.
const env = { ...process.env, XDG_CACHE_HOME: join(scratch, 'cache'), XDG_CONFIG_HOME: join(scratch, 'config'), XDG_DATA_HOME: join(scratch, 'data') };

const log = (message) => console.log(`e2e: ${message}`);
const started = Date.now();
log(`installing ${vsix}`);
try {
  execFileSync(codeServer, ['--user-data-dir', userData, '--extensions-dir', extensions, '--install-extension', vsix], { env, stdio: 'inherit' });
} catch (error) {
  rmSync(scratch, { recursive: true, force: true });
  console.error(`e2e: FAILED: code-server could not install ${vsix}: ${error.message}`);
  process.exit(1);
}

log(`starting code-server on port ${port}`);
const server = spawn(codeServer, ['--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
  '--user-data-dir', userData, '--extensions-dir', extensions, workspace], { env, stdio: ['ignore', 'pipe', 'pipe'] });
let serverLog = '';
server.stdout.on('data', (d) => { serverLog += d; });
server.stderr.on('data', (d) => { serverLog += d; });

let browser;
let page;
const shot = async (name) => {
  await page.screenshot({ path: join(artifacts, `${name}.png`) });
  log(`screenshot ${name}.png`);
};

try {
  await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => null))?.ok, 'code-server to answer');
  browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--window-size=1400,900'],
    defaultViewport: { width: 1400, height: 900 },
  });
  page = await browser.newPage();
  page.setDefaultTimeout(timeout);
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
  await page.waitForSelector('.monaco-workbench');
  log(`workbench rendered after ${Date.now() - started} ms`);

  // The status bar item says how far the index is; wait until the first indexing is done.
  await page.waitForFunction(() => [...document.querySelectorAll('.statusbar-item')].some((e) => /CodeIntel: \d+ chunks/.test(e.textContent ?? '')), { timeout });
  log(`index ready (status bar) after ${Date.now() - started} ms`);
  await shot('01-indexed');

  // Command palette -> "CodeIntel: Search Code".
  await page.click('.monaco-workbench .part.editor');
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget input', { visible: true });
  await page.keyboard.type('CodeIntel: Search Code');
  await page.waitForFunction(() => [...document.querySelectorAll('.quick-input-list .monaco-list-row')].some((r) => r.textContent?.includes('CodeIntel: Search Code')));
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('.quick-input-widget .quick-input-title')?.textContent?.includes('CodeIntel: Search Code'));
  const typed = Date.now();
  await page.keyboard.type('greatest common divisor of two numbers', { delay: 40 });
  const row = await page.waitForFunction(() => [...document.querySelectorAll('.quick-input-list .monaco-list-row')]
    .find((r) => r.textContent?.includes('Demo.MathUtil.GreatestCommonDivisor')), { timeout });
  log(`search result shown ${Date.now() - typed} ms after typing started`);
  await shot('02-search-results');
  await row.click();
  await page.waitForFunction(() => document.querySelector('.tab.active')?.textContent?.includes('MathUtil.cs'));
  await page.waitForFunction(() => document.querySelector('.editor-group-container.active .monaco-editor .view-lines')?.textContent?.includes('GreatestCommonDivisor'));
  // The cursor is on the result's first line (line 5: the method's doc comment).
  await page.waitForFunction(() => [...document.querySelectorAll('.statusbar-item')].some((e) => /Ln 5, Col 1/.test(e.textContent ?? '')));
  await shot('03-opened-result');

  // Right-click in the editor -> "Translate to Python": the C# expert's Python opens in a new editor beside it.
  const lines = await page.waitForSelector('.editor-group-container.active .monaco-editor .view-lines');
  const box = await lines.boundingBox();
  await page.mouse.click(box.x + 80, box.y + 60, { button: 'right' });
  await clickMenuItem('Translate to Python', () => shot('04-context-menu'));
  // Monaco renders spaces as U+00A0.
  await page.waitForFunction(() => [...document.querySelectorAll('.editor-group-container .monaco-editor .view-lines')]
    .some((e) => e.textContent?.replace(/\u00a0/g, ' ').includes('def GreatestCommonDivisor(a, b):')), { timeout });
  await shot('05-csharp-translated-to-python');

  // Open the C++ file (quick open) and translate it: the Python opens in a new editor beside it.
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget input', { visible: true });
  await page.keyboard.press('Backspace');
  await page.keyboard.type('matrix.cpp');
  await page.waitForFunction(() => [...document.querySelectorAll('.quick-input-list .monaco-list-row')].some((r) => r.textContent?.includes('matrix.cpp')));
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('.editor-group-container.active .tab.active')?.textContent?.includes('matrix.cpp'));
  // The group shows the C# editor until the C++ one has rendered: right-click only once the C++ text is on screen.
  const cppLines = await page.waitForFunction(() => [...document.querySelectorAll('.editor-group-container.active .monaco-editor .view-lines')]
    .find((e) => e.textContent?.includes('multiply_matrices')));
  const cppBox = await cppLines.boundingBox();
  await page.mouse.click(cppBox.x + 80, cppBox.y + 60, { button: 'right' });
  await clickMenuItem('Translate to Python');
  // Monaco renders spaces as U+00A0.
  await page.waitForFunction(() => [...document.querySelectorAll('.editor-group-container .monaco-editor .view-lines')]
    .some((e) => e.textContent?.replace(/\u00a0/g, ' ').includes('def multiply_matrices(a, b, n):')), { timeout });
  await shot('06-translated-to-python');
  log(`passed in ${Date.now() - started} ms`);
} catch (error) {
  console.error(`e2e: FAILED: ${error.stack ?? error}`);
  if (page) {
    await page.screenshot({ path: join(artifacts, 'failure.png') }).catch(() => {});
    // What the workbench showed, in the log: CI keeps the log, not the screenshot.
    const state = await page.evaluate(() => ({
      tabs: [...document.querySelectorAll('.tab')].map((t) => t.textContent?.trim()),
      notifications: [...document.querySelectorAll('.notification-toast, .notification-list-item')].map((n) => n.textContent?.trim()),
      statusBar: [...document.querySelectorAll('.statusbar-item')].map((s) => s.textContent?.trim()).filter(Boolean),
      editors: [...document.querySelectorAll('.monaco-editor .view-lines')].map((e) => e.textContent?.replace(/\u00a0/g, ' ').slice(0, 300)),
    })).catch((e) => `unavailable: ${e.message}`);
    console.error(`e2e: workbench at failure: ${JSON.stringify(state, null, 2)}`);
  }
  writeFileSync(join(artifacts, 'code-server.log'), serverLog);
  process.exitCode = 1;
} finally {
  await browser?.close();
  server.kill();
  rmSync(scratch, { recursive: true, force: true });
}

// Clicks a context-menu item once it has stopped moving: the menu is laid out, then moved to fit the window, and a
// click aimed at where an item first appeared can land on its neighbour.
async function clickMenuItem(label, beforeClick) {
  const item = await page.waitForSelector(`::-p-text(${label})`, { visible: true });
  let previous = null;
  await waitFor(async () => {
    const box = JSON.stringify(await item.boundingBox());
    const still = box === previous;
    previous = box;
    return still;
  }, `the menu item "${label}" to stop moving`);
  await beforeClick?.();
  await item.click();
}

async function waitFor(condition, what) {
  const deadline = Date.now() + timeout;
  while (!(await condition())) {
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}`);
    }
    // Polling a condition (not sleeping for a result): the next check comes as soon as this one has failed.
    await new Promise((r) => setTimeout(r, 100));
  }
}

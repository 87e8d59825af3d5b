// Shared by the browser tests: the service's address (SYGEDOK_URL, set by
// scripts/browser-test.sh), Debian's chromium started through playwright-core
// from tests/node, and small helpers for the page.
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repositoryRoot = path.resolve(here, '../..');

// playwright-core is installed (npm ci) in tests/node, not beside these tests.
const requireFromJudges = createRequire(path.join(repositoryRoot, 'tests/node/package.json'));
const { chromium } = requireFromJudges('playwright-core');

export const baseUrl = process.env.SYGEDOK_URL;
if (!baseUrl) throw new Error('SYGEDOK_URL is not set: run scripts/browser-test.sh');

// CI runs as root, so chromium needs --no-sandbox; the rest keeps it quiet and offline.
export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

// A fresh context (empty storage) with a laptop-sized window and downloads allowed.
export async function newPage(browser, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ acceptDownloads: true, locale: 'da-DK', viewport });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  // Chromium logs every answer >= 400 to fetch(); a 422 for an incomplete document is the expected answer.
  const expected = /Failed to load resource: the server responded with a status of 422/;
  page.on('console', (message) => {
    if (message.type() === 'error' && !expected.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  return { context, page, problems };
}

// Opens the page and waits until the form of `kind` is built.
export async function openForm(page, kind) {
  await page.goto(`${baseUrl}/`);
  await page.waitForSelector('body[data-kind]');
  if (kind && (await page.getAttribute('body', 'data-kind')) !== kind) {
    await page.selectOption('#kind', kind);
    await page.waitForSelector(`body[data-kind="${kind}"]`);
  }
  await page.waitForSelector('body[data-validated]');
}

// A temporary folder removed by the returned function.
export function temporaryFolder() {
  const folder = mkdtempSync(path.join(tmpdir(), 'sygedok-browser-'));
  return { folder, remove: () => rmSync(folder, { recursive: true, force: true }) };
}

// The text of a PDF file as pdftotext (poppler-utils) reads it.
export function pdfText(file) {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

// axe-core's violations on the page as it is now (WCAG 2.1 A and AA and
// best practices): [{id, nodes: [selectors]}]. The engine is evaluated
// through the driver, so the page's Content-Security-Policy stays in force.
const axeSource = readFileSync(requireFromJudges.resolve('axe-core/axe.min.js'), 'utf8');
export async function axeViolations(page) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
  }));
  return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

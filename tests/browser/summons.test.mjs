// The summons path end to end in Debian's chromium: a manager opens the page,
// chooses indkaldelse / fraværssamtale, fills in the form (fictitious people
// only), sees the § 7 a warning next to the meeting time when the meeting is
// more than 4 weeks after the first sick day, fixes it, previews the letter,
// downloads the PDF and the Digital Post message, and the PDF's text holds
// the employee's name and the meeting's Danish date, and it is tagged for
// screen readers. Also: keyboard only, reload keeps the form, "Ryd
// formularen" clears it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { launchBrowser, newPage, openForm, pdfText, repositoryRoot, temporaryFolder } from './browser.mjs';

let browser;
const temporary = temporaryFolder();

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  temporary.remove();
});

// The fields of a summons to a fraværssamtale; the meeting itself is set by the test.
async function fillSummons(page) {
  await page.selectOption('#f-meeting-type', 'fravaerssamtale');
  await page.fill('#f-employee-name', 'Testperson Jensen');
  await page.fill('#f-employee-first-name', 'Testperson');
  await page.fill('#f-employee-cpr', '010190-1234');
  await page.click('text=Tilføj adresselinje');
  await page.fill('#f-employee-address-0', 'Eksempelvej 1');
  await page.click('text=Tilføj adresselinje');
  await page.fill('#f-employee-address-1', '9999 Eksempelby');
  await page.fill('#f-absence-first-day', '2026-11-09');
  await page.fill('#f-meeting-location', 'Mødelokale 2, Rådhuset');
  await page.fill('#f-manager-name', 'Testleder Hansen');
  await page.fill('#f-manager-title', 'afdelingsleder');
  await page.fill('#f-sender-name', 'Eksempel Kommune');
  await page.fill('#f-sender-address', 'Rådhuspladsen 1, 9999 Eksempelby');
  await page.fill('#f-sender-cvr', '12345674');
  await page.fill('#f-document-date', '2026-11-25');
}

async function setMeeting(page, day) {
  await page.fill('#f-meeting-start', `${day}T10:00`);
  await page.fill('#f-meeting-end', `${day}T11:00`);
}

test('a summons: the § 7 a warning at the meeting time, fixed, previewed, downloaded as PDF and MeMo', async () => {
  const { context, page, problems } = await newPage(browser);
  await openForm(page, 'indkaldelse');
  await fillSummons(page);

  // 30 days after the first sick day: later than § 7 a allows.
  await setMeeting(page, '2026-12-09');
  assert.equal(await page.textContent('#f-meeting-start-text'), 'onsdag den 9. december 2026 kl. 10.00');
  const warning = page.locator('#f-meeting-start-diag [data-code="late_meeting_7a"]');
  await warning.waitFor({ state: 'visible' });
  assert.match(await warning.textContent(), /senest 4 uger efter første sygedag/);
  const describedBy = await page.getAttribute('#f-meeting-start', 'aria-describedby');
  assert.ok(describedBy.split(' ').includes('f-meeting-start-diag'), describedBy);
  const summaryLink = page.locator('#summary a[href="#f-meeting-start"]');
  await summaryLink.waitFor({ state: 'visible' });
  assert.equal(await page.locator('#summary .summary-errors').count(), 0, 'a complete summons has no errors');

  if (process.env.SCREENSHOT === '1') {
    // The page from the top down to the end of the meeting's section, warning included, no field focused.
    await page.evaluate(() => document.activeElement?.blur());
    const section = await page.locator('section.form-section', { has: page.locator('#f-meeting-start') }).boundingBox();
    const height = Math.ceil(section.y + section.height + 16 + (await page.evaluate(() => window.scrollY)));
    await page.screenshot({ path: path.join(repositoryRoot, 'docs/web-form.png'), fullPage: true, clip: { x: 0, y: 0, width: 1280, height } });
  }

  // 23 days after: in time; the warning goes away.
  await setMeeting(page, '2026-12-02');
  await warning.waitFor({ state: 'detached' });
  assert.equal(await page.textContent('#f-meeting-start-text'), 'onsdag den 2. december 2026 kl. 10.00');

  await page.click('#preview');
  await page.waitForSelector('#preview-frame[src^="blob:"]');
  assert.equal(await page.isVisible('#preview-area'), true);
  assert.match(await page.textContent('#status'), /Dokumentet vises herunder/);

  const [pdfDownload] = await Promise.all([page.waitForEvent('download'), page.click('#download-pdf')]);
  assert.equal(pdfDownload.suggestedFilename(), 'indkaldelse-testperson-jensen-2026-12-02.pdf');
  const pdfFile = path.join(temporary.folder, pdfDownload.suggestedFilename());
  await pdfDownload.saveAs(pdfFile);
  assert.equal(readFileSync(pdfFile).subarray(0, 5).toString('latin1'), '%PDF-');
  const text = pdfText(pdfFile);
  assert.match(text, /Testperson Jensen/);
  assert.match(text, /den 2\. december 2026 kl\. 10\.00/i);
  assert.match(text, /fraværssamtale/i);
  // The letter the manager downloads is tagged for screen readers: poppler
  // reads its structure, title first as the one H1.
  const structure = execFileSync('pdfinfo', ['-struct-text', pdfFile], { encoding: 'utf8' });
  assert.match(structure, /^Document\n/);
  assert.match(structure, /\n {2}H1 \(block\)\n {4}"Indkaldelse[^"]*"/);

  const [memoDownload] = await Promise.all([page.waitForEvent('download'), page.click('#download-memo')]);
  assert.equal(memoDownload.suggestedFilename(), 'indkaldelse-testperson-jensen-2026-12-02-digital-post.xml');
  const memoFile = path.join(temporary.folder, memoDownload.suggestedFilename());
  await memoDownload.saveAs(memoFile);
  const memo = readFileSync(memoFile, 'utf8');
  assert.match(memo, /https:\/\/DigitalPost\.dk\/MeMo-1/);
  assert.match(memo, /<memo:recipientID>0101901234<\/memo:recipientID>/);
  assert.match(memo, /<memo:senderID>12345674<\/memo:senderID>/);

  assert.deepEqual(problems, []);
  await context.close();
});

test('an incomplete summons: preview refuses, the errors are listed at the top and shown at their fields', async () => {
  const { context, page, problems } = await newPage(browser);
  await openForm(page, 'indkaldelse');
  await page.fill('#f-employee-name', 'Testperson Jensen');
  await page.click('#preview');
  const heading = page.locator('#summary-errors');
  await heading.waitFor({ state: 'visible' });
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'summary-errors');
  assert.match(await page.textContent('#status'), /kan ikke laves endnu/);
  // The missing meeting time is shown at its field, marked invalid, and linked from the summary.
  await page.locator('#f-meeting-start-diag .diag-error').waitFor({ state: 'visible' });
  assert.equal(await page.getAttribute('#f-meeting-start', 'aria-invalid'), 'true');
  await page.click('#summary a[href="#f-meeting-start"]');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'f-meeting-start');
  assert.equal(await page.isVisible('#preview-area'), false);
  assert.deepEqual(problems, []);
  await context.close();
});

test('keyboard only: Tab reaches the document choice and the first field, with a visible focus; rows are added by keyboard', async () => {
  const { context, page } = await newPage(browser, { width: 820, height: 1180 });  // a tablet held upright
  await openForm(page, 'indkaldelse');
  const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
  const focusIsVisible = () => page.evaluate(() => {
    const style = getComputedStyle(document.activeElement);
    return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  });
  const tabUntil = async (id, limit) => {
    for (let i = 0; i < limit; ++i) {
      await page.keyboard.press('Tab');
      if ((await focusedId()) === id) return true;
    }
    return false;
  };

  assert.ok(await tabUntil('kind', 5), 'Tab reaches the choice of document');
  assert.ok(await focusIsVisible(), 'the focus on the document choice is visible');
  assert.ok(await page.evaluate(() => document.activeElement.labels[0].textContent === 'Dokument'));
  const firstField = await page.evaluate(() => document.querySelector('#form-fields input, #form-fields select, #form-fields textarea').id);
  assert.ok(await tabUntil(firstField, 10), `Tab reaches the first field (${firstField})`);
  assert.ok(await focusIsVisible(), 'the focus on the first field is visible');

  // Every input has a label bound to it.
  const unlabelled = await page.evaluate(() => [...document.querySelectorAll('input, select, textarea')]
    .filter((e) => e.type !== 'hidden' && e.labels.length === 0).map((e) => e.id));
  assert.deepEqual(unlabelled, []);

  // A row is added with the keyboard and gets the focus.
  await page.focus('text=Tilføj emne');
  await page.keyboard.press('Enter');
  assert.equal(await focusedId(), 'f-topics-0');
  await page.keyboard.type('Hvordan vi bedst holder kontakten');
  assert.equal(await page.inputValue('#f-topics-0'), 'Hvordan vi bedst holder kontakten');
  await context.close();
});

test('the form keeps what was typed through a reload, and "Ryd formularen" clears it', async () => {
  const { context, page } = await newPage(browser);
  await openForm(page, 'indkaldelse');
  assert.match(await page.textContent('#privacy-note'), /^Det du skriver, bliver kun gemt i denne browser/);
  await page.selectOption('#f-meeting-type', 'statussamtale');
  await page.fill('#f-employee-name', 'Testperson Jensen');
  await page.fill('#f-employee-cpr', '010190-1234');
  await page.fill('#f-meeting-start', '2026-12-02T10:00');

  await page.reload();
  await page.waitForSelector('body[data-kind="indkaldelse"]');
  assert.equal(await page.inputValue('#f-employee-name'), 'Testperson Jensen');
  assert.equal(await page.inputValue('#f-employee-cpr'), '010190-1234');
  assert.equal(await page.inputValue('#f-meeting-type'), 'statussamtale');
  assert.equal(await page.inputValue('#f-meeting-start'), '2026-12-02T10:00');
  // The CPR number is kept for the open tab only, never in localStorage.
  const local = await page.evaluate(() => JSON.stringify({ ...localStorage }));
  assert.match(local, /Testperson Jensen/);
  assert.doesNotMatch(local, /010190/);

  await page.click('#clear');
  assert.equal(await page.inputValue('#f-employee-name'), '');
  assert.equal(await page.inputValue('#f-employee-cpr'), '');
  assert.match(await page.textContent('#status'), /ryddet/);
  await page.reload();
  await page.waitForSelector('body[data-kind]');
  assert.equal(await page.inputValue('#f-employee-name'), '');
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));
  assert.doesNotMatch(stored, /Testperson|010190/);
  await context.close();
});

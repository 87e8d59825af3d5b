// The follow-up plan page ("Forløb", /forloeb) in Debian's chromium: a
// manager of Køge types a first sick day and two calls already made (the
// fictitious case of samples/plan/koege-langvarig.json) and sees the plan as
// a timeline and as a list, overdue first, with Danish dates, purposes and
// sources; opens the § 7 a summons prefilled on the document page, where the
// sender and manager typed earlier are kept; downloads the overview PDF and
// the calendar file; sees errors next to their fields; and finds both pages
// free of axe-core violations and usable by keyboard. No personal data in
// any address the page asks for.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { axeViolations, baseUrl, launchBrowser, newPage, openForm, pdfText, repositoryRoot, temporaryFolder } from './browser.mjs';
import { isoDate } from '../../web/danish-dates.js';

let browser;
const temporary = temporaryFolder();
const STATE_ORDER = ['overdue', 'due', 'upcoming', 'done'];

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  temporary.remove();
});

// Opens the plan page and waits for its first answer from the service.
async function openPlan(page) {
  await page.goto(`${baseUrl}/forloeb`);
  await page.waitForSelector('body[data-kind="opfoelgningsplan"][data-validated]');
}

// Waits for the plan made after the last change.
async function planShown(page) {
  const before = await page.getAttribute('body', 'data-validated');
  await page.waitForFunction((seen) => document.body.dataset.validated !== seen, before);
  await page.waitForFunction(() => document.body.dataset.planned === document.body.dataset.validated);
}

// The Køge case: first sick day Monday 30 November 2026, expected to pass 8 weeks, calls on day 3 and 8.
async function fillKoege(page) {
  await page.fill('#f-employee-name', 'Testperson Jensen');
  await page.fill('#f-absence-first-day', '2026-11-30');
  await page.selectOption('#f-absence-expected-over-4-weeks', 'true');
  await page.selectOption('#f-absence-expected-over-8-weeks', 'true');
  for (const [index, day] of ['2026-12-03', '2026-12-08'].entries()) {
    await page.click('text=Tilføj hændelse');
    await page.selectOption(`#f-held-${index}-type`, 'opringning');
    await page.fill(`#f-held-${index}-date`, day);
  }
  await page.fill('#f-policy', 'koege');
  await page.fill('#f-as-of', '2026-12-17');
  await planShown(page);
}

function watchAddresses(page) {
  const addresses = [];
  page.on('request', (request) => addresses.push(request.url()));
  return addresses;
}

test('a Køge plan: timeline and list, overdue first, Danish dates, sources; the § 7 a summons opens prefilled', async () => {
  const { context, page, problems } = await newPage(browser);
  const addresses = watchAddresses(page);
  // Sender and manager typed earlier on the document page.
  await openForm(page, 'notat');
  await page.fill('#f-sender-name', 'Eksempel Kommune');
  await page.fill('#f-sender-address', 'Rådhuspladsen 1, 9999 Eksempelby');
  await page.fill('#f-sender-cvr', '12345674');
  await page.fill('#f-manager-name', 'Testleder Hansen');
  await page.click('nav.pages >> text=Forløb');
  await page.waitForSelector('body[data-kind="opfoelgningsplan"][data-validated]');
  assert.equal(await page.inputValue('#f-as-of'), isoDate(new Date()), 'the plan is for today unless changed');
  assert.equal(await page.inputValue('#f-manager-name'), 'Testleder Hansen', 'the manager typed for the notat');
  assert.equal(await page.inputValue('#f-sender-cvr'), '12345674');

  await fillKoege(page);
  assert.match(await page.textContent('#plan-policies'), /^Retningslinjer: Sygedagpengeloven og Køge Kommunes retningslinjer\.$/);
  assert.match(await page.textContent('#plan-summary'), /^1 overskredet, 5 skal gøres nu, 0 kommer senere og 2 gjort\.$/);

  // The list: groups in the order overdue, due, upcoming, done.
  const states = await page.$$eval('#plan-list li.plan-item', (items) => items.map((i) => i.dataset.state));
  assert.equal(states.length, 8);
  assert.deepEqual(states, [...states].sort((a, b) => STATE_ORDER.indexOf(a) - STATE_ORDER.indexOf(b)));
  assert.equal(states[0], 'overdue');
  assert.deepEqual(await page.$$eval('#plan-list h3', (h) => h.map((e) => e.textContent)), ['Overskredet (1)', 'Skal gøres nu (5)', 'Gjort (2)']);

  const lov7a = page.locator('li[data-item="lov_7a_samtale"]');
  const text7a = await lov7a.textContent();
  assert.match(text7a, /Tidligstmandag den 30\. november 2026/);
  assert.match(text7a, /Senestmandag den 28\. december 2026/);
  assert.match(text7a, /Send indkaldelsen senestmandag den 21\. december 2026/);
  assert.match(text7a, /Kilde: Sygedagpengeloven § 7 a/);
  assert.match(await page.locator('li[data-item="koege_opringning_3"]').textContent(), /Gjorttorsdag den 3\. december 2026/);
  assert.match(await page.locator('li[data-item="koege_friattest"]').textContent(), /En mulighed, ikke en pligt/);
  assert.match(await page.locator('li[data-item="koege_friattest"] button').textContent(), /^Skriv anmodningen/);
  assert.equal(await page.locator('li[data-item="koege_opringning_3"] button').count(), 0, 'nothing to write for what is done');

  // The timeline: an image with a name and a text alternative, one row per item, a deadline per item with one.
  const figure = page.locator('#timeline-area svg[role="img"]');
  assert.equal(await figure.count(), 1);
  const name = await figure.evaluate((svg) => document.getElementById(svg.getAttribute('aria-labelledby')).textContent);
  assert.equal(name, 'Uger efter første sygedag');
  const description = await figure.evaluate((svg) => document.getElementById(svg.getAttribute('aria-describedby')).textContent);
  assert.match(description, /8 punkter over \d+ uger/);
  assert.equal(await page.locator('#timeline-area g.row').count(), 8);
  assert.equal(await page.locator('#timeline-area g.row line.deadline').count(), 3);
  assert.equal(await page.locator('#timeline-area g.row .done-mark').count(), 2);

  if (process.env.SCREENSHOT === '1') {
    // The plan from its heading to the end of the overdue group, no field focused.
    await page.evaluate(() => document.activeElement?.blur());
    const top = await page.locator('#result-heading').boundingBox();
    const end = await page.locator('.group-overdue').boundingBox();
    const scroll = await page.evaluate(() => window.scrollY);
    await page.screenshot({ path: path.join(repositoryRoot, 'docs/web-plan.png'), fullPage: true,
      clip: { x: 0, y: top.y + scroll - 24, width: 1280, height: end.y + end.height - top.y + 40 } });
  }

  // One click: the summons to the § 7 a conversation, prefilled, sender and manager kept.
  await lov7a.locator('button', { hasText: 'Skriv indkaldelsen' }).click();
  await page.waitForSelector('body[data-kind="indkaldelse"][data-validated]');
  assert.equal(page.url(), `${baseUrl}/`);
  assert.equal(await page.inputValue('#kind'), 'indkaldelse');
  assert.equal(await page.inputValue('#f-meeting-type'), 'fravaerssamtale');
  assert.equal(await page.inputValue('#f-employee-name'), 'Testperson Jensen');
  assert.equal(await page.inputValue('#f-absence-first-day'), '2026-11-30');
  assert.equal(await page.inputValue('#f-document-date'), '2026-12-17');
  assert.equal(await page.inputValue('#f-sender-name'), 'Eksempel Kommune');
  assert.equal(await page.inputValue('#f-manager-name'), 'Testleder Hansen');
  assert.match(await page.textContent('#status'), /udfyldt ud fra forløbet/);
  assert.equal(await page.evaluate(() => sessionStorage.getItem('sygedok.prefill')), null, 'the hand-over is taken once');

  // Back on the plan page, the facts typed are still there; the plan's date is today again.
  await page.click('nav.pages >> text=Forløb');
  await page.waitForSelector('body[data-kind="opfoelgningsplan"][data-validated]');
  assert.equal(await page.inputValue('#f-employee-name'), 'Testperson Jensen');
  assert.equal(await page.inputValue('#f-held-1-date'), '2026-12-08');
  assert.equal(await page.inputValue('#f-as-of'), isoDate(new Date()));

  for (const address of addresses) assert.doesNotMatch(decodeURIComponent(address), /Testperson|Jensen|2026-11-30/, address);
  assert.deepEqual(problems, []);
  await context.close();
});

test('spredt fravær: five earlier periods cross the threshold; the summons opens with its fraværskort', async () => {
  const { context, page, problems } = await newPage(browser);
  await openPlan(page);
  await page.fill('#f-employee-name', 'Testperson Jensen');
  const periods = [['2027-01-18', '2027-01-19'], ['2027-02-22', ''], ['2027-04-06', '2027-04-07'], ['2027-05-18', ''], ['2027-06-28', '2027-06-29']];
  for (const [index, [from, to]] of periods.entries()) {
    await page.click('text=Tilføj periode >> nth=1');
    await page.fill(`#f-absence-periods-${index}-from`, from);
    if (to) await page.fill(`#f-absence-periods-${index}-to`, to);
  }
  await page.fill('#f-as-of', '2027-07-08');
  await planShown(page);
  const item = page.locator('li[data-item="guide_spredt_fravaer"]');
  assert.equal(await item.getAttribute('data-state'), 'due');
  assert.match(await item.textContent(), /Grænsen blev nået mandag den 28\. juni 2027: 5 perioder siden tirsdag den 29\. december 2026\./);
  const name = await page.$eval('#timeline-area svg', (svg) => document.getElementById(svg.getAttribute('aria-labelledby')).textContent);
  assert.equal(name, 'Uger efter mandag den 28. juni 2027', 'without a sick leave the axis counts from the first item');

  await item.locator('button').click();
  await page.waitForSelector('body[data-kind="indkaldelse"][data-validated]');
  assert.equal(await page.inputValue('#f-meeting-type'), 'spredt_fravaer');
  assert.equal(await page.inputValue('#f-absence-periods-4-from'), '2027-06-28');
  assert.equal(await page.inputValue('#f-absence-periods-4-to'), '2027-06-29');
  assert.equal(await page.inputValue('#f-absence-periods-1-to'), '');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the overview PDF and the calendar file, checked by type and first bytes', async () => {
  const { context, page, problems } = await newPage(browser);
  await openPlan(page);
  await fillKoege(page);

  const files = {
    calendar: { button: '#download-calendar', path: '/v1/plan', type: 'text/calendar', start: 'BEGIN:VCALENDAR', extension: 'ics' },
    pdf: { button: '#download-pdf', path: '/v1/documents/opfoelgningsplan', type: 'application/pdf', start: '%PDF-', extension: 'pdf' },
  };
  for (const [what, file] of Object.entries(files)) {
    const answered = page.waitForResponse((r) => r.url().endsWith(file.path) && r.request().headers().accept?.startsWith(file.type));
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(file.button)]);
    const response = await answered;
    assert.ok(response.headers()['content-type'].startsWith(file.type), `${what}: ${response.headers()['content-type']}`);
    assert.equal(download.suggestedFilename(), `opfoelgningsplan-testperson-jensen-2026-12-17.${file.extension}`);
    const saved = path.join(temporary.folder, download.suggestedFilename());
    await download.saveAs(saved);
    assert.equal(readFileSync(saved).subarray(0, file.start.length).toString('latin1'), file.start, what);
    if (what === 'pdf') assert.match(pdfText(saved), /Opfølgningsplan/);
    else assert.match(readFileSync(saved, 'utf8'), /SUMMARY:Frist: Personlig samtale efter § 7 a/);
  }
  assert.match(await page.textContent('#status'), /Oversigten er hentet som PDF/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('errors at their fields by JSON path; no plan until they are fixed', async () => {
  const { context, page, problems } = await newPage(browser);
  await openPlan(page);
  assert.match(await page.textContent('#plan-summary'), /Skriv første sygedag/, 'an empty form asks for the facts, no errors yet');
  assert.equal(await page.locator('#summary .summary-errors').count(), 0);

  await fillKoege(page);
  await page.fill('#f-notice-working-days', '0');
  await page.locator('#f-notice-working-days').blur();
  const error = page.locator('#f-notice-working-days-diag .diag-error');
  await error.waitFor({ state: 'visible' });
  assert.equal(await page.getAttribute('#f-notice-working-days', 'aria-invalid'), 'true');
  assert.match(await page.textContent('#plan-summary'), /Planen kan ikke laves endnu/);
  assert.equal(await page.locator('#plan-list li').count(), 0);
  await page.click('#summary a[href="#f-notice-working-days"]');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'f-notice-working-days');

  await page.fill('#f-notice-working-days', '5');
  await planShown(page);
  await error.waitFor({ state: 'detached' });
  assert.ok(await page.locator('#plan-list li').count() > 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('keyboard only and axe-core: both pages without violations, the plan reached and a document opened by keyboard', async () => {
  const { context, page, problems } = await newPage(browser, { width: 820, height: 1180 });  // a tablet held upright
  await openForm(page, 'indkaldelse');
  assert.deepEqual(await axeViolations(page), [], 'the document page');

  await openPlan(page);
  const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
  const focusIsVisible = () => page.evaluate(() => {
    const style = getComputedStyle(document.activeElement);
    return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  });
  let reached = false;
  for (let i = 0; i < 10 && !reached; ++i) {
    await page.keyboard.press('Tab');
    reached = (await focusedId()) === 'f-employee-name';
  }
  assert.ok(reached, 'Tab reaches the first field');
  assert.ok(await focusIsVisible());
  await page.keyboard.type('Testperson Jensen');
  await page.keyboard.press('Tab');
  assert.equal(await focusedId(), 'f-employee-cpr');

  await fillKoege(page);
  assert.deepEqual(await axeViolations(page), [], 'the plan page with a plan');
  const unlabelled = await page.evaluate(() => [...document.querySelectorAll('input, select, textarea')]
    .filter((e) => e.type !== 'hidden' && e.labels.length === 0).map((e) => e.id));
  assert.deepEqual(unlabelled, []);

  // The summons button of the overdue omsorgssamtale, by keyboard.
  const button = page.locator('li[data-item="koege_omsorgssamtale_2_uger"] button');
  await button.focus();
  await page.keyboard.press('Shift+Tab');  // back and forth by keyboard, as a keyboard user arrives
  await page.keyboard.press('Tab');
  assert.ok(await button.evaluate((b) => b === document.activeElement));
  assert.ok(await focusIsVisible(), 'the focus on the button is visible');
  assert.match(await button.textContent(), /Skriv indkaldelsen – Omsorgssamtale/);
  await page.keyboard.press('Enter');
  await page.waitForSelector('body[data-kind="indkaldelse"][data-validated]');
  assert.equal(await page.inputValue('#f-meeting-type'), 'omsorgssamtale');
  assert.deepEqual(problems, []);
  await context.close();
});

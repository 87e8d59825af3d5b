// The dialogue page (/dialog) in Debian's chromium: a leader group answers
// the questionnaire as two respondents, exports the answers, deletes them
// and imports the file again (a file of the other questionnaire and a file
// that is no answers file are refused in Danish), sees the scores as a chart
// and as numbers with the candidates, picks a priority, writes a handleplan
// (problems at their fields first), and downloads the questionnaire, the
// result and the plan as PDFs and the follow-up dates as a calendar file;
// axe-core finds no violations at any step, and the statements can be
// answered by keyboard.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { axeViolations, baseUrl, launchBrowser, newPage, pdfText, repositoryRoot, temporaryFolder } from './browser.mjs';

let browser;
const temporary = temporaryFolder();

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  temporary.remove();
});

async function openDialog(page) {
  await page.goto(`${baseUrl}/dialog`);
  await page.waitForSelector('body[data-ready][data-validated]');
}

// Ticks every statement with `score`, except those in `except` ({id: score}).
async function answer(page, score, except = {}) {
  const ids = await page.$$eval('#questions fieldset.statement', (sets) => sets.map((s) => s.dataset.question));
  for (const id of ids) await page.check(`#q-${id}-${except[id] ?? score}`);
  await page.click('#save-answers');
  return ids;
}

async function downloadTo(page, button) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
  const saved = path.join(temporary.folder, download.suggestedFilename());
  await download.saveAs(saved);
  return { saved, name: download.suggestedFilename() };
}

async function scored(page, action) {
  const before = (await page.getAttribute('body', 'data-scored')) ?? '';
  await action();
  await page.waitForFunction((seen) => (document.body.dataset.scored ?? '') !== seen, before);
}

async function imported(page, files) {
  const before = (await page.getAttribute('body', 'data-imported')) ?? '';
  await page.setInputFiles('#import-answers', files);
  await page.waitForFunction((seen) => (document.body.dataset.imported ?? '') !== seen, before);
}

test('answer, export, import, see the scores, pick a priority, write and download the handleplan', async () => {
  const { context, page, problems } = await newPage(browser);
  await openDialog(page);
  assert.deepEqual(await axeViolations(page), [], 'step 1, a questionnaire to answer');
  assert.equal(await page.inputValue('#questionnaire'), 'ledelse');
  await page.fill('#group', 'Ledergruppen på Eksempel Skole');
  await page.fill('#date', '2026-12-14');
  assert.equal(await page.textContent('#date-text'), 'mandag den 14. december 2026');
  assert.equal(await page.locator('#questions fieldset.block').count(), 6, 'six building blocks');
  assert.equal(await page.locator('#q-L01-1 + label').textContent(), 'Slet ikke');

  // The printable questionnaire.
  const blank = await downloadTo(page, '#download-questionnaire');
  assert.equal(blank.name, 'spoergeskema-ledelse.pdf');
  assert.equal(readFileSync(blank.saved).subarray(0, 5).toString('latin1'), '%PDF-');

  // Two respondents: they disagree on L07.
  const ids = await answer(page, 4, { L07: 1 });
  assert.match(await page.textContent('#status'), /Der er nu 1 besvarelse\./);
  assert.equal(await page.locator('#questions input:checked').count(), 0, 'the form is empty for the next respondent');
  await answer(page, 3, { L07: 5 });
  assert.equal(await page.textContent('#answer-count'), 'Der er gemt 2 besvarelser i denne browser.');
  const kept = JSON.parse(await page.evaluate(() => localStorage.getItem('sygedok.dialog.answers.ledelse')));
  assert.deepEqual(kept.map((r) => Object.keys(r)), [['answers'], ['answers']], 'only the answers are kept');

  // Export, delete, import again.
  const exported = await downloadTo(page, '#export-answers');
  assert.match(exported.name, /^besvarelser-ledelse-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(readFileSync(exported.saved, 'utf8'));
  assert.deepEqual(Object.keys(file).sort(), ['questionnaire', 'respondents']);
  assert.equal(file.questionnaire, 'ledelse');
  assert.equal(file.respondents.length, 2);
  assert.equal(Object.keys(file.respondents[0].answers).length, ids.length);
  await page.click('#delete-answers');
  assert.equal(await page.textContent('#answer-count'), 'Der er gemt 0 besvarelser i denne browser.');
  await imported(page, exported.saved);
  assert.equal(await page.textContent('#answer-count'), 'Der er gemt 2 besvarelser i denne browser.');
  assert.match(await page.textContent('#status'), /2 besvarelser er indlæst\. Der er nu 2 i alt\./);
  await imported(page, exported.saved);
  assert.match(await page.textContent('#import-problems'), /Besvarelserne i filen »besvarelser-ledelse-.*\.json« er allerede gemt her\./);
  assert.equal(await page.textContent('#answer-count'), 'Der er gemt 2 besvarelser i denne browser.', 'the same file twice counts once');

  // Step 2: the chart and the numbers.
  await scored(page, () => page.click('#show-scores'));
  const chart = page.locator('#chart-area svg[role="img"]');
  assert.equal(await chart.count(), 1);
  assert.equal(await chart.evaluate((svg) => document.getElementById(svg.getAttribute('aria-labelledby')).textContent),
    'Gennemsnit og spredning for hver byggesten');
  assert.equal(await page.locator('#chart-area g.row').count(), 6);
  assert.equal(await page.locator('#chart-area g.row rect.bar').count(), 6);
  assert.match(await page.textContent('#chart-area'), /I meget høj grad/);
  const row = await page.$$eval('#block-table tr[data-id="tydelig_ledelse"] > *', (cells) => cells.map((c) => c.textContent));
  assert.equal(row[0], 'Tydelig ledelse');
  assert.match(await page.textContent('#question-table tr[data-id="L07"]'), /2.*3,0.*2,0/);
  const candidate = page.locator('#candidates li[data-question="L07"]');
  assert.equal(await candidate.getAttribute('data-reason'), 'spread');
  assert.match(await candidate.textContent(), /Stor spredning: 2,0 – I er uenige/);
  assert.match(await page.textContent('#priority-result'), /ikke valgt nogen prioriteter/);
  assert.deepEqual(await axeViolations(page), [], 'step 2, the result');

  // Step 3: a priority with votes, shown in the result.
  await scored(page, () => page.check('#p-systematiske_samtaler'));
  await page.fill('#v-systematiske_samtaler', '5');
  await scored(page, () => page.check('#p-ordentlig_statistik'));
  assert.deepEqual(await page.$$eval('#priority-result li', (items) => items.map((i) => i.textContent)),
    ['Systematiske samtaler (5 stemmer)', 'Ordentlig statistik']);
  if (process.env.SCREENSHOT === '1') {
    // The result from its heading to the priorities, no field focused.
    await page.evaluate(() => document.activeElement?.blur());
    const top = await page.locator('#result-heading').boundingBox();
    const end = await page.locator('#priority-result').boundingBox();
    const scroll = await page.evaluate(() => window.scrollY);
    await page.screenshot({ path: path.join(repositoryRoot, 'docs/web-dialog.png'), fullPage: true,
      clip: { x: 0, y: top.y + scroll - 24, width: 1280, height: end.y + end.height - top.y + 40 } });
  }
  const result = await downloadTo(page, '#download-result');
  assert.equal(result.name, 'dialogresultat-ledergruppen-paa-eksempel-skole-2026-12-14.pdf');
  assert.match(pdfText(result.saved), /Systematiske samtaler/);

  // Step 4: a form per chosen block; asking for the PDF too early shows the problems at the fields.
  assert.deepEqual(await page.$$eval('#actions-area fieldset.action legend', (l) => l.map((e) => e.textContent)),
    ['Systematiske samtaler', 'Ordentlig statistik']);
  await page.click('#download-plan');
  await page.locator('#f-actions-0-what-diag .diag-error').waitFor();
  assert.equal(await page.getAttribute('#f-actions-0-what', 'aria-invalid'), 'true');
  assert.match(await page.textContent('#status'), /Handleplanen kan ikke laves endnu/);
  assert.deepEqual(await axeViolations(page), [], 'step 4 with problems');
  for (const [index, text] of ['Fælles skabelon til fraværssamtaler', 'Fraværstal på hvert andet ledermøde'].entries()) {
    await page.fill(`#f-actions-${index}-what`, text);
    await page.fill(`#f-actions-${index}-who`, 'Afdelingslederne');
    await page.fill(`#f-actions-${index}-when`, 'Fra januar 2027');
    await page.fill(`#f-actions-${index}-effect`, 'Ens og omsorgsfulde samtaler');
    await page.fill(`#f-actions-${index}-evidence`, 'Referater i personalemappen');
    await page.fill(`#f-actions-${index}-follow-up`, `2027-0${index + 3}-15`);
  }
  await page.fill('#next-round', '2027-12-06');
  await page.click('#add-signer');
  await page.fill('#f-signers-0-name', 'Testperson Birgitte Skov');
  await page.fill('#f-signers-0-role', 'Skoleleder');
  await page.click('#add-signer');
  await page.fill('#f-signers-1-name', 'Testperson Anders Lund');
  await page.click('button[aria-label="Fjern underskriver 2"]');
  assert.equal(await page.locator('#signers li').count(), 1);
  await page.locator('#f-actions-0-what-diag .diag-error').waitFor({ state: 'detached' });

  const plan = await downloadTo(page, '#download-plan');
  assert.equal(plan.name, 'handleplan-ledergruppen-paa-eksempel-skole-2026-12-14.pdf');
  assert.equal(readFileSync(plan.saved).subarray(0, 5).toString('latin1'), '%PDF-');
  const planText = pdfText(plan.saved);
  assert.match(planText, /Fælles skabelon til fraværssamtaler/);
  assert.match(planText, /Testperson Birgitte Skov/);
  assert.doesNotMatch(planText, /Anders Lund/);
  const calendar = await downloadTo(page, '#download-calendar');
  assert.equal(calendar.name, 'handleplan-ledergruppen-paa-eksempel-skole-2026-12-14.ics');
  const ics = readFileSync(calendar.saved, 'utf8');
  assert.equal((ics.match(/BEGIN:VEVENT/g) ?? []).length, 3, 'two follow-ups and the next round');
  assert.match(ics, /DTSTART;VALUE=DATE:20270315/);
  assert.match(await page.textContent('#status'), /Kalenderfilen med opfølgningsdatoerne er hentet/);
  assert.deepEqual(await axeViolations(page), [], 'step 4, the plan written');

  // A reload keeps the answers, the priorities and the plan.
  await openDialog(page);
  assert.equal(await page.textContent('#answer-count'), 'Der er gemt 2 besvarelser i denne browser.');
  assert.ok(await page.isChecked('#p-systematiske_samtaler'));
  assert.equal(await page.inputValue('#f-actions-0-what'), 'Fælles skabelon til fraværssamtaler');
  assert.equal(await page.inputValue('#f-signers-0-name'), 'Testperson Birgitte Skov');
  await page.click('#clear');
  assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('sygedok.dialog.')).length), 0);
  assert.equal(await page.textContent('#answer-count'), 'Der er gemt 0 besvarelser i denne browser.');
  assert.deepEqual(problems, []);
  await context.close();
});

test('files that are not answers to this questionnaire are refused in Danish; a score outside 1–5 is named by its path', async () => {
  const { context, page, problems } = await newPage(browser);
  await openDialog(page);
  const other = path.join(temporary.folder, 'med.json');
  writeFileSync(other, JSON.stringify({ questionnaire: 'med', respondents: [{ answers: { M01: 3 } }] }));
  const broken = path.join(temporary.folder, 'noter.json');
  writeFileSync(broken, 'ikke json');
  await imported(page, [other, broken]);
  const messages = await page.$$eval('#import-problems p', (ps) => ps.map((p) => p.textContent));
  assert.equal(messages.length, 2);
  assert.match(messages[0], /Filen »med\.json« har besvarelser til spørgeskemaet »MED, Trio eller arbejdsmiljøgruppen«, ikke til det valgte\./);
  assert.match(messages[1], /Filen »noter\.json« er ikke en fil med besvarelser fra dialogværktøjet\./);
  assert.equal(await page.textContent('#answer-count'), 'Der er gemt 0 besvarelser i denne browser.');
  assert.deepEqual(await axeViolations(page), [], 'with the refused files');

  // The other questionnaire takes the file.
  await page.selectOption('#questionnaire', 'med');
  assert.match(await page.textContent('#questionnaire-help'), /MED-udvalget/);
  assert.ok(await page.locator('#questions .higher-med').count() > 0, 'statements for higher MED levels say so');
  await imported(page, other);
  assert.equal(await page.textContent('#answer-count'), 'Der er gemt 1 besvarelse i denne browser.');

  const outOfRange = path.join(temporary.folder, 'forkert.json');
  writeFileSync(outOfRange, JSON.stringify({ questionnaire: 'med', respondents: [{ answers: { M02: 7 } }] }));
  await imported(page, outOfRange);
  await page.fill('#group', 'MED-udvalget på Eksempel Skole');
  await page.click('#show-scores');
  await page.locator('#summary .summary-errors').waitFor();
  assert.match(await page.textContent('#status'), /Resultatet kan ikke laves endnu/);
  assert.match(await page.textContent('#summary'), /M02/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the statements by keyboard, with a visible focus', async () => {
  const { context, page, problems } = await newPage(browser, { width: 820, height: 1180 });
  await openDialog(page);
  await page.focus('#q-L01-1');
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  assert.ok(await page.isChecked('#q-L01-2'));
  await page.keyboard.press('Enter');
  assert.equal(await page.textContent('#answer-count'), 'Der er gemt 0 besvarelser i denne browser.', 'Enter saves nothing');
  const visible = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement);
    return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  });
  assert.ok(visible, 'the focus on the radio button is visible');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.name), 'L02', 'Tab moves to the next statement');
  const unlabelled = await page.evaluate(() => [...document.querySelectorAll('input, select, textarea')]
    .filter((e) => e.type !== 'hidden' && e.labels.length === 0).map((e) => e.id));
  assert.deepEqual(unlabelled, []);
  assert.deepEqual(problems, []);
  await context.close();
});

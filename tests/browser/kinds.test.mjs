// Each document kind made from the page alone: a sample of the
// kind (samples/<kind>/) is typed into the form field by field (rows added
// with their buttons, numbers with a decimal comma, choices chosen), "Hent
// PDF" is pressed, the JSON the page sends must carry every value of the
// sample, and the downloaded PDF's text must hold the employee's name.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { launchBrowser, newPage, openForm, pdfText, repositoryRoot, temporaryFolder } from './browser.mjs';
import { idFor, pathString } from '../../web/paths.js';

const SAMPLES = {
  indkaldelse: 'indkaldelse/spredt_fravaer.json',
  referat: 'referat/fravaerssamtale.json',
  notat: 'notat/sygemelding_1_dag.json',
  fastholdelsesplan: 'fastholdelsesplan/lang.json',
  paamindelse: 'paamindelse/fravaerssamtale.json',
  laegeerklaering: 'laegeerklaering/varighedserklaering.json',
  svar_fastholdelsesplan: 'svar_fastholdelsesplan/invitation.json',
};

let browser;
const temporary = temporaryFolder();
before(async () => { browser = await launchBrowser(); });
after(async () => {
  await browser?.close();
  temporary.remove();
});

// Choices first: they decide which other fields are shown.
const orderedEntries = (object) => Object.entries(object).sort(([a], [b]) => Number(b === 'form' || b === 'type') - Number(a === 'form' || a === 'type'));

async function fill(page, segments, value) {
  const dataPath = pathString(segments);
  const id = idFor(dataPath);
  if (Array.isArray(value)) {
    const single = page.locator(`textarea#${id}`);
    if (await single.count()) return single.fill(value.join('\n\n'));  // paragraphs: one text, blank lines between
    const group = page.locator(`fieldset[data-path="${dataPath}"]`);
    const rows = group.locator(':scope > ol.rows > li');
    while ((await rows.count()) < value.length) await group.locator(':scope > button.add').click();
    for (const [index, item] of value.entries()) await fill(page, [...segments, index], item);
    return undefined;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of orderedEntries(value)) await fill(page, [...segments, key], child);
    return undefined;
  }
  const input = page.locator(`#${id}`);
  const kind = await input.evaluate((e) => `${e.tagName}:${e.type}`);
  if (kind.startsWith('SELECT')) return input.selectOption(String(value));
  if (kind === 'INPUT:checkbox') return input.setChecked(value);
  if (typeof value === 'number') return input.fill(String(value).replace('.', ','));
  if (kind === 'INPUT:date' && String(value).includes('T')) {
    const [date, time] = value.split('T');
    await input.fill(date);
    return page.locator(`#${id}-time`).fill(time);
  }
  return input.fill(String(value));
}

// Every value of `expected` is in `sent` (paragraph lists as one text with blank lines).
function assertCarries(sent, expected, where = '') {
  if (Array.isArray(expected) && expected.every((p) => typeof p === 'string') && Array.isArray(sent) && sent.length === 1 && expected.length > 1) {
    assert.equal(sent[0], expected.join('\n\n'), where);
    return;
  }
  if (expected !== null && typeof expected === 'object') {
    assert.equal(typeof sent, 'object', `${where} is missing`);
    for (const [key, value] of Object.entries(expected)) assertCarries(sent[key], value, Array.isArray(expected) ? `${where}[${key}]` : `${where}.${key}`);
    return;
  }
  assert.equal(sent, expected, where);
}

for (const [kind, sample] of Object.entries(SAMPLES)) {
  test(`${kind}: ${sample} typed into the page becomes the PDF`, async () => {
    const document = JSON.parse(readFileSync(path.join(repositoryRoot, 'samples', sample), 'utf8'));
    const { context, page, problems } = await newPage(browser);
    await openForm(page, kind);
    for (const [key, value] of orderedEntries(document)) await fill(page, [key], value);

    const [request, download] = await Promise.all([
      page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith(`/v1/documents/${kind}`)),
      page.waitForEvent('download'),
      page.click('#download-pdf'),
    ]);
    assertCarries(request.postDataJSON(), document);
    const file = path.join(temporary.folder, download.suggestedFilename());
    assert.match(download.suggestedFilename(), new RegExp(`^${kind}-[a-z0-9-]+-\\d{4}-\\d{2}-\\d{2}\\.pdf$`));
    await download.saveAs(file);
    const text = pdfText(file).replace(/\s+/g, ' ');
    const name = document.employee.first_name ?? document.employee.name;  // a letter greets by first name
    assert.ok(text.includes(name), `the PDF names ${name}`);
    assert.equal(await page.locator('#summary .summary-errors').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

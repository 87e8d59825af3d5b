// The web form's words against the schemas the service serves (no browser
// needed): every field of every kind has a Danish title in its schema or is
// deliberately hidden, every list names its items, every choice has a Danish
// name, every key of the form's hints (labels.js) exists in a schema, the
// sections place every member once, and all the page's Danish, the schemas'
// words included, passes hunspell (Debian's da_DK dictionary). Also the pure
// helpers: Danish dates and JSON paths.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { HIDDEN, KINDS, SECTIONS, allTexts, entryFor, hintKeys } from '../../web/labels.js';
import { PLAN_KIND, PLAN_TEXT, STATES, WHAT, WRITE } from '../../web/plan-labels.js';
import { INSPIRATION, INSPIRATION_NOTE } from '../../web/inspiration.js';
import { allMessages } from '../../web/messages.js';
import { DIALOGUE_KINDS, allDialogTexts } from '../../web/dialog-text.js';
import { allPointers, fieldTree, findField, labelledPointers } from '../../web/schema-fields.js';
import { danishDate, danishDateOrDateTime, danishDateTime } from '../../web/danish-dates.js';
import { idFor, parentPath, pathAndAncestors, pathString } from '../../web/paths.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const baseUrl = process.env.SYGEDOK_URL;

async function trees() {
  assert.ok(baseUrl, 'SYGEDOK_URL is not set: run scripts/browser-test.sh');
  const out = {};
  for (const kind of [...KINDS, PLAN_KIND]) {
    const response = await fetch(`${baseUrl}/v1/schemas/${kind}`);
    assert.equal(response.status, 200, kind);
    out[kind] = fieldTree(await response.json());
  }
  return out;
}

test('the kinds offered (the plan\'s and the dialogue\'s on their own pages) are the kinds the service knows', async () => {
  const openapi = await (await fetch(`${baseUrl}/openapi.json`)).json();
  const known = openapi.components.parameters.kind.schema.enum;
  assert.deepEqual([...KINDS, PLAN_KIND, ...DIALOGUE_KINDS].sort(), [...known].sort());
});

test('every field of every kind has its words in the schema or is hidden, and every hint names a field', async () => {
  const byKind = await trees();
  const keys = hintKeys();
  const everywhere = new Set();
  for (const [kind, tree] of Object.entries(byKind)) {
    const pointers = allPointers(tree);
    pointers.forEach((p) => everywhere.add(p));
    for (const pointer of labelledPointers(tree, HIDDEN)) {
      const field = findField(tree, pointer);
      const entry = entryFor(kind, field);
      assert.ok(entry.label, `${kind}: ${pointer} has no "title" in templates/schemas/`);
      if (entry.yesNo) assert.equal(field.widget, 'boolean', `${kind}: ${pointer} is a yes or no`);
      if (field.widget === 'enum') {
        assert.deepEqual(Object.keys(entry.options ?? {}).sort(), [...field.enum].sort(), `${kind}: the choices of ${pointer} have titles`);
      }
      if (field.widget === 'rows' || field.widget === 'list') assert.ok(entry.item, `${kind}: ${pointer} names its items (a "title" in "items")`);
      if (entry.session) assert.ok(!pointer.includes('*'), `${kind}: ${pointer} is kept per tab, so it may not be in a list`);
      if (entry.showWhen) {
        const sibling = findField(tree, pointer.replace(/[^/]+$/, entry.showWhen.field));
        assert.ok(sibling?.enum, `${kind}: ${pointer} depends on a choice`);
        for (const value of entry.showWhen.values) assert.ok(sibling.enum.includes(value), `${kind}: ${pointer} shows for ${value}`);
      }
      if (entry.inspiration) {
        const choice = findField(tree, `/${entry.inspiration.dependsOn.replaceAll('.', '/')}`);
        assert.ok(choice?.enum, `${kind}: ${pointer}'s questions depend on a choice`);
        for (const value of choice.enum) assert.ok(INSPIRATION[entry.inspiration.lists]?.[value]?.length, `${kind}: questions for ${value}`);
      }
    }
    for (const key of keys.byKind[kind] ?? []) assert.ok(pointers.includes(key), `${kind}: the hint ${key} names no field`);
  }
  for (const key of keys.common) assert.ok(everywhere.has(key), `the common hint ${key} names no field of any kind`);
  for (const hidden of HIDDEN) assert.ok(everywhere.has(hidden), `the hidden member ${hidden} is no field`);
  for (const kind of Object.keys(keys.byKind)) assert.ok(byKind[kind], `hints for ${kind}, which is no kind`);
});

// Every Danish word a schema gives the form: titles, descriptions, examples, choices.
async function schemaWords() {
  const words = [];
  const walk = (node) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    for (const key of ['title', 'description']) if (typeof node[key] === 'string') words.push(node[key]);
    for (const example of node.examples ?? []) if (typeof example === 'string') words.push(example);
    for (const [key, value] of Object.entries(node)) if (key !== '$comment') walk(value);
  };
  for (const kind of [...KINDS, PLAN_KIND]) walk(await (await fetch(`${baseUrl}/v1/schemas/${kind}`)).json());
  return words;
}

test('the sections of each kind place every shown member exactly once', async () => {
  const byKind = await trees();
  for (const [kind, tree] of Object.entries(byKind)) {
    const shown = tree.children.filter((f) => !HIDDEN.has(f.pointer)).map((f) => f.name).sort();
    const placed = SECTIONS[kind].flatMap((s) => s.members);
    assert.deepEqual([...placed].sort(), shown, kind);
  }
});

test('the pages and their words pass the Danish dictionary', async () => {
  const pages = ['index.html', 'forloeb.html', 'dialog.html'].map((file) => readFileSync(path.join(root, 'web', file), 'utf8')
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' '));
  const planWords = [...Object.values(PLAN_TEXT).filter((value) => value !== PLAN_TEXT.summary)
    .map((value) => (typeof value === 'function' ? value('2', '2', 'perioder', '2') : value)),
    PLAN_TEXT.summary({ overdue: 1, due: 2, upcoming: 3, done: 4 }),
    ...Object.values(STATES), ...Object.values(WHAT), ...Object.values(WRITE)];
  const questions = Object.values(INSPIRATION).flatMap((byType) => Object.values(byType).flat());
  const text = [...pages, ...planWords, ...allTexts(), ...(await schemaWords()), ...allMessages(), ...allDialogTexts(), INSPIRATION_NOTE, ...questions].join('\n');
  // Words as hunspell sees them: split at hyphens, full stops and apostrophes inside kept ("f.eks.", "PDF'en");
  // abbreviations in capitals (CPR, TR, DDMMÅÅ) and words with digits are left out.
  const words = (text.match(/[\p{L}\p{N}]+(?:['.][\p{L}\p{N}]+)*\.?/gu) ?? [])
    .filter((w) => !/\p{N}/u.test(w) && w.length > 1 && w !== w.toLocaleUpperCase('da'));
  const allowed = new Set(readFileSync(path.join(root, 'tests/browser/spelling-allowlist.txt'), 'utf8')
    .split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')));
  const unknown = execFileSync('hunspell', ['-d', 'da_DK', '-l'], { input: words.join('\n'), encoding: 'utf8' })
    .split('\n').filter((w) => w && !allowed.has(w));
  assert.deepEqual([...new Set(unknown)], []);
});

test('Danish dates as the documents print them', () => {
  assert.equal(danishDate('2026-12-07'), 'mandag den 7. december 2026');
  assert.equal(danishDate('2024-02-29'), 'torsdag den 29. februar 2024');
  assert.equal(danishDate('2026-02-29'), '');
  assert.equal(danishDate('7-12-2026'), '');
  assert.equal(danishDateTime('2026-12-07T10:00'), 'mandag den 7. december 2026 kl. 10.00');
  assert.equal(danishDateTime('2027-01-03T09:05'), 'søndag den 3. januar 2027 kl. 09.05');
  assert.equal(danishDateTime('2026-12-07T24:00'), '');
  assert.equal(danishDateTime('2026-12-07'), '');
  assert.equal(danishDateOrDateTime('2026-12-05'), 'lørdag den 5. december 2026');
  assert.equal(danishDateOrDateTime('2026-12-05T13:30'), 'lørdag den 5. december 2026 kl. 13.30');
});

test('JSON paths as the service writes them, and ids from them', () => {
  assert.equal(pathString(['agreements', 3, 'when']), 'agreements[3].when');
  assert.equal(pathString(['status', 0]), 'status[0]');
  assert.equal(parentPath('agreements[3].when'), 'agreements[3]');
  assert.equal(parentPath('agreements[3]'), 'agreements');
  assert.equal(parentPath('agreements'), '');
  assert.equal(parentPath(''), null);
  assert.deepEqual(pathAndAncestors('meeting.start'), ['meeting.start', 'meeting', '']);
  assert.equal(idFor('agreements[3].when'), 'f-agreements-3-when');
  assert.equal(idFor('absence.first_day'), 'f-absence-first-day');
});

test('the plan page has a button word for every document kind the page offers', () => {
  assert.deepEqual(Object.keys(WRITE).sort(), [...KINDS].sort());
});

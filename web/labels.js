// What the form needs besides the schemas. Each kind's words (the Danish
// label, help text, examples, item names and the names of its choices) are
// declared once, in its JSON Schema (templates/schemas/, served as
// GET /v1/schemas/{kind}; see schema-fields.js). What stays here is what a
// schema cannot say, because it is about this page and not about the input:
//
// - KINDS: which kinds the document page offers, in the order of its menu
//   (the plan's input, "opfoelgningsplan", has its own page, forloeb.html).
// - HIDDEN: members the form leaves out on purpose (the Digital Post
//   envelope's technical members and the archive copy).
// - Hints keyed by the field's pointer ("*" for any array index, see
//   schema-fields.js), a kind's own hint winning over the common one:
//   session (kept only while the tab is open), autocomplete, inputType,
//   placeholder (a format, not an example), top (shown at the top of the
//   page next to the choice of document), showWhen ({field, values}: only
//   while a sibling field has one of these values), inspiration ({dependsOn:
//   data path, lists: name in INSPIRATION}), yesNo ({true, false}: a yes/no
//   field asked as a choice with "Ved ikke", so "unknown" is sent as no
//   value at all).
// - SECTIONS: how the page groups a kind's top-level members under headings.
//
// tests/browser/labels.test.mjs checks against the served schemas that
// every shown field has its words and that every key here names a field.

import { PLAN_KIND, PLAN_HINTS, PLAN_SECTIONS } from './plan-labels.js';

export const KINDS = ['indkaldelse', 'referat', 'notat', 'fastholdelsesplan', 'paamindelse', 'laegeerklaering', 'svar_fastholdelsesplan'];

export const HIDDEN = new Set(['/message_uuid', '/created', '/reservation_uuid', '/case_system', '/attachments', '/archive']);

// When, how and where a letter calls the employee to meet (model/meeting_slot.h).
const SUMMONED_MEETING = {
  '/meeting/phone': { inputType: 'tel', showWhen: { field: 'form', values: ['telefon'] } },
  '/meeting/link': { inputType: 'url', showWhen: { field: 'form', values: ['video'] } },
};

const COMMON = {
  '/sender/name': { autocomplete: 'organization' },
  '/sender/address': { autocomplete: 'street-address' },
  '/sender/contact/phone': { inputType: 'tel' },
  '/employee/name': { autocomplete: 'off' },
  '/employee/cpr': { session: true, autocomplete: 'off', placeholder: 'DDMMÅÅ-LLLL' },
  '/meeting/type': { top: true },
  '/meeting/location': { showWhen: { field: 'form', values: ['fremmoede'] } },
};

const BY_KIND = {
  indkaldelse: SUMMONED_MEETING,
  referat: { '/status': { inspiration: { dependsOn: 'meeting.type', lists: 'meeting' } } },
  notat: {
    '/note/type': { top: true },
    '/summary': { inspiration: { dependsOn: 'note.type', lists: 'note' } },
  },
  [PLAN_KIND]: PLAN_HINTS,
  svar_fastholdelsesplan: { '/answer': { top: true }, ...SUMMONED_MEETING },
  laegeerklaering: { '/certificate/type': { top: true } },
};

// The sections of each kind's form, in order; members are the document's top-level members.
export const SECTIONS = {
  [PLAN_KIND]: PLAN_SECTIONS,
  indkaldelse: [
    { title: 'Medarbejderen', members: ['employee'] },
    { title: 'Samtalen', members: ['meeting', 'absence', 'previous_meeting', 'reply_by'] },
    { title: 'Deltagere', members: ['bisidder', 'participants'] },
    { title: 'Brevets tekst', members: ['purpose', 'message', 'topics'] },
    { title: 'Fraværskort', members: ['absence_periods'] },
    { title: 'Leder og afsender', members: ['manager', 'sender', 'document'] },
  ],
  referat: [
    { title: 'Medarbejderen', members: ['employee'] },
    { title: 'Samtalen', members: ['meeting', 'absence', 'bisidder', 'others_present'] },
    { title: 'Det talte I om', members: ['purpose', 'status', 'return_options'] },
    { title: 'Aftaler', members: ['agreements'] },
    { title: 'Næste samtale', members: ['next_meeting', 'next_meeting_text'] },
    { title: 'Om referatet', members: ['read_aloud', 'signed_at_meeting', 'return_by', 'recorded', 'employee_comments'] },
    { title: 'Leder og afsender', members: ['manager', 'sender', 'document'] },
  ],
  notat: [
    { title: 'Medarbejderen', members: ['employee'] },
    { title: 'Samtalen', members: ['note', 'absence'] },
    { title: 'Det talte I om', members: ['purpose', 'summary', 'agreements'] },
    { title: 'Næste kontakt', members: ['next_contact', 'next_contact_text', 'employee_informed'] },
    { title: 'Leder og afsender', members: ['manager', 'sender', 'document'] },
  ],
  fastholdelsesplan: [
    { title: 'Medarbejderen', members: ['employee'] },
    { title: 'Fravær og anmodning', members: ['absence', 'initiative', 'requested_on', 'expected_return', 'goal'] },
    { title: 'Trappeplan', members: ['schedule'] },
    { title: 'Opgaver, hjælpemidler og tilpasninger', members: ['changed_tasks', 'aids', 'adjustments'] },
    { title: 'Jobcenter og kolleger', members: ['jobcenter', 'colleagues'] },
    { title: 'Opfølgning', members: ['follow_up'] },
    { title: 'Leder og afsender', members: ['manager', 'sender', 'document'] },
  ],
  svar_fastholdelsesplan: [
    { title: 'Medarbejderen', members: ['employee'] },
    { title: 'Anmodningen', members: ['requested_on', 'absence', 'answer'] },
    { title: 'Vi laver planen sammen', members: ['meeting', 'bisidder'] },
    { title: 'Der er ikke behov for en plan', members: ['reason'] },
    { title: 'Brevets tekst', members: ['message'] },
    { title: 'Leder og afsender', members: ['manager', 'sender', 'document'] },
  ],
  laegeerklaering: [
    { title: 'Medarbejderen', members: ['employee'] },
    { title: 'Erklæringen', members: ['certificate', 'absence', 'fee_paid_by_employer', 'message'] },
    { title: 'Leder og afsender', members: ['manager', 'sender', 'document'] },
  ],
  paamindelse: [
    { title: 'Medarbejderen', members: ['employee'] },
    { title: 'Referatet', members: ['referat', 'return_by', 'message'] },
    { title: 'Leder og afsender', members: ['manager', 'sender', 'document'] },
  ],
};

// The form's hints for a field of a kind, or undefined.
export function hintFor(kind, pointer) {
  return BY_KIND[kind]?.[pointer] ?? COMMON[pointer];
}

// Everything the form shows for a field (schema-fields.js): its words from
// the schema and its hints from here.
export function entryFor(kind, field) {
  return {
    label: field.title,
    help: field.description,
    item: field.item?.title,
    options: field.optionTitles,
    optionHelp: field.optionHelp,
    placeholder: field.examples?.length ? `F.eks. ${field.examples[0]}` : undefined,
    ...hintFor(kind, field.pointer),
  };
}

// For the check in tests/browser: the keys of the common hints and of each kind's.
export function hintKeys() {
  return { common: Object.keys(COMMON), byKind: Object.fromEntries(Object.entries(BY_KIND).map(([k, v]) => [k, Object.keys(v)])) };
}

// The page's own words (for the spelling check; the schemas' words are checked with the schemas).
export function allTexts() {
  const texts = [];
  for (const table of [COMMON, ...Object.values(BY_KIND)])
    for (const entry of Object.values(table)) if (entry.yesNo) texts.push(...Object.values(entry.yesNo));
  for (const kind of Object.keys(SECTIONS)) for (const section of SECTIONS[kind]) texts.push(section.title);
  return texts;
}

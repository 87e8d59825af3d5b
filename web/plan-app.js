// The follow-up plan page (forloeb.html): the plan's input as a form built
// from its schema (GET /v1/schemas/opfoelgningsplan) with the same controls and error
// display as the documents, the plan (POST /v1/plan, 400 ms after the last
// key) drawn as a timeline and listed by state, a button per item that opens
// its document prefilled on the document page (the skeleton is handed over
// in sessionStorage, see storage.js), and downloads of the overview PDF (POST
// /v1/documents/opfoelgningsplan) and the calendar file (POST /v1/plan with
// Accept: text/calendar), both from the same input. The plan's date is today whenever the page is opened.
// Browser only; runs on the main thread.

import * as api from './api.js';
import * as storage from './storage.js';
import { isoDate } from './danish-dates.js';
import { showDiagnostics, visited } from './diagnostics-view.js';
import { DocumentForm } from './form-view.js';
import { KINDS } from './labels.js';
import { TEXT } from './messages.js';
import { $, download, explainFailure, sessionPointers, setStatus, slug, valuePaths, wireApiKey, wireFormEvents } from './page.js';
import { PLAN_KIND, PLAN_TEXT } from './plan-labels.js';
import { planList } from './plan-view.js';
import { timelineFigure } from './plan-timeline.js';
import { fieldTree } from './schema-fields.js';

const PLAN_DELAY_MS = 400;

// The overview is the document kind opfoelgningsplan (same input as the plan);
// the calendar file is the plan asked for as text/calendar.
const DOWNLOADS = {
  pdf: { type: 'application/pdf', fetch: (input) => api.renderPdf(PLAN_KIND, input), extension: 'pdf',
    making: PLAN_TEXT.makingPdf, done: PLAN_TEXT.pdfDownloaded },
  calendar: { type: 'text/calendar', fetch: (input) => api.plan(input, 'text/calendar'), extension: 'ics',
    making: PLAN_TEXT.makingCalendar, done: PLAN_TEXT.calendarDownloaded },
};

const state = {
  tree: null,
  form: null,
  touched: new Set(),
  attempted: false,
  timer: 0,
  sequence: 0,
  diagnostics: { errors: [], warnings: [] },
};

const today = () => isoDate(new Date());

// A first visit: the sender and manager typed on the document page, for the plan and its documents.
function typedBefore() {
  const kinds = KINDS;
  return { sender: storage.savedMember(kinds, 'sender'), manager: storage.savedMember(kinds, 'manager') };
}

function save() {
  storage.saveForm(PLAN_KIND, state.form.value(), sessionPointers(PLAN_KIND, state.tree));
}

function renderDiagnostics() {
  const shouldShow = (path, targetPath) => state.attempted || visited(state.touched, path, targetPath);
  const shown = showDiagnostics(state.form, state.diagnostics, shouldShow, $('summary'));
  return shown.error.length;
}

function showPlan(plan, input) {
  $('plan-policies').textContent = PLAN_TEXT.policies(plan.policies.map((p) => p.name).join(' og '));
  $('plan-summary').textContent = PLAN_TEXT.summary(plan.summary);
  $('timeline-area').replaceChildren(plan.items.length ? timelineFigure(plan, input) : '');
  $('plan-list').replaceChildren(...planList(plan, openDocument));
  document.body.dataset.planned = String(state.sequence);
}

function showNoPlan(text) {
  $('plan-policies').textContent = '';
  $('plan-summary').textContent = text;
  $('timeline-area').replaceChildren();
  $('plan-list').replaceChildren();
}

async function planNow() {
  clearTimeout(state.timer);
  const sequence = ++state.sequence;
  const input = state.form.value();
  const answer = await api.plan(input);
  if (sequence !== state.sequence) return;  // a newer plan is on its way
  if (answer.status === 200 && answer.json?.plan) {
    state.diagnostics = { errors: [], warnings: answer.json.warnings ?? [] };
    renderDiagnostics();
    showPlan(answer.json.plan, input);
    if ($('status').dataset.kind === 'failure') setStatus('');
  } else if (answer.status === 422 && answer.json) {
    state.diagnostics = { errors: answer.json.errors ?? [], warnings: answer.json.warnings ?? [] };
    showNoPlan(renderDiagnostics() ? PLAN_TEXT.cannotPlan : PLAN_TEXT.notYet);
  } else {
    setStatus(explainFailure(answer), 'failure');
  }
  document.body.dataset.validated = String(sequence);
}

function schedulePlan() {
  clearTimeout(state.timer);
  state.timer = setTimeout(planNow, PLAN_DELAY_MS);
}

function changed() {
  save();
  schedulePlan();
}

// Opens the item's document on the document page, prefilled with its skeleton.
function openDocument(item) {
  setStatus(PLAN_TEXT.opening, 'busy');
  storage.savePrefill(item.document.kind, item.request);
  window.location.assign('/');
}

// what: "pdf" | "calendar".
async function fetchFile(what) {
  const wanted = DOWNLOADS[what];
  state.attempted = true;
  clearTimeout(state.timer);
  const input = state.form.value();
  setStatus(wanted.making, 'busy');
  const answer = await wanted.fetch(input);
  if (answer.status === 422 && answer.json) {
    state.diagnostics = { errors: answer.json.errors ?? [], warnings: answer.json.warnings ?? [] };
    showNoPlan(renderDiagnostics() ? PLAN_TEXT.cannotPlan : PLAN_TEXT.notYet);
    setStatus(PLAN_TEXT.cannotPlan, 'failure');
    $('summary-errors')?.focus();
    return;
  }
  if (answer.status !== 200) {
    setStatus(explainFailure(answer), 'failure');
    return;
  }
  if (!answer.blob || !answer.type.startsWith(wanted.type)) {
    setStatus(PLAN_TEXT.notOffered, 'failure');
    return;
  }
  const stem = ['opfoelgningsplan', slug(input.employee?.name), input.as_of].filter(Boolean).join('-');
  download(answer.blob, `${stem}.${wanted.extension}`);
  setStatus(wanted.done + TEXT.warningsAfterDocument(answer.warnings), 'done');
}

function clearForms() {
  storage.clearAll();
  state.form.set({ as_of: today() });
  state.touched = new Set();
  state.attempted = false;
  save();
  setStatus(TEXT.cleared, 'done');
  planNow();
}

async function start() {
  wireApiKey(schedulePlan);
  const answer = await api.getSchema(PLAN_KIND);
  if (answer.status !== 200 || !answer.json) {
    setStatus(TEXT.schemaUnavailable, 'failure');
    return;
  }
  state.tree = fieldTree(answer.json);
  state.form = new DocumentForm(PLAN_KIND, state.tree, $('form-fields'), null, changed);
  const saved = storage.loadForm(PLAN_KIND);
  const data = { ...(saved ?? typedBefore()), as_of: today() };
  state.form.set(data);
  state.touched = valuePaths(state.form.value());  // what is there was typed (here or on the document page)
  state.touched.delete('as_of');
  save();
  wireFormEvents($('main'), (target) => $('form-fields').contains(target), () => state.touched, changed);
  $('plan-form').addEventListener('submit', (event) => {
    event.preventDefault();
    planNow();
  });
  $('download-pdf').addEventListener('click', () => fetchFile('pdf'));
  $('download-calendar').addEventListener('click', () => fetchFile('calendar'));
  $('clear').addEventListener('click', clearForms);
  document.body.dataset.kind = PLAN_KIND;
  await planNow();
}

start();

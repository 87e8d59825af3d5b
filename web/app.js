// The page: choose a document kind, fill in the form built from the kind's
// JSON Schema, see the service's errors and warnings next to the fields
// while typing (POST /v1/validate/{kind}, 400 ms after the last key), look
// at the PDF and download it or the Digital Post message. What is typed is
// kept in this browser (storage.js). A document opened from the follow-up
// plan (forloeb.html) arrives as a prefill handed over in sessionStorage.
// Browser only; runs on the main thread.

import * as api from './api.js';
import * as storage from './storage.js';
import { isoDate } from './danish-dates.js';
import { showDiagnostics, visited } from './diagnostics-view.js';
import { DocumentForm } from './form-view.js';
import { KINDS } from './labels.js';
import { fieldTree } from './schema-fields.js';
import { el } from './form-controls.js';
import { TEXT } from './messages.js';
import { $, download, explainFailure, sessionPointers, setStatus, slug, valuePaths, wireApiKey, wireFormEvents } from './page.js';

const VALIDATE_DELAY_MS = 400;
// Members carried over to another kind's empty form.
const SHARED_MEMBERS = ['sender', 'manager', 'employee', 'absence', 'document'];

const state = {
  kind: null,
  tree: null,
  form: null,
  touched: new Set(),
  attempted: false,
  timer: 0,
  sequence: 0,
  diagnostics: { errors: [], warnings: [] },
  schemas: new Map(),
  previewUrl: null,
};

function defaults() {
  return { document: { date: isoDate(new Date()) } };
}

// The members of `value` that `field` knows, recursively (objects only).
function pick(value, field) {
  if (field.widget !== 'object' || value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const out = {};
  for (const child of field.children) if (value[child.name] !== undefined) out[child.name] = pick(value[child.name], child);
  return out;
}

// Objects merged member by member; anything else in `over` wins.
function merged(under, over) {
  if (!over || typeof over !== 'object' || Array.isArray(over) || !under || typeof under !== 'object' || Array.isArray(under)) return over ?? under;
  const out = { ...under };
  for (const [key, value] of Object.entries(over)) out[key] = merged(under[key], value);
  return out;
}

// A document opened from the plan: its skeleton over the sender and manager
// the manager typed before (from this kind's form, else another kind's), and
// over the employee's other details when it is the same employee.
function prefilled(skeleton, kind, tree) {
  const kinds = [kind, ...KINDS];
  const employee = kinds.map((k) => storage.loadForm(k)?.employee).find((e) => e?.name && e.name === skeleton.employee?.name);
  const kept = { sender: storage.savedMember(kinds, 'sender'), manager: storage.savedMember(kinds, 'manager'), employee };
  return pick(merged(merged(defaults(), kept), skeleton), tree);
}

function carriedOver(previous, tree) {
  const out = defaults();
  for (const child of tree.children) {
    if (SHARED_MEMBERS.includes(child.name) && previous?.[child.name] !== undefined) out[child.name] = pick(previous[child.name], child);
  }
  return out;
}

function save() {
  if (state.form) storage.saveForm(state.kind, state.form.value(), sessionPointers(state.kind, state.tree));
}

function render() {
  if (!state.form) return;
  const shouldShow = (path, targetPath) => state.attempted || visited(state.touched, path, targetPath);
  showDiagnostics(state.form, state.diagnostics, shouldShow, $('summary'));
}

async function validateNow() {
  clearTimeout(state.timer);
  if (!state.form) return;
  const sequence = ++state.sequence;
  const kind = state.kind;
  const answer = await api.validate(kind, state.form.value());
  if (sequence !== state.sequence || kind !== state.kind) return;  // a newer check is on its way
  if (answer.status === 200 && answer.json) {
    state.diagnostics = answer.json;
    if ($('status').dataset.kind === 'failure') setStatus('');
  } else if (answer.status === 422 && answer.json) {
    state.diagnostics = answer.json;
  } else {
    setStatus(explainFailure(answer), 'failure');
    return;
  }
  render();
  document.body.dataset.validated = String(sequence);
}

function scheduleValidation() {
  clearTimeout(state.timer);
  state.timer = setTimeout(validateNow, VALIDATE_DELAY_MS);
}

function changed() {
  save();
  state.form.updateInspiration();
  scheduleValidation();
}

async function schemaOf(kind) {
  if (!state.schemas.has(kind)) {
    const answer = await api.getSchema(kind);
    if (answer.status !== 200 || !answer.json) return null;
    state.schemas.set(kind, answer.json);
  }
  return state.schemas.get(kind);
}

// prefill: a document skeleton from the plan, filling the form afresh.
async function selectKind(kind, prefill) {
  const previous = state.form?.value();
  if (state.form) save();
  const schema = await schemaOf(kind);
  if (!schema) {
    setStatus(TEXT.schemaUnavailable, 'failure');
    return;
  }
  state.kind = kind;
  state.tree = fieldTree(schema);
  storage.saveKind(kind);
  $('kind').value = kind;
  $('kind-help').textContent = schema.description ?? '';
  $('type-slot').replaceChildren();
  state.form = new DocumentForm(kind, state.tree, $('form-fields'), $('type-slot'), changed);
  $('type-slot').hidden = $('type-slot').childElementCount === 0;
  const saved = prefill ? undefined : storage.loadForm(kind);
  const data = prefill ? prefilled(prefill, kind, state.tree) : saved ?? carriedOver(previous, state.tree);
  state.form.set(data);
  state.touched = saved || prefill ? valuePaths(data) : new Set();
  state.attempted = false;
  state.diagnostics = { errors: [], warnings: [] };
  clearPreview();
  setStatus(prefill ? TEXT.prefilled : '');
  render();
  document.body.dataset.kind = kind;
  if (!saved) save();
  await validateNow();
}

function clearPreview() {
  if (state.previewUrl) URL.revokeObjectURL(state.previewUrl);
  state.previewUrl = null;
  $('preview-frame').removeAttribute('src');
  $('preview-area').hidden = true;
}

// "indkaldelse-testperson-jensen-2026-12-02": kind, employee, the meeting's day or the document's date.
function fileStem(document) {
  const day = document.meeting?.start?.slice(0, 10) ?? document.note?.date ?? document.document?.date;
  return [state.kind, slug(document.employee?.name), day].filter(Boolean).join('-');
}

// what: "preview" | "pdf" | "memo".
async function produce(what) {
  state.attempted = true;
  clearTimeout(state.timer);
  const document_ = state.form.value();
  setStatus(what === 'memo' ? TEXT.makingMemo : TEXT.makingDocument, 'busy');
  const answer = what === 'memo' ? await api.renderMemo(state.kind, document_) : await api.renderPdf(state.kind, document_);
  if (answer.status === 422 && answer.json) {
    state.diagnostics = { errors: answer.json.errors ?? [], warnings: answer.json.warnings ?? [] };
    render();
    setStatus(TEXT.cannotMakeYet, 'failure');
    $('summary-errors')?.focus();
    return;
  }
  if (answer.status !== 200 || !answer.blob) {
    setStatus(explainFailure(answer), 'failure');
    return;
  }
  const warnings = TEXT.warningsAfterDocument(answer.warnings);
  if (what === 'preview') {
    clearPreview();
    state.previewUrl = URL.createObjectURL(new Blob([answer.blob], { type: 'application/pdf' }));
    $('preview-frame').src = state.previewUrl;
    $('preview-area').hidden = false;
    setStatus(TEXT.previewShown + warnings, 'done');
  } else if (what === 'pdf') {
    download(answer.blob, `${fileStem(document_)}.pdf`);
    setStatus(TEXT.pdfDownloaded + warnings, 'done');
  } else {
    download(answer.blob, `${fileStem(document_)}-digital-post.xml`);
    setStatus(TEXT.memoDownloaded + warnings, 'done');
  }
  await validateNow();
}

function clearForm() {
  storage.clearAll();
  storage.saveKind(state.kind);
  state.form.set(defaults());
  state.touched = new Set();
  state.attempted = false;
  state.diagnostics = { errors: [], warnings: [] };
  clearPreview();
  render();
  save();
  setStatus(TEXT.cleared, 'done');
  validateNow();
}

// The menu of kinds, each named by its schema's title.
async function start() {
  const schemas = await Promise.all(KINDS.map(schemaOf));
  KINDS.forEach((kind, i) => $('kind').append(el('option', { value: kind, text: schemas[i]?.title ?? kind })));
  $('kind').addEventListener('change', () => selectKind($('kind').value));
  wireApiKey(scheduleValidation);
  const isFormField = (target) => state.form && ($('form-fields').contains(target) || $('type-slot').contains(target));
  wireFormEvents($('main'), isFormField, () => state.touched, changed);
  $('document-form').addEventListener('submit', (event) => {
    event.preventDefault();
    validateNow();
  });
  $('preview').addEventListener('click', () => produce('preview'));
  $('download-pdf').addEventListener('click', () => produce('pdf'));
  $('download-memo').addEventListener('click', () => produce('memo'));
  $('clear').addEventListener('click', clearForm);
  const known = (kind) => KINDS.includes(kind);
  const prefill = storage.takePrefill();
  if (prefill && known(prefill.kind)) {
    selectKind(prefill.kind, prefill.document);
    return;
  }
  const remembered = storage.loadKind();
  selectKind(known(remembered) ? remembered : KINDS[0]);
}

start();

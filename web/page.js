// What the two pages (the documents, index.html, and the follow-up plan,
// forloeb.html) share around their forms: the status line, explaining a
// failed call, the API key field, downloads, file names, and tracking which
// fields the manager has been at (errors are shown only there, see
// diagnostics-view.js). Browser only; runs on the main thread.

import * as api from './api.js';
import { el } from './form-controls.js';
import { HIDDEN, hintFor } from './labels.js';
import { TEXT } from './messages.js';
import { allPointers } from './schema-fields.js';

export const $ = (id) => document.getElementById(id);

// kind: "info" | "busy" | "done" | "failure".
export function setStatus(text, kind = 'info') {
  const status = $('status');
  status.textContent = text;
  status.dataset.kind = kind;
}

// A Danish sentence for an answer that is neither a result nor a 422.
export function explainFailure(answer) {
  if (answer.status === 0) return TEXT.unreachable;
  if (answer.status === 401) {
    $('api-key-box').open = true;
    return answer.json?.type === 'urn:sygedok:problem:unknown-api-key' ? TEXT.keyUnknown : TEXT.keyRequired;
  }
  return answer.json?.detail ?? TEXT.serviceError(answer.status);
}

// The "API-nøgle" field at the bottom of the page; changed() after each key.
export function wireApiKey(changed) {
  $('api-key').value = api.apiKey();
  $('api-key').addEventListener('input', () => {
    api.setApiKey($('api-key').value.trim());
    changed();
  });
}

// The pointers of a kind's fields kept only while the tab is open (the CPR number).
export function sessionPointers(kind, tree) {
  return allPointers(tree).filter((p) => hintFor(kind, p)?.session && !HIDDEN.has(p));
}

// The paths of every value in a document (restored values count as visited).
export function valuePaths(value, prefix = '', out = new Set()) {
  if (Array.isArray(value)) value.forEach((v, i) => valuePaths(v, `${prefix}[${i}]`, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) valuePaths(v, prefix ? `${prefix}.${k}` : k, out);
  else if (prefix) out.add(prefix);
  return out;
}

// Input events inside the form: changed() after every edit; a field left
// with a value, or changed, counts as visited (touched: a Set of paths).
export function wireFormEvents(root, isFormField, touched, changed) {
  const markTouched = (target) => {
    const holder = target.closest?.('[data-path]');
    if (holder) touched().add(holder.dataset.path);
  };
  root.addEventListener('input', (event) => { if (isFormField(event.target)) changed(); });
  root.addEventListener('change', (event) => {
    if (!isFormField(event.target)) return;
    markTouched(event.target);
    changed();
  });
  root.addEventListener('focusout', (event) => { if (isFormField(event.target) && event.target.value) markTouched(event.target); });
}

// "Søren Ærø Åsgaard" → "soeren-aeroe-aasgaard".
export function slug(text) {
  return (text ?? '').toLocaleLowerCase('da').replaceAll('æ', 'ae').replaceAll('ø', 'oe').replaceAll('å', 'aa')
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

export function download(blob, filename) {
  const url = URL.createObjectURL(blob);
  const link = el('a', { href: url, download: filename, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}

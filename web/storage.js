// What the manager typed, kept in this browser only: per document kind in
// localStorage, so a reload (or tomorrow) keeps it, except fields marked
// "session" in labels.js (the CPR number), which are kept in sessionStorage
// and vanish with the tab. A document the plan page (forloeb.html) opens is
// handed to the document page in sessionStorage, never in the address, and
// taken from there once. The dialogue page keeps its answers and plan under
// "sygedok.dialog.". clearAll() removes everything the pages stored.
// Storage that is switched off or full is ignored: the form still works.
// Browser only.

const PREFIX = 'sygedok.form.';
const SESSION_PREFIX = 'sygedok.session.';
const KIND_KEY = 'sygedok.kind';
const PREFILL_KEY = 'sygedok.prefill';
const DIALOG_PREFIX = 'sygedok.dialog.';

function read(storage, key) {
  try {
    const text = storage.getItem(key);
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

function write(storage, key, value) {
  try {
    storage.setItem(key, JSON.stringify(value));
  } catch {
    // Full or switched off: nothing is kept, nothing breaks.
  }
}

function getAt(document, keys) {
  return keys.reduce((value, key) => value?.[key], document);
}

function setAt(document, keys, value) {
  let node = document;
  for (const key of keys.slice(0, -1)) node = node[key] ??= {};
  node[keys[keys.length - 1]] = value;
}

function deleteAt(document, keys) {
  const parent = getAt(document, keys.slice(0, -1));
  if (parent && typeof parent === 'object') delete parent[keys[keys.length - 1]];
}

// sessionPointers: ["/employee/cpr", …] (no array members).
export function saveForm(kind, document, sessionPointers) {
  const kept = structuredClone(document);
  const session = {};
  for (const pointer of sessionPointers) {
    const keys = pointer.slice(1).split('/');
    const value = getAt(kept, keys);
    if (value !== undefined) session[pointer] = value;
    deleteAt(kept, keys);
  }
  write(localStorage, PREFIX + kind, kept);
  write(sessionStorage, SESSION_PREFIX + kind, session);
}

// The saved document of a kind, or undefined.
export function loadForm(kind) {
  const document = read(localStorage, PREFIX + kind);
  const session = read(sessionStorage, SESSION_PREFIX + kind) ?? {};
  if (!document && Object.keys(session).length === 0) return undefined;
  const out = document ?? {};
  for (const [pointer, value] of Object.entries(session)) setAt(out, pointer.slice(1).split('/'), value);
  return out;
}

// The value of a top-level member in the first of the kinds' saved forms that has one
// (the sender and manager typed once, offered to every other form).
export function savedMember(kinds, member) {
  for (const kind of kinds) {
    const value = loadForm(kind)?.[member];
    if (value !== undefined) return value;
  }
  return undefined;
}

export function saveKind(kind) {
  write(localStorage, KIND_KEY, kind);
}

export function loadKind() {
  return read(localStorage, KIND_KEY);
}

// The document of `kind` to open prefilled on the document page.
export function savePrefill(kind, document) {
  write(sessionStorage, PREFILL_KEY, { kind, document });
}

// The handed-over {kind, document}, removed as it is taken; or undefined.
export function takePrefill() {
  const prefill = read(sessionStorage, PREFILL_KEY);
  try {
    sessionStorage.removeItem(PREFILL_KEY);
  } catch {
    // Storage switched off: nothing was handed over.
  }
  return prefill;
}

// The dialogue page's answers and plan (dialog-answers.js, dialog-app.js), in localStorage.
export function saveDialog(name, value) {
  write(localStorage, DIALOG_PREFIX + name, value);
}

export function loadDialog(name) {
  return read(localStorage, DIALOG_PREFIX + name);
}

export function removeDialog(name) {
  try {
    localStorage.removeItem(DIALOG_PREFIX + name);
  } catch {
    // Nothing stored, nothing to remove.
  }
}

// Removes every form, the chosen kind, the session values and the dialogue page's answers and plan.
export function clearAll() {
  for (const storage of [localStorage, sessionStorage]) {
    try {
      for (const key of Object.keys(storage)) {
        if (key.startsWith(PREFIX) || key.startsWith(SESSION_PREFIX) || key.startsWith(DIALOG_PREFIX) || key === KIND_KEY || key === PREFILL_KEY) storage.removeItem(key);
      }
    } catch {
      // Nothing stored, nothing to remove.
    }
  }
}

// Calls to the sygedok service on the same origin. The API key (only when
// the service is started with --api-keys) is kept in sessionStorage for the
// open tab and sent as X-API-Key. Every call answers
// {status, type, json?, blob?}; status 0 means the service could not be reached.
// Browser only.

const KEY_NAME = 'sygedok.apiKey';

export function apiKey() {
  try {
    return sessionStorage.getItem(KEY_NAME) ?? '';
  } catch {
    return '';
  }
}

export function setApiKey(key) {
  try {
    if (key) sessionStorage.setItem(KEY_NAME, key);
    else sessionStorage.removeItem(KEY_NAME);
  } catch {
    // Storage may be switched off; the key then lasts until the page is left.
  }
}

async function call(method, url, body, accept) {
  const headers = { Accept: accept };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const key = apiKey();
  if (key) headers['X-API-Key'] = key;
  let response;
  try {
    response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: 'no-store' });
  } catch {
    return { status: 0 };
  }
  const type = response.headers.get('Content-Type') ?? '';
  const answer = { status: response.status, type, warnings: Number(response.headers.get('X-Sygedok-Warnings') ?? 0) };
  if (type.includes('json')) answer.json = await response.json().catch(() => undefined);
  else answer.blob = await response.blob();
  return answer;
}

export function getSchema(kind) {
  return call('GET', `/v1/schemas/${encodeURIComponent(kind)}`, undefined, 'application/schema+json');
}

export function validate(kind, document) {
  return call('POST', `/v1/validate/${encodeURIComponent(kind)}`, document, 'application/json');
}

export function renderPdf(kind, document) {
  return call('POST', `/v1/documents/${encodeURIComponent(kind)}`, document, 'application/pdf, application/problem+json');
}

export function renderMemo(kind, document) {
  return call('POST', `/v1/documents/${encodeURIComponent(kind)}/memo`, document, 'application/xml, application/problem+json');
}

// The follow-up plan: as JSON ({plan, warnings}), or with accept
// 'text/calendar' the calendar file.
export function plan(input, accept = 'application/json') {
  const wanted = accept === 'application/json' ? accept : `${accept}, application/problem+json`;
  return call('POST', '/v1/plan', input, wanted);
}

// The dialogue tool: its questionnaires, scale and building blocks; the
// scores of a dialogresultat input; the handleplan's follow-up dates as a calendar file.
export function questionnaires() {
  return call('GET', '/v1/dialogue/questionnaires', undefined, 'application/json');
}

export function scores(input) {
  return call('POST', '/v1/dialogue/scores', input, 'application/json');
}

export function dialogueCalendar(input) {
  return call('POST', '/v1/dialogue/calendar', input, 'text/calendar, application/problem+json');
}

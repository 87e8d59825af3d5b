// The dialogue page (dialog.html, docs/web.md): the questionnaires from
// GET /v1/dialogue/questionnaires; step 1 answers one respondent at a time
// and keeps the answers in the browser (dialog-answers.js), exported and
// imported as files; step 2 shows the scores (POST /v1/dialogue/scores) as
// a chart and tables (dialog-chart.js); step 3 picks priorities and step 4
// writes the handleplan (dialog-plan.js), checked 400 ms after the last key
// by POST /v1/validate/handleplan with the problems at their fields. The
// documents spoergeskema, dialogresultat and handleplan and the calendar
// file are downloaded from the same inputs. Browser only; main thread.

import * as api from './api.js';
import * as answers from './dialog-answers.js';
import * as storage from './storage.js';
import { blockTable, candidateList, priorityList, questionTable, scoreChart } from './dialog-chart.js';
import { PlanForm, Priorities } from './dialog-plan.js';
import { clearAnswers, questionnaireForm, readAnswers } from './dialog-questionnaire.js';
import { DIALOG_TEXT } from './dialog-text.js';
import { danishDate, isoDate } from './danish-dates.js';
import { showDiagnostics, visited } from './diagnostics-view.js';
import { el } from './form-controls.js';
import { TEXT } from './messages.js';
import { $, download, explainFailure, setStatus, slug, wireApiKey } from './page.js';

const DELAY_MS = 400;
const SAVED = 'page';
const NO_PROBLEMS = () => ({ errors: [], warnings: [] });

const state = {
  house: null,
  priorities: null,
  plan: null,
  touched: new Set(),
  attempted: false,
  scoresShown: false,
  timer: 0,
  checks: 0,   // handleplan checks asked for (body data-validated: the last one shown)
  scoreRequests: 0,
  scorings: 0, // scores shown (body data-scored)
  diagnostics: { scores: NO_PROBLEMS(), plan: NO_PROBLEMS() },
};

const questionnaireId = () => $('questionnaire').value;
const currentQuestionnaire = () => state.house.questionnaires.find((q) => q.id === questionnaireId());

function common() {
  const out = { questionnaire: questionnaireId() };
  if ($('group').value.trim()) out.group = $('group').value.trim();
  if ($('date').value) out.date = $('date').value;
  return out;
}

function scoresInput() {
  const input = { ...common(), respondents: answers.loadRespondents(questionnaireId()) };
  const priorities = state.priorities.value();
  if (priorities.length) input.priorities = priorities;
  return input;
}

const planInput = () => ({ ...common(), ...state.plan.value() });

function save() {
  storage.saveDialog(SAVED, { questionnaire: questionnaireId(), group: $('group').value, date: $('date').value,
    priorities: state.priorities.value(), plan: state.plan.saved() });
}

function showCount() {
  $('answer-count').textContent = DIALOG_TEXT.kept(answers.loadRespondents(questionnaireId()).length);
}

function forgetScores() {
  $('scores').hidden = true;
  state.scoresShown = false;
  state.diagnostics.scores = NO_PROBLEMS();
  renderDiagnostics();
}

function showQuestionnaire() {
  const questionnaire = currentQuestionnaire();
  $('questionnaire-help').textContent = questionnaire.audience;
  questionnaireForm(state.house, questionnaire, $('questions'));
  showCount();
  forgetScores();
}

// "respondents[1].answers.M02" → "Besvarelse 2, udsagn M02: " before the message.
function namedAnswer(diagnostic) {
  const m = /^respondents\[(\d+)\]\.answers\.(\w+)$/.exec(diagnostic.path);
  return m ? { ...diagnostic, message: DIALOG_TEXT.answerAt(Number(m[1]) + 1, m[2]) + diagnostic.message } : diagnostic;
}

function renderDiagnostics() {
  const { scores, plan } = state.diagnostics;
  const seen = new Set();
  const once = (d) => !seen.has(`${d.path} ${d.code}`) && seen.add(`${d.path} ${d.code}`);
  const scorePaths = new Set(scores.errors.map((d) => d.path));
  const shouldShow = (path, targetPath) => scorePaths.has(path) || state.attempted || visited(state.touched, path, targetPath);
  return showDiagnostics(state.plan, { errors: [...scores.errors.map(namedAnswer), ...plan.errors].filter(once),
    warnings: [...scores.warnings, ...plan.warnings].filter(once) }, shouldShow, $('summary'));
}

function failed(answer, key) {
  if (answer.status === 422 && answer.json) {
    state.diagnostics[key] = { errors: answer.json.errors ?? [], warnings: answer.json.warnings ?? [] };
    renderDiagnostics();
    return true;
  }
  if (answer.status !== 200) setStatus(explainFailure(answer), 'failure');
  return answer.status !== 200;
}

// Step 2: the scores of the answers kept, with the chosen priorities.
async function showScores({ quiet = false } = {}) {
  const input = scoresInput();
  if (!input.respondents.length) {
    if (!quiet) setStatus(DIALOG_TEXT.needAnswers, 'failure');
    return;
  }
  if (!quiet) setStatus(DIALOG_TEXT.makingScores, 'busy');
  const sequence = ++state.scoreRequests;
  const answer = await api.scores(input);
  if (sequence !== state.scoreRequests) return;  // newer priorities are on their way
  if (failed(answer, 'scores')) {
    if (answer.status === 422) {
      setStatus(DIALOG_TEXT.cannotScore, 'failure');
      $('summary-errors')?.focus();
    }
    return;
  }
  state.diagnostics.scores = { errors: [], warnings: answer.json.warnings ?? [] };
  renderDiagnostics();
  const scores = answer.json;
  $('chart-area').replaceChildren(scoreChart(scores, state.house.scale));
  $('block-table-area').replaceChildren(blockTable(scores));
  $('question-table-area').replaceChildren(questionTable(scores));
  $('candidates').replaceChildren(...candidateList(scores));
  $('priority-result').replaceChildren(...priorityList(scores));
  $('scores').hidden = false;
  state.scoresShown = true;
  if (!quiet) setStatus(DIALOG_TEXT.scoresShown(scores.respondents), 'done');
  document.body.dataset.scored = String(++state.scorings);
}

async function validatePlan() {
  clearTimeout(state.timer);
  const sequence = ++state.checks;
  const answer = await api.validate('handleplan', planInput());
  if (sequence !== state.checks) return;  // a newer check is on its way
  if ((answer.status === 200 || answer.status === 422) && answer.json) {
    state.diagnostics.plan = { errors: answer.json.errors ?? [], warnings: answer.json.warnings ?? [] };
  } else {
    setStatus(explainFailure(answer), 'failure');
    return;
  }
  renderDiagnostics();
  document.body.dataset.validated = String(sequence);
}

function changed() {
  save();
  clearTimeout(state.timer);
  state.timer = setTimeout(validatePlan, DELAY_MS);
}

function prioritiesChanged() {
  state.plan.showActions(state.priorities.value().map((p) => p.block));
  changed();
  if (state.scoresShown) showScores({ quiet: true });
}

// what: a document kind, or "calendar".
async function downloadFile(what) {
  const files = {
    spoergeskema: { input: () => common(), fetch: (i) => api.renderPdf('spoergeskema', i), type: 'application/pdf', done: DIALOG_TEXT.questionnaireDownloaded },
    dialogresultat: { input: scoresInput, fetch: (i) => api.renderPdf('dialogresultat', i), type: 'application/pdf', done: DIALOG_TEXT.resultDownloaded },
    handleplan: { input: planInput, fetch: (i) => api.renderPdf('handleplan', i), type: 'application/pdf', done: DIALOG_TEXT.planDownloaded },
    calendar: { input: planInput, fetch: api.dialogueCalendar, type: 'text/calendar', done: DIALOG_TEXT.calendarDownloaded },
  };
  const file = files[what];
  const input = file.input();
  const isPlan = what === 'handleplan' || what === 'calendar';
  if (isPlan) {
    state.attempted = true;
    clearTimeout(state.timer);
  }
  setStatus(what === 'calendar' ? DIALOG_TEXT.makingCalendar : DIALOG_TEXT.makingPdf, 'busy');
  const answer = await file.fetch(input);
  if (failed(answer, isPlan ? 'plan' : 'scores')) {
    if (answer.status === 422) {
      setStatus(isPlan ? DIALOG_TEXT.cannotPlan : DIALOG_TEXT.cannotScore, 'failure');
      $('summary-errors')?.focus();
    }
    return;
  }
  if (!answer.blob || !answer.type.startsWith(file.type)) {
    setStatus(DIALOG_TEXT.notOffered, 'failure');
    return;
  }
  const stem = what === 'spoergeskema' ? ['spoergeskema', input.questionnaire]
    : [what === 'calendar' ? 'handleplan' : what, slug(input.group), input.date];
  download(answer.blob, `${stem.filter(Boolean).join('-')}.${what === 'calendar' ? 'ics' : 'pdf'}`);
  setStatus(file.done + TEXT.warningsAfterDocument(answer.warnings), 'done');
}

function saveAnswer() {
  const given = readAnswers($('questions'));
  if (!Object.keys(given).length) {
    setStatus(DIALOG_TEXT.nothingAnswered, 'failure');
    return;
  }
  const count = answers.addRespondent(questionnaireId(), given);
  clearAnswers($('questions'));
  showCount();
  setStatus(DIALOG_TEXT.saved(count), 'done');
  $('answer-form-heading').focus();
}

function exportAnswers() {
  const count = answers.loadRespondents(questionnaireId()).length;
  if (!count) {
    setStatus(DIALOG_TEXT.nothingToExport, 'failure');
    return;
  }
  download(answers.exportBlob(questionnaireId()), `besvarelser-${questionnaireId()}-${isoDate(new Date())}.json`);
  setStatus(DIALOG_TEXT.exported(count), 'done');
}

async function importAnswers() {
  const input = $('import-answers');
  const titles = Object.fromEntries(state.house.questionnaires.map((q) => [q.id, q.title]));
  const result = await answers.importFiles(input.files, questionnaireId(), titles);
  input.value = '';
  $('import-problems').replaceChildren(...result.problems.map((p) => el('p', { class: 'diag-error' }, el('strong', { text: TEXT.errorPrefix }), p)));
  showCount();
  if (result.added) setStatus(DIALOG_TEXT.imported(result.added, result.total), 'done');
  else setStatus('');
  document.body.dataset.imported = String(Number(document.body.dataset.imported ?? 0) + 1);
}

function deleteAnswers() {
  answers.deleteRespondents(questionnaireId());
  showCount();
  forgetScores();
  setStatus(DIALOG_TEXT.deleted, 'done');
}

function clearAll() {
  storage.clearAll();
  $('group').value = '';
  $('date').value = isoDate(new Date());
  state.priorities.set([]);
  state.plan.restore({});
  state.plan.showActions([]);
  state.touched = new Set();
  state.attempted = false;
  state.diagnostics.plan = NO_PROBLEMS();
  showQuestionnaire();
  $('import-problems').replaceChildren();
  setStatus(DIALOG_TEXT.cleared, 'done');
}

function showDate() {
  $('date-text').textContent = danishDate($('date').value);
}

function wire() {
  $('questionnaire').addEventListener('change', () => {
    showQuestionnaire();
    changed();
  });
  for (const id of ['group', 'date']) {
    $(id).addEventListener('input', changed);
    $(id).addEventListener('change', () => state.touched.add(id));
  }
  $('date').addEventListener('input', showDate);
  $('plan-form').addEventListener('input', changed);
  $('plan-form').addEventListener('change', (event) => {
    const holder = event.target.closest?.('[data-path]');
    if (holder) state.touched.add(holder.dataset.path);
    changed();
  });
  $('plan-form').addEventListener('submit', (event) => event.preventDefault());
  // Saved by its button only: Enter on a statement must not save half a respondent.
  $('answer-form').addEventListener('submit', (event) => event.preventDefault());
  $('save-answers').addEventListener('click', saveAnswer);
  $('export-answers').addEventListener('click', exportAnswers);
  $('import-answers').addEventListener('change', importAnswers);
  $('delete-answers').addEventListener('click', deleteAnswers);
  $('show-scores').addEventListener('click', () => showScores());
  $('download-questionnaire').addEventListener('click', () => downloadFile('spoergeskema'));
  $('download-result').addEventListener('click', () => downloadFile('dialogresultat'));
  $('download-plan').addEventListener('click', () => downloadFile('handleplan'));
  $('download-calendar').addEventListener('click', () => downloadFile('calendar'));
  $('clear').addEventListener('click', clearAll);
}

async function start() {
  wireApiKey(changed);
  const answer = await api.questionnaires();
  if (answer.status !== 200 || !answer.json) {
    setStatus(DIALOG_TEXT.loadFailed, 'failure');
    return;
  }
  state.house = answer.json;
  for (const q of state.house.questionnaires) $('questionnaire').append(el('option', { value: q.id, text: q.title }));
  $('answer-form-heading').setAttribute('tabindex', '-1');
  const saved = storage.loadDialog(SAVED) ?? {};
  if (state.house.questionnaires.some((q) => q.id === saved.questionnaire)) $('questionnaire').value = saved.questionnaire;
  $('group').value = saved.group ?? '';
  $('date').value = saved.date || isoDate(new Date());
  showDate();
  state.priorities = new Priorities(state.house.building_blocks, $('priorities'), prioritiesChanged);
  state.priorities.set(saved.priorities);
  state.plan = new PlanForm(state.house.building_blocks, { actionsArea: $('actions-area'), signersList: $('signers'),
    addSigner: $('add-signer'), nextRound: $('next-round'),
    topFields: { group: { box: $('group-diag'), input: $('group') }, date: { box: $('date-diag'), input: $('date') } } }, changed);
  state.plan.restore(saved.plan);
  state.plan.showActions(state.priorities.value().map((p) => p.block));
  showQuestionnaire();
  wire();
  document.body.dataset.ready = 'true';
  await validatePlan();
}

start();

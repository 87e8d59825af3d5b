// The answers of the dialogue page, kept in this browser only: per
// questionnaire a list of respondents, each just {answers: {L01: 4, …}} —
// no names, no time, nothing else. Export writes them as a JSON file
// ({questionnaire, respondents}); import reads one or several such files and
// merges them, refusing a file of another questionnaire or of another shape.
// Storage that is switched off or full is ignored (storage.js).
// Browser only.

import * as storage from './storage.js';
import { DIALOG_TEXT } from './dialog-text.js';

const key = (questionnaire) => `answers.${questionnaire}`;

export function loadRespondents(questionnaire) {
  const kept = storage.loadDialog(key(questionnaire));
  return Array.isArray(kept) ? kept : [];
}

function saveRespondents(questionnaire, respondents) {
  storage.saveDialog(key(questionnaire), respondents);
}

// answers: {id: 1–5}; answers the number kept now.
export function addRespondent(questionnaire, answers) {
  const respondents = [...loadRespondents(questionnaire), { answers }];
  saveRespondents(questionnaire, respondents);
  return respondents.length;
}

export function deleteRespondents(questionnaire) {
  storage.removeDialog(key(questionnaire));
}

// The file to download: {questionnaire, respondents}.
export function exportBlob(questionnaire) {
  const file = { questionnaire, respondents: loadRespondents(questionnaire) };
  return new Blob([`${JSON.stringify(file, null, 1)}\n`], { type: 'application/json' });
}

// A respondent as the service takes it: only the answers, only ids and numbers.
function cleanRespondent(respondent) {
  if (!respondent || typeof respondent !== 'object' || !respondent.answers || typeof respondent.answers !== 'object'
      || Array.isArray(respondent.answers)) return null;
  return { answers: { ...respondent.answers } };
}

// Reads a file's text; answers {respondents} or {problem: a Danish sentence}.
// titles: questionnaire id → title, for naming the questionnaire of a refused file.
export function parseAnswersFile(name, text, questionnaire, titles) {
  let file;
  try {
    file = JSON.parse(text);
  } catch {
    return { problem: DIALOG_TEXT.notAnswersFile(name) };
  }
  if (!file || typeof file !== 'object' || typeof file.questionnaire !== 'string' || !Array.isArray(file.respondents)) {
    return { problem: DIALOG_TEXT.notAnswersFile(name) };
  }
  if (file.questionnaire !== questionnaire) {
    return { problem: DIALOG_TEXT.otherQuestionnaire(name, titles[file.questionnaire] ?? DIALOG_TEXT.unknownQuestionnaire) };
  }
  const respondents = file.respondents.map(cleanRespondent);
  if (respondents.includes(null)) return { problem: DIALOG_TEXT.notAnswersFile(name) };
  return { respondents };
}

// A respondent's answers as one text, the same for the same answers in any order.
const fingerprint = (respondent) => JSON.stringify(Object.entries(respondent.answers).sort(([a], [b]) => (a < b ? -1 : 1)));

// Whether every respondent of a file is among those kept (counted, so two equal answers need two kept).
function allKept(respondents, kept) {
  const counts = new Map();
  for (const r of kept) counts.set(fingerprint(r), (counts.get(fingerprint(r)) ?? 0) + 1);
  return respondents.every((r) => {
    const n = counts.get(fingerprint(r)) ?? 0;
    counts.set(fingerprint(r), n - 1);
    return n > 0;
  });
}

// files: FileList; answers {added, total, problems: [sentences]}. A refused file adds
// nothing; so does a file whose answers are all kept already (read in before).
export async function importFiles(files, questionnaire, titles) {
  const problems = [];
  const added = [];
  const kept = loadRespondents(questionnaire);
  for (const file of files) {
    const parsed = parseAnswersFile(file.name, await file.text(), questionnaire, titles);
    if (parsed.problem) problems.push(parsed.problem);
    else if (parsed.respondents.length && allKept(parsed.respondents, [...kept, ...added])) problems.push(DIALOG_TEXT.alreadyKept(file.name));
    else added.push(...parsed.respondents);
  }
  const respondents = [...kept, ...added];
  if (added.length) saveRespondents(questionnaire, respondents);
  return { added: added.length, total: respondents.length, problems };
}

// Step 1 of the dialogue page: one questionnaire as a form for one
// respondent. Per building block a fieldset (its title as legend, its aim
// as help), in it per statement a radio group of the five scale words;
// statements for higher MED levels say so in words. Reads the ticked
// answers as {L01: 4, …} (a statement left blank is left out) and clears
// the form for the next respondent. Browser only; one form at a time.

import { el } from './form-controls.js';
import { DIALOG_TEXT } from './dialog-text.js';

function statement(question, scale) {
  const legendId = `q-${question.id}-legend`;
  const note = question.higher_med ? el('p', { class: 'help higher-med', id: `q-${question.id}-note`, text: DIALOG_TEXT.higherMed }) : null;
  const options = scale.map((step) => {
    const id = `q-${question.id}-${step.value}`;
    return el('span', { class: 'scale-step' },
      el('input', { type: 'radio', id, name: question.id, value: step.value }),
      el('label', { for: id, text: step.label }));
  });
  return el('fieldset', { class: 'statement', 'data-question': question.id, 'aria-describedby': note?.id },
    el('legend', { id: legendId }, el('span', { class: 'question-id', text: `${question.id}. ` }), question.text),
    note, el('div', { class: 'scale' }, ...options));
}

// house: the service's {scale, building_blocks}; questionnaire: one of its questionnaires.
export function questionnaireForm(house, questionnaire, container) {
  const blocks = house.building_blocks.map((block) => {
    const questions = questionnaire.questions.filter((q) => q.block === block.id);
    if (!questions.length) return null;
    return el('fieldset', { class: 'block', 'data-block': block.id },
      el('legend', { text: block.title }),
      el('p', { class: 'help', text: block.aim }),
      ...questions.map((q) => statement(q, house.scale)));
  }).filter(Boolean);
  container.replaceChildren(el('p', { class: 'intro', text: questionnaire.intro }), ...blocks);
}

// {id: score} of the ticked statements.
export function readAnswers(container) {
  const answers = {};
  for (const input of container.querySelectorAll('input[type="radio"]:checked')) answers[input.name] = Number(input.value);
  return answers;
}

export function clearAnswers(container) {
  for (const input of container.querySelectorAll('input[type="radio"]:checked')) input.checked = false;
}

// Step 2 of the dialogue page: the scores (POST /v1/dialogue/scores) as an
// SVG chart — per building block a horizontal bar from 1 to its mean on the
// 1–5 axis labelled with the scale words, a line from mean − spread to
// mean + spread, the mean written after it — and the same numbers as tables
// (the primary representation for a screen reader; the chart is an image
// named by its title and described by its caption), the candidate
// statements with their reason in words, and the chosen priorities.
// Browser only.

import { el } from './form-controls.js';
import { DIALOG_TEXT, decimal } from './dialog-text.js';
import { svg } from './svg.js';

const WIDTH = 960;
const LABEL_WIDTH = 300;
const LEFT = 320;
const RIGHT = 900;
const TOP = 56;
const ROW = 34;
const MAX_LABEL = 40;


const x = (score) => LEFT + ((score - 1) / 4) * (RIGHT - LEFT);
const shortened = (text) => (text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}…` : text);

// scores: the service's answer; scale: [{value, label}]. Answers a <figure>.
export function scoreChart(scores, scale) {
  const height = TOP + scores.blocks.length * ROW + 44;
  const grid = scale.map((step) => svg('g', { class: 'tick' },
    svg('line', { class: 'grid', x1: x(step.value), x2: x(step.value), y1: TOP - 8, y2: height - 40 }),
    svg('text', { x: x(step.value), y: TOP - 30, 'text-anchor': 'middle', text: String(step.value) }),
    svg('text', { x: x(step.value), y: TOP - 14, 'text-anchor': 'middle', class: 'scale-word', text: step.label })));
  const rows = scores.blocks.map((block, index) => {
    const y = TOP + index * ROW;
    const row = svg('g', { class: 'row', 'data-block': block.id },
      svg('text', { x: LABEL_WIDTH, y: y + 20, 'text-anchor': 'end', text: shortened(block.title) }));
    if (block.mean === null) {
      row.append(svg('text', { x: LEFT + 6, y: y + 20, class: 'no-answers', text: DIALOG_TEXT.noAnswers }));
      return row;
    }
    const low = Math.max(1, block.mean - block.spread);
    const high = Math.min(5, block.mean + block.spread);
    row.append(
      svg('rect', { class: 'bar', x: x(1), y: y + 6, width: Math.max(2, x(block.mean) - x(1)), height: 18 }),
      svg('line', { class: 'spread', x1: x(low), x2: x(high), y1: y + 15, y2: y + 15 }),
      svg('line', { class: 'spread', x1: x(low), x2: x(low), y1: y + 9, y2: y + 21 }),
      svg('line', { class: 'spread', x1: x(high), x2: x(high), y1: y + 9, y2: y + 21 }),
      svg('text', { class: 'mean', x: Math.min(RIGHT + 8, x(high) + 8), y: y + 20, text: decimal(block.mean) }));
    return row;
  });
  const legendY = height - 14;
  const legend = svg('g', { class: 'legend' },
    svg('rect', { class: 'bar', x: LEFT, y: legendY - 11, width: 28, height: 12 }),
    svg('text', { x: LEFT + 36, y: legendY, text: DIALOG_TEXT.legendBar }),
    svg('line', { class: 'spread', x1: LEFT + 230, x2: LEFT + 262, y1: legendY - 5, y2: legendY - 5 }),
    svg('text', { x: LEFT + 270, y: legendY, text: DIALOG_TEXT.legendLine }));
  const chart = svg('svg', { class: 'score-chart', viewBox: `0 0 ${WIDTH} ${height}`, role: 'img',
    'aria-labelledby': 'score-chart-title', 'aria-describedby': 'score-chart-caption' },
  svg('title', { id: 'score-chart-title', text: DIALOG_TEXT.chartTitle }), ...grid, ...rows, legend);
  return el('figure', { class: 'score-figure' }, chart,
    el('figcaption', { id: 'score-chart-caption', text: DIALOG_TEXT.chartDescription(scores.blocks.length) }));
}

function table(caption, heading, rows, id) {
  const head = el('tr', {}, ...[heading, DIALOG_TEXT.answers, DIALOG_TEXT.mean, DIALOG_TEXT.spread]
    .map((text) => el('th', { scope: 'col', text })));
  const body = rows.map((r) => el('tr', { 'data-id': r.id }, el('th', { scope: 'row', text: r.name }),
    el('td', { text: String(r.answers) }), el('td', { text: decimal(r.mean) }), el('td', { text: decimal(r.spread) })));
  return el('table', { class: 'scores', id }, el('caption', { text: caption }), el('thead', {}, head), el('tbody', {}, ...body));
}

export function blockTable(scores) {
  return table(DIALOG_TEXT.tableCaption, DIALOG_TEXT.block,
    scores.blocks.map((b) => ({ id: b.id, name: b.title, answers: b.answers, mean: b.mean, spread: b.spread })), 'block-table');
}

export function questionTable(scores) {
  return table(DIALOG_TEXT.questionsCaption, DIALOG_TEXT.question,
    scores.questions.map((q) => ({ id: q.id, name: `${q.id}. ${q.text}`, answers: q.answers, mean: q.mean, spread: q.spread })), 'question-table');
}

// The candidate statements: text and reason in words.
export function candidateList(scores) {
  if (!scores.candidates.length) return [el('p', { text: DIALOG_TEXT.noCandidates })];
  const byId = new Map(scores.questions.map((q) => [q.id, q]));
  return [el('ul', { class: 'candidates' }, ...scores.candidates.map((c) => {
    const q = byId.get(c.question);
    const reason = c.reason === 'low' ? DIALOG_TEXT.reasonLow(decimal(q?.mean)) : DIALOG_TEXT.reasonSpread(decimal(q?.spread));
    return el('li', { 'data-question': c.question, 'data-reason': c.reason },
      el('strong', { text: `${c.question}. ` }), q?.text ?? '', el('br'), el('span', { class: 'reason', text: reason }));
  }))];
}

export function priorityList(scores) {
  if (!scores.priorities?.length) return [el('p', { text: DIALOG_TEXT.noPriorities })];
  return [el('ol', { class: 'priorities' }, ...scores.priorities.map((p) => el('li', { 'data-block': p.block },
    p.votes === undefined || p.votes === null ? p.title : `${p.title} (${DIALOG_TEXT.votes(p.votes)})`)))];
}

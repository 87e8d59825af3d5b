// The plan's timeline, drawn in the browser as SVG: weeks since the first
// sick day on an axis, one row per item with a bar from its earliest to its
// latest day, the deadline as an upright stroke, the day a summons must be
// sent as a triangle, the day it was done as a dot, and the plan's date as a
// dashed line. The figure is an image with a title and a text alternative;
// the list of items below it is the full accessible representation.
// Browser only.

import { danishDate } from './danish-dates.js';
import { PLAN_TEXT, STATES, STATE_ORDER } from './plan-labels.js';
import { svg } from './svg.js';

const WIDTH = 960;
const LABEL_WIDTH = 250;
const CHART_LEFT = 262;
const CHART_RIGHT = 940;
const TOP = 44;
const ROW = 26;
const DAY_MS = 86400000;
const MAX_LABEL = 34;


// "2026-11-30" → days since 1970-01-01 (calendar days, no time zone involved).
function dayNumber(text) {
  const [y, m, d] = text.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

export function itemTitle(item) {
  return item.occurrence > 1 ? `${item.title} (${item.occurrence}.)` : item.title;
}

function shortened(text) {
  return text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}…` : text;
}

// The day the axis counts from: the first sick day, else the first day of any item.
function origin(plan, input) {
  if (input.absence?.first_day) return { day: dayNumber(input.absence.first_day), sinceFirstDay: true };
  const days = plan.items.flatMap((i) => [i.earliest, i.latest, i.done_on]).filter(Boolean).map(dayNumber);
  const first = Math.min(dayNumber(plan.as_of), ...days);
  return { day: first, sinceFirstDay: false, text: new Date(first * DAY_MS).toISOString().slice(0, 10) };
}

// plan: the service's plan; input: the request it was made for. Answers a <figure>.
export function timelineFigure(plan, input, figureId = 'timeline') {
  const start = origin(plan, input);
  const rel = (text) => dayNumber(text) - start.day;
  const items = [...plan.items].sort((a, b) => STATE_ORDER.indexOf(a.state) - STATE_ORDER.indexOf(b.state));
  const spans = items.map((item) => {
    const from = rel(item.earliest ?? item.latest ?? item.done_on);
    const to = rel(item.latest ?? item.earliest ?? item.done_on);
    return { item, from, to };
  });
  const marks = [rel(plan.as_of), ...spans.flatMap((s) => [s.from, s.to]),
    ...items.filter((i) => i.done_on).map((i) => rel(i.done_on))];
  const firstWeek = Math.min(0, Math.floor(Math.min(...marks) / 7));
  const lastWeek = Math.max(firstWeek + 4, Math.ceil((Math.max(...marks) + 1) / 7));
  const weeks = lastWeek - firstWeek;
  const x = (day) => CHART_LEFT + ((day - firstWeek * 7) / (weeks * 7)) * (CHART_RIGHT - CHART_LEFT);
  const height = TOP + items.length * ROW + 60;

  const titleId = `${figureId}-title`;
  const descId = `${figureId}-desc`;
  const root = svg('svg', { viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', 'aria-labelledby': titleId, 'aria-describedby': descId,
    class: 'timeline', focusable: 'false' });
  root.append(svg('title', { id: titleId, text: start.sinceFirstDay ? PLAN_TEXT.axis : PLAN_TEXT.axisFrom(danishDate(start.text)) }));

  // The axis: a tick and a number every week (every 2nd or 4th on a long plan).
  const step = weeks <= 16 ? 1 : weeks <= 32 ? 2 : 4;
  const axis = svg('g', { class: 'axis' });
  axis.append(svg('text', { x: CHART_LEFT, y: 14, class: 'axis-title',
    text: start.sinceFirstDay ? PLAN_TEXT.axis : PLAN_TEXT.axisFrom(danishDate(start.text)) }));
  for (let week = firstWeek; week <= lastWeek; week += step) {
    const at = x(week * 7);
    axis.append(svg('line', { x1: at, x2: at, y1: TOP - 8, y2: TOP + items.length * ROW, class: 'grid' }),
      svg('text', { x: at, y: TOP - 12, 'text-anchor': 'middle', text: String(week) }));
  }
  root.append(axis);

  spans.forEach(({ item, from, to }, index) => {
    const y = TOP + index * ROW;
    const row = svg('g', { class: `row state-${item.state}` });
    row.append(svg('text', { x: LABEL_WIDTH, y: y + 17, 'text-anchor': 'end', class: 'row-label', text: shortened(itemTitle(item)) }));
    const left = x(from);
    row.append(svg('rect', { x: left, y: y + 7, width: Math.max(4, x(to + 1) - left), height: 12, rx: 2, class: 'bar' }));
    if (item.latest) {
      const at = x(rel(item.latest) + 1);
      row.append(svg('line', { x1: at, x2: at, y1: y + 3, y2: y + 23, class: 'deadline' }));
    }
    if (item.summons_by) {
      const at = x(rel(item.summons_by) + 0.5);
      row.append(svg('path', { d: `M${at - 5} ${y + 1} L${at + 5} ${y + 1} L${at} ${y + 8} Z`, class: 'summons' }));
    }
    if (item.done_on) row.append(svg('circle', { cx: x(rel(item.done_on) + 0.5), cy: y + 13, r: 5, class: 'done-mark' }));
    root.append(row);
  });

  const today = x(rel(plan.as_of) + 0.5);
  root.append(svg('line', { x1: today, x2: today, y1: TOP - 6, y2: TOP + items.length * ROW + 4, class: 'today' }));

  // The legend under the rows: the states, the deadline, the summons and the plan's date.
  const legend = svg('g', { class: 'legend' });
  let lx = 10;
  const ly = TOP + items.length * ROW + 30;
  for (const state of STATE_ORDER) {
    legend.append(svg('rect', { x: lx, y: ly - 10, width: 22, height: 12, rx: 2, class: `bar state-${state}` }),
      svg('text', { x: lx + 28, y: ly, text: STATES[state] }));
    lx += 40 + STATES[state].length * 7.5;
  }
  legend.append(svg('line', { x1: lx + 4, x2: lx + 4, y1: ly - 13, y2: ly + 3, class: 'deadline' }),
    svg('text', { x: lx + 12, y: ly, text: PLAN_TEXT.legendDeadline }));
  lx += 60;
  legend.append(svg('path', { d: `M${lx} ${ly - 10} L${lx + 10} ${ly - 10} L${lx + 5} ${ly - 3} Z`, class: 'summons' }),
    svg('text', { x: lx + 16, y: ly, text: PLAN_TEXT.legendSummons }));
  lx += 150;
  legend.append(svg('line', { x1: lx + 4, x2: lx + 4, y1: ly - 13, y2: ly + 3, class: 'today' }),
    svg('text', { x: lx + 12, y: ly, text: PLAN_TEXT.today }));
  root.append(legend);

  const figure = document.createElement('figure');
  figure.className = 'timeline-figure';
  const caption = document.createElement('figcaption');
  caption.id = descId;
  caption.textContent = PLAN_TEXT.figureSummary(items.length, weeks);
  figure.append(root, caption);
  return figure;
}

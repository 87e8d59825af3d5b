// The plan as a list, the page's primary representation of it: one group
// per state (overdue first, then due, upcoming, done), each item with its
// dates in Danish, its purpose, what it assumes, its source and, when its
// document can be written now, a button that opens that document prefilled.
// Browser only.

import { danishDate } from './danish-dates.js';
import { el } from './form-controls.js';
import { itemTitle } from './plan-timeline.js';
import { PLAN_TEXT, STATES, STATE_ORDER, WHAT, WRITE } from './plan-labels.js';

function dateRow(term, day) {
  return day ? [el('dt', { text: term }), el('dd', { text: danishDate(day) })] : [];
}

function itemElement(item, id, open) {
  const node = el('li', { class: `plan-item state-${item.state}`, id, 'data-item': item.id, 'data-state': item.state },
    el('h4', {}, itemTitle(item), el('span', { class: 'what', text: ` · ${WHAT[item.what] ?? item.what}` })));
  if (item.obligation === 'may') node.append(el('p', { class: 'may', text: PLAN_TEXT.may }));
  const dates = [...dateRow(PLAN_TEXT.earliest, item.earliest), ...dateRow(PLAN_TEXT.latest, item.latest),
    ...dateRow(PLAN_TEXT.summonsBy, item.summons_by), ...dateRow(PLAN_TEXT.doneOn, item.done_on)];
  if (dates.length) node.append(el('dl', { class: 'dates' }, ...dates));
  node.append(el('p', { class: 'purpose', text: item.purpose }));
  const crossed = item.frequent_absence;
  if (crossed) {
    node.append(el('p', { class: 'crossed', text: PLAN_TEXT.crossed(danishDate(crossed.crossed_on), String(crossed.count).replace('.', ','),
      crossed.unit, danishDate(crossed.window_from)) }));
  }
  if (item.assumes?.length) {
    node.append(el('p', { class: 'assumes' }, el('strong', { text: `${PLAN_TEXT.assumes}: ` }), item.assumes.join('; ')));
  }
  node.append(el('p', { class: 'source' }, el('strong', { text: `${PLAN_TEXT.source}: ` }), item.source));
  if (item.request && item.document && WRITE[item.document.kind]) {
    const button = el('button', { type: 'button', class: 'write' }, WRITE[item.document.kind],
      el('span', { class: 'visually-hidden', text: ` – ${itemTitle(item)}` }));
    button.addEventListener('click', () => open(item));
    node.append(button);
  }
  return node;
}

// plan: the service's plan; open(item): opens the item's document. Answers the groups' elements.
export function planList(plan, open) {
  const groups = [];
  STATE_ORDER.forEach((state) => {
    const items = plan.items.map((item, index) => ({ item, index })).filter(({ item }) => item.state === state);
    if (!items.length) return;
    const headingId = `group-${state}`;
    groups.push(el('section', { class: `plan-group group-${state}`, 'aria-labelledby': headingId },
      el('h3', { id: headingId, text: `${STATES[state]} (${items.length})` }),
      el('ol', { class: 'plan-items' }, ...items.map(({ item, index }) => itemElement(item, `item-${index}`, open)))));
  });
  if (!groups.length) groups.push(el('p', { text: PLAN_TEXT.noItems }));
  return groups;
}

// One SVG element with its attributes ("text" sets its text) and children,
// for the charts drawn in the page (plan-timeline.js, dialog-chart.js).
const NS = 'http://www.w3.org/2000/svg';

export function svg(tag, attributes = {}, ...children) {
  const node = document.createElementNS(NS, tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'text') node.textContent = value;
    else if (value !== undefined) node.setAttribute(name, String(value));
  }
  node.append(...children);
  return node;
}

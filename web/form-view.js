// The whole form of one document kind: its sections (labels.js SECTIONS),
// each holding controls for top-level members of the document, plus the
// conversation type shown at the top of the page. Reads and writes the
// document JSON and maps a diagnostic's path to the field it concerns.
// Browser only; one instance per chosen kind.

import { HIDDEN, SECTIONS, entryFor } from './labels.js';
import { el, makeControl } from './form-controls.js';
import { pathAndAncestors } from './paths.js';
import { questionsFor, INSPIRATION_NOTE } from './inspiration.js';
import { TEXT } from './messages.js';

export class DocumentForm {
  // container: where the sections go; topSlot: where fields marked "top" go;
  // changed: called after rows were added or removed.
  constructor(kind, tree, container, topSlot, changed) {
    this.kind = kind;
    this.container = container;
    const ctx = { labelFor: (field) => entryFor(kind, field), hidden: HIDDEN, topSlot, changed };
    const members = new Map(tree.children.filter((f) => !HIDDEN.has(f.pointer)).map((f) => [f.name, f]));
    const sections = (SECTIONS[kind] ?? []).map((s) => ({ ...s, members: s.members.filter((m) => members.has(m)) }));
    const placed = new Set(sections.flatMap((s) => s.members));
    const rest = [...members.keys()].filter((name) => !placed.has(name));
    if (rest.length) sections.push({ title: TEXT.otherSection, members: rest });

    this.controls = [];
    container.replaceChildren();
    sections.forEach((section, index) => {
      const headingId = `section-${index}`;
      const element = el('section', { class: 'form-section', 'aria-labelledby': headingId },
        el('h2', { id: headingId, text: section.title }));
      for (const name of section.members) {
        const field = members.get(name);
        const control = makeControl(field, [name], ctx, field.required);
        this.controls.push(control);
        // A section of one group: the section's heading names it, its legend stays for screen readers.
        if (section.members.length === 1) control.element.querySelector(':scope > legend')?.classList.add('visually-hidden');
        element.append(control.element);
      }
      container.append(element);
    });
  }

  // The document as the service expects it; empty members are left out.
  value() {
    const out = {};
    for (const control of this.controls) {
      const value = control.value();
      if (value !== undefined) out[control.field.name] = value;
    }
    return out;
  }

  set(document) {
    for (const control of this.controls) control.set(document?.[control.field.name]);
    this.updateInspiration();
  }

  // path → {box, input, control} for every control of the form, as it is now.
  targets() {
    const map = new Map();
    for (const control of this.controls) control.register(map);
    return map;
  }

  // The control nearest to a diagnostic's path: the field itself, else its
  // closest ancestor on the form ("status[0]" → the field "status").
  targetFor(path, targets = this.targets()) {
    for (const candidate of pathAndAncestors(path)) {
      const target = targets.get(candidate);
      if (target) return { ...target, path: candidate };
    }
    return null;
  }

  // Fills the questions for inspiration for the conversation type chosen now.
  updateInspiration(document = this.value()) {
    for (const details of this.container.querySelectorAll('details.inspiration')) {
      const type = details.dataset.dependsOn.split('.').reduce((v, key) => v?.[key], document);
      const questions = questionsFor(details.dataset.lists, type);
      details.hidden = questions.length === 0;
      details.querySelector('ul').replaceChildren(...questions.map((q) => el('li', { text: q })));
      details.querySelector('p').textContent = INSPIRATION_NOTE;
    }
  }
}

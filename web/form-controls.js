// The controls of the form, one per field of the schema's field tree
// (schema-fields.js): a scalar (text, date, choice, …), an object (a
// fieldset), rows (repeatable groups such as agreements) and lists
// (repeatable lines such as topics). Each control builds its own DOM, reads
// its value as the JSON the service expects (undefined when empty), can be
// set from such JSON, and registers where a diagnostic for its path is shown.
// Browser only; one form at a time on the main thread.

import { danishDate, danishDateTime, danishDateOrDateTime } from './danish-dates.js';
import { TEXT } from './messages.js';
import { idFor, pathString } from './paths.js';

export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'text') node.textContent = value;
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, ...children);
  return node;
}

// Appends the nodes and texts that are there (null and undefined are skipped).
export function append(parent, ...children) {
  for (const child of children) if (child !== null && child !== undefined && child !== false) parent.append(child);
}

function lowerFirst(text) {
  return text.charAt(0).toLocaleLowerCase('da') + text.slice(1);
}

function labelText(entry, field) {
  return entry?.label ?? field.name;
}

function requiredMark() {
  return el('span', { class: 'required', title: TEXT.requiredTitle }, el('span', { 'aria-hidden': 'true', text: ' *' }),
    el('span', { class: 'visually-hidden', text: TEXT.requiredSpoken }));
}

// A number as typed in Danish ("18,5") → 18.5; text that is no number is sent as typed.
function numberValue(text) {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  const normalised = trimmed.replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : trimmed;
}

class ScalarControl {
  constructor(field, path, ctx, required, labelOverride) {
    this.field = field;
    this.path = path;
    this.entry = ctx.labelFor(field) ?? {};
    // A yes/no field with "Ved ikke" is a choice (labels.js, yesNo).
    this.widget = field.widget === 'boolean' && this.entry.yesNo ? 'yesno' : field.widget;
    this.hiddenByCondition = false;
    const id = idFor(pathString(path));
    this.id = id;
    const describedBy = [];
    const help = this.entry.help ? el('p', { class: 'help', id: `${id}-help`, text: this.entry.help }) : null;
    if (help) describedBy.push(help.id);
    this.diagBox = el('div', { class: 'diag', id: `${id}-diag` });
    this.element = el('div', { class: `field field-${this.widget}`, 'data-path': pathString(path) });

    this.input = this.makeInput(id, required);
    this.dateText = null;
    if (['date', 'datetime', 'date_or_datetime'].includes(field.widget)) {
      this.dateText = el('p', { class: 'date-text', id: `${id}-text` });
      describedBy.push(this.dateText.id);
      this.element.addEventListener('input', () => this.updateDateText());
      this.element.addEventListener('change', () => this.updateDateText());
    }
    this.optionHelp = null;
    if (this.entry.optionHelp) {
      this.optionHelp = el('p', { class: 'help option-help', id: `${id}-option-help`, 'aria-live': 'polite' });
      describedBy.push(this.optionHelp.id);
      this.input.addEventListener('change', () => this.updateOptionHelp());
    }
    describedBy.push(this.diagBox.id);
    this.input.setAttribute('aria-describedby', describedBy.join(' '));

    const title = labelOverride ?? labelText(this.entry, field);
    const label = el('label', { for: id }, title, required ? requiredMark() : null);
    if (this.widget === 'boolean') {
      append(this.element, el('div', { class: 'check' }, this.input, label), help);
    } else {
      append(this.element, label, help);
      if (field.widget === 'date_or_datetime') {
        const timeLabel = el('label', { for: `${id}-time`, text: TEXT.timeLabel });
        this.element.append(el('div', { class: 'date-and-time' }, this.input, el('span', { class: 'time' }, timeLabel, this.time)));
      } else {
        this.element.append(this.input);
      }
    }
    append(this.element, this.dateText, this.optionHelp, this.diagBox);
    if (this.entry.inspiration) this.element.append(this.makeInspiration());
  }

  makeInput(id, required) {
    const { field, entry } = this;
    const common = { id, name: pathString(this.path), required, autocomplete: entry.autocomplete, placeholder: entry.placeholder };
    switch (this.widget) {
      case 'textarea':
      case 'paragraphs':
        return el('textarea', { ...common, rows: field.widget === 'paragraphs' ? 7 : 3, maxlength: field.maxLength });
      case 'date':
        return el('input', { ...common, type: 'date', lang: 'da' });
      case 'datetime':
        return el('input', { ...common, type: 'datetime-local', lang: 'da', step: 60 });
      case 'date_or_datetime':
        this.time = el('input', { id: `${id}-time`, type: 'time', lang: 'da', step: 60, 'aria-describedby': `${id}-text` });
        return el('input', { ...common, type: 'date', lang: 'da' });
      case 'number':
        return el('input', { ...common, type: 'text', inputmode: 'decimal' });
      case 'boolean':
        return el('input', { ...common, type: 'checkbox', required: false });
      case 'yesno':
        return el('select', common, el('option', { value: '', text: TEXT.unknown }),
          el('option', { value: 'true', text: entry.yesNo.true }), el('option', { value: 'false', text: entry.yesNo.false }));
      case 'enum': {
        const select = el('select', common);
        const hasDefault = field.default !== undefined;
        if (!hasDefault) select.append(el('option', { value: '', text: required ? TEXT.choose : TEXT.none }));
        for (const value of field.enum) select.append(el('option', { value, text: entry.options?.[value] ?? value }));
        return select;
      }
      default: {
        let type = entry.inputType ?? 'text';
        if (field.defName === 'email') type = 'email';
        const numeric = field.defName === 'cpr' || field.defName === 'cvr';
        return el('input', { ...common, type, maxlength: field.maxLength, inputmode: numeric ? 'numeric' : undefined, spellcheck: numeric ? 'false' : undefined });
      }
    }
  }

  makeInspiration() {
    const { dependsOn, lists } = this.entry.inspiration;
    return el('details', { class: 'inspiration', 'data-depends-on': dependsOn, 'data-lists': lists },
      el('summary', { text: TEXT.inspiration }), el('ul'), el('p', { class: 'help' }));
  }

  updateDateText() {
    if (!this.dateText) return;
    const value = this.value();
    const formats = { date: danishDate, datetime: danishDateTime, date_or_datetime: danishDateOrDateTime };
    this.dateText.textContent = typeof value === 'string' ? formats[this.field.widget](value) : '';
  }

  updateOptionHelp() {
    if (this.optionHelp) this.optionHelp.textContent = this.entry.optionHelp[this.input.value] ?? '';
  }

  rawValue() {
    return this.widget === 'boolean' ? this.input.checked : this.input.value;
  }

  value() {
    if (this.hiddenByCondition) return undefined;
    const { widget } = this;
    if (widget === 'boolean') return this.input.checked;
    if (widget === 'yesno') return this.input.value === '' ? undefined : this.input.value === 'true';
    const text = this.input.value;
    if (widget === 'number') return numberValue(text);
    if (widget === 'date_or_datetime') return text ? (this.time.value ? `${text}T${this.time.value.slice(0, 5)}` : text) : undefined;
    if (widget === 'datetime') return text ? text.slice(0, 16) : undefined;
    if (text.trim() === '') return undefined;
    return widget === 'paragraphs' ? [text] : text;
  }

  set(value) {
    const { widget } = this;
    if (widget === 'boolean') {
      this.input.checked = typeof value === 'boolean' ? value : this.field.default === true;
    } else if (widget === 'yesno') {
      this.input.value = typeof value === 'boolean' ? String(value) : '';
    } else if (widget === 'enum') {
      this.input.value = value ?? this.field.default ?? '';
    } else if (widget === 'paragraphs') {
      this.input.value = Array.isArray(value) ? value.join('\n\n') : (value ?? '');
    } else if (widget === 'number') {
      this.input.value = typeof value === 'number' ? String(value).replace('.', ',') : (value ?? '');
    } else if (widget === 'date_or_datetime') {
      const [date, time] = String(value ?? '').split('T');
      this.input.value = date ?? '';
      this.time.value = time ?? '';
    } else {
      this.input.value = value ?? '';
    }
    this.updateDateText();
    this.updateOptionHelp();
  }

  setHiddenByCondition(hidden) {
    this.hiddenByCondition = hidden;
    this.element.hidden = hidden;
  }

  register(map) {
    map.set(pathString(this.path), { box: this.diagBox, input: this.input, control: this });
  }
}

class ObjectControl {
  constructor(field, path, ctx, required, legend) {
    this.field = field;
    this.path = path;
    this.entry = ctx.labelFor(field) ?? {};
    const id = idFor(pathString(path));
    this.diagBox = el('div', { class: 'diag', id: `${id}-diag` });
    this.element = el('fieldset', { class: 'group', 'data-path': pathString(path), 'aria-describedby': this.diagBox.id });
    this.element.append(el('legend', { text: legend ?? labelText(this.entry, field) }));
    if (this.entry.help) this.element.append(el('p', { class: 'help', text: this.entry.help }));
    this.element.append(this.diagBox);
    this.children = [];
    for (const child of field.children) {
      if (ctx.hidden.has(child.pointer)) continue;
      const control = makeControl(child, [...path, child.name], ctx, required && child.required);
      this.children.push(control);
      const childEntry = ctx.labelFor(child);
      (childEntry?.top && ctx.topSlot ? ctx.topSlot : this.element).append(control.element);
    }
    this.wireConditions(ctx);
  }

  wireConditions(ctx) {
    this.conditions = [];
    for (const control of this.children) {
      const rule = ctx.labelFor(control.field)?.showWhen;
      const sibling = rule && this.children.find((c) => c.field.name === rule.field);
      if (!sibling) continue;
      const update = () => control.setHiddenByCondition?.(!rule.values.includes(sibling.rawValue()));
      sibling.element.addEventListener('change', update);
      this.conditions.push(update);
    }
  }

  value() {
    const out = {};
    for (const control of this.children) {
      const value = control.value();
      if (value !== undefined) out[control.field.name] = value;
    }
    const meaningful = this.children.some((c) => c.field.widget !== 'boolean' && out[c.field.name] !== undefined);
    return meaningful ? out : undefined;
  }

  set(value) {
    for (const control of this.children) control.set(value?.[control.field.name]);
    for (const update of this.conditions) update();
  }

  firstInput() {
    return this.element.querySelector('input, select, textarea');
  }

  register(map) {
    map.set(pathString(this.path), { box: this.diagBox, input: this.firstInput(), control: this });
    for (const control of this.children) control.register(map);
  }
}

// Rows of objects or lines of text, with buttons to add and remove them.
class RepeatControl {
  constructor(field, path, ctx, required) {
    this.field = field;
    this.path = path;
    this.ctx = ctx;
    this.entry = ctx.labelFor(field) ?? {};
    this.itemName = this.entry.item ?? TEXT.defaultItem;
    const id = idFor(pathString(path));
    this.diagBox = el('div', { class: 'diag', id: `${id}-diag` });
    this.element = el('fieldset', { class: `group repeat repeat-${field.widget}`, 'data-path': pathString(path), 'aria-describedby': this.diagBox.id });
    this.element.append(el('legend', {}, labelText(this.entry, field), required && field.minItems > 0 ? requiredMark() : null));
    if (this.entry.help) this.element.append(el('p', { class: 'help', text: this.entry.help }));
    this.list = el('ol', { class: 'rows' });
    this.addButton = el('button', { type: 'button', class: 'add', text: TEXT.add(lowerFirst(this.itemName)) });
    this.addButton.addEventListener('click', () => this.add());
    this.element.append(this.diagBox, this.list, this.addButton);
    this.items = [];
  }

  build(values) {
    this.list.replaceChildren();
    this.items = values.map((value, index) => {
      const path = [...this.path, index];
      const name = `${this.itemName} ${index + 1}`;
      const control = this.field.widget === 'rows'
        ? new ObjectControl(this.field.item, path, this.ctx, true, name)
        : new ScalarControl(this.field.item, path, this.ctx, false, name);
      control.set(value);
      const remove = el('button', { type: 'button', class: 'remove', text: TEXT.remove, 'aria-label': TEXT.removeSpoken(lowerFirst(name)) });
      remove.addEventListener('click', () => this.remove(index));
      this.list.append(el('li', {}, control.element, remove));
      return control;
    });
    this.addButton.disabled = this.field.maxItems !== undefined && this.items.length >= this.field.maxItems;
  }

  itemValues() {
    return this.items.map((control) => control.value() ?? (this.field.widget === 'rows' ? {} : ''));
  }

  add() {
    this.build([...this.itemValues(), undefined]);
    const last = this.items[this.items.length - 1];
    (last.firstInput?.() ?? last.input).focus();
    this.ctx.changed();
  }

  remove(index) {
    const values = this.itemValues();
    values.splice(index, 1);
    this.build(values);
    const next = this.items[Math.min(index, this.items.length - 1)];
    (next ? (next.firstInput?.() ?? next.input) : this.addButton).focus();
    this.ctx.changed();
  }

  value() {
    return this.items.length ? this.itemValues() : undefined;
  }

  set(value) {
    const values = Array.isArray(value) ? [...value] : [];
    while (values.length < this.field.minItems) values.push(undefined);
    this.build(values);
  }

  register(map) {
    map.set(pathString(this.path), { box: this.diagBox, input: this.list.querySelector('input, select, textarea') ?? this.addButton, control: this });
    for (const control of this.items) control.register(map);
  }
}

export function makeControl(field, path, ctx, required) {
  if (field.widget === 'object') return new ObjectControl(field, path, ctx, required);
  if (field.widget === 'rows' || field.widget === 'list') return new RepeatControl(field, path, ctx, required);
  return new ScalarControl(field, path, ctx, required);
}

export { ObjectControl };

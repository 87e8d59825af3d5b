// Steps 3 and 4 of the dialogue page. Priorities: per building block a
// check box and an optional number of votes, sent as "priorities" (most
// votes first, then in the house's order). The handleplan: per chosen
// building block a small form (what, who, when, effect, how it will be
// seen, follow-up date), the next round and the signers (rows added and
// removed with buttons), read as the input of the kind handleplan. Both
// answer the controls where a diagnostic's JSON path is shown
// (diagnostics-view.js). Browser only; one instance each per page.

import { el } from './form-controls.js';
import { DIALOG_TEXT } from './dialog-text.js';
import { idFor, pathAndAncestors } from './paths.js';

// A labelled control with its help and its diagnostics box; kind: "input" | "textarea" | "date".
function field(path, label, kind, help) {
  const id = idFor(path);
  const box = el('div', { class: 'diag', id: `${id}-diag` });
  const helpNode = help ? el('p', { class: 'help', id: `${id}-help`, text: help }) : null;
  const describedBy = [helpNode?.id, box.id].filter(Boolean).join(' ');
  const input = kind === 'textarea'
    ? el('textarea', { id, rows: 2, 'aria-describedby': describedBy })
    : el('input', { id, type: kind === 'date' ? 'date' : 'text', lang: kind === 'date' ? 'da' : undefined, 'aria-describedby': describedBy });
  const element = el('div', { class: `field field-${kind}`, 'data-path': path }, el('label', { for: id, text: label }), helpNode, input, box);
  return { element, input, box, path };
}

const votesOf = (text) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : undefined);

export class Priorities {
  constructor(blocks, container, changed) {
    this.blocks = blocks;
    this.rows = blocks.map((block) => {
      const check = el('input', { type: 'checkbox', id: `p-${block.id}` });
      const votes = el('input', { type: 'text', inputmode: 'numeric', id: `v-${block.id}`, class: 'votes', size: 4 });
      return { block, check, votes, element: el('div', { class: 'priority', 'data-block': block.id },
        el('div', { class: 'check' }, check, el('label', { for: check.id, text: block.title })),
        el('label', { for: votes.id, class: 'votes-label' }, DIALOG_TEXT.votesWord,
          el('span', { class: 'visually-hidden', text: DIALOG_TEXT.votesOn(block.title) }), DIALOG_TEXT.optional), votes) };
    });
    container.replaceChildren(...this.rows.map((r) => r.element));
    container.addEventListener('change', (event) => { if (event.target.type === 'checkbox') changed(); });
    container.addEventListener('input', (event) => { if (event.target.type === 'text') changed(); });
  }

  // [{block, votes?}], most votes first; [] when none is chosen.
  value() {
    const chosen = this.rows.filter((r) => r.check.checked).map((r, order) => ({ order, block: r.block.id, votes: votesOf(r.votes.value) }));
    chosen.sort((a, b) => (b.votes ?? -1) - (a.votes ?? -1) || a.order - b.order);
    return chosen.map(({ block, votes }) => (votes === undefined ? { block } : { block, votes }));
  }

  set(priorities = []) {
    const byBlock = new Map(priorities.map((p) => [p.block, p]));
    for (const row of this.rows) {
      row.check.checked = byBlock.has(row.block.id);
      row.votes.value = byBlock.get(row.block.id)?.votes ?? '';
    }
  }
}

const ACTION_FIELDS = [
  ['what', 'textarea'], ['who', 'textarea'], ['when', 'input', DIALOG_TEXT.whenHelp], ['effect', 'textarea'], ['evidence', 'textarea'],
  ['follow_up', 'date'],
];
const ACTION_LABELS = { what: DIALOG_TEXT.what, who: DIALOG_TEXT.who, when: DIALOG_TEXT.when, effect: DIALOG_TEXT.effect,
  evidence: DIALOG_TEXT.evidence, follow_up: DIALOG_TEXT.followUp };

export class PlanForm {
  // actionsArea, signersList: containers; nextRound: the date input; topFields: path → {box, input} of fields outside (group, date).
  constructor(blocks, { actionsArea, signersList, addSigner, nextRound, topFields }, changed) {
    this.blocks = blocks;
    this.actionsArea = actionsArea;
    this.signersList = signersList;
    this.nextRound = nextRound;
    this.topFields = topFields;
    this.changed = changed;
    this.actions = [];  // [{block, fields}]
    this.kept = {};     // block → {what, …}: text typed for a block stays while it is not chosen
    this.signers = [];  // [{name, role, element}]
    addSigner.addEventListener('click', () => {
      this.addSigner();
      this.signers.at(-1).name.input.focus();
      changed();
    });
  }

  // Shows a form for each chosen block (chosen: the block ids in order).
  showActions(chosen) {
    this.keep();
    this.actions = chosen.map((blockId, index) => {
      const block = this.blocks.find((b) => b.id === blockId);
      const fields = ACTION_FIELDS.map(([name, kind, help]) => field(`actions[${index}].${name}`, ACTION_LABELS[name], kind, help));
      for (const f of fields) f.input.value = this.kept[blockId]?.[f.path.split('.').at(-1)] ?? '';
      const legendId = `action-${blockId}-legend`;
      const element = el('fieldset', { class: 'group action', 'data-block': blockId },
        el('legend', { id: legendId, text: block?.title ?? blockId }), ...fields.map((f) => f.element));
      return { block: blockId, fields, element };
    });
    this.actionsArea.replaceChildren(...(this.actions.length ? this.actions.map((a) => a.element)
      : [el('p', { class: 'help', text: DIALOG_TEXT.choosePriorities })]));
  }

  keep() {
    for (const action of this.actions) {
      this.kept[action.block] = Object.fromEntries(action.fields.map((f) => [f.path.split('.').at(-1), f.input.value]));
    }
  }

  addSigner(signer = {}) {
    const index = this.signers.length;
    const name = field(`signers[${index}].name`, DIALOG_TEXT.signerName, 'input');
    const role = field(`signers[${index}].role`, DIALOG_TEXT.signerRole, 'input');
    name.input.value = signer.name ?? '';
    role.input.value = signer.role ?? '';
    name.input.setAttribute('autocomplete', 'off');
    const remove = el('button', { type: 'button', class: 'remove', 'aria-label': DIALOG_TEXT.removeSigner(index + 1), text: DIALOG_TEXT.remove });
    const element = el('li', {}, el('div', { class: 'signer' }, name.element, role.element), remove);
    const entry = { name, role, element };
    remove.addEventListener('click', () => {
      const values = this.signerValues().filter((_, i) => i !== this.signers.indexOf(entry));
      this.setSigners(values);
      this.changed();
    });
    this.signers.push(entry);
    this.signersList.append(element);
  }

  signerValues() {
    return this.signers.map((s) => ({ name: s.name.input.value, role: s.role.input.value }));
  }

  setSigners(signers) {
    this.signers = [];
    this.signersList.replaceChildren();
    for (const signer of signers) this.addSigner(signer);
  }

  // The handleplan's actions, next round and signers (empty texts left out).
  value() {
    const text = (input) => input.value.trim() || undefined;
    const out = {
      actions: this.actions.map((a) => Object.fromEntries([['block', a.block],
        ...a.fields.map((f) => [f.path.split('.').at(-1), text(f.input)]).filter(([, v]) => v !== undefined)])),
    };
    if (text(this.nextRound)) out.next_round = this.nextRound.value;
    const signers = this.signerValues().map((s) => ({ name: s.name.trim(), role: s.role.trim() }))
      .filter((s) => s.name || s.role).map((s) => (s.role ? s : { name: s.name }));
    if (signers.length) out.signers = signers;
    return out;
  }

  // What to keep in the browser: the text per block, the next round, the signers.
  saved() {
    this.keep();
    return { actions: this.kept, next_round: this.nextRound.value, signers: this.signerValues() };
  }

  restore(saved = {}) {
    this.kept = saved.actions ?? {};
    this.nextRound.value = saved.next_round ?? '';
    this.setSigners(saved.signers ?? []);
  }

  // The form-like interface of diagnostics-view.js.
  targets() {
    const map = new Map(Object.entries(this.topFields));
    map.set('next_round', { box: document.getElementById(`${this.nextRound.id}-diag`), input: this.nextRound });
    map.set('actions', { box: this.actionsArea.nextElementSibling, input: null });
    map.set('signers', { box: this.signersList.nextElementSibling, input: null });
    for (const f of [...this.actions.flatMap((a) => a.fields), ...this.signers.flatMap((s) => [s.name, s.role])]) {
      map.set(f.path, { box: f.box, input: f.input });
    }
    return map;
  }

  targetFor(path, targets = this.targets()) {
    for (const candidate of pathAndAncestors(path)) {
      const target = targets.get(candidate);
      if (target) return { ...target, path: candidate };
    }
    return null;
  }
}

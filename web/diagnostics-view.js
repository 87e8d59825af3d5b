// Shows the service's diagnostics ({path, code, message}) in Danish next to
// the fields they concern and as a summary at the top linking to them.
// Errors are shown for fields the manager has been at (or for all, once a
// document was asked for); warnings always. Browser only.

import { el } from './form-controls.js';
import { TEXT } from './messages.js';
import { isWithin } from './paths.js';

function messageElement(diagnostic, severity) {
  return el('p', { class: `diag-${severity}`, 'data-code': diagnostic.code },
    el('strong', { text: severity === 'error' ? TEXT.errorPrefix : TEXT.warningPrefix }), diagnostic.message);
}

// form: DocumentForm; result: {errors, warnings}; shouldShowError(path): the field was visited;
// summary: the summary element at the top of the page.
export function showDiagnostics(form, result, shouldShowError, summary) {
  const targets = form.targets();
  for (const { box, input } of targets.values()) {
    box.replaceChildren();
    input?.removeAttribute('aria-invalid');
  }
  const shown = { error: [], warning: [] };
  const place = (diagnostic, severity) => {
    const target = form.targetFor(diagnostic.path, targets);
    if (severity === 'error' && !shouldShowError(diagnostic.path, target?.path)) return;
    if (target) {
      target.box.append(messageElement(diagnostic, severity));
      if (severity === 'error') target.input?.setAttribute('aria-invalid', 'true');
    }
    shown[severity].push({ diagnostic, target });
  };
  for (const d of result.errors ?? []) place(d, 'error');
  for (const d of result.warnings ?? []) place(d, 'warning');
  renderSummary(summary, shown);
  return shown;
}

function summaryList(items) {
  return el('ul', {}, ...items.map(({ diagnostic, target }) => {
    const id = target?.input?.id;
    if (!id) return el('li', { text: diagnostic.message });
    const link = el('a', { href: `#${id}`, text: diagnostic.message });
    link.addEventListener('click', (event) => {
      event.preventDefault();
      const input = document.getElementById(id);
      input?.closest('details')?.setAttribute('open', '');
      input?.focus();
      input?.scrollIntoView({ block: 'center' });
    });
    return el('li', {}, link);
  }));
}

function renderSummary(summary, shown) {
  summary.replaceChildren();
  const errors = shown.error.length;
  const warnings = shown.warning.length;
  summary.hidden = errors === 0 && warnings === 0;
  if (errors) {
    summary.append(el('h2', { id: 'summary-errors', tabindex: '-1', class: 'summary-errors',
      text: TEXT.errorsHeading(errors) }), summaryList(shown.error));
  }
  if (warnings) {
    summary.append(el('h2', { class: 'summary-warnings',
      text: TEXT.warningsHeading(warnings) }),
    summaryList(shown.warning));
  }
}

// Whether a path lies within one of the visited paths (or one of them within it).
export function visited(touched, diagnosticPath, targetPath) {
  for (const t of touched) {
    if (isWithin(t, diagnosticPath) || isWithin(diagnosticPath, t) || (targetPath && isWithin(t, targetPath))) return true;
  }
  return false;
}

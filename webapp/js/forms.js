// Accessible form building blocks shared by the member views: every control
// has a visible label, hints and errors are linked with aria-describedby, the
// error summary is a role=alert region, and problem+json field errors land
// next to their field. Not a view.
import { t } from './i18n.js';
import { h } from './dom.js';
import { ApiError } from './api.js';

/**
 * A labelled control. kind: 'input' (default), 'textarea' or 'select'.
 * options (select): [{value, label}]. Returns {name, input, error, wrapper, focus()}.
 */
export function field(id, label, { name = id, kind = 'input', type = 'text', hint, required = false,
  autocomplete, value, options = [], attrs = {} } = {}) {
  const error = h('p', { class: 'field-error', id: `${id}-error` });
  const hintEl = hint ? h('p', { class: 'field-hint', id: `${id}-hint` }, hint) : null;
  const common = { id, name, required: required || null, autocomplete, ...attrs };
  let input;
  if (kind === 'textarea') {
    input = h('textarea', { ...common, rows: 5 });
  } else if (kind === 'select') {
    input = h('select', common, options.map((o) => h('option', { value: o.value }, o.label)));
  } else {
    input = h('input', { ...common, type });
  }
  if (value !== undefined && value !== null) input.value = value;
  const labelEl = h('label', { for: id }, label, required ? h('span', { class: 'required' }, ` ${t('form.requiredMark')}`) : null);
  const wrapper = h('div', { class: 'field' }, labelEl, hintEl, error, input);
  const f = { name, input, error, wrapper, hintId: hintEl ? hintEl.id : null, focus: () => input.focus() };
  describe(f, false);
  return f;
}

/**
 * Checkboxes in a fieldset with a legend. options: [{value, label}].
 * Returns {name, wrapper, error, values(), set(values), focus()}.
 */
export function checkboxGroup(id, legend, options, { name = id, checked = [], hint, required = false } = {}) {
  const error = h('p', { class: 'field-error', id: `${id}-error` });
  const hintEl = hint ? h('p', { class: 'field-hint', id: `${id}-hint` }, hint) : null;
  const boxes = options.map((o, i) => {
    const input = h('input', { type: 'checkbox', id: `${id}-${i}`, name, value: o.value });
    input.checked = checked.includes(o.value);
    return { input, item: h('li', { class: 'check' }, input, h('label', { for: `${id}-${i}` }, o.label)) };
  });
  const fieldset = h('fieldset', { class: 'field fieldset', id },
    h('legend', {}, legend, required ? h('span', { class: 'required' }, ` ${t('form.requiredMark')}`) : null),
    hintEl, error,
    h('ul', { class: 'check-list' }, boxes.map((b) => b.item)));
  const f = {
    name,
    wrapper: fieldset,
    error,
    input: fieldset,
    hintId: hintEl ? hintEl.id : null,
    values: () => boxes.filter((b) => b.input.checked).map((b) => b.input.value),
    set: (values) => boxes.forEach((b) => { b.input.checked = values.includes(b.input.value); }),
    boxes: boxes.map((b) => b.input),
    focus: () => boxes[0]?.input.focus(),
  };
  if (hintEl) fieldset.setAttribute('aria-describedby', hintEl.id);
  return f;
}

function describe(f, invalid) {
  const ids = [f.hintId, invalid ? f.error.id : null].filter(Boolean);
  const target = f.input;
  if (ids.length) target.setAttribute('aria-describedby', ids.join(' '));
  else target.removeAttribute('aria-describedby');
  if (target.tagName !== 'FIELDSET') {
    if (invalid) target.setAttribute('aria-invalid', 'true');
    else target.removeAttribute('aria-invalid');
  } else {
    fieldsetInvalid(f, invalid);
  }
}

function fieldsetInvalid(f, invalid) {
  f.wrapper.classList.toggle('is-invalid', invalid);
  for (const box of f.boxes ?? []) {
    if (invalid) box.setAttribute('aria-describedby', f.error.id);
    else box.removeAttribute('aria-describedby');
  }
}

/** The role=alert summary above a form. */
export function alertRegion(id) {
  return h('div', { class: 'form-error', role: 'alert', id });
}

/** A polite live region for "saved" and similar confirmations. */
export function statusRegion(id) {
  return h('div', { class: 'form-status', role: 'status', id });
}

/**
 * Error display for one form: fields by API field name, one alert region.
 * clear() before submitting; show([[field, message]]) for client checks;
 * problem(e) for an ApiError (field errors next to fields, the rest in the alert).
 */
export class FormErrors {
  constructor(alert, fields = {}) {
    this.alert = alert;
    this.fields = fields;
  }

  clear() {
    this.alert.replaceChildren();
    for (const f of Object.values(this.fields)) {
      f.error.textContent = '';
      describe(f, false);
    }
  }

  show(problems, summary = t('form.error.summary')) {
    for (const [f, message] of problems) {
      f.error.textContent = message;
      describe(f, true);
    }
    this.alert.replaceChildren(h('p', {}, summary));
    if (problems.length) problems[0][0].focus();
  }

  problem(e) {
    const fieldProblems = e instanceof ApiError
      ? e.errors.filter((err) => this.fields[err.field]).map((err) => [this.fields[err.field], err.message])
      : [];
    if (fieldProblems.length) {
      this.show(fieldProblems, e.detail || t('form.error.summary'));
      const rest = e.errors.filter((err) => !this.fields[err.field]);
      for (const err of rest) this.alert.append(h('p', {}, `${err.field}: ${err.message}`));
      return;
    }
    this.alert.replaceChildren(h('p', {}, problemMessage(e)));
  }
}

/** A sentence for any failed API call: the server's detail when it sent one. */
export function problemMessage(e) {
  if (!(e instanceof ApiError)) {
    console.error('Unexpected failure', e);
    return t('error.unexpected');
  }
  if (e.status === 0) return t('error.network');
  if (e.detail) return e.detail;
  if (e.status === 401) return t('error.unauthorized');
  if (e.status === 403) return t('error.forbidden');
  if (e.status === 404) return t('error.notFound');
  return t('error.unexpected');
}

/** Marks a submit button busy (keeps it focusable, unlike disabled). */
export function busy(button, on, busyLabel) {
  if (on) {
    button.dataset.label = button.textContent;
    button.setAttribute('aria-disabled', 'true');
    if (busyLabel) button.textContent = busyLabel;
  } else {
    button.removeAttribute('aria-disabled');
    if (button.dataset.label) button.textContent = button.dataset.label;
  }
}

/** The "please sign in" box shown instead of member-only content. */
export function loginPrompt(textKey = 'members.loginRequired') {
  const next = location.hash || '#/';
  return h('div', { class: 'notice' },
    h('p', {}, t(textKey)),
    h('p', {}, h('a', { class: 'button button-primary', href: `#/login?next=${encodeURIComponent(next)}` }, t('account.login'))));
}

export const ROLES = ['ADMIN', 'MODERATOR', 'MAYOR', 'STAFF', 'EXPERT'];

export function roleLabel(role) {
  return ROLES.includes(role) ? t(`role.${role}`) : role;
}

export const STATES = [
  'Baden-Württemberg', 'Bayern', 'Berlin', 'Brandenburg', 'Bremen', 'Hamburg', 'Hessen',
  'Mecklenburg-Vorpommern', 'Niedersachsen', 'Nordrhein-Westfalen', 'Rheinland-Pfalz', 'Saarland',
  'Sachsen', 'Sachsen-Anhalt', 'Schleswig-Holstein', 'Thüringen',
];

// New password from the reset link (#/passwort-neu?token=…).
// POST /api/auth/password-reset/confirm {token, password} → 204.
import { t } from '../i18n.js';
import { h, mount } from '../dom.js';
import { post } from '../api.js';
import { field, alertRegion, FormErrors, busy } from '../forms.js';

export const MIN_PASSWORD = 12;

export function render(container, params) {
  const token = params.token ?? '';
  mount(container, h('h1', { id: 'reset-title' }, t('reset.title')));
  if (!token) {
    mount(container, h('p', { class: 'notice' }, t('reset.noToken')),
      h('p', {}, h('a', { href: '#/passwort-vergessen' }, t('reset.requestNew'))));
    return;
  }
  const alert = alertRegion('reset-alert');
  const pw = passwordPair('reset');
  const submit = h('button', { type: 'submit', class: 'button button-primary' }, t('reset.submit'));
  const form = h('form', { class: 'form', novalidate: true, 'aria-labelledby': 'reset-title' },
    pw.password.wrapper, pw.repeat.wrapper, h('div', { class: 'form-actions' }, submit));
  const errors = new FormErrors(alert, { password: pw.password, password2: pw.repeat });
  const done = h('div', { role: 'status', class: 'form-status' });
  mount(container, h('p', { class: 'lead' }, t('reset.intro')), alert, done, form);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (submit.getAttribute('aria-disabled')) return;
    errors.clear();
    const problems = pw.check();
    if (problems.length) {
      errors.show(problems);
      return;
    }
    busy(submit, true, t('form.sending'));
    try {
      await post('/api/auth/password-reset/confirm', { token, password: pw.password.input.value });
      form.hidden = true;
      done.replaceChildren(h('div', { class: 'notice' },
        h('p', {}, t('reset.done')), h('p', {}, h('a', { href: '#/login' }, t('account.login')))));
    } catch (e) {
      if (e.status === 410 || e.status === 404) {
        alert.replaceChildren(h('p', {}, e.detail || t('reset.gone')),
          h('p', {}, h('a', { href: '#/passwort-vergessen' }, t('reset.requestNew'))));
      } else {
        errors.problem(e);
      }
    } finally {
      busy(submit, false);
    }
  });
}

/** A new password and its repetition, with the rule shown as hint. Shared with the invitation. */
export function passwordPair(prefix) {
  const password = field(`${prefix}-password`, t('password.new'), {
    name: 'password', type: 'password', autocomplete: 'new-password', required: true,
    hint: t('password.rules', { min: MIN_PASSWORD }) });
  const repeat = field(`${prefix}-password2`, t('password.repeat'), {
    name: 'password2', type: 'password', autocomplete: 'new-password', required: true });
  return {
    password,
    repeat,
    check() {
      const problems = [];
      const value = password.input.value;
      if ([...value].length < MIN_PASSWORD) problems.push([password, t('password.tooShort', { min: MIN_PASSWORD })]);
      if (value !== repeat.input.value) problems.push([repeat, t('password.mismatch')]);
      return problems;
    },
  };
}

// Password reset request. POST /api/auth/password-reset {email}; the server
// answers 202 whether or not the address belongs to a member, and so do we.
import { t } from '../i18n.js';
import { h, mount } from '../dom.js';
import { post } from '../api.js';
import { field, alertRegion, FormErrors, busy } from '../forms.js';

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function render(container) {
  const alert = alertRegion('forgot-alert');
  const email = field('forgot-email', t('login.email'), { name: 'email', type: 'email', autocomplete: 'username', required: true });
  const submit = h('button', { type: 'submit', class: 'button button-primary' }, t('forgot.submit'));
  const form = h('form', { class: 'form', novalidate: true, 'aria-labelledby': 'forgot-title' },
    email.wrapper, h('div', { class: 'form-actions' }, submit));
  const errors = new FormErrors(alert, { email });
  const done = h('div', { role: 'status', class: 'form-status' });

  mount(container,
    h('h1', { id: 'forgot-title' }, t('forgot.title')),
    h('p', { class: 'lead' }, t('forgot.intro')),
    alert, done, form,
    h('p', { class: 'form-links' }, h('a', { href: '#/login' }, t('forgot.back'))));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (submit.getAttribute('aria-disabled')) return;
    errors.clear();
    const value = email.input.value.trim();
    if (!EMAIL_PATTERN.test(value)) {
      errors.show([[email, t('login.error.emailInvalid')]]);
      return;
    }
    busy(submit, true, t('form.sending'));
    try {
      await post('/api/auth/password-reset', { email: value });
      form.hidden = true;
      done.replaceChildren(h('p', { class: 'notice' }, t('forgot.sent', { email: value })));
    } catch (e) {
      errors.problem(e);
    } finally {
      busy(submit, false);
    }
  });
}

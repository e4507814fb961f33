// Login form. POST /api/auth/login {email, password}; on 200 the server has
// set its session cookie, we store nothing and ask GET /api/me who we are.
import { t, getLanguage, setLanguage } from '../i18n.js';
import { h, mount } from '../dom.js';
import { post, ApiError } from '../api.js';
import { currentMember, refreshSession } from '../session.js';
import { navigate } from '../router.js';

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
let draftEmail = ''; // survives the re-render of a language switch; the password does not

export function render(container, params) {
  const alert = h('div', { class: 'form-error', role: 'alert', id: 'login-alert' });
  const email = field('email', 'email', 'login.email', 'username');
  const password = field('password', 'password', 'login.password', 'current-password');
  email.input.value = draftEmail;
  email.input.addEventListener('input', () => { draftEmail = email.input.value; });
  const submit = h('button', { type: 'submit', class: 'button button-primary' }, t('login.submit'));
  const form = h('form', { class: 'form login-form', novalidate: true, 'aria-labelledby': 'login-title' },
    email.wrapper, password.wrapper, h('div', { class: 'form-actions' }, submit));

  const member = currentMember();
  mount(container,
    h('h1', { id: 'login-title' }, t('login.title')),
    h('p', { class: 'lead' }, t('login.intro')),
    member ? h('p', { class: 'notice' }, t('login.alreadySignedIn', { name: member.displayName })) : null,
    h('p', { class: 'hint' }, t('login.required')),
    alert,
    form,
    h('p', { class: 'form-links' }, h('a', { href: '#/passwort-vergessen' }, t('login.forgot'))),
  );

  let busy = false;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (busy) return;
    clearErrors([email, password], alert);
    const problems = validate(email, password);
    if (problems.length) {
      showErrors(problems, alert, t('login.error.summary'));
      return;
    }
    busy = true;
    submit.setAttribute('aria-disabled', 'true');
    submit.textContent = t('login.submitting');
    try {
      await post('/api/auth/login', { email: email.input.value.trim(), password: password.input.value });
      const me = await refreshSession();
      if (!me) throw new ApiError({ status: 0 });
      draftEmail = '';
      if (me.language && me.language !== getLanguage()) await setLanguage(me.language);
      navigate(safeNext(params.next));
    } catch (e) {
      showServerError(e, { email, password }, alert);
    } finally {
      busy = false;
      submit.removeAttribute('aria-disabled');
      submit.textContent = t('login.submit');
    }
  });
}

function field(name, type, labelKey, autocomplete) {
  const id = `login-${name}`;
  const error = h('p', { class: 'field-error', id: `${id}-error` });
  const input = h('input', { id, name, type, autocomplete, required: true, spellcheck: 'false' });
  const wrapper = h('div', { class: 'field' }, h('label', { for: id }, t(labelKey)), error, input);
  return { name, input, error, wrapper };
}

function validate(email, password) {
  const problems = [];
  const value = email.input.value.trim();
  if (!value) problems.push([email, t('login.error.emailRequired')]);
  else if (!EMAIL_PATTERN.test(value)) problems.push([email, t('login.error.emailInvalid')]);
  if (!password.input.value) problems.push([password, t('login.error.passwordRequired')]);
  return problems;
}

function clearErrors(fields, alert) {
  alert.replaceChildren();
  for (const f of fields) {
    f.error.textContent = '';
    f.input.removeAttribute('aria-invalid');
    f.input.removeAttribute('aria-describedby');
  }
}

function showErrors(problems, alert, summary) {
  for (const [f, message] of problems) {
    f.error.textContent = message;
    f.input.setAttribute('aria-invalid', 'true');
    f.input.setAttribute('aria-describedby', f.error.id);
  }
  alert.append(h('p', {}, summary));
  problems[0][0].input.focus();
}

function showServerError(e, fields, alert) {
  if (!(e instanceof ApiError)) {
    console.error('Login failed unexpectedly', e);
  }
  const status = e instanceof ApiError ? e.status : 0;
  const fieldProblems = status === 400 && e.errors.length
    ? e.errors.filter((err) => fields[err.field]).map((err) => [fields[err.field], err.message])
    : [];
  if (fieldProblems.length) {
    showErrors(fieldProblems, alert, e.detail || t('login.error.summary'));
    return;
  }
  let message;
  if (status === 401) message = e.detail || t('login.error.invalid');
  else if (status === 429) message = e.detail || t('login.error.rateLimited');
  else message = t('login.error.unavailable');
  alert.append(h('p', {}, message));
}

// Only in-app routes, so a crafted link cannot send people elsewhere after login.
function safeNext(next) {
  return typeof next === 'string' && next.startsWith('#/') ? next : '#/';
}

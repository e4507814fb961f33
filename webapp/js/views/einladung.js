// Invitation acceptance (#/einladung?token=…). Shows what the invitation is
// for (GET /api/invitations/preview), then POST /api/invitations/accept;
// 201 means the member exists and is signed in, so we go to the profile.
import { t } from '../i18n.js';
import { h, mount } from '../dom.js';
import { get, post } from '../api.js';
import { field, alertRegion, FormErrors, busy, problemMessage, roleLabel } from '../forms.js';
import { refreshSession } from '../session.js';
import { navigate } from '../router.js';
import { passwordPair } from './passwort-neu.js';

export async function render(container, params) {
  const token = params.token ?? '';
  const heading = h('h1', { id: 'invite-title' }, t('invite.title'));
  mount(container, heading);
  if (!token) {
    mount(container, h('p', { class: 'notice' }, t('invite.noToken')));
    return;
  }
  let preview;
  try {
    preview = await get(`/api/invitations/preview?token=${encodeURIComponent(token)}`);
  } catch (e) {
    mount(container, unusable(e));
    return;
  }

  const alert = alertRegion('invite-alert');
  const name = field('invite-name', t('profile.displayName'), { name: 'displayName', autocomplete: 'name', required: true });
  const pw = passwordPair('invite');
  const affiliation = preview.affiliationRequired
    ? field('invite-affiliation', t('profile.affiliation'), { name: 'affiliation', autocomplete: 'organization', required: true, hint: t('profile.affiliationHint') })
    : null;
  const submit = h('button', { type: 'submit', class: 'button button-primary' }, t('invite.submit'));
  const form = h('form', { class: 'form', novalidate: true, 'aria-labelledby': 'invite-title' },
    name.wrapper, affiliation?.wrapper, pw.password.wrapper, pw.repeat.wrapper,
    h('div', { class: 'form-actions' }, submit));
  const fields = { displayName: name, password: pw.password, password2: pw.repeat };
  if (affiliation) fields.affiliation = affiliation;
  const errors = new FormErrors(alert, fields);

  mount(container,
    h('p', { class: 'lead' }, t('invite.intro')),
    h('dl', { class: 'facts' },
      h('dt', {}, t('login.email')), h('dd', {}, preview.email),
      h('dt', {}, t('invite.roles')), h('dd', {}, preview.roles.map(roleLabel).join(', ')),
      preview.municipality ? [h('dt', {}, t('invite.municipality')), h('dd', {}, preview.municipality)] : null),
    h('p', { class: 'hint' }, t('form.requiredNote')),
    alert, form);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (submit.getAttribute('aria-disabled')) return;
    errors.clear();
    const problems = [];
    if (!name.input.value.trim()) problems.push([name, t('invite.error.name')]);
    if (affiliation && !affiliation.input.value.trim()) problems.push([affiliation, t('invite.error.affiliation')]);
    problems.push(...pw.check());
    if (problems.length) {
      errors.show(problems);
      return;
    }
    busy(submit, true, t('form.sending'));
    try {
      await post('/api/invitations/accept', {
        token,
        displayName: name.input.value.trim(),
        password: pw.password.input.value,
        affiliation: affiliation ? affiliation.input.value.trim() : null,
      });
      await refreshSession();
      navigate('#/profil?willkommen=1');
    } catch (e) {
      if (e.status === 410 || e.status === 404) {
        form.replaceWith(unusable(e));
        alert.replaceChildren();
      } else {
        errors.problem(e);
      }
    } finally {
      busy(submit, false);
    }
  });
}

/** 410: accepted, withdrawn or expired; 404: unknown link. Said plainly, with what to do. */
function unusable(e) {
  const known = e.status === 410 || e.status === 404;
  return h('div', { class: 'form-error', role: 'alert' },
    h('p', {}, e.status === 410 ? t('invite.gone') : e.status === 404 ? t('invite.unknown') : problemMessage(e)),
    e.status === 410 && e.detail ? h('p', {}, e.detail) : null,
    known ? h('p', { class: 'plain' }, t('invite.goneHelp'), ' ', h('a', { href: '#/login' }, t('account.login'))) : null);
}

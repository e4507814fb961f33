// Invitations (admins and moderators): invite form and the list with status
// and withdraw. GET/POST /api/invitations, DELETE /api/invitations/{id}.
import { t, formatDate } from '../i18n.js';
import { h, mount } from '../dom.js';
import { get, post, del } from '../api.js';
import { field, checkboxGroup, alertRegion, statusRegion, FormErrors, busy, problemMessage, roleLabel, ROLES } from '../forms.js';

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export async function render(container, params, { member, subnav }) {
  mount(container, h('h1', { id: 'invitations-title' }, t('admin.invitations')), subnav);
  const alert = alertRegion('invitations-alert');
  const status = statusRegion('invitations-status');
  let municipalities = [];
  try {
    municipalities = await get('/api/municipalities');
  } catch (e) {
    alert.replaceChildren(h('p', {}, problemMessage(e)));
  }
  const names = new Map(municipalities.map((m) => [m.id, m.name]));
  const admin = member.roles.includes('ADMIN');
  const grantable = ROLES.filter((r) => admin || !['ADMIN', 'MODERATOR'].includes(r));

  const email = field('invite-email', t('login.email'), { name: 'email', type: 'email', autocomplete: 'off', required: true });
  const roles = checkboxGroup('invite-roles', t('invite.roles'), grantable.map((r) => ({ value: r, label: roleLabel(r) })),
    { name: 'roles', required: true, hint: admin ? null : t('admin.invite.moderatorHint') });
  const municipality = field('invite-municipality', t('invite.municipality'), { name: 'municipalityId', kind: 'select',
    hint: t('admin.invite.municipalityHint'),
    options: [{ value: '', label: t('admin.invite.noMunicipality') },
      ...municipalities.map((m) => ({ value: String(m.id), label: `${m.name} (${m.state})` }))] });
  const errors = new FormErrors(alert, { email, roles, municipalityId: municipality });
  const submit = h('button', { type: 'submit', class: 'button button-primary' }, t('admin.invite.submit'));
  const form = h('form', { class: 'form', novalidate: true, 'aria-labelledby': 'invite-form-title' },
    email.wrapper, roles.wrapper, municipality.wrapper, h('div', { class: 'form-actions' }, submit));
  const list = h('div', {});

  async function load() {
    try {
      const invitations = await get('/api/invitations');
      list.replaceChildren(invitations.length === 0 ? h('p', {}, t('admin.invitations.none')) : table(invitations));
    } catch (e) {
      list.replaceChildren(h('div', { class: 'form-error', role: 'alert' }, h('p', {}, problemMessage(e))));
    }
  }

  function table(invitations) {
    return h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-labelledby': 'invitation-list-title' },
      h('table', { class: 'table' },
        h('thead', {}, h('tr', {},
          ['login.email', 'invite.roles', 'invite.municipality', 'admin.invitations.status', 'admin.invitations.expires']
            .map((k) => h('th', { scope: 'col' }, t(k))),
          h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, t('tokens.actions'))))),
        h('tbody', {}, invitations.map((inv) => h('tr', {},
          h('th', { scope: 'row' }, inv.email),
          h('td', {}, inv.roles.map(roleLabel).join(', ')),
          h('td', {}, inv.municipalityId ? names.get(inv.municipalityId) ?? String(inv.municipalityId) : '–'),
          h('td', {}, h('span', { class: `status status-${inv.status.toLowerCase()}` }, t(`invitation.status.${inv.status}`))),
          h('td', {}, formatDate(inv.expiresAt, { dateStyle: 'medium' })),
          h('td', {}, inv.status === 'OPEN'
            ? h('button', { type: 'button', class: 'button button-small button-danger', onclick: () => withdraw(inv) },
              t('admin.invitations.withdraw'), h('span', { class: 'visually-hidden' }, ` ${inv.email}`))
            : null))))));
  }

  async function withdraw(inv) {
    alert.replaceChildren();
    status.replaceChildren();
    try {
      await del(`/api/invitations/${inv.id}`);
      status.replaceChildren(h('p', {}, t('admin.invitations.withdrawn', { email: inv.email })));
      await load();
      document.getElementById('invitation-list-title')?.focus();
    } catch (e) {
      alert.replaceChildren(h('p', {}, problemMessage(e)));
    }
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (submit.getAttribute('aria-disabled')) return;
    errors.clear();
    status.replaceChildren();
    const problems = [];
    const address = email.input.value.trim();
    if (!EMAIL_PATTERN.test(address)) problems.push([email, t('login.error.emailInvalid')]);
    if (roles.values().length === 0) problems.push([roles, t('admin.invite.error.roles')]);
    const needsTown = roles.values().some((r) => r === 'MAYOR' || r === 'STAFF');
    if (needsTown && !municipality.input.value) problems.push([municipality, t('admin.invite.error.municipality')]);
    if (problems.length) {
      errors.show(problems);
      return;
    }
    busy(submit, true, t('form.sending'));
    try {
      await post('/api/invitations', {
        email: address,
        roles: roles.values(),
        municipalityId: municipality.input.value ? Number(municipality.input.value) : null,
      });
      form.reset();
      status.replaceChildren(h('p', {}, t('admin.invite.sent', { email: address })));
      await load();
      email.input.focus();
    } catch (e) {
      errors.problem(e);
    } finally {
      busy(submit, false);
    }
  });

  await load();
  mount(container,
    h('section', { class: 'section', 'aria-labelledby': 'invite-form-title' },
      h('h2', { id: 'invite-form-title' }, t('admin.invite.title')),
      h('p', { class: 'hint' }, t('form.requiredNote')),
      alert, status, form),
    h('section', { class: 'section' }, // not a landmark: the table's scroll region carries the name
      h('h2', { id: 'invitation-list-title', tabindex: '-1' }, t('admin.invitations.list')),
      list));
}

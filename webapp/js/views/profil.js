// My profile (#/profil): GET/PUT /api/me, personal API tokens
// (GET/POST/DELETE /api/me/tokens) and the GDPR export (GET /api/me/export).
import { t, getLanguage, setLanguage, formatDate } from '../i18n.js';
import { h, mount } from '../dom.js';
import { get, put, post, del } from '../api.js';
import { field, checkboxGroup, alertRegion, statusRegion, FormErrors, busy, problemMessage, loginPrompt, roleLabel } from '../forms.js';
import { refreshSession } from '../session.js';

const FREQUENCIES = ['IMMEDIATE', 'DAILY', 'WEEKLY', 'OFF'];
let flash = null; // survives the re-render that a language change causes

export async function render(container, params) {
  const heading = h('h1', { id: 'profile-title' }, t('profile.title'));
  mount(container, heading);
  let me;
  let topics;
  try {
    [me, topics] = await Promise.all([get('/api/me'), get('/api/topics')]);
  } catch (e) {
    mount(container, e.status === 401 ? loginPrompt('profile.loginRequired') : h('div', { class: 'form-error', role: 'alert' }, h('p', {}, problemMessage(e))));
    return;
  }

  const status = statusRegion('profile-status');
  const tokens = tokensSection();
  const flashed = flash;
  flash = null;
  // Filled after mounting, so that screen readers announce it as a change.
  const message = flashed ? t(flashed) : params.willkommen ? t('profile.welcome', { name: me.displayName }) : null;
  if (message) setTimeout(() => status.replaceChildren(h('p', {}, message)), 50);
  mount(container,
    h('p', { class: 'lead' }, t('profile.intro')),
    h('dl', { class: 'facts' },
      h('dt', {}, t('login.email')), h('dd', {}, me.email),
      h('dt', {}, t('invite.roles')), h('dd', {}, me.roles.map(roleLabel).join(', ')),
      me.municipality ? [h('dt', {}, t('invite.municipality')),
        h('dd', {}, h('a', { href: `#/kommunen/${me.municipality.id}` }, me.municipality.name))] : null,
      h('dt', {}, t('profile.verification')),
      h('dd', {}, me.verified ? h('span', { class: 'badge badge-verified' }, t('members.verified')) : t('profile.notVerified'))),
    status,
    profileForm(me, topics, status),
    tokens.element,
    exportSection());
  await tokens.loaded;
  if (flashed) document.getElementById('profile-save')?.focus();
}

function profileForm(me, topics, status) {
  const expert = me.roles.includes('EXPERT');
  const alert = alertRegion('profile-alert');
  const f = {
    displayName: field('profile-name', t('profile.displayName'), { name: 'displayName', autocomplete: 'name', required: true, value: me.displayName }),
    organisation: field('profile-organisation', t('profile.organisation'), { name: 'organisation', autocomplete: 'organization', value: me.organisation }),
    position: field('profile-position', t('profile.position'), { name: 'position', autocomplete: 'organization-title', value: me.position }),
    affiliation: field('profile-affiliation', t('profile.affiliation'), { name: 'affiliation', required: expert, value: me.affiliation, hint: t('profile.affiliationHint') }),
    bio: field('profile-bio', t('profile.bio'), { name: 'bio', kind: 'textarea', value: me.bio, attrs: { maxlength: 2000 } }),
    topics: checkboxGroup('profile-topics', t('profile.topics'), topics.map((x) => ({ value: x, label: x })), { name: 'topics', checked: me.topics }),
    language: field('profile-language', t('profile.language'), { name: 'language', kind: 'select', value: me.language,
      options: [{ value: 'de', label: 'Deutsch' }, { value: 'en', label: 'English' }], hint: t('profile.languageHint') }),
    emailFrequency: field('profile-frequency', t('profile.emailFrequency'), { name: 'emailFrequency', kind: 'select', value: me.emailFrequency,
      options: FREQUENCIES.map((v) => ({ value: v, label: t(`frequency.${v}`) })) }),
  };
  f.language.input.value = me.language;
  f.emailFrequency.input.value = me.emailFrequency;
  const errors = new FormErrors(alert, f);
  const submit = h('button', { type: 'submit', class: 'button button-primary', id: 'profile-save' }, t('profile.save'));
  const form = h('form', { class: 'form form-wide', novalidate: true, 'aria-labelledby': 'profile-edit-title' },
    Object.values(f).map((x) => x.wrapper), h('div', { class: 'form-actions' }, submit));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (submit.getAttribute('aria-disabled')) return;
    errors.clear();
    status.replaceChildren();
    const problems = [];
    if (!f.displayName.input.value.trim()) problems.push([f.displayName, t('invite.error.name')]);
    if (expert && !f.affiliation.input.value.trim()) problems.push([f.affiliation, t('invite.error.affiliation')]);
    if (problems.length) {
      errors.show(problems);
      return;
    }
    busy(submit, true, t('form.saving'));
    try {
      const saved = await put('/api/me', {
        displayName: f.displayName.input.value.trim(),
        organisation: f.organisation.input.value,
        position: f.position.input.value,
        affiliation: f.affiliation.input.value,
        bio: f.bio.input.value,
        topics: f.topics.values(),
        language: f.language.input.value,
        emailFrequency: f.emailFrequency.input.value,
      });
      await refreshSession();
      if (saved.language !== getLanguage()) {
        flash = 'profile.saved'; // shown by the re-render in the new language
        await setLanguage(saved.language);
        return;
      }
      status.replaceChildren(h('p', {}, t('profile.saved')));
    } catch (e) {
      errors.problem(e);
    } finally {
      busy(submit, false);
    }
  });

  return h('section', { class: 'section', 'aria-labelledby': 'profile-edit-title' },
    h('h2', { id: 'profile-edit-title' }, t('profile.editTitle')),
    h('p', { class: 'hint' }, t('form.requiredNote')),
    alert, form);
}

function tokensSection() {
  const alert = alertRegion('tokens-alert');
  const status = statusRegion('tokens-status');
  const list = h('div', { class: 'token-list' });
  const secretBox = h('div', { class: 'token-secret-box' });
  const name = field('token-name', t('tokens.name'), { name: 'name', required: true, hint: t('tokens.nameHint') });
  const expires = field('token-expires', t('tokens.expires'), { name: 'expiresInDays', kind: 'select',
    options: [{ value: '', label: t('tokens.expires.never') }, ...[30, 90, 365].map((d) => ({ value: String(d), label: t('tokens.expires.days', { days: d }) }))] });
  const errors = new FormErrors(alert, { name, expiresInDays: expires });
  const submit = h('button', { type: 'submit', class: 'button' }, t('tokens.create'));
  const form = h('form', { class: 'form', novalidate: true, 'aria-labelledby': 'tokens-create-title' },
    h('h3', { id: 'tokens-create-title' }, t('tokens.createTitle')),
    name.wrapper, expires.wrapper, h('div', { class: 'form-actions' }, submit));

  async function load() {
    try {
      const tokens = await get('/api/me/tokens');
      list.replaceChildren(tokens.length === 0 ? h('p', {}, t('tokens.none')) : tokenTable(tokens));
    } catch (e) {
      alert.replaceChildren(h('p', {}, problemMessage(e)));
    }
  }

  function tokenTable(tokens) {
    return h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-labelledby': 'tokens-title' },
      h('table', { class: 'table' },
        h('caption', { class: 'visually-hidden' }, t('tokens.title')),
        h('thead', {}, h('tr', {},
          h('th', { scope: 'col' }, t('tokens.name')),
          h('th', { scope: 'col' }, t('tokens.created')),
          h('th', { scope: 'col' }, t('tokens.lastUsed')),
          h('th', { scope: 'col' }, t('tokens.expiresAt')),
          h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, t('tokens.actions'))))),
        h('tbody', {}, tokens.map((tk) => h('tr', {},
          h('th', { scope: 'row' }, tk.name),
          h('td', {}, formatDate(tk.createdAt, { dateStyle: 'medium' })),
          h('td', {}, tk.lastUsedAt ? formatDate(tk.lastUsedAt, { dateStyle: 'medium', timeStyle: 'short' }) : t('tokens.never')),
          h('td', {}, tk.expiresAt ? formatDate(tk.expiresAt, { dateStyle: 'medium' }) : t('tokens.noExpiry')),
          h('td', {}, h('button', { type: 'button', class: 'button button-small button-danger', onclick: () => revoke(tk) },
            t('tokens.revoke'), h('span', { class: 'visually-hidden' }, ` „${tk.name}“`))))))));
  }

  async function revoke(tk) {
    alert.replaceChildren();
    try {
      await del(`/api/me/tokens/${tk.id}`);
      status.replaceChildren(h('p', {}, t('tokens.revoked', { name: tk.name })));
      await load();
      document.getElementById('token-name')?.focus();
    } catch (e) {
      alert.replaceChildren(h('p', {}, problemMessage(e)));
    }
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (submit.getAttribute('aria-disabled')) return;
    errors.clear();
    status.replaceChildren();
    if (!name.input.value.trim()) {
      errors.show([[name, t('tokens.error.name')]]);
      return;
    }
    busy(submit, true, t('form.sending'));
    try {
      const days = expires.input.value;
      const created = await post('/api/me/tokens', { name: name.input.value.trim(), expiresInDays: days ? Number(days) : null });
      name.input.value = '';
      showSecret(created);
      await load();
    } catch (e) {
      errors.problem(e);
    } finally {
      busy(submit, false);
    }
  });

  function showSecret(created) {
    const secret = h('input', { id: 'token-secret', type: 'text', readonly: true, class: 'token-secret', spellcheck: 'false',
      autocomplete: 'off', 'aria-describedby': 'token-secret-warning' });
    secret.value = created.token;
    const copied = h('span', { role: 'status', class: 'copy-status' });
    const copy = h('button', { type: 'button', class: 'button button-small' }, t('tokens.copy'));
    copy.addEventListener('click', async () => {
      secret.select();
      try {
        await navigator.clipboard.writeText(created.token);
        copied.textContent = t('tokens.copied');
      } catch {
        copied.textContent = t('tokens.copyManually');
      }
    });
    secretBox.replaceChildren(h('div', { class: 'notice notice-warning' },
      h('h3', {}, t('tokens.newTitle', { name: created.name })),
      h('p', { id: 'token-secret-warning' }, t('tokens.warning')),
      h('label', { for: 'token-secret' }, t('tokens.secret')),
      h('div', { class: 'copy-row' }, secret, copy), copied));
    secret.focus();
    secret.select();
  }

  const loaded = load();
  const element = h('section', { class: 'section' }, // not a landmark: the table's scroll region carries the name
    h('h2', { id: 'tokens-title' }, t('tokens.title')),
    h('p', {}, t('tokens.intro')),
    alert, status, secretBox, list, form);
  return { element, loaded };
}

function exportSection() {
  return h('section', { class: 'section', 'aria-labelledby': 'export-title' },
    h('h2', { id: 'export-title' }, t('export.title')),
    h('p', {}, t('export.intro')),
    h('p', {}, h('a', { class: 'button', href: '/api/me/export', download: 'pilotnetz-daten.json' }, t('export.link'))));
}

// Audit log for admins: GET /api/admin/audit?action=&page=&size=, newest first.
import { t, formatDate } from '../i18n.js';
import { h, mount } from '../dom.js';
import { get } from '../api.js';
import { field, problemMessage } from '../forms.js';
import { navigate, href } from '../router.js';

const PAGE_SIZE = 50;
const ACTIONS = ['LOGIN', 'LOGIN_FAILED', 'INVITATION_SENT', 'INVITATION_REVOKED', 'INVITATION_ACCEPTED',
  'PASSWORD_RESET_REQUESTED', 'PASSWORD_RESET', 'ROLES_CHANGED', 'MEMBER_VERIFIED', 'MEMBER_UNVERIFIED',
  'MEMBER_ERASED', 'API_TOKEN_CREATED', 'API_TOKEN_REVOKED', 'DATA_EXPORTED'];

export async function render(container, params, { subnav }) {
  mount(container, h('h1', {}, t('admin.audit')), subnav);
  const page = Math.max(0, Number.parseInt(params.page ?? '0', 10) || 0);
  const action = params.action ?? '';
  const filter = field('audit-action', t('audit.action'), { name: 'action', kind: 'select', value: action,
    options: [{ value: '', label: t('audit.allActions') }, ...ACTIONS.map((a) => ({ value: a, label: a }))] });
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': t('audit.filterLabel') },
    filter.wrapper, h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'button button-primary' }, t('members.filter.submit'))));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate(href('admin', { action: filter.input.value }, ['protokoll']));
  });
  mount(container, form);

  let entries;
  try {
    entries = await get(`/api/admin/audit?${new URLSearchParams({ action, page: String(page), size: String(PAGE_SIZE) })}`);
  } catch (e) {
    mount(container, h('div', { class: 'form-error', role: 'alert' }, h('p', {}, problemMessage(e))));
    return;
  }
  mount(container,
    h('p', { role: 'status', class: 'result-count' }, entries.length ? t('audit.showing', { from: page * PAGE_SIZE + 1, to: page * PAGE_SIZE + entries.length }) : t('audit.none')),
    entries.length ? h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': t('admin.audit') },
      h('table', { class: 'table' },
        h('thead', {}, h('tr', {}, ['audit.at', 'audit.actor', 'audit.action', 'audit.target', 'audit.detail', 'audit.address']
          .map((k) => h('th', { scope: 'col' }, t(k))))),
        h('tbody', {}, entries.map((e) => h('tr', {},
          h('td', {}, formatDate(e.at, { dateStyle: 'short', timeStyle: 'medium' })),
          h('td', {}, e.actorName ?? (e.actorId ? `#${e.actorId}` : '–')),
          h('td', {}, h('code', {}, e.action)),
          h('td', {}, e.target ?? ''),
          h('td', {}, e.detail ?? ''),
          h('td', {}, e.address ?? '')))))) : null,
    page > 0 || entries.length === PAGE_SIZE ? h('nav', { class: 'pager', 'aria-label': t('pager.label') },
      page > 0 ? h('a', { href: href('admin', { action, page: page - 1 || undefined }, ['protokoll']) }, t('pager.previous')) : null,
      h('span', {}, t('pager.page', { page: page + 1 })),
      entries.length === PAGE_SIZE ? h('a', { href: href('admin', { action, page: page + 1 }, ['protokoll']) }, t('pager.next')) : null) : null);
}

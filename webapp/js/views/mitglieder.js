// Member directory (#/mitglieder?role=&state=&topic=&q=&page=) and one
// member's page (#/mitglieder/{id}). Members only: the API answers 401 to
// anonymous callers, who get a login prompt instead.
import { t } from '../i18n.js';
import { h, mount } from '../dom.js';
import { get } from '../api.js';
import { field, problemMessage, loginPrompt, roleLabel, ROLES, STATES } from '../forms.js';
import { navigate, href } from '../router.js';

const PAGE_SIZE = 20;

export function render(container, params) {
  const id = params.segments[0];
  return id ? renderMember(container, id) : renderDirectory(container, params);
}

async function renderDirectory(container, params) {
  mount(container, h('h1', { id: 'members-title' }, t('members.title')));
  const page = Math.max(0, Number.parseInt(params.page ?? '0', 10) || 0);
  const query = { role: params.role ?? '', state: params.state ?? '', topic: params.topic ?? '', q: params.q ?? '' };
  let members;
  let topics = [];
  try {
    [members, topics] = await Promise.all([
      get(`/api/members?${new URLSearchParams({ ...query, page: String(page), size: String(PAGE_SIZE) })}`),
      get('/api/topics'),
    ]);
  } catch (e) {
    mount(container, e.status === 401 ? loginPrompt('members.loginRequired') : errorBox(e));
    return;
  }

  const role = field('filter-role', t('members.filter.role'), { name: 'role', kind: 'select', value: query.role,
    options: [{ value: '', label: t('members.filter.all') }, ...ROLES.map((r) => ({ value: r, label: roleLabel(r) }))] });
  const state = field('filter-state', t('members.filter.state'), { name: 'state', kind: 'select', value: query.state,
    options: [{ value: '', label: t('members.filter.allStates') }, ...STATES.map((s) => ({ value: s, label: s }))] });
  const topic = field('filter-topic', t('members.filter.topic'), { name: 'topic', kind: 'select', value: query.topic,
    options: [{ value: '', label: t('members.filter.allTopics') }, ...topics.map((x) => ({ value: x, label: x }))] });
  const q = field('filter-q', t('members.filter.name'), { name: 'q', type: 'search', value: query.q });
  const filters = h('form', { class: 'filters', role: 'search', 'aria-label': t('members.filter.label') },
    role.wrapper, state.wrapper, topic.wrapper, q.wrapper,
    h('div', { class: 'form-actions' }, h('button', { type: 'submit', class: 'button button-primary' }, t('members.filter.submit'))));
  filters.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate(href('mitglieder', { role: role.input.value, state: state.input.value, topic: topic.input.value, q: q.input.value.trim() }));
  });

  const filtered = Object.values(query).some(Boolean);
  const count = members.length === 0 ? t('members.none')
    : t(members.length === 1 ? 'members.count.one' : 'members.count.other', { count: members.length + page * PAGE_SIZE });
  mount(container,
    h('p', { class: 'lead' }, t('members.intro')),
    filters,
    h('p', { class: 'result-count', role: 'status' }, members.length === PAGE_SIZE ? t('members.countMore', { count: (page + 1) * PAGE_SIZE }) : count,
      filtered ? [' ', h('a', { href: '#/mitglieder' }, t('members.filter.reset'))] : null),
    h('ul', { class: 'member-list' }, members.map((m) => memberCard(m))),
    pager(query, page, members.length === PAGE_SIZE));
}

function pager(query, page, more) {
  if (page === 0 && !more) return null;
  return h('nav', { class: 'pager', 'aria-label': t('pager.label') },
    page > 0 ? h('a', { href: href('mitglieder', { ...query, page: page - 1 || undefined }) }, t('pager.previous')) : null,
    h('span', {}, t('pager.page', { page: page + 1 })),
    more ? h('a', { href: href('mitglieder', { ...query, page: page + 1 }) }, t('pager.next')) : null);
}

/** Name, roles, municipality, verified badge and an expert's disclosure. Shared with the municipality page. */
export function memberCard(m, level = 'h2') {
  return h('li', { class: 'member-card' },
    h(level, { class: 'member-name' }, h('a', { href: `#/mitglieder/${m.id}` }, m.displayName)),
    badges(m),
    h('p', { class: 'member-meta' }, m.roles.map(roleLabel).join(', '),
      m.municipality ? [' · ', h('a', { href: `#/kommunen/${m.municipality.id}` }, m.municipality.name),
        ` (${m.municipality.state})`] : null),
    m.position || m.organisation ? h('p', { class: 'member-meta' }, [m.position, m.organisation].filter(Boolean).join(', ')) : null,
    m.topics?.length ? h('p', { class: 'member-topics' }, h('span', { class: 'visually-hidden' }, `${t('profile.topics')}: `), m.topics.join(' · ')) : null);
}

export function badges(m) {
  if (!m.verified && !m.affiliation) return null;
  return h('p', { class: 'badges' },
    m.verified ? h('span', { class: 'badge badge-verified' }, t('members.verified')) : null,
    m.affiliation ? h('span', { class: 'badge badge-disclosure' }, t('members.disclosure', { company: m.affiliation })) : null);
}

async function renderMember(container, id) {
  let m;
  try {
    m = await get(`/api/members/${encodeURIComponent(id)}`);
  } catch (e) {
    mount(container, h('h1', {}, e.status === 404 ? t('members.notFound') : t('members.title')),
      e.status === 401 ? loginPrompt('members.loginRequired') : errorBox(e));
    return;
  }
  mount(container,
    h('p', { class: 'breadcrumb' }, h('a', { href: '#/mitglieder' }, t('members.back'))),
    h('h1', {}, m.displayName),
    badges(m),
    h('dl', { class: 'facts' },
      h('dt', {}, t('invite.roles')), h('dd', {}, m.roles.map(roleLabel).join(', ')),
      m.municipality ? [h('dt', {}, t('invite.municipality')),
        h('dd', {}, h('a', { href: `#/kommunen/${m.municipality.id}` }, m.municipality.name), ` (${m.municipality.state})`)] : null,
      m.organisation ? [h('dt', {}, t('profile.organisation')), h('dd', {}, m.organisation)] : null,
      m.position ? [h('dt', {}, t('profile.position')), h('dd', {}, m.position)] : null,
      m.topics?.length ? [h('dt', {}, t('profile.topics')), h('dd', {}, m.topics.join(', '))] : null),
    m.bio ? [h('h2', {}, t('profile.bio')), h('p', { class: 'bio' }, m.bio)] : null);
}

export function errorBox(e) {
  return h('div', { class: 'form-error', role: 'alert' }, h('p', {}, problemMessage(e)));
}

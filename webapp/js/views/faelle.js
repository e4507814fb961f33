// The case library: list (#/faelle), page (#/faelle/42), editor (#/faelle/neu,
// #/faelle/42/bearbeiten). The list filters through the query string, so
// filtered views can be bookmarked and the back button works.
import { t, formatNumber } from '../i18n.js';
import { h, mount } from '../dom.js';
import { get } from '../api.js';
import { href, navigate } from '../router.js';
import { currentMember } from '../session.js';

export const STATES = ['Baden-Württemberg', 'Bayern', 'Berlin', 'Brandenburg', 'Bremen', 'Hamburg', 'Hessen',
  'Mecklenburg-Vorpommern', 'Niedersachsen', 'Nordrhein-Westfalen', 'Rheinland-Pfalz', 'Saarland', 'Sachsen',
  'Sachsen-Anhalt', 'Schleswig-Holstein', 'Thüringen'];
export const PHASES = ['Idee', 'Pilot', 'Rollout', 'Abgeschlossen', 'Abgebrochen'];
const BANDS = ['UNDER_5K', 'FROM_5K_TO_20K', 'FROM_20K_TO_100K', 'OVER_100K'];
const PAGE_SIZE = 20;

export async function render(container, params) {
  const [first, second] = params.segments;
  if (first === 'neu' || second === 'bearbeiten') {
    const editor = await import('./fall-editor.js');
    return editor.render(container, first === 'neu' ? null : first);
  }
  if (first) {
    const page = await import('./fall.js');
    return page.render(container, first);
  }
  return renderList(container, params);
}

/** May the member create cases? (The server decides; this only hides a useless button.) */
export function canCreate(member) {
  const roles = member?.roles ?? [];
  return roles.includes('ADMIN') || ((roles.includes('MAYOR') || roles.includes('STAFF')) && member.municipality);
}

export function select(id, labelKey, options, value) {
  const el = h('select', { id, name: id },
    options.map(([v, label]) => h('option', { value: v, selected: v === (value ?? '') }, label)));
  return { el, wrapper: h('div', { class: 'field' }, h('label', { for: id }, t(labelKey)), el) };
}

async function renderList(container, params) {
  const topics = await get('/api/topics').catch(() => []);
  const any = ['', t('cases.filter.any')];
  const q = h('input', { id: 'f-q', name: 'q', type: 'search', value: params.q ?? '' });
  const topic = select('f-topic', 'cases.filter.topic', [any, ...topics.map((x) => [x, x])], params.topic);
  const state = select('f-state', 'cases.filter.state', [any, ...STATES.map((x) => [x, x])], params.state);
  const phase = select('f-phase', 'cases.filter.phase', [any, ...PHASES.map((x) => [x, t(`phase.${x}`)])], params.phase);
  const band = select('f-band', 'cases.filter.band', [any, ...BANDS.map((x) => [x, t(`cases.band.${x}`)])], params.populationBand);
  const sort = select('f-sort', 'cases.filter.sort',
    ['newest', 'updated', 'title'].map((x) => [x, t(`cases.sort.${x}`)]), params.sort || 'newest');
  const stale = h('input', { id: 'f-stale', name: 'kpisStale', type: 'checkbox', checked: params.kpisStale === 'true' });
  const form = h('form', { class: 'case-filters', role: 'search', 'aria-label': t('cases.filters') },
    h('div', { class: 'field' }, h('label', { for: 'f-q' }, t('cases.filter.q')), q),
    topic.wrapper, state.wrapper, phase.wrapper, band.wrapper, sort.wrapper,
    h('div', { class: 'field field-check' }, stale, h('label', { for: 'f-stale' }, t('cases.filter.stale'))),
    h('button', { type: 'submit', class: 'button button-primary' }, t('cases.filter.apply')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate(href('faelle', {
      q: q.value.trim(), topic: topic.el.value, state: state.el.value, phase: phase.el.value,
      populationBand: band.el.value, sort: sort.el.value === 'newest' ? '' : sort.el.value,
      kpisStale: stale.checked ? 'true' : '',
    }));
  });

  const member = currentMember();
  mount(container,
    h('h1', {}, t('cases.title')),
    h('p', { class: 'lead' }, t('cases.intro')),
    canCreate(member) ? h('p', {}, h('a', { class: 'button button-primary', href: '#/faelle/neu' }, t('cases.new'))) : null,
    form);

  const page = Math.max(0, Number.parseInt(params.page ?? '0', 10) || 0);
  const query = new URLSearchParams();
  for (const key of ['q', 'topic', 'state', 'phase', 'populationBand', 'sort', 'kpisStale']) {
    if (params[key]) query.set(key, params[key]);
  }
  query.set('page', String(page));
  query.set('size', String(PAGE_SIZE));
  let result;
  try {
    result = await get(`/api/cases?${query}`);
  } catch {
    mount(container, h('p', { class: 'form-error', role: 'alert' }, t('cases.loadError')));
    return;
  }
  const pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
  mount(container,
    h('p', { role: 'status' }, t('cases.count', { n: formatNumber(result.total) })),
    result.items.length === 0 ? h('p', {}, t('cases.none')) : h('ul', { class: 'case-list' }, result.items.map(item)),
    pages > 1 ? pager(params, page, pages) : null);
}

function item(c) {
  return h('li', { class: 'case-item' },
    h('h2', {}, h('a', { href: `#/faelle/${c.id}` }, c.title)),
    h('p', { class: 'case-meta' }, `${c.municipality.name} (${c.municipality.state}) · ${c.topic ?? ''} · ${t(`phase.${c.phase}`)}`),
    c.summary ? h('p', {}, c.summary) : null,
    h('p', {},
      c.status === 'DRAFT' ? h('span', { class: 'badge' }, t('cases.draft')) : null,
      h('span', { class: 'badge' }, t(`cases.visibility.${c.visibility}`)),
      c.kpisStale ? h('span', { class: 'badge badge-warn' }, t('cases.stale')) : null,
      c.adoptionCount > 0 ? h('span', { class: 'badge' }, t('cases.reuse', { n: c.adoptionCount })) : null));
}

function pager(params, page, pages) {
  const link = (p, key) => {
    const { segments, ...query } = params;
    return h('a', { href: href('faelle', { ...query, page: p === 0 ? '' : String(p) }) }, t(key));
  };
  return h('nav', { class: 'pager', 'aria-label': t('cases.pageOf', { page: page + 1, pages }) },
    page > 0 ? link(page - 1, 'cases.prev') : null,
    h('span', {}, t('cases.pageOf', { page: page + 1, pages })),
    page + 1 < pages ? link(page + 1, 'cases.next') : null);
}

// Search results: type tabs, facets with counts, highlighted snippets, "Meinten Sie …", paging.
// Snippets arrive as escaped text with <mark>; they are rebuilt from text nodes, never inserted as HTML.
import { t, formatNumber } from '../i18n.js';
import { h, mount } from '../dom.js';
import { get, ApiError } from '../api.js';
import { href } from '../router.js';

const TYPES = ['', 'case', 'thread', 'chat'];
const TYPE_KEYS = { '': 'search.type.all', case: 'search.type.case', thread: 'search.type.thread', chat: 'search.type.chat' };
const FACETS = ['topic', 'state', 'phase'];
const FACET_KEYS = { topic: 'search.facet.topic', state: 'search.facet.state', phase: 'search.facet.phase' };
const PAGE_SIZE = 10;

export async function render(container, params) {
  const q = (params.q ?? '').trim();
  const query = {
    q, type: params.type ?? '', topic: params.topic ?? '', state: params.state ?? '',
    phase: params.phase ?? '', page: params.page ?? '0',
  };
  const status = h('p', { class: 'search-status', role: 'status' }, t('search.loading'));
  mount(container, h('h1', {}, q ? t('search.resultsFor', { q }) : t('search.title')), status);

  let result;
  try {
    result = await get('/api/search?' + new URLSearchParams({ ...clean(query), size: String(PAGE_SIZE) }));
  } catch (e) {
    status.textContent = e instanceof ApiError && e.detail ? e.detail : t('search.failed');
    status.setAttribute('role', 'alert');
    return;
  }
  status.textContent = t('search.count', { count: formatNumber(result.total) });
  if (result.suggestion) {
    container.append(h('p', { class: 'search-suggestion' }, t('search.didYouMean') + ' ',
      h('a', { href: href('suche', { ...clean({ ...query, q: result.suggestion, page: '' }) }) }, result.suggestion), '?'));
  }
  container.append(typeTabs(query, result.facets?.type ?? {}));
  const layout = h('div', { class: 'search-layout' });
  layout.append(facetPanel(query, result.facets ?? {}), resultList(result.hits ?? []));
  container.append(layout, pager(query, result.total));
}

function clean(query) {
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== '' && v !== undefined && v !== null));
}

function typeTabs(query, counts) {
  const list = h('ul', { class: 'search-tabs' });
  for (const type of TYPES) {
    const count = type ? counts[type] ?? 0 : Object.values(counts).reduce((a, b) => a + b, 0);
    const current = (query.type ?? '') === type;
    list.append(h('li', {}, h('a', {
      href: href('suche', clean({ ...query, type, page: '' })),
      'aria-current': current ? 'page' : null,
    }, t(TYPE_KEYS[type]), ' ', h('span', { class: 'badge' }, formatNumber(count)))));
  }
  return h('nav', { 'aria-label': t('search.typesLabel') }, list);
}

function facetPanel(query, facets) {
  const panel = h('aside', { class: 'search-facets', 'aria-label': t('search.facetsLabel') });
  for (const facet of FACETS) {
    const values = Object.entries(facets[facet] ?? {}).sort((a, b) => b[1] - a[1]);
    if (values.length === 0) continue;
    const list = h('ul', {});
    if (query[facet]) {
      list.append(h('li', {}, h('a', { href: href('suche', clean({ ...query, [facet]: '', page: '' })) },
        t('search.removeFilter', { value: query[facet] }))));
    }
    for (const [value, count] of values) {
      const active = query[facet] === value;
      list.append(h('li', {}, h('a', {
        href: href('suche', clean({ ...query, [facet]: value, page: '' })),
        'aria-current': active ? 'true' : null,
      }, value, ' ', h('span', { class: 'badge' }, formatNumber(count)))));
    }
    panel.append(h('h2', { class: 'facet-title' }, t(FACET_KEYS[facet])), list);
  }
  return panel;
}

function resultList(hits) {
  if (hits.length === 0) {
    return h('p', { class: 'notice' }, t('search.none'));
  }
  const list = h('ol', { class: 'search-hits' });
  for (const hit of hits) {
    const meta = [(TYPE_KEYS[hit.type] ? t(TYPE_KEYS[hit.type]) : hit.type), hit.municipality, hit.state, hit.topic, hit.phase]
      .filter(Boolean).join(' · ');
    list.append(h('li', { class: 'search-hit' },
      h('h2', {}, h('a', { href: hit.url || '#/' }, hit.title || t('search.untitled'))),
      h('p', { class: 'hit-meta' }, meta),
      hit.snippet ? h('p', { class: 'hit-snippet' }, snippet(hit.snippet)) : null));
  }
  return list;
}

/** Rebuilds a snippet from its text and <mark> elements only; nothing else of the HTML survives. */
export function snippet(html) {
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
  const out = [];
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) out.push(child.textContent);
      else if (child.nodeName === 'MARK') out.push(h('mark', {}, child.textContent));
      else walk(child);
    }
  };
  walk(doc.body);
  return out;
}

function pager(query, total) {
  const page = Number(query.page || 0);
  const pages = Math.min(100, Math.ceil(total / PAGE_SIZE));
  if (pages <= 1) return null;
  const nav = h('nav', { class: 'pager', 'aria-label': t('search.pagesLabel') });
  if (page > 0) nav.append(h('a', { href: href('suche', clean({ ...query, page: String(page - 1) })), rel: 'prev' }, t('search.prev')));
  nav.append(h('span', {}, t('search.pageOf', { page: page + 1, pages })));
  if (page + 1 < pages) nav.append(h('a', { href: href('suche', clean({ ...query, page: String(page + 1) })), rel: 'next' }, t('search.next')));
  return nav;
}

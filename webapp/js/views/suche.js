// Search results. Reads params.q; the search API is not connected yet.
import { t } from '../i18n.js';
import { h, mount } from '../dom.js';

export function render(container, params) {
  const q = (params.q ?? '').trim();
  mount(container,
    h('h1', {}, q ? t('search.resultsFor', { q }) : t('search.title')),
    h('p', { class: 'notice' }, q ? t('search.notConnected') : t('search.noQuery')),
  );
}

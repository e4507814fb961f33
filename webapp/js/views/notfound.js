import { t } from '../i18n.js';
import { h, mount } from '../dom.js';

export function render(container, params) {
  mount(container,
    h('h1', {}, t('notfound.title')),
    h('p', {}, t('notfound.text', { path: params.path ?? '' })),
    h('p', {}, h('a', { href: '#/' }, t('notfound.home'))),
  );
}

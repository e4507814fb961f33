// Start page: what Pilotnetz is and three ways in.
import { t } from '../i18n.js';
import { h, mount } from '../dom.js';

const ENTRIES = [
  { key: 'home.cases', href: '#/faelle', icon: 'icon-cases' },
  { key: 'home.ask', href: '#/fragen', icon: 'icon-ask' },
  { key: 'home.chat', href: '#/chat', icon: 'icon-chat' },
];

const PRINCIPLES = ['honest', 'figures', 'peers'];

export function render(container) {
  mount(container,
    h('section', { class: 'hero', 'aria-labelledby': 'home-title' },
      h('h1', { id: 'home-title' }, t('home.title')),
      h('p', { class: 'lead' }, t('home.lead'))),
    h('section', { class: 'entries', 'aria-labelledby': 'home-entries' },
      h('h2', { id: 'home-entries' }, t('home.entries.title')),
      h('ul', { class: 'card-grid' }, ENTRIES.map((e) =>
        h('li', { class: 'card' },
          h('span', { class: `card-icon ${e.icon}`, 'aria-hidden': 'true' }),
          h('h3', { class: 'card-title' }, h('a', { href: e.href, class: 'card-link' }, t(`${e.key}.title`))),
          h('p', {}, t(`${e.key}.text`)))))),
    h('section', { class: 'principles', 'aria-labelledby': 'home-principles' },
      h('h2', { id: 'home-principles' }, t('home.principles.title')),
      h('ul', { class: 'principle-list' }, PRINCIPLES.map((p) =>
        h('li', {},
          h('h3', {}, t(`home.principles.${p}.title`)),
          h('p', {}, t(`home.principles.${p}.text`)))))),
  );
}

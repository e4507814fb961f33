// Shared body for sections that are not built yet. Not a view itself.
import { t } from '../i18n.js';
import { h, mount } from '../dom.js';

export function renderPlaceholder(container, titleKey, introKey, noteKey = 'placeholder.note') {
  mount(container,
    h('h1', {}, t(titleKey)),
    introKey ? h('p', { class: 'lead' }, t(introKey)) : null,
    h('p', { class: 'notice' }, t(noteKey)),
  );
}

// #/benachrichtigungen: the member's notifications, newest first; "mark all read".
import { t, formatDate } from '../i18n.js';
import { h, mount } from '../dom.js';
import { get, post } from '../api.js';
import { navigate } from '../router.js';
import { currentMember } from '../session.js';

export async function render(container) {
  if (!currentMember()) {
    navigate('#/login?next=' + encodeURIComponent('#/benachrichtigungen'));
    return;
  }
  const list = h('ul', { class: 'entries notification-list' });
  const all = h('button', { type: 'button', class: 'button' }, t('notifications.markAll'));
  const status = h('p', { role: 'status', class: 'hint' });
  mount(container, h('h1', {}, t('notifications.title')), all, status, list);
  const load = async () => {
    const page = await get('/api/notifications?size=50');
    status.textContent = t('notifications.unread', { count: page.unread });
    list.replaceChildren(...page.items.map((n) => {
      const link = h('a', { href: n.link }, n.title);
      link.addEventListener('click', () => post('/api/notifications/read', { ids: [n.id] }).catch(() => {}));
      return h('li', { class: n.read ? 'notification' : 'notification unread' },
        n.read ? null : h('span', { class: 'badge' }, t('notifications.new')), ' ', link,
        h('p', { class: 'hint' }, formatDate(n.createdAt)));
    }));
    if (!page.items.length) list.replaceChildren(h('li', {}, t('notifications.none')));
  };
  all.addEventListener('click', async () => {
    await post('/api/notifications/read', { all: true });
    document.dispatchEvent(new CustomEvent('pilotnetz:unread', { detail: 0 }));
    await load();
  });
  await load();
}

// The notification bell in the header: unread count, live over Server-Sent Events
// (GET /api/notifications/stream, same-origin cookie). Frames: {"op":"unread"} first,
// then {"op":"notification", unread, ...}. EventSource reconnects by itself.
import { t, onLanguageChange } from './i18n.js';
import { h } from './dom.js';
import { currentMember, onSessionChange } from './session.js';

let source = null;
let unread = 0;

export function setupBell() {
  const box = h('div', { class: 'bell', id: 'bell' });
  document.getElementById('account').before(box);
  const render = () => {
    if (!currentMember()) {
      box.replaceChildren();
      return;
    }
    box.replaceChildren(h('a', { href: '#/benachrichtigungen', class: 'bell-link', id: 'bell-link' },
      h('span', {}, t('notifications.title'), ': '),
      h('span', { id: 'bell-count', class: 'bell-count', 'aria-live': 'polite', 'aria-atomic': 'true' },
        t('notifications.count', { count: unread }))));
  };
  const connect = () => {
    source?.close();
    source = null;
    if (!currentMember()) return render();
    source = new EventSource('/api/notifications/stream');
    source.onmessage = (event) => {
      try {
        const frame = JSON.parse(event.data);
        if (typeof frame.unread === 'number') {
          unread = frame.unread;
          render();
        }
      } catch (e) {
        console.warn('bad notification frame', e);
      }
    };
    render();
  };
  document.addEventListener('pilotnetz:unread', (e) => { unread = e.detail; render(); });
  onSessionChange(connect);
  onLanguageChange(render);
  connect();
}

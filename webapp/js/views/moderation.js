// #/moderation: open flags for moderators, with hide and restore.
import { t, formatDate } from '../i18n.js';
import { h, mount } from '../dom.js';
import { get, post } from '../api.js';

export async function render(container) {
  const list = h('ul', { class: 'entries flag-list' });
  const status = h('p', { role: 'status', class: 'hint' });
  mount(container, h('h1', {}, t('moderation.title')), status, list);
  const load = async () => {
    let flags;
    try {
      flags = await get('/api/moderation/queue');
    } catch (e) {
      list.replaceWith(h('p', { class: 'notice' }, e.status === 403 || e.status === 401 ? t('moderation.denied') : e.message));
      return;
    }
    if (!flags.length) list.replaceChildren(h('li', {}, t('moderation.empty')));
    else list.replaceChildren(...flags.map((f) => {
      const act = (action) => {
        const b = h('button', { type: 'button', class: 'button' }, t(`moderation.${action}`));
        b.addEventListener('click', async () => {
          await post(`/api/moderation/${f.kind}/${f.targetId}/${action}`);
          status.textContent = t(`moderation.done.${action}`);
          await load();
        });
        return b;
      };
      return h('li', { class: 'flag' },
        h('a', { href: `#/fragen/${f.threadId}` }, f.threadTitle),
        h('p', {}, `${t(`moderation.kind.${f.kind}`)}: ${f.excerpt}`),
        h('p', { class: 'hint' }, `${t('moderation.reason')}: ${f.reason} · ${f.reporter.displayName} · ${formatDate(f.createdAt)}`),
        act('hide'), ' ', act('restore'));
    }));
  };
  await load();
}

// Administration (#/admin/einladungen, #/admin/mitglieder, #/admin/protokoll).
// The server decides who may do what; this view only hides what would be
// refused (moderators see invitations only) and shows the answer otherwise.
import { t } from '../i18n.js';
import { h, mount } from '../dom.js';
import { currentMember, refreshSession } from '../session.js';
import { loginPrompt } from '../forms.js';

const PAGES = [
  { segment: 'einladungen', key: 'admin.invitations', roles: ['ADMIN', 'MODERATOR'], load: () => import('./admin-einladungen.js') },
  { segment: 'mitglieder', key: 'admin.members', roles: ['ADMIN'], load: () => import('./admin-mitglieder.js') },
  { segment: 'protokoll', key: 'admin.audit', roles: ['ADMIN'], load: () => import('./admin-protokoll.js') },
];

/** Whether the member may see any admin page (for the header link). */
export function mayAdminister(member) {
  return !!member && member.roles.some((r) => r === 'ADMIN' || r === 'MODERATOR');
}

export async function render(container, params) {
  const member = currentMember() ?? await refreshSession();
  const allowed = member ? PAGES.filter((p) => p.roles.some((r) => member.roles.includes(r))) : [];
  const page = PAGES.find((p) => p.segment === params.segments[0]);
  if (!member) {
    mount(container, h('h1', {}, t('admin.title')), loginPrompt('admin.loginRequired'));
    return undefined;
  }
  if (!page || !allowed.includes(page)) {
    mount(container, h('h1', {}, t('admin.title')),
      allowed.length === 0 ? h('p', { class: 'notice' }, t('admin.forbidden')) : null,
      page && !allowed.includes(page) ? h('p', { class: 'notice' }, t('admin.forbiddenPage')) : null,
      allowed.length ? h('ul', { class: 'link-list' }, allowed.map((p) => h('li', {}, h('a', { href: `#/admin/${p.segment}` }, t(p.key))))) : null);
    return undefined;
  }
  const sub = h('nav', { class: 'subnav', 'aria-label': t('admin.navLabel') },
    h('ul', {}, allowed.map((p) => h('li', {},
      h('a', { href: `#/admin/${p.segment}`, 'aria-current': p === page ? 'page' : null }, t(p.key))))));
  const module = await page.load();
  // Each page puts its h1 first, then this sub-navigation.
  return module.render(container, params, { member, subnav: sub });
}

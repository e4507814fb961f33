// Municipality page (#/kommunen/{id}): facts (public), its members (members
// only: 401 shows a login prompt) and "Kommunen wie diese" with the reason.
import { t, formatNumber } from '../i18n.js';
import { h, mount } from '../dom.js';
import { get } from '../api.js';
import { loginPrompt } from '../forms.js';
import { memberCard, errorBox } from './mitglieder.js';

export async function render(container, params) {
  const id = params.segments[0];
  if (!id) {
    mount(container, h('h1', {}, t('municipality.title')), h('p', {}, t('municipality.pick')));
    return;
  }
  let m;
  try {
    m = await get(`/api/municipalities/${encodeURIComponent(id)}`);
  } catch (e) {
    mount(container, h('h1', {}, e.status === 404 ? t('municipality.notFound') : t('municipality.title')), errorBox(e));
    return;
  }
  const [members, similar] = await Promise.allSettled([
    get(`/api/municipalities/${m.id}/members`),
    get(`/api/municipalities/${m.id}/similar`),
  ]);
  mount(container,
    h('h1', {}, m.name),
    h('dl', { class: 'facts' },
      h('dt', {}, t('municipality.ags')), h('dd', {}, m.ags),
      h('dt', {}, t('municipality.state')), h('dd', {}, m.state),
      h('dt', {}, t('municipality.population')), h('dd', {}, formatNumber(m.population)),
      m.website ? [h('dt', {}, t('municipality.website')),
        h('dd', {}, h('a', { href: m.website, rel: 'noopener noreferrer', target: '_blank' }, m.website,
          h('span', { class: 'visually-hidden' }, ` ${t('link.newWindow')}`)))] : null),
    h('section', { class: 'section', 'aria-labelledby': 'municipality-members' },
      h('h2', { id: 'municipality-members' }, t('municipality.members')),
      membersBody(members)),
    h('section', { class: 'section', 'aria-labelledby': 'municipality-similar' },
      h('h2', { id: 'municipality-similar' }, t('municipality.similar')),
      h('p', {}, t('municipality.similarIntro')),
      similarBody(similar)));
}

function membersBody(result) {
  if (result.status === 'rejected') {
    return result.reason?.status === 401 ? loginPrompt('municipality.loginRequired') : errorBox(result.reason);
  }
  if (result.value.length === 0) return h('p', {}, t('municipality.noMembers'));
  return h('ul', { class: 'member-list' }, result.value.map((m) => memberCard(m, 'h3')));
}

function similarBody(result) {
  if (result.status === 'rejected') return errorBox(result.reason);
  if (result.value.length === 0) return h('p', {}, t('municipality.noSimilar'));
  return h('ul', { class: 'similar-list' }, result.value.map((s) => h('li', {},
    h('a', { href: `#/kommunen/${s.municipality.id}` }, s.municipality.name),
    ` (${s.municipality.state}, ${t('municipality.inhabitants', { count: formatNumber(s.municipality.population) })})`,
    h('p', { class: 'reason' }, s.reason))));
}

// The page frame around <main>: navigation, search, account, language switch,
// skip link. Static markup lives in index.html; this wires it up.
import { t, getLanguage, setLanguage, onLanguageChange } from './i18n.js';
import { navigationItems, onRouteChange, navigate, href } from './router.js';
import { currentMember, refreshSession, onSessionChange } from './session.js';
import { post } from './api.js';
import { h, mount } from './dom.js';
import { attachSuggestions } from './search-suggest.js';

export function setupHeader() {
  buildNavigation();
  setupNavToggle();
  setupSearch();
  setupLanguageSwitch();
  setupSkipLink();
  renderAccount();
  onSessionChange(renderAccount);
  onLanguageChange(renderAccount);
}

function buildNavigation() {
  const list = document.getElementById('main-nav-list');
  list.replaceChildren(...navigationItems().map((item) =>
    h('li', {}, h('a', { href: item.href, 'data-route': item.name, 'data-i18n': item.labelKey }, t(item.labelKey)))));
  onRouteChange((name) => {
    for (const link of list.querySelectorAll('a')) {
      if (link.dataset.route === name) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
    setNavOpen(false, false);
  });
}

function setupNavToggle() {
  const toggle = document.getElementById('nav-toggle');
  toggle.addEventListener('click', () => setNavOpen(toggle.getAttribute('aria-expanded') !== 'true', false));
  document.getElementById('site-nav').addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && toggle.getAttribute('aria-expanded') === 'true') {
      setNavOpen(false, true);
    }
  });
}

function setNavOpen(open, returnFocus) {
  const toggle = document.getElementById('nav-toggle');
  toggle.setAttribute('aria-expanded', String(open));
  document.getElementById('site-nav').classList.toggle('is-open', open);
  if (returnFocus) toggle.focus();
}

function setupSearch() {
  const form = document.getElementById('search-form');
  const input = form.elements.namedItem('q');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate(href('suche', { q: input.value.trim() }));
  });
  attachSuggestions(input, (value) => {
    input.value = value;
    navigate(href('suche', { q: value }));
  });
  onRouteChange((name, params) => {
    if (name === 'suche') input.value = params.q ?? '';
  });
}

function setupLanguageSwitch() {
  const buttons = document.querySelectorAll('.lang-button');
  const mark = () => {
    for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset.lang === getLanguage()));
  };
  for (const b of buttons) b.addEventListener('click', () => setLanguage(b.dataset.lang));
  onLanguageChange(mark);
  mark();
}

function setupSkipLink() {
  // Without this the click would put "#main" into the hash; the router ignores
  // it, but focus would not reliably land inside <main> in every browser.
  document.querySelector('.skip-link').addEventListener('click', (event) => {
    event.preventDefault();
    const main = document.getElementById('main');
    main.focus({ preventScroll: true });
    main.scrollIntoView();
  });
}

function renderAccount() {
  const box = document.getElementById('account');
  const member = currentMember();
  if (!member) {
    box.replaceChildren(h('a', { class: 'account-link', href: '#/login' }, t('account.login')));
    return;
  }
  const logout = h('button', { type: 'button', class: 'account-logout' }, t('account.logout'));
  logout.addEventListener('click', async () => {
    logout.disabled = true;
    try {
      await post('/api/auth/logout');
    } catch (e) {
      console.warn('Logout request failed', e);
    }
    await refreshSession();
    navigate('#/');
  });
  const admin = member.roles?.some((r) => r === 'ADMIN' || r === 'MODERATOR');
  box.replaceChildren();
  mount(box,
    h('a', { class: 'account-name', href: '#/profil', 'aria-label': t('account.profileOf', { name: member.displayName }) },
      member.displayName),
    admin ? h('a', { class: 'account-admin', href: member.roles.includes('ADMIN') ? '#/admin/mitglieder' : '#/admin/einladungen' },
      t('account.admin')) : null,
    logout,
  );
}

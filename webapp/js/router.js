// Hash router. A route is "#/<name>/<segment>...?<query>"; <name> picks the
// view registered in views/index.js. Views are loaded on first use.
//
// View module contract:
//   export function render(container, params) { ... }
//   - container: the emptied <main>; put exactly one <h1> in it.
//   - params: the query parameters as strings ({q: 'Glasfaser'}) plus
//     params.segments, the path after the name (#/faelle/42 → ['42']).
//   - may be async; may return a cleanup function (close sockets, timers),
//     called before the next render, including the re-render on a language switch.
// document.title, focus and the screen-reader announcement are done here.
import { t, translateDom } from './i18n.js';

const views = new Map();
const navItems = [];
const routeListeners = new Set();
let notFoundLoader = null;
let container = null;
let announcer = null;
let cleanup = null;
let renderToken = 0;
let currentName = null;

/**
 * registerView('faelle', () => import('./faelle.js'), {nav: 'nav.cases'})
 * nav: an i18n key; the view then gets an entry in the main navigation,
 * in registration order.
 */
export function registerView(name, load, { nav } = {}) {
  if (views.has(name)) throw new Error(`View "${name}" is registered twice`);
  views.set(name, load);
  if (nav) navItems.push({ name, labelKey: nav, href: href(name) });
}

/** The view shown for unknown route names. */
export function registerNotFound(load) {
  notFoundLoader = load;
}

export function navigationItems() {
  return navItems.slice();
}

/** href('suche', {q: 'Glasfaser'}) → '#/suche?q=Glasfaser'; href('faelle', {}, ['42']) → '#/faelle/42' */
export function href(name, query = {}, segments = []) {
  const path = [name, ...segments].filter((s) => s !== '').map(encodeURIComponent).join('/');
  const entries = Object.entries(query).filter(([, v]) => v !== undefined && v !== null && v !== '');
  const search = entries.length ? `?${new URLSearchParams(entries)}` : '';
  return `#/${path}${search}`;
}

export function parseHash(hash) {
  const raw = hash.startsWith('#/') ? hash.slice(2) : '';
  const cut = raw.indexOf('?');
  const path = cut === -1 ? raw : raw.slice(0, cut);
  const query = cut === -1 ? '' : raw.slice(cut + 1);
  const segments = path.split('/').filter(Boolean).map((s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  });
  const name = segments.shift() ?? '';
  const params = Object.fromEntries(new URLSearchParams(query));
  params.segments = segments;
  return { name, params };
}

export function currentRoute() {
  return currentName;
}

/** fn(name, params) after each render. */
export function onRouteChange(fn) {
  routeListeners.add(fn);
  return () => routeListeners.delete(fn);
}

/** Goes to a hash; re-renders even when it is the current one (e.g. after logout on the start page). */
export function navigate(hash) {
  if (location.hash === hash) render({ focus: true });
  else location.hash = hash;
}

/** Re-renders the current view in place, keeping focus where it is (language switch). */
export function rerender() {
  return render({ focus: false });
}

export function startRouter(main, liveRegion) {
  container = main;
  announcer = liveRegion;
  window.addEventListener('hashchange', () => {
    // "#main" from the skip link without JS, or any in-page anchor: not a route.
    if (location.hash.startsWith('#/') || location.hash === '') render({ focus: true });
  });
  return render({ focus: false });
}

async function render({ focus }) {
  const token = ++renderToken;
  const hash = location.hash.startsWith('#/') ? location.hash : '#/';
  const { name, params } = parseHash(hash);
  const load = views.get(name) ?? notFoundLoader;
  if (!views.has(name)) params.path = hash.slice(1);

  let module;
  try {
    module = await load();
  } catch (e) {
    console.error(`View "${name}" failed to load`, e);
    module = { render: renderError };
  }
  if (token !== renderToken) return; // a newer navigation started meanwhile

  if (cleanup) {
    try {
      cleanup();
    } catch (e) {
      console.error('View cleanup failed', e);
    }
    cleanup = null;
  }
  container.replaceChildren();
  container.removeAttribute('data-ready');
  try {
    const result = await module.render(container, params);
    if (token !== renderToken) {
      if (typeof result === 'function') result();
      return;
    }
    if (typeof result === 'function') cleanup = result;
  } catch (e) {
    console.error(`View "${name}" failed to render`, e);
    container.replaceChildren();
    renderError(container);
  }
  translateDom(container);
  container.setAttribute('data-ready', ''); // the view has finished rendering (browser tests wait for it)

  currentName = views.has(name) ? name : null;
  const heading = container.querySelector('h1');
  const page = heading ? heading.textContent.trim() : '';
  document.title = page ? t('app.titlePattern', { page }) : t('app.name');
  for (const fn of routeListeners) fn(currentName, params);

  if (focus) {
    window.scrollTo(0, 0);
    container.focus({ preventScroll: true });
    announce(page);
  }
}

function announce(text) {
  if (!announcer) return;
  // Clear first so the same heading twice in a row is still read out.
  announcer.textContent = '';
  setTimeout(() => {
    announcer.textContent = text;
  }, 50);
}

function renderError(target) {
  const h1 = document.createElement('h1');
  h1.textContent = t('error.view');
  target.append(h1);
}

// Translations: flat key → string bundles in ../i18n/<lang>.json.
// The German bundle is always loaded as the fallback, so a key missing in
// English shows German rather than the raw key. Plurals are not supported:
// use separate keys ("x.one", "x.other") and pick in the view.

export const LANGUAGES = ['de', 'en'];
export const STORAGE_KEY = 'pilotnetz.lang';
const DEFAULT_LANG = 'de';

const bundles = new Map();
const listeners = new Set();
let lang = DEFAULT_LANG;

function storedLanguage() {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return LANGUAGES.includes(value) ? value : DEFAULT_LANG;
  } catch {
    return DEFAULT_LANG; // storage blocked (privacy settings): fall back quietly
  }
}

async function loadBundle(code) {
  if (bundles.has(code)) return bundles.get(code);
  const url = new URL(`../i18n/${code}.json`, import.meta.url);
  const res = await fetch(url, { credentials: 'same-origin' });
  if (!res.ok) throw new Error(`i18n bundle ${code} not loaded: HTTP ${res.status}`);
  const bundle = await res.json();
  bundles.set(code, bundle);
  return bundle;
}

/** Loads the stored (or default) language and translates the static page. */
export async function initI18n() {
  lang = storedLanguage();
  await Promise.all([loadBundle(DEFAULT_LANG), loadBundle(lang)]);
  document.documentElement.lang = lang;
  translateDom(document);
}

export function getLanguage() {
  return lang;
}

/** Translates key, replacing {name} placeholders from params. Unknown keys return the key itself. */
export function t(key, params = {}) {
  const text = bundles.get(lang)?.[key] ?? bundles.get(DEFAULT_LANG)?.[key];
  if (text === undefined) {
    console.error(`i18n: missing key "${key}"`);
    return key;
  }
  return text.replace(/\{(\w+)\}/g, (match, name) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : match);
}

/**
 * Translates data-i18n="key" (text content) and
 * data-i18n-attr="aria-label:key;placeholder:other.key" (attributes) below root.
 */
export function translateDom(root = document) {
  for (const el of root.querySelectorAll('[data-i18n]')) {
    el.textContent = t(el.dataset.i18n);
  }
  for (const el of root.querySelectorAll('[data-i18n-attr]')) {
    for (const pair of el.dataset.i18nAttr.split(';')) {
      const [attr, key] = pair.split(':').map((s) => s.trim());
      if (attr && key) el.setAttribute(attr, t(key));
    }
  }
}

/** Switches language, remembers it, translates the page and tells listeners (which re-render). */
export async function setLanguage(code) {
  if (!LANGUAGES.includes(code) || code === lang) return;
  await loadBundle(code);
  lang = code;
  try {
    localStorage.setItem(STORAGE_KEY, code);
  } catch {
    // not persisted; the switch still applies to this page view
  }
  document.documentElement.lang = code;
  translateDom(document);
  for (const fn of listeners) fn(code);
}

/** Registers fn(lang) to run after a language switch; returns an unsubscribe function. */
export function onLanguageChange(fn) {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/** Locale-aware helpers so views never hand-format numbers or dates. */
export function formatNumber(value, options) {
  return new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-GB', options).format(value);
}

export function formatDate(value, options = { dateStyle: 'long' }) {
  return new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', options).format(new Date(value));
}

// Autocomplete for the header search box: an ARIA 1.2 combobox with a listbox of suggestions
// (titles, tags, municipalities) from /api/search/suggest. Arrow keys move, Enter picks, Escape closes.
import { get } from './api.js';
import { t } from './i18n.js';
import { h } from './dom.js';

export function attachSuggestions(input, onPick) {
  const list = h('ul', { id: 'search-suggestions', role: 'listbox', class: 'suggestions', hidden: true,
    'aria-label': t('search.suggestions') });
  input.after(list);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('autocomplete', 'off');
  let items = [];
  let active = -1;
  let timer;
  let seq = 0;

  const close = () => {
    list.hidden = true;
    list.replaceChildren();
    items = [];
    active = -1;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };
  const highlight = (i) => {
    active = i;
    items.forEach((el, j) => el.setAttribute('aria-selected', String(j === i)));
    if (i >= 0) input.setAttribute('aria-activedescendant', items[i].id);
    else input.removeAttribute('aria-activedescendant');
  };
  const show = (values) => {
    list.replaceChildren();
    items = values.map((v, i) => {
      const li = h('li', { id: `search-suggestion-${i}`, role: 'option', 'aria-selected': 'false' }, v);
      li.addEventListener('mousedown', (e) => { e.preventDefault(); close(); onPick(v); });
      list.append(li);
      return li;
    });
    list.hidden = items.length === 0;
    input.setAttribute('aria-expanded', String(items.length > 0));
    active = -1;
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (q.length < 2) { close(); return; }
    timer = setTimeout(async () => {
      const mine = ++seq;
      try {
        const values = await get('/api/search/suggest?' + new URLSearchParams({ q, limit: '8' }));
        if (mine === seq && input.value.trim() === q) show(Array.isArray(values) ? values : []);
      } catch {
        close();
      }
    }, 150);
  });
  input.addEventListener('keydown', (e) => {
    if (list.hidden) return;
    if (e.key === 'ArrowDown') { e.preventDefault(); highlight((active + 1) % items.length); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); highlight(active <= 0 ? items.length - 1 : active - 1); }
    else if (e.key === 'Escape') { close(); }
    else if (e.key === 'Enter' && active >= 0) {
      e.preventDefault();
      const value = items[active].textContent;
      close();
      onPick(value);
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
}

// A Markdown editor with preview and @mention autocomplete, as an ARIA 1.2 combobox:
// typing "@Ka" asks GET /api/members/mentionable?q=Ka; arrow keys move, Enter/Tab inserts.
import { t } from './i18n.js';
import { h } from './dom.js';
import { get } from './api.js';
import { preview as renderPreview } from './markdown-preview.js';

export function mentionEditor(id, label) {
  const listId = `${id}-mentions`;
  const textarea = h('textarea', { id, rows: '6', role: 'combobox', 'aria-autocomplete': 'list',
    'aria-expanded': 'false', 'aria-controls': listId });
  const list = h('ul', { id: listId, role: 'listbox', class: 'mention-list', hidden: true, 'aria-label': t('mentions.label') });
  const preview = h('div', { class: 'markdown preview', hidden: true, 'aria-live': 'polite' });
  const toggle = h('button', { type: 'button', class: 'button', 'aria-pressed': 'false' }, t('editor.preview'));
  let options = [];
  let active = -1;
  let start = -1;
  let seq = 0; // only the answer to the newest keystroke may open the list
  let blurTimer = 0;

  const close = () => {
    list.hidden = true;
    textarea.setAttribute('aria-expanded', 'false');
    textarea.removeAttribute('aria-activedescendant');
    options = [];
    active = -1;
  };
  const mark = () => {
    [...list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === active)));
    if (active >= 0) textarea.setAttribute('aria-activedescendant', `${listId}-${active}`);
  };
  const choose = (i) => {
    const name = options[i].displayName;
    const before = textarea.value.slice(0, start);
    const after = textarea.value.slice(textarea.selectionStart);
    textarea.value = `${before}@${name} ${after}`;
    const pos = before.length + name.length + 2;
    textarea.setSelectionRange(pos, pos);
    close();
  };

  textarea.addEventListener('input', async () => {
    const upto = textarea.value.slice(0, textarea.selectionStart);
    const m = /(^|\s)@([^\s@]{2,30})$/.exec(upto);
    const mine = ++seq;
    if (!m) return close();
    let found;
    try {
      found = await get(`/api/members/mentionable?q=${encodeURIComponent(m[2])}`);
    } catch {
      found = [];
    }
    if (mine !== seq) return;
    start = upto.length - m[2].length - 1;
    options = found;
    if (!options.length) return close();
    list.replaceChildren(...options.map((o, i) => {
      const li = h('li', { id: `${listId}-${i}`, role: 'option', 'aria-selected': 'false' }, o.displayName);
      li.addEventListener('mousedown', (e) => { e.preventDefault(); choose(i); });
      return li;
    }));
    active = 0;
    list.hidden = false;
    textarea.setAttribute('aria-expanded', 'true');
    mark();
  });
  textarea.addEventListener('keydown', (e) => {
    if (list.hidden) return;
    if (e.key === 'ArrowDown') { active = (active + 1) % options.length; mark(); e.preventDefault(); }
    else if (e.key === 'ArrowUp') { active = (active - 1 + options.length) % options.length; mark(); e.preventDefault(); }
    else if (e.key === 'Enter' || e.key === 'Tab') { choose(active); e.preventDefault(); }
    else if (e.key === 'Escape') { close(); e.preventDefault(); }
  });
  // Closing waits a moment so that a click on an option still lands; coming back cancels it.
  textarea.addEventListener('blur', () => { blurTimer = setTimeout(close, 150); });
  textarea.addEventListener('focus', () => clearTimeout(blurTimer));

  toggle.addEventListener('click', () => {
    const show = preview.hidden;
    preview.hidden = !show;
    toggle.setAttribute('aria-pressed', String(show));
    if (show) preview.replaceChildren(...renderPreview(textarea.value));
  });

  const element = h('div', { class: 'field editor' }, h('label', { for: id }, label), textarea, list,
    h('p', { class: 'hint' }, t('editor.hint')), toggle, preview);
  return { element, value: () => textarea.value };
}

// Tiny DOM builder. Text always goes in as text nodes, never as HTML, so
// user data (search terms, names) cannot inject markup.

/**
 * h('a', {href: '#/faelle', class: 'card'}, 'Fälle', h('span', {}, '…'))
 * Attributes: null/false are skipped, true sets an empty attribute,
 * onX functions become event listeners. 'style' is refused: the CSP forbids it.
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'style') throw new Error('Inline styles are blocked by the CSP; use a class from css/app.css');
    if (name.startsWith('on') && typeof value === 'function') {
      el.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (name === 'class') {
      el.className = value;
    } else {
      el.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

/** Like el.append(...), but skips null/undefined/false and flattens arrays (el.append(null) would print "null"). */
export function mount(el, ...children) {
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

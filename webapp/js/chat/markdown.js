// Markdown-lite for chat messages, built with DOM nodes only (never innerHTML):
// `code`, **bold**, *italic*, http(s) links and @mentions of known names.
// Everything else is text, so no markup in a message can reach the page.

const INLINE = /(\*\*([^*\n]+)\*\*|\*([^*\n]+)\*|(https?:\/\/[^\s<>"')]+))/g;

export function renderMarkdown(text, names = []) {
  const frag = document.createDocumentFragment();
  const parts = text.split('`');
  parts.forEach((part, i) => {
    // odd parts are inside backticks, unless the last backtick is unmatched
    if (i % 2 === 1 && i < parts.length - 1) {
      const code = document.createElement('code');
      code.textContent = part;
      frag.append(code);
    } else {
      inline(frag, i % 2 === 1 ? '`' + part : part, names);
    }
  });
  return frag;
}

function inline(parent, text, names) {
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    mentions(parent, text.slice(last, m.index), names);
    if (m[2] !== undefined) {
      const b = document.createElement('strong');
      b.textContent = m[2];
      parent.append(b);
    } else if (m[3] !== undefined) {
      const em = document.createElement('em');
      em.textContent = m[3];
      parent.append(em);
    } else {
      const a = document.createElement('a');
      a.href = m[4];
      a.rel = 'noopener noreferrer';
      a.target = '_blank';
      a.textContent = m[4];
      parent.append(a);
    }
    last = m.index + m[0].length;
  }
  mentions(parent, text.slice(last), names);
}

function mentions(parent, text, names) {
  if (!text.includes('@') || !names.length) {
    parent.append(text);
    return;
  }
  let rest = text;
  while (rest.length) {
    const at = rest.indexOf('@');
    const name = at === -1 ? null : names.find((n) => rest.startsWith('@' + n, at));
    if (!name) {
      const next = at === -1 ? rest.length : at + 1;
      parent.append(rest.slice(0, next));
      rest = rest.slice(next);
      continue;
    }
    parent.append(rest.slice(0, at));
    const span = document.createElement('span');
    span.className = 'chat-mention';
    span.textContent = '@' + name;
    parent.append(span);
    rest = rest.slice(at + 1 + name.length);
  }
}

// A preview of the Markdown subset members use most (paragraphs, lists, **bold**, *italic*,
// `code`, [links](https://…)), built as DOM nodes: text never goes through innerHTML, so a
// preview cannot run script. The stored text is rendered by the server (commonmark + OWASP
// sanitizer); headings, tables and nested lists show as plain text here.
import { h } from './dom.js';

const INLINE = /(\*\*([^*]+)\*\*|\*([^*]+)\*|`([^`]+)`|\[([^\]]+)\]\((https?:\/\/[^\s)]+)\))/;

function inline(text) {
  const out = [];
  let rest = text;
  for (let m = INLINE.exec(rest); m; m = INLINE.exec(rest)) {
    if (m.index > 0) out.push(rest.slice(0, m.index));
    if (m[2] !== undefined) out.push(h('strong', {}, m[2]));
    else if (m[3] !== undefined) out.push(h('em', {}, m[3]));
    else if (m[4] !== undefined) out.push(h('code', {}, m[4]));
    else out.push(h('a', { href: m[6], rel: 'nofollow noopener', target: '_blank' }, m[5]));
    rest = rest.slice(m.index + m[0].length);
  }
  if (rest) out.push(rest);
  return out;
}

/** Nodes for the preview of a Markdown text. */
export function preview(markdown) {
  const blocks = markdown.replace(/\r\n/g, '\n').split(/\n{2,}/).filter((b) => b.trim());
  return blocks.map((block) => {
    const lines = block.split('\n');
    if (lines.every((l) => /^\s*[-*] /.test(l))) {
      return h('ul', {}, lines.map((l) => h('li', {}, inline(l.replace(/^\s*[-*] /, '')))));
    }
    if (lines.every((l) => /^\s*\d+\. /.test(l))) {
      return h('ol', {}, lines.map((l) => h('li', {}, inline(l.replace(/^\s*\d+\. /, '')))));
    }
    const p = h('p');
    lines.forEach((l, i) => {
      if (i > 0) p.append(h('br'));
      for (const n of inline(l)) p.append(n instanceof Node ? n : document.createTextNode(n));
    });
    return p;
  });
}

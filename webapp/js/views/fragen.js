// Questions and answers: #/fragen (list with filters), #/fragen/neu, #/fragen/statistik,
// #/fragen/{id} (answers, votes, accept, watch, answer editor with preview and @mentions).
import { t, formatDate } from '../i18n.js';
import { h, mount } from '../dom.js';
import { get, post, put } from '../api.js';
import { href, navigate } from '../router.js';
import { currentMember } from '../session.js';
import { mentionEditor } from '../mentions.js';

export async function render(container, params) {
  const [first] = params.segments;
  if (first === 'neu') return renderNew(container);
  if (first === 'statistik') return renderStats(container);
  if (first) return renderThread(container, first);
  return renderList(container, params);
}

function errorNote(e) {
  return h('p', { class: 'form-error', role: 'alert' }, e.detail || e.message);
}

async function renderList(container, params) {
  const topics = await get('/api/topics').catch(() => []);
  const topic = h('select', { id: 'filter-topic', name: 'topic' }, h('option', { value: '' }, t('questions.allTopics')),
    topics.map((name) => h('option', { value: name, selected: params.topic === name }, name)));
  const unanswered = h('input', { type: 'checkbox', id: 'filter-unanswered', checked: params.unanswered === 'true' });
  const solved = h('input', { type: 'checkbox', id: 'filter-solved', checked: params.solved === 'true' });
  const form = h('form', { class: 'filters', 'aria-label': t('questions.filters') },
    h('div', { class: 'field' }, h('label', { for: 'filter-topic' }, t('questions.topic')), topic),
    h('div', { class: 'check' }, unanswered, h('label', { for: 'filter-unanswered' }, t('questions.unanswered'))),
    h('div', { class: 'check' }, solved, h('label', { for: 'filter-solved' }, t('questions.solved'))),
    h('button', { type: 'submit', class: 'button' }, t('questions.filter')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate(href('fragen', { topic: topic.value, unanswered: unanswered.checked ? 'true' : '',
      solved: solved.checked ? 'true' : '' }));
  });
  const list = h('ul', { class: 'entries thread-list' });
  mount(container,
    h('h1', {}, t('questions.title')),
    h('p', { class: 'lead' }, t('questions.intro')),
    h('p', {}, currentMember() ? h('a', { class: 'button button-primary', href: '#/fragen/neu' }, t('questions.ask')) : null,
      ' ', h('a', { href: '#/fragen/statistik' }, t('questions.stats'))),
    form, list);
  try {
    const page = await get(`/api/threads?${new URLSearchParams({ topic: params.topic || '',
      unanswered: params.unanswered || '', solved: params.solved || '', size: '50' })}`);
    if (!page.items.length) list.replaceWith(h('p', { class: 'notice' }, t('questions.none')));
    for (const item of page.items) {
      list.append(h('li', { class: 'thread-item' },
        h('a', { href: `#/fragen/${item.id}` }, item.title),
        ' ', item.solved ? h('span', { class: 'badge badge-solved' }, t('questions.solvedBadge')) : null,
        h('p', { class: 'hint' }, `${item.topic} · ${t('questions.answers', { count: item.answerCount })} · `
          + `${item.author.displayName} · ${formatDate(item.createdAt)}`)));
    }
  } catch (e) {
    list.replaceWith(errorNote(e));
  }
}

async function renderNew(container) {
  if (!currentMember()) {
    navigate('#/login?next=' + encodeURIComponent('#/fragen/neu'));
    return;
  }
  const topics = await get('/api/topics').catch(() => []);
  const alert = h('div', { class: 'form-error', role: 'alert' });
  const title = h('input', { id: 'q-title', name: 'title', required: true, maxlength: '200' });
  const topic = h('select', { id: 'q-topic', name: 'topic' }, topics.map((n) => h('option', { value: n }, n)));
  const visibility = h('select', { id: 'q-visibility', name: 'visibility' },
    ['NETWORK', 'PUBLIC', 'RESTRICTED'].map((v) => h('option', { value: v }, t(`visibility.${v}`))));
  const tags = h('input', { id: 'q-tags', name: 'tags' });
  const editor = mentionEditor('q-body', t('questions.body'));
  const form = h('form', { class: 'form form-wide', novalidate: true },
    h('div', { class: 'field' }, h('label', { for: 'q-title' }, t('questions.titleLabel')), title),
    h('div', { class: 'field' }, h('label', { for: 'q-topic' }, t('questions.topic')), topic),
    editor.element,
    h('div', { class: 'field' }, h('label', { for: 'q-tags' }, t('questions.tags')), tags),
    h('div', { class: 'field' }, h('label', { for: 'q-visibility' }, t('questions.visibility')), visibility),
    h('button', { type: 'submit', class: 'button button-primary' }, t('questions.submit')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    alert.textContent = '';
    try {
      const created = await post('/api/threads', { title: title.value, body: editor.value(), topic: topic.value,
        visibility: visibility.value, tags: tags.value.split(',').map((s) => s.trim()).filter(Boolean) });
      navigate(`#/fragen/${created.id}`);
    } catch (e) {
      alert.textContent = e.detail || e.message;
    }
  });
  mount(container, h('h1', {}, t('questions.new')), alert, form);
}

async function renderThread(container, id) {
  let thread;
  try {
    thread = await get(`/api/threads/${encodeURIComponent(id)}`);
  } catch (e) {
    mount(container, h('h1', {}, t('questions.title')), errorNote(e));
    return;
  }
  const status = h('div', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  const reload = () => renderThread(container.replaceChildren() || container, id);
  const me = currentMember();

  const watch = me ? h('button', { type: 'button', class: 'button', 'aria-pressed': String(thread.watchLevel === 'ALL') },
    thread.watchLevel === 'ALL' ? t('questions.watching') : t('questions.watch')) : null;
  watch?.addEventListener('click', async () => {
    const level = thread.watchLevel === 'ALL' ? 'MUTED' : 'ALL';
    await put('/api/watches', { kind: 'THREAD', target: String(thread.id), level });
    status.textContent = level === 'ALL' ? t('questions.watching') : t('questions.muted');
    await reload();
  });

  const body = h('div', { class: 'markdown' });
  body.innerHTML = thread.bodyHtml; // sanitised on the server (commonmark + OWASP policy)
  const answers = h('ol', { class: 'answers', 'aria-label': t('questions.answerList') });
  for (const a of thread.answers) answers.append(answerItem(thread, a, reload, status, Boolean(me)));

  let editor = null;
  let form = null;
  if (me && !thread.locked) {
    editor = mentionEditor('answer-body', t('questions.yourAnswer'));
    const alert = h('div', { class: 'form-error', role: 'alert' });
    const requestId = crypto.randomUUID();
    form = h('form', { class: 'form form-wide', novalidate: true, 'aria-labelledby': 'answer-heading' },
      h('h2', { id: 'answer-heading' }, t('questions.yourAnswer')), alert, editor.element,
      h('button', { type: 'submit', class: 'button button-primary' }, t('questions.postAnswer')));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      try {
        await post(`/api/threads/${thread.id}/answers`, { body: editor.value(), clientRequestId: requestId });
        await reload();
      } catch (e) {
        alert.textContent = e.detail || e.message;
      }
    });
  }

  mount(container,
    h('h1', {}, thread.title),
    h('p', { class: 'hint' }, `${thread.topic} · ${thread.author.displayName}`
      + (thread.author.affiliation ? ` (${thread.author.affiliation})` : '') + ` · ${formatDate(thread.createdAt)}`,
    thread.solved ? h('span', { class: 'badge badge-solved' }, ' ', t('questions.solvedBadge')) : null,
    thread.locked ? h('span', { class: 'badge' }, ' ', t('questions.locked')) : null),
    h('div', { class: 'answer-actions' }, watch, me ? flagControl('thread', thread.id, status) : null),
    thread.canModerate ? await moderatorControls(thread, reload, status) : null,
    body, status,
    h('h2', {}, t('questions.answers', { count: thread.answers.length })), answers,
    form ?? (thread.locked ? h('p', { class: 'notice' }, t('questions.lockedNote')) : null));
}

function answerItem(thread, a, reload, status, member) {
  const text = h('div', { class: 'markdown' });
  text.innerHTML = a.bodyHtml;
  const score = h('span', { class: 'score' }, t('questions.score', { score: a.score }));
  const buttons = [];
  if (a.canVote) {
    for (const [value, key] of [[1, 'questions.up'], [-1, 'questions.down']]) {
      const b = h('button', { type: 'button', class: 'button vote', 'aria-pressed': String(a.myVote === value) }, t(key));
      b.addEventListener('click', async () => {
        const updated = await put(`/api/answers/${a.id}/vote`, { value: a.myVote === value ? 0 : value });
        status.textContent = t('questions.score', { score: updated.score });
        await reload();
      });
      buttons.push(b);
    }
  }
  if (thread.canAccept && !a.accepted) {
    const b = h('button', { type: 'button', class: 'button accept' }, t('questions.accept'));
    b.addEventListener('click', async () => {
      await post(`/api/threads/${thread.id}/accept`, { answerId: a.id });
      await reload();
    });
    buttons.push(b);
  }
  return h('li', { class: a.accepted ? 'answer answer-accepted' : 'answer', 'data-answer-id': a.id },
    a.accepted ? h('p', { class: 'badge badge-solved' }, t('questions.acceptedAnswer')) : null,
    text,
    h('p', { class: 'hint' }, `${a.author.displayName}` + (a.author.affiliation ? ` (${a.author.affiliation})` : '')
      + ` · ${formatDate(a.createdAt)} · `, score),
    h('div', { class: 'answer-actions' }, buttons, member ? flagControl('answer', a.id, status) : null));
}

async function renderStats(container) {
  const table = h('table', { class: 'stats' },
    h('caption', {}, t('questions.statsCaption')),
    h('thead', {}, h('tr', {}, ['topic', 'count', 'answered', 'solvedCount', 'medianFirst', 'medianAccepted']
      .map((k) => h('th', { scope: 'col' }, t(`questions.col.${k}`))))));
  const tbody = h('tbody');
  table.append(tbody);
  mount(container, h('h1', {}, t('questions.stats')), table);
  const rows = await get('/api/threads/stats').catch(() => []);
  const minutes = (m) => (m === null || m === undefined ? '–' : t('questions.minutes', { m }));
  for (const r of rows) {
    tbody.append(h('tr', {}, h('th', { scope: 'row' }, r.topic), h('td', {}, String(r.questions)),
      h('td', {}, String(r.answered)), h('td', {}, String(r.solved)),
      h('td', {}, minutes(r.medianMinutesToFirstAnswer)), h('td', {}, minutes(r.medianMinutesToAccepted))));
  }
}

// "Melden": a disclosure with a reason field; the report goes to the moderation queue.
function flagControl(kind, id, status) {
  const formId = `flag-${kind}-${id}`;
  const toggle = h('button', { type: 'button', class: 'button', 'aria-expanded': 'false', 'aria-controls': formId },
    t('questions.flag'));
  const reason = h('input', { id: `${formId}-reason`, required: true, maxlength: '1000' });
  const form = h('form', { id: formId, class: 'flag-form', hidden: true },
    h('label', { for: `${formId}-reason` }, t('questions.flagReason')), ' ', reason, ' ',
    h('button', { type: 'submit', class: 'button' }, t('questions.flagSend')));
  toggle.addEventListener('click', () => {
    const open = form.hidden;
    form.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    if (open) reason.focus();
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!reason.value.trim()) return;
    try {
      await post('/api/flags', { kind, id, reason: reason.value.trim() });
      status.textContent = t('questions.flagged');
      form.hidden = true;
      toggle.setAttribute('aria-expanded', 'false');
      toggle.disabled = true;
    } catch (e) {
      status.textContent = e.detail || e.message;
    }
  });
  return h('span', { class: 'flag-control' }, toggle, form);
}

// Lock/unlock and move to another topic, for moderators.
async function moderatorControls(thread, reload, status) {
  const lock = h('button', { type: 'button', class: 'button' }, thread.locked ? t('questions.unlock') : t('questions.lock'));
  lock.addEventListener('click', async () => {
    await post(`/api/threads/${thread.id}/${thread.locked ? 'unlock' : 'lock'}`);
    await reload();
  });
  const topics = await get('/api/topics').catch(() => []);
  const select = h('select', { id: 'move-topic' }, topics.map((n) => h('option', { value: n, selected: n === thread.topic }, n)));
  const move = h('button', { type: 'button', class: 'button' }, t('questions.move'));
  move.addEventListener('click', async () => {
    await put(`/api/threads/${thread.id}/topic`, { topic: select.value });
    status.textContent = t('questions.moved');
    await reload();
  });
  return h('div', { class: 'moderator-controls', role: 'group', 'aria-label': t('moderation.title') },
    lock, ' ', h('label', { for: 'move-topic' }, t('questions.moveTo')), ' ', select, ' ', move);
}

// Chat: room list with unread badges, the messages of one room (older ones load when scrolled to
// the top), composer (Enter sends, Shift+Enter new line), edit/delete of own messages, typing and
// presence, and a reconnect banner. Live through the WebSocket /ws (see README, "Chat").
// Rooms and direct messages are created, and members invited, with the forms of room-forms.js;
// moderators and admins may delete any message.
import { formatDate, t } from '../i18n.js';
import { h, mount } from '../dom.js';
import { get, post } from '../api.js';
import { currentMember, refreshSession } from '../session.js';
import { ChatSocket } from '../chat/socket.js';
import { renderMarkdown } from '../chat/markdown.js';
import { directMessageForm, inviteForm, newRoomForm } from '../chat/room-forms.js';

const PAGE = 50;

export async function render(container, params) {
  const me = currentMember() ?? (await refreshSession());
  if (!me) {
    mount(container, h('h1', {}, t('chat.title')),
      h('p', { class: 'notice' }, t('chat.loginFirst'), ' ', h('a', { href: '#/login' }, t('account.login'))));
    return undefined;
  }
  const state = {
    rooms: [], active: null, messages: new Map(), oldest: null, complete: false, names: new Map(),
    presence: new Map(), typing: new Map(), pending: new Map(),
  };
  state.names.set(me.id, me.displayName);
  const moderator = (me.roles ?? []).some((r) => r === 'MODERATOR' || r === 'ADMIN');

  const banner = h('p', { class: 'chat-banner', role: 'status', hidden: true });
  const roomList = h('ul', { class: 'chat-rooms' });
  const title = h('h2', { id: 'chat-room-title', tabindex: '-1' }, t('chat.pickRoom'));
  const presenceLine = h('p', { class: 'chat-presence' });
  const created = async (room) => {
    state.rooms = await get('/api/chat/rooms');
    drawRooms();
    await open(room.id);
  };
  const invite = inviteForm(me, () => state.active, async () => {
    state.rooms = await get('/api/chat/rooms');
    drawRooms();
  });
  invite.hidden = true;
  const older = h('button', { type: 'button', class: 'button chat-older', hidden: true }, t('chat.older'));
  const list = h('ol', { class: 'chat-messages', 'aria-labelledby': 'chat-room-title', tabindex: '0' });
  const live = h('div', { class: 'visually-hidden', 'aria-live': 'polite', 'aria-atomic': 'false' });
  const typingLine = h('p', { class: 'chat-typing', 'aria-live': 'polite' });
  const textarea = h('textarea', { id: 'chat-input', rows: '3', maxlength: '4000', disabled: true,
    'aria-describedby': 'chat-input-hint' });
  const sendButton = h('button', { type: 'submit', class: 'button button-primary', disabled: true }, t('chat.send'));
  const error = h('p', { class: 'form-error', role: 'alert' });
  const composer = h('form', { class: 'chat-composer' },
    h('label', { for: 'chat-input' }, t('chat.message')),
    textarea,
    h('p', { class: 'hint', id: 'chat-input-hint' }, t('chat.hint')),
    error,
    sendButton);

  mount(container,
    h('h1', {}, t('chat.title')),
    banner,
    h('div', { class: 'chat-layout' },
      h('nav', { class: 'chat-sidebar', 'aria-label': t('chat.roomsLabel') },
        h('h2', {}, t('chat.rooms')), roomList, newRoomForm(created), directMessageForm(me, created), officeHours()),
      h('section', { class: 'chat-room', 'aria-labelledby': 'chat-room-title' },
        title, presenceLine, invite, older, list, typingLine, composer, live)));

  const socket = new ChatSocket({ onFrame, onState });

  function onState(s) {
    container.dataset.chatState = s; // also lets tests wait for the connection
    banner.hidden = s === 'online';
    banner.textContent = s === 'online' ? '' : t('chat.reconnecting');
  }

  async function loadRooms() {
    state.rooms = await get('/api/chat/rooms');
    drawRooms();
    for (const r of state.rooms) if (r.member) socket.watch(r.id, r.lastSeq);
  }

  function drawRooms() {
    roomList.replaceChildren(...state.rooms.map((r) => {
      const label = t(`chat.kind.${r.kind}`);
      const badge = r.unread > 0
        ? h('span', { class: 'chat-badge' }, String(r.unread), h('span', { class: 'visually-hidden' }, ' ' + t('chat.unread')))
        : null;
      return h('li', {},
        h('button', { type: 'button', class: 'chat-room-button', 'aria-current': state.active === r.id ? 'true' : null,
          onclick: () => open(r.id) }, h('span', {}, r.name), h('span', { class: 'chat-kind' }, label), badge));
    }));
  }

  async function open(roomId) {
    const room = state.rooms.find((r) => r.id === roomId);
    if (!room) return;
    if (!room.member && room.kind === 'PUBLIC') {
      await post(`/api/chat/rooms/${roomId}/members`, {});
      room.member = true;
    }
    state.active = roomId;
    state.messages = new Map();
    state.oldest = null;
    state.complete = false;
    list.replaceChildren();
    title.textContent = room.name;
    invite.reset();
    invite.hidden = room.kind === 'PUBLIC'; // a public room needs no invitation
    textarea.disabled = false;
    sendButton.disabled = false;
    await loadOlder();
    socket.watch(roomId, room.lastSeq);
    markRead();
    drawRooms();
    drawPresence();
    list.scrollTop = list.scrollHeight;
    title.focus();
  }

  async function loadOlder() {
    if (state.complete || state.active === null) return;
    const roomId = state.active;
    const before = state.oldest === null ? '' : `&before=${state.oldest}`;
    const page = await get(`/api/chat/rooms/${roomId}/messages?limit=${PAGE}${before}`);
    if (roomId !== state.active) return;
    const height = list.scrollHeight;
    for (const m of page.slice().reverse()) upsert(m, { prepend: true });
    if (page.length) state.oldest = page[0].seq;
    state.complete = page.length < PAGE;
    older.hidden = state.complete;
    list.scrollTop += list.scrollHeight - height;
  }

  function upsert(m, { prepend = false, announce = false } = {}) {
    state.names.set(m.authorId, m.authorName);
    const existing = state.messages.get(m.id);
    const node = messageNode(m);
    if (existing) {
      existing.node.replaceWith(node);
    } else if (prepend) {
      list.prepend(node);
    } else {
      const after = [...state.messages.values()].filter((x) => x.m.seq > m.seq).sort((a, b) => a.m.seq - b.m.seq)[0];
      if (after) list.insertBefore(node, after.node);
      else list.append(node);
    }
    state.messages.set(m.id, { m, node });
    if (announce) live.append(h('p', {}, t('chat.newMessage', { name: m.authorName, text: m.text })));
  }

  function messageNode(m) {
    const mine = m.authorId === me.id;
    const body = h('div', { class: 'chat-text' });
    if (m.deleted) body.append(h('em', {}, t('chat.deleted')));
    else body.append(renderMarkdown(m.text, [...state.names.values()]));
    const time = new Date(m.createdAt);
    const of = h('span', { class: 'visually-hidden' }, ' ' + t('chat.ofMessage', { time: formatDate(time, { timeStyle: 'medium' }) }));
    const actions = (mine || moderator) && !m.deleted ? h('div', { class: 'chat-actions' },
      mine ? h('button', { type: 'button', class: 'link-button', onclick: () => edit(m) }, t('chat.edit'), of.cloneNode(true)) : null,
      h('button', { type: 'button', class: 'link-button', onclick: () => remove(m) }, t('chat.delete'), of)) : null;
    return h('li', { class: mine ? 'chat-message chat-mine' : 'chat-message', 'data-id': m.id, 'data-seq': m.seq },
      h('p', { class: 'chat-meta' },
        h('span', { class: `chat-dot chat-${state.presence.get(m.authorId) ?? 'offline'}`, 'aria-hidden': 'true' }),
        h('strong', {}, m.authorName), ' ',
        h('time', { datetime: m.createdAt }, formatDate(time, { dateStyle: 'short', timeStyle: 'short' })),
        m.editedAt && !m.deleted ? h('span', { class: 'chat-edited' }, ' ' + t('chat.edited')) : null),
      body, actions);
  }

  function edit(m) {
    const entry = state.messages.get(m.id);
    if (!entry) return;
    const field = h('textarea', { rows: '3', maxlength: '4000', 'aria-label': t('chat.editLabel') });
    field.value = m.text;
    const form = h('form', { class: 'chat-edit' }, field,
      h('button', { type: 'submit', class: 'button button-primary' }, t('chat.save')),
      h('button', { type: 'button', class: 'button', onclick: () => upsert(m) }, t('chat.cancel')));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      if (socket.send({ op: 'edit', room: m.room, id: m.id, text: field.value })) upsert(m);
    });
    field.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') upsert(m);
    });
    entry.node.querySelector('.chat-text').replaceWith(form);
    entry.node.querySelector('.chat-actions')?.remove();
    field.focus();
  }

  function remove(m) {
    if (window.confirm(t('chat.confirmDelete'))) socket.send({ op: 'delete', room: m.room, id: m.id });
  }

  function onFrame(f) {
    if (f.op === 'event') {
      const room = state.rooms.find((r) => r.id === f.room);
      if (room) room.lastSeq = Math.max(room.lastSeq, f.seq);
      if (f.room === state.active) {
        const known = state.messages.has(f.message.id);
        upsert(f.message, { announce: f.kind === 'message' && !known && f.message.authorId !== me.id });
        if (state.oldest === null) state.oldest = f.message.seq;
        if (f.kind === 'message') list.scrollTop = list.scrollHeight;
        markRead();
      } else if (room && f.kind === 'message' && f.message.authorId !== me.id && f.seq > room.lastReadSeq) {
        room.unread += 1;
        drawRooms();
      }
    } else if (f.op === 'ack') {
      state.pending.delete(f.clientMsgId);
    } else if (f.op === 'unread') {
      const room = state.rooms.find((r) => r.id === f.room);
      if (room) {
        room.unread = f.count;
        room.lastReadSeq = Math.max(room.lastReadSeq, f.readSeq);
        drawRooms();
      }
    } else if (f.op === 'presence') {
      state.presence.set(f.member, f.status);
      drawPresence();
    } else if (f.op === 'typing' && f.room === state.active && f.member !== me.id) {
      state.names.set(f.member, f.name);
      state.typing.set(f.member, Date.now());
      drawTyping();
      setTimeout(drawTyping, 4000);
    } else if (f.op === 'error') {
      error.textContent = f.message;
    }
  }

  function drawPresence() {
    const online = [...state.presence].filter(([id, s]) => s !== 'offline' && id !== me.id)
      .map(([id, s]) => (state.names.get(id) ?? t('chat.someone')) + (s === 'away' ? ` (${t('chat.away')})` : ''));
    presenceLine.textContent = online.length ? t('chat.online', { names: online.join(', ') }) : '';
    for (const { m, node } of state.messages.values()) {
      const dot = node.querySelector('.chat-dot');
      if (dot) dot.className = `chat-dot chat-${state.presence.get(m.authorId) ?? 'offline'}`;
    }
  }

  function drawTyping() {
    const now = Date.now();
    const names = [...state.typing].filter(([, at]) => now - at < 4000).map(([id]) => state.names.get(id));
    typingLine.textContent = names.length ? t('chat.typing', { names: names.join(', ') }) : '';
  }

  let readTimer = null;
  function markRead() {
    clearTimeout(readTimer);
    readTimer = setTimeout(() => {
      const room = state.rooms.find((r) => r.id === state.active);
      if (room && room.member && room.lastSeq > room.lastReadSeq) {
        socket.send({ op: 'read', room: room.id, seq: room.lastSeq });
      }
    }, 300);
  }

  let lastTyping = 0;
  textarea.addEventListener('input', () => {
    if (Date.now() - lastTyping > 3000 && state.active !== null) {
      lastTyping = Date.now();
      socket.send({ op: 'typing', room: state.active });
    }
  });
  textarea.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      composer.requestSubmit();
    }
  });
  composer.addEventListener('submit', (e) => {
    e.preventDefault();
    const text = textarea.value.trim();
    error.textContent = '';
    if (!text || state.active === null) return;
    const clientMsgId = crypto.randomUUID();
    if (socket.send({ op: 'send', room: state.active, clientMsgId, text })) {
      state.pending.set(clientMsgId, text);
      textarea.value = '';
    } else {
      error.textContent = t('chat.notConnected');
    }
  });
  older.addEventListener('click', loadOlder);
  list.addEventListener('scroll', () => {
    if (list.scrollTop < 40 && !state.complete) loadOlder();
  });

  function officeHours() {
    const box = h('section', { class: 'chat-office-hours', 'aria-labelledby': 'chat-oh-title' },
      h('h2', { id: 'chat-oh-title' }, t('chat.officeHours')));
    get('/api/chat/office-hours').then((list) => {
      if (!list.length) box.append(h('p', {}, t('chat.noOfficeHours')));
      else box.append(h('ul', {}, list.map((o) => h('li', {},
        h('strong', {}, o.topic), h('br'), `${o.expertName} · ${formatDate(o.startsAt, { dateStyle: 'medium', timeStyle: 'short' })} · ${o.roomName}`))));
    }).catch(() => {});
    return box;
  }

  await loadRooms();
  socket.connect();
  const wanted = Number(params.segments?.[0]);
  const first = state.rooms.find((r) => r.id === wanted) ?? state.rooms.find((r) => r.member);
  if (first) await open(first.id);
  return () => socket.stop();
}

// Forms of the chat page's sidebar and room header: create a room (public or private), start a
// direct message (1:1 or a group of up to 10 people) and invite members to a room. Members are
// picked by searching the directory (GET /api/members?q=). Each form is a <details> disclosure,
// so it stays out of the way and is reachable by keyboard.
import { t } from '../i18n.js';
import { h } from '../dom.js';
import { get, post } from '../api.js';
import { alertRegion, field, problemMessage, statusRegion } from '../forms.js';

/** Up to this many others in a direct message (10 people including oneself). */
export const DIRECT_OTHERS_MAX = 9;

/**
 * Search field, hits as buttons, picked members as a list with remove buttons.
 * Returns {wrapper, picked(): [{id, name}], clear()}.
 */
export function memberPicker(id, label, { max, excludeId }) {
  const picked = new Map();
  const query = h('input', { id: `${id}-q`, type: 'search', autocomplete: 'off', 'aria-describedby': `${id}-hint` });
  const searchButton = h('button', { type: 'button', class: 'button' }, t('chat.pick.search'));
  const hits = h('ul', { class: 'chat-pick-hits', 'aria-label': t('chat.pick.hits') });
  const chosen = h('ul', { class: 'chat-pick-chosen', 'aria-label': t('chat.pick.chosen') });
  const status = statusRegion(`${id}-status`);
  const hint = h('p', { class: 'field-hint', id: `${id}-hint` }, t('chat.pick.hint', { max }));

  function drawChosen() {
    chosen.replaceChildren(...[...picked.values()].map((m) => h('li', {}, m.name, ' ',
      h('button', { type: 'button', class: 'link-button', onclick: () => { picked.delete(m.id); drawChosen(); } },
        t('chat.pick.remove'), h('span', { class: 'visually-hidden' }, ` ${m.name}`)))));
  }

  async function search() {
    const q = query.value.trim();
    if (!q) return;
    try {
      const found = (await get(`/api/members?q=${encodeURIComponent(q)}&size=10`))
        .filter((m) => m.id !== excludeId && !m.erased);
      hits.replaceChildren(...found.map((m) => h('li', {},
        h('button', { type: 'button', class: 'link-button', onclick: () => add(m) },
          m.displayName, h('span', { class: 'visually-hidden' }, ` ${t('chat.pick.add')}`)))));
      status.textContent = t('chat.pick.found', { count: found.length });
    } catch (e) {
      status.textContent = problemMessage(e);
    }
  }

  function add(m) {
    if (picked.size >= max && !picked.has(m.id)) {
      status.textContent = t('chat.pick.tooMany', { max });
      return;
    }
    picked.set(m.id, { id: m.id, name: m.displayName });
    drawChosen();
    status.textContent = t('chat.pick.added', { name: m.displayName });
  }

  searchButton.addEventListener('click', search);
  query.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      search();
    }
  });
  const wrapper = h('div', { class: 'field chat-pick' },
    h('label', { for: `${id}-q` }, label), hint,
    h('div', { class: 'chat-pick-search' }, query, searchButton),
    status, hits, chosen);
  return {
    wrapper,
    picked: () => [...picked.values()],
    clear: () => { picked.clear(); drawChosen(); hits.replaceChildren(); query.value = ''; status.textContent = ''; },
  };
}

function disclosure(id, summary, ...content) {
  return h('details', { class: 'chat-tool', id }, h('summary', {}, summary), ...content);
}

/** "Neuer Raum": name, public or private, optional description; calls onCreated(room). */
export function newRoomForm(onCreated) {
  const name = field('chat-new-name', t('chat.newRoom.name'), { required: true, attrs: { maxlength: '120' } });
  const description = field('chat-new-description', t('chat.newRoom.description'), { attrs: { maxlength: '500' } });
  const radio = (value, label, checked) => {
    const input = h('input', { type: 'radio', name: 'chat-new-kind', id: `chat-new-kind-${value}`, value });
    input.checked = checked;
    return h('li', { class: 'check' }, input, h('label', { for: `chat-new-kind-${value}` }, label));
  };
  const kind = h('fieldset', { class: 'field fieldset' }, h('legend', {}, t('chat.newRoom.kind')),
    h('ul', { class: 'check-list' }, radio('PUBLIC', t('chat.newRoom.public'), true),
      radio('PRIVATE', t('chat.newRoom.private'), false)));
  const alert = alertRegion('chat-new-error');
  const form = h('form', { class: 'chat-form', novalidate: true }, alert, name.wrapper, kind, description.wrapper,
    h('button', { type: 'submit', class: 'button button-primary' }, t('chat.newRoom.create')));
  const box = disclosure('chat-new-room', t('chat.newRoom.title'), form);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    alert.replaceChildren();
    if (!name.input.value.trim()) {
      alert.replaceChildren(h('p', {}, t('chat.newRoom.nameMissing')));
      name.focus();
      return;
    }
    try {
      const room = await post('/api/chat/rooms', {
        kind: form.querySelector('input[name="chat-new-kind"]:checked').value,
        name: name.input.value.trim(), description: description.input.value.trim() || null, memberIds: [],
      });
      form.reset();
      box.open = false;
      await onCreated(room);
    } catch (err) {
      alert.replaceChildren(h('p', {}, problemMessage(err)));
    }
  });
  return box;
}

/** "Direktnachricht": pick 1 to 9 others; calls onCreated(room). */
export function directMessageForm(me, onCreated) {
  const picker = memberPicker('chat-dm-pick', t('chat.dm.who'), { max: DIRECT_OTHERS_MAX, excludeId: me.id });
  const alert = alertRegion('chat-dm-error');
  const form = h('form', { class: 'chat-form', novalidate: true }, alert, picker.wrapper,
    h('button', { type: 'submit', class: 'button button-primary' }, t('chat.dm.start')));
  const box = disclosure('chat-new-dm', t('chat.dm.title'), form);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    alert.replaceChildren();
    const others = picker.picked();
    if (!others.length) {
      alert.replaceChildren(h('p', {}, t('chat.dm.nobody')));
      return;
    }
    try {
      const room = await post('/api/chat/rooms', { kind: 'DIRECT', memberIds: others.map((m) => m.id) });
      picker.clear();
      box.open = false;
      await onCreated(room);
    } catch (err) {
      alert.replaceChildren(h('p', {}, problemMessage(err)));
    }
  });
  return box;
}

/** "Mitglieder einladen" for the open room; roomId() says which one. */
export function inviteForm(me, roomId, onInvited) {
  const picker = memberPicker('chat-invite-pick', t('chat.invite.who'), { max: DIRECT_OTHERS_MAX, excludeId: me.id });
  const alert = alertRegion('chat-invite-error');
  const status = statusRegion('chat-invite-status');
  const form = h('form', { class: 'chat-form', novalidate: true }, alert, status, picker.wrapper,
    h('button', { type: 'submit', class: 'button button-primary' }, t('chat.invite.submit')));
  const box = disclosure('chat-invite', t('chat.invite.title'), form);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    alert.replaceChildren();
    const who = picker.picked();
    if (!who.length) {
      alert.replaceChildren(h('p', {}, t('chat.invite.nobody')));
      return;
    }
    const done = [];
    try {
      for (const m of who) {
        await post(`/api/chat/rooms/${roomId()}/members`, { memberId: m.id });
        done.push(m.name);
      }
    } catch (err) {
      alert.replaceChildren(h('p', {}, problemMessage(err)));
    }
    if (done.length) {
      picker.clear();
      status.textContent = t('chat.invite.done', { names: done.join(', ') });
      await onInvited();
    }
  });
  // another room is opened: start over
  box.reset = () => {
    box.open = false;
    picker.clear();
    alert.replaceChildren();
    status.textContent = '';
  };
  return box;
}

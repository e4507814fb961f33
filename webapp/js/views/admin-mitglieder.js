// Members for admins: verify/unverify, change roles, erase (GDPR) after a
// confirmation in a native modal <dialog>. PUT /api/admin/members/{id}/roles,
// PUT …/verification, DELETE /api/admin/members/{id}.
import { t } from '../i18n.js';
import { h, mount } from '../dom.js';
import { get, put, del } from '../api.js';
import { checkboxGroup, alertRegion, statusRegion, FormErrors, problemMessage, roleLabel, ROLES } from '../forms.js';
import { href } from '../router.js';

const PAGE_SIZE = 50;

export async function render(container, params, { member, subnav }) {
  mount(container, h('h1', { id: 'admin-members-title', tabindex: '-1' }, t('admin.members')), subnav);
  const page = Math.max(0, Number.parseInt(params.page ?? '0', 10) || 0);
  const alert = alertRegion('admin-members-alert');
  const status = statusRegion('admin-members-status');
  const list = h('ul', { class: 'admin-member-list' });
  const dialog = eraseDialog();
  mount(container, alert, status, list, dialog.element);

  let members;
  try {
    members = await get(`/api/members?page=${page}&size=${PAGE_SIZE}`);
  } catch (e) {
    alert.replaceChildren(h('p', {}, problemMessage(e)));
    return;
  }

  function say(text) {
    alert.replaceChildren();
    status.replaceChildren(h('p', {}, text));
  }

  function row(m) {
    const li = h('li', { class: 'admin-member' });
    const fill = (current) => {
      const verify = h('button', { type: 'button', class: 'button button-small', 'aria-pressed': String(current.verified) },
        t('admin.members.verified'), h('span', { class: 'visually-hidden' }, ` ${current.displayName}`));
      verify.addEventListener('click', async () => {
        try {
          const updated = await put(`/api/admin/members/${current.id}/verification`, { verified: !current.verified });
          fill(updated);
          say(t(updated.verified ? 'admin.members.nowVerified' : 'admin.members.nowUnverified', { name: updated.displayName }));
          li.querySelector('button[aria-pressed]')?.focus();
        } catch (e) {
          alert.replaceChildren(h('p', {}, problemMessage(e)));
        }
      });
      const erase = current.id === member.id ? null
        : h('button', { type: 'button', class: 'button button-small button-danger' },
          t('admin.members.erase'), h('span', { class: 'visually-hidden' }, ` ${current.displayName}`));
      erase?.addEventListener('click', () => dialog.open(current, erase, async () => {
        await del(`/api/admin/members/${current.id}`);
        li.remove();
        say(t('admin.members.erased', { name: current.displayName }));
        document.getElementById('admin-members-title')?.focus();
      }));
      li.replaceChildren(
        h('h2', { class: 'member-name' }, h('a', { href: `#/mitglieder/${current.id}` }, current.displayName)),
        h('p', { class: 'member-meta' }, current.roles.map(roleLabel).join(', '),
          current.municipality ? ` · ${current.municipality.name}` : null,
          current.affiliation ? ` · ${t('members.disclosure', { company: current.affiliation })}` : null),
        h('div', { class: 'admin-actions' }, verify, erase),
        rolesEditor(current, (updated) => {
          fill(updated);
          say(t('admin.members.rolesSaved', { name: updated.displayName }));
        }));
    };
    fill(m);
    return li;
  }

  list.replaceChildren(...members.map(row));
  if (members.length === 0) list.replaceWith(h('p', {}, t('members.none')));
  if (page > 0 || members.length === PAGE_SIZE) {
    mount(container, h('nav', { class: 'pager', 'aria-label': t('pager.label') },
      page > 0 ? h('a', { href: href('admin', { page: page - 1 || undefined }, ['mitglieder']) }, t('pager.previous')) : null,
      h('span', {}, t('pager.page', { page: page + 1 })),
      members.length === PAGE_SIZE ? h('a', { href: href('admin', { page: page + 1 }, ['mitglieder']) }, t('pager.next')) : null));
  }
}

function rolesEditor(m, onSaved) {
  const id = `roles-${m.id}`;
  const alert = alertRegion(`${id}-alert`);
  const group = checkboxGroup(id, t('admin.members.rolesOf', { name: m.displayName }),
    ROLES.map((r) => ({ value: r, label: roleLabel(r) })), { name: 'roles', checked: m.roles });
  const errors = new FormErrors(alert, { roles: group, municipalityId: group });
  const form = h('form', { class: 'roles-form', novalidate: true },
    alert, group.wrapper, h('button', { type: 'submit', class: 'button button-small' }, t('admin.members.saveRoles')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    errors.clear();
    if (group.values().length === 0) {
      errors.show([[group, t('admin.invite.error.roles')]]);
      return;
    }
    try {
      onSaved(await put(`/api/admin/members/${m.id}/roles`, { roles: group.values(), municipalityId: m.municipality?.id ?? null }));
    } catch (e) {
      errors.problem(e);
    }
  });
  return h('details', { class: 'roles-editor' }, h('summary', {}, t('admin.members.editRoles'),
    h('span', { class: 'visually-hidden' }, ` ${m.displayName}`)), form);
}

/** One modal confirmation for erasures; focus goes to "cancel" first and back to the trigger after. */
function eraseDialog() {
  const text = h('p', { id: 'erase-text' });
  const alert = h('div', { class: 'form-error', role: 'alert' });
  const confirm = h('button', { type: 'button', class: 'button button-danger' }, t('admin.members.eraseConfirm'));
  const cancel = h('button', { type: 'button', class: 'button' }, t('form.cancel'));
  const element = h('dialog', { class: 'dialog', 'aria-labelledby': 'erase-title', 'aria-describedby': 'erase-text' },
    h('h2', { id: 'erase-title' }, t('admin.members.eraseTitle')), text, alert,
    h('div', { class: 'form-actions' }, cancel, confirm));
  let trigger = null;
  let action = null;
  cancel.addEventListener('click', () => element.close());
  element.addEventListener('close', () => {
    if (trigger?.isConnected) trigger.focus();
  });
  confirm.addEventListener('click', async () => {
    alert.replaceChildren();
    try {
      await action();
      trigger = null;
      element.close();
    } catch (e) {
      alert.replaceChildren(h('p', {}, problemMessage(e)));
    }
  });
  return {
    element,
    open(m, from, act) {
      trigger = from;
      action = act;
      alert.replaceChildren();
      text.textContent = t('admin.members.eraseText', { name: m.displayName });
      element.showModal();
      cancel.focus();
    },
  };
}

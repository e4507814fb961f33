// Case editor (#/faelle/neu, #/faelle/42/bearbeiten). Every keystroke is kept
// as a draft in localStorage until the save succeeds. A save names the
// revision it is based on (If-Match); if someone saved in between, the server
// answers 412 and we say so, offering to load the current version.
import { t } from '../i18n.js';
import { h, mount } from '../dom.js';
import { get, post, put, upload, ApiError } from '../api.js';
import { navigate, rerender } from '../router.js';
import { currentMember } from '../session.js';
import { PHASES, canCreate, select } from './faelle.js';

const DRAFT_PREFIX = 'pilotnetz.caseDraft.';
const FIELDS = ['title', 'summary', 'topic', 'phase', 'visibility', 'startDate', 'endDate', 'budget',
  'fundingProgramme', 'fundingRate', 'tags', 'body', 'lessonsGood', 'lessonsBad'];

function loadDraft(key) {
  try {
    return JSON.parse(localStorage.getItem(DRAFT_PREFIX + key) || 'null');
  } catch {
    return null;
  }
}

function saveDraft(key, value) {
  try {
    localStorage.setItem(DRAFT_PREFIX + key, JSON.stringify(value));
  } catch {
    // storage full or blocked: the form still works, only without autosave
  }
}

function dropDraft(key) {
  try {
    localStorage.removeItem(DRAFT_PREFIX + key);
  } catch {
    // nothing to drop
  }
}

export async function render(container, id) {
  const member = currentMember();
  if (!id && !canCreate(member)) {
    mount(container, h('h1', {}, t('case.editor.new')), h('p', { class: 'notice' }, t(member ? 'case.editor.forbidden' : 'case.editor.loginFirst')));
    return;
  }
  let current = null;
  if (id) {
    try {
      current = await get(`/api/cases/${encodeURIComponent(id)}`);
    } catch {
      mount(container, h('h1', {}, t('case.notFound')), h('p', {}, t('case.notFoundText')));
      return;
    }
    if (!current.canEdit) {
      mount(container, h('h1', {}, t('case.editor.edit', { title: current.title })), h('p', { class: 'notice' }, t('case.editor.forbidden')));
      return;
    }
  }
  const draftKey = id ? `${id}` : 'neu';
  const topics = await get('/api/topics').catch(() => []);
  const initial = current ? fromCase(current) : { phase: 'Idee', visibility: 'NETWORK', kpis: [], partners: [] };
  const draft = loadDraft(draftKey);
  const values = draft && (!current || draft.revision === current.revision) ? draft : initial;

  const alert = h('div', { class: 'form-error', role: 'alert', id: 'editor-alert' });
  const inputs = {};
  const errors = {};
  const field = (name, control, labelKey) => {
    control.id = `case-${name}`;
    control.name = name;
    inputs[name] = control;
    errors[name] = h('p', { class: 'field-error', id: `case-${name}-error` });
    return h('div', { class: 'field' }, h('label', { for: control.id }, t(labelKey)), errors[name], control);
  };
  const text = (name, type = 'text', extra = {}) => h('input', { type, value: values[name] ?? '', ...extra });
  const area = (name, rows = 6) => {
    const el = h('textarea', { rows: String(rows) });
    el.value = values[name] ?? '';
    return el;
  };
  const topic = select('case-topic', 'case.field.topic', [['', '–'], ...topics.map((x) => [x, x])], values.topic).el;
  const phase = select('case-phase', 'case.field.phase', PHASES.map((x) => [x, t(`phase.${x}`)]), values.phase).el;
  const visibility = select('case-visibility', 'case.field.visibility',
    ['PUBLIC', 'NETWORK', 'RESTRICTED'].map((x) => [x, t(`cases.visibility.${x}`)]), values.visibility).el;

  const kpiList = h('div', { id: 'kpi-rows' });
  const partnerList = h('div', { id: 'partner-rows' });
  const preview = h('div', { class: 'preview case-body', id: 'case-preview', 'aria-live': 'polite', hidden: true });

  const form = h('form', { class: 'form editor-form', novalidate: true, 'aria-labelledby': 'editor-title' },
    field('title', text('title', 'text', { required: true, maxlength: '200' }), 'case.field.title'),
    field('summary', area('summary', 3), 'case.field.summary'),
    field('topic', topic, 'case.field.topic'),
    field('phase', phase, 'case.field.phase'),
    field('visibility', visibility, 'case.field.visibility'),
    field('startDate', text('startDate', 'date'), 'case.field.startDate'),
    field('endDate', text('endDate', 'date'), 'case.field.endDate'),
    field('budget', text('budget', 'number', { min: '0', step: '1' }), 'case.field.budget'),
    field('fundingProgramme', text('fundingProgramme'), 'case.field.fundingProgramme'),
    field('fundingRate', text('fundingRate', 'number', { min: '0', max: '100', step: '0.1' }), 'case.field.fundingRate'),
    field('tags', text('tags'), 'case.field.tags'),
    field('body', area('body', 10), 'case.field.body'),
    h('p', {}, h('button', { type: 'button', class: 'button', id: 'preview-button', onclick: showPreview }, t('case.editor.preview'))),
    preview,
    h('h2', {}, t('case.kpis')), kpiList,
    h('p', {}, h('button', { type: 'button', class: 'button', onclick: () => { addKpi({}); changed(); } }, t('case.editor.addKpi'))),
    h('h2', {}, t('case.partners')), partnerList,
    h('p', {}, h('button', { type: 'button', class: 'button', onclick: () => { addPartner({}); changed(); } }, t('case.editor.addPartner'))),
    field('lessonsGood', area('lessonsGood'), 'case.field.lessonsGood'),
    field('lessonsBad', area('lessonsBad'), 'case.field.lessonsBad'),
    h('div', { class: 'form-actions actions' },
      h('button', { type: 'submit', class: 'button button-primary', id: 'save-button' }, t('case.editor.save')),
      h('a', { class: 'button', href: id ? `#/faelle/${id}` : '#/faelle' }, t('case.editor.cancel'))));

  function kpiRows() {
    return [...kpiList.children].map((row) => Object.fromEntries([...row.querySelectorAll('input')].map((i) => [i.dataset.key, i.value])));
  }
  function partnerRows() {
    return [...partnerList.children].map((row) => ({ name: row.querySelector('input[type=text]').value, vendor: row.querySelector('input[type=checkbox]').checked }));
  }
  function renumber(list, labelKey, removeKey) {
    [...list.children].forEach((row, i) => {
      row.setAttribute('aria-label', t(labelKey, { n: i + 1 }));
      row.querySelector('.remove').textContent = t(removeKey, { n: i + 1 });
    });
  }
  function addKpi(k) {
    const n = kpiList.children.length;
    const cell = (key, labelKey, type) => {
      const inputId = `kpi-${n}-${key}-${Date.now() % 100000}`;
      const input = h('input', { id: inputId, type, value: k[key] ?? '', step: type === 'number' ? 'any' : null });
      input.dataset.key = key;
      return h('div', {}, h('label', { for: inputId }, t(labelKey)), input);
    };
    const row = h('fieldset', { class: 'kpi-row', role: 'group' },
      cell('name', 'case.kpi.name', 'text'), cell('unit', 'case.kpi.unit', 'text'),
      cell('baseline', 'case.kpi.baseline', 'number'), cell('target', 'case.kpi.target', 'number'),
      cell('actual', 'case.kpi.actual', 'number'), cell('measuredAt', 'case.kpi.measuredAt', 'date'),
      h('button', { type: 'button', class: 'button remove', onclick: () => { row.remove(); renumber(kpiList, 'case.editor.kpiRow', 'case.editor.removeKpi'); changed(); } }));
    kpiList.append(row);
    renumber(kpiList, 'case.editor.kpiRow', 'case.editor.removeKpi');
  }
  function addPartner(p) {
    const n = `${partnerList.children.length}-${Date.now() % 100000}`;
    const row = h('fieldset', { class: 'partner-row', role: 'group' },
      h('div', {}, h('label', { for: `partner-${n}-name` }, t('case.field.partnerName')), h('input', { id: `partner-${n}-name`, type: 'text', value: p.name ?? '' })),
      h('div', { class: 'field-check' }, h('input', { id: `partner-${n}-vendor`, type: 'checkbox', checked: !!p.vendor }), h('label', { for: `partner-${n}-vendor` }, t('case.vendor'))),
      h('button', { type: 'button', class: 'button remove', onclick: () => { row.remove(); renumber(partnerList, 'case.editor.partnerRow', 'case.editor.removePartner'); changed(); } }));
    partnerList.append(row);
    renumber(partnerList, 'case.editor.partnerRow', 'case.editor.removePartner');
  }
  (values.kpis || []).forEach(addKpi);
  (values.partners || []).forEach(addPartner);

  function snapshot() {
    const v = Object.fromEntries(FIELDS.map((f) => [f, inputs[f].value]));
    // Not editable here (yet), but kept: shares of a RESTRICTED case and the contact person.
    return { ...v, kpis: kpiRows(), partners: partnerRows(), revision: current ? current.revision : null,
      sharedWith: values.sharedWith || [], contactId: values.contactId ?? null };
  }
  function changed() {
    saveDraft(draftKey, snapshot());
  }
  form.addEventListener('input', changed);
  form.addEventListener('change', changed);

  async function showPreview() {
    try {
      const { html } = await post('/api/markdown/preview', { markdown: inputs.body.value });
      const template = document.createElement('template');
      template.innerHTML = html; // sanitized by the server (OWASP policy), as on the case page
      preview.replaceChildren(h('h3', {}, t('case.editor.previewTitle')), template.content);
      preview.hidden = false;
    } catch (e) {
      preview.replaceChildren(h('p', {}, e.detail || e.message));
      preview.hidden = false;
    }
  }

  let busy = false;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (busy) return;
    busy = true;
    clearErrors();
    const save = form.querySelector('#save-button');
    save.textContent = t('case.editor.saving');
    try {
      const body = toRequest(snapshot());
      const saved = current
        ? await put(`/api/cases/${current.id}`, body, { headers: { 'If-Match': `"${current.revision}"` } })
        : await post('/api/cases', body);
      dropDraft(draftKey);
      navigate(`#/faelle/${saved.id}`);
    } catch (e) {
      showError(e);
    } finally {
      busy = false;
      save.textContent = t('case.editor.save');
    }
  });

  function clearErrors() {
    alert.replaceChildren();
    for (const [name, el] of Object.entries(errors)) {
      el.textContent = '';
      inputs[name].removeAttribute('aria-invalid');
      inputs[name].removeAttribute('aria-describedby');
    }
  }
  function showError(e) {
    if (e instanceof ApiError && e.status === 412) {
      alert.append(h('p', {}, t('case.editor.conflict')),
        h('p', {}, h('button', { type: 'button', class: 'button', id: 'reload-button', onclick: () => { dropDraft(draftKey); rerender(); } }, t('case.editor.reload'))));
      alert.querySelector('#reload-button').focus();
      return;
    }
    if (e instanceof ApiError && e.status === 400 && e.errors.length) {
      let first = null;
      for (const err of e.errors) {
        const name = err.field.split(/[.[]/)[0];
        if (!errors[name]) continue;
        errors[name].textContent = err.message;
        inputs[name].setAttribute('aria-invalid', 'true');
        inputs[name].setAttribute('aria-describedby', errors[name].id);
        first = first || inputs[name];
      }
      alert.append(h('p', {}, e.detail || t('case.editor.errors')));
      if (first) first.focus();
      return;
    }
    alert.append(h('p', {}, e instanceof ApiError && e.status === 403 ? t('case.editor.forbidden') : (e.detail || t('case.editor.failed'))));
  }

  mount(container,
    h('h1', { id: 'editor-title' }, current ? t('case.editor.edit', { title: current.title }) : t('case.editor.new')),
    draft && values === draft ? h('p', { class: 'notice', id: 'draft-notice' }, t('case.editor.draftRestored'), ' ',
      h('button', { type: 'button', class: 'button', onclick: () => { dropDraft(draftKey); rerender(); } }, t('case.editor.discardDraft'))) : null,
    alert,
    form,
    uploadSection(current));
}

function uploadSection(current) {
  const section = h('section', { 'aria-labelledby': 'upload-title' }, h('h2', { id: 'upload-title' }, t('case.upload.title')));
  if (!current) return mount(section, h('p', {}, t('case.upload.afterSave')));
  const status = h('p', { role: 'status', id: 'upload-status' });
  const file = h('input', { type: 'file', id: 'upload-file', name: 'file', accept: '.pdf,.docx,.xlsx,.png,.jpg,.jpeg' });
  const list = h('ul', { id: 'upload-list' }, current.attachments.map((a) => h('li', {}, h('a', { href: a.url }, a.fileName))));
  const form = h('form', { class: 'form' },
    h('div', { class: 'field' }, h('label', { for: 'upload-file' }, t('case.upload.file')), file),
    h('button', { type: 'submit', class: 'button', id: 'upload-button' }, t('case.upload.submit')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!file.files.length) return;
    const data = new FormData();
    data.append('file', file.files[0]);
    try {
      const a = await upload(`/api/cases/${current.id}/attachments`, data);
      list.append(h('li', {}, h('a', { href: a.url }, a.fileName)));
      status.textContent = t('case.upload.done', { name: a.fileName });
      file.value = '';
    } catch (e) {
      status.textContent = t('case.upload.failed', { detail: e.detail || e.message });
    }
  });
  return mount(section, list, form, status);
}

function fromCase(c) {
  return {
    title: c.title, summary: c.summary ?? '', topic: c.topic ?? '', phase: c.phase, visibility: c.visibility,
    startDate: c.startDate ?? '', endDate: c.endDate ?? '', budget: c.budget ?? '',
    fundingProgramme: c.fundingProgramme ?? '', fundingRate: c.fundingRate ?? '', tags: (c.tags || []).join(', '),
    body: c.body, lessonsGood: c.lessonsGood ?? '', lessonsBad: c.lessonsBad ?? '',
    kpis: c.kpis, partners: c.partners, sharedWith: (c.sharedWith || []).map((m) => m.id), revision: c.revision,
    contactId: c.contact ? c.contact.id : null,
  };
}

function toRequest(v) {
  const numberOrNull = (s) => (s === '' || s === null || s === undefined ? null : Number(s));
  return {
    title: v.title.trim(), summary: v.summary, body: v.body, topic: v.topic, phase: v.phase,
    visibility: v.visibility, startDate: v.startDate || null, endDate: v.endDate || null,
    budget: numberOrNull(v.budget), fundingProgramme: v.fundingProgramme, fundingRate: numberOrNull(v.fundingRate),
    tags: v.tags.split(',').map((s) => s.trim()).filter(Boolean),
    kpis: v.kpis.filter((k) => k.name && k.name.trim()).map((k) => ({
      name: k.name.trim(), unit: k.unit || null, baseline: numberOrNull(k.baseline), target: numberOrNull(k.target),
      actual: numberOrNull(k.actual), measuredAt: k.measuredAt || null })),
    partners: v.partners.filter((p) => p.name && p.name.trim()),
    sharedWith: v.sharedWith || [], contactId: v.contactId ?? null,
  };
}

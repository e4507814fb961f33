// One case: facts, description, KPI table with a small chart per KPI, lessons,
// partners, attachments, reuse, and the revision history with a diff view.
import { t, formatNumber, formatDate } from '../i18n.js';
import { h, mount } from '../dom.js';
import { get, post, del, ApiError } from '../api.js';
import { navigate } from '../router.js';

const SVG = 'http://www.w3.org/2000/svg';

export async function render(container, id) {
  let c;
  try {
    c = await get(`/api/cases/${encodeURIComponent(id)}`);
  } catch (e) {
    mount(container, h('h1', {}, t('case.notFound')), h('p', {}, t('case.notFoundText')),
      h('p', {}, h('a', { href: '#/faelle' }, t('case.back'))));
    return;
  }
  const status = h('div', { role: 'status', class: 'hint' });
  mount(container,
    h('p', {}, h('a', { href: '#/faelle' }, t('case.back'))),
    h('h1', {}, c.title),
    c.summary ? h('p', { class: 'lead' }, c.summary) : null,
    h('p', {},
      c.status === 'DRAFT' ? h('span', { class: 'badge' }, t('cases.draft')) : null,
      h('span', { class: 'badge' }, t(`cases.visibility.${c.visibility}`)),
      c.kpisStale ? h('span', { class: 'badge badge-warn' }, t('cases.stale')) : null,
      h('span', { class: 'badge' }, t('case.revision', { n: c.revision }))),
    actions(c, status),
    status,
    facts(c),
    h('h2', {}, t('case.description')),
    html('case-body', c.bodyHtml),
    kpis(c),
    h('div', { class: 'lessons' },
      h('section', { class: 'lessons-good', 'aria-labelledby': 'lessons-good' },
        h('h2', { id: 'lessons-good' }, t('case.lessonsGood')), html('case-body', c.lessonsGoodHtml || '<p>–</p>')),
      h('section', { class: 'lessons-bad', 'aria-labelledby': 'lessons-bad' },
        h('h2', { id: 'lessons-bad' }, t('case.lessonsBad')), html('case-body', c.lessonsBadHtml || '<p>–</p>'))),
    partners(c),
    attachments(c),
    reuse(c, status),
    await history(c));
}

/** Server-rendered, server-sanitized HTML (commonmark + OWASP policy); never client input. */
function html(cls, sanitized) {
  const template = document.createElement('template');
  template.innerHTML = sanitized;
  return h('div', { class: cls }, template.content);
}

function actions(c, status) {
  const buttons = [];
  if (c.canEdit) buttons.push(h('a', { class: 'button', href: `#/faelle/${c.id}/bearbeiten` }, t('case.edit')));
  if (c.canPublish) {
    buttons.push(h('button', { type: 'button', class: 'button button-primary', onclick: async () => {
      try {
        await post(`/api/cases/${c.id}/publish`);
        navigate(`#/faelle/${c.id}`);
      } catch (e) {
        status.textContent = e.detail || e.message;
      }
    } }, t('case.publish')));
  }
  if (c.canDelete) {
    buttons.push(h('button', { type: 'button', class: 'button', onclick: async () => {
      if (!window.confirm(t('case.deleteConfirm'))) return;
      try {
        await del(`/api/cases/${c.id}`);
        navigate('#/faelle');
      } catch (e) {
        status.textContent = e.detail || e.message;
      }
    } }, t('case.delete')));
  }
  return buttons.length ? h('div', { class: 'actions' }, buttons) : null;
}

function facts(c) {
  const rows = [
    ['case.municipality', `${c.municipality.name} (${c.municipality.state}, ${formatNumber(c.municipality.population)})`],
    ['case.topic', c.topic ?? '–'],
    ['case.phase', t(`phase.${c.phase}`)],
    ['case.period', [c.startDate, c.endDate].filter(Boolean).map((d) => formatDate(d)).join(' – ') || '–'],
    ['case.budget', c.budget != null ? formatNumber(c.budget, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }) : '–'],
    ['case.funding', [c.fundingProgramme, c.fundingRate != null ? `${formatNumber(c.fundingRate)} %` : null].filter(Boolean).join(', ') || '–'],
    ['case.contact', c.contact ? c.contact.displayName : '–'],
    ['case.author', c.author ? c.author.displayName + (c.author.affiliation ? ` (${c.author.affiliation})` : '') : '–'],
    ['case.tags', (c.tags || []).join(', ') || '–'],
  ];
  return h('section', { 'aria-labelledby': 'facts' }, h('h2', { id: 'facts' }, t('case.facts')),
    h('dl', {}, rows.flatMap(([k, v]) => [h('dt', {}, t(k)), h('dd', {}, v)])));
}

function num(v) {
  return v === null || v === undefined ? '–' : formatNumber(v);
}

function kpis(c) {
  const section = h('section', { 'aria-labelledby': 'kpis' }, h('h2', { id: 'kpis' }, t('case.kpis')));
  if (c.kpisStale) section.append(h('p', { class: 'notice-warn' }, t('case.kpi.staleNote')));
  if (!c.kpis.length) return mount(section, h('p', {}, t('case.kpi.none')));
  const head = ['case.kpi.name', 'case.kpi.unit', 'case.kpi.baseline', 'case.kpi.target', 'case.kpi.actual',
    'case.kpi.measuredAt', 'case.kpi.chart'].map((k) => h('th', { scope: 'col' }, t(k)));
  const body = c.kpis.map((k) => h('tr', {},
    h('th', { scope: 'row' }, k.name), h('td', {}, k.unit ?? ''), h('td', {}, num(k.baseline)),
    h('td', {}, num(k.target)), h('td', {}, num(k.actual)),
    h('td', {}, k.measuredAt ? formatDate(k.measuredAt) : '–'), h('td', {}, chart(k))));
  return mount(section, h('table', { class: 'kpi-table' }, h('thead', {}, h('tr', {}, head)), h('tbody', {}, body)));
}

/** Three bars (baseline, target, actual) built with DOM APIs; the text alternative names the values. */
function chart(k) {
  const values = [['baseline', k.baseline], ['target', k.target], ['actual', k.actual]];
  const max = Math.max(1, ...values.map(([, v]) => Math.abs(Number(v) || 0)));
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'kpi-chart');
  svg.setAttribute('width', '160');
  svg.setAttribute('height', '48');
  svg.setAttribute('viewBox', '0 0 160 48');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', t('case.kpi.chartAlt', { name: k.name, baseline: num(k.baseline), target: num(k.target), actual: num(k.actual) }));
  values.forEach(([name, v], i) => {
    const width = v === null || v === undefined ? 0 : Math.round((Math.abs(Number(v)) / max) * 110);
    const rect = document.createElementNS(SVG, 'rect');
    rect.setAttribute('class', `bar-${name}`);
    rect.setAttribute('x', '0');
    rect.setAttribute('y', String(i * 16 + 2));
    rect.setAttribute('width', String(width));
    rect.setAttribute('height', '12');
    const label = document.createElementNS(SVG, 'text');
    label.setAttribute('x', String(width + 4));
    label.setAttribute('y', String(i * 16 + 12));
    label.setAttribute('aria-hidden', 'true');
    label.textContent = num(v);
    svg.append(rect, label);
  });
  return svg;
}

function partners(c) {
  if (!c.partners.length) return null;
  return h('section', { 'aria-labelledby': 'partners' }, h('h2', { id: 'partners' }, t('case.partners')),
    h('ul', {}, c.partners.map((p) => h('li', {}, p.name, ' ', p.vendor ? h('span', { class: 'badge badge-vendor' }, t('case.vendor')) : null))));
}

function attachments(c) {
  return h('section', { 'aria-labelledby': 'attachments' }, h('h2', { id: 'attachments' }, t('case.attachments')),
    c.attachments.length === 0 ? h('p', {}, t('case.noAttachments'))
      : h('ul', { class: 'attachment-list' }, c.attachments.map((a) => h('li', {},
        h('a', { href: a.url, download: a.fileName }, a.fileName), ` (${formatNumber(Math.ceil(a.size / 1024))} KB)`))));
}

function reuse(c, status) {
  const section = h('section', { 'aria-labelledby': 'reuse' }, h('h2', { id: 'reuse' }, t('case.reuse')),
    h('p', {}, t('case.reuseCount', { n: c.adoptionCount })));
  if (c.adoptions.length) {
    section.append(h('ul', {}, c.adoptions.map((a) => h('li', {}, `${a.municipality.name}: ${a.stageLabel}`, a.note ? ` – ${a.note}` : ''))));
  }
  if (c.adoptsFrom.length) {
    section.append(h('h3', {}, t('case.adoptsFrom')),
      h('ul', {}, c.adoptsFrom.map((a) => h('li', {}, h('a', { href: `#/faelle/${a.caseId}` }, a.caseTitle), ` (${a.stageLabel})`))));
  }
  if (c.canAdopt) {
    const stages = ['interessiert', 'in Prüfung', 'in Umsetzung', 'übernommen', 'angepasst'];
    const stage = h('select', { id: 'adopt-stage' }, stages.map((s) => h('option', { value: s }, s)));
    const note = h('input', { id: 'adopt-note', type: 'text', maxlength: '2000' });
    const form = h('form', { class: 'form' },
      h('div', { class: 'field' }, h('label', { for: 'adopt-stage' }, t('case.adopt.stage')), stage),
      h('div', { class: 'field' }, h('label', { for: 'adopt-note' }, t('case.adopt.note')), note),
      h('button', { type: 'submit', class: 'button' }, t('case.adopt')));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      try {
        await post(`/api/cases/${c.id}/adoptions`, { stage: stage.value, note: note.value });
        status.textContent = t('case.adopt.done');
      } catch (e) {
        status.textContent = e instanceof ApiError ? (e.detail || e.title) : String(e);
      }
    });
    section.append(h('h3', {}, t('case.adopt')), form);
  }
  return section;
}

async function history(c) {
  const revisions = await get(`/api/cases/${c.id}/revisions`).catch(() => []);
  const out = h('div', { 'aria-live': 'polite' });
  const items = revisions.map((r) => h('li', {},
    `${t('case.revision', { n: r.number })} · ${formatDate(r.at, { dateStyle: 'medium', timeStyle: 'short' })} · ${r.author ? r.author.displayName : ''} · ${r.changed.join(', ')} `,
    r.number > 1 ? h('button', { type: 'button', class: 'button', onclick: () => showDiff(c.id, r.number - 1, r.number, out) },
      t('case.showDiff', { n: r.number - 1 })) : null));
  return h('section', { 'aria-labelledby': 'history' }, h('h2', { id: 'history' }, t('case.history')), h('ul', {}, items), out);
}

async function showDiff(id, a, b, out) {
  const diff = await get(`/api/cases/${id}/revisions/${a}/diff/${b}`);
  out.replaceChildren(h('h3', { tabindex: '-1', id: 'diff-title' }, t('case.diffTitle', { a, b })),
    ...diff.changes.map((ch) => h('div', {},
      h('h4', {}, ch.field),
      ch.kind === 'text'
        ? h('div', { class: 'diff' }, ch.lines.map((l) => h(l.op === '+' ? 'ins' : l.op === '-' ? 'del' : 'span',
          { class: l.op === '+' ? 'add' : l.op === '-' ? 'del' : 'same' }, `${l.op === '=' ? ' ' : l.op} ${l.text}`)))
        : h('p', {}, `${t('case.diffBefore')}: ${ch.before ?? '–'} → ${t('case.diffAfter')}: ${ch.after ?? '–'}`))));
  out.querySelector('#diff-title').focus();
}

// « Importer un REAC » (issue 13): upload the REAC (progress shown) → POST /api/titles/reac-imports → the draft as a
// tree with its warnings → the admin fills in what is missing → POST /api/titles (same validation as any référentiel
// file). Everything read from the document is put in the page as text (textContent), never as HTML.
import {byId as $, el, show} from './lib/dom.js';
import {ProblemError, SESSION_EXPIRED, jsonOf, problemText, send} from './lib/http.js';

const form = $('reac-form');
if (form) {
  start();
}

function start() {
  const fileInput = $('reac-file');
  const formError = $('reac-file-error');
  const progress = $('reac-progress');
  const bar = $('reac-progress-bar');
  const progressText = $('reac-progress-text');
  let draft = null;


  function upload(file) {
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', '/api/titles/reac-imports');
      const pdf = file.type === 'application/pdf' || /\.pdf$/i.test(file.name);
      xhr.setRequestHeader('Content-Type', pdf ? 'application/pdf' : 'text/plain; charset=UTF-8');
      xhr.setRequestHeader('Accept', 'application/json');
      xhr.upload.onprogress = (e) => {
        if (e.lengthComputable) {
          bar.value = Math.round(100 * e.loaded / e.total);
          progressText.textContent = 'Envoi : ' + bar.value + ' %';
        }
      };
      xhr.upload.onload = () => { bar.value = 100; progressText.textContent = 'Fichier envoyé, lecture du REAC…'; };
      xhr.onerror = () => reject(new Error('Le serveur ne répond pas : réessayez.'));
      xhr.onload = () => {
        let body = null;
        try { body = JSON.parse(xhr.responseText); } catch (e) { body = null; }
        if (xhr.status === 200 && body) resolve(body);
        else if (!body) reject(new Error(SESSION_EXPIRED));
        else reject(new ProblemError(problemText(body, {fields: true}), body, xhr.status));
      };
      xhr.send(file);
    });
  }

  /** The tree node a warning concerns: « compétence 3, critère 2 » → comp-3-crit-2. */
  function nodeId(where) {
    let m = /^compétence transversale (\d+)(?:, critère (\d+))?/.exec(where);
    if (m) return 'transv-' + m[1] + (m[2] ? '-crit-' + m[2] : '');
    m = /^compétence (\d+)(?:, critère (\d+))?/.exec(where);
    if (m) return 'comp-' + m[1] + (m[2] ? '-crit-' + m[2] : '');
    m = /^CCP (\d+)/.exec(where);
    return m ? 'ccp-' + m[1] : null;
  }

  function competencyNode(c, id) {
    const li = el('li', {class: 'competency'});
    li.id = id;
    li.appendChild(el('strong', {text: (c.number ? 'Compétence ' + c.number + ' – ' : '') + c.name}));
    const details = el('details');
    details.appendChild(el('summary', {text: 'Description'}));
    (c.description || '').split('\n\n').forEach(p => details.appendChild(el('p', {text: p})));
    li.appendChild(details);
    const ol = el('ol');
    (c.criteria || []).forEach((k, i) => { const item = el('li', {id: id + '-crit-' + (i + 1), text: k}); ol.appendChild(item); });
    li.appendChild(ol);
    return li;
  }

  function block(title, id, competencies, idOf) {
    const section = el('section', {class: 'ccp'});
    if (id) section.id = id;
    section.appendChild(el('h4', {text: title}));
    const ul = el('ul');
    competencies.forEach((c, i) => ul.appendChild(competencyNode(c, idOf(c, i))));
    section.appendChild(ul);
    return section;
  }

  function renderTree(d, warnings) {
    const tree = $('draft-tree');
    tree.replaceChildren();
    d.ccps.forEach(ccp => tree.appendChild(block('CCP ' + ccp.number + ' – ' + ccp.name, 'ccp-' + ccp.number,
      ccp.competencies, c => 'comp-' + c.number)));
    tree.appendChild(block('Compétences transversales', null, d.transversalCompetencies, (c, i) => 'transv-' + (i + 1)));
    if (d.transversalCompetencies.length === 0) tree.lastChild.appendChild(el('p', {class: 'muted', text: 'Aucune.'}));
    d.ccs.forEach((ccs, i) => tree.appendChild(block('CCS ' + (i + 1) + ' – ' + ccs.name, 'ccs-' + (i + 1),
      ccs.competencies, c => 'comp-' + c.number)));
    warnings.forEach(w => {
      const id = nodeId(w.where);
      const node = id && document.getElementById(id);
      if (node) {
        node.classList.add('reac-warn');
        node.appendChild(el('p', {class: 'reac-warn-text', text: '⚠ ' + w.message}));
      }
    });
  }

  function renderWarnings(warnings) {
    const body = document.querySelector('#warnings-table tbody');
    body.replaceChildren();
    warnings.forEach(w => {
      const row = body.insertRow();
      [w.where, w.line || '', w.message].forEach(v => row.insertCell().textContent = String(v));
    });
    $('warning-count').textContent = String(warnings.length);
    show($('warnings-block'), warnings.length > 0);
  }

  function set(name, value) { const f = $('f-' + name); if (f && value != null) f.value = value; }

  function renderForm(d, missing) {
    ['code', 'acronym', 'name', 'version', 'level', 'eqfLevel', 'validFrom', 'validUntil', 'status', 'rncp',
      'specialityDecree'].forEach(n => set(n, d[n]));
    if (d.nsfCodes && d.nsfCodes.length) { set('nsfCode', d.nsfCodes[0].code); set('nsfLabel', d.nsfCodes[0].label); }
    $('missing-text').textContent = missing.length
      ? 'Le REAC ne donne pas : ' + missing.join(', ') + '.' : 'Le REAC donne tous les champs obligatoires.';
    const options = $('kind-options').innerHTML;
    const box = $('assessments');
    box.replaceChildren();
    d.ccps.forEach(ccp => {
      const row = el('div', {class: 'field inline-form'});
      const label = el('label', {text: 'CCP ' + ccp.number + ' – ' + ccp.name});
      label.htmlFor = 'kind-' + ccp.number;
      const select = el('select');
      select.id = 'kind-' + ccp.number;
      select.innerHTML = options;
      const minutes = el('input');
      minutes.type = 'number'; minutes.min = '1'; minutes.id = 'minutes-' + ccp.number; minutes.value = '180';
      minutes.setAttribute('aria-label', 'Durée en minutes, CCP ' + ccp.number);
      row.append(label, select, minutes, el('span', {class: 'muted', text: 'minutes'}));
      box.appendChild(row);
    });
    const codes = $('ccs-codes');
    codes.replaceChildren();
    d.ccs.forEach((ccs, i) => {
      const row = el('div', {class: 'field'});
      const label = el('label', {text: 'Code du CCS « ' + ccs.name + ' »'});
      label.htmlFor = 'ccs-code-' + i;
      const input = el('input');
      input.id = 'ccs-code-' + i;
      input.value = ccs.code || '';
      row.append(label, input);
      codes.appendChild(row);
    });
  }

  function value(name) { const v = $('f-' + name).value.trim(); return v === '' ? null : v; }
  function number(name) { const v = value(name); return v == null ? null : Number(v); }

  function referential() {
    const nsfCode = value('nsfCode');
    const nsf = nsfCode == null ? [] : [{code: nsfCode, label: value('nsfLabel')}];
    return {
      code: value('code'), acronym: value('acronym'), name: value('name'), level: number('level'),
      eqfLevel: number('eqfLevel'), nsfCodes: nsf, romeCodes: draft.romeCodes, version: value('version'),
      rncp: value('rncp'), validFrom: value('validFrom'), validUntil: value('validUntil'), status: value('status'),
      closedOn: null, source: draft.source, specialityDecree: value('specialityDecree'),
      ccps: draft.ccps.map(ccp => Object.assign({}, ccp, {assessments: [{
        kind: $('kind-' + ccp.number).value, minutes: Number($('minutes-' + ccp.number).value)}]})),
      transversalCompetencies: draft.transversalCompetencies,
      ccs: draft.ccs.map((ccs, i) => Object.assign({}, ccs, {code: $('ccs-code-' + i).value.trim() || null}))
    };
  }

  async function save(event) {
    event.preventDefault();
    const errors = $('save-errors');
    show(errors, false);
    const response = await send('/api/titles', {method: 'POST', json: referential()});
    const body = await jsonOf(response);
    if (!response.ok) {
      errors.replaceChildren(el('p', {text: body ? body.detail || body.title : 'Votre session a peut-être expiré.'}));
      const list = el('ul');
      ((body && body.errors) || []).forEach(e => list.appendChild(el('li', {text: (e.field ? e.field + ' : ' : '') + e.message})));
      errors.appendChild(list);
      show(errors, true);
      return;
    }
    $('saved-text').textContent = body.message + ' ' + body.code + ', millésime ' + body.version + ' : ' + body.ccps
      + ' CCP, ' + body.competencies + ' compétences, ' + body.criteria + ' critères.';
    $('saved-link').href = '/titles/' + encodeURIComponent(body.code) + '?version=' + encodeURIComponent(body.version);
    show($('saved'), true);
    show($('complete'), false);
  }

  $('reac-read').disabled = false;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    show(formError, false);
    fileInput.removeAttribute('aria-invalid');
    const file = fileInput.files[0];
    if (!file) { formError.textContent = 'Choisissez le fichier du REAC.'; show(formError, true);
      fileInput.setAttribute('aria-invalid', 'true'); return; }
    bar.value = 0;
    progressText.textContent = 'Envoi : 0 %';
    show(progress, true);
    try {
      const result = await upload(file);
      draft = result.draft;
      progressText.textContent = 'REAC lu.';
      $('review-summary').textContent = draft.ccps.length + ' CCP, '
        + draft.ccps.reduce((n, c) => n + c.competencies.length, 0) + ' compétences, '
        + draft.ccps.reduce((n, c) => n + c.competencies.reduce((m, k) => m + k.criteria.length, 0), 0)
        + ' critères, ' + draft.transversalCompetencies.length + ' compétence(s) transversale(s), '
        + draft.ccs.length + ' CCS.';
      renderWarnings(result.warnings);
      renderTree(draft, result.warnings);
      renderForm(draft, result.missing);
      show($('review'), true);
      show($('complete'), true);
      show($('saved'), false);
    } catch (e) {
      show(progress, false);
      formError.textContent = e.message;
      show(formError, true);
      fileInput.setAttribute('aria-invalid', 'true');
    }
  });
  $('save-form').addEventListener('submit', save);
}

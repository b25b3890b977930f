/*
 * titrepro — the juror's grid, tablet-first and offline-tolerant.
 *
 * Every change (a score, an observation, a proposed decision) is put in a queue kept in localStorage, then sent to
 * the API one at a time, in order, with the version it was based on. When the network drops, the queue waits and
 * is replayed when it comes back (or when the page is opened again): nothing is lost by a reload. A save refused
 * because the line changed elsewhere (409) becomes a visible conflict for that line, which the juror settles.
 * States per line: "Enregistré" (saved), "En attente" (pending), "Conflit" (conflict), "Refusé", "À noter".
 * The dossier professionnel and the ECF results are evidence the jury consults: « Consulté » / « Non consulté » and an
 * observation, no score buttons, never required to hand the grid in (fiche TP-00496 l. 104-108).
 */
(function () {
  'use strict';

  const app = document.getElementById('grid-app');
  if (!app) {
    return;
  }
  const sessionId = app.dataset.session;
  const enrolmentId = app.dataset.enrolment;
  const user = app.dataset.user;
  const prefix = 'titrepro.scoring.' + user + '.';
  const gridsUrl = '/api/sessions/' + sessionId + '/enrolments/' + enrolmentId + '/grids';

  const SCORE_LABELS = {MET: 'Atteint', NOT_MET: 'Non atteint', NOT_OBSERVED: 'Non observé'};
  const EVIDENCE_LABELS = {MET: 'Concluant', NOT_MET: 'Non concluant', NOT_OBSERVED: 'Non réalisé'};
  const VERDICTS = {ACQUIRED: 'Acquise', NOT_ACQUIRED: 'Non acquise'};
  const CCP_VERDICTS = {ACQUIRED: 'Acquis', NOT_ACQUIRED: 'Non acquis'};
  const CONSULT_LABELS = {true: 'Consulté', false: 'Non consulté'};
  const STATE_LABELS = {
    saved: 'Enregistré', pending: 'En attente', conflict: 'Conflit', error: 'Refusé', empty: 'À noter',
    incomplete: 'Observation obligatoire'
  };

  // ------------------------------------------------------------------ storage (per juror, survives reloads)
  function load(name, fallback) {
    try {
      const raw = localStorage.getItem(prefix + name);
      return raw ? JSON.parse(raw) : fallback;
    } catch (e) {
      return fallback;
    }
  }

  function store(name, value) {
    try {
      localStorage.setItem(prefix + name, JSON.stringify(value));
    } catch (e) {
      // storage full or refused: the queue stays in memory for this page
    }
  }

  /** Pending changes, oldest first: {op, kind, gridId, targetId, body, baseVersion}. */
  let queue = load('queue', []);
  /** Lines whose save met a newer version: target → {mine, theirs, kind, gridId, targetId}. */
  let conflicts = load('conflicts', {});
  /** Lines being typed but not sendable yet (NOT_MET without observation): target → {value, observation}. */
  let drafts = load('drafts', {});
  /** Refusals the juror must see (400/403/404/422): target → message. */
  const refusals = {};

  function saveQueue() {
    store('queue', queue);
    store('conflicts', conflicts);
    store('drafts', drafts);
  }

  // ------------------------------------------------------------------ model
  let data = null;          // GET …/grids answer
  const targets = {};       // target key → {kind, gridId, id, server:{…}, section, grid}
  let current = {grid: 0, section: 0};

  function targetKey(kind, id) {
    return kind + ':' + id;
  }

  function index(grids) {
    for (const g of grids) {
      targets[targetKey('grid', g.id)] = {
        kind: 'grid', gridId: g.id, id: g.id, grid: g,
        server: {decision: g.proposedDecision, version: g.version}
      };
      for (const s of g.sections) {
        if (s.competency) {
          targets[targetKey('competency', s.id)] = {
            kind: 'competency', gridId: g.id, id: s.id, grid: g, section: s,
            server: {decision: s.proposedDecision, version: s.version}
          };
        }
        for (const c of s.criteria) {
          if (s.consulted) {
            targets[targetKey('consult', c.id)] = {
              kind: 'consult', gridId: g.id, id: c.id, grid: g, section: s, criterion: c,
              server: {consulted: c.consulted, observation: c.observation, version: c.version,
                updatedBy: c.updatedBy, updatedAt: c.updatedAt}
            };
            continue;
          }
          targets[targetKey('score', c.id)] = {
            kind: 'score', gridId: g.id, id: c.id, grid: g, section: s, criterion: c,
            server: {value: c.value, observation: c.observation, version: c.version,
              updatedBy: c.updatedBy, updatedAt: c.updatedAt}
          };
        }
      }
    }
  }

  /** What the juror sees for a target: the last queued change, else the conflict's own side, else the server. */
  function shown(key) {
    for (let i = queue.length - 1; i >= 0; i--) {
      if (queue[i].key === key) {
        return queue[i].body;
      }
    }
    if (drafts[key]) {
      return drafts[key];
    }
    if (conflicts[key]) {
      return conflicts[key].mine;
    }
    const t = targets[key];
    return t ? t.server : {};
  }

  function stateOf(key) {
    if (conflicts[key]) {
      return 'conflict';
    }
    if (queue.some(op => op.key === key)) {
      return 'pending';
    }
    if (drafts[key]) {
      return 'incomplete';
    }
    if (refusals[key]) {
      return 'error';
    }
    const t = targets[key];
    if (t && t.kind === 'consult') {
      return t.server.consulted === true || t.server.consulted === false ? 'saved' : 'empty';
    }
    const value = t && (t.kind === 'score' ? t.server.value : t.server.decision);
    return value ? 'saved' : 'empty';
  }

  function readOnly(gridId) {
    const t = targets[targetKey('grid', gridId)];
    return !t || t.grid.status === 'SUBMITTED';
  }

  // ------------------------------------------------------------------ queue and replay
  function enqueue(kind, target, body) {
    const key = targetKey(kind, target.id);
    delete refusals[key];
    delete conflicts[key]; // a new choice settles a conflict in favour of what the juror just entered
    const last = queue[queue.length - 1];
    if (last && last.key === key && last.op !== inFlight) {
      last.body = body; // the same line edited again before anything else: one save
    } else {
      const base = queue.filter(op => op.key === key).length ? null : target.server.version;
      queue.push({op: uid(), key: key, kind: kind, gridId: target.gridId, targetId: target.id, body: body,
        baseVersion: base});
    }
    saveQueue();
    refresh(key);
    flush();
  }

  function uid() {
    return Date.now().toString(36) + Math.random().toString(36).slice(2, 8);
  }

  function urlOf(op) {
    switch (op.kind) {
      case 'score':
        return '/api/grids/' + op.gridId + '/criteria/' + op.targetId;
      case 'consult':
        return '/api/grids/' + op.gridId + '/criteria/' + op.targetId + '/consultation';
      case 'competency':
        return '/api/grids/' + op.gridId + '/competencies/' + op.targetId + '/proposal';
      default:
        return '/api/grids/' + op.gridId + '/proposal';
    }
  }

  let inFlight = null;
  let flushing = false;
  let retryTimer = null;
  let retryDelay = 2000;
  let network = 'online';   // online | offline | auth
  let networkMessage = '';

  async function flush() {
    if (flushing) {
      return;
    }
    flushing = true;
    try {
      if (!queue.length && network === 'offline') {
        await probe();
      }
      while (queue.length) {
        const op = queue[0];
        const t = targets[op.key];
        const base = op.baseVersion == null ? (t ? t.server.version : 0) : op.baseVersion;
        inFlight = op.op;
        showNetwork();
        let res;
        try {
          res = await fetch(urlOf(op), {
            method: 'PUT', redirect: 'manual', credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
            body: JSON.stringify(Object.assign({}, op.body, {baseVersion: base}))
          });
        } catch (e) {
          return offline('Hors ligne');
        }
        if (res.type === 'opaqueredirect' || res.status === 401) {
          return offline('Session expirée : reconnectez-vous (vos saisies restent sur cet appareil)', 'auth');
        }
        if (res.status >= 500 || res.status === 0 || res.status === 429) {
          return offline('Serveur indisponible');
        }
        let body = {};
        try {
          body = await res.json();
        } catch (e) {
          return offline('Réponse illisible');
        }
        queue.shift();
        if (res.ok) {
          accept(op, body);
        } else if (res.status === 409 && body.current) {
          conflict(op, body.current);
        } else {
          refuse(op, body);
        }
        saveQueue();
        refresh(op.key);
        network = 'online';
        retryDelay = 2000;
      }
    } finally {
      inFlight = null;
      flushing = false;
      showNetwork();
    }
  }

  /** Is the server reachable again? (nothing queued to find out with) */
  async function probe() {
    try {
      const res = await fetch(gridsUrl, {redirect: 'manual', credentials: 'same-origin',
        headers: {'Accept': 'application/json'}});
      if (res.ok) {
        network = 'online';
        retryDelay = 2000;
      } else {
        offline(res.type === 'opaqueredirect' ? 'Session expirée : reconnectez-vous' : 'Serveur indisponible',
          res.type === 'opaqueredirect' ? 'auth' : 'offline');
      }
    } catch (e) {
      offline('Hors ligne');
    }
  }

  function accept(op, state) {
    const t = targets[op.key];
    if (t) {
      t.server = serverState(op.kind, state);
      // keep the copy of the grids on this device up to date, for a page opened without network
      const target = t.kind === 'score' || t.kind === 'consult' ? t.criterion
        : (t.kind === 'competency' ? t.section : t.grid);
      if (t.kind === 'score') {
        Object.assign(target, {value: state.value, observation: state.observation, version: state.version});
      } else if (t.kind === 'consult') {
        Object.assign(target, {consulted: state.consulted, observation: state.observation, version: state.version});
      } else {
        Object.assign(target, {proposedDecision: state.decision, version: state.version});
      }
      store('grids.' + enrolmentId, data);
    }
    // the later changes of the same line were made on top of this one
    queue.filter(o => o.key === op.key).forEach(o => o.baseVersion = state.version);
  }

  /** What the server holds for a target, from a save's answer or a 409's current state. */
  function serverState(kind, state) {
    if (kind === 'score') {
      return {value: state.value, observation: state.observation, version: state.version,
        updatedBy: state.updatedBy, updatedAt: state.updatedAt};
    }
    if (kind === 'consult') {
      return {consulted: state.consulted, observation: state.observation, version: state.version,
        updatedBy: state.updatedBy, updatedAt: state.updatedAt};
    }
    return {decision: state.decision, version: state.version};
  }

  function conflict(op, theirs) {
    const t = targets[op.key];
    const later = queue.filter(o => o.key === op.key);
    const mine = later.length ? later[later.length - 1].body : op.body;
    queue = queue.filter(o => o.key !== op.key);
    if (t) {
      t.server = serverState(op.kind, theirs);
    }
    conflicts[op.key] = {mine: mine, theirs: t ? t.server : theirs, kind: op.kind};
  }

  function refuse(op, problem) {
    const message = (problem.errors && problem.errors.length ? problem.errors[0].message : problem.detail)
      || 'Enregistrement refusé.';
    refusals[op.key] = message;
    queue = queue.filter(o => o.key !== op.key);
  }

  function offline(message, kind) {
    network = kind || 'offline';
    networkMessage = message;
    showNetwork();
    clearTimeout(retryTimer);
    if (network !== 'auth') {
      retryTimer = setTimeout(flush, retryDelay);
      retryDelay = Math.min(retryDelay * 2, 10000);
    }
  }

  window.addEventListener('online', () => {
    if (network === 'offline') {
      network = 'online';
    }
    retryDelay = 2000;
    clearTimeout(retryTimer);
    flush();
  });
  window.addEventListener('offline', () => offline('Hors ligne'));

  function showNetwork() {
    const box = app.querySelector('.sc-net');
    const pending = queue.length;
    const conflictCount = Object.keys(conflicts).length;
    let text;
    if (network === 'online') {
      text = inFlight ? 'Enregistrement…' : (pending ? 'En ligne' : 'En ligne · tout est enregistré');
    } else {
      text = networkMessage || 'Hors ligne';
    }
    box.dataset.state = network === 'online' ? (pending ? 'saving' : 'online') : network;
    box.querySelector('.sc-net-state').textContent = text;
    const parts = [];
    if (pending) {
      parts.push(pending + ' modification' + (pending > 1 ? 's' : '') + ' en attente');
    }
    if (conflictCount) {
      parts.push(conflictCount + ' conflit' + (conflictCount > 1 ? 's' : '') + ' à régler');
    }
    box.querySelector('.sc-net-pending').textContent = parts.join(' · ');
    updateSubmit();
  }

  // ------------------------------------------------------------------ rendering
  function el(tag, attrs, children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) {
        continue;
      }
      if (k === 'text') {
        e.textContent = v;
      } else if (k.startsWith('on')) {
        e.addEventListener(k.slice(2), v);
      } else {
        e.setAttribute(k, v === true ? '' : v);
      }
    }
    (children || []).forEach(c => c && e.appendChild(c));
    return e;
  }

  /** The scored lines only: the consulted evidence (DP, ECF) is never required. */
  function progress(g) {
    let done = 0;
    let total = 0;
    for (const s of g.sections.filter(x => !x.consulted)) {
      for (const c of s.criteria) {
        total++;
        if (shown(targetKey('score', c.id)).value) {
          done++;
        }
      }
    }
    return {done, total};
  }

  function sectionProgress(s) {
    const done = s.consulted
      ? s.criteria.filter(c => typeof shown(targetKey('consult', c.id)).consulted === 'boolean').length
      : s.criteria.filter(c => shown(targetKey('score', c.id)).value).length;
    return {done, total: s.criteria.length};
  }

  function renderParts() {
    const nav = app.querySelector('.sc-parts');
    nav.replaceChildren();
    nav.setAttribute('role', 'tablist');
    data.grids.forEach((g, i) => {
      const p = progress(g);
      nav.appendChild(el('button', {
        type: 'button', role: 'tab', class: 'sc-part', 'aria-selected': String(i === current.grid),
        'data-part': g.partKey, onclick: () => go(i, 0)
      }, [
        el('span', {class: 'sc-part-title', text: 'CCP ' + (g.ccpNumber || '') + (g.status === 'SUBMITTED' ? ' · soumise' : '')}),
        el('span', {class: 'sc-part-progress', text: p.done + '/' + p.total}),
        el('progress', {max: p.total, value: p.done, 'aria-hidden': 'true'})
      ]));
    });
  }

  function renderSectionList() {
    const g = data.grids[current.grid];
    const nav = app.querySelector('.sc-sections');
    nav.replaceChildren();
    const list = el('ol');
    g.sections.forEach((s, i) => {
      const p = sectionProgress(s);
      list.appendChild(el('li', {}, [el('button', {
        type: 'button', class: 'sc-section-link' + (i === current.section ? ' current' : '')
          + (p.done === p.total ? ' done' : ''),
        'aria-current': i === current.section ? 'step' : null, onclick: () => go(current.grid, i)
      }, [el('span', {text: s.key}), el('span', {class: 'sc-section-count', text: p.done + '/' + p.total})])]));
    });
    const end = el('button', {
      type: 'button', class: 'sc-section-link' + (current.section === g.sections.length ? ' current' : ''),
      onclick: () => go(current.grid, g.sections.length)
    }, [el('span', {text: 'Soumettre'})]);
    list.appendChild(el('li', {}, [end]));
    nav.appendChild(list);
  }

  function go(grid, section) {
    current = {grid, section};
    sessionStorage.setItem(prefix + 'position.' + enrolmentId, JSON.stringify(current));
    renderAll();
    const heading = app.querySelector('.sc-section h2');
    if (heading) {
      heading.focus();
    }
  }

  function renderAll() {
    renderParts();
    renderSectionList();
    const g = data.grids[current.grid];
    if (current.section >= g.sections.length) {
      renderSubmit(g);
    } else {
      renderSection(g, g.sections[current.section]);
    }
    showNetwork();
  }

  function renderSection(g, s) {
    const box = app.querySelector('.sc-section');
    box.replaceChildren();
    box.appendChild(el('p', {class: 'sc-kind muted', text: s.kindLabel + ' · ' + g.title}));
    box.appendChild(el('h2', {tabindex: '-1', text: s.title}));
    if (s.description) {
      box.appendChild(el('details', {}, [el('summary', {text: 'Description'}),
        el('p', {class: 'sc-description', text: s.description})]));
    }
    if (s.consulted) {
      box.appendChild(el('p', {class: 'sc-consulted-note muted', text: 'Élément consulté par le jury : il éclaire '
          + 'la décision sur le CCP, prise au vu des épreuves ; il ne se note pas et n\'est pas exigé pour soumettre.'}));
    }
    const list = el('ol', {class: 'sc-criteria'});
    for (const c of s.criteria) {
      list.appendChild(s.consulted ? renderConsulted(g, c) : renderCriterion(g, s, c));
    }
    box.appendChild(list);
    if (s.competency) {
      box.appendChild(renderProposal('competency', targets[targetKey('competency', s.id)],
        'Décision proposée pour la compétence'));
    }
    box.appendChild(el('div', {class: 'sc-step'}, [
      el('button', {
        type: 'button', class: 'btn btn-light btn-big', disabled: current.section === 0 ? true : null,
        onclick: () => go(current.grid, current.section - 1)
      }, [document.createTextNode('← Précédent')]),
      el('button', {
        type: 'button', class: 'btn btn-big', onclick: () => go(current.grid, current.section + 1)
      }, [document.createTextNode('Suivant →')])
    ]));
  }

  function renderCriterion(g, s, c) {
    const key = targetKey('score', c.id);
    const labels = s.competency ? SCORE_LABELS : EVIDENCE_LABELS;
    const locked = readOnly(g.id);
    const li = el('li', {class: 'sc-criterion', 'data-id': c.id, 'data-key': c.key});
    li.appendChild(el('p', {class: 'sc-text', id: 'text-' + c.id, text: c.text}));
    const group = el('div', {class: 'sc-choices', role: 'radiogroup', 'aria-labelledby': 'text-' + c.id});
    for (const value of Object.keys(labels)) {
      group.appendChild(el('button', {
        type: 'button', role: 'radio', class: 'sc-choice sc-' + value, 'data-value': value,
        disabled: locked ? true : null, onclick: () => choose(c, value), onkeydown: arrows
      }, [document.createTextNode(labels[value])]));
    }
    li.appendChild(group);
    const area = el('textarea', {
      id: 'obs-' + c.id, rows: '2', maxlength: '2000', disabled: locked ? true : null,
      placeholder: 'Observation (obligatoire si « ' + labels.NOT_MET.toLowerCase() + ' »)',
      oninput: () => observe(c, area.value, false), onchange: () => observe(c, area.value, true)
    });
    li.appendChild(el('label', {class: 'sc-obs-label', for: 'obs-' + c.id, text: 'Observation'}));
    li.appendChild(area);
    li.appendChild(el('p', {class: 'sc-state', 'aria-live': 'polite'}));
    li.appendChild(el('div', {class: 'sc-conflict', hidden: true}));
    paint(li, key);
    return li;
  }

  /** Evidence the jury consults: « Consulté » / « Non consulté » and an optional observation, no score buttons. */
  function renderConsulted(g, c) {
    const key = targetKey('consult', c.id);
    const locked = readOnly(g.id);
    const li = el('li', {class: 'sc-criterion sc-consulted', 'data-id': c.id, 'data-key': c.key,
      'data-target': key});
    li.appendChild(el('p', {class: 'sc-text', id: 'text-' + c.id, text: c.text}));
    const group = el('div', {class: 'sc-choices', role: 'radiogroup', 'aria-labelledby': 'text-' + c.id});
    for (const value of ['true', 'false']) {
      group.appendChild(el('button', {
        type: 'button', role: 'radio', class: 'sc-choice sc-consult-' + value, 'data-value': value,
        disabled: locked ? true : null, onkeydown: arrows,
        onclick: () => consult(c, value === 'true', null)
      }, [document.createTextNode(CONSULT_LABELS[value])]));
    }
    li.appendChild(group);
    const area = el('textarea', {
      id: 'obs-' + c.id, rows: '2', maxlength: '2000', disabled: locked ? true : null,
      placeholder: 'Observation (facultative)',
      oninput: () => consultObservation(c, area.value, false), onchange: () => consultObservation(c, area.value, true)
    });
    li.appendChild(el('label', {class: 'sc-obs-label', for: 'obs-' + c.id, text: 'Observation'}));
    li.appendChild(area);
    li.appendChild(el('p', {class: 'sc-state', 'aria-live': 'polite'}));
    li.appendChild(el('div', {class: 'sc-conflict', hidden: true}));
    paint(li, key);
    return li;
  }

  /** Arrow keys move between the choices of a line, as in a radio group. */
  function arrows(event) {
    const buttons = Array.from(event.target.parentNode.querySelectorAll('button'));
    const i = buttons.indexOf(event.target);
    let next = null;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') {
      next = buttons[(i + 1) % buttons.length];
    } else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') {
      next = buttons[(i - 1 + buttons.length) % buttons.length];
    }
    if (next) {
      event.preventDefault();
      next.focus();
      byKeyboard = true;
      try {
        next.click();
      } finally {
        byKeyboard = false;
      }
    }
  }

  /** A choice made with the arrow keys keeps the focus on the choices (no jump to the observation). */
  let byKeyboard = false;

  function renderProposal(kind, target, title) {
    const key = targetKey(kind, target.id);
    const box = el('div', {class: 'sc-proposal', 'data-target': key});
    box.appendChild(el('h3', {id: 'prop-' + key.replace(':', '-'), text: title}));
    const group = el('div', {class: 'sc-choices', role: 'radiogroup', 'aria-labelledby': 'prop-' + key.replace(':', '-')});
    for (const value of Object.keys(VERDICTS)) {
      group.appendChild(el('button', {
        type: 'button', role: 'radio', class: 'sc-choice sc-' + value, 'data-value': value,
        disabled: readOnly(target.gridId) ? true : null, onkeydown: arrows,
        onclick: () => enqueue(kind, target, {decision: value})
      }, [document.createTextNode(kind === 'grid' ? CCP_VERDICTS[value] : VERDICTS[value])]));
    }
    box.appendChild(group);
    box.appendChild(el('p', {class: 'sc-state', 'aria-live': 'polite'}));
    box.appendChild(el('div', {class: 'sc-conflict', hidden: true}));
    paint(box, key);
    return box;
  }

  function renderSubmit(g) {
    const box = app.querySelector('.sc-section');
    box.replaceChildren();
    box.appendChild(el('h2', {tabindex: '-1', text: 'Soumettre – ' + g.title}));
    const p = progress(g);
    box.appendChild(el('p', {text: p.done + ' ligne(s) notée(s) sur ' + p.total + '.'}));
    box.appendChild(renderProposal('grid', targets[targetKey('grid', g.id)], 'Décision proposée pour le CCP'));
    if (g.status === 'SUBMITTED') {
      box.appendChild(el('p', {class: 'sc-saved', text: 'Grille soumise : elle ne se modifie plus.'}));
    } else {
      box.appendChild(el('p', {class: 'muted', text: 'Une fois soumise, la grille ne se modifie plus ; vous verrez '
          + 'alors les notes des autres jurés qui ont soumis les leurs.'}));
      box.appendChild(el('ul', {class: 'errors sc-submit-errors'}));
      box.appendChild(el('button', {
        type: 'button', class: 'btn btn-big sc-submit', onclick: () => submit(g)
      }, [document.createTextNode('Soumettre la grille')]));
    }
    updateSubmit();
  }

  function updateSubmit() {
    const button = app.querySelector('.sc-submit');
    if (!button || !data) {
      return;
    }
    const g = data.grids[current.grid];
    const mine = queue.some(op => op.gridId === g.id) || Object.keys(conflicts).some(k => {
      const t = targets[k];
      return t && t.gridId === g.id;
    });
    button.disabled = mine || network !== 'online';
    button.title = mine ? 'Des modifications de cette grille attendent d\'être enregistrées.' : '';
  }

  async function submit(g) {
    if (!window.confirm('Soumettre la grille « ' + g.title + ' » ? Elle ne pourra plus être modifiée.')) {
      return;
    }
    const list = app.querySelector('.sc-submit-errors');
    let res;
    try {
      res = await fetch('/api/grids/' + g.id + '/submit', {method: 'POST', redirect: 'manual',
        credentials: 'same-origin', headers: {'Accept': 'application/json'}});
    } catch (e) {
      return offline('Hors ligne');
    }
    const body = await res.json().catch(() => ({}));
    if (res.ok) {
      await reload();
      return;
    }
    list.replaceChildren();
    list.appendChild(el('li', {text: body.detail || 'Soumission refusée.'}));
    (body.errors || []).forEach(e => list.appendChild(el('li', {text: e.message})));
  }

  /** Shows a line's or a proposal's state without touching a field being typed in. */
  function paint(node, key) {
    const t = targets[key];
    const value = shown(key);
    const state = stateOf(key);
    node.dataset.state = state;
    const selected = t.kind === 'score' ? value.value
      : (t.kind === 'consult' ? (typeof value.consulted === 'boolean' ? String(value.consulted) : null)
        : value.decision);
    node.querySelectorAll('.sc-choices button').forEach(b => {
      const on = b.dataset.value === selected;
      b.setAttribute('aria-checked', String(on));
      b.tabIndex = on || (!selected && b === b.parentNode.firstElementChild) ? 0 : -1;
    });
    const area = node.querySelector('textarea');
    if (area && document.activeElement !== area) {
      area.value = value.observation || '';
    }
    if (area) {
      area.setAttribute('aria-invalid', String(state === 'incomplete'));
    }
    const text = node.querySelector('.sc-state');
    text.textContent = refusals[key] ? STATE_LABELS.error + ' : ' + refusals[key]
      : (state === 'incomplete' ? 'Observation obligatoire quand le critère n\'est pas atteint'
        : (state === 'empty' && t.kind === 'consult' ? 'Facultatif'
          : (state === 'empty' && t.kind !== 'score' ? 'À proposer' : STATE_LABELS[state])));
    const box = node.querySelector('.sc-conflict');
    if (conflicts[key]) {
      const c = conflicts[key];
      const theirs = describe(t.kind, c.theirs);
      const mine = describe(t.kind, c.mine);
      box.replaceChildren(
        el('p', {text: 'Enregistré entre-temps' + (c.theirs.updatedBy ? ' par ' + c.theirs.updatedBy : '')
            + ' : ' + theirs + '. Votre saisie : ' + mine + '.'}),
        el('button', {type: 'button', class: 'btn', onclick: () => resolve(key, true)},
          [document.createTextNode('Garder ma saisie')]),
        el('button', {type: 'button', class: 'btn btn-light', onclick: () => resolve(key, false)},
          [document.createTextNode('Garder la valeur enregistrée')]));
      box.hidden = false;
    } else {
      box.hidden = true;
      box.replaceChildren();
    }
  }

  /** A target's value in words, for a conflict. */
  function describe(kind, v) {
    const note = v.observation ? ' (« ' + v.observation + ' »)' : '';
    if (kind === 'score') {
      return (SCORE_LABELS[v.value] || '—') + note;
    }
    if (kind === 'consult') {
      return (typeof v.consulted === 'boolean' ? CONSULT_LABELS[v.consulted] : '—') + note;
    }
    return VERDICTS[v.decision] || '—';
  }

  function refresh(key) {
    const t = targets[key];
    if (!t) {
      return;
    }
    const node = t.kind === 'score' || t.kind === 'consult'
      ? app.querySelector('.sc-criterion[data-id="' + t.id + '"]')
      : app.querySelector('.sc-proposal[data-target="' + key + '"]');
    if (node) {
      paint(node, key);
    }
    renderParts();
    renderSectionList();
  }

  function resolve(key, keepMine) {
    const c = conflicts[key];
    const t = targets[key];
    delete conflicts[key];
    saveQueue();
    if (keepMine) {
      enqueue(t.kind, t, c.mine);
    } else {
      refresh(key);
      showNetwork();
    }
  }

  // ------------------------------------------------------------------ the juror's actions
  function choose(c, value) {
    const key = targetKey('score', c.id);
    const area = app.querySelector('#obs-' + c.id);
    const observation = area ? area.value : (shown(key).observation || '');
    send(c, value, observation);
    if (value === 'NOT_MET' && !observation.trim() && area && !byKeyboard) {
      area.focus();
    }
  }

  let typing = {};

  function observe(c, text, now) {
    const key = targetKey('score', c.id);
    clearTimeout(typing[key]);
    const later = () => {
      const value = shown(key).value;
      if (value) {
        send(c, value, text);
      } else {
        drafts[key] = {value: null, observation: text};
        saveQueue();
      }
    };
    if (now) {
      later();
    } else {
      typing[key] = setTimeout(later, 700);
    }
  }

  /** « Consulté » or not (null: keep the current choice), with the observation typed. */
  function consult(c, consulted, observation) {
    const key = targetKey('consult', c.id);
    const now = shown(key);
    const area = app.querySelector('#obs-' + c.id);
    const text = observation !== null ? observation : (area ? area.value : (now.observation || ''));
    const body = {consulted: consulted === null ? (typeof now.consulted === 'boolean' ? now.consulted : null)
      : consulted, observation: text && text.trim() ? text.trim() : null};
    if (now.consulted === body.consulted && (now.observation || null) === body.observation
      && stateOf(key) !== 'conflict') {
      refresh(key);
      return;
    }
    enqueue('consult', targets[key], body);
  }

  function consultObservation(c, text, now) {
    const key = targetKey('consult', c.id);
    clearTimeout(typing[key]);
    const later = () => consult(c, null, text);
    if (now) {
      later();
    } else {
      typing[key] = setTimeout(later, 700);
    }
  }

  function send(c, value, observation) {
    const key = targetKey('score', c.id);
    const t = targets[key];
    const body = {value: value, observation: observation && observation.trim() ? observation.trim() : null};
    const now = shown(key);
    if (value === 'NOT_MET' && !body.observation) {
      drafts[key] = body;   // not sendable: the API requires an observation
      saveQueue();
      refresh(key);
      return;
    }
    delete drafts[key];
    if (now.value === body.value && (now.observation || null) === body.observation && stateOf(key) !== 'conflict') {
      saveQueue();
      refresh(key);
      return;
    }
    enqueue('score', t, body);
  }

  // ------------------------------------------------------------------ start
  async function reload() {
    let res;
    try {
      res = await fetch(gridsUrl, {redirect: 'manual', credentials: 'same-origin',
        headers: {'Accept': 'application/json'}});
    } catch (e) {
      res = null;
    }
    if (res && res.ok) {
      data = await res.json();
      store('grids.' + enrolmentId, data);
    } else {
      data = load('grids.' + enrolmentId, null);
      if (!data) {
        app.querySelector('.sc-section').replaceChildren(el('p', {class: 'notice',
          text: 'La grille ne peut pas être chargée (réseau indisponible) : réessayez dans un instant.'}));
        return offline('Hors ligne');
      }
      offline(res && res.type === 'opaqueredirect' ? 'Session expirée : reconnectez-vous' : 'Hors ligne (grille enregistrée sur cet appareil)',
        res && res.type === 'opaqueredirect' ? 'auth' : 'offline');
    }
    index(data.grids);
    const saved = JSON.parse(sessionStorage.getItem(prefix + 'position.' + enrolmentId) || 'null');
    if (saved && data.grids[saved.grid] && saved.section <= data.grids[saved.grid].sections.length) {
      current = saved;
    }
    renderAll();
    const rec = app.querySelector('.sc-reconciliation');
    if (rec) {
      rec.hidden = !data.reconciliationOpen;
    }
    flush();
  }

  reload();
})();

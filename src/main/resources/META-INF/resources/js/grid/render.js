// The grid page: one tab per CCP with its progress, the list of its sections, one section at a time (or the
// « Soumettre » step) and the network state, always visible.
import {el} from '../lib/dom.js';
import {grid, progress, sectionProgress} from './model.js';
import {gridHasPending, pending, targetKey} from './queue.js';
import {handlers, paint, renderConsulted, renderCriterion, renderProposal} from './lines.js';
import {network} from './sync.js';
import {storePosition} from './storage.js';

let app = null;

export function mount(root) {
  app = root;
}

export function renderAll() {
  renderParts();
  renderSectionList();
  const g = grid.data.grids[grid.current.grid];
  if (grid.current.section >= g.sections.length) {
    renderSubmit(g);
  } else {
    renderSection(g, g.sections[grid.current.section]);
  }
  showNetwork();
}

/** Moves to a section (or the « Soumettre » step) and puts the focus on its heading. */
export function go(gridIndex, section) {
  grid.current = {grid: gridIndex, section: section};
  storePosition(grid.data.enrolmentId, grid.current);
  renderAll();
  const heading = app.querySelector('.sc-section h2');
  if (heading) {
    heading.focus();
  }
}

/** A line's state changed: repaint it and the progress. */
export function refresh(key) {
  const t = grid.targets[key];
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

function renderParts() {
  const nav = app.querySelector('.sc-parts');
  nav.replaceChildren();
  nav.setAttribute('role', 'tablist');
  grid.data.grids.forEach((g, i) => {
    const p = progress(g);
    nav.appendChild(el('button', {
      type: 'button', role: 'tab', class: 'sc-part', 'aria-selected': String(i === grid.current.grid),
      'data-part': g.partKey, onclick: () => go(i, 0)
    }, [
      el('span', {class: 'sc-part-title', text: 'CCP ' + (g.ccpNumber || '')
          + (g.status === 'SUBMITTED' ? ' · soumise' : '')}),
      el('span', {class: 'sc-part-progress', text: p.done + '/' + p.total}),
      el('progress', {max: p.total, value: p.done, 'aria-hidden': 'true'})
    ]));
  });
}

function renderSectionList() {
  const g = grid.data.grids[grid.current.grid];
  const current = grid.current.section;
  const list = el('ol');
  g.sections.forEach((s, i) => {
    const p = sectionProgress(s);
    list.appendChild(el('li', {}, [el('button', {
      type: 'button', class: 'sc-section-link' + (i === current ? ' current' : '') + (p.done === p.total ? ' done' : ''),
      'aria-current': i === current ? 'step' : null, onclick: () => go(grid.current.grid, i)
    }, [el('span', {text: s.key}), el('span', {class: 'sc-section-count', text: p.done + '/' + p.total})])]));
  });
  list.appendChild(el('li', {}, [el('button', {
    type: 'button', class: 'sc-section-link' + (current === g.sections.length ? ' current' : ''),
    'aria-current': current === g.sections.length ? 'step' : null, onclick: () => go(grid.current.grid, g.sections.length)
  }, [el('span', {text: 'Soumettre'})])]));
  app.querySelector('.sc-sections').replaceChildren(list);
}

function renderSection(g, s) {
  const box = app.querySelector('.sc-section');
  box.replaceChildren(el('p', {class: 'sc-kind muted', text: s.kindLabel + ' · ' + g.title}),
    el('h2', {tabindex: '-1', text: s.title}));
  if (s.description) {
    box.appendChild(el('details', {}, [el('summary', {text: 'Description'}),
      el('p', {class: 'sc-description', text: s.description})]));
  }
  if (s.consulted) {
    box.appendChild(el('p', {class: 'sc-consulted-note muted', text: 'Élément consulté par le jury : il éclaire '
        + 'la décision sur le CCP, prise au vu des épreuves ; il ne se note pas et n\'est pas exigé pour soumettre.'}));
  }
  box.appendChild(el('ol', {class: 'sc-criteria'},
    s.criteria.map(c => s.consulted ? renderConsulted(g, c) : renderCriterion(g, s, c))));
  if (s.competency) {
    box.appendChild(renderProposal('competency', grid.targets[targetKey('competency', s.id)],
      'Décision proposée pour la compétence'));
  }
  const section = grid.current.section;
  box.appendChild(el('div', {class: 'sc-step'}, [
    el('button', {type: 'button', class: 'btn btn-light btn-big', disabled: section === 0,
      onclick: () => go(grid.current.grid, section - 1), text: '← Précédent'}),
    el('button', {type: 'button', class: 'btn btn-big', onclick: () => go(grid.current.grid, section + 1),
      text: 'Suivant →'})
  ]));
}

function renderSubmit(g) {
  const box = app.querySelector('.sc-section');
  const p = progress(g);
  box.replaceChildren(el('h2', {tabindex: '-1', text: 'Soumettre – ' + g.title}),
    el('p', {text: p.done + ' ligne(s) notée(s) sur ' + p.total + '.'}),
    renderProposal('grid', grid.targets[targetKey('grid', g.id)], 'Décision proposée pour le CCP'));
  if (g.status === 'SUBMITTED') {
    box.appendChild(el('p', {class: 'sc-saved', text: 'Grille soumise : elle ne se modifie plus.'}));
  } else {
    box.append(el('p', {class: 'muted', text: 'Une fois soumise, la grille ne se modifie plus ; vous verrez '
        + 'alors les notes des autres jurés qui ont soumis les leurs.'}),
      el('ul', {class: 'errors sc-submit-errors'}),
      el('button', {type: 'button', class: 'btn btn-big sc-submit', onclick: () => handlers.submit(g),
        text: 'Soumettre la grille'}));
  }
  updateSubmit();
}

/** The submission's refusal, next to its button. */
export function showSubmitErrors(problem) {
  const list = app.querySelector('.sc-submit-errors');
  list.replaceChildren(el('li', {text: problem.detail || 'Soumission refusée.'}),
    ...(problem.errors || []).map(e => el('li', {text: e.message})));
}

/** A grid with changes not saved yet, or without network, cannot be handed in. */
function updateSubmit() {
  const button = app.querySelector('.sc-submit');
  if (!button || !grid.data) {
    return;
  }
  const mine = gridHasPending(grid.data.grids[grid.current.grid].id, grid.targets);
  button.disabled = mine || network.state !== 'online';
  button.title = mine ? 'Des modifications de cette grille attendent d\'être enregistrées.' : '';
}

export function showNetwork() {
  const box = app.querySelector('.sc-net');
  const count = pending.queue.length;
  const conflictCount = Object.keys(pending.conflicts).length;
  const text = network.state === 'online'
    ? (pending.inFlight ? 'Enregistrement…' : (count ? 'En ligne' : 'En ligne · tout est enregistré'))
    : network.message || 'Hors ligne';
  box.dataset.state = network.state === 'online' ? (count ? 'saving' : 'online') : network.state;
  box.querySelector('.sc-net-state').textContent = text;
  const parts = [];
  if (count) {
    parts.push(count + ' modification' + (count > 1 ? 's' : '') + ' en attente');
  }
  if (conflictCount) {
    parts.push(conflictCount + ' conflit' + (conflictCount > 1 ? 's' : '') + ' à régler');
  }
  box.querySelector('.sc-net-pending').textContent = parts.join(' · ');
  updateSubmit();
}

/** The page opened without network and without a copy of the grid on this device. */
export function showUnavailable() {
  app.querySelector('.sc-section').replaceChildren(el('p', {class: 'notice',
    text: 'La grille ne peut pas être chargée (réseau indisponible) : réessayez dans un instant.'}));
}

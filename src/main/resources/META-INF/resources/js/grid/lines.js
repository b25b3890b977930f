// One line of the grid (a criterion scored, a piece of evidence consulted) or a proposed decision: three (or two)
// large choices as a radio group — Tab reaches the group, the arrow keys choose —, the observation, the line's state
// and its conflict. What a choice does is given by main.js (handlers), so that drawing depends on nothing else.
import {el} from '../lib/dom.js';
import {CCP_VERDICTS, CONSULT_LABELS, EVIDENCE_LABELS, SCORE_LABELS, VERDICTS, describe, stateText} from './labels.js';
import {grid, readOnly, shown, stateOf} from './model.js';
import {pending, targetKey} from './queue.js';

/** choose(c, value), observe(c, text, now), consult(c, consulted, observation), consultObservation(c, text, now),
 * propose(kind, target, decision), resolve(key, keepMine), submit(g). */
export const handlers = {};

/** A choice made with the arrow keys keeps the focus on the choices (no jump to the observation). */
let byKeyboard = false;

export function choosingByKeyboard() {
  return byKeyboard;
}

function choices(labels, locked, onChoose, extraClass) {
  const group = el('div', {class: 'sc-choices', role: 'radiogroup'});
  for (const value of Object.keys(labels)) {
    group.appendChild(el('button', {
      type: 'button', role: 'radio', class: 'sc-choice ' + extraClass(value), 'data-value': value,
      disabled: locked, onclick: () => onChoose(value), onkeydown: arrows, text: labels[value]
    }));
  }
  return group;
}

function observation(c, locked, placeholder, onType) {
  const area = el('textarea', {
    id: 'obs-' + c.id, rows: '2', maxlength: '2000', disabled: locked, placeholder: placeholder,
    oninput: () => onType(area.value, false), onchange: () => onType(area.value, true)
  });
  return [el('label', {class: 'sc-obs-label', for: 'obs-' + c.id, text: 'Observation'}), area];
}

function line(c, key, extra, group, obs) {
  const li = el('li', Object.assign({class: 'sc-criterion', 'data-id': c.id, 'data-key': c.key}, extra));
  group.setAttribute('aria-labelledby', 'text-' + c.id);
  li.append(el('p', {class: 'sc-text', id: 'text-' + c.id, text: c.text}), group, ...obs,
    el('p', {class: 'sc-state', 'aria-live': 'polite'}), el('div', {class: 'sc-conflict', hidden: true}));
  paint(li, key);
  return li;
}

export function renderCriterion(g, s, c) {
  const labels = s.competency ? SCORE_LABELS : EVIDENCE_LABELS;
  const locked = readOnly(g.id);
  return line(c, targetKey('score', c.id), {},
    choices(labels, locked, value => handlers.choose(c, value), value => 'sc-' + value),
    observation(c, locked, 'Observation (obligatoire si « ' + labels.NOT_MET.toLowerCase() + ' »)',
      (text, now) => handlers.observe(c, text, now)));
}

/** Evidence the jury consults: « Consulté » / « Non consulté » and an optional observation, no score buttons. */
export function renderConsulted(g, c) {
  const key = targetKey('consult', c.id);
  const locked = readOnly(g.id);
  return line(c, key, {class: 'sc-criterion sc-consulted', 'data-target': key},
    choices(CONSULT_LABELS, locked, value => handlers.consult(c, value === 'true', null),
      value => 'sc-consult-' + value),
    observation(c, locked, 'Observation (facultative)', (text, now) => handlers.consultObservation(c, text, now)));
}

export function renderProposal(kind, target, title) {
  const key = targetKey(kind, target.id);
  const id = 'prop-' + key.replace(':', '-');
  const box = el('div', {class: 'sc-proposal', 'data-target': key});
  const group = choices(kind === 'grid' ? CCP_VERDICTS : VERDICTS, readOnly(target.gridId),
    value => handlers.propose(kind, target, value), value => 'sc-' + value);
  group.setAttribute('aria-labelledby', id);
  box.append(el('h3', {id: id, text: title}), group, el('p', {class: 'sc-state', 'aria-live': 'polite'}),
    el('div', {class: 'sc-conflict', hidden: true}));
  paint(box, key);
  return box;
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

/** Shows a line's or a proposal's state without touching a field being typed in. */
export function paint(node, key) {
  const t = grid.targets[key];
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
  node.querySelector('.sc-state').textContent = stateText(t.kind, state, pending.refusals[key]);
  paintConflict(node.querySelector('.sc-conflict'), t, key);
}

function paintConflict(box, t, key) {
  const c = pending.conflicts[key];
  if (!c) {
    box.hidden = true;
    box.replaceChildren();
    return;
  }
  box.replaceChildren(
    el('p', {text: 'Enregistré entre-temps' + (c.theirs.updatedBy ? ' par ' + c.theirs.updatedBy : '')
        + ' : ' + describe(t.kind, c.theirs) + '. Votre saisie : ' + describe(t.kind, c.mine) + '.'}),
    el('button', {type: 'button', class: 'btn', onclick: () => handlers.resolve(key, true),
      text: 'Garder ma saisie'}),
    el('button', {type: 'button', class: 'btn btn-light', onclick: () => handlers.resolve(key, false),
      text: 'Garder la valeur enregistrée'}));
  box.hidden = false;
}

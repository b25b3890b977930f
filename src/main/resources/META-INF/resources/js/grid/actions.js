// What the juror does on the grid: choose a score, type an observation, tick a piece of evidence consulted, propose a
// decision, settle a conflict, hand the grid in. Every change goes through the queue (queue.js), is shown at once
// (render.js) and sent when the network allows (sync.js).
import {jsonOf, send} from '../lib/http.js';
import {choosingByKeyboard} from './lines.js';
import {grid, shown, stateOf} from './model.js';
import {enqueue, pending, save, targetKey} from './queue.js';
import {refresh, showNetwork, showSubmitErrors} from './render.js';
import {flush, offline} from './sync.js';

let app = null;
let reload = async () => {};
const typing = {};

/** root: the #grid-app element; restart(): reads the grids again (after the submission). */
export function bind(root, restart) {
  app = root;
  reload = restart;
}

function change(kind, target, body) {
  const key = enqueue(kind, target, body);
  refresh(key);
  flush();
}

export function choose(c, value) {
  const key = targetKey('score', c.id);
  const area = app.querySelector('#obs-' + c.id);
  const observation = area ? area.value : (shown(key).observation || '');
  sendScore(c, value, observation);
  if (value === 'NOT_MET' && !observation.trim() && area && !choosingByKeyboard()) {
    area.focus();
  }
}

/** Typing an observation: saved 700 ms after the last key, or at once when the field is left. */
export function observe(c, text, now) {
  const key = targetKey('score', c.id);
  later(key, now, () => {
    const value = shown(key).value;
    if (value) {
      sendScore(c, value, text);
    } else {
      pending.drafts[key] = {value: null, observation: text};
      save();
    }
  });
}

function later(key, now, fn) {
  clearTimeout(typing[key]);
  if (now) {
    fn();
  } else {
    typing[key] = setTimeout(fn, 700);
  }
}

function sendScore(c, value, observation) {
  const key = targetKey('score', c.id);
  const body = {value: value, observation: observation && observation.trim() ? observation.trim() : null};
  const now = shown(key);
  if (value === 'NOT_MET' && !body.observation) {
    pending.drafts[key] = body;   // not sendable: the API requires an observation
    save();
    refresh(key);
    return;
  }
  delete pending.drafts[key];
  if (now.value === body.value && (now.observation || null) === body.observation && stateOf(key) !== 'conflict') {
    save();
    refresh(key);
    return;
  }
  change('score', grid.targets[key], body);
}

/** « Consulté » or not (null: keep the current choice), with the observation typed. */
export function consult(c, consulted, observation) {
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
  change('consult', grid.targets[key], body);
}

export function consultObservation(c, text, now) {
  later(targetKey('consult', c.id), now, () => consult(c, null, text));
}

export function propose(kind, target, decision) {
  change(kind, target, {decision: decision});
}

export function resolve(key, keepMine) {
  const c = pending.conflicts[key];
  const t = grid.targets[key];
  delete pending.conflicts[key];
  save();
  if (keepMine) {
    change(t.kind, t, c.mine);
  } else {
    refresh(key);
    showNetwork();
  }
}

export async function submit(g) {
  if (!window.confirm('Soumettre la grille « ' + g.title + ' » ? Elle ne pourra plus être modifiée.')) {
    return;
  }
  let res;
  try {
    res = await send('/api/grids/' + g.id + '/submit', {method: 'POST', redirect: 'manual'});
  } catch (e) {
    offline('Hors ligne');
    return;
  }
  const body = (await jsonOf(res)) || {};
  if (res.ok) {
    await reload();
  } else {
    showSubmitErrors(body);
  }
}

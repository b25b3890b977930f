// Network side of the grid: the queue is sent to the API one change at a time, in order, with the version it was
// based on; a network failure, a 5xx or a 429 leaves it waiting (retry every 2 to 10 s and on the browser's
// « online » event); an expired session (redirect to the login page, 401) waits for a new login.
import {send} from '../lib/http.js';
import {applySaved, grid, serverState} from './model.js';
import {markConflict, markRefused, pending, rebase, save} from './queue.js';
import {store} from './storage.js';

export const network = {
  /** online | offline | auth */
  state: 'online',
  message: ''
};

const view = {changed: () => {}, status: () => {}};
let gridsUrl = '';
let enrolmentId = '';
let flushing = false;
let retryTimer = null;
let retryDelay = 2000;

/** changed(key): a line's state moved; status(): the network state or the queue's length moved. */
export function connect(urls, callbacks) {
  gridsUrl = urls.grids;
  enrolmentId = urls.enrolmentId;
  Object.assign(view, callbacks);
  window.addEventListener('online', () => {
    if (network.state === 'offline') {
      network.state = 'online';
    }
    retryDelay = 2000;
    clearTimeout(retryTimer);
    flush();
  });
  window.addEventListener('offline', () => offline('Hors ligne'));
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

export async function flush() {
  if (flushing) {
    return;
  }
  flushing = true;
  try {
    if (!pending.queue.length && network.state === 'offline') {
      await probe();
    }
    while (pending.queue.length) {
      if (!await sendFirst()) {
        return;
      }
    }
  } finally {
    pending.inFlight = null;
    flushing = false;
    view.status();
  }
}

/** Sends the oldest change; false when the queue must wait. */
async function sendFirst() {
  const op = pending.queue[0];
  const t = grid.targets[op.key];
  const base = op.baseVersion == null ? (t ? t.server.version : 0) : op.baseVersion;
  pending.inFlight = op.op;
  view.status();
  let res;
  try {
    res = await send(urlOf(op), {method: 'PUT', redirect: 'manual',
      json: Object.assign({}, op.body, {baseVersion: base})});
  } catch (e) {
    offline('Hors ligne');
    return false;
  }
  if (res.type === 'opaqueredirect' || res.status === 401) {
    offline('Session expirée : reconnectez-vous (vos saisies restent sur cet appareil)', 'auth');
    return false;
  }
  if (res.status >= 500 || res.status === 0 || res.status === 429) {
    offline('Serveur indisponible');
    return false;
  }
  let body;
  try {
    body = await res.json();
  } catch (e) {
    offline('Réponse illisible');
    return false;
  }
  pending.queue.shift();
  if (res.ok) {
    accept(op, body);
  } else if (res.status === 409 && body.current) {
    const theirs = serverState(op.kind, body.current);
    if (t) {
      t.server = theirs;
    }
    markConflict(op, theirs);
  } else {
    markRefused(op, body);
  }
  save();
  view.changed(op.key);
  network.state = 'online';
  retryDelay = 2000;
  return true;
}

function accept(op, state) {
  const t = grid.targets[op.key];
  if (t) {
    applySaved(t, state);
    store('grids.' + enrolmentId, grid.data);
  }
  rebase(op.key, state.version);
}

/** Is the server reachable again? (nothing queued to find out with) */
async function probe() {
  try {
    const res = await send(gridsUrl, {redirect: 'manual'});
    if (res.ok) {
      network.state = 'online';
      retryDelay = 2000;
    } else {
      const auth = res.type === 'opaqueredirect';
      offline(auth ? 'Session expirée : reconnectez-vous' : 'Serveur indisponible', auth ? 'auth' : 'offline');
    }
  } catch (e) {
    offline('Hors ligne');
  }
}

/** The queue waits; it is tried again later unless the juror must log in again. */
export function offline(message, kind) {
  network.state = kind || 'offline';
  network.message = message;
  view.status();
  clearTimeout(retryTimer);
  if (network.state !== 'auth') {
    retryTimer = setTimeout(flush, retryDelay);
    retryDelay = Math.min(retryDelay * 2, 10000);
  }
}

/** The juror's grids of the candidate from the server: {data} or {data: null, auth: the session expired}. */
export async function fetchGrids() {
  try {
    const res = await send(gridsUrl, {redirect: 'manual'});
    if (res.ok) {
      const data = await res.json();
      store('grids.' + enrolmentId, data);
      return {data: data, auth: false};
    }
    return {data: null, auth: res.type === 'opaqueredirect'};
  } catch (e) {
    return {data: null, auth: false};
  }
}

// Pending changes of the grid, kept on the device (storage.js) until the server has them: the queue (oldest first),
// the conflicts a 409 turned a line into, the lines being typed that cannot be sent yet, and the refusals to show.
import {load, store} from './storage.js';

export const pending = {
  /** {op, key, kind, gridId, targetId, body, baseVersion}, oldest first. */
  queue: [],
  /** target key → {mine, theirs, kind}: the line changed elsewhere meanwhile. */
  conflicts: {},
  /** target key → {value, observation}: NOT_MET without observation, not sendable yet. */
  drafts: {},
  /** target key → message: refusals the juror must see (400/403/404/422), this page only. */
  refusals: {},
  /** The op being sent, which a new change must not merge into. */
  inFlight: null
};

export function restore() {
  pending.queue = load('queue', []);
  pending.conflicts = load('conflicts', {});
  pending.drafts = load('drafts', {});
}

export function save() {
  store('queue', pending.queue);
  store('conflicts', pending.conflicts);
  store('drafts', pending.drafts);
}

export function targetKey(kind, id) {
  return kind + ':' + id;
}

export function isQueued(key) {
  return pending.queue.some(op => op.key === key);
}

/** The last queued body of a line, or null. */
export function lastQueued(key) {
  for (let i = pending.queue.length - 1; i >= 0; i--) {
    if (pending.queue[i].key === key) {
      return pending.queue[i].body;
    }
  }
  return null;
}

/** Queues a change of a target ({id, gridId, server:{version}}); a new choice settles a conflict in its favour. */
export function enqueue(kind, target, body) {
  const key = targetKey(kind, target.id);
  delete pending.refusals[key];
  delete pending.conflicts[key];
  const queue = pending.queue;
  const last = queue[queue.length - 1];
  if (last && last.key === key && last.op !== pending.inFlight) {
    last.body = body; // the same line edited again before anything else: one save
  } else {
    const base = queue.some(op => op.key === key) ? null : target.server.version;
    queue.push({op: uid(), key: key, kind: kind, gridId: target.gridId, targetId: target.id, body: body,
      baseVersion: base});
  }
  save();
  return key;
}

function uid() {
  return Date.now().toString(36) + Math.random().toString(36).slice(2, 8);
}

/** The later changes of a line were made on top of the one just saved. */
export function rebase(key, version) {
  pending.queue.filter(o => o.key === key).forEach(o => o.baseVersion = version);
}

/** A 409: the juror's latest change of the line against what the server holds now. */
export function markConflict(op, theirs) {
  const later = pending.queue.filter(o => o.key === op.key);
  const mine = later.length ? later[later.length - 1].body : op.body;
  pending.queue = pending.queue.filter(o => o.key !== op.key);
  pending.conflicts[op.key] = {mine: mine, theirs: theirs, kind: op.kind};
}

/** A refusal for good: the line's changes are dropped, the reason shown. */
export function markRefused(op, problem) {
  pending.refusals[op.key] = (problem.errors && problem.errors.length ? problem.errors[0].message : problem.detail)
    || 'Enregistrement refusé.';
  pending.queue = pending.queue.filter(o => o.key !== op.key);
}

/** Does a grid have changes not saved yet (queued or in conflict)? */
export function gridHasPending(gridId, targets) {
  return pending.queue.some(op => op.gridId === gridId) || Object.keys(pending.conflicts).some(k => {
    const t = targets[k];
    return t && t.gridId === gridId;
  });
}

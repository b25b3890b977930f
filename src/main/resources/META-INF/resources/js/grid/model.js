// The grids as the juror sees them: the server's answer indexed by target (a criterion score, a consulted piece of
// evidence, a competency's or a CCP's proposed decision), with the pending changes of queue.js on top.
import {isQueued, lastQueued, pending, targetKey} from './queue.js';

export const grid = {
  /** GET …/grids answer. */
  data: null,
  /** target key → {kind, gridId, id, grid, section, criterion, server:{…}}. */
  targets: {},
  /** Where the juror is: a CCP grid and a section of it (sections.length = the « Soumettre » step). */
  current: {grid: 0, section: 0}
};

/** What the server holds for a target, from the grids, a save's answer or a 409's current state. */
export function serverState(kind, state) {
  if (kind === 'score') {
    return {value: state.value, observation: state.observation, version: state.version,
      updatedBy: state.updatedBy, updatedAt: state.updatedAt};
  }
  if (kind === 'consult') {
    return {consulted: state.consulted, observation: state.observation, version: state.version,
      updatedBy: state.updatedBy, updatedAt: state.updatedAt};
  }
  return {decision: state.decision !== undefined ? state.decision : state.proposedDecision, version: state.version};
}

export function index(grids) {
  const targets = grid.targets;
  for (const g of grids) {
    targets[targetKey('grid', g.id)] = {kind: 'grid', gridId: g.id, id: g.id, grid: g, server: serverState('grid', g)};
    for (const s of g.sections) {
      if (s.competency) {
        targets[targetKey('competency', s.id)] = {kind: 'competency', gridId: g.id, id: s.id, grid: g, section: s,
          server: serverState('competency', s)};
      }
      for (const c of s.criteria) {
        const kind = s.consulted ? 'consult' : 'score';
        targets[targetKey(kind, c.id)] = {kind: kind, gridId: g.id, id: c.id, grid: g, section: s, criterion: c,
          server: serverState(kind, c)};
      }
    }
  }
}

/** Keeps the copy of the grids up to date after a save, for a page opened without network. */
export function applySaved(t, state) {
  t.server = serverState(t.kind, state);
  if (t.kind === 'score') {
    Object.assign(t.criterion, {value: state.value, observation: state.observation, version: state.version});
  } else if (t.kind === 'consult') {
    Object.assign(t.criterion, {consulted: state.consulted, observation: state.observation, version: state.version});
  } else {
    Object.assign(t.kind === 'competency' ? t.section : t.grid, {proposedDecision: state.decision,
      version: state.version});
  }
}

/** What the juror sees for a target: the last queued change, else the line being typed, else their side of a
 * conflict, else the server. */
export function shown(key) {
  const queued = lastQueued(key);
  if (queued) {
    return queued;
  }
  if (pending.drafts[key]) {
    return pending.drafts[key];
  }
  if (pending.conflicts[key]) {
    return pending.conflicts[key].mine;
  }
  const t = grid.targets[key];
  return t ? t.server : {};
}

export function stateOf(key) {
  if (pending.conflicts[key]) {
    return 'conflict';
  }
  if (isQueued(key)) {
    return 'pending';
  }
  if (pending.drafts[key]) {
    return 'incomplete';
  }
  if (pending.refusals[key]) {
    return 'error';
  }
  const t = grid.targets[key];
  if (t && t.kind === 'consult') {
    return t.server.consulted === true || t.server.consulted === false ? 'saved' : 'empty';
  }
  const value = t && (t.kind === 'score' ? t.server.value : t.server.decision);
  return value ? 'saved' : 'empty';
}

export function readOnly(gridId) {
  const t = grid.targets[targetKey('grid', gridId)];
  return !t || t.grid.status === 'SUBMITTED';
}

/** The scored lines only: the consulted evidence (DP, ECF) is never required. */
export function progress(g) {
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

export function sectionProgress(s) {
  const done = s.consulted
    ? s.criteria.filter(c => typeof shown(targetKey('consult', c.id)).consulted === 'boolean').length
    : s.criteria.filter(c => shown(targetKey('score', c.id)).value).length;
  return {done, total: s.criteria.length};
}

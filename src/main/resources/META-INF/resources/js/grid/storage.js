// The juror's copy on this device (localStorage, one key prefix per juror login): the pending queue, the conflicts,
// the lines being typed and the last grids read, so that nothing is lost by a reload, online or offline.

let prefix = 'titrepro.scoring.';

/** Keys are prefixed with the juror's login: two jurors on one tablet never see each other's queue. */
export function useJuror(user) {
  prefix = 'titrepro.scoring.' + user + '.';
}

export function load(name, fallback) {
  try {
    const raw = localStorage.getItem(prefix + name);
    return raw ? JSON.parse(raw) : fallback;
  } catch (e) {
    return fallback;
  }
}

export function store(name, value) {
  try {
    localStorage.setItem(prefix + name, JSON.stringify(value));
  } catch (e) {
    // storage full or refused: the queue stays in memory for this page
  }
}

/** Where the juror was in the grid (this tab only). */
export function loadPosition(enrolmentId) {
  try {
    return JSON.parse(sessionStorage.getItem(prefix + 'position.' + enrolmentId) || 'null');
  } catch (e) {
    return null;
  }
}

export function storePosition(enrolmentId, position) {
  sessionStorage.setItem(prefix + 'position.' + enrolmentId, JSON.stringify(position));
}

/*
 * titrepro — the juror's grid, tablet-first and offline-tolerant (ES modules, issue 17).
 *
 * Every change (a score, an observation, a proposed decision) is put in a queue kept in localStorage (queue.js,
 * storage.js), then sent to the API one at a time, in order, with the version it was based on (sync.js). When the
 * network drops, the queue waits and is replayed when it comes back (or when the page is opened again): nothing is
 * lost by a reload. A save refused because the line changed elsewhere (409) becomes a visible conflict for that line,
 * which the juror settles. States per line: "Enregistré", "En attente", "Conflit", "Refusé", "À noter".
 * The dossier professionnel and the ECF results are evidence the jury consults: « Consulté » / « Non consulté » and an
 * observation, no score buttons, never required to hand the grid in (fiche TP-00496 l. 104-108).
 * The page and these scripts are kept by a service worker (/sw.js, offline.js) so that a reload without network
 * still opens the grid.
 */
import * as actions from './actions.js';
import {handlers} from './lines.js';
import {grid, index} from './model.js';
import {restore} from './queue.js';
import {mount, refresh, renderAll, showNetwork, showUnavailable} from './render.js';
import {keepForOffline} from './offline.js';
import {load, loadPosition, useJuror} from './storage.js';
import {connect, fetchGrids, flush, offline} from './sync.js';

const app = document.getElementById('grid-app');
if (app) {
  const {session, enrolment, user} = app.dataset;
  useJuror(user);
  restore();
  mount(app);
  Object.assign(handlers, {choose: actions.choose, observe: actions.observe, consult: actions.consult,
    consultObservation: actions.consultObservation, propose: actions.propose, resolve: actions.resolve,
    submit: actions.submit});
  actions.bind(app, start);
  connect({grids: '/api/sessions/' + session + '/enrolments/' + enrolment + '/grids', enrolmentId: enrolment},
    {changed: refresh, status: showNetwork});
  start();
  keepForOffline(app, user);
}

async function start() {
  const enrolment = app.dataset.enrolment;
  const answer = await fetchGrids();
  let data = answer.data;
  if (!data) {
    data = load('grids.' + enrolment, null);
    if (!data) {
      showUnavailable();
      offline('Hors ligne');
      return;
    }
    offline(answer.auth ? 'Session expirée : reconnectez-vous' : 'Hors ligne (grille enregistrée sur cet appareil)',
      answer.auth ? 'auth' : 'offline');
  }
  grid.data = data;
  index(data.grids);
  const saved = loadPosition(enrolment);
  if (saved && data.grids[saved.grid] && saved.section <= data.grids[saved.grid].sections.length) {
    grid.current = saved;
  }
  renderAll();
  const rec = app.querySelector('.sc-reconciliation');
  if (rec) {
    rec.hidden = !data.reconciliationOpen;
  }
  flush();
}

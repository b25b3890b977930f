// The grid page kept on the device for a reload without network: the service worker /sw.js (scope /scoring/) keeps
// the grid pages and their scripts; the pending changes are in localStorage already (storage.js).
// The copies belong to one juror: when another juror opens a grid on this device, or at logout (page-actions.js), they
// are deleted (docs/scoring.md).

export const CACHE_PREFIX = 'titrepro-grid-';
const OWNER = 'titrepro.grid.cacheOwner';

/** Registers the service worker and asks it to keep this page; #grid-app gets data-offline-ready="true" then. */
export async function keepForOffline(app, user) {
  if (!('serviceWorker' in navigator) || !window.caches) {
    return; // not a secure context or an old browser: the grid works, a reload needs the network
  }
  try {
    await forgetOtherJuror(user);
    await navigator.serviceWorker.register('/sw.js', {scope: '/scoring/'});
    const registration = await navigator.serviceWorker.ready;
    if (await ask(registration.active, {type: 'keep-page', url: location.pathname})) {
      app.dataset.offlineReady = 'true';
    }
  } catch (e) {
    // no service worker (refused, private mode): the grid works online and the queue survives as before
  }
}

async function forgetOtherJuror(user) {
  let owner = null;
  try {
    owner = localStorage.getItem(OWNER);
    localStorage.setItem(OWNER, user);
  } catch (e) {
    owner = null;
  }
  if (owner !== null && owner !== user) {
    const names = await caches.keys();
    await Promise.all(names.filter(n => n.startsWith(CACHE_PREFIX)).map(n => caches.delete(n)));
  }
}

/** A message to the worker and its answer (true: done). */
function ask(worker, message) {
  return new Promise(resolve => {
    if (!worker) {
      resolve(false);
      return;
    }
    const channel = new MessageChannel();
    channel.port1.onmessage = event => resolve(event.data === true);
    worker.postMessage(message, [channel.port2]);
  });
}

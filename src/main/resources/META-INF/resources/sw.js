// titrepro — service worker of the juror's grid (issue 17), registered by /js/grid/offline.js with the scope
// /scoring/. It keeps, for a reload without network, the grid pages (/scoring/sessions/{id}/enrolments/{id}) and the
// scripts and style they use; nothing else (no other page, no API answer: the grids and the pending changes are kept
// by the page itself in localStorage). Network first: online, the page and scripts are always the server's (and the
// copy is refreshed); the copy is used only when the network fails. A new VERSION (change it when ASSETS change)
// installs a new cache and deletes the old ones. The copies are deleted at logout and when another juror opens a
// grid on the device (docs/scoring.md).
const VERSION = '17.1';
const PREFIX = 'titrepro-grid-';
const CACHE = PREFIX + VERSION;
const ASSETS = [
  '/css/app.css',
  '/js/page-actions.js',
  '/js/lib/dom.js',
  '/js/lib/http.js',
  '/js/grid/actions.js',
  '/js/grid/labels.js',
  '/js/grid/lines.js',
  '/js/grid/main.js',
  '/js/grid/model.js',
  '/js/grid/offline.js',
  '/js/grid/queue.js',
  '/js/grid/render.js',
  '/js/grid/storage.js',
  '/js/grid/sync.js'
];
const GRID_PAGE = /^\/scoring\/sessions\/\d+\/enrolments\/\d+$/;

self.addEventListener('install', event => {
  event.waitUntil(caches.open(CACHE).then(cache => cache.addAll(ASSETS)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', event => {
  event.waitUntil(caches.keys()
    .then(names => Promise.all(names.filter(n => n.startsWith(PREFIX) && n !== CACHE).map(n => caches.delete(n))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', event => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || url.search) {
    return;
  }
  if ((request.mode === 'navigate' && GRID_PAGE.test(url.pathname)) || ASSETS.includes(url.pathname)) {
    event.respondWith(networkFirst(request));
  }
});

/** The page asks to keep itself (the first visit is not yet under the worker). */
self.addEventListener('message', event => {
  const data = event.data || {};
  const url = new URL(String(data.url || ''), self.location.origin);
  const port = event.ports[0];
  if (data.type !== 'keep-page' || !port || url.origin !== self.location.origin || !GRID_PAGE.test(url.pathname)) {
    return;
  }
  event.waitUntil(fetch(url.pathname, {credentials: 'same-origin', redirect: 'manual'})
    .then(response => keep(url.pathname, response))
    .then(kept => port.postMessage(kept), () => port.postMessage(false)));
});

async function networkFirst(request) {
  try {
    const response = await fetch(request);
    await keep(request.url, response.clone()).catch(() => false);
    return response;
  } catch (e) {
    const copy = await caches.match(request, {ignoreVary: true});
    if (copy) {
      return copy;
    }
    throw e;
  }
}

/** Only a full answer of the server itself (not a redirect to the login page, not an error) is kept. */
async function keep(key, response) {
  if (!response.ok || response.type !== 'basic' || response.redirected) {
    return false;
  }
  const cache = await caches.open(CACHE);
  await cache.put(key, response);
  return true;
}

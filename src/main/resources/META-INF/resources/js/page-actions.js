// Behaviours of every page, wired by listeners so that the Content-Security-Policy can forbid inline script:
// a form with data-confirm asks before posting, a select with data-autosubmit posts its form when changed, a link
// with data-back goes back in the history; logging out deletes the copies of the grid pages kept for offline use
// (service worker /sw.js, issue 17) before leaving.
(function () {
  'use strict';
  document.addEventListener('submit', function (event) {
    const form = event.target;
    const question = form instanceof HTMLFormElement ? form.getAttribute('data-confirm') : null;
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  });
  document.addEventListener('change', function (event) {
    const field = event.target;
    if (field instanceof HTMLSelectElement && field.hasAttribute('data-autosubmit') && field.form) {
      field.form.submit();
    }
  });
  document.addEventListener('click', function (event) {
    const link = event.target instanceof Element ? event.target.closest('a[data-back]') : null;
    if (link) {
      event.preventDefault();
      history.back();
    }
  });
  document.addEventListener('click', function (event) {
    const logout = event.target instanceof Element ? event.target.closest('a[href="/logout"]') : null;
    if (!logout || !window.caches) {
      return;
    }
    event.preventDefault();
    caches.keys()
      .then(names => Promise.all(names.filter(n => n.indexOf('titrepro-grid-') === 0).map(n => caches.delete(n))))
      .catch(function () { /* nothing kept */ })
      .then(function () { window.location.href = logout.href; });
  });
})();

// VAE application form: rows added and removed in place, the title's competencies reloaded when the title (or the
// version in force at the date) changes, and the eligibility + coverage checked live through the API.
// Without JavaScript the same buttons post the form and the server re-renders it, nothing typed is lost.
import {el} from './lib/dom.js';
import {jsonOf, send} from './lib/http.js';

const form = document.getElementById('vae-form');
if (form) {
  start();
}

function start() {
  const live = document.getElementById('live-check');
  const coverage = document.getElementById('coverage');
  const refresh = document.getElementById('vae-refresh');
  let nextIndex = { experiences: count('experiences'), previous: count('previous') };
  let timer = null;
  let sequence = 0;

  function count(containerId) {
    return document.querySelectorAll('#' + containerId + ' > fieldset[data-row]').length;
  }

  function renumber() {
    document.querySelectorAll('#experiences > fieldset[data-row] .num').forEach(function (node, i) {
      node.textContent = String(i + 1);
    });
  }

  function addRow(templateId, containerId, key) {
    const html = document.getElementById(templateId).innerHTML.split('__i__').join(String(nextIndex[key]++));
    const container = document.getElementById(containerId);
    container.insertAdjacentHTML('beforeend', html);
    renumber();
    const first = container.lastElementChild.querySelector('input, select, textarea');
    if (first) { first.focus(); }
  }

  form.addEventListener('click', function (event) {
    const button = event.target.closest('button[name="action"]');
    if (!button) { return; }
    if (button.value === 'add-experience') {
      event.preventDefault();
      addRow('experience-template', 'experiences', 'experiences');
    } else if (button.value === 'add-previous') {
      event.preventDefault();
      addRow('previous-template', 'previous', 'previous');
    } else if (button.hasAttribute('data-remove')) {
      event.preventDefault();
      button.closest('fieldset[data-row]').remove();
      renumber();
      schedule();
    }
  });

  // another title, or a date outside the version shown: the server re-renders the form with the right competencies
  form.addEventListener('change', function (event) {
    const target = event.target;
    if (target.name === 'titleCode' || (target.name === 'applicationDate' && outsideVersion(target.value))) {
      form.requestSubmit(refresh);
      return;
    }
    schedule();
  });
  form.addEventListener('input', function (event) {
    if (event.target.type !== 'checkbox' && event.target.type !== 'radio') { schedule(); }
  });

  function outsideVersion(value) {
    if (!value) { return false; }
    const from = form.dataset.validFrom;
    const until = form.dataset.validUntil;
    return (from && value < from) || (until && value > until);
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(check, 350);
  }

  // the form as the API's JSON: same names, blank rows left out (as the server does)
  function draft() {
    const data = new FormData(form);
    const rows = { experiences: {}, previousApplications: {} };
    const body = { titleCode: null, titleVersion: null, applicationDate: null, ccpNumbers: [] };
    data.forEach(function (value, name) {
      const m = /^(experiences|previousApplications)\[(\d+)\]\.(\w+)$/.exec(name);
      if (m) {
        const row = rows[m[1]][m[2]] = rows[m[1]][m[2]] || { competencies: [] };
        if (m[3] === 'competencies') { row.competencies.push(Number(value)); } else { row[m[3]] = value; }
      } else if (name === 'ccpNumbers') {
        body.ccpNumbers.push(Number(value));
      } else if (name in body) {
        body[name] = value || null;
      }
    });
    body.experiences = Object.keys(rows.experiences).sort(byNumber).map(function (k) { return rows.experiences[k]; })
      .filter(function (r) {
        return ['organisation', 'role', 'startDate', 'endDate', 'hoursPerWeek', 'totalHours', 'activities']
          .some(function (f) { return r[f]; }) || r.competencies.length || r.ongoing;
      })
      .map(function (r) {
        return {
          organisation: r.organisation || null, role: r.role || null, kind: r.kind || null,
          startDate: r.startDate || null, endDate: r.endDate || null, ongoing: r.ongoing === 'true',
          hoursPerWeek: number(r.hoursPerWeek), totalHours: number(r.totalHours), activities: r.activities || null,
          competencies: r.competencies
        };
      });
    body.previousApplications = Object.keys(rows.previousApplications).sort(byNumber)
      .map(function (k) { return rows.previousApplications[k]; })
      .filter(function (r) { return r.certificationCode || r.certificationName || r.date; })
      .map(function (r) {
        return { certificationCode: r.certificationCode || null, certificationName: r.certificationName || null,
          date: r.date || null, ccpOnly: r.ccpOnly === 'true' };
      });
    return body;
  }

  function byNumber(a, b) { return Number(a) - Number(b); }

  function number(value) {
    if (!value) { return null; }
    const n = Number(String(value).replace(',', '.').replace(/\s/g, ''));
    return Number.isFinite(n) ? n : null;
  }

  function check() {
    const mine = ++sequence;
    const body = draft();
    if (!body.titleCode || !body.applicationDate) { return; }
    send('/api/vae/eligibility-checks', { method: 'POST', json: body }).then(function (response) {
      return jsonOf(response).then(function (json) {
        if (json === null) { throw new Error('not JSON'); }
        return { ok: response.ok, json: json };
      });
    }).then(function (answer) {
      if (mine !== sequence) { return; }
      if (answer.ok) { show(answer.json); } else { problem(answer.json); }
    }).catch(function () {
      if (mine === sequence) { message('Vérification indisponible pour le moment : enregistrez la demande.'); }
    });
  }

  function message(text) {
    live.replaceChildren(el('p', { class: 'muted' }, [text]));
  }

  function problem(json) {
    const list = el('ul', {}, (json.errors || []).map(function (e) { return el('li', {}, [e.message]); }));
    live.replaceChildren(el('p', { class: 'field-error' }, ['Vérification impossible : ' + (json.detail || '')]), list);
  }

  function show(result) {
    const reasons = el('ul', { class: 'live-reasons' }, result.reasons.map(function (r) {
      return el('li', { class: r.outcome }, [el('strong', {}, [r.outcomeLabel + ' — ']), r.message]);
    }));
    live.replaceChildren(
      el('p', {}, [el('span', { class: 'badge big ' + result.verdict, id: 'live-verdict' }, [result.verdictLabel]),
        ' selon la règle ' + result.rule.id + ' (' + result.rule.label + ')']),
      reasons);
    const rows = [];
    result.coverage.ccps.forEach(function (ccp) {
      rows.push(el('tr', { class: 'ccp-row' }, [el('th', { colspan: '2', scope: 'rowgroup' }, ['CCP ' + ccp.number + ' – ' + ccp.name])]));
      ccp.competencies.forEach(function (c) {
        const evidence = c.covered
          ? c.experiences.map(function (x) { return 'Expérience ' + x.number + (x.label ? ' (' + x.label + ')' : ''); }).join(' · ')
          : null;
        rows.push(el('tr', { class: c.covered ? 'covered' : 'uncovered', 'data-competency': String(c.number) }, [
          el('td', {}, [c.number + '. ' + c.name]),
          el('td', {}, [evidence || el('strong', {}, ['Aucune expérience'])])]));
      });
    });
    const table = el('table', { class: 'vae-coverage' }, [
      el('caption', { class: 'sr-only' }, ['Couverture des compétences du titre par les expériences']),
      el('thead', {}, [el('tr', {}, [el('th', { scope: 'col' }, ['Compétence']), el('th', { scope: 'col' }, ['Expériences qui en témoignent'])])]),
      el('tbody', {}, rows)]);
    const uncovered = result.coverage.uncovered.map(function (u) { return u.number; }).join(', ');
    coverage.replaceChildren(table, el('p', { class: 'coverage-summary' }, [result.coverage.covered
      + ' compétence(s) couverte(s) sur ' + result.coverage.total + (uncovered ? ' ; sans expérience : ' + uncovered : '') + '.']));
  }

  check();
}

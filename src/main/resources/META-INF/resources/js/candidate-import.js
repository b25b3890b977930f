// Import page: check the file (dry run) → preview and errors → confirm → background job polled for its progress.
// Everything read from the file is put in the page as text (textContent), never as HTML.
import {el} from './lib/dom.js';
import {requestJson} from './lib/http.js';

const form = document.getElementById('import-form');
if (form) {
  start();
}

function start() {
  const fileInput = document.getElementById('file');
  const centre = document.getElementById('centreId');
  const formError = document.getElementById('file-error');
  const preview = document.getElementById('preview');
  const confirmButton = document.getElementById('confirm');
  const progress = document.getElementById('progress');
  const bar = document.getElementById('progress-bar');
  const progressText = document.getElementById('progress-text');
  const result = document.getElementById('result');
  const number = new Intl.NumberFormat('fr-FR');

  function query() {
    const params = new URLSearchParams();
    if (centre && centre.value) params.set('centreId', centre.value);
    return params.toString();
  }

  function showError(message) {
    formError.textContent = message;
    formError.hidden = false;
    fileInput.setAttribute('aria-invalid', 'true');
  }

  function send(url, file) {
    return requestJson(url, {method: 'POST', body: file,
      headers: {'Content-Type': 'text/csv', 'X-File-Name': encodeURIComponent(file.name)}});
  }

  function cell(row, text, tag) {
    row.appendChild(el(tag || 'td', {text: text == null ? '' : text, scope: tag === 'th' ? 'col' : null}));
  }

  function fillPreview(analysis) {
    const table = document.getElementById('preview-table');
    table.replaceChildren();
    const head = table.createTHead().insertRow();
    cell(head, 'Ligne', 'th');
    analysis.header.forEach(h => cell(head, h, 'th'));
    const body = table.createTBody();
    analysis.preview.forEach((values, i) => {
      const row = body.insertRow();
      cell(row, i + 2);
      values.forEach(v => cell(row, v));
    });
    const errorsBlock = document.getElementById('errors-block');
    const errorsBody = document.querySelector('#errors-table tbody');
    errorsBody.replaceChildren();
    analysis.errors.forEach(e => {
      const row = errorsBody.insertRow();
      cell(row, e.line);
      cell(row, e.field);
      cell(row, e.message);
    });
    document.getElementById('error-count').textContent = number.format(analysis.errors.length);
    errorsBlock.hidden = analysis.errors.length === 0;
    document.getElementById('summary').textContent = number.format(analysis.rows) + ' ligne(s) lue(s) ('
      + analysis.encoding + ', séparateur « ' + analysis.delimiter + ' »). ' + analysis.message;
    confirmButton.hidden = !analysis.valid;
    preview.hidden = false;
  }

  document.getElementById('analyse').disabled = false;
  form.addEventListener('submit', async event => {
    event.preventDefault();
    formError.hidden = true;
    fileInput.removeAttribute('aria-invalid');
    result.hidden = true;
    progress.hidden = true;
    const file = fileInput.files[0];
    if (centre && !centre.value) return showError('Choisissez le centre qui suivra les candidats.');
    if (!file) return showError('Choisissez un fichier CSV.');
    try {
      fillPreview(await send('/api/candidates/import?dryRun=true&' + query(), file));
    } catch (e) {
      preview.hidden = true;
      showError(e.message);
    }
  });

  confirmButton.addEventListener('click', async () => {
    confirmButton.hidden = true;
    form.querySelectorAll('input, select, button').forEach(field => field.disabled = true);
    progress.hidden = false;
    progressText.textContent = 'Envoi du fichier…';
    try {
      const job = await send('/api/candidates/import/jobs?' + query(), fileInput.files[0]);
      poll(job.id);
    } catch (e) {
      finish(e.message, true);
    }
  });

  async function poll(id) {
    try {
      const job = await requestJson('/api/candidates/import/jobs/' + id);
      bar.value = job.percent;
      progressText.textContent = job.statusLabel + (job.total ? ' : ' + number.format(job.processed) + ' / '
        + number.format(job.total) + ' lignes' : '') + ' (' + job.percent + ' %)';
      if (!job.finished) {
        setTimeout(() => poll(id), 400);
        return;
      }
      if (job.status === 'REFUSED' && job.errors) {
        fillPreview({header: [], preview: [], rows: job.total, encoding: '', delimiter: '', errors: job.errors,
          valid: false, message: job.message});
      }
      finish(job.status === 'DONE' ? 'Import terminé : ' + job.message + '.' : job.message, job.status !== 'DONE');
    } catch (e) {
      finish(e.message, true);
    }
  }

  function finish(message, failed) {
    progress.hidden = !failed ? progress.hidden : true;
    if (!failed) bar.value = 100;
    document.getElementById('result-text').textContent = message;
    result.classList.toggle('problem', failed);
    result.hidden = false;
    form.querySelectorAll('input, select, button').forEach(field => field.disabled = false);
  }
}

// Issue 19: the administration's centre field of the quality dashboard suggests the centres whose name contains what
// is typed (or of that number), 20 at most, from /api/insights/centres: a native <datalist>, so the browser keeps the
// keyboard and screen reader behaviour of a text field. Without this script the server resolves the text itself.
import {jsonOf, send} from './lib/http.js';

const input = document.getElementById('centre');
const list = document.getElementById('centre-suggestions');
if (input && list) {
  let timer = null;
  let sequence = 0;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(suggest, 200);
  });

  async function suggest() {
    const text = input.value.trim();
    if (text.length < 2 || /\(n°\s*\d+\)$/.test(text)) {
      return;
    }
    const asked = ++sequence;
    const params = new URLSearchParams({q: text});
    ['title', 'version'].forEach(function (name) {
      const field = input.form && input.form.elements.namedItem(name);
      if (field && field.value) {
        params.set(name, field.value);
      }
    });
    const response = await send('/api/insights/centres?' + params.toString());
    const centres = response.ok ? await jsonOf(response) : null;
    if (asked !== sequence || !Array.isArray(centres)) {
      return;
    }
    list.replaceChildren(...centres.map(function (c) {
      const option = document.createElement('option');
      option.value = c.value;
      return option;
    }));
  }
}

// Shared DOM helpers of the page scripts (issue 17). Everything read from the server or a file is put in the page as
// text (textContent / text nodes), never as HTML.

/**
 * A new element: el('button', {type: 'button', class: 'btn', text: 'OK', onclick: fn}, [child, 'text']).
 * Attributes null, undefined or false are left out, true gives an empty attribute; "text" sets the text, "on…" adds a
 * listener; children are nodes or strings (null ones skipped).
 */
export function el(tag, attrs, children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) {
      continue;
    }
    if (k === 'text') {
      node.textContent = String(v);
    } else if (k.startsWith('on')) {
      node.addEventListener(k.slice(2), v);
    } else {
      node.setAttribute(k, v === true ? '' : String(v));
    }
  }
  (children || []).forEach(c => {
    if (c !== null && c !== undefined && c !== false) {
      node.append(c);
    }
  });
  return node;
}

/** The element of that id. */
export function byId(id) {
  return document.getElementById(id);
}

/** Shows or hides a node (the hidden attribute). */
export function show(node, visible) {
  node.hidden = !visible;
}

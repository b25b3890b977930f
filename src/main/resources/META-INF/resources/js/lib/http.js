// Shared HTTP helpers of the page scripts (issue 17): same-origin requests with the session cookie (the server's
// SameOriginRequests filter checks the Origin the browser adds to a POST / PUT), JSON in and out, and the
// application/problem+json answers turned into one French message.

export const SESSION_EXPIRED = 'Votre session a peut-être expiré : rechargez la page.';

/** A refused request: the message to show, the problem+json body (or null) and the HTTP status. */
export class ProblemError extends Error {
  constructor(message, problem, status) {
    super(message);
    this.problem = problem;
    this.status = status;
  }
}

/**
 * The message of a problem+json body: its detail (else its title), then the messages of its per-field errors that say
 * something more, prefixed with the field when {fields: true}.
 */
export function problemText(problem, options) {
  if (!problem) {
    return 'Erreur inattendue.';
  }
  const head = problem.detail || problem.title || 'Erreur.';
  const details = (problem.errors || []).filter(e => e.message && e.message !== head)
    .map(e => (options && options.fields && e.field ? e.field + ' : ' : '') + e.message);
  return [head].concat(details).join(' ');
}

/**
 * fetch() with the platform's habits: same-origin credentials, Accept JSON, a JSON body when options.json is given.
 * Other options (method, body, redirect, headers) pass through. Rejects only when the network fails.
 */
export function send(url, options) {
  const o = options || {};
  const headers = Object.assign({'Accept': 'application/json'}, o.headers || {});
  let body = o.body;
  if (o.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(o.json);
  }
  const init = {method: o.method || 'GET', credentials: 'same-origin', headers: headers, body: body};
  if (o.redirect) {
    init.redirect = o.redirect;
  }
  return fetch(url, init);
}

/** The JSON body of an answer, or null when it has none (an HTML login page, an empty body). */
export async function jsonOf(response) {
  const type = response.headers.get('Content-Type') || '';
  if (!type.includes('json')) {
    return null;
  }
  try {
    return await response.json();
  } catch (e) {
    return null;
  }
}

/**
 * The JSON body of a successful answer (2xx); otherwise throws a ProblemError with the French message of the
 * problem, or SESSION_EXPIRED when the answer is not JSON (the login page after an expired session).
 */
export async function readJson(response, options) {
  const body = await jsonOf(response);
  if (body === null) {
    throw new ProblemError(SESSION_EXPIRED, null, response.status);
  }
  if (!response.ok) {
    throw new ProblemError(problemText(body, options), body, response.status);
  }
  return body;
}

/** send() then readJson(). */
export async function requestJson(url, options) {
  return readJson(await send(url, options), options);
}

// One sign-in with Camunda's webapps: our pages call /api with the session Tasklist, Cockpit or the Welcome
// page signed in (no browser password prompt), and send the session's XSRF token with every change, which the
// API requires (another site's page can neither read nor send it). Not signed in: to the webapps' login.
'use strict';
window.JobalyqSignIn = (function () {
  const SIGN_IN = '/camunda/app/welcome/default/';
  const UNSAFE = ['POST', 'PUT', 'PATCH', 'DELETE'];
  let session = null;

  function toLogin() {
    window.location.assign(SIGN_IN);
  }

  // The signed-in user ({userId, groups, xsrfToken}); sends the person to the login page when there is none.
  async function current() {
    if (session) {
      return session;
    }
    const response = await fetch('/api/session', {
      credentials: 'same-origin',
      headers: { 'X-Requested-With': 'XMLHttpRequest', Accept: 'application/json' }
    });
    if (response.status === 401) {
      toLogin();
      throw new Error(window.JobalyqLanguage ? JobalyqLanguage.text('Жүйеге кіріңіз', 'Войдите в систему')
        : 'Жүйеге кіріңіз · Войдите в систему');
    }
    if (!response.ok) {
      throw new Error('HTTP ' + response.status);
    }
    session = await response.json();
    return session;
  }

  // fetch() for our API: the session's cookie, the XSRF header on changes, the login page on 401.
  async function api(path, options) {
    const settings = Object.assign({}, options || {});
    const headers = new Headers(settings.headers || {});
    headers.set('X-Requested-With', 'XMLHttpRequest');
    if (UNSAFE.includes((settings.method || 'GET').toUpperCase())) {
      const signedIn = await current();
      if (signedIn.xsrfToken) {
        headers.set('X-XSRF-TOKEN', signedIn.xsrfToken);
      }
    }
    settings.headers = headers;
    settings.credentials = 'same-origin';
    const response = await fetch(path, settings);
    if (response.status === 401) {
      session = null;
      toLogin();
    }
    return response;
  }

  return { current, api, signInPage: SIGN_IN };
})();

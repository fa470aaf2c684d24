// A browser's side of the webapps' sign-in, shared by the task-list benchmark and the two-node check.

/** A browser's cookie jar, enough for the webapps' sign-in. A target is anything with a base address (`base`). */
export class Browser {
  constructor() { this.cookies = new Map(); }
  header() { return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '); }
  keep(response) {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const equals = pair.indexOf('=');
      this.cookies.set(pair.slice(0, equals).trim(), pair.slice(equals + 1).trim());
    }
  }
  async fetch(target, path, { method = 'GET', headers = {}, body } = {}) {
    const ask = () => fetch(target.base + path, {
      method, body, redirect: 'manual', headers: { cookie: this.header(), ...headers },
    });
    let response;
    for (let attempt = 1; !response; attempt++) {
      try {
        response = await ask();
      } catch (error) {
        // After a long pause (the task-list benchmark generating 50,000 tasks) Node may reuse a kept-alive
        // connection the server has just closed: a GET is asked again (up to three times), each time on another one.
        if (method !== 'GET' || attempt >= 3 || !closedWhileIdle(error)) throw error;
      }
    }
    this.keep(response);
    return response;
  }
}

function closedWhileIdle(error) {
  const cause = error?.cause;
  return ['UND_ERR_SOCKET', 'ECONNRESET', 'EPIPE'].includes(cause?.code);
}

/** Tasklist's own login, as a person signs in (demo users: password "demo"): the answer and the token it used. */
export async function signInToTasklist(browser, target, username = 'lead', password = 'demo') {
  const page = await browser.fetch(target, '/camunda/app/tasklist/default/');
  await page.arrayBuffer(); // read to the end, so the connection is free for the next call
  const token = page.headers.get('x-xsrf-token');
  const login = await browser.fetch(target, '/camunda/api/admin/auth/user/default/login/tasklist', {
    method: 'POST', body: new URLSearchParams({ username, password }),
    headers: { 'x-xsrf-token': token, 'content-type': 'application/x-www-form-urlencoded' },
  });
  return { login, token };
}

/** An error with what lies under it: Node's fetch says only "fetch failed" and keeps the socket's reason as its cause. */
export function describeError(error) {
  let text = error?.stack || String(error);
  for (let cause = error?.cause; cause; cause = cause.cause) text += `\n  caused by: ${cause.stack || cause}`;
  return text;
}

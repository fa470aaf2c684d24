// The engine REST API as Tasklist's users call it: /engine-rest with HTTP Basic as a demo user.
// Every call is timed under its scenario and step; a call that writes counts as one engine transaction.

export class CallFailed extends Error {}

export class Recorder {
  constructor() {
    this.latencies = new Map(); // "scenario step" -> [ms]
    this.writes = new Map();    // scenario -> write calls
    this.failures = [];
    this.enabled = true;        // off during the warm-up
    this.statements = new Map(); // "scenario step" -> DB statements of that call (the probe run)
    this.cpu = new Map();       // "scenario step" -> [request thread CPU ms, from the answer's Server-Timing]
  }

  record(scenario, step, ms, write, cpu) {
    if (!this.enabled) return;
    const key = `${scenario}\t${step}`;
    if (!this.latencies.has(key)) this.latencies.set(key, []);
    this.latencies.get(key).push(ms);
    if (cpu !== null) {
      if (!this.cpu.has(key)) this.cpu.set(key, []);
      this.cpu.get(key).push(cpu);
    }
    if (write) this.writes.set(scenario, (this.writes.get(scenario) || 0) + 1);
  }
}

export class Engine {
  constructor(base, recorder) {
    this.base = base;
    this.recorder = recorder;
    this.statementCount = null; // set for the probe run: () => the platform's DB statements so far
  }

  /** A client signed in as one user (password "demo", the dev profile's) for one scenario. */
  as(user, scenario, password = 'demo') {
    return new Session(this, user, password, scenario);
  }
}

class Session {
  constructor(engine, user, password, scenario) {
    Object.assign(this, { engine, user, scenario });
    this.authorization = 'Basic ' + Buffer.from(`${user}:${password}`).toString('base64');
  }

  get(step, path) {
    return this.#call(step, 'GET', path, undefined, false);
  }

  /** A call that changes state: one engine command, one database transaction. */
  post(step, path, body) {
    return this.#call(step, 'POST', path, body, true);
  }

  /** Setup calls (deployment, authorizations): not timed, not counted. */
  async setup(method, path, body) {
    return this.#send(method, path, body);
  }

  async #call(step, method, path, body, write) {
    const count = this.engine.statementCount;
    const before = count?.();
    const started = performance.now();
    const { answer, cpu } = await this.#exchange(method, path, body, step);
    this.engine.recorder.record(this.scenario, step, performance.now() - started, write, cpu);
    if (count) this.engine.recorder.statements.set(`${this.scenario}\t${step}`, count() - before);
    return answer;
  }

  async #send(method, path, body, step = method) {
    return (await this.#exchange(method, path, body, step)).answer;
  }

  /** The answer, and the CPU its request thread took (Server-Timing "cpu", JOBALYQ_SERVER_TIMING) or null. */
  async #exchange(method, path, body, step) {
    const headers = { authorization: this.authorization, accept: 'application/json' };
    let payload = body;
    if (body !== undefined && !(body instanceof FormData)) {
      headers['content-type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    let response;
    try {
      response = await fetch(this.engine.base + path, { method, headers, body: payload });
    } catch (error) {
      throw new CallFailed(`${this.scenario} ${step}: ${method} ${path} as ${this.user}: ${error.cause?.message || error.message}`);
    }
    const text = await response.text();
    if (!response.ok) {
      // The platform names the reason (a form field, a permission): keep it for the report.
      throw new CallFailed(`${this.scenario} ${step}: ${method} ${path} as ${this.user}: ${response.status} ${text.slice(0, 400)}`);
    }
    const cpu = /(?:^|,)\s*cpu;dur=([\d.]+)/.exec(response.headers.get('server-timing') || '');
    return { answer: text ? JSON.parse(text) : null, cpu: cpu ? Number(cpu[1]) : null };
  }
}

/** Camunda's typed variables from plain values, as Tasklist's form submits them. */
export function variables(values) {
  const typed = {};
  for (const [name, value] of Object.entries(values)) {
    const type = typeof value === 'boolean' ? 'Boolean' : typeof value === 'number' ? 'Long' : 'String';
    typed[name] = { value, type };
  }
  return typed;
}

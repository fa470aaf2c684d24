// The task-list questions at scale, on a running platform: adds generated open and historic tasks in steps
// (bench/tasklist/generate.sql) and asks the first Tasklist screen's questions through the REST API and in plain SQL
// (bench/tasklist/plain.sql). Used by bench/tasklist.mjs (bench/run --tasklist) and by the benchmark's smoke.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { Browser, describeError, signInToTasklist } from './browser.mjs';
import { percentile } from './report.mjs';

export const SMOKE = { sizes: [200, 400], historic: 2_000, repeat: 3, warmup: 1 };
/**
 * Each question is asked `warmup` times untimed before its `repeat` timed askings at every step: the platform has
 * just started, and without it the first calls measure the JVM compiling the request path, not the query.
 */
export const FULL = { sizes: [10_000, 50_000, 100_000], historic: 1_000_000, repeat: 60, warmup: 40 };

/** Asks at each step and prints the table; answers the number of failures. db: host, port, admin, name. */
export async function taskLists({ base, db, root, options, cpuMillis = null }) {
  const psql = (args, input) => execFileSync('psql', ['-h', db.host, '-p', String(db.port), '-U', db.admin,
    '-d', db.name, '-XAtq', '-v', 'ON_ERROR_STOP=1', ...args],
  { input, stdio: [input ? 'pipe' : 'ignore', 'pipe', 'pipe'], maxBuffer: 1 << 26 }).toString().trim();
  const platform = { base };
  /** Who asks (demo users): a project lead (a record-scoped role) and a planner (a ministry-wide one). */
  const PEOPLE = [{ user: 'lead', groups: ['project-lead'] }, { user: 'planner', groups: ['planning-unit'] }];
  const MY_WORK = 'Менің жұмысым';
  const MY_GROUPS = 'Менің топтарымның тапсырмалары';

  async function rest(user, method, path, body, accept = 'application/json') {
    const started = performance.now();
    const response = await fetch(platform.base + '/engine-rest' + path, {
      method, body: body && JSON.stringify(body),
      headers: {
        authorization: 'Basic ' + Buffer.from(`${user}:demo`).toString('base64'), accept,
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} as ${user}: ${response.status} ${text.slice(0, 300)}`);
    return { ms: performance.now() - started, answer: text ? JSON.parse(text) : null };
  }

  /**
   * Signs in through Tasklist's own login, as a person does once: Tasklist then asks with the session cookie and
   * the XSRF token through the webapps' engine API (/camunda/api/engine/…), never with a password per call.
   */
  async function signIn(user) {
    const browser = new Browser();
    const { login, token } = await signInToTasklist(browser, platform, user);
    if (login.status !== 200) throw new Error(`Tasklist sign-in as ${user}: ${login.status} ${(await login.text()).slice(0, 300)}`);
    await login.arrayBuffer();
    // The signed-in session has a token of its own, which Tasklist reads as it loads.
    const page = await browser.fetch(platform, '/camunda/app/tasklist/default/');
    await page.arrayBuffer();
    return { user, browser, token: page.headers.get('x-xsrf-token') || token };
  }

  /** A call as Tasklist makes it, in a signed-in session: time in ms and the answer. */
  async function tasklist(session, path, body, accept = 'application/json') {
    const started = performance.now();
    const response = await session.browser.fetch(platform, '/camunda/api/engine/engine/default' + path, {
      method: 'POST', body: JSON.stringify(body),
      headers: { 'x-xsrf-token': session.token, origin: platform.base, accept, 'content-type': 'application/json' },
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`POST ${path} in ${session.user}'s Tasklist session: ${response.status} ${text.slice(0, 300)}`);
    return { ms: performance.now() - started, answer: text ? JSON.parse(text) : null };
  }

  /** The four plain-SQL answers' times in ms, from psql's own \timing, `repeat` times each (after the warm-up). */
  function plainTimes(person, warmup) {
    const script = [];
    for (let r = 0; r < warmup; r++) script.push(`\\i ${resolve(root, 'bench/tasklist/plain.sql')}`);
    script.push('\\timing on');
    for (let r = 0; r < options.repeat; r++) script.push(`\\i ${resolve(root, 'bench/tasklist/plain.sql')}`);
    const out = psql(['-v', `user=${person.user}`, '-v', `groups=${person.groups.map(g => `'${g}'`).join(',')}`], script.join('\n'));
    const times = [...out.matchAll(/^Time: ([\d.]+) ms/gm)].map(m => Number(m[1]));
    const counts = out.split('\n').filter(line => /^\d+$/.test(line)).map(Number);
    const kinds = ['work list', 'work count', 'groups list', 'groups count'];
    const result = Object.fromEntries(kinds.map(k => [k, []]));
    times.forEach((t, k) => result[kinds[k % 4]].push(t));
    return { times: result, workCount: counts[0], groupsCount: counts[1] };
  }

  const rows = [];
  let failures = 0;
  try {
    const template = psql(['-c', "SELECT id_ FROM act_ru_task WHERE task_def_key_ IS NOT NULL ORDER BY name_ LIMIT 1"]);
    if (!template) throw new Error('no open task in the demo data to copy');
    const filters = (await rest('lead', 'GET', '/filter?resourceType=Task')).answer;
    const filterId = name => filters.find(f => f.name === name)?.id ?? (() => { throw new Error(`no filter "${name}"`); })();
    const questions = [['work', filterId(MY_WORK)], ['groups', filterId(MY_GROUPS)]];

    let open = 0;
    for (const [step, size] of options.sizes.entries()) {
      const historicNow = Math.round(options.historic * (step + 1) / options.sizes.length);
      const historicBefore = Math.round(options.historic * step / options.sizes.length);
      const began = performance.now();
      psql(['-v', `from=${open + 1}`, '-v', `to=${size}`, '-v', `hfrom=${historicBefore}`,
        '-v', `historic=${historicNow - historicBefore}`, '-v', `template=${template}`,
        '-f', resolve(root, 'bench/tasklist/generate.sql')]);
      open = size;
      console.log(`${size} generated open tasks, ${historicNow} historic (${((performance.now() - began) / 1000).toFixed(1)} s)`);
      // The JVM compiles the request path at the first step; later steps warm the database's caches for new data.
      const warmup = (step > 0 ? options.warmupLater : undefined) ?? options.warmup ?? 0;
      for (const person of PEOPLE) {
        const plain = plainTimes(person, warmup);
        const session = await signIn(person.user);
        for (const [kind, id] of questions) {
          const list = [];
          const count = [];
          let counted = null;
          let cpuBefore = null;
          for (let r = -warmup; r < options.repeat; r++) {
            if (r === 0 && cpuMillis) cpuBefore = cpuMillis();
            // As Tasklist asks: the page as HAL (with its users and definitions), then the filter's count.
            const page = await tasklist(session, `/filter/${id}/list?firstResult=0&maxResults=15`,
              { sorting: [{ sortBy: 'dueDate', sortOrder: 'asc' }] }, 'application/hal+json');
            const answer = await tasklist(session, `/filter/${id}/count`, {});
            if (r < 0) continue; // warm-up: asked, not timed
            list.push(page.ms);
            count.push(answer.ms);
            counted = answer.answer.count;
          }
          // The JVM's CPU (all threads) over the timed askings, per list + count: steadier than latency on a busy
          // machine, and what a change to the REST path's own cost moves.
          const cpuPerPair = cpuBefore === null ? NaN : (cpuMillis() - cpuBefore) / options.repeat;
          const expected = kind === 'work' ? plain.workCount : plain.groupsCount;
          // Plain SQL counts every candidate task; the engine only those the user may read. For a record-scoped
          // role the group's tasks of other records are not the lead's: the engine's count is smaller, never larger.
          if (counted > expected) {
            failures++;
            console.log(`  FAILED: ${person.user} ${kind}: the engine counts ${counted}, plain SQL ${expected}`);
          }
          rows.push({ size, user: person.user, kind, counted, plainCount: expected,
            list, count, plainList: plain.times[`${kind} list`], plainCount_: plain.times[`${kind} count`], cpuPerPair });
        }
      }
    }
  } catch (error) {
    failures++;
    console.log(`FAILED: ${describeError(error)}`);
  }

  const f = v => (Number.isFinite(v) ? (v >= 100 ? v.toFixed(0) : v.toFixed(1)) : '-');
  const p = (values, q) => percentile(values, q);
  console.log('\nFirst page (15, by due date) and count of each filter, ms: REST as Tasklist asks it vs plain SQL (psql);'
    + ' JVM CPU: the platform\'s CPU ms per list + count, over the timed askings');
  console.log(['open', 'user', 'filter', 'tasks', 'list p50', 'list p95', 'SQL p95', 'ratio', 'count p50', 'count p95',
    'SQL p95', 'ratio', 'JVM CPU'].join('\t'));
  for (const r of rows) {
    const ratioList = p(r.list, 95) / p(r.plainList, 95);
    const ratioCount = p(r.count, 95) / p(r.plainCount_, 95);
    console.log([r.size, r.user, r.kind === 'work' ? 'my work' : "my groups'", r.counted, f(p(r.list, 50)), f(p(r.list, 95)),
      f(p(r.plainList, 95)), f(ratioList), f(p(r.count, 50)), f(p(r.count, 95)), f(p(r.plainCount_, 95)), f(ratioCount), f(r.cpuPerPair)].join('\t'));
  }
  if (options.sizes.length > 1) {
    console.log('\nGrowth from the first to the last step (p95 of list + count; linear growth = the open-task ratio)');
    const first = options.sizes[0];
    const last = options.sizes[options.sizes.length - 1];
    for (const person of PEOPLE) for (const kind of ['work', 'groups']) {
      const at = size => rows.find(r => r.size === size && r.user === person.user && r.kind === kind);
      const a = at(first);
      const b = at(last);
      if (!a || !b) continue;
      const cost = r => p(r.list, 95) + p(r.count, 95);
      console.log(`  ${person.user} ${kind === 'work' ? 'my work' : "my groups'"}: ×${f(cost(b) / cost(a))} for ×${f(last / first)} open tasks`);
    }
  }
  return failures;
}

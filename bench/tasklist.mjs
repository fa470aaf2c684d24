// Task lists at scale, started by bench/run --tasklist: starts the platform on a fresh PostgreSQL database, adds
// open and historic tasks in steps (bench/tasklist/generate.sql: rows as the engine writes them, one
// authorisation row per candidate), and at each step asks the first Tasklist screen's questions ("my work" and "my
// groups' tasks", by due date, first page of 15, and their counts) through the REST API as Tasklist does
// (authorisation on) and the same questions in plain SQL (bench/tasklist/plain.sql), printing p50/p95 of each,
// their ratio, and how each grows with the open tasks.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Platform } from './lib/platform.mjs';
import { percentile } from './lib/report.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const env = process.env;
const USAGE = `bench/run --tasklist [--smoke] [--sizes 10000,50000,100000] [--historic N] [--repeat R] [--port P]
  --sizes     open tasks at each step (default 10000,50000,100000; --smoke: 200,400)
  --historic  ended tasks added in all (default 1000000; --smoke: 2000)
  --repeat    times each question is asked per step (default 15; --smoke: 3)`;

const argv = process.argv.slice(2);
const smoke = argv.includes('--smoke');
const options = {
  sizes: smoke ? [200, 400] : [10_000, 50_000, 100_000], historic: smoke ? 2_000 : 1_000_000,
  repeat: smoke ? 3 : 15, port: 18080, jar: null,
};
for (let i = 0; i < argv.length; i++) {
  const value = () => argv[++i];
  switch (argv[i]) {
    case '--smoke': case '--tasklist': break;
    case '--sizes': options.sizes = value().split(',').map(Number); break;
    case '--historic': options.historic = Number(value()); break;
    case '--repeat': options.repeat = Number(value()); break;
    case '--port': options.port = Number(value()); break;
    case '--jar': options.jar = value(); break;
    case '-h': case '--help': console.log(USAGE); process.exit(0); break;
    default: console.error(`bench: unknown option ${argv[i]}\n${USAGE}`); process.exit(2);
  }
}
const bad = options.sizes.some((n, k) => !Number.isInteger(n) || n < 1 || (k > 0 && n <= options.sizes[k - 1]));
if (bad || !Number.isInteger(options.historic) || options.historic < 0 || !(options.repeat >= 1)) {
  console.error(`bench: --sizes must be rising whole numbers, --historic and --repeat whole numbers\n${USAGE}`);
  process.exit(2);
}

const db = {
  host: env.BENCH_PG_HOST || '127.0.0.1', port: env.BENCH_PG_PORT || '5432', admin: env.BENCH_PG_ADMIN || 'postgres',
  name: env.BENCH_DB || 'jobalyq_bench',
};
const psql = (args, input) => execFileSync('psql', ['-h', db.host, '-p', String(db.port), '-U', db.admin, '-d', db.name,
  '-XAtq', '-v', 'ON_ERROR_STOP=1', ...args], { input, stdio: [input ? 'pipe' : 'ignore', 'pipe', 'pipe'], maxBuffer: 1 << 26 })
  .toString().trim();

mkdirSync(resolve(root, 'target/bench'), { recursive: true });
const platform = new Platform({
  jar: options.jar, port: options.port, root, log: resolve(root, 'target/bench/platform-tasklist.log'),
  env: {
    JOBALYQ_DB_URL: `jdbc:postgresql://${db.host}:${db.port}/${db.name}`,
    JOBALYQ_DB_USER: env.JOBALYQ_DB_USER || 'jobalyq', JOBALYQ_DB_PASSWORD: env.JOBALYQ_DB_PASSWORD || 'jobalyq',
    JOBALYQ_MAIL_ENABLED: 'false',
  },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => platform.stop().finally(() => process.exit(130)));

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

/** The four plain-SQL answers' times in ms, from psql's own \timing, `repeat` times each. */
function plainTimes(person) {
  const script = ['\\timing on'];
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
  console.log(`Starting the platform (${options.jar}) on PostgreSQL database ${db.name}; log: target/bench/platform-tasklist.log`);
  const startup = await platform.start();
  console.log(`Ready in ${startup.ready.toFixed(1)} s`);
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
    for (const person of PEOPLE) {
      const plain = plainTimes(person);
      for (const [kind, id] of questions) {
        const list = [];
        const count = [];
        let counted = null;
        for (let r = 0; r < options.repeat; r++) {
          // As Tasklist asks: the page as HAL (with its users and definitions), then the filter's count.
          list.push((await rest(person.user, 'POST', `/filter/${id}/list?firstResult=0&maxResults=15`,
            { sorting: [{ sortBy: 'dueDate', sortOrder: 'asc' }] }, 'application/hal+json')).ms);
          const answer = await rest(person.user, 'POST', `/filter/${id}/count`, {});
          count.push(answer.ms);
          counted = answer.answer.count;
        }
        const expected = kind === 'work' ? plain.workCount : plain.groupsCount;
        // Plain SQL counts every candidate task; the engine only those the user may read. For a record-scoped
        // role the group's tasks of other records are not the lead's: the engine's count is smaller, never larger.
        if (counted > expected) {
          failures++;
          console.log(`  FAILED: ${person.user} ${kind}: the engine counts ${counted}, plain SQL ${expected}`);
        }
        rows.push({ size, user: person.user, kind, counted, plainCount: expected,
          list, count, plainList: plain.times[`${kind} list`], plainCount_: plain.times[`${kind} count`] });
      }
    }
  }
} catch (error) {
  failures++;
  console.log(`FAILED: ${error.stack || error}`);
} finally {
  await platform.stop();
}

const f = v => (Number.isFinite(v) ? (v >= 100 ? v.toFixed(0) : v.toFixed(1)) : '-');
const p = (values, q) => percentile(values, q);
console.log('\nFirst page (15, by due date) and count of each filter, ms: REST as Tasklist asks it vs plain SQL (psql)');
console.log(['open', 'user', 'filter', 'tasks', 'list p50', 'list p95', 'SQL p95', 'ratio', 'count p50', 'count p95',
  'SQL p95', 'ratio'].join('\t'));
for (const r of rows) {
  const ratioList = p(r.list, 95) / p(r.plainList, 95);
  const ratioCount = p(r.count, 95) / p(r.plainCount_, 95);
  console.log([r.size, r.user, r.kind === 'work' ? 'my work' : "my groups'", r.counted, f(p(r.list, 50)), f(p(r.list, 95)),
    f(p(r.plainList, 95)), f(ratioList), f(p(r.count, 50)), f(p(r.count, 95)), f(p(r.plainCount_, 95)), f(ratioCount)].join('\t'));
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
console.log(failures === 0 ? '\nOK: every question answered' : `\nFAILED: ${failures} failure(s); see target/bench/platform-tasklist.log`);
process.exit(failures === 0 ? 0 : 1);

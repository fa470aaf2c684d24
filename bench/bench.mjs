// The benchmark's driver, started by bench/run: starts the platform, times it until ready, deploys the baseline
// process, then runs the baseline and the change-request scenarios in alternating blocks on N client "threads"
// (concurrent requests), measuring each block's wall time, JVM CPU time and PostgreSQL counters.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { availableParallelism } from 'node:os';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseOptions } from './lib/options.mjs';
import { Platform, cpuByThreadGroup, sleep } from './lib/platform.mjs';
import { Database, difference, addStatementCalls } from './lib/database.mjs';
import { Engine, Recorder, CallFailed } from './lib/engine.mjs';
import {
  prepare, baseline, baselineSteps, changeRequest, unfinished, BASELINE, BASELINE_STEPS, CHANGE_REQUEST,
} from './lib/scenarios.mjs';
import { figures, print, requestCpu } from './lib/report.mjs';
import { taskLists, SMOKE as TASKLIST_SMOKE } from './lib/tasklist.mjs';
import { calendarEdits, SMOKE as CALENDAR_SMOKE } from './lib/calendar.mjs';
import { describeError } from './lib/browser.mjs';

const MAX_FAILURES = 10;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const env = process.env;

let options;
try {
  options = parseOptions(process.argv.slice(2));
} catch (error) {
  console.error(`bench: ${error.message}`);
  process.exit(2);
}
if (options.check) process.exit(0);
mkdirSync(resolve(root, 'target/bench'), { recursive: true });
const database = new Database({
  host: env.BENCH_PG_HOST || '127.0.0.1', port: env.BENCH_PG_PORT || '5432', admin: env.BENCH_PG_ADMIN || 'postgres',
  name: env.BENCH_DB || 'jobalyq_bench', appRole: env.JOBALYQ_DB_USER || 'jobalyq',
});
const platform = new Platform({
  jar: options.jar, port: options.port, root, log: resolve(root, 'target/bench/platform.log'),
  env: {
    JOBALYQ_DB_URL: `jdbc:postgresql://${database.host}:${database.port}/${database.name}`,
    JOBALYQ_DB_USER: database.appRole,
    JOBALYQ_DB_PASSWORD: env.JOBALYQ_DB_PASSWORD || 'jobalyq',
    // No SMTP server here: mail would only fail and retry in the background, disturbing the figures.
    JOBALYQ_MAIL_ENABLED: 'false',
    // Each answer tells its request thread's CPU: printed per step.
    JOBALYQ_SERVER_TIMING: 'true',
  },
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => platform.stop().finally(() => process.exit(130)));
}

const recorder = new Recorder();
const engine = new Engine(platform.base, recorder);
const NAMES = [BASELINE, BASELINE_STEPS, CHANGE_REQUEST];
const started = Object.fromEntries(NAMES.map(name => [name, []]));
let exitCode = 0;

/** Runs n iterations of one scenario on up to `threads` concurrent clients; a failed iteration is recorded. */
async function iterations(name, run, n) {
  let next = 0;
  const client = async () => {
    while (next < n && recorder.failures.length < MAX_FAILURES) {
      next++;
      try {
        started[name].push(await run());
      } catch (error) {
        if (!(error instanceof CallFailed)) throw error;
        recorder.failures.push(error.message);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.threads, n) }, client));
}

/**
 * Start-up against a bare Camunda application (bench/bare: the starter's engine, webapps, REST and actuator, no
 * Jobalyq) and the fixed stack's floor (bench/floor: the same with Spring Data JPA, Flyway and Spring Security, one
 * entity, repository and migration), in rounds whose order turns each time, each start on a fresh H2 database of its
 * own: seconds to ready and JVM CPU seconds until then. The platform starts with the dev profile, as in the rest of
 * the run (demo users and projects), packed as the others are and, in a fourth start, as the image starts it:
 * extracted, with the class-data archive bench/run made for it (ops/class-data-archive).
 */
async function startupRounds(rounds) {
  const dev = ['--spring.profiles.active=dev'];
  // Each start: its jar (none: not in this run), its arguments after the jar, its JVM options before it.
  const apps = {
    bare: { jar: options.bareJar },
    floor: { jar: options.floorJar },
    platform: { jar: options.jar, args: dev },
    // The jar of the extracted copy bench/run made. -Xshare:on: a JVM that cannot use the archive refuses to start, so
    // an archive that stopped working fails the run.
    shipped: options.shippedApp && {
      jar: resolve(options.shippedApp, basename(options.jar)), args: dev,
      javaOptions: ['-Xshare:on', `-XX:SharedArchiveFile=${options.shippedApp}/jobalyq.jsa`],
    },
  };
  const names = Object.keys(apps).filter(name => apps[name]?.jar);
  const runs = Object.fromEntries(names.map(name => [name, []]));
  for (let round = 0; round < rounds; round++) {
    const order = names.map((_, i) => names[(i + round) % names.length]);
    for (const name of order) {
      const dir = mkdtempSync(resolve(tmpdir(), `jobalyq-startup-${name}-`));
      const app = new Platform({
        jar: resolve(root, apps[name].jar), port: options.port, root, cwd: dir,
        log: resolve(root, `target/bench/startup-${name}.log`),
        args: apps[name].args ?? [], javaOptions: apps[name].javaOptions ?? [],
        env: {
          JOBALYQ_DB_URL: `jdbc:h2:file:${dir}/db;DB_CLOSE_ON_EXIT=FALSE`, JOBALYQ_DB_USER: 'sa', JOBALYQ_DB_PASSWORD: '',
          JOBALYQ_MODELS_LOCATION: root, JOBALYQ_MAIL_ENABLED: 'false',
        },
      });
      try {
        runs[name].push(await app.start());
      } finally {
        await app.stop();
        rmSync(dir, { recursive: true, force: true });
      }
      process.stdout.write(`  start-up ${name}: ready in ${runs[name].at(-1).ready.toFixed(1)} s, ` +
        `${runs[name].at(-1).cpu.toFixed(1)} CPU s\n`);
    }
  }
  return runs;
}

try {
  let startups = null;
  if (options.bareJar) {
    console.log(`Start-up on fresh H2, ${options.startupPairs} round(s) of a bare Camunda application` +
      `${options.floorJar ? ', the fixed stack\'s floor' : ''}, the platform` +
      `${options.shippedApp ? ' and the platform as the image starts it' : ''}`);
    startups = await startupRounds(options.startupPairs);
  }
  console.log(`Starting the platform (${options.jar}) on PostgreSQL database ${database.name}; log: target/bench/platform.log`);
  const startup = await platform.start();
  console.log(`Ready in ${startup.ready.toFixed(1)} s`);
  const context = await prepare(engine, resolve(root, 'bench'));
  const scenarios = {
    [BASELINE]: () => baseline(engine),
    [BASELINE_STEPS]: () => baselineSteps(engine),
    [CHANGE_REQUEST]: () => changeRequest(engine, context),
  };
  const settle = options.settle ?? (database.statementsAvailable ? 0 : 11);

  recorder.enabled = false;
  for (const [name, run] of Object.entries(scenarios)) await iterations(name, run, options.warmup);
  recorder.enabled = true;
  await sleep(settle * 1000);

  const totals = {};
  const done = {};
  for (const name of Object.keys(scenarios)) {
    totals[name] = { instances: 0, seconds: 0, cpuMillis: 0, threadCpuMillis: {}, serverCpuMillis: 0, db: { xacts: 0, rowsRead: 0, rowsWritten: 0, statements: 0, statementMillis: 0 } };
    done[name] = 0;
  }
  let counters = database.counters();
  let calls = database.statementCalls();
  const statementsBy = Object.fromEntries(Object.keys(scenarios).map(name => [name, new Map()]));
  // Blocks take turns (A B C, B C A, C A B, …) so that warming up, a growing history and background work weigh on
  // every scenario alike.
  for (let round = 0; NAMES.some(name => done[name] < options.iterations); round++) {
    const order = NAMES.map((_, i) => NAMES[(i + round) % NAMES.length]);
    for (const name of order) {
      const n = Math.min(options.block, options.iterations - done[name]);
      if (n === 0 || recorder.failures.length >= MAX_FAILURES) continue;
      const cpuBefore = platform.cpuSnapshot();
      const serverCpuBefore = database.serverCpuMillis();
      const begin = performance.now();
      const before = started[name].length;
      await iterations(name, scenarios[name], n);
      totals[name].seconds += (performance.now() - begin) / 1000;
      const cpuAfter = platform.cpuSnapshot();
      totals[name].cpuMillis += cpuAfter.millis - cpuBefore.millis;
      for (const [group, millis] of Object.entries(cpuByThreadGroup(cpuBefore, cpuAfter))) {
        totals[name].threadCpuMillis[group] = (totals[name].threadCpuMillis[group] ?? 0) + millis;
      }
      totals[name].serverCpuMillis += database.serverCpuMillis() - serverCpuBefore;
      totals[name].instances += started[name].length - before;
      done[name] += n;
      await sleep(settle * 1000);
      const now = database.counters();
      const delta = difference(now, counters);
      counters = now;
      const callsNow = database.statementCalls();
      addStatementCalls(statementsBy[name], callsNow, calls);
      calls = callsNow;
      for (const key of Object.keys(delta)) totals[name].db[key] += delta[key];
      process.stdout.write(`  ${name}: ${done[name]}/${options.iterations}\n`);
    }
  }

  // Statements per REST call: one more instance of each scenario, alone, counted call by call.
  if (database.statementsAvailable) {
    recorder.enabled = false;
    engine.statementCount = () => database.counters().statements;
    for (const [name, run] of Object.entries(scenarios)) await iterations(name, run, 1);
    engine.statementCount = null;
  }

  const columns = {};
  for (const name of Object.keys(scenarios)) {
    columns[name] = figures(totals[name], recorder.writes.get(name) || 0, requestCpu(recorder.cpu, name));
  }
  print({
    options, startup, startups, columns, names: NAMES, latencies: recorder.latencies, cpu: recorder.cpu,
    statements: recorder.statements, statementsAvailable: database.statementsAvailable, settle, cpus: availableParallelism(),
  });

  if (calls) {
    // Per instance of each scenario, over its measured blocks (start-up and warm-up left out): where its work goes.
    const ids = new Set(NAMES.flatMap(name => [...statementsBy[name].keys()]));
    const per = (name, id, key) => (statementsBy[name].get(id)?.[key] ?? 0) / Math.max(1, totals[name].instances);
    const rows = [...ids].map(id => ({
      calls: NAMES.map(name => per(name, id, 'calls')), millis: NAMES.map(name => per(name, id, 'millis')),
      query: NAMES.map(name => statementsBy[name].get(id)).find(Boolean).query,
    })).sort((a, b) => b.calls.at(-1) - a.calls.at(-1) || b.calls[0] - a.calls[0]);
    writeFileSync(resolve(root, 'target/bench/statements.tsv'),
      [...NAMES.map(name => `${name} per instance`), ...NAMES.map(name => `${name} ms per instance`), 'statement']
        .join('\t') + '\n'
      + rows.map(r => [...r.calls.map(c => c.toFixed(2)), ...r.millis.map(m => m.toFixed(3)), r.query].join('\t'))
        .join('\n') + '\n');
    console.log('The statements per instance of each scenario, with the server\'s milliseconds: target/bench/statements.tsv');
  }

  for (const name of Object.keys(scenarios)) {
    const open = await unfinished(engine, started[name]);
    if (open > 0) recorder.failures.push(`${name}: ${open} of ${started[name].length} instances did not end`);
  }
  if (options.smoke) {
    // The smoke also proves bench/run --tasklist on the same platform, which saves CI a start.
    console.log('\nTask lists: the smoke of bench/run --tasklist, on the same platform');
    const failed = await taskLists({
      base: platform.base, root, options: TASKLIST_SMOKE,
      db: { host: database.host, port: database.port, admin: database.admin, name: database.name },
    });
    if (failed > 0) recorder.failures.push(`task lists: ${failed} failure(s), see above`);
    // And bench/run --calendar: a calendar edit and its undo, each deadline moved once and back.
    console.log('\nCalendar edit: the smoke of bench/run --calendar, on the same platform');
    const calendarFailed = await calendarEdits({
      platform, root, options: CALENDAR_SMOKE,
      db: { host: database.host, port: database.port, admin: database.admin, name: database.name },
    });
    if (calendarFailed > 0) recorder.failures.push(`calendar edit: ${calendarFailed} failure(s), see above`);
  }
} catch (error) {
  recorder.failures.push(error instanceof CallFailed ? error.message : describeError(error));
} finally {
  await platform.stop();
}

if (recorder.failures.length > 0) {
  console.log(`\nFAILED: ${recorder.failures.length} failure(s)${recorder.failures.length >= MAX_FAILURES ? ' (stopped at the limit)' : ''}:`);
  for (const failure of recorder.failures) console.log(`  ${failure}`);
  const log = resolve(root, 'target/bench/platform.log');
  console.log(`Platform log: ${log}; its last lines:`);
  try {
    console.log(readFileSync(log, 'utf8').split('\n').slice(-15).join('\n'));
  } catch { /* no log */ }
  exitCode = 1;
} else {
  console.log('\nOK: every call succeeded and every instance ended');
}
process.exit(exitCode);

// A calendar edit at scale, on a running platform: opens generated tasks with calendar deadlines
// (bench/deadlines.bpmn), makes the next working day a day off and takes it back through the calendar API, follows
// each recalculation to its end and checks in the database that every deadline moved exactly once and came back.
// Used by bench/calendar.mjs (bench/run --calendar) and by the benchmark's smoke.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describeError } from './browser.mjs';
import { Engine, Recorder } from './engine.mjs';
import { sleep } from './platform.mjs';

export const SMOKE = { deadlines: 200, perInstance: 50, threads: 2, limit: 120, killAt: null };
export const FULL = { deadlines: 20_000, perInstance: 500, threads: 2, limit: 600, killAt: null };

const count = n => n.toLocaleString('en');

/**
 * Runs the edit and its undo and prints what they took; answers the number of failures. platform: base, cpuMillis()
 * and, for options.killAt (a percentage of the first recalculation), kill() and start() to restart it mid-run.
 */
export async function calendarEdits({ platform, db, root, options }) {
  const psql = sql => execFileSync('psql', ['-h', db.host, '-p', String(db.port), '-U', db.admin, '-d', db.name,
    '-XAtq', '-v', 'ON_ERROR_STOP=1', '-c', sql], { stdio: ['ignore', 'pipe', 'pipe'] }).toString().trim();
  let failures = 0;
  const fail = message => { failures++; console.log(`FAILED: ${message}`); };

  /** A call as the administrator (the benchmark's REST client); answers the parsed body and its milliseconds. */
  async function call(method, path, body) {
    const started = performance.now();
    const answer = await new Engine(platform.base, new Recorder()).as('demo', 'calendar').setup(method, path, body);
    return { answer, ms: performance.now() - started };
  }

  /** The generated deadlines as the database holds them: how many, and their distinct dates. */
  function deadlinesInDatabase() {
    const [tasks, taskDates] = psql(`SELECT count(*), string_agg(DISTINCT to_char(t.due_date_, 'YYYY-MM-DD HH24:MI'), ' ')
        FROM act_ru_task t JOIN act_re_procdef d ON d.id_ = t.proc_def_id_ WHERE d.key_ = 'bench-deadlines'`).split('|');
    const [timers, timerDates] = psql(`SELECT count(*), string_agg(DISTINCT to_char(duedate_, 'YYYY-MM-DD HH24:MI'), ' ')
        FROM act_ru_job WHERE process_def_key_ = 'bench-deadlines' AND type_ = 'timer'`).split('|');
    return { tasks: Number(tasks), timers: Number(timers), taskDates, timerDates };
  }

  async function generate() {
    const form = new FormData();
    form.append('deployment-name', 'jobalyq-bench-calendar');
    form.append('deploy-changed-only', 'true');
    form.append('deadlines.bpmn', new Blob([readFileSync(resolve(root, 'bench/deadlines.bpmn'))],
      { type: 'application/xml' }), 'deadlines.bpmn');
    await call('POST', '/engine-rest/deployment/create', form);
    const sizes = [];
    for (let left = options.deadlines; left > 0; left -= options.perInstance) sizes.push(Math.min(left, options.perInstance));
    const started = performance.now();
    let next = 0;
    let opened = 0;
    let shown = started;
    await Promise.all(Array.from({ length: Math.min(options.threads, sizes.length) }, async () => {
      while (next < sizes.length) {
        const size = sizes[next++];
        await call('POST', '/engine-rest/process-definition/key/bench-deadlines/start',
          { variables: { deadlines: { value: size, type: 'Long' } } });
        opened += size;
        if (performance.now() - shown > 5000 || opened === options.deadlines) {
          shown = performance.now();
          console.log(`  opened ${count(opened)} / ${count(options.deadlines)} tasks`);
        }
      }
    }));
    return (performance.now() - started) / 1000;
  }

  /** One calendar edit: its answer's time, then its recalculation followed to the end (or the limit). */
  async function edit(what, method, path, body, killAt = null) {
    let cpuBefore = platform.cpuMillis();
    let cpuBeforeKill = 0;
    const { answer, ms } = await call(method, path, body);
    const run = answer.recalculation;
    console.log(`${what}: ${method} ${path} answered in ${ms.toFixed(0)} ms; about ${count(run.total)} open `
      + `deadlines to recalculate (run ${run.id})`);
    const started = performance.now();
    let progress = run;
    let shown = started;
    while (!progress.finished) {
      if ((performance.now() - started) / 1000 > options.limit) {
        throw new Error(`${what}: not finished within ${options.limit} s (${progress.done}/${progress.total})`);
      }
      await sleep(250);
      progress = (await call('GET', run.progress)).answer;
      if (killAt !== null && progress.percent >= killAt && !progress.finished) {
        // Killed, not stopped: the chunks it had locked roll back and wait for their lock to expire.
        cpuBeforeKill = platform.cpuMillis() - cpuBefore;
        console.log(`  ${count(progress.done)} / ${count(progress.total)} (${progress.percent} %): the platform is `
          + 'killed (SIGKILL) and started again on the same database');
        await platform.kill();
        const restarted = await platform.start();
        console.log(`  ready again in ${restarted.ready.toFixed(1)} s; its job executor takes the run up`);
        cpuBefore = platform.cpuMillis();
        killAt = null;
        shown = performance.now();
        continue;
      }
      if (performance.now() - shown > 5000 && !progress.finished) {
        shown = performance.now();
        console.log(`  ${count(progress.done)} / ${count(progress.total)} (${progress.percent} %), `
          + `moved ${count(progress.moved)}, ${((shown - started) / 1000).toFixed(0)} s`);
      }
    }
    // The run's own finishing moment (the last chunk's commit), not the poll that saw it.
    const seconds = (Date.parse(progress.finishedAt) - Date.parse(progress.requestedAt)) / 1000;
    const cpu = (cpuBeforeKill + platform.cpuMillis() - cpuBefore) / 1000;
    console.log(`  recalculated ${count(progress.done)}, moved ${count(progress.moved)} in ${seconds.toFixed(1)} s `
      + `(${(progress.done / seconds).toFixed(0)} deadlines/s), JVM CPU ${cpu.toFixed(1)} s`);
    if (progress.done !== progress.total) fail(`${what}: ${progress.done} of ${progress.total} recalculated`);
    return { answerMs: ms, seconds, total: progress.total, moved: progress.moved, cpu };
  }

  try {
    console.log(`Opening ${count(options.deadlines)} tasks with a reminder timer each `
      + `(${options.perInstance} per process instance, ${options.threads} at once)`);
    const generated = await generate();
    const before = deadlinesInDatabase();
    console.log(`  ${count(before.tasks)} tasks due ${before.taskDates}, ${count(before.timers)} reminders due `
      + `${before.timerDates} (opened in ${generated.toFixed(0)} s)`);
    if (before.tasks !== options.deadlines || before.timers !== options.deadlines) {
      fail(`expected ${options.deadlines} tasks and timers, found ${before.tasks} and ${before.timers}`);
    }
    // The next working day lies inside every generated deadline's window: a day off there moves them all by one.
    const day = (await call('GET', '/api/calendar/deadline?workingDays=1')).answer.deadline;
    const off = await edit(`Day off on ${day}`, 'PUT', `/api/calendar/days/${day}`,
      { kind: 'DAY_OFF', name: 'Бенчмарк' }, options.killAt);
    const moved = deadlinesInDatabase();
    console.log(`  now tasks due ${moved.taskDates}, reminders due ${moved.timerDates}`);
    const single = dates => Boolean(dates) && !dates.includes(' ', 17); // one "YYYY-MM-DD HH:MI"
    if (!single(moved.taskDates) || !single(moved.timerDates) || moved.taskDates <= before.taskDates
        || moved.timerDates <= before.timerDates) {
      fail('the generated deadlines did not all move to one later date each');
    }
    if (off.moved < 2 * options.deadlines) fail(`moved ${off.moved}, fewer than the ${2 * options.deadlines} generated`);
    const back = await edit('Day off taken back', 'DELETE', `/api/calendar/days/${day}`);
    const restored = deadlinesInDatabase();
    console.log(`  now tasks due ${restored.taskDates}, reminders due ${restored.timerDates}`);
    if (restored.taskDates !== before.taskDates || restored.timerDates !== before.timerDates) {
      fail('the generated deadlines did not come back to their dates before the edit');
    }
    if (back.moved !== off.moved) fail(`${off.moved} moved by the edit, ${back.moved} back`);
    console.log(`\nCalendar edit with ${count(options.deadlines)} open tasks and as many timers: answered in `
      + `${off.answerMs.toFixed(0)} / ${back.answerMs.toFixed(0)} ms (edit / undo); every deadline moved in `
      + `${off.seconds.toFixed(1)} / ${back.seconds.toFixed(1)} s (${options.killAt !== null ? 'the edit\'s with a restart; ' : ''}`
      + `${count(off.total)} open calendar deadlines each, any of the demo data's included), each exactly once and back`);
  } catch (error) {
    fail(describeError(error));
  }
  return failures;
}

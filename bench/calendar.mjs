// A calendar edit at scale, started by bench/run --calendar: starts the platform on a fresh PostgreSQL database, opens
// N group tasks due in 5 working days, each with a reminder timer at 3 working days (bench/deadlines.bpmn, written
// as the platform's models write deadlines), then makes the next working day a day off and takes the edit back,
// through the calendar API as an administrator does (bench/lib/calendar.mjs). Prints how fast each edit answered,
// how long its recalculation's engine jobs took to move every open deadline (with progress on the way), the JVM's
// CPU for it, and checks in the database that every task and timer moved exactly once and came back.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { driverOptions, onPlatform } from './lib/driver.mjs';
import { calendarEdits, SMOKE, FULL } from './lib/calendar.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = `bench/run --calendar [--smoke] [--deadlines N] [--per-instance M] [--threads T] [--limit S]
                    [--kill-at P] [--port P]
  --deadlines     open tasks to generate, each with its reminder timer (default ${FULL.deadlines}; --smoke: ${SMOKE.deadlines})
  --per-instance  tasks each generating process instance opens (default ${FULL.perInstance}; --smoke: ${SMOKE.perInstance})
  --threads       instances started at once while generating (default ${FULL.threads})
  --limit         seconds a recalculation may take before the run fails (default ${FULL.limit})
  --kill-at       kill the platform (SIGKILL) when the edit's recalculation has done this percentage, start it
                  again and follow the run to its end (its jobs' lock time is 15 s here, see JOBALYQ_JOB_LOCK_TIME_MS)`;

const options = driverOptions(process.argv.slice(2), {
  usage: USAGE, smoke: SMOKE, full: FULL, flags: ['--calendar'],
  own: {
    '--deadlines': ['deadlines', Number], '--per-instance': ['perInstance', Number], '--threads': ['threads', Number],
    '--limit': ['limit', Number], '--kill-at': ['killAt', Number],
  },
});
if (![options.deadlines, options.perInstance, options.threads, options.limit].every(n => Number.isInteger(n) && n > 0)
    || (options.killAt !== null && !(Number.isInteger(options.killAt) && options.killAt > 0 && options.killAt < 100))) {
  console.error(`bench: --deadlines, --per-instance, --threads and --limit must be whole numbers above 0, --kill-at `
    + `one between 1 and 99\n${USAGE}`);
  process.exit(2);
}

await onPlatform({
  root, name: 'calendar', jar: options.jar, port: options.port, ok: 'OK',
  // A killed node's chunks wait for their lock to expire (60 s by default): shorter here, so a restart shows.
  env: options.killAt !== null ? { JOBALYQ_JOB_LOCK_TIME_MS: '15000' } : {},
  work: (platform, db) => calendarEdits({ platform, db, root, options }),
});

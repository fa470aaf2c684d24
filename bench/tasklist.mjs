// Task lists at scale, started by bench/run --tasklist: starts the platform on a fresh PostgreSQL database, adds
// open and historic tasks in steps (bench/tasklist/generate.sql: rows as the engine writes them, one
// authorisation row per candidate), and at each step asks the first Tasklist screen's questions ("my work" and "my
// groups' tasks", by due date, first page of 15, and their counts) through the REST API as Tasklist does
// (authorisation on) and the same questions in plain SQL (bench/tasklist/plain.sql), printing p50/p95 of each,
// their ratio, and how each grows with the open tasks.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { driverOptions, onPlatform } from './lib/driver.mjs';
import { taskLists, SMOKE, FULL } from './lib/tasklist.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = `bench/run --tasklist [--smoke] [--sizes 10000,50000,100000] [--historic N] [--repeat R] [--warmup W]
                    [--warmup-later L] [--port P]
  --sizes     open tasks at each step (default 10000,50000,100000; --smoke: 200,400)
  --historic  ended tasks added in all (default 1000000; --smoke: 2000)
  --repeat    times each question is asked per step and timed (default 60; --smoke: 3)
  --warmup    times each question is asked per step before that, untimed (default 40; --smoke: 1; 0: none)
  --warmup-later  the same for every step after the first, where the JVM has compiled the request path and only
              the database's caches and plans meet new data (default: as --warmup)`;

const options = driverOptions(process.argv.slice(2), {
  usage: USAGE, smoke: SMOKE, full: FULL, flags: ['--tasklist'],
  own: {
    '--sizes': ['sizes', value => value.split(',').map(Number)], '--historic': ['historic', Number],
    '--repeat': ['repeat', Number], '--warmup': ['warmup', Number], '--warmup-later': ['warmupLater', Number],
  },
});
const bad = options.sizes.some((n, k) => !Number.isInteger(n) || n < 1 || (k > 0 && n <= options.sizes[k - 1]));
if (bad || !Number.isInteger(options.historic) || options.historic < 0 || !(options.repeat >= 1)
    || !Number.isInteger(options.warmup) || options.warmup < 0
    || (options.warmupLater !== undefined && !(Number.isInteger(options.warmupLater) && options.warmupLater >= 0))) {
  console.error(`bench: --sizes must be rising whole numbers, --historic, --repeat and --warmup(-later) whole numbers\n${USAGE}`);
  process.exit(2);
}

await onPlatform({
  root, name: 'tasklist', jar: options.jar, port: options.port, ok: 'OK: every question answered',
  work: (platform, db) => taskLists({ base: platform.base, db, root, options, cpuMillis: () => platform.cpuMillis() }),
});

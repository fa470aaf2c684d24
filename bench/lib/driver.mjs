// What bench/tasklist.mjs and bench/calendar.mjs share: the benchmark's database from the environment (bench/run sets
// it), the platform started on it with mail off, stopped on any end (Ctrl-C too), and the verdict and exit code.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Platform } from './platform.mjs';
import { describeError } from './browser.mjs';

/**
 * A driver's command line: the smoke's defaults with --smoke, else the full run's; --port and --jar as every driver
 * has them; and the driver's own options, each option name → [key, parse of its value]. flags are bench/run's
 * own (--calendar, --tasklist), passed on and ignored. --help prints usage; an unknown option exits 2 with it.
 */
export function driverOptions(argv, { usage, smoke, full, flags = [], own }) {
  const options = { ...(argv.includes('--smoke') ? smoke : full), port: 18080, jar: null };
  const known = { '--port': ['port', Number], '--jar': ['jar', value => value], ...own };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--smoke' || flags.includes(arg)) continue;
    if (arg === '-h' || arg === '--help') {
      console.log(usage);
      process.exit(0);
    }
    if (!known[arg]) {
      console.error(`bench: unknown option ${arg}\n${usage}`);
      process.exit(2);
    }
    const [key, parse] = known[arg];
    options[key] = parse(argv[++i]);
  }
  return options;
}

/**
 * Starts the platform for one driver (its log: target/bench/platform-<name>.log), runs work(platform, db), which
 * answers its number of failures, stops the platform and exits 0 when there were none, else 1.
 */
export async function onPlatform({ root, name, jar, port, env = {}, ok, work }) {
  const db = {
    host: process.env.BENCH_PG_HOST || '127.0.0.1', port: process.env.BENCH_PG_PORT || '5432',
    admin: process.env.BENCH_PG_ADMIN || 'postgres', name: process.env.BENCH_DB || 'jobalyq_bench',
  };
  const log = `target/bench/platform-${name}.log`;
  mkdirSync(resolve(root, 'target/bench'), { recursive: true });
  const platform = new Platform({
    jar, port, root, log: resolve(root, log),
    env: {
      JOBALYQ_DB_URL: `jdbc:postgresql://${db.host}:${db.port}/${db.name}`,
      JOBALYQ_DB_USER: process.env.JOBALYQ_DB_USER || 'jobalyq',
      JOBALYQ_DB_PASSWORD: process.env.JOBALYQ_DB_PASSWORD || 'jobalyq',
      JOBALYQ_MAIL_ENABLED: 'false',
      ...env,
    },
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => platform.stop().finally(() => process.exit(130)));

  let failures = 0;
  try {
    console.log(`Starting the platform (${jar}) on PostgreSQL database ${db.name}; log: ${log}`);
    const startup = await platform.start();
    console.log(`Ready in ${startup.ready.toFixed(1)} s`);
    failures += await work(platform, db);
  } catch (error) {
    failures++;
    console.log(`FAILED: ${describeError(error)}`);
  } finally {
    await platform.stop();
  }
  console.log(failures === 0 ? `\n${ok}` : `\nFAILED: ${failures} failure(s); see ${log}`);
  process.exit(failures === 0 ? 0 : 1);
}

// The figures of a run and their table. Per-transaction figures divide what a scenario's blocks cost by the
// write calls they made; per-instance figures by the process instances they carried from start to end.

export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  // Nearest rank: the smallest value with at least p% of the values at or below it.
  return sorted[Math.max(0, Math.ceil(p / 100 * sorted.length) - 1)];
}

/**
 * The request threads' CPU of a scenario's measured calls, summed from their Server-Timing answers; null if the
 * platform sent none (JOBALYQ_SERVER_TIMING off).
 */
export function requestCpu(cpu, scenario) {
  let sum = null;
  for (const [key, values] of cpu) {
    if (key.startsWith(`${scenario}\t`)) sum = (sum ?? 0) + values.reduce((a, b) => a + b, 0);
  }
  return sum;
}

/** One column of the table: a scenario's totals over its blocks. */
export function figures(total, writes, requestCpuMillis = null) {
  const per = (value, by) => (by > 0 ? value / by : NaN);
  return {
    instances: total.instances,
    writes,
    writesPerInstance: per(writes, total.instances),
    txPerSecond: per(writes, total.seconds),
    instancesPerSecond: per(total.instances, total.seconds),
    cpuPerTx: per(total.cpuMillis, writes),
    cpuPerInstance: per(total.cpuMillis, total.instances),
    ...Object.fromEntries(Object.entries(total.threadCpuMillis ?? {}).map(([group, millis]) =>
      [`${group}CpuPerTx`, per(millis, writes)])),
    requestCpuPerTx: requestCpuMillis === null ? NaN : per(requestCpuMillis, writes),
    requestCpuPerInstance: requestCpuMillis === null ? NaN : per(requestCpuMillis, total.instances),
    serverCpuPerTx: per(total.serverCpuMillis, writes),
    serverCpuPerInstance: per(total.serverCpuMillis, total.instances),
    statementsPerTx: per(total.db.statements, writes),
    statementsPerInstance: per(total.db.statements, total.instances),
    statementMillisPerTx: per(total.db.statementMillis, writes),
    xactsPerTx: per(total.db.xacts, writes),
    rowsWrittenPerTx: per(total.db.rowsWritten, writes),
    rowsReadPerTx: per(total.db.rowsRead, writes),
  };
}

const ROWS = [
  ['process instances (iterations)', 'instances', 0, false],
  ['engine transactions (write calls)', 'writes', 0, false],
  ['  per instance', 'writesPerInstance', 1, true],
  ['engine transactions/s', 'txPerSecond', 1, true],
  ['process instances/s', 'instancesPerSecond', 2, true],
  ['JVM CPU ms per transaction', 'cpuPerTx', 1, true],
  ['JVM CPU ms per instance', 'cpuPerInstance', 1, true],
  ['  of it request threads, per tx', 'requestCpuPerTx', 1, true],
  ['  of it request threads, per instance', 'requestCpuPerInstance', 1, true],
  ['  by thread: Tomcat\'s, per tx', 'requestsCpuPerTx', 1, true],
  ['    job executor\'s, per tx', 'jobsCpuPerTx', 1, true],
  ['    garbage collector\'s, per tx', 'gcCpuPerTx', 1, true],
  ['    JIT compilers\', per tx', 'jitCpuPerTx', 1, true],
  ['    others, per tx', 'otherCpuPerTx', 1, true],
  ['DB server CPU ms per transaction', 'serverCpuPerTx', 1, true],
  ['DB server CPU ms per instance', 'serverCpuPerInstance', 1, true],
  ['DB statements per transaction', 'statementsPerTx', 1, true],
  ['DB statements per instance', 'statementsPerInstance', 1, true],
  ['DB execution ms per transaction', 'statementMillisPerTx', 2, true],
  ['DB transactions per transaction', 'xactsPerTx', 1, true],
  ['DB rows written per transaction', 'rowsWrittenPerTx', 1, true],
  ['DB rows read per transaction', 'rowsReadPerTx', 0, true],
];

export function print({ options, startup, startups, columns, names, latencies, cpu, statements, statementsAvailable,
  settle, cpus }) {
  // The change request is the last column; each ratio divides its figure by one yardstick's.
  const cr = names.at(-1);
  const yardsticks = names.slice(0, -1);
  const line = (label, cells) => console.log(label.padEnd(36) + cells.map(cell => cell.padStart(18)).join(''));
  const roundsToZero = (v, d) => Math.abs(v) * 10 ** d < 0.5;
  // Rounded, without a minus sign on a rounded zero (a thread group's remainder can be a clock tick below it).
  const fmt = (v, d) => (Number.isFinite(v) ? (roundsToZero(v, d) ? 0 : v).toFixed(d) : 'n/a');
  // A ratio of figures that round to nothing (a thread group idle in both) means nothing.
  const ratioOf = (y, x, d) => (roundsToZero(x, d) || roundsToZero(y, d) ? 'n/a' : fmt(y / x, 2));
  console.log();
  console.log(`Jobalyq benchmark${options.smoke ? ' (smoke: too few iterations for the figures to mean much)' : ''}`);
  console.log(`${cpus} CPUs, ${options.threads} client threads, ${options.iterations} iterations per scenario in blocks of ` +
    `${options.block} (the scenarios' blocks alternate), ${options.warmup} warm-up iterations each`);
  console.log(`Start-up: ready in ${startup.ready.toFixed(1)} s (java -jar to /actuator/health/readiness UP; ` +
    `HTTP port answered after ${startup.answering.toFixed(1)} s)`);
  if (startups) printStartups(startups, fmt);
  console.log();
  line('', [...names, ...yardsticks.map(name => `CR/${name}`)]);
  for (const [label, key, digits, ratio] of ROWS) {
    if (key.startsWith('statement') && !statementsAvailable) continue;
    const y = columns[cr][key];
    line(label, [...names.map(name => fmt(columns[name][key], digits)),
      ...yardsticks.map(name => (ratio ? ratioOf(y, columns[name][key], digits) : ''))]);
  }
  if (!statementsAvailable) {
    console.log('(DB statements: n/a, pg_stat_statements is not in the server\'s shared_preload_libraries)');
  }
  console.log();
  const counted = statements && statements.size > 0;
  const timed = cpu && cpu.size > 0;
  console.log('Latency per REST call, ms'.padEnd(44) + 'calls'.padStart(8) + 'p50'.padStart(9) + 'p95'.padStart(9) +
    (timed ? 'CPU mean'.padStart(10) : '') + (counted ? 'DB statements'.padStart(15) : ''));
  for (const [key, values] of latencies) {
    const [scenario, step] = key.split('\t');
    const threadCpu = cpu?.get(key);
    console.log(`${scenario.padEnd(16)}${step.padEnd(28)}${String(values.length).padStart(8)}` +
      `${percentile(values, 50).toFixed(1).padStart(9)}${percentile(values, 95).toFixed(1).padStart(9)}` +
      (timed ? (threadCpu ? (threadCpu.reduce((a, b) => a + b, 0) / threadCpu.length).toFixed(2) : 'n/a').padStart(10) : '') +
      (counted ? String(statements.get(key) ?? 'n/a').padStart(15) : ''));
  }
  if (timed) {
    console.log('(CPU mean: the request thread\'s CPU ms of that call, as the platform answered it in Server-Timing)');
  }
  if (counted) {
    console.log('(DB statements: of that one call, counted on one more instance of each scenario run alone at the end)');
  }
  console.log();
  console.log('Engine transaction: a REST call that writes (start/file, claim, complete), one engine command and one');
  console.log('  database transaction; queries are timed but not counted. Per transaction: all that the scenario\'s');
  console.log('  blocks cost (its queries and sign-ins too) divided by their write calls; rates: over those blocks\'');
  console.log('  wall time. JVM CPU: user+system time of the java process (/proc/<pid>/stat) during those blocks,');
  console.log('  GC, JIT and background jobs included; of it request threads: the calls\' own CPU (Server-Timing);');
  console.log('  by thread: the same JVM CPU by thread name (/proc/<pid>/task): Tomcat\'s request threads (Server-Timing');
  console.log('  and the HTTP work around it), the engine\'s job executor, the garbage collector with the VM thread,');
  console.log('  the JIT compilers, and the others (sessions, metrics, pool housekeeping, threads that ended).');
  console.log('  DB server CPU: user+system time of the PostgreSQL server\'s processes (/proc) during those blocks,');
  console.log('  all its work (with --own-postgres the benchmark\'s database alone); n/a if it runs elsewhere.');
  console.log('  DB statements: pg_stat_statements calls by the platform\'s role');
  console.log('  in the benchmark\'s database, and their execution ms in the server');
  console.log(`  (pg_stat_statements); DB transactions and rows: pg_stat_database${settle > 0
    ? ` (read ${settle} s after each block)` : ' (read right after each block: approximate, see --settle)'}.`);
  console.log('  Ratios: change-request divided by a yardstick, the same figure. baseline: start, one group task');
  console.log('  claimed and completed (the least a user task costs); baseline-steps: start and three tasks already');
  console.log('  the user\'s, completed (the change request\'s step mix: one start, three completions, no claim).');
}

/**
 * Start-up medians of the bare engine, the fixed stack's floor (when it ran), the platform and the platform as the
 * image starts it (when it ran), with the platform's ratio to each of the first two: to the bare engine (the issue's
 * figure, like with like: all three packed) and to the floor (what the platform's own work adds); and the image's
 * start to the packed one (what its extracted layout and class-data archive save).
 */
function printStartups(startups, fmt) {
  const median = values => percentile(values, 50);
  const names = ['bare', 'floor', 'platform', 'shipped'].filter(name => startups[name]);
  const titles = { bare: 'bare Camunda', floor: 'stack floor', platform: 'Jobalyq', shipped: 'as the image' };
  const of = key => Object.fromEntries(names.map(name => [name, median(startups[name].map(s => s[key]))]));
  const ratios = figures => [['Jobalyq/bare', figures.platform / figures.bare],
    ...(startups.floor ? [['floor/bare', figures.floor / figures.bare], ['Jobalyq/floor', figures.platform / figures.floor]] : []),
    ...(startups.shipped ? [['image/Jobalyq', figures.shipped / figures.platform]] : [])];
  const row = (label, cells) => console.log(label.padEnd(36) + cells.map(cell => cell.padStart(14)).join(''));
  const ready = of('ready');
  const cpu = of('cpu');
  row(`Start-up on fresh H2 (median of ${startups.bare.length}):`,
    [...names.map(name => titles[name]), ...ratios(ready).map(([label]) => label)]);
  row('  seconds to ready', [...names.map(name => fmt(ready[name], 1)), ...ratios(ready).map(([, r]) => fmt(r, 2))]);
  row('  JVM CPU seconds to ready', [...names.map(name => fmt(cpu[name], 1)), ...ratios(cpu).map(([, r]) => fmt(r, 2))]);
}

// Starts the real platform (the Spring Boot jar) on PostgreSQL, times it until ready, reads its CPU time, stops it.
import { spawn } from 'node:child_process';
import { openSync } from 'node:fs';
import { statFields, threadTicks, ticksToMillis } from './proc.mjs';

export class Platform {
  /**
   * args: after the jar (default: the dev and postgres profiles); cwd: where it starts (default: the repository);
   * javaOptions: after BENCH_JAVA_OPTS, before the jar.
   */
  constructor({ jar, port, root, log, env, args = ['--spring.profiles.active=dev,postgres'], cwd = root, javaOptions = [] }) {
    Object.assign(this, { jar, port, root, log, env, args, cwd, javaOptions });
    this.base = `http://127.0.0.1:${port}`;
  }

  /** Launches the jar and waits for readiness; answers seconds until the port answered and until ready. */
  async start() {
    // Another server on the port would answer in the platform's place and the timing would be meaningless.
    if (await fetch(this.base).then(() => true, () => false)) {
      throw new Error(`port ${this.port} is already in use (bench/run --port P)`);
    }
    // A restart (after kill) adds to the first start's log.
    const out = openSync(this.log, this.process ? 'a' : 'w');
    const launched = performance.now();
    // The dev profile gives the demo users (password "demo") and projects; postgres points it at the database.
    this.process = spawn('java', [...(process.env.BENCH_JAVA_OPTS || '').split(' ').filter(Boolean), ...this.javaOptions,
      '-jar', this.jar, ...this.args, `--server.port=${this.port}`],
    { cwd: this.cwd, env: { ...process.env, ...this.env }, stdio: ['ignore', out, out] });
    this.exited = new Promise(resolve => this.process.on('exit', code => resolve(code)));
    let answering = null;
    const deadline = launched + 300_000;
    while (performance.now() < deadline) {
      if (this.process.exitCode !== null) throw new Error(`the platform exited with ${this.process.exitCode}; see ${this.log}`);
      // readiness turns UP after ApplicationReadyEvent, i.e. also after the demo data runners; plain
      // /actuator/health is UP as soon as the port is open.
      const status = await fetch(`${this.base}/actuator/health/readiness`).then(r => r.status, () => null);
      if (status !== null && answering === null) answering = performance.now();
      if (status === 200) {
        return {
          answering: (answering - launched) / 1000, ready: (performance.now() - launched) / 1000,
          cpu: this.cpuMillis() / 1000,
        };
      }
      await sleep(100);
    }
    throw new Error(`the platform was not ready within 300 s; see ${this.log}`);
  }

  /** The JVM's CPU time so far (user + system, all threads), in milliseconds, from /proc/<pid>/stat. */
  cpuMillis() {
    const fields = statFields(this.process.pid);
    if (!fields) throw new Error(`the platform (pid ${this.process.pid}) is gone; see ${this.log}`);
    return ticksToMillis(fields[11] + fields[12]);
  }

  /** The JVM's CPU so far, in all and by thread (for {@link cpuByThreadGroup}). */
  cpuSnapshot() {
    return { millis: this.cpuMillis(), threads: threadTicks(this.process.pid) };
  }

  /** Kills the JVM at once (SIGKILL), as a crash would: nothing it had in flight is committed. */
  async kill() {
    if (!this.process || this.process.exitCode !== null) return;
    this.process.kill('SIGKILL');
    await this.exited;
  }

  async stop() {
    if (!this.process || this.process.exitCode !== null) return;
    this.process.kill('SIGTERM');
    const stopped = await Promise.race([this.exited, sleep(30_000).then(() => false)]);
    if (stopped === false) this.process.kill('SIGKILL');
  }
}

export const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

/**
 * The JVM's thread groups, by the thread names Linux reports (their first 15 characters): Tomcat's request threads,
 * the engine's job executor, the garbage collector (with the VM thread that runs its pauses), the JIT compilers.
 */
export const THREAD_GROUPS = [
  ['requests', /^http-nio-/],
  ['jobs', /^(JobExecutor\[|camundaTaskExec)/],
  ['gc', /^(GC Thread|G1 |VM Thread)/],
  ['jit', /^C[12] CompilerThre/],
];

/**
 * The CPU milliseconds between two snapshots of the same JVM by thread group; 'other' is the rest of the process's
 * total: every other thread, and the time of threads that ended in between.
 */
export function cpuByThreadGroup(before, after) {
  const groups = Object.fromEntries(THREAD_GROUPS.map(([group]) => [group, 0]));
  let grouped = 0;
  for (const [id, thread] of after.threads) {
    const entry = THREAD_GROUPS.find(([, pattern]) => pattern.test(thread.name));
    if (!entry) continue;
    const millis = ticksToMillis(thread.ticks - (before.threads.get(id)?.ticks ?? 0));
    groups[entry[0]] += millis;
    grouped += millis;
  }
  groups.other = after.millis - before.millis - grouped;
  return groups;
}

// A process's CPU time as Linux reports it in /proc/<pid>/stat: the platform's JVM, the database server's processes.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;

/**
 * The numeric fields of /proc/<pid>/stat after the command name (which is in parentheses and may hold spaces), or
 * null if the process is gone: [0] is the state (NaN), [1] the parent, [11] and [12] its user and system time,
 * [13] and [14] those of the children it has reaped, all in clock ticks.
 */
export function statFields(pid) {
  return readStat(`/proc/${pid}/stat`)?.fields ?? null;
}

/** A stat file of /proc (a process's or one thread's): its command name and {@link statFields}; null if gone. */
function readStat(path) {
  try {
    const stat = readFileSync(path, 'utf8');
    const nameEnd = stat.lastIndexOf(')');
    return {
      name: stat.slice(stat.indexOf('(') + 1, nameEnd),
      fields: stat.slice(nameEnd + 2).trim().split(' ').map(Number),
    };
  } catch {
    return null;
  }
}

export function ticksToMillis(ticks) {
  return ticks * 1000 / TICKS_PER_SECOND;
}

/**
 * The CPU ticks (user + system) of each live thread of a process, by thread id, with its name (Linux keeps the
 * first 15 characters); an empty map if the process is gone.
 */
export function threadTicks(pid) {
  const threads = new Map();
  let ids;
  try {
    ids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return threads;
  }
  for (const id of ids) {
    const stat = readStat(`/proc/${pid}/task/${id}/stat`);
    // A thread that ended while the list was read is left out: its time shows in the process's total only.
    if (stat) threads.set(id, { name: stat.name, ticks: stat.fields[11] + stat.fields[12] });
  }
  return threads;
}

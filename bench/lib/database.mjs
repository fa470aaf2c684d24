// PostgreSQL's own counters for the benchmark's database, read with psql as the administrator role.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { statFields, ticksToMillis } from './proc.mjs';

export class Database {
  constructor({ host, port, admin, name, appRole }) {
    Object.assign(this, { host, port, admin, name, appRole });
    this.statementsAvailable = this.#tryStatements();
    this.serverPid = this.#serverPid();
  }

  /**
   * The database server's CPU time so far (user + system, milliseconds), from /proc: its main process, its live
   * processes (backends, writers, autovacuum) and those it has already reaped (the main process's children times),
   * so a connection that ends inside a block still counts. NaN when the server is not on this machine. With
   * --own-postgres the server runs the benchmark's database alone; a shared server counts all its work.
   */
  serverCpuMillis() {
    if (this.serverPid === null) return NaN;
    let ticks = 0;
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      const fields = statFields(entry);
      if (!fields) continue;
      if (entry === String(this.serverPid)) {
        ticks += fields[11] + fields[12] + fields[13] + fields[14];
      } else if (fields[1] === this.serverPid) {
        ticks += fields[11] + fields[12];
      }
    }
    return ticksToMillis(ticks);
  }

  /**
   * A snapshot of counters. statements: calls in pg_stat_statements by the platform's role in this database
   * (exact, updated as each statement ends) and statementMillis their execution time in the server (planning
   * included where tracked); xacts and rows: pg_stat_database (backends report these at most once a second, idle
   * ones within about 10 s: hence the settle pause after a block).
   */
  counters() {
    const [xacts, rowsRead, rowsWritten] = this.#query('postgres',
      `SELECT xact_commit + xact_rollback, tup_returned + tup_fetched, tup_inserted + tup_updated + tup_deleted
         FROM pg_stat_database WHERE datname = '${this.name}'`).split('|').map(Number);
    const [statements, statementMillis] = this.statementsAvailable ? this.#query(this.name,
      `SELECT coalesce(sum(calls), 0), coalesce(sum(total_exec_time + total_plan_time), 0) FROM pg_stat_statements
        WHERE ${this.#ownStatements()}`).split('|').map(Number) : [NaN, NaN];
    return { xacts, rowsRead, rowsWritten, statements, statementMillis };
  }

  /**
   * Every statement's calls and execution milliseconds so far (pg_stat_statements, the platform role in this
   * database), by query id: two snapshots around a block tell which statements the block ran, how often and how
   * long the server took. null without pg_stat_statements.
   */
  statementCalls() {
    if (!this.statementsAvailable) return null;
    const out = this.#query(this.name, `COPY (SELECT queryid, calls, total_exec_time + total_plan_time,
        regexp_replace(query, '\\s+', ' ', 'g') FROM pg_stat_statements WHERE ${this.#ownStatements()}) TO STDOUT`);
    const calls = new Map();
    for (const line of out.split('\n').filter(Boolean)) {
      const [id, count, millis, ...query] = line.split('\t');
      calls.set(id, { calls: Number(count), millis: Number(millis), query: query.join('\t') });
    }
    return calls;
  }

  #ownStatements() {
    return `dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
        AND userid = (SELECT oid FROM pg_roles WHERE rolname = '${this.appRole}')`;
  }

  /**
   * The server's main process: the parent of its checkpointer (which lives as long as it), if the server runs on this
   * machine; both must be PostgreSQL's processes, or a number of another machine could name one of ours.
   */
  #serverPid() {
    if (!/^(127\.|localhost$|::1$|\/)/.test(this.host)) return null;
    try {
      const checkpointer = this.#query(this.name,
        `SELECT pid FROM pg_stat_activity WHERE backend_type = 'checkpointer'`);
      const fields = checkpointer && isPostgres(checkpointer) ? statFields(checkpointer) : null;
      return fields && isPostgres(fields[1]) ? fields[1] : null;
    } catch {
      return null;
    }
  }

  /** pg_stat_statements counts only when the server preloads it (shared_preload_libraries); bench/run created the extension. */
  #tryStatements() {
    try {
      this.#query(this.name, 'SELECT count(*) FROM pg_stat_statements');
      return true;
    } catch {
      return false;
    }
  }

  #query(database, sql) {
    return execFileSync('psql', ['-h', this.host, '-p', String(this.port), '-U', this.admin, '-d', database,
      '-XAtq', '-v', 'ON_ERROR_STOP=1', '-c', sql], { stdio: ['ignore', 'pipe', 'pipe'] }).toString().trim();
  }
}

/**
 * What each statement ran between two statementCalls() snapshots, added into into (query id → {calls, millis,
 * query}).
 */
export function addStatementCalls(into, after, before) {
  if (!after || !before) return;
  for (const [id, now] of after) {
    const ran = now.calls - (before.get(id)?.calls ?? 0);
    if (ran <= 0) continue;
    const entry = into.get(id) ?? { calls: 0, millis: 0, query: now.query };
    entry.calls += ran;
    entry.millis += now.millis - (before.get(id)?.millis ?? 0);
    into.set(id, entry);
  }
}

function isPostgres(pid) {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres';
  } catch {
    return false;
  }
}

export function difference(after, before) {
  return Object.fromEntries(Object.keys(after).map(key => [key, after[key] - before[key]]));
}

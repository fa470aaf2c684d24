// The load balancer of docker-compose's "two-nodes" profile, run here as it is shipped: Debian's nginx with
// ops/two-nodes/nginx.conf, its two upstreams pointed at the nodes this check started instead of the compose
// services' names, and an access log that names the node each request went to.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sleep } from '../../bench/lib/platform.mjs';

const NGINX = '/usr/sbin/nginx';

export class Balancer {
  /** Whether Debian's nginx is installed (apt-get install nginx-light). */
  static installed() {
    return existsSync(NGINX) && spawnSync(NGINX, ['-v']).status === 0;
  }

  constructor({ conf, port, upstreams, dir }) {
    this.port = port;
    this.base = `http://127.0.0.1:${port}`;
    this.dir = dir;
    this.accessLog = join(dir, 'access.log');
    this.site = Balancer.#localised(readFileSync(conf, 'utf8'), port, upstreams);
  }

  /**
   * The shipped file with only its addresses changed: the compose services jobalyq:8080 and jobalyq-b:8080 become
   * the given upstreams, port 80 the given port. Anything else in it is run as it is.
   */
  static #localised(text, port, [first, second]) {
    const replacements = [
      [/server jobalyq:8080\b/, `server ${first}`],
      [/server jobalyq-b:8080\b/, `server ${second}`],
      [/listen 80;/, `listen 127.0.0.1:${port};`],
    ];
    for (const [pattern, replacement] of replacements) {
      if (!pattern.test(text)) throw new Error(`ops/two-nodes/nginx.conf no longer has "${pattern.source}"`);
      text = text.replace(pattern, replacement);
    }
    return text;
  }

  async start() {
    const temp = join(this.dir, 'temp');
    mkdirSync(temp, { recursive: true });
    // nginx's workers may run as another user than its master (root in CI): they write buffered bodies here.
    chmodSync(temp, 0o777);
    writeFileSync(join(this.dir, 'site.conf'), this.site);
    writeFileSync(join(this.dir, 'nginx.conf'), `worker_processes 1;
pid ${join(this.dir, 'nginx.pid')};
error_log ${join(this.dir, 'error.log')} warn;
events { worker_connections 256; }
http {
  log_format upstream '$request_method $uri $status $upstream_addr';
  access_log ${this.accessLog} upstream;
  client_body_temp_path ${temp}/body;
  proxy_temp_path ${temp}/proxy;
  fastcgi_temp_path ${temp}/fastcgi;
  uwsgi_temp_path ${temp}/uwsgi;
  scgi_temp_path ${temp}/scgi;
  include ${join(this.dir, 'site.conf')};
}
`);
    writeFileSync(this.accessLog, '');
    const files = ['-p', this.dir, '-c', join(this.dir, 'nginx.conf'), '-e', join(this.dir, 'error.log')];
    const test = spawnSync(NGINX, ['-t', ...files], { encoding: 'utf8' });
    if (test.status !== 0) throw new Error(`nginx refuses ops/two-nodes/nginx.conf: ${test.stderr.trim()}`);
    this.process = spawn(NGINX, [...files, '-g', 'daemon off;'], { stdio: 'ignore' });
    this.exited = new Promise(resolve => this.process.once('exit', resolve));
    for (let i = 0; i < 50; i++) {
      try {
        await fetch(this.base + '/actuator/health/readiness');
        return;
      } catch {
        await sleep(100);
      }
    }
    throw new Error(`nginx did not answer on port ${this.port} (${join(this.dir, 'error.log')})`);
  }

  /** The node each request so far went to, in order ("127.0.0.1:18281"; two when nginx tried one, then the other). */
  upstreams() {
    return readFileSync(this.accessLog, 'utf8').split('\n').filter(Boolean).map(line => {
      const [method, uri, status, ...upstream] = line.split(' ');
      return { method, uri, status: Number(status), upstream: upstream.join(' ') };
    });
  }

  /**
   * The requests logged after the first {@code from}, once {@code complete(entries)} holds (or after 5 s): nginx
   * writes a request's line only after it has answered, so the last answer can arrive before its line does.
   */
  async upstreamsSince(from, complete) {
    const until = Date.now() + 5000;
    let entries = this.upstreams().slice(from);
    while (!complete(entries) && Date.now() < until) {
      await sleep(50);
      entries = this.upstreams().slice(from);
    }
    return entries;
  }

  async stop() {
    if (this.process && this.process.exitCode === null) {
      this.process.kill('SIGQUIT');
      await this.exited;
    }
  }
}

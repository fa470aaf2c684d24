// Command-line options of bench/run. Smoke mode is the CI check: few iterations, few threads, every call must pass.

const FULL = { iterations: 200, threads: 8, block: 50, warmup: 20, settle: null, startupPairs: 2 };
const SMOKE = { iterations: 4, threads: 2, block: 4, warmup: 1, settle: 0, startupPairs: 1 };

const USAGE = `bench/run [--smoke] [--iterations N] [--threads T] [--block B] [--warmup W] [--settle S] [--port P]
  --smoke         a handful of iterations on 2 threads; exits non-zero if any call fails (for CI)
  --iterations N  measured iterations per scenario (default ${FULL.iterations})
  --threads T     concurrent clients (default ${FULL.threads})
  --block B       iterations per block; blocks of the two scenarios alternate (default ${FULL.block})
  --warmup W      unmeasured iterations per scenario first, for the JIT and caches (default ${FULL.warmup})
  --settle S      seconds to wait after a block for PostgreSQL's counters (default: 0 with pg_stat_statements, else 11)
  --port P        port for the platform (default 18080)
  --startup-pairs N  rounds of start-ups on fresh H2, each of a bare Camunda application, of the fixed stack's
                  floor, of the platform and of the platform as the image starts it (extracted, with its class-data
                  archive), in an order that turns each round (default ${FULL.startupPairs}; 0: none)
  --no-build      use the jar in target/ as it is (handled by bench/run)
  --own-postgres  a throwaway PostgreSQL cluster with pg_stat_statements preloaded (handled by bench/run)`;

export function parseOptions(argv) {
  const smoke = argv.includes('--smoke');
  const options = { ...(smoke ? SMOKE : FULL), smoke, port: 18080, jar: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value\n${USAGE}`);
      return v;
    };
    switch (arg) {
      case '--smoke': break;
      case '--iterations': options.iterations = positive(arg, value()); break;
      case '--threads': options.threads = positive(arg, value()); break;
      case '--block': options.block = positive(arg, value()); break;
      case '--warmup': options.warmup = whole(arg, value()); break;
      case '--settle': options.settle = Number(value()); break;
      case '--port': options.port = positive(arg, value()); break;
      case '--jar': options.jar = value(); break;
      case '--bare-jar': options.bareJar = value(); break;  // bench/run: bench/bare's jar
      case '--floor-jar': options.floorJar = value(); break;  // bench/run: bench/floor's jar
      case '--shipped-app': options.shippedApp = value(); break;  // bench/run: extracted, with its class-data archive
      case '--startup-pairs': options.startupPairs = whole(arg, value()); break;
      case '--check': options.check = true; break; // bench/run: are the options right, before it builds anything

      case '-h': case '--help': console.log(USAGE); process.exit(0); break;
      default: throw new Error(`unknown option ${arg}\n${USAGE}`);
    }
  }
  if (!options.jar && !options.check) throw new Error('--jar is missing (start the benchmark with bench/run)');
  options.block = Math.min(options.block, options.iterations);
  if (options.startupPairs === 0) {
    options.bareJar = null;
    options.floorJar = null;
    options.shippedApp = null;
  }
  return options;
}

function whole(name, text) {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name}: a whole number, not ${text}`);
  return n;
}

function positive(name, text) {
  const n = whole(name, text);
  if (n === 0) throw new Error(`${name}: at least 1`);
  return n;
}

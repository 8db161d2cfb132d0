// npm run bench:load [-- --duration 300 --sockets 500 --rate 4 --connections 10]: two built
// server instances on a throwaway PostgreSQL and Redis; `--sockets` viewers spread over both (the
// live bench's client model, in a child process); for `--duration` seconds autocannon reads the
// tally of the viewed motion from both instances as fast as `--connections` per instance allow,
// while four writers (one per group) change whip entries through instance A, together `--rate`
// per second. Prints errors, p50/p99 of HTTP and of change → event on the other instance (B),
// each instance's RSS after the warm-up and at the end, and the req/s of a bare NestJS route,
// measured first in the same run with as many connections, as the baseline of the tally's req/s.
// Loopback only.
import autocannon from 'autocannon';
import { fork } from 'node:child_process';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { freePort, rssMb, startInstance, startPostgres, startRedis } from './load-services.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '300' },
    sockets: { type: 'string', default: '500' },
    rate: { type: 'string', default: '4' },
    connections: { type: 'string', default: '10' },
    'baseline-duration': { type: 'string' },
  },
});
const DURATION = Number(args.duration);
const SOCKETS = Number(args.sockets);
const RATE = Number(args.rate);
const CONNECTIONS = Number(args.connections);
const BASELINE_DURATION = Number(args['baseline-duration'] ?? Math.min(DURATION, 30));
/** RSS "at start" is taken after this warm-up under load, so growth means growth, not JIT. */
const WARMUP_S = Math.max(5, Math.round(DURATION / 10));
/** A council meeting: mostly councillors, a tenth group managers (who read whip details). */
const MANAGERS = Math.round(SOCKETS / 10);
const ADMIN = { username: 'admin', password: 'bench-admin-password' };
const PASSWORD = 'bench-password';
const now = () => performance.timeOrigin + performance.now();
const cleanups = [];

function log(line = '') {
  process.stdout.write(`${line}\n`);
}

async function api(url, method, path, token, body) {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

const login = async (url, username, password) =>
  (await api(url, 'POST', '/api/auth/login', null, { username, password })).token;

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const ms = (value) => `${value.toFixed(1)} ms`;

/** req/s of bare-nest.mjs at `path` (/bare: a tiny answer; /bare/body: BARE_BODY as it is). */
async function baseline(path = '/bare', env = {}) {
  const port = await freePort();
  const child = fork(join(here, 'bare-nest.mjs'), [], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  await new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.once('exit', (code) => reject(new Error(`bare-nest.mjs exited ${code}`)));
  });
  try {
    const result = await autocannon({
      url: `http://127.0.0.1:${port}${path}`,
      connections: 2 * CONNECTIONS,
      duration: BASELINE_DURATION,
    });
    return result.requests.average;
  } finally {
    child.kill('SIGTERM');
  }
}

/** Admin, an SPD manager and a councillor on instance A; the motion the viewers look at. */
async function setUp(a) {
  const admin = await login(a.url, ADMIN.username, ADMIN.password);
  const accounts = [
    { username: 'bench-manager', role: 'manager', groupKey: 'SPD' },
    { username: 'bench-councillor', role: 'councillor' },
  ];
  for (const account of accounts) {
    await api(a.url, 'POST', '/api/users', admin, { ...account, password: PASSWORD });
  }
  const motion = await api(a.url, 'POST', '/api/motions', admin, { title: 'Bench: Last' });
  const council = await api(a.url, 'GET', '/api/council', admin);
  const groups = council.groups.map((group) => group.key).slice(0, 4);
  // Each written group's entry exists, so every measured write names the version it changes.
  const versions = {};
  for (const key of groups) {
    const entry = await api(a.url, 'PUT', `/api/motions/${motion.id}/whip/${key}`, admin, {
      stance: 'yes',
      confidence: 'likely',
    });
    versions[key] = entry.version;
  }
  return {
    admin,
    manager: await login(a.url, 'bench-manager', PASSWORD),
    councillor: await login(a.url, 'bench-councillor', PASSWORD),
    motionId: motion.id,
    versions,
  };
}

function startViewers(instances, setup) {
  const child = fork(join(here, 'load-viewers.mjs'), [], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  cleanups.push(() => child.connected && child.send({ type: 'close' }));
  const ask = (message, answer) =>
    new Promise((resolve, reject) => {
      const listener = (reply) => {
        if (reply.type !== answer && reply.type !== 'error') return;
        child.off('message', listener);
        if (reply.type === 'error') reject(new Error(reply.message));
        else resolve(reply);
      };
      child.on('message', listener);
      child.send(message);
    });
  // Every other viewer on B; a tenth are managers (whip details), as in a council meeting.
  const viewers = Array.from({ length: SOCKETS }, (_, i) => ({
    instance: instances[i % instances.length].name,
    token: i < MANAGERS ? setup.manager : setup.councillor,
    details: i < MANAGERS,
  }));
  return {
    connect: () =>
      ask(
        {
          type: 'connect',
          instances: instances.map(({ name, url }) => ({ name, url })),
          viewers,
          motionId: setup.motionId,
        },
        'connected',
      ),
    report: () => ask({ type: 'report' }, 'report'),
    perInstance: (name) => viewers.filter((viewer) => viewer.instance === name).length,
  };
}

/**
 * One writer per group (one connection each, so every write names the version the previous
 * answer returned) changes whip entries through A, together RATE per second; `sent` keeps when
 * each change left, `latencies` how long its answer took. After a refused or unanswered write
 * the writer reads the entry's version again, so one failure does not turn every later write of
 * its group into a version conflict; a change that was not stored is not waited for.
 */
function writers(a, setup) {
  const sent = new Map();
  const latencies = [];
  const groups = Object.keys(setup.versions);
  const runs = groups.map((key) => {
    let version = setup.versions[key];
    let turn = 0;
    let last = null;
    const resync = async () => {
      const entries = await api(a.url, 'GET', `/api/motions/${setup.motionId}/whip`, setup.admin);
      version = entries.find((entry) => entry.groupKey === key).version;
      if (last && last.version > version) sent.delete(last.change);
    };
    const run = autocannon({
      url: a.url,
      connections: 1,
      overallRate: RATE / groups.length,
      duration: DURATION,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${setup.admin}` },
      requests: [
        {
          method: 'PUT',
          path: `/api/motions/${setup.motionId}/whip/${key}`,
          setupRequest: (request) => {
            turn += 1;
            last = { change: `${key}:${version + 1}`, version: version + 1, sentAt: now() };
            sent.set(last.change, last.sentAt);
            const stance = turn % 2 === 0 ? 'yes' : 'no';
            return { ...request, body: JSON.stringify({ stance, confidence: 'likely', version }) };
          },
          onResponse: (status, body) => {
            latencies.push(now() - last.sentAt);
            if (status === 200) {
              version = JSON.parse(body).version;
            } else {
              // Refused: nothing was stored, so no event is due.
              sent.delete(last.change);
              resync().catch(() => undefined);
            }
          },
        },
      ],
    });
    run.on('reqError', () => resync().catch(() => undefined));
    return run;
  });
  return { runs: Promise.all(runs), sent, latencies };
}

function tallyReads(instance, setup) {
  return autocannon({
    url: `${instance.url}/api/motions/${setup.motionId}/tally`,
    connections: CONNECTIONS,
    duration: DURATION,
    headers: { authorization: `Bearer ${setup.councillor}` },
  });
}

/** Latency change → motion event at one instance's viewers, and the deliveries that never came. */
function deliveries(sent, arrivals, viewers) {
  const latencies = [];
  let missing = 0;
  for (const [key, at] of sent) {
    const times = arrivals[key] ?? [];
    missing += Math.max(0, viewers - times.length);
    for (const time of times) latencies.push(time - at);
  }
  return { sorted: Float64Array.from(latencies).sort(), missing };
}

/** autocannon counts a timeout among its errors too. */
const httpErrors = (result) => result.errors + result.non2xx;

/** What went wrong in these runs, e.g. "409 ×3 · timeout ×1" (empty when nothing did). */
function failuresOf(results) {
  const counts = {};
  const add = (what, count) => count > 0 && (counts[what] = (counts[what] ?? 0) + count);
  for (const result of results) {
    for (const [code, { count }] of Object.entries(result.statusCodeStats ?? {})) {
      if (!code.startsWith('2')) add(code, count);
    }
    add('timeout', result.timeouts);
    add('connection error', result.errors - result.timeouts);
  }
  return Object.entries(counts)
    .map(([what, count]) => `${what} ×${count}`)
    .join(' · ');
}

async function main() {
  log(
    `bench:load · ${DURATION} s · ${SOCKETS} sockets on 2 instances · whip writes ${RATE}/s through A · ` +
      `tally reads with ${CONNECTIONS} connections per instance · PostgreSQL + Redis on loopback`,
  );
  const bare = await baseline();
  log(
    `baseline: bare NestJS GET, ${2 * CONNECTIONS} connections, ${BASELINE_DURATION} s: ${bare.toFixed(0)} req/s`,
  );

  const postgres = await startPostgres();
  cleanups.push(() => postgres.stop());
  const redis = await startRedis();
  cleanups.push(() => redis.stop());
  const env = {
    NODE_ENV: 'production',
    TZ: 'UTC',
    HOST: '127.0.0.1',
    DATABASE_URL: postgres.url,
    REDIS_URL: redis.url,
    ADMIN_USERNAME: ADMIN.username,
    ADMIN_PASSWORD: ADMIN.password,
    LOGIN_THROTTLE_LIMIT: '100000',
    SOCKET_MAX_CONNECTIONS_PER_ADDRESS: String(SOCKETS + 10),
    CLIENT_DIST: '/nonexistent',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
  };
  // A first: it migrates and seeds the empty database; B then finds it ready.
  const a = await startInstance('A', env);
  cleanups.push(() => a.stop());
  const b = await startInstance('B', env);
  cleanups.push(() => b.stop());
  const instances = [a, b];

  const setup = await setUp(a);
  // The same framework sending the tally's own answer: how much of the gap is the answer's size.
  const tallyBody = JSON.stringify(
    await api(a.url, 'GET', `/api/motions/${setup.motionId}/tally`, setup.councillor),
  );
  const bareWithBody = await baseline('/bare/body', { BARE_BODY: tallyBody });
  log(
    `baseline 2: bare NestJS GET sending the tally's ${(tallyBody.length / 1024).toFixed(1)} KB ` +
      `answer, ${2 * CONNECTIONS} connections, ${BASELINE_DURATION} s: ${bareWithBody.toFixed(0)} req/s`,
  );
  const viewers = startViewers(instances, setup);
  const { sockets } = await viewers.connect();
  log(`${sockets} viewers connected (${MANAGERS} managers) on motion ${setup.motionId}`);
  const idle = instances.map((instance) => rssMb(instance.pid));

  const rss = {};
  const sample = (label) => (rss[label] = instances.map((instance) => rssMb(instance.pid)));
  // Every tenth of the run as well: a plateau is a warmed-up heap, a steady climb a leak.
  const trend = instances.map(() => []);
  const timers = [
    setTimeout(() => sample('start'), WARMUP_S * 1000),
    setTimeout(() => sample('end'), (DURATION - 1) * 1000),
    ...Array.from({ length: 10 }, (_, i) =>
      setTimeout(
        () => instances.forEach((instance, j) => trend[j].push(rssMb(instance.pid))),
        ((i + 1) * DURATION * 100) | 0,
      ),
    ),
  ];
  const writes = writers(a, setup);
  const [tallyA, tallyB, whip] = await Promise.all([
    tallyReads(a, setup),
    tallyReads(b, setup),
    writes.runs,
  ]);
  timers.forEach(clearTimeout);
  rss.end ??= instances.map((instance) => rssMb(instance.pid));
  // Events of the last writes are still on their way: give them a moment before counting.
  await new Promise((resolve) => setTimeout(resolve, 3000));
  const report = await viewers.report();

  const other = deliveries(writes.sent, report.arrivals.B ?? {}, viewers.perInstance('B'));
  const same = deliveries(writes.sent, report.arrivals.A ?? {}, viewers.perInstance('A'));
  const tallyRate = tallyA.requests.average + tallyB.requests.average;
  const errors = {
    'tally HTTP': httpErrors(tallyA) + httpErrors(tallyB),
    'whip HTTP': whip.reduce((sum, result) => sum + httpErrors(result), 0),
    'missing events': other.missing + same.missing,
    'viewer requests failed': report.reactionFailures,
    'sockets dropped': report.disconnects,
  };
  const errorTotal = Object.values(errors).reduce((sum, count) => sum + count, 0);
  const detail = failuresOf([tallyA, tallyB, ...whip]);

  log();
  log(
    `errors: ${errorTotal} (goal 0) · ${Object.entries(errors)
      .map(([k, v]) => `${k} ${v}`)
      .join(' · ')}`,
  );
  if (detail) log(`HTTP failures: ${detail}`);
  log(
    `GET tally: ${tallyA.requests.total + tallyB.requests.total} requests · ${tallyRate.toFixed(0)} req/s ` +
      `(A ${tallyA.requests.average.toFixed(0)}, B ${tallyB.requests.average.toFixed(0)}) · ` +
      `p50 A ${ms(tallyA.latency.p50)} B ${ms(tallyB.latency.p50)} · p99 A ${ms(tallyA.latency.p99)} B ${ms(tallyB.latency.p99)}`,
  );
  const writeLatencies = Float64Array.from(writes.latencies).sort();
  log(
    `PUT whip (A): ${writeLatencies.length} writes · ${(writeLatencies.length / DURATION).toFixed(1)}/s ` +
      `(goal ${RATE}/s) · p50 ${ms(percentile(writeLatencies, 50))} · p99 ${ms(percentile(writeLatencies, 99))}`,
  );
  log(
    `change → motion event on B (the other instance): ${other.sorted.length} deliveries · ` +
      `p50 ${ms(percentile(other.sorted, 50))} · p99 ${ms(percentile(other.sorted, 99))}`,
  );
  log(
    `change → motion event on A (the writing instance): ${same.sorted.length} deliveries · ` +
      `p50 ${ms(percentile(same.sorted, 50))} · p99 ${ms(percentile(same.sorted, 99))}`,
  );
  log(`API requests the viewers sent because of events: ${report.reactions} (goal 0)`);
  for (const [i, instance] of instances.entries()) {
    const [start, end] = [rss.start[i], rss.end[i]];
    log(
      `RSS ${instance.name}: ${idle[i].toFixed(0)} MB idle with sockets · ${start.toFixed(0)} MB after ` +
        `${WARMUP_S} s · ${end.toFixed(0)} MB at the end · growth ${(((end - start) / start) * 100).toFixed(1)} % (goal < 10 %)`,
    );
    log(`  every ${DURATION / 10} s: ${trend[i].map((mb) => mb.toFixed(0)).join(' · ')} MB`);
  }
  log(
    `tally req/s ÷ bare NestJS req/s: ${tallyRate.toFixed(0)} ÷ ${bare.toFixed(0)} = ` +
      `${(tallyRate / bare).toFixed(2)} (goal ≥ 0.5); ÷ baseline 2: ` +
      `${(tallyRate / bareWithBody).toFixed(2)}`,
  );
}

async function cleanup() {
  for (const step of cleanups.splice(0).reverse()) await step();
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => cleanup().finally(() => process.exit(130)));
}

try {
  await main();
} catch (error) {
  process.stderr.write(`bench:load failed: ${error instanceof Error ? error.stack : error}\n`);
  process.exitCode = 1;
} finally {
  await cleanup();
}

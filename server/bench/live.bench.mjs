// npm run bench:live [-- --sockets 2000 --updates 1000 --managers 50]: whip edit → events at the
// built server's viewers, who behave like the client's motion page (list and motion room, HTTP
// for whatever an event lacks), against a bare socket.io broadcast of the same event set in the
// same run. Prints p50/p95/p99 of change → last event, the p99 ratio, the API requests the
// viewers sent per edit per viewer, and CPU per edit of both servers. Loopback only.
import { fork } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { connectViewers } from './live-viewers.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const { values: args } = parseArgs({
  options: {
    sockets: { type: 'string', default: process.env.BENCH_CLIENTS ?? '500' },
    updates: { type: 'string', default: process.env.BENCH_UPDATES ?? '1000' },
    managers: { type: 'string' },
    warmup: { type: 'string', default: '20' },
  },
});
const CLIENTS = Number(args.sockets);
const UPDATES = Number(args.updates);
const WARMUP = Number(args.warmup);
/** A council meeting: mostly councillors, a tenth group managers (who read whip details). */
const MANAGERS = Math.min(CLIENTS, Number(args.managers ?? Math.round(CLIENTS / 10)));
const UPDATE_TIMEOUT_MS = 5000;
const DEADLINE = Date.now() + Number(process.env.BENCH_DEADLINE_MS ?? 10 * 60_000);
const EDITOR = { 'x-bench-editor': '1' };
const children = new Set();
const sockets = new Set();

function log(line) {
  process.stdout.write(`${line}\n`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startChild(script, env) {
  const port = await freePort();
  const child = fork(join(here, script), [], {
    execArgv:
      process.env.BENCH_PROF && script === 'live-server.mjs'
        ? ['--cpu-prof', '--cpu-prof-dir=/tmp/benchprof']
        : [],
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  children.add(child);
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  await new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${script} did not start:\n${stderr}`)),
      30_000,
    );
    child.once('message', () => (clearTimeout(timer), resolve()));
    child.once(
      'exit',
      (code) => (clearTimeout(timer), reject(new Error(`${script} exited ${code}:\n${stderr}`))),
    );
  });
  return { child, url: `http://127.0.0.1:${port}` };
}

async function stopChild(child) {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
  children.delete(child);
}

/** The child's counters: viewer requests so far and its CPU time (µs). */
function statsOf(child) {
  return new Promise((resolve) => {
    const listener = (message) => {
      if (message?.type !== 'stats') return;
      child.off('message', listener);
      resolve({
        requests: message.requests,
        cpuMs: (message.cpu.user + message.cpu.system) / 1000,
      });
    };
    child.on('message', listener);
    child.send({ type: 'stats' });
  });
}

async function api(url, method, path, token, body, headers = {}) {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...headers,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function summary(name, latencies, missing) {
  const sorted = Float64Array.from(latencies).sort();
  const figures = {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
  };
  log(
    `${name}: ${latencies.length} deliveries, ${missing} missing · ` +
      `p50 ${figures.p50.toFixed(2)} ms · p95 ${figures.p95.toFixed(2)} ms · p99 ${figures.p99.toFixed(2)} ms`,
  );
  return figures;
}

/**
 * Tracks one change at a time: latency = trigger sent → the change's `motion` event (the last of
 * its set) at a viewer; a change is done when every viewer has it and their reactions are back.
 */
function changeTracker() {
  const sentAt = new Map();
  const arrived = new Map();
  let latencies = [];
  let waiting = null;
  let pendingFetches = 0;
  const settle = () => {
    if (waiting && (arrived.get(waiting.seq) ?? 0) >= CLIENTS && pendingFetches === 0) {
      waiting.resolve();
      waiting = null;
    }
  };
  return {
    onEvent(name, payload) {
      if (name !== 'motion') return;
      const seq = payload.cause?.version;
      const sent = sentAt.get(seq);
      if (sent === undefined) return;
      latencies.push(performance.now() - sent);
      arrived.set(seq, (arrived.get(seq) ?? 0) + 1);
      settle();
    },
    fetching(promise) {
      pendingFetches += 1;
      promise
        .catch((error) => log(`viewer fetch failed: ${error.message}`))
        .finally(() => ((pendingFetches -= 1), settle()));
    },
    /** Runs `trigger(seq)` for each change in turn; returns latencies and missing deliveries. */
    async run(name, trigger, firstSeq, count) {
      latencies = [];
      let missing = 0;
      for (let i = 0; i < count; i++) {
        if (Date.now() > DEADLINE) throw new Error(`${name}: deadline reached after ${i} updates`);
        const seq = firstSeq + i;
        const done = new Promise((resolve) => (waiting = { seq, resolve }));
        sentAt.set(seq, performance.now());
        await trigger(seq);
        const timedOut = await Promise.race([
          done.then(() => false),
          new Promise((resolve) => setTimeout(() => resolve(true), UPDATE_TIMEOUT_MS)),
        ]);
        if (timedOut) missing += CLIENTS - (arrived.get(seq) ?? 0);
      }
      return { latencies, missing };
    },
  };
}

/** Warm-up, then the measured changes with the child's request and CPU counters around them. */
async function measured(name, child, tracker, trigger) {
  await tracker.run(`${name} warm-up`, trigger, 1, WARMUP);
  const before = await statsOf(child);
  const { latencies, missing } = await tracker.run(name, trigger, WARMUP + 1, UPDATES);
  const after = await statsOf(child);
  return {
    ...summary(name, latencies, missing),
    requestsPerEditPerViewer: (after.requests - before.requests) / (UPDATES * CLIENTS),
    cpuMsPerEdit: (after.cpuMs - before.cpuMs) / UPDATES,
  };
}

async function viewerAccounts(url, adminToken) {
  const accounts = [
    { username: 'bench-manager', role: 'manager', groupKey: 'SPD' },
    { username: 'bench-councillor', role: 'councillor' },
  ];
  for (const account of accounts) {
    await api(url, 'POST', '/api/users', adminToken, { ...account, password: 'bench-password' });
  }
  const login = async (username) =>
    (await api(url, 'POST', '/api/auth/login', null, { username, password: 'bench-password' }))
      .token;
  return { manager: await login('bench-manager'), councillor: await login('bench-councillor') };
}

/** MANAGERS SPD managers (whip details), the rest councillors; the last one records the set. */
function viewerMix(tokens) {
  return Array.from({ length: CLIENTS }, (_, i) =>
    i < MANAGERS
      ? { token: tokens.manager, details: true }
      : { token: tokens.councillor, details: false },
  );
}

async function benchServer() {
  const admin = { username: 'admin', password: 'bench-admin-password' };
  const { child, url } = await startChild('live-server.mjs', {
    DATABASE_URL: 'sqlite::memory:',
    ADMIN_USERNAME: admin.username,
    ADMIN_PASSWORD: admin.password,
    LOGIN_THROTTLE_LIMIT: '100000',
    SOCKET_MAX_CONNECTIONS_PER_ADDRESS: String(CLIENTS + 10),
    CLIENT_DIST: '/nonexistent',
    TZ: 'UTC',
  });
  const adminToken = (await api(url, 'POST', '/api/auth/login', null, admin)).token;
  const tokens = await viewerAccounts(url, adminToken);
  const editor = (await api(url, 'POST', '/api/auth/login', null, admin)).token;
  const motion = await api(url, 'POST', '/api/motions', editor, { title: 'Bench: Live' }, EDITOR);

  const tracker = changeTracker();
  const template = {};
  const viewers = viewerMix(tokens);
  const recorder = viewers.at(-1);
  const clients = await connectViewers({
    url,
    viewers,
    motionId: motion.id,
    onEvent: (name, payload) => tracker.onEvent(name, payload),
    fetch: (path, token) => tracker.fetching(api(url, 'GET', path, token)),
  });
  // The event set as a councillor receives it, for the bare server to broadcast.
  clients.at(-1).onAny((name, payload) => {
    if (!recorder.details) template[name] ??= payload;
  });
  clients.forEach((socket) => sockets.add(socket));
  log(`server: ${clients.length} viewers (${MANAGERS} managers) on motion ${motion.id}`);
  const path = `/api/motions/${motion.id}/whip/CDU`;
  const figures = await measured('server (PUT whip → motion event)', child, tracker, (seq) =>
    api(
      url,
      'PUT',
      path,
      editor,
      {
        stance: seq % 2 === 0 ? 'yes' : 'no',
        confidence: 'likely',
        note: `Stand ${seq}`,
        ...(seq > 1 ? { version: seq - 1 } : {}),
      },
      EDITOR,
    ),
  );
  clients.forEach((socket) => (socket.disconnect(), sockets.delete(socket)));
  await stopChild(child);
  return { figures, template };
}

async function benchBare(template) {
  const { child, url } = await startChild('bare-server.mjs', {});
  await api(url, 'POST', '/template', null, template);
  const tracker = changeTracker();
  const clients = await connectViewers({
    url,
    viewers: Array.from({ length: CLIENTS }, () => ({ token: null, details: false })),
    motionId: 1,
    onEvent: (name, payload) => tracker.onEvent(name, payload),
    fetch: null,
  });
  clients.forEach((socket) => sockets.add(socket));
  log(`bare socket.io: ${clients.length} viewers`);
  const figures = await measured('bare socket.io (HTTP → broadcast)', child, tracker, (seq) =>
    api(url, 'POST', `/broadcast?seq=${seq}`, null, {}),
  );
  clients.forEach((socket) => (socket.disconnect(), sockets.delete(socket)));
  await stopChild(child);
  return figures;
}

async function cleanup() {
  sockets.forEach((socket) => socket.disconnect());
  await Promise.all([...children].map(stopChild));
}

process.on('SIGINT', () => cleanup().finally(() => process.exit(130)));

try {
  log(`bench:live · ${CLIENTS} viewers · ${UPDATES} whip edits (+${WARMUP} warm-up) · loopback`);
  const server = await benchServer();
  const sizes = Object.entries(server.template).map(
    ([name, payload]) => `${name} ${Buffer.byteLength(JSON.stringify(payload))} B`,
  );
  log(`event set per change (councillor): ${sizes.join(' · ')}`);
  const bare = await benchBare(server.template);
  log(`p99 ratio server / bare: ${(server.figures.p99 / bare.p99).toFixed(2)} (goal ≤ 1.3)`);
  log(
    `API requests per edit per viewer: ${server.figures.requestsPerEditPerViewer.toFixed(3)} (goal 0)`,
  );
  log(
    `CPU per edit: server ${server.figures.cpuMsPerEdit.toFixed(2)} ms · bare ` +
      `${bare.cpuMsPerEdit.toFixed(2)} ms · ratio ${(server.figures.cpuMsPerEdit / bare.cpuMsPerEdit).toFixed(2)}`,
  );
} catch (error) {
  process.stderr.write(`bench:live failed: ${error instanceof Error ? error.stack : error}\n`);
  process.exitCode = 1;
} finally {
  await cleanup();
}

// npm run bench:live: update → tally latency of the built server with 500 subscribed sockets,
// against a bare socket.io server broadcasting a payload of the same size. Loopback only.
import { fork } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { io } from 'socket.io-client';

const here = dirname(fileURLToPath(import.meta.url));
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 500);
const UPDATES = Number(process.env.BENCH_UPDATES ?? 1000);
const WARMUP = 20;
const UPDATE_TIMEOUT_MS = 5000;
const DEADLINE = Date.now() + Number(process.env.BENCH_DEADLINE_MS ?? 10 * 60_000);
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

/** Connects `count` clients in batches, each subscribed to motion `motionId`. */
async function connectClients(url, token, motionId, count, onTally, onWhip = () => {}) {
  const clients = [];
  for (let start = 0; start < count; start += 50) {
    const batch = [];
    for (let i = start; i < Math.min(count, start + 50); i++) {
      const socket = io(`${url}/live`, {
        auth: token ? { token } : {},
        transports: ['websocket'],
        reconnection: false,
        forceNew: true,
      });
      sockets.add(socket);
      socket.on('tally', (event) => onTally(event));
      socket.on('whip', (event) => onWhip(event));
      batch.push(
        new Promise((resolve, reject) => {
          socket.once('connect_error', reject);
          socket.once('connect', () => {
            socket
              .timeout(10_000)
              .emit('subscribe', { motionId }, (error) =>
                error ? reject(error) : resolve(socket),
              );
          });
        }),
      );
    }
    clients.push(...(await Promise.all(batch)));
  }
  return clients;
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
 * Runs `updates` sequential triggers; each waits until every client has its tally (matched by
 * cause.version), and where the server sends more events per change (`whip` last) until those
 * arrived too, before the next one starts. Latency = trigger sent → tally received.
 */
async function measure(name, trigger, firstSeq, updates, register, registerDrain) {
  const sentAt = new Map();
  const received = new Map();
  const latencies = [];
  let waiting = null;
  register((event) => {
    const seq = event.cause?.version;
    const sent = sentAt.get(seq);
    if (sent === undefined) return;
    const now = performance.now();
    if (seq >= firstSeq + WARMUP) latencies.push(now - sent);
    const count = (received.get(seq) ?? 0) + 1;
    received.set(seq, count);
    if (count === CLIENTS && waiting?.seq === seq) waiting.resolve();
  });
  const drained = new Map();
  let draining = null;
  registerDrain?.((seq) => {
    const count = (drained.get(seq) ?? 0) + 1;
    drained.set(seq, count);
    if (count === CLIENTS && draining?.seq === seq) draining.resolve();
  });
  let missing = 0;
  for (let i = 0; i < updates + WARMUP; i++) {
    if (Date.now() > DEADLINE) throw new Error(`${name}: deadline reached after ${i} updates`);
    const seq = firstSeq + i;
    const tallies = new Promise((resolve) => (waiting = { seq, resolve }));
    const rest = registerDrain ? new Promise((resolve) => (draining = { seq, resolve })) : null;
    const done = rest ? Promise.all([tallies, rest]) : tallies;
    sentAt.set(seq, performance.now());
    await trigger(seq, i);
    const timedOut = await Promise.race([
      done.then(() => false),
      new Promise((resolve) => setTimeout(() => resolve(true), UPDATE_TIMEOUT_MS)),
    ]);
    if (timedOut) missing += CLIENTS - (received.get(seq) ?? 0);
  }
  return summary(name, latencies, missing);
}

async function benchServer() {
  const admin = { username: 'admin', password: 'bench-admin-password' };
  const { child, url } = await startChild('live-server.mjs', {
    DATABASE_URL: 'sqlite::memory:',
    ADMIN_USERNAME: admin.username,
    ADMIN_PASSWORD: admin.password,
    LOGIN_THROTTLE_LIMIT: '100000',
    CLIENT_DIST: '/nonexistent',
    TZ: 'UTC',
  });
  const adminToken = (await api(url, 'POST', '/api/auth/login', null, admin)).token;
  await api(url, 'POST', '/api/users', adminToken, {
    username: 'bench-manager',
    password: 'bench-password',
    role: 'manager',
    groupKey: 'SPD',
  });
  await api(url, 'POST', '/api/users', adminToken, {
    username: 'bench-councillor',
    password: 'bench-password',
    role: 'councillor',
  });
  const login = (username) =>
    api(url, 'POST', '/api/auth/login', null, { username, password: 'bench-password' });
  const manager = (await login('bench-manager')).token;
  const councillor = (await login('bench-councillor')).token;
  const motion = await api(url, 'POST', '/api/motions', manager, { title: 'Bench: Live-Tally' });

  let onTally = () => {};
  let onWhip = () => {};
  let template = null;
  const clients = await connectClients(
    url,
    councillor,
    motion.id,
    CLIENTS,
    (event) => {
      template ??= event;
      onTally(event);
    },
    (event) => onWhip(event.entry.version),
  );
  log(`server: ${clients.length} clients subscribed to motion ${motion.id}`);
  let version = 0;
  const figures = await measure(
    'server (PUT whip → tally)',
    async (seq, i) => {
      const entry = await api(url, 'PUT', `/api/motions/${motion.id}/whip/CDU`, manager, {
        stance: i % 2 === 0 ? 'yes' : 'no',
        confidence: 'likely',
        ...(version ? { version } : {}),
      });
      version = entry.version;
      if (version !== seq) throw new Error(`expected version ${seq}, got ${version}`);
    },
    1,
    UPDATES,
    (handler) => (onTally = handler),
    (handler) => (onWhip = handler),
  );
  clients.forEach((socket) => (socket.disconnect(), sockets.delete(socket)));
  await stopChild(child);
  return { figures, template };
}

async function benchBare(template) {
  const { child, url } = await startChild('bare-server.mjs', {});
  await api(url, 'POST', '/template', null, template);
  let onTally = () => {};
  const clients = await connectClients(url, null, 1, CLIENTS, (event) => onTally(event));
  log(
    `bare socket.io: ${clients.length} clients, payload ${Buffer.byteLength(JSON.stringify(template))} bytes`,
  );
  const figures = await measure(
    'bare socket.io (HTTP → broadcast)',
    (seq) => api(url, 'POST', `/broadcast?seq=${seq}`, null, {}),
    1,
    UPDATES,
    (handler) => (onTally = handler),
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
  log(`bench:live · ${CLIENTS} clients · ${UPDATES} updates (+${WARMUP} warm-up) · loopback`);
  const server = await benchServer();
  log(`tally payload: ${Buffer.byteLength(JSON.stringify(server.template))} bytes`);
  const bare = await benchBare(server.template);
  const ratio = server.figures.p99 / bare.p99;
  log(`p99 ratio server / bare: ${ratio.toFixed(2)} (goal ≤ 1.5)`);
} catch (error) {
  process.stderr.write(`bench:live failed: ${error instanceof Error ? error.stack : error}\n`);
  process.exitCode = 1;
} finally {
  await cleanup();
}

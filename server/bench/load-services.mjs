// What npm run bench:load runs on: a throwaway PostgreSQL cluster (the migration generator's, from
// server/dist) and redis-server on free loopback ports in temp folders, and built server instances
// as child processes. Debian's postgresql and redis-server must be installed
// (test/scripts/ensure-postgres.mjs and ensure-redis.mjs install them as root).
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
export const SERVER_MAIN = process.env.BENCH_SERVER_MAIN ?? join(here, '../dist/main.js');

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once `ready()` does; rejects when the child exits first or at the timeout. */
async function waitFor(child, ready, output, what, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await ready())) {
    if (child.exitCode !== null) {
      // 'exit' can come before the last output: read it once the pipes are closed.
      if (child.stdout && !child.stdout.closed) {
        await new Promise((resolve) => child.once('close', resolve));
      }
      throw new Error(`${what} exited:\n${output()}`);
    }
    if (Date.now() > deadline) throw new Error(`${what} not ready:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function healthy(url) {
  try {
    return (await fetch(`${url}/api/health`)).ok;
  } catch {
    return false;
  }
}

/** The last 16 KB a child printed (enough for a failed start; a busy server prints a lot). */
function tailOf(child) {
  let tail = '';
  const keep = (chunk) => (tail = (tail + chunk).slice(-16_384));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  return () => tail;
}

async function stopChild(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  await exited;
  clearTimeout(timer);
}

export async function startPostgres() {
  const { startTempPostgres } = require('../dist/cli/temp-postgres.js');
  const cluster = await startTempPostgres();
  if (!cluster) throw new Error('Kein PostgreSQL: sudo apt-get install -y postgresql');
  return cluster;
}

/** redis-server without persistence; `stop` ends it and removes its folder. */
export async function startRedis() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-redis-'));
  const port = await freePort();
  const child = spawn(
    'redis-server',
    [
      ...['--port', String(port), '--bind', '127.0.0.1', '--dir', dir],
      ...['--save', '', '--appendonly', 'no', '--daemonize', 'no'],
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.once('error', () => undefined);
  const output = tailOf(child);
  const stop = async () => {
    await stopChild(child);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const ready = async () => /Ready to accept connections/.test(output());
    await waitFor(child, ready, output, 'redis-server');
  } catch (error) {
    await stop();
    throw new Error(`${error.message}\n(sudo apt-get install -y redis-server)`);
  }
  return { url: `redis://127.0.0.1:${port}`, stop };
}

/** The last 16 KB of a log file. */
function tailOfFile(path) {
  return () => {
    const text = readFileSync(path, 'utf8');
    return text.slice(-16_384);
  };
}

/**
 * One built server (server/dist/main.js) on a free loopback port; resolves once it is healthy.
 * Its JSON log goes to a file, as to a log collector in production: read through a pipe, the
 * bench's own process (the load generator) would pay for every line.
 */
export async function startInstance(name, env) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const dir = mkdtempSync(join(tmpdir(), `bench-instance-${name}-`));
  const logPath = join(dir, 'server.log');
  const log = openSync(logPath, 'a');
  // BENCH_PROFILE_DIR=<dir>: each instance writes a CPU profile there when it stops.
  const profile = process.env.BENCH_PROFILE_DIR
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`]
    : [];
  const child = spawn(process.execPath, [...profile, SERVER_MAIN], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env, PORT: String(port) },
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  const output = tailOfFile(logPath);
  const stop = async () => {
    await stopChild(child);
    rmSync(dir, { recursive: true, force: true });
  };
  await waitFor(child, () => healthy(url), output, `instance ${name}`, 60_000).catch(
    async (error) => {
      await stop();
      throw error;
    },
  );
  return { name, url, pid: child.pid, output, stop };
}

/** Resident set size of a process in MB (Linux /proc). */
export function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)[1]) / 1024;
}

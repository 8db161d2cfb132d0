import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../..');
// Overridable so that parallel work can test its own builds without sharing one dist folder.
export const SERVER_MAIN = process.env.TEST_SERVER_MAIN ?? resolve(ROOT, 'server/dist/main.js');
export const CLIENT_DIST = process.env.TEST_CLIENT_DIST ?? resolve(ROOT, 'client/dist');

export type RunningServer = {
  baseUrl: string;
  adminPassword: string;
  output: () => string;
  stop: () => Promise<void>;
  /** SIGKILL: the process dies at once, as in a crash or an OOM kill. */
  kill: () => Promise<void>;
};

export type ServerOptions = { databaseUrl?: string; withClient?: boolean };

/** A free TCP port from the OS (no fixed ports in tests). */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

async function waitForHealth(baseUrl: string, child: ChildProcess, log: () => string) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`server exited with ${child.exitCode}:\n${log()}`);
    }
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`server did not answer /api/health within 30 s:\n${log()}`);
}

/**
 * Starts the built server (`server/dist/main.js`) on a free port with an in-memory database (or
 * `databaseUrl`) and the built client; resolves once /api/health answers.
 */
export async function startServer(
  adminPassword = 'browser-test-Passw0rd',
  options: ServerOptions = {},
): Promise<RunningServer> {
  const needed =
    options.withClient === false ? [SERVER_MAIN] : [SERVER_MAIN, `${CLIENT_DIST}/index.html`];
  for (const path of needed) {
    if (!existsSync(path)) {
      throw new Error(`${path} is missing: run the builds first (see test/browser/README).`);
    }
  }
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  let log = '';
  const child = spawn(process.execPath, [SERVER_MAIN], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      TZ: 'UTC',
      PORT: String(port),
      DATABASE_URL: options.databaseUrl ?? 'sqlite::memory:',
      ADMIN_USERNAME: 'admin',
      ADMIN_PASSWORD: adminPassword,
      CLIENT_DIST,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));

  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };
  const stop = () => end('SIGTERM');
  const kill = () => end('SIGKILL');

  try {
    await waitForHealth(baseUrl, child, () => log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, adminPassword, output: () => log, stop, kill };
}

export type ApiResponse<T> = { status: number; body: T };

/** One JSON call against a running server's API (`path` without the `/api` prefix). */
export async function apiRequest<T>(
  baseUrl: string,
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  path: string,
  options: { token?: string; body?: unknown } = {},
): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(`${baseUrl}/api${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
}

/** Signs in over the API and returns the bearer token. */
export async function apiLogin(
  baseUrl: string,
  username: string,
  password: string,
): Promise<string> {
  const { status, body } = await apiRequest<{ token: string }>(baseUrl, 'POST', '/auth/login', {
    body: { username, password },
  });
  if (status !== 200) throw new Error(`login of ${username} failed with ${status}`);
  return body.token;
}

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { request } from 'node:http';
import { dirname, resolve } from 'node:path';
import { freePort, ROOT, SERVER_MAIN } from './server';

/**
 * The built server and CLIs (`npx nx run-many -t build --projects=shared,server`), or those of a
 * private build (TEST_SERVER_MAIN, test/scripts/private-build.sh).
 */
export const SERVER_DIST = dirname(SERVER_MAIN);
export const ADMIN_PASSWORD = 'process-test-Passw0rd';

export type Exit = { code: number | null; signal: NodeJS.Signals | null };

export type AppProcess = {
  baseUrl: string;
  pid: number;
  output: () => string;
  /** Resolves once the process printed a line matching `pattern`. */
  printed: (pattern: RegExp) => Promise<void>;
  exited: Promise<Exit>;
  /** SIGTERM, then the exit (SIGKILL after 20 s so a hung shutdown fails the test, not the run). */
  stop: () => Promise<Exit>;
};

export function assertBuilt(): void {
  for (const file of ['main.js', 'cli/backup.js', 'cli/restore.js']) {
    const path = resolve(SERVER_DIST, file);
    if (!existsSync(path)) {
      throw new Error(`${path} fehlt: erst npx nx run-many -t build --projects=shared,server`);
    }
  }
}

/** Environment of a spawned app or CLI: the given database, nothing inherited from a test app. */
export function processEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'test',
    TZ: 'UTC',
    ADMIN_USERNAME: 'admin',
    ADMIN_PASSWORD,
    CLIENT_DIST: '/nonexistent/client/dist',
    LOGIN_THROTTLE_LIMIT: '1000',
    ...env,
  };
}

function exitOf(child: ChildProcess): Promise<Exit> {
  return new Promise((done) => child.once('exit', (code, signal) => done({ code, signal })));
}

/** The built server as a child process on a free port; resolves once /api/health answers 200. */
export async function startAppProcess(env: Record<string, string>): Promise<AppProcess> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [SERVER_MAIN], {
    cwd: ROOT,
    env: processEnv({ PORT: String(port), ...env }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const listeners: Array<() => void> = [];
  const append = (chunk: Buffer) => {
    log += chunk.toString();
    listeners.splice(0).forEach((check) => check());
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  const exited = exitOf(child);
  let exit: Exit | null = null;
  void exited.then((result) => (exit = result));

  const printed = (pattern: RegExp) =>
    new Promise<void>((done, fail) => {
      const check = () => {
        if (pattern.test(log)) return done();
        if (exit) return fail(new Error(`exited before printing ${pattern}:\n${log}`));
        listeners.push(check);
      };
      void exited.then(() => listeners.splice(0).forEach((waiting) => waiting()));
      check();
    });
  const stop = async () => {
    if (!exit) child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    const result = await exited;
    clearTimeout(timer);
    return result;
  };

  const deadline = Date.now() + 30_000;
  for (;;) {
    if (exit) throw new Error(`server exited (${JSON.stringify(exit)}):\n${log}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`server did not answer /api/health within 30 s:\n${log}`);
    }
    const health = await send(baseUrl, 'GET', '/api/health');
    if (health.kind === 'response' && health.status === 200) break;
    await new Promise((done) => setTimeout(done, 200));
  }
  return { baseUrl, pid: child.pid ?? 0, output: () => log, printed, exited, stop };
}

export type CliResult = { code: number | null; stdout: string; stderr: string };

/** Runs `server/dist/cli/<name>.js` to its end. */
export function runCli(
  name: string,
  args: string[],
  env: Record<string, string>,
): Promise<CliResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [resolve(SERVER_DIST, 'cli', `${name}.js`), ...args], {
      cwd: ROOT,
      env: processEnv(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', fail);
    child.once('close', (code) => done({ code, stdout, stderr }));
  });
}

export type Outcome =
  { kind: 'response'; status: number; body: unknown } | { kind: 'error'; code: string };

export type SendOptions = {
  token?: string;
  body?: unknown;
  /**
   * Sends the headers with `Expect: 100-continue` and the body only once `release` resolves;
   * `accepted` is called when the server answered 100 Continue, i.e. it holds the request.
   */
  slowBody?: { release: Promise<void>; accepted: () => void };
};

/**
 * One request on its own connection (no keep-alive pool), so every outcome is either a complete
 * response (all bytes, parsed) or the error of that one connection (ECONNREFUSED at connect,
 * ECONNRESET or an abort mid-way).
 */
export function send(
  baseUrl: string,
  method: string,
  path: string,
  options: SendOptions = {},
): Promise<Outcome> {
  const url = new URL(path, baseUrl);
  const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  if (payload !== undefined) {
    headers['Content-Type'] = 'application/json';
    headers['Content-Length'] = String(Buffer.byteLength(payload));
  }
  if (options.slowBody) headers.Expect = '100-continue';
  return new Promise((done) => {
    const fail = (error: NodeJS.ErrnoException) =>
      done({ kind: 'error', code: error.code ?? error.message });
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method,
        headers,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.once('aborted', () => done({ kind: 'error', code: 'ABORTED' }));
        res.once('error', fail);
        res.once('end', () => {
          if (!res.complete) return done({ kind: 'error', code: 'INCOMPLETE' });
          const text = Buffer.concat(chunks).toString();
          try {
            done({
              kind: 'response',
              status: res.statusCode ?? 0,
              body: text ? JSON.parse(text) : null,
            });
          } catch {
            done({ kind: 'error', code: 'INVALID_JSON' });
          }
        });
      },
    );
    req.once('error', fail);
    const slow = options.slowBody;
    if (slow && payload !== undefined) {
      req.once('continue', () => {
        slow.accepted();
        void slow.release.then(() => req.end(payload));
      });
      req.flushHeaders();
    } else {
      req.end(payload);
    }
  });
}

export async function loginAdmin(baseUrl: string): Promise<string> {
  const outcome = await send(baseUrl, 'POST', '/api/auth/login', {
    body: { username: 'admin', password: ADMIN_PASSWORD },
  });
  if (outcome.kind !== 'response' || outcome.status !== 200) {
    throw new Error(`login failed: ${JSON.stringify(outcome)}`);
  }
  return (outcome.body as { token: string }).token;
}

/** The body of a 2xx answer, or an error that says what came back instead. */
export async function ok<T>(pending: Promise<Outcome>): Promise<T> {
  const outcome = await pending;
  if (outcome.kind !== 'response' || outcome.status >= 300) {
    throw new Error(`expected a 2xx answer, got ${JSON.stringify(outcome)}`);
  }
  return outcome.body as T;
}

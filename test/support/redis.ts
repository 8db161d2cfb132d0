import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './server';

export type TempRedis = { url: string; stop: () => Promise<void> };

/**
 * A redis-server of its own (nothing left from another test) as the current user on a free
 * loopback port, its folder a temp one, without persistence (no RDB, no AOF). Resolves once it
 * accepts connections; `stop` ends it and removes the folder.
 */
export async function startTempRedis(): Promise<TempRedis> {
  const dir = mkdtempSync(join(tmpdir(), 'e2e-redis-'));
  const port = await freePort();
  const child = spawn(
    'redis-server',
    [
      ...['--port', String(port), '--bind', '127.0.0.1', '--dir', dir],
      ...['--save', '', '--appendonly', 'no', '--daemonize', 'no', '--protected-mode', 'yes'],
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const ready = new Promise<void>((done, fail) => {
    const read = (chunk: Buffer) => {
      log += chunk.toString();
      if (/Ready to accept connections/.test(log)) done();
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('error', fail);
    void exited.then(() => fail(new Error(`redis-server exited:\n${log}`)));
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  };
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  try {
    await ready;
  } catch (error) {
    await stop();
    throw error;
  } finally {
    clearTimeout(timer);
  }
  return { url: `redis://127.0.0.1:${port}`, stop };
}

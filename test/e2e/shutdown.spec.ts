import type { MotionView } from '@mehrheitsplaner/shared';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { connect as connectTcp, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  assertBuilt,
  loginAdmin,
  ok,
  send,
  startAppProcess,
  type Outcome,
} from '../support/app-process';
import { connect, connected, emitWithAck } from './support/live-socket';
import { sqliteOnly } from './support/engine';

/** Why the PostgreSQL run leaves this to the SQLite run. */
const SQLITE_ONLY = 'die Sperrdatei neben der SQLite-Datei zeigt das Freigeben der Datenbank';

const BURST = 30;
const SLOW = 3;

type Sent = { label: string; title?: string; outcome: Promise<Outcome> };

/** A raw connection and everything it receives until the server closes it. */
async function rawConnection(
  baseUrl: string,
): Promise<{ socket: Socket; received: Promise<string> }> {
  const { hostname, port } = new URL(baseUrl);
  const socket = connectTcp(Number(port), hostname);
  await new Promise((done) => socket.once('connect', done));
  let data = '';
  socket.on('data', (chunk: Buffer) => (data += chunk.toString()));
  const received = new Promise<string>((done) => socket.once('close', () => done(data)));
  socket.on('error', () => undefined);
  return { socket, received };
}

sqliteOnly('SIGTERM on the built server', SQLITE_ONLY, () => {
  beforeAll(() => assertBuilt());

  it('should answer every accepted request, refuse new connections, close sockets and exit 0', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'shutdown-'));
    const env = { DATABASE_URL: `sqlite:${join(folder, 'council.sqlite')}` };
    const app = await startAppProcess(env);
    const token = await loginAdmin(app.baseUrl);
    const socket = connect(app.baseUrl, token);
    await connected(socket);
    const watched = await ok<MotionView>(
      send(app.baseUrl, 'POST', '/api/motions', { token, body: { title: 'Beobachtet' } }),
    );
    await emitWithAck(socket, 'subscribe', { motionId: watched.id });
    const tallies: number[] = [];
    socket.on('tally', (event) => tallies.push(event.motionId));
    const socketClosed = new Promise<string>((done) => socket.once('disconnect', done));

    // A connection that never sends a byte, and one whose request headers are still incomplete
    // when SIGTERM arrives: neither may hold the shutdown up.
    const silent = await rawConnection(app.baseUrl);
    const half = await rawConnection(app.baseUrl);
    half.socket.write('GET /api/health HTTP/1.1\r\nHost: council\r\n');

    // A burst of writes and reads, each on its own connection ...
    const sent: Sent[] = [];
    for (let i = 0; i < BURST; i += 1) {
      const title = `Burst ${i}`;
      sent.push({
        label: `POST ${title}`,
        title,
        outcome: send(app.baseUrl, 'POST', '/api/motions', { token, body: { title } }),
      });
      sent.push({
        label: `GET ${i}`,
        outcome: send(app.baseUrl, 'GET', '/api/motions', { token }),
      });
    }
    // ... then requests whose body arrives only after SIGTERM: the server holds them (100
    // Continue) while it shuts down. Connections are accepted in order, so once these are held,
    // every burst connection before them was accepted too.
    let releaseBodies: () => void = () => undefined;
    const release = new Promise<void>((done) => (releaseBodies = done));
    const held: Array<Promise<void>> = [];
    for (let i = 0; i < SLOW; i += 1) {
      const title = `Langsam ${i}`;
      let accepted: () => void = () => undefined;
      held.push(new Promise((done) => (accepted = done)));
      sent.push({
        label: `POST ${title}`,
        title,
        outcome: send(app.baseUrl, 'POST', '/api/motions', {
          token,
          body: { title },
          slowBody: { release, accepted },
        }),
      });
    }
    // A whip save held the same way: its live event must still reach the subscribed socket.
    let whipAccepted: () => void = () => undefined;
    held.push(new Promise((done) => (whipAccepted = done)));
    sent.push({
      label: 'PUT whip',
      outcome: send(app.baseUrl, 'PUT', `/api/motions/${watched.id}/whip/SPD`, {
        token,
        body: { stance: 'yes', confidence: 'confirmed' },
        slowBody: { release, accepted: whipAccepted },
      }),
    });
    await Promise.all(held);

    process.kill(app.pid, 'SIGTERM');
    await app.printed(/SIGTERM: keine neuen Verbindungen/);
    // The listening socket is closed now: a new connection is refused at connect.
    const late: Outcome[] = [];
    for (let i = 0; i < 5; i += 1) {
      late.push(
        await send(app.baseUrl, 'POST', '/api/motions', { token, body: { title: `Zu spät ${i}` } }),
      );
    }
    half.socket.write('\r\n');
    releaseBodies();

    const outcomes = await Promise.all(sent.map((s) => s.outcome));
    const exit = await app.exited;

    const failures = sent
      .map((s, i) => ({ label: s.label, outcome: outcomes[i] }))
      .filter(({ label, outcome }) => {
        const expected = label.startsWith('POST') ? 201 : 200;
        return outcome.kind !== 'response' || outcome.status !== expected;
      });
    expect(failures).toEqual([]);
    expect(late).toEqual(
      Array.from({ length: 5 }, () => ({ kind: 'error', code: 'ECONNREFUSED' })),
    );
    expect(exit).toEqual({ code: 0, signal: null });
    // The half-sent request was finished after SIGTERM and answered: health says 503 now.
    const healthWhileStopping = await half.received;
    expect(healthWhileStopping).toMatch(/^HTTP\/1\.1 503 /);
    expect(healthWhileStopping).toContain('"shuttingDown":true');
    expect(await silent.received).toBe('');
    expect(await socketClosed).toMatch(/transport close|io server disconnect/);
    expect(tallies).toContain(watched.id);
    expect(app.output()).toMatch(/\d+ laufende Anfragen beendet/);
    expect(readdirSync(folder).filter((name) => name.endsWith('.pid'))).toEqual([]);
    expect(existsSync(join(folder, 'council.sqlite'))).toBe(true);

    // Every motion that was answered 201 is there after a restart, with its title.
    const created = sent
      .map((s, i) => ({ title: s.title, outcome: outcomes[i] }))
      .filter((s) => s.title !== undefined && s.outcome.kind === 'response')
      .map((s) => ({ title: s.title, id: (s.outcome as { body: MotionView }).body.id }));
    expect(created).toHaveLength(BURST + SLOW);
    const again = await startAppProcess(env);
    try {
      const token2 = await loginAdmin(again.baseUrl);
      for (const { id, title } of created) {
        const motion = await ok<MotionView>(
          send(again.baseUrl, 'GET', `/api/motions/${id}`, { token: token2 }),
        );
        expect(motion.title).toBe(title);
      }
      const all = await ok<MotionView[]>(
        send(again.baseUrl, 'GET', '/api/motions', { token: token2 }),
      );
      expect(all.filter((m) => m.title.startsWith('Zu spät'))).toEqual([]);
    } finally {
      expect(await again.stop()).toEqual({ code: 0, signal: null });
    }
  });

  it('should shut down the same way on SIGINT (Ctrl-C) and release the database lock', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'shutdown-'));
    const app = await startAppProcess({ DATABASE_URL: `sqlite:${join(folder, 'council.sqlite')}` });
    const token = await loginAdmin(app.baseUrl);
    const socket = connect(app.baseUrl, token);
    await connected(socket);
    const socketClosed = new Promise<string>((done) => socket.once('disconnect', done));
    expect(readdirSync(folder)).toContain(`council.sqlite.${app.pid}.pid`);

    process.kill(app.pid, 'SIGINT');

    expect(await app.exited).toEqual({ code: 0, signal: null });
    expect(await socketClosed).toMatch(/transport close|io server disconnect/);
    expect(app.output()).toContain('SIGINT: keine neuen Verbindungen');
    expect(readdirSync(folder).filter((name) => name.endsWith('.pid'))).toEqual([]);
  });
});

import type { CouncilView } from '@mehrheitsplaner/shared';
import type { Socket } from 'socket.io-client';
import { connect, connected, refused, type LiveSocket } from './support/live-socket';
import { UnitOfWork } from '../../server/src/database/unit-of-work';
import { hashToken } from '../../server/src/auth/auth.service';
import { SessionEntity } from '../../server/src/auth/session.entity';
import { bearer, startTestApp, type TestApp } from './support/test-app';

const disconnected = (socket: LiveSocket) =>
  new Promise<string>((resolve) => socket.once('disconnect', (reason) => resolve(reason)));

describe('live updates on /live', () => {
  let t: TestApp;
  const sockets: LiveSocket[] = [];

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterEach(() => {
    sockets.splice(0).forEach((s) => s.disconnect());
  });
  afterAll(() => t.close());

  it('should refuse a connection without a token', async () => {
    const socket = connect(t.url);
    sockets.push(socket);
    const error = await refused(socket);
    expect(error.message).toMatch(/Anmeldung/);
    expect(socket.connected).toBe(false);
  });

  it('should refuse a connection with an invalid token', async () => {
    const socket = connect(t.url, 'forged-token');
    sockets.push(socket);
    await refused(socket);
  });

  it('should close a socket when its session logs out, and refuse the token afterwards', async () => {
    const { token } = await t.createUser('councillor');
    const socket = connect(t.url, token);
    sockets.push(socket);
    await connected(socket);
    const closed = disconnected(socket);
    await t
      .http()
      .post('/api/auth/logout')
      .set(...bearer(token))
      .expect(204);
    expect(await closed).toBe('io server disconnect');
    const again = connect(t.url, token);
    sockets.push(again);
    expect((await refused(again)).message).toMatch(/Sitzung/);
  });

  it('should close a socket when its session expires', async () => {
    const { token } = await t.createUser('councillor');
    // The session ends 300 ms from now; the handshake reads it from the database.
    await t.app
      .get(UnitOfWork)
      .run((manager) =>
        manager.update(
          SessionEntity,
          { tokenHash: hashToken(token) },
          { expiresAt: new Date(Date.now() + 300) },
        ),
      );
    const socket = connect(t.url, token);
    sockets.push(socket);
    await connected(socket);
    expect(await disconnected(socket)).toBe('io server disconnect');
  });

  it('should push the council to a connected client after a group patch', async () => {
    const { token } = await t.createUser('councillor');
    const socket = connect(t.url, token);
    sockets.push(socket);
    await connected(socket);
    const received = new Promise<CouncilView>((resolve) => {
      socket.once('council', ({ council }) => resolve(council));
    });
    await t
      .http()
      .patch('/api/council/groups/LINKE')
      .set(...bearer(await t.adminToken()))
      .send({ color: '#AA0000' })
      .expect(200);
    const council = await received;
    expect(council.groups.find((g) => g.key === 'LINKE')?.color).toBe('#AA0000');
    expect(council.seats).toBe(92);
  });

  it('should acknowledge subscribe/unsubscribe with the motion room and reject bad payloads', async () => {
    const socket: Socket = connect(t.url, await t.adminToken());
    sockets.push(socket);
    await connected(socket);
    await expect(socket.timeout(2000).emitWithAck('subscribe', { motionId: 7 })).resolves.toEqual({
      ok: true,
      room: 'motion:7',
    });
    await expect(socket.timeout(2000).emitWithAck('unsubscribe', { motionId: 7 })).resolves.toEqual(
      { ok: true, room: 'motion:7' },
    );
    const exception = new Promise<unknown>((resolve) => socket.once('exception', resolve));
    socket.emit('subscribe', { motionId: 'seven' });
    await expect(exception).resolves.toMatchObject({ status: 'error' });
  });
});

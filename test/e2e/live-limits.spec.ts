import { Logger } from '@nestjs/common';
import { io, type Socket } from 'socket.io-client';
import { connect, connected, refused, type LiveSocket } from './support/live-socket';
import { startTestApp, type TestApp } from './support/test-app';

const disconnected = (socket: LiveSocket) =>
  new Promise<string>((resolve) => socket.once('disconnect', (reason) => resolve(reason)));

describe('limits of socket.io', () => {
  let t: TestApp;
  let token: string;
  const sockets: LiveSocket[] = [];

  beforeAll(async () => {
    t = await startTestApp({ env: { SOCKET_MAX_CONNECTIONS_PER_ADDRESS: '3' } });
    token = (await t.createUser('councillor')).token;
  });
  afterEach(() => {
    sockets.splice(0).forEach((s) => s.disconnect());
  });
  afterAll(() => t.close());

  function open(namespace = '/live'): LiveSocket {
    const socket: LiveSocket =
      namespace === '/live'
        ? connect(t.url, token)
        : io(`${t.url}${namespace}`, {
            auth: { token },
            transports: ['websocket'],
            reconnection: false,
            forceNew: true,
          });
    sockets.push(socket);
    return socket;
  }

  it('should refuse the default namespace even with a valid token', async () => {
    const error = await refused(open('/'));
    expect(error.message).toMatch(/Namensraum/);
  });

  it('should close a socket that sends a message over 64 KB', async () => {
    const socket = open();
    await connected(socket);
    const gone = disconnected(socket);
    (socket as unknown as Socket).emit('subscribe', { motionId: 1, padding: 'x'.repeat(100_000) });
    await expect(gone).resolves.toMatch(/transport close|transport error|server/);
  });

  it('should refuse an event nested 3,000 deep with a coded exception, not a stack overflow', async () => {
    const loggedErrors = jest.spyOn(Logger.prototype, 'error');
    try {
      const socket = open();
      await connected(socket);
      let deep: unknown = 1;
      for (let i = 0; i < 3000; i++) deep = { a: deep };
      const refusal = new Promise<unknown>((resolve) =>
        (socket as unknown as Socket).once('exception', resolve),
      );
      (socket as unknown as Socket).emit('subscribe', { motionId: 1, deep });
      await expect(refusal).resolves.toMatchObject({ code: 'JSON_TOO_DEEP', event: 'subscribe' });
      // The socket stays usable for well-formed events.
      expect(socket.connected).toBe(true);
      expect(loggedErrors).not.toHaveBeenCalled();
    } finally {
      loggedErrors.mockRestore();
    }
  });

  it('should answer an invalid event payload with a coded exception', async () => {
    const socket = open();
    await connected(socket);
    const refusal = new Promise<unknown>((resolve) =>
      (socket as unknown as Socket).once('exception', resolve),
    );
    (socket as unknown as Socket).emit('subscribe', { motionId: 'sieben' });
    await expect(refusal).resolves.toMatchObject({ status: 'error', code: 'VALIDATION_FAILED' });
  });

  it('should refuse connections from one address beyond the cap, and admit again after one closes', async () => {
    const first = [open(), open(), open()];
    await Promise.all(first.map((s) => connected(s)));
    await refused(open());
    const gone = disconnected(first[0]);
    first[0].disconnect();
    await gone;
    // The server counts the connection as closed once its engine socket closes; retry until then.
    let admitted = false;
    for (let attempt = 0; attempt < 20 && !admitted; attempt++) {
      admitted = await connected(open()).then(
        () => true,
        () => false,
      );
    }
    expect(admitted).toBe(true);
  });
});

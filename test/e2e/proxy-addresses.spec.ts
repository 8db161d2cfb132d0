import type { ApiError } from '@mehrheitsplaner/shared';
import { io } from 'socket.io-client';
import { connected, refused, type LiveSocket } from './support/live-socket';
import { startTestApp, type TestApp } from './support/test-app';

/** Behind one trusted reverse proxy, limits count the client named in X-Forwarded-For. */
describe('client addresses behind a reverse proxy (TRUST_PROXY_HOPS=1)', () => {
  let t: TestApp;
  let token: string;
  const sockets: LiveSocket[] = [];

  beforeAll(async () => {
    t = await startTestApp({
      env: {
        TRUST_PROXY_HOPS: '1',
        LOGIN_THROTTLE_LIMIT: '2',
        SOCKET_MAX_CONNECTIONS_PER_ADDRESS: '1',
      },
    });
    token = (await t.createUser('councillor')).token;
  });
  afterAll(async () => {
    sockets.forEach((s) => s.disconnect());
    await t.close();
  });

  function openFrom(address: string): LiveSocket {
    const socket: LiveSocket = io(`${t.url}/live`, {
      auth: { token },
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      extraHeaders: { 'X-Forwarded-For': address },
    });
    sockets.push(socket);
    return socket;
  }

  it('should count failed logins per forwarded client, not per proxy', async () => {
    const fail = (address: string) =>
      t
        .http()
        .post('/api/auth/login')
        .set('X-Forwarded-For', address)
        .send({ username: 'niemand', password: 'raten-raten' });
    await fail('198.51.100.1').expect(401);
    await fail('198.51.100.1').expect(401);
    const throttled = await fail('198.51.100.1').expect(429);
    expect((throttled.body as ApiError).code).toBe('LOGIN_THROTTLED');
    await fail('198.51.100.2').expect(401);
  });

  it('should cap sockets per forwarded client, not per proxy', async () => {
    await connected(openFrom('203.0.113.1'));
    await connected(openFrom('203.0.113.2'));
    await refused(openFrom('203.0.113.1'));
  });

  it('should not let a client pick its address by sending the header through the proxy', async () => {
    // The proxy appends the real client; what the client wrote in front of it is ignored.
    await connected(openFrom('203.0.113.9, 203.0.113.3'));
    await refused(openFrom('203.0.113.8, 203.0.113.3'));
  });
});

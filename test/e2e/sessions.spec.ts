import type { ApiError, LoginResponse, UserAccountView } from '@mehrheitsplaner/shared';
import { Logger } from '@nestjs/common';
import { UnitOfWork } from '../../server/src/database/unit-of-work';
import { hashToken } from '../../server/src/auth/auth.service';
import { SessionEntity } from '../../server/src/auth/session.entity';
import { connect, connected } from './support/live-socket';
import { ADMIN, bearer, startTestApp, type TestApp } from './support/test-app';

const STRONG = 'Ampel-Haushalt-2026';
const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

const realNow = Date.now.bind(Date);
let clockOffsetMs = 0;

/**
 * Only Date.now moves (the server reads its clock there): timers, sockets and the database keep
 * real time, and faking the Date class itself would confuse TypeORM's column types.
 */
function shiftableClock(): jest.SpyInstance {
  clockOffsetMs = 0;
  return jest.spyOn(Date, 'now').mockImplementation(() => realNow() + clockOffsetMs);
}

const advance = (ms: number) => {
  clockOffsetMs += ms;
};

describe('sessions: login throttling and passwords', () => {
  let t: TestApp;
  let admin: string;
  let clock: jest.SpyInstance;

  beforeAll(async () => {
    t = await startTestApp({
      env: { LOGIN_THROTTLE_LIMIT: '5', LOGIN_ACCOUNT_FAILURE_LIMIT: '3' },
    });
    clock = shiftableClock();
    admin = await t.adminToken();
  });
  // A fresh minute for every test: the per-address window forgets earlier failures.
  beforeEach(() => advance(2 * MINUTE_MS));
  afterAll(async () => {
    await t.close();
    clock.mockRestore();
  });

  async function createUser(username: string, password = STRONG): Promise<UserAccountView> {
    const response = await t
      .http()
      .post('/api/users')
      .set(...bearer(admin))
      .send({ username, password, role: 'councillor' })
      .expect(201);
    return response.body as UserAccountView;
  }

  const attempt = (username: string, password: string) =>
    t.http().post('/api/auth/login').send({ username, password });

  it('should not count successful logins against the address', async () => {
    await createUser('buero-1');
    for (let i = 0; i < 12; i++) await attempt('buero-1', STRONG).expect(200);
  });

  it('should lock an account after repeated failures, with Retry-After, even for the right password', async () => {
    await createUser('opfer-1');
    for (let i = 0; i < 3; i++) await attempt('opfer-1', 'falsch-falsch').expect(401);
    const locked = await attempt('opfer-1', STRONG).expect(429);
    expect(locked.body).toMatchObject({ statusCode: 429, code: 'LOGIN_THROTTLED' });
    expect((locked.body as ApiError).message).toMatch(/Anmeldeversuche/);
    expect(Number(locked.headers['retry-after'])).toBe(30);
    // Other accounts from the same address are not affected by this account's lock.
    await attempt(ADMIN.username, ADMIN.password).expect(200);
  });

  it('should double the lock with each further failure after the first lock ends', async () => {
    await createUser('opfer-2');
    for (let i = 0; i < 3; i++) await attempt('opfer-2', 'falsch-falsch').expect(401);
    advance(31_000);
    await attempt('opfer-2', 'falsch-falsch').expect(401);
    const locked = await attempt('opfer-2', STRONG).expect(429);
    expect(Number(locked.headers['retry-after'])).toBe(60);
    advance(61_000);
    await attempt('opfer-2', STRONG).expect(200);
  });

  it('should reset the account count on a successful login', async () => {
    await createUser('vergesslich');
    for (let round = 0; round < 3; round++) {
      await attempt('vergesslich', 'falsch-falsch').expect(401);
      await attempt('vergesslich', 'falsch-falsch').expect(401);
      await attempt('vergesslich', STRONG).expect(200);
      advance(2 * MINUTE_MS);
    }
  });

  it('should throttle an address that guesses many accounts', async () => {
    for (let i = 0; i < 5; i++) await attempt(`niemand-${i}`, 'raten-raten').expect(401);
    const response = await attempt('niemand-9', 'raten-raten').expect(429);
    expect((response.body as ApiError).code).toBe('LOGIN_THROTTLED');
    expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
  });

  it.each([
    ['password', 'is on the list and short'],
    ['        ', 'is whitespace only'],
    ['passwort123456', 'is on the list of common passwords'],
    ['Passwort2026!!', 'is a listed password with digits appended'],
    ['kurz-1', 'is too short'],
    ['aaaaaaaaaaaaaaa', 'repeats one character'],
    ['mein-name-ist-rm-mueller', 'contains the username'],
  ])('should refuse the new account password "%s" (it %s)', async (password) => {
    const response = await t
      .http()
      .post('/api/users')
      .set(...bearer(admin))
      .send({ username: 'rm-mueller', password, role: 'councillor' })
      .expect(400);
    expect(response.body).toMatchObject({ statusCode: 400, code: 'WEAK_PASSWORD' });
    expect((response.body as ApiError).message).toMatch(/Passwort/);
  });

  it('should accept a passphrase of four words', async () => {
    await createUser('dichter', 'rot gelb grün lila');
  });

  it('should change the own password and end the other sessions of that user', async () => {
    await createUser('wechsler');
    const here = await t.login('wechsler', STRONG);
    const elsewhere = await t.login('wechsler', STRONG);
    const change = (body: object) =>
      t
        .http()
        .post('/api/auth/password')
        .set(...bearer(here))
        .send(body);

    const missing = await change({ currentPassword: STRONG }).expect(400);
    expect((missing.body as ApiError).code).toBe('VALIDATION_FAILED');
    expect((missing.body as ApiError).message).toContain('Das neue Passwort fehlt');
    const wrong = await change({ currentPassword: 'nicht-richtig', newPassword: 'x' }).expect(403);
    expect((wrong.body as ApiError).code).toBe('WRONG_CURRENT_PASSWORD');
    const weak = await change({ currentPassword: STRONG, newPassword: 'password' }).expect(400);
    expect((weak.body as ApiError).code).toBe('WEAK_PASSWORD');
    const same = await change({ currentPassword: STRONG, newPassword: STRONG }).expect(400);
    expect((same.body as ApiError).code).toBe('PASSWORD_UNCHANGED');
    await change({ currentPassword: STRONG, newPassword: 'Neue-Mehrheit-im-Rat' }).expect(204);

    await t
      .http()
      .get('/api/auth/me')
      .set(...bearer(elsewhere))
      .expect(401);
    await t
      .http()
      .get('/api/auth/me')
      .set(...bearer(here))
      .expect(200);
    await attempt('wechsler', STRONG).expect(401);
    await attempt('wechsler', 'Neue-Mehrheit-im-Rat').expect(200);
  });

  it('should unlock a locked account when an admin resets its password', async () => {
    const user = await createUser('ausgesperrt');
    for (let i = 0; i < 3; i++) await attempt('ausgesperrt', 'falsch-falsch').expect(401);
    await attempt('ausgesperrt', STRONG).expect(429);
    await t
      .http()
      .post(`/api/users/${user.id}/password`)
      .set(...bearer(admin))
      .send({ newPassword: 'Neu-vom-Admin-2026' })
      .expect(204);
    await attempt('ausgesperrt', 'Neu-vom-Admin-2026').expect(200);
  });

  it('should let an admin reset a password, ending that user’s sessions', async () => {
    const user = await createUser('gesperrt');
    const token = await t.login('gesperrt', STRONG);
    const reset = (id: number | string, as: string, newPassword: string) =>
      t
        .http()
        .post(`/api/users/${id}/password`)
        .set(...bearer(as))
        .send({ newPassword });

    await reset(user.id, token, 'Selbst-gemacht-2026').expect(403);
    await reset(user.id, admin, 'gesperrt-2026-neu').expect(400);
    expect((await reset(999_999, admin, STRONG).expect(404)).body).toMatchObject({
      code: 'USER_NOT_FOUND',
    });
    expect((await reset('1e3', admin, STRONG).expect(400)).body).toMatchObject({
      code: 'INVALID_ID',
    });
    await reset(user.id, admin, 'Vom-Admin-gesetzt-2026').expect(204);

    await t
      .http()
      .get('/api/auth/me')
      .set(...bearer(token))
      .expect(401);
    await attempt('gesperrt', 'Vom-Admin-gesetzt-2026').expect(200);
  });
});

describe('sessions: sliding expiry', () => {
  let t: TestApp;
  let clock: jest.SpyInstance;

  beforeAll(async () => {
    t = await startTestApp({ env: { TOKEN_TTL_HOURS: '2', SESSION_MAX_HOURS: '5' } });
    clock = shiftableClock();
  });
  afterAll(async () => {
    await t.close();
    clock.mockRestore();
  });

  const me = (token: string) =>
    t
      .http()
      .get('/api/auth/me')
      .set(...bearer(token));

  it('should extend a session that is used, up to its absolute lifetime', async () => {
    const login = await t.http().post('/api/auth/login').send(ADMIN).expect(200);
    const { token, expiresAt } = login.body as LoginResponse;
    const signedInAt = Date.now();
    expect(Date.parse(expiresAt)).toBeLessThanOrEqual(signedInAt + 2 * HOUR_MS);

    advance(1.5 * HOUR_MS);
    await me(token).expect(200);
    advance(1.5 * HOUR_MS); // 3 h after sign-in: past the first expiry, renewed at 1.5 h
    await me(token).expect(200);
    advance(1.5 * HOUR_MS); // 4.5 h: renewed again, but only up to the 5 h cap
    await me(token).expect(200);
    advance(1 * HOUR_MS); // 5.5 h: past the absolute lifetime
    const expired = await me(token).expect(401);
    expect((expired.body as ApiError).code).toBe('INVALID_TOKEN');
  });

  it('should let an unused session expire', async () => {
    const token = await t.login(ADMIN.username, ADMIN.password);
    advance(2 * HOUR_MS + MINUTE_MS);
    await me(token).expect(401);
  });
});

describe('sessions: a weak bootstrap admin password', () => {
  it('should start, warn in the log and still let the admin in', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn');
    const t = await startTestApp({ env: { ADMIN_PASSWORD: 'passwort123' } });
    try {
      expect(warn.mock.calls.map((call) => String(call[0]))).toContainEqual(
        expect.stringContaining('ADMIN_PASSWORD ist schwach'),
      );
      await t.login(ADMIN.username, 'passwort123');
    } finally {
      warn.mockRestore();
      await t.close();
    }
  });
});

describe('sessions: sockets of a renewed session', () => {
  it('should keep a socket open past the first expiry when HTTP use renewed its session', async () => {
    const t = await startTestApp();
    const socket = connect(t.url, await t.login(ADMIN.username, ADMIN.password));
    try {
      const token = (socket.auth as { token: string }).token;
      await t.app
        .get(UnitOfWork)
        .run((manager) =>
          manager.update(
            SessionEntity,
            { tokenHash: hashToken(token) },
            { expiresAt: new Date(Date.now() + 500) },
          ),
        );
      await connected(socket);
      // Using the session over HTTP renews it; the socket's timer then finds the later expiry.
      await t
        .http()
        .get('/api/auth/me')
        .set(...bearer(token))
        .expect(200);
      const closedEarly = new Promise<boolean>((resolve) => {
        socket.once('disconnect', () => resolve(true));
        setTimeout(() => resolve(false), 1500);
      });
      expect(await closedEarly).toBe(false);
      expect(socket.connected).toBe(true);
    } finally {
      socket.disconnect();
      await t.close();
    }
  });
});

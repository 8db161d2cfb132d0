import { ADMIN_PASSWORD, startAppProcess, type AppProcess } from '../support/app-process';
import { createTestDatabase, type TestDatabase } from './support/engine';

type LogLine = {
  level: number;
  msg: string;
  requestId?: string;
  req?: { id: string; method: string; url: string; remoteAddress: string; headers?: unknown };
  res?: { statusCode: number };
};

/** Every line the built server printed, each parsed as JSON (a line that is not JSON fails). */
function logLines(app: AppProcess): LogLine[] {
  return app
    .output()
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LogLine);
}

async function call(app: AppProcess, path: string, init: RequestInit = {}) {
  const response = await fetch(`${app.baseUrl}${path}`, init);
  return {
    status: response.status,
    id: response.headers.get('x-request-id'),
    body: await response.text(),
  };
}

describe('structured logs of the built server', () => {
  let database: TestDatabase;
  let app: AppProcess;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await startAppProcess({ DATABASE_URL: database.url });
  });

  afterAll(async () => {
    await app?.stop();
    await database?.drop();
  });

  it('should write one JSON line per request with its id, and no password, token or cookie', async () => {
    const login = await call(app, '/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
    });
    expect(login.status).toBe(200);
    const { token } = JSON.parse(login.body) as { token: string };
    const wrongPassword = 'falsches-Passwort-4711';
    const refused = await call(app, '/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: wrongPassword }),
    });
    expect(refused.status).toBe(401);
    // A client's own X-Request-Id is not taken over: only a trusted proxy may name the id.
    const me = await call(app, '/api/auth/me', {
      headers: {
        authorization: `Bearer ${token}`,
        cookie: `session=${token}`,
        'x-request-id': 'client-chosen-id-0001',
      },
    });
    expect(me.status).toBe(200);
    expect(me.id).toMatch(/^[0-9a-f-]{36}$/);
    await app.printed(new RegExp(`"requestId":"${me.id}"`));
    await app.printed(new RegExp(`"requestId":"${refused.id}"`));

    const lines = logLines(app);
    const meLine = lines.find((line) => line.requestId === me.id);
    expect(meLine).toMatchObject({
      level: 30,
      msg: 'request completed',
      req: { id: me.id, method: 'GET', url: '/api/auth/me', remoteAddress: '127.0.0.1' },
      res: { statusCode: 200 },
    });
    expect(meLine?.req?.headers).toBeUndefined();
    expect(lines.find((line) => line.requestId === refused.id)).toMatchObject({
      level: 40,
      req: { method: 'POST', url: '/api/auth/login' },
      res: { statusCode: 401 },
    });
    expect(lines.some((line) => line.requestId === 'client-chosen-id-0001')).toBe(false);
    const output = app.output();
    for (const secret of [token, ADMIN_PASSWORD, wrongPassword]) {
      expect(output).not.toContain(secret);
    }
  });

  it('should answer different requests, also parallel ones, with different ids', async () => {
    const answers = await Promise.all(Array.from({ length: 10 }, () => call(app, '/api/council')));
    const ids = new Set(answers.map((answer) => answer.id));
    expect(ids.size).toBe(10);
    for (const id of ids) await app.printed(new RegExp(`"requestId":"${id}"`));
  });
});

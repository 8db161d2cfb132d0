import type { ApiError } from '@mehrheitsplaner/shared';
import { Logger } from '@nestjs/common';
import { createConnection } from 'node:net';
import { bearer, startTestApp, type TestApp } from './support/test-app';

/** `{"a":{"a":…}}` nested `depth` objects deep. */
function nested(depth: number): string {
  return '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
}

function expectCoded(body: unknown, statusCode: number, code: string): void {
  const error = body as ApiError;
  expect(error).toMatchObject({ statusCode, code });
  expect(typeof error.message).toBe('string');
  expect(error.message).toMatch(/[äöüß]|Inhalt|Kennung|Adresse/);
  expect(JSON.stringify(error)).not.toMatch(/ at |\.ts:|node_modules/);
}

describe('hostile input over HTTP', () => {
  let t: TestApp;
  let admin: string;
  let loggedErrors: jest.SpyInstance;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.adminToken();
  });
  beforeEach(() => {
    loggedErrors = jest.spyOn(Logger.prototype, 'error');
  });
  afterEach(() => {
    // Refused input is the client's fault: nothing of it belongs in the error log.
    expect(loggedErrors).not.toHaveBeenCalled();
    loggedErrors.mockRestore();
  });
  afterAll(() => t.close());

  it.each(['/api/auth/login', '/api/motions', '/api/nowhere'])(
    'should answer 415 with a code when the JSON of %s is not UTF-8',
    async (path) => {
      const response = await t
        .http()
        .post(path)
        .set('Content-Type', 'application/json; charset=latin1')
        .send('{"username":"admin","password":"x"}')
        .expect(415);
      expectCoded(response.body, 415, 'UNSUPPORTED_MEDIA_TYPE');
    },
  );

  it.each([
    ['text/plain', 'username=admin'],
    ['application/x-www-form-urlencoded', 'username=admin&password=x'],
    ['application/xml', '<login/>'],
  ])('should answer 415 when the body is %s instead of JSON', async (type, body) => {
    const response = await t
      .http()
      .post('/api/auth/login')
      .set('Content-Type', type)
      .send(body)
      .expect(415);
    expectCoded(response.body, 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('should answer a multipart form on a JSON route with a validation 400, not a 500', async () => {
    const response = await t
      .http()
      .post('/api/auth/login')
      .field('username', 'admin')
      .field('password', 'x')
      .expect(400);
    expect((response.body as ApiError).code).toBe('VALIDATION_FAILED');
  });

  it('should still accept JSON that names UTF-8 as its charset', async () => {
    await t
      .http()
      .get('/api/auth/me')
      .set(...bearer(admin))
      .expect(200);
    const response = await t
      .http()
      .post('/api/auth/login')
      .set('Content-Type', 'application/json; charset=UTF-8')
      .send('{"username":"admin","password":"wrong-password"}')
      .expect(401);
    expect((response.body as ApiError).code).toBe('INVALID_CREDENTIALS');
  });

  it('should answer 400 JSON_TOO_DEEP for 3,000 levels of nesting, also without a token', async () => {
    for (const path of ['/api/auth/login', '/api/motions']) {
      const response = await t
        .http()
        .post(path)
        .set('Content-Type', 'application/json')
        .send(nested(3000))
        .expect(400);
      expectCoded(response.body, 400, 'JSON_TOO_DEEP');
    }
  });

  it('should refuse 33 levels but let 32 reach validation', async () => {
    const tooDeep = await t
      .http()
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send(nested(33))
      .expect(400);
    expect((tooDeep.body as ApiError).code).toBe('JSON_TOO_DEEP');
    const deepEnough = await t
      .http()
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send(nested(32))
      .expect(400);
    expect((deepEnough.body as ApiError).code).toBe('VALIDATION_FAILED');
  });

  it('should answer 413 for a body over the limit and 400 for malformed JSON', async () => {
    const huge = await t
      .http()
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ username: 'admin', password: 'x'.repeat(200 * 1024) }))
      .expect(413);
    expectCoded(huge.body, 413, 'PAYLOAD_TOO_LARGE');
    const malformed = await t
      .http()
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"username": "admin",')
      .expect(400);
    expectCoded(malformed.body, 400, 'MALFORMED_JSON');
  });

  it.each(['1e3', '-1', '0x10', '1.5', '%201', '0', '01', '9999999999999999999'])(
    'should answer 400 INVALID_ID for the motion id %s',
    async (id) => {
      const response = await t
        .http()
        .get(`/api/motions/${id}`)
        .set(...bearer(admin))
        .expect(400);
      expectCoded(response.body, 400, 'INVALID_ID');
    },
  );

  it('should still look up a well-formed id', async () => {
    const response = await t
      .http()
      .get('/api/motions/1000')
      .set(...bearer(admin))
      .expect(404);
    expect((response.body as ApiError).code).toBe('MOTION_NOT_FOUND');
  });

  it('should send Cache-Control: no-store on answers and errors of the API', async () => {
    const ok = await t.http().get('/api/health').expect(200);
    expect(ok.headers['cache-control']).toBe('no-store');
    const unauthorized = await t.http().get('/api/motions').expect(401);
    expect(unauthorized.headers['cache-control']).toBe('no-store');
    expect((unauthorized.body as ApiError).code).toBe('MISSING_TOKEN');
  });

  it('should word a path with a broken percent-encoding in German', async () => {
    const response = await t
      .http()
      .get('/api/motions/%FF')
      .set(...bearer(admin))
      .expect(400);
    expectCoded(response.body, 400, 'BAD_REQUEST');
    expect((response.body as ApiError).message).toMatch(/Zeichenkodierung/);
  });

  it('should word an unknown API route in German with a code', async () => {
    const response = await t
      .http()
      .get('/api/nowhere')
      .set(...bearer(admin))
      .expect(404);
    expectCoded(response.body, 404, 'NOT_FOUND');
  });
});

describe('connection limits of the HTTP server', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({
      env: {
        HTTP_IDLE_SOCKET_TIMEOUT_MS: '300',
        HTTP_KEEP_ALIVE_TIMEOUT_MS: '200',
        HTTP_HEADERS_TIMEOUT_MS: '1000',
        HTTP_REQUEST_TIMEOUT_MS: '2000',
      },
    });
  });
  afterAll(() => t.close());

  it('should close a TCP connection that never sends a byte', async () => {
    const { port } = new URL(t.url);
    const socket = createConnection({ host: '127.0.0.1', port: Number(port) });
    // Fails by the test timeout when the server keeps the connection open.
    await new Promise<void>((resolve) => socket.once('close', () => resolve()));
    expect(socket.destroyed).toBe(true);
  });

  it('should close an idle keep-alive connection after its response', async () => {
    const { port } = new URL(t.url);
    const socket = createConnection({ host: '127.0.0.1', port: Number(port) });
    let received = '';
    socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
    socket.write('GET /api/health HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\n');
    await new Promise<void>((resolve) => socket.once('close', () => resolve()));
    expect(received).toMatch(/^HTTP\/1\.1 200/);
    expect(received).toMatch(/Keep-Alive: timeout=0/i);
  });
});

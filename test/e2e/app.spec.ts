import type { ApiError } from '@mehrheitsplaner/shared';
import { Logger } from '@nestjs/common';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuthService } from '../../server/src/auth/auth.service';
import { startTestApp, type TestApp } from './support/test-app';

/** Login fails unexpectedly: a public route that reaches a service that throws. */
class ExplodingAuthService extends AuthService {
  override login(): never {
    throw new Error('database exploded at /internal/secret.ts:42');
  }
}

describe('app pipeline', () => {
  let t: TestApp;
  const clientDist = mkdtempSync(join(tmpdir(), 'client-dist-'));

  beforeAll(async () => {
    writeFileSync(join(clientDist, 'index.html'), '<!doctype html><title>Mehrheitsplaner</title>');
    writeFileSync(join(clientDist, 'app.js'), 'console.log(1)');
    t = await startTestApp({
      env: { CLIENT_DIST: clientDist },
      overrides: [{ provide: AuthService, useClass: ExplodingAuthService }],
    });
  });
  afterAll(() => t.close());

  it('should answer the health check without a token', async () => {
    const response = await t.http().get('/api/health').expect(200);
    expect(response.body).toEqual({ status: 'ok', database: 'ok' });
  });

  it('should answer unknown API routes with a JSON 404', async () => {
    const response = await t.http().get('/api/does-not-exist').expect(404);
    expect(response.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
    expect(typeof (response.body as ApiError).message).toBe('string');
  });

  it('should answer a malformed JSON body with a JSON 400', async () => {
    const response = await t
      .http()
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"username": ')
      .expect(400);
    expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
  });

  it('should turn an unexpected error into a generic 500 without internals', async () => {
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const response = await t
      .http()
      .post('/api/auth/login')
      .send({ username: 'admin', password: 'irrelevant-pw' })
      .expect(500);
    const body = response.body as ApiError & { correlationId: string };
    expect(logged).toHaveBeenCalledWith(
      expect.stringContaining(body.correlationId),
      expect.stringContaining('database exploded'),
    );
    logged.mockRestore();
    expect(body).toMatchObject({ statusCode: 500, error: 'Internal Server Error' });
    expect(body.correlationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.text).not.toContain('secret');
    expect(response.text).not.toContain('exploded');
  });

  it('should serve the built client with an SPA fallback for non-API paths', async () => {
    const asset = await t.http().get('/app.js').expect(200);
    expect(asset.text).toContain('console.log(1)');
    const deepLink = await t.http().get('/motions/42').expect(200);
    expect(deepLink.headers['content-type']).toMatch(/text\/html/);
    expect(deepLink.text).toContain('<title>Mehrheitsplaner</title>');
  });

  it('should send a CSP that allows self scripts, inline styles and websockets', async () => {
    const response = await t.http().get('/').expect(200);
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toMatch(/connect-src 'self' ws: wss:/);
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('should send every API answer, errors too, as JSON no page may frame, sniff or cache', async () => {
    for (const response of [
      await t.http().get('/api/health').expect(200),
      await t.http().get('/api/does-not-exist').expect(404),
      await t.http().get('/api/motions').expect(401),
    ]) {
      expect(response.headers).toMatchObject({
        'cache-control': 'no-store',
        'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
        'cross-origin-resource-policy': 'same-origin',
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'DENY',
      });
      expect(response.headers['strict-transport-security']).toMatch(/max-age=\d+/);
      expect(response.headers['x-powered-by']).toBeUndefined();
    }
    const page = await t.http().get('/motions/42').expect(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['cache-control']).toBe('no-cache');
  });
});

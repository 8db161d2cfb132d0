import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bearer, startTestApp, type TestApp } from './support/test-app';

/** The built client and the API go out compressed; hashed assets are cached for a year. */
describe('delivery of the client and the API', () => {
  // Inside a dot folder, as in a checkout under ~/.local: it once made every page a 500.
  const dist = mkdtempSync(join(tmpdir(), '.client-dist-'));
  const script = `console.log(${JSON.stringify('Mehrheitsplaner '.repeat(400))});`;
  let t: TestApp;

  beforeAll(async () => {
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Mehrheitsplaner</title>');
    writeFileSync(join(dist, 'assets', 'index-Ab12Cd34.js'), script);
    t = await startTestApp({ env: { CLIENT_DIST: dist } });
  });
  afterAll(() => t.close());

  it('should send a hashed asset gzipped and cacheable for a year', async () => {
    const response = await t
      .http()
      .get('/assets/index-Ab12Cd34.js')
      .set('Accept-Encoding', 'gzip')
      .expect(200);
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.text).toBe(script);
  });

  it('should make the browser revalidate index.html, also as the fallback of a client route', async () => {
    for (const path of ['/index.html', '/antraege/7']) {
      const response = await t.http().get(path).expect(200);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.text).toContain('<title>Mehrheitsplaner</title>');
    }
  });

  it('should gzip API answers and keep them out of every cache', async () => {
    const response = await t
      .http()
      .get('/api/council/members')
      .set(...bearer(await t.adminToken()))
      .set('Accept-Encoding', 'gzip')
      .expect(200);
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.body).toHaveLength(93);
  });
});

import type { HealthResponse } from '@mehrheitsplaner/shared';
import { DataSource } from 'typeorm';
import { UnitOfWork } from '../../server/src/database/unit-of-work';
import { ShutdownCoordinator } from '../../server/src/lifecycle/shutdown-coordinator';
import { startTestApp } from './support/test-app';

describe('GET /api/health', () => {
  it('should answer 200 with the database ok, then 503 once the database is closed', async () => {
    const t = await startTestApp();
    try {
      const ok = await t.http().get('/api/health').expect(200);
      expect(ok.body).toEqual({ status: 'ok', database: 'ok' } satisfies HealthResponse);

      await t.app.get(DataSource).destroy();

      const down = await t.http().get('/api/health').expect(503);
      expect(down.body).toEqual({
        status: 'unavailable',
        database: 'unreachable',
        shuttingDown: false,
      } satisfies HealthResponse);
    } finally {
      await t.close();
    }
  });

  it('should answer 503 while the process is shutting down although the database answers', async () => {
    const t = await startTestApp();
    try {
      t.app.get(ShutdownCoordinator).begin();

      const response = await t.http().get('/api/health').expect(503);

      expect(response.body).toEqual({
        status: 'unavailable',
        database: 'ok',
        shuttingDown: true,
      } satisfies HealthResponse);
      expect(response.headers.connection).toBe('close');
    } finally {
      await t.close();
    }
  });

  it('should answer 200 while a long write holds the SQLite write gate', async () => {
    const t = await startTestApp();
    let release: () => void = () => undefined;
    let entered: () => void = () => undefined;
    const inside = new Promise<void>((done) => (entered = done));
    const write = t.app.get(UnitOfWork).run(async () => {
      entered();
      await new Promise<void>((done) => (release = done));
    });
    try {
      await inside;
      const response = await t.http().get('/api/health');
      expect({ status: response.status, body: response.body as unknown }).toEqual({
        status: 200,
        body: { status: 'ok', database: 'ok' },
      });
    } finally {
      release();
      await write;
      await t.close();
    }
  });
});

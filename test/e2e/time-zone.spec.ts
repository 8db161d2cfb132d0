import { DataSource } from 'typeorm';
import { SessionEntity } from '../../server/src/auth/session.entity';
import { createTestDatabase, e2eEngine, type TestDatabase } from './support/engine';
import { startTestApp, type TestApp } from './support/test-app';

/** Far from UTC (+14 h), so a timestamp read in the wrong zone is off by far more than a test run. */
const FAR_ZONE = 'Pacific/Kiritimati';
const HOUR_MS = 60 * 60 * 1000;

/**
 * Timestamps the database fills in itself (createdAt = now()) are compared with the process
 * clock (a session's maximum lifetime). The columns are `timestamp` without a zone: on PostgreSQL
 * now() is written in the connection's zone and read back in the process's zone, so the two must
 * agree even where the server or the database defaults to another zone.
 */
describe('timestamps the database fills in', () => {
  let database: TestDatabase;
  let t: TestApp;

  beforeAll(async () => {
    database = await createTestDatabase();
    if (e2eEngine() === 'postgres') {
      const name = new URL(database.url).pathname.slice(1);
      const owner = await new DataSource({ type: 'postgres', url: database.url }).initialize();
      await owner.query(`ALTER DATABASE "${name}" SET timezone TO '${FAR_ZONE}'`);
      await owner.destroy();
    }
    t = await startTestApp({ env: { DATABASE_URL: database.url } });
  });
  afterAll(async () => {
    await t.close();
    await database.drop();
  });

  it('should read a session created now as now whatever zone the database defaults to', async () => {
    await t.adminToken();
    const sessions = await t.app.get(DataSource).getRepository(SessionEntity).find();

    expect(sessions.length).toBeGreaterThan(0);
    for (const session of sessions) {
      expect(Math.abs(session.createdAt.getTime() - Date.now())).toBeLessThan(HOUR_MS);
    }
  });
});

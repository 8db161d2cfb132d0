import { UnitOfWork } from '../../server/src/database/unit-of-work';
import { MotionEntity } from '../../server/src/motions/motion.entity';
import { e2eEngine } from './support/engine';
import { createMotion } from './support/motions';
import { startTestApp, type TestApp } from './support/test-app';

const UNITS = 8;

/**
 * The unit of work on the run's engine. On PostgreSQL each unit is a SERIALIZABLE transaction of
 * its own pooled client: parallel read-modify-writes of one row make all but one fail with
 * SQLSTATE 40001, and only the retry keeps them from answering 500 or losing a write. On SQLite the
 * gate runs them one at a time, so the same outcome must hold there too.
 */
describe('UnitOfWork on the engine of the run', () => {
  let t: TestApp;
  let uow: UnitOfWork;
  let motionId: number;

  beforeAll(async () => {
    t = await startTestApp();
    uow = t.app.get(UnitOfWork);
    motionId = (await createMotion(t, await t.adminToken(), { title: 'Zähler' })).id;
  });
  afterAll(() => t.close());

  it('should lose no increment when parallel units read and rewrite the same row', async () => {
    let attempts = 0;
    const results = await Promise.allSettled(
      Array.from({ length: UNITS }, () =>
        uow.run(async (manager) => {
          attempts += 1;
          const motion = await manager.findOneByOrFail(MotionEntity, { id: motionId });
          // Let the other units read the same value before this one writes.
          await new Promise((done) => setTimeout(done, 20));
          await manager.update(MotionEntity, motionId, {
            description: `${motion.description}x`,
          });
        }),
      ),
    );

    expect(results.filter((result) => result.status === 'rejected')).toEqual([]);
    const stored = await uow.manager.findOneByOrFail(MotionEntity, { id: motionId });
    expect(stored.description).toBe('x'.repeat(UNITS));
    expect(attempts).toBeGreaterThanOrEqual(UNITS);
  });

  it('should send the statements of parallel reads inside a unit of work one at a time', async () => {
    let running = 0;
    let most = 0;
    const counts = await uow.run((manager) => {
      // PostgreSQL: the transaction's pooled pg client; pg queues an overlapping query itself
      // but deprecates it. SQLite: the gate already holds every other statement back.
      const client = (manager.queryRunner as unknown as { databaseConnection?: unknown })
        .databaseConnection as { query?: (...args: unknown[]) => Promise<unknown> } | undefined;
      const query = client?.query;
      if (client && query && e2eEngine() === 'postgres') {
        client.query = async (...args: unknown[]) => {
          running += 1;
          most = Math.max(most, running);
          try {
            return await query.apply(client, args);
          } finally {
            running -= 1;
          }
        };
      }
      return Promise.all(
        Array.from({ length: 5 }, () => manager.count(MotionEntity, { where: { id: motionId } })),
      ).finally(() => {
        if (client && query) client.query = query;
      });
    });
    expect(counts).toEqual([1, 1, 1, 1, 1]);
    expect(most).toBeLessThanOrEqual(1);
  });
});

import type { MotionView, WhipHistoryEntry } from '@mehrheitsplaner/shared';
import { DemoSeedService } from '../../server/src/demo/demo-seed.service';
import { bearer, startTestApp, type TestApp } from './support/test-app';

describe('seed:demo', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('should start without any example motion (never seeded unasked)', async () => {
    const response = await t
      .http()
      .get('/api/motions')
      .set(...bearer(await t.adminToken()))
      .expect(200);
    expect(response.body).toEqual([]);
  });

  it('should load a dozen marked examples with varied whip counts, once', async () => {
    const seeder = t.app.get(DemoSeedService);
    await expect(seeder.seed()).resolves.toEqual({ created: 12, skipped: 0 });
    await expect(seeder.seed()).resolves.toEqual({ created: 0, skipped: 12 });

    const token = await t.adminToken();
    const motions = (
      await t
        .http()
        .get('/api/motions')
        .set(...bearer(token))
        .expect(200)
    ).body as MotionView[];
    expect(motions).toHaveLength(12);
    for (const motion of motions) {
      expect(motion.isExample).toBe(true);
      expect(motion.title.startsWith('[Beispiel] ')).toBe(true);
    }
    const verdicts = new Set(motions.map((m) => m.verdict));
    expect(verdicts.size).toBeGreaterThanOrEqual(3);
    expect(new Set(motions.map((m) => m.status)).size).toBeGreaterThanOrEqual(4);

    const history = (
      await t
        .http()
        .get(`/api/motions/${motions[0].id}/whip/history`)
        .set(...bearer(token))
        .expect(200)
    ).body as WhipHistoryEntry[];
    expect(history.length).toBeGreaterThan(0);
    expect(history[0].changedBy).toBe('seed:demo');
  });
});

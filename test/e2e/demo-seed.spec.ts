import type {
  ChapterView,
  MotionView,
  PledgeView,
  WhipHistoryEntry,
} from '@mehrheitsplaner/shared';
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

  it("should file the examples under the agreement's chapters and link them to its pledges", async () => {
    const token = await t.adminToken();
    const get = async <T>(path: string) =>
      (
        await t
          .http()
          .get(path)
          .set(...bearer(token))
          .expect(200)
      ).body as T;
    const [motions, chapters, pledges] = await Promise.all([
      get<MotionView[]>('/api/motions'),
      get<ChapterView[]>('/api/agreement/chapters'),
      get<PledgeView[]>('/api/agreement/pledges'),
    ]);
    const titles = new Set(chapters.map((c) => c.title));
    for (const motion of motions) expect(titles).toContain(motion.policyArea);
    const linkedMotions = new Set(pledges.flatMap((p) => p.motionIds));
    expect(linkedMotions.size).toBe(11);
    const u3 = motions.find((m) => m.title.includes('U3-Betreuung'))!;
    const u3Pledges = pledges.filter((p) => p.motionIds.includes(u3.id));
    expect(u3Pledges.map((p) => p.chapterKey)).toEqual([
      'familien-kinder-jugendliche',
      'familien-kinder-jugendliche',
    ]);
    expect(u3Pledges[0].text).toContain('U3');
  });
});

import type {
  ChapterView,
  MotionView,
  PledgeView,
  WhipHistoryEntry,
} from '@mehrheitsplaner/shared';
import { DataSource } from 'typeorm';
import demoJson from '../../server/src/demo/demo-motions.json';
import { DemoSeedService } from '../../server/src/demo/demo-seed.service';
import type { DemoFile } from '../../server/src/demo/demo-seed.types';
import { connect, connected, emitWithAck, type LiveSocket } from './support/live-socket';
import { bearer, startTestApp, type TestApp } from './support/test-app';

describe('seed:demo', () => {
  let t: TestApp;
  let listener: LiveSocket;
  /** Motions pushed to a list subscriber. */
  const pushed: MotionView[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    listener = connect(t.url, await t.adminToken());
    await connected(listener);
    await emitWithAck(listener, 'subscribeList');
    listener.on('motion', ({ motion }) => pushed.push(motion));
  });
  afterAll(async () => {
    listener.disconnect();
    await t.close();
  });

  /** Socket events already sent have arrived once an HTTP round trip after them has. */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

  it('should start without any example motion (never seeded unasked)', async () => {
    const response = await t
      .http()
      .get('/api/motions')
      .set(...bearer(await t.adminToken()))
      .expect(200);
    expect(response.body).toEqual([]);
  });

  it('should leave nothing behind when a later example fails (one unit of work)', async () => {
    const [first, second] = (demoJson as DemoFile).motions;
    const broken: DemoFile = {
      ...(demoJson as DemoFile),
      motions: [first, { ...second, pledgeKeys: ['kein-solches-vorhaben'] }],
    };
    await expect(t.app.get(DemoSeedService).seed(broken)).rejects.toThrow('Unbekannte Vorhaben');
    const ds = t.app.get(DataSource);
    for (const table of ['motion', 'whip_entry', 'whip_history', 'motion_pledge']) {
      const [row] = await ds.query<Array<{ n: number }>>(`SELECT COUNT(*) AS n FROM "${table}"`);
      expect({ table, rows: Number(row.n) }).toEqual({ table, rows: 0 });
    }
    await settle();
    expect(pushed).toEqual([]); // nothing published of a write that never committed
  });

  it('should load a dozen marked examples with varied whip counts, once', async () => {
    const seeder = t.app.get(DemoSeedService);
    await expect(seeder.seed()).resolves.toEqual({ created: 12, skipped: 0 });
    await settle();
    const pushedOnce = [...pushed];
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
    // Published once each after the commit, in their final state.
    expect(pushedOnce.map((m) => [m.id, m.status]).sort()).toEqual(
      motions.map((m) => [m.id, m.status]).sort(),
    );
    expect(pushed).toHaveLength(12);
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

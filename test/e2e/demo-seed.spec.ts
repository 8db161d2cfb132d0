import type {
  AccuracyRow,
  ChapterView,
  GroupHistoryRow,
  HistorySummary,
  HistoryVoteView,
  MeetingView,
  MemberHistoryRow,
  MotionView,
  PledgeView,
  WhipHistoryEntry,
} from '@mehrheitsplaner/shared';
import { DataSource } from 'typeorm';
import demoJson from '../../server/src/demo/demo-motions.json';
import { DemoSeedService } from '../../server/src/demo/demo-seed.service';
import type { DemoFile, DemoVotesFile } from '../../server/src/demo/demo-seed.types';
import votesJson from '../../server/src/demo/demo-votes.json';
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

  const TABLES = ['motion', 'whip_entry', 'meeting', 'agenda_item', 'recorded_vote', 'ballot'];
  const rowCounts = async () => {
    const ds = t.app.get(DataSource);
    const counts: Record<string, number> = {};
    for (const table of TABLES) {
      const [row] = await ds.query<Array<{ n: number }>>(`SELECT COUNT(*) AS n FROM "${table}"`);
      counts[table] = Number(row.n);
    }
    return counts;
  };

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

  it('should load the marked examples and a year of recorded votes, once', async () => {
    const seeder = t.app.get(DemoSeedService);
    const open = (demoJson as DemoFile).motions.length;
    const decided = (votesJson as DemoVotesFile).meetings.flatMap((m) => m.motions).length;
    await expect(seeder.seed()).resolves.toEqual({
      created: open + decided,
      skipped: 0,
      votes: decided,
    });
    await settle();
    const pushedOnce = [...pushed];
    const rowsBefore = await rowCounts();
    await expect(seeder.seed()).resolves.toEqual({
      created: 0,
      skipped: open + decided,
      votes: 0,
    });
    expect(await rowCounts()).toEqual(rowsBefore);

    const token = await t.adminToken();
    const motions = (
      await t
        .http()
        .get('/api/motions')
        .set(...bearer(token))
        .expect(200)
    ).body as MotionView[];
    expect(motions).toHaveLength(open + decided);
    // Published once each after the commit, in their final state.
    expect(pushedOnce.map((m) => [m.id, m.status]).sort()).toEqual(
      motions.map((m) => [m.id, m.status]).sort(),
    );
    expect(pushed).toHaveLength(open + decided);
    for (const motion of motions) {
      expect(motion.isExample).toBe(true);
      expect(motion.title.startsWith('[Beispiel] ')).toBe(true);
    }
    const verdicts = new Set(motions.map((m) => m.verdict));
    expect(verdicts.size).toBeGreaterThanOrEqual(3);
    expect(new Set(motions.map((m) => m.status)).size).toBeGreaterThanOrEqual(6);
    expect(motions.filter((m) => m.status === 'adopted').length).toBeGreaterThan(10);
    expect(motions.filter((m) => m.status === 'rejected').length).toBeGreaterThanOrEqual(3);
    // The open examples wait for upcoming meetings, whenever the seed runs.
    const today = new Date().toISOString().slice(0, 10);
    const waiting = motions.filter((m) => m.status !== 'adopted' && m.status !== 'rejected');
    expect(waiting.filter((m) => m.meetingDate !== null).length).toBeGreaterThan(open / 2);
    for (const motion of waiting) {
      if (motion.meetingDate !== null) expect(motion.meetingDate > today).toBe(true);
    }

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

  it('should give the history of a new install something to show: a year of votes, partners, firewall figures', async () => {
    const committee = (await t.createUser('committee')).token;
    const get = async <T>(path: string) =>
      (
        await t
          .http()
          .get(path)
          .set(...bearer(committee))
          .expect(200)
      ).body as T;
    const decided = (votesJson as DemoVotesFile).meetings.flatMap((m) => m.motions).length;
    const [summary, groups, votes, accuracy, members, meetings] = await Promise.all([
      get<HistorySummary>('/api/history/summary'),
      get<GroupHistoryRow[]>('/api/history/groups'),
      get<HistoryVoteView[]>('/api/history/votes'),
      get<AccuracyRow[]>('/api/history/accuracy'),
      get<MemberHistoryRow[]>('/api/history/members'),
      get<MeetingView[]>('/api/meetings'),
    ]);
    expect(summary.votes).toBe(decided);
    expect(summary.adopted).toBeGreaterThan(summary.votes / 2);
    expect(summary.adoptedRelyingOnExcluded.length).toBeGreaterThanOrEqual(2);
    expect(votes.some((vote) => vote.tally.blockedByExcluded)).toBe(true);
    // Spread over the last twelve months, never in the future.
    const months = new Set(votes.map((vote) => vote.date.slice(0, 7)));
    expect(months.size).toBeGreaterThanOrEqual(9);
    const today = new Date().toISOString().slice(0, 10);
    const yearAgo = new Date(Date.now() - 366 * 86_400_000).toISOString().slice(0, 10);
    for (const vote of votes) {
      expect(vote.date < today && vote.date >= yearAgo).toBe(true);
    }
    const cdu = groups.find((row) => row.groupKey === 'CDU')!;
    expect(cdu.votes).toBe(decided);
    expect(cdu.deviations).toBeGreaterThan(0);
    expect(cdu.attendance).toBeLessThan(1);
    expect(groups.every((row) => row.agreementWithCoalition !== null)).toBe(true);
    expect(accuracy.some((row) => row.scored > 0 && row.right < row.scored)).toBe(true);
    expect(members.some((row) => row.deviations > 0)).toBe(true);
    expect(meetings.filter((m) => m.name === '[Beispiel] Sitzung des Rates')).toHaveLength(
      (votesJson as DemoVotesFile).meetings.length,
    );
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
    const withPledges = [
      ...(demoJson as DemoFile).motions,
      ...(votesJson as DemoVotesFile).meetings.flatMap((m) => m.motions),
    ].filter((m) => m.pledgeKeys.length > 0);
    expect(linkedMotions.size).toBe(withPledges.length);
    const u3 = motions.find((m) => m.title.includes('U3-Betreuung'))!;
    const u3Pledges = pledges.filter((p) => p.motionIds.includes(u3.id));
    expect(u3Pledges.map((p) => p.chapterKey)).toEqual([
      'familien-kinder-jugendliche',
      'familien-kinder-jugendliche',
    ]);
    expect(u3Pledges[0].text).toContain('U3');
  });
});

import type {
  ChapterProgress,
  ChapterView,
  MemberView,
  MotionPledgesView,
  PledgeView,
} from '@mehrheitsplaner/shared';
import { bearer, startTestApp, type TestApp } from './support/test-app';
import { ballots, councilMembers, motionOnAgenda, recordVote } from './support/votes';

describe('coalition agreement tracker', () => {
  let t: TestApp;
  let manager: string;
  let councillor: string;

  beforeAll(async () => {
    t = await startTestApp();
    manager = (await t.createUser('manager', 'SPD')).token;
    councillor = (await t.createUser('councillor', 'SPD')).token;
  });
  afterAll(() => t.close());

  it('should seed the 22 chapters and 163 pledges of the agreement', async () => {
    const chapters = (
      await t
        .http()
        .get('/api/agreement/chapters')
        .set(...bearer(councillor))
        .expect(200)
    ).body as ChapterView[];
    expect(chapters).toHaveLength(22);
    expect(chapters.reduce((sum, c) => sum + c.pledges, 0)).toBe(163);
    expect(chapters.find((c) => c.key === 'mobilitaet')).toMatchObject({
      title: 'Mobilität',
      pledges: 13,
    });
    const pledges = (
      await t
        .http()
        .get('/api/agreement/pledges?chapter=mobilitaet')
        .set(...bearer(councillor))
        .expect(200)
    ).body as PledgeView[];
    expect(pledges).toHaveLength(13);
    await t
      .http()
      .get('/api/agreement/pledges?chapter=nope')
      .set(...bearer(councillor))
      .expect(404);
  });

  it('should link motions to pledges and report progress with partners', async () => {
    const pledges = (
      await t
        .http()
        .get('/api/agreement/pledges?chapter=mobilitaet')
        .set(...bearer(manager))
        .expect(200)
    ).body as PledgeView[];
    const motion = await motionOnAgenda(t, manager, {
      title: 'Tempo 30',
      policyArea: 'mobilitaet',
    });
    const link = (body: object, token = manager) =>
      t
        .http()
        .put(`/api/motions/${motion.id}/pledges`)
        .set(...bearer(token))
        .send(body);
    await link({ pledgeIds: [999999] }).expect(404);
    await link({ pledgeIds: [pledges[5].id] }, councillor).expect(403);
    const linked = (await link({ pledgeIds: [pledges[5].id, pledges[5].id] }).expect(200))
      .body as MotionPledgesView;
    expect(linked).toEqual({ motionId: motion.id, pledgeIds: [pledges[5].id] });

    const members: MemberView[] = await councilMembers(t, manager);
    await recordVote(t, manager, motion.id, {
      date: '2026-04-10',
      ballots: ballots(members, {
        SPD: 'yes',
        GRUENE: 'yes',
        MAYOR: 'yes',
        LINKE: 'yes',
        VOLT: 'yes',
        CDU: 'no',
      }),
    }).expect(201);

    const progress = (
      await t
        .http()
        .get('/api/agreement/progress')
        .set(...bearer(councillor))
        .expect(200)
    ).body as ChapterProgress[];
    const mobility = progress.find((c) => c.chapterKey === 'mobilitaet');
    expect(mobility).toMatchObject({
      pledges: 13,
      withMotions: 1,
      withoutMotions: 12,
      adopted: 1,
      partners: [
        { groupKey: 'LINKE', votes: 1 },
        { groupKey: 'VOLT', votes: 1 },
      ],
    });
    expect(mobility?.pledgeDetails[5]).toMatchObject({
      motionIds: [motion.id],
      adoptedMotionIds: [motion.id],
    });
  });
});

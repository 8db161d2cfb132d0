import {
  majorityOptions,
  MAYOR_KEY,
  type CouncilView,
  type MajorityOptionsResponse,
  type MotionTallyResponse,
} from '@mehrheitsplaner/shared';
import { createMotion, putWhip } from './support/motions';
import { bearer, startTestApp, type TestApp } from './support/test-app';

describe('majority builder', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp();
    token = (await t.createUser('councillor')).token;
  });
  afterAll(() => t.close());

  const options = async (query: string, status = 200) =>
    (
      await t
        .http()
        .get(`/api/majority/options${query}`)
        .set(...bearer(token))
        .expect(status)
    ).body as MajorityOptionsResponse;

  it('should list CDU alone first and LINKE alone second for the coalition with the mayor', async () => {
    const { options: list } = await options('?firm=SPD,GRUENE,MAYOR&requiredMajority=simple');
    expect(list[0]).toEqual({ groupKeys: ['CDU'], yes: 58, margin: 22 });
    expect(list[1]).toEqual({ groupKeys: ['LINKE'], yes: 49, margin: 4 });
    expect(list.every((o) => !o.groupKeys.includes('AfD'))).toBe(true);
    for (let i = 1; i < list.length; i++) {
      expect(list[i].groupKeys.length).toBeGreaterThanOrEqual(list[i - 1].groupKeys.length);
    }
  });

  it('should match the shared engine fed with the council as GET /api/council shows it', async () => {
    const council = (
      await t
        .http()
        .get('/api/council')
        .set(...bearer(token))
        .expect(200)
    ).body as CouncilView;
    const expected = majorityOptions({
      votingMembers: council.votingMembers,
      requiredMajority: 'absolute',
      groups: [
        ...council.groups.map((g) => ({ key: g.key, seats: g.seats, excluded: g.excluded })),
        { key: MAYOR_KEY, seats: 1, excluded: false, isMayor: true },
      ],
      firmKeys: ['SPD', 'GRUENE', MAYOR_KEY],
      abstainKeys: ['UWG'],
      absent: { CDU: 3 },
    });
    const actual = await options(
      '?firm=SPD,GRUENE,MAYOR&abstain=UWG&absent=CDU:3&requiredMajority=absolute',
    );
    expect(actual.options).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
  });

  it('should default to the coalition and the mayor when firm is omitted', async () => {
    expect(await options('')).toEqual(await options('?firm=SPD,GRUENE,MAYOR'));
  });

  it('should drop LINKE alone when five coalition members are absent', async () => {
    const { options: list } = await options('?firm=SPD,GRUENE,MAYOR&absent=SPD:5');
    // 88 present: 35 firm + 9 LINKE = 44 yes against 44 no is a tie, so LINKE alone fails.
    expect(list.find((o) => o.groupKeys.join() === 'LINKE')).toBeUndefined();
    // 35 + 18 CDU = 53 yes against 35 no: 53 - 36 = 17 to spare.
    expect(list[0]).toEqual({ groupKeys: ['CDU'], yes: 53, margin: 17 });
  });

  it('should let the coalition carry alone when CDU abstains', async () => {
    const { options: list } = await options('?firm=SPD,GRUENE,MAYOR&abstain=CDU');
    // 40 yes against 93 - 40 - 18 = 35 no: the empty set is the only minimal option.
    expect(list).toEqual([{ groupKeys: [], yes: 40, margin: 4 }]);
  });

  it('should widen the CDU margin when LINKE abstains', async () => {
    const { options: list } = await options('?firm=SPD,GRUENE,MAYOR&abstain=LINKE');
    expect(list.some((o) => o.groupKeys.includes('LINKE'))).toBe(false);
    // 58 yes against 93 - 9 - 58 = 26 no: 58 - 27 = 31 to spare.
    expect(list[0]).toEqual({ groupKeys: ['CDU'], yes: 58, margin: 31 });
  });

  it("should build a motion's partner sets from its whip count: a confirmed no is never offered", async () => {
    const manager = (await t.createUser('manager', 'SPD')).token;
    const motion = await createMotion(t, manager, { title: 'Schwimmhalle Höntrop' });
    const yes = { stance: 'yes', confidence: 'confirmed' };
    // Different groups' lines in parallel, as two managers would enter them.
    const written = await Promise.all([
      putWhip(t, manager, motion.id, 'SPD', yes),
      putWhip(t, manager, motion.id, 'MAYOR', yes),
      putWhip(t, manager, motion.id, 'CDU', { stance: 'no', confidence: 'confirmed' }),
      putWhip(t, manager, motion.id, 'UWG', { stance: 'abstain', confidence: 'confirmed' }),
      putWhip(t, manager, motion.id, 'LINKE', { stance: 'no', confidence: 'likely' }),
    ]);
    expect(written.map((response) => response.status)).toEqual([200, 200, 200, 200, 200]);
    const admin = (await t.createUser('admin')).token;
    await putWhip(t, admin, motion.id, 'GRUENE', yes).expect(200);
    const tally = (
      await t
        .http()
        .get(`/api/motions/${motion.id}/tally`)
        .set(...bearer(token))
        .expect(200)
    ).body as MotionTallyResponse;
    const offered = tally.options.flatMap((option) => option.groupKeys);
    expect(offered).not.toContain('CDU');
    expect(offered).not.toContain('UWG');
    // Without the whip the builder puts CDU first; with it, a likely no is still a partner.
    expect(tally.options[0]).toMatchObject({ groupKeys: ['LINKE'] });
    // UWG abstains: 40 + 9 = 49 against 92 + 1 - 40 - 9 - 3 = 41.
    expect(tally.options[0]).toMatchObject({ yes: 49, margin: 7 });
  });

  it('should name an unknown group key with 404', async () => {
    const response = await t
      .http()
      .get('/api/majority/options?firm=SPD,XYZ')
      .set(...bearer(token))
      .expect(404);
    expect((response.body as { message: string }).message).toContain('XYZ');
    await options('?absent=NOPE:1', 404);
  });

  it('should reject bad absent syntax, too many absentees and an unknown majority with 400', async () => {
    await options('?absent=CDU', 400);
    await options('?absent=CDU:two', 400);
    await options('?absent=CDU:19', 400);
    await options('?absent=MAYOR:2', 400);
    await options('?requiredMajority=overwhelming', 400);
    await options('?firm=SPD,AfD', 400);
    await options('?unexpected=1', 400);
  });

  it('should require a token', async () => {
    await t.http().get('/api/majority/options').expect(401);
  });
});

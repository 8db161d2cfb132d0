import type { ApiError, MemberView, MotionView, RecordedVoteView } from '@mehrheitsplaner/shared';
import { bearer, startTestApp, type TestApp } from './support/test-app';
import { connect, connected, emitWithAck } from './support/live-socket';
import {
  ballots,
  councilMembers,
  groupCounts,
  membersByGroup,
  motionOnAgenda,
  recordVote,
  seatsOf,
} from './support/votes';

describe('recording votes', () => {
  let t: TestApp;
  let manager: string;
  let councillor: string;
  let members: MemberView[];
  let seats: Record<string, number>;
  /** A LINKE member who switches to SPD on 2026-03-01. */
  let switcher: number;

  beforeAll(async () => {
    t = await startTestApp();
    manager = (await t.createUser('manager', 'SPD')).token;
    councillor = (await t.createUser('councillor', 'SPD')).token;
    members = await councilMembers(t, manager);
    switcher = membersByGroup(members).get('LINKE')?.[0] ?? 0;
    await t
      .http()
      .patch(`/api/council/members/${switcher}`)
      .set(...bearer(await t.adminToken()))
      .send({ groupKey: 'SPD', from: '2026-03-01' })
      .expect(200);
    members = await councilMembers(t, manager);
    seats = seatsOf(members);
  });
  afterAll(() => t.close());

  const motionStatus = async (id: number) =>
    (
      (
        await t
          .http()
          .get(`/api/motions/${id}`)
          .set(...bearer(manager))
          .expect(200)
      ).body as MotionView
    ).status;

  it('should record ballots, store the tally and adopt the motion', async () => {
    const motion = await motionOnAgenda(t, manager, { title: 'Radweg Königsallee' });
    const socket = connect(t.url, manager);
    await connected(socket);
    await emitWithAck(socket, 'subscribe', { motionId: motion.id });
    const recorded = new Promise<RecordedVoteView>((resolve) =>
      socket.once('voteRecorded', ({ vote }) => resolve(vote)),
    );
    // One change, one ordered set: the vote before the motion it decided.
    const order: string[] = [];
    socket.on('voteRecorded', () => order.push('voteRecorded'));
    socket.on('tally', () => order.push('tally'));
    const decided = new Promise<void>((resolve) =>
      socket.on('motion', ({ motion: changed }) => {
        order.push('motion');
        if (changed.status === 'adopted') resolve();
      }),
    );
    const response = await recordVote(t, manager, motion.id, {
      date: '2026-04-10',
      ballots: ballots(members, { SPD: 'yes', GRUENE: 'yes', MAYOR: 'yes', CDU: 'no', AfD: 'no' }),
    }).expect(201);
    const vote = response.body as RecordedVoteView;
    expect(vote).toMatchObject({
      motionId: motion.id,
      date: '2026-04-10',
      source: 'ballots',
      result: 'adopted',
      votingMembers: 93,
      coalitionLine: 'yes',
      groupLines: { SPD: 'yes', CDU: 'no', AfD: 'no', LINKE: 'abstain' },
    });
    expect(vote.tally).toMatchObject({
      yes: 41,
      no: 32,
      abstain: 20,
      present: 93,
      passes: true,
      democraticMajority: true,
      reliesOnExcluded: false,
    });
    expect(vote.blocks.find((b) => b.key === 'SPD')?.yes).toBe(27);
    expect((await recorded).id).toBe(vote.id);
    await decided;
    expect(order).toEqual(['voteRecorded', 'tally', 'motion']);
    socket.disconnect();
    expect(await motionStatus(motion.id)).toBe('adopted');
    const again = await recordVote(t, manager, motion.id, { date: '2026-04-10', ballots: [] });
    expect(again.status).toBe(409);
  });

  it('should count a ballot for the group the member had on the day of the vote', async () => {
    const motion = await motionOnAgenda(t, manager);
    const response = await recordVote(t, manager, motion.id, {
      date: '2026-02-10',
      ballots: ballots(
        members,
        { SPD: 'yes', GRUENE: 'yes', MAYOR: 'yes', LINKE: 'no' },
        {},
        { [switcher]: 'LINKE' },
      ),
    }).expect(201);
    const vote = response.body as RecordedVoteView;
    expect(vote.blocks.find((b) => b.key === 'SPD')?.yes).toBe(26);
    expect(vote.blocks.find((b) => b.key === 'LINKE')?.no).toBe(9);
  });

  it('should record group counts checked against the seats of that day and reject', async () => {
    const motion = await motionOnAgenda(t, manager);
    const before = { ...seats, SPD: seats.SPD - 1, LINKE: seats.LINKE + 1 };
    const response = await recordVote(t, manager, motion.id, {
      date: '2026-02-10',
      groupCounts: groupCounts(before, {
        SPD: { yes: 20, absent: 6 },
        CDU: { no: 18 },
        AfD: { no: 14 },
        LINKE: { no: 9 },
        MAYOR: { yes: 1 },
      }),
    }).expect(201);
    const vote = response.body as RecordedVoteView;
    expect(vote.source).toBe('groupCounts');
    expect(vote.result).toBe('rejected');
    expect(vote.tally).toMatchObject({ yes: 21, no: 41, passes: false });
    expect(await motionStatus(motion.id)).toBe('rejected');
  });

  describe('rejections', () => {
    let motion: MotionView;
    beforeAll(async () => {
      motion = await motionOnAgenda(t, manager);
    });

    const expectError = async (body: Record<string, unknown>, status: number, text: RegExp) => {
      const response = await recordVote(t, manager, motion.id, body).expect(status);
      expect([(response.body as ApiError).message].flat().join(' ')).toMatch(text);
    };

    it('should reject sums that do not match the seats on that day', async () => {
      // After the switch LINKE has 8 seats: 9 is wrong on 2026-04-10.
      await expectError(
        {
          date: '2026-04-10',
          groupCounts: groupCounts({ ...seats, LINKE: 9 }, {}),
        },
        400,
        /LINKE: 9 Stimmen, am 2026-04-10 aber 8 Sitze/,
      );
    });

    it('should reject both or neither of ballots and groupCounts', async () => {
      await expectError({ ballots: [], groupCounts: [] }, 400, /Genau eines/);
      await expectError({ date: '2026-04-10' }, 400, /Genau eines/);
    });

    it('should reject unknown members, duplicates and missing ballots', async () => {
      const all = ballots(members, {});
      await expectError(
        { date: '2026-04-10', ballots: [...all, { memberId: 99999, vote: 'yes' }] },
        400,
        /Unbekannte Mitglieder: 99999/,
      );
      await expectError(
        { date: '2026-04-10', ballots: [...all, all[0]] },
        400,
        /Mehrfache Stimmen/,
      );
      await expectError(
        { date: '2026-04-10', ballots: all.slice(1) },
        400,
        new RegExp(`Es fehlen Stimmen von: ${all[0].memberId}`),
      );
    });

    it('should reject a member who was not in the council that day', async () => {
      const created = await t
        .http()
        .post('/api/council/members')
        .set(...bearer(await t.adminToken()))
        .send({ name: 'Neu Mitglied', groupKey: 'CDU' })
        .expect(201);
      const newcomer = (created.body as MemberView).id;
      await expectError(
        {
          date: '2026-04-10',
          ballots: [...ballots(members, {}), { memberId: newcomer, vote: 'no' }],
        },
        400,
        new RegExp(`nicht Mitglied des Rates: ${newcomer}`),
      );
    });

    it('should answer 404 for an unknown motion or group', async () => {
      await recordVote(t, manager, 999999, { groupCounts: [] }).expect(404);
      await expectError(
        {
          date: '2026-04-10',
          groupCounts: [{ groupKey: 'NOPE', yes: 1, no: 0, abstain: 0, absent: 0 }],
        },
        404,
        /Unbekannte Gruppe "NOPE"/,
      );
    });

    it('should forbid councillors and refuse withdrawn motions in German', async () => {
      await recordVote(t, councillor, motion.id, { groupCounts: [] }).expect(403);
      const draft = (
        await t
          .http()
          .post('/api/motions')
          .set(...bearer(manager))
          .send({ title: 'Entwurf' })
          .expect(201)
      ).body as MotionView;
      await t
        .http()
        .patch(`/api/motions/${draft.id}`)
        .set(...bearer(manager))
        .send({ version: draft.version, status: 'withdrawn' })
        .expect(200);
      const response = await recordVote(t, manager, draft.id, {
        date: '2026-04-10',
        groupCounts: groupCounts(seats, {}),
      }).expect(409);
      expect(response.body).toMatchObject({ code: 'VOTE_NOT_ALLOWED' });
      expect((response.body as ApiError).message).toMatch(/Status „zurückgezogen“/);
    });

    it('should validate the body shape', async () => {
      await expectError(
        { ballots: [{ memberId: 1, vote: 'maybe' }] },
        400,
        /„Stimme“ \(Stimmzettel Nr\. 1\) muss einer dieser Werte sein/,
      );
      await expectError(
        { date: '10.04.2026', groupCounts: [] },
        400,
        /„Datum“ muss ein Datum im Format JJJJ-MM-TT sein/,
      );
    });
  });
});

import type {
  AgendaItemView,
  ApiError,
  GroupHistoryRow,
  HistorySummary,
  HistoryVoteView,
  MeetingDetailView,
  MemberHistoryRow,
  MemberView,
  MotionView,
  RecordedVoteView,
} from '@mehrheitsplaner/shared';
import { auditEntries } from './support/audit';
import { connect, connected, emitWithAck } from './support/live-socket';
import { putWhip } from './support/motions';
import { inParallel, serverErrors } from './support/parallel';
import { bearer, startTestApp, type TestApp } from './support/test-app';
import { ballots, councilMembers, motionOnAgenda, recordVote } from './support/votes';

const DAY = '2026-05-06';

describe('voiding a recorded vote', () => {
  let t: TestApp;
  let admin: string;
  let manager: string;
  let members: MemberView[];

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.adminToken();
    manager = (await t.createUser('manager', 'SPD')).token;
    members = await councilMembers(t, manager);
  });
  afterAll(() => t.close());

  const get = async <T>(path: string, token = admin): Promise<T> =>
    (
      await t
        .http()
        .get(path)
        .set(...bearer(token))
        .expect(200)
    ).body as T;

  const voidVote = (id: number, body: Record<string, unknown>, token = admin) =>
    t
      .http()
      .delete(`/api/votes/${id}`)
      .set(...bearer(token))
      .send(body);

  /** A vote on a fresh motion where SPD votes yes and everyone else no (rejected). */
  const recorded = async (title: string, date = DAY): Promise<RecordedVoteView> => {
    const motion = await motionOnAgenda(t, manager, { title });
    const response = await recordVote(t, manager, motion.id, {
      date,
      ballots: ballots(members, { SPD: 'yes', MAYOR: 'no' }, {}, {}).map((b) => ({
        ...b,
        vote: b.vote === 'abstain' ? 'no' : b.vote,
      })),
    }).expect(201);
    return response.body as RecordedVoteView;
  };

  const figures = async (from: string, to: string) => ({
    summary: await get<HistorySummary>(`/api/history/summary?from=${from}&to=${to}`),
    votes: await get<HistoryVoteView[]>(`/api/history/votes?from=${from}&to=${to}`),
    groups: await get<GroupHistoryRow[]>(`/api/history/groups?from=${from}&to=${to}`),
    members: await get<MemberHistoryRow[]>(`/api/history/members?from=${from}&to=${to}`),
    ballotsCsv: (
      await t
        .http()
        .get(`/api/history/ballots.csv?from=${from}&to=${to}`)
        .set(...bearer(admin))
        .buffer(true)
        .expect(200)
    ).text,
    votesCsv: (
      await t
        .http()
        .get(`/api/history/votes.csv?from=${from}&to=${to}`)
        .set(...bearer(admin))
        .buffer(true)
        .expect(200)
    ).text,
  });

  it('should mark the vote void, reopen the motion, drop it from every figure and log both', async () => {
    const kept = await recorded('Bleibt gezählt', '2026-05-05');
    const before = await figures('2026-05-05', '2026-05-06');
    const vote = await recorded('Falsch erfasst');
    const withVote = await figures('2026-05-05', '2026-05-06');
    expect(withVote.summary.votes).toBe(before.summary.votes + 1);
    expect(withVote.ballotsCsv).toContain(';Falsch erfasst;');

    const socket = connect(t.url, manager);
    await connected(socket);
    await emitWithAck(socket, 'subscribe', { motionId: vote.motionId });
    const event = new Promise<RecordedVoteView>((resolve) =>
      socket.once('voteVoided', ({ vote: voided }) => resolve(voided)),
    );
    const response = await voidVote(vote.id, { reason: '  Falsche Vorlage erfasst  ' }).expect(200);
    const voided = response.body as RecordedVoteView;
    expect(voided.voided).toEqual({
      at: expect.any(String) as string,
      by: 'admin',
      reason: 'Falsche Vorlage erfasst',
    });
    expect((await event).voided?.reason).toBe('Falsche Vorlage erfasst');
    socket.disconnect();

    const motion = await get<MotionView>(`/api/motions/${vote.motionId}`);
    expect(motion.status).toBe('onAgenda');
    const stored = await get<RecordedVoteView>(`/api/votes/${vote.id}`);
    expect(stored.voided?.by).toBe('admin');

    const after = await figures('2026-05-05', '2026-05-06');
    expect(after.summary).toEqual(before.summary);
    expect(after.groups).toEqual(before.groups);
    expect(after.members).toEqual(before.members);
    expect(after.votes.map((v) => v.id)).toEqual([kept.id]);
    expect(after.ballotsCsv).not.toContain(';Falsch erfasst;');
    expect(after.ballotsCsv).toBe(before.ballotsCsv);
    expect(after.votesCsv).toBe(before.votesCsv);
    await t
      .http()
      .get(`/api/history/votes/${vote.id}`)
      .set(...bearer(admin))
      .expect(404);

    const log = await auditEntries(t, { entityType: 'vote', entityId: String(vote.id) });
    expect(log.map((entry) => entry.action)).toEqual(['void', 'record']);
    expect(log[0]).toMatchObject({
      actor: 'admin',
      role: 'admin',
      before: { voidedAt: null, motionStatus: 'rejected' },
      after: { voidReason: 'Falsche Vorlage erfasst', motionStatus: 'onAgenda' },
    });
    expect(log[0].ip).toMatch(/127\.0\.0\.1/);
    expect(log[1]).toMatchObject({ role: 'manager', after: { result: 'rejected' } });

    // The reopened motion can be voted on again, and that vote counts.
    await recordVote(t, manager, vote.motionId, {
      date: DAY,
      ballots: ballots(members, { SPD: 'yes', MAYOR: 'yes' }),
    }).expect(201);
    expect((await figures('2026-05-05', '2026-05-06')).summary.votes).toBe(
      before.summary.votes + 1,
    );
  });

  it('should free the agenda item of a voided vote for a new entry', async () => {
    const motion = await motionOnAgenda(t, manager, { title: 'Auf der Tagesordnung' });
    const meeting = (
      await t
        .http()
        .post('/api/meetings')
        .set(...bearer(manager))
        .send({ date: DAY, name: 'Ratssitzung' })
        .expect(201)
    ).body as MeetingDetailView;
    const item = (
      await t
        .http()
        .post(`/api/meetings/${meeting.id}/items`)
        .set(...bearer(manager))
        .send({ name: 'TOP 3', motionId: motion.id })
        .expect(201)
    ).body as AgendaItemView;
    const vote = (
      await recordVote(t, manager, motion.id, {
        meetingId: meeting.id,
        agendaItemId: item.id,
        ballots: ballots(members, { SPD: 'yes' }),
      }).expect(201)
    ).body as RecordedVoteView;
    const itemOf = async () =>
      (await get<MeetingDetailView>(`/api/meetings/${meeting.id}`)).agendaItems[0];
    expect((await itemOf()).voteId).toBe(vote.id);
    await voidVote(vote.id, { reason: 'Falscher Tagesordnungspunkt' }).expect(200);
    expect((await itemOf()).voteId).toBeNull();
  });

  it('should refuse a second void with 409 and change nothing', async () => {
    const vote = await recorded('Zweimal aufheben');
    await voidVote(vote.id, { reason: 'Doppelt erfasst' }).expect(200);
    const second = await voidVote(vote.id, { reason: 'Noch einmal' }).expect(409);
    expect((second.body as ApiError).code).toBe('VOTE_ALREADY_VOID');
    const stored = await get<RecordedVoteView>(`/api/votes/${vote.id}`);
    expect(stored.voided?.reason).toBe('Doppelt erfasst');
    const log = await auditEntries(t, { entityType: 'vote', entityId: String(vote.id) });
    expect(log.map((entry) => entry.action)).toEqual(['void', 'record']);
  });

  it('should refuse non-admins, bad reasons and unknown votes without changing anything', async () => {
    const vote = await recorded('Nur die Verwaltung');
    const councillor = (await t.createUser('councillor', 'SPD')).token;
    expect((await voidVote(vote.id, { reason: 'Falsch' }, manager).expect(403)).body).toMatchObject(
      {
        statusCode: 403,
      },
    );
    await voidVote(vote.id, { reason: 'Falsch' }, councillor).expect(403);
    await t.http().delete(`/api/votes/${vote.id}`).send({ reason: 'Falsch' }).expect(401);
    for (const body of [{}, { reason: '  ab ' }, { reason: 'x'.repeat(501) }, { reason: 7 }]) {
      const refused = await voidVote(vote.id, body).expect(400);
      expect((refused.body as ApiError).code).toBe('VALIDATION_FAILED');
    }
    await voidVote(vote.id, { reason: 'Falsch', extra: true }).expect(400);
    expect(((await voidVote(999999, { reason: 'Falsch' }).expect(404)).body as ApiError).code).toBe(
      'VOTE_NOT_FOUND',
    );
    const stored = await get<RecordedVoteView>(`/api/votes/${vote.id}`);
    expect(stored.voided).toBeNull();
    expect((await get<MotionView>(`/api/motions/${vote.motionId}`)).status).toBe('rejected');
    const log = await auditEntries(t, { entityType: 'vote', entityId: String(vote.id) });
    expect(log.map((entry) => entry.action)).toEqual(['record']);
  });

  it('should stay consistent when voiding beside whip edits and recordings on other motions', async () => {
    const day = '2026-05-20';
    const voided = await Promise.all([
      recorded('Parallel aufheben 1', day),
      recorded('Parallel aufheben 2', day),
    ]);
    const open = await Promise.all(
      [1, 2, 3].map((n) => motionOnAgenda(t, manager, { title: `Offen ${n}` })),
    );
    const whipped = await motionOnAgenda(t, manager, { title: 'Stimmenzählung läuft' });
    const outcomes = await inParallel([
      ...voided.map((v): [string, ReturnType<typeof voidVote>] => [
        `void ${v.id}`,
        voidVote(v.id, { reason: 'Paralleltest' }),
      ]),
      ...open.map((m): [string, ReturnType<typeof voidVote>] => [
        `record ${m.id}`,
        recordVote(t, manager, m.id, { date: day, ballots: ballots(members, { SPD: 'yes' }) }),
      ]),
      ...['CDU', 'LINKE', 'UWG', 'FDP'].map((groupKey): [string, ReturnType<typeof voidVote>] => [
        `whip ${groupKey}`,
        putWhip(t, manager, whipped.id, groupKey, { stance: 'no', confidence: 'likely' }),
      ]),
    ]);
    expect(serverErrors(outcomes)).toEqual([]);
    expect(outcomes.filter((o) => o.status >= 300)).toEqual([]);

    const votes = await get<HistoryVoteView[]>(`/api/history/votes?from=${day}&to=${day}`);
    expect(votes.map((v) => v.motionId).sort((a, b) => a - b)).toEqual(
      open.map((m) => m.id).sort((a, b) => a - b),
    );
    const summary = await get<HistorySummary>(`/api/history/summary?from=${day}&to=${day}`);
    expect(summary.votes).toBe(3);
    const memberRows = await get<MemberHistoryRow[]>(`/api/history/members?from=${day}&to=${day}`);
    expect(new Set(memberRows.map((row) => row.votes))).toEqual(new Set([3]));
    for (const v of voided) {
      expect((await get<MotionView>(`/api/motions/${v.motionId}`)).status).toBe('onAgenda');
      const log = await auditEntries(t, { entityType: 'vote', entityId: String(v.id) });
      expect(log.map((entry) => entry.action)).toEqual(['void', 'record']);
    }
    const whipLog = await auditEntries(t, { entityType: 'whipEntry' });
    expect(whipLog.filter((e) => e.entityId.startsWith(`${whipped.id}/`))).toHaveLength(4);
  });
});

import type {
  AgendaItemView,
  ApiError,
  MeetingDetailView,
  MemberView,
  MotionView,
} from '@mehrheitsplaner/shared';
import type { Test } from 'supertest';
import { auditEntries } from './support/audit';
import { errorBodyProblems } from './support/german-errors';
import { connect, connected, emitWithAck } from './support/live-socket';
import { createMotion } from './support/motions';
import { inParallel, serverErrors, succeeded } from './support/parallel';
import { bearer, startTestApp, type TestApp } from './support/test-app';
import { councilMembers, groupCounts, recordVote, seatsOf } from './support/votes';

/** domain.md, "Motion lifecycle and recorded votes": agenda → onAgenda, a vote is a fact. */
describe('motion lifecycle', () => {
  let t: TestApp;
  let manager: string;
  let members: MemberView[];
  let meeting: MeetingDetailView;

  beforeAll(async () => {
    t = await startTestApp();
    manager = (await t.createUser('manager', 'SPD')).token;
    members = await councilMembers(t, manager);
    meeting = (
      await t
        .http()
        .post('/api/meetings')
        .set(...bearer(manager))
        .send({ date: '2026-06-18', name: 'Ratssitzung Lebenszyklus' })
        .expect(201)
    ).body as MeetingDetailView;
  });
  afterAll(() => t.close());

  const get = async <T>(path: string): Promise<T> =>
    (
      await t
        .http()
        .get(path)
        .set(...bearer(manager))
        .expect(200)
    ).body as T;
  const patchMotion = (id: number, body: Record<string, unknown>): Test =>
    t
      .http()
      .patch(`/api/motions/${id}`)
      .set(...bearer(manager))
      .send(body);
  const addItem = (body: Record<string, unknown>): Test =>
    t
      .http()
      .post(`/api/meetings/${meeting.id}/items`)
      .set(...bearer(manager))
      .send({ name: 'TOP', ...body });
  const everyoneYes = () =>
    groupCounts(seatsOf(members), {}).map((c) => ({ ...c, yes: c.abstain, abstain: 0 }));

  it('should put a draft on the agenda when an agenda item links it, audited and pushed', async () => {
    const motion = await createMotion(t, manager, { title: 'Zur Tagesordnung' });
    const socket = connect(t.url, manager);
    await connected(socket);
    await emitWithAck(socket, 'subscribe', { motionId: motion.id });
    const pushed = new Promise<MotionView>((resolve) =>
      socket.on('motion', ({ motion: changed }) => resolve(changed)),
    );
    const item = (await addItem({ motionId: motion.id }).expect(201)).body as AgendaItemView;
    expect(item.motion).toEqual({ id: motion.id, title: 'Zur Tagesordnung', status: 'onAgenda' });
    expect((await pushed).status).toBe('onAgenda');
    socket.disconnect();
    const stored = await get<MotionView>(`/api/motions/${motion.id}`);
    expect(stored).toMatchObject({ status: 'onAgenda', version: motion.version + 1 });
    const [entry] = await auditEntries(t, {
      entityType: 'motion',
      entityId: String(motion.id),
      action: 'status',
    });
    expect(entry).toMatchObject({ before: { status: 'draft' }, after: { status: 'onAgenda' } });
  });

  it('should put a postponed motion on the agenda when an existing item is linked to it', async () => {
    let motion = await createMotion(t, manager, { title: 'Vertagt' });
    for (const status of ['submitted', 'postponed']) {
      motion = (await patchMotion(motion.id, { version: motion.version, status }).expect(200))
        .body as MotionView;
    }
    const item = (await addItem({}).expect(201)).body as AgendaItemView;
    const linked = (
      await t
        .http()
        .patch(`/api/meetings/${meeting.id}/items/${item.id}`)
        .set(...bearer(manager))
        .send({ motionId: motion.id })
        .expect(200)
    ).body as AgendaItemView;
    expect(linked.motion?.status).toBe('onAgenda');
  });

  it('should keep onAgenda when the item is unlinked and leave voted motions as they are', async () => {
    const motion = await createMotion(t, manager, { title: 'Wieder ab' });
    const item = (await addItem({ motionId: motion.id }).expect(201)).body as AgendaItemView;
    await t
      .http()
      .patch(`/api/meetings/${meeting.id}/items/${item.id}`)
      .set(...bearer(manager))
      .send({ motionId: null })
      .expect(200);
    expect((await get<MotionView>(`/api/motions/${motion.id}`)).status).toBe('onAgenda');

    await recordVote(t, manager, motion.id, {
      date: '2026-06-18',
      groupCounts: everyoneYes(),
    }).expect(201);
    const again = (await addItem({ motionId: motion.id }).expect(201)).body as AgendaItemView;
    expect(again.motion?.status).toBe('adopted');
  });

  it('should record a vote on a draft (urgent motion) and adopt it', async () => {
    const motion = await createMotion(t, manager, { title: 'Dringlichkeitsantrag' });
    const vote = await recordVote(t, manager, motion.id, {
      date: '2026-06-18',
      groupCounts: everyoneYes(),
    }).expect(201);
    expect(vote.body).toMatchObject({ result: 'adopted', motionId: motion.id });
    expect((await get<MotionView>(`/api/motions/${motion.id}`)).status).toBe('adopted');
  });

  it('should refuse a vote on a withdrawn motion in German with a code and leave no trace', async () => {
    const motion = await createMotion(t, manager, { title: 'Zurückgezogen' });
    await patchMotion(motion.id, { version: motion.version, status: 'withdrawn' }).expect(200);
    const response = await recordVote(t, manager, motion.id, {
      date: '2026-06-18',
      groupCounts: everyoneYes(),
    }).expect(409);
    const body = response.body as ApiError;
    expect(errorBodyProblems(409, body)).toEqual([]);
    expect(body.code).toBe('VOTE_NOT_ALLOWED');
    expect(body.message).toContain('zurückgezogen');
    expect(body.message).not.toMatch(/withdrawn/);
    expect(await get<unknown[]>(`/api/motions/${motion.id}/votes`)).toEqual([]);
    const voteAudits = await auditEntries(t, { entityType: 'vote' });
    expect(voteAudits.filter((entry) => entry.after?.motionId === motion.id)).toEqual([]);
  });

  it('should refuse adopted and rejected as a plain status change and still allow withdrawing', async () => {
    const motion = await createMotion(t, manager, { title: 'Ohne Abstimmung' });
    for (const status of ['adopted', 'rejected']) {
      const response = await patchMotion(motion.id, { version: motion.version, status }).expect(
        409,
      );
      const body = response.body as ApiError;
      expect(errorBodyProblems(409, body)).toEqual([]);
      expect(body.code).toBe('STATUS_NEEDS_VOTE');
      expect(body.message).toMatch(/Abstimmung/);
      expect(body.message).not.toMatch(/adopted|rejected/);
    }
    const stored = await get<MotionView>(`/api/motions/${motion.id}`);
    expect(stored).toMatchObject({ status: 'draft', version: motion.version });
    await patchMotion(motion.id, { version: motion.version, status: 'withdrawn' }).expect(200);
  });

  it('should keep every 2xx of parallel agenda links, votes and withdrawals and nothing of a refusal', async () => {
    const motions = await Promise.all(
      [1, 2, 3, 4].map((i) => createMotion(t, manager, { title: `Parallel ${i}` })),
    );
    const requests: Array<[string, Test]> = motions.flatMap((motion): Array<[string, Test]> => [
      [`agenda ${motion.id}`, addItem({ name: `TOP ${motion.id}`, motionId: motion.id })],
      [
        `vote ${motion.id}`,
        recordVote(t, manager, motion.id, { date: '2026-06-18', groupCounts: everyoneYes() }),
      ],
      [
        `withdraw ${motion.id}`,
        patchMotion(motion.id, { version: motion.version, status: 'withdrawn' }),
      ],
    ]);
    const outcomes = await inParallel(requests);
    expect(serverErrors(outcomes)).toEqual([]);
    for (const outcome of outcomes) {
      if (outcome.status >= 400)
        expect(errorBodyProblems(outcome.status, outcome.body)).toEqual([]);
    }
    const detail = await get<MeetingDetailView>(`/api/meetings/${meeting.id}`);
    for (const motion of motions) {
      const linked = succeeded(outcomes, `agenda ${motion.id}`).length === 1;
      const voted = succeeded(outcomes, `vote ${motion.id}`).length === 1;
      const withdrawn = succeeded(outcomes, `withdraw ${motion.id}`).length === 1;
      // A vote and a withdrawal exclude each other; a refused one wrote nothing.
      expect(voted && withdrawn).toBe(false);
      const stored = await get<MotionView>(`/api/motions/${motion.id}`);
      const expected = voted ? 'adopted' : withdrawn ? 'withdrawn' : 'onAgenda';
      expect(stored.status).toBe(expected);
      expect(await get<unknown[]>(`/api/motions/${motion.id}/votes`)).toHaveLength(voted ? 1 : 0);
      expect(detail.agendaItems.filter((item) => item.motionId === motion.id)).toHaveLength(
        linked ? 1 : 0,
      );
      const statusAudits = await auditEntries(t, {
        entityType: 'motion',
        entityId: String(motion.id),
        action: 'status',
      });
      expect(statusAudits.some((e) => e.after?.status === 'withdrawn')).toBe(withdrawn);
      if (!voted && !withdrawn) expect(linked).toBe(true);
    }
  });
});

import type { ApiError, MotionView, WhipEntryView } from '@mehrheitsplaner/shared';
import type { Socket } from 'socket.io-client';
import { createCallers, type Caller } from './support/access-callers';
import { connect, connected } from './support/live-socket';
import { createMotion, putWhip } from './support/motions';
import { bearer, startTestApp, type TestApp } from './support/test-app';
import { councilMembers, groupCounts, motionOnAgenda, recordVote, seatsOf } from './support/votes';

/** The findings of issue 9, each as it was reported: every one of these passed before. */
describe('access findings (issue 9)', () => {
  let t: TestApp;
  let callers: Caller[];
  const token = (name: string) => callers.find((c) => c.name === name)?.token ?? '';

  beforeAll(async () => {
    t = await startTestApp();
    callers = await createCallers(t, 'finding');
  });
  afterAll(() => t.close());

  const whipOf = async (motionId: number, as: string): Promise<WhipEntryView[]> =>
    (
      await t
        .http()
        .get(`/api/motions/${motionId}/whip`)
        .set(...bearer(as))
        .expect(200)
    ).body as WhipEntryView[];

  it('should not let any manager write any group line', async () => {
    const admin = await t.adminToken();
    for (const groupKey of ['CDU', undefined]) {
      const refused = await t
        .http()
        .post('/api/users')
        .set(...bearer(admin))
        .send({
          username: `cdu-${groupKey ?? 'none'}`,
          password: 'long-enough-pw-1',
          role: 'manager',
          groupKey,
        })
        .expect(400);
      expect((refused.body as ApiError & { code: string }).code).toBe(
        'MANAGER_NEEDS_COALITION_GROUP',
      );
    }
    const motion = await createMotion(t, token('manager-spd'));
    const body = { stance: 'no', confidence: 'confirmed' };
    const foreign = await putWhip(t, token('manager-gruene'), motion.id, 'SPD', body).expect(403);
    expect(foreign.body).toMatchObject({ code: 'FOREIGN_COALITION_LINE' });
    expect((foreign.body as ApiError).message).toContain('Koalitionsfraktion SPD');
    const ex = await putWhip(t, token('manager-ex-coalition'), motion.id, 'CDU', body).expect(403);
    expect(ex.body).toMatchObject({ code: 'NOT_COALITION_MANAGER' });
    expect((await whipOf(motion.id, token('manager-spd'))).filter((e) => e.version > 0)).toEqual(
      [],
    );

    for (const line of ['SPD', 'MAYOR', 'CDU']) {
      await putWhip(t, token('manager-spd'), motion.id, line, body).expect(200);
    }
    await putWhip(t, token('manager-gruene'), motion.id, 'GRUENE', body).expect(200);
  });

  it("should never erase another group's note (blind erasure)", async () => {
    const motion = await createMotion(t, token('manager-spd'));
    await putWhip(t, token('manager-spd'), motion.id, 'AfD', {
      stance: 'no',
      confidence: 'likely',
      note: 'SPD: intern abgestimmt',
      noteInternal: true,
    }).expect(200);
    await putWhip(t, token('manager-gruene'), motion.id, 'AfD', {
      stance: 'no',
      confidence: 'confirmed',
      note: '',
      version: 1,
    }).expect(200);
    await putWhip(t, token('manager-gruene'), motion.id, 'AfD', {
      stance: 'no',
      confidence: 'confirmed',
      note: 'GRÜNE: sicher dagegen',
      version: 2,
    }).expect(200);
    const spdView = (await whipOf(motion.id, token('manager-spd'))).find(
      (e) => e.groupKey === 'AfD',
    );
    expect(spdView).toMatchObject({
      note: 'SPD: intern abgestimmt',
      noteInternal: true,
      version: 3,
    });
    expect(spdView?.notes.map((n) => [n.authorGroupKey, n.note])).toEqual([
      ['SPD', 'SPD: intern abgestimmt'],
      ['GRUENE', 'GRÜNE: sicher dagegen'],
    ]);
    const grueneView = (await whipOf(motion.id, token('manager-gruene'))).find(
      (e) => e.groupKey === 'AfD',
    );
    expect(grueneView?.notes.map((n) => n.authorGroupKey)).toEqual(['GRUENE']);
  });

  it('should keep irreversible actions from managers outside the coalition and from readers', async () => {
    const admin = await t.adminToken();
    const motion = await motionOnAgenda(t, admin, { sponsorGroupKeys: ['GRUENE'] });
    const counts = { groupCounts: groupCounts(seatsOf(await councilMembers(t, admin)), {}) };
    for (const name of ['manager-ex-coalition', 'councillor', 'committee']) {
      await recordVote(t, token(name), motion.id, counts).expect(403);
      await t
        .http()
        .patch(`/api/motions/${motion.id}`)
        .set(...bearer(token(name)))
        .send({ version: motion.version, status: 'withdrawn' })
        .expect(403);
    }
    const after = await t
      .http()
      .get(`/api/motions/${motion.id}`)
      .set(...bearer(admin))
      .expect(200);
    expect((after.body as MotionView).status).toBe('onAgenda');
    await recordVote(t, token('manager-spd'), motion.id, counts).expect(201);
  });

  it('should keep contacts, notes, overrides and editors from councillors and whip details from the committee', async () => {
    const motion = await createMotion(t, token('manager-spd'));
    const member = (await councilMembers(t, token('manager-spd'))).find(
      (m) => m.groupKey === 'LINKE',
    );
    await putWhip(t, token('manager-spd'), motion.id, 'LINKE', {
      stance: 'yes',
      confidence: 'likely',
      note: 'öffentlich',
      contact: 'Büro Linke',
      members: [{ memberId: member?.id, vote: 'no' }],
    }).expect(200);
    const linke = (await whipOf(motion.id, token('councillor'))).find(
      (e) => e.groupKey === 'LINKE',
    );
    expect(linke).toMatchObject({
      stance: 'yes',
      confidence: 'likely',
      contact: null,
      members: [],
      note: null,
      noteInternal: false,
      notes: [],
      updatedBy: null,
    });
    for (const [name, path] of [
      ['councillor', `/api/motions/${motion.id}/whip/history`],
      ['committee', `/api/motions/${motion.id}/whip`],
      ['committee', `/api/motions/${motion.id}/whip/history`],
      ['committee', `/api/motions/${motion.id}/tally`],
    ]) {
      await t
        .http()
        .get(path)
        .set(...bearer(token(name)))
        .expect(403);
    }
    const socket = connect(t.url, token('committee'));
    await connected(socket);
    const exception = new Promise<unknown>((resolve) =>
      (socket as unknown as Socket).once('exception', resolve),
    );
    socket.emit('subscribe', { motionId: motion.id });
    await expect(exception).resolves.toMatchObject({ code: 'FORBIDDEN_ROLE', event: 'subscribe' });
    socket.close();
  });
});

import {
  whipScenarios,
  type ApiError,
  type CouncilView,
  type MemberView,
  type MotionTallyResponse,
  type MotionView,
  type WhipEntryView,
  type WhipHistoryEntry,
} from '@mehrheitsplaner/shared';
import { createMotion, enterWhipCount, putWhip, WORKED_EXAMPLE } from './support/motions';
import { bearer, startTestApp, type TestApp } from './support/test-app';

describe('whip counts and tallies', () => {
  let t: TestApp;
  let spd: { username: string; token: string };
  let gruene: { username: string; token: string };
  let councillor: string;

  beforeAll(async () => {
    t = await startTestApp();
    spd = await t.createUser('manager', 'SPD');
    gruene = await t.createUser('manager', 'GRUENE');
    councillor = (await t.createUser('councillor', 'SPD')).token;
  });
  afterAll(() => t.close());

  const tallyOf = async (motionId: number, token: string): Promise<MotionTallyResponse> => {
    const response = await t
      .http()
      .get(`/api/motions/${motionId}/tally`)
      .set(...bearer(token))
      .expect(200);
    return response.body as MotionTallyResponse;
  };

  const entriesOf = async (motionId: number, token: string): Promise<WhipEntryView[]> => {
    const response = await t
      .http()
      .get(`/api/motions/${motionId}/whip`)
      .set(...bearer(token))
      .expect(200);
    return response.body as WhipEntryView[];
  };

  it('should create version 1, update with the current version and refuse stale or missing ones', async () => {
    const motion = await createMotion(t, spd.token);
    const first = await putWhip(t, spd.token, motion.id, 'LINKE', {
      stance: 'yes',
      confidence: 'likely',
      absent: 1,
      contact: 'Fraktionsbüro',
    }).expect(200);
    expect(first.body).toMatchObject({
      motionId: motion.id,
      groupKey: 'LINKE',
      stance: 'yes',
      confidence: 'likely',
      absent: 1,
      split: null,
      contact: 'Fraktionsbüro',
      members: [],
      version: 1,
      updatedBy: spd.username,
    });
    const second = await putWhip(t, spd.token, motion.id, 'LINKE', {
      stance: 'split',
      confidence: 'confirmed',
      split: { yes: 5, no: 2, abstain: 1 },
      absent: 1,
      version: 1,
    }).expect(200);
    expect(second.body).toMatchObject({
      version: 2,
      stance: 'split',
      split: { yes: 5, no: 2, abstain: 1 },
    });

    const stale = await putWhip(t, gruene.token, motion.id, 'LINKE', {
      stance: 'no',
      confidence: 'likely',
      version: 1,
    }).expect(409);
    expect((stale.body as ApiError).message).toContain('Version 2');
    const missing = await putWhip(t, gruene.token, motion.id, 'LINKE', {
      stance: 'no',
      confidence: 'likely',
    }).expect(409);
    expect((missing.body as ApiError).message).toContain('keine Version');

    const entries = await entriesOf(motion.id, councillor);
    expect(entries).toHaveLength(13);
    expect(entries.find((e) => e.groupKey === 'LINKE')).toMatchObject({
      version: 2,
      stance: 'split',
    });
    expect(entries.find((e) => e.groupKey === 'CDU')).toMatchObject({
      stance: 'unknown',
      confidence: 'uncertain',
      version: 0,
      updatedBy: null,
    });
    expect(entries.at(-1)?.groupKey).toBe('MAYOR');
  });

  it('should answer 400 on a split or absences beyond the seats, an unknown stance or an extra field', async () => {
    const motion = await createMotion(t, spd.token);
    const bad: Record<string, unknown>[] = [
      { stance: 'split', confidence: 'likely', split: { yes: 8, no: 1, abstain: 0 }, absent: 1 },
      { stance: 'yes', confidence: 'likely', absent: 10 },
      { stance: 'split', confidence: 'likely' },
      { stance: 'yes', confidence: 'likely', split: { yes: 1, no: 0, abstain: 0 } },
      { stance: 'maybe', confidence: 'likely' },
      { stance: 'yes', confidence: 'sure' },
      { stance: 'yes', confidence: 'likely', colour: 'red' },
      { stance: 'yes', confidence: 'likely', split: { yes: 1, no: 0, abstain: 0, maybe: 1 } },
      { stance: 'yes', confidence: 'likely', absent: -1 },
    ];
    for (const body of bad) {
      const response = await putWhip(t, spd.token, motion.id, 'LINKE', body);
      expect({ body, status: response.status }).toEqual({ body, status: 400 });
    }
    const exceeded = await putWhip(t, spd.token, motion.id, 'LINKE', bad[0]).expect(400);
    expect((exceeded.body as ApiError).message).toContain('9 Sitze');
    const unknownStance = await putWhip(t, spd.token, motion.id, 'LINKE', bad[4]).expect(400);
    expect(JSON.stringify(unknownStance.body)).toContain('„Haltung“');
    expect(await entriesOf(motion.id, spd.token)).toContainEqual(
      expect.objectContaining({ groupKey: 'LINKE', version: 0 }),
    );
  });

  it('should accept member overrides of current members only', async () => {
    const motion = await createMotion(t, spd.token);
    const members = (
      await t
        .http()
        .get('/api/council/members')
        .set(...bearer(spd.token))
        .expect(200)
    ).body as MemberView[];
    const linke = members.filter((m) => m.groupKey === 'LINKE');
    const cduMember = members.find((m) => m.groupKey === 'CDU');
    const stored = await putWhip(t, spd.token, motion.id, 'LINKE', {
      stance: 'yes',
      confidence: 'confirmed',
      members: [
        { memberId: linke[0].id, vote: 'no' },
        { memberId: linke[1].id, vote: 'absent' },
      ],
    }).expect(200);
    expect((stored.body as WhipEntryView).members).toHaveLength(2);
    const wrong = await putWhip(t, spd.token, motion.id, 'LINKE', {
      stance: 'yes',
      confidence: 'confirmed',
      members: [{ memberId: cduMember?.id, vote: 'no' }],
      version: 1,
    }).expect(400);
    expect((wrong.body as ApiError).message).toContain(String(cduMember?.id));
    const tally = await tallyOf(motion.id, spd.token);
    expect(tally.expected).toMatchObject({ yes: 7, no: 1 });
  });

  it('should answer 404 for an unknown group or motion, 403 for a councillor, 409 when closed', async () => {
    const motion = await createMotion(t, spd.token);
    const body = { stance: 'yes', confidence: 'likely' };
    const group = await putWhip(t, spd.token, motion.id, 'NOPE', body).expect(404);
    expect((group.body as ApiError).message).toContain('NOPE');
    await putWhip(t, spd.token, 99999, 'SPD', body).expect(404);
    await t
      .http()
      .get('/api/motions/99999/whip')
      .set(...bearer(spd.token))
      .expect(404);
    await putWhip(t, councillor, motion.id, 'SPD', body).expect(403);
    await putWhip(t, spd.token, motion.id, 'MAYOR', body).expect(200);

    const withdrawn = await t
      .http()
      .patch(`/api/motions/${motion.id}`)
      .set(...bearer(spd.token))
      .send({ version: motion.version, status: 'withdrawn' })
      .expect(200);
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn' });
    await putWhip(t, spd.token, motion.id, 'SPD', body).expect(409);
  });

  it('should show an internal note only to managers of the author group and admins', async () => {
    const motion = await createMotion(t, spd.token);
    const stored = await putWhip(t, spd.token, motion.id, 'CDU', {
      stance: 'no',
      confidence: 'likely',
      note: 'Vertraulich: CDU will nachverhandeln',
      noteInternal: true,
    }).expect(200);
    expect(stored.body).toMatchObject({
      note: 'Vertraulich: CDU will nachverhandeln',
      noteInternal: true,
    });

    const noteFor = async (token: string) =>
      (await entriesOf(motion.id, token)).find((e) => e.groupKey === 'CDU')?.note;
    expect(await noteFor(spd.token)).toBe('Vertraulich: CDU will nachverhandeln');
    const adminEntry = (await entriesOf(motion.id, await t.adminToken())).find(
      (e) => e.groupKey === 'CDU',
    );
    expect(adminEntry?.notes.map((n) => [n.authorGroupKey, n.note])).toEqual([
      ['SPD', 'Vertraulich: CDU will nachverhandeln'],
    ]);
    expect(await noteFor(gruene.token)).toBeNull();
    expect(await noteFor(councillor)).toBeNull();

    // Another group's manager edits the stance without the note: the note survives, still hidden.
    const edited = await putWhip(t, gruene.token, motion.id, 'CDU', {
      stance: 'abstain',
      confidence: 'confirmed',
      version: 1,
    }).expect(200);
    expect(edited.body).toMatchObject({ note: null, noteInternal: false, notes: [], version: 2 });
    expect(await noteFor(spd.token)).toBe('Vertraulich: CDU will nachverhandeln');

    const historyFor = async (token: string) =>
      (
        await t
          .http()
          .get(`/api/motions/${motion.id}/whip/history`)
          .set(...bearer(token))
          .expect(200)
      ).body as WhipHistoryEntry[];
    await t
      .http()
      .get(`/api/motions/${motion.id}/whip/history`)
      .set(...bearer(councillor))
      .expect(403);
    expect((await historyFor(gruene.token)).map((h) => h.note)).toEqual([null, null]);
    expect((await historyFor(spd.token)).map((h) => h.note)).toEqual([
      null,
      'Vertraulich: CDU will nachverhandeln',
    ]);
  });

  it('should record who changed what and when, newest first', async () => {
    const motion = await createMotion(t, spd.token);
    await putWhip(t, spd.token, motion.id, 'FDP', { stance: 'no', confidence: 'likely' }).expect(
      200,
    );
    await putWhip(t, gruene.token, motion.id, 'FDP', {
      stance: 'yes',
      confidence: 'confirmed',
      note: 'nach Gespräch',
      version: 1,
    }).expect(200);
    await putWhip(t, spd.token, motion.id, 'UWG', {
      stance: 'abstain',
      confidence: 'uncertain',
    }).expect(200);
    const history = (
      await t
        .http()
        .get(`/api/motions/${motion.id}/whip/history`)
        .set(...bearer(spd.token))
        .expect(200)
    ).body as WhipHistoryEntry[];
    expect(history.map((h) => [h.groupKey, h.version, h.stance, h.changedBy])).toEqual([
      ['UWG', 1, 'abstain', spd.username],
      ['FDP', 2, 'yes', gruene.username],
      ['FDP', 1, 'no', spd.username],
    ]);
    expect(history[1].note).toBe('nach Gespräch');
    expect(Date.parse(history[0].changedAt)).toBeGreaterThanOrEqual(
      Date.parse(history[2].changedAt),
    );
  });

  it('should tally the worked example of domain.md like the engine does', async () => {
    const motion = await createMotion(t, spd.token);
    await enterWhipCount(t, await t.adminToken(), motion.id, WORKED_EXAMPLE);
    const tally = await tallyOf(motion.id, councillor);
    expect(tally.expected).toMatchObject({
      yes: 63,
      no: 18,
      abstain: 12,
      absent: 0,
      present: 93,
      quorum: true,
      passes: true,
      democraticMajority: true,
      reliesOnExcluded: false,
      robustAgainstExcluded: true,
      margin: 30,
    });
    const council = (
      await t
        .http()
        .get('/api/council')
        .set(...bearer(councillor))
        .expect(200)
    ).body as CouncilView;
    const seats = new Map(council.groups.map((g) => [g.key, g.seats]));
    seats.set('MAYOR', 1);
    const engine = whipScenarios({
      votingMembers: 93,
      requiredMajority: 'simple',
      groups: Object.entries(WORKED_EXAMPLE).map(([key, entry]) => ({
        key,
        seats: seats.get(key) ?? 0,
        excluded: key === 'AfD',
        ...(key === 'MAYOR' ? { isMayor: true } : {}),
        stance: entry.stance,
        confidence: entry.confidence,
        absent: 0,
      })),
    });
    const sortPivotal = (x: MotionTallyResponse['expected']) => ({
      ...x,
      pivotalGroupKeys: [...x.pivotalGroupKeys].sort(),
    });
    for (const scenario of ['expected', 'best', 'worst'] as const) {
      expect(sortPivotal(tally[scenario])).toEqual(sortPivotal(engine[scenario]));
    }
    expect(Array.isArray(tally.options)).toBe(true);
    const view = await t
      .http()
      .get(`/api/motions/${motion.id}`)
      .set(...bearer(councillor))
      .expect(200);
    expect(view.body).toMatchObject({ verdict: 'democratic', margin: 30 });
  });

  it('should report the certainty of the worked example on the tally and the motion', async () => {
    const motion = await createMotion(t, spd.token);
    await enterWhipCount(t, await t.adminToken(), motion.id, WORKED_EXAMPLE);
    // Every entry confirmed: the worst case only sends the AfD to vote no, 49 yes against 32.
    expect((await tallyOf(motion.id, councillor)).certainty).toEqual({
      level: 'secured',
      margin: 49 - 33,
      reliesOnExcluded: false,
      quorumAtRisk: false,
    });
    await putWhip(t, spd.token, motion.id, 'LINKE', {
      stance: 'yes',
      confidence: 'likely',
      version: 1,
    }).expect(200);
    // Linke only likely: in the worst case its 9 vote no, 40 against 41.
    const likely = { level: 'likely', margin: 30, uncertainVotes: 9 };
    expect((await tallyOf(motion.id, councillor)).certainty).toMatchObject(likely);
    const view = await t
      .http()
      .get(`/api/motions/${motion.id}`)
      .set(...bearer(councillor))
      .expect(200);
    expect((view.body as MotionView).certainty).toMatchObject(likely);
  });

  it('should suggest partners on top of the confirmed yes votes', async () => {
    const motion = await createMotion(t, spd.token);
    await enterWhipCount(t, await t.adminToken(), motion.id, {
      SPD: { stance: 'yes', confidence: 'confirmed' },
      GRUENE: { stance: 'yes', confidence: 'confirmed' },
      MAYOR: { stance: 'yes', confidence: 'confirmed' },
    });
    const tally = await tallyOf(motion.id, councillor);
    expect(tally.options.length).toBeGreaterThan(0);
    expect(tally.options[0].groupKeys).toEqual(['CDU']);
    expect(tally.options.flatMap((o) => o.groupKeys)).not.toContain('AfD');
  });
});

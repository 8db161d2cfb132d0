import type {
  ApiError,
  BodySummary,
  BodyView,
  ConsultationView,
  MemberView,
  MotionTallyResponse,
  MotionView,
  RecordedVoteView,
  WhipEntryRequest,
} from '@mehrheitsplaner/shared';
import type { Test } from 'supertest';
import { errorBodyProblems } from './support/german-errors';
import { inParallel, serverErrors } from './support/parallel';
import { bearer, startTestApp, type TestApp } from './support/test-app';
import { councilMembers, groupCounts, membersByGroup, seatsOf } from './support/votes';

/** Nine seats in every committee of this spec: a third is 3 present, more than half is 5. */
const SEATS: Record<string, number> = { SPD: 3, CDU: 3, GRUENE: 2, LINKE: 1 };

type Line = Pick<WhipEntryRequest, 'stance' | 'absent'>;
const confirmed = (stance: Line['stance'], absent = 0): WhipEntryRequest => ({
  stance,
  confidence: 'confirmed',
  absent,
});

describe('quorum and majority rules per body (Geschäftsordnung)', () => {
  let t: TestApp;
  let admin: string;
  let secondAdmin: string;
  let members: MemberView[];

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.adminToken();
    secondAdmin = (await t.createUser('admin')).token;
    members = await councilMembers(t, admin);
  });
  afterAll(() => t.close());

  const send = (
    method: 'get' | 'post' | 'put' | 'patch',
    path: string,
    body?: object,
    token = admin,
  ) => {
    const http = t.http();
    const request = http[method](path).set(...bearer(token));
    return body === undefined ? request : request.send(body);
  };
  const get = async <T>(path: string): Promise<T> =>
    (await send('get', path).expect(200)).body as T;
  /** The status and code of a refusal, after checking it is a German error with a code. */
  const refusal = (response: { status: number; body: unknown }) => {
    expect(errorBodyProblems(response.status, response.body)).toEqual([]);
    return [response.status, (response.body as ApiError).code];
  };

  /** A committee of SEATS with the given rules (left out: the server's defaults). */
  const committee = async (key: string, rules: object = {}): Promise<BodySummary> => {
    const created = (
      await send('post', '/api/bodies', {
        key,
        name: `Ausschuss ${key}`,
        kind: 'committee',
        ...rules,
      }).expect(201)
    ).body as BodySummary;
    const byGroup = membersByGroup(members);
    for (const [groupKey, n] of Object.entries(SEATS)) {
      for (const personId of (byGroup.get(groupKey) ?? []).slice(0, n)) {
        await send('post', `/api/bodies/${key}/members`, {
          personId,
          groupKey,
          from: '2025-11-01',
        }).expect(201);
      }
    }
    return created;
  };
  const motionWithStep = async (bodyKey: string, requiredMajority = 'simple') => {
    const motion = (
      await send('post', '/api/motions', {
        title: `Antrag in ${bodyKey}`,
        requiredMajority,
      }).expect(201)
    ).body as MotionView;
    const step = (
      await send('post', `/api/motions/${motion.id}/consultations`, { bodyKey }).expect(201)
    ).body as ConsultationView;
    const path = await get<ConsultationView[]>(`/api/motions/${motion.id}/consultations`);
    const rat = path.find((s) => s.bodyKey === 'RAT');
    if (!rat) throw new Error('no Rat step');
    return { motion, step, rat };
  };
  const whip = async (cid: number, lines: Record<string, WhipEntryRequest>) => {
    for (const [groupKey, entry] of Object.entries(lines)) {
      await send('put', `/api/consultations/${cid}/whip/${groupKey}`, entry).expect(200);
    }
  };
  const tallyOf = (cid: number) => get<MotionTallyResponse>(`/api/consultations/${cid}/tally`);
  const patchRules = (key: string, body: object, token = admin) =>
    send('patch', `/api/bodies/${key}`, body, token);

  it('should keep GO NRW for the Rat and for a new body without rules, and refuse changing the Rat’s', async () => {
    const bodies = await get<BodySummary[]>('/api/bodies');
    expect(bodies.find((b) => b.key === 'RAT')).toMatchObject({
      quorumRule: 'moreThanHalf',
      majorityRule: 'motion',
    });
    const plain = await committee('PLAIN');
    expect(plain).toMatchObject({ quorumRule: 'moreThanHalf', majorityRule: 'motion' });
    expect(refusal(await patchRules('RAT', { quorumRule: 'atLeastThird' }))).toEqual([
      400,
      'COUNCIL_RULES_FIXED',
    ]);
    expect(refusal(await patchRules('RAT', { majorityRule: 'simple' }))).toEqual([
      400,
      'COUNCIL_RULES_FIXED',
    ]);
    expect(await get<BodyView>('/api/bodies/RAT')).toMatchObject({ quorumRule: 'moreThanHalf' });
  });

  it('should refuse an unknown rule in German and a stale version with 409', async () => {
    const unknown = await send('post', '/api/bodies', {
      key: 'BAD',
      name: 'Ausschuss BAD',
      kind: 'committee',
      quorumRule: 'dreiViertel',
    });
    expect(refusal(unknown)[0]).toBe(400);
    expect(JSON.stringify(unknown.body)).toContain('„Beschlussfähigkeit“');
    expect((await get<BodySummary[]>('/api/bodies')).some((b) => b.key === 'BAD')).toBe(false);

    const body = await committee('VALID');
    expect(refusal(await patchRules('VALID', { majorityRule: 'zweiDrittel' }))[0]).toBe(400);
    const changed = (
      await patchRules('VALID', { quorumRule: 'atLeastHalf', version: body.version }).expect(200)
    ).body as BodySummary;
    expect(changed).toMatchObject({ quorumRule: 'atLeastHalf', majorityRule: 'motion' });
    expect(changed.version).toBeGreaterThan(body.version);
    expect(
      refusal(await patchRules('VALID', { quorumRule: 'none', version: body.version })),
    ).toEqual([409, 'BODY_VERSION_CONFLICT']);
    expect(await get<BodyView>('/api/bodies/VALID')).toMatchObject({ quorumRule: 'atLeastHalf' });
  });

  it('should count a committee that needs a third present as beschlussfähig where the Rat is not', async () => {
    await committee('THIRD', { quorumRule: 'atLeastThird' });
    const { motion, step, rat } = await motionWithStep('THIRD');
    // 3 of 9 present: a third, not more than half.
    await whip(step.id, {
      SPD: confirmed('yes', 1),
      GRUENE: confirmed('yes', 1),
      CDU: confirmed('no', 3),
      LINKE: confirmed('abstain', 1),
    });
    // The Rat with the same kind of thin attendance: only the SPD's members come.
    const ratSeats = seatsOf(members);
    await whip(
      rat.id,
      Object.fromEntries(
        Object.entries(ratSeats).map(([key, n]) => [
          key,
          key === 'SPD' ? confirmed('yes') : confirmed('no', n),
        ]),
      ),
    );
    const committeeTally = await tallyOf(step.id);
    expect(committeeTally.expected).toMatchObject({ present: 3, quorum: true, passes: true });
    expect(committeeTally.certainty).toMatchObject({ quorumAtRisk: false, level: 'secured' });
    const ratTally = await tallyOf(rat.id);
    expect(ratTally.expected).toMatchObject({ quorum: false, passes: false });
    expect(ratTally.certainty.quorumAtRisk).toBe(true);
    const path = await get<ConsultationView[]>(`/api/motions/${motion.id}/consultations`);
    expect(path.map((s) => [s.bodyKey, s.tally.expected.quorum])).toEqual([
      ['THIRD', true],
      ['RAT', false],
    ]);

    // The same attendance under GO NRW's rule: the committee's open step follows the change.
    const body = await get<BodyView>('/api/bodies/THIRD');
    await patchRules('THIRD', { quorumRule: 'moreThanHalf', version: body.version }).expect(200);
    const after = await tallyOf(step.id);
    expect(after.expected).toMatchObject({ present: 3, quorum: false, passes: false });
    expect(after.certainty.quorumAtRisk).toBe(true);
  });

  it('should pass an absolute-majority motion by simple majority in a body that decides so, and keep a recorded vote’s result when the rules change', async () => {
    await committee('SIMPLE', { majorityRule: 'simple', quorumRule: 'atLeastThird' });
    const { step } = await motionWithStep('SIMPLE', 'absolute');
    await whip(step.id, {
      SPD: confirmed('yes'),
      GRUENE: confirmed('no'),
      CDU: confirmed('abstain'),
      LINKE: confirmed('yes'),
    });
    // 4 yes of 9: no absolute majority (5), but a simple one against 2 no.
    const planned = await tallyOf(step.id);
    expect(planned.expected).toMatchObject({ yes: 4, no: 2, required: 3, passes: true });

    const counts = groupCounts(SEATS, {
      SPD: { yes: 2, absent: 1 },
      LINKE: { yes: 1 },
      GRUENE: { no: 1, absent: 1 },
      CDU: { absent: 3 },
    });
    const vote = (
      await send('post', `/api/consultations/${step.id}/votes`, { groupCounts: counts }).expect(201)
    ).body as RecordedVoteView;
    // 4 of 9 present (a third, not more than half), 3 yes against 1 no: adopted here only.
    expect(vote).toMatchObject({ result: 'adopted', votingMembers: 9 });
    expect(vote.tally).toMatchObject({ present: 4, quorum: true, required: 2, passes: true });

    const body = await get<BodyView>('/api/bodies/SIMPLE');
    await patchRules('SIMPLE', {
      quorumRule: 'moreThanHalf',
      majorityRule: 'motion',
      version: body.version,
    }).expect(200);
    const [kept] = await get<RecordedVoteView[]>(`/api/consultations/${step.id}/votes`);
    expect(kept).toMatchObject({ id: vote.id, result: 'adopted', tally: vote.tally });
    const [stepAfter] = (
      await get<ConsultationView[]>(`/api/motions/${vote.motionId}/consultations`)
    ).filter((s) => s.id === step.id);
    expect(stepAfter.status).toBe('adopted');
    expect((await get<{ adopted: number }>('/api/history/summary?body=SIMPLE')).adopted).toBe(1);
  });

  it('should let one of two admins change a body’s rules at once while its tallies are read', async () => {
    const body = await committee('RACE');
    const { step } = await motionWithStep('RACE');
    await whip(step.id, { SPD: confirmed('yes', 1), GRUENE: confirmed('yes', 1) });
    const outcomes = await inParallel([
      ['patch-a', patchRules('RACE', { quorumRule: 'atLeastThird', version: body.version })],
      [
        'patch-b',
        patchRules('RACE', { majorityRule: 'simple', version: body.version }, secondAdmin),
      ],
      ...[1, 2, 3, 4].map((i): [string, Test] => [
        `tally-${i}`,
        send('get', `/api/consultations/${step.id}/tally`),
      ]),
      ['path', send('get', `/api/motions/${step.motionId}/consultations`)],
    ]);
    expect(serverErrors(outcomes)).toEqual([]);
    const patches = outcomes.filter((o) => o.label.startsWith('patch'));
    expect(patches.map((o) => o.status).sort()).toEqual([200, 409]);
    for (const o of outcomes.filter((x) => !x.label.startsWith('patch')))
      expect(o.status).toBe(200);
    const winner = patches.find((o) => o.status === 200)?.body as BodySummary;
    const stored = await get<BodyView>('/api/bodies/RACE');
    expect([stored.quorumRule, stored.majorityRule]).toEqual([
      winner.quorumRule,
      winner.majorityRule,
    ]);
    // Exactly one of the two changes was stored.
    expect(
      [stored.quorumRule !== 'moreThanHalf', stored.majorityRule !== 'motion'].filter(Boolean),
    ).toHaveLength(1);
  });
});

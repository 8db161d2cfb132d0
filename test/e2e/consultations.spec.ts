import type {
  BodyMemberView,
  BodyView,
  ConsultationView,
  HistorySummary,
  HistoryVoteView,
  MemberView,
  MotionView,
  PathEvent,
  RecordedVoteView,
  TallyEvent,
  WhipEntryRequest,
  WhipEntryView,
  WhipEvent,
} from '@mehrheitsplaner/shared';
import { DataSource } from 'typeorm';
import { connect, connected, emitWithAck, type LiveSocket } from './support/live-socket';
import { inParallel, serverErrors, succeeded } from './support/parallel';
import { bearer, startTestApp, type TestApp } from './support/test-app';
import { councilMembers, groupCounts, membersByGroup, seatsOf } from './support/votes';

/** Seats per group of the two committees (members taken from the council's groups). */
const COMMITTEES: Record<string, { name: string; seats: Record<string, number> }> = {
  UA: {
    name: 'Ausschuss für Umwelt und Klima',
    seats: { SPD: 3, GRUENE: 2, CDU: 3, AfD: 2, LINKE: 1 },
  },
  HFA: {
    name: 'Haupt- und Finanzausschuss',
    seats: { SPD: 4, GRUENE: 2, CDU: 4, AfD: 3, LINKE: 2, FDP: 1 },
  },
};

const line = (stance: WhipEntryRequest['stance'], confidence: WhipEntryRequest['confidence']) => ({
  stance,
  confidence,
});

describe('the path of a motion (Beratungsfolge): committee → HFA → Rat', () => {
  let t: TestApp;
  let admin: string;
  let manager: string;
  let greenManager: string;
  let councillor: string;
  let members: MemberView[];

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.adminToken();
    manager = (await t.createUser('manager', 'SPD')).token;
    greenManager = (await t.createUser('manager', 'GRUENE')).token;
    councillor = (await t.createUser('councillor', 'SPD')).token;
    members = await councilMembers(t, admin);
    const byGroup = membersByGroup(members);
    for (const [key, { name, seats }] of Object.entries(COMMITTEES)) {
      await t
        .http()
        .post('/api/bodies')
        .set(...bearer(admin))
        .send({ key, name, kind: 'committee' })
        .expect(201);
      for (const [groupKey, n] of Object.entries(seats)) {
        for (const personId of (byGroup.get(groupKey) ?? []).slice(0, n)) {
          await t
            .http()
            .post(`/api/bodies/${key}/members`)
            .set(...bearer(admin))
            .send({ personId, groupKey, from: '2025-11-01' })
            .expect(201);
        }
      }
    }
  });
  afterAll(() => t.close());

  const api = (token = manager) => ({
    get: async <T>(path: string): Promise<T> =>
      (
        await t
          .http()
          .get(path)
          .set(...bearer(token))
          .expect(200)
      ).body as T,
    send: (method: 'post' | 'put' | 'patch' | 'delete', path: string, body: object = {}) => {
      const http = t.http();
      return http[method](path)
        .set(...bearer(token))
        .send(body);
    },
  });

  const createMotion = async (title: string): Promise<MotionView> =>
    (await api().send('post', '/api/motions', { title }).expect(201)).body as MotionView;

  const pathOf = (motionId: number) =>
    api().get<ConsultationView[]>(`/api/motions/${motionId}/consultations`);

  const addStep = async (motionId: number, body: object): Promise<ConsultationView> =>
    (await api().send('post', `/api/motions/${motionId}/consultations`, body).expect(201))
      .body as ConsultationView;

  /** The admin enters every line (a manager may not write another coalition group's line). */
  const whip = async (cid: number, lines: Record<string, WhipEntryRequest>) => {
    for (const [groupKey, entry] of Object.entries(lines)) {
      await api(admin).send('put', `/api/consultations/${cid}/whip/${groupKey}`, entry).expect(200);
    }
  };

  it('should give every motion its Rat step, add committees before it, count each step against its body and decide only in the Rat', async () => {
    const motion = await createMotion('Klimaanpassungsplan Innenstadt');
    const [rat] = await pathOf(motion.id);
    expect(rat).toMatchObject({ bodyKey: 'RAT', role: 'decision', position: 1, status: 'open' });

    const ua = await addStep(motion.id, { bodyKey: 'UA', role: 'preliminary' });
    const hfa = await addStep(motion.id, { bodyKey: 'HFA', date: '2026-12-03' });
    const path = await pathOf(motion.id);
    expect(path.map((s) => [s.bodyKey, s.position, s.role])).toEqual([
      ['UA', 1, 'preliminary'],
      ['HFA', 2, 'preliminary'],
      ['RAT', 3, 'decision'],
    ]);
    expect(path[1].date).toBe('2026-12-03');

    // A different certainty in each step: firm in the committee, likely in the HFA, open in the Rat.
    await whip(ua.id, {
      SPD: line('yes', 'confirmed'),
      GRUENE: line('yes', 'confirmed'),
      LINKE: line('yes', 'confirmed'),
      CDU: line('no', 'confirmed'),
    });
    await whip(hfa.id, {
      SPD: line('yes', 'confirmed'),
      GRUENE: line('yes', 'confirmed'),
      LINKE: line('yes', 'likely'),
      AfD: line('no', 'confirmed'),
    });
    await whip(rat.id, { SPD: line('yes', 'confirmed'), GRUENE: line('yes', 'confirmed') });
    const counted = await pathOf(motion.id);
    expect(counted.map((s) => [s.bodyKey, s.certainty.level])).toEqual([
      ['UA', 'secured'],
      ['HFA', 'likely'],
      ['RAT', 'open'],
    ]);
    // Each step is counted against its own body: its seats, no mayor outside the Rat.
    expect(counted[0].tally.expected).toMatchObject({ yes: 6, no: 3 });
    expect(counted[1].tally.expected).toMatchObject({ yes: 8, no: 3 });
    const committeeLines = await api().get<WhipEntryView[]>(`/api/consultations/${ua.id}/whip`);
    // The committee's groups only: those with seats there, no mayor.
    expect(committeeLines.map((entry) => entry.groupKey).sort()).toEqual(
      Object.keys(COMMITTEES.UA.seats).sort(),
    );
    expect(committeeLines.find((entry) => entry.groupKey === 'LINKE')).toMatchObject({
      stance: 'yes',
      consultationId: ua.id,
    });

    // The motion-level routes still address the Rat's step.
    expect((await api().get<MotionView>(`/api/motions/${motion.id}`)).certainty.level).toBe('open');
    const ratLines = await api().get<WhipEntryView[]>(`/api/motions/${motion.id}/whip`);
    expect(ratLines.find((entry) => entry.groupKey === 'LINKE')?.stance).toBe('unknown');
    expect(ratLines.find((entry) => entry.groupKey === 'SPD')?.consultationId).toBe(rat.id);
    expect(await api().get(`/api/motions/${motion.id}/tally`)).toEqual(
      await api().get(`/api/consultations/${rat.id}/tally`),
    );

    // The committee's vote records its result; the motion stays undecided.
    const uaCounts = groupCounts(COMMITTEES.UA.seats, {
      SPD: { yes: 3 },
      GRUENE: { yes: 2 },
      LINKE: { yes: 1 },
      CDU: { no: 3 },
      AfD: { no: 2 },
    });
    const uaVote = (
      await api()
        .send('post', `/api/consultations/${ua.id}/votes`, { groupCounts: uaCounts })
        .expect(201)
    ).body as RecordedVoteView;
    expect(uaVote).toMatchObject({ result: 'adopted', consultationId: ua.id, votingMembers: 11 });
    const hfaCounts = groupCounts(COMMITTEES.HFA.seats, {
      SPD: { yes: 4 },
      GRUENE: { yes: 2 },
      LINKE: { yes: 2 },
      CDU: { no: 4 },
      AfD: { no: 3 },
      FDP: { no: 1 },
    });
    await api()
      .send('post', `/api/consultations/${hfa.id}/votes`, { groupCounts: hfaCounts })
      .expect(201);
    expect((await api().get<MotionView>(`/api/motions/${motion.id}`)).status).toBe('draft');
    expect((await pathOf(motion.id)).map((s) => s.status)).toEqual(['adopted', 'rejected', 'open']);
    // One vote per step: a second one in the committee is refused.
    await api()
      .send('post', `/api/consultations/${ua.id}/votes`, { groupCounts: uaCounts })
      .expect(409);
    // A step with a recorded vote stays on the path; so does the Rat's.
    expect(
      (await api().send('delete', `/api/consultations/${ua.id}`).expect(409)).body,
    ).toMatchObject({ code: 'CONSULTATION_HAS_VOTE' });
    expect(
      (await api().send('delete', `/api/consultations/${rat.id}`).expect(409)).body,
    ).toMatchObject({ code: 'CONSULTATION_RAT_FIXED' });

    // The Rat's vote, through the motion-level route, decides the motion.
    const seats = seatsOf(members);
    const ratCounts = groupCounts(
      seats,
      Object.fromEntries(
        Object.entries(seats).map(([key, n]) => [key, key === 'AfD' ? { no: n } : { yes: n }]),
      ),
    );
    const ratVote = (
      await api()
        .send('post', `/api/motions/${motion.id}/votes`, { groupCounts: ratCounts })
        .expect(201)
    ).body as RecordedVoteView;
    expect(ratVote.consultationId).toBe(rat.id);
    expect((await api().get<MotionView>(`/api/motions/${motion.id}`)).status).toBe('adopted');
    expect((await pathOf(motion.id)).map((s) => s.status)).toEqual([
      'adopted',
      'rejected',
      'adopted',
    ]);

    // History per body: the default is the Rat, as before; body=HFA lists the HFA's vote only.
    const ratHistory = await api().get<HistoryVoteView[]>('/api/history/votes');
    expect(ratHistory.map((v) => v.id)).toEqual([ratVote.id]);
    const hfaHistory = await api().get<HistoryVoteView[]>('/api/history/votes?body=HFA');
    expect(hfaHistory.map((v) => [v.motionId, v.result])).toEqual([[motion.id, 'rejected']]);
    expect(await api().get<HistorySummary>('/api/history/summary?body=UA')).toMatchObject({
      votes: 1,
      adopted: 1,
    });
    expect(await api().get<HistorySummary>('/api/history/summary?body=HFA')).toMatchObject({
      votes: 1,
      adopted: 0,
    });
    expect(await api().get<HistorySummary>('/api/history/summary')).toMatchObject({
      votes: 1,
      adopted: 1,
    });

    // The motion list per body: motions with a step there.
    const other = await createMotion('Ohne Ausschuss');
    const hfaList = await api().get<MotionView[]>('/api/motions?body=HFA');
    expect(hfaList.map((m) => m.id)).toEqual([motion.id]);
    const ratList = await api().get<MotionView[]>('/api/motions');
    expect(ratList.map((m) => m.id)).toEqual(expect.arrayContaining([motion.id, other.id]));

    // Councillors read the path with its certainty; they may not change it.
    expect(
      (await api(councillor).get<ConsultationView[]>(`/api/motions/${motion.id}/consultations`))
        .length,
    ).toBe(3);
    await api(councillor)
      .send('post', `/api/motions/${other.id}/consultations`, {
        bodyKey: 'HFA',
      })
      .expect(403);
  });

  it('should move and remove steps with versions, refuse unknown bodies, and send step events with the step', async () => {
    const motion = await createMotion('Radverkehrskonzept');
    const ua = await addStep(motion.id, { bodyKey: 'UA' });
    const hfa = await addStep(motion.id, { bodyKey: 'HFA' });
    await api()
      .send('post', `/api/motions/${motion.id}/consultations`, { bodyKey: 'XYZ' })
      .expect(404);
    const moved = (
      await api()
        .send('patch', `/api/consultations/${hfa.id}`, { position: 1, version: hfa.version })
        .expect(200)
    ).body as ConsultationView;
    expect(moved.version).toBe(hfa.version + 1);
    expect((await pathOf(motion.id)).map((s) => s.bodyKey)).toEqual(['HFA', 'UA', 'RAT']);
    expect(
      (
        await api()
          .send('patch', `/api/consultations/${hfa.id}`, {
            date: '2027-01-01',
            version: hfa.version,
          })
          .expect(409)
      ).body,
    ).toMatchObject({ code: 'CONSULTATION_VERSION_CONFLICT' });

    const socket = connect(t.url, manager);
    await connected(socket);
    await emitWithAck(socket, 'subscribe', { motionId: motion.id });
    const whipEvent = new Promise<WhipEvent>((resolve) => socket.once('whip', resolve));
    const tallyEvent = new Promise<TallyEvent>((resolve) => socket.once('tally', resolve));
    await api()
      .send('put', `/api/consultations/${ua.id}/whip/CDU`, line('no', 'likely'))
      .expect(200);
    expect(await whipEvent).toMatchObject({ consultationId: ua.id, entry: { groupKey: 'CDU' } });
    expect(await tallyEvent).toMatchObject({ consultationId: ua.id, bodyKey: 'UA' });
    socket.disconnect();

    await api().send('delete', `/api/consultations/${ua.id}`, { version: ua.version }).expect(204);
    // The step's whip count went with it: entries, notes and change history.
    const data = t.app.get(DataSource);
    for (const table of ['whip_entry', 'whip_note', 'whip_history']) {
      const left = await data
        .createQueryBuilder()
        .from(table, 'w')
        .where('w.consultationId = :id', { id: ua.id })
        .getCount();
      expect({ table, left }).toEqual({ table, left: 0 });
    }
    expect((await pathOf(motion.id)).map((s) => [s.bodyKey, s.position])).toEqual([
      ['HFA', 1],
      ['RAT', 2],
    ]);
    await t
      .http()
      .get(`/api/consultations/${ua.id}/tally`)
      .set(...bearer(manager))
      .expect(404);
  });

  it('should keep every answered change and no trace of a refused one when steps are edited in parallel', async () => {
    const motion = await createMotion('Haushaltssatzung 2027');
    const ua = await addStep(motion.id, { bodyKey: 'UA' });
    const hfa = await addStep(motion.id, { bodyKey: 'HFA' });
    const uaVote = groupCounts(COMMITTEES.UA.seats, {
      SPD: { yes: 3 },
      GRUENE: { yes: 2 },
      CDU: { no: 3 },
    });
    const outcomes = await inParallel([
      [
        'whip-ua-cdu-1',
        api(admin).send('put', `/api/consultations/${ua.id}/whip/CDU`, line('no', 'confirmed')),
      ],
      [
        'whip-ua-cdu-2',
        api(admin).send('put', `/api/consultations/${ua.id}/whip/CDU`, line('abstain', 'likely')),
      ],
      [
        'whip-hfa-fdp',
        api(admin).send('put', `/api/consultations/${hfa.id}/whip/FDP`, line('yes', 'likely')),
      ],
      ['vote-ua', api().send('post', `/api/consultations/${ua.id}/votes`, { groupCounts: uaVote })],
      [
        'move-hfa',
        api().send('patch', `/api/consultations/${hfa.id}`, { position: 1, version: hfa.version }),
      ],
      [
        'date-hfa',
        api().send('patch', `/api/consultations/${hfa.id}`, {
          date: '2027-02-01',
          version: hfa.version,
        }),
      ],
    ]);
    expect(serverErrors(outcomes)).toEqual([]);
    expect(outcomes.filter((o) => ![200, 201, 409].includes(o.status))).toEqual([]);

    // Two first entries of one line: one wins, unless the committee's vote closed the count first.
    const cduWins = succeeded(outcomes, 'whip-ua-cdu');
    expect(cduWins.length).toBeLessThanOrEqual(1);
    const uaLines = await api(admin).get<WhipEntryView[]>(`/api/consultations/${ua.id}/whip`);
    const cdu = uaLines.find((entry) => entry.groupKey === 'CDU');
    if (cduWins.length === 1) {
      expect(cdu).toMatchObject({ stance: (cduWins[0].body as WhipEntryView).stance, version: 1 });
    } else {
      expect(cdu).toMatchObject({ stance: 'unknown', version: 0 });
    }
    const uaHistory = await api(admin).get<unknown[]>(`/api/consultations/${ua.id}/whip/history`);
    expect(uaHistory).toHaveLength(cduWins.length);

    const fdp = (await api(admin).get<WhipEntryView[]>(`/api/consultations/${hfa.id}/whip`)).find(
      (entry) => entry.groupKey === 'FDP',
    );
    expect(fdp?.stance).toBe(succeeded(outcomes, 'whip-hfa-fdp').length === 1 ? 'yes' : 'unknown');

    const path = await pathOf(motion.id);
    const uaStep = path.find((s) => s.bodyKey === 'UA');
    const hfaStep = path.find((s) => s.bodyKey === 'HFA');
    expect(uaStep?.status).toBe(succeeded(outcomes, 'vote-ua').length === 1 ? 'adopted' : 'open');
    // The two edits of the HFA step sent the same version: exactly one of them landed.
    const moves = succeeded(outcomes, 'move-hfa').length;
    const dates = succeeded(outcomes, 'date-hfa').length;
    expect(moves + dates).toBe(1);
    expect(hfaStep?.version).toBe(hfa.version + 1);
    expect(hfaStep?.position).toBe(moves === 1 ? 1 : 2);
    expect(hfaStep?.date).toBe(dates === 1 ? '2027-02-01' : null);
    expect(path.map((s) => s.position)).toEqual([1, 2, 3]);
    // The motion itself stays undecided: no Rat vote was taken.
    expect((await api().get<MotionView>(`/api/motions/${motion.id}`)).status).toBe('draft');
  });
  /** The `path` events a socket in the motion's room receives, in order. */
  const pathEvents = async (motionId: number) => {
    const socket: LiveSocket = connect(t.url, councillor);
    await connected(socket);
    await emitWithAck(socket, 'subscribe', { motionId });
    const events: PathEvent[] = [];
    const waiters: Array<() => void> = [];
    socket.on('path', (event) => {
      events.push(event);
      waiters.splice(0).forEach((wake) => wake());
    });
    /** Resolves once `n` events have arrived (the test's own timeout bounds the wait). */
    const received = async (n: number) => {
      while (events.length < n) await new Promise<void>((wake) => waiters.push(wake));
      return events;
    };
    return { socket, events, received };
  };

  it("should offer and accept member overrides only for members of the step's body on its date", async () => {
    const motion = await createMotion('Baumschutzsatzung');
    const ua = await addStep(motion.id, { bodyKey: 'UA', date: '2026-03-10' });
    const spdInCouncil = membersByGroup(members).get('SPD') ?? [];
    const uaMembers = await api().get<BodyMemberView[]>('/api/bodies/UA/members?date=2026-03-10');
    const spdInUa = uaMembers.filter((m) => m.groupKey === 'SPD').map((m) => m.personId);
    expect(spdInUa).toHaveLength(COMMITTEES.UA.seats.SPD);
    // The committee's seats on the step's date, not the Rat's (and none before its seats began).
    const uaOnDate = await api().get<BodyView>('/api/bodies/UA?date=2026-03-10');
    expect(uaOnDate.groups.find((g) => g.key === 'SPD')?.seats).toBe(COMMITTEES.UA.seats.SPD);
    const uaBefore = await api().get<BodyView>('/api/bodies/UA?date=2025-10-01');
    expect(uaBefore.groups.find((g) => g.key === 'SPD')?.seats ?? 0).toBe(0);
    await t
      .http()
      .get('/api/bodies/UA?date=10.03.2026')
      .set(...bearer(manager))
      .expect(400);

    // An SPD councillor without a seat in the committee: refused, nothing written.
    const outsider = spdInCouncil.find((id) => !spdInUa.includes(id));
    expect(outsider).toBeDefined();
    const refused = await api()
      .send('put', `/api/consultations/${ua.id}/whip/SPD`, {
        ...line('yes', 'likely'),
        members: [{ memberId: outsider, vote: 'no' }],
      })
      .expect(400);
    expect(refused.body).toMatchObject({ code: 'INVALID_MEMBER_OVERRIDE' });
    expect((refused.body as { message: string }).message).toContain('nicht zu SPD');
    const untouched = await api().get<WhipEntryView[]>(`/api/consultations/${ua.id}/whip`);
    expect(untouched.find((e) => e.groupKey === 'SPD')).toMatchObject({
      stance: 'unknown',
      version: 0,
    });
    expect(await api().get<unknown[]>(`/api/consultations/${ua.id}/whip/history`)).toEqual([]);

    // A member of the committee is accepted, and counted against the committee's SPD seats.
    const inside = spdInUa[0];
    const saved = (
      await api()
        .send('put', `/api/consultations/${ua.id}/whip/SPD`, {
          ...line('yes', 'confirmed'),
          members: [{ memberId: inside, vote: 'no' }],
        })
        .expect(200)
    ).body as WhipEntryView;
    expect(saved.members).toEqual([{ memberId: inside, vote: 'no' }]);
    const tally = await api().get<ConsultationView['tally']>(`/api/consultations/${ua.id}/tally`);
    expect(tally.expected).toMatchObject({ yes: COMMITTEES.UA.seats.SPD - 1 });
    // In the Rat the same person is an SPD councillor: an override there is accepted.
    await api()
      .send('put', `/api/motions/${motion.id}/whip/SPD`, {
        ...line('yes', 'likely'),
        members: [{ memberId: outsider, vote: 'absent' }],
      })
      .expect(200);
  });

  it("should send the path to the motion's room after a step is added, changed or removed", async () => {
    const motion = await createMotion('Parkraumkonzept');
    const live = await pathEvents(motion.id);
    const ua = await addStep(motion.id, { bodyKey: 'UA' });
    const [added] = await live.received(1);
    expect(added.motionId).toBe(motion.id);
    expect(added.consultations).toEqual(await pathOf(motion.id));
    expect(added.consultations.map((s) => s.bodyKey)).toEqual(['UA', 'RAT']);

    await api()
      .send('patch', `/api/consultations/${ua.id}`, { date: '2026-05-05', version: ua.version })
      .expect(200);
    const [, patched] = await live.received(2);
    expect(patched.consultations.find((s) => s.id === ua.id)).toMatchObject({
      date: '2026-05-05',
      version: ua.version + 1,
    });

    // A refused change sends nothing; the removal sends the path without the step.
    await api().send('delete', `/api/consultations/${ua.id}`, { version: ua.version }).expect(409);
    await api()
      .send('delete', `/api/consultations/${ua.id}`, { version: ua.version + 1 })
      .expect(204);
    const [, , removed] = await live.received(3);
    expect(removed.consultations.map((s) => s.bodyKey)).toEqual(['RAT']);
    expect(live.events).toHaveLength(3);
    live.socket.disconnect();
  });

  it('should keep every answered change when two managers edit the path while a whip edit runs', async () => {
    const motion = await createMotion('Schulbauprogramm');
    const ua = await addStep(motion.id, { bodyKey: 'UA' });
    const live = await pathEvents(motion.id);
    const outcomes = await inParallel([
      [
        'add-hfa',
        api().send('post', `/api/motions/${motion.id}/consultations`, { bodyKey: 'HFA' }),
      ],
      [
        'add-ua-again',
        api(greenManager).send('post', `/api/motions/${motion.id}/consultations`, {
          bodyKey: 'UA',
          date: '2026-09-01',
        }),
      ],
      [
        'patch-ua',
        api(greenManager).send('patch', `/api/consultations/${ua.id}`, {
          role: 'information',
          version: ua.version,
        }),
      ],
      [
        'whip-ua',
        api(greenManager).send('put', `/api/consultations/${ua.id}/whip/GRUENE`, {
          ...line('yes', 'confirmed'),
        }),
      ],
    ]);
    expect(serverErrors(outcomes)).toEqual([]);
    // Nothing here conflicts: every change is answered 2xx and kept.
    expect(outcomes.map((o) => [o.label, o.status < 300])).toEqual(
      outcomes.map((o) => [o.label, true]),
    );
    const path = await pathOf(motion.id);
    expect(path.map((s) => s.bodyKey).sort()).toEqual(['HFA', 'RAT', 'UA', 'UA']);
    expect(path.map((s) => s.position)).toEqual([1, 2, 3, 4]);
    expect(path[path.length - 1].bodyKey).toBe('RAT');
    expect(path.find((s) => s.id === ua.id)).toMatchObject({ role: 'information' });
    const lines = await api().get<WhipEntryView[]>(`/api/consultations/${ua.id}/whip`);
    expect(lines.find((e) => e.groupKey === 'GRUENE')).toMatchObject({ stance: 'yes', version: 1 });
    // One path event per committed path change; the last one is the path as it stands.
    const events = await live.received(3);
    expect(events).toHaveLength(3);
    const last = events[2].consultations;
    expect(last.map((s) => [s.id, s.position])).toEqual(path.map((s) => [s.id, s.position]));
    live.socket.disconnect();
  });
});

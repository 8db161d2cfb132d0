import type {
  AgendaItemView,
  DraftView,
  MeetingDetailView,
  MeetingView,
  MemberView,
  MotionView,
  RecordedVoteView,
} from '@mehrheitsplaner/shared';
import { connect, connected, emitWithAck, type LiveSocket } from './support/live-socket';
import { bearer, startTestApp, type TestApp } from './support/test-app';
import { councilMembers, membersByGroup, motionOnAgenda, seatsOf } from './support/votes';

describe('meetings and live entry', () => {
  let t: TestApp;
  let manager: string;
  let councillor: string;
  let members: MemberView[];
  let meeting: MeetingDetailView;
  let motion: MotionView;
  let item: AgendaItemView;

  beforeAll(async () => {
    t = await startTestApp();
    manager = (await t.createUser('manager', 'SPD')).token;
    councillor = (await t.createUser('councillor', 'SPD')).token;
    members = await councilMembers(t, manager);
    motion = await motionOnAgenda(t, manager, { title: 'Haus des Wissens' });
  });
  afterAll(() => t.close());

  it('should create meetings and agenda items linking motions', async () => {
    meeting = (
      await t
        .http()
        .post('/api/meetings')
        .set(...bearer(manager))
        .send({ date: '2026-06-18', name: 'Ratssitzung Juni' })
        .expect(201)
    ).body as MeetingDetailView;
    expect(meeting).toMatchObject({ body: 'council', agendaItems: [], agendaItemCount: 0 });
    item = (
      await t
        .http()
        .post(`/api/meetings/${meeting.id}/items`)
        .set(...bearer(manager))
        .send({ name: 'Haus des Wissens', number: '7' })
        .expect(201)
    ).body as AgendaItemView;
    expect(item).toMatchObject({ position: 0, motionId: null });
    item = (
      await t
        .http()
        .patch(`/api/meetings/${meeting.id}/items/${item.id}`)
        .set(...bearer(manager))
        .send({ motionId: motion.id })
        .expect(200)
    ).body as AgendaItemView;
    expect(item.motion).toEqual({ id: motion.id, title: 'Haus des Wissens', status: 'onAgenda' });
    await t
      .http()
      .post('/api/meetings')
      .set(...bearer(councillor))
      .send({ date: '2026-06-18', name: 'x' })
      .expect(403);
    await t
      .http()
      .post('/api/meetings')
      .set(...bearer(manager))
      .send({ date: '2026-06-18', name: 'Ausschuss', body: 'Ausschuss für Mobilität' })
      .expect(201);
    const list = (
      await t
        .http()
        .get('/api/meetings')
        .set(...bearer(councillor))
        .expect(200)
    ).body as MeetingView[];
    expect(list.map((m) => m.body).sort()).toEqual(['Ausschuss für Mobilität', 'council']);
    await t
      .http()
      .patch(`/api/meetings/${meeting.id}/items/${item.id}`)
      .set(...bearer(manager))
      .send({ motionId: 999999 })
      .expect(404);
    await t
      .http()
      .get('/api/meetings/999999')
      .set(...bearer(manager))
      .expect(404);
  });

  it('should push the running tally to a watching socket and record on close', async () => {
    const watcher: LiveSocket = connect(t.url, councillor);
    await connected(watcher);
    await expect(
      emitWithAck(watcher, 'subscribeMeeting', { meetingId: meeting.id }),
    ).resolves.toEqual({
      ok: true,
      room: `meeting:${meeting.id}`,
    });
    const drafts: DraftView[] = [];
    watcher.on('draft', ({ draft }) => drafts.push(draft));
    const recorded = new Promise<RecordedVoteView>((resolve) =>
      watcher.once('voteRecorded', ({ vote }) => resolve(vote)),
    );

    const seats = seatsOf(members);
    const spd = membersByGroup(members).get('SPD') ?? [];
    const path = `/api/meetings/${meeting.id}/items/${item.id}/draft`;
    const enter = (body: Record<string, unknown>) =>
      t
        .http()
        .put(path)
        .set(...bearer(manager))
        .send(body);

    const first = (
      await enter({
        groupKey: 'SPD',
        yes: seats.SPD - 1,
        no: 1,
        abstain: 0,
        absent: 0,
        deviations: [{ memberId: spd[0], vote: 'no' }],
      }).expect(200)
    ).body as DraftView;
    expect(first.tally).toMatchObject({ yes: seats.SPD - 1, no: 1, quorum: false });
    expect(first.missingGroupKeys).not.toContain('SPD');

    await enter({ groupKey: 'LINKE', yes: 10, no: 0, abstain: 0, absent: 0 }).expect(400);
    await enter({ groupKey: 'NOPE', yes: 1, no: 0, abstain: 0, absent: 0 }).expect(404);
    await enter({
      groupKey: 'SPD',
      yes: seats.SPD,
      no: 0,
      abstain: 0,
      absent: 0,
      deviations: [{ memberId: spd[0], vote: 'no' }],
    }).expect(400);
    await t
      .http()
      .put(path)
      .set(...bearer(councillor))
      .send({ groupKey: 'SPD', yes: 0, no: 0, abstain: 0, absent: 0 })
      .expect(403);
    await t
      .http()
      .post(`${path}/close`)
      .set(...bearer(manager))
      .expect(400);

    for (const [groupKey, n] of Object.entries(seats)) {
      if (groupKey === 'SPD') continue;
      const yes = ['GRUENE', 'MAYOR', 'LINKE'].includes(groupKey) ? n : 0;
      const no = groupKey === 'CDU' || groupKey === 'AfD' ? n : 0;
      await enter({ groupKey, yes, no, abstain: n - yes - no, absent: 0 }).expect(200);
    }
    const last = (
      await t
        .http()
        .get(path)
        .set(...bearer(councillor))
        .expect(200)
    ).body as DraftView;
    expect(last.missingGroupKeys).toEqual([]);
    expect(last.tally).toMatchObject({ yes: 25 + 13 + 1 + 9, no: 1 + 18 + 14, passes: true });

    const vote = (
      await t
        .http()
        .post(`${path}/close`)
        .set(...bearer(manager))
        .expect(201)
    ).body as RecordedVoteView;
    expect(vote).toMatchObject({
      source: 'ballots',
      meetingId: meeting.id,
      agendaItemId: item.id,
      date: '2026-06-18',
      result: 'adopted',
    });
    expect((await recorded).id).toBe(vote.id);
    expect(drafts.length).toBeGreaterThanOrEqual(Object.keys(seats).length);
    expect(drafts.at(-1)?.tally.yes).toBe(48);
    watcher.disconnect();

    const detail = (
      await t
        .http()
        .get(`/api/meetings/${meeting.id}`)
        .set(...bearer(councillor))
        .expect(200)
    ).body as MeetingDetailView;
    expect(detail.agendaItems[0]).toMatchObject({ voteId: vote.id, motion: { status: 'adopted' } });
  });

  it('should refuse a close with groups missing unless they are confirmed as absent', async () => {
    const other = await motionOnAgenda(t, manager, { title: 'Radweg Castroper Straße' });
    const next = (
      await t
        .http()
        .post(`/api/meetings/${meeting.id}/items`)
        .set(...bearer(manager))
        .send({ name: other.title, motionId: other.id })
        .expect(201)
    ).body as AgendaItemView;
    const path = `/api/meetings/${meeting.id}/items/${next.id}/draft`;
    const seats = seatsOf(members);
    await t
      .http()
      .put(path)
      .set(...bearer(manager))
      .send({ groupKey: 'SPD', yes: seats.SPD, no: 0, abstain: 0, absent: 0 })
      .expect(200);
    const refused = await t
      .http()
      .post(`${path}/close`)
      .set(...bearer(manager))
      .send({})
      .expect(400);
    expect(refused.body).toMatchObject({ code: 'DRAFT_INCOMPLETE' });
    await t
      .http()
      .post(`${path}/close`)
      .set(...bearer(manager))
      .send({ missingAbsent: 'yes' })
      .expect(400);
    const vote = (
      await t
        .http()
        .post(`${path}/close`)
        .set(...bearer(manager))
        .send({ missingAbsent: true })
        .expect(201)
    ).body as RecordedVoteView;
    const cdu = vote.blocks.find((block) => block.key === 'CDU');
    expect(cdu).toMatchObject({ yes: 0, no: 0, abstain: 0, absent: seats.CDU });
    expect(vote.tally).toMatchObject({ yes: seats.SPD, no: 0, quorum: false });
    // The draft is gone and the item voted: a late entry is refused, not parked in a new draft.
    const late = await t
      .http()
      .put(path)
      .set(...bearer(manager))
      .send({ groupKey: 'CDU', yes: 0, no: seats.CDU, abstain: 0, absent: 0 });
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ code: 'VOTE_NOT_ALLOWED' });
  });

  it('should keep every acknowledged entry of two managers in parallel with a close', async () => {
    const grueneManager = (await t.createUser('manager', 'GRUENE')).token;
    const other = await motionOnAgenda(t, manager, { title: 'Sportpark Wattenscheid' });
    const next = (
      await t
        .http()
        .post(`/api/meetings/${meeting.id}/items`)
        .set(...bearer(manager))
        .send({ name: other.title, motionId: other.id })
        .expect(201)
    ).body as AgendaItemView;
    const path = `/api/meetings/${meeting.id}/items/${next.id}/draft`;
    const seats = seatsOf(members);
    const keys = Object.keys(seats).filter((key) => key !== 'MAYOR');
    const bodies = keys.map((groupKey, i) => ({
      groupKey,
      yes: i % 2 === 0 ? seats[groupKey] : 0,
      no: i % 2 === 0 ? 0 : seats[groupKey] - 1,
      abstain: 0,
      absent: i % 2 === 0 ? 0 : 1,
    }));
    const entries = bodies.map((body, i) =>
      t
        .http()
        .put(path)
        .set(...bearer(i % 2 === 0 ? manager : grueneManager))
        .send(body)
        .then((res) => ({ body, status: res.status })),
    );
    const close = t
      .http()
      .post(`${path}/close`)
      .set(...bearer(grueneManager))
      .send({ missingAbsent: true })
      .then((res) => res);
    const [results, closed] = await Promise.all([Promise.all(entries), close]);
    for (const { status } of results) expect([200, 409]).toContain(status);
    let vote = closed.body as RecordedVoteView;
    if (closed.status !== 201) {
      // Refused only when it ran before every entry: nothing was entered yet. Close again.
      expect(closed.status).toBe(400);
      vote = (
        await t
          .http()
          .post(`${path}/close`)
          .set(...bearer(manager))
          .send({ missingAbsent: true })
          .expect(201)
      ).body as RecordedVoteView;
    }
    const acknowledged = results.filter((result) => result.status === 200);
    for (const { body } of acknowledged) {
      const block = vote.blocks.find((b) => b.key === body.groupKey);
      expect(block).toMatchObject({ yes: body.yes, no: body.no, absent: body.absent });
    }
    // A refused entry came after the close: its group is recorded absent as confirmed.
    for (const { body } of results.filter((result) => result.status === 409)) {
      const block = vote.blocks.find((b) => b.key === body.groupKey);
      expect(block).toMatchObject({ yes: 0, no: 0, absent: seats[body.groupKey] });
    }
  });

  it('should validate meeting subscriptions', async () => {
    const socket = connect(t.url, councillor);
    await connected(socket);
    const error = new Promise<unknown>((resolve) => socket.once('exception' as 'draft', resolve));
    socket.emit('subscribeMeeting', { meetingId: 'x' } as unknown as { meetingId: number });
    await expect(error).resolves.toMatchObject({ status: 'error' });
    socket.disconnect();
  });
});

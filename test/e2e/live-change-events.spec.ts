import {
  tallyResponseOf,
  type MotionEvent,
  type MotionView,
  type TallyEvent,
  type WhipEntryView,
  type WhipEvent,
  type WhipHistoryEntry,
} from '@mehrheitsplaner/shared';
import { connect, connected, emitWithAck, type LiveSocket } from './support/live-socket';
import { createMotion, putWhip } from './support/motions';
import { bearer, startTestApp, type TestApp } from './support/test-app';

type Seen = { event: string; payload: unknown };

type Viewer = { name: string; token: string; socket: LiveSocket; seen: Seen[] };

const SECRET = 'INTERN: CDU stimmt nur gegen Haushaltsposten zu';
const CONTACT = 'Büro CDU, Frau Muster';

describe('live events of one change (api.md v1.1: events carry the change)', () => {
  let t: TestApp;
  let spd: string;
  let spdName: string;
  let gruene: string;
  let councillor: string;
  let committee: string;
  let viewers: Viewer[] = [];

  /** Opens a socket that subscribes like the client: the list, and the motion where allowed. */
  const open = async (name: string, token: string, motionId: number | null): Promise<Viewer> => {
    const socket = connect(t.url, token);
    await connected(socket);
    const seen: Seen[] = [];
    socket.onAny((event: string, payload: unknown) => seen.push({ event, payload }));
    await emitWithAck(socket, 'subscribeList');
    if (motionId !== null) await emitWithAck(socket, 'subscribe', { motionId });
    const viewer = { name, token, socket, seen };
    viewers.push(viewer);
    return viewer;
  };

  /**
   * Everything sent to the socket before this point has arrived once the ack is back: socket.io
   * keeps the order per socket, and the events were sent before the HTTP answer.
   */
  const settled = async (viewer: Viewer): Promise<Seen[]> => {
    await emitWithAck(viewer.socket, 'subscribeList');
    return viewer.seen.splice(0);
  };

  const get = async <T>(token: string, path: string): Promise<T> => {
    const response = await t
      .http()
      .get(path)
      .set(...bearer(token))
      .expect(200);
    return response.body as T;
  };

  const payloadOf = <T>(seen: Seen[], event: string): T => {
    const found = seen.find((item) => item.event === event);
    if (!found) throw new Error(`no ${event} event`);
    return found.payload as T;
  };

  /** SPD's manager enters CDU's line with a contact and an internal note. */
  const enterSecretCduLine = async (motionId: number): Promise<void> => {
    await putWhip(t, spd, motionId, 'CDU', {
      stance: 'no',
      confidence: 'likely',
      contact: CONTACT,
      note: SECRET,
      noteInternal: true,
    }).expect(200);
  };

  beforeAll(async () => {
    t = await startTestApp();
    const spdUser = await t.createUser('manager', 'SPD');
    spd = spdUser.token;
    spdName = spdUser.username;
    gruene = (await t.createUser('manager', 'GRUENE')).token;
    councillor = (await t.createUser('councillor', 'SPD')).token;
    committee = (await t.createUser('committee')).token;
  });
  afterEach(() => {
    viewers.forEach((viewer) => viewer.socket.disconnect());
    viewers = [];
  });
  afterAll(() => t.close());

  it('should send each viewer of a whip edit exactly whip, tally, motion, each enough to render what HTTP shows that viewer', async () => {
    const motion = await createMotion(t, spd);
    const admin = await t.adminToken();
    const readers = [
      await open('SPD', spd, motion.id),
      await open('GRUENE', gruene, motion.id),
      await open('councillor', councillor, motion.id),
      await open('admin', admin, motion.id),
    ];
    const committeeViewer = await open('committee', committee, null);

    await enterSecretCduLine(motion.id);

    for (const reader of readers) {
      const seen = await settled(reader);
      expect(seen.map((item) => `${reader.name}:${item.event}`)).toEqual(
        ['whip', 'tally', 'motion'].map((event) => `${reader.name}:${event}`),
      );
      const whip = payloadOf<WhipEvent>(seen, 'whip');
      const entries = await get<WhipEntryView[]>(reader.token, `/api/motions/${motion.id}/whip`);
      expect(whip.entry).toEqual(entries.find((entry) => entry.groupKey === 'CDU'));

      const tally = payloadOf<TallyEvent>(seen, 'tally');
      expect(tally.cause).toEqual({ groupKey: 'CDU', version: 1 });
      expect(tallyResponseOf(tally)).toEqual(
        await get(reader.token, `/api/motions/${motion.id}/tally`),
      );
      expect(tally.options.length).toBeGreaterThan(0);

      const motionEvent = payloadOf<MotionEvent>(seen, 'motion');
      expect(motionEvent.cause).toEqual(tally.cause);
      expect(motionEvent.motion).toEqual(
        await get<MotionView>(reader.token, `/api/motions/${motion.id}`),
      );
      expect(motionEvent.motion.certainty).toEqual(tally.certainty);
    }

    // The committee reads the list with certainty: the motion only.
    const listOnly = await settled(committeeViewer);
    expect(listOnly.map((item) => item.event)).toEqual(['motion']);
    expect(payloadOf<MotionEvent>(listOnly, 'motion').motion.certainty.level).toBe('open');
  });

  it("should give the history row and the internal note to its group's managers and admins only", async () => {
    const motion = await createMotion(t, spd);
    const spdViewer = await open('SPD', spd, motion.id);
    const grueneViewer = await open('GRUENE', gruene, motion.id);
    const councillorViewer = await open('councillor', councillor, motion.id);
    const adminViewer = await open('admin', await t.adminToken(), motion.id);

    await enterSecretCduLine(motion.id);

    const spdWhip = payloadOf<WhipEvent>(await settled(spdViewer), 'whip');
    expect(spdWhip.entry).toMatchObject({ note: SECRET, noteInternal: true, contact: CONTACT });
    const history = await get<WhipHistoryEntry[]>(spd, `/api/motions/${motion.id}/whip/history`);
    expect(spdWhip.history).toEqual(history[0]);
    expect(spdWhip.history).toMatchObject({ note: SECRET, version: 1, changedBy: spdName });

    const adminWhip = payloadOf<WhipEvent>(await settled(adminViewer), 'whip');
    expect(adminWhip.history?.note).toBe(SECRET);

    const grueneSeen = await settled(grueneViewer);
    const grueneWhip = payloadOf<WhipEvent>(grueneSeen, 'whip');
    expect(grueneWhip.entry).toMatchObject({ contact: CONTACT, note: null, notes: [] });
    expect(grueneWhip.history).toMatchObject({ note: null, noteInternal: false, version: 1 });
    expect(JSON.stringify(grueneSeen)).not.toContain('INTERN');

    const councillorSeen = await settled(councillorViewer);
    const councillorWhip = payloadOf<WhipEvent>(councillorSeen, 'whip');
    expect(councillorWhip).toMatchObject({
      entry: { stance: 'no', confidence: 'likely', contact: null, notes: [], updatedBy: null },
      history: null,
    });
    const sent = JSON.stringify(councillorSeen);
    for (const hidden of ['INTERN', CONTACT, spdName]) expect(sent).not.toContain(hidden);
  });

  it('should send a motion edit as tally then motion, with the certainty', async () => {
    const motion = await createMotion(t, spd);
    const viewer = await open('councillor', councillor, motion.id);
    await t
      .http()
      .patch(`/api/motions/${motion.id}`)
      .set(...bearer(spd))
      .send({ version: motion.version, requiredMajority: 'absolute' })
      .expect(200);
    const seen = await settled(viewer);
    expect(seen.map((item) => item.event)).toEqual(['tally', 'motion']);
    const tally = payloadOf<TallyEvent>(seen, 'tally');
    expect(tally.cause).toBeUndefined();
    expect(tallyResponseOf(tally)).toEqual(
      await get(councillor, `/api/motions/${motion.id}/tally`),
    );
    expect(payloadOf<MotionEvent>(seen, 'motion').motion).toMatchObject({
      version: 2,
      requiredMajority: 'absolute',
      certainty: tally.certainty,
    });
  });
});

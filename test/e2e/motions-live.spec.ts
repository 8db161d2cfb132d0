import type { MotionEvent, TallyEvent, WhipEvent } from '@mehrheitsplaner/shared';
import { connect, connected, emitWithAck, refused, type LiveSocket } from './support/live-socket';
import { createMotion, putWhip } from './support/motions';
import { bearer, startTestApp, type TestApp } from './support/test-app';

function next<T>(socket: LiveSocket, event: 'tally' | 'motion' | 'whip'): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} event`)), 3000);
    (socket as unknown as { once: (e: string, f: (p: T) => void) => void }).once(event, (p: T) => {
      clearTimeout(timer);
      resolve(p);
    });
  });
}

describe('live motions, whip counts and tallies', () => {
  let t: TestApp;
  let manager: string;
  let otherManager: string;
  let councillor: string;
  const sockets: LiveSocket[] = [];

  const open = async (token: string): Promise<LiveSocket> => {
    const socket = connect(t.url, token);
    sockets.push(socket);
    await connected(socket);
    return socket;
  };

  beforeAll(async () => {
    t = await startTestApp();
    manager = (await t.createUser('manager', 'SPD')).token;
    otherManager = (await t.createUser('manager', 'GRUENE')).token;
    councillor = (await t.createUser('councillor', 'SPD')).token;
  });
  afterEach(() => {
    sockets.splice(0).forEach((s) => s.disconnect());
  });
  afterAll(() => t.close());

  it('should refuse a socket without a valid token', async () => {
    const socket = connect(t.url, 'not-a-session');
    sockets.push(socket);
    await expect(refused(socket)).resolves.toBeInstanceOf(Error);
  });

  it('should push the new tally to a motion subscriber after each whip change', async () => {
    const motion = await createMotion(t, manager);
    const socket = await open(councillor);
    await expect(emitWithAck(socket, 'subscribe', { motionId: motion.id })).resolves.toEqual({
      ok: true,
      room: `motion:${motion.id}`,
    });
    const received: TallyEvent[] = [];
    socket.on('tally', (event) => received.push(event));

    let version = 0;
    for (const stance of ['yes', 'no', 'yes'] as const) {
      const tally = next<TallyEvent>(socket, 'tally');
      const response = await putWhip(t, manager, motion.id, 'SPD', {
        stance,
        confidence: 'confirmed',
        ...(version ? { version } : {}),
      }).expect(200);
      version = (response.body as { version: number }).version;
      const event = await tally;
      expect(event.cause).toEqual({ groupKey: 'SPD', version });
      expect(event.tally.expected[stance]).toBe(26);
      const rest = await t
        .http()
        .get(`/api/motions/${motion.id}/tally`)
        .set(...bearer(councillor))
        .expect(200);
      expect(event.tally.expected).toEqual((rest.body as TallyEvent['tally']).expected);
    }
    expect(received.map((e) => e.cause?.version)).toEqual([1, 2, 3]);
  });

  it('should push the motion with its new verdict to a list subscriber', async () => {
    const motion = await createMotion(t, manager);
    const socket = await open(councillor);
    await expect(emitWithAck(socket, 'subscribeList')).resolves.toEqual({
      ok: true,
      room: 'motions',
    });

    const edited = next<MotionEvent>(socket, 'motion');
    await t
      .http()
      .patch(`/api/motions/${motion.id}`)
      .set(...bearer(manager))
      .send({ version: motion.version, title: 'Neuer Titel' })
      .expect(200);
    expect((await edited).motion).toMatchObject({
      id: motion.id,
      title: 'Neuer Titel',
      version: 2,
    });

    const whipChanged = next<MotionEvent>(socket, 'motion');
    for (const [key, stance] of [
      ['SPD', 'yes'],
      ['GRUENE', 'yes'],
      ['MAYOR', 'yes'],
      ['LINKE', 'yes'],
      ['CDU', 'yes'],
    ] as const) {
      // Each coalition group enters its own line; the others' lines any coalition manager.
      const author = key === 'GRUENE' ? otherManager : manager;
      await putWhip(t, author, motion.id, key, { stance, confidence: 'confirmed' }).expect(200);
    }
    expect((await whipChanged).motion).toMatchObject({ id: motion.id, verdict: 'open' });
    const views: MotionEvent[] = [];
    socket.on('motion', (event) => views.push(event));
    await putWhip(t, manager, motion.id, 'AfD', { stance: 'no', confidence: 'confirmed' }).expect(
      200,
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(views.at(-1)?.motion).toMatchObject({ id: motion.id, verdict: 'democratic' });

    await expect(emitWithAck(socket, 'unsubscribeList')).resolves.toEqual({
      ok: true,
      room: 'motions',
    });
    const exception = new Promise<unknown>((resolve) =>
      socket.once('exception' as 'motion', resolve),
    );
    socket.emit('subscribeList', { list: 'everything' } as never);
    await expect(exception).resolves.toMatchObject({ status: 'error' });
  });

  it("should show an internal note on its own group's sockets only, never a councillor's", async () => {
    const motion = await createMotion(t, manager);
    const spy = await open(councillor);
    const author = await open(otherManager);
    for (const socket of [spy, author])
      await emitWithAck(socket, 'subscribe', { motionId: motion.id });
    const seenBySpy: WhipEvent[] = [];
    const seenByAuthor: WhipEvent[] = [];
    spy.on('whip', (event) => seenBySpy.push(event));
    author.on('whip', (event) => seenByAuthor.push(event));
    const anyEvent: unknown[] = [];
    spy.onAny((_event: string, payload: unknown) => anyEvent.push(payload));

    const arrived = next<WhipEvent>(spy, 'whip');
    await putWhip(t, otherManager, motion.id, 'CDU', {
      stance: 'no',
      confidence: 'likely',
      note: 'GEHEIM: Zusage nur gegen Haushaltsposten',
      noteInternal: true,
    }).expect(200);
    expect((await arrived).entry).toMatchObject({
      groupKey: 'CDU',
      note: null,
      noteInternal: false,
      notes: [],
      updatedBy: null,
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(JSON.stringify(anyEvent)).not.toContain('GEHEIM');
    expect(seenBySpy).toHaveLength(1);
    expect(seenByAuthor.map((event) => event.entry.note)).toEqual([
      'GEHEIM: Zusage nur gegen Haushaltsposten',
    ]);
  });
});

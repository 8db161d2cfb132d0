import { ROUTE_PERMISSIONS, type RouteKey } from '@mehrheitsplaner/shared';
import {
  concretePath,
  createCallers,
  createFixture,
  type Caller,
  type Fixture,
} from './support/access-callers';
import { connect, connected, emitWithAck, type LiveSocket } from './support/live-socket';
import { putWhip } from './support/motions';
import { bearer, startTestApp, type TestApp } from './support/test-app';
import { councilMembers } from './support/votes';

const NOTE = 'GEHEIMNOTIZ-SPD-7f3a';
const CONTACT = 'KONTAKT-SPD-9c1e';

type Marker = { name: string; text: string; seenBy: (caller: Caller) => boolean };

const isSpdManagerOrAdmin = (caller: Caller) =>
  caller.subject?.role === 'admin' ||
  (caller.subject?.role === 'manager' && caller.subject.groupKey === 'SPD');
const isCoalitionManagerOrAdmin = (caller: Caller) =>
  caller.subject?.role === 'admin' ||
  (caller.subject?.role === 'manager' && ['SPD', 'GRUENE'].includes(caller.subject.groupKey ?? ''));

/** Everything a caller received: response bodies (JSON, CSV, print data) and socket events. */
type Received = { caller: Caller; source: string; text: string };

describe('confidentiality (issue 9): what SPD planted reaches no one who may not read it', () => {
  let t: TestApp;
  let callers: Caller[];
  let fixture: Fixture;
  let markers: Marker[];
  const received: Received[] = [];
  const sockets: LiveSocket[] = [];

  const callerNamed = (name: string): Caller => {
    const caller = callers.find((c) => c.name === name);
    if (!caller?.token) throw new Error(`no caller ${name}`);
    return caller;
  };

  beforeAll(async () => {
    t = await startTestApp();
    callers = await createCallers(t, 'conf');
    fixture = await createFixture(t);
    const spdMember = (await councilMembers(t, await t.adminToken())).find(
      (m) => m.groupKey === 'SPD',
    );
    markers = [
      { name: 'internal note', text: NOTE, seenBy: isSpdManagerOrAdmin },
      {
        name: 'that an internal note exists',
        text: '"noteInternal":true',
        seenBy: isSpdManagerOrAdmin,
      },
      { name: 'internal note flag', text: '"internal":true', seenBy: isSpdManagerOrAdmin },
      { name: 'contact', text: CONTACT, seenBy: isCoalitionManagerOrAdmin },
      {
        name: 'member override',
        text: `{"memberId":${spdMember?.id},"vote":"absent"}`,
        seenBy: isCoalitionManagerOrAdmin,
      },
      { name: 'who entered it', text: 'conf-manager-spd', seenBy: isCoalitionManagerOrAdmin },
    ];

    // Every caller that gets a socket listens on every room it may join, before the planting.
    for (const caller of callers.filter((c) => c.subject !== null)) {
      const socket = connect(t.url, caller.token ?? undefined);
      sockets.push(socket);
      await connected(socket);
      socket.onAny((event: string, payload: unknown) =>
        received.push({ caller, source: `socket ${event}`, text: JSON.stringify(payload) }),
      );
      const joins: Array<[string, unknown]> = [
        ['subscribe', { motionId: fixture.motionId }],
        ['subscribeList', {}],
        ['subscribeMeeting', { meetingId: fixture.meetingId }],
      ];
      for (const [event, payload] of joins) {
        // A refused join answers with an exception event, which is searched like the rest.
        await emitWithAck(socket, event, payload).catch(() => undefined);
      }
    }

    const spd = callerNamed('manager-spd').token ?? '';
    const planted = {
      stance: 'yes',
      confidence: 'likely',
      note: NOTE,
      noteInternal: true,
      contact: CONTACT,
      members: [{ memberId: spdMember?.id, vote: 'absent' }],
    };
    await putWhip(t, spd, fixture.motionId, 'SPD', planted).expect(200);
    await putWhip(t, spd, fixture.motionId, 'CDU', { ...planted, members: [] }).expect(200);
    // Another coalition group edits the CDU line: its events must not carry SPD's note either.
    await putWhip(t, callerNamed('manager-gruene').token ?? '', fixture.motionId, 'CDU', {
      stance: 'no',
      confidence: 'likely',
      version: 1,
    }).expect(200);
    await putWhip(t, spd, fixture.motionId, 'SPD', { ...planted, version: 1 }).expect(200);
  });

  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await t.close();
  });

  it('should find no planted detail in any response, export or event of a caller who may not read it', async () => {
    const reads = (Object.keys(ROUTE_PERMISSIONS) as RouteKey[]).filter((route) =>
      route.startsWith('GET '),
    );
    let requests = 0;
    for (const caller of callers) {
      for (const route of reads) {
        let call = t.http().get(concretePath(route, fixture));
        if (caller.token) call = call.set(...bearer(caller.token));
        const response = await call;
        requests += 1;
        received.push({ caller, source: route, text: response.text });
      }
      // Refused writes answer with messages: they must not quote what the caller cannot read.
      if (!isSpdManagerOrAdmin(caller)) {
        let write = t.http().put(`/api/motions/${fixture.motionId}/whip/SPD`);
        if (caller.token) write = write.set(...bearer(caller.token));
        const response = await write.send({ stance: 'no', confidence: 'confirmed', note: '' });
        requests += 1;
        received.push({ caller, source: 'PUT whip/SPD', text: response.text });
        expect([caller.name, response.status]).toEqual([caller.name, caller.subject ? 403 : 401]);
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 300));

    const leaks = received.flatMap(({ caller, source, text }) =>
      markers
        .filter((marker) => !marker.seenBy(caller) && text.includes(marker.text))
        .map((marker) => ({ caller: caller.name, source, leaked: marker.name })),
    );
    const found = (marker: Marker) =>
      received.some(({ caller, text }) => marker.seenBy(caller) && text.includes(marker.text));
    const events = received.filter((r) => r.source.startsWith('socket ')).length;
    console.info(
      `confidentiality: ${requests} requests and ${events} socket events searched for ` +
        `${markers.length} markers across ${callers.length} callers, leaks found: ${leaks.length}`,
    );
    expect(leaks).toEqual([]);
    // The search is not empty-handed: those who may read each marker do get it.
    expect(markers.filter((marker) => !found(marker)).map((m) => m.name)).toEqual([]);
    expect(events).toBeGreaterThan(0);
  });

  it("should keep SPD's note when another group's manager sends an empty note", async () => {
    const gruene = callerNamed('manager-gruene').token ?? '';
    const current = await t
      .http()
      .get(`/api/motions/${fixture.motionId}/whip`)
      .set(...bearer(gruene))
      .expect(200);
    const cdu = (current.body as Array<{ groupKey: string; version: number }>).find(
      (e) => e.groupKey === 'CDU',
    );
    await putWhip(t, gruene, fixture.motionId, 'CDU', {
      stance: 'abstain',
      confidence: 'likely',
      note: '',
      version: cdu?.version,
    }).expect(200);
    const asSpd = await t
      .http()
      .get(`/api/motions/${fixture.motionId}/whip`)
      .set(...bearer(callerNamed('manager-spd').token ?? ''))
      .expect(200);
    expect(
      (asSpd.body as Array<{ groupKey: string; note: string | null }>).find(
        (e) => e.groupKey === 'CDU',
      ),
    ).toMatchObject({ stance: 'abstain', note: NOTE, noteInternal: true });
  });
});

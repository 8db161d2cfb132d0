import type {
  ApiError,
  BodyMemberView,
  BodySummary,
  BodyView,
  CouncilView,
  MemberView,
} from '@mehrheitsplaner/shared';
import { BodySnapshotService } from '../../server/src/bodies/body-snapshot.service';
import { auditEntries } from './support/audit';
import { errorBodyProblems } from './support/german-errors';
import { connect, connected } from './support/live-socket';
import { inParallel, serverErrors } from './support/parallel';
import { bearer, startTestApp, todayIso, type TestApp } from './support/test-app';

/** `date` moved by `days` (YYYY-MM-DD, calendar days). */
function shifted(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

const seatsOf = (view: BodyView) =>
  Object.fromEntries(view.groups.filter((g) => g.seats > 0).map((g) => [g.key, g.seats]));

describe('bodies (Gremien) with dated memberships', () => {
  let t: TestApp;
  let admin: string;
  let councillors: MemberView[];
  const today = todayIso();
  const monthAgo = shifted(today, -30);

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.adminToken();
    councillors = (
      await t
        .http()
        .get('/api/council/members')
        .set(...bearer(admin))
        .expect(200)
    ).body as MemberView[];
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
  const send = (method: 'post' | 'patch', path: string, body: object, token = admin) => {
    const http = t.http();
    const call = method === 'post' ? http.post(path) : http.patch(path);
    return call.set(...bearer(token)).send(body);
  };
  const councillorOf = (groupKey: string, index = 0): MemberView => {
    const found = councillors.filter((m) => m.groupKey === groupKey)[index];
    if (!found) throw new Error(`no councillor ${index} of ${groupKey}`);
    return found;
  };
  const summary = async (key: string): Promise<BodySummary> => {
    const found = (await get<BodySummary[]>('/api/bodies')).find((b) => b.key === key);
    if (!found) throw new Error(`no body ${key}`);
    return found;
  };
  const createBody = async (key: string, kind = 'committee', chairVotes?: boolean) =>
    (
      await send('post', '/api/bodies', {
        key,
        name: `Ausschuss ${key}`,
        kind,
        ...(chairVotes === undefined ? {} : { chairVotes }),
      }).expect(201)
    ).body as BodySummary;
  const seat = async (key: string, body: object) =>
    (await send('post', `/api/bodies/${key}/members`, body).expect(201)).body as BodyMemberView;
  /** The status, and the error body's code after checking it is a German error with a code. */
  const refusal = (response: { status: number; body: unknown }) => {
    expect(errorBodyProblems(response.status, response.body)).toEqual([]);
    return [response.status, (response.body as ApiError).code];
  };

  it('should describe the Rat as the body RAT with the council figures', async () => {
    const council = await get<CouncilView>('/api/council');
    expect(await summary('RAT')).toMatchObject({
      kind: 'council',
      name: council.name,
      seats: council.seats,
      votingMembers: council.votingMembers,
      chairVotes: true,
    });
    const rat = await get<BodyView>('/api/bodies/RAT');
    expect(rat.groups.map((g) => [g.key, g.seats])).toEqual(
      council.groups.map((g) => [g.key, g.seats]),
    );
    const members = await get<BodyMemberView[]>('/api/bodies/RAT/members');
    expect(members).toHaveLength(council.seats + 1);
    expect(members[0]).toMatchObject({ role: 'chair', groupKey: null });
    const snapshot = await t.app.get(BodySnapshotService).snapshotOf('RAT', today);
    expect(snapshot.seats).toBe(council.seats);
    expect(snapshot.mayorVotes).toBe(true);
  });

  it('should seat councillors and a sachkundige Bürgerin in a committee, seats following them', async () => {
    const created = await createBody('hfa');
    expect(created).toMatchObject({ key: 'HFA', kind: 'committee', seats: 0, votingMembers: 0 });
    const chair = councillorOf('SPD');
    await seat('HFA', { personId: chair.id, groupKey: 'SPD', from: monthAgo, role: 'chair' });
    await seat('HFA', { personId: councillorOf('SPD', 1).id, groupKey: 'SPD', from: monthAgo });
    await seat('HFA', { personId: councillorOf('CDU').id, groupKey: 'CDU', from: monthAgo });
    const citizen = await seat('HFA', {
      name: 'Erika Mustermann',
      groupKey: 'GRUENE',
      from: monthAgo,
      role: 'deputy',
    });
    expect(citizen).toMatchObject({ name: 'Erika Mustermann', groupKey: 'GRUENE', role: 'deputy' });
    // She is a person, not a councillor: the Rat's seats do not change.
    const council = await get<CouncilView>('/api/council');
    expect(council.groups.find((g) => g.key === 'GRUENE')?.seats).toBe(
      councillors.filter((m) => m.groupKey === 'GRUENE').length,
    );

    const hfa = await get<BodyView>('/api/bodies/HFA');
    expect(seatsOf(hfa)).toEqual({ SPD: 2, CDU: 1, GRUENE: 1 });
    expect(hfa).toMatchObject({ seats: 4, votingMembers: 4, mayor: null, chairVotes: true });
    expect(hfa.excludedGroupKeys).toEqual(council.excludedGroupKeys);
    const members = await get<BodyMemberView[]>('/api/bodies/HFA/members');
    expect(members.map((m) => m.role)).toEqual(['chair', 'deputy', 'member', 'member']);
    expect(members[0]).toMatchObject({ personId: chair.id, groupKey: 'SPD' });

    const audit = await auditEntries(t, { entityType: 'bodyMembership' });
    expect(audit.some((entry) => entry.after?.person === citizen.personId)).toBe(true);
    expect((await auditEntries(t, { entityType: 'body', entityId: 'HFA' }))[0]).toMatchObject({
      action: 'create',
    });
  });

  it('should take the chair out of the voting members when the chair does not vote', async () => {
    const before = await summary('HFA');
    const patched = (
      await send('patch', '/api/bodies/HFA', {
        chairVotes: false,
        version: before.version,
      }).expect(200)
    ).body as BodySummary;
    expect(patched).toMatchObject({ seats: 4, votingMembers: 3, chairVotes: false });
    // The body's view gives each group the seats its whip line can place: the SPD chair's is none.
    const view = await get<BodyView>('/api/bodies/HFA');
    expect(view).toMatchObject({ seats: 4, votingMembers: 3 });
    expect(seatsOf(view)).toEqual({ SPD: 1, CDU: 1, GRUENE: 1 });
    const snapshot = await t.app.get(BodySnapshotService).snapshotOf('HFA', today);
    expect(snapshot.seats).toBe(3);
    expect(snapshot.groups.find((g) => g.key === 'SPD')?.seats).toBe(1);
    expect(snapshot.memberGroups.has(councillorOf('SPD').id)).toBe(false);
    expect(snapshot).toMatchObject({ mayorVotes: false, mayorMemberId: null });
  });

  it('should seat one person in two bodies, and refuse a second overlapping seat in one', async () => {
    await createBody('BV-Mitte', 'district');
    const person = councillorOf('SPD', 1);
    await seat('BV-MITTE', { personId: person.id, groupKey: 'SPD', from: today });
    const district = await get<BodyMemberView[]>('/api/bodies/BV-MITTE/members');
    const committee = await get<BodyMemberView[]>('/api/bodies/HFA/members');
    expect(district.map((m) => m.personId)).toEqual([person.id]);
    expect(committee.map((m) => m.personId)).toContain(person.id);
    expect(await summary('BV-MITTE')).toMatchObject({ kind: 'district', seats: 1 });

    const again = await send('post', '/api/bodies/HFA/members', {
      personId: person.id,
      groupKey: 'SPD',
      from: shifted(today, 5),
    });
    expect(refusal(again)).toEqual([409, 'BODY_MEMBERSHIP_OVERLAP']);
    const secondChair = await send('post', '/api/bodies/HFA/members', {
      personId: councillorOf('LINKE').id,
      groupKey: 'LINKE',
      from: today,
      role: 'chair',
    });
    expect(refusal(secondChair)).toEqual([409, 'BODY_CHAIR_TAKEN']);
  });

  it('should end a membership on a date: gone from that day on, still there before', async () => {
    const cdu = (await get<BodyMemberView[]>('/api/bodies/HFA/members')).find(
      (m) => m.groupKey === 'CDU',
    );
    if (!cdu) throw new Error('no CDU seat');
    const lastDay = shifted(today, -2);
    const ended = (
      await send('patch', `/api/bodies/HFA/members/${cdu.id}`, {
        to: lastDay,
        version: cdu.version,
      }).expect(200)
    ).body as BodyMemberView;
    expect(ended).toMatchObject({ to: lastDay, version: cdu.version + 1 });
    const now = await get<BodyMemberView[]>('/api/bodies/HFA/members');
    expect(now.map((m) => m.id)).not.toContain(cdu.id);
    const then = await get<BodyMemberView[]>(`/api/bodies/HFA/members?date=${lastDay}`);
    expect(then.map((m) => m.id)).toContain(cdu.id);
    // The SPD chair does not vote (see above): one voting SPD seat.
    expect(seatsOf(await get<BodyView>('/api/bodies/HFA'))).toEqual({ SPD: 1, GRUENE: 1 });
    const snapshots = t.app.get(BodySnapshotService);
    expect((await snapshots.snapshotOf('HFA', lastDay)).memberGroups.get(cdu.personId)).toBe('CDU');
    expect((await snapshots.snapshotOf('HFA', today)).memberGroups.has(cdu.personId)).toBe(false);

    const stale = await send('patch', `/api/bodies/HFA/members/${cdu.id}`, {
      to: today,
      version: cdu.version,
    });
    expect(refusal(stale)).toEqual([409, 'BODY_MEMBERSHIP_VERSION_CONFLICT']);
    const backwards = await send('patch', `/api/bodies/HFA/members/${cdu.id}`, {
      to: shifted(monthAgo, -1),
    });
    expect(refusal(backwards)).toEqual([400, 'INVALID_DATE']);
  });

  it('should move a seat to another group and role, the seats following', async () => {
    const citizen = (await get<BodyMemberView[]>('/api/bodies/HFA/members')).find(
      (m) => m.name === 'Erika Mustermann',
    );
    if (!citizen) throw new Error('no citizen seat');
    const moved = (
      await send('patch', `/api/bodies/HFA/members/${citizen.id}`, {
        groupKey: 'LINKE',
        role: 'member',
        version: citizen.version,
      }).expect(200)
    ).body as BodyMemberView;
    expect(moved).toMatchObject({ groupKey: 'LINKE', role: 'member', from: monthAgo, to: null });
    expect(seatsOf(await get<BodyView>('/api/bodies/HFA'))).toEqual({ SPD: 1, LINKE: 1 });
    const toChair = await send('patch', `/api/bodies/HFA/members/${citizen.id}`, {
      role: 'chair',
    });
    expect(refusal(toChair)).toEqual([409, 'BODY_CHAIR_TAKEN']);
  });

  it('should send the council event to open screens when a body changes', async () => {
    const socket = connect(t.url, admin);
    await connected(socket);
    const pushed = new Promise<CouncilView>((resolve) =>
      socket.once('council', ({ council }) => resolve(council)),
    );
    await seat('BV-MITTE', { name: 'Bernd Bezirk', groupKey: 'CDU', from: today });
    const council = await pushed;
    socket.close();
    expect(council.seats).toBe((await get<CouncilView>('/api/council')).seats);
    // The new person is on record (the event makes screens load the person list again).
    const people = await get<MemberView[]>('/api/council/members');
    expect(people.find((m) => m.name === 'Bernd Bezirk')).toMatchObject({ groupKey: null });
  });

  it('should refuse a stale body edit with 409 and keep the newer state', async () => {
    const before = await summary('BV-MITTE');
    await send('patch', '/api/bodies/BV-MITTE', {
      name: 'BV Mitte',
      version: before.version,
    }).expect(200);
    const stale = await send('patch', '/api/bodies/BV-MITTE', {
      name: 'Bezirk Mitte',
      version: before.version,
    });
    expect(refusal(stale)).toEqual([409, 'BODY_VERSION_CONFLICT']);
    expect(await summary('BV-MITTE')).toMatchObject({ name: 'BV Mitte' });
  });

  it('should answer invalid input with 400/404 and a German message', async () => {
    const cases: Array<[string, 'post' | 'patch', string, object, number, string]> = [
      [
        'bad key',
        'post',
        '/api/bodies',
        { key: 'a b', name: 'X', kind: 'committee' },
        400,
        'VALIDATION_FAILED',
      ],
      [
        'second council',
        'post',
        '/api/bodies',
        { key: 'RAT2', name: 'X', kind: 'council' },
        400,
        'VALIDATION_FAILED',
      ],
      [
        'no name',
        'post',
        '/api/bodies',
        { key: 'XA', kind: 'committee' },
        400,
        'VALIDATION_FAILED',
      ],
      [
        'unknown field',
        'post',
        '/api/bodies',
        { key: 'XB', name: 'X', kind: 'committee', seats: 3 },
        400,
        'VALIDATION_FAILED',
      ],
      [
        'taken key',
        'post',
        '/api/bodies',
        { key: 'Hfa', name: 'X', kind: 'committee' },
        409,
        'BODY_KEY_TAKEN',
      ],
      [
        'Rat by key',
        'post',
        '/api/bodies',
        { key: 'rat', name: 'X', kind: 'committee' },
        409,
        'BODY_KEY_TAKEN',
      ],
      [
        'no person',
        'post',
        '/api/bodies/HFA/members',
        { groupKey: 'SPD', from: today },
        400,
        'BODY_MEMBER_PERSON_REQUIRED',
      ],
      [
        'both',
        'post',
        '/api/bodies/HFA/members',
        { personId: 1, name: 'X', groupKey: 'SPD', from: today },
        400,
        'BODY_MEMBER_PERSON_REQUIRED',
      ],
      [
        'blank name',
        'post',
        '/api/bodies/HFA/members',
        { name: '  ', groupKey: 'SPD', from: today },
        400,
        'VALIDATION_FAILED',
      ],
      [
        'bad date',
        'post',
        '/api/bodies/HFA/members',
        { name: 'X', groupKey: 'SPD', from: '2026-02-30' },
        400,
        'INVALID_DATE',
      ],
      [
        'bad role',
        'post',
        '/api/bodies/HFA/members',
        { name: 'X', groupKey: 'SPD', from: today, role: 'boss' },
        400,
        'VALIDATION_FAILED',
      ],
      [
        'unknown group',
        'post',
        '/api/bodies/HFA/members',
        { name: 'X', groupKey: 'NOPE', from: today },
        404,
        'GROUP_NOT_FOUND',
      ],
      [
        'unknown person',
        'post',
        '/api/bodies/HFA/members',
        { personId: 999999, groupKey: 'SPD', from: today },
        404,
        'MEMBER_NOT_FOUND',
      ],
      [
        'unknown body',
        'post',
        '/api/bodies/NOPE/members',
        { name: 'X', groupKey: 'SPD', from: today },
        404,
        'BODY_NOT_FOUND',
      ],
      [
        'Rat members',
        'post',
        '/api/bodies/RAT/members',
        { name: 'X', groupKey: 'SPD', from: today },
        400,
        'BODY_IS_COUNCIL',
      ],
      ['Rat edit', 'patch', '/api/bodies/RAT', { name: 'X' }, 400, 'BODY_IS_COUNCIL'],
      [
        'unknown membership',
        'patch',
        '/api/bodies/HFA/members/999999',
        { to: today },
        404,
        'BODY_MEMBERSHIP_NOT_FOUND',
      ],
      ['bad end', 'patch', '/api/bodies/HFA/members/1', { to: 'morgen' }, 400, 'VALIDATION_FAILED'],
    ];
    for (const [label, method, path, body, status, code] of cases) {
      const response = await send(method, path, body);
      expect([label, ...refusal(response)]).toEqual([label, status, code]);
    }
    // Nothing of the refused requests was written: no person named X.
    const people = await get<MemberView[]>('/api/council/members');
    expect(people.filter((m) => m.name === 'X')).toEqual([]);
    expect(
      refusal(
        await t
          .http()
          .get('/api/bodies/NOPE')
          .set(...bearer(admin)),
      ),
    ).toEqual([404, 'BODY_NOT_FOUND']);
  });

  it('should let every signed-in role read bodies and only admins change them', async () => {
    for (const [role, groupKey] of [
      ['manager', 'SPD'],
      ['councillor', undefined],
      ['committee', undefined],
    ] as const) {
      const { token } = await t.createUser(role, groupKey);
      expect((await get<BodySummary[]>('/api/bodies', token)).length).toBeGreaterThanOrEqual(3);
      await get<BodyMemberView[]>('/api/bodies/HFA/members', token);
      const writes = [
        send('post', '/api/bodies', { key: 'ZZ', name: 'Z', kind: 'committee' }, token),
        send('patch', '/api/bodies/HFA', { name: 'Z' }, token),
        send('post', '/api/bodies/HFA/members', { name: 'Z', groupKey: 'SPD', from: today }, token),
        send('patch', '/api/bodies/HFA/members/1', { to: today }, token),
      ];
      for (const response of await Promise.all(writes)) {
        expect([role, response.status]).toEqual([role, 403]);
      }
    }
    await t.http().get('/api/bodies').expect(401);
  });

  it('should seat a person once when adds race each other and a rename runs beside them', async () => {
    const body = await createBody('RACE');
    const person = councillorOf('LINKE');
    const outcomes = await inParallel([
      ...Array.from({ length: 5 }, (_, i): [string, ReturnType<typeof send>] => [
        `add ${i}`,
        send('post', '/api/bodies/RACE/members', {
          personId: person.id,
          groupKey: 'LINKE',
          from: shifted(today, -i),
        }),
      ]),
      [
        'rename',
        send('patch', '/api/bodies/RACE', { name: 'Rennausschuss', version: body.version }),
      ],
      [
        'other person',
        send('post', '/api/bodies/RACE/members', {
          name: 'Paula Parallel',
          groupKey: 'FDP',
          from: today,
        }),
      ],
    ]);
    expect(serverErrors(outcomes)).toEqual([]);
    const adds = outcomes.filter((o) => o.label.startsWith('add'));
    expect(adds.filter((o) => o.status === 201)).toHaveLength(1);
    expect(adds.filter((o) => o.status === 409).map((o) => (o.body as ApiError).code)).toEqual(
      Array(4).fill('BODY_MEMBERSHIP_OVERLAP'),
    );
    expect(outcomes.find((o) => o.label === 'rename')?.status).toBe(200);
    expect(outcomes.find((o) => o.label === 'other person')?.status).toBe(201);
    const members = await get<BodyMemberView[]>('/api/bodies/RACE/members');
    expect(members.filter((m) => m.personId === person.id)).toHaveLength(1);
    expect(await summary('RACE')).toMatchObject({ name: 'Rennausschuss', seats: 2 });
  });
});

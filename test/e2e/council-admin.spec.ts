import type {
  ApiError,
  CouncilView,
  GroupView,
  MemberView,
  MembershipView,
} from '@mehrheitsplaner/shared';
import { auditEntries } from './support/audit';
import { isGermanMessage } from './support/german-errors';
import { connect, connected } from './support/live-socket';
import { inParallel, serverErrors } from './support/parallel';
import { bearer, startTestApp, todayIso, type TestApp } from './support/test-app';

/** `date` moved by `days` (YYYY-MM-DD, calendar days). */
function shifted(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

describe('council administration (groups, members, leaving)', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.adminToken();
  });
  afterAll(() => t.close());

  const council = async (): Promise<CouncilView> =>
    (
      await t
        .http()
        .get('/api/council')
        .set(...bearer(admin))
        .expect(200)
    ).body as CouncilView;
  const group = async (key: string): Promise<GroupView> => {
    const found = (await council()).groups.find((g) => g.key === key);
    if (!found) throw new Error(`no group ${key}`);
    return found;
  };
  const member = async (id: number): Promise<MemberView> => {
    const list = (
      await t
        .http()
        .get('/api/council/members')
        .set(...bearer(admin))
        .expect(200)
    ).body as MemberView[];
    const found = list.find((m) => m.id === id);
    if (!found) throw new Error(`no member ${id}`);
    return found;
  };
  const memberships = async (id: number): Promise<MembershipView[]> =>
    (
      await t
        .http()
        .get(`/api/council/members/${id}/memberships`)
        .set(...bearer(admin))
        .expect(200)
    ).body as MembershipView[];
  const send = (method: 'post' | 'patch', path: string, body: object, token = admin) => {
    const http = t.http();
    const call = method === 'post' ? http.post(path) : http.patch(path);
    return call.set(...bearer(token)).send(body);
  };
  const addMember = async (name: string, groupKey: string, from?: string) =>
    (
      await send('post', '/api/council/members', {
        name,
        groupKey,
        ...(from ? { from } : {}),
      }).expect(201)
    ).body as MemberView;
  const code = (body: unknown) => (body as ApiError).code;

  describe('groups', () => {
    it('should add a group without seats at the right end of the chart, audited', async () => {
      const before = await council();
      const response = await send('post', '/api/council/groups', {
        key: 'NEU',
        name: 'Neue Gruppe',
        color: '#12ab34',
        coalition: false,
      }).expect(201);
      const created = response.body as GroupView;
      expect(created).toMatchObject({
        key: 'NEU',
        name: 'Neue Gruppe',
        color: '#12AB34',
        seats: 0,
        excluded: false,
        coalition: false,
        version: 1,
      });
      const after = await council();
      expect(after.seats).toBe(before.seats);
      expect(created.chartOrder).toBeGreaterThan(
        Math.max(...before.groups.map((g) => g.chartOrder)),
      );
      const [entry] = await auditEntries(t, { entityType: 'group', entityId: 'NEU' });
      expect(entry).toMatchObject({
        action: 'create',
        before: null,
        after: { name: 'Neue Gruppe' },
      });
    });

    it('should refuse a taken or reserved key (409) and invalid fields (400) in German', async () => {
      for (const key of ['SPD', 'spd', 'MAYOR']) {
        const response = await send('post', '/api/council/groups', {
          key,
          name: 'Doppelt',
          color: '#000000',
        });
        expect([key, response.status, code(response.body)]).toEqual([key, 409, 'GROUP_KEY_TAKEN']);
        expect(isGermanMessage((response.body as ApiError).message)).toBe(true);
      }
      for (const body of [
        { key: 'a b', name: 'X', color: '#000000' },
        { key: 'OK', name: '', color: '#000000' },
        { key: 'OK', name: 'X', color: 'rot' },
        { key: 'OK', name: 'X', color: '#000000', seats: 4 },
      ]) {
        const response = await send('post', '/api/council/groups', body);
        expect([JSON.stringify(body), response.status, code(response.body)]).toEqual([
          JSON.stringify(body),
          400,
          'VALIDATION_FAILED',
        ]);
        expect(isGermanMessage((response.body as ApiError).message)).toBe(true);
      }
      expect((await council()).groups.some((g) => g.key === 'OK')).toBe(false);
    });

    it('should patch name, colour and flags at the version seen and refuse a stale one (409)', async () => {
      const linke = await group('LINKE');
      const response = await send('patch', '/api/council/groups/LINKE', {
        name: 'Die Linke im Rat',
        color: '#bb0011',
        excluded: false,
        coalition: true,
        version: linke.version,
      }).expect(200);
      expect(response.body).toMatchObject({
        name: 'Die Linke im Rat',
        color: '#BB0011',
        coalition: true,
        version: linke.version + 1,
      });
      expect((await council()).coalitionGroupKeys).toContain('LINKE');
      const stale = await send('patch', '/api/council/groups/LINKE', {
        name: 'Veraltet',
        version: linke.version,
      });
      expect([stale.status, code(stale.body)]).toEqual([409, 'GROUP_VERSION_CONFLICT']);
      // api.md v1 callers send no version: their edit applies to what is current.
      await send('patch', '/api/council/groups/LINKE', { coalition: false }).expect(200);
      expect(await group('LINKE')).toMatchObject({
        name: 'Die Linke im Rat',
        coalition: false,
        version: linke.version + 2,
      });
    });

    it('should refuse group and member edits to every other role with 403', async () => {
      const someone = (await council()).groups[0];
      for (const [role, groupKey] of [
        ['manager', 'SPD'],
        ['councillor', undefined],
        ['committee', undefined],
      ] as const) {
        const { token } = await t.createUser(role, groupKey);
        const attempts = [
          send('post', '/api/council/groups', { key: 'X1', name: 'X', color: '#000000' }, token),
          send('patch', `/api/council/groups/${someone.key}`, { name: 'X' }, token),
          send('post', '/api/council/members', { name: 'X', groupKey: someone.key }, token),
          send('post', '/api/council/members/1/leave', { on: todayIso() }, token),
        ];
        for (const response of await Promise.all(attempts)) {
          expect([role, response.status]).toEqual([role, 403]);
        }
      }
      expect((await group(someone.key)).name).toBe(someone.name);
    });
  });

  describe('members', () => {
    it('should add a member from a date and count the seat from that day', async () => {
      const start = shifted(todayIso(), 3);
      const before = await group('VOLT');
      const created = await addMember('Künftige Ratsfrau', 'VOLT', start);
      expect(await memberships(created.id)).toEqual([{ groupKey: 'VOLT', from: start, to: null }]);
      // Not yet in the council today: no seat until the day comes.
      expect(created.groupKey).toBeNull();
      expect((await group('VOLT')).seats).toBe(before.seats);
    });

    it('should rename at the version seen, switch on a date and leave on a date, seats following', async () => {
      const created = await addMember('Wechselnde Person', 'TIERSCHUTZ');
      const today = todayIso();
      const [piraten, volt] = [await group('TIERSCHUTZ'), await group('VOLT')];
      const renamed = await send('patch', `/api/council/members/${created.id}`, {
        name: 'Umbenannte Person',
        version: created.version,
      }).expect(200);
      expect(renamed.body).toMatchObject({
        name: 'Umbenannte Person',
        version: created.version + 1,
      });
      const stale = await send('patch', `/api/council/members/${created.id}`, {
        name: 'Veraltet',
        version: created.version,
      });
      expect([stale.status, code(stale.body)]).toEqual([409, 'MEMBER_VERSION_CONFLICT']);

      // A switch today moves the seat at once (the council answers with today's seats).
      const switched = await send('patch', `/api/council/members/${created.id}`, {
        groupKey: 'VOLT',
        from: today,
        version: created.version + 1,
      }).expect(200);
      expect(switched.body).toMatchObject({ groupKey: 'VOLT', version: created.version + 2 });
      expect((await group('TIERSCHUTZ')).seats).toBe(piraten.seats - 1);
      expect((await group('VOLT')).seats).toBe(volt.seats + 1);

      const socket = connect(t.url, admin);
      await connected(socket);
      const pushed = new Promise<CouncilView>((resolve) =>
        socket.once('council', ({ council: view }) => resolve(view)),
      );
      const left = await send('post', `/api/council/members/${created.id}/leave`, {
        on: shifted(today, 1),
        version: created.version + 2,
      }).expect(200);
      socket.close();
      // Leaving tomorrow: still a member today, the membership ends today.
      expect(left.body).toMatchObject({ groupKey: 'VOLT', version: created.version + 3 });
      expect((await memberships(created.id)).at(-1)).toEqual({
        groupKey: 'VOLT',
        from: today,
        to: today,
      });
      expect((await pushed).groups.find((g) => g.key === 'VOLT')?.seats).toBe(volt.seats + 1);
      const again = await send('post', `/api/council/members/${created.id}/leave`, {
        on: shifted(today, 2),
      });
      expect([again.status, code(again.body)]).toEqual([400, 'MEMBER_WITHOUT_MEMBERSHIP']);
      const entries = await auditEntries(t, { entityType: 'member', entityId: String(created.id) });
      expect(entries.map((entry) => entry.action)).toEqual([
        'update',
        'update',
        'update',
        'create',
      ]);
    });

    it('should let a member leaving today give up the seat at once', async () => {
      const created = await addMember('Geht heute', 'PARTEI');
      const before = await group('PARTEI');
      const left = await send('post', `/api/council/members/${created.id}/leave`, {
        on: todayIso(),
      }).expect(200);
      expect(left.body).toMatchObject({ groupKey: null });
      expect((await group('PARTEI')).seats).toBe(before.seats - 1);
    });

    it('should validate a leave in German: the date, an unknown member', async () => {
      const created = await addMember('Datumsprüfung', 'SPD');
      for (const body of [{ on: '2026-02-30' }, { on: 'morgen' }, {}, { on: todayIso(), x: 1 }]) {
        const response = await send('post', `/api/council/members/${created.id}/leave`, body);
        expect([JSON.stringify(body), response.status]).toEqual([JSON.stringify(body), 400]);
        expect(isGermanMessage((response.body as ApiError).message)).toBe(true);
      }
      // Leaving before the membership began would erase it: refused, nothing changes.
      const early = await send('post', `/api/council/members/${created.id}/leave`, {
        on: shifted(todayIso(), -1),
      });
      expect([early.status, code(early.body)]).toEqual([400, 'INVALID_DATE']);
      expect(isGermanMessage((early.body as ApiError).message)).toBe(true);
      expect(await memberships(created.id)).toEqual([
        { groupKey: 'SPD', from: todayIso(), to: null },
      ]);
      const unknown = await send('post', '/api/council/members/999999/leave', { on: todayIso() });
      expect([unknown.status, code(unknown.body)]).toEqual([404, 'MEMBER_NOT_FOUND']);
      expect((await member(created.id)).groupKey).toBe('SPD');
    });
  });

  describe('in parallel', () => {
    it('should apply one of two admins editing the same group and refuse the other (409)', async () => {
      const second = await t.createUser('admin');
      const before = await group('UWG');
      const outcomes = await inParallel([
        [
          'one',
          send('patch', '/api/council/groups/UWG', { name: 'UWG eins', version: before.version }),
        ],
        [
          'two',
          send(
            'patch',
            '/api/council/groups/UWG',
            { color: '#010203', version: before.version },
            second.token,
          ),
        ],
      ]);
      expect(serverErrors(outcomes)).toEqual([]);
      expect(outcomes.map((o) => o.status).sort()).toEqual([200, 409]);
      const after = await group('UWG');
      const winner = outcomes.find((o) => o.status === 200)?.label;
      expect(after.name).toBe(winner === 'one' ? 'UWG eins' : before.name);
      expect(after.color).toBe(winner === 'two' ? '#010203' : before.color);
      expect(after.version).toBe(before.version + 1);
    });

    it('should apply one of a switch and a leave of the same member, never both', async () => {
      const created = await addMember('Umstritten', 'STADTGESTALTER');
      const [from, to] = [await group('STADTGESTALTER'), await group('FDP')];
      const total = (await council()).seats;
      const outcomes = await inParallel([
        [
          'switch',
          send('patch', `/api/council/members/${created.id}`, {
            groupKey: 'FDP',
            version: created.version,
          }),
        ],
        [
          'leave',
          send('post', `/api/council/members/${created.id}/leave`, {
            on: todayIso(),
            version: created.version,
          }),
        ],
        // A different kind at once: a group edit elsewhere is not held up or lost.
        ['group', send('patch', '/api/council/groups/SPD', { color: '#E3000F' })],
      ]);
      expect(serverErrors(outcomes)).toEqual([]);
      const byLabel = Object.fromEntries(outcomes.map((o) => [o.label, o.status]));
      expect(byLabel.group).toBe(200);
      expect([byLabel.switch, byLabel.leave].sort()).toEqual([200, 409]);
      const history = await memberships(created.id);
      const [fromNow, toNow] = [await group('STADTGESTALTER'), await group('FDP')];
      if (byLabel.switch === 200) {
        expect(history.at(-1)).toMatchObject({ groupKey: 'FDP', to: null });
        expect([fromNow.seats, toNow.seats]).toEqual([from.seats - 1, to.seats + 1]);
        expect((await council()).seats).toBe(total);
      } else {
        expect(history.every((m) => m.to !== null)).toBe(true);
        expect([fromNow.seats, toNow.seats]).toEqual([from.seats - 1, to.seats]);
        expect((await council()).seats).toBe(total - 1);
      }
    });
  });
});

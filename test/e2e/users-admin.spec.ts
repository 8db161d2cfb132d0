import type { ApiError, UserAccountView } from '@mehrheitsplaner/shared';
import { auditEntries } from './support/audit';
import { isGermanMessage } from './support/german-errors';
import { inParallel, serverErrors } from './support/parallel';
import { ADMIN, bearer, startTestApp, type TestApp } from './support/test-app';

const PASSWORD = 'Rathaus Bochum Ehrenfeld 2025';

describe('account administration (GET/PATCH /api/users)', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.adminToken();
  });
  afterAll(() => t.close());

  const list = async (token = admin): Promise<UserAccountView[]> =>
    (
      await t
        .http()
        .get('/api/users')
        .set(...bearer(token))
        .expect(200)
    ).body as UserAccountView[];
  const account = async (username: string): Promise<UserAccountView> => {
    const found = (await list()).find((user) => user.username === username);
    if (!found) throw new Error(`no account ${username}`);
    return found;
  };
  const patch = (id: number, body: object, token = admin) =>
    t
      .http()
      .patch(`/api/users/${id}`)
      .set(...bearer(token))
      .send(body);
  const newAccount = async (username: string, role: string, groupKey?: string) => {
    const response = await t
      .http()
      .post('/api/users')
      .set(...bearer(admin))
      .send({ username, password: PASSWORD, role, ...(groupKey ? { groupKey } : {}) })
      .expect(201);
    return response.body as UserAccountView;
  };
  const code = (body: unknown) => (body as ApiError).code;

  it('should list every account with id, role, group, activity and version, no hashes', async () => {
    const created = await newAccount('liste1', 'manager', 'SPD');
    expect(created).toEqual({
      id: created.id,
      username: 'liste1',
      role: 'manager',
      groupKey: 'SPD',
      active: true,
      version: 1,
    });
    const accounts = await list();
    expect(accounts.map((user) => user.username)).toEqual(
      [...accounts.map((user) => user.username)].sort(),
    );
    expect(accounts).toContainEqual(created);
    expect(accounts.find((user) => user.username === ADMIN.username)?.role).toBe('admin');
    expect(JSON.stringify(accounts)).not.toMatch(/scrypt|passwordHash/);
  });

  it('should refuse the list and every edit to non-admins with 403', async () => {
    const target = await newAccount('ziel1', 'councillor');
    for (const [role, group] of [
      ['manager', 'SPD'],
      ['councillor', undefined],
      ['committee', undefined],
    ] as const) {
      const { token } = await t.createUser(role, group);
      await t
        .http()
        .get('/api/users')
        .set(...bearer(token))
        .expect(403);
      const refused = await patch(target.id, { role: 'admin', version: target.version }, token);
      expect([role, refused.status, code(refused.body)]).toEqual([role, 403, 'FORBIDDEN_ROLE']);
    }
    await t.http().get('/api/users').expect(401);
    expect((await account('ziel1')).role).toBe('councillor');
  });

  it('should change role and group, audit it and end the account sessions at once', async () => {
    const created = await newAccount('wechsel1', 'councillor', 'CDU');
    const session = await t.login('wechsel1', PASSWORD);
    const response = await patch(created.id, {
      role: 'manager',
      groupKey: 'GRUENE',
      version: created.version,
    }).expect(200);
    expect(response.body).toEqual({
      ...created,
      role: 'manager',
      groupKey: 'GRUENE',
      version: created.version + 1,
    });
    // Its rights changed: the old session (HTTP and its cached role) is gone.
    await t
      .http()
      .get('/api/auth/me')
      .set(...bearer(session))
      .expect(401);
    const fresh = await t.login('wechsel1', PASSWORD);
    const me = await t
      .http()
      .get('/api/auth/me')
      .set(...bearer(fresh))
      .expect(200);
    expect(me.body).toEqual({ username: 'wechsel1', role: 'manager', groupKey: 'GRUENE' });
    const [entry] = await auditEntries(t, { entityType: 'user', entityId: String(created.id) });
    expect(entry).toMatchObject({
      actor: ADMIN.username,
      action: 'update',
      before: { role: 'councillor', groupKey: 'CDU' },
      after: { role: 'manager', groupKey: 'GRUENE' },
    });
  });

  it('should clear a group with null and refuse a manager without a coalition group', async () => {
    const created = await newAccount('gruppe1', 'manager', 'SPD');
    const noGroup = await patch(created.id, { groupKey: null, version: 1 });
    expect([noGroup.status, code(noGroup.body)]).toEqual([400, 'MANAGER_NEEDS_COALITION_GROUP']);
    const cdu = await patch(created.id, { groupKey: 'CDU', version: 1 });
    expect([cdu.status, code(cdu.body)]).toEqual([400, 'MANAGER_NEEDS_COALITION_GROUP']);
    const unknown = await patch(created.id, { groupKey: 'NOPE', version: 1 });
    expect([unknown.status, code(unknown.body)]).toEqual([404, 'USER_GROUP_NOT_FOUND']);
    const cleared = await patch(created.id, {
      role: 'committee',
      groupKey: null,
      version: 1,
    }).expect(200);
    expect(cleared.body).toMatchObject({ role: 'committee', groupKey: null, version: 2 });
  });

  it('should validate the body in German and answer 404 for an unknown account', async () => {
    const created = await newAccount('valid1', 'committee');
    for (const body of [
      { role: 'king', version: 1 },
      { active: 'ja', version: 1 },
      { groupKey: 7, version: 1 },
      { role: 'admin' },
      { version: 0 },
      { version: 1, username: 'umbenannt' },
    ]) {
      const response = await patch(created.id, body);
      expect([JSON.stringify(body), response.status, code(response.body)]).toEqual([
        JSON.stringify(body),
        400,
        'VALIDATION_FAILED',
      ]);
      expect([JSON.stringify(body), isGermanMessage((response.body as ApiError).message)]).toEqual([
        JSON.stringify(body),
        true,
      ]);
    }
    const missing = await patch(999999, { role: 'admin', version: 1 });
    expect([missing.status, code(missing.body)]).toEqual([404, 'USER_NOT_FOUND']);
    expect(await account('valid1')).toEqual(created);
  });

  it('should refuse a stale version with 409 and leave the account as it was', async () => {
    const created = await newAccount('alt1', 'councillor');
    await patch(created.id, { role: 'committee', version: 1 }).expect(200);
    const stale = await patch(created.id, { role: 'admin', version: 1 });
    expect([stale.status, code(stale.body)]).toEqual([409, 'USER_VERSION_CONFLICT']);
    expect(await account('alt1')).toMatchObject({ role: 'committee', version: 2 });
  });

  it('should deactivate: sessions end, sign-in refused, reactivation lets in again', async () => {
    const created = await newAccount('aus1', 'councillor');
    const session = await t.login('aus1', PASSWORD);
    await patch(created.id, { active: false, version: 1 }).expect(200);
    await t
      .http()
      .get('/api/motions')
      .set(...bearer(session))
      .expect(401);
    const refused = await t
      .http()
      .post('/api/auth/login')
      .send({ username: 'aus1', password: PASSWORD });
    expect([refused.status, code(refused.body)]).toEqual([403, 'ACCOUNT_DEACTIVATED']);
    // A wrong password says nothing about the account's state.
    const wrong = await t
      .http()
      .post('/api/auth/login')
      .send({ username: 'aus1', password: 'falsch falsch falsch' });
    expect([wrong.status, code(wrong.body)]).toEqual([401, 'INVALID_CREDENTIALS']);
    expect(await account('aus1')).toMatchObject({ active: false, version: 2 });
    await patch(created.id, { active: true, version: 2 }).expect(200);
    await t.login('aus1', PASSWORD);
    const entries = await auditEntries(t, { entityType: 'user', entityId: String(created.id) });
    expect(entries.map((entry) => entry.after)).toEqual(
      expect.arrayContaining([{ active: false }, { active: true }]),
    );
  });

  it('should let no admin demote or deactivate their own account', async () => {
    const me = await account(ADMIN.username);
    for (const body of [{ active: false }, { role: 'manager', groupKey: 'SPD' }]) {
      const response = await patch(me.id, { ...body, version: me.version });
      expect([response.status, code(response.body)]).toEqual([403, 'OWN_ACCOUNT_PROTECTED']);
      expect((response.body as ApiError).message).toMatch(/eigene Konto/);
    }
    // The own group may change (an admin's rights do not depend on it); the session stays.
    await patch(me.id, { groupKey: 'SPD', version: me.version }).expect(200);
    await patch(me.id, { groupKey: null, version: me.version + 1 }).expect(200);
    expect(await account(ADMIN.username)).toMatchObject({ role: 'admin', active: true });
  });

  describe('in parallel', () => {
    it('should apply one of two admins patching the same account and refuse the other with 409', async () => {
      const created = await newAccount('parallel-konto', 'councillor', 'CDU');
      const second = await newAccount('admin-zwei', 'admin');
      const secondToken = await t.login('admin-zwei', PASSWORD);
      const outcomes = await inParallel([
        ['admin', patch(created.id, { role: 'committee', groupKey: null, version: 1 })],
        [
          'admin-zwei',
          patch(created.id, { role: 'manager', groupKey: 'SPD', version: 1 }, secondToken),
        ],
      ]);
      expect(serverErrors(outcomes)).toEqual([]);
      expect(outcomes.map((o) => o.status).sort()).toEqual([200, 409]);
      const winner = outcomes.find((o) => o.status === 200)?.body as UserAccountView;
      const loser = outcomes.find((o) => o.status === 409);
      expect(code(loser?.body)).toBe('USER_VERSION_CONFLICT');
      expect(await account('parallel-konto')).toEqual(winner);
      expect(winner.version).toBe(2);
      const entries = await auditEntries(t, { entityType: 'user', entityId: String(created.id) });
      expect(entries.filter((entry) => entry.action === 'update')).toHaveLength(1);
      await patch(second.id, { active: false, version: second.version }).expect(200);
    });

    it('should leave one active admin when two admins deactivate each other at once', async () => {
      const a = await newAccount('admin-a', 'admin');
      const b = await newAccount('admin-b', 'admin');
      const [tokenA, tokenB] = [
        await t.login('admin-a', PASSWORD),
        await t.login('admin-b', PASSWORD),
      ];
      const outcomes = await inParallel([
        ['a', patch(b.id, { active: false, version: b.version }, tokenA)],
        ['b', patch(a.id, { active: false, version: a.version }, tokenB)],
      ]);
      expect(serverErrors(outcomes)).toEqual([]);
      // The first wins; the second's actor is deactivated by then (401), never both applied.
      expect(outcomes.map((o) => o.status).sort()).toEqual([200, 401]);
      const states = [await account('admin-a'), await account('admin-b')];
      expect(states.filter((user) => user.active)).toHaveLength(1);
    });

    it("should either apply a user's own password change before the deactivation or refuse it", async () => {
      for (const round of [1, 2, 3]) {
        const username = `eigen${round}`;
        const created = await newAccount(username, 'councillor');
        const session = await t.login(username, PASSWORD);
        const changed = `Neues Passwort ${round} für den Rat`;
        const outcomes = await inParallel([
          ['deactivate', patch(created.id, { active: false, version: created.version })],
          [
            'own',
            t
              .http()
              .post('/api/auth/password')
              .set(...bearer(session))
              .send({ currentPassword: PASSWORD, newPassword: changed }),
          ],
        ]);
        expect(serverErrors(outcomes)).toEqual([]);
        const [deactivate, own] = outcomes;
        // The password change moves the version too, so the deactivation may come second: 409.
        expect([200, 409]).toContain(deactivate.status);
        expect([204, 401]).toContain(own.status);
        const state = await account(username);
        expect(state.active).toBe(deactivate.status !== 200);
        const inForce = own.status === 204 ? changed : PASSWORD;
        const signIn = await t.http().post('/api/auth/login').send({ username, password: inForce });
        expect(signIn.status).toBe(state.active ? 200 : 403);
        if (!state.active) {
          await patch(created.id, { active: true, version: state.version }).expect(200);
          await t.login(username, inForce);
        }
      }
    });

    it("should either keep a manager's motion made before the deactivation or refuse it", async () => {
      const created = await newAccount('antrag-gf', 'manager', 'SPD');
      const session = await t.login('antrag-gf', PASSWORD);
      const title = 'Antrag im Wettlauf mit der Deaktivierung';
      const outcomes = await inParallel([
        ['deactivate', patch(created.id, { active: false, version: created.version })],
        [
          'motion',
          t
            .http()
            .post('/api/motions')
            .set(...bearer(session))
            .send({ title }),
        ],
      ]);
      expect(serverErrors(outcomes)).toEqual([]);
      expect(outcomes[0].status).toBe(200);
      expect([201, 401]).toContain(outcomes[1].status);
      const motions = await t
        .http()
        .get('/api/motions')
        .query({ q: title })
        .set(...bearer(admin))
        .expect(200);
      expect((motions.body as unknown[]).length).toBe(outcomes[1].status === 201 ? 1 : 0);
      await t
        .http()
        .get('/api/motions')
        .set(...bearer(session))
        .expect(401);
    });
  });
});

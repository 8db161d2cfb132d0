import type {
  MeetingDetailView,
  MemberView,
  MembershipView,
  MotionPledgesView,
  MotionView,
  PledgeView,
  WhipEntryView,
  WhipHistoryEntry,
} from '@mehrheitsplaner/shared';
import { Database } from 'sqlite3';
import type { Test } from 'supertest';
import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from './support/engine';
import { createMotion, putWhip } from './support/motions';
import { inParallel, rejected, serverErrors, succeeded } from './support/parallel';
import { bearer, startTestApp, todayIso, type TestApp } from './support/test-app';
import { councilMembers, motionOnAgenda } from './support/votes';

/**
 * Mixed parallel writes of different features on one database (a SQLite file, or a PostgreSQL
 * database with SERIALIZABLE transactions that retry): every 2xx write must be readable afterwards
 * and after a restart, no 4xx write may leave a trace, nothing answers 5xx.
 */
describe('concurrent writes across features', () => {
  let database: TestDatabase;
  let env: Record<string, string>;
  let t: TestApp;
  let token: string;

  const get = async <T>(path: string): Promise<T> =>
    (
      await t
        .http()
        .get(path)
        .set(...bearer(token))
        .expect(200)
    ).body as T;

  /** Closes the app and opens a new one on the same database, as a restart would. */
  const restart = async () => {
    await t.close();
    t = await startTestApp({ env });
    token = await t.adminToken();
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    env = { DATABASE_URL: database.url };
    t = await startTestApp({ env });
    token = await t.adminToken();
  });
  afterAll(async () => {
    await t.close();
    await database.drop();
  });

  it('should keep every created motion and no rejected rename, also after a restart', async () => {
    const [member] = (await councilMembers(t, token)).filter((m) => m.groupKey === 'SPD');
    const http = () => t.http();
    const requests: Array<[string, Test]> = [];
    for (let i = 0; i < 5; i += 1) {
      requests.push([
        `create ${i}`,
        http()
          .post('/api/motions')
          .set(...bearer(token))
          .send({ title: `Parallel angelegt ${i}` }),
      ]);
      requests.push([
        `rename ${i}`,
        http()
          .patch(`/api/council/members/${member.id}`)
          .set(...bearer(token))
          .send({ name: `Verworfen ${i}`, groupKey: 'GIBTESNICHT' }),
      ]);
      requests.push([
        `read ${i}`,
        http()
          .get('/api/council/members')
          .set(...bearer(token)),
      ]);
    }
    const outcomes = await inParallel(requests);
    expect(serverErrors(outcomes)).toEqual([]);
    expect(succeeded(outcomes, 'create')).toHaveLength(5);
    expect(rejected(outcomes, 'rename')).toHaveLength(5);
    // No reader ever saw a rename that was rolled back.
    for (const read of succeeded(outcomes, 'read')) {
      const names = (read.body as MemberView[]).map((m) => m.name);
      expect(names.filter((name) => name.startsWith('Verworfen'))).toEqual([]);
    }

    const check = async () => {
      const titles = (await get<MotionView[]>('/api/motions')).map((m) => m.title);
      for (let i = 0; i < 5; i += 1) expect(titles).toContain(`Parallel angelegt ${i}`);
      const after = (await councilMembers(t, token)).find((m) => m.id === member.id);
      expect(after?.name).toBe(member.name);
    };
    await check();
    await expect(noTransactionLeftOpen(database.url)).resolves.toBe(true);
    await restart();
    await check();
  });

  it('should keep every acknowledged whip save while other features fail beside it', async () => {
    const motion = await createMotion(t, token, { title: 'Whip unter Last' });
    const groups = ['CDU', 'LINKE', 'UWG', 'FDP', 'VOLT', 'BSW'];
    const requests: Array<[string, Test]> = [];
    groups.forEach((groupKey, i) => {
      requests.push([
        `whip ${groupKey}`,
        putWhip(t, token, motion.id, groupKey, { stance: 'yes', confidence: 'likely' }),
      ]);
      // Failing transactions of other services: stale motion edit, vote without counts, bad pledge.
      requests.push([
        `stale ${i}`,
        t
          .http()
          .patch(`/api/motions/${motion.id}`)
          .set(...bearer(token))
          .send({ version: motion.version + 5, title: `Veraltet ${i}` }),
      ]);
      requests.push([
        `vote ${i}`,
        t
          .http()
          .post(`/api/motions/${motion.id}/votes`)
          .set(...bearer(token))
          .send({ groupCounts: [] }),
      ]);
      requests.push([
        `pledge ${i}`,
        t
          .http()
          .put(`/api/motions/${motion.id}/pledges`)
          .set(...bearer(token))
          .send({ pledgeIds: [999_999] }),
      ]);
    });
    const outcomes = await inParallel(requests);
    expect(serverErrors(outcomes)).toEqual([]);
    expect(succeeded(outcomes, 'whip')).toHaveLength(groups.length);
    for (const prefix of ['stale', 'vote', 'pledge']) {
      expect(rejected(outcomes, prefix)).toHaveLength(groups.length);
    }

    const check = async () => {
      const entries = await get<WhipEntryView[]>(`/api/motions/${motion.id}/whip`);
      for (const groupKey of groups) {
        expect(entries.find((e) => e.groupKey === groupKey)).toMatchObject({
          stance: 'yes',
          version: 1,
        });
      }
      const history = await get<WhipHistoryEntry[]>(`/api/motions/${motion.id}/whip/history`);
      expect(history).toHaveLength(groups.length);
      const stored = await get<MotionView>(`/api/motions/${motion.id}`);
      expect(stored).toMatchObject({ title: 'Whip unter Last', status: 'draft' });
      expect(stored.version).toBe(motion.version);
    };
    await check();
    await restart();
    await check();
  });

  it('should leave exactly one open membership after parallel group switches', async () => {
    const [member] = (await councilMembers(t, token)).filter((m) => m.groupKey === 'LINKE');
    const targets = ['CDU', 'UWG', 'FDP', 'CDU', 'VOLT', 'BSW'];
    const outcomes = await inParallel(
      targets.map((groupKey, i): [string, Test] => [
        `switch ${i}`,
        t
          .http()
          .patch(`/api/council/members/${member.id}`)
          .set(...bearer(token))
          .send({ groupKey, from: todayIso() }),
      ]),
    );
    expect(serverErrors(outcomes)).toEqual([]);
    expect(succeeded(outcomes, 'switch').length).toBeGreaterThan(0);

    const check = async () => {
      const memberships = await get<MembershipView[]>(
        `/api/council/members/${member.id}/memberships`,
      );
      const open = memberships.filter((m) => m.to === null);
      expect(open).toHaveLength(1);
      expect(targets).toContain(open[0].groupKey);
      const view = (await councilMembers(t, token)).find((m) => m.id === member.id);
      expect(view?.groupKey).toBe(open[0].groupKey);
      // Seats still add up: every seat is held by exactly one open membership.
      const council = await get<{ groups: Array<{ seats: number }> }>('/api/council');
      expect(council.groups.reduce((sum, g) => sum + g.seats, 0)).toBe(92);
    };
    await check();
    await restart();
    await check();
  });

  it('should record exactly one of two parallel votes on one motion and keep the others', async () => {
    const motions = await Promise.all([1, 2, 3].map(() => motionOnAgenda(t, token)));
    const members = await councilMembers(t, token);
    const groupCounts = everyoneYes(members);
    const renamed = members.filter((m) => m.groupKey === 'GRUENE').slice(0, motions.length);
    const requests: Array<[string, Test]> = [];
    motions.forEach((motion, i) => {
      for (const copy of [1, 2]) {
        requests.push([
          `vote ${motion.id}/${copy}`,
          t
            .http()
            .post(`/api/motions/${motion.id}/votes`)
            .set(...bearer(token))
            .send({ groupCounts }),
        ]);
      }
      requests.push([
        `meeting ${motion.id}`,
        t
          .http()
          .post('/api/meetings')
          .set(...bearer(token))
          .send({ date: todayIso(), name: `Sitzung zu ${motion.id}` }),
      ]);
      // A rename, not a new member: seats must stay as the group counts assume.
      requests.push([
        `member ${motion.id}`,
        t
          .http()
          .patch(`/api/council/members/${renamed[i].id}`)
          .set(...bearer(token))
          .send({ name: `Umbenannt ${motion.id}` }),
      ]);
    });
    const outcomes = await inParallel(requests);
    expect(serverErrors(outcomes)).toEqual([]);
    for (const motion of motions) {
      const votes = outcomes.filter((o) => o.label.startsWith(`vote ${motion.id}/`));
      expect(votes.map((v) => v.status).sort()).toEqual([201, 409].sort());
    }

    const check = async () => {
      for (const motion of motions) {
        const votes = await get<unknown[]>(`/api/motions/${motion.id}/votes`);
        expect(votes).toHaveLength(1);
        expect((await get<MotionView>(`/api/motions/${motion.id}`)).status).toBe('adopted');
      }
      const names = (await councilMembers(t, token)).map((m) => m.name);
      for (const motion of motions) expect(names).toContain(`Umbenannt ${motion.id}`);
      const meetings = (await get<Array<{ name: string }>>('/api/meetings')).map((m) => m.name);
      for (const motion of motions) expect(meetings).toContain(`Sitzung zu ${motion.id}`);
    };
    await check();
    await restart();
    await check();
  });
  it('should keep every account, password, pledge link and agenda item a 2xx answered', async () => {
    const motion = await createMotion(t, token, { title: 'Verknüpft unter Last' });
    const meeting = (
      await t
        .http()
        .post('/api/meetings')
        .set(...bearer(token))
        .send({ date: todayIso(), name: 'Sitzung unter Last' })
        .expect(201)
    ).body as MeetingDetailView;
    const pledges = await get<PledgeView[]>('/api/agreement/pledges');
    const reader = await t.createUser('councillor');
    const post = (path: string, body: unknown, as = token): Test =>
      t
        .http()
        .post(path)
        .set(...bearer(as))
        .send(body as object);
    const password = (n: number) => `Neues Passwort ${n} für den Rat`;
    const outcomes = await inParallel([
      ...[1, 2, 3].map((n): [string, Test] => [
        `account ${n}`,
        post('/api/users', { username: `parallel${n}`, password: password(n), role: 'committee' }),
      ]),
      [
        'taken',
        post('/api/users', { username: 'admin', password: password(9), role: 'committee' }),
      ],
      [
        'own',
        post(
          '/api/auth/password',
          { currentPassword: 'falsch-falsch', newPassword: password(7) },
          reader.token,
        ),
      ],
      [
        'link',
        t
          .http()
          .put(`/api/motions/${motion.id}/pledges`)
          .set(...bearer(token))
          .send({ pledgeIds: [pledges[0].id, pledges[1].id] }),
      ],
      [
        'bad link',
        t
          .http()
          .put(`/api/motions/${motion.id}/pledges`)
          .set(...bearer(token))
          .send({ pledgeIds: [pledges[2].id, 999_999] }),
      ],
      [
        'item',
        post(`/api/meetings/${meeting.id}/items`, { name: 'TOP parallel', motionId: motion.id }),
      ],
      [
        'bad item',
        post(`/api/meetings/${meeting.id}/items`, { name: 'TOP ohne Antrag', motionId: 999_999 }),
      ],
    ]);
    expect(serverErrors(outcomes)).toEqual([]);
    expect(succeeded(outcomes, 'account')).toHaveLength(3);
    for (const label of ['link', 'item']) expect(succeeded(outcomes, label)).toHaveLength(1);
    for (const label of ['taken', 'own', 'bad link', 'bad item']) {
      expect(rejected(outcomes, label)).toHaveLength(1);
    }

    const check = async () => {
      for (const n of [1, 2, 3]) await t.login(`parallel${n}`, password(n));
      const linked = await get<MotionPledgesView>(`/api/motions/${motion.id}/pledges`);
      expect(linked.pledgeIds.sort((a, b) => a - b)).toEqual(
        [pledges[0].id, pledges[1].id].sort((a, b) => a - b),
      );
      const items = (await get<MeetingDetailView>(`/api/meetings/${meeting.id}`)).agendaItems;
      expect(items.map((item) => item.name)).toEqual(['TOP parallel']);
      // The refused own change left the old password in place.
      const login = await t
        .http()
        .post('/api/auth/login')
        .send({ username: reader.username, password: password(7) });
      expect(login.status).toBe(401);
    };
    await check();
    await restart();
    await check();
  });
});

/** Group counts with every member of every group voting yes. */
function everyoneYes(members: MemberView[]) {
  const seats = new Map<string, number>();
  for (const member of members) {
    const key = member.isMayor ? 'MAYOR' : member.groupKey;
    if (key) seats.set(key, (seats.get(key) ?? 0) + 1);
  }
  return [...seats].map(([groupKey, yes]) => ({ groupKey, yes, no: 0, abstain: 0, absent: 0 }));
}

/** No request left a transaction open: another connection can take the write lock. */
async function noTransactionLeftOpen(url: string): Promise<boolean> {
  if (url.startsWith('sqlite:')) return writeLockFree(url.slice('sqlite:'.length));
  const observer = await new DataSource({ type: 'postgres', url, poolSize: 1 }).initialize();
  try {
    const open = await observer.query<unknown[]>(
      `SELECT pid FROM pg_stat_activity
        WHERE datname = current_database() AND state LIKE 'idle in transaction%'`,
    );
    return open.length === 0;
  } finally {
    await observer.destroy();
  }
}

/** SQLite: BEGIN IMMEDIATE succeeds only while no connection holds the write lock. */
function writeLockFree(file: string): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const db = new Database(file);
    db.configure('busyTimeout', 2000);
    db.exec('BEGIN IMMEDIATE; ROLLBACK;', (error) => {
      db.close();
      if (error) reject(error);
      else resolve(true);
    });
  });
}

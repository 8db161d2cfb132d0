import type {
  ImportProgressEvent,
  LoginResponse,
  MotionTallyResponse,
  MotionView,
  OparlImportJobView,
  OparlImportStarted,
  TallyEvent,
  WhipEvent,
} from '@mehrheitsplaner/shared';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  ADMIN_PASSWORD,
  assertBuilt,
  loginAdmin,
  ok,
  send,
  startAppProcess,
  type AppProcess,
  type Outcome,
} from '../support/app-process';
import { startOparlFixture, type OparlFixture } from '../support/oparl-fixture';
import { startTempRedis, type TempRedis } from '../support/redis';
import { createTestDatabase, type TestDatabase } from './support/engine';
import { connect, connected, emitWithAck, type LiveSocket } from './support/live-socket';

/** How long an event may take from one instance to a socket on the other: a wait bound only. */
const ARRIVAL_MS = 1000;
const ACCOUNT_FAILURE_LIMIT = 3;
const ADDRESS_FAILURE_LIMIT = 6;

type Recorder<T> = {
  seen: T[];
  /** The first recorded `event` that `matches`, or the next one within `ARRIVAL_MS` from now. */
  next: (matches?: (payload: T) => boolean) => Promise<T>;
};

/** Records one event of a socket from now on (set up before the change that causes it). */
function recorder<T>(socket: LiveSocket, event: string): Recorder<T> {
  const seen: T[] = [];
  const waiting: Array<() => void> = [];
  (socket as unknown as { on: (event: string, listener: (payload: T) => void) => void }).on(
    event,
    (payload) => {
      seen.push(payload);
      waiting.splice(0).forEach((check) => check());
    },
  );
  const next = (matches: (payload: T) => boolean = () => true) =>
    new Promise<T>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no ${event} within ${ARRIVAL_MS} ms`)),
        ARRIVAL_MS,
      );
      const check = () => {
        const found = seen.find(matches);
        if (found === undefined) return void waiting.push(check);
        clearTimeout(timer);
        resolve(found);
      };
      check();
    });
  return { seen, next };
}

function disconnection(socket: LiveSocket): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('socket still open')), ARRIVAL_MS);
    socket.once('disconnect', (reason) => {
      clearTimeout(timer);
      resolve(reason);
    });
  });
}

function statusOf(outcome: Outcome): number | string {
  return outcome.kind === 'response' ? outcome.status : outcome.code;
}

/**
 * The OParl fixture behind a relay that holds the first request of `heldPath` until `release`,
 * so an import stays running while the other instance looks at it. Links in the answers are
 * rewritten to the relay, so every page of the import passes through it.
 */
async function heldOparl(fixture: OparlFixture, heldPath: string) {
  let release = () => undefined as void;
  const released = new Promise<void>((done) => (release = done));
  let reached = () => undefined as void;
  const holding = new Promise<void>((done) => (reached = done));
  let held = false;
  let base = '';
  const relay: Server = createServer((request, response) => {
    const path = request.url ?? '/';
    const hold = !held && path === heldPath;
    held ||= hold;
    if (hold) reached();
    void (hold ? released : Promise.resolve())
      .then(() => fetch(`${fixture.base}${path}`))
      .then(async (answer) => {
        const text = (await answer.text()).split(fixture.base).join(base);
        response.writeHead(answer.status, { 'content-type': 'application/json; charset=utf-8' });
        response.end(text);
      });
  });
  await new Promise<void>((done) => relay.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(relay.address() as AddressInfo).port}`;
  return {
    systemUrl: fixture.systemUrl.replace(fixture.base, base),
    holding,
    release,
    close: () => new Promise<void>((done) => relay.close(() => done())),
  };
}

describe('two instances on one PostgreSQL database and one Redis', () => {
  let redis: TempRedis;
  let database: TestDatabase;
  let a: AppProcess;
  let b: AppProcess;
  let admin: string;
  const sockets: LiveSocket[] = [];

  const socketOn = async (instance: AppProcess, token: string): Promise<LiveSocket> => {
    const socket = connect(instance.baseUrl, token);
    sockets.push(socket);
    await connected(socket);
    return socket;
  };
  const login = async (instance: AppProcess, username: string, password: string) =>
    (
      await ok<LoginResponse>(
        send(instance.baseUrl, 'POST', '/api/auth/login', { body: { username, password } }),
      )
    ).token;
  let users = 0;
  const createUser = async (role: string, groupKey?: string) => {
    users += 1;
    const username = `zwei${role}${users}`;
    const password = 'zwei-Instanzen-Passw0rt';
    await ok(
      send(a.baseUrl, 'POST', '/api/users', {
        token: admin,
        body: { username, password, role, ...(groupKey ? { groupKey } : {}) },
      }),
    );
    return { username, password, token: await login(a, username, password) };
  };

  beforeAll(async () => {
    assertBuilt();
    redis = await startTempRedis();
    database = await createTestDatabase();
    const env = {
      DATABASE_URL: database.url,
      REDIS_URL: redis.url,
      LOGIN_THROTTLE_LIMIT: String(ADDRESS_FAILURE_LIMIT),
      LOGIN_ACCOUNT_FAILURE_LIMIT: String(ACCOUNT_FAILURE_LIMIT),
    };
    // One after the other: the first one migrates and seeds the database.
    a = await startAppProcess(env);
    b = await startAppProcess(env);
    admin = await loginAdmin(a.baseUrl);
  }, 120_000);

  afterAll(async () => {
    sockets.forEach((socket) => socket.disconnect());
    await Promise.all([a?.stop(), b?.stop()]);
    await database?.drop();
    await redis?.stop();
  });

  it('should say in the health check of both that Redis answers', async () => {
    for (const instance of [a, b]) {
      expect(await ok(send(instance.baseUrl, 'GET', '/api/health'))).toEqual({
        status: 'ok',
        database: 'ok',
        redis: 'ok',
      });
    }
  });

  it('should bring a whip change through A to a socket subscribed on B', async () => {
    const manager = await createUser('manager', 'SPD');
    const motion = await ok<MotionView>(
      send(a.baseUrl, 'POST', '/api/motions', { token: manager.token, body: { title: 'Antrag' } }),
    );
    const onB = await socketOn(b, manager.token);
    await emitWithAck(onB, 'subscribe', { motionId: motion.id });
    const whips = recorder<WhipEvent>(onB, 'whip');
    const tallies = recorder<TallyEvent>(onB, 'tally');

    await ok(
      send(a.baseUrl, 'PUT', `/api/motions/${motion.id}/whip/LINKE`, {
        token: manager.token,
        body: { stance: 'yes', confidence: 'likely' },
      }),
    );

    const ofMotion = (event: { motionId: number }) => event.motionId === motion.id;
    expect((await whips.next(ofMotion)).entry).toMatchObject({
      groupKey: 'LINKE',
      stance: 'yes',
      version: 1,
    });
    expect((await tallies.next(ofMotion)).cause).toEqual({ groupKey: 'LINKE', version: 1 });
  });

  describe('counts each instance keeps in memory', () => {
    const seatsIn = (tally: MotionTallyResponse) =>
      tally.expected.yes + tally.expected.no + tally.expected.abstain + tally.expected.absent;
    const tallyOn = (instance: AppProcess, path: string, token: string) =>
      ok<MotionTallyResponse>(send(instance.baseUrl, 'GET', path, { token }));

    it('should answer on B at once with a whip change committed through A', async () => {
      const manager = await createUser('manager', 'SPD');
      const motion = await ok<MotionView>(
        send(a.baseUrl, 'POST', '/api/motions', { token: manager.token, body: { title: 'Z' } }),
      );
      const path = `/api/motions/${motion.id}/tally`;
      // B counts and keeps the answer; a change through A must not leave it behind.
      expect((await tallyOn(b, path, manager.token)).expected.yes).toBe(0);
      expect((await tallyOn(b, path, manager.token)).expected.yes).toBe(0);
      for (const [groupKey, stance] of [
        ['LINKE', 'yes'],
        ['LINKE', 'no'],
      ] as const) {
        await ok(
          send(a.baseUrl, 'PUT', `/api/motions/${motion.id}/whip/${groupKey}`, {
            token: manager.token,
            body: { stance, confidence: 'confirmed', ...(stance === 'no' ? { version: 1 } : {}) },
          }),
        );
        const onB = await tallyOn(b, path, manager.token);
        const onA = await tallyOn(a, path, manager.token);
        expect(onB).toEqual(onA);
        expect(onB.expected.yes > 0).toBe(stance === 'yes');
      }
    });

    it('should count on B with a council change committed through A at once', async () => {
      const motion = await ok<MotionView>(
        send(a.baseUrl, 'POST', '/api/motions', { token: admin, body: { title: 'Sitze' } }),
      );
      const path = `/api/motions/${motion.id}/tally`;
      const before = seatsIn(await tallyOn(b, path, admin));
      await ok(
        send(a.baseUrl, 'POST', '/api/council/members', {
          token: admin,
          body: { name: 'Nachrückerin Zwei', groupKey: 'SPD' },
        }),
      );
      expect(seatsIn(await tallyOn(b, path, admin))).toBe(before + 1);
      expect(seatsIn(await tallyOn(a, path, admin))).toBe(before + 1);
    });

    it('should keep every answer of parallel whip writes on A and reads on B in step', async () => {
      const manager = await createUser('manager', 'SPD');
      const motion = await ok<MotionView>(
        send(a.baseUrl, 'POST', '/api/motions', { token: manager.token, body: { title: 'P' } }),
      );
      const path = `/api/motions/${motion.id}/tally`;
      const groups = ['SPD', 'CDU', 'LINKE', 'FDP'];
      const outcomes = await Promise.all([
        ...groups.map((groupKey) =>
          send(a.baseUrl, 'PUT', `/api/motions/${motion.id}/whip/${groupKey}`, {
            token: manager.token,
            body: { stance: 'yes', confidence: 'confirmed' },
          }),
        ),
        ...Array.from({ length: 8 }, () => send(b.baseUrl, 'GET', path, { token: manager.token })),
      ]);
      expect(outcomes.map(statusOf)).toEqual(outcomes.map(() => 200));
      // Once every write is answered, both instances count all four groups.
      const onA = await tallyOn(a, path, manager.token);
      expect(await tallyOn(b, path, manager.token)).toEqual(onA);
      const whip = await ok<Array<{ groupKey: string; stance: string }>>(
        send(b.baseUrl, 'GET', `/api/motions/${motion.id}/whip`, { token: manager.token }),
      );
      expect(
        whip
          .filter((entry) => entry.stance === 'yes')
          .map((e) => e.groupKey)
          .sort(),
      ).toEqual([...groups].sort());
    });
  });

  it('should close B’s sockets of a session logged out on A, and B refuse its token at once', async () => {
    const councillor = await createUser('councillor', 'SPD');
    const other = await login(b, councillor.username, councillor.password);
    // B has looked the session up (and caches it) before the logout.
    await ok(send(b.baseUrl, 'GET', '/api/auth/me', { token: councillor.token }));
    const onB = await socketOn(b, councillor.token);
    const onA = await socketOn(a, councillor.token);
    const otherOnB = await socketOn(b, other);
    const closedOnB = disconnection(onB);
    const closedOnA = disconnection(onA);

    const logout = await send(a.baseUrl, 'POST', '/api/auth/logout', { token: councillor.token });
    const afterwards = await send(b.baseUrl, 'GET', '/api/auth/me', { token: councillor.token });

    expect(statusOf(logout)).toBe(204);
    expect(statusOf(afterwards)).toBe(401);
    expect(await closedOnB).toBe('io server disconnect');
    expect(await closedOnA).toBe('io server disconnect');
    // Only that session ended: the user's other one goes on, on B as over HTTP.
    expect(otherOnB.connected).toBe(true);
    expect(statusOf(await send(b.baseUrl, 'GET', '/api/auth/me', { token: other }))).toBe(200);
  });

  it.each([
    [
      'a password reset',
      (id: number) => ({
        path: `/api/users/${id}/password`,
        method: 'POST',
        body: { newPassword: 'ganz-Neues-Passw0rt-9' },
      }),
    ],
    [
      'a deactivation',
      (id: number, version: number) => ({
        path: `/api/users/${id}`,
        method: 'PATCH',
        body: { active: false, version },
      }),
    ],
  ])('should end on A the sessions of %s on B at once', async (_change, request) => {
    const councillor = await createUser('councillor', 'SPD');
    const accounts = await ok<Array<{ id: number; username: string; version: number }>>(
      send(b.baseUrl, 'GET', '/api/users', { token: admin }),
    );
    const account = accounts.find((candidate) => candidate.username === councillor.username);
    await ok(send(a.baseUrl, 'GET', '/api/auth/me', { token: councillor.token }));
    const onA = await socketOn(a, councillor.token);
    const closedOnA = disconnection(onA);

    const { path, method, body } = request(account?.id ?? 0, account?.version ?? 0);
    const change = await send(b.baseUrl, method, path, { token: admin, body });
    const afterwards = await send(a.baseUrl, 'GET', '/api/auth/me', { token: councillor.token });

    expect(statusOf(change)).toBe(method === 'POST' ? 204 : 200);
    expect(statusOf(afterwards)).toBe(401);
    expect(await closedOnA).toBe('io server disconnect');
  });

  describe('an OParl import started on A', () => {
    let fixture: OparlFixture;
    let relay: Awaited<ReturnType<typeof heldOparl>>;

    beforeAll(async () => {
      fixture = await startOparlFixture();
      relay = await heldOparl(fixture, '/oparl/v1/body/1/persons');
    });
    afterAll(async () => {
      relay.release();
      await relay.close();
      await fixture.close();
    });

    const jobOn = (instance: AppProcess, jobId: string) =>
      ok<OparlImportJobView>(
        send(instance.baseUrl, 'GET', `/api/admin/oparl/import/${jobId}`, { token: admin }),
      );

    it('should be seen with its progress on B, whose admin socket gets the progress, and run once', async () => {
      const adminOnB = await socketOn(b, admin);
      const councillorOnB = await socketOn(b, (await createUser('councillor', 'SPD')).token);
      const progress = recorder<ImportProgressEvent>(adminOnB, 'importProgress');
      const notForCouncillors = recorder<ImportProgressEvent>(councillorOnB, 'importProgress');

      const { jobId } = await ok<OparlImportStarted>(
        send(a.baseUrl, 'POST', '/api/admin/oparl/import', {
          token: admin,
          body: { url: relay.systemUrl },
        }),
      );
      await relay.holding;
      const ofJob = (event: ImportProgressEvent) => event.jobId === jobId;
      expect(await progress.next(ofJob)).toMatchObject({ status: 'running' });
      const running = await jobOn(b, jobId);
      expect(running).toMatchObject({ jobId, status: 'running', url: relay.systemUrl });
      expect(running.progress.phase).toMatch(/^fetch:/);
      const second = await send(b.baseUrl, 'POST', '/api/admin/oparl/import', {
        token: admin,
        body: { url: relay.systemUrl },
      });
      expect(second).toMatchObject({ status: 409, body: { code: 'IMPORT_ALREADY_RUNNING' } });

      relay.release();
      // The whole rest of the import may take longer than one event's way to B.
      let finished = await jobOn(b, jobId);
      for (let i = 0; i < 200 && finished.status === 'running'; i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        finished = await jobOn(b, jobId);
      }
      expect(finished).toMatchObject({ status: 'done', progress: { phase: 'done' } });
      expect(finished.result?.created.motions).toBeGreaterThan(0);
      const last = await progress.next((event) => ofJob(event) && event.status !== 'running');
      expect(last).toMatchObject({ status: 'done', progress: { phase: 'done' } });
      expect(progress.seen.some((event) => event.progress.phase === 'fetch:persons')).toBe(true);
      expect(notForCouncillors.seen).toEqual([]);
    });

    it('should run one of two imports started at once on A and on B', async () => {
      const starts = await Promise.all(
        [a, b].map((instance) =>
          send(instance.baseUrl, 'POST', '/api/admin/oparl/import', {
            token: admin,
            body: { url: fixture.systemUrl },
          }),
        ),
      );
      expect(starts.map(statusOf).sort()).toEqual([202, 409]);
      const started = starts.find((start) => statusOf(start) === 202);
      const { jobId } = (started as { body: OparlImportStarted }).body;
      let job = await jobOn(a, jobId);
      for (let i = 0; i < 200 && job.status === 'running'; i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        job = await jobOn(a, jobId);
      }
      expect(job).toMatchObject({ status: 'done' });
      expect(await jobOn(b, jobId)).toEqual(job);
    });
  });

  // Last: the failures count against the one loopback address of every request here.
  it('should lock an account after failures split over A and B', async () => {
    const attempt = (instance: AppProcess) =>
      send(instance.baseUrl, 'POST', '/api/auth/login', {
        body: { username: 'admin', password: 'falsch-geraten' },
      });
    const failures = [];
    for (let i = 0; i < ACCOUNT_FAILURE_LIMIT; i += 1) {
      failures.push(statusOf(await attempt(i % 2 === 0 ? a : b)));
    }
    expect(failures).toEqual(Array(ACCOUNT_FAILURE_LIMIT).fill(401));
    // Locked on both, even for the right password.
    for (const instance of [a, b]) {
      const locked = await send(instance.baseUrl, 'POST', '/api/auth/login', {
        body: { username: 'admin', password: ADMIN_PASSWORD },
      });
      expect(statusOf(locked)).toBe(429);
    }
  });

  it('should refuse an address after failures split over A and B', async () => {
    // The account test's failures count too; the rest arrive at once on both (a lost update
    // of a count that is not atomic would leave the address below its limit).
    const rest = Array.from(
      { length: ADDRESS_FAILURE_LIMIT - ACCOUNT_FAILURE_LIMIT },
      (_, i) => ACCOUNT_FAILURE_LIMIT + i,
    );
    const failures = await Promise.all(
      rest.map((i) =>
        send((i % 2 === 0 ? a : b).baseUrl, 'POST', '/api/auth/login', {
          body: { username: `niemand${i}`, password: 'falsch-geraten' },
        }),
      ),
    );
    expect(failures.map(statusOf)).toEqual(rest.map(() => 401));
    for (const instance of [a, b]) {
      const refused = await send(instance.baseUrl, 'POST', '/api/auth/login', {
        body: { username: 'noch-jemand', password: 'falsch-geraten' },
      });
      expect(statusOf(refused)).toBe(429);
    }
  });

  it('should shut one instance down gracefully with Redis while the other goes on', async () => {
    expect(await b.stop()).toEqual({ code: 0, signal: null });
    // No error or fatal line (pino levels 50, 60), e.g. of Redis connections closed too early.
    expect(b.output()).not.toMatch(/"level":(50|60)/);
    expect(await ok(send(a.baseUrl, 'GET', '/api/health'))).toMatchObject({ redis: 'ok' });
  });

  it('should answer 503 with redis fail once Redis is gone, and still shut down gracefully', async () => {
    await redis.stop();
    const health = await send(a.baseUrl, 'GET', '/api/health');
    expect(health).toMatchObject({
      status: 503,
      body: { status: 'unavailable', database: 'ok', redis: 'fail', shuttingDown: false },
    });
    // The import jobs live in Redis: without it an admin is told to retry, not shown a 500.
    const started = await send(a.baseUrl, 'POST', '/api/admin/oparl/import', {
      token: admin,
      body: { url: 'http://127.0.0.1:9/oparl/v1.1/system' },
    });
    const polled = await send(
      a.baseUrl,
      'GET',
      '/api/admin/oparl/import/00000000-0000-4000-8000-000000000000',
      {
        token: admin,
      },
    );
    for (const answer of [started, polled]) {
      expect(answer).toMatchObject({ status: 503, body: { code: 'IMPORT_JOBS_UNAVAILABLE' } });
    }
    expect(await a.stop()).toEqual({ code: 0, signal: null });
  });
});

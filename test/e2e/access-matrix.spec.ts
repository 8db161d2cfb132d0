import {
  decideAccess,
  ROUTE_PERMISSIONS,
  SOCKET_EVENT_PERMISSIONS,
  type RouteKey,
} from '@mehrheitsplaner/shared';
import type { Socket } from 'socket.io-client';
import {
  coalitionContext,
  concretePath,
  createCallers,
  createFixture,
  registeredRoutes,
  type Caller,
  type Fixture,
} from './support/access-callers';
import { connect, connected, refused, type LiveSocket } from './support/live-socket';
import { startTestApp, type TestApp } from './support/test-app';

type Outcome = 'allowed' | '401' | '403';

/** What the shared table expects: allowed, or refused as unauthenticated (401) or forbidden. */
function expectedOutcome(route: RouteKey, caller: Caller): Outcome {
  const line = route.includes(':groupKey') ? 'SPD' : undefined;
  const decision = decideAccess(ROUTE_PERMISSIONS[route], caller.subject, coalitionContext(line));
  if (decision.allowed) return 'allowed';
  return decision.refusal === 'MISSING_TOKEN' ? '401' : '403';
}

/** A permitted call may still fail on its input (4xx); only 401 and 403 mean refused. */
function outcomeOf(status: number): Outcome | `unexpected ${number}` {
  if (status === 401) return '401';
  if (status === 403) return '403';
  return status < 500 ? 'allowed' : `unexpected ${status}`;
}

/** `allowed`, `refused`, or what else came back (a mismatch either way). */
type SocketOutcome = string;

/** Emits an event and waits for the ack (allowed) or the guard's FORBIDDEN_ROLE exception. */
function socketOutcome(
  socket: LiveSocket,
  event: string,
  payload: unknown,
): Promise<SocketOutcome> {
  const raw = socket as unknown as Socket;
  return new Promise((resolve) => {
    const onException = (error: { code?: string; event?: string }) => {
      if (error.event !== event) return;
      raw.off('exception', onException);
      resolve(error.code === 'FORBIDDEN_ROLE' ? 'refused' : `exception ${JSON.stringify(error)}`);
    };
    raw.on('exception', onException);
    raw.timeout(5000).emit(event, payload, (timeout: Error | null) => {
      raw.off('exception', onException);
      if (!timeout) resolve('allowed');
    });
  });
}

describe('access matrix (issue 9): every route and socket event as every kind of caller', () => {
  let t: TestApp;
  let callers: Caller[];
  let fixture: Fixture;

  beforeAll(async () => {
    t = await startTestApp();
    callers = await createCallers(t, 'matrix');
    fixture = await createFixture(t);
  });
  afterAll(() => t.close());

  it('should list every registered route in the shared access table, and no other', () => {
    expect(registeredRoutes(t)).toEqual(Object.keys(ROUTE_PERMISSIONS).sort());
  });

  it('should answer every socket event as the table says, for every caller', async () => {
    const payloads: Record<keyof typeof SOCKET_EVENT_PERMISSIONS, unknown> = {
      subscribe: { motionId: fixture.motionId },
      unsubscribe: { motionId: fixture.motionId },
      subscribeList: {},
      unsubscribeList: {},
      subscribeMeeting: { meetingId: fixture.meetingId },
      unsubscribeMeeting: { meetingId: fixture.meetingId },
    };
    const mismatches: unknown[] = [];
    let events = 0;
    for (const caller of callers) {
      const socket = connect(t.url, caller.token ?? undefined);
      if (caller.subject === null) {
        // Outsiders never get a socket: every event is refused at the handshake.
        await refused(socket);
        socket.close();
        continue;
      }
      await connected(socket);
      for (const [event, payload] of Object.entries(payloads)) {
        const permission = SOCKET_EVENT_PERMISSIONS[event as keyof typeof payloads];
        const expected = decideAccess(permission, caller.subject, coalitionContext()).allowed
          ? 'allowed'
          : 'refused';
        const actual = await socketOutcome(socket, event, payload);
        events += 1;
        if (actual !== expected) mismatches.push({ caller: caller.name, event, expected, actual });
      }
      socket.close();
    }
    console.info(`access matrix: ${events} socket events sent, ${mismatches.length} mismatches`);
    expect(mismatches).toEqual([]);
    expect(events).toBeGreaterThan(0);
  });

  it('should answer every route as the table says, for every caller', async () => {
    // Logout ends the caller's session: it goes last.
    const routes = (Object.keys(ROUTE_PERMISSIONS) as RouteKey[]).sort(
      (a, b) => Number(a.endsWith('/logout')) - Number(b.endsWith('/logout')),
    );
    const mismatches: unknown[] = [];
    const counts: Record<Outcome, number> = { allowed: 0, '401': 0, '403': 0 };
    let requests = 0;
    for (const caller of callers) {
      for (const route of routes) {
        const [method] = route.split(' ');
        const path = concretePath(route, fixture);
        let call = t.http()[method.toLowerCase() as 'get'](path);
        if (caller.token) call = call.set('Authorization', `Bearer ${caller.token}`);
        const response = method === 'GET' ? await call : await call.send({});
        requests += 1;
        const expected = expectedOutcome(route, caller);
        const actual = outcomeOf(response.status);
        if (actual !== 'allowed' && actual !== '401' && actual !== '403') {
          mismatches.push({ caller: caller.name, route, expected, actual, body: response.text });
          continue;
        }
        counts[actual] += 1;
        if (actual !== expected) {
          mismatches.push({ caller: caller.name, route, path, expected, status: response.status });
        }
      }
    }
    console.info(
      `access matrix: ${requests} requests (${routes.length} routes × ${callers.length} callers), ` +
        `${counts.allowed} let through, ${counts['401']} × 401, ${counts['403']} × 403, ` +
        `${mismatches.length} mismatches with the table`,
    );
    expect(mismatches).toEqual([]);
    // Every caller kind meets both answers somewhere, so the matrix tells them apart.
    expect(counts.allowed).toBeGreaterThan(0);
    expect(counts['401']).toBeGreaterThan(0);
    expect(counts['403']).toBeGreaterThan(0);
  });
});

import type { AccessSubject, MeetingDetailView } from '@mehrheitsplaner/shared';
import type { Server } from 'node:http';
import { hashToken } from '../../../server/src/auth/auth.service';
import { SessionEntity } from '../../../server/src/auth/session.entity';
import { UnitOfWork } from '../../../server/src/database/unit-of-work';
import { createMotion } from './motions';
import { councilMembers, groupCounts, motionOnAgenda, recordVote, seatsOf } from './votes';
import { bearer, type TestApp } from './test-app';

/** A kind of caller: a signed-in role (subject) or a token that must not get in. */
export type Caller = {
  name: string;
  /** The Authorization token, if the caller sends one. */
  token: string | null;
  /** Who the table sees: null for no, garbage, expired and revoked tokens. */
  subject: AccessSubject;
  username: string | null;
};

const COALITION = ['SPD', 'GRUENE'];

async function createAccount(
  t: TestApp,
  username: string,
  role: string,
  groupKey?: string,
): Promise<string> {
  const password = 'matrix-secret-password';
  await t
    .http()
    .post('/api/users')
    .set(...bearer(await t.adminToken()))
    .send({ username, password, role, ...(groupKey ? { groupKey } : {}) })
    .expect(201);
  return t.login(username, password);
}

async function setCoalition(t: TestApp, groupKey: string, coalition: boolean): Promise<void> {
  await t
    .http()
    .patch(`/api/council/groups/${groupKey}`)
    .set(...bearer(await t.adminToken()))
    .send({ coalition })
    .expect(200);
}

/**
 * Every kind of caller of issue 9: admin, the managers of SPD and GRÜNE, a manager whose group
 * left the coalition (LINKE, joined and left again), councillor, committee; no token, garbage,
 * expired and revoked tokens.
 */
export async function createCallers(t: TestApp, prefix: string): Promise<Caller[]> {
  const account = async (name: string, role: string, groupKey?: string): Promise<Caller> => {
    const username = `${prefix}-${name}`;
    const token = await createAccount(t, username, role, groupKey);
    return {
      name,
      token,
      subject: { role: role as 'admin', groupKey: groupKey ?? null },
      username,
    };
  };
  const admin: Caller = {
    name: 'admin',
    token: await t.adminToken(),
    subject: { role: 'admin', groupKey: null },
    username: 'admin',
  };
  await setCoalition(t, 'LINKE', true);
  const exCoalition = await account('manager-ex-coalition', 'manager', 'LINKE');
  await setCoalition(t, 'LINKE', false);

  const expired = await createAccount(t, `${prefix}-expired`, 'councillor', 'SPD');
  // Not used before: no cached session, so the next request reads the expiry from the database.
  // Every write goes through a unit of work (the SQLite gate refuses any other).
  await t.app
    .get(UnitOfWork)
    .run((manager) =>
      manager.update(
        SessionEntity,
        { tokenHash: hashToken(expired) },
        { expiresAt: new Date(Date.now() - 60_000) },
      ),
    );
  const revoked = await createAccount(t, `${prefix}-revoked`, 'councillor', 'SPD');
  await t
    .http()
    .post('/api/auth/logout')
    .set(...bearer(revoked))
    .expect(204);

  const outsider = (name: string, token: string | null): Caller => ({
    name,
    token,
    subject: null,
    username: null,
  });
  return [
    admin,
    await account('manager-spd', 'manager', 'SPD'),
    await account('manager-gruene', 'manager', 'GRUENE'),
    exCoalition,
    await account('councillor', 'councillor', 'SPD'),
    await account('committee', 'committee'),
    outsider('no token', null),
    outsider('garbage token', 'not-a-token-' + 'x'.repeat(40)),
    outsider('expired token', expired),
    outsider('revoked token', revoked),
  ];
}

export const coalitionContext = (lineGroupKey?: string) => ({
  coalitionGroupKeys: COALITION,
  ...(lineGroupKey ? { lineGroupKey } : {}),
});

type RouterLayer = { route?: { path: string; methods: Record<string, boolean> } };

/** Every route the app's router registered under /api, as `METHOD /api/path`. */
export function registeredRoutes(t: TestApp): string[] {
  const express = t.app.getHttpAdapter().getInstance() as { router: { stack: RouterLayer[] } };
  const keys = new Set<string>();
  for (const layer of express.router.stack) {
    if (!layer.route?.path.startsWith('/api/')) continue;
    for (const [method, on] of Object.entries(layer.route.methods)) {
      if (on && method !== '_all') keys.add(`${method.toUpperCase()} ${layer.route.path}`);
    }
  }
  return [...keys].sort();
}

/** Ids that exist, so a permitted call reaches its handler. */
export type Fixture = {
  motionId: number;
  meetingId: number;
  itemId: number;
  voteId: number;
  memberId: number;
};

/** A motion on a meeting's agenda, and another motion with a recorded vote, by the admin. */
export async function createFixture(t: TestApp): Promise<Fixture> {
  const admin = await t.adminToken();
  const motion = await createMotion(t, admin, { title: 'Matrix-Antrag' });
  const meeting = (
    await t
      .http()
      .post('/api/meetings')
      .set(...bearer(admin))
      .send({ name: 'Matrix-Sitzung', date: '2026-03-01' })
      .expect(201)
  ).body as MeetingDetailView;
  const item = (
    await t
      .http()
      .post(`/api/meetings/${meeting.id}/items`)
      .set(...bearer(admin))
      .send({ number: '1', name: 'Matrix-Antrag', motionId: motion.id })
      .expect(201)
  ).body as { id: number };
  const voted = await motionOnAgenda(t, admin, { title: 'Abgestimmter Antrag' });
  const members = await councilMembers(t, admin);
  const vote = (
    await recordVote(t, admin, voted.id, {
      date: '2026-02-01',
      groupCounts: groupCounts(seatsOf(members), {}),
    }).expect(201)
  ).body as { id: number };
  return {
    motionId: motion.id,
    meetingId: meeting.id,
    itemId: item.id,
    voteId: vote.id,
    memberId: members[0].id,
  };
}

/** The route's path with its parameters filled from the fixture. */
export function concretePath(route: string, fixture: Fixture): string {
  const [, path] = route.split(' ');
  const idOf = path.startsWith('/api/meetings')
    ? fixture.meetingId
    : path.startsWith('/api/votes') || path.startsWith('/api/history/votes')
      ? fixture.voteId
      : path.startsWith('/api/council/members')
        ? fixture.memberId
        : fixture.motionId;
  return (
    path
      .replace(':id', String(idOf))
      .replace(':itemId', String(fixture.itemId))
      // A step of the path: any id does, the table decides before the route looks it up.
      .replace(':cid', String(fixture.motionId))
      .replace(':groupKey', 'SPD')
      .replace(':key', 'SPD')
      .replace(':jobId', 'kein-auftrag')
  );
}

export function serverOf(t: TestApp): Server {
  return t.app.getHttpServer() as Server;
}

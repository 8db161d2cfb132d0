import type {
  BallotRequest,
  BallotVote,
  GroupCountRequest,
  MemberView,
  MotionView,
} from '@mehrheitsplaner/shared';
import type { Test } from 'supertest';
import { createMotion } from './motions';
import { bearer, type TestApp } from './test-app';

/** A motion moved along the lifecycle to onAgenda, ready to be voted on. */
export async function motionOnAgenda(
  t: TestApp,
  token: string,
  body: Record<string, unknown> = {},
): Promise<MotionView> {
  let motion = await createMotion(t, token, body);
  for (const status of ['submitted', 'onAgenda'] as const) {
    const response = await t
      .http()
      .patch(`/api/motions/${motion.id}`)
      .set(...bearer(token))
      .send({ version: motion.version, status })
      .expect(200);
    motion = response.body as MotionView;
  }
  return motion;
}

export async function councilMembers(t: TestApp, token: string): Promise<MemberView[]> {
  const response = await t
    .http()
    .get('/api/council/members')
    .set(...bearer(token))
    .expect(200);
  return response.body as MemberView[];
}

/** Group (today) → its member ids; MAYOR → the mayor. */
export function membersByGroup(members: MemberView[]): Map<string, number[]> {
  const byGroup = new Map<string, number[]>();
  for (const member of members) {
    const key = member.isMayor ? 'MAYOR' : (member.groupKey ?? '');
    byGroup.set(key, [...(byGroup.get(key) ?? []), member.id]);
  }
  return byGroup;
}

/**
 * Ballots for every member: each group's vote by `lines` (group key or MAYOR, default abstain),
 * `overrides` per member id, and `groupOf` to put members in another group than today's.
 */
export function ballots(
  members: MemberView[],
  lines: Record<string, BallotVote>,
  overrides: Record<number, BallotVote> = {},
  groupOf: Record<number, string> = {},
): BallotRequest[] {
  return members.map((member) => {
    const key = groupOf[member.id] ?? (member.isMayor ? 'MAYOR' : (member.groupKey ?? ''));
    return { memberId: member.id, vote: overrides[member.id] ?? lines[key] ?? 'abstain' };
  });
}

/** Group counts: `counts` per group key; every other group with `seats` all abstaining. */
export function groupCounts(
  seats: Record<string, number>,
  counts: Record<string, Partial<GroupCountRequest>>,
): GroupCountRequest[] {
  return Object.entries(seats).map(([groupKey, n]) => ({
    groupKey,
    yes: 0,
    no: 0,
    abstain: counts[groupKey] ? 0 : n,
    absent: 0,
    ...counts[groupKey],
  }));
}

/** Seats per group today (MAYOR: 1). */
export function seatsOf(members: MemberView[]): Record<string, number> {
  return Object.fromEntries([...membersByGroup(members)].map(([key, ids]) => [key, ids.length]));
}

export function recordVote(
  t: TestApp,
  token: string,
  motionId: number,
  body: Record<string, unknown>,
): Test {
  return t
    .http()
    .post(`/api/motions/${motionId}/votes`)
    .set(...bearer(token))
    .send(body);
}

import type {
  CouncilView,
  GroupCountRequest,
  MotionView,
  RecordedVoteView,
  WhipEntryRequest,
} from '@mehrheitsplaner/shared';
import { MAYOR_KEY } from '@mehrheitsplaner/shared';
import { apiLogin, apiRequest } from './server';
import type { RunningServer } from './server';

export type GroupVote = 'yes' | 'no' | 'abstain' | 'absent';

/** Creates accounts over the API (admin token) and returns nothing; fails the test on a non-201. */
export async function createUsers(
  server: RunningServer,
  adminToken: string,
  users: { username: string; password: string; role: string; groupKey?: string }[],
): Promise<void> {
  for (const user of users) {
    const created = await apiRequest(server.baseUrl, 'POST', '/users', {
      token: adminToken,
      body: user,
    });
    if (created.status !== 201) throw new Error(`user ${user.username}: ${created.status}`);
  }
}

export async function adminSession(server: RunningServer) {
  const token = await apiLogin(server.baseUrl, 'admin', server.adminPassword);
  const council = (await apiRequest<CouncilView>(server.baseUrl, 'GET', '/council', { token }))
    .body;
  return { token, council };
}

/** A motion moved through draft → submitted → on the agenda, ready to be voted on. */
export async function motionOnAgenda(
  baseUrl: string,
  token: string,
  body: Record<string, unknown>,
): Promise<MotionView> {
  const created = await apiRequest<MotionView>(baseUrl, 'POST', '/motions', { token, body });
  if (created.status !== 201) throw new Error(`motion: ${created.status}`);
  let motion = created.body;
  for (const status of ['submitted', 'onAgenda']) {
    const moved = await apiRequest<MotionView>(baseUrl, 'PATCH', `/motions/${motion.id}`, {
      token,
      body: { status, version: motion.version },
    });
    if (moved.status !== 200) throw new Error(`status ${status}: ${moved.status}`);
    motion = moved.body;
  }
  return motion;
}

/** Every group (and the mayor when he votes) votes as a whole the way `voteOf` says. */
export function wholeGroupCounts(
  council: CouncilView,
  voteOf: (groupKey: string) => GroupVote,
): GroupCountRequest[] {
  const block = (groupKey: string, seats: number): GroupCountRequest => {
    const counts = { groupKey, yes: 0, no: 0, abstain: 0, absent: 0 };
    counts[voteOf(groupKey)] = seats;
    return counts;
  };
  const rows = council.groups.map((group) => block(group.key, group.seats));
  return council.mayorVotes && council.mayor ? [...rows, block(MAYOR_KEY, 1)] : rows;
}

export async function recordGroupCounts(
  baseUrl: string,
  token: string,
  motionId: number,
  date: string,
  groupCounts: GroupCountRequest[],
): Promise<RecordedVoteView> {
  const recorded = await apiRequest<RecordedVoteView>(
    baseUrl,
    'POST',
    `/motions/${motionId}/votes`,
    {
      token,
      body: { date, groupCounts },
    },
  );
  if (recorded.status !== 201) {
    throw new Error(`vote on ${motionId}: ${recorded.status} ${JSON.stringify(recorded.body)}`);
  }
  return recorded.body;
}

/** Enters a group's first whip count (no version yet) over the API. */
export async function enterWhip(
  baseUrl: string,
  token: string,
  motionId: number,
  groupKey: string,
  body: WhipEntryRequest,
): Promise<void> {
  const entered = await apiRequest(baseUrl, 'PUT', `/motions/${motionId}/whip/${groupKey}`, {
    token,
    body,
  });
  if (entered.status !== 200) throw new Error(`whip of ${groupKey}: ${entered.status}`);
}

import { apiRequest, type ApiResponse } from './server';

/** What the crash test knows for sure: writes the server acknowledged, and writes it rejected. */
export type Ledger = {
  motions: Map<string, number>;
  rejectedTitles: Set<string>;
  /** Per "motionId/groupKey": the highest version a 200 answered, and the version to send next. */
  whip: Map<string, { acked: number; next: number }>;
  /** Motions whose vote was answered 201, and votes whose answer was lost. */
  voted: Set<number>;
  votePending: Set<number>;
  /** Per member: the group after the last acknowledged switch, and a switch whose answer was lost. */
  switches: Map<number, { acked: string; pending: string | null }>;
};

export type LoadPlan = {
  token: string;
  whipMotionIds: number[];
  whipGroups: string[];
  voteMotionIds: number[];
  voteDate: string;
  groupCounts: Array<{
    groupKey: string;
    yes: number;
    no: number;
    abstain: number;
    absent: number;
  }>;
  /** Members switched back and forth between the two groups, one worker each. */
  memberIds: number[];
  switchGroups: [string, string];
};

export function emptyLedger(): Ledger {
  return {
    motions: new Map(),
    rejectedTitles: new Set(),
    whip: new Map(),
    voted: new Set(),
    votePending: new Set(),
    switches: new Map(),
  };
}

type Call = <T>(
  method: 'POST' | 'PUT' | 'PATCH',
  path: string,
  body: unknown,
) => Promise<ApiResponse<T>>;

/**
 * Mixed writes from `workers` loops (motions, rejected motions, whip entries, votes, group
 * switches) until the server dies; answers go into the ledger, lost answers count as unknown.
 */
export async function writeUntilKilled(
  baseUrl: string,
  plan: LoadPlan,
  ledger: Ledger,
  workers: number,
  round: number,
): Promise<number> {
  const call: Call = (method, path, body) =>
    apiRequest(baseUrl, method, path, { token: plan.token, body });
  let sent = 0;
  let alive = true;
  const step = async (worker: number, i: number): Promise<void> => {
    const kind = (worker + i) % 5;
    const tag = `r${round}w${worker}i${i}`;
    sent += 1;
    if (kind === 0) {
      const title = `Absturztest ${tag}`;
      const { status, body } = await call<{ id: number }>('POST', '/motions', { title });
      if (status === 201) ledger.motions.set(title, body.id);
      else throw new Error(`motion create answered ${status}`);
    } else if (kind === 1) {
      const title = `Abgelehnt ${tag}`;
      const request = { title, sponsorGroupKeys: ['GIBTESNICHT'] };
      const { status } = await call('POST', '/motions', request);
      if (status >= 400 && status < 500) ledger.rejectedTitles.add(title);
      else throw new Error(`rejected create answered ${status}`);
    } else if (kind === 2) {
      await whipStep(call, plan, ledger, worker, i);
    } else if (kind === 3) {
      const motionId = plan.voteMotionIds.find(
        (id) => !ledger.voted.has(id) && !ledger.votePending.has(id),
      );
      if (motionId === undefined) return;
      ledger.votePending.add(motionId); // stays pending if the answer is lost
      const { status } = await call('POST', `/motions/${motionId}/votes`, {
        date: plan.voteDate,
        groupCounts: plan.groupCounts,
      });
      ledger.votePending.delete(motionId);
      if (status === 201) ledger.voted.add(motionId);
      else throw new Error(`vote answered ${status}`);
    } else {
      const memberId = plan.memberIds[worker];
      const state = memberId === undefined ? undefined : ledger.switches.get(memberId);
      if (!state) return;
      const [first, second] = plan.switchGroups;
      const target = state.acked === first ? second : first;
      ledger.switches.set(memberId, { ...state, pending: target });
      const { status } = await call('PATCH', `/council/members/${memberId}`, { groupKey: target });
      if (status !== 200) throw new Error(`switch answered ${status}`);
      ledger.switches.set(memberId, { acked: target, pending: null });
    }
  };
  const loop = async (worker: number) => {
    for (let i = 0; alive; i += 1) {
      try {
        await step(worker, i);
      } catch (error) {
        if (isConnectionError(error)) {
          alive = false; // the server is gone: what was in flight is unknown, not lost
          return;
        }
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: workers }, (_, worker) => loop(worker)));
  return sent;
}

async function whipStep(call: Call, plan: LoadPlan, ledger: Ledger, worker: number, i: number) {
  // Each worker owns its own (motion, group) pairs, so it always knows the version to send.
  const motions = plan.whipMotionIds.length;
  const motionId = plan.whipMotionIds[worker % motions];
  const groupKey =
    plan.whipGroups[(Math.floor(worker / motions) * 2 + (i % 2)) % plan.whipGroups.length];
  const key = `${motionId}/${groupKey}`;
  const state = ledger.whip.get(key) ?? { acked: 0, next: 0 };
  const stale = i % 7 === 0;
  const body = {
    stance: i % 2 === 0 ? 'yes' : 'no',
    confidence: 'likely',
    version: stale ? state.next + 100 : state.next,
  };
  const { status, body: entry } = await call<{ version: number }>(
    'PUT',
    `/motions/${motionId}/whip/${groupKey}`,
    body,
  );
  if (stale) {
    if (status !== 409) throw new Error(`stale whip answered ${status}`);
  } else if (status === 200) {
    ledger.whip.set(key, { acked: entry.version, next: entry.version });
  } else {
    throw new Error(`whip answered ${status}`);
  }
}

/**
 * fetch's "fetch failed" (no connection) or "terminated" (the connection closed while the answer's
 * body was still coming: the outcome is unknown, as for a request in flight). Its TypeError comes
 * from another realm: no instanceof.
 */
function isConnectionError(error: unknown): boolean {
  const failure = error as { name?: string; message?: string; cause?: unknown } | null;
  return (
    failure?.name === 'TypeError' &&
    (failure.message === 'fetch failed' || failure.message === 'terminated')
  );
}

import type {
  CouncilView,
  MemberView,
  MembershipView,
  MotionView,
  WhipEntryView,
  WhipHistoryEntry,
} from '@mehrheitsplaner/shared';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Database } from 'sqlite3';
import { apiLogin, apiRequest, startServer, type RunningServer } from '../support/server';
import { emptyLedger, writeUntilKilled, type Ledger, type LoadPlan } from '../support/write-load';
import { sqliteOnly } from './support/engine';

/** Why the PostgreSQL run leaves this to the SQLite run. */
const SQLITE_ONLY = 'SIGKILL auf eine SQLite-Datei und integrity_check danach';

const ROUNDS = 20;
const WORKERS = 6;
const PASSWORD = 'crash-test-Passw0rd';

/**
 * SIGKILL under mixed write load, round after round on one SQLite file: after each restart every
 * acknowledged write is there, no rejected one is, and the file passes integrity_check.
 */
sqliteOnly('crash safety', SQLITE_ONLY, () => {
  const file = join(mkdtempSync(join(tmpdir(), 'crash-')), 'council.sqlite');
  const start = () => startServer(PASSWORD, { databaseUrl: `sqlite:${file}`, withClient: false });

  it(`should lose no acknowledged write over ${ROUNDS} SIGKILLs`, async () => {
    let server = await start();
    const plan = await preparePlan(server);
    const ledger = emptyLedger();
    const members = await get<MemberView[]>(server.baseUrl, plan.token, '/council/members');
    for (const id of plan.memberIds) {
      const group = members.find((m) => m.id === id)?.groupKey ?? '';
      ledger.switches.set(id, { acked: group, pending: null });
    }
    let sent = 0;
    let lost = 0;
    for (let round = 1; round <= ROUNDS; round += 1) {
      const load = writeUntilKilled(server.baseUrl, plan, ledger, WORKERS, round);
      await pause(150 + ((round * 97) % 500));
      await server.kill();
      sent += await load;
      expect(await integrityCheck(file)).toBe('ok');
      server = await start();
      plan.token = await apiLogin(server.baseUrl, 'admin', PASSWORD);
      lost += await verifyAndResolve(server.baseUrl, plan, ledger);
    }
    await server.stop();
    console.log(
      `crash test: ${ROUNDS} rounds, ${sent} writes sent, ${ledger.motions.size} motions and ` +
        `${[...ledger.whip.values()].reduce((n, w) => n + w.acked, 0)} whip versions ` +
        `acknowledged, ${ledger.voted.size} votes, ${ledger.rejectedTitles.size} rejected, lost: ${lost}`,
    );
    expect(lost).toBe(0);
    expect(ledger.motions.size).toBeGreaterThan(ROUNDS);
  }, 300_000);
});

function pause(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

async function get<T>(baseUrl: string, token: string, path: string): Promise<T> {
  const { status, body } = await apiRequest<T>(baseUrl, 'GET', path, { token });
  if (status !== 200) throw new Error(`GET ${path} answered ${status}`);
  return body;
}

/** Motions to whip and to vote on, and the group counts of yesterday's council. */
async function preparePlan(server: RunningServer): Promise<LoadPlan> {
  const token = await apiLogin(server.baseUrl, 'admin', PASSWORD);
  const post = async (path: string, body: unknown, method: 'POST' | 'PATCH' = 'POST') => {
    const response = await apiRequest<MotionView>(server.baseUrl, method, path, { token, body });
    if (response.status >= 300) throw new Error(`${path} answered ${response.status}`);
    return response.body;
  };
  const whipMotionIds: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    whipMotionIds.push((await post('/motions', { title: `Whip-Antrag ${i}` })).id);
  }
  const voteMotionIds: number[] = [];
  for (let i = 0; i < 60; i += 1) {
    let motion = await post('/motions', { title: `Abstimmungsantrag ${i}` });
    for (const status of ['submitted', 'onAgenda']) {
      motion = await post(`/motions/${motion.id}`, { version: motion.version, status }, 'PATCH');
    }
    voteMotionIds.push(motion.id);
  }
  const council = await get<CouncilView>(server.baseUrl, token, '/council');
  const members = await get<MemberView[]>(server.baseUrl, token, '/council/members');
  const groupCounts = council.groups.map((group) => ({
    groupKey: group.key,
    yes: group.seats,
    no: 0,
    abstain: 0,
    absent: 0,
  }));
  if (council.mayorVotes)
    groupCounts.push({ groupKey: 'MAYOR', yes: 1, no: 0, abstain: 0, absent: 0 });
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  return {
    token,
    whipMotionIds,
    whipGroups: ['CDU', 'LINKE', 'UWG', 'FDP'],
    voteMotionIds,
    voteDate: yesterday,
    groupCounts,
    // Switches happen today, so yesterday's seats (the vote's) stay as counted above.
    memberIds: members
      .filter((m) => m.groupKey === 'VOLT' || m.groupKey === 'BSW')
      .map((m) => m.id),
    switchGroups: ['VOLT', 'BSW'],
  };
}

/**
 * Checks the ledger against the restarted server and counts acknowledged writes that are gone;
 * then folds what happened to unanswered writes into the ledger, so the next round starts true.
 */
async function verifyAndResolve(baseUrl: string, plan: LoadPlan, ledger: Ledger): Promise<number> {
  const read = <T>(path: string) => get<T>(baseUrl, plan.token, path);
  let lost = 0;
  const motions = await read<MotionView[]>('/motions');
  const byTitle = new Map(motions.map((motion) => [motion.title, motion.id]));
  for (const [title, id] of ledger.motions) if (byTitle.get(title) !== id) lost += 1;
  for (const title of ledger.rejectedTitles) {
    if (byTitle.has(title)) throw new Error(`rejected motion "${title}" was stored`);
  }
  for (const motionId of plan.whipMotionIds) {
    const entries = await read<WhipEntryView[]>(`/motions/${motionId}/whip`);
    const history = await read<WhipHistoryEntry[]>(`/motions/${motionId}/whip/history`);
    for (const entry of entries) {
      const key = `${motionId}/${entry.groupKey}`;
      // An entry whose answer was lost may exist without an acknowledged version.
      const state = ledger.whip.get(key) ?? { acked: 0, next: 0 };
      if (entry.version < state.acked) lost += 1;
      // Every stored version has exactly one history row; a rejected write made none.
      const rows = history.filter((row) => row.groupKey === entry.groupKey);
      expect(rows.map((row) => row.version).sort((a, b) => a - b)).toEqual(
        Array.from({ length: entry.version }, (_, i) => i + 1),
      );
      ledger.whip.set(key, { acked: state.acked, next: entry.version });
    }
  }
  for (const motionId of [...ledger.voted, ...ledger.votePending]) {
    const votes = await read<unknown[]>(`/motions/${motionId}/votes`);
    expect(votes.length).toBeLessThanOrEqual(1);
    if (ledger.voted.has(motionId) && votes.length !== 1) lost += 1;
    if (votes.length === 1) ledger.voted.add(motionId);
  }
  ledger.votePending.clear();
  for (const [memberId, state] of ledger.switches) {
    const memberships = await read<MembershipView[]>(`/council/members/${memberId}/memberships`);
    const open = memberships.filter((m) => m.to === null);
    expect(open).toHaveLength(1);
    const allowed = [state.acked, state.pending];
    if (!allowed.includes(open[0].groupKey)) lost += 1;
    ledger.switches.set(memberId, { acked: open[0].groupKey, pending: null });
  }
  return lost;
}

function integrityCheck(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const db = new Database(file);
    db.get('PRAGMA integrity_check', (error, row: { integrity_check: string } | undefined) => {
      db.close();
      if (error) reject(error);
      else resolve(row?.integrity_check ?? 'no answer');
    });
  });
}

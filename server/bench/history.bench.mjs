// npm run bench:history: a synthetic five-year history (10,000 recorded votes × 93 ballots) in a
// SQLite file, then the median time of every analytics endpoint of the built server over HTTP.
// BENCH_VOTES, BENCH_RUNS and BENCH_DB override the defaults.
import 'reflect-metadata';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const VOTES = Number(process.env.BENCH_VOTES ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const DB = process.env.BENCH_DB ?? '/tmp/mehrheitsplaner-history-bench.sqlite';
const GOAL_MS = 200;
const PASSWORD = 'bench-password';

for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(`${DB}${suffix}`, { force: true });
Object.assign(process.env, {
  DATABASE_URL: `sqlite:${DB}`,
  ADMIN_USERNAME: 'admin',
  ADMIN_PASSWORD: PASSWORD,
  CLIENT_DIST: '/nonexistent',
  LOGIN_THROTTLE_LIMIT: '1000',
});

const { NestFactory } = require('@nestjs/core');
const { DataSource } = require('typeorm');
const { AppModule } = require('../dist/app.module.js');
const { configureApp } = require('../dist/app.setup.js');
const { blocksFromBallots, withBallotFacts } = require('../dist/votes/vote-input.js');
const shared = require('@mehrheitsplaner/shared');

function log(line = '') {
  process.stdout.write(`${line}\n`);
}

/** Deterministic PRNG (mulberry32). */
function prng(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(2025);
const pick = (items) => items[Math.floor(random() * items.length)];
const sql = (value) =>
  value === null
    ? 'NULL'
    : typeof value === 'number'
      ? String(value)
      : `'${String(value).replace(/'/g, "''")}'`;

async function insertRows(ds, table, columns, rows, batch = 1000) {
  const head = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES `;
  for (let i = 0; i < rows.length; i += batch) {
    const values = rows.slice(i, i + batch).map((row) => `(${row.map(sql).join(', ')})`);
    await ds.query(head + values.join(', '));
  }
}

/** Votes fall on weekly meeting days over the term 2025-11-01 … 2030-10-31 (261 days). */
const MEETING_DAYS = 261;
function dayOf(index) {
  const start = Date.UTC(2025, 10, 6);
  const meeting = Math.floor((index / VOTES) * MEETING_DAYS);
  return new Date(start + meeting * 7 * 86_400_000).toISOString().slice(0, 10);
}

async function generate(ds) {
  const groups = await ds.query('SELECT "key", "excluded", "coalition" FROM "council_group"');
  const memberships = await ds.query(
    'SELECT ms."memberId" AS "memberId", g."key" AS "groupKey" FROM "membership" ms JOIN "council_group" g ON g."id" = ms."groupId"',
  );
  const [mayor] = await ds.query('SELECT "id" FROM "member" WHERE "isMayor" = 1');
  // Motions carry the chapter's title as their policy area, as the app's forms store it.
  const chapters = (await ds.query('SELECT "title" FROM "agreement_chapter"')).map((c) => c.title);
  const pledges = (await ds.query('SELECT "id" FROM "agreement_pledge"')).map((p) => p.id);
  const groupOf = new Map(memberships.map((m) => [m.memberId, m.groupKey]));
  const flags = new Map(groups.map((g) => [g.key, g]));
  const keys = groups.map((g) => g.key);
  const options = ['yes', 'no', 'abstain'];
  // Nobody switches groups in the synthetic history: one council day serves every vote.
  const seats = new Map();
  for (const groupKey of groupOf.values()) seats.set(groupKey, (seats.get(groupKey) ?? 0) + 1);
  const councilDay = {
    groups: groups.map((g) => ({
      key: g.key,
      excluded: !!g.excluded,
      coalition: !!g.coalition,
      seats: seats.get(g.key) ?? 0,
    })),
    memberGroups: groupOf,
    knownMemberIds: new Set([...groupOf.keys(), mayor.id]),
    mayorMemberId: mayor.id,
    mayorVotes: true,
  };

  const motions = [];
  const votes = [];
  const ballots = [];
  const whips = [];
  const links = [];
  const memberDays = new Map();
  for (let i = 0; i < VOTES; i += 1) {
    const id = i + 1;
    const date = dayOf(i);
    const recordedAt = `${date}T20:00:00.000Z`;
    const lines = Object.fromEntries(
      keys.map((key) => {
        const g = flags.get(key);
        if (g.coalition) return [key, random() < 0.9 ? 'yes' : pick(options)];
        if (g.excluded) return [key, random() < 0.6 ? 'no' : pick(options)];
        return [key, random() < 0.55 ? 'yes' : pick(options)];
      }),
    );
    const ballotRequests = [];
    for (const [memberId, groupKey] of groupOf) {
      const r = random();
      const vote = r < 0.05 ? 'absent' : r < 0.12 ? pick(options) : lines[groupKey];
      ballotRequests.push({ memberId, vote });
    }
    ballotRequests.push({ memberId: mayor.id, vote: random() < 0.95 ? 'yes' : 'absent' });
    // The recording path's own checks and block building, as POST /motions/:id/votes runs them.
    const { blocks: blockList, rows } = blocksFromBallots(
      { ...councilDay, date },
      true,
      ballotRequests,
    );
    const tally = shared.tallyVote({
      votingMembers: 93,
      requiredMajority: 'simple',
      blocks: blockList,
    });
    const predictions = new Map();
    for (let w = 0; w < 4; w += 1) {
      const prediction = {
        groupKey: pick(keys),
        stance: pick(['yes', 'no', 'abstain', 'yes', 'unknown']),
        confidence: pick(['confirmed', 'likely', 'uncertain']),
      };
      predictions.set(prediction.groupKey, prediction);
      whips.push([
        id,
        prediction.groupKey,
        prediction.stance,
        prediction.confidence,
        0,
        null,
        null,
        0,
        null,
        null,
        '[]',
        1,
        'bench',
        `${date}T08:00:00.000Z`,
      ]);
    }
    const sponsors = [pick(keys.filter((k) => !flags.get(k).excluded))];
    motions.push([
      id,
      `Antrag ${id}: Grünfläche und Straßenbäume`,
      '',
      `DS ${id}`,
      'antrag',
      JSON.stringify(sponsors),
      pick(chapters),
      'simple',
      1,
      date,
      tally.passes ? 'adopted' : 'rejected',
      0,
      recordedAt,
      recordedAt,
      3,
    ]);
    votes.push([
      id,
      id,
      null,
      null,
      date,
      'ballots',
      'simple',
      93,
      tally.passes ? 1 : 0,
      tally.democraticMajority ? 1 : 0,
      tally.reliesOnExcluded ? 1 : 0,
      JSON.stringify(blockList),
      JSON.stringify(tally),
      JSON.stringify([...predictions.values()]),
      'bench',
      recordedAt,
    ]);
    for (const { present, absent, deviates, ...row } of withBallotFacts(rows, blockList)) {
      const facts = { present, absent, deviates };
      ballots.push([
        id,
        row.memberId,
        row.groupKey,
        row.vote,
        date,
        facts.present,
        facts.absent,
        facts.deviates,
      ]);
      const adopted = tally.passes ? 1 : 0;
      const dayKey = `${date}|${row.memberId}|${row.groupKey ?? ''}|${adopted}`;
      const day = memberDays.get(dayKey) ?? [
        date,
        row.memberId,
        row.groupKey ?? '',
        adopted,
        0,
        0,
        0,
        0,
      ];
      day[4] += 1;
      day[5] += facts.present;
      day[6] += facts.absent;
      day[7] += facts.deviates;
      memberDays.set(dayKey, day);
    }
    if (random() < 0.3) links.push([id, pick(pledges)]);
  }
  await ds.transaction(async (manager) => {
    const q = { query: (text) => manager.query(text) };
    await insertRows(
      q,
      'motion',
      [
        'id',
        'title',
        'description',
        'reference',
        'type',
        'sponsorGroupKeys',
        'policyArea',
        'requiredMajority',
        'mayorVotes',
        'meetingDate',
        'status',
        'isExample',
        'createdAt',
        'updatedAt',
        'version',
      ],
      motions,
      500,
    );
    await insertRows(
      q,
      'recorded_vote',
      [
        'id',
        'motionId',
        'meetingId',
        'agendaItemId',
        'date',
        'source',
        'requiredMajority',
        'votingMembers',
        'passes',
        'democraticMajority',
        'reliesOnExcluded',
        'blocks',
        'tally',
        'predictions',
        'recordedBy',
        'recordedAt',
      ],
      votes,
      200,
    );
    await insertRows(
      q,
      'ballot',
      ['voteId', 'memberId', 'groupKey', 'vote', 'date', 'present', 'absent', 'deviates'],
      ballots,
      2000,
    );
    await insertRows(
      q,
      'whip_history',
      [
        'motionId',
        'groupKey',
        'stance',
        'confidence',
        'absent',
        'split',
        'note',
        'noteInternal',
        'noteGroupKey',
        'contact',
        'members',
        'version',
        'changedBy',
        'changedAt',
      ],
      whips,
      1000,
    );
    await insertRows(
      q,
      'member_day',
      ['date', 'memberId', 'groupKey', 'adopted', 'votes', 'present', 'absent', 'deviations'],
      [...memberDays.values()],
      1000,
    );
    await insertRows(q, 'motion_pledge', ['motionId', 'pledgeId'], links, 1000);
  });
  await ds.query('ANALYZE');
  return { votes: votes.length, ballots: ballots.length, whips: whips.length };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function main() {
  const app = await NestFactory.create(AppModule, { logger: ['error', 'warn'] });
  configureApp(app);
  await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${app.getHttpServer().address().port}`;
  const ds = app.get(DataSource);

  log(`Generating ${VOTES} recorded votes × 93 ballots into ${DB} …`);
  const started = performance.now();
  const counts = await generate(ds);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  log(
    `Generated ${counts.votes} votes, ${counts.ballots} ballots, ${counts.whips} whip entries in ${seconds} s`,
  );

  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: PASSWORD }),
  });
  const { token } = await login.json();
  const endpoints = [
    '/api/history/summary',
    '/api/history/groups',
    '/api/history/members',
    '/api/history/members?groupKey=SPD',
    '/api/history/accuracy',
    '/api/history/votes?from=2028-01-01&to=2028-12-31',
    '/api/history/summary?policyArea=Mobilit%C3%A4t',
    '/api/history/groups?from=2029-01-01&to=2029-12-31',
    '/api/history/members?policyArea=Mobilit%C3%A4t',
    '/api/history/members?result=adopted',
    '/api/agreement/progress',
    '/api/history/votes',
    '/api/history/votes.csv',
  ];
  // The timings only mean something over the whole history: the API must see every vote.
  const coldStart = performance.now();
  const summary = await (
    await fetch(`${url}/api/history/summary`, { headers: { authorization: `Bearer ${token}` } })
  ).json();
  if (summary.votes !== VOTES) throw new Error(`summary counts ${summary.votes} of ${VOTES} votes`);
  log(
    `First request after start (builds the read model): ${(performance.now() - coldStart).toFixed(1)} ms`,
  );
  const results = [];
  for (const path of endpoints) {
    const times = [];
    let bytes = 0;
    let first = 0;
    for (let run = 0; run <= RUNS; run += 1) {
      const t0 = performance.now();
      const response = await fetch(`${url}${path}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      const body = await response.arrayBuffer();
      const elapsed = performance.now() - t0;
      if (response.status !== 200) throw new Error(`${path} → ${response.status}`);
      bytes = body.byteLength;
      if (run > 0) times.push(elapsed);
      else first = elapsed; // run 0 of each endpoint: its first request
    }
    results.push({
      path,
      first,
      median: median(times),
      min: Math.min(...times),
      max: Math.max(...times),
      bytes,
    });
  }
  log();
  log(`| endpoint | first ms | median ms | min | max | response | median < ${GOAL_MS} ms |`);
  log('|---|---:|---:|---:|---:|---:|:---:|');
  for (const r of results) {
    log(
      `| ${r.path} | ${r.first.toFixed(1)} | ${r.median.toFixed(1)} | ${r.min.toFixed(1)} | ${r.max.toFixed(1)} | ${(r.bytes / 1024).toFixed(0)} KiB | ${r.median < GOAL_MS ? 'yes' : 'no'} |`,
    );
  }
  await app.close();
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`);
  process.exit(1);
});

import type {
  HistoryVoteView,
  MeetingDetailView,
  MembershipView,
  MotionPledgesView,
  MotionView,
  WhipEntryView,
} from '@mehrheitsplaner/shared';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sqliteMigrations } from '../../server/src/database/migrations/sqlite';
import { readAllRows, type Row, type TableRows } from './support/sqlite-rows';
import { bearer, startTestApp, type TestApp } from './support/test-app';
import { sqliteOnly } from './support/engine';

/** Why the PostgreSQL run leaves this to the SQLite run. */
const SQLITE_ONLY = 'das Release 952727b liegt als SQLite-Datei vor';

/** Facts of the fixture, as test/fixtures/fill-release-database.mjs entered them. */
const RELEASE = {
  file: join(__dirname, '..', 'fixtures', 'release-952727b.sqlite'),
  adminPassword: 'release-admin-pw',
  busStop: 13,
  budget: 14,
  meeting: 1,
};
const password = (username: string) => `${username}-pw-2025`;

/**
 * Columns a later migration drops on purpose, per table, each with a comment saying where its data
 * went (the API assertions above check it arrived there). Every other column keeps its values.
 */
const DROPPED_COLUMNS: Record<string, string[]> = {
  // WhipNotesPerGroup: each entry's note became its author group's row in whip_note.
  whip_entry: ['note', 'noteInternal', 'noteGroupKey'],
};

sqliteOnly('upgrade from the release before migrations (952727b)', SQLITE_ONLY, () => {
  const copy = join(mkdtempSync(join(tmpdir(), 'upgrade-')), 'council.sqlite');
  let before: TableRows;
  let t: TestApp;

  beforeAll(async () => {
    copyFileSync(RELEASE.file, copy);
    before = await readAllRows(copy);
    t = await startTestApp({ env: { DATABASE_URL: `sqlite:${copy}`, ADMIN_PASSWORD: '' } });
  });

  afterAll(async () => {
    await t.close();
  });

  const get = async <T>(path: string, token: string): Promise<T> =>
    (
      await t
        .http()
        .get(path)
        .set(...bearer(token))
        .expect(200)
    ).body as T;

  it('should serve the motions, whip counts, meetings and history the release stored', async () => {
    const admin = await t.login('admin', RELEASE.adminPassword);
    const gruene = await t.login('gruene-manager', password('gruene-manager'));
    for (const username of ['verwalterin', 'spd-manager', 'ratsfrau', 'ausschuss']) {
      await t.login(username, password(username));
    }

    const motions = await get<MotionView[]>('/api/motions', admin);
    expect(motions).toHaveLength(16);
    expect(motions.filter((m) => m.title.startsWith('[Beispiel]'))).toHaveLength(12);
    const busStop = motions.find((m) => m.id === RELEASE.busStop);
    expect(busStop).toMatchObject({
      title: 'Barrierefreie Bushaltestellen in Wattenscheid',
      reference: '20251234',
      sponsorGroupKeys: ['SPD', 'GRUENE'],
    });

    const whip = await get<WhipEntryView[]>(`/api/motions/${RELEASE.busStop}/whip`, gruene);
    const green = whip.find((entry) => entry.groupKey === 'GRUENE');
    expect(green).toMatchObject({
      stance: 'split',
      confidence: 'likely',
      split: { yes: 8, no: 1, abstain: 1 },
      absent: 1,
      note: 'Zwei Stimmen noch offen, Rücksprache Dienstag',
      noteInternal: true,
      contact: 'Fraktionsgeschäftsstelle',
    });
    expect(green?.members.map((m) => m.vote).sort()).toEqual(['abstain', 'no']);
    expect(whip.find((entry) => entry.groupKey === 'CDU')).toMatchObject({
      stance: 'abstain',
      version: 2,
    });
    expect(whip.find((entry) => entry.groupKey === 'MAYOR')?.stance).toBe('yes');

    const meeting = await get<MeetingDetailView>(`/api/meetings/${RELEASE.meeting}`, admin);
    expect(meeting.name).toBe('12. Sitzung des Rates');
    expect(meeting.agendaItems.map((item) => item.number)).toEqual(['4.1', '5', '9', '6']);

    // The release's own GET /api/history/votes on this file answered these figures.
    const history = await get<HistoryVoteView[]>('/api/history/votes', admin);
    expect(
      history.map(({ motionId, date, source, result, tally: { yes, no, abstain, absent } }) => ({
        motionId,
        date,
        source,
        result,
        counts: [yes, no, abstain, absent],
      })),
    ).toEqual([
      {
        motionId: RELEASE.budget,
        date: '2026-11-20',
        source: 'groupCounts',
        result: 'rejected',
        counts: [39, 53, 0, 1],
      },
      {
        motionId: RELEASE.busStop,
        date: '2026-11-02',
        source: 'ballots',
        result: 'adopted',
        counts: [39, 36, 18, 0],
      },
    ]);
    expect(history[1].groupLines).toMatchObject({ SPD: 'yes', GRUENE: 'yes', CDU: 'abstain' });

    const pledges = await get<MotionPledgesView>(`/api/motions/${RELEASE.busStop}/pledges`, admin);
    expect(pledges.pledgeIds).toHaveLength(2);

    const switched = [...before.membership.rows.values()].find((row) => row.valid_to !== null);
    const memberships = await get<MembershipView[]>(
      `/api/council/members/${Number(switched?.memberId)}/memberships`,
      admin,
    );
    expect(memberships).toEqual([
      { groupKey: 'CDU', from: expect.any(String) as string, to: '2026-11-09' },
      { groupKey: 'FDP', from: '2026-11-10', to: null },
    ]);
  });

  it('should keep every row of every table of the release, every remaining column unchanged', async () => {
    await t.close();
    const after = await readAllRows(copy);
    for (const [table, { columns, rows }] of Object.entries(before)) {
      // Id counters move on with the logins above: they may grow, never shrink (ids are not reused).
      if (table === 'sqlite_sequence') continue;
      const now = after[table] ?? { columns: [], rows: new Map() };
      const kept = columns.filter((column) => now.columns.includes(column));
      expect({ table, dropped: columns.filter((column) => !kept.includes(column)) }).toEqual({
        table,
        dropped: DROPPED_COLUMNS[table] ?? [],
      });
      const changed = [...rows]
        .filter(([rowid, row]) => {
          const stored = now.rows.get(rowid);
          return !stored || kept.some((column) => stored[column] !== row[column]);
        })
        .map(([rowid]) => rowid);
      expect({ table, changed }).toEqual({ table, changed: [] });
    }
    const counters = (tables: TableRows) =>
      new Map([...tables.sqlite_sequence.rows.values()].map((row) => [row.name, Number(row.seq)]));
    const countersAfter = counters(after);
    for (const [table, seq] of counters(before)) {
      expect([table, (countersAfter.get(table) ?? 0) >= seq]).toEqual([table, true]);
    }
    expect(after.migrations.rows.size).toBe(sqliteMigrations.length);

    // Consultations: every motion got its one Rat step, and every per-vote row names the step
    // of its own motion (the new column; the compared columns above stay untouched).
    const ratSteps = new Map(
      [...after.consultation.rows.values()].map((row) => [row.motionId, row]),
    );
    expect(after.consultation.rows.size).toBe(before.motion.rows.size);
    for (const motion of before.motion.rows.values()) {
      expect(ratSteps.get(motion.id)).toMatchObject({ bodyKey: 'RAT', role: 'decision' });
    }
    for (const table of ['whip_entry', 'whip_history', 'whip_note', 'recorded_vote']) {
      const wrong = [...after[table].rows.values()].filter(
        (row) => row.consultationId !== ratSteps.get(row.motionId)?.id,
      );
      expect({ table, wrong }).toEqual({ table, wrong: [] });
    }

    const notes = (rows: Iterable<Row>, groupKey: string, note: string, internal: string) =>
      [...rows]
        .filter((row) => row[note] !== null)
        .map((row) => [
          row.motionId,
          row.groupKey,
          row[groupKey] ?? 'ADMIN',
          row[note],
          row[internal],
        ])
        .sort();
    expect(notes(after.whip_note.rows.values(), 'authorGroupKey', 'note', 'internal')).toEqual(
      notes(before.whip_entry.rows.values(), 'noteGroupKey', 'note', 'noteInternal'),
    );
  });
});

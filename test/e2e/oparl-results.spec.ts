import {
  COUNCIL_BODY_KEY,
  type ConsultationView,
  type GroupHistoryRow,
  type HistorySummary,
  type MemberView,
  type MotionView,
  type OparlImportResult,
  type RecordedVoteView,
} from '@mehrheitsplaner/shared';
import { OparlImportService } from '../../server/src/oparl/oparl-import.service';
import { startOparlFixture, type OparlFixture } from '../support/oparl-fixture';
import type { OparlObject } from '../support/oparl/fixture-data';
import { buildHardenedData } from '../support/oparl/hardened-data';
import { bearer, startTestApp, type TestApp } from './support/test-app';
import { ballots, recordVote } from './support/votes';

const COMMITTEE = 'A-AUSSCHUSSFUERUMWELT';
const MEETING_DAY = '2026-02-12';

/** AgendaItem.result without counts (issue 13): a vote of the step, left out of counted figures. */
describe('OParl import of agenda item results without counts', () => {
  let fixture: OparlFixture;
  let t: TestApp;
  let admin: string;
  let first: OparlImportResult;
  const url = (path: string) => `${fixture.base}/oparl/v1/${path}`;
  const importAll = () => t.app.get(OparlImportService).import(fixture.systemUrl, { full: true });

  beforeAll(async () => {
    fixture = await startOparlFixture({ build: buildHardenedData });
    t = await startTestApp();
    admin = await t.adminToken();
    first = await importAll();
  });
  afterAll(async () => {
    await t.close();
    await fixture.close();
  });

  const get = async <T>(path: string): Promise<T> =>
    (
      await t
        .http()
        .get(path)
        .set(...bearer(admin))
        .expect(200)
    ).body as T;
  const motionOf = async (reference: string) => {
    const motion = (await get<MotionView[]>('/api/motions')).find((m) => m.reference === reference);
    if (!motion) throw new Error(`no motion ${reference}`);
    return motion;
  };
  /** The votes of every step of the motion's path, in its order. */
  const votesOf = async (reference: string) => {
    const motion = await motionOf(reference);
    const steps = await get<ConsultationView[]>(`/api/motions/${motion.id}/consultations`);
    const perStep = await Promise.all(
      steps.map((step) => get<RecordedVoteView[]>(`/api/consultations/${step.id}/votes`)),
    );
    return perStep.flat();
  };
  const stepsOf = async (reference: string) =>
    (
      await get<ConsultationView[]>(`/api/motions/${(await motionOf(reference)).id}/consultations`)
    ).map((s) => [s.bodyKey, s.status]);
  /** Changes one agenda item of the Rat's meeting in the source. */
  const changeItem = (n: number, patch: Record<string, unknown>) => {
    const meeting = fixture.data.lists.meetings[0][0];
    fixture.update(meeting.id, {
      agendaItem: (meeting.agendaItem as OparlObject[]).map((item) =>
        item.id === url(`agendaitem/${n}`) ? { ...item, ...patch } : item,
      ),
    });
  };

  it("should record each result as its step's vote, the Rat's deciding the motion", async () => {
    expect(await stepsOf('A 2026/0001')).toEqual([
      [COMMITTEE, 'adopted'],
      [COUNCIL_BODY_KEY, 'adopted'],
    ]);
    expect((await motionOf('A 2026/0001')).status).toBe('adopted');
    const votes = await votesOf('A 2026/0001');
    expect(votes.map((v) => [v.source, v.result, v.date, v.blocks, v.resultOnly])).toEqual([
      ['resultOnly', 'adopted', MEETING_DAY, [], { resultText: 'beschlossen', unanimous: null }],
      [
        'resultOnly',
        'adopted',
        MEETING_DAY,
        [],
        { resultText: 'Einstimmig angenommen.', unanimous: true },
      ],
    ]);
    expect(votes.every((v) => v.agendaItemId !== null && v.meetingId !== null)).toBe(true);
    // The motion-level route addresses the Rat's step: the committee's vote is not among them.
    const motion = await motionOf('A 2026/0001');
    const ratVotes = await get<RecordedVoteView[]>(`/api/motions/${motion.id}/votes`);
    expect(ratVotes.map((v) => v.resultOnly?.resultText)).toEqual(['Einstimmig angenommen.']);

    expect((await motionOf('A 2026/0003')).status).toBe('rejected');
    expect((await votesOf('A 2026/0003')).map((v) => v.resultOnly)).toEqual([
      { resultText: 'mehrheitlich abgelehnt', unanimous: false },
    ]);
    // "Vertagt" is no vote (ignored), the unknown word is reported: both motions stay open.
    for (const reference of ['A 2026/0004', 'A 2026/0005']) {
      expect(await votesOf(reference)).toEqual([]);
      expect(await stepsOf(reference)).toEqual([[COUNCIL_BODY_KEY, 'open']]);
    }
    expect(first.missing.filter((m) => m.type === 'AgendaItem').map((m) => m.id)).toEqual([
      url('agendaitem/5'),
      url('agendaitem/6'),
    ]);
  });

  it('should count them in the history as votes without counts, in no counted figure', async () => {
    expect(await get<HistorySummary>('/api/history/summary')).toEqual({
      votes: 2,
      adopted: 1,
      rejected: 1,
      votesWithoutCounts: 2,
      adoptedWithDemocraticMajority: 0,
      democraticShare: null,
      adoptedRelyingOnExcluded: [],
    });
    expect(await get<HistorySummary>(`/api/history/summary?body=${COMMITTEE}`)).toMatchObject({
      votes: 1,
      adopted: 1,
      votesWithoutCounts: 1,
      democraticShare: null,
    });
    // Partner, attendance, deviation and pivotal figures have nothing to count.
    const groups = await get<GroupHistoryRow[]>('/api/history/groups');
    expect(groups.length).toBeGreaterThan(0);
    for (const row of groups) {
      expect(row).toMatchObject({
        votes: 0,
        agreementWithCoalition: null,
        attendance: null,
        deviations: 0,
        inWinningMajority: null,
        pivotal: 0,
      });
    }
    const csv = await t
      .http()
      .get('/api/history/votes.csv')
      .set(...bearer(admin))
      .expect(200);
    const rows = csv.text.trim().split('\r\n');
    const rejected = rows.find((row) => row.includes(';Tempo 30 vor Kitas;'));
    expect(rejected).toMatch(/;abgelehnt;Nur Ergebnis \(Ratsinformationssystem\);;;;;;;nein;;/);
  });

  it('should add no vote on a second import and replace a result the source changed', async () => {
    const second = await importAll();
    expect(await votesOf('A 2026/0001')).toHaveLength(2);
    expect(await votesOf('A 2026/0003')).toHaveLength(1);
    expect(second.missing).toEqual(first.missing);

    changeItem(3, { result: 'angenommen' });
    await importAll();
    const votes = await votesOf('A 2026/0003');
    expect(votes.map((v) => [v.result, v.voided === null])).toEqual([
      ['rejected', false],
      ['adopted', true],
    ]);
    expect(votes[0].voided?.reason).toContain('„angenommen“');
    expect((await motionOf('A 2026/0003')).status).toBe('adopted');
    expect(await get<HistorySummary>('/api/history/summary')).toMatchObject({
      votes: 2,
      adopted: 2,
      votesWithoutCounts: 2,
    });
  });

  it('should never replace a vote recorded in the app with counts, and report the conflict', async () => {
    const motion = await motionOf('A 2026/0005');
    const members = (await get<MemberView[]>('/api/council/members')).filter(
      (m) => m.groupKey !== null || m.isMayor,
    );
    await recordVote(t, admin, motion.id, { ballots: ballots(members, {}, {}) }).expect(201);
    const recorded = await votesOf('A 2026/0005');
    expect(recorded.map((v) => [v.source, v.result])).toEqual([['ballots', 'rejected']]);

    changeItem(5, { result: 'einstimmig angenommen' });
    const third = await importAll();
    expect(third.skipped).toContainEqual({
      type: 'AgendaItem',
      id: url('agendaitem/5'),
      reason:
        'Ergebnis „einstimmig angenommen“ nicht übernommen: in der App mit Stimmenzahlen als ' +
        `abgelehnt erfasst (Abstimmung ${recorded[0].id}): bleibt`,
    });
    expect(await votesOf('A 2026/0005')).toEqual(recorded);
    expect((await motionOf('A 2026/0005')).status).toBe('rejected');
  });
});

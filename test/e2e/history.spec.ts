import type {
  AccuracyRow,
  GroupHistoryRow,
  HistorySummary,
  HistoryVoteDetail,
  HistoryVoteView,
  MemberHistoryRow,
  MemberView,
  RecordedVoteView,
} from '@mehrheitsplaner/shared';
import { putWhip } from './support/motions';
import { bearer, startTestApp, type TestApp } from './support/test-app';
import {
  ballots,
  councilMembers,
  groupCounts,
  membersByGroup,
  motionOnAgenda,
  recordVote,
  seatsOf,
} from './support/votes';

/**
 * A hand-computed history on the Bochum council (92 seats + mayor). A LINKE member ("switcher")
 * moves to SPD on 2026-03-01.
 * v1 2026-02-10 ballots: SPD 25 yes + 1 absent (s1), GRÜNE 13 yes, mayor yes, LINKE 8 yes and the
 *    switcher no (for LINKE), CDU 18 no, AfD 14 no, the 12 others abstain: Y 47, N 33.
 * v2 2026-04-10 ballots: SPD 27 yes (with the switcher), GRÜNE, mayor, LINKE 8 yes; CDU, AfD and
 *    the 12 others no: Y 49, N 44.
 * v3 2026-05-05 group counts: SPD 10 yes + 17 absent, GRÜNE 13 yes, mayor yes, AfD 14 yes; CDU 18
 *    and LINKE 8 no; others abstain: Y 38, N 26, but only 24 democratic yes → relies on AfD.
 */
describe('voting history', () => {
  let t: TestApp;
  let token: string;
  let committee: string;
  let members: MemberView[];
  let switcher: number;
  let s1: number;
  let mayor: number;
  const votes: RecordedVoteView[] = [];
  const motionIds: number[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    token = await t.adminToken();
    committee = (await t.createUser('committee')).token;
    members = await councilMembers(t, token);
    const byGroup = membersByGroup(members);
    switcher = byGroup.get('LINKE')?.[0] ?? 0;
    s1 = byGroup.get('SPD')?.[0] ?? 0;
    mayor = byGroup.get('MAYOR')?.[0] ?? 0;
    await t
      .http()
      .patch(`/api/council/members/${switcher}`)
      .set(...bearer(token))
      .send({ groupKey: 'SPD', from: '2026-03-01' })
      .expect(200);
    members = await councilMembers(t, token);

    const m1 = await motionOnAgenda(t, token, {
      title: 'Grünfläche Südpark',
      policyArea: 'mobilitaet',
      sponsorGroupKeys: ['SPD'],
    });
    const m2 = await motionOnAgenda(t, token, { title: 'Schulweg' });
    const m3 = await motionOnAgenda(t, token, { title: 'Gewerbesteuer' });
    motionIds.push(m1.id, m2.id, m3.id);
    for (const [groupKey, stance, confidence] of [
      ['LINKE', 'yes', 'likely'],
      ['CDU', 'no', 'confirmed'],
      ['UWG', 'abstain', 'uncertain'],
      ['SPD', 'free', 'likely'],
    ] as const) {
      await putWhip(t, token, m2.id, groupKey, { stance, confidence }).expect(200);
    }
    await putWhip(t, token, m3.id, 'LINKE', { stance: 'yes', confidence: 'likely' }).expect(200);

    const democratic = { SPD: 'yes', GRUENE: 'yes', MAYOR: 'yes', LINKE: 'yes' } as const;
    const responses = [
      await recordVote(t, token, m1.id, {
        date: '2026-02-10',
        ballots: ballots(
          members,
          { ...democratic, CDU: 'no', AfD: 'no' },
          { [switcher]: 'no', [s1]: 'absent' },
          { [switcher]: 'LINKE' },
        ),
      }),
      await recordVote(t, token, m2.id, {
        date: '2026-04-10',
        ballots: ballots(members, {
          ...democratic,
          CDU: 'no',
          AfD: 'no',
          UWG: 'no',
          FDP: 'no',
          STADTGESTALTER: 'no',
          PARTEI: 'no',
          BSW: 'no',
          VOLT: 'no',
          TIERSCHUTZ: 'no',
        }),
      }),
      await recordVote(t, token, m3.id, {
        date: '2026-05-05',
        groupCounts: groupCounts(seatsOf(members), {
          SPD: { yes: 10, absent: 17 },
          GRUENE: { yes: 13 },
          MAYOR: { yes: 1 },
          AfD: { yes: 14 },
          CDU: { no: 18 },
          LINKE: { no: 8 },
        }),
      }),
    ];
    for (const response of responses) {
      expect(response.status).toBe(201);
      votes.push(response.body as RecordedVoteView);
    }
  });
  afterAll(() => t.close());

  const get = async <T>(path: string, as = committee): Promise<T> =>
    (
      await t
        .http()
        .get(path)
        .set(...bearer(as))
        .expect(200)
    ).body as T;

  it('should list the votes newest first with tallies and group lines, filtered', async () => {
    const list = await get<HistoryVoteView[]>('/api/history/votes');
    expect(list.map((v) => v.id)).toEqual([votes[2].id, votes[1].id, votes[0].id]);
    expect(list[2]).toMatchObject({
      motionId: motionIds[0],
      title: 'Grünfläche Südpark',
      date: '2026-02-10',
      result: 'adopted',
      coalitionLine: 'yes',
      groupLines: { SPD: 'yes', LINKE: 'yes', CDU: 'no', AfD: 'no', UWG: 'abstain' },
    });
    expect(list[2].tally).toMatchObject({ yes: 47, no: 33, abstain: 12, absent: 1 });
    expect(list[0].tally).toMatchObject({ yes: 38, no: 26, reliesOnExcluded: true });
    const ids = async (query: string) =>
      (await get<HistoryVoteView[]>(`/api/history/votes?${query}`)).map((v) => v.id);
    expect(await ids('policyArea=Mobilit%C3%A4t')).toEqual([votes[0].id]);
    expect(await ids('sponsor=SPD')).toEqual([votes[0].id]);
    expect(await ids('result=rejected')).toEqual([]);
    expect(await ids('from=2026-03-01&to=2026-12-31')).toEqual([votes[2].id, votes[1].id]);
    await t
      .http()
      .get('/api/history/votes?from=2026-05-01&to=2026-01-01')
      .set(...bearer(committee))
      .expect(400);
    await t
      .http()
      .get('/api/history/votes?result=maybe')
      .set(...bearer(committee))
      .expect(400);
  });

  it('should summarise adoptions and list the one that relied on AfD votes', async () => {
    expect(await get<HistorySummary>('/api/history/summary')).toEqual({
      votes: 3,
      adopted: 3,
      rejected: 0,
      votesWithoutCounts: 0,
      adoptedWithDemocraticMajority: 2,
      democraticShare: 2 / 3,
      adoptedRelyingOnExcluded: [
        { voteId: votes[2].id, motionId: motionIds[2], title: 'Gewerbesteuer', date: '2026-05-05' },
      ],
    });
    const spring = await get<HistorySummary>('/api/history/summary?from=2026-03-01');
    expect(spring).toMatchObject({
      votes: 2,
      adoptedWithDemocraticMajority: 1,
      democraticShare: 0.5,
    });
  });

  it('should compute every group figure of the hand-computed history', async () => {
    const rows = Object.fromEntries(
      (await get<GroupHistoryRow[]>('/api/history/groups')).map((row) => [row.groupKey, row]),
    );
    expect(rows.SPD).toEqual({
      groupKey: 'SPD',
      votes: 3,
      agreementWithCoalition: 1,
      cohesion: 1,
      attendance: 62 / 80,
      deviations: 0,
      inWinningMajority: 1,
      pivotal: 2,
      present: 62,
      absent: 18,
    });
    expect(rows.LINKE).toEqual({
      groupKey: 'LINKE',
      votes: 3,
      agreementWithCoalition: 2 / 3,
      cohesion: (7.5 / 9 + 2) / 3,
      attendance: 1,
      deviations: 1,
      inWinningMajority: 2 / 3,
      pivotal: 1,
      present: 25,
      absent: 0,
    });
    expect(rows.GRUENE).toMatchObject({
      agreementWithCoalition: 1,
      inWinningMajority: 1,
      pivotal: 1,
    });
    expect(rows.CDU).toMatchObject({
      agreementWithCoalition: 0,
      inWinningMajority: 0,
      pivotal: 0,
      cohesion: 1,
    });
    expect(rows.AfD).toMatchObject({
      agreementWithCoalition: 1 / 3,
      inWinningMajority: 1 / 3,
      pivotal: 0,
    });
    expect(rows.UWG).toMatchObject({
      agreementWithCoalition: 0,
      inWinningMajority: 0,
      attendance: 1,
    });
    expect(rows.MAYOR).toBeUndefined();
  });

  it('should give member figures with the group each member had on the day', async () => {
    const rows = await get<MemberHistoryRow[]>('/api/history/members');
    const of = (id: number) => rows.filter((row) => row.memberId === id);
    expect(of(switcher).map(({ name: _n, ...row }) => row)).toEqual(
      expect.arrayContaining([
        {
          memberId: switcher,
          groupKey: 'LINKE',
          votes: 1,
          attendance: 1,
          deviations: 1,
          present: 1,
          absent: 0,
        },
        {
          memberId: switcher,
          groupKey: 'SPD',
          votes: 1,
          attendance: 1,
          deviations: 0,
          present: 1,
          absent: 0,
        },
      ]),
    );
    expect(of(s1)).toEqual([
      expect.objectContaining({ groupKey: 'SPD', votes: 2, attendance: 0.5, deviations: 0 }),
    ]);
    expect(of(mayor)).toEqual([
      expect.objectContaining({ groupKey: null, votes: 2, attendance: 1 }),
    ]);
    const linke = await get<MemberHistoryRow[]>('/api/history/members?groupKey=LINKE');
    expect(linke).toHaveLength(9);
    expect(linke.every((row) => row.groupKey === 'LINKE')).toBe(true);
  });

  it('should score the last whip entry before each vote per group and confidence band', async () => {
    const rows = await get<AccuracyRow[]>('/api/history/accuracy');
    const key = (r: AccuracyRow) => `${r.groupKey}/${r.confidence}`;
    expect(rows.sort((a, b) => key(a).localeCompare(key(b)))).toEqual([
      { groupKey: 'CDU', confidence: 'confirmed', scored: 1, right: 1, rate: 1 },
      { groupKey: 'LINKE', confidence: 'likely', scored: 2, right: 1, rate: 0.5 },
      { groupKey: 'UWG', confidence: 'uncertain', scored: 1, right: 0, rate: 0 },
    ]);
    const detail = await get<HistoryVoteDetail>(`/api/history/votes/${votes[1].id}`);
    expect(detail.projection.find((row) => row.groupKey === 'LINKE')).toEqual({
      groupKey: 'LINKE',
      stance: 'yes',
      confidence: 'likely',
      line: 'yes',
      right: true,
    });
    expect(detail.projection.find((row) => row.groupKey === 'SPD')?.right).toBeNull();
  });

  it('should export votes and ballots as CSV for German Excel and as JSON', async () => {
    const csv = await t
      .http()
      .get('/api/history/votes.csv')
      .set(...bearer(committee))
      .buffer(true)
      .expect(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv; charset=utf-8/);
    const text = csv.text;
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[0].split(';').slice(0, 3)).toEqual(['Abstimmung', 'Datum', 'Antrag']);
    expect(lines[0]).toContain(';Linie SPD;');
    expect(lines[3]).toContain(';Grünfläche Südpark;Mobilität;SPD;angenommen;Einzelstimmen;47;33;');
    expect(lines[3].split(';')[1]).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
    expect(text).not.toMatch(/;(yes|no|adopted|rejected|true|false);/);
    const english = await t
      .http()
      .get('/api/history/votes.csv?lang=en')
      .set(...bearer(committee))
      .buffer(true)
      .expect(200);
    const englishLines = english.text.slice(1).trim().split('\r\n');
    expect(englishLines[0].split(';').slice(0, 3)).toEqual(['voteId', 'date', 'motionId']);
    expect(englishLines[3]).toContain(';Grünfläche Südpark;Mobilität;SPD;adopted;ballots;47;33;');
    await t
      .http()
      .get('/api/history/votes.csv?lang=fr')
      .set(...bearer(committee))
      .expect(400);
    const ballotsCsv = await t
      .http()
      .get('/api/history/ballots.csv')
      .set(...bearer(committee))
      .buffer(true)
      .expect(200);
    const ballotLines = ballotsCsv.text.slice(1).trim().split('\r\n');
    expect(ballotLines).toHaveLength(1 + 2 * 93);
    expect(ballotsCsv.text).toContain(';Grünfläche Südpark;');
    expect(ballotLines[0]).toBe('Abstimmung;Datum;Antrag;Titel;Mitglied;Name;Fraktion;Stimme');
    const ballotWords = new Set(ballotLines.slice(1).map((line) => line.split(';').at(-1)));
    expect(ballotWords).toContain('ja');
    expect(ballotWords).toContain('nein');
    for (const word of ballotWords) {
      expect(['ja', 'nein', 'Enthaltung', 'abwesend', 'nicht abgestimmt']).toContain(word);
    }
    expect(ballotsCsv.text).not.toMatch(/;(yes|no|abstain|absent)\r\n/);
    const json = await get<unknown[]>('/api/history/ballots.json?to=2026-03-01');
    expect(json).toHaveLength(93);
  });

  it('should let every role read the history but nobody anonymous', async () => {
    const councillor = (await t.createUser('councillor', 'CDU')).token;
    await t
      .http()
      .get('/api/history/groups')
      .set(...bearer(councillor))
      .expect(200);
    await t.http().get('/api/history/groups').expect(401);
  });
});

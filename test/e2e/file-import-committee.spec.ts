import {
  COUNCIL_BODY_KEY,
  type ConsultationView,
  type FileImportResult,
  type MotionView,
  type RecordedVoteView,
} from '@mehrheitsplaner/shared';
import { createMotion } from './support/motions';
import { bearer, startTestApp, todayIso, type TestApp } from './support/test-app';

const ROUTE = '/api/admin/imports/file';
const COMMITTEE = 'A-FIN';

/** Results per group of a committee's step (not the Rat's) from a file (issue 13). */
describe('File import of recorded results for a committee step', () => {
  let t: TestApp;
  let admin: string;
  let motion: MotionView;
  const day = todayIso().split('-').reverse().join('.');

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.adminToken();
    await t
      .http()
      .post('/api/bodies')
      .set(...bearer(admin))
      .send({ key: COMMITTEE, name: 'Finanzausschuss', kind: 'committee' })
      .expect(201);
    // Three seats: SPD 2, CDU 1 (people of the committee only, from the start of the year).
    const seats = [
      'Name;Fraktion;Gremium;von;bis',
      'Sabine Sachkundig;SPD;A-FIN;01.01.2026;',
      'Tom Tanne;SPD;A-FIN;01.01.2026;',
      'Uwe Ulme;CDU;A-FIN;01.01.2026;',
    ].join('\n');
    expect(await imported(seats, 'members', false)).toMatchObject({ applied: true, errors: [] });
    motion = await createMotion(t, admin, { title: 'Haushaltssperre', reference: 'A 2026/0077' });
    await t
      .http()
      .post(`/api/motions/${motion.id}/consultations`)
      .set(...bearer(admin))
      .send({ bodyKey: COMMITTEE, date: todayIso(), role: 'preliminary' })
      .expect(201);
  });
  afterAll(() => t.close());

  async function imported(content: string, kind: string, dryRun: boolean) {
    const response = await t
      .http()
      .post(ROUTE)
      .set(...bearer(admin))
      .attach('file', Buffer.from(content, 'utf8'), 'datei.csv')
      .field('kind', kind)
      .field('dryRun', String(dryRun))
      .expect(200);
    return response.body as FileImportResult;
  }
  const get = async <T>(path: string): Promise<T> =>
    (
      await t
        .http()
        .get(path)
        .set(...bearer(admin))
        .expect(200)
    ).body as T;
  const results = (rows: string[]) =>
    ['Drucksache;Datum;Gremium;Fraktion;ja;nein;Enthaltung;abwesend', ...rows].join('\n');

  it('should name each row with a group without seats there or too many votes, writing nothing', async () => {
    const file = results([
      `A 2026/0077;${day};Finanzausschuss;SPD;2;0;0;0`,
      `A 2026/0077;${day};A-FIN;GRUENE;1;0;0;0`,
      `A 2026/0077;${day};A-FIN;CDU;0;2;0;0`,
    ]);
    const result = await imported(file, 'results', false);
    expect(result.applied).toBe(false);
    expect(result.errors.map((e) => e.message)).toEqual([
      `Zeile 3, Spalte „Fraktion“: „GRUENE“ hat am ${day} keine Sitze im Gremium A-FIN`,
      'Zeile 4, Spalte „Fraktion“: 2 Stimmen, aber „CDU“ hat im Gremium A-FIN nur 1 Sitz',
    ]);
    expect(await get<RecordedVoteView[]>(`/api/motions/${motion.id}/votes`)).toEqual([]);
  });

  it("should preview the corrected file, then record the committee's vote with the Rat's step open", async () => {
    const file = results([
      `A 2026/0077;${day};Finanzausschuss;SPD;2;0;0;0`,
      `A 2026/0077;${day};A-FIN;CDU;0;1;0;0`,
    ]);
    const change = {
      row: 2,
      action: 'add',
      subject: 'vote',
      text: `A 2026/0077 (A-FIN) am ${day}: angenommen (2 ja, 1 nein, 0 Enthaltungen)`,
    };
    const preview = await imported(file, 'results', true);
    expect(preview).toMatchObject({ applied: false, errors: [], changes: [change] });
    expect(await get<RecordedVoteView[]>(`/api/motions/${motion.id}/votes`)).toEqual([]);

    const applied = await imported(file, 'results', false);
    expect(applied).toMatchObject({ applied: true, errors: [], changes: [change] });
    const steps = await get<ConsultationView[]>(`/api/motions/${motion.id}/consultations`);
    expect(steps.map((s) => [s.bodyKey, s.status])).toEqual([
      [COMMITTEE, 'adopted'],
      [COUNCIL_BODY_KEY, 'open'],
    ]);
    const votes = await get<RecordedVoteView[]>(`/api/consultations/${steps[0].id}/votes`);
    expect(votes.map((v) => [v.consultationId, v.source, v.result])).toEqual([
      [steps[0].id, 'groupCounts', 'adopted'],
    ]);
    // The motion-level route is the Rat's step: no vote there yet.
    expect(await get<RecordedVoteView[]>(`/api/motions/${motion.id}/votes`)).toEqual([]);
    expect((await get<MotionView>(`/api/motions/${motion.id}`)).status).toBe(motion.status);
  });

  it('should record one vote when two applies meet a whip edit and tally reads on the same step', async () => {
    const other = await createMotion(t, admin, {
      title: 'Kita-Gebühren',
      reference: 'A 2026/0078',
    });
    const added = await t
      .http()
      .post(`/api/motions/${other.id}/consultations`)
      .set(...bearer(admin))
      .send({ bodyKey: COMMITTEE, date: todayIso(), role: 'preliminary' })
      .expect(201);
    const step = added.body as ConsultationView;
    const file = results([
      `A 2026/0078;${day};A-FIN;SPD;2;0;0;0`,
      `A 2026/0078;${day};A-FIN;CDU;0;1;0;0`,
    ]);
    const apply = () =>
      t
        .http()
        .post(ROUTE)
        .set(...bearer(admin))
        .attach('file', Buffer.from(file, 'utf8'), 'ergebnis.csv')
        .field('kind', 'results')
        .field('dryRun', 'false');
    const [first, second, whipEdit, ...tallies] = await Promise.all([
      apply(),
      apply(),
      t
        .http()
        .put(`/api/consultations/${step.id}/whip/CDU`)
        .set(...bearer(admin))
        .send({ stance: 'no', confidence: 'confirmed' }),
      ...Array.from({ length: 3 }, () =>
        t
          .http()
          .get(`/api/consultations/${step.id}/tally`)
          .set(...bearer(admin)),
      ),
    ]);
    for (const response of [first, second, whipEdit, ...tallies]) {
      expect(response.status).toBeLessThan(500);
    }
    const imports = [first.body as FileImportResult, second.body as FileImportResult];
    expect(imports.map((result) => [result.applied, result.errors])).toEqual([
      [true, []],
      [true, []],
    ]);
    // One of them recorded the vote; the other found it recorded and changed nothing.
    const adds = imports.map((result) => result.changes.filter((c) => c.action === 'add').length);
    expect(adds.sort()).toEqual([0, 1]);
    const votes = await get<RecordedVoteView[]>(`/api/consultations/${step.id}/votes`);
    expect(votes.map((v) => [v.source, v.result])).toEqual([['groupCounts', 'adopted']]);
    const steps = await get<ConsultationView[]>(`/api/motions/${other.id}/consultations`);
    expect(steps.find((s) => s.id === step.id)?.status).toBe('adopted');
    // A whip edit answered 200 is kept; one refused because the vote settled the step first
    // left the line as it was (never written: version 0).
    expect([200, 409]).toContain(whipEdit.status);
    const lines = await get<Array<{ groupKey: string; stance: string; version: number }>>(
      `/api/consultations/${step.id}/whip`,
    );
    expect(lines.find((line) => line.groupKey === 'CDU')).toMatchObject(
      whipEdit.status === 200 ? { stance: 'no', version: 1 } : { stance: 'unknown', version: 0 },
    );
  });
});

import {
  COUNCIL_BODY_KEY,
  type BodyMemberView,
  type BodySummary,
  type ConsultationView,
  type CouncilView,
  type MemberView,
  type MembershipView,
  type MotionView,
  type OparlImportJobView,
  type OparlImportResult,
  type OparlImportStarted,
  type OparlReportEntry,
  type PathEvent,
} from '@mehrheitsplaner/shared';
import { OparlImportService } from '../../server/src/oparl/oparl-import.service';
import { startOparlFixture, type OparlFixture } from '../support/oparl-fixture';
import { addUmweltConsultationToPaper6, buildHardenedData } from '../support/oparl/hardened-data';
import { OPARL_TYPE, type OparlObject } from '../support/oparl/fixture-data';
import { connect, connected, emitWithAck, type LiveSocket } from './support/live-socket';
import { finishedImport } from './support/oparl-jobs';
import { bearer, startTestApp, todayIso, type TestApp } from './support/test-app';

const IMPORTED = ['Anna Amsel', 'Bert Buche', 'Cem Cedern', 'Doro Dohle', 'Fiona Fink'];
const REFERENCES = ['A 2026/0001', 'A 2026/0003', 'A 2026/0004', 'A 2026/0005'];

function dayBefore(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
}

const notesOf = (entries: OparlReportEntry[], id: string) =>
  entries.filter((e) => e.id === id).map((e) => e.note);

describe('OParl import of a source with the variants real servers send', () => {
  let fixture: OparlFixture;
  let t: TestApp;
  let admin: string;
  let job: OparlImportJobView;
  let first: OparlImportResult;
  const url = (path: string) => `${fixture.base}/oparl/v1/${path}`;

  beforeAll(async () => {
    fixture = await startOparlFixture({
      build: buildHardenedData,
      emptyFiltered: '404',
      dropFilterInNext: true,
    });
    t = await startTestApp();
    admin = await t.adminToken();
    const started = await t
      .http()
      .post('/api/admin/oparl/import')
      .set(...bearer(admin))
      .send({ url: fixture.systemUrl })
      .expect(202);
    job = await finishedImport(t, admin, (started.body as OparlImportStarted).jobId);
    if (!job.result) throw new Error(`import failed: ${job.error}`);
    first = job.result;
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
  const stepsOf = async (reference: string) => {
    const motion = (await get<MotionView[]>('/api/motions')).find((m) => m.reference === reference);
    if (!motion) throw new Error(`no motion ${reference}`);
    return get<ConsultationView[]>(`/api/motions/${motion.id}/consultations`);
  };
  const pathOf = async (reference: string) =>
    (await stepsOf(reference)).map((s) => [s.bodyKey, s.role, s.date, s.position]);
  const seated = async () =>
    (await get<MemberView[]>('/api/council/members')).filter((m) => m.groupKey !== null);

  it('should leave exactly the imported councillors, the seeded placeholders ended not deleted', async () => {
    expect((await seated()).map((m) => m.name).sort()).toEqual(IMPORTED);
    const council = await get<CouncilView>('/api/council');
    expect(council.seats).toBe(IMPORTED.length);
    // Every other member (the seeded placeholders not taken over) was ended, none deleted.
    const everyone = (await get<MemberView[]>('/api/council/members')).filter((m) => !m.isMayor);
    expect(first.ended.length).toBeGreaterThan(80);
    expect(everyone).toHaveLength(IMPORTED.length + first.ended.length);
    const endedId = Number(first.ended[0].id);
    const history = await get<MembershipView[]>(`/api/council/members/${endedId}/memberships`);
    expect(history.length).toBeGreaterThan(0);
    expect(history.every((m) => m.to === dayBefore(todayIso()))).toBe(true);
  });

  it('should tell Fraktionen, bodies and parties apart and report every guess', async () => {
    expect(notesOf(first.guessed, url('organization/1'))).toEqual([
      'classification „Fraktion“ und organizationType „Gremium“ widersprechen sich: als Fraktion übernommen',
    ]);
    expect(notesOf(first.guessed, url('organization/2'))).toEqual([
      'Kürzel „FR“: als Fraktion übernommen',
    ]);
    expect(notesOf(first.guessed, url('organization/3'))[0]).toContain('aus dem Namen');
    for (const deleted of ['organization/9', 'person/7', 'paper/3']) {
      expect(notesOf(first.guessed, url(deleted))[0]).toMatch(/^gelöschtes Objekt ohne type/);
    }
    // Doro Dohle is listed only in the party FDP: the FDP group stands in, as a guess.
    const doro = (await seated()).find((m) => m.name === 'Doro Dohle');
    expect(doro?.groupKey).toBe('FDP');
    expect(notesOf(first.guessed, url('membership/40'))[0]).toContain('aus der Partei');
    const council = await get<CouncilView>('/api/council');
    expect(council.groups.map((g) => g.key)).not.toContain('RATDERSTADTBOCHUM');
  });

  it('should list what is missing and what was skipped', async () => {
    expect(notesOf(first.missing, url('person/5'))).toEqual([
      'Ratsmitglied ohne Fraktionsmitgliedschaft in der Quelle',
    ]);
    expect(notesOf(first.missing, url('agendaitem/5'))).toEqual([
      'Ergebnis „Zur Beratung in die Fraktionen“ unbekannt: nicht erfasst',
    ]);
    expect(notesOf(first.missing, url('agendaitem/6'))).toEqual([
      'Ergebnis „angenommen“ ohne Antrag (Beratung): nicht erfasst',
    ]);
    expect(notesOf(first.missing, url('consultation/3'))).toEqual([
      'Kenntnisnahme in unbekanntem Gremium: nicht als Schritt übernommen',
    ]);
    expect(first.skipped).toContainEqual({
      type: 'Paper',
      id: url('paper/2'),
      reason: 'Drucksache ohne Typ (type) und Titel (name): kein Antrag',
    });
    const motions = await get<MotionView[]>('/api/motions');
    expect(motions.map((m) => m.reference).sort()).toEqual(REFERENCES);
  });

  it('should make committees and the district council bodies with their members', async () => {
    const bodies = await get<BodySummary[]>('/api/bodies');
    expect(bodies.filter((b) => b.kind !== 'council').map((b) => [b.key, b.kind, b.name])).toEqual(
      expect.arrayContaining([
        ['A-AUSSCHUSSFUERUMWELT', 'committee', 'Ausschuss für Umwelt'],
        ['A-HAUPTUNDFINANZAUSSCHUSS', 'committee', 'Haupt- und Finanzausschuss'],
        ['BV-BEZIRKSVERTRETUNGMITTE', 'district', 'Bezirksvertretung Mitte'],
      ]),
    );
    const seats = await get<BodyMemberView[]>('/api/bodies/BV-BEZIRKSVERTRETUNGMITTE/members');
    expect(seats.map((m) => [m.name, m.groupKey])).toEqual([['Cem Cedern', 'GRUENE']]);
    expect(notesOf(first.guessed, url('organization/7'))).toEqual([
      'Kürzel „BV“: als Bezirksvertretung übernommen',
    ]);
  });

  it("should make the paper's consultations its path, the Rat's step dated by its meeting", async () => {
    expect(await pathOf('A 2026/0001')).toEqual([
      ['A-AUSSCHUSSFUERUMWELT', 'preliminary', null, 1],
      [COUNCIL_BODY_KEY, 'decision', '2026-02-12', 2],
    ]);
    expect(notesOf(first.guessed, url('consultation/2'))).toEqual([
      'Rolle „Beschlussfassung“: als Entscheidung übernommen',
    ]);
    expect(notesOf(first.missing, url('consultation/1'))).toEqual([]);
  });

  it('should keep the report with the job', async () => {
    const stored = await get<OparlImportJobView>(`/api/admin/oparl/import/${job.jobId}`);
    expect(stored.result?.guessed).toEqual(first.guessed);
    expect(stored.result?.missing).toEqual(first.missing);
    expect(stored.result?.ended).toHaveLength(first.ended.length);
  });

  it('should take a member who left and a new paper from a second, filtered import', async () => {
    const bert = (await seated()).find((m) => m.name === 'Bert Buche');
    if (!bert) throw new Error('no Bert');
    const left = dayBefore(todayIso());
    const person = fixture.data.lists.persons[0][1];
    fixture.update(person.id, {
      membership: (person.membership as OparlObject[]).map((m, i) =>
        i === 0 ? { ...m, endDate: left } : m,
      ),
    });
    fixture.add('papers', {
      id: url('paper/4'),
      type: `${OPARL_TYPE}Paper`,
      body: url('body/1'),
      name: 'Mehr Bänke im Stadtpark',
      reference: 'A 2026/0002',
      paperType: 'Antrag',
    });
    // Touched, so the filtered import reads the paper and its consultations again.
    const paper = fixture.data.lists.papers[0][0];
    fixture.update(paper.id, {});
    const pathBefore = await stepsOf('A 2026/0001');
    fixture.requests.length = 0;

    const second = await t.app.get(OparlImportService).import(fixture.systemUrl);
    expect(second.modifiedSince).not.toBeNull();
    expect(second.created.motions).toBe(1);
    expect(second.updated.memberships).toBe(1);
    expect(second.ended).toEqual([]);
    // Empty filtered lists came as 404; the papers' next link lost the filter and got it back.
    expect(fixture.requests).toContainEqual(
      expect.stringMatching(/^\/oparl\/v1\/body\/1\/papers\?page=2&modified_since=/),
    );
    expect((await seated()).map((m) => m.name).sort()).toEqual(
      IMPORTED.filter((name) => name !== 'Bert Buche'),
    );
    const history = await get<MembershipView[]>(`/api/council/members/${bert.id}/memberships`);
    expect(history.map((m) => [m.groupKey, m.to])).toEqual([['CDU', left]]);
    const motions = await get<MotionView[]>('/api/motions');
    expect(motions.map((m) => m.reference).sort()).toEqual([...REFERENCES, 'A 2026/0002'].sort());
    expect(await stepsOf('A 2026/0001')).toEqual(pathBefore);
  });

  it('should tell the open screens of a motion whose path an import changed, and no others', async () => {
    const motions = await get<MotionView[]>('/api/motions');
    const [changed, untouched] = ['A 2026/0004', 'A 2026/0005'].map((reference) => {
      const motion = motions.find((m) => m.reference === reference);
      if (!motion) throw new Error(`no motion ${reference}`);
      return motion;
    });
    const socket: LiveSocket = connect(t.url, admin);
    await connected(socket);
    const events: PathEvent[] = [];
    socket.on('path', (event) => events.push(event));
    for (const motion of [changed, untouched]) {
      await emitWithAck(socket, 'subscribe', { motionId: motion.id });
    }
    // The source adds a preliminary consultation in the environment committee to paper 6.
    const paperId = addUmweltConsultationToPaper6(fixture);

    await t.app.get(OparlImportService).import(fixture.systemUrl);
    const path = await stepsOf('A 2026/0004');
    expect(path.map((s) => s.bodyKey)).toHaveLength(2);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(events.map((e) => [e.motionId, e.consultations.map((s) => s.bodyKey)])).toEqual([
      [changed.id, path.map((s) => s.bodyKey)],
    ]);

    // The same source again changes no path: no event.
    fixture.update(paperId, {});
    await t.app.get(OparlImportService).import(fixture.systemUrl);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(events).toHaveLength(1);
    socket.disconnect();
  });
});

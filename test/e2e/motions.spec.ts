import type { ApiError, MotionView } from '@mehrheitsplaner/shared';
import { createMotion, enterWhipCount, WORKED_EXAMPLE } from './support/motions';
import { bearer, startTestApp, type TestApp } from './support/test-app';

describe('motions', () => {
  let t: TestApp;
  let manager: string;
  let councillor: string;

  beforeAll(async () => {
    t = await startTestApp();
    manager = (await t.createUser('manager', 'SPD')).token;
    councillor = (await t.createUser('councillor', 'CDU')).token;
  });
  afterAll(() => t.close());

  const list = async (query: string): Promise<MotionView[]> => {
    const response = await t
      .http()
      .get(`/api/motions${query}`)
      .set(...bearer(councillor))
      .expect(200);
    return response.body as MotionView[];
  };

  it('should create a motion with defaults and the expected verdict', async () => {
    const motion = await createMotion(t, manager, {
      title: 'Zweites Frauenhaus',
      sponsorGroupKeys: ['SPD', 'GRUENE'],
      policyArea: 'sicherheit-ordnung',
      reference: '20260034',
      submittedOn: '2026-01-20',
    });
    expect(motion).toMatchObject({
      title: 'Zweites Frauenhaus',
      description: '',
      reference: '20260034',
      submittedOn: '2026-01-20',
      type: 'antrag',
      status: 'draft',
      requiredMajority: 'simple',
      mayorVotes: true,
      sponsorGroupKeys: ['SPD', 'GRUENE'],
      // Filed under the agreement chapter the key names, by its title.
      policyArea: 'Sicherheit und Ordnung',
      meetingDate: null,
      isExample: false,
      version: 1,
      verdict: 'open',
      // Without whip counts no group is expected in the chamber: no quorum.
      quorum: false,
    });
    expect(typeof motion.margin).toBe('number');
    const fetched = await t
      .http()
      .get(`/api/motions/${motion.id}`)
      .set(...bearer(councillor))
      .expect(200);
    expect(fetched.body).toEqual(motion);
  });

  it('should refuse a councillor, an unknown sponsor (404) and bad fields (400)', async () => {
    await t
      .http()
      .post('/api/motions')
      .set(...bearer(councillor))
      .send({ title: 'x' })
      .expect(403);
    const unknown = await t
      .http()
      .post('/api/motions')
      .set(...bearer(manager))
      .send({ title: 'x', sponsorGroupKeys: ['SPD', 'NOPE'] })
      .expect(404);
    expect((unknown.body as ApiError).message).toContain('NOPE');
    const area = await t
      .http()
      .post('/api/motions')
      .set(...bearer(manager))
      .send({ title: 'x', policyArea: 'Raumfahrt' })
      .expect(400);
    expect((area.body as ApiError).message).toBe(
      'Unbekanntes Politikfeld "Raumfahrt": erlaubt sind die Kapitel des Koalitionsvertrags',
    );
    for (const body of [
      { title: '' },
      { title: 'x', requiredMajority: 'huge' },
      { title: 'x', meetingDate: '2026-02-30' },
      { title: 'x', submittedOn: '2026-13-01' },
      { title: 'x', submittedOn: '1.2.2026' },
      { title: 'x', extra: true },
    ]) {
      await t
        .http()
        .post('/api/motions')
        .set(...bearer(manager))
        .send(body)
        .expect(400);
    }
    await t
      .http()
      .get('/api/motions/99999')
      .set(...bearer(manager))
      .expect(404);
  });

  it('should filter by status, policy area, sponsor, search text, dates and missing majority', async () => {
    const a = await createMotion(t, manager, {
      title: 'Kita-Ausbau U3',
      policyArea: 'Familien, Kinder und Jugendliche',
      sponsorGroupKeys: ['SPD'],
      meetingDate: '2026-02-12',
      description: 'Fachkräfteoffensive',
    });
    const b = await createMotion(t, manager, {
      title: 'Märkte ohne Standgebühr',
      policyArea: 'wirtschaft',
      sponsorGroupKeys: ['GRUENE'],
      meetingDate: '2026-05-21',
      reference: 'DS-2026-77',
    });
    await enterWhipCount(t, await t.adminToken(), a.id, WORKED_EXAMPLE);
    await t
      .http()
      .patch(`/api/motions/${b.id}`)
      .set(...bearer(manager))
      .send({ version: b.version, status: 'submitted' })
      .expect(200);

    const ids = (views: MotionView[]) =>
      views.map((v) => v.id).filter((id) => [a.id, b.id].includes(id));
    expect(ids(await list('?status=submitted'))).toEqual([b.id]);
    expect(
      ids(await list(`?policyArea=${encodeURIComponent('Familien, Kinder und Jugendliche')}`)),
    ).toEqual([a.id]);
    expect(ids(await list('?sponsor=GRUENE'))).toEqual([b.id]);
    expect(ids(await list('?q=fachkräfte'))).toEqual([a.id]);
    expect(ids(await list('?q=ds-2026'))).toEqual([b.id]);
    expect(ids(await list('?from=2026-03-01'))).toEqual([b.id]);
    expect(ids(await list('?from=2026-01-01&to=2026-02-28'))).toEqual([a.id]);
    expect(ids(await list('?withoutMajority=true'))).toEqual([b.id]);
    const all = await list('');
    expect(all.find((v) => v.id === a.id)).toMatchObject({
      verdict: 'democratic',
      margin: 30,
      quorum: true,
    });
    await t
      .http()
      .get('/api/motions?status=nonsense')
      .set(...bearer(councillor))
      .expect(400);
  });

  it('should move along the lifecycle and answer 409 naming a forbidden step', async () => {
    let motion = await createMotion(t, manager, { title: 'Lebenszyklus' });
    for (const status of ['submitted', 'inDeliberation', 'onAgenda', 'withdrawn'] as const) {
      const response = await t
        .http()
        .patch(`/api/motions/${motion.id}`)
        .set(...bearer(manager))
        .send({ version: motion.version, status })
        .expect(200);
      motion = response.body as MotionView;
      expect(motion.status).toBe(status);
    }
    expect(motion.version).toBe(5);
    const refused = await t
      .http()
      .patch(`/api/motions/${motion.id}`)
      .set(...bearer(manager))
      .send({ version: motion.version, status: 'onAgenda' })
      .expect(409);
    expect(refused.body).toMatchObject({ code: 'INVALID_TRANSITION' });
    expect((refused.body as ApiError).message).toContain(
      '„zurückgezogen“ → „auf der Tagesordnung“',
    );

    const draft = await createMotion(t, manager, { title: 'Sprung' });
    const skip = await t
      .http()
      .patch(`/api/motions/${draft.id}`)
      .set(...bearer(manager))
      .send({ version: 1, status: 'postponed' })
      .expect(409);
    expect((skip.body as ApiError).message).toContain('„Entwurf“ → „vertagt“');
  });

  it('should answer 409 with a human message on a stale version and 400 without one', async () => {
    const motion = await createMotion(t, manager, { title: 'Version' });
    const edited = await t
      .http()
      .patch(`/api/motions/${motion.id}`)
      .set(...bearer(manager))
      .send({ version: 1, title: 'Version 2', requiredMajority: 'absolute', mayorVotes: false })
      .expect(200);
    expect(edited.body).toMatchObject({
      title: 'Version 2',
      requiredMajority: 'absolute',
      mayorVotes: false,
      version: 2,
    });
    const stale = await t
      .http()
      .patch(`/api/motions/${motion.id}`)
      .set(...bearer(manager))
      .send({ version: 1, title: 'Überschrieben?' })
      .expect(409);
    expect((stale.body as ApiError).message).toBe(
      'Der Antrag wurde inzwischen geändert (Version 2). Bitte neu laden.',
    );
    await t
      .http()
      .patch(`/api/motions/${motion.id}`)
      .set(...bearer(manager))
      .send({ title: 'ohne Version' })
      .expect(400);
    await t
      .http()
      .patch(`/api/motions/${motion.id}`)
      .set(...bearer(councillor))
      .send({ version: 2, title: 'x' })
      .expect(403);
  });

  it('should clear the optional dates, reference and policy area when a patch sends null', async () => {
    const motion = await createMotion(t, manager, {
      title: 'Leeren',
      reference: '20260099',
      policyArea: 'sicherheit-ordnung',
      meetingDate: '2026-03-12',
      submittedOn: '2026-02-01',
    });
    const cleared = await t
      .http()
      .patch(`/api/motions/${motion.id}`)
      .set(...bearer(manager))
      .send({ version: 1, reference: null, policyArea: null, meetingDate: null, submittedOn: null })
      .expect(200);
    expect(cleared.body).toMatchObject({
      reference: null,
      policyArea: null,
      meetingDate: null,
      submittedOn: null,
      version: 2,
    });
  });
});

import type { CouncilView, GroupView, MemberView } from '@mehrheitsplaner/shared';
import { bearer, startTestApp, type TestApp } from './support/test-app';

describe('council', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.adminToken();
  });
  afterAll(() => t.close());

  const council = async (): Promise<CouncilView> =>
    (
      await t
        .http()
        .get('/api/council')
        .set(...bearer(admin))
        .expect(200)
    ).body as CouncilView;

  it('should return the seeded Bochum 2025 council in the api.md shape', async () => {
    const view = await council();
    expect(view.name).toBe('Rat der Stadt Bochum');
    expect(view.seats).toBe(92);
    expect(view.votingMembers).toBe(93);
    expect(view.mayorVotes).toBe(true);
    expect(view.mayor).toEqual({ name: 'Jörg Lukat', title: 'Oberbürgermeister' });
    expect(view.excludedGroupKeys).toEqual(['AfD']);
    expect([...view.coalitionGroupKeys].sort()).toEqual(['GRUENE', 'SPD']);
    expect(view.groups).toHaveLength(12);
    const seats = (key: string) => view.groups.find((g) => g.key === key)?.seats;
    expect((seats('SPD') ?? 0) + (seats('GRUENE') ?? 0)).toBe(39);
    expect(view.groups.reduce((sum, g) => sum + g.seats, 0)).toBe(92);
  });

  it('should list the groups in seat-chart order with colour and source', async () => {
    const view = await council();
    expect(view.groups.map((g) => g.key)).toEqual([
      'LINKE',
      'PARTEI',
      'TIERSCHUTZ',
      'GRUENE',
      'VOLT',
      'SPD',
      'BSW',
      'STADTGESTALTER',
      'FDP',
      'UWG',
      'CDU',
      'AfD',
    ]);
    const afd = view.groups.find((g) => g.key === 'AfD');
    expect(afd).toEqual({
      key: 'AfD',
      name: 'AfD',
      seats: 14,
      color: '#009EE0',
      excluded: true,
      coalition: false,
      seatsSource: {
        source:
          'https://www.bochum-journal.de/2025/09/15/stichwahl-zwischen-lukat-spd-gruene-und-bracke-cdu',
        confidence: 'estimated',
      },
      chartOrder: 12,
      version: 1,
    });
  });

  it('should list 93 members with exactly one mayor without group', async () => {
    const response = await t
      .http()
      .get('/api/council/members')
      .set(...bearer(admin))
      .expect(200);
    const members = response.body as MemberView[];
    expect(members).toHaveLength(93);
    const mayors = members.filter((m) => m.isMayor);
    expect(mayors).toEqual([
      { id: mayors[0].id, name: 'Jörg Lukat', groupKey: null, isMayor: true, version: 1 },
    ]);
    expect(members.filter((m) => m.groupKey === 'SPD')).toHaveLength(26);
    expect(members.map((m) => m.name)).toContain('Nadja Zein-Draeger');
    expect(members.map((m) => m.name)).toContain('CDU – Sitz 18');
  });

  describe('PATCH /api/council/groups/:key', () => {
    it('should update a group and show it in the council', async () => {
      const response = await t
        .http()
        .patch('/api/council/groups/UWG')
        .set(...bearer(admin))
        .send({ name: 'UWG Freie Bürger', color: '#123abc', coalition: true })
        .expect(200);
      expect(response.body as GroupView).toMatchObject({
        key: 'UWG',
        name: 'UWG Freie Bürger',
        color: '#123ABC',
        coalition: true,
        seats: 3,
      });
      const view = await council();
      expect(view.coalitionGroupKeys).toContain('UWG');
      expect(view.groups.find((g) => g.key === 'UWG')?.name).toBe('UWG Freie Bürger');
    });

    it('should reject a colour that is not #RRGGBB', async () => {
      const response = await t
        .http()
        .patch('/api/council/groups/SPD')
        .set(...bearer(admin))
        .send({ color: 'red' })
        .expect(400);
      expect(JSON.stringify(response.body)).toContain('„Farbe“');
    });

    it('should reject an unknown field with a message naming it', async () => {
      const response = await t
        .http()
        .patch('/api/council/groups/SPD')
        .set(...bearer(admin))
        .send({ seats: 40 })
        .expect(400);
      expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
      expect((response.body as { message: string[] }).message).toEqual([
        'Das Feld „seats“ ist hier nicht erlaubt',
      ]);
    });

    it('should answer 404 for an unknown group key', async () => {
      const response = await t
        .http()
        .patch('/api/council/groups/NOPE')
        .set(...bearer(admin))
        .send({ color: '#000000' })
        .expect(404);
      expect((response.body as { message: string }).message).toContain('NOPE');
    });

    it('should answer 403 for a manager', async () => {
      const { token } = await t.createUser('manager', 'SPD');
      await t
        .http()
        .patch('/api/council/groups/SPD')
        .set(...bearer(token))
        .send({ color: '#000000' })
        .expect(403);
    });
  });
});

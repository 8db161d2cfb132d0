import type { CouncilView, MemberView, MembershipView } from '@mehrheitsplaner/shared';
import { bearer, startTestApp, todayIso, type TestApp } from './support/test-app';

function dayBefore(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
}

describe('council members', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.adminToken();
  });
  afterAll(() => t.close());

  const seats = async (): Promise<Record<string, number> & { total: number; voting: number }> => {
    const view = (
      await t
        .http()
        .get('/api/council')
        .set(...bearer(admin))
        .expect(200)
    ).body as CouncilView;
    return {
      ...Object.fromEntries(view.groups.map((g) => [g.key, g.seats])),
      total: view.seats,
      voting: view.votingMembers,
    };
  };
  const members = async (): Promise<MemberView[]> =>
    (
      await t
        .http()
        .get('/api/council/members')
        .set(...bearer(admin))
        .expect(200)
    ).body as MemberView[];
  const history = async (id: number): Promise<MembershipView[]> =>
    (
      await t
        .http()
        .get(`/api/council/members/${id}/memberships`)
        .set(...bearer(admin))
        .expect(200)
    ).body as MembershipView[];

  it('should create a member in a group and count the new seat', async () => {
    const response = await t
      .http()
      .post('/api/council/members')
      .set(...bearer(admin))
      .send({ name: 'Neue Ratsfrau', groupKey: 'VOLT' })
      .expect(201);
    const created = response.body as MemberView;
    expect(created).toEqual({
      id: created.id,
      name: 'Neue Ratsfrau',
      groupKey: 'VOLT',
      isMayor: false,
      version: 1,
    });
    const after = await seats();
    expect(after.VOLT).toBe(2);
    expect(after.total).toBe(93);
    expect(after.voting).toBe(94);
    expect(await history(created.id)).toEqual([{ groupKey: 'VOLT', from: todayIso(), to: null }]);
  });

  it('should reject a member for an unknown group with 404', async () => {
    await t
      .http()
      .post('/api/council/members')
      .set(...bearer(admin))
      .send({ name: 'X', groupKey: 'NOPE' })
      .expect(404);
  });

  it('should switch a member to another group today, closing the old membership', async () => {
    const before = await seats();
    const cdu = (await members()).find((m) => m.name === 'CDU – Sitz 5');
    expect(cdu).toBeDefined();
    const id = cdu?.id ?? 0;
    const response = await t
      .http()
      .patch(`/api/council/members/${id}`)
      .set(...bearer(admin))
      .send({ groupKey: 'FDP' })
      .expect(200);
    expect(response.body).toEqual({
      id,
      name: 'CDU – Sitz 5',
      groupKey: 'FDP',
      isMayor: false,
      version: 2,
    });
    expect(await history(id)).toEqual([
      { groupKey: 'CDU', from: '2025-11-01', to: dayBefore(todayIso()) },
      { groupKey: 'FDP', from: todayIso(), to: null },
    ]);
    const after = await seats();
    expect(after.CDU).toBe(before.CDU - 1);
    expect(after.FDP).toBe(before.FDP + 1);
    expect(after.total).toBe(before.total);
  });

  it('should switch on a given date and rename in the same request', async () => {
    const uwg = (await members()).find((m) => m.name === 'UWG – Sitz 1');
    const id = uwg?.id ?? 0;
    await t
      .http()
      .patch(`/api/council/members/${id}`)
      .set(...bearer(admin))
      .send({ name: 'Erika Muster', groupKey: 'CDU', from: '2026-01-15' })
      .expect(200);
    expect(await history(id)).toEqual([
      { groupKey: 'UWG', from: '2025-11-01', to: '2026-01-14' },
      { groupKey: 'CDU', from: '2026-01-15', to: null },
    ]);
    expect((await members()).find((m) => m.id === id)?.name).toBe('Erika Muster');
  });

  it('should reject a switch dated before the current membership started', async () => {
    const spd = (await members()).find((m) => m.name === 'SPD – Sitz 3');
    const id = spd?.id ?? 0;
    const response = await t
      .http()
      .patch(`/api/council/members/${id}`)
      .set(...bearer(admin))
      .send({ groupKey: 'LINKE', from: '2025-10-01' })
      .expect(400);
    expect((response.body as { message: string }).message).toContain('2025-11-01');
    expect(await history(id)).toEqual([{ groupKey: 'SPD', from: '2025-11-01', to: null }]);
  });

  it('should reject impossible dates, unknown members and the mayor switching group', async () => {
    const all = await members();
    const someone = all.find((m) => !m.isMayor)?.id ?? 0;
    const mayor = all.find((m) => m.isMayor)?.id ?? 0;
    await t
      .http()
      .patch(`/api/council/members/${someone}`)
      .set(...bearer(admin))
      .send({ groupKey: 'LINKE', from: '2026-02-30' })
      .expect(400);
    await t
      .http()
      .patch('/api/council/members/99999')
      .set(...bearer(admin))
      .send({ name: 'Niemand' })
      .expect(404);
    await t
      .http()
      .patch(`/api/council/members/${mayor}`)
      .set(...bearer(admin))
      .send({ groupKey: 'SPD' })
      .expect(400);
    await t
      .http()
      .get('/api/council/members/abc/memberships')
      .set(...bearer(admin))
      .expect(400);
  });

  it('should keep the mayor name in the council in step with his member record', async () => {
    const mayor = (await members()).find((m) => m.isMayor)?.id ?? 0;
    await t
      .http()
      .patch(`/api/council/members/${mayor}`)
      .set(...bearer(admin))
      .send({ name: 'Jörg Lukat (OB)' })
      .expect(200);
    const view = (
      await t
        .http()
        .get('/api/council')
        .set(...bearer(admin))
    ).body as CouncilView;
    expect(view.mayor?.name).toBe('Jörg Lukat (OB)');
  });

  it('should refuse member changes by a councillor', async () => {
    const { token } = await t.createUser('councillor');
    await t
      .http()
      .post('/api/council/members')
      .set(...bearer(token))
      .send({ name: 'X', groupKey: 'SPD' })
      .expect(403);
  });
});

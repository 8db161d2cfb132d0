import type {
  AuditEntryView,
  AuditPage,
  MeetingDetailView,
  MemberView,
  MotionView,
  PledgeView,
  UserAccountView,
  WhipEntryView,
} from '@mehrheitsplaner/shared';
import type { Test } from 'supertest';
import { AuditService, type AuditChange } from '../../server/src/audit/audit.service';
import { auditEntries, auditTotal } from './support/audit';
import { createMotion, putWhip } from './support/motions';
import { inParallel, serverErrors } from './support/parallel';
import { bearer, startTestApp, todayIso, type TestApp } from './support/test-app';
import { councilMembers, motionOnAgenda, seatsOf } from './support/votes';

const STRONG = 'ein-langes-passwort-2026';

describe('audit log', () => {
  let t: TestApp;
  let admin: string;
  let manager: { username: string; token: string };

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.adminToken();
    manager = await t.createUser('manager', 'SPD');
  });
  afterAll(() => t.close());

  const as = (token: string) => ({
    get: (path: string) =>
      t
        .http()
        .get(path)
        .set(...bearer(token)),
    post: (path: string, body: object) =>
      t
        .http()
        .post(path)
        .set(...bearer(token))
        .send(body),
    patch: (path: string, body: object) =>
      t
        .http()
        .patch(path)
        .set(...bearer(token))
        .send(body),
    put: (path: string, body: object) =>
      t
        .http()
        .put(path)
        .set(...bearer(token))
        .send(body),
  });

  /** Runs one change and returns the one entry it added (fails on none or several). */
  const onlyEntryOf = async (change: () => Promise<unknown>): Promise<AuditEntryView> => {
    const before = await auditTotal(t);
    await change();
    expect(await auditTotal(t)).toBe(before + 1);
    const [entry] = await auditEntries(t, { limit: 1 });
    expect(entry.ip).toMatch(/127\.0\.0\.1/);
    expect(Date.parse(entry.at)).not.toBeNaN();
    return entry;
  };

  it('should write exactly one entry with actor, address, before and after for each kind of change', async () => {
    const m = as(manager.token);
    const a = as(admin);
    let motion = (await m.post('/api/motions', { title: 'Protokollierter Antrag' }).expect(201))
      .body as MotionView;
    const created = (
      await auditEntries(t, { entityType: 'motion', entityId: String(motion.id) })
    )[0];
    expect(created).toMatchObject({
      actor: manager.username,
      role: 'manager',
      action: 'create',
      before: null,
      after: { title: 'Protokollierter Antrag', status: 'draft' },
    });

    let entry = await onlyEntryOf(async () => {
      motion = (
        await m
          .patch(`/api/motions/${motion.id}`, { version: motion.version, title: 'Neu' })
          .expect(200)
      ).body as MotionView;
    });
    expect(entry).toMatchObject({
      action: 'update',
      entityType: 'motion',
      entityId: String(motion.id),
      before: { title: 'Protokollierter Antrag' },
      after: { title: 'Neu' },
    });
    expect(Object.keys(entry.after ?? {})).toEqual(['title']);

    entry = await onlyEntryOf(async () => {
      motion = (
        await m
          .patch(`/api/motions/${motion.id}`, { version: motion.version, status: 'submitted' })
          .expect(200)
      ).body as MotionView;
    });
    expect(entry).toMatchObject({
      action: 'status',
      before: { status: 'draft' },
      after: { status: 'submitted' },
    });

    entry = await onlyEntryOf(() =>
      putWhip(t, manager.token, motion.id, 'SPD', {
        stance: 'yes',
        confidence: 'likely',
        note: 'intern',
      }).expect(200),
    );
    expect(entry).toMatchObject({
      action: 'create',
      entityType: 'whipEntry',
      entityId: `${motion.id}/SPD`,
      before: null,
      after: { stance: 'yes', confidence: 'likely', note: 'intern' },
    });
    entry = await onlyEntryOf(() =>
      putWhip(t, manager.token, motion.id, 'SPD', {
        version: 1,
        stance: 'yes',
        confidence: 'confirmed',
        note: 'neu',
      }).expect(200),
    );
    expect(entry).toMatchObject({
      action: 'update',
      before: { confidence: 'likely', note: 'intern' },
      after: { confidence: 'confirmed', note: 'neu' },
    });

    let meeting!: MeetingDetailView;
    entry = await onlyEntryOf(async () => {
      meeting = (
        await m.post('/api/meetings', { date: '2026-06-11', name: 'Ratssitzung' }).expect(201)
      ).body as MeetingDetailView;
    });
    expect(entry).toMatchObject({
      action: 'create',
      entityType: 'meeting',
      entityId: String(meeting.id),
      after: { name: 'Ratssitzung' },
    });
    let itemId = 0;
    entry = await onlyEntryOf(async () => {
      itemId = (
        (await m.post(`/api/meetings/${meeting.id}/items`, { name: 'TOP 1' }).expect(201)).body as {
          id: number;
        }
      ).id;
    });
    expect(entry).toMatchObject({
      action: 'create',
      entityType: 'agendaItem',
      entityId: String(itemId),
      after: { name: 'TOP 1', motionId: null },
    });
    // Linking the submitted motion also puts it on the agenda: one entry for each change.
    const beforeLink = await auditTotal(t);
    await m
      .patch(`/api/meetings/${meeting.id}/items/${itemId}`, { motionId: motion.id })
      .expect(200);
    expect(await auditTotal(t)).toBe(beforeLink + 2);
    const [statusEntry, itemEntry] = await auditEntries(t, { limit: 2 });
    expect(itemEntry).toMatchObject({
      action: 'update',
      entityType: 'agendaItem',
      before: { motionId: null },
      after: { motionId: motion.id },
    });
    expect(statusEntry).toMatchObject({
      action: 'status',
      entityType: 'motion',
      entityId: String(motion.id),
      before: { status: 'submitted' },
      after: { status: 'onAgenda' },
    });

    entry = await onlyEntryOf(() =>
      a.patch('/api/council/groups/FDP', { color: '#ffee00' }).expect(200),
    );
    expect(entry).toMatchObject({
      actor: 'admin',
      role: 'admin',
      action: 'update',
      entityType: 'group',
      entityId: 'FDP',
      after: { color: '#FFEE00' },
    });

    let member!: MemberView;
    entry = await onlyEntryOf(async () => {
      member = (
        await a.post('/api/council/members', { name: 'Erika Muster', groupKey: 'VOLT' }).expect(201)
      ).body as MemberView;
    });
    expect(entry).toMatchObject({
      action: 'create',
      entityType: 'member',
      entityId: String(member.id),
      after: { name: 'Erika Muster' },
    });
    entry = await onlyEntryOf(() =>
      a.patch(`/api/council/members/${member.id}`, { name: 'Erika Beispiel' }).expect(200),
    );
    expect(entry).toMatchObject({
      action: 'update',
      before: { name: 'Erika Muster' },
      after: { name: 'Erika Beispiel' },
    });

    let account!: UserAccountView;
    entry = await onlyEntryOf(async () => {
      account = (
        await a
          .post('/api/users', { username: 'protokoll1', password: STRONG, role: 'councillor' })
          .expect(201)
      ).body as UserAccountView;
    });
    expect(entry).toMatchObject({
      action: 'create',
      entityType: 'user',
      entityId: String(account.id),
      after: { username: 'protokoll1', role: 'councillor' },
    });
    entry = await onlyEntryOf(() =>
      a.post(`/api/users/${account.id}/password`, { newPassword: `${STRONG}-b` }).expect(204),
    );
    expect(entry).toMatchObject({
      action: 'passwordChange',
      entityType: 'user',
      entityId: String(account.id),
      after: { password: 'changed' },
    });
    const own = await t.login('protokoll1', `${STRONG}-b`);
    entry = await onlyEntryOf(() =>
      as(own)
        .post('/api/auth/password', { currentPassword: `${STRONG}-b`, newPassword: `${STRONG}-c` })
        .expect(204),
    );
    expect(entry).toMatchObject({
      actor: 'protokoll1',
      role: 'councillor',
      action: 'passwordChange',
    });

    const pledges = (await m.get('/api/agreement/pledges').expect(200)).body as PledgeView[];
    entry = await onlyEntryOf(() =>
      m
        .put(`/api/motions/${motion.id}/pledges`, { pledgeIds: [pledges[1].id, pledges[0].id] })
        .expect(200),
    );
    expect(entry).toMatchObject({
      action: 'update',
      entityType: 'pledgeLinks',
      before: { pledgeIds: [] },
      after: { pledgeIds: [pledges[0].id, pledges[1].id].sort((x, y) => x - y) },
    });

    // No secret ever reaches the log.
    const everything = JSON.stringify(await auditEntries(t));
    expect(everything).not.toMatch(/scrypt\$|passwordHash|tokenHash/);
    expect(everything).not.toContain(STRONG);
    expect(everything).not.toContain(own);
  });

  it('should log each group entered in a live entry, only what that group changed', async () => {
    const m = as(manager.token);
    const motion = await motionOnAgenda(t, manager.token, { title: 'Live erfasst' });
    const meeting = (await m.post('/api/meetings', { date: todayIso(), name: 'Live' }).expect(201))
      .body as MeetingDetailView;
    const item = (
      await m
        .post(`/api/meetings/${meeting.id}/items`, { name: 'TOP 1', motionId: motion.id })
        .expect(201)
    ).body as { id: number };
    const seats = seatsOf(await councilMembers(t, manager.token));
    const path = `/api/meetings/${meeting.id}/items/${item.id}/draft`;
    const counts = { groupKey: 'SPD', yes: seats.SPD, no: 0, abstain: 0, absent: 0 };
    let entry = await onlyEntryOf(() => m.put(path, counts).expect(200));
    expect(entry).toMatchObject({
      action: 'create',
      entityType: 'voteDraft',
      entityId: `${item.id}/SPD`,
      after: { yes: seats.SPD, no: 0 },
    });
    entry = await onlyEntryOf(() =>
      m.put(path, { ...counts, yes: seats.SPD - 1, absent: 1 }).expect(200),
    );
    expect(entry).toMatchObject({
      action: 'update',
      before: { yes: seats.SPD, absent: 0 },
      after: { yes: seats.SPD - 1, absent: 1 },
    });
    expect(Object.keys(entry.after ?? {}).sort()).toEqual(['absent', 'yes']);
    const before = await auditTotal(t);
    await m.put(path, { ...counts, yes: seats.SPD + 5 }).expect(400);
    expect(await auditTotal(t)).toBe(before);
  });

  it('should write no entry for rejected writes', async () => {
    const m = as(manager.token);
    const motion = await createMotion(t, manager.token, { title: 'Abgelehnte Änderungen' });
    await putWhip(t, manager.token, motion.id, 'CDU', {
      stance: 'no',
      confidence: 'likely',
    }).expect(200);
    const before = await auditTotal(t);
    const refusals: Array<[Test, number]> = [
      [m.patch(`/api/motions/${motion.id}`, { version: motion.version + 5, title: 'x' }), 409],
      [m.patch(`/api/motions/${motion.id}`, { version: motion.version, status: 'adopted' }), 409],
      [m.patch('/api/motions/999999', { version: 1, title: 'x' }), 404],
      [m.post('/api/motions', { title: '' }), 400],
      [
        putWhip(t, manager.token, motion.id, 'CDU', {
          version: 7,
          stance: 'yes',
          confidence: 'likely',
        }),
        409,
      ],
      [
        putWhip(t, manager.token, motion.id, 'GRUENE', { stance: 'yes', confidence: 'likely' }),
        403,
      ],
      [m.patch('/api/council/groups/FDP', { color: '#000000' }), 403],
      [
        as(admin).post('/api/users', {
          username: manager.username,
          password: STRONG,
          role: 'committee',
        }),
        409,
      ],
      [
        as(admin).post('/api/users', {
          username: 'schwach',
          password: 'password',
          role: 'committee',
        }),
        400,
      ],
      [as(admin).post('/api/council/members', { name: 'Niemand', groupKey: 'GIBTSNICHT' }), 404],
      [m.put(`/api/motions/${motion.id}/pledges`, { pledgeIds: [999999] }), 404],
    ];
    for (const [request, status] of refusals) await request.expect(status);
    expect(await auditTotal(t)).toBe(before);
  });

  it('should leave no entry when the change is rolled back, and no change without its entry', async () => {
    class FailingAudit extends AuditService {
      override async record(change: AuditChange): Promise<void> {
        await super.record(change);
        if (change.entityType === 'motion')
          throw new Error('Schreibfehler nach dem Protokolleintrag');
      }
    }
    const failing = await startTestApp({
      overrides: [{ provide: AuditService, useClass: FailingAudit }],
    });
    try {
      const token = await failing.adminToken();
      await failing
        .http()
        .post('/api/motions')
        .set(...bearer(token))
        .send({ title: 'Verloren' })
        .expect(500);
      const motions = (
        await failing
          .http()
          .get('/api/motions')
          .set(...bearer(token))
          .expect(200)
      ).body as MotionView[];
      expect(motions.filter((motion) => motion.title === 'Verloren')).toEqual([]);
      const page = (
        await failing
          .http()
          .get('/api/admin/audit')
          .set(...bearer(token))
          .expect(200)
      ).body as AuditPage;
      expect(page.entries.filter((e) => e.entityType === 'motion')).toEqual([]);
    } finally {
      await failing.close();
    }
  });

  it('should log every 2xx of parallel writes of different kinds once and no 4xx', async () => {
    const m = as(manager.token);
    const motion = await createMotion(t, manager.token, { title: 'Gleichzeitig' });
    const before = await auditTotal(t);
    const outcomes = await inParallel([
      ...[1, 2, 3].map((n): [string, Test] => [
        `motion ${n}`,
        m.post('/api/motions', { title: `Parallel ${n}` }),
      ]),
      ...[1, 2, 3].map((n): [string, Test] => [
        `patch ${n}`,
        m.patch(`/api/motions/${motion.id}`, { version: motion.version, title: `Titel ${n}` }),
      ]),
      ...[1, 2, 3].map((n): [string, Test] => [
        `whip ${n}`,
        putWhip(t, manager.token, motion.id, 'LINKE', {
          stance: 'yes',
          confidence: 'likely',
          contact: `K${n}`,
        }),
      ]),
      ['group', as(admin).patch('/api/council/groups/UWG', { name: 'UWG (umbenannt)' })],
      ['meeting', m.post('/api/meetings', { date: '2026-07-02', name: 'Sondersitzung' })],
      ['bad meeting', m.post('/api/meetings', { date: '2026-02-30', name: 'Unmöglich' })],
      [
        'foreign line',
        putWhip(t, manager.token, motion.id, 'GRUENE', { stance: 'no', confidence: 'likely' }),
      ],
    ]);
    expect(serverErrors(outcomes)).toEqual([]);
    const ok = outcomes.filter((o) => o.status < 300);
    // One of each racing trio wins: the others meet a changed version.
    expect(ok.filter((o) => o.label.startsWith('patch'))).toHaveLength(1);
    expect(ok.filter((o) => o.label.startsWith('whip'))).toHaveLength(1);
    const refused = outcomes.filter((o) => o.status >= 400).map((o) => o.label);
    expect(refused).toEqual(expect.arrayContaining(['bad meeting', 'foreign line']));
    expect(refused).toHaveLength(6);
    // Only what the parallel requests added: the entries newer than the count before them.
    const entries = await auditEntries(t, { limit: Math.max(1, (await auditTotal(t)) - before) });
    const kinds: Record<string, [string, (body: { id?: number }) => string]> = {
      motion: ['motion', (body) => String(body.id)],
      patch: ['motion', () => String(motion.id)],
      whip: ['whipEntry', () => `${motion.id}/LINKE`],
      group: ['group', () => 'UWG'],
      meeting: ['meeting', (body) => String(body.id)],
    };
    for (const outcome of ok) {
      const [entityType, idOf] = kinds[outcome.label.split(' ')[0]];
      const entityId = idOf(outcome.body as { id?: number });
      const matching = entries.filter(
        (e) => e.entityType === entityType && e.entityId === entityId,
      );
      expect({ label: outcome.label, matching: matching.length }).toEqual({
        label: outcome.label,
        matching: 1,
      });
    }
    expect(await auditTotal(t)).toBe(before + ok.length);
    const whip = ok.find((o) => o.label.startsWith('whip'))?.body as WhipEntryView;
    expect(entries.find((e) => e.entityType === 'whipEntry')?.after).toMatchObject({
      contact: whip.contact,
    });
  });

  it('should filter, page and refuse everyone but admins', async () => {
    for (const n of [1, 2, 3]) await createMotion(t, manager.token, { title: `Gefiltert ${n}` });
    const page = (
      await as(admin)
        .get(`/api/admin/audit?actor=${manager.username}&entityType=motion&action=create&limit=2`)
        .expect(200)
    ).body as AuditPage;
    expect(page.total).toBeGreaterThan(2);
    expect(page.entries).toHaveLength(2);
    expect(page.entries[0].id).toBeGreaterThan(page.entries[1].id);
    expect(page.entries.every((e) => e.actor === manager.username && e.action === 'create')).toBe(
      true,
    );
    const next = (
      await as(admin)
        .get(
          `/api/admin/audit?actor=${manager.username}&entityType=motion&action=create&limit=2&offset=2`,
        )
        .expect(200)
    ).body as AuditPage;
    expect(next.entries[0].id).toBeLessThan(page.entries[1].id);
    const today = new Date().toISOString().slice(0, 10);
    expect(
      (
        (await as(admin).get(`/api/admin/audit?from=${today}&to=${today}`).expect(200))
          .body as AuditPage
      ).total,
    ).toBe(await auditTotal(t));
    expect(
      ((await as(admin).get('/api/admin/audit?to=2000-01-01').expect(200)).body as AuditPage).total,
    ).toBe(0);
    for (const query of [
      'limit=0',
      'limit=501',
      'offset=-1',
      'entityType=secret',
      'action=delete',
      'from=gestern',
      'extra=1',
    ]) {
      await as(admin).get(`/api/admin/audit?${query}`).expect(400);
    }
    for (const role of ['manager', 'councillor', 'committee'] as const) {
      const user = role === 'manager' ? manager : await t.createUser(role, 'SPD');
      await as(user.token).get('/api/admin/audit').expect(403);
    }
    await t.http().get('/api/admin/audit').expect(401);
    // Append-only: there is no route that changes or removes an entry.
    for (const method of ['delete', 'patch', 'put', 'post'] as const) {
      const http = t.http();
      await http[method]('/api/admin/audit')
        .set(...bearer(admin))
        .send({})
        .expect(404);
    }
  });
});

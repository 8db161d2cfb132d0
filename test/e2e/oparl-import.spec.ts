import type {
  CouncilView,
  ImportProgressEvent,
  MemberView,
  MembershipView,
  MotionPledgesView,
  MotionView,
  OparlImportResult,
  OparlImportStarted,
  PledgeView,
  Tally,
} from '@mehrheitsplaner/shared';
import { DataSource } from 'typeorm';
import { UnitOfWork } from '../../server/src/database/unit-of-work';
import { AgendaItemEntity } from '../../server/src/meetings/agenda-item.entity';
import { ConsultationEntity } from '../../server/src/motions/consultation.entity';
import {
  ExternalRefEntity,
  type ExternalRefType,
} from '../../server/src/oparl/external-ref.entity';
import { OparlApplier } from '../../server/src/oparl/oparl-apply';
import { OparlImportService } from '../../server/src/oparl/oparl-import.service';
import { RecordedVoteEntity } from '../../server/src/votes/recorded-vote.entity';
import { WhipEntryEntity } from '../../server/src/whip/whip-entry.entity';
import { startOparlFixture, type OparlFixture } from '../support/oparl-fixture';
import { freePort } from '../support/server';
import { connect, connected, type LiveSocket } from './support/live-socket';
import { finishedImport } from './support/oparl-jobs';
import { bearer, startTestApp, todayIso, type TestApp } from './support/test-app';

const TABLES = [
  'council',
  'council_group',
  'member',
  'membership',
  'motion',
  'meeting',
  'agenda_item',
  'external_ref',
  'oparl_import_state',
] as const;

const zero = { groups: 0, members: 0, memberships: 0, motions: 0, meetings: 0, agendaItems: 0 };

type Row = Record<string, unknown>;

async function counts(ds: DataSource): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const table of TABLES) {
    const [row] = await ds.query<Array<{ n: number }>>(`SELECT COUNT(*) AS n FROM "${table}"`);
    result[table] = Number(row.n);
  }
  return result;
}

/** Every row of every table the import writes, with versions and timestamps. */
async function fingerprint(ds: DataSource): Promise<string> {
  const parts: Row[][] = [];
  for (const table of TABLES) {
    parts.push(await ds.query<Row[]>(`SELECT * FROM "${table}" ORDER BY 1`));
  }
  return JSON.stringify(parts);
}

function dayBefore(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
}

async function localId(ds: DataSource, type: ExternalRefType, externalId: string): Promise<number> {
  const rows = await ds.getRepository(ExternalRefEntity).findBy({ type, externalId });
  if (rows.length !== 1) throw new Error(`no ref for ${type} ${externalId}`);
  return rows[0].localId;
}

/** The motion's Rat step (the path of a motion): whip entries and votes belong to it. */
async function ratStep(ds: DataSource, motionId: number): Promise<number> {
  const step = await ds.getRepository(ConsultationEntity).findOneBy({ motionId, bodyKey: 'RAT' });
  if (!step) throw new Error(`no Rat step of motion ${motionId}`);
  return step.id;
}

describe('OParl import against the fixture server', () => {
  let fixture: OparlFixture;
  let t: TestApp;
  let ds: DataSource;
  let importer: OparlImportService;
  let admin: string;
  let first: OparlImportResult;
  const url = (path: string) => `${fixture.base}/oparl/v1/${path}`;

  beforeAll(async () => {
    fixture = await startOparlFixture();
    t = await startTestApp();
    ds = t.app.get(DataSource);
    importer = t.app.get(OparlImportService);
    admin = await t.adminToken();
    first = await importer.import(fixture.systemUrl);
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
  const members = () => get<MemberView[]>('/api/council/members');
  const history = (id: number) => get<MembershipView[]>(`/api/council/members/${id}/memberships`);
  const memberNamed = async (name: string): Promise<MemberView> => {
    const found = (await members()).find((m) => m.name === name);
    if (!found) throw new Error(`no member ${name}`);
    return found;
  };

  it('should import every mapped object when given a System URL with paged lists', async () => {
    expect(first.created).toEqual({
      groups: 1,
      members: 2,
      memberships: 5,
      motions: 3,
      meetings: 2,
      agendaItems: 4,
    });
    // Anna and Bernd take over seeded placeholder seats of their groups instead of adding seats.
    expect(first.updated).toEqual({ ...zero, members: 2 });
    expect(first.deleted).toEqual(zero);
    expect(first.modifiedSince).toBeNull();
    expect(first.system).toBe(fixture.systemUrl);
    for (const list of ['organizations', 'persons', 'memberships', 'papers', 'meetings']) {
      expect(fixture.requests).toContain(`/oparl/v1/body/1/${list}?page=2`);
    }
    expect(fixture.requests).toContain('/oparl/v1/consultation/3');

    const council = await get<CouncilView>('/api/council');
    expect(council.name).toBe('Rat der Stadt Bochum');
    expect(council.groups.find((g) => g.key === 'DIEMITTE')).toMatchObject({
      name: 'Fraktion Die Mitte',
      seats: 2,
      color: '#9E9E9E',
      excluded: false,
      coalition: false,
    });
    expect(council.groups.find((g) => g.key === 'AfD')).toMatchObject({ excluded: true });
    expect(council.groups.find((g) => g.key === 'GRUENE')).toMatchObject({ coalition: true });
    // The import is the truth: the seeded placeholders not taken over have left, so the seats
    // are the four imported councillors' (Anna, Bernd, Carla, Dora), not 94.
    expect(council.seats).toBe(4);
    expect(first.ended.length).toBeGreaterThan(80);
  });

  it('should map papers to motions and link agenda items through consultations', async () => {
    const motions = await ds.query<Row[]>(
      'SELECT id, title, reference, type, status, "submittedOn", "sponsorGroupKeys" FROM motion ORDER BY reference',
    );
    expect(motions.map((m) => [m.reference, m.type, m.status, m.submittedOn])).toEqual([
      ['A 2025/0001', 'antrag', 'submitted', '2025-12-01'],
      ['M 2026/0010', 'vorlage', 'submitted', '2026-01-10'],
      ['V 20252345', 'vorlage', 'submitted', '2025-12-05'],
    ]);
    const radwege = motions.find((m) => m.reference === 'A 2025/0001');
    expect((JSON.parse(String(radwege?.sponsorGroupKeys)) as string[]).sort()).toEqual([
      'GRUENE',
      'SPD',
    ]);
    const items = await ds.query<Row[]>(
      'SELECT a.number, a.name, a.position, a."motionId", m.date FROM agenda_item a JOIN meeting m ON m.id = a."meetingId" ORDER BY m.date, a.position',
    );
    expect(items.map((i) => [i.date, i.number, i.motionId !== null])).toEqual([
      ['2026-01-29', '1', false],
      ['2026-01-29', '2', true],
      ['2026-01-29', '3', true],
      ['2026-02-26', '1', true],
    ]);
    expect(items[1].motionId).toBe(radwege?.id);
    expect(items[3].motionId).toBe(await localId(ds, 'Paper', url('paper/3')));
  });

  it('should keep the dated history when a person switched groups', async () => {
    const anna = await memberNamed('Anna Wechsel');
    expect(anna.groupKey).toBe('GRUENE');
    expect(await history(anna.id)).toEqual([
      { groupKey: 'SPD', from: '2025-11-01', to: '2026-03-31' },
      { groupKey: 'GRUENE', from: '2026-04-01', to: null },
    ]);
    expect((await memberNamed('Carla Mitte')).groupKey).toBe('DIEMITTE');
  });

  it('should skip broken objects with a reason and ignore non-council objects', () => {
    expect(first.skipped).toEqual(
      expect.arrayContaining([
        { type: 'Person', id: url('person/5'), reason: 'Person ohne Namen (name)' },
        {
          type: 'Membership',
          id: url('membership/99'),
          reason: 'Mitgliedschaft ohne Organisation (organization)',
        },
        {
          type: 'Membership',
          id: url('membership/51'),
          reason: expect.stringContaining('übersprungen') as string,
        },
        {
          type: 'Paper',
          id: url('paper/4'),
          reason: 'Drucksache ohne Nummer (reference) und Titel (name)',
        },
        { type: 'Meeting', id: url('meeting/3'), reason: 'Sitzung ohne gültigen Beginn (start)' },
      ]),
    );
    expect(first.skipped).toHaveLength(5);
    // committee organisation, committee membership, person without Fraktion
    expect(first.ignored).toBe(3);
  });

  it('should change nothing when the same data is imported again in full', async () => {
    const before = await fingerprint(ds);
    const again = await importer.import(fixture.systemUrl, { full: true });
    expect(again.created).toEqual(zero);
    expect(again.updated).toEqual(zero);
    expect(again.deleted).toEqual(zero);
    expect(again.skipped).toHaveLength(5);
    const after = await fingerprint(ds);
    // only the remembered import time moves on
    expect(after.replace(/"lastImportAt":"[^"]+"/, '')).toBe(
      before.replace(/"lastImportAt":"[^"]+"/, ''),
    );
  });

  it('should fetch with modified_since and pick up only a changed person name', async () => {
    fixture.update(url('person/2'), { name: 'Bernd Umbenannt' });
    const countsBefore = await counts(ds);
    fixture.requests.length = 0;
    const result = await importer.import(fixture.systemUrl);
    expect(result.modifiedSince).not.toBeNull();
    expect(
      fixture.requests.some((r) => r.startsWith('/oparl/v1/body/1/persons?modified_since=')),
    ).toBe(true);
    expect(result.created).toEqual(zero);
    expect(result.updated).toEqual({ ...zero, members: 1 });
    expect(result.deleted).toEqual(zero);
    expect(result.skipped).toEqual([]);
    expect(await counts(ds)).toEqual(countsBefore);
    expect((await memberNamed('Bernd Umbenannt')).groupKey).toBe('SPD');
  });

  it('should remove, close or mark local objects when the source deletes them', async () => {
    const whipped = await localId(ds, 'Paper', url('paper/1'));
    const removed = await localId(ds, 'Paper', url('paper/2'));
    const whippedStep = await ratStep(ds, whipped);
    // Test data beside the import: written like the app writes, in a unit of work.
    await t.app.get(UnitOfWork).run((manager) =>
      manager.insert(WhipEntryEntity, {
        motionId: whipped,
        consultationId: whippedStep,
        groupKey: 'SPD',
        stance: 'yes',
        confidence: 'confirmed',
        members: [],
        version: 1,
        updatedBy: 'admin',
        updatedAt: new Date().toISOString(),
      }),
    );
    const dora = await memberNamed('Dora Dritte');
    fixture.markDeleted(url('paper/1'));
    fixture.markDeleted(url('paper/2'));
    fixture.markDeleted(url('person/4'));
    fixture.markDeleted(url('membership/12'));

    const result = await importer.import(fixture.systemUrl);
    expect(result.deleted).toEqual({ ...zero, motions: 2, members: 1, memberships: 1 });
    const motions = await ds.query<Row[]>('SELECT id, status FROM motion');
    expect(motions.find((m) => m.id === whipped)?.status).toBe('withdrawn');
    expect(motions.find((m) => m.id === removed)).toBeUndefined();
    const unlinked = await ds.query<Row[]>(
      `SELECT "motionId" FROM agenda_item WHERE name = 'Haushaltssatzung 2026'`,
    );
    expect(unlinked).toEqual([{ motionId: null }]);
    expect(await history(dora.id)).toEqual([
      { groupKey: 'DIEMITTE', from: '2025-11-01', to: dayBefore(todayIso()) },
    ]);
    const anna = await memberNamed('Anna Wechsel');
    expect(await history(anna.id)).toEqual([
      { groupKey: 'SPD', from: '2025-11-01', to: '2026-03-31' },
    ]);
  });
});

describe('OParl import failures', () => {
  let fixture: OparlFixture;
  let t: TestApp;
  let ds: DataSource;
  let importer: OparlImportService;

  beforeAll(async () => {
    fixture = await startOparlFixture();
    t = await startTestApp();
    ds = t.app.get(DataSource);
    importer = t.app.get(OparlImportService);
  });
  afterEach(() => {
    fixture.clearFailures();
    jest.restoreAllMocks();
  });
  afterAll(async () => {
    await t.close();
    await fixture.close();
  });

  it('should report an unreachable URL clearly and write nothing', async () => {
    const before = await counts(ds);
    const closed = `http://127.0.0.1:${await freePort()}/oparl/v1/system`;
    await expect(importer.import(closed)).rejects.toThrow(
      `OParl-System nicht erreichbar: ${closed} (`,
    );
    expect(await counts(ds)).toEqual(before);
  });

  it('should report invalid JSON and HTTP errors with the URL', async () => {
    await expect(importer.import(`${fixture.base}/broken-json`)).rejects.toThrow(
      `Ungültiges JSON von ${fixture.base}/broken-json`,
    );
    await expect(importer.import(`${fixture.base}/error-500`)).rejects.toThrow(
      `OParl-System antwortet mit HTTP 500: ${fixture.base}/error-500`,
    );
  });

  it('should write nothing when a later list page is invalid JSON', async () => {
    const before = await counts(ds);
    fixture.fail('/oparl/v1/body/1/papers?page=2', 'invalid-json');
    await expect(importer.import(fixture.bodyUrl)).rejects.toThrow(/Ungültiges JSON von .*papers/);
    expect(await counts(ds)).toEqual(before);
  });

  it('should roll back everything when writing fails after groups and members were written', async () => {
    const before = await fingerprint(ds);
    const applier = OparlApplier.prototype as unknown as { applyMeetings: () => Promise<void> };
    jest.spyOn(applier, 'applyMeetings').mockRejectedValue(new Error('disk full'));
    await expect(importer.import(fixture.bodyUrl)).rejects.toThrow('disk full');
    expect(await fingerprint(ds)).toBe(before);
  });

  it('should import into an empty state afterwards when given a Body URL', async () => {
    const result = await importer.import(fixture.bodyUrl);
    expect(result.created.motions).toBe(3);
    expect(result.system).toBe(fixture.systemUrl);
  });
});

describe('POST /api/admin/oparl/import', () => {
  let fixture: OparlFixture;
  let t: TestApp;
  let admin: string;
  const sockets: LiveSocket[] = [];

  beforeAll(async () => {
    fixture = await startOparlFixture();
    t = await startTestApp();
    admin = await t.adminToken();
  });
  afterAll(async () => {
    sockets.forEach((s) => s.disconnect());
    await t.close();
    await fixture.close();
  });

  it('should accept an import with 202, report progress and finish with the result', async () => {
    const socket = connect(t.url, admin);
    sockets.push(socket);
    await connected(socket);
    const events: ImportProgressEvent[] = [];
    socket.on('importProgress', (event) => events.push(event));
    const council = new Promise<CouncilView>((resolve) =>
      socket.once('council', ({ council: view }) => resolve(view)),
    );

    const response = await t
      .http()
      .post('/api/admin/oparl/import')
      .set(...bearer(admin))
      .send({ url: fixture.systemUrl })
      .expect(202);
    const { jobId } = response.body as OparlImportStarted;
    const job = await finishedImport(t, admin, jobId);
    expect(job).toMatchObject({ status: 'done', progress: { phase: 'done' } });
    expect(job.result?.created.motions).toBe(3);
    expect((await council).groups.some((g) => g.key === 'DIEMITTE')).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(events.some((e) => e.progress.phase === 'fetch:persons')).toBe(true);
    expect(events[events.length - 1]).toMatchObject({ jobId, status: 'done' });
  });

  it('should report a failed import in the job', async () => {
    const response = await t
      .http()
      .post('/api/admin/oparl/import')
      .set(...bearer(admin))
      .send({ url: `${fixture.base}/error-500` })
      .expect(202);
    const job = await finishedImport(t, admin, (response.body as OparlImportStarted).jobId);
    expect(job.status).toBe('failed');
    expect(job.error).toContain('HTTP 500');
  });

  it('should refuse a manager with 403', async () => {
    const manager = await t.createUser('manager', 'SPD');
    await t
      .http()
      .post('/api/admin/oparl/import')
      .set(...bearer(manager.token))
      .send({ url: fixture.systemUrl })
      .expect(403);
  });

  it.each([
    [{ url: 'ftp://example.org/oparl' }],
    [{ url: 'kein link' }],
    [{}],
    [{ url: 'https://example.org/oparl', extra: 1 }],
  ])('should reject %j with 400', async (body) => {
    await t
      .http()
      .post('/api/admin/oparl/import')
      .set(...bearer(admin))
      .send(body)
      .expect(400);
  });

  it('should answer 404 for an unknown job', async () => {
    await t
      .http()
      .get('/api/admin/oparl/import/unknown')
      .set(...bearer(admin))
      .expect(404);
  });
});

describe('OParl import through the owners of the tables it fills', () => {
  let fixture: OparlFixture;
  let t: TestApp;
  let ds: DataSource;
  let importer: OparlImportService;
  let admin: string;
  const url = (path: string) => `${fixture.base}/oparl/v1/${path}`;

  beforeAll(async () => {
    fixture = await startOparlFixture();
    t = await startTestApp();
    ds = t.app.get(DataSource);
    importer = t.app.get(OparlImportService);
    admin = await t.adminToken();
    await importer.import(fixture.systemUrl);
  });
  afterAll(async () => {
    await t.close();
    await fixture.close();
  });

  it('should move an imported membership when the source changes its end date', async () => {
    fixture.update(url('membership/31'), { endDate: '2026-06-30' });
    const result = await importer.import(fixture.systemUrl);
    expect(result.updated).toEqual({ ...zero, memberships: 1 });
    const carla = await localId(ds, 'Person', url('person/3'));
    const history = await t
      .http()
      .get(`/api/council/members/${carla}/memberships`)
      .set(...bearer(admin))
      .expect(200);
    expect(history.body).toEqual([{ groupKey: 'DIEMITTE', from: '2025-11-01', to: '2026-06-30' }]);
  });

  it('should skip a changed membership that would overlap the local history', async () => {
    // Only membership 12 changes: the check sees membership 11 in the database, not the source.
    fixture.update(url('membership/12'), { startDate: '2026-03-01' });
    const result = await importer.import(fixture.systemUrl);
    expect(result.updated).toEqual(zero);
    expect(result.skipped).toEqual([
      {
        type: 'Membership',
        id: url('membership/12'),
        reason: expect.stringContaining('überschneidet sich mit der in SPD') as string,
      },
    ]);
    const anna = await localId(ds, 'Person', url('person/1'));
    const history = await t
      .http()
      .get(`/api/council/members/${anna}/memberships`)
      .set(...bearer(admin))
      .expect(200);
    expect(history.body).toEqual([
      { groupKey: 'SPD', from: '2025-11-01', to: '2026-03-31' },
      { groupKey: 'GRUENE', from: '2026-04-01', to: null },
    ]);
  });

  it('should withdraw, not delete, a motion linked to a pledge when its paper is deleted', async () => {
    const motionId = await localId(ds, 'Paper', url('paper/3'));
    const [pledge] = (
      await t
        .http()
        .get('/api/agreement/pledges')
        .set(...bearer(admin))
        .expect(200)
    ).body as PledgeView[];
    await t
      .http()
      .put(`/api/motions/${motionId}/pledges`)
      .set(...bearer(admin))
      .send({ pledgeIds: [pledge.id] })
      .expect(200);

    fixture.markDeleted(url('paper/3'));
    const result = await importer.import(fixture.systemUrl);
    expect(result.deleted).toEqual({ ...zero, motions: 1 });
    const motion = await t
      .http()
      .get(`/api/motions/${motionId}`)
      .set(...bearer(admin))
      .expect(200);
    expect((motion.body as MotionView).status).toBe('withdrawn');
    const links = await t
      .http()
      .get(`/api/motions/${motionId}/pledges`)
      .set(...bearer(admin))
      .expect(200);
    expect((links.body as MotionPledgesView).pledgeIds).toEqual([pledge.id]);

    // A withdrawn motion is final: importing the deletion again changes nothing.
    const again = await importer.import(fixture.systemUrl, { full: true });
    expect(again.deleted).toEqual(zero);
  });

  it('should keep agenda items and meetings with a recorded vote that the source removes', async () => {
    const meetingId = await localId(ds, 'Meeting', url('meeting/1'));
    const votedItem = await localId(ds, 'AgendaItem', url('agendaitem/2'));
    const motionId = await localId(ds, 'Paper', url('paper/1'));
    const votedStep = await ratStep(ds, motionId);
    await t.app.get(UnitOfWork).run((manager) =>
      manager.insert(RecordedVoteEntity, {
        motionId,
        consultationId: votedStep,
        meetingId,
        agendaItemId: votedItem,
        date: '2026-01-29',
        source: 'groupCounts',
        requiredMajority: 'simple',
        votingMembers: 0,
        passes: true,
        democraticMajority: true,
        reliesOnExcluded: false,
        blocks: [],
        tally: {
          yes: 1,
          no: 0,
          abstain: 0,
          absent: 0,
          present: 1,
          quorum: true,
          required: 1,
          passes: true,
          democraticMajority: true,
          reliesOnExcluded: false,
          robustAgainstExcluded: true,
          blockedByExcluded: false,
          margin: 0,
          pivotalGroupKeys: [],
        } satisfies Tally,
        predictions: null,
        recordedBy: 'admin',
        recordedAt: new Date().toISOString(),
      }),
    );
    const kept = expect.stringContaining('Abstimmung dazu erfasst') as string;

    fixture.update(url('meeting/1'), { agendaItem: [] });
    const emptied = await importer.import(fixture.systemUrl);
    expect(emptied.deleted).toEqual({ ...zero, agendaItems: 2 });
    expect(emptied.skipped).toEqual([
      { type: 'AgendaItem', id: url('agendaitem/2'), reason: kept },
    ]);
    const items = await ds.getRepository(AgendaItemEntity).find({
      select: { id: true },
      where: { meeting: { id: meetingId } },
    });
    expect(items.map((item) => item.id)).toEqual([votedItem]);

    fixture.markDeleted(url('meeting/1'));
    const deleted = await importer.import(fixture.systemUrl);
    expect(deleted.deleted).toEqual(zero);
    expect(deleted.skipped).toEqual([{ type: 'Meeting', id: url('meeting/1'), reason: kept }]);
    await t
      .http()
      .get(`/api/meetings/${meetingId}`)
      .set(...bearer(admin))
      .expect(200);
  });
});

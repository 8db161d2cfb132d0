import type { MotionView } from '@mehrheitsplaner/shared';
import { DataSource } from 'typeorm';
import { OparlApplier } from '../../server/src/oparl/oparl-apply';
import { OparlImportService } from '../../server/src/oparl/oparl-import.service';
import { startOparlFixture, type OparlFixture } from '../support/oparl-fixture';
import { bearer, startTestApp, type TestApp } from './support/test-app';

type Answer = { status: number; id?: number };

/**
 * Ids are never handed out twice: an answered create's id belongs to a committed row, creates
 * failing inside their unit of work (or an import rolled back after its inserts) leave no row
 * and no acknowledged id, and ids of deleted rows are not given to new ones (SQLite's
 * AUTOINCREMENT, PostgreSQL's sequences).
 */
describe('motion ids', () => {
  let t: TestApp;
  let ds: DataSource;
  let fixture: OparlFixture;
  let manager: string;
  /** Every id a 201 answered, in the order of the rounds. */
  const acknowledged: number[] = [];

  beforeAll(async () => {
    fixture = await startOparlFixture();
    t = await startTestApp();
    ds = t.app.get(DataSource);
    manager = (await t.createUser('manager', 'SPD')).token;
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(async () => {
    await t.close();
    await fixture.close();
  });

  const create = async (body: Record<string, unknown>): Promise<Answer> => {
    const response = await t
      .http()
      .post('/api/motions')
      .set(...bearer(manager))
      .send(body);
    return { status: response.status, id: (response.body as Partial<MotionView>).id };
  };
  const motionIds = async () =>
    (await ds.query<Array<{ id: number }>>('SELECT id FROM motion ORDER BY id')).map((r) => r.id);

  it('should draw every integer key from a counter that never goes back on a fresh database', async () => {
    const tables = await tablesWithoutIdCounter(ds);
    expect(tables.integerKeyed).toEqual(
      expect.arrayContaining(['motion', 'member', 'membership', 'whip_entry', 'recorded_vote']),
    );
    expect(tables.without).toEqual([]);
  });

  it('should answer unique, committed, rising ids while creates fail inside their transaction', async () => {
    // A full import that fails after writing its motions, rolled back beside the API creates.
    const applier = OparlApplier.prototype as unknown as { applyMeetings: () => Promise<void> };
    jest.spyOn(applier, 'applyMeetings').mockRejectedValue(new Error('disk full'));
    const importer = t.app.get(OparlImportService);
    for (let round = 0; round < 4; round += 1) {
      const before = Math.max(0, ...acknowledged);
      const [answers, imported] = await Promise.all([
        Promise.all([
          ...Array.from({ length: 5 }, (_, i) => create({ title: `Runde ${round} Antrag ${i}` })),
          create({ title: 'Falsches Politikfeld', policyArea: 'kein-kapitel' }),
          create({ title: 'Unbekannte Antragsteller', sponsorGroupKeys: ['SPD', 'NIEMAND'] }),
          create({ title: `Runde ${round} Antrag 5` }),
        ]),
        importer.import(fixture.systemUrl, { full: true }).then(
          () => 'committed',
          (error: Error) => error.message,
        ),
      ]);
      expect(imported).toBe('disk full');
      expect(answers.map((answer) => answer.status)).toEqual([
        201, 201, 201, 201, 201, 400, 404, 201,
      ]);
      const ids = answers.flatMap((answer) => (answer.status === 201 ? [answer.id ?? -1] : []));
      expect(new Set(ids).size).toBe(ids.length);
      // Every round commits after the previous one: its ids lie above all answered before.
      expect(Math.min(...ids)).toBeGreaterThan(before);
      acknowledged.push(...ids);
    }
    // Exactly the answered motions exist: nothing of the failed creates or the rolled-back import.
    expect(await motionIds()).toEqual([...acknowledged].sort((a, b) => a - b));
    expect(new Set(acknowledged).size).toBe(acknowledged.length);
  });

  it('should not hand out the id of a motion that a paper deletion removed', async () => {
    await t.app.get(OparlImportService).import(fixture.systemUrl);
    const refs = await ds.query<Array<{ externalId: string; localId: number }>>(
      `SELECT "externalId", "localId" FROM external_ref WHERE type = 'Paper' ORDER BY "localId" DESC`,
    );
    const newest = refs[0];
    expect(newest.localId).toBe(Math.max(...(await motionIds())));

    fixture.markDeleted(newest.externalId);
    const result = await t.app.get(OparlImportService).import(fixture.systemUrl);
    expect(result.deleted.motions).toBe(1);
    expect(await motionIds()).not.toContain(newest.localId);

    const next = await create({ title: 'Nach dem Löschen' });
    expect(next.status).toBe(201);
    expect(next.id).toBeGreaterThan(newest.localId);
    expect([...acknowledged, ...refs.map((ref) => ref.localId)]).not.toContain(next.id);
  });
});

/**
 * The tables with an integer `id` key and those of them whose ids could be handed out again:
 * on SQLite a key without AUTOINCREMENT reuses the highest deleted id; on PostgreSQL every key
 * needs a sequence (serial or identity), which never goes back.
 */
async function tablesWithoutIdCounter(
  ds: DataSource,
): Promise<{ integerKeyed: string[]; without: string[] }> {
  if (ds.options.type === 'postgres') {
    const columns = await ds.query<Array<{ name: string; counter: boolean }>>(
      `SELECT table_name AS name,
              (column_default LIKE 'nextval(%' OR is_identity = 'YES') AS counter
         FROM information_schema.columns
        WHERE table_schema = current_schema() AND column_name = 'id' AND data_type = 'integer'`,
    );
    return {
      integerKeyed: columns.map((column) => column.name),
      without: columns.filter((column) => !column.counter).map((column) => column.name),
    };
  }
  const tables = await ds.query<Array<{ name: string; sql: string }>>(
    "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
  );
  const integerKeyed = tables.filter((table) => /"id" integer PRIMARY KEY/i.test(table.sql));
  return {
    integerKeyed: integerKeyed.map((table) => table.name),
    without: integerKeyed.filter((table) => !/AUTOINCREMENT/i.test(table.sql)).map((t) => t.name),
  };
}

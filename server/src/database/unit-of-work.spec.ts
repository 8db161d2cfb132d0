import { Column, DataSource, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { installSqliteGate, UnitOfWork, writtenTable } from './unit-of-work';

@Entity('probe')
class ProbeEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column()
  name!: string;
}

async function openProbeDatabase(): Promise<DataSource> {
  const dataSource = await new DataSource({
    type: 'sqlite',
    database: ':memory:',
    entities: [ProbeEntity],
    synchronize: true,
  }).initialize();
  installSqliteGate(dataSource);
  return dataSource;
}

describe('UnitOfWork on SQLite', () => {
  let dataSource: DataSource;
  let uow: UnitOfWork;

  beforeEach(async () => {
    dataSource = await openProbeDatabase();
    uow = new UnitOfWork(dataSource);
  });
  afterEach(() => dataSource.destroy());

  const names = async () => (await dataSource.getRepository(ProbeEntity).find()).map((p) => p.name);

  it('should refuse a write outside a unit of work', async () => {
    await expect(dataSource.getRepository(ProbeEntity).save({ name: 'lose' })).rejects.toThrow(
      'Write outside a unit of work',
    );
    expect(await names()).toEqual([]);
  });

  it('should keep a unit that resolved and drop one that threw, whatever ran beside it', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) =>
        uow.run(async (manager) => {
          await manager.save(manager.create(ProbeEntity, { name: `p${i}` }));
          await new Promise((done) => setImmediate(done));
          if (i % 2 === 1) throw new Error(`rejected ${i}`);
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(5);
    expect((await names()).sort()).toEqual(['p0', 'p2', 'p4', 'p6', 'p8']);
  });

  it('should never show a reader the rows of a transaction still open', async () => {
    let release = () => undefined as void;
    const held = new Promise<void>((done) => (release = done));
    let inserted = () => undefined as void;
    const insertedOnce = new Promise<void>((done) => (inserted = done));
    const writer = uow.run(async (manager) => {
      await manager.save(manager.create(ProbeEntity, { name: 'uncommitted' }));
      inserted();
      await held;
      throw new Error('rolled back');
    });
    await insertedOnce;
    const read = names();
    release();
    await expect(writer).rejects.toThrow('rolled back');
    expect(await read).toEqual([]);
  });

  it('should join the outer transaction when a unit of work runs inside another', async () => {
    await expect(
      uow.run(async (manager) => {
        await manager.save(manager.create(ProbeEntity, { name: 'outer' }));
        await uow.run((inner) => inner.save(inner.create(ProbeEntity, { name: 'inner' })));
        expect(uow.inTransaction).toBe(true);
        throw new Error('both go');
      }),
    ).rejects.toThrow('both go');
    expect(await names()).toEqual([]);
    expect(uow.inTransaction).toBe(false);
  });

  it('should tell commit listeners the tables a committed unit wrote, once, and nothing else', async () => {
    const told: string[][] = [];
    uow.onCommit((tables) => void told.push([...tables]));
    await uow.run(async (manager) => {
      await manager.save(manager.create(ProbeEntity, { name: 'kept' }));
      await uow.run((inner) => inner.update(ProbeEntity, { name: 'kept' }, { name: 'renamed' }));
    });
    await uow.run(() => dataSource.getRepository(ProbeEntity).count());
    await expect(
      uow.run(async (manager) => {
        await manager.delete(ProbeEntity, { name: 'renamed' });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(told).toEqual([['probe']]);
    expect(await names()).toEqual(['renamed']);
  });

  it('should answer a committed write even when a commit listener fails', async () => {
    uow.onCommit(() => Promise.reject(new Error('listener broke')));
    await expect(
      uow.run((manager) => manager.save(manager.create(ProbeEntity, { name: 'kept' }))),
    ).resolves.toMatchObject({ name: 'kept' });
    expect(await names()).toEqual(['kept']);
  });
});

describe('writtenTable', () => {
  it.each([
    ['INSERT INTO "whip_entry"("motionId") VALUES ($1)', 'whip_entry'],
    ['UPDATE "public"."council_group" SET "name" = $1', 'council_group'],
    ['DELETE FROM `member` WHERE id = ?', 'member'],
    ['insert or replace into membership (id) values (1)', 'membership'],
    ['SELECT * FROM "motion"', undefined],
    ['BEGIN TRANSACTION', undefined],
  ])('should read %s as writing %s', (sql, table) => {
    expect(writtenTable(sql)).toBe(table);
  });
});

import { Injectable, Logger } from '@nestjs/common';
import { AsyncLocalStorage } from 'node:async_hooks';
import {
  DataSource,
  type EntityManager,
  type EntityTarget,
  type ObjectLiteral,
  type QueryRunner,
  type Repository,
} from 'typeorm';
import { ReadWriteGate } from './read-write-gate';

type Scope = { manager: EntityManager | null; open: boolean; tables: Set<string> };

/** Tables a committed unit of work wrote; caches of other modules listen (see onCommit). */
export type CommitListener = (tables: ReadonlySet<string>) => void | Promise<void>;

/** Attempts of a PostgreSQL transaction that loses serialization races (SQLSTATE 40001/40P01). */
const SERIALIZATION_ATTEMPTS = 10;
/** Cap of the random wait before another attempt (its ceiling doubles from 10 ms). */
const MAX_RETRY_DELAY_MS = 500;

/** Statements that change data or open a transaction: only a unit of work may send them. */
const WRITE_STATEMENT = /^\s*(BEGIN|INSERT|UPDATE|DELETE|REPLACE|SAVEPOINT)\b/i;

/** The table a write statement changes, without a schema (TypeORM quotes names with "). */
const WRITTEN_TABLE =
  /^\s*(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE|DELETE\s+FROM|REPLACE\s+INTO)\s+(?:["`]?\w+["`]?\.)?["`]?(\w+)/i;

/** The table `sql` writes, or undefined for a statement that writes none. */
export function writtenTable(sql: string): string | undefined {
  return WRITTEN_TABLE.exec(sql)?.[1];
}

const scopes = new AsyncLocalStorage<Scope>();

function noteWrite(sql: string): void {
  const table = writtenTable(sql);
  if (table) scopes.getStore()?.tables.add(table);
}
const gates = new WeakMap<DataSource, ReadWriteGate>();

function isSqlite(dataSource: DataSource): boolean {
  return dataSource.options.type === 'sqlite';
}

function isSerializationFailure(error: unknown): boolean {
  const code = (error as { driverError?: { code?: string }; code?: string } | null)?.driverError
    ?.code;
  return code === '40001' || code === '40P01';
}

/**
 * SQLite gives TypeORM one connection for everything, so without this two requests' transactions
 * would nest as savepoints and a reader would see another request's uncommitted rows. The gate
 * wraps that connection's query runner: statements of the unit of work that holds the gate run
 * at once (as BEGIN IMMEDIATE, so other processes wait on busy_timeout instead of failing late);
 * every other statement waits until no transaction is open, and a write outside a unit of work
 * is refused.
 */
export function installSqliteGate(dataSource: DataSource): void {
  if (!isSqlite(dataSource) || gates.has(dataSource)) return;
  const gate = new ReadWriteGate();
  const runner = dataSource.driver.createQueryRunner('master');
  type RawQuery = (sql: string, parameters?: unknown[], structured?: boolean) => Promise<unknown>;
  const query = runner.query.bind(runner) as unknown as RawQuery;
  runner.query = ((sql: string, parameters?: unknown[], structured?: boolean) => {
    if (scopes.getStore()?.open) {
      const statement = sql === 'BEGIN TRANSACTION' ? 'BEGIN IMMEDIATE TRANSACTION' : sql;
      noteWrite(sql);
      return query(statement, parameters, structured);
    }
    if (WRITE_STATEMENT.test(sql)) {
      // A write beside the unit of work would run inside whatever transaction holds the
      // connection: fail loudly (a programming error, caught by the tests) instead.
      return Promise.reject(new Error(`Write outside a unit of work: ${sql.slice(0, 80)}`));
    }
    return gate.shared(() => query(sql, parameters, structured));
  }) as QueryRunner['query'];
  gates.set(dataSource, gate);
}

/**
 * Random exponential backoff: writers that collided and retried at once would collide again
 * (six parallel vote recordings sharing member-day rows used up five immediate attempts).
 */
function retryDelay(attempt: number): Promise<void> {
  const ceiling = Math.min(MAX_RETRY_DELAY_MS, 5 * 2 ** attempt);
  return new Promise((done) => setTimeout(done, Math.random() * ceiling));
}

/**
 * A PostgreSQL transaction is one pooled client, and a client runs one query at a time: pg queues
 * a query sent while another runs, but deprecates that (an error from pg 9 on). Work that reads
 * in parallel (Promise.all) inside a unit of work has its statements chained here instead, in
 * the order it sent them. The runner belongs to this one transaction and is released after it.
 */
function queryOneAtATime(runner: QueryRunner | undefined): void {
  if (!runner) return;
  const query = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
  let previous: Promise<unknown> = Promise.resolve();
  runner.query = ((...args: unknown[]) => {
    if (typeof args[0] === 'string') noteWrite(args[0]);
    const next = previous.then(() => query(...args));
    previous = next.catch(() => undefined);
    return next;
  }) as QueryRunner['query'];
}

/**
 * The one way the app writes. `run` executes its work in one transaction: on SQLite one unit of
 * work at a time (see installSqliteGate), on PostgreSQL a SERIALIZABLE transaction from the pool,
 * retried when it loses a race, so work must not cause effects outside the database (emit events
 * after `run` resolves). A `run` inside another joins the outer transaction, so owner modules'
 * methods compose into one atomic change.
 */
@Injectable()
export class UnitOfWork {
  private readonly commitListeners: CommitListener[] = [];
  private readonly logger = new Logger(UnitOfWork.name);

  constructor(private readonly dataSource: DataSource) {}

  /**
   * Called after each committed unit of work that wrote, with the tables it wrote; `run` resolves
   * once every listener has settled, so a cache dropped here is gone before the write is answered.
   */
  onCommit(listener: CommitListener): void {
    this.commitListeners.push(listener);
  }

  /** The manager of the transaction this call runs in, or the default one outside of any. */
  get manager(): EntityManager {
    const scope = scopes.getStore();
    return scope?.open && scope.manager ? scope.manager : this.dataSource.manager;
  }

  /** A repository bound to the current transaction (reads inside a write see its own rows). */
  repo<T extends ObjectLiteral>(entity: EntityTarget<T>): Repository<T> {
    return this.manager.getRepository(entity);
  }

  get inTransaction(): boolean {
    return scopes.getStore()?.open === true;
  }

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const outer = scopes.getStore();
    if (outer?.open && outer.manager) return work(outer.manager);
    const gate = gates.get(this.dataSource);
    if (gate) return gate.exclusive(() => this.transaction(work));
    return this.retrying(work);
  }

  private async retrying<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.transaction(work, 'SERIALIZABLE');
      } catch (error) {
        if (attempt >= SERIALIZATION_ATTEMPTS || !isSerializationFailure(error)) throw error;
        await retryDelay(attempt);
      }
    }
  }

  private async transaction<T>(
    work: (manager: EntityManager) => Promise<T>,
    isolation?: 'SERIALIZABLE',
  ): Promise<T> {
    const scope: Scope = { manager: null, open: true, tables: new Set() };
    const inScope = (manager: EntityManager) => {
      scope.manager = manager;
      if (isolation) queryOneAtATime(manager.queryRunner);
      return work(manager);
    };
    let result: T;
    try {
      result = await scopes.run(scope, () =>
        isolation
          ? this.dataSource.transaction(isolation, inScope)
          : this.dataSource.transaction(inScope),
      );
    } finally {
      scope.open = false;
    }
    if (scope.tables.size > 0) await this.notifyCommit(scope.tables);
    return result;
  }

  /** A listener's failure must not turn a committed write into an error answer. */
  private async notifyCommit(tables: ReadonlySet<string>): Promise<void> {
    await Promise.all(
      this.commitListeners.map(async (listener) => {
        try {
          await listener(tables);
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          this.logger.error(`Nach dem Speichern: ${message}`);
        }
      }),
    );
  }
}

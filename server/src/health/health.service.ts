import type { HealthResponse } from '@mehrheitsplaner/shared';
import { Injectable } from '@nestjs/common';
import type { Database } from 'sqlite3';
import { DataSource } from 'typeorm';
import { ShutdownCoordinator } from '../lifecycle/shutdown-coordinator';
import { RedisService } from '../redis/redis.service';

/** A database that has not answered SELECT 1 by then counts as unreachable. */
export const DATABASE_CHECK_TIMEOUT_MS = 3000;

@Injectable()
export class HealthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly shutdown: ShutdownCoordinator,
    private readonly redis: RedisService,
  ) {}

  /** With REDIS_URL the shared Redis counts too: without it this instance misses the others. */
  async check(): Promise<HealthResponse> {
    const [databaseOk, redisOk] = await Promise.all([this.databaseAnswers(), this.redis.answers()]);
    const database = databaseOk ? 'ok' : 'unreachable';
    const shuttingDown = this.shutdown.isShuttingDown;
    if (databaseOk && redisOk !== false && !shuttingDown) {
      return { status: 'ok', database: 'ok', ...(redisOk ? { redis: 'ok' as const } : {}) };
    }
    const redis = redisOk === null ? {} : { redis: redisOk ? ('ok' as const) : ('fail' as const) };
    return { status: 'unavailable', database, ...redis, shuttingDown };
  }

  /** A real round trip (SELECT 1), bounded in time: a lost PostgreSQL server may never answer. */
  private async databaseAnswers(): Promise<boolean> {
    if (!this.dataSource.isInitialized) return false;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), DATABASE_CHECK_TIMEOUT_MS);
    });
    try {
      const answer = this.selectOne().then(
        () => true,
        () => false,
      );
      return await Promise.race([answer, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * On SQLite straight on the connection, beside the app's write gate: a long write (an OParl
   * import) holding the gate is no unreachable database, and a probe that failed meanwhile could
   * make an orchestrator restart the app in the middle of it. SELECT 1 reads no row, so it sees
   * nothing of a transaction that is open on that connection.
   */
  private selectOne(): Promise<unknown> {
    if (this.dataSource.options.type !== 'sqlite') return this.dataSource.query('SELECT 1');
    const connection = (this.dataSource.driver as unknown as { databaseConnection: Database })
      .databaseConnection;
    return new Promise((resolve, reject) => {
      connection.get('SELECT 1', (error) => (error ? reject(error) : resolve(null)));
    });
  }
}

import type { HealthResponse } from '@mehrheitsplaner/shared';
import { Injectable } from '@nestjs/common';
import type { Database } from 'sqlite3';
import { DataSource } from 'typeorm';
import { ShutdownCoordinator } from '../lifecycle/shutdown-coordinator';

/** A database that has not answered SELECT 1 by then counts as unreachable. */
export const DATABASE_CHECK_TIMEOUT_MS = 3000;

@Injectable()
export class HealthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly shutdown: ShutdownCoordinator,
  ) {}

  async check(): Promise<HealthResponse> {
    const database = (await this.databaseAnswers()) ? 'ok' : 'unreachable';
    const shuttingDown = this.shutdown.isShuttingDown;
    if (database === 'ok' && !shuttingDown) return { status: 'ok', database };
    return { status: 'unavailable', database, shuttingDown };
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

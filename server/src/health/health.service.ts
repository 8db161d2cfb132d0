import type { HealthResponse } from '@mehrheitsplaner/shared';
import { Injectable } from '@nestjs/common';
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
      const answer = this.dataSource.query('SELECT 1 AS ok').then(
        () => true,
        () => false,
      );
      return await Promise.race([answer, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}

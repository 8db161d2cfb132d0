import type {
  OparlImportJobView,
  OparlImportRequest,
  OparlImportStarted,
} from '@mehrheitsplaner/shared';
import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { RealtimeService } from '../realtime/realtime.service';
import { RedisService } from '../redis/redis.service';
import { MemoryOparlJobStore, type OparlJobStore } from './oparl-job-store';
import { RedisOparlJobStore } from './oparl-job-store-redis';
import { OparlImportService } from './oparl-import.service';
import { OparlError } from './oparl.errors';

/**
 * Runs imports started from the admin screen in the background, one at a time. The instance
 * that accepted the start runs it; with REDIS_URL every instance sees the job and its progress
 * (and admins' sockets on every instance get the progress events).
 */
@Injectable()
export class OparlJobsService {
  private readonly logger = new Logger(OparlJobsService.name);
  private readonly store: OparlJobStore;
  /** The job this instance runs: its freshest state, before any shared write. */
  private current: OparlImportJobView | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly importer: OparlImportService,
    private readonly realtime: RealtimeService,
    redis: RedisService,
  ) {
    this.store = redis.client ? new RedisOparlJobStore(redis.client) : new MemoryOparlJobStore();
  }

  async start(request: OparlImportRequest): Promise<OparlImportStarted> {
    const job: OparlImportJobView = {
      jobId: randomUUID(),
      status: 'running',
      url: request.url,
      progress: { phase: 'fetch:body', processed: 0 },
    };
    if (this.running || !(await this.fromStore(() => this.store.claim(job)))) {
      throw new OparlError('IMPORT_ALREADY_RUNNING', 'Es läuft bereits ein OParl-Import');
    }
    this.current = job;
    this.running = this.run(job, request.full === true).finally(() => {
      this.running = null;
      this.current = null;
    });
    return { jobId: job.jobId };
  }

  async jobOrThrow(jobId: string): Promise<OparlImportJobView> {
    const job =
      this.current?.jobId === jobId
        ? this.current
        : await this.fromStore(() => this.store.find(jobId));
    if (!job) throw new OparlError('IMPORT_JOB_NOT_FOUND', `Import ${jobId} nicht gefunden`);
    return job;
  }

  /** The shared job store (Redis) away is a 503 the admin can retry, not a server error. */
  private async fromStore<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.logger.error(`Importaufträge nicht erreichbar: ${message}`);
      throw new OparlError(
        'IMPORT_JOBS_UNAVAILABLE',
        'Die Importaufträge sind gerade nicht erreichbar (Redis). Bitte gleich noch einmal versuchen.',
      );
    }
  }

  /** Resolves when the running import (if any) has finished; for shutdown and tests. */
  async idle(): Promise<void> {
    await this.running;
  }

  private async run(job: OparlImportJobView, full: boolean): Promise<void> {
    try {
      job.result = await this.importer.import(job.url, {
        full,
        onProgress: (phase, processed) => {
          job.progress = { phase, processed };
          this.store.update(job);
          this.realtime.emitImportProgress(job);
        },
      });
      job.status = 'done';
    } catch (error) {
      job.status = 'failed';
      job.error = error instanceof OparlError ? error.message : 'Import fehlgeschlagen';
      if (!(error instanceof OparlError)) this.logger.error(`OParl-Import ${job.url}`, error);
    }
    await this.store.finish(job).catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      this.logger.error(`OParl-Import ${job.url}: Ende nicht gespeichert: ${message}`);
    });
    this.realtime.emitImportProgress(job);
  }
}

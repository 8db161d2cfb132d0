import type {
  OparlImportJobView,
  OparlImportRequest,
  OparlImportStarted,
} from '@mehrheitsplaner/shared';
import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { RealtimeService } from '../realtime/realtime.service';
import { OparlImportService } from './oparl-import.service';
import { OparlError } from './oparl.errors';

/** Finished jobs kept for polling; older ones are forgotten. */
const KEPT_JOBS = 20;

/** Runs imports started from the admin screen in the background, one at a time. */
@Injectable()
export class OparlJobsService {
  private readonly logger = new Logger(OparlJobsService.name);
  private readonly jobs = new Map<string, OparlImportJobView>();
  private running: Promise<void> | null = null;

  constructor(
    private readonly importer: OparlImportService,
    private readonly realtime: RealtimeService,
  ) {}

  start(request: OparlImportRequest): OparlImportStarted {
    if (this.running) {
      throw new OparlError('IMPORT_ALREADY_RUNNING', 'Es läuft bereits ein OParl-Import');
    }
    const job: OparlImportJobView = {
      jobId: randomUUID(),
      status: 'running',
      url: request.url,
      progress: { phase: 'fetch:body', processed: 0 },
    };
    this.jobs.set(job.jobId, job);
    this.forgetOldJobs();
    this.running = this.run(job, request.full === true).finally(() => (this.running = null));
    return { jobId: job.jobId };
  }

  jobOrThrow(jobId: string): OparlImportJobView {
    const job = this.jobs.get(jobId);
    if (!job) throw new OparlError('IMPORT_JOB_NOT_FOUND', `Import ${jobId} nicht gefunden`);
    return job;
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
          this.realtime.emitImportProgress(job);
        },
      });
      job.status = 'done';
    } catch (error) {
      job.status = 'failed';
      job.error = error instanceof OparlError ? error.message : 'Import fehlgeschlagen';
      if (!(error instanceof OparlError)) this.logger.error(`OParl-Import ${job.url}`, error);
    }
    this.realtime.emitImportProgress(job);
  }

  private forgetOldJobs(): void {
    const finished = [...this.jobs.values()].filter((job) => job.status !== 'running');
    for (const job of finished.slice(0, Math.max(0, finished.length - KEPT_JOBS))) {
      this.jobs.delete(job.jobId);
    }
  }
}

import type { OparlImportJobView } from '@mehrheitsplaner/shared';

/**
 * Where import jobs are kept: in this process (one instance) or in Redis (several: a job started
 * on one is seen with its progress on every other). One import runs at a time on all of them.
 */
export type OparlJobStore = {
  /** Takes the one running slot for the job and stores it; false while another import runs. */
  claim(job: OparlImportJobView): Promise<boolean>;
  /** Stores the job's current state (progress); writes may be coalesced, the last one wins. */
  update(job: OparlImportJobView): void;
  /** Stores the finished job and frees the running slot. */
  finish(job: OparlImportJobView): Promise<void>;
  find(jobId: string): Promise<OparlImportJobView | null>;
};

/** Finished jobs kept for polling; older ones are forgotten. */
const KEPT_JOBS = 20;

/** One instance: the jobs in a map (the running one is the very object the runner updates). */
export class MemoryOparlJobStore implements OparlJobStore {
  private readonly jobs = new Map<string, OparlImportJobView>();
  private runningJobId: string | null = null;

  claim(job: OparlImportJobView): Promise<boolean> {
    if (this.runningJobId !== null) return Promise.resolve(false);
    this.runningJobId = job.jobId;
    this.jobs.set(job.jobId, job);
    this.forgetOldJobs();
    return Promise.resolve(true);
  }

  update(job: OparlImportJobView): void {
    this.jobs.set(job.jobId, job);
  }

  finish(job: OparlImportJobView): Promise<void> {
    this.jobs.set(job.jobId, job);
    if (this.runningJobId === job.jobId) this.runningJobId = null;
    return Promise.resolve();
  }

  find(jobId: string): Promise<OparlImportJobView | null> {
    return Promise.resolve(this.jobs.get(jobId) ?? null);
  }

  private forgetOldJobs(): void {
    const finished = [...this.jobs.values()].filter((job) => job.status !== 'running');
    for (const job of finished.slice(0, Math.max(0, finished.length - KEPT_JOBS))) {
      this.jobs.delete(job.jobId);
    }
  }
}

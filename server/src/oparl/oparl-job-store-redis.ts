import type { OparlImportJobView } from '@mehrheitsplaner/shared';
import { Logger } from '@nestjs/common';
import { REDIS_KEY_PREFIX, type RedisClient } from '../redis/redis.service';
import type { OparlJobStore } from './oparl-job-store';

/** The running slot is a lease: renewed while the import runs, gone soon after its instance. */
const LEASE_MS = 30_000;
const RENEW_EVERY_MS = LEASE_MS / 3;
/** Jobs are kept for polling this long. */
const JOB_TTL_MS = 24 * 60 * 60 * 1000;

const RUNNING_KEY = `${REDIS_KEY_PREFIX}oparl:running`;
const jobKey = (jobId: string) => `${REDIS_KEY_PREFIX}oparl:job:${jobId}`;

/** PEXPIRE or DEL of the running slot, only while it still names this job. */
const RENEW_IF_OWNED = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0`;
const RELEASE_IF_OWNED = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

/**
 * Several instances: a job is a JSON value in Redis that any instance reads; the running slot is
 * `SET NX` with a lease, so only one instance runs an import at a time. A job still `running`
 * whose lease another job holds or that expired lost its instance (a crash): it reads as failed.
 */
export class RedisOparlJobStore implements OparlJobStore {
  private readonly logger = new Logger(RedisOparlJobStore.name);
  private readonly leases = new Map<string, NodeJS.Timeout>();
  /** The newest state per job not yet written, and the write in flight (one at a time). */
  private readonly unwritten = new Map<string, OparlImportJobView>();
  private writing: Promise<void> = Promise.resolve();

  constructor(private readonly client: RedisClient) {}

  async claim(job: OparlImportJobView): Promise<boolean> {
    const claimed = await this.client.set(RUNNING_KEY, job.jobId, {
      condition: 'NX',
      expiration: { type: 'PX', value: LEASE_MS },
    });
    if (claimed !== 'OK') return false;
    await this.write(job);
    const renew = () =>
      this.client
        .eval(RENEW_IF_OWNED, { keys: [RUNNING_KEY], arguments: [job.jobId, String(LEASE_MS)] })
        .catch((error: unknown) => this.warn('Import-Lease nicht verlängert', error));
    this.leases.set(
      job.jobId,
      setInterval(() => void renew(), RENEW_EVERY_MS),
    );
    return true;
  }

  update(job: OparlImportJobView): void {
    this.unwritten.set(job.jobId, structuredClone(job));
    this.writing = this.writing.then(() => this.flush(job.jobId));
  }

  async finish(job: OparlImportJobView): Promise<void> {
    clearInterval(this.leases.get(job.jobId));
    this.leases.delete(job.jobId);
    this.unwritten.delete(job.jobId);
    await this.writing;
    await this.write(job);
    await this.client.eval(RELEASE_IF_OWNED, { keys: [RUNNING_KEY], arguments: [job.jobId] });
  }

  async find(jobId: string): Promise<OparlImportJobView | null> {
    // The slot first: a job that finishes in between then reads as done, never as abandoned.
    const runningJobId = await this.client.get(RUNNING_KEY);
    const stored = await this.client.get(jobKey(jobId));
    if (stored === null) return null;
    const job = JSON.parse(stored) as OparlImportJobView;
    if (job.status !== 'running' || runningJobId === jobId) return job;
    return {
      ...job,
      status: 'failed',
      error: 'Import abgebrochen: seine Instanz läuft nicht mehr',
    };
  }

  /** Writes the newest unwritten state of a job (earlier ones queued behind it are skipped). */
  private async flush(jobId: string): Promise<void> {
    const job = this.unwritten.get(jobId);
    if (!job) return;
    this.unwritten.delete(jobId);
    await this.write(job).catch((error: unknown) =>
      this.warn('Import-Fortschritt nicht gespeichert', error),
    );
  }

  private async write(job: OparlImportJobView): Promise<void> {
    await this.client.set(jobKey(job.jobId), JSON.stringify(job), {
      expiration: { type: 'PX', value: JOB_TTL_MS },
    });
  }

  private warn(what: string, error: unknown): void {
    this.logger.warn(`${what}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

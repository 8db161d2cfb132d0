import type { OparlImportJobView } from '@mehrheitsplaner/shared';
import { MemoryOparlJobStore } from './oparl-job-store';

let counter = 0;
function job(): OparlImportJobView {
  counter += 1;
  return {
    jobId: `job-${counter}`,
    status: 'running',
    url: 'https://oparl.example/system',
    progress: { phase: 'fetch:body', processed: 0 },
  };
}

describe('MemoryOparlJobStore (one instance, without REDIS_URL)', () => {
  it('should run one job at a time and take the next once it finished', async () => {
    const store = new MemoryOparlJobStore();
    const first = job();
    expect(await store.claim(first)).toBe(true);
    expect(await store.claim(job())).toBe(false);
    await store.finish({ ...first, status: 'done' });
    expect(await store.claim(job())).toBe(true);
  });

  it('should show a running job’s progress and keep the 20 newest finished jobs', async () => {
    const store = new MemoryOparlJobStore();
    const running = job();
    await store.claim(running);
    store.update({ ...running, progress: { phase: 'fetch:persons', processed: 7 } });
    expect((await store.find(running.jobId))?.progress).toEqual({
      phase: 'fetch:persons',
      processed: 7,
    });
    await store.finish({ ...running, status: 'failed' });
    const finished = [running];
    for (let i = 0; i < 21; i += 1) {
      const next = job();
      await store.claim(next);
      await store.finish({ ...next, status: 'done' });
      finished.push(next);
    }
    await store.claim(job());
    expect(await store.find(finished[0].jobId)).toBeNull();
    expect(await store.find(finished[1].jobId)).toBeNull();
    expect(await store.find(finished[2].jobId)).toMatchObject({ status: 'done' });
    expect(await store.find(finished[21].jobId)).toMatchObject({ status: 'done' });
  });
});

import { describe, expect, it } from '@jest/globals';
import type { OparlImportJobView } from '@mehrheitsplaner/shared';
import { newerJob, phaseShare } from './import-job';

const job = (patch: Partial<OparlImportJobView>): OparlImportJobView => ({
  jobId: 'j1',
  status: 'running',
  url: 'http://oparl.test/system',
  progress: { phase: 'fetch:persons', processed: 10 },
  ...patch,
});

describe('newerJob', () => {
  it('should keep the later progress when an older poll answer arrives after a socket event', () => {
    const later = job({ progress: { phase: 'fetch:papers', processed: 2 } });
    expect(newerJob(later, job({}))).toBe(later);
  });

  it('should take the finished job when it arrives', () => {
    const done = job({ status: 'done', progress: { phase: 'done', processed: 40 } });
    expect(newerJob(job({}), done)).toBe(done);
    expect(newerJob(done, job({}))).toBe(done);
  });

  it('should take the next job when another job starts', () => {
    const other = job({ jobId: 'j2', progress: { phase: 'fetch:body', processed: 0 } });
    expect(newerJob(job({}), other)).toBe(other);
  });
});

describe('phaseShare', () => {
  it('should run from 0 at the first phase to 1 when done', () => {
    expect(phaseShare('fetch:body')).toBe(0);
    expect(phaseShare('done')).toBe(1);
    expect(phaseShare('apply')).toBeGreaterThan(phaseShare('fetch:meetings'));
  });
});

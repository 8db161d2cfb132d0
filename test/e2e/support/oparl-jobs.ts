import type { OparlImportJobView } from '@mehrheitsplaner/shared';
import { bearer, type TestApp } from './test-app';

/** Polls an import job started over the API until it is no longer running. */
export async function finishedImport(
  t: TestApp,
  token: string,
  jobId: string,
): Promise<OparlImportJobView> {
  for (let i = 0; i < 200; i += 1) {
    const job = (
      await t
        .http()
        .get(`/api/admin/oparl/import/${jobId}`)
        .set(...bearer(token))
        .expect(200)
    ).body as OparlImportJobView;
    if (job.status !== 'running') return job;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('import did not finish');
}

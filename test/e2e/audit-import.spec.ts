import type { OparlImportStarted } from '@mehrheitsplaner/shared';
import { OparlImportService } from '../../server/src/oparl/oparl-import.service';
import { startOparlFixture, type OparlFixture } from '../support/oparl-fixture';
import { auditEntries, auditTotal } from './support/audit';
import { finishedImport } from './support/oparl-jobs';
import { bearer, startTestApp, type TestApp } from './support/test-app';

describe('audit log of OParl imports', () => {
  let fixture: OparlFixture;
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    fixture = await startOparlFixture();
    t = await startTestApp();
    admin = await t.adminToken();
  });
  afterAll(async () => {
    await t.close();
    await fixture.close();
  });

  it('should write one summary entry per import, as the admin who started it', async () => {
    const before = await auditTotal(t);
    const started = await t
      .http()
      .post('/api/admin/oparl/import')
      .set(...bearer(admin))
      .send({ url: fixture.systemUrl })
      .expect(202);
    const job = await finishedImport(t, admin, (started.body as OparlImportStarted).jobId);
    expect(job.status).toBe('done');
    expect(await auditTotal(t)).toBe(before + 1);
    const [entry] = await auditEntries(t, { limit: 1 });
    expect(entry).toMatchObject({
      actor: 'admin',
      role: 'admin',
      action: 'import',
      entityType: 'oparlImport',
      before: null,
      after: { created: { motions: 3 }, modifiedSince: null },
    });
    expect(entry.ip).toMatch(/127\.0\.0\.1/);
  });

  it('should name the importer when no request started it (the CLI)', async () => {
    const before = await auditTotal(t);
    await t.app.get(OparlImportService).import(fixture.systemUrl, { full: true });
    expect(await auditTotal(t)).toBe(before + 1);
    const [entry] = await auditEntries(t, { limit: 1 });
    expect(entry).toMatchObject({ actor: 'oparl-import', role: null, ip: null, action: 'import' });
  });
});

import type { AuditEntryView, AuditPage } from '@mehrheitsplaner/shared';
import { bearer, type TestApp } from './test-app';

/** The audit entries matching `filters` (query parameters), newest first. */
export async function auditEntries(
  t: TestApp,
  filters: Record<string, string | number> = {},
): Promise<AuditEntryView[]> {
  const response = await t
    .http()
    .get('/api/admin/audit')
    .query({ limit: 500, ...filters })
    .set(...bearer(await t.adminToken()))
    .expect(200);
  return (response.body as AuditPage).entries;
}

/** How many entries the log holds in all. */
export async function auditTotal(t: TestApp): Promise<number> {
  const response = await t
    .http()
    .get('/api/admin/audit')
    .query({ limit: 1 })
    .set(...bearer(await t.adminToken()))
    .expect(200);
  return (response.body as AuditPage).total;
}

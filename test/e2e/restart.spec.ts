import type { CouncilView, MemberView } from '@mehrheitsplaner/shared';
import { Logger } from '@nestjs/common';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bearer, startTestApp } from './support/test-app';
import { sqliteOnly } from './support/engine';

/** Why the PostgreSQL run leaves this to the SQLite run. */
const SQLITE_ONLY = 'legt die SQLite-Datei samt Ordner an und startet auf ihr neu';

sqliteOnly('restart on a SQLite file', SQLITE_ONLY, () => {
  const folder = mkdtempSync(join(tmpdir(), 'council-db-'));
  const env = {
    DATABASE_URL: `sqlite:${join(folder, 'nested', 'council.sqlite')}`,
    ADMIN_PASSWORD: '',
  };

  it('should seed once, print a generated admin password once and never reseed', async () => {
    const warnings: string[] = [];
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation((message: unknown) => {
      warnings.push(String(message));
    });

    const first = await startTestApp({ env });
    const access = warnings.find((w) => w.startsWith('Admin-Zugang: admin / '));
    expect(access).toBeDefined();
    const password = (access ?? '').replace('Admin-Zugang: admin / ', '');
    expect(password.length).toBeGreaterThanOrEqual(12);
    const token = await first.login('admin', password);
    await first
      .http()
      .post('/api/council/members')
      .set(...bearer(token))
      .send({ name: 'Nachrückerin', groupKey: 'SPD' })
      .expect(201);
    await first.close();

    warnings.length = 0;
    const second = await startTestApp({ env });
    expect(warnings.some((w) => w.startsWith('Admin-Zugang'))).toBe(false);
    const again = await second.login('admin', password);
    const council = (
      await second
        .http()
        .get('/api/council')
        .set(...bearer(again))
        .expect(200)
    ).body as CouncilView;
    expect(council.seats).toBe(93);
    expect(council.groups).toHaveLength(12);
    const members = (
      await second
        .http()
        .get('/api/council/members')
        .set(...bearer(again))
        .expect(200)
    ).body as MemberView[];
    expect(members).toHaveLength(94);
    expect(members.filter((m) => m.name === 'Nachrückerin')).toHaveLength(1);
    await second.close();
    warn.mockRestore();
  });
});

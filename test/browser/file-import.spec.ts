import type { MemberView } from '@mehrheitsplaner/shared';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  DESKTOP,
  PHONE,
  horizontalOverflow,
  launchBrowser,
  screenshot,
  signIn,
} from '../support/browser';
import { startOparlFixture, type OparlFixture } from '../support/oparl-fixture';
import { buildHardenedData } from '../support/oparl/hardened-data';
import { apiLogin, apiRequest, startServer, type RunningServer } from '../support/server';

jest.setTimeout(240_000);

const BROKEN = [
  'Name;Fraktion;Gremium;von;bis',
  'Anna Amsel;SPD;Rat;01.11.2025;',
  'Bert Buche;XYZ;Rat;01.11.2025;',
  'Cem Cedern;CDU;Rat;31.02.2025;',
].join('\n');
const GOOD = BROKEN.replace('XYZ', 'Bündnis 90/Die Grünen').replace('31.02.2025', '01.11.2025');

/**
 * The admin's "Datei-Import" (issue 13): a file with errors shows them per row and cannot be
 * taken; the corrected file's preview lists the changes and "Übernehmen" writes them after a
 * confirmation. Desktop 1280 and a 390 px phone without sideways scrolling.
 */
describe('file import in the browser (admin, desktop and phone)', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const open = async (context: BrowserContext): Promise<Page> => {
    const page = await context.newPage();
    await signIn(page, `${server.baseUrl}/#/verwaltung`, 'admin', server.adminPassword);
    await page.waitForSelector('[data-testid="file-import"]');
    return page;
  };
  const choose = (page: Page, content: string, name: string) =>
    page
      .locator('[data-testid="file-import"] input[type="file"]')
      .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content, 'utf8') });
  const previewed = async (page: Page) => {
    const answer = page.waitForResponse((r) => r.url().includes('/api/admin/imports/file'));
    await page.getByRole('button', { name: 'Vorschau' }).click();
    expect((await answer).status()).toBe(200);
  };

  it('should show the OParl data-quality report after an import (phone)', async () => {
    const fixture: OparlFixture = await startOparlFixture({ build: buildHardenedData });
    try {
      const context = await browser.newContext(PHONE);
      const page = await context.newPage();
      await signIn(page, `${server.baseUrl}/#/verwaltung`, 'admin', server.adminPassword);
      await page.getByLabel('System- oder Body-URL').fill(fixture.systemUrl);
      await page.getByRole('button', { name: 'Import starten' }).click();
      await page.waitForSelector('[data-testid="import-job"][data-status="done"]', {
        timeout: 30_000,
      });
      for (const list of ['guessed', 'missing', 'ended']) {
        const report = page.locator(`[data-testid="import-${list}"]`);
        await report.locator('summary').click();
        expect(await report.locator('li').count()).toBeGreaterThan(0);
      }
      const guessed = await page.locator('[data-testid="import-guessed"]').innerText();
      expect(guessed).toMatch(/^Erraten \(Zuordnung nicht eindeutig\): \d+/);
      expect(guessed).toContain('Kürzel „FR“: als Fraktion übernommen');
      expect(await page.locator('[data-testid="import-missing"]').innerText()).toContain(
        'Ratsmitglied ohne Fraktionsmitgliedschaft in der Quelle',
      );
      expect(await horizontalOverflow(page)).toEqual([]);
      await page.locator('[data-testid="import-guessed"]').scrollIntoViewIfNeeded();
      await screenshot(page, 'oparl-report-phone', false);
      await context.close();
    } finally {
      await fixture.close();
    }
  });

  it.each([
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ])('should show row errors, then apply the corrected file (%s)', async (label, options) => {
    const context = await browser.newContext(options);
    const page = await open(context);
    const panel = page.locator('[data-testid="file-import"]');
    await panel.scrollIntoViewIfNeeded();

    await choose(page, BROKEN, 'mitglieder.csv');
    await previewed(page);
    const errors = panel.locator('[data-testid="file-import-errors"]');
    await errors.waitFor();
    expect(await errors.innerText()).toContain(
      'Zeile 3, Spalte „Fraktion“: unbekannte Fraktion „XYZ“',
    );
    expect(await errors.innerText()).toContain(
      'Zeile 4, Spalte „von“: „31.02.2025“ ist kein Datum',
    );
    expect(await panel.getByRole('button', { name: 'Übernehmen' }).isDisabled()).toBe(true);
    expect(await horizontalOverflow(page)).toEqual([]);
    await screenshot(page, `file-import-errors-${label}`);

    const suffix = label === 'phone' ? ' P' : ' D';
    const good = GOOD.replace(/(Amsel|Buche|Cedern);/g, `$1${suffix};`);
    await choose(page, good, 'mitglieder.csv');
    await previewed(page);
    const changes = panel.locator('[data-testid="file-import-changes"] tbody tr');
    await changes.first().waitFor();
    expect(await changes.count()).toBe(6);
    expect(await panel.locator('[data-testid="file-import-errors"]').count()).toBe(0);
    expect(await horizontalOverflow(page)).toEqual([]);
    await screenshot(page, `file-import-preview-${label}`);

    await panel.getByRole('button', { name: 'Übernehmen' }).click();
    const dialog = page.locator('[data-testid="file-import-confirm"]');
    expect(await dialog.innerText()).toContain('6 Änderungen werden in einem Schritt geschrieben.');
    const applied = page.waitForResponse((r) => r.url().includes('/api/admin/imports/file'));
    await dialog.getByRole('button', { name: 'Übernehmen' }).click();
    expect((await applied).status()).toBe(200);
    await panel.getByText('6 Änderungen übernommen.').waitFor();
    expect(await panel.getByRole('button', { name: 'Übernehmen' }).isDisabled()).toBe(true);
    await screenshot(page, `file-import-applied-${label}`);

    const token = await apiLogin(server.baseUrl, 'admin', server.adminPassword);
    const { body: members } = await apiRequest<MemberView[]>(
      server.baseUrl,
      'GET',
      '/council/members',
      { token },
    );
    const imported = members.filter((m) => m.name.endsWith(suffix));
    expect(imported.map((m) => [m.name, m.groupKey])).toEqual([
      [`Anna Amsel${suffix}`, 'SPD'],
      [`Bert Buche${suffix}`, 'GRUENE'],
      [`Cem Cedern${suffix}`, 'CDU'],
    ]);
    await context.close();
  });
});

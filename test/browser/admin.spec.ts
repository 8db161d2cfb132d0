import type { Browser, Page } from 'playwright-core';
import { DESKTOP, launchBrowser, PHONE, screenshot, signIn } from '../support/browser';
import { startOparlFixture } from '../support/oparl-fixture';
import type { OparlFixture } from '../support/oparl-fixture';
import { startServer } from '../support/server';
import type { RunningServer } from '../support/server';

jest.setTimeout(180_000);

describe('admin page: OParl import against the fixture server', () => {
  let server: RunningServer;
  let fixture: OparlFixture;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    fixture = await startOparlFixture();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await fixture?.close();
    await server?.stop();
  });

  const openAdmin = async (page: Page) => {
    await signIn(page, `${server.baseUrl}/#/verwaltung`, 'admin', server.adminPassword);
    await page.waitForSelector('[data-testid="admin-page"]');
  };

  it('should run a full import from the admin page and show progress and the result', async () => {
    const context = await browser.newContext(DESKTOP);
    const page = await context.newPage();
    await openAdmin(page);
    expect(await page.locator('.app-nav a', { hasText: 'Verwaltung' }).count()).toBe(1);
    await page.getByLabel('System- oder Body-URL').fill(fixture.systemUrl);
    await page.getByLabel(/vollständig/).check();
    await page.getByRole('button', { name: 'Import starten' }).click();
    await page.waitForSelector('[data-testid="import-job"]');
    expect(await page.locator('[data-testid="import-job"] progress').count()).toBe(1);
    await page.waitForSelector('[data-testid="import-job"][data-status="done"]', {
      timeout: 30_000,
    });
    const result = page.locator('[data-testid="import-result"]');
    const created = async (kind: string) =>
      Number(await result.locator(`tr[data-kind="${kind}"] td[data-column="created"]`).innerText());
    expect(await created('members')).toBeGreaterThan(0);
    expect(await created('motions')).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="import-skipped"] li').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="import-job"]').innerText()).toContain('abgeschlossen');
    await screenshot(page, 'admin-import-desktop-1280');
    await context.close();
  });

  it('should show the admin page at 390 px and hide it from other roles', async () => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    await openAdmin(page);
    await screenshot(page, 'admin-phone-390');
    await context.close();
  });
});

import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { CouncilView, MotionView, WhipEntryView } from '@mehrheitsplaner/shared';
import { horizontalOverflow, launchBrowser, screenshot, signIn } from '../support/browser';
import { apiLogin, apiRequest, startServer } from '../support/server';
import type { RunningServer } from '../support/server';

jest.setTimeout(180_000);

const PASSWORD = 'Motions-Passw0rd!';
const LIVE_BUDGET_MS = 1000;
/**
 * The live checks poll the page every few milliseconds: Playwright's default polls once per
 * animation frame, which Chromium throttles to about one a second in a page that is not in front,
 * so the wait measured Chromium's throttle (seen as ~950 ms) instead of the app's update.
 */
const LIVE_POLLING_MS = 20;
const GREEN = '#1d7a3d';

describe('motions, whip counts and live tallies (two browser contexts)', () => {
  let server: RunningServer;
  let browser: Browser;
  let managerContext: BrowserContext;
  let councillorContext: BrowserContext;
  let manager: Page;
  let watcher: Page;
  let list: Page;
  let adminToken: string;
  let managerToken: string;
  let council: CouncilView;
  let motion: MotionView;
  let partner: string;

  const motionUrl = () => `${server.baseUrl}/#/antraege/${motion.id}`;
  const whipRow = (page: Page, key: string) =>
    page.locator(`[data-testid="whip-row"][data-group="${key}"]`);
  const listRow = (page: Page) =>
    page.locator(`[data-testid="motion-row"][data-motion-id="${motion.id}"]`);
  const expectedYes = async (page: Page) =>
    page.locator('[data-testid="scenario-expected"] [data-testid="scenario-yes"]').innerText();

  beforeAll(async () => {
    server = await startServer();
    adminToken = await apiLogin(server.baseUrl, 'admin', server.adminPassword);
    for (const user of [
      { username: 'gf-spd', password: PASSWORD, role: 'manager', groupKey: 'SPD' },
      { username: 'rm-lesend', password: PASSWORD, role: 'councillor' },
      { username: 'ausschuss', password: PASSWORD, role: 'committee' },
    ]) {
      const created = await apiRequest(server.baseUrl, 'POST', '/users', {
        token: adminToken,
        body: user,
      });
      expect(created.status).toBe(201);
    }
    managerToken = await apiLogin(server.baseUrl, 'gf-spd', PASSWORD);
    council = (
      await apiRequest<CouncilView>(server.baseUrl, 'GET', '/council', { token: adminToken })
    ).body;
    partner =
      council.groups.find((g) => g.key === 'LINKE')?.key ??
      council.groups.find((g) => !g.excluded && !g.coalition)?.key ??
      'LINKE';
    const created = await apiRequest<MotionView>(server.baseUrl, 'POST', '/motions', {
      token: managerToken,
      body: {
        title: 'Sozialticket für Bochum ausweiten',
        reference: '20260042',
        type: 'antrag',
        sponsorGroupKeys: council.coalitionGroupKeys,
        policyArea: 'Mobilität',
        meetingDate: '2026-03-12',
      },
    });
    expect(created.status).toBe(201);
    motion = created.body;

    browser = await launchBrowser();
    const desktop = { viewport: { width: 1280, height: 900 }, locale: 'de-DE' };
    managerContext = await browser.newContext(desktop);
    councillorContext = await browser.newContext(desktop);
    manager = await managerContext.newPage();
    watcher = await councillorContext.newPage();
    list = await councillorContext.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('should open the motion page for the manager and the councillor, and the list in a second tab', async () => {
    await signIn(manager, motionUrl(), 'gf-spd', PASSWORD);
    await signIn(watcher, motionUrl(), 'rm-lesend', PASSWORD);
    await signIn(list, `${server.baseUrl}/#/antraege`, 'rm-lesend', PASSWORD);
    for (const page of [manager, watcher]) {
      await page.waitForSelector('[data-testid="motion-page"][data-live="joined"]');
      expect(await page.locator('[data-testid="motion-title"]').innerText()).toBe(motion.title);
    }
    await list.waitForSelector('[data-testid="motion-list"][data-live="joined"]');
    expect(await listRow(list).innerText()).toContain(motion.title);
    expect(await listRow(list).locator('[data-testid="motion-status"]').innerText()).toBe(
      'Entwurf',
    );
    expect(await listRow(list).innerText()).toContain('12.03.2026');
    const rows = await watcher.locator('[data-testid="whip-row"]').count();
    expect(rows).toBe(council.groups.length + (council.mayorVotes ? 1 : 0));
  });

  it('should show the councillor read-only controls without save or status buttons', async () => {
    const row = whipRow(watcher, partner);
    expect(await row.locator('select[name="stance"]').isDisabled()).toBe(true);
    expect(await row.locator('select[name="confidence"]').isDisabled()).toBe(true);
    expect(await watcher.locator('[data-testid="whip-save"]').count()).toBe(0);
    expect(await watcher.locator('.transitions button').count()).toBe(0);
    expect(await whipRow(manager, partner).locator('select[name="stance"]').isDisabled()).toBe(
      false,
    );
    expect(await manager.locator('.transitions button').count()).toBeGreaterThan(0);
    // The access table: SPD's manager edits the own line, never the coalition partner's.
    const stanceOf = (key: string) => whipRow(manager, key).locator('select[name="stance"]');
    expect(await stanceOf('SPD').isDisabled()).toBe(false);
    expect(await stanceOf('GRUENE').isDisabled()).toBe(true);
  });

  it('should update the councillor’s motion page and list within one second when the manager saves a whip count', async () => {
    await manager.evaluate(() => {
      (window as unknown as { marker: string }).marker = 'no reload';
    });
    for (const page of [watcher, list]) {
      await page.evaluate(() => {
        (window as unknown as { marker: string }).marker = 'no reload';
      });
    }
    const yesBefore = await expectedYes(watcher);
    const marginBefore = await listRow(list)
      .locator('[data-testid="certainty-badge"]')
      .getAttribute('data-margin');
    const seats = council.groups.find((g) => g.key === partner)?.seats ?? 0;

    const row = whipRow(manager, partner);
    await row.locator('select[name="stance"]').selectOption('yes');
    await row.locator('select[name="confidence"]').selectOption('confirmed');
    const [response] = await Promise.all([
      manager.waitForResponse(
        (r) => r.request().method() === 'PUT' && r.url().includes(`/whip/${partner}`),
      ),
      row.locator('[data-testid="whip-save"]').click(),
    ]);
    expect(response.status()).toBe(200);
    const saved = Date.now();

    await Promise.all([
      watcher.waitForFunction(
        ([key, yes]) => {
          const r = document.querySelector(`[data-testid="whip-row"][data-group="${key}"]`);
          const count = document.querySelector(
            '[data-testid="scenario-expected"] [data-testid="scenario-yes"]',
          );
          return r?.getAttribute('data-stance') === 'yes' && count?.textContent === yes;
        },
        [partner, String(Number(yesBefore) + seats)] as const,
        { timeout: LIVE_BUDGET_MS, polling: LIVE_POLLING_MS },
      ),
      list.waitForFunction(
        ([id, before]) =>
          document
            .querySelector(
              `[data-testid="motion-row"][data-motion-id="${id}"] [data-testid="certainty-badge"]`,
            )
            ?.getAttribute('data-margin') !== before,
        [motion.id, marginBefore] as const,
        { timeout: LIVE_BUDGET_MS, polling: LIVE_POLLING_MS },
      ),
    ]);
    const elapsed = Date.now() - saved;
    expect(elapsed).toBeLessThan(LIVE_BUDGET_MS);

    for (const page of [watcher, list]) {
      expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe(
        'no reload',
      );
    }
    expect(await whipRow(watcher, partner).locator('select[name="confidence"]').inputValue()).toBe(
      'confirmed',
    );
    const fills = await watcher
      .locator(`[data-testid="seat"][data-group="${partner}"]`)
      .evaluateAll((seatsOfGroup) => seatsOfGroup.map((seat) => seat.getAttribute('data-fill')));
    expect(fills).toEqual(Array(seats).fill(GREEN));
    // Who changed what is a whip detail: the manager's page lists it, the councillor's has none.
    await manager.waitForFunction(
      (key) =>
        document.querySelector(`[data-testid="whip-history"] [data-group="${key}"]`) !== null,
      partner,
    );
    expect(await watcher.locator('[data-testid="whip-history"]').count()).toBe(0);
    await screenshot(watcher, 'motion-councillor-desktop-1280');
    await screenshot(list, 'motions-list-councillor-desktop-1280');
  });

  it('should show the committee the motion with its certainty but no whip count, and no error', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, motionUrl(), 'ausschuss', PASSWORD);
    await page.waitForSelector('[data-testid="motion-title"]');
    expect(await page.locator('[data-testid="whip-row"]').count()).toBe(0);
    expect(await page.locator('[data-testid="whip-history"]').count()).toBe(0);
    expect(await page.locator('.alert--danger').count()).toBe(0);
    expect(await page.locator('main').innerText()).toContain('nicht freigegeben');
    await context.close();
  });

  it('should show the reload prompt instead of overwriting when someone else saved the entry first', async () => {
    const row = whipRow(manager, partner);
    await row.locator('select[name="stance"]').selectOption('no');
    const current = await apiRequest<WhipEntryView[]>(
      server.baseUrl,
      'GET',
      `/motions/${motion.id}/whip`,
      {
        token: adminToken,
      },
    );
    const entry = current.body.find((e) => e.groupKey === partner);
    const behindTheBack = await apiRequest<WhipEntryView>(
      server.baseUrl,
      'PUT',
      `/motions/${motion.id}/whip/${partner}`,
      {
        token: adminToken,
        body: { stance: 'abstain', confidence: 'likely', version: entry?.version },
      },
    );
    expect(behindTheBack.status).toBe(200);
    // The manager's open edit is kept, not silently replaced by the pushed entry.
    await manager.waitForSelector(
      `[data-testid="whip-row"][data-group="${partner}"][data-version="${behindTheBack.body.version}"]`,
    );
    expect(await row.locator('select[name="stance"]').inputValue()).toBe('no');

    const [response] = await Promise.all([
      manager.waitForResponse((r) => r.request().method() === 'PUT'),
      row.locator('[data-testid="whip-save"]').click(),
    ]);
    expect(response.status()).toBe(409);
    const conflict = row.locator('[data-testid="whip-conflict"]');
    await conflict.waitFor();
    expect(await conflict.innerText()).toContain(
      'Dieser Eintrag wurde inzwischen von jemand anderem geändert',
    );
    await screenshot(manager, 'motion-manager-conflict-desktop-1280');

    await row.locator('[data-testid="whip-take-theirs"]').click();
    await conflict.waitFor({ state: 'detached' });
    expect(await row.locator('select[name="stance"]').inputValue()).toBe('abstain');
    expect(await row.locator('select[name="confidence"]').inputValue()).toBe('likely');
  });

  it('should lead with the verdict and not overflow when the pages are shown on a phone', async () => {
    for (const page of [watcher, list]) await page.setViewportSize({ width: 390, height: 844 });
    await watcher.waitForTimeout(200);
    for (const page of [watcher, list]) {
      expect(await horizontalOverflow(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        390,
      );
    }
    const top = async (selector: string) =>
      (await watcher.locator(selector).boundingBox())?.y ?? -1;
    expect(await top('.motion-layout__verdict')).toBeLessThan(
      await top('[data-testid="motion-title"]'),
    );
    expect(await top('[data-testid="motion-title"]')).toBeLessThan(await top('.scenarios'));
    await screenshot(watcher, 'motion-councillor-phone-390-top', false);
    await screenshot(watcher, 'motion-councillor-phone-390');
    await screenshot(list, 'motions-list-councillor-phone-390');
  });
});

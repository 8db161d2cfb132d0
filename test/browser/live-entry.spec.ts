import type { Browser, BrowserContext, Page } from 'playwright-core';
import type {
  AgendaItemView,
  CouncilView,
  MeetingDetailView,
  MotionView,
} from '@mehrheitsplaner/shared';
import { DESKTOP, launchBrowser, PHONE, screenshot, signIn } from '../support/browser';
import { adminSession, createUsers, motionOnAgenda } from '../support/council-votes';
import { apiLogin, apiRequest, startServer } from '../support/server';
import type { RunningServer } from '../support/server';

jest.setTimeout(180_000);

const PASSWORD = 'Live-Entry-Passw0rd!';
const LIVE_BUDGET_MS = 1000;

describe('live entry mode of a meeting (manager enters, councillor watches)', () => {
  let server: RunningServer;
  let browser: Browser;
  let managerContext: BrowserContext;
  let watcherContext: BrowserContext;
  let manager: Page;
  let watcher: Page;
  let council: CouncilView;
  let motion: MotionView;
  let meeting: MeetingDetailView;

  const meetingUrl = () => `${server.baseUrl}/#/sitzungen/${meeting.id}`;
  const row = (page: Page, key: string) =>
    page.locator(`[data-testid="entry-row"][data-group="${key}"]`);
  const yesFor = (key: string) => ['SPD', 'GRUENE', 'MAYOR', 'CDU'].includes(key);

  beforeAll(async () => {
    server = await startServer();
    const admin = await adminSession(server);
    council = admin.council;
    await createUsers(server, admin.token, [
      { username: 'gf-spd', password: PASSWORD, role: 'manager', groupKey: 'SPD' },
      { username: 'rm-lesend', password: PASSWORD, role: 'councillor' },
    ]);
    const token = await apiLogin(server.baseUrl, 'gf-spd', PASSWORD);
    motion = await motionOnAgenda(server.baseUrl, token, {
      title: 'Kostenloses Schulessen an Grundschulen',
      sponsorGroupKeys: council.coalitionGroupKeys,
    });
    const created = await apiRequest<MeetingDetailView>(server.baseUrl, 'POST', '/meetings', {
      token,
      body: { name: '7. Sitzung des Rates', date: '2026-03-12' },
    });
    expect(created.status).toBe(201);
    meeting = created.body;
    const item = await apiRequest<AgendaItemView>(
      server.baseUrl,
      'POST',
      `/meetings/${meeting.id}/items`,
      { token, body: { name: motion.title, number: '5', motionId: motion.id } },
    );
    expect(item.status).toBe(201);

    browser = await launchBrowser();
    managerContext = await browser.newContext(DESKTOP);
    watcherContext = await browser.newContext(PHONE);
    manager = await managerContext.newPage();
    watcher = await watcherContext.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('should open the meeting for the manager (entry) and the councillor (read-only)', async () => {
    await signIn(manager, meetingUrl(), 'gf-spd', PASSWORD);
    await signIn(watcher, meetingUrl(), 'rm-lesend', PASSWORD);
    for (const page of [manager, watcher]) {
      await page.waitForSelector('[data-testid="meeting-page"][data-live="joined"]');
      await page.waitForSelector('[data-testid="live-entry"]');
      expect(await page.locator('[data-testid="live-item-title"]').innerText()).toBe(motion.title);
    }
    expect(await watcher.locator('[data-testid="enter-group"]').count()).toBe(0);
    expect(await watcher.locator('[data-testid="close-vote"]').count()).toBe(0);
    expect(await manager.locator('[data-testid="close-vote"]').count()).toBe(1);
  });

  it('should show the watcher the running tally within one second of each entry, without reload', async () => {
    await watcher.evaluate(() => {
      (window as unknown as { marker: string }).marker = 'no reload';
    });
    const keys = await manager
      .locator('[data-testid="entry-row"]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-group') ?? ''));
    let expectedYes = 0;
    for (const key of keys) {
      const seats = key === 'MAYOR' ? 1 : (council.groups.find((g) => g.key === key)?.seats ?? 0);
      const target = row(manager, key);
      await target.locator('input[name="yes"]').fill(String(yesFor(key) ? seats : 0));
      await target.locator('input[name="no"]').fill(String(yesFor(key) ? 0 : seats));
      await target.locator('input[name="abstain"]').fill('0');
      await target.locator('input[name="absent"]').fill('0');
      const started = Date.now();
      await target.locator('[data-testid="enter-group"]').click();
      if (yesFor(key)) expectedYes += seats;
      await watcher.waitForFunction(
        (yes) =>
          document.querySelector('[data-testid="running-tally"]')?.getAttribute('data-yes') ===
          String(yes),
        expectedYes,
        { timeout: 5000 },
      );
      expect(Date.now() - started).toBeLessThan(LIVE_BUDGET_MS + 500);
      if (key === 'SPD') {
        await screenshot(manager, 'live-entry-manager-desktop-1280');
        await screenshot(watcher, 'live-entry-watcher-phone-390-top', false);
      }
    }
    expect(await watcher.locator('[data-testid="running-passes"]').innerText()).toContain(
      'angenommen',
    );
    expect(await watcher.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe(
      'no reload',
    );
    await screenshot(watcher, 'live-entry-watcher-phone-390');
  });

  it('should record the vote when the manager closes it, and the motion shows angenommen', async () => {
    await manager.locator('[data-testid="close-vote"]').click();
    for (const page of [manager, watcher]) {
      await page.waitForSelector('[data-testid="live-recorded"]', { timeout: 5000 });
      expect(await page.locator('[data-testid="agenda"] .motion-status').innerText()).toBe(
        'angenommen',
      );
    }
    await screenshot(manager, 'live-entry-closed-desktop-1280');
    await watcher.goto(`${server.baseUrl}/#/antraege/${motion.id}`);
    await watcher.waitForSelector('[data-testid="vote-result"]');
    expect(await watcher.locator('[data-testid="motion-status"]').first().innerText()).toBe(
      'angenommen',
    );
    expect(await watcher.locator('[data-testid="vote-result"]').getAttribute('data-result')).toBe(
      'adopted',
    );
    await screenshot(watcher, 'motion-vote-result-phone-390');
  });
});

import type { Browser, Page } from 'playwright-core';
import type {
  AgendaItemView,
  CouncilView,
  MeetingDetailView,
  MotionView,
} from '@mehrheitsplaner/shared';
import {
  DESKTOP,
  horizontalOverflow,
  launchBrowser,
  PHONE,
  screenshot,
  signIn,
} from '../support/browser';
import { seriousViolations } from '../support/axe';
import { adminSession, createUsers, enterWhip, motionOnAgenda } from '../support/council-votes';
import { apiLogin, apiRequest, startServer } from '../support/server';
import type { RunningServer } from '../support/server';

jest.setTimeout(180_000);

const PASSWORD = 'Live-Entry-Passw0rd!';
const LIVE_BUDGET_MS = 1000;
const LONG_TITLE =
  'Fortschreibung des Nahverkehrsplans mit barrierefreiem Ausbau aller Haltestellen im ' +
  'Stadtbezirk Wattenscheid einschließlich der Verlängerung der Straßenbahnlinie 310';

describe('live entry mode of a meeting (manager enters, councillor watches)', () => {
  let server: RunningServer;
  let browser: Browser;
  let manager: Page;
  let watcher: Page;
  let council: CouncilView;
  let motion: MotionView;
  let meeting: MeetingDetailView;

  const meetingUrl = () => `${server.baseUrl}/#/sitzungen/${meeting.id}`;
  const row = (page: Page, key: string) =>
    page.locator(`[data-testid="entry-row"][data-group="${key}"]`);
  const seatsOf = (key: string) =>
    key === 'MAYOR' ? 1 : (council.groups.find((g) => g.key === key)?.seats ?? 0);
  const nameOf = (key: string) => council.groups.find((g) => g.key === key)?.name ?? key;
  const tallyOf = (page: Page, field: 'yes' | 'no') =>
    page.locator('[data-testid="running-tally"]').getAttribute(`data-${field}`);
  const waitForTally = (page: Page, field: 'yes' | 'no', value: number) =>
    page.waitForFunction(
      ([name, expected]) =>
        document.querySelector('[data-testid="running-tally"]')?.getAttribute(`data-${name}`) ===
        String(expected),
      [field, value] as const,
      // Not once per animation frame (the default): Chromium throttles those in a page that is
      // not in front, and the live check would measure that instead of the app's update.
      { timeout: 5000, polling: 20 },
    );

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
    // The whip count the live entry starts from: three groups yes, a split, a no, the rest unknown.
    const whip = (stance: 'yes' | 'no', absent = 0) => ({
      stance,
      confidence: 'confirmed' as const,
      absent,
    });
    await enterWhip(server.baseUrl, admin.token, motion.id, 'SPD', whip('yes', 1));
    await enterWhip(server.baseUrl, admin.token, motion.id, 'GRUENE', whip('yes'));
    await enterWhip(server.baseUrl, admin.token, motion.id, 'MAYOR', whip('yes'));
    await enterWhip(server.baseUrl, admin.token, motion.id, 'CDU', whip('no'));
    await enterWhip(server.baseUrl, admin.token, motion.id, 'LINKE', {
      stance: 'split',
      confidence: 'likely',
      split: { yes: seatsOf('LINKE') - 4, no: 4, abstain: 0 },
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
    // bypassCSP: axe-core is injected as a script, which the app's policy refuses.
    const managerContext = await browser.newContext({ ...DESKTOP, bypassCSP: true });
    const watcherContext = await browser.newContext({ ...PHONE, bypassCSP: true });
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
    expect(await watcher.locator('[data-testid="line-yes"]').count()).toBe(0);
    expect(await watcher.locator('[data-testid="close-vote"]').count()).toBe(0);
    expect(await manager.locator('[data-testid="close-vote"]').count()).toBe(1);
  });

  it('should prefill known stances from the whip count and leave unknown groups open', async () => {
    const spd = row(manager, 'SPD');
    expect(await spd.getAttribute('data-source')).toBe('whip');
    expect(await spd.locator('[data-testid="entry-source"]').innerText()).toBe('aus Stimmabfrage');
    expect(await spd.locator('input[name="yes"]').inputValue()).toBe(String(seatsOf('SPD') - 1));
    expect(await spd.locator('input[name="absent"]').inputValue()).toBe('1');
    const linke = row(manager, 'LINKE');
    expect(await linke.locator('input[name="no"]').inputValue()).toBe('4');
    // Unknown is not "everyone absent": the row stays open for the manager.
    const uwg = row(manager, 'UWG');
    expect(await uwg.getAttribute('data-source')).toBe('open');
    expect(await uwg.locator('input[name="absent"]').inputValue()).toBe('0');
    expect(await uwg.locator('[data-testid="entry-source"]').innerText()).toBe('offen');
    await screenshot(manager, 'live-entry-prefill-desktop-1280');
    expect(await seriousViolations(manager)).toEqual([]);
    expect(await seriousViolations(watcher)).toEqual([]);
  });

  it('should take the whip count for every prefilled group with one button', async () => {
    await manager.locator('[data-testid="take-whip-all"]').click();
    const expectedYes = seatsOf('SPD') - 1 + seatsOf('GRUENE') + 1 + seatsOf('LINKE') - 4;
    await waitForTally(watcher, 'yes', expectedYes);
    await waitForTally(manager, 'yes', expectedYes);
    for (const key of ['SPD', 'GRUENE', 'MAYOR', 'LINKE', 'CDU']) {
      expect(await row(manager, key).getAttribute('data-source')).toBe('entered');
    }
    expect(await row(manager, 'UWG').getAttribute('data-source')).toBe('open');
    expect(await manager.locator('[data-testid="take-whip-all"]').count()).toBe(0);
  });

  it('should enter a whole group with "alle Ja" and show it to the watcher within a second', async () => {
    await watcher.evaluate(() => {
      (window as unknown as { marker: string }).marker = 'no reload';
    });
    const before = Number(await tallyOf(watcher, 'yes'));
    const started = Date.now();
    await row(manager, 'UWG')
      .getByRole('button', { name: `alle Ja ${nameOf('UWG')}` })
      .click();
    await waitForTally(watcher, 'yes', before + seatsOf('UWG'));
    expect(Date.now() - started).toBeLessThan(LIVE_BUDGET_MS + 500);
    expect(await row(manager, 'UWG').getAttribute('data-source')).toBe('entered');
    expect(await row(manager, 'UWG').locator('input[name="yes"]').inputValue()).toBe(
      String(seatsOf('UWG')),
    );
    await row(manager, 'AfD').locator('[data-testid="line-no"]').click();
    await waitForTally(watcher, 'no', seatsOf('CDU') + 4 + seatsOf('AfD'));
    expect(await watcher.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe(
      'no reload',
    );
    await screenshot(watcher, 'live-entry-watcher-phone-390');
  });

  it('should save a member deviation at once, without an extra button', async () => {
    const spd = row(manager, 'SPD');
    const noBefore = Number(await tallyOf(watcher, 'no'));
    await spd.locator('[data-testid="member-deviations"] summary').click();
    await spd.locator('[data-testid="member-deviations"] select').first().selectOption('no');
    await waitForTally(watcher, 'no', noBefore + 1);
    expect(await spd.locator('input[name="no"]').inputValue()).toBe('1');
    expect(await spd.locator('input[name="yes"]').inputValue()).toBe(String(seatsOf('SPD') - 2));
    // The list stays open for the next deviation.
    expect(await spd.locator('[data-testid="member-deviations"]').getAttribute('open')).not.toBe(
      null,
    );
    await screenshot(manager, 'live-entry-manager-desktop-1280');
  });

  it('should ask before closing with groups missing, naming them, and record after the confirmation', async () => {
    await manager.locator('[data-testid="close-vote"]').click();
    const dialog = manager.getByRole('dialog', { name: 'Abstimmung abschließen?' });
    await dialog.waitFor();
    const text = await dialog.innerText();
    expect(text).toMatch(/\d+ Fraktionen ohne Eintrag werden als abwesend gezählt: /);
    expect(text).toContain(nameOf('FDP'));
    expect(text).not.toContain(nameOf('UWG'));
    await screenshot(manager, 'live-entry-close-confirm-desktop-1280', false);
    expect(await seriousViolations(manager)).toEqual([]);
    await dialog.getByRole('button', { name: 'Zurück zur Erfassung' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await manager.locator('[data-testid="live-recorded"]').count()).toBe(0);

    await manager.locator('[data-testid="close-vote"]').click();
    await dialog.getByRole('button', { name: 'Trotzdem abschließen' }).click();
    for (const page of [manager, watcher]) {
      await page.waitForSelector('[data-testid="live-recorded"]', { timeout: 5000 });
      expect(await page.locator('[data-testid="agenda"] .motion-status').innerText()).toBe(
        'angenommen',
      );
    }
    await screenshot(manager, 'live-entry-closed-desktop-1280');
    await watcher.goto(`${server.baseUrl}/#/antraege/${motion.id}`);
    await watcher.waitForSelector('[data-testid="vote-result"]');
    expect(await watcher.locator('[data-testid="vote-result"]').getAttribute('data-result')).toBe(
      'adopted',
    );
  });

  it('should keep the meeting page within a 390 px phone for the manager', async () => {
    const token = await apiLogin(server.baseUrl, 'gf-spd', PASSWORD);
    const long = await motionOnAgenda(server.baseUrl, token, { title: LONG_TITLE });
    const item = await apiRequest<AgendaItemView>(
      server.baseUrl,
      'POST',
      `/meetings/${meeting.id}/items`,
      { token, body: { name: long.title, motionId: long.id } },
    );
    expect(item.status).toBe(201);
    const phoneContext = await browser.newContext({ ...PHONE, bypassCSP: true });
    const phone = await phoneContext.newPage();
    await signIn(phone, meetingUrl(), 'gf-spd', PASSWORD);
    await phone.waitForSelector('[data-testid="entry-row"]');
    await phone.waitForSelector('[data-testid="agenda-item-form"] option >> nth=1', {
      state: 'attached',
    });
    const widths = await phone.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      inner: window.innerWidth,
    }));
    expect(widths.inner).toBe(390);
    expect(widths.scroll).toBeLessThanOrEqual(widths.inner);
    expect(await horizontalOverflow(phone)).toEqual([]);
    expect(await seriousViolations(phone)).toEqual([]);
    await screenshot(phone, 'live-entry-manager-phone-390');
    await phone.locator('[data-testid="entry-row"]').first().scrollIntoViewIfNeeded();
    await screenshot(phone, 'live-entry-manager-phone-390-rows', false);
  });
});

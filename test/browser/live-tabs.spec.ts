import type { Browser, Page } from 'playwright-core';
import type {
  CouncilView,
  MotionView,
  WhipEntryRequest,
  WhipEntryView,
} from '@mehrheitsplaner/shared';
import { DESKTOP, PHONE, launchBrowser, screenshot, signIn } from '../support/browser';
import { apiLogin, apiRequest, startServer } from '../support/server';
import type { RunningServer } from '../support/server';

jest.setTimeout(180_000);

const PASSWORD = 'LiveTabs-Passw0rd!';
const SPD_NOTE = 'SPD intern: Zustimmung nur mit Deckungsvorschlag';
const GRUENE_NOTE = 'GRÜNE: Gespräch mit der LINKEN am Donnerstag';

/** One open tab: who is signed in and every API request it sent since counting began. */
type Tab = { name: string; page: Page; requests: string[]; counting: boolean };

/**
 * Several tabs (separate browser contexts) show one motion; other managers edit it through the
 * API. Every change has to reach every tab through the live events alone: after the first load
 * the tabs send no API request because of those edits (issue 10), and the SPD manager keeps
 * seeing the SPD group's internal note while the GRÜNE manager edits the same line.
 */
describe('one motion in several tabs, edited elsewhere', () => {
  let server: RunningServer;
  let browser: Browser;
  let council: CouncilView;
  let motion: MotionView;
  let spdToken: string;
  let grueneToken: string;
  let line: string;
  const tabs: Tab[] = [];

  const tab = (name: string) => {
    const found = tabs.find((t) => t.name === name);
    if (!found) throw new Error(`no tab ${name}`);
    return found;
  };
  const whipRow = (page: Page, key: string) =>
    page.locator(`[data-testid="whip-row"][data-group="${key}"]`);
  const stanceOf = (page: Page, key: string) =>
    whipRow(page, key).locator('select[name="stance"]').inputValue();

  /** A save as the API client of another manager: from the entry's current version. */
  const putWhip = async (token: string, groupKey: string, body: WhipEntryRequest) => {
    const entries = await apiRequest<WhipEntryView[]>(
      server.baseUrl,
      'GET',
      `/motions/${motion.id}/whip`,
      { token },
    );
    const version = entries.body.find((e) => e.groupKey === groupKey)?.version ?? 0;
    const saved = await apiRequest<WhipEntryView>(
      server.baseUrl,
      'PUT',
      `/motions/${motion.id}/whip/${groupKey}`,
      { token, body: { ...body, version } },
    );
    expect(saved.status).toBe(200);
    return saved.body;
  };

  /** Waits until the condition holds in the tab (the change arrived and rendered). */
  const until = async (page: Page, condition: (page: Page) => Promise<boolean>) => {
    for (let attempt = 0; !(await condition(page)); attempt += 1) {
      if (attempt > 100) throw new Error('the change did not reach the tab');
      await page.waitForTimeout(50);
    }
  };
  const inEveryTab = async (condition: (page: Page) => Promise<boolean>) => {
    for (const { page } of tabs) await until(page, condition);
  };

  beforeAll(async () => {
    server = await startServer();
    const adminToken = await apiLogin(server.baseUrl, 'admin', server.adminPassword);
    for (const user of [
      { username: 'gf-spd', password: PASSWORD, role: 'manager', groupKey: 'SPD' },
      { username: 'gf-gruene', password: PASSWORD, role: 'manager', groupKey: 'GRUENE' },
      { username: 'rm-lesend', password: PASSWORD, role: 'councillor' },
    ]) {
      const created = await apiRequest(server.baseUrl, 'POST', '/users', {
        token: adminToken,
        body: user,
      });
      expect(created.status).toBe(201);
    }
    spdToken = await apiLogin(server.baseUrl, 'gf-spd', PASSWORD);
    grueneToken = await apiLogin(server.baseUrl, 'gf-gruene', PASSWORD);
    council = (
      await apiRequest<CouncilView>(server.baseUrl, 'GET', '/council', { token: adminToken })
    ).body;
    // A line both coalition managers may write: a democratic group outside the coalition.
    line =
      council.groups.find((g) => g.key === 'LINKE')?.key ??
      council.groups.find((g) => !g.excluded && !g.coalition)?.key ??
      'LINKE';
    const created = await apiRequest<MotionView>(server.baseUrl, 'POST', '/motions', {
      token: spdToken,
      body: {
        title: 'Nachtbusse am Wochenende',
        type: 'antrag',
        sponsorGroupKeys: council.coalitionGroupKeys,
      },
    });
    expect(created.status).toBe(201);
    motion = created.body;
    // SPD's internal note on the partner line, before any tab opens.
    await putWhip(spdToken, line, {
      stance: 'unknown',
      confidence: 'uncertain',
      note: SPD_NOTE,
      noteInternal: true,
    });

    browser = await launchBrowser();
    const url = `${server.baseUrl}/#/antraege/${motion.id}`;
    for (const [name, username, options] of [
      ['spd', 'gf-spd', DESKTOP],
      ['spd-phone', 'gf-spd', PHONE],
      ['gruene', 'gf-gruene', DESKTOP],
      ['councillor', 'rm-lesend', DESKTOP],
    ] as const) {
      const context = await browser.newContext(options);
      const page = await context.newPage();
      const entry: Tab = { name, page, requests: [], counting: false };
      page.on('request', (request) => {
        const path = new URL(request.url()).pathname;
        if (entry.counting && path.startsWith('/api/')) {
          entry.requests.push(`${request.method()} ${path}`);
        }
      });
      tabs.push(entry);
      await signIn(page, url, username, PASSWORD);
    }
    for (const entry of tabs) {
      await entry.page.waitForSelector('[data-testid="motion-page"][data-live="joined"]');
      await entry.page.waitForSelector('[data-testid="whip-row"]');
      await entry.page.waitForLoadState('networkidle');
      entry.counting = true;
    }
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('should show the SPD note to the SPD tabs only after the first load', async () => {
    for (const name of ['spd', 'spd-phone']) {
      const note = whipRow(tab(name).page, line).locator('textarea[name="note"]');
      expect(await note.inputValue()).toBe(SPD_NOTE);
    }
    for (const name of ['gruene', 'councillor']) {
      expect(await tab(name).page.locator('body').innerText()).not.toContain(SPD_NOTE);
    }
  });

  it('should bring every edit made elsewhere to every tab without a single API request', async () => {
    // GRÜNE edits the line that carries SPD's internal note, with a public note of its own.
    await putWhip(grueneToken, line, {
      stance: 'yes',
      confidence: 'likely',
      note: GRUENE_NOTE,
      noteInternal: false,
    });
    await inEveryTab(async (page) => (await stanceOf(page, line)) === 'yes');

    await putWhip(grueneToken, 'GRUENE', { stance: 'yes', confidence: 'confirmed' });
    await inEveryTab(async (page) => (await stanceOf(page, 'GRUENE')) === 'yes');

    await putWhip(spdToken, 'SPD', { stance: 'yes', confidence: 'confirmed' });
    await inEveryTab(async (page) => (await stanceOf(page, 'SPD')) === 'yes');

    const patched = await apiRequest<MotionView>(server.baseUrl, 'PATCH', `/motions/${motion.id}`, {
      token: spdToken,
      body: { status: 'submitted', version: motion.version },
    });
    expect(patched.status).toBe(200);
    await inEveryTab(async (page) =>
      (await page.locator('[data-testid="motion-status"]').first().innerText())
        .toLowerCase()
        .includes('eingereicht'),
    );

    // The managers' history lists the three whip edits beside SPD's first note.
    for (const name of ['spd', 'gruene']) {
      const history = tab(name).page.locator('[data-testid="whip-history"] > li');
      expect(await history.count()).toBe(4);
    }
    for (const { name, requests } of tabs) {
      expect({ name, requests }).toEqual({ name, requests: [] });
    }
  });

  it("should keep SPD's internal note in the SPD tabs after the GRÜNE edit, and show GRÜNE's", async () => {
    for (const name of ['spd', 'spd-phone']) {
      const row = whipRow(tab(name).page, line);
      expect(await row.locator('textarea[name="note"]').inputValue()).toBe(SPD_NOTE);
      expect(await row.locator('[data-testid="partner-notes"]').innerText()).toContain(GRUENE_NOTE);
    }
    expect(await tab('gruene').page.locator('body').innerText()).not.toContain(SPD_NOTE);
    expect(await tab('councillor').page.locator('body').innerText()).not.toContain(SPD_NOTE);
    expect(await tab('councillor').page.locator('body').innerText()).not.toContain(GRUENE_NOTE);
  });

  it('should look right on the desktop and on a phone after the edits', async () => {
    await whipRow(tab('spd').page, line).scrollIntoViewIfNeeded();
    await screenshot(tab('spd').page, 'live-tabs-desktop');
    await whipRow(tab('spd-phone').page, line).scrollIntoViewIfNeeded();
    await screenshot(tab('spd-phone').page, 'live-tabs-phone', false);
    for (const { name, requests } of tabs) {
      expect({ name, requests }).toEqual({ name, requests: [] });
    }
  });

  it('should load what it missed after its connection was lost and restored', async () => {
    const { page } = tab('councillor');
    await page.context().setOffline(true);
    await page.waitForSelector('.app-body[data-live-status="offline"]');
    await putWhip(spdToken, 'SPD', { stance: 'no', confidence: 'confirmed' });
    await page.context().setOffline(false);
    await page.waitForSelector('.app-body[data-live-status="restored"]');
    await until(page, async () => (await stanceOf(page, 'SPD')) === 'no');
  });

  it('should say in German that the server cannot be reached when a save gets no answer', async () => {
    const { page } = tab('spd');
    const row = whipRow(page, line);
    await row.locator('select[name="stance"]').selectOption('no');
    await page.context().setOffline(true);
    await row.locator('[data-testid="whip-save"]').click();
    await until(page, async () => (await row.innerText()).includes('Keine Verbindung zum Server'));
    expect(await row.innerText()).toContain('Keine Verbindung zum Server');
    expect(await row.innerText()).not.toContain('Failed to fetch');
    expect(await row.locator('[data-testid="whip-conflict"]').count()).toBe(0);
    await page.context().setOffline(false);
  });
});

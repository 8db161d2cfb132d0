import type { Browser, Page } from 'playwright-core';
import type { CouncilView, VoteOption } from '@mehrheitsplaner/shared';
import { horizontalOverflow, launchBrowser, screenshot } from '../support/browser';
import { apiLogin, startServer } from '../support/server';
import type { RunningServer } from '../support/server';

jest.setTimeout(120_000);

describe('council page (headless Chromium)', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let council: CouncilView;
  let token: string;

  const row = (key: string) => page.locator(`[data-testid="calc-row"][data-group="${key}"]`);
  const setVote = (key: string, vote: VoteOption) =>
    row(key).locator(`button[data-vote="${vote}"]`).click();
  const verdict = () => page.locator('[data-testid="verdict"]');
  const waitForVerdict = (value: 'yes' | 'no') =>
    page.waitForSelector(`[data-testid="verdict"][data-verdict="${value}"]`);
  const count = async (name: string) =>
    Number(await page.locator(`[data-testid="count-${name}"]`).innerText());

  beforeAll(async () => {
    server = await startServer();
    token = await apiLogin(server.baseUrl, 'admin', server.adminPassword);
    const response = await fetch(`${server.baseUrl}/api/council`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    council = (await response.json()) as CouncilView;
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'de-DE' });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('should show a German error when the password is wrong', async () => {
    await page.goto(server.baseUrl);
    await page.getByLabel('Benutzername').fill('admin');
    await page.getByLabel('Passwort').fill('falsch');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    const error = await page.waitForSelector('[data-testid="login-error"]');
    expect(await error.innerText()).toContain('Benutzername oder Passwort ist falsch');
  });

  it('should show seat chart and group table when logged in as admin', async () => {
    await page.getByLabel('Passwort').fill(server.adminPassword);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.waitForSelector('[data-testid="seat"]');

    expect(council.seats).toBe(92);
    expect(await page.locator('[data-testid="seat"]').count()).toBe(council.seats);
    expect(await page.locator('[data-testid="mayor-seat"]').count()).toBe(1);
    expect(await page.locator('[data-testid="group-row"]').count()).toBe(12);
    const excluded = council.groups.filter((g) => g.excluded).map((g) => g.key);
    for (const key of excluded) {
      const seats = council.groups.find((g) => g.key === key)?.seats;
      expect(await page.locator(`[data-testid="seat"][data-group="${key}"]`).count()).toBe(seats);
    }
    const title = await page.locator('[data-testid="seat"] title').first().textContent();
    expect(title).toMatch(/^.+ – .+$/);
    expect(await page.locator('.legend').innerText()).toContain(
      'von Zusammenarbeit ausgeschlossen',
    );
  });

  it('should find a democratic majority when the worked example of domain.md is entered', async () => {
    // Default: coalition and mayor yes, everyone else no → 40 against 52.
    await waitForVerdict('no');
    const byKey = new Map(council.groups.map((g) => [g.key, g]));
    expect(byKey.get('LINKE')?.excluded).toBe(false);
    await setVote('LINKE', 'yes');
    for (const group of council.groups) {
      if (group.excluded) await setVote(group.key, 'yes');
      else if (!group.coalition && group.key !== 'LINKE' && group.key !== 'CDU') {
        await setVote(group.key, 'abstain');
      }
    }
    await waitForVerdict('yes');
    expect(await verdict().textContent()).toBe('Demokratische Mehrheit ohne AfD-Stimmen: ja');
    expect(await count('yes')).toBe(63);
    expect(await count('no')).toBe(18);
    expect(await count('abstain')).toBe(12);
    expect(await page.locator('[data-testid="relies-on-excluded"]').count()).toBe(0);
    await screenshot(page, 'council-desktop-1280');
  });

  it('should flip the verdict to "nur mit AfD-Stimmen" when partners vote no and one is absent', async () => {
    await setVote('LINKE', 'no');
    for (const group of council.groups) {
      if (!group.excluded && !group.coalition) await setVote(group.key, 'no');
    }
    // 40 democratic yes against 39 no: still a majority, with nothing to spare.
    await waitForVerdict('yes');
    expect(await page.locator('[data-testid="margin"]').innerText()).toBe('Reserve: 0 Stimmen');
    await row('SPD').locator('input[type="number"]').fill('1');
    await waitForVerdict('no');
    const warning = await page.waitForSelector('[data-testid="relies-on-excluded"]');
    expect(await warning.innerText()).toContain('nur mit AfD-Stimmen');
    expect(await page.locator('[data-testid="margin"]').innerText()).toBe('Es fehlt 1 Stimme');
    expect(await page.locator('[data-testid="passes"]').innerText()).toContain('angenommen');
    await screenshot(page, 'council-desktop-1280-relies-on-excluded');
  });

  it('should stack verdict, chart and calculator without overflow when the screen is a phone', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(200);
    await screenshot(page, 'council-phone-390');
    expect(await horizontalOverflow(page)).toEqual([]);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(390);
    const top = async (selector: string) => (await page.locator(selector).boundingBox())?.y ?? -1;
    const verdictTop = await top('[data-testid="verdict"]');
    const chartTop = await top('.seat-chart');
    const calcTop = await top('.calculator');
    expect(verdictTop).toBeLessThan(chartTop);
    expect(chartTop).toBeLessThan(calcTop);
  });

  it('should show a council change pushed over the socket when an admin renames a group', async () => {
    await page.waitForSelector('[data-live-status="online"]');
    const group = council.groups.find((g) => !g.excluded && !g.coalition);
    if (!group) throw new Error('seed has no democratic partner group');
    const renamed = `${group.name} (umbenannt)`;
    const response = await fetch(`${server.baseUrl}/api/council/groups/${group.key}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ name: renamed }),
    });
    expect(response.status).toBe(200);
    const label = row(group.key).locator('.vote-row__label');
    await page.waitForFunction(
      ([key, name]) =>
        document.querySelector(`[data-testid="calc-row"][data-group="${key}"] .vote-row__label`)
          ?.textContent === name,
      [group.key, renamed] as const,
    );
    expect(await label.textContent()).toBe(renamed);
  });

  it('should switch the texts to English when EN is chosen in the header', async () => {
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    expect(await verdict().textContent()).toMatch(/^Democratic majority without AfD votes: /);
    await page.getByRole('button', { name: 'DE', exact: true }).click();
    expect(await verdict().textContent()).toMatch(/^Demokratische Mehrheit ohne AfD-Stimmen: /);
  });

  const sessionToken = () =>
    page.evaluate(() => {
      const raw = sessionStorage.getItem('mehrheitsplaner.session');
      return raw ? (JSON.parse(raw) as { token: string }).token : null;
    });
  const councilStatus = async (bearer: string) =>
    (
      await fetch(`${server.baseUrl}/api/council`, {
        headers: { Authorization: `Bearer ${bearer}` },
      })
    ).status;

  it('should return to the login form when the session is ended elsewhere', async () => {
    const shown = await sessionToken();
    expect(shown).not.toBeNull();
    const response = await fetch(`${server.baseUrl}/api/auth/logout`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${shown}` },
    });
    expect(response.status).toBe(204);
    // The server closes the page's socket; the page forgets the session without a reload.
    await page.getByLabel('Passwort').waitFor({ timeout: 5000 });
    expect(await sessionToken()).toBeNull();
  });

  it('should end the session on the server when Abmelden is clicked', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByLabel('Benutzername').fill('admin');
    await page.getByLabel('Passwort').fill(server.adminPassword);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.waitForSelector('[data-testid="seat"]');
    const signedIn = await sessionToken();
    expect(await councilStatus(signedIn!)).toBe(200);
    await page.getByRole('button', { name: 'Abmelden' }).click();
    await page.getByLabel('Passwort').waitFor();
    // The logout request runs in the background: wait until the server has revoked the token.
    let status = await councilStatus(signedIn!);
    for (let tries = 0; status === 200 && tries < 50; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      status = await councilStatus(signedIn!);
    }
    expect(status).toBe(401);
  });
});

import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { CouncilView, MeetingDetailView, MotionView } from '@mehrheitsplaner/shared';
import {
  DESKTOP,
  PHONE,
  horizontalOverflow,
  launchBrowser,
  screenshot,
  signIn,
} from '../support/browser';
import { adminSession, createUsers } from '../support/council-votes';
import { apiLogin, apiRequest, startServer } from '../support/server';
import type { RunningServer } from '../support/server';

jest.setTimeout(240_000);

const PASSWORD = 'Lifecycle-Passw0rd!';

/**
 * A manager's whole motion job (issue 11): create, whip until the certainty is secured, edit,
 * put on a meeting's agenda, record the vote in the live entry and see the result lead; withdraw
 * asks first; the motion page fits a 390 px phone.
 */
describe('motion lifecycle in the browser (manager, desktop 1280 and phone 390)', () => {
  let server: RunningServer;
  let browser: Browser;
  let desktop: BrowserContext;
  let phone: BrowserContext;
  let page: Page;
  let council: CouncilView;
  let token: string;
  let motionId: number;
  let meeting: MeetingDetailView;

  const motionUrl = (id = motionId) => `${server.baseUrl}/#/antraege/${id}`;
  const level = (p: Page) =>
    p.locator('.motion-layout__verdict [data-testid="certainty-badge"]').getAttribute('data-level');
  const waitForLevel = (p: Page, expected: string) =>
    p.waitForSelector(
      `.motion-layout__verdict [data-testid="certainty-badge"][data-level="${expected}"]`,
      {
        timeout: 5000,
      },
    );
  const whip = async (groupKey: string, stance: string, confidence: string) => {
    const row = page.locator(`[data-testid="whip-row"][data-group="${groupKey}"]`);
    await row.locator('select[name="stance"]').selectOption(stance);
    await row.locator('select[name="confidence"]').selectOption(confidence);
    const [response] = await Promise.all([
      page.waitForResponse(
        (r) => r.request().method() === 'PUT' && r.url().includes(`/whip/${groupKey}`),
      ),
      row.locator('[data-testid="whip-save"]').click(),
    ]);
    expect(response.status()).toBe(200);
  };
  const fitsPhone = async (p: Page) => {
    expect(await horizontalOverflow(p)).toEqual([]);
    const widths = await p.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      inner: window.innerWidth,
    }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.inner);
  };

  beforeAll(async () => {
    server = await startServer();
    const admin = await adminSession(server);
    council = admin.council;
    await createUsers(server, admin.token, [
      { username: 'gf-spd', password: PASSWORD, role: 'manager', groupKey: 'SPD' },
    ]);
    token = await apiLogin(server.baseUrl, 'gf-spd', PASSWORD);
    const created = await apiRequest<MeetingDetailView>(server.baseUrl, 'POST', '/meetings', {
      token,
      body: { name: '8. Sitzung des Rates', date: '2026-04-23' },
    });
    expect(created.status).toBe(201);
    meeting = created.body;
    browser = await launchBrowser();
    desktop = await browser.newContext(DESKTOP);
    phone = await browser.newContext(PHONE);
    page = await desktop.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('should create a motion in the form and open it as a draft whose certainty is open', async () => {
    await signIn(page, `${server.baseUrl}/#/antraege`, 'gf-spd', PASSWORD);
    await page.getByRole('button', { name: 'Neuer Antrag' }).click();
    const form = page.locator('[data-testid="new-motion-form"]');
    await form.getByLabel('Titel').fill('Hitzeschutzplan für Bochum');
    await form.getByLabel('Drucksache', { exact: true }).fill('20260101');
    await form.getByRole('button', { name: 'Antrag anlegen' }).click();
    await page.waitForSelector('[data-testid="motion-page"][data-live="joined"]');
    motionId = Number(/antraege\/(\d+)/.exec(page.url())?.[1]);
    expect(motionId).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="motion-status"]').first().innerText()).toBe('Entwurf');
    await waitForLevel(page, 'open');
    expect(await page.locator('.motion-layout__verdict').innerText()).toContain('offen');
  });

  it('should move the certainty from offen to wahrscheinlich to gesichert as whip lines come in', async () => {
    await whip('SPD', 'yes', 'confirmed');
    await whip('MAYOR', 'yes', 'confirmed');
    await whip('AfD', 'no', 'confirmed');
    await whip('CDU', 'yes', 'likely');
    await waitForLevel(page, 'likely');
    const likely = await page.locator('.motion-layout__verdict').innerText();
    expect(likely).toContain('wahrscheinlich');
    expect(likely).toMatch(/Stimmen Vorsprung erwartet/);
    expect(likely).toMatch(/\d+ Stimmen noch unsicher oder unbekannt/);
    expect(likely).not.toContain('Reserve');
    // One sentence per scenario card, never several contradicting markers.
    for (const name of ['expected', 'best', 'worst']) {
      expect(
        await page
          .locator(`[data-testid="scenario-${name}"] [data-testid="scenario-verdict"]`)
          .count(),
      ).toBe(1);
    }
    expect(
      await page
        .locator('[data-testid="scenario-worst"] [data-testid="scenario-verdict"]')
        .innerText(),
    ).toMatch(/^Abgelehnt: \d+ Stimmen fehlen/);
    await screenshot(page, 'motion-lifecycle-likely-desktop-1280');

    await whip('CDU', 'yes', 'confirmed');
    await whip('LINKE', 'yes', 'confirmed');
    await waitForLevel(page, 'secured');
    expect(await page.locator('.motion-layout__verdict').innerText()).toMatch(
      /gesichert[\s\S]*\d+ Stimmen Vorsprung auch im schlechtesten Fall/,
    );
    expect(
      await page
        .locator('[data-testid="scenario-expected"] [data-testid="scenario-verdict"]')
        .innerText(),
    ).toMatch(/^Angenommen mit demokratischer Mehrheit, \d+ Stimmen Vorsprung$/);
    expect(await level(page)).toBe('secured');
  });

  it('should edit title and Drucksache after creation and show them at once', async () => {
    await page.locator('[data-testid="motion-edit"]').click();
    const form = page.locator('[data-testid="motion-edit-form"]');
    await form.getByLabel('Titel').fill('Hitzeschutzplan für Bochum 2026');
    await form.getByLabel('Drucksache', { exact: true }).fill('20260102');
    await form.getByLabel('Datum der Drucksache').fill('2026-02-20');
    await screenshot(page, 'motion-lifecycle-edit-desktop-1280', false);
    // Leaving with unsaved input asks; "no" keeps the form and the input.
    const asked = new Promise<string>((resolve) =>
      page.once('dialog', (dialog) => {
        resolve(dialog.message());
        void dialog.dismiss();
      }),
    );
    await page.getByRole('link', { name: 'Anträge', exact: true }).click();
    expect(await asked).toContain('noch nicht gespeichert');
    expect(await form.getByLabel('Titel').inputValue()).toBe('Hitzeschutzplan für Bochum 2026');
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'PATCH'),
      form.locator('[data-testid="motion-edit-save"]').click(),
    ]);
    expect(response.status()).toBe(200);
    await form.waitFor({ state: 'detached' });
    expect(await page.locator('[data-testid="motion-title"]').innerText()).toBe(
      'Hitzeschutzplan für Bochum 2026',
    );
    expect(await page.locator('.motion-header').innerText()).toContain('20260102');
    expect(await page.locator('.motion-header').innerText()).toContain('vom 20.02.2026');
  });

  it('should keep the user’s edit beside the newer state when someone else saved first', async () => {
    await page.locator('[data-testid="motion-edit"]').click();
    const form = page.locator('[data-testid="motion-edit-form"]');
    await form.getByLabel('Titel').fill('Mein Titel');
    const current = await apiRequest<MotionView>(server.baseUrl, 'GET', `/motions/${motionId}`, {
      token,
    });
    const other = await apiRequest<MotionView>(server.baseUrl, 'PATCH', `/motions/${motionId}`, {
      token,
      body: { version: current.body.version, title: 'Fremder Titel' },
    });
    expect(other.status).toBe(200);
    await form.locator('[data-testid="motion-edit-save"]').click();
    const conflict = form.locator('[data-testid="motion-edit-conflict"]');
    await conflict.waitFor();
    expect(await conflict.locator('[data-testid="conflict-mine"]').innerText()).toBe('Mein Titel');
    expect(await conflict.locator('[data-testid="conflict-theirs"]').innerText()).toBe(
      'Fremder Titel',
    );
    expect(await form.getByLabel('Titel').inputValue()).toBe('Mein Titel');
    await screenshot(page, 'motion-lifecycle-edit-conflict-desktop-1280', false);
    await conflict.getByRole('button', { name: 'Meine Fassung speichern' }).click();
    await form.waitFor({ state: 'detached' });
    expect(await page.locator('[data-testid="motion-title"]').innerText()).toBe('Mein Titel');
  });

  it('should show "auf der Tagesordnung" once the motion is put on a meeting’s agenda', async () => {
    expect(await page.locator('[data-testid="record-hint"]').innerText()).toContain(
      'erfasste Abstimmung',
    );
    expect(await page.locator('.transitions [data-status="adopted"]').count()).toBe(0);
    expect(await page.locator('.transitions [data-status="rejected"]').count()).toBe(0);
    await page.goto(`${server.baseUrl}/#/sitzungen/${meeting.id}`);
    const form = page.locator('[data-testid="agenda-item-form"]');
    await form.locator('select[name="motionId"]').selectOption(String(motionId));
    await form.getByRole('button').click();
    await page.waitForSelector('[data-testid="agenda"] .motion-status');
    expect(await page.locator('[data-testid="agenda"] .motion-status').innerText()).toBe(
      'auf der Tagesordnung',
    );
    await page.goto(motionUrl());
    await page.waitForSelector('[data-testid="motion-page"][data-live="joined"]');
    expect(await page.locator('[data-testid="motion-status"]').first().innerText()).toBe(
      'auf der Tagesordnung',
    );
  });

  it('should lead with the actual result once the vote is recorded in the live entry', async () => {
    await page.goto(`${server.baseUrl}/#/sitzungen/${meeting.id}`);
    await page.waitForSelector('[data-testid="live-entry"]');
    await page.locator('[data-testid="take-whip-all"]').click();
    // The close waits until the taken lines are saved: SPD, CDU, Linke and the mayor say yes.
    const yes = ['SPD', 'CDU', 'LINKE'].reduce(
      (sum, key) => sum + (council.groups.find((g) => g.key === key)?.seats ?? 0),
      council.mayorVotes ? 1 : 0,
    );
    await page.waitForSelector(`[data-testid="running-tally"][data-yes="${yes}"]`, {
      timeout: 5000,
    });
    await page.locator('[data-testid="close-vote"]').click();
    const dialog = page.getByRole('dialog', { name: 'Abstimmung abschließen?' });
    await dialog.getByRole('button', { name: 'Trotzdem abschließen' }).click();
    await page.waitForSelector('[data-testid="live-recorded"]', { timeout: 5000 });

    await page.goto(motionUrl());
    await page.waitForSelector('.motion-layout__verdict [data-testid="vote-result"]');
    expect(await page.locator('[data-testid="vote-result"]').getAttribute('data-result')).toBe(
      'adopted',
    );
    expect(
      await page.locator('.motion-layout__verdict [data-testid="certainty-badge"]').count(),
    ).toBe(0);
    const plan = page.locator('[data-testid="former-plan"]');
    expect(await plan.locator('#former-plan-title').innerText()).toBe('Planung vor der Abstimmung');
    expect(await plan.locator('[data-testid="certainty-badge"]').getAttribute('data-level')).toBe(
      'secured',
    );
    // The result sits above the former plan.
    const resultTop = (await page.locator('[data-testid="vote-result"]').boundingBox())?.y ?? 0;
    const planTop = (await plan.boundingBox())?.y ?? 0;
    expect(resultTop).toBeLessThan(planTop);
    expect(await page.locator('.transitions [data-status]').count()).toBe(0);
    await screenshot(page, 'motion-lifecycle-voted-desktop-1280');

    await page.goto(`${server.baseUrl}/#/antraege`);
    const row = page.locator(`[data-testid="motion-row"][data-motion-id="${motionId}"]`);
    expect(await row.locator('[data-testid="result-badge"]').innerText()).toBe(
      'abgestimmt: angenommen',
    );
    expect(await row.locator('[data-testid="certainty-badge"]').count()).toBe(0);
  });

  it('should fit the voted motion page into a 390 px phone', async () => {
    const mobile = await phone.newPage();
    await signIn(mobile, motionUrl(), 'gf-spd', PASSWORD);
    await mobile.waitForSelector('[data-testid="vote-result"]');
    await fitsPhone(mobile);
    await screenshot(mobile, 'motion-lifecycle-voted-phone-390', false);
  });

  it('should ask before withdrawing: Escape cancels, confirming withdraws (phone 390)', async () => {
    const other = await apiRequest<MotionView>(server.baseUrl, 'POST', '/motions', {
      token,
      body: { title: 'Zurückzuziehender Antrag', sponsorGroupKeys: council.coalitionGroupKeys },
    });
    expect(other.status).toBe(201);
    const mobile = await phone.newPage();
    await signIn(mobile, motionUrl(other.body.id), 'gf-spd', PASSWORD);
    await mobile.waitForSelector('[data-testid="motion-page"][data-live="joined"]');
    await fitsPhone(mobile);
    await screenshot(mobile, 'motion-lifecycle-draft-phone-390');

    const withdraw = mobile.locator('.transitions [data-status="withdrawn"]');
    await withdraw.click();
    const dialog = mobile.getByRole('dialog', { name: 'Antrag zurückziehen?' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('„Zurückzuziehender Antrag“ wird zurückgezogen');
    // Focus moved into the dialog, on the safe choice.
    expect(await mobile.evaluate(() => document.activeElement?.textContent)).toBe('Abbrechen');
    await fitsPhone(mobile);
    await screenshot(mobile, 'motion-lifecycle-withdraw-confirm-phone-390', false);
    await mobile.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    const unchanged = await apiRequest<MotionView>(
      server.baseUrl,
      'GET',
      `/motions/${other.body.id}`,
      {
        token,
      },
    );
    expect(unchanged.body.status).toBe('draft');

    await withdraw.click();
    await dialog.getByRole('button', { name: 'Ja, zurückziehen' }).click();
    await mobile.waitForFunction(
      () =>
        document.querySelector('[data-testid="motion-status"]')?.textContent === 'zurückgezogen',
    );
    expect(await mobile.locator('.transitions [data-status]').count()).toBe(0);
  });
});

import type { Browser, Page } from 'playwright-core';
import type { CouncilView, MotionView, WhipEntryView } from '@mehrheitsplaner/shared';
import {
  DESKTOP,
  horizontalOverflow,
  launchBrowser,
  PHONE,
  screenshot,
  signIn,
} from '../support/browser';
import { seriousViolations } from '../support/axe';
import { adminSession, createUsers, enterWhip } from '../support/council-votes';
import { apiLogin, apiRequest, startServer } from '../support/server';
import type { RunningServer } from '../support/server';

jest.setTimeout(180_000);

const PASSWORD = 'Whip-Editor-Passw0rd!';

describe('whip editor: seat check, leave warning, conflicts, builder to calculator', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let adminToken: string;
  let council: CouncilView;
  let motion: MotionView;

  const motionUrl = () => `${server.baseUrl}/#/antraege/${motion.id}`;
  const row = (key: string, on: Page = page) =>
    on.locator(`[data-testid="whip-row"][data-group="${key}"]`);
  const seatsOf = (key: string) => council.groups.find((g) => g.key === key)?.seats ?? 0;
  const whipOf = async (key: string) =>
    (
      await apiRequest<WhipEntryView[]>(server.baseUrl, 'GET', `/motions/${motion.id}/whip`, {
        token: adminToken,
      })
    ).body.find((entry) => entry.groupKey === key);
  const noOverflow = async (on: Page) => {
    const widths = await on.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      inner: window.innerWidth,
    }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.inner);
    expect(await horizontalOverflow(on)).toEqual([]);
  };

  beforeAll(async () => {
    server = await startServer();
    const admin = await adminSession(server);
    adminToken = admin.token;
    council = admin.council;
    await createUsers(server, adminToken, [
      { username: 'gf-spd', password: PASSWORD, role: 'manager', groupKey: 'SPD' },
    ]);
    const token = await apiLogin(server.baseUrl, 'gf-spd', PASSWORD);
    const created = await apiRequest<MotionView>(server.baseUrl, 'POST', '/motions', {
      token,
      body: {
        title: 'Sanierung der Schwimmhalle Höntrop',
        type: 'antrag',
        sponsorGroupKeys: council.coalitionGroupKeys,
      },
    });
    expect(created.status).toBe(201);
    motion = created.body;
    const confirmed = (stance: 'yes' | 'no') => ({ stance, confidence: 'confirmed' as const });
    for (const key of ['SPD', 'GRUENE', 'MAYOR']) {
      await enterWhip(server.baseUrl, adminToken, motion.id, key, confirmed('yes'));
    }
    // The largest partner has said no for sure: the builder must not offer it (finding 7).
    await enterWhip(server.baseUrl, adminToken, motion.id, 'CDU', confirmed('no'));

    browser = await launchBrowser();
    // bypassCSP: axe-core is injected as a script, which the app's policy refuses.
    page = await (await browser.newContext({ ...DESKTOP, bypassCSP: true })).newPage();
    await signIn(page, motionUrl(), 'gf-spd', PASSWORD);
    await row('CDU').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('should not suggest a group whose no is confirmed', async () => {
    const options = page.locator('[data-testid="partner-option"]');
    await options.first().waitFor();
    const sets = await options.evaluateAll((items) =>
      items.map((item) => item.getAttribute('data-groups') ?? ''),
    );
    expect(sets.length).toBeGreaterThan(0);
    expect(sets.some((set) => set.split(',').includes('CDU'))).toBe(false);
    expect(sets).toContain('LINKE');
    await options.first().scrollIntoViewIfNeeded();
    await screenshot(page, 'whip-editor-partners-desktop-1280', false);
  });

  it('should apply a partner set to the calculator, which starts from the whip count', async () => {
    await page
      .locator('[data-testid="partner-option"][data-groups="LINKE"] [data-testid="apply-option"]')
      .click();
    await page.waitForSelector('[data-testid="calc-origin"]');
    expect(await page.locator('[data-testid="calc-origin"]').innerText()).toContain(motion.title);
    const checked = (key: string) =>
      page
        .locator(
          `[data-testid="calc-row"][data-group="${key}"] [role="radio"][aria-checked="true"]`,
        )
        .getAttribute('data-vote');
    expect(await checked('LINKE')).toBe('yes');
    expect(await checked('SPD')).toBe('yes');
    expect(await checked('CDU')).toBe('no');
    // With Linke the firm votes suffice: nothing further to suggest.
    await page.waitForSelector('[data-testid="options-firm"]');
    await screenshot(page, 'whip-editor-calculator-applied-desktop-1280');
    expect(await seriousViolations(page)).toEqual([]);
    // A what-if still works: Linke back to no, and the calculator's builder never offers CDU.
    await page
      .locator('[data-testid="calc-row"][data-group="LINKE"] [role="radio"][data-vote="no"]')
      .click();
    const sets = await page
      .locator('[data-testid="partner-option"]')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-groups') ?? ''));
    expect(sets).toContain('LINKE');
    expect(sets.some((set) => set.split(',').includes('CDU'))).toBe(false);
  });

  it('should ask how the rest of a split votes and refuse a split over the seats', async () => {
    await page.goto(motionUrl());
    const cdu = row('CDU');
    await cdu.locator('select[name="stance"]').selectOption('split');
    await cdu.locator('input[name="split-yes"]').fill('10');
    await cdu.locator('input[name="split-no"]').fill('3');
    const remainder = cdu.locator('[data-testid="whip-remainder"]');
    await remainder.waitFor();
    expect(await remainder.innerText()).toContain(
      `Noch ${seatsOf('CDU') - 13} von ${seatsOf('CDU')} Sitzen ohne Zuordnung`,
    );
    expect(await cdu.locator('[data-testid="whip-save"]').isDisabled()).toBe(true);
    await remainder.scrollIntoViewIfNeeded();
    await screenshot(page, 'whip-editor-split-remainder-desktop-1280', false);
    expect(await seriousViolations(page)).toEqual([]);
    await cdu.locator('[data-testid="remainder-absent"]').click();
    await remainder.waitFor({ state: 'detached' });
    expect(await cdu.locator('input[name="absent"]').inputValue()).toBe(
      String(seatsOf('CDU') - 13),
    );

    await cdu.locator('input[name="split-yes"]').fill(String(seatsOf('CDU')));
    const over = cdu.locator('[data-testid="whip-over"]');
    await over.waitFor();
    expect(await over.innerText()).toContain('mehr als die Fraktion Sitze hat');
    expect(await cdu.locator('[data-testid="whip-save"]').isDisabled()).toBe(true);

    await cdu.locator('input[name="split-yes"]').fill('10');
    await cdu.locator('[data-testid="whip-save"]').click();
    await cdu.locator('.saved-note').waitFor();
    expect(await whipOf('CDU')).toMatchObject({
      stance: 'split',
      split: { yes: 10, no: 3, abstain: 0 },
      absent: seatsOf('CDU') - 13,
    });
  });

  it('should warn before leaving with unsaved whip edits', async () => {
    await row('LINKE').locator('select[name="stance"]').selectOption('yes');
    let question = '';
    page.once('dialog', (dialog) => {
      question = dialog.message();
      void dialog.dismiss();
    });
    await page.locator('header a[href="#/antraege"]').first().click();
    await page.waitForFunction(() => window.location.hash.startsWith('#/antraege/'));
    expect(question).toContain('Ungespeicherte Änderungen in der Stimmabfrage');
    expect(await row('LINKE').locator('select[name="stance"]').inputValue()).toBe('yes');

    let unload = '';
    page.once('dialog', (dialog) => {
      unload = dialog.type();
      void dialog.dismiss();
    });
    await page.close({ runBeforeUnload: true });
    await page.waitForFunction(() => true);
    expect(unload).toBe('beforeunload');
    expect(page.isClosed()).toBe(false);

    page.once('dialog', (dialog) => void dialog.accept());
    await page.locator('header a[href="#/antraege"]').first().click();
    await page.waitForSelector('[data-testid="motion-row"]');
    expect(await page.evaluate(() => window.location.hash)).toBe('#/antraege');
  });

  it("should keep one's own edit after a conflict and re-apply it on the new state", async () => {
    await page.goto(motionUrl());
    const uwg = row('UWG');
    await uwg.locator('select[name="stance"]').selectOption('yes');
    const before = await whipOf('UWG');
    const behindTheBack = await apiRequest<WhipEntryView>(
      server.baseUrl,
      'PUT',
      `/motions/${motion.id}/whip/UWG`,
      {
        token: adminToken,
        body: { stance: 'no', confidence: 'likely', absent: 1, version: before?.version },
      },
    );
    expect(behindTheBack.status).toBe(200);
    await page.waitForSelector(
      `[data-testid="whip-row"][data-group="UWG"][data-version="${behindTheBack.body.version}"]`,
    );
    await uwg.locator('[data-testid="whip-save"]').click();
    const conflict = uwg.locator('[data-testid="whip-conflict"]');
    await conflict.locator('table').waitFor();
    const stance = conflict.locator('tr[data-field="stance"]');
    expect(await stance.locator('[data-testid="conflict-theirs"]').innerText()).toBe('Nein');
    expect(await stance.locator('[data-testid="conflict-own"]').innerText()).toBe('Ja');
    expect(await uwg.locator('select[name="stance"]').inputValue()).toBe('yes');
    await screenshot(page, 'whip-editor-conflict-desktop-1280', false);
    expect(await seriousViolations(page)).toEqual([]);

    await conflict.locator('[data-testid="whip-reapply"]').click();
    await conflict.waitFor({ state: 'detached' });
    expect(await uwg.locator('select[name="stance"]').inputValue()).toBe('yes');
    // What only the other person changed is kept.
    expect(await uwg.locator('input[name="absent"]').inputValue()).toBe('1');
    expect(await uwg.locator('select[name="confidence"]').inputValue()).toBe('likely');
    await uwg.locator('[data-testid="whip-save"]').click();
    await uwg.locator('.saved-note').waitFor();
    expect(await whipOf('UWG')).toMatchObject({ stance: 'yes', confidence: 'likely', absent: 1 });
  });

  it('should fit the whip editor and the calculator into a 390 px phone', async () => {
    const phone = await (await browser.newContext({ ...PHONE, bypassCSP: true })).newPage();
    await signIn(phone, motionUrl(), 'gf-spd', PASSWORD);
    const linke = row('LINKE', phone);
    await linke.locator('select[name="stance"]').selectOption('split');
    await linke.locator('input[name="split-yes"]').fill('2');
    await linke.locator('[data-testid="whip-remainder"]').waitFor();
    await noOverflow(phone);
    expect(await seriousViolations(phone)).toEqual([]);
    await linke.scrollIntoViewIfNeeded();
    await screenshot(phone, 'whip-editor-remainder-phone-390', false);
    await linke.getByRole('button', { name: 'Verwerfen' }).click();
    await phone.locator('[data-testid="open-calculator"]').click();
    await phone.waitForSelector('[data-testid="calc-origin"]');
    await noOverflow(phone);
    await screenshot(phone, 'whip-editor-calculator-phone-390');
  });
});

import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { CouncilView, MemberView } from '@mehrheitsplaner/shared';
import {
  DESKTOP,
  PHONE,
  horizontalOverflow,
  launchBrowser,
  screenshot,
  signIn,
} from '../support/browser';
import { adminSession, createUsers } from '../support/council-votes';
import { apiRequest, startServer } from '../support/server';
import type { RunningServer } from '../support/server';

jest.setTimeout(240_000);

const PASSWORD = 'Ratsmitglied liest mit 2026';

/** Today in the browser's zone (Europe/Berlin in the contexts) as YYYY-MM-DD. */
function berlinToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
}

/**
 * Council administration in the browser (issue 11): the admin renames a group and changes its
 * colour, switches a member to another group on a date and sees the seats follow, lets a member
 * leave after a confirmation; a councillor's open council page follows live; the page fits a
 * 390 px phone in edit mode.
 */
describe('council administration in the browser (admin, desktop 1280 and phone 390)', () => {
  let server: RunningServer;
  let browser: Browser;
  let desktop: BrowserContext;
  let page: Page;
  let token: string;

  const seats = async (p: Page, key: string) =>
    Number(
      await p.locator(`[data-testid="group-row"][data-group="${key}"] td.num`).first().innerText(),
    );
  const waitForSeats = (p: Page, key: string, expected: number) =>
    p.waitForFunction(
      ([groupKey, count]) =>
        document
          .querySelector(`[data-testid="group-row"][data-group="${groupKey}"] td.num`)
          ?.textContent?.trim() === String(count),
      [key, expected] as const,
    );
  const fitsPhone = async (p: Page) => {
    expect(await horizontalOverflow(p)).toEqual([]);
    const widths = await p.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      inner: window.innerWidth,
    }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.inner);
  };
  const members = async () =>
    (await apiRequest<MemberView[]>(server.baseUrl, 'GET', '/council/members', { token })).body;

  beforeAll(async () => {
    server = await startServer();
    ({ token } = await adminSession(server));
    await createUsers(server, token, [
      { username: 'rat-liest', password: PASSWORD, role: 'councillor' },
    ]);
    browser = await launchBrowser();
    desktop = await browser.newContext(DESKTOP);
    page = await desktop.newPage();
    await signIn(page, server.baseUrl, 'admin', server.adminPassword);
    await page.waitForSelector('[data-testid="council-admin-toggle"]');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('should rename a group and change its colour, live on a councillor’s open page', async () => {
    const reader = await browser.newContext(DESKTOP);
    const readerPage = await reader.newPage();
    await signIn(readerPage, server.baseUrl, 'rat-liest', PASSWORD);
    await readerPage.waitForSelector('[data-testid="group-row"][data-group="LINKE"]');
    // Councillors see no edit mode.
    expect(await readerPage.locator('[data-testid="council-admin"]').count()).toBe(0);

    await page.locator('[data-testid="council-admin-toggle"]').click();
    const form = page.locator('[data-testid="group-edit"][data-group="LINKE"]');
    await form.locator('input[name="name"]').fill('Die Linke im Rat');
    await form.locator('input[name="color"]').fill('#123456');
    const [response] = await Promise.all([
      page.waitForResponse(
        (r) => r.request().method() === 'PATCH' && r.url().endsWith('/council/groups/LINKE'),
      ),
      form.getByRole('button', { name: 'Speichern' }).click(),
    ]);
    expect(response.status()).toBe(200);
    for (const p of [page, readerPage]) {
      await p.waitForFunction(() =>
        document
          .querySelector('[data-testid="group-row"][data-group="LINKE"]')
          ?.textContent?.includes('Die Linke im Rat'),
      );
      const fills = await p
        .locator('[data-testid="seat"][data-group="LINKE"]')
        .evaluateAll((seats) => seats.map((seat) => seat.getAttribute('fill')));
      expect(new Set(fills)).toEqual(new Set(['#123456']));
    }
    await reader.close();
  });

  it('should keep the admin’s input beside another admin’s newer state after a 409', async () => {
    const form = page.locator('[data-testid="group-edit"][data-group="UWG"]');
    await form.locator('input[name="name"]').fill('UWG – meine Eingabe');
    // Meanwhile another admin renames the group (a live event updates the page underneath).
    const other = await apiRequest(server.baseUrl, 'PATCH', '/council/groups/UWG', {
      token,
      body: { name: 'UWG – andere Eingabe' },
    });
    expect(other.status).toBe(200);
    await page.waitForFunction(() =>
      document
        .querySelector('[data-testid="group-row"][data-group="UWG"]')
        ?.textContent?.includes('andere Eingabe'),
    );
    const save = () =>
      Promise.all([
        page.waitForResponse(
          (r) => r.request().method() === 'PATCH' && r.url().endsWith('/council/groups/UWG'),
        ),
        form.getByRole('button', { name: 'Speichern' }).click(),
      ]);
    const [refused] = await save();
    expect(refused.status()).toBe(409);
    const error = form.locator('[data-testid="group-error"]');
    await error.waitFor();
    expect(await error.innerText()).toContain('inzwischen von jemand anderem geändert');
    expect(await error.innerText()).toContain('UWG – andere Eingabe');
    expect(await form.locator('input[name="name"]').inputValue()).toBe('UWG – meine Eingabe');
    await error.scrollIntoViewIfNeeded();
    await screenshot(page, 'council-admin-conflict-1280', false);
    // Saving again applies the kept input over the newer state.
    const [applied] = await save();
    expect(applied.status()).toBe(200);
    await page.waitForFunction(() =>
      document
        .querySelector('[data-testid="group-row"][data-group="UWG"]')
        ?.textContent?.includes('meine Eingabe'),
    );
  });

  it('should switch a member to another group on a date and show the seats following', async () => {
    const [volt, gruene] = [await seats(page, 'VOLT'), await seats(page, 'GRUENE')];
    const editor = page.locator('[data-testid="members-editor"]');
    await editor.locator('select[name="memberGroup"]').selectOption('VOLT');
    const memberRow = editor.locator('[data-testid="member-row"]').first();
    const memberId = Number(await memberRow.getAttribute('data-member'));
    await memberRow.getByRole('button', { name: 'Bearbeiten' }).click();
    const change = memberRow.locator('[data-testid="member-switch"]');
    await change.locator('select[name="groupKey"]').selectOption('GRUENE');
    await change.locator('input[name="from"]').fill(berlinToday());
    await screenshot(page, 'council-admin-switch-desktop-1280');
    const [response] = await Promise.all([
      page.waitForResponse(
        (r) => r.request().method() === 'PATCH' && r.url().endsWith(`/council/members/${memberId}`),
      ),
      change.getByRole('button', { name: 'Fraktion wechseln' }).click(),
    ]);
    expect(response.status()).toBe(200);
    await waitForSeats(page, 'VOLT', volt - 1);
    await waitForSeats(page, 'GRUENE', gruene + 1);
    expect((await members()).find((m) => m.id === memberId)?.groupKey).toBe('GRUENE');
    expect(await page.locator('[data-testid="seat"][data-group="GRUENE"]').count()).toBe(
      gruene + 1,
    );
  });

  it('should ask before a member leaves and then count one seat less', async () => {
    const before = await seats(page, 'PARTEI');
    const editor = page.locator('[data-testid="members-editor"]');
    await editor.locator('select[name="memberGroup"]').selectOption('PARTEI');
    const memberRow = editor.locator('[data-testid="member-row"]').first();
    const memberId = Number(await memberRow.getAttribute('data-member'));
    await memberRow.getByRole('button', { name: 'Bearbeiten' }).click();
    const leave = memberRow.locator('[data-testid="member-leave"]');
    await leave.locator('input[name="leaveOn"]').fill(berlinToday());
    await leave.getByRole('button', { name: 'Ausscheiden' }).click();
    const dialog = page.locator('[data-testid="leave-confirm"]');
    await dialog.waitFor();
    // The date in the question is German (TT.MM.JJJJ).
    expect(await dialog.innerText()).toMatch(/scheidet am \d{2}\.\d{2}\.\d{4} aus dem Rat aus/);
    await screenshot(page, 'council-admin-leave-dialog-1280', false);
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
    expect(await seats(page, 'PARTEI')).toBe(before);
    await leave.getByRole('button', { name: 'Ausscheiden' }).click();
    await dialog.getByRole('button', { name: 'Ausscheiden' }).click();
    await waitForSeats(page, 'PARTEI', before - 1);
    expect((await members()).find((m) => m.id === memberId)?.groupKey).toBeNull();
    const council = (await apiRequest<CouncilView>(server.baseUrl, 'GET', '/council', { token }))
      .body;
    expect(council.groups.find((g) => g.key === 'PARTEI')?.seats).toBe(before - 1);
  });

  it('should list the mayor and former members without a group and rename the mayor', async () => {
    const editor = page.locator('[data-testid="members-editor"]');
    await editor.locator('select[name="memberGroup"]').selectOption('');
    const names = await editor
      .locator('[data-testid="member-row"] .member-list__head span')
      .allInnerTexts();
    expect(names).toContain('Jörg Lukat');
    // The member who left in the test before is listed here too.
    expect(names.length).toBeGreaterThanOrEqual(2);
    const mayor = editor.locator('[data-testid="member-row"]', { hasText: 'Jörg Lukat' });
    await mayor.getByRole('button', { name: 'Bearbeiten' }).click();
    expect(await mayor.locator('[data-testid="member-switch"]').count()).toBe(0);
    await mayor.locator('input[name="name"]').fill('Jörg Lukat-Neumann');
    await mayor.getByRole('button', { name: 'Umbenennen' }).click();
    await page.waitForFunction(() =>
      document.querySelector('.legend')?.textContent?.includes('Jörg Lukat-Neumann'),
    );
  });

  it('should fit the council page in edit mode on a 390 px phone', async () => {
    const phone = await browser.newContext(PHONE);
    const small = await phone.newPage();
    await signIn(small, server.baseUrl, 'admin', server.adminPassword);
    await small.locator('[data-testid="council-admin-toggle"]').click();
    const editor = small.locator('[data-testid="members-editor"]');
    await editor.locator('select[name="memberGroup"]').selectOption('SPD');
    await editor
      .locator('[data-testid="member-row"]')
      .first()
      .getByRole('button', { name: 'Bearbeiten' })
      .click();
    await fitsPhone(small);
    await screenshot(small, 'council-admin-phone-390');
    await small.locator('[data-testid="group-edit"]').first().scrollIntoViewIfNeeded();
    await screenshot(small, 'council-admin-groups-phone-390', false);
    await editor.locator('[data-testid="member-edit"]').scrollIntoViewIfNeeded();
    await screenshot(small, 'council-admin-member-phone-390', false);
    await phone.close();
  });
});

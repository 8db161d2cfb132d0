import type { Browser, BrowserContext, Page } from 'playwright-core';
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

const PASSWORD = 'Konten im Rathaus 2026';
const RESET = 'Neues Passwort vom Admin';

/**
 * Account administration in the browser (issue 11): the admin creates an account, changes its role
 * and group, sets a new password (the password rules answer in German), deactivates it after a
 * confirmation (the account can no longer sign in); every user changes their own password from the
 * header; the pages fit a 390 px phone.
 */
describe('accounts in the browser (admin, desktop 1280 and phone 390)', () => {
  let server: RunningServer;
  let browser: Browser;
  let desktop: BrowserContext;
  let page: Page;

  const row = (p: Page, username: string) =>
    p.locator(`[data-testid="account-row"][data-username="${username}"]`);
  const patched = (p: Page) =>
    p.waitForResponse((r) => r.request().method() === 'PATCH' && r.url().includes('/api/users/'));
  const fitsPhone = async (p: Page) => {
    expect(await horizontalOverflow(p)).toEqual([]);
    const widths = await p.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      inner: window.innerWidth,
    }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.inner);
  };
  const loginStatus = async (username: string, password: string) =>
    (await apiRequest(server.baseUrl, 'POST', '/auth/login', { body: { username, password } }))
      .status;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    desktop = await browser.newContext(DESKTOP);
    page = await desktop.newPage();
    await signIn(page, `${server.baseUrl}/#/verwaltung`, 'admin', server.adminPassword);
    await page.waitForSelector('[data-testid="accounts"] [data-testid="account-row"]');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('should create an account, change its role and group, and set a new password', async () => {
    const form = page.locator('[data-testid="user-form"]');
    await form.locator('input[name="username"]').fill('ratsfrau-neu');
    await form.locator('input[name="password"]').fill(PASSWORD);
    await form.locator('select[name="role"]').selectOption('councillor');
    await form.locator('select[name="groupKey"]').selectOption('CDU');
    await form.getByRole('button', { name: 'Konto anlegen' }).click();
    const created = row(page, 'ratsfrau-neu');
    await created.waitFor();
    expect(await created.innerText()).toContain('Ratsmitglied');
    expect(await created.getAttribute('data-active')).toBe('true');

    await created.getByRole('button', { name: 'Bearbeiten' }).click();
    const editor = created.locator('[data-testid="account-editor"]');
    await editor.locator('select[name="role"]').selectOption('manager');
    // A manager's group must be a coalition group: CDU is no longer offered.
    expect(await editor.locator('select[name="groupKey"] option[value="CDU"]').count()).toBe(0);
    await editor.locator('select[name="groupKey"]').selectOption('SPD');
    const [response] = await Promise.all([
      patched(page),
      editor.getByRole('button', { name: 'Rolle und Fraktion speichern' }).click(),
    ]);
    expect(response.status()).toBe(200);
    await page.waitForFunction(
      () =>
        document
          .querySelector(
            '[data-testid="account-row"][data-username="ratsfrau-neu"] .account-summary',
          )
          ?.textContent?.includes('Fraktionsgeschäftsführung') ?? false,
    );
    expect(await created.locator('.account-summary').innerText()).toContain('SPD');

    const reset = editor.locator('[data-testid="reset-password-form"]');
    await reset.locator('input[name="newPassword"]').fill('kurz');
    await reset.getByRole('button', { name: 'Passwort setzen' }).click();
    await reset.locator('.alert--danger').waitFor();
    expect(await reset.locator('.alert--danger').innerText()).toMatch(
      /zu schwach.*mindestens 12 Zeichen/,
    );
    await reset.locator('input[name="newPassword"]').fill(RESET);
    await reset.getByRole('button', { name: 'Passwort setzen' }).click();
    await reset.locator('.alert--success').waitFor();
    expect(await reset.locator('.alert--success').innerText()).toContain('ratsfrau-neu');
    expect(await loginStatus('ratsfrau-neu', PASSWORD)).toBe(401);
    expect(await loginStatus('ratsfrau-neu', RESET)).toBe(200);
    await screenshot(page, 'admin-accounts-edit-desktop-1280');
  });

  it('should keep the admin’s choice beside another admin’s newer state after a 409', async () => {
    const { token } = await adminSession(server);
    await createUsers(server, token, [
      { username: 'konflikt', password: PASSWORD, role: 'councillor', groupKey: 'FDP' },
    ]);
    await page.reload();
    const target = row(page, 'konflikt');
    await target.getByRole('button', { name: 'Bearbeiten' }).click();
    const editor = target.locator('[data-testid="account-editor"]');
    await editor.locator('select[name="role"]').selectOption('committee');
    // Meanwhile another admin changes the same account.
    const accounts = await apiRequest<Array<{ id: number; username: string; version: number }>>(
      server.baseUrl,
      'GET',
      '/users',
      { token },
    );
    const seen = accounts.body.find((user) => user.username === 'konflikt');
    const other = await apiRequest(server.baseUrl, 'PATCH', `/users/${seen?.id}`, {
      token,
      body: { groupKey: 'CDU', version: seen?.version },
    });
    expect(other.status).toBe(200);
    const save = () =>
      Promise.all([
        patched(page),
        editor.getByRole('button', { name: 'Rolle und Fraktion speichern' }).click(),
      ]);
    const [refused] = await save();
    expect(refused.status()).toBe(409);
    const error = editor.locator('[data-testid="account-error"]');
    await error.waitFor();
    expect(await error.innerText()).toContain('inzwischen von jemand anderem geändert');
    await editor.locator('[data-testid="account-theirs"]').waitFor();
    expect(await editor.locator('[data-testid="account-theirs"]').innerText()).toContain('CDU');
    expect(await editor.locator('select[name="role"]').inputValue()).toBe('committee');
    const [applied] = await save();
    expect(applied.status()).toBe(200);
    await page.waitForFunction(
      () =>
        document
          .querySelector('[data-testid="account-row"][data-username="konflikt"] .account-summary')
          ?.textContent?.includes('Koalitionsausschuss') ?? false,
    );
    await target.getByRole('button', { name: 'Schließen' }).click();
  });

  it('should deactivate after a confirmation, and the account can no longer sign in', async () => {
    const target = row(page, 'ratsfrau-neu');
    await target.getByRole('button', { name: 'Bearbeiten' }).click();
    const editor = target.locator('[data-testid="account-editor"]');
    const toggle = editor.locator('[data-testid="account-active-toggle"]');
    expect(await toggle.innerText()).toBe('Deaktivieren');
    await toggle.click();
    const dialog = page.locator('[data-testid="account-confirm"]');
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('nicht mehr anmelden');
    await screenshot(page, 'admin-accounts-deactivate-dialog-1280', false);
    const [response] = await Promise.all([
      patched(page),
      dialog.getByRole('button', { name: 'Deaktivieren' }).click(),
    ]);
    expect(response.status()).toBe(200);
    await page.waitForSelector(
      '[data-testid="account-row"][data-username="ratsfrau-neu"][data-active="false"]',
    );
    expect(await target.locator('.account-summary').innerText()).toContain('deaktiviert');
    expect(await loginStatus('ratsfrau-neu', RESET)).toBe(403);

    // The deactivated user tries the login form: a German refusal, no session.
    const other = await browser.newContext(DESKTOP);
    const login = await other.newPage();
    await signIn(login, server.baseUrl, 'ratsfrau-neu', RESET);
    await login.waitForSelector('[data-testid="login-error"]');
    expect(await login.locator('[data-testid="login-error"]').innerText()).toContain('deaktiviert');
    await other.close();

    // The admin's own account offers neither deactivation nor a role change.
    const own = row(page, 'admin');
    await own.getByRole('button', { name: 'Bearbeiten' }).click();
    const ownEditor = own.locator('[data-testid="account-editor"]');
    expect(await ownEditor.locator('[data-testid="account-active-toggle"]').count()).toBe(0);
    expect(await ownEditor.locator('select[name="role"]').isDisabled()).toBe(true);
  });

  it('should let a signed-in user change their own password from the header', async () => {
    const { token } = await adminSession(server);
    await createUsers(server, token, [
      { username: 'ausschuss-eigen', password: PASSWORD, role: 'committee' },
    ]);
    const context = await browser.newContext(DESKTOP);
    const own = await context.newPage();
    await signIn(own, server.baseUrl, 'ausschuss-eigen', PASSWORD);
    await own.getByRole('link', { name: 'Passwort ändern' }).click();
    await own.waitForSelector('[data-testid="password-page"]');
    await own.locator('input[name="currentPassword"]').fill(PASSWORD);
    await own.locator('input[name="newPassword"]').fill('Mein eigenes neues Passwort');
    await own.locator('input[name="repeatPassword"]').fill('Mein eigenes anderes Passwort');
    await own.getByRole('button', { name: 'Passwort ändern' }).click();
    expect(await own.getByRole('alert').innerText()).toContain('stimmen nicht überein');
    await own.locator('input[name="repeatPassword"]').fill('Mein eigenes neues Passwort');
    await own.getByRole('button', { name: 'Passwort ändern' }).click();
    await own.waitForSelector('[data-testid="password-done"]');
    await screenshot(own, 'own-password-desktop-1280');
    expect(await loginStatus('ausschuss-eigen', PASSWORD)).toBe(401);
    await apiLogin(server.baseUrl, 'ausschuss-eigen', 'Mein eigenes neues Passwort');
    await context.close();
  });

  it('should fit the accounts and the own password page on a 390 px phone', async () => {
    const phone = await browser.newContext(PHONE);
    const small = await phone.newPage();
    await signIn(small, `${server.baseUrl}/#/verwaltung`, 'admin', server.adminPassword);
    const target = row(small, 'ratsfrau-neu');
    await target.waitFor();
    await target.getByRole('button', { name: 'Bearbeiten' }).click();
    await target.locator('[data-testid="account-editor"]').waitFor();
    await fitsPhone(small);
    await screenshot(small, 'admin-accounts-phone-390');
    await small.locator('[data-testid="menu-toggle"]').click();
    await small.getByRole('link', { name: 'Passwort ändern' }).click();
    await small.waitForSelector('[data-testid="password-page"]');
    await fitsPhone(small);
    await screenshot(small, 'own-password-phone-390');
    await phone.close();
  });

  it("should show the admin's whole header line where it fits, and fold it into the menu where not", async () => {
    /** What of the header line is cut or covered: the user name squeezed, links run over. */
    const header = () =>
      page.evaluate(() => {
        const line = document.querySelector('.app-header') as HTMLElement;
        const menu = document.querySelector('#app-menu') as HTMLElement;
        const user = document.querySelector('.app-header__user') as HTMLElement;
        const toggle = document.querySelector('[data-testid="menu-toggle"]') as HTMLElement;
        return {
          folded: getComputedStyle(toggle).display !== 'none',
          userCut: user.scrollWidth > user.clientWidth,
          runsOver: menu.scrollWidth > menu.clientWidth || line.scrollWidth > line.clientWidth,
        };
      });
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await header()).toEqual({ folded: false, userCut: false, runsOver: false });
    expect(await page.locator('.app-header__user').innerText()).toBe('admin');
    // Seven links do not fit in 1150 px: the line folds rather than cut the name or overlap.
    await page.setViewportSize({ width: 1150, height: 800 });
    await page.waitForFunction(() => document.querySelector('.app-header--compact') !== null);
    expect((await header()).folded).toBe(true);
    await screenshot(page, 'admin-header-folded-1150');
    await page.setViewportSize({ width: 1440, height: 800 });
    await page.waitForFunction(() => document.querySelector('.app-header--compact') === null);
    expect(await header()).toEqual({ folded: false, userCut: false, runsOver: false });
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});

import type { Browser, Page } from 'playwright-core';
import type { BodyMemberView, BodyView, MemberView } from '@mehrheitsplaner/shared';
import {
  DESKTOP,
  PHONE,
  horizontalOverflow,
  launchBrowser,
  screenshot,
  signIn,
} from '../support/browser';
import { seriousViolations } from '../support/axe';
import { adminSession } from '../support/council-votes';
import { apiRequest, startServer } from '../support/server';
import type { RunningServer } from '../support/server';

jest.setTimeout(240_000);

/**
 * Bodies in the browser (issue 13): the admin opens "Gremien" from the header, adds a committee,
 * seats a councillor and a new person (a sachkundige Bürgerin) in it and sees the seats per group
 * follow; the list and the body page fit a 390 px phone; axe finds nothing critical or serious.
 */
describe('bodies (Gremien) in the browser (admin, desktop 1280 and phone 390)', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let token: string;

  const fitsPhone = async (p: Page) => {
    expect(await horizontalOverflow(p)).toEqual([]);
    const widths = await p.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      inner: window.innerWidth,
    }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.inner);
  };
  const addMember = async (fill: () => Promise<void>) => {
    const form = page.locator('[data-testid="add-body-member"]');
    await fill();
    const [response] = await Promise.all([
      page.waitForResponse(
        (r) => r.request().method() === 'POST' && r.url().endsWith('/bodies/UMWELT/members'),
      ),
      form.getByRole('button', { name: 'Hinzufügen' }).click(),
    ]);
    expect(response.status()).toBe(201);
  };

  beforeAll(async () => {
    server = await startServer();
    ({ token } = await adminSession(server));
    browser = await launchBrowser();
    // axe is injected as a script, which the app's Content-Security-Policy would refuse.
    page = await (await browser.newContext({ ...DESKTOP, bypassCSP: true })).newPage();
    await signIn(page, server.baseUrl, 'admin', server.adminPassword);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('should add a committee and seat a councillor and a sachkundige Bürgerin in it', async () => {
    await page.getByRole('link', { name: 'Gremien' }).click();
    await page.waitForSelector('[data-testid="body-card"]');
    expect(await page.locator('[data-testid="body-card"]').first().innerText()).toContain('Rat');

    const form = page.locator('[data-testid="new-body"]');
    await form.getByLabel('Name', { exact: true }).fill('Ausschuss für Umwelt und Klima');
    await form.getByLabel('Kürzel').fill('UMWELT');
    await form.locator('select[name="kind"]').selectOption('committee');
    await form.getByRole('button', { name: 'Anlegen' }).click();
    const link = page.getByRole('link', { name: 'Ausschuss für Umwelt und Klima' });
    await link.waitFor();
    await screenshot(page, 'bodies-list-desktop-1280');
    await link.click();
    await page.waitForSelector('[data-testid="add-body-member"]');
    expect(await page.locator('h1').innerText()).toBe('Ausschuss für Umwelt und Klima');

    const people = (
      await apiRequest<MemberView[]>(server.baseUrl, 'GET', '/council/members', { token })
    ).body;
    const councillor = people.find((person) => person.groupKey === 'SPD');
    if (!councillor) throw new Error('no SPD councillor');
    const memberForm = page.locator('[data-testid="add-body-member"]');
    await addMember(async () => {
      await memberForm.locator('select[name="personId"]').selectOption(String(councillor.id));
      await memberForm.locator('select[name="role"]').selectOption('chair');
    });
    await addMember(async () => {
      await memberForm.getByLabel('Neue Person (z. B. sachkundige Bürgerin)').check();
      await memberForm.getByLabel('Name der neuen Person').fill('Erika Mustermann');
      await memberForm.locator('select[name="groupKey"]').selectOption('GRUENE');
      await memberForm.locator('select[name="role"]').selectOption('member');
    });

    const rows = page.locator('[data-testid="body-member"]');
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="body-member"]').length === 2,
    );
    expect(await rows.nth(0).innerText()).toContain(councillor.name);
    expect(await rows.nth(0).innerText()).toContain('Vorsitz');
    expect(await rows.nth(1).innerText()).toContain('Erika Mustermann');
    // Seats per group follow the members: one SPD and one Grüne seat in the chart.
    expect(await page.locator('[data-testid="seat"][data-group="SPD"]').count()).toBe(1);
    expect(await page.locator('[data-testid="seat"][data-group="GRUENE"]').count()).toBe(1);
    const stored = (
      await apiRequest<BodyMemberView[]>(server.baseUrl, 'GET', '/bodies/UMWELT/members', {
        token,
      })
    ).body;
    expect(stored.map((m) => [m.name, m.groupKey, m.role])).toEqual([
      [councillor.name, 'SPD', 'chair'],
      ['Erika Mustermann', 'GRUENE', 'member'],
    ]);
    // The committee's own rules of procedure: saved with its version, then named on its page.
    const rulesForm = page.locator('[data-testid="body-rules"]');
    await rulesForm.locator('select[name="quorumRule"]').selectOption('atLeastThird');
    await rulesForm.getByRole('button', { name: 'Regeln speichern' }).click();
    const note = page.locator('[data-testid="body-rules-note"]');
    await note.waitFor();
    expect(await note.innerText()).toContain('Beschlussfähigkeit: mindestens ein Drittel');
    const body = (await apiRequest<BodyView>(server.baseUrl, 'GET', '/bodies/UMWELT', { token }))
      .body;
    expect(body).toMatchObject({ quorumRule: 'atLeastThird', majorityRule: 'motion' });
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'bodies-committee-desktop-1280');
  });

  it('should fit the list and the body page with its forms on a 390 px phone', async () => {
    const phone = await (await browser.newContext({ ...PHONE, bypassCSP: true })).newPage();
    await signIn(phone, server.baseUrl, 'admin', server.adminPassword);
    await phone.goto(`${server.baseUrl}/#/gremien`);
    await phone.waitForSelector('[data-testid="body-card"] >> text=Ausschuss für Umwelt und Klima');
    await fitsPhone(phone);
    expect(await seriousViolations(phone)).toEqual([]);
    await screenshot(phone, 'bodies-list-phone-390');
    await phone.goto(`${server.baseUrl}/#/gremien/UMWELT`);
    await phone.waitForSelector('[data-testid="body-members"] >> text=Erika Mustermann');
    await phone.waitForSelector('[data-testid="add-body-member"]');
    await fitsPhone(phone);
    expect(await seriousViolations(phone)).toEqual([]);
    await screenshot(phone, 'bodies-committee-phone-390');
  });
});

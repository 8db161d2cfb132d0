import type { Browser, Page } from 'playwright-core';
import type { MemberView, MotionView, RecordedVoteView } from '@mehrheitsplaner/shared';
import {
  DESKTOP,
  horizontalOverflow,
  launchBrowser,
  PHONE,
  screenshot,
  signIn,
} from '../support/browser';
import { apiLogin, apiRequest, startServer } from '../support/server';
import type { RunningServer } from '../support/server';

jest.setTimeout(180_000);

describe('voiding a vote and the audit log (Verwaltung → Protokoll)', () => {
  let server: RunningServer;
  let browser: Browser;
  let admin: string;

  const api = async <T>(method: 'GET' | 'POST' | 'PATCH', path: string, body?: unknown) => {
    const response = await apiRequest<T>(server.baseUrl, method, path, { token: admin, body });
    expect(response.status).toBeLessThan(300);
    return response.body;
  };

  /** A motion on the agenda with a recorded vote (everyone yes: adopted). */
  const votedMotion = async (title: string): Promise<RecordedVoteView> => {
    let motion = await api<MotionView>('POST', '/motions', { title });
    for (const status of ['submitted', 'onAgenda']) {
      motion = await api<MotionView>('PATCH', `/motions/${motion.id}`, {
        version: motion.version,
        status,
      });
    }
    const members = await api<MemberView[]>('GET', '/council/members');
    return api<RecordedVoteView>('POST', `/motions/${motion.id}/votes`, {
      date: '2026-05-06',
      ballots: members.map((member) => ({ memberId: member.id, vote: 'yes' })),
    });
  };

  beforeAll(async () => {
    server = await startServer();
    admin = await apiLogin(server.baseUrl, 'admin', server.adminPassword);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const voidOnMotionPage = async (page: Page, vote: RecordedVoteView, name: string) => {
    await page.goto(`${server.baseUrl}/#/antraege/${vote.motionId}`);
    await page.waitForSelector('[data-testid="vote-result"][data-result="adopted"]');
    await page.getByRole('button', { name: 'Abstimmung aufheben' }).click();
    const form = page.locator('[data-testid="void-vote"]');
    const next = form.getByRole('button', { name: 'Weiter' });
    await form.getByLabel('Grund').fill('ab');
    expect(await next.isDisabled()).toBe(true);
    await form.getByLabel('Grund').fill('Falsche Vorlage erfasst');
    await next.click();
    await form.getByText('Wirklich aufheben?').waitFor();
    expect(await horizontalOverflow(page)).toEqual([]);
    await screenshot(page, name);
    // The form itself in the viewport: the full page of a motion is long on a phone.
    await form.scrollIntoViewIfNeeded();
    await screenshot(page, `${name}-form`, false);
    await form.getByRole('button', { name: 'Ja, Abstimmung aufheben' }).click();
    await page.locator('[data-testid="vote-result"]').waitFor({ state: 'detached' });
    const motion = await api<MotionView>('GET', `/motions/${vote.motionId}`);
    expect(motion.status).toBe('onAgenda');
  };

  it('should void a vote after a reason and a confirmation, at 1280 and at 390 px', async () => {
    const desktop = await browser.newContext(DESKTOP);
    const page = await desktop.newPage();
    await signIn(page, `${server.baseUrl}/#/`, 'admin', server.adminPassword);
    await page.waitForSelector('.app-nav', { state: 'attached' });
    await voidOnMotionPage(page, await votedMotion('Radweg Königsallee'), 'void-vote-desktop-1280');
    await desktop.close();

    const phone = await browser.newContext(PHONE);
    const small = await phone.newPage();
    await signIn(small, `${server.baseUrl}/#/`, 'admin', server.adminPassword);
    await small.waitForSelector('.app-nav', { state: 'attached' });
    await voidOnMotionPage(small, await votedMotion('Grünfläche Südpark'), 'void-vote-phone-390');
    await phone.close();
  });

  it('should list the recording and the void in the Protokoll, filtered, without sideways scrolling', async () => {
    for (const [options, name] of [
      [DESKTOP, 'audit-desktop-1280'],
      [PHONE, 'audit-phone-390'],
    ] as const) {
      const context = await browser.newContext(options);
      const page = await context.newPage();
      await signIn(page, `${server.baseUrl}/#/verwaltung`, 'admin', server.adminPassword);
      await page.waitForSelector('[data-testid="admin-page"]');
      await page.getByTestId('audit-link').click();
      await page.waitForSelector('[data-testid="audit-entry"]');
      expect(await page.locator('[data-testid="audit-entry"][data-action="void"]').count()).toBe(2);
      expect(await page.locator('[data-testid="audit-entry"][data-action="record"]').count()).toBe(
        2,
      );
      // The filters' selects: the kind of object, then the action.
      const selects = page.locator('[data-testid="audit-filters"] select');
      await selects.nth(0).selectOption('vote');
      await selects.nth(1).selectOption('void');
      await page.getByRole('button', { name: 'Filtern' }).click();
      await page.waitForSelector('[data-testid="audit-range"]:has-text("von 2")');
      const rows = page.locator('[data-testid="audit-entry"]');
      expect(await rows.count()).toBe(2);
      expect(await rows.first().innerText()).toContain('Falsche Vorlage erfasst');
      expect(await rows.first().innerText()).toContain('admin');
      expect(await horizontalOverflow(page)).toEqual([]);
      await screenshot(page, name);
      await context.close();
    }
  });
});

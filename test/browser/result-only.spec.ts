import type { Browser, Page } from 'playwright-core';
import type { MotionView, OparlImportJobView, OparlImportStarted } from '@mehrheitsplaner/shared';
import {
  DESKTOP,
  horizontalOverflow,
  launchBrowser,
  PHONE,
  screenshot,
  signIn,
} from '../support/browser';
import { startOparlFixture, type OparlFixture } from '../support/oparl-fixture';
import { buildHardenedData } from '../support/oparl/hardened-data';
import { apiLogin, apiRequest, startServer, type RunningServer } from '../support/server';

jest.setTimeout(180_000);

/** Results imported without counts (OParl AgendaItem.result): the screens show no tally. */
describe('votes known only by their result on the motion and history pages', () => {
  let server: RunningServer;
  let fixture: OparlFixture;
  let browser: Browser;
  let rejected: MotionView;

  beforeAll(async () => {
    fixture = await startOparlFixture({ build: buildHardenedData });
    server = await startServer();
    const token = await apiLogin(server.baseUrl, 'admin', server.adminPassword);
    const started = await apiRequest<OparlImportStarted>(
      server.baseUrl,
      'POST',
      '/admin/oparl/import',
      {
        token,
        body: { url: fixture.systemUrl },
      },
    );
    expect(started.status).toBe(202);
    let job: OparlImportJobView | undefined;
    for (let i = 0; i < 300 && (!job || job.status === 'running'); i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      job = (
        await apiRequest<OparlImportJobView>(
          server.baseUrl,
          'GET',
          `/admin/oparl/import/${started.body.jobId}`,
          { token },
        )
      ).body;
    }
    expect(job?.result).toBeDefined();
    const motions = (await apiRequest<MotionView[]>(server.baseUrl, 'GET', '/motions', { token }))
      .body;
    const found = motions.find((m) => m.reference === 'A 2026/0003');
    if (!found) throw new Error('no motion A 2026/0003');
    rejected = found;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await fixture?.close();
  });

  const open = async (page: Page, hash: string) => {
    await signIn(page, `${server.baseUrl}/${hash}`, 'admin', server.adminPassword);
  };

  for (const [name, options] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    it(`should show the result without a tally on the motion page (${name})`, async () => {
      const context = await browser.newContext(options);
      const page = await context.newPage();
      await open(page, `#/antraege/${rejected.id}`);
      const note = page.locator('[data-testid="vote-result"] [data-testid="result-only"]');
      await note.waitFor();
      expect(await note.innerText()).toContain(
        'Ergebnis ohne Stimmenzahlen (aus dem Ratsinformationssystem)',
      );
      expect(await note.innerText()).toContain('„mehrheitlich abgelehnt“');
      expect(await page.locator('[data-testid="vote-result"] .counts').count()).toBe(0);
      expect(await horizontalOverflow(page)).toEqual([]);
      await screenshot(page, `result-only-motion-${name}`, false);
      await context.close();
    });
  }

  it('should list the results without counts in the history and say how many there are', async () => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    await open(page, '#/verlauf');
    await page.waitForSelector('[data-testid="history-summary"]');
    const figure = page.locator('[data-testid="history-summary"] [data-figure="withoutCounts"]');
    expect(await figure.locator('dt').innerText()).toBe('davon ohne Stimmenzahlen');
    expect(await figure.locator('dd').innerText()).toBe('2');
    const row = page.locator(`[data-testid="history-votes"] tr:has-text("${rejected.title}")`);
    expect(await row.locator('[data-testid="result-only"]').count()).toBe(1);
    expect(await horizontalOverflow(page)).toEqual([]);
    await screenshot(page, 'result-only-history-phone');
    await context.close();
  });
});

import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { CouncilView, HistorySummary, MotionView } from '@mehrheitsplaner/shared';
import {
  DESKTOP,
  horizontalOverflow,
  launchBrowser,
  PHONE,
  screenshot,
  signIn,
} from '../support/browser';
import {
  adminSession,
  createUsers,
  enterWhip,
  motionOnAgenda,
  recordGroupCounts,
  wholeGroupCounts,
} from '../support/council-votes';
import type { GroupVote } from '../support/council-votes';
import { apiRequest, startServer } from '../support/server';
import type { RunningServer } from '../support/server';

jest.setTimeout(180_000);

const PASSWORD = 'History-Passw0rd!';
/** SPD confirmed yes (right every time), Greens likely yes (wrong once: they abstained). */
const WHIPS = [
  ['SPD', 'confirmed'],
  ['GRUENE', 'likely'],
] as const;
const nbsp = (text: string) => text.replace(/\u00a0/g, ' ');

/**
 * A hand-computed history of three votes (Bochum seed: SPD 26, GRUENE 13, CDU 18, AfD 14, mayor):
 * 11.12.2025 adopted with coalition + CDU (democratic); 22.01.2026 adopted only because the AfD
 * voted yes while the Greens abstained; 12.02.2026 rejected. → 3 votes, 2 adopted, 1 democratic,
 * democratic share 50 %, one adoption relying on AfD votes.
 */
describe('history page (Verlauf) with its charts', () => {
  let server: RunningServer;
  let browser: Browser;
  let council: CouncilView;
  let relying: MotionView;

  const coalition = (key: string) => key === 'SPD' || key === 'GRUENE' || key === 'MAYOR';

  beforeAll(async () => {
    server = await startServer();
    const admin = await adminSession(server);
    council = admin.council;
    await createUsers(server, admin.token, [
      { username: 'ausschuss', password: PASSWORD, role: 'committee' },
    ]);
    const afd = council.groups.find((g) => g.excluded)?.key ?? 'AfD';
    const votes: { title: string; date: string; voteOf: (key: string) => GroupVote }[] = [
      {
        title: 'Radwegenetz Innenstadt ausbauen',
        date: '2025-12-11',
        voteOf: (key) => (coalition(key) || key === 'CDU' ? 'yes' : 'no'),
      },
      {
        title: 'Sanierung der Turnhalle Wattenscheid',
        date: '2026-01-22',
        voteOf: (key) =>
          key === 'GRUENE' ? 'abstain' : coalition(key) || key === afd ? 'yes' : 'no',
      },
      {
        title: 'Parkgebühren in der Innenstadt anheben',
        date: '2026-02-12',
        voteOf: (key) => (coalition(key) ? 'yes' : 'no'),
      },
    ];
    for (const [index, vote] of votes.entries()) {
      const motion = await motionOnAgenda(server.baseUrl, admin.token, {
        title: vote.title,
        sponsorGroupKeys: council.coalitionGroupKeys,
        policyArea: 'Mobilität',
      });
      // Whip counts before the vote give the projection-accuracy chart something to show.
      for (const [groupKey, confidence] of WHIPS) {
        await enterWhip(server.baseUrl, admin.token, motion.id, groupKey, {
          stance: 'yes',
          confidence,
        });
      }
      await recordGroupCounts(
        server.baseUrl,
        admin.token,
        motion.id,
        vote.date,
        wholeGroupCounts(council, vote.voteOf),
      );
      if (index === 1) relying = motion;
    }
    const summary = await apiRequest<HistorySummary>(server.baseUrl, 'GET', '/history/summary', {
      token: admin.token,
    });
    expect(summary.body).toMatchObject({ votes: 3, adopted: 2, adoptedWithDemocraticMajority: 1 });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const openHistory = async (page: Page) => {
    await signIn(page, `${server.baseUrl}/#/verlauf`, 'ausschuss', PASSWORD);
    await page.waitForSelector('[data-testid="history-page"][data-state="ready"]');
    await page.waitForSelector('[data-testid="history-summary"]');
  };

  it('should show the summary, the adoption that relied on AfD votes and the charts on desktop', async () => {
    const context = await browser.newContext(DESKTOP);
    const page = await context.newPage();
    await openHistory(page);
    const figure = (key: string) =>
      page.locator(`[data-testid="history-summary"] [data-figure="${key}"] dd`).innerText();
    expect(await figure('votes')).toBe('3');
    expect(await figure('adopted')).toBe('2');
    expect(await figure('democratic')).toBe('1');
    expect(nbsp(await figure('share'))).toBe('50 %');

    const panel = page.locator('[data-testid="relying-on-excluded"]');
    expect(await panel.getAttribute('class')).toContain('excluded-panel--alert');
    const text = await panel.innerText();
    expect(text).toContain('nur mit AfD-Stimmen');
    expect(text).toContain(relying.title);
    expect(text).toContain('22.01.2026');
    expect(await panel.locator('li').count()).toBe(1);

    expect(await page.locator('[data-testid="history-votes"] tbody tr').count()).toBe(3);
    await page.waitForSelector('[data-testid="chart-results"] svg.recharts-surface');
    for (const chart of ['results', 'partners', 'attendance', 'accuracy']) {
      expect(
        await page.locator(`[data-testid="chart-${chart}"] svg.recharts-surface`).count(),
      ).toBeGreaterThan(0);
    }
    expect(
      await page.locator('[data-testid="chart-accuracy"] .recharts-bar-rectangle').count(),
    ).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="history-groups"] tbody tr').count()).toBe(
      council.groups.length,
    );
    expect(await page.locator('[data-testid="history-members"]').isVisible()).toBe(true);
    // Group counts only: no member has ballots, and the table says so.
    await page.locator('[data-testid="history-members-empty"]').waitFor();
    await screenshot(page, 'history-desktop-1280');
    await context.close();
  });

  it('should download the CSV in the language of the screen: German headers and words, or English', async () => {
    const context = await browser.newContext({ ...DESKTOP, acceptDownloads: true });
    const page = await context.newPage();
    await openHistory(page);
    const download = async () => {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('[data-testid="export-votes.csv"]').click(),
      ]);
      expect(file.suggestedFilename()).toBe('abstimmungen.csv');
      return readFileSync(await file.path(), 'utf8');
    };
    const german = (await download()).replace(/^\uFEFF/, '').split('\r\n');
    expect(german[0].startsWith('Abstimmung;Datum;Antrag;Drucksache;Titel;')).toBe(true);
    expect(german.find((line) => line.includes(relying.title))).toMatch(
      /;22\.01\.2026;.*;angenommen;Fraktionssummen;/,
    );
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    const english = (await download()).replace(/^\uFEFF/, '').split('\r\n');
    expect(english[0].startsWith('voteId;date;motionId;reference;title;')).toBe(true);
    expect(english.find((line) => line.includes(relying.title))).toMatch(
      /;2026-01-22;.*;adopted;groupCounts;/,
    );
    await context.close();
  });

  it('should say in German that a period without votes has nothing to chart (no bare axes)', async () => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    await openHistory(page);
    await page.waitForSelector('[data-testid="chart-results"][data-empty="no"]');
    await page.locator('[data-testid="history-filters"] input[name="from"]').fill('2020-01-01');
    await page.locator('[data-testid="history-filters"] input[name="to"]').fill('2020-12-31');
    await page.waitForSelector('[data-testid="chart-results"][data-empty="yes"]');
    for (const chart of ['results', 'partners', 'attendance', 'accuracy']) {
      const card = page.locator(`[data-testid="chart-${chart}"]`);
      await card.locator('[data-testid="chart-empty"]').waitFor();
      expect(await card.locator('svg.recharts-surface').count()).toBe(0);
    }
    expect(await page.locator('[data-testid="chart-results"]').innerText()).toContain(
      'Noch keine abgestimmten Anträge im Zeitraum',
    );
    expect(await horizontalOverflow(page)).toEqual([]);
    await screenshot(page, 'history-phone-390-empty');
    await context.close();
  });

  it('should fit the history page into 390 px', async () => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    await openHistory(page);
    await page.waitForSelector('[data-testid="chart-partners"] svg.recharts-surface');
    expect(await horizontalOverflow(page)).toEqual([]);
    const header = await page.locator('.app-header').boundingBox();
    expect(header?.height).toBeLessThan(60);
    await screenshot(page, 'history-phone-390-top', false);
    await screenshot(page, 'history-phone-390');
    await context.close();
  });
});

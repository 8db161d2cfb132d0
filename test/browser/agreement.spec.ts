import type { Browser, Page } from 'playwright-core';
import type {
  ChapterView,
  CouncilView,
  MotionPledgesView,
  MotionView,
  PledgeView,
} from '@mehrheitsplaner/shared';
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
import { apiRequest, startServer } from '../support/server';
import type { RunningServer } from '../support/server';

jest.setTimeout(180_000);

const PASSWORD = 'Agreement-Passw0rd!';

/**
 * A manager links a motion to a pledge of the coalition agreement on the motion page; the motion
 * is then adopted by the coalition with the CDU. The agreement page shows the pledge as adopted
 * with those partners, and the print view carries the whip sheet and the result.
 */
describe('coalition agreement page and print view', () => {
  let server: RunningServer;
  let browser: Browser;
  let adminToken: string;
  let council: CouncilView;
  let chapter: ChapterView;
  let pledge: PledgeView;
  let motion: MotionView;

  beforeAll(async () => {
    server = await startServer();
    ({ token: adminToken, council } = await adminSession(server));
    await createUsers(server, adminToken, [
      { username: 'gf-spd', password: PASSWORD, role: 'manager', groupKey: 'SPD' },
    ]);
    const chapters = (
      await apiRequest<ChapterView[]>(server.baseUrl, 'GET', '/agreement/chapters', {
        token: adminToken,
      })
    ).body;
    const pledges = (
      await apiRequest<PledgeView[]>(server.baseUrl, 'GET', '/agreement/pledges', {
        token: adminToken,
      })
    ).body;
    // A chapter in the middle of the agreement, so that "its chapter first" is visible.
    chapter = chapters[Math.floor(chapters.length / 2)];
    pledge = pledges.filter((p) => p.chapterKey === chapter.key).at(-1)!;
    motion = await motionOnAgenda(server.baseUrl, adminToken, {
      title: 'Umsetzung einer Zusage des Koalitionsvertrags',
      sponsorGroupKeys: council.coalitionGroupKeys,
      policyArea: chapter.title,
    });
    await enterWhip(server.baseUrl, adminToken, motion.id, 'SPD', {
      stance: 'yes',
      confidence: 'confirmed',
    });
    await enterWhip(server.baseUrl, adminToken, motion.id, 'CDU', {
      stance: 'yes',
      confidence: 'uncertain',
      note: 'Zustimmung signalisiert',
    });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const partnerVote = (key: string) =>
    key === 'SPD' || key === 'GRUENE' || key === 'MAYOR' || key === 'CDU' ? 'yes' : 'no';

  it('should let a manager find the pledge by chapter and search and link it', async () => {
    const context = await browser.newContext(DESKTOP);
    const page = await context.newPage();
    await signIn(page, `${server.baseUrl}/#/antraege/${motion.id}`, 'gf-spd', PASSWORD);
    const links = page.locator('[data-testid="pledge-links"]');
    await links.locator('summary').click();
    // The motion's own chapter leads the picker.
    expect(await links.locator('fieldset').first().getAttribute('data-chapter')).toBe(chapter.key);

    const words = pledge.text.split(/\s+/).slice(0, 4).join(' ');
    await links.locator('[data-testid="pledge-search"]').fill(words.toUpperCase());
    const box = links.locator(`input[type="checkbox"][value="${pledge.id}"]`);
    await box.check();
    expect(await links.locator('input[type="checkbox"]:checked').count()).toBe(1);
    await links.getByRole('button', { name: 'Verknüpfung speichern' }).click();
    await links.locator('ul.pledges li', { hasText: pledge.text.slice(0, 40) }).waitFor();

    const stored = await apiRequest<MotionPledgesView>(
      server.baseUrl,
      'GET',
      `/motions/${motion.id}/pledges`,
      { token: adminToken },
    );
    expect(stored.body.pledgeIds).toEqual([pledge.id]);
    await screenshot(page, 'motion-pledge-links-desktop-1280');
    await context.close();
  });

  it('should show the linked pledge as adopted, with the partners, on the agreement page', async () => {
    await recordGroupCounts(
      server.baseUrl,
      adminToken,
      motion.id,
      '2026-03-12',
      wholeGroupCounts(council, partnerVote),
    );
    for (const [options, name] of [
      [DESKTOP, 'agreement-desktop-1280'],
      [PHONE, 'agreement-phone-390'],
    ] as const) {
      const context = await browser.newContext(options);
      const page = await context.newPage();
      await signIn(page, `${server.baseUrl}/#/koalitionsvertrag`, 'gf-spd', PASSWORD);
      const card = page.locator(`[data-testid="chapter"][data-chapter="${chapter.key}"]`);
      await card.waitFor();
      expect(await page.locator('[data-testid="chapter"]').count()).toBeGreaterThan(10);
      expect(await card.locator('.chapter__partners').innerText()).toContain('CDU');
      await card.locator('summary').click();
      const adopted = card.locator('li.pledge--adopted');
      expect(await adopted.count()).toBe(1);
      expect(await adopted.innerText()).toContain(`✓ ${motion.title}`);
      expect(await horizontalOverflow(page)).toEqual([]);
      await card.scrollIntoViewIfNeeded();
      await screenshot(page, `${name}-chapter`, false);
      await screenshot(page, name);
      await context.close();
    }
  });

  it('should print the whip sheet and the vote result without the app around them', async () => {
    const context = await browser.newContext(DESKTOP);
    const page: Page = await context.newPage();
    await signIn(page, `${server.baseUrl}/#/antraege/${motion.id}/druck`, 'gf-spd', PASSWORD);
    await page.waitForSelector('[data-testid="print-page"]');
    const rows = page.locator('[data-testid="print-whip"] tbody tr');
    await rows.first().waitFor();
    const rowCount = council.groups.length + (council.mayorVotes && council.mayor ? 1 : 0);
    expect(await rows.count()).toBe(rowCount);
    expect(await page.locator('[data-testid="print-whip"]').innerText()).toContain(
      'Zustimmung signalisiert',
    );
    expect(await page.locator('[data-testid^="scenario-"][class*="card"]').count()).toBe(3);
    const result = page.locator('[data-testid="vote-result"]');
    await result.waitFor();
    expect(await result.getAttribute('data-result')).toBe('adopted');
    // The mayor's own ballot follows the groups' lines, under the council's title for the office.
    expect(council.mayor?.title).toBeTruthy();
    expect(await result.locator('[data-group="MAYOR"]').innerText()).toBe(
      `${council.mayor?.title}: Ja`,
    );

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await page.locator('.no-print').first().isVisible()).toBe(false);
    await screenshot(page, 'motion-print-desktop');
    await context.close();
  });
});

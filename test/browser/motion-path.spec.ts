import type { Browser, Page } from 'playwright-core';
import type { ConsultationView, MemberView, MotionView } from '@mehrheitsplaner/shared';
import {
  DESKTOP,
  PHONE,
  horizontalOverflow,
  launchBrowser,
  screenshot,
  signIn,
} from '../support/browser';
import { adminSession } from '../support/council-votes';
import { apiRequest, startServer } from '../support/server';
import type { RunningServer } from '../support/server';

jest.setTimeout(240_000);

/** Seats per group of the committee (members taken from the council's groups). */
const COMMITTEE = { SPD: 3, GRUENE: 2, CDU: 3, AfD: 2, LINKE: 1 } as const;

/**
 * The path of a motion (Beratungsfolge) on the motion page: a committee step and the Rat, each
 * with its own certainty; choosing the committee's step shows its banner, count and members; the
 * admin adds the HFA as a step; a step removed elsewhere leaves the screen; desktop 1280 and
 * phone 390.
 */
describe('the path of a motion on the motion page (desktop 1280 and phone 390)', () => {
  let server: RunningServer;
  let browser: Browser;
  let token: string;
  let motion: MotionView;
  let committeeStep: ConsultationView;
  /** The committee's members by group, by name (what the override list must offer). */
  const seated = new Map<string, string[]>();
  const committeeNames = (groupKey: string) => [...(seated.get(groupKey) ?? [])].sort();

  const call = async <T>(
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    path: string,
    body?: unknown,
    expected = 200,
  ): Promise<T> => {
    const response = await apiRequest<T>(server.baseUrl, method, path, { token, body });
    if (response.status !== expected) {
      throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(response.body)}`);
    }
    return response.body;
  };

  beforeAll(async () => {
    server = await startServer();
    ({ token } = await adminSession(server));
    const members = await call<MemberView[]>('GET', '/council/members');
    for (const [key, name] of [
      ['UA', 'Ausschuss für Umwelt und Klima'],
      ['HFA', 'Haupt- und Finanzausschuss'],
    ]) {
      await call('POST', '/bodies', { key, name, kind: 'committee' }, 201);
    }
    for (const [groupKey, seats] of Object.entries(COMMITTEE)) {
      const ofGroup = members.filter((member) => member.groupKey === groupKey).slice(0, seats);
      seated.set(
        groupKey,
        ofGroup.map((member) => member.name),
      );
      for (const member of ofGroup) {
        await call(
          'POST',
          '/bodies/UA/members',
          { personId: member.id, groupKey, from: '2025-11-01' },
          201,
        );
      }
    }
    motion = await call<MotionView>(
      'POST',
      '/motions',
      { title: 'Klimaanpassung Innenstadt' },
      201,
    );
    committeeStep = await call<ConsultationView>(
      'POST',
      `/motions/${motion.id}/consultations`,
      { bodyKey: 'UA', role: 'preliminary', date: '2026-12-03' },
      201,
    );
    // Firm in the committee, open in the Rat: a different certainty per step.
    for (const groupKey of ['SPD', 'GRUENE', 'LINKE']) {
      await call('PUT', `/consultations/${committeeStep.id}/whip/${groupKey}`, {
        stance: 'yes',
        confidence: 'confirmed',
      });
    }
    await call('PUT', `/motions/${motion.id}/whip/SPD`, { stance: 'yes', confidence: 'confirmed' });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const openMotion = async (page: Page) => {
    await signIn(page, `${server.baseUrl}/#/antraege/${motion.id}`, 'admin', server.adminPassword);
    await page.waitForSelector('[data-testid="motion-path"] [data-testid="path-step"]');
  };
  const step = (page: Page, body: string) =>
    page.locator(`[data-testid="path-step"][data-body="${body}"]`);
  const bannerLevel = (page: Page) =>
    page
      .locator('[data-testid="step-banner"] [data-testid="certainty-badge"]')
      .first()
      .getAttribute('data-level');
  const chooseCommittee = async (page: Page) => {
    await step(page, 'UA')
      .getByRole('button', { name: /Ausschuss für Umwelt/ })
      .click();
    await page.waitForSelector('[data-testid="motion-page"][data-body="UA"]');
  };

  it('should show the path with a certainty per step and the chosen step’s count', async () => {
    const page = await (await browser.newContext(DESKTOP)).newPage();
    await openMotion(page);
    expect(
      await page
        .locator('[data-testid="path-step"]')
        .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-body'))),
    ).toEqual(['UA', 'RAT']);
    expect(await step(page, 'UA').innerText()).toContain('Ausschuss für Umwelt und Klima');
    expect(await step(page, 'UA').innerText()).toContain('Vorberatung');
    expect(await step(page, 'UA').innerText()).toContain('03.12.2026');
    expect(await step(page, 'RAT').innerText()).toContain('Entscheidung');
    const level = (body: string) =>
      step(page, body).locator('[data-testid="certainty-badge"]').getAttribute('data-level');
    expect(await level('UA')).toBe('secured');
    expect(await level('RAT')).toBe('open');
    await screenshot(page, 'motion-path-desktop-1280');

    // The Rat's step is the default: the banner shows the Rat's certainty.
    expect(await bannerLevel(page)).toBe('open');
    expect(await page.getByTestId('step-banner-body').innerText()).toContain('Rat der Stadt');

    await chooseCommittee(page);
    // The banner, the editor's seats and its override choices are the committee's.
    expect(await bannerLevel(page)).toBe('secured');
    expect(await page.getByTestId('step-banner-body').innerText()).toContain(
      'Ausschuss für Umwelt und Klima',
    );
    const spd = page.locator('[data-testid="whip-row"][data-group="SPD"]');
    await spd.locator('.member-overrides summary').click();
    const choices = await spd.locator('.member-overrides li span').allInnerTexts();
    expect(choices.sort()).toEqual(committeeNames('SPD'));
    expect(await page.locator('[data-testid="whip-row"][data-group="FDP"]').count()).toBe(0);
    await screenshot(page, 'motion-path-step-desktop-1280');

    const form = page.locator('[data-testid="path-add"]');
    await form.getByLabel('Gremium').selectOption('HFA');
    const [added] = await Promise.all([
      page.waitForResponse(
        (r) => r.request().method() === 'POST' && r.url().endsWith('/consultations'),
      ),
      form.getByRole('button', { name: 'Schritt hinzufügen' }).click(),
    ]);
    expect(added.status()).toBe(201);
    await page.waitForSelector('[data-testid="path-step"][data-body="HFA"]');
    expect(
      await page
        .locator('[data-testid="path-step"]')
        .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-body'))),
    ).toEqual(['UA', 'HFA', 'RAT']);
    await page.close();
  });

  it('should list only the motions with a step in the body chosen in the list filter', async () => {
    const other = await call<MotionView>('POST', '/motions', { title: 'Nur im Rat beraten' }, 201);
    const page = await (await browser.newContext(DESKTOP)).newPage();
    await signIn(page, `${server.baseUrl}/#/antraege`, 'admin', server.adminPassword);
    const row = (id: number) => page.locator(`[data-testid="motion-row"][data-motion-id="${id}"]`);
    await row(other.id).waitFor();
    await page.getByLabel('Gremium').selectOption('UA');
    await row(other.id).waitFor({ state: 'detached' });
    expect(await row(motion.id).count()).toBe(1);
    await screenshot(page, 'motion-list-body-filter-desktop-1280');
    await page.close();
  });

  it('should fit the path on a 390 px phone and fall back to the Rat when the shown step is removed elsewhere', async () => {
    const page = await (await browser.newContext(PHONE)).newPage();
    await openMotion(page);
    await page.locator('[data-testid="motion-path"]').scrollIntoViewIfNeeded();
    expect(await horizontalOverflow(page)).toEqual([]);
    await screenshot(page, 'motion-path-phone-390');

    await chooseCommittee(page);
    expect(await bannerLevel(page)).toBe('secured');
    await page.getByTestId('step-banner').scrollIntoViewIfNeeded();
    expect(await horizontalOverflow(page)).toEqual([]);
    await screenshot(page, 'motion-path-step-phone-390');

    // Another screen removes the committee's step: the `path` event takes it off this one.
    const path = await call<ConsultationView[]>('GET', `/motions/${motion.id}/consultations`);
    const ua = path.find((s) => s.bodyKey === 'UA');
    await call('DELETE', `/consultations/${ua?.id}`, { version: ua?.version }, 204);
    await page.waitForSelector('[data-testid="motion-page"][data-body="RAT"]');
    await step(page, 'UA').waitFor({ state: 'detached' });
    expect(await bannerLevel(page)).toBe('open');
    await page.close();
  });
});

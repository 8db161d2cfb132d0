import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import type { MeetingView, MotionView } from '@mehrheitsplaner/shared';
import { DESKTOP, launchBrowser, PHONE, screenshot, signIn } from '../support/browser';
import { adminSession, createUsers } from '../support/council-votes';
import { apiRequest, ROOT, SERVER_MAIN, startServer } from '../support/server';
import type { RunningServer } from '../support/server';

jest.setTimeout(600_000);

const PASSWORD = 'A11y-Passw0rd!';
const AXE_SCRIPT = join(dirname(require.resolve('axe-core')), 'axe.min.js');

type Account = { username: string; role: string; groupKey?: string };
const ACCOUNTS: Account[] = [
  { username: 'admin', role: 'admin' },
  { username: 'spd-manager', role: 'manager', groupKey: 'SPD' },
  { username: 'ratsmitglied', role: 'councillor', groupKey: 'CDU' },
  { username: 'ausschuss', role: 'committee' },
];
const WIDTHS: [string, BrowserContextOptions][] = [
  ['1280', DESKTOP],
  ['390', PHONE],
];

type AxeNode = { target: string[]; failureSummary?: string };
type AxeViolation = { id: string; impact: string | null; help: string; nodes: AxeNode[] };
type RouteResult = {
  route: string;
  critical: number;
  serious: number;
  moderate: number;
  overflow: number;
  h1: number;
  /** The rules of the moderate findings (not asserted; listed for the report). */
  moderateRules: string[];
  violations: string[];
};

/**
 * Elements reaching past the asked viewport width that no scrolling box around them holds (the
 * support helper measures against innerWidth, which the phone emulation widens to the content).
 */
function cutOffOnTheRight(page: Page): Promise<string[]> {
  return page.evaluate((width) => {
    const scrolls = (el: Element | null): boolean => {
      for (let node = el; node && node !== document.body; node = node.parentElement) {
        const overflowX = getComputedStyle(node).overflowX;
        if (overflowX === 'auto' || overflowX === 'scroll') return true;
      }
      return false;
    };
    return Array.from(document.querySelectorAll('body *'))
      .filter((el) => el.getBoundingClientRect().right > width + 0.5)
      .filter((el) => !scrolls(el.parentElement))
      .slice(0, 5)
      .map((el) => `${el.tagName}.${el.className.toString()}`);
  }, page.viewportSize()?.width ?? 0);
}

/**
 * Every route every role may see, at desktop and phone width: axe-core finds no critical and no
 * serious violation, and nothing scrolls sideways. The database holds the example data of
 * `seed:demo` (a year of votes, open motions) plus a meeting with an open agenda item, so the
 * pages show what they show in use, charts and live entry included.
 */
describe('accessibility and phone width on every route, for every role', () => {
  let server: RunningServer;
  let browser: Browser;
  let dataDir: string;
  /**
   * The routes besides the header's: an open motion (with a committee step on its path) and a
   * decided one with their print views, a meeting with an open item, a committee.
   */
  let detailRoutes: { hash: string; needs: string }[];
  const figures: (RouteResult & { role: string; width: string })[] = [];

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'a11y-'));
    const databaseUrl = `sqlite:${join(dataDir, 'council.sqlite')}`;
    const seeded = spawnSync(
      process.execPath,
      [resolve(dirname(SERVER_MAIN), 'cli/seed-demo.js')],
      {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: databaseUrl, ADMIN_PASSWORD: 'browser-test-Passw0rd' },
        encoding: 'utf8',
      },
    );
    if (seeded.status !== 0) throw new Error(`seed:demo failed: ${seeded.stderr}`);
    server = await startServer('browser-test-Passw0rd', { databaseUrl });
    const admin = await adminSession(server);
    await createUsers(
      server,
      admin.token,
      ACCOUNTS.filter((a) => a.username !== 'admin').map((a) => ({ ...a, password: PASSWORD })),
    );
    const motions = (
      await apiRequest<MotionView[]>(server.baseUrl, 'GET', '/motions', { token: admin.token })
    ).body;
    const open = motions.find((m) => m.status === 'submitted') ?? motions[0];
    const decided = motions.find((m) => m.status === 'adopted') ?? motions[0];
    const meeting = await apiRequest<MeetingView>(server.baseUrl, 'POST', '/meetings', {
      token: admin.token,
      body: { date: '2030-01-17', name: 'Sitzung des Rates (Barrierefreiheit)' },
    });
    const item = await apiRequest(server.baseUrl, 'POST', `/meetings/${meeting.body.id}/items`, {
      token: admin.token,
      body: { name: open.title, number: 'TOP 1', motionId: open.id },
    });
    if (meeting.status !== 201 || item.status !== 201) {
      throw new Error(`meeting ${meeting.status}, item ${item.status}`);
    }
    // A committee with two members, and a step in it on the open motion's path.
    const post = (path: string, body: unknown) =>
      apiRequest(server.baseUrl, 'POST', path, { token: admin.token, body });
    const steps = [
      await post('/bodies', { key: 'HFA', name: 'Haupt- und Finanzausschuss', kind: 'committee' }),
      await post('/bodies/HFA/members', {
        name: 'Erika Beispiel',
        groupKey: 'SPD',
        from: '2025-11-01',
      }),
      await post('/bodies/HFA/members', {
        name: 'Max Muster',
        groupKey: 'CDU',
        from: '2025-11-01',
      }),
      await post(`/motions/${open.id}/consultations`, { bodyKey: 'HFA', date: '2030-01-10' }),
    ];
    const refused = steps.filter((step) => step.status !== 201);
    if (refused.length > 0) throw new Error(`committee: ${JSON.stringify(refused)}`);
    detailRoutes = [
      { hash: `#/antraege/${open.id}`, needs: '#/antraege' },
      { hash: `#/antraege/${open.id}/druck`, needs: '#/antraege' },
      { hash: `#/antraege/${decided.id}`, needs: '#/antraege' },
      { hash: `#/antraege/${decided.id}/druck`, needs: '#/antraege' },
      { hash: `#/sitzungen/${meeting.body.id}`, needs: '#/sitzungen' },
      { hash: '#/gremien/HFA', needs: '#/gremien' },
    ];
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    // The figures of the whole run, one line per role, width and route.
    console.log(
      figures
        .map(
          (f) =>
            `${f.role.padEnd(12)} ${f.width.padStart(4)} px ${f.route.padEnd(22)} ` +
            `critical ${f.critical} serious ${f.serious} moderate ${f.moderate} ` +
            `overflow ${f.overflow} h1 ${f.h1} ${f.moderateRules.join(',')}`,
        )
        .join('\n'),
    );
  });

  /** Waits until the page has rendered its data: no loading state, and the DOM at rest. */
  const settle = async (page: Page) => {
    await page.waitForFunction(
      () =>
        document.querySelector('main') !== null &&
        document.querySelector('main.state, [data-state="loading"]') === null,
    );
    let last = -1;
    for (let i = 0; i < 20; i++) {
      const size = await page.evaluate(() => document.body.innerHTML.length);
      if (size === last) return;
      last = size;
      await page.waitForTimeout(150);
    }
  };

  const audit = async (page: Page, route: string): Promise<RouteResult> => {
    if (!(await page.evaluate(() => 'axe' in window))) {
      await page.addScriptTag({ path: AXE_SCRIPT });
    }
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } })
        .axe;
      const result = (await axe.run(document, { resultTypes: ['violations'] })) as {
        violations: AxeViolation[];
      };
      return result.violations;
    });
    const count = (impact: string) =>
      violations.filter((v) => v.impact === impact).reduce((n, v) => n + v.nodes.length, 0);
    // The phone emulation widens the layout viewport to overflowing content, so innerWidth
    // alone can hide it: compare with the width the test asked for as well.
    const width = page.viewportSize()?.width ?? 0;
    const overflow = await page.evaluate(
      (asked) =>
        Math.max(
          0,
          document.documentElement.scrollWidth - window.innerWidth,
          document.documentElement.scrollWidth - asked,
        ),
      width,
    );
    return {
      route,
      critical: count('critical'),
      serious: count('serious'),
      moderate: count('moderate'),
      overflow,
      h1: await page.locator('main h1').count(),
      moderateRules: violations.filter((v) => v.impact === 'moderate').map((v) => v.id),
      violations: violations
        .filter((v) => v.impact === 'critical' || v.impact === 'serious')
        .map(
          (v) =>
            `${route} [${v.impact}] ${v.id}: ${v.help}\n` +
            v.nodes
              .slice(0, 5)
              .map((n) => `    ${n.target.join(' ')} – ${n.failureSummary ?? ''}`)
              .join('\n'),
        ),
    };
  };

  describe.each(ACCOUNTS)('as $role ($username)', (account) => {
    it.each(WIDTHS)(
      'should pass axe (0 critical, 0 serious) and fit %s px on every route',
      async (width, options) => {
        // axe is injected as an inline script, which the app's Content-Security-Policy refuses.
        const context = await browser.newContext({ ...options, bypassCSP: true });
        const page = await context.newPage();
        const problems: string[] = [];
        const check = async (route: string) => {
          const result = await audit(page, route);
          figures.push({ ...result, role: account.role, width });
          problems.push(...result.violations);
          if (result.overflow > 0) problems.push(`${route}: ${result.overflow} px sideways scroll`);
          // body clips sideways (overflow-x: hidden), so also look for content cut off on the right.
          const cutOff = await cutOffOnTheRight(page);
          if (cutOff.length > 0) {
            problems.push(`${route}: sticks out on the right: ${cutOff.join(', ')}`);
          }
          if (result.h1 !== 1) problems.push(`${route}: ${result.h1} h1 in main`);
          const name = route.replace(/^#\/?/, '').replace(/\//g, '-') || 'rat';
          await screenshot(page, `a11y-${account.role}-${name}-${width}`, width === '390');
        };

        // The sign-in form is the one page everybody sees first.
        await page.goto(`${server.baseUrl}/#/`);
        await page.getByLabel('Benutzername').waitFor();
        await check('anmeldung');
        const password = account.username === 'admin' ? server.adminPassword : PASSWORD;
        await signIn(page, `${server.baseUrl}/#/`, account.username, password);
        await page.waitForSelector('.app-nav a', { state: 'attached' });
        await settle(page);

        // On a fresh load the first Tab reaches "Zum Inhalt springen"; Enter moves the focus into
        // the main landmark.
        await page.reload();
        await page.waitForSelector('.app-nav a', { state: 'attached' });
        await settle(page);
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
          'Zum Inhalt springen',
        );
        await page.keyboard.press('Enter');
        expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');

        // The routes this role may see: what its header offers (the app's access table decides),
        // the detail pages under them, and the audit log under the administration.
        const offered = await page.$$eval('.app-header a[href^="#/"]', (links) =>
          links.map((link) => link.getAttribute('href') ?? ''),
        );
        const routes = [...new Set(offered)];
        for (const detail of detailRoutes) {
          if (routes.includes(detail.needs)) routes.push(detail.hash);
        }
        if (routes.includes('#/verwaltung')) routes.push('#/verwaltung/protokoll');
        expect(routes.length).toBeGreaterThanOrEqual(5);

        for (const route of routes) {
          await page.evaluate((hash) => (window.location.hash = hash), route);
          await settle(page);
          await check(route);
        }
        expect(problems).toEqual([]);
        await context.close();
      },
    );
  });
});

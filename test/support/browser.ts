import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = resolve(__dirname, '../screenshots');

/** German browser contexts (date inputs in German format) at desktop and phone width. */
export const DESKTOP: BrowserContextOptions = {
  viewport: { width: 1280, height: 900 },
  locale: 'de-DE',
  timezoneId: 'Europe/Berlin',
};
export const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  locale: 'de-DE',
  timezoneId: 'Europe/Berlin',
  deviceScaleFactor: 1,
  isMobile: true,
  hasTouch: true,
};

/** Debian's Chromium, headless and German (browser downloads fail on this machine kind). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    // On Linux, Chromium takes its UI locale (date input format) from the environment.
    env: { ...process.env, LANG: 'de_DE.UTF-8', LANGUAGE: 'de', LC_ALL: 'de_DE.UTF-8' },
    args: [
      '--headless',
      '--lang=de-DE',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Saves `<name>.png` under test/screenshots; the whole page unless `fullPage` is false. */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = resolve(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}

/** Opens `url` (the login form shows first) and signs in through the form. */
export async function signIn(page: Page, url: string, username: string, password: string) {
  await page.goto(url);
  await page.getByLabel('Benutzername').fill(username);
  await page.getByLabel('Passwort').fill(password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
}

/**
 * Elements that stick out to the right of the viewport (empty when nothing overflows). Content of
 * a horizontally scrollable container (a wide table in `.table-scroll`) scrolls there and counts
 * only if the container itself sticks out.
 */
export function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const scrolls = (el: Element | null): boolean => {
      for (let node = el; node && node !== document.body; node = node.parentElement) {
        const overflowX = getComputedStyle(node).overflowX;
        if (overflowX === 'auto' || overflowX === 'scroll') return true;
      }
      return false;
    };
    return Array.from(document.querySelectorAll('body *'))
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
      .filter((el) => !scrolls(el.parentElement))
      .slice(0, 5)
      .map((el) => `${el.tagName}.${el.className.toString()}`);
  });
}

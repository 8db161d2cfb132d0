import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';

const AXE_SCRIPT = join(dirname(require.resolve('axe-core')), 'axe.min.js');

type Violation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

/**
 * axe-core's critical and serious findings on the page as it is now (a state a route list does
 * not reach: an open dialog, a conflict panel). The context must bypass the app's CSP, which
 * refuses the injected script.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.addScriptTag({ path: AXE_SCRIPT });
  }
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } })
      .axe;
    const result = (await axe.run(document, { resultTypes: ['violations'] })) as {
      violations: Violation[];
    };
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .map(
      (v) =>
        `[${v.impact}] ${v.id}: ${v.help} – ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}

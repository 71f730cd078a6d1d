/** axe-core on the page as it is now: no serious or critical violation of WCAG 2.1 A/AA is allowed. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/**
 * Transitions are finished first: a button just enabled fades from grey to its colour over antd's 0.2 s, and axe
 * measuring the contrast half-way judges a tween nobody reads.
 */
const SETTLED = '*, *::before, *::after { transition: none !important; animation: none !important; }';

export async function seriousA11yViolations(page: Page): Promise<string[]> {
  const style = await page.addStyleTag({ content: SETTLED });
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  await style.evaluate((node) => (node as Element).remove());
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

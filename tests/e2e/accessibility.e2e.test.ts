import AxeBuilder from '@axe-core/playwright';
import { baseUrl, launch, sitemapPaths, watchedPage } from './harness';

const paths = await sitemapPaths();

describe.each(['light', 'dark'] as const)('every page in the %s theme', (colorScheme) => {
  it.each(paths)('%s: no axe violations, console errors or foreign requests', async (path) => {
    const browser = await launch({ colorScheme });
    try {
      const { page, errors, foreign } = await watchedPage(browser.context);
      await page.goto(`${baseUrl()}${path}`, { waitUntil: 'networkidle' });
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(colorScheme);
      const { violations } = await new AxeBuilder({ page }).analyze();
      const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
      expect(summary).toEqual([]);
      expect(errors).toEqual([]);
      expect(foreign).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

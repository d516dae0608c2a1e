import { baseUrl, launch, watchedPage } from './harness';

describe('theme', () => {
  it('follows the system until chosen, then keeps the choice across a reload', async () => {
    const browser = await launch({ colorScheme: 'dark' });
    try {
      const { page, errors } = await watchedPage(browser.context);
      await page.goto(`${baseUrl()}/lessons/why-bypass/`);
      const theme = () => page.evaluate(() => document.documentElement.dataset.theme);
      expect(await theme()).toBe('dark');
      const toggle = page.getByRole('button', { name: 'Dark theme' });
      await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
      await toggle.click();
      expect(await theme()).toBe('light');
      await page.reload();
      // Read before any script of the app runs: the inline script must already have applied it.
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
      await expect.poll(() => page.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed')).toBe('false');
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

describe('phone layout (390 px)', () => {
  it('opens the course map drawer, traps focus in it and closes with Escape', async () => {
    const browser = await launch({ width: 390 });
    try {
      const { page, errors } = await watchedPage(browser.context);
      await page.goto(`${baseUrl()}/lessons/why-bypass/`);
      expect(await page.getByRole('navigation', { name: 'Course map', exact: true }).isVisible()).toBe(false);
      const open = page.getByRole('button', { name: 'Course map' });
      await open.click();
      const drawer = page.getByRole('dialog', { name: 'Course map' });
      await expect.poll(() => drawer.isVisible()).toBe(true);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest('dialog')))).toBe(true);
      await page.keyboard.press('Escape');
      await expect.poll(() => drawer.isVisible()).toBe(false);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(390);
      await open.click();
      const links = drawer.getByRole('link');
      expect(await links.count()).toBeGreaterThan(1);
      await links.last().click();
      await expect.poll(() => drawer.isVisible()).toBe(false);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

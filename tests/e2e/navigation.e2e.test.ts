import { baseUrl, launch, type Browser, watchedPage } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('a learner finding their way', () => {
  it('follows the course map into the first lesson, then next and previous', async () => {
    const { page, errors, foreign } = await watchedPage(browser.context);
    await page.goto(`${baseUrl()}/`);
    const cards = page.getByRole('region', { name: 'The course' }).getByRole('listitem');
    expect(await cards.count()).toBeGreaterThanOrEqual(1);
    const firstTitle = (await cards.first().getByRole('heading').textContent())?.trim() ?? '';
    await cards.first().getByRole('link').click();
    await page.waitForURL(/\/lessons\/[a-z-]+\/$/);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(firstTitle);
    const firstUrl = page.url();

    const next = page.getByRole('link', { name: /^Next/ });
    if ((await next.count()) > 0) {
      await next.click();
      await page.waitForURL((url) => url.href !== firstUrl);
      await page.getByRole('link', { name: /^Previous/ }).click();
      await page.waitForURL(firstUrl);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(firstTitle);
    }
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
  });

  it('the table of contents links to sections that exist', async () => {
    const { page } = await watchedPage(browser.context);
    await page.goto(`${baseUrl()}/lessons/why-bypass/`);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    const hrefs = await toc.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(2);
    for (const href of hrefs) expect(await page.locator(href).count()).toBe(1);
  });

  it('each lesson has its own title, description and link preview', async () => {
    const { page } = await watchedPage(browser.context);
    await page.goto(`${baseUrl()}/lessons/rdma/`);
    const meta = (selector: string) => page.locator(selector).first().getAttribute('content');
    expect(await page.title()).toBe('RDMA · Bypass');
    const description = await meta('meta[name="description"]');
    expect(description?.length).toBeGreaterThan(20);
    expect(await meta('meta[property="og:title"]')).toBe('RDMA');
    expect(await meta('meta[property="og:description"]')).toBe(description);
    expect(await meta('meta[property="og:type"]')).toBe('article');
    const image = await meta('meta[property="og:image"]');
    expect(image).toMatch(/\/og\.png$/);
    expect((await fetch(`${baseUrl()}/og.png`)).headers.get('content-type')).toBe('image/png');
  });

  it('a missing page shows the 404 page with a way back', async () => {
    const { page } = await watchedPage(browser.context);
    const response = await page.goto(`${baseUrl()}/no/such/page/`);
    expect(response?.status()).toBe(404);
    await page.getByRole('link', { name: 'Go to the course map' }).click();
    await page.waitForURL(`${baseUrl()}/`);
  });

  it('skip link moves focus to the main content', async () => {
    const { page } = await watchedPage(browser.context);
    await page.goto(`${baseUrl()}/lessons/why-bypass/`);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect.poll(() => skip.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
  });
});

import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { formatNs } from '@/lib/format';
import { estimate, TECHNIQUE_IDS, TECHNIQUES } from '@/lib/model';
import { baseUrl, launch, type Browser, watchedPage } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** Technique names in the order the model ranks their one-way median (what the table shows by default). */
function modelOrder(payloadBytes: number): string[] {
  const median = (t: (typeof TECHNIQUE_IDS)[number]) => estimate({ technique: t, payloadBytes, linkGbps: 100 }).oneWay.medianNs;
  return [...TECHNIQUE_IDS].sort((a, b) => median(a) - median(b)).map((t) => TECHNIQUES[t].name);
}

const tableOrder = (page: Page) => page.locator('.compare-table tbody th .tech-name').allTextContents();

async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

/** The JavaScript a page has loaded so far contains recharts (its SVG class name is in its code). */
async function loadedRecharts(page: Page): Promise<boolean> {
  const urls = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.endsWith('.js')));
  const bodies = await Promise.all(urls.map(async (u) => (await fetch(u)).text()));
  return bodies.some((b) => b.includes('recharts-surface'));
}

describe('the comparison table', () => {
  it('recomputes the numbers and the order when the payload changes, without loading recharts', async () => {
    const small = modelOrder(64);
    const large = modelOrder(65_536);
    // The test is only meaningful if the model ranks the two sizes differently.
    expect(large).not.toEqual(small);

    const { page, errors, foreign } = await watchedPage(browser.context);
    await page.goto(`${baseUrl()}/compare/`, { waitUntil: 'networkidle' });
    expect(await tableOrder(page)).toEqual(small);
    const dpdkMedian = page.getByRole('row', { name: /^DPDK/ }).getByRole('cell').first();
    await expect.poll(() => dpdkMedian.textContent()).toContain(formatNs(estimate({ technique: 'dpdk', payloadBytes: 64, linkGbps: 100 }).oneWay.medianNs));

    const box = page.getByRole('textbox', { name: 'Message size, exact value in B' });
    await box.fill('65536');
    await box.press('Enter');
    await expect.poll(() => tableOrder(page)).toEqual(large);
    await expect.poll(() => dpdkMedian.textContent()).toContain(formatNs(estimate({ technique: 'dpdk', payloadBytes: 65_536, linkGbps: 100 }).oneWay.medianNs));
    await expect.poll(() => page.evaluate(() => location.search)).toBe('?payloadBytes=65536');

    expect(await page.locator('.recharts-surface').count()).toBe(0);
    expect(await loadedRecharts(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
  });

  it('opens a "Why?" breakdown in a dialog that passes axe and closes with Escape', async () => {
    const { page, errors } = await watchedPage(browser.context);
    await page.goto(`${baseUrl()}/compare/`, { waitUntil: 'networkidle' });
    const median = formatNs(estimate({ technique: 'onload', payloadBytes: 64, linkGbps: 100 }).oneWay.medianNs);
    await page.getByRole('button', { name: `Why? Onload, One-way median: ${median}` }).click();
    const dialog = page.getByRole('dialog', { name: `Why ${median} for Onload?` });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(errors).toEqual([]);
  });

  it('keeps the technique column in view on a phone while only the table scrolls sideways', async () => {
    const phone = await launch({ width: 390 });
    try {
      const { page } = await watchedPage(phone.context);
      await page.goto(`${baseUrl()}/compare/`, { waitUntil: 'networkidle' });
      const region = page.locator('.compare-scroll');
      const name = page.locator('.compare-table tbody th').first();
      const before = await name.boundingBox();
      await region.evaluate((el) => el.scrollBy(600, 0));
      await expect.poll(async () => (await name.boundingBox())?.x).toBe(before?.x);
      expect(await region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
      // Only the table scrolls sideways, never the page, here or in the lab.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await page.goto(`${baseUrl()}/lab/`, { waitUntil: 'networkidle' });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    } finally {
      await phone.close();
    }
  });
});

describe('the latency lab', () => {
  it('opens a shared link with the same scenario, and says what it ignored', async () => {
    const { page, errors, foreign } = await watchedPage(browser.context);
    await page.goto(`${baseUrl()}/lab/?payloadBytes=4096&linkGbps=25&techniques=dpdk,rdma&dist=histogram&seed=7&mtuBytes=12`, { waitUntil: 'networkidle' });
    await expect.poll(() => page.getByRole('slider', { name: 'Message size' }).getAttribute('aria-valuetext')).toBe('4,096 B');
    expect(await page.getByRole('slider', { name: 'Link speed' }).getAttribute('aria-valuetext')).toBe('25 Gb/s');
    expect(await page.getByText('Link speed: 25 Gb/s').count()).toBe(1);
    const picker = page.getByRole('group', { name: /Techniques compared/ });
    expect(await picker.getByRole('checkbox', { checked: true }).evaluateAll((els) => els.map((e) => e.closest('label')?.textContent))).toEqual(['DPDK', 'RDMA verbs']);
    expect(await page.getByRole('radio', { name: 'histogram' }).isChecked()).toBe(true);
    expect(await page.getByText('mtuBytes=12 was ignored: outside 576 to 9,216 B.').count()).toBe(1);
    const dist = page.getByRole('figure', { name: 'Latency distribution' });
    await dist.getByRole('button', { name: 'Show as table' }).click();
    const p99 = estimate({ technique: 'dpdk', payloadBytes: 4096, linkGbps: 25 }).oneWay.p99Ns;
    await expect.poll(() => dist.getByRole('table').textContent()).toContain('seed 7');
    expect(await dist.getByRole('row', { name: /^p99 / }).textContent()).toContain(formatNs(p99));
    // The invalid value is gone from the address, the rest kept.
    await expect.poll(() => page.evaluate(() => location.search)).toBe('?payloadBytes=4096&linkGbps=25&techniques=dpdk,rdma&dist=histogram&seed=7');
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
  });

  it('draws four charts, each with its table, loading recharts only here', async () => {
    const { page, errors, foreign } = await watchedPage(browser.context);
    await page.goto(`${baseUrl()}/lab/`, { waitUntil: 'networkidle' });
    const titles = ['Where the time goes', 'One-way latency against message size', 'Latency distribution', 'Throughput per core against message size'];
    for (const title of titles) {
      const figure = page.getByRole('figure', { name: title });
      await figure.scrollIntoViewIfNeeded();
      await expect.poll(() => figure.locator('.recharts-surface').count(), { timeout: 15_000 }).toBe(1);
      expect((await figure.locator('figcaption').textContent())?.startsWith('Notice')).toBe(true);
    }
    expect(await loadedRecharts(page)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    for (const title of titles) {
      const figure = page.getByRole('figure', { name: title });
      await figure.getByRole('button', { name: 'Show as table' }).click();
      await expect.poll(() => figure.getByRole('table').count()).toBe(1);
      expect(await figure.getByRole('row').count()).toBeGreaterThan(2);
    }
    const total = page.getByRole('figure', { name: 'Where the time goes' }).getByRole('row', { name: /Total/ });
    expect(await total.textContent()).toContain(formatNs(estimate({ technique: 'kernel', payloadBytes: 64, linkGbps: 100 }).oneWay.medianNs));
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
  });

  it('moving a slider updates its label and every chart (timings: scripts/measure-lab.mjs)', async () => {
    const { page, errors } = await watchedPage(browser.context);
    await page.goto(`${baseUrl()}/lab/`, { waitUntil: 'networkidle' });
    for (const figure of await page.getByRole('figure').all()) {
      await figure.scrollIntoViewIfNeeded();
      await expect.poll(() => figure.locator('.recharts-surface').count(), { timeout: 15_000 }).toBe(1);
    }
    const slider = page.getByRole('slider', { name: 'Message size' });
    await slider.scrollIntoViewIfNeeded();
    const boxes = page.locator('.chart-box');
    expect(await boxes.count()).toBe(4);
    const keys = () => boxes.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.chartKey ?? ''));
    for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowLeft']) {
      const before = await keys();
      const value = await slider.inputValue();
      await slider.press(key);
      await expect.poll(() => slider.inputValue()).not.toBe(value);
      await expect.poll(async () => (await keys()).every((k, i) => k !== before[i]), { timeout: 10_000 }).toBe(true);
    }
    expect(errors).toEqual([]);
  });
});

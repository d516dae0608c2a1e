import type { Locator, Page } from 'playwright-core';
import { estimate, type Scenario } from '@/lib/model';
import { baseUrl, launch, type Browser, watchedPage } from './harness';

// The lesson's diagram starts from the shared store's defaults.
const DEFAULTS = { payloadBytes: 64, linkGbps: 100 };
const dpdk = estimate({ technique: 'dpdk', ...DEFAULTS });
const dpdkLabels = dpdk.oneWay.stages.map((s) => s.label);

let browser: Browser;
beforeAll(async () => {
  browser = await launch({ reducedMotion: true });
});
afterAll(async () => {
  await browser.close();
});

async function openDiagram(page: Page): Promise<Locator> {
  await page.goto(`${baseUrl()}/lessons/dpdk/`);
  // The interactive diagram loads as the reader scrolls towards it.
  await page.locator('.sd-root').first().scrollIntoViewIfNeeded();
  // Found by its controls, not its path, so the locator survives a change of technique.
  const figure = page.getByRole('figure').filter({ has: page.getByRole('combobox', { name: 'Technique' }) });
  await expect.poll(() => figure.getByRole('img', { name: 'DPDK: stack diagram' }).count()).toBe(1);
  // The interactive diagram loads after hydration; until then its buttons are disabled.
  await expect.poll(() => figure.getByRole('button', { name: 'Next' }).isEnabled(), { timeout: 15_000 }).toBe(true);
  return figure;
}

/** The four counters, as the learner reads them. */
async function counters(figure: Locator): Promise<Record<string, string>> {
  const pairs = await figure
    .getByRole('group', { name: /^Per message on the/ })
    .locator('.sd-count')
    .evaluateAll((items) => items.map((el) => [el.querySelector('dt')?.textContent ?? '', el.querySelector('dd')?.textContent ?? '']));
  return Object.fromEntries(pairs);
}

function modelCounters(s: Scenario): Record<string, string> {
  const c = estimate(s).counts;
  return { 'System calls': String(c.syscalls), Copies: String(c.copies), Interrupts: String(c.interrupts), 'Context switches': String(c.contextSwitches) };
}

describe('the stack diagram on the DPDK lesson', () => {
  it('is readable before any JavaScript runs: the first step is in the HTML', async () => {
    const html = await (await fetch(`${baseUrl()}/lessons/dpdk/`)).text();
    expect(html).toContain(`Step 1 of ${dpdkLabels.length} · Sender, Application`);
    expect(html).toContain(dpdkLabels[0]);
    expect(html).toContain('Show as table');
  });

  it('steps through the DPDK path by keyboard with reduced motion, announcing every stage', async () => {
    const { page, errors, foreign } = await watchedPage(browser.context);
    const figure = await openDiagram(page);
    const canvas = figure.getByRole('group', { name: /^Stack diagram/ });
    await canvas.focus();
    expect(await canvas.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');

    const live = figure.locator('[aria-live="polite"]');
    for (let i = 1; i < dpdkLabels.length; i++) {
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => live.textContent()).toContain(`Step ${i + 1} of ${dpdkLabels.length}: ${dpdkLabels[i]}.`);
    }
    await page.keyboard.press('Home');
    await expect.poll(() => live.textContent()).toContain(`Step 1 of ${dpdkLabels.length}: ${dpdkLabels[0]}.`);
    await page.keyboard.press('End');
    await expect.poll(() => live.textContent()).toContain(`Step ${dpdkLabels.length} of`);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => live.textContent()).toContain(`Step ${dpdkLabels.length - 1} of`);

    // Reduced motion: the message jumps, the spinning core stands still, nothing animates.
    expect(await figure.locator('.sd-svg--full .sd-message').evaluate((el) => getComputedStyle(el).transitionDuration)).toBe('0s');
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
  });

  it('switching technique re-routes the path and the counters follow the model', async () => {
    const { page, errors } = await watchedPage(browser.context);
    const figure = await openDiagram(page);
    const technique = figure.getByRole('combobox', { name: 'Technique' });
    // At 1280 px the full drawing is the one on screen.
    const route = () => figure.locator('.sd-svg--full .sd-route').getAttribute('points');
    const dpdkRoute = await route();
    expect(await counters(figure)).toEqual(modelCounters({ technique: 'dpdk', ...DEFAULTS }));

    await technique.selectOption('kernel');
    const kernelCounts = modelCounters({ technique: 'kernel', ...DEFAULTS });
    await expect.poll(() => counters(figure)).toEqual(kernelCounts);
    expect(kernelCounts).not.toEqual(modelCounters({ technique: 'dpdk', ...DEFAULTS }));

    await technique.selectOption('rdma-write');
    await expect.poll(() => figure.getByRole('img', { name: 'RDMA write: stack diagram' }).count()).toBe(1);
    expect(await route()).not.toBe(dpdkRoute);
    await expect.poll(() => counters(figure)).toEqual(modelCounters({ technique: 'rdma', rdmaOp: 'write', ...DEFAULTS }));
    expect(await figure.getByRole('group', { name: /^Per message on the/ }).textContent()).toContain('RDMA write');
    // The target's CPU takes no part in a WRITE.
    expect(await figure.locator('.sd-svg--full .sd-host--receiver [data-row="app"]').getAttribute('data-state')).toBe('idle');
    const write = estimate({ technique: 'rdma', rdmaOp: 'write', ...DEFAULTS }).oneWay.stages;
    expect(await figure.locator('[aria-live="polite"]').textContent()).toContain(`Step 1 of ${write.length}: ${write[0]?.label}.`);
    expect(errors).toEqual([]);
  });

  it('on a phone the compact drawing is shown, and fits the screen', async () => {
    const phone = await launch({ width: 390, reducedMotion: true });
    try {
      const { page } = await watchedPage(phone.context);
      const figure = await openDiagram(page);
      const img = figure.getByRole('img', { name: 'DPDK: stack diagram' });
      expect(await img.getAttribute('class')).toContain('sd-svg--compact');
      const box = await img.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    } finally {
      await phone.close();
    }
  });
});

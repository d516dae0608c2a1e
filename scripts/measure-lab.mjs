// Input-to-chart time on /lab/: moves the message-size slider step by step and
// prints how long the slider label and the last of the four charts take to
// follow. A measurement, not a test. Usage: node scripts/measure-lab.mjs [--steps 8]
// (serves out/, or OUT_DIR, on a free loopback port; needs Debian's chromium).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { createStaticServer, listen } from './static-server.mjs';

const stepsAt = process.argv.indexOf('--steps');
const steps = stepsAt >= 0 ? Number(process.argv[stepsAt + 1]) : 8;
const server = createStaticServer(process.env.OUT_DIR ?? 'out');
const base = await listen(server, 0);
const profile = mkdtempSync(path.join(tmpdir(), 'measure-lab-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1280, height: 900 },
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

try {
  const page = await context.newPage();
  await page.goto(`${base}/lab/`, { waitUntil: 'networkidle' });
  // Draw every chart first: the first render of each loads recharts.
  for (const figure of await page.getByRole('figure').all()) {
    await figure.scrollIntoViewIfNeeded();
    await page.waitForFunction((el) => el.querySelector('.recharts-surface') !== null, await figure.elementHandle(), { timeout: 15_000 });
  }
  await page.getByRole('slider', { name: 'Message size' }).scrollIntoViewIfNeeded();
  const label = [];
  const charts = [];
  for (let step = 0; step < steps; step++) {
    const [toLabel, toCharts] = await page.evaluate(async (direction) => {
      const slider = document.querySelector('.lab-controls input[type="range"]');
      const value = slider?.closest('.control')?.querySelector('.control-value');
      const boxes = [...document.querySelectorAll('.chart-box')];
      if (!slider || !value || boxes.length !== 4) throw new Error('lab not ready');
      const before = boxes.map((b) => b.dataset.chartKey);
      let last = 0;
      let labelAt = 0;
      const chartsObserver = new MutationObserver(() => (last = performance.now()));
      for (const b of boxes) chartsObserver.observe(b, { subtree: true, childList: true, attributes: true, characterData: true });
      const text = new MutationObserver(() => (labelAt ||= performance.now()));
      text.observe(value, { subtree: true, childList: true, characterData: true });
      const t0 = performance.now();
      // What a keyboard or a drag does: a new value and an input event.
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(slider, String(Number(slider.value) + direction));
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((resolve) => {
        const check = () => {
          const changed = boxes.every((b, i) => b.dataset.chartKey !== before[i]);
          if (changed && last > 0 && performance.now() - last > 150) resolve();
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
      chartsObserver.disconnect();
      text.disconnect();
      return [labelAt - t0, last - t0];
    }, step % 2 === 0 ? 1 : -1);
    label.push(toLabel);
    charts.push(toCharts);
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const show = (xs) => xs.map((x) => x.toFixed(0)).join(', ');
  console.log(`/lab/, ${steps} slider steps: input to slider label median ${median(label).toFixed(1)} ms [${show(label)}]`);
  console.log(`/lab/, ${steps} slider steps: input to last chart update median ${median(charts).toFixed(0)} ms, max ${Math.max(...charts).toFixed(0)} ms [${show(charts)}]`);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  server.close();
}

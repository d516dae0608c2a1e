// Takes screenshots of pages for a human look: node scripts/screenshot.mjs URL out.png [width] [theme]
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const [url, out = 'shot.png', width = '1280', theme = 'light'] = process.argv.slice(2);
if (!url) {
  console.error('usage: node scripts/screenshot.mjs URL out.png [width] [light|dark]');
  process.exit(2);
}
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'chromium-')), {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  viewport: { width: Number(width), height: 900 },
  colorScheme: theme === 'dark' ? 'dark' : 'light',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await context.newPage();
await page.goto(url, { waitUntil: 'networkidle' });
await page.screenshot({ path: out, fullPage: process.env.FULL === '1' });
await context.close();
console.log(`wrote ${out}`);

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const baseUrl = (): string => inject('baseUrl');

export interface Browser {
  context: BrowserContext;
  close: () => Promise<void>;
}

/** Debian's Chromium with the flags that keep it from calling outside hosts. */
export async function launch(options: { width?: number; colorScheme?: 'light' | 'dark'; reducedMotion?: boolean } = {}): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'bypass-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: options.width ?? 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface WatchedPage {
  page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
  /** Requests to any origin other than the local server. */
  foreign: string[];
}

/** A page that records console errors and any request leaving the site's origin. */
export async function watchedPage(context: BrowserContext): Promise<WatchedPage> {
  const page = await context.newPage();
  const origin = new URL(baseUrl()).origin;
  const watched: WatchedPage = { page, errors: [], foreign: [] };
  page.on('console', (msg) => {
    // A failed load is reported below with its URL, which says more.
    if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource')) watched.errors.push(msg.text());
  });
  page.on('response', (res) => {
    if (res.status() >= 400 && res.url() !== page.url()) watched.errors.push(`HTTP ${res.status()} ${res.url()}`);
  });
  page.on('pageerror', (err) => watched.errors.push(err.message));
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) watched.foreign.push(url);
  });
  return watched;
}

/** Every page the site lists in its sitemap, as local URLs. */
export async function sitemapPaths(): Promise<string[]> {
  const xml = await (await fetch(`${baseUrl()}/sitemap.xml`)).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '/').pathname);
}

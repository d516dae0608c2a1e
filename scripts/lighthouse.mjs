// Lighthouse (mobile by default) against the exported site, offline, on loopback.
// Usage: node scripts/lighthouse.mjs [--runs 3] [--desktop] /route/ [/other/ ...]
// Serves out/ itself; prints the median performance and accessibility per route.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createStaticServer, listen } from './static-server.mjs';

const LIGHTHOUSE = 'lighthouse@13.5.0';
const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
const desktop = args.includes('--desktop');
const routes = args.filter((a, i) => a.startsWith('/') && args[i - 1] !== '--runs');
if (routes.length === 0) routes.push('/');

const server = createStaticServer(process.env.OUT_DIR ?? 'out');
const base = await listen(server, 0);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

for (const route of routes) {
  const perf = [];
  const a11y = [];
  const tbt = [];
  const lcp = [];
  for (let i = 0; i < runs; i++) {
    const dir = mkdtempSync(path.join(tmpdir(), 'lh-'));
    const report = path.join(dir, 'report.json');
    const flags = `--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --user-data-dir=${dir}/profile`;
    // Async on purpose: the static server lives in this process and must keep answering.
    await promisify(execFile)('npx', ['-y', LIGHTHOUSE, `${base}${route}`, `--chrome-flags=${flags}`, '--output=json', `--output-path=${report}`, '--quiet', '--only-categories=performance,accessibility', ...(desktop ? ['--preset=desktop'] : [])], {
      env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
      maxBuffer: 64 * 1024 * 1024,
    });
    const json = JSON.parse(readFileSync(report, 'utf8'));
    perf.push(Math.round(json.categories.performance.score * 100));
    a11y.push(Math.round(json.categories.accessibility.score * 100));
    tbt.push(Math.round(json.audits['total-blocking-time'].numericValue));
    lcp.push(Math.round(json.audits['largest-contentful-paint'].numericValue));
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`${route} (${desktop ? 'desktop' : 'mobile'}, median of ${runs}): performance ${median(perf)} [${perf.join(', ')}], accessibility ${median(a11y)}, TBT ${median(tbt)} ms, LCP ${median(lcp)} ms`);
}
server.close();

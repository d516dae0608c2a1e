// The JavaScript each exported page loads first: the sum of its <script src>
// files (noModule skipped), gzipped. Usage: node scripts/measure-js.mjs [out] [--max-kb N]
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const root = args.find((a) => !a.startsWith('--')) ?? 'out';
const maxIndex = args.indexOf('--max-kb');
const maxKb = maxIndex >= 0 ? Number(args[maxIndex + 1]) : null;

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return name === '_next' ? [] : htmlFiles(file);
    return name.endsWith('.html') ? [file] : [];
  });
}

const gzCache = new Map();
function gzipKb(src) {
  if (!gzCache.has(src)) gzCache.set(src, gzipSync(readFileSync(path.join(root, src)), { level: 9 }).length / 1024);
  return gzCache.get(src);
}

const rows = htmlFiles(root).map((file) => {
  const html = readFileSync(file, 'utf8');
  const scripts = [...html.matchAll(/<script\b([^>]*)>/g)]
    .map((m) => m[1] ?? '')
    .filter((attrs) => !/\bnoModule\b/i.test(attrs))
    .map((attrs) => /\bsrc="([^"]+)"/.exec(attrs)?.[1])
    .filter((src) => src !== undefined);
  const kb = [...new Set(scripts)].reduce((sum, src) => sum + gzipKb(src), 0);
  const route = `/${path.relative(root, file).replace(/index\.html$/, '').replace(/\.html$/, '/')}`;
  return { route, scripts: scripts.length, kb };
});
rows.sort((a, b) => a.route.localeCompare(b.route));
const unique = rows.filter((r, i) => rows.findIndex((o) => o.route === r.route) === i);
const width = Math.max(...rows.map((r) => r.route.length));
console.log(`${'route'.padEnd(width)}  scripts  first-load JS (gzip)`);
for (const r of unique) console.log(`${r.route.padEnd(width)}  ${String(r.scripts).padStart(7)}  ${r.kb.toFixed(1).padStart(8)} KB`);
if (maxKb !== null) {
  const over = unique.filter((r) => r.kb > maxKb);
  if (over.length > 0) {
    console.error(`over ${maxKb} KB: ${over.map((r) => r.route).join(', ')}`);
    process.exit(1);
  }
}

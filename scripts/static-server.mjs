// A small static file server for the exported site (out/): `next start` does
// not serve `output: 'export'` builds. Used by `npm start` and the browser tests.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

// Text is sent gzipped, as any static host or CDN would: lesson HTML is large
// (highlighted code), and measuring it uncompressed would misstate load times.
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.txt', '.xml', '.svg', '.map']);
const gzipped = new Map();

async function gzippedBody(file) {
  const { mtimeMs } = await stat(file);
  const hit = gzipped.get(file);
  if (hit && hit.mtimeMs === mtimeMs) return hit.body;
  const body = gzipSync(await readFile(file));
  gzipped.set(file, { mtimeMs, body });
  return body;
}

async function isFile(file) {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** Resolves a URL path to a file under root, the way a static host does with trailingSlash. */
async function resolveFile(root, urlPath) {
  const clean = path.normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const file = path.join(root, clean);
  if (!file.startsWith(root)) return null;
  if (await isFile(file)) return file;
  if (await isFile(path.join(file, 'index.html'))) return path.join(file, 'index.html');
  if (await isFile(`${file}.html`)) return `${file}.html`;
  return null;
}

export function createStaticServer(rootDir) {
  const root = path.resolve(rootDir);
  return http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    // Directories are canonical with a trailing slash, as the export writes them.
    if (!url.pathname.endsWith('/') && !path.extname(url.pathname) && (await resolveFile(root, `${url.pathname}/`))) {
      res.writeHead(308, { location: `${url.pathname}/${url.search}` });
      res.end();
      return;
    }
    const file = await resolveFile(root, url.pathname);
    const status = file ? 200 : 404;
    const body = file ?? path.join(root, '404.html');
    if (!(await isFile(body))) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not found');
      return;
    }
    const headers = {
      'content-type': TYPES[path.extname(body)] ?? 'application/octet-stream',
      'cache-control': body.includes(`${path.sep}_next${path.sep}static${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      vary: 'accept-encoding',
    };
    const gzip = COMPRESSIBLE.has(path.extname(body)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (gzip) {
      const compressed = await gzippedBody(body);
      res.writeHead(status, { ...headers, 'content-encoding': 'gzip', 'content-length': compressed.length });
      res.end(req.method === 'HEAD' ? undefined : compressed);
      return;
    }
    res.writeHead(status, headers);
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(body).pipe(res);
  });
}

/** Listens on host:port (port 0 picks a free one) and resolves with the base URL. */
export function listen(server, port, host = '127.0.0.1') {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve(`http://${host}:${typeof address === 'object' && address ? address.port : port}`);
    });
  });
}

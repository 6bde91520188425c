// static-site: serve dist/ the way a plain static host would, and start
// Debian's Chromium; shared by the browser tests (tests/e2e) and the site
// benchmark (bench/web.mjs).
//
// serveStatic() answers GET for files under a folder, a folder's index.html
// for /p/<id> and /e/<slug> and 404.html for a path it does not have (as
// GitHub Pages and most hosts do), and gzips
// what the client accepts. `headers` are added to every response: none for
// a host that cannot set them, the isolation headers for one that can.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

// The isolation headers (the threaded build needs SharedArrayBuffer). CORP
// cross-origin: an embed must load in an iframe of any site, including one
// that is cross-origin isolated itself. The dev/preview servers
// (web/plugins/goro-site.ts) and bench/web.mjs send these; the service worker
// (web/src/sw.ts, which cannot import this file) keeps its own copy.
export const ISOLATION_HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'cross-origin',
};

function resolveFile(root, urlPath) {
  const rel = normalize(decodeURIComponent(urlPath)).replace(/^([/\\])+/, '');
  const file = join(root, rel);
  if (file !== root && !file.startsWith(root + sep)) return null;
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = join(file, 'index.html');
  return existsSync(index) ? index : null;
}

export function serveStatic(root, { headers = {} } = {}) {
  const server = createServer((req, res) => {
    let file = req.method === 'GET' || req.method === 'HEAD' ? resolveFile(root, (req.url ?? '/').split('?')[0]) : null;
    for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    if (!file) {
      // Like GitHub Pages: the site's own 404.html, with status 404.
      res.statusCode = 404;
      file = existsSync(join(root, '404.html')) ? join(root, '404.html') : null;
      if (!file) {
        res.end('not found');
        return;
      }
    }
    let body = readFileSync(file);
    res.setHeader('Content-Type', CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
    res.setHeader('Cache-Control', 'no-cache');
    if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      body = gzipSync(body);
      res.setHeader('Content-Encoding', 'gzip');
    }
    res.setHeader('Content-Length', body.length);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({
        url: `http://localhost:${server.address().port}/`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

// Flags that work as root in a container (see shared/toolchain-notes.md).
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium() {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: npm test installs it (apt-get install chromium)`);
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
}

// sw: the service worker. It precaches the whole site (both WebAssembly
// builds included) on first visit, so the playground then works offline and
// can be installed; and it serves every page with the cross-origin isolation
// headers, so the threaded build can run even on hosts that cannot send them.
//
// Invariants: a cache is named after the build's version (a digest of every
// file, written in by web/plugins/goro-site.ts), so a new build installs a
// complete new cache and only then drops the old ones; responses from the
// cache and from the network get the same headers.
/// <reference lib="webworker" />
export {};
declare const self: ServiceWorkerGlobalScope;

const PRECACHE = JSON.parse('__GORO_PRECACHE__') as string[];
const VERSION = '__GORO_VERSION__';
const CACHE = `goro-${VERSION}`;

// The same headers as scripts/static-site.mjs's ISOLATION_HEADERS (a Node
// module, which the service worker cannot import).
const HEADERS: Record<string, string> = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cross-Origin-Resource-Policy': 'cross-origin',
};

const scope = () => new URL(self.registration.scope);

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll(PRECACHE.map((f) => new URL(f, scope()).href));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key.startsWith('goro-') && key !== CACHE) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

// withHeaders() copies a response, adding the isolation headers. Opaque and
// redirected responses are passed through as they are.
function withHeaders(res: Response): Response {
  if (res.type === 'opaque' || res.type === 'opaqueredirect' || res.status === 0) return res;
  const headers = new Headers(res.headers);
  for (const [k, v] of Object.entries(HEADERS)) headers.set(k, v);
  return new Response(res.body, { status: res.status, statusText: res.statusText, headers });
}

// candidates() are the cached files a request may mean: /p/<id> is p/<id>/index.html.
function candidates(url: URL): string[] {
  const path = url.origin + url.pathname;
  if (path.endsWith('/')) return [path + 'index.html', path];
  return [path, path + '/index.html'];
}

async function respond(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const cache = await caches.open(CACHE);
  for (const key of candidates(url)) {
    const hit = await cache.match(key);
    if (hit) return withHeaders(hit);
  }
  try {
    return withHeaders(await fetch(request));
  } catch (err) {
    // Offline and not cached: a page address still gets the playground,
    // which shows its first example for an address it does not know.
    if (request.mode === 'navigate') {
      const page = url.pathname.includes('/embed/') ? 'embed.html' : 'index.html';
      const home = await cache.match(new URL(page, scope()).href);
      if (home) return withHeaders(home);
    }
    throw err;
  }
}

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin || !url.href.startsWith(scope().href)) return;
  event.respondWith(respond(event.request));
});

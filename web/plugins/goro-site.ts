// goro-site: the Vite plugin that turns web/ into the static playground.
//
// - `virtual:goro-examples` is every examples/<slug>/ (metadata, main.go,
//   main.cpp) and examples/articles.json, read at build time.
// - The two WebAssembly builds (build-wasm/web, build-wasm-mt/web) are served
//   at <base>wasm/st/ and <base>wasm/mt/ and copied there in dist/.
// - Every example gets real pages: p/<id>/, e/<slug>/, embed/<slug>/ and
//   embed/p/<id>/ (copies of index.html or embed.html), and a new program
//   new/, so any static host serves the links with no rewrite rules.
// - sw.js gets the list of every file in the site to precache.
// - The dev and preview servers send the cross-origin isolation headers (the
//   threaded build needs SharedArrayBuffer) and the Content-Security-Policy.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

import type { Connect, Plugin } from 'vite';

import { ISOLATION_HEADERS } from '../../scripts/static-site.mjs';

export const ROOT = resolve(import.meta.dirname, '../..');
const EXAMPLES = join(ROOT, 'examples');
const VIRTUAL = 'virtual:goro-examples';
const WASM_BUILDS: Record<string, string> = { st: 'build-wasm/web', mt: 'build-wasm-mt/web' };
const WASM_FILES = ['goro-playground.js', 'goro-playground.wasm', 'goro-playground.worker.js'];

// The policy allows the site's own scripts and WebAssembly compilation, and
// nothing inline: program output is only ever inserted as text. The servers
// send it as a header; every page also carries it as a <meta> tag (static
// hosts may send no headers), written in by transformIndexHtml below.
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
].join('; ');


interface ExampleJson {
  slug: string;
  title: string;
  article: string;
  section?: string | null;
  playground?: string | null;
  playground_url?: string | null;
  teaches: string;
  reconstruction?: string | null;
  notes?: string[];
  outcomes: unknown[];
}

export function loadExamples() {
  const articles = JSON.parse(readFileSync(join(EXAMPLES, 'articles.json'), 'utf8')) as Record<string, unknown>;
  const examples = readdirSync(EXAMPLES, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(EXAMPLES, d.name, 'example.json')))
    .map((d) => {
      const dir = join(EXAMPLES, d.name);
      const meta = JSON.parse(readFileSync(join(dir, 'example.json'), 'utf8')) as ExampleJson;
      return {
        slug: meta.slug,
        title: meta.title,
        article: meta.article,
        section: meta.section ?? null,
        playground: meta.playground ?? null,
        playgroundUrl: meta.playground_url ?? null,
        teaches: meta.teaches,
        reconstruction: meta.reconstruction ?? null,
        notes: meta.notes ?? [],
        outcomes: meta.outcomes,
        go: readFileSync(join(dir, 'main.go'), 'utf8'),
        cpp: readFileSync(join(dir, 'main.cpp'), 'utf8'),
      };
    })
    .sort((a, b) => a.slug.localeCompare(b.slug));
  return { articles, examples };
}

// pages() lists the generated pages: path in the site -> template.
export function pages(): Map<string, 'index.html' | 'embed.html'> {
  const out = new Map<string, 'index.html' | 'embed.html'>();
  out.set('new/index.html', 'index.html'); // a new program (web/src/links/routes.ts)
  for (const ex of loadExamples().examples) {
    out.set(`e/${ex.slug}/index.html`, 'index.html');
    out.set(`embed/${ex.slug}/index.html`, 'embed.html');
    if (ex.playground) {
      out.set(`p/${ex.playground}/index.html`, 'index.html');
      out.set(`embed/p/${ex.playground}/index.html`, 'embed.html');
    }
  }
  return out;
}

function wasmFile(urlPath: string): string | null {
  const m = /^wasm\/(st|mt)\/([\w.-]+)$/.exec(urlPath);
  if (!m || !WASM_FILES.includes(m[2]!)) return null;
  const file = join(ROOT, WASM_BUILDS[m[1]!]!, m[2]!);
  return existsSync(file) ? file : null;
}

const CONTENT_TYPES: Record<string, string> = { js: 'text/javascript', wasm: 'application/wasm' };

function headers(res: { setHeader(name: string, value: string): unknown }) {
  for (const [k, v] of Object.entries(ISOLATION_HEADERS)) res.setHeader(k, v);
  res.setHeader('Content-Security-Policy', CSP);
}

export function goroSite(): Plugin {
  let base = '/';
  let outDir = '';
  const servePages = (routes: () => Map<string, 'index.html' | 'embed.html'>): Connect.NextHandleFunction =>
    (req, res, next) => {
      headers(res);
      const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
      if (!path.startsWith(base)) return next();
      const rel = path.slice(base.length);
      const wasm = wasmFile(rel);
      if (wasm) {
        res.setHeader('Content-Type', CONTENT_TYPES[wasm.split('.').pop()!] ?? 'application/octet-stream');
        res.end(readFileSync(wasm));
        return;
      }
      const page = routes().get(rel.replace(/\/?$/, '/index.html'));
      if (page) req.url = base + page;
      next();
    };
  return {
    name: 'goro-site',
    enforce: 'post',
    configResolved(config) {
      base = config.base;
      outDir = resolve(config.root, config.build.outDir);
    },
    resolveId(id) {
      return id === VIRTUAL ? '\0' + VIRTUAL : null;
    },
    load(id) {
      if (id !== '\0' + VIRTUAL) return null;
      const { articles, examples } = loadExamples();
      return `export const articles = ${JSON.stringify(articles)};\nexport const examples = ${JSON.stringify(examples)};\n`;
    },
    configureServer(server) {
      // The route table is read once and again when an example changes,
      // not on every request.
      let routes = pages();
      server.watcher.add(EXAMPLES);
      server.watcher.on('all', (_event, file) => {
        if (file.startsWith(EXAMPLES)) routes = pages();
      });
      server.middlewares.use(servePages(() => routes));
    },
    transformIndexHtml() {
      return [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' }];
    },
    configurePreviewServer(server) {
      // dist/ has the real page files; only headers and wasm-free routing differ.
      server.middlewares.use((req, res, next) => {
        headers(res);
        const path = (req.url ?? '/').split('?')[0]!;
        if (path.startsWith(base)) {
          const rel = path.slice(base.length);
          const dir = join(outDir, rel);
          if (rel && !rel.endsWith('/') && existsSync(join(dir, 'index.html')) && statSync(dir).isDirectory())
            req.url = base + rel + '/index.html';
        }
        next();
      });
    },
    generateBundle(_opts, bundle) {
      // The WebAssembly builds: both, so the site can pick at run time.
      for (const [dir, build] of Object.entries(WASM_BUILDS)) {
        for (const name of WASM_FILES) {
          const file = join(ROOT, build, name);
          if (!existsSync(file)) {
            if (name.endsWith('.worker.js')) continue; // only the threaded build has one
            this.error(`${relative(ROOT, file)} is missing: build the WebAssembly modules first (npm run build)`);
          }
          this.emitFile({ type: 'asset', fileName: `wasm/${dir}/${name}`, source: readFileSync(file) });
        }
      }
      // The route pages: the built index.html / embed.html, at every address;
      // and 404.html (GitHub Pages and others serve it for unknown paths),
      // where the playground says it has no such example.
      for (const [path, template] of [...pages(), ['404.html', 'index.html'] as const]) {
        const html = bundle[template];
        if (!html || html.type !== 'asset') this.error(`${template} is not in the bundle`);
        this.emitFile({ type: 'asset', fileName: path, source: html.source });
      }
    },
    writeBundle() {
      // sw.js precaches every file of the site; its version is their names'
      // digest, so a new build replaces the old cache.
      const files: string[] = [];
      const walk = (dir: string) => {
        for (const d of readdirSync(dir, { withFileTypes: true })) {
          const p = join(dir, d.name);
          if (d.isDirectory()) walk(p);
          else files.push(relative(outDir, p).split('\\').join('/'));
        }
      };
      walk(outDir);
      const sw = join(outDir, 'sw.js');
      if (!existsSync(sw)) this.error('sw.js was not built');
      const list = files.filter((f) => f !== 'sw.js').sort();
      const hash = createHash('sha256');
      for (const f of list) hash.update(f).update(readFileSync(join(outDir, f)));
      const version = hash.digest('hex').slice(0, 16);
      const src = readFileSync(sw, 'utf8');
      if (!src.includes('__GORO_PRECACHE__')) this.error('sw.js has no __GORO_PRECACHE__ placeholder');
      const out = src
        .replace(/["']__GORO_PRECACHE__["']/, JSON.stringify(JSON.stringify(list)))
        .replace(/["']__GORO_VERSION__["']/, JSON.stringify(version));
      writeFileSync(sw, out);
    },
  };
}

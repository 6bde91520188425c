// The playground site: `vite build` (from the repository root: npm run build)
// writes dist/. GORO_BASE sets the path the site is served under (default /).
import { resolve } from 'node:path';

import { defineConfig } from 'vite';

import { goroSite, ROOT } from './plugins/goro-site.js';

export default defineConfig({
  root: import.meta.dirname,
  base: process.env.GORO_BASE ?? '/',
  publicDir: 'public',
  plugins: [goroSite()],
  worker: { format: 'iife' },
  build: {
    outDir: resolve(ROOT, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    // CodeMirror with the Go and C++ grammars is most of the page's script.
    chunkSizeWarningLimit: 600,
    rollupOptions: {
      input: {
        index: resolve(import.meta.dirname, 'index.html'),
        embed: resolve(import.meta.dirname, 'embed.html'),
        sw: resolve(import.meta.dirname, 'src/sw.ts'),
      },
      output: {
        // The service worker keeps a fixed name at the root: its scope is the site.
        entryFileNames: (chunk) => (chunk.name === 'sw' ? 'sw.js' : 'assets/[name]-[hash].js'),
        manualChunks: (id) => (/node_modules\/(@codemirror|@lezer|codemirror|crelt|style-mod|w3c-keyname)\//.test(id) ? 'codemirror' : undefined),
      },
    },
  },
  server: { host: 'localhost', port: 8080, strictPort: false },
  preview: { host: 'localhost', port: 8080, strictPort: false },
});

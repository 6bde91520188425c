// browser: the site under test. dist/ served by Vite's preview server (with
// the isolation headers and the CSP, as `npm start` serves it), a second
// plain server on another port for pages that embed it, and Debian's
// Chromium driven by playwright-core (no browser download).
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

import type { Browser, Frame, Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';

import { launchChromium, serveStatic, type Served } from '../../scripts/static-site.mjs';
import { ROOT } from '../examples/examples.js';

export function launch(): Promise<Browser> {
  return launchChromium();
}

// serveDist() serves dist/ as a plain static host does: no special headers.
export function serveDist(): Promise<Served> {
  return serveStatic(join(ROOT, 'dist'));
}

export async function serveSite(): Promise<{ url: string; close(): Promise<void> }> {
  if (!existsSync(join(ROOT, 'dist', 'index.html'))) throw new Error('dist/ is missing: build the site with npm run build');
  const server: PreviewServer = await preview({
    configFile: join(ROOT, 'web', 'vite.config.ts'),
    logLevel: 'warn',
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  const address = server.httpServer.address() as AddressInfo;
  return {
    url: `http://localhost:${address.port}/`,
    close: () => new Promise<void>((resolve) => server.httpServer.close(() => resolve())),
  };
}

// serveHtml() serves one page, by default with no special headers: a blog post, say.
export async function serveHtml(html: string, headers: Record<string, string> = {}): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((_req, res) => {
    for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://localhost:${port}/`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

// ready() waits until the worker has loaded the WebAssembly module.
export async function ready(page: Page | Frame): Promise<void> {
  await page.waitForFunction(() => {
    const t = document.getElementById('threads')?.textContent ?? '';
    return /\bthreads?\b/.test(t);
  });
}

// runToEnd() presses Run and waits for the run's last line.
export async function runToEnd(page: Page | Frame, speed: 'instant' | '1x' = 'instant'): Promise<void> {
  if (await page.locator('#speed').count()) await page.selectOption('#speed', speed);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await page.locator('#output .exit').waitFor({ timeout: 20_000 });
}

export const outputLines = (page: Page | Frame) => page.locator('#output .line .text').allTextContents();

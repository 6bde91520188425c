// The playground in a real browser: the built site (dist/) in Chromium.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { ISOLATION_HEADERS } from '../../scripts/static-site.mjs';
import { launch, outputLines, ready, runToEnd, serveDist, serveHtml, serveSite } from './browser.js';

let browser: Browser;
let site: { url: string; close(): Promise<void> };

beforeAll(async () => {
  [browser, site] = await Promise.all([launch(), serveSite()]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(path: string, context?: BrowserContext): Promise<Page> {
  const page = await (context ?? browser).newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  (page as Page & { errors: string[] }).errors = errors;
  await page.goto(new URL(path, site.url).href);
  await ready(page);
  return page;
}

const errorsOf = (page: Page) => (page as Page & { errors: string[] }).errors;


describe('the playground page', () => {
  test('/p/KCuD3QN2BfK runs to the 9 lines and the deadlock report', async () => {
    const page = await open('p/KCuD3QN2BfK');
    expect(await page.locator('h1').textContent()).toBe('Ranging over a channel that is never closed');
    await runToEnd(page);
    const lines = await outputLines(page);
    expect(lines[0]).toBe('Starting...');
    expect(lines.slice(1).sort()).toEqual(
      ['sort data', 'parse files', 'generate output'].flatMap((w) => [0, 1, 2].map((i) => `${w} ${i} complete`)).sort(),
    );
    const report = page.locator('#output .report');
    await expect.poll(() => report.locator('strong').textContent()).toBe('fatal error: all goroutines are asleep - deadlock!');
    expect(await report.locator('.goroutine .header .text').allTextContents()).toEqual(['goroutine 1 [chan receive]:']);
    expect(await report.locator('.goroutine .frames').textContent()).toBe('main.main()\n\tmain.go:16');
    // The report's goroutine has main's colour.
    expect(await report.locator('.goroutine').getAttribute('class')).toContain('g-c0');
    expect(await page.locator('#output .exit').textContent()).toBe('Program exited: status 2.');
    // The run is named by its example's outcome, and marked in the list of them.
    expect(await page.locator('#outcome').textContent()).toBe('Outcome: deadlock after all lines — the only one this program can have.');
    expect(await page.locator('#outcomes li.seen .name').textContent()).toBe('deadlock after all lines');
    expect(errorsOf(page)).toEqual([]);
    await page.close();
  });

  test('output lines carry the goroutine that wrote them, each goroutine its own colour', async () => {
    const page = await open('e/quick-goroutine-and-main');
    await runToEnd(page);
    const rows = page.locator('#output .line');
    const marks = await rows.evaluateAll((els) =>
      els.map((e) => ({ g: e.querySelector('.gutter')!.textContent, cls: e.querySelector('.gutter')!.className, text: e.querySelector('.text')!.textContent })),
    );
    expect(marks).toHaveLength(10);
    for (const m of marks) expect(m.g).toBe(m.text === 'main' ? 'g1' : 'g2');
    const mainClass = marks.find((m) => m.g === 'g1')!.cls;
    const workerClass = marks.find((m) => m.g === 'g2')!.cls;
    expect(mainClass).not.toBe(workerClass);
    const colours = await page.locator('#output .gutter').evaluateAll((els) => [...new Set(els.map((e) => getComputedStyle(e).color))]);
    expect(colours).toHaveLength(2);
    expect(await page.locator('#output .exit').textContent()).toBe('Program exited.');
    await page.close();
  });

  test('the virtual clock replays the run with its recorded sleeps', async () => {
    // quick-goroutine-and-main prints at 0, 0.5, 1, 1.5 and 2 s of virtual time and ends at 2.5 s.
    const page = await open('e/quick-goroutine-and-main');
    await page.selectOption('#speed', '1x');
    await page.evaluate(() => {
      const w = window as unknown as { seen: number[] };
      w.seen = [];
      new MutationObserver(() => {
        const n = document.querySelectorAll('#output .line').length;
        while (w.seen.length < n) w.seen.push(performance.now());
      }).observe(document.getElementById('output')!, { childList: true });
    });
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.locator('#status', { hasText: /Replaying… [\d.]+s of 2\.5s virtual time/ }).waitFor();
    await page.locator('#output .exit').waitFor({ timeout: 20_000 });
    const seen = await page.evaluate(() => (window as unknown as { seen: number[] }).seen);
    expect(seen).toHaveLength(10);
    // A line is never shown before its virtual time: the last ones (at 2 s)
    // come about 2 s after the first (at 0 s); slower is allowed. The margin
    // is for when the observer notes the first line (it may run late), and
    // is far from what an instant replay would give (a few ms).
    expect(seen[9]! - seen[0]!).toBeGreaterThanOrEqual(1800);
    expect(seen[3]! - seen[0]!).toBeGreaterThanOrEqual(400);
    await page.close();
  });

  test('controls have their names; the output is a log named "Program output"; Ctrl+Enter runs', async () => {
    const page = await open('e/first-waitgroup-by-value');
    for (const name of ['Run', 'Stop', 'Share']) await expect.poll(() => page.getByRole('button', { name, exact: true }).count()).toBe(1);
    const log = page.getByRole('log', { name: 'Program output' });
    expect(await log.count()).toBe(1);
    await page.keyboard.press('Control+Enter');
    await page.locator('#output .exit').waitFor();
    expect(await log.locator('.report strong').textContent()).toBe('fatal error: all goroutines are asleep - deadlock!');
    // Keyboard only: Tab reaches Run, Enter presses it.
    await page.locator('#output .exit').evaluate((e) => e.parentElement!.replaceChildren());
    await page.locator('body').focus();
    let focused = '';
    for (let i = 0; i < 80 && focused !== 'run'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.id ?? '');
    }
    expect(focused).toBe('run');
    await page.keyboard.press('Enter');
    await page.locator('#output .exit').waitFor();
    await page.close();
  });

  test('Stop ends a long real-clock run within a second, and the next run works', async () => {
    const page = await open('p/KCuD3QN2BfK');
    await page.selectOption('#clock', 'real');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.locator('#output .line').first().waitFor();
    const stop = page.getByRole('button', { name: 'Stop', exact: true });
    expect(await stop.isEnabled()).toBe(true);
    await stop.click();
    // Functional bound: a run that goes on (7 s of sleeps) would blow it.
    await page.locator('#output .note', { hasText: 'Program stopped.' }).waitFor({ timeout: 1000 });
    expect(await stop.isEnabled()).toBe(false);
    expect(await page.locator('#output .exit').count()).toBe(0);
    await page.selectOption('#clock', 'virtual');
    await runToEnd(page);
    expect(await page.locator('#output .exit').textContent()).toBe('Program exited: status 2.');
    await page.close();
  });

  test('the isolated site runs the threaded build, and procs 2 runs', async () => {
    const page = await open('e/parallel-wait-group');
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
    const cores = await page.evaluate(() => navigator.hardwareConcurrency);
    const want = Math.min(cores, 8);
    expect(await page.locator('#threads').textContent()).toBe(want > 1 ? `${want} threads` : '1 thread');
    if (want > 1) await page.selectOption('#procs', '2');
    await runToEnd(page);
    expect(await page.locator('#status').textContent()).toContain(`procs ${want > 1 ? 2 : 1}`);
    expect(await page.locator('#output .exit').textContent()).toBe('Program exited.');
    await page.close();
  });

  test('Share shows the /p/ link and the original playground link', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url).origin });
    const page = await open('e/parallel-range-without-close', context);
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    expect(await page.locator('#share-link').inputValue()).toBe(new URL('p/KCuD3QN2BfK', site.url).href);
    expect(await page.locator('#share-original a').getAttribute('href')).toBe('https://play.golang.org/p/KCuD3QN2BfK');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(new URL('p/KCuD3QN2BfK', site.url).href);
    await context.close();
  });

  test('the Content-Security-Policy refuses inline scripts, from the header and from the pages\' own <meta> on a host that sends none', async () => {
    const plain = await serveDist();
    try {
      for (const url of [site.url, plain.url]) {
        const page = await browser.newPage();
        await page.goto(url);
        await ready(page);
        const result = await page.evaluate(
          () =>
            new Promise<string>((resolve) => {
              document.addEventListener('securitypolicyviolation', (e) => resolve(`blocked by ${e.effectiveDirective}`));
              const s = document.createElement('script');
              s.textContent = 'document.title = "injected"';
              document.body.append(s);
              setTimeout(() => resolve(document.title), 500);
            }),
        );
        expect(result, url).toBe('blocked by script-src-elem');
        await page.close();
      }
    } finally {
      await plain.close();
    }
  });
});

describe('offline and embedded', () => {
  test('after one visit the site works offline', async () => {
    const context = await browser.newContext();
    const page = await open('', context);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      // Installed means every file is in the cache (install waits for addAll).
      for (let i = 0; i < 200 && !(await caches.keys()).some((k) => k.startsWith('goro-')); i++) await new Promise((r) => setTimeout(r, 50));
    });
    await context.setOffline(true);
    await page.goto(new URL('e/quick-waitgroup', site.url).href);
    await ready(page);
    await runToEnd(page);
    expect(await page.locator('#output .exit').textContent()).toBe('Program exited.');
    expect((await outputLines(page)).length).toBeGreaterThan(0);
    // A page never visited is served from the cache too.
    await page.goto(new URL('p/HOCBbJAhJiF', site.url).href);
    expect(await page.locator('h1').textContent()).toBe('Closing the channel in every worker');
    await context.close();
  });

  test('on a host that sends no headers, the service worker makes the next visit isolated and threaded', async () => {
    const plain = await serveDist();
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(new URL('e/quick-sum-halves', plain.url).href);
      await ready(page);
      expect(await page.evaluate(() => crossOriginIsolated)).toBe(false);
      expect(await page.locator('#threads').textContent()).toBe('1 thread');
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await page.reload();
      await ready(page);
      expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
      const cores = await page.evaluate(() => navigator.hardwareConcurrency);
      expect(await page.locator('#threads').textContent()).toBe(cores > 1 ? `${Math.min(cores, 8)} threads` : '1 thread');
      await runToEnd(page);
      expect(await page.locator('#output .exit').textContent()).toBe('Program exited.');
    } finally {
      await context.close();
      await plain.close();
    }
  });

  test('an address with no example says so and shows the first one', async () => {
    const plain = await serveDist();
    try {
      const page = await browser.newPage();
      const res = await page.goto(new URL('p/NoSuchId123', plain.url).href);
      expect(res?.status()).toBe(404);
      await ready(page);
      expect(await page.locator('#status').textContent()).toBe('No example at /p/NoSuchId123; showing the first one.');
      await runToEnd(page);
      expect(await page.locator('#output .exit').count()).toBe(1);
      await page.close();
    } finally {
      await plain.close();
    }
  });

  test.each([
    ['a plain site', {}],
    ['a cross-origin isolated site', ISOLATION_HEADERS],
  ])('an iframe on %s runs the single-thread build', async (_what, headers) => {
    const src = new URL('embed/p/KCuD3QN2BfK?speed=instant', site.url).href;
    const blog = await serveHtml(`<!doctype html><title>A blog post</title><h1>Post</h1><iframe id="goro" src="${src}" width="800" height="600"></iframe>`, headers);
    try {
      const page = await browser.newPage();
      await page.goto(blog.url);
      const frame = page.frame({ url: (u) => u.pathname.startsWith('/embed/') })!;
      expect(frame).toBeTruthy();
      await ready(frame);
      expect(await frame.evaluate(() => crossOriginIsolated)).toBe(false);
      expect(await frame.locator('#threads').textContent()).toBe('1 thread');
      expect(await frame.locator('#open').getAttribute('href')).toBe('/p/KCuD3QN2BfK');
      await runToEnd(frame);
      expect((await outputLines(frame))[0]).toBe('Starting...');
      expect(await frame.locator('#output .report strong').textContent()).toBe('fatal error: all goroutines are asleep - deadlock!');
      expect(await frame.locator('#output .exit').textContent()).toBe('Program exited: status 2.');
      await page.close();
    } finally {
      await blog.close();
    }
  });
});

test('the dark theme is dark, and its output readable', async () => {
  const luminance = async (page: Page) => {
    const png = (await page.screenshot()).toString('base64');
    return page.evaluate(async (data) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const px = ctx.getImageData(0, 0, c.width, c.height).data;
      let sum = 0;
      for (let i = 0; i < px.length; i += 4) sum += (0.2126 * px[i]! + 0.7152 * px[i + 1]! + 0.0722 * px[i + 2]!) / 255;
      return sum / (px.length / 4);
    }, png);
  };
  const page = await open('p/KCuD3QN2BfK');
  await runToEnd(page);
  const light = await luminance(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await luminance(page);
  expect(light).toBeGreaterThan(0.7);
  expect(dark).toBeLessThan(0.3);
  // Output text stands out from its background in the dark theme.
  const [fg, bg] = await page.evaluate(() => {
    const text = document.querySelector('#output .line .text')!;
    return [getComputedStyle(text).color, getComputedStyle(document.getElementById('output')!).backgroundColor];
  });
  expect(fg).not.toBe(bg);
  await page.close();
});

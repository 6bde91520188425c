// Editing Go in the playground: the reader's code runs in the Go interpreter
// (both WebAssembly builds: the isolated site runs the threaded one, a plain
// host the single-thread one), compile errors are underlined and listed,
// Reset and New program, and Share links that carry the code (also offline).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { ROOT } from '../examples/examples.js';
import { launch, outputLines, ready, runToEnd, serveDist, serveHtml, serveSite } from './browser.js';

let browser: Browser;
let site: { url: string; close(): Promise<void> }; // isolation headers: threaded
let plain: { url: string; close(): Promise<void> }; // no headers: single-thread

beforeAll(async () => {
  [browser, site, plain] = await Promise.all([launch(), serveSite(), serveDist()]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await plain?.close();
});

const WORKERS = `package main

import "fmt"

func worker(id int, done chan<- bool) {
	fmt.Println("worker", id)
	done <- true
}

func main() {
	done := make(chan bool)
	for i := 1; i <= 2; i++ {
		go worker(i, done)
	}
	<-done
	<-done
	fmt.Println("done")
}
`;

const UNUSED = `package main

import "fmt"

func main() {
	fmt.Println("hi")
	var y int
	x := 1
}
`;

const DEADLOCK = `package main

func main() {
	ch := make(chan int)
	ch <- 1
}
`;

async function open(base: string, path: string, context?: BrowserContext): Promise<Page> {
  const page = await (context ?? browser).newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  (page as Page & { errors: string[] }).errors = errors;
  await page.goto(new URL(path, base).href);
  await ready(page);
  return page;
}

const errorsOf = (page: Page) => (page as Page & { errors: string[] }).errors;

// setCode() replaces the Go tab's program, as a paste would.
async function setCode(page: Page | Frame, code: string): Promise<void> {
  const keyboard = ('keyboard' in page ? page : page.page()).keyboard;
  await page.locator('#tab-go').click();
  await page.locator('.cm-content').click();
  await keyboard.press('Control+A');
  await keyboard.insertText(code);
}

// codeOf() is the editor's text (its lines as drawn; the test programs fit on screen).
const codeOf = (page: Page | Frame) =>
  page.locator('.cm-content').evaluate((e) => [...e.querySelectorAll('.cm-line')].map((l) => l.textContent).join('\n'));

const exampleGo = (slug: string) => readFileSync(join(ROOT, 'examples', slug, 'main.go'), 'utf8');

for (const build of [
  { name: 'threaded', base: () => site.url, threads: /^\d+ threads?$/, isolated: true },
  { name: 'single-thread', base: () => plain.url, threads: /^1 thread$/, isolated: false },
]) {
  describe(`${build.name} build`, () => {
    test('edited Go runs in the interpreter, with each goroutine\'s lines marked; the C++ tab says it is the original', async () => {
      const page = await open(build.base(), 'e/quick-channel-message');
      expect(await page.evaluate(() => crossOriginIsolated)).toBe(build.isolated);
      expect(await page.locator('#threads').textContent()).toMatch(build.threads);
      const reset = page.getByRole('button', { name: 'Reset', exact: true });
      expect(await reset.isDisabled()).toBe(true);
      await setCode(page, WORKERS);
      expect(await reset.isEnabled()).toBe(true);
      await runToEnd(page);
      // At procs 1, as Go: the last goroutine started runs first.
      const rows = await page.locator('#output .line').evaluateAll((els) => els.map((e) => `${e.querySelector('.gutter')!.textContent} ${e.querySelector('.text')!.textContent}`));
      expect(rows).toEqual(['g3 worker 2', 'g2 worker 1', 'g1 done']);
      expect(await page.locator('#output .exit').textContent()).toBe('Program exited.');
      expect(await page.locator('#status').textContent()).toContain('Go interpreter');
      // The edited program is not the example: no outcome of the article's is claimed.
      expect(await page.locator('#outcome').textContent()).toBe('');
      // The C++ tab shows the port of the original, and says so.
      await page.locator('#tab-cpp').click();
      expect(await page.locator('#cpp-note').isVisible()).toBe(true);
      expect(await page.locator('#cpp-note').textContent()).toContain('original program');
      await page.locator('#tab-go').click();
      expect(await page.locator('#cpp-note').isVisible()).toBe(false);
      expect(await codeOf(page)).toBe(WORKERS);
      // A deadlock in edited code is reported as for the examples.
      await setCode(page, DEADLOCK);
      await runToEnd(page);
      const report = page.locator('#output .report');
      expect(await report.locator('strong').textContent()).toBe('fatal error: all goroutines are asleep - deadlock!');
      expect(await report.locator('.goroutine .header .text').allTextContents()).toEqual(['goroutine 1 [chan send]:']);
      expect(await report.locator('.goroutine .frames').textContent()).toMatch(/^main\.main\(\)\n\t.*prog\.go:5\b/);
      expect(await page.locator('#output .exit').textContent()).toBe('Program exited: status 2.');
      expect(errorsOf(page)).toEqual([]);
      await page.close();
    });

    test('compile errors are listed as go.dev/play lists them and underlined in the editor', async () => {
      const page = await open(build.base(), 'e/quick-channel-message');
      await setCode(page, UNUSED);
      await runToEnd(page);
      expect(await page.locator('#output .build-error').allTextContents()).toEqual([
        './prog.go:7:6: declared and not used: y',
        './prog.go:8:2: declared and not used: x',
      ]);
      expect(await page.locator('#output .exit').textContent()).toBe('Go build failed.');
      expect(await page.locator('#output .line').count()).toBe(0);
      expect(await page.locator('#status').textContent()).toBe('Go build failed: 2 errors.');
      // Underlined at Go's positions, the message on hover.
      const marks = page.locator('.cm-content .cm-lintRange-error');
      expect(await marks.allTextContents()).toEqual(['y', 'x']);
      await marks.nth(1).hover();
      await expect.poll(() => page.locator('.cm-tooltip-lint').textContent()).toContain('declared and not used: x');
      // An error's line in the output takes the cursor there.
      await page.getByRole('button', { name: './prog.go:8:2: declared and not used: x' }).click();
      expect(await page.locator('.cm-activeLine').textContent()).toBe('\tx := 1');
      // Fixed, the program runs and the marks are gone.
      await setCode(page, UNUSED.replace('\tvar y int\n\tx := 1\n', ''));
      await runToEnd(page);
      expect(await outputLines(page)).toEqual(['hi']);
      expect(await marks.count()).toBe(0);
      await page.close();
    });

    test('Reset returns to the article\'s code (and runs the C++ port again); New program opens hello, world', async () => {
      const page = await open(build.base(), 'e/quick-channel-message');
      const original = await codeOf(page);
      expect(original).toBe(exampleGo('quick-channel-message'));
      await setCode(page, DEADLOCK);
      await page.getByRole('button', { name: 'Reset', exact: true }).click();
      expect(await codeOf(page)).toBe(original);
      expect(await page.getByRole('button', { name: 'Reset', exact: true }).isDisabled()).toBe(true);
      await runToEnd(page);
      expect(await page.locator('#status').textContent()).toContain('C++ port');
      expect(await page.locator('#outcome').textContent()).toMatch(/^Outcome: /);
      // Undo brings the edit back.
      await page.locator('.cm-content').click();
      await page.keyboard.press('Control+z');
      expect(await codeOf(page)).toBe(DEADLOCK);

      await page.getByRole('button', { name: 'New program', exact: true }).click();
      expect(new URL(page.url()).pathname).toBe('/new');
      expect(await page.locator('h1').textContent()).toBe('New program');
      expect(await page.locator('#tab-cpp').isVisible()).toBe(false);
      expect(await codeOf(page)).toContain('fmt.Println("Hello, 世界")');
      await runToEnd(page);
      expect(await outputLines(page)).toEqual(['Hello, 世界']);
      expect(await page.locator('#output .exit').textContent()).toBe('Program exited.');
      // Back to the example: its edit was kept.
      await page.goBack();
      await page.locator('h1', { hasText: 'Sending a message from a goroutine on a channel' }).waitFor();
      expect(await codeOf(page)).toBe(DEADLOCK);
      expect(errorsOf(page)).toEqual([]);
      await page.close();
    });

    test('Share puts the edited code in the link; the link opens it in a fresh browser', async () => {
      const context = await browser.newContext();
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(build.base()).origin });
      const page = await open(build.base(), 'p/KCuD3QN2BfK', context);
      await setCode(page, WORKERS);
      await page.getByRole('button', { name: 'Share', exact: true }).click();
      await expect.poll(() => page.locator('#share-link').inputValue()).toMatch(/#code=[\w-]+$/);
      const link = await page.locator('#share-link').inputValue();
      expect(link.startsWith(new URL('p/KCuD3QN2BfK#code=', build.base()).href)).toBe(true);
      expect(await page.locator('#share-code-note').isVisible()).toBe(true);
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(link);
      expect(page.url()).toBe(link);
      await context.close();

      const fresh = await browser.newContext();
      const other = await fresh.newPage();
      await other.goto(link);
      await ready(other);
      expect(await other.locator('h1').textContent()).toBe('Ranging over a channel that is never closed');
      await expect.poll(() => codeOf(other)).toBe(WORKERS);
      expect(await other.getByRole('button', { name: 'Reset', exact: true }).isEnabled()).toBe(true);
      await runToEnd(other);
      expect(await outputLines(other)).toEqual(['worker 2', 'worker 1', 'done']);
      // Reset returns to the article's program.
      await other.getByRole('button', { name: 'Reset', exact: true }).click();
      expect(await codeOf(other)).toBe(exampleGo('parallel-range-without-close'));
      await fresh.close();
    });

    test('a program nested too deep is a compile error, not a broken page; one nested less deeply runs', async () => {
      const page = await open(build.base(), 'new');
      const nested = (n: number) => `package main\n\nimport "fmt"\n\nfunc main() {\n\tx := ${'('.repeat(n)}1${')'.repeat(n)}\n\tfmt.Println(x)\n}\n`;
      await setCode(page, nested(3000));
      await runToEnd(page);
      expect(await page.locator('#output .build-error').allTextContents()).toEqual([expect.stringMatching(/^\.\/prog\.go:6:\d+: exceeded max nesting depth$/)]);
      // 240 levels (near the bound) fit the worker's JavaScript stack, which WebAssembly recursion runs on.
      await setCode(page, nested(240));
      await runToEnd(page);
      expect(await outputLines(page)).toEqual(['1']);
      await setCode(page, WORKERS);
      await runToEnd(page);
      expect(await outputLines(page)).toEqual(['worker 2', 'worker 1', 'done']);
      expect(errorsOf(page)).toEqual([]);
      await page.close();
    });

    test('a new program\'s link is /#code=...; a damaged link says so', async () => {
      const page = await open(build.base(), 'new');
      await setCode(page, WORKERS);
      await page.getByRole('button', { name: 'Share', exact: true }).click();
      await expect.poll(() => page.locator('#share-link').inputValue()).toMatch(/#code=/);
      const link = await page.locator('#share-link').inputValue();
      expect(link.startsWith(new URL('#code=', build.base()).href)).toBe(true);
      const other = await open(build.base(), link);
      expect(await other.locator('h1').textContent()).toBe('Shared program');
      await expect.poll(() => codeOf(other)).toBe(WORKERS);
      await runToEnd(other);
      expect(await outputLines(other)).toEqual(['worker 2', 'worker 1', 'done']);
      const damaged = await open(build.base(), `${link.slice(0, -12)}$$$`);
      expect(await damaged.locator('#status').textContent()).toMatch(/^This link's program could not be opened: /);
      for (const p of [page, other, damaged]) await p.close();
    });
  });
}

test('a shared link opens and runs offline (the service worker serves the page)', async () => {
  const context = await browser.newContext();
  const page = await open(site.url, 'new', context);
  await setCode(page, WORKERS);
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await expect.poll(() => page.locator('#share-link').inputValue()).toMatch(/#code=/);
  const link = await page.locator('#share-link').inputValue();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    for (let i = 0; i < 200 && !(await caches.keys()).some((k) => k.startsWith('goro-')); i++) await new Promise((r) => setTimeout(r, 50));
  });
  await context.setOffline(true);
  // The link as shared, and the same code on an example's page never visited.
  for (const url of [link, link.replace('/#', '/e/quick-waitgroup#')]) {
    const offline = await context.newPage();
    await offline.goto(url);
    await ready(offline);
    await expect.poll(() => codeOf(offline)).toBe(WORKERS);
    await runToEnd(offline);
    expect(await outputLines(offline)).toEqual(['worker 2', 'worker 1', 'done']);
    await offline.close();
  }
  await context.close();
});

test('the embed edits and runs Go too, and "Open in goro" carries the edit', async () => {
  const src = new URL('embed/p/KCuD3QN2BfK?speed=instant', site.url).href;
  const blog = await serveHtml(`<!doctype html><title>A blog post</title><iframe src="${src}" width="800" height="600"></iframe>`);
  try {
    const page = await browser.newPage();
    await page.goto(blog.url);
    const frame = page.frame({ url: (u) => u.pathname.startsWith('/embed/') })!;
    await ready(frame);
    expect(await frame.locator('#threads').textContent()).toBe('1 thread');
    expect(await frame.locator('#reset').isVisible()).toBe(false);
    await setCode(frame, UNUSED);
    await runToEnd(frame);
    expect(await frame.locator('#output .build-error').count()).toBe(2);
    expect(await frame.locator('.cm-content .cm-lintRange-error').count()).toBe(2);
    await setCode(frame, WORKERS);
    await runToEnd(frame);
    expect(await outputLines(frame)).toEqual(['worker 2', 'worker 1', 'done']);
    await expect.poll(() => frame.locator('#open').getAttribute('href')).toMatch(/^http:\/\/localhost:\d+\/p\/KCuD3QN2BfK#code=/);
    await frame.locator('#reset').click();
    await expect.poll(() => frame.locator('#open').getAttribute('href')).toBe('/p/KCuD3QN2BfK');
    await page.close();
  } finally {
    await blog.close();
  }
});

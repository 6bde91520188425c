// app: the full playground page (index.html and every p/<id>/, e/<slug>/
// page, and new/): an example or a program of the reader's own, its Go
// editable, with Reset, New program, Share and Embed.
import './style.css';

import type { EditorState } from '@codemirror/state';

import { codeParam, decodeCode, encodeCode, withCode } from './links/code-link.js';
import { embedQuery, embedSnippet } from './links/embed-params.js';
import { byArticle, credit, examples, type ExampleData } from './examples/examples.js';
import { byId, copyText, el, onRunShortcut, registerServiceWorker, wasmRoot } from './dom.js';
import { Playground, targetFor, type Target } from './playground.js';
import { examplePath, findExample, NEW_PROGRAM_PATH, parseRoute } from './links/routes.js';
import { Runner } from './run/runner.js';
import { HELLO_WORLD } from './source/hello.js';
import { SourceView } from './source/source-view.js';

const BASE = import.meta.env.BASE_URL;

// Shown is the program on the page: an article's example (its Go possibly
// edited), or a program of the reader's own (new, or opened from a link).
type Shown = { kind: 'example'; ex: ExampleData } | { kind: 'program'; title: string; path: string };

const runner = new Runner(wasmRoot());
const source = new SourceView(byId('editor'), { go: byId<HTMLButtonElement>('tab-go'), cpp: byId<HTMLButtonElement>('tab-cpp') }, byId('cpp-note'));
let shown: Shown | null = null;
// The Go tabs left with edits, by page (example slug, or "new"): coming back
// to a page finds its edits and their undo history, until the page is closed.
const drafts = new Map<string, EditorState>();

// target() is what Run runs: the example's C++ port while its Go is the
// article's, the Go interpreter on the editor's code otherwise.
function target(): Target | null {
  return shown && targetFor(shown.kind === 'example' ? shown.ex : null, source);
}

const playground = new Playground(
  {
    run: byId<HTMLButtonElement>('run'),
    stop: byId<HTMLButtonElement>('stop'),
    another: byId<HTMLButtonElement>('another'),
    procs: byId<HTMLSelectElement>('procs'),
    clock: byId<HTMLSelectElement>('clock'),
    speed: byId<HTMLSelectElement>('speed'),
    times: byId<HTMLInputElement>('times'),
    output: byId('output'),
    status: byId('status'),
    outcome: byId('outcome'),
    threads: byId('threads'),
  },
  runner,
  { procs: 1, clock: 'virtual', speed: '1x', seed: 1 },
  target,
);
playground.onRunStart = () => source.showErrors([]);
playground.onBuild = (errors) => source.showErrors(errors);
playground.onErrorClick = (line, col) => source.reveal(line, col);
source.onChange = () => {
  byId<HTMLButtonElement>('reset').disabled = !source.edited;
};

function buildPicker(): void {
  const nav = byId('picker');
  for (const group of byArticle()) {
    const a = group.article;
    const heading = el('h2', {}, a.url ? el('a', { href: a.url, rel: 'noopener' }, a.title) : a.title);
    const meta = el('p', { class: 'article-meta' }, [a.author, a.date].filter(Boolean).join(' · ') || (a.url_note ?? ''));
    const list = el('ul');
    for (const ex of group.examples) {
      const link = el('a', { href: examplePath(ex, BASE), 'data-slug': ex.slug }, el('span', { class: 'ex-title' }, ex.title), el('span', { class: 'ex-teaches' }, oneLine(ex.teaches)));
      link.addEventListener('click', (e) => {
        if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
        e.preventDefault();
        history.pushState(null, '', examplePath(ex, BASE));
        showExample(ex);
        byId('title').focus();
      });
      list.append(el('li', {}, link));
    }
    nav.append(el('section', { class: 'article' }, heading, meta, list));
  }
}

// oneLine() is the first sentence of a description.
function oneLine(text: string): string {
  const m = /^.*?[.!?](\s|$)/.exec(text);
  return (m ? m[0] : text).trim();
}

// draftKey() names a page's draft; a program from a link has none (the link holds it).
function draftKey(s: Shown): string | null {
  return s.kind === 'example' ? s.ex.slug : s.path === NEW_PROGRAM_PATH ? NEW_PROGRAM_PATH : null;
}

// leave() keeps the Go of the page being left, if edited, as its draft.
function leave(): void {
  const key = shown && draftKey(shown);
  if (!key) return;
  if (source.edited) drafts.set(key, source.goEditorState);
  else drafts.delete(key);
}

// showExample() puts an example on the page; `code` (from a link) replaces
// its Go, else the page's draft does, if any.
function showExample(ex: ExampleData, code?: string): void {
  leave();
  shown = { kind: 'example', ex };
  byId('notes-box').hidden = false;
  byId<HTMLButtonElement>('reset').title = "Return to the article's program (Ctrl+Z undoes it)";
  document.title = `${ex.title} — goro`;
  byId('title').textContent = ex.title;
  byId('title').tabIndex = -1;
  byId('teaches').textContent = ex.teaches;
  const group = byArticle().find((g) => g.id === ex.article);
  const creditBox = byId('credit');
  creditBox.replaceChildren();
  if (group) {
    const a = group.article;
    creditBox.append('From ', a.url ? el('a', { href: a.url, rel: 'noopener' }, a.title) : el('cite', {}, a.title));
    const by = credit(a).slice(a.title.length);
    if (by) creditBox.append(by);
    if (ex.section) creditBox.append(` — “${ex.section}”`);
  }
  if (ex.playgroundUrl) creditBox.append(' · original: ', el('a', { href: ex.playgroundUrl, rel: 'noopener' }, ex.playgroundUrl.replace(/^https?:\/\//, '')));
  if (ex.reconstruction) creditBox.append(el('span', { class: 'reconstruction' }, ` (${ex.reconstruction})`));
  const notes = byId('notes');
  notes.replaceChildren(...ex.notes.map((n) => el('p', {}, n)));
  byId('outcomes').replaceChildren(...ex.outcomes.map((o) => el('li', { 'data-outcome': o.name }, el('span', { class: 'name' }, o.name), ` — exit status ${o.exit}${o.report ? `, ${o.report}` : ''}`)));
  for (const a of document.querySelectorAll<HTMLAnchorElement>('#picker a[data-slug]')) {
    if (a.dataset['slug'] === ex.slug) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  const draft = code === undefined ? drafts.get(ex.slug) : undefined;
  source.show({ go: ex.go, cpp: ex.cpp }, draft ? { state: draft } : code === undefined ? {} : { code });
  playground.reset();
}

// showProgram() puts a program of the reader's own on the page: `original`
// is what Reset returns to (hello, world, or the program in the link).
function showProgram(title: string, path: string, original: string): void {
  leave();
  shown = { kind: 'program', title, path };
  document.title = `${title} — goro`;
  byId('title').textContent = title;
  byId('title').tabIndex = -1;
  byId('teaches').textContent = "A program of your own: goro's Go interpreter runs it right here in your browser, on the same goroutine runtime as the examples.";
  byId('credit').replaceChildren();
  byId('notes-box').hidden = true;
  byId('outcomes').replaceChildren();
  byId<HTMLButtonElement>('reset').title = path === NEW_PROGRAM_PATH ? 'Return to hello, world (Ctrl+Z undoes it)' : "Return to the link's program (Ctrl+Z undoes it)";
  for (const a of document.querySelectorAll<HTMLAnchorElement>('#picker a[data-slug]')) a.removeAttribute('aria-current');
  const draft = drafts.get(path);
  source.show({ go: original, cpp: null }, draft ? { state: draft } : {});
  playground.reset();
}

// route() shows what the address names. A program in the fragment wins over
// a draft, except when history brings back a page (popstate): then the
// reader's latest edits do.
let routing = 0; // the latest route(): an older one still decoding gives way

async function route(why: 'load' | 'popstate' | 'hashchange' = 'load'): Promise<void> {
  const seq = ++routing;
  const r = parseRoute(location.pathname, BASE);
  const param = codeParam(location.hash);
  let code: string | undefined;
  let problem = '';
  if (param) {
    try {
      code = await decodeCode(param);
    } catch (err) {
      problem = `This link's program could not be opened: ${err instanceof Error ? err.message : String(err)}.`;
    }
    if (seq !== routing) return;
  }
  const ex = r && findExample(r, examples);
  if (r?.by === 'new') showProgram('New program', NEW_PROGRAM_PATH, code ?? HELLO_WORLD);
  else if (r?.by === 'default' && code !== undefined) showProgram('Shared program', '', code);
  else if (ex) showExample(ex, why === 'popstate' && drafts.has(ex.slug) ? undefined : code);
  else {
    showExample(examples[0]!);
    problem ||= `No example at ${location.pathname}; showing the first one.`;
  }
  if (problem) byId('status').textContent = problem;
}

// pagePath() is the page a link to what is shown opens: the example's, or
// for a program of the reader's own the site's root (its code goes in the
// fragment).
function pagePath(view: 'app' | 'embed' = 'app'): string {
  if (shown?.kind === 'example') return examplePath(shown.ex, BASE, view);
  return view === 'embed' ? `${BASE}embed.html` : BASE;
}

// link() is what Share gives: the example's own page while its Go is the
// article's, else a page with the program in its fragment.
async function link(view: 'app' | 'embed' = 'app', query = ''): Promise<string> {
  const page = new URL(pagePath(view), location.href).href + query;
  const own = shown?.kind === 'program';
  if (!own && !source.edited) return page;
  return withCode(page, await encodeCode(source.code));
}

byId('share').addEventListener('click', () => {
  const dialog = byId<HTMLDialogElement>('share-dialog');
  const input = byId<HTMLInputElement>('share-link');
  input.value = '';
  byId('share-copied').textContent = 'Making the link…';
  const original = byId('share-original');
  original.replaceChildren();
  const ex = shown?.kind === 'example' ? shown.ex : null;
  if (ex?.playgroundUrl)
    original.append(source.edited ? "The article's program on the Go playground: " : 'On the Go playground: ', el('a', { href: ex.playgroundUrl, rel: 'noopener' }, ex.playgroundUrl));
  dialog.showModal();
  void link().then(async (url) => {
    input.value = url;
    byId('share-code-note').hidden = !url.includes('#');
    input.select();
    // The address bar holds the shared program too, so a reload keeps it.
    if (url.includes('#')) history.replaceState(null, '', url);
    const ok = await copyText(url);
    byId('share-copied').textContent = ok ? 'Link copied to the clipboard.' : 'Copy the link below.';
  });
});

byId('embed').addEventListener('click', () => {
  const box = byId<HTMLTextAreaElement>('embed-snippet');
  const title = shown?.kind === 'example' ? shown.ex.title : (shown?.title ?? 'Go program');
  void link('embed', embedQuery({})).then((src) => {
    box.value = embedSnippet(src, title);
    byId<HTMLDialogElement>('embed-dialog').showModal();
    box.select();
  });
});

byId('reset').addEventListener('click', () => source.reset());

byId('new').addEventListener('click', () => {
  leave();
  shown = null; // the page being left is saved; the new program starts fresh
  drafts.delete(NEW_PROGRAM_PATH);
  history.pushState(null, '', BASE + NEW_PROGRAM_PATH);
  showProgram('New program', NEW_PROGRAM_PATH, HELLO_WORLD);
  byId('title').focus();
});
byId('embed-copy').addEventListener('click', () => {
  void copyText(byId<HTMLTextAreaElement>('embed-snippet').value).then((ok) => {
    byId('embed-copy').textContent = ok ? 'Copied' : 'Select and copy';
  });
});

// The outcome list marks what the last run did.
playground.onRunEnd = ({ outcome }) => {
  for (const li of document.querySelectorAll<HTMLElement>('#outcomes li'))
    li.classList.toggle('seen', li.dataset['outcome'] === outcome);
};

onRunShortcut(() => byId<HTMLButtonElement>('run').click());
window.addEventListener('popstate', () => void route('popstate'));
window.addEventListener('hashchange', () => void route('hashchange'));
buildPicker();
void route();
registerServiceWorker();

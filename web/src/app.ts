// app: the full playground page (index.html and every p/<id>/, e/<slug>/ page).
import './style.css';

import { embedQuery, embedSnippet } from './links/embed-params.js';
import { byArticle, credit, examples, type ExampleData } from './examples/examples.js';
import { byId, copyText, el, onRunShortcut, registerServiceWorker, wasmRoot } from './dom.js';
import { Playground } from './playground.js';
import { examplePath, findExample, parseRoute } from './links/routes.js';
import { Runner } from './run/runner.js';
import { SourceView } from './source/source-view.js';

const BASE = import.meta.env.BASE_URL;

const runner = new Runner(wasmRoot());
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
);
const source = new SourceView(byId('editor'), { go: byId<HTMLButtonElement>('tab-go'), cpp: byId<HTMLButtonElement>('tab-cpp') });
let current: ExampleData | null = null;

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
        show(ex);
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

function show(ex: ExampleData): void {
  current = ex;
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
  source.show({ go: ex.go, cpp: ex.cpp });
  playground.setExample(ex);
}

function route(): void {
  const r = parseRoute(location.pathname, BASE);
  const ex = r && findExample(r, examples);
  if (ex) show(ex);
  else {
    show(examples[0]!);
    byId('status').textContent = `No example at ${location.pathname}; showing the first one.`;
  }
}

function link(): string {
  return new URL(examplePath(current!, BASE), location.href).href;
}

byId('share').addEventListener('click', () => {
  const dialog = byId<HTMLDialogElement>('share-dialog');
  const url = link();
  byId<HTMLInputElement>('share-link').value = url;
  byId('share-copied').textContent = '';
  const original = byId('share-original');
  original.replaceChildren();
  if (current?.playgroundUrl) original.append('On the Go playground: ', el('a', { href: current.playgroundUrl, rel: 'noopener' }, current.playgroundUrl));
  dialog.showModal();
  byId<HTMLInputElement>('share-link').select();
  void copyText(url).then((ok) => {
    byId('share-copied').textContent = ok ? 'Link copied to the clipboard.' : 'Copy the link below.';
  });
});

byId('embed').addEventListener('click', () => {
  const src = new URL(examplePath(current!, BASE, 'embed'), location.href).href + embedQuery({});
  const box = byId<HTMLTextAreaElement>('embed-snippet');
  box.value = embedSnippet(src, current!.title);
  byId<HTMLDialogElement>('embed-dialog').showModal();
  box.select();
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
window.addEventListener('popstate', route);
buildPicker();
route();
registerServiceWorker();

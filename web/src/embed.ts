// embed: the compact view for an <iframe> in someone's blog post. It never
// touches the parent page, and in a page that is not cross-origin isolated
// it runs the single-thread build. The Go is editable here too: an edit runs
// in the Go interpreter, Reset returns to the original, and "Open in goro"
// takes the edited program along (in the link's fragment).
import './style.css';

import { codeParam, decodeCode, encodeCode, withCode } from './links/code-link.js';
import { parseEmbedParams } from './links/embed-params.js';
import { examples } from './examples/examples.js';
import { byId, onRunShortcut, registerServiceWorker, wasmRoot } from './dom.js';
import { Playground, targetFor } from './playground.js';
import { examplePath, findExample, parseRoute } from './links/routes.js';
import { Runner } from './run/runner.js';
import { SourceView } from './source/source-view.js';

const BASE = import.meta.env.BASE_URL;
const params = parseEmbedParams(location.search);
const route = parseRoute(location.pathname, BASE);
const param = codeParam(location.hash);
// A program in the fragment: on an example's embed, an edit of it; on
// embed.html, a program of its own.
const code = param === null ? undefined : await decodeCode(param).catch(() => undefined);
const own = code !== undefined && route?.by === 'default';
const ex = own ? null : ((route && findExample(route, examples)) ?? examples[0]!);

const title = ex?.title ?? 'Go program';
document.title = `${title} — goro`;
byId('title').textContent = title;
const open = byId<HTMLAnchorElement>('open');
const page = ex ? examplePath(ex, BASE) : BASE;
open.href = page;

const source = new SourceView(byId('editor'), { go: byId<HTMLButtonElement>('tab-go'), cpp: byId<HTMLButtonElement>('tab-cpp') }, byId('cpp-note'));
const reset = byId<HTMLButtonElement>('reset');
reset.addEventListener('click', () => source.reset());

// "Open in goro" follows the edits; encoding is asynchronous, so it is
// brought up to date a moment after the last keystroke.
let linkTimer: ReturnType<typeof setTimeout> | undefined;
let linkSeq = 0;
function updateOpenLink(): void {
  clearTimeout(linkTimer);
  const seq = ++linkSeq;
  linkTimer = setTimeout(() => {
    if (!own && !source.edited) {
      open.href = page;
      return;
    }
    void encodeCode(source.code).then((encoded) => {
      if (seq === linkSeq) open.href = withCode(new URL(page, location.href).href, encoded);
    });
  }, 150);
}
source.onChange = () => {
  reset.hidden = !source.edited;
  updateOpenLink();
};
source.show({ go: ex ? ex.go : code!, cpp: ex ? ex.cpp : null }, own || code === undefined ? {} : { code });
source.select(params.tab);

const playground = new Playground(
  {
    run: byId<HTMLButtonElement>('run'),
    stop: byId<HTMLButtonElement>('stop'),
    output: byId('output'),
    status: byId('status'),
    outcome: byId('outcome'),
    threads: byId('threads'),
  },
  new Runner(wasmRoot()),
  { procs: params.procs, clock: params.clock, speed: params.speed, seed: params.seed },
  () => targetFor(ex, source),
);
playground.onRunStart = () => source.showErrors([]);
playground.onBuild = (errors) => source.showErrors(errors);
playground.onErrorClick = (line, col) => source.reveal(line, col);
playground.reset();
if (param !== null && code === undefined) byId('status').textContent = "This link's program could not be opened; showing the example.";
onRunShortcut(() => byId<HTMLButtonElement>('run').click());
if (params.autorun) void playground.start({ seed: params.seed, shuffle: false });
registerServiceWorker();

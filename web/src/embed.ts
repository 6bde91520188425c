// embed: the compact view for an <iframe> in someone's blog post. It never
// touches the parent page, and in a page that is not cross-origin isolated
// it runs the single-thread build.
import './style.css';

import { parseEmbedParams } from './links/embed-params.js';
import { examples } from './examples/examples.js';
import { byId, onRunShortcut, registerServiceWorker, wasmRoot } from './dom.js';
import { Playground } from './playground.js';
import { examplePath, findExample, parseRoute } from './links/routes.js';
import { Runner } from './run/runner.js';
import { SourceView } from './source/source-view.js';

const BASE = import.meta.env.BASE_URL;
const params = parseEmbedParams(location.search);
const route = parseRoute(location.pathname, BASE);
const ex = (route && findExample(route, examples)) ?? examples[0]!;

document.title = `${ex.title} — goro`;
byId('title').textContent = ex.title;
const open = byId<HTMLAnchorElement>('open');
open.href = examplePath(ex, BASE);

const source = new SourceView(byId('editor'), { go: byId<HTMLButtonElement>('tab-go'), cpp: byId<HTMLButtonElement>('tab-cpp') });
source.show({ go: ex.go, cpp: ex.cpp });
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
);
playground.setExample(ex);
onRunShortcut(() => byId<HTMLButtonElement>('run').click());
if (params.autorun) void playground.start({ seed: params.seed, shuffle: false });
registerServiceWorker();

// worker: the Web Worker that hosts the playground module. The page sends
// `load` once, then `run`s (an example's C++ port, or Go source for the
// interpreter); records go back in batches, at most one message
// per macrotask, so a chatty program does not flood the page with messages.
// A classic worker (importScripts): Emscripten 3.1.6's MODULARIZE output is a
// classic script, and its pthread workers load it the same way. So it has
// type imports only: the dev server serves it unbundled, where an import
// statement would not load. The page parses the records.
/// <reference lib="webworker" />
import type { FromWorker, RunOptions, ToWorker } from './protocol.js';

interface Playground {
  maxProcs(): number;
  run(slug: string, opts: RunOptions, onRecord: (line: string) => void): void;
  runGo(source: string, opts: RunOptions, onRecord: (line: string) => void): void;
}

interface ModuleOptions {
  locateFile(path: string): string;
  mainScriptUrlOrBlob: string;
  print(text: string): void;
  printErr(text: string): void;
}

declare const self: DedicatedWorkerGlobalScope & { createGoroPlayground?: (opts: ModuleOptions) => Promise<Playground> };

let goro: Playground | null = null;
let batch: string[] = [];
let flushing = false;

function post(msg: FromWorker): void {
  self.postMessage(msg);
}

function flush(): void {
  flushing = false;
  if (batch.length === 0) return;
  const records = batch;
  batch = [];
  post({ type: 'records', lines: records });
}

// A run's last record, as engine/wasm/playground.cpp writes it.
const LAST = /^\{"type":"(end|error)"/;
// The single-thread module runs a whole program inside run(), so no timer
// can fire until it returns: a real-clock run that sleeps must send its
// records from inside the call, at most this often.
const FLUSH_MS = 4;
let lastFlush = 0;

function onRecord(line: string): void {
  batch.push(line);
  const now = performance.now();
  if (LAST.test(line) || now - lastFlush >= FLUSH_MS) {
    lastFlush = now;
    flush();
  } else if (!flushing) {
    flushing = true;
    setTimeout(flush, 0);
  }
}

const WARM_UP: RunOptions = {
  procs: 1,
  seed: 1,
  shuffle: false,
  clock: 'virtual',
  timeLimitMs: 1000,
  outputLimit: 1 << 16,
  events: 'go',
};
const WARM_UP_GO = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("warm")\n}\n';

// warmUp() runs one small example (or, with go, a small Go program through
// the interpreter) and drops its output: the browser compiles WebAssembly
// functions lazily, on their first call, and that would otherwise land on
// the reader's first Run.
function warmUp(playground: Playground, go = false): Promise<void> {
  return new Promise((resolve) => {
    const done = (line: string) => {
      if (LAST.test(line)) resolve();
    };
    if (go) playground.runGo(WARM_UP_GO, WARM_UP, done);
    else playground.run('quick-channel-message', WARM_UP, done);
  });
}

// warming is the interpreter's warm-up, which goes on after `ready`: a run
// waits for it (the threaded module takes one run at a time).
let warming: Promise<void> = Promise.resolve();

async function load(wasmBase: string, threaded: boolean): Promise<void> {
  const started = performance.now();
  const script = `${wasmBase}goro-playground.js`;
  self.importScripts(script);
  const create = self.createGoroPlayground;
  if (!create) throw new Error(`${script} did not define createGoroPlayground`);
  goro = await create({
    locateFile: (path) => wasmBase + path,
    mainScriptUrlOrBlob: script,
    print: (text) => console.log(text),
    printErr: (text) => console.warn(text),
  });
  await warmUp(goro);
  post({ type: 'ready', threaded, maxProcs: goro.maxProcs(), loadMs: performance.now() - started });
  warming = warmUp(goro, true).catch(() => {});
}

self.onmessage = (e: MessageEvent<ToWorker>) => {
  const msg = e.data;
  if (msg.type === 'load') {
    load(msg.wasmBase, msg.threaded).catch((err: unknown) => post({ type: 'failed', message: String(err) }));
    return;
  }
  void warming.then(() => run(msg));
};

function run(msg: Extract<ToWorker, { type: 'run' }>): void {
  if (!goro) {
    post({ type: 'failed', message: 'the runtime is not loaded yet' });
    return;
  }
  const program = msg.program;
  try {
    if (program.kind === 'go') goro.runGo(program.source, msg.options, onRecord);
    else goro.run(program.slug, msg.options, onRecord);
  } catch (err) {
    // Under Asyncify a fiber switch unwinds the JavaScript call into the
    // module; Emscripten signals that with an exception that is not an error.
    if (err !== 'unwind' && !(err instanceof Error && err.message === 'unwind')) {
      flush();
      post({ type: 'failed', message: String(err) });
    }
  }
}

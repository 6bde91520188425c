// The messages between the page and the Web Worker that runs the playground
// module (worker.ts). The module never runs on the page's thread: a run can
// spin or sleep for real, and Stop simply terminates the worker.
export type Clock = 'virtual' | 'real';

export interface RunOptions {
  procs: number;
  seed: number;
  shuffle: boolean;
  clock: Clock;
  timeLimitMs: number;
  outputLimit: number;
  // events: which runtime events the run delivers: every one (true), none
  // (false), or only goroutine creations ('go'), all the output pane uses
  // (a program that starts 100k goroutines sends 100k records, not 400k+).
  events: boolean | 'go';
}

// Program is what a run runs: an article example's C++ port (the reference,
// exactly what Go prints at procs 1), or Go source, built and run by the Go
// interpreter (engine/lang); its run starts with a `build` record.
export type Program = { kind: 'example'; slug: string } | { kind: 'go'; source: string };

export type ToWorker =
  // load: fetch and start the module from wasmBase (a URL ending in '/').
  | { type: 'load'; wasmBase: string; threaded: boolean }
  | { type: 'run'; program: Program; options: RunOptions };

export type FromWorker =
  | { type: 'ready'; threaded: boolean; maxProcs: number; loadMs: number }
  // records: every record (a JSON line) since the last message, in order;
  // the run's last message holds its `end` record.
  | { type: 'records'; lines: string[] }
  | { type: 'failed'; message: string };

// runner: the page's side of the worker (worker.ts). It picks the build
// (threaded when the page is cross-origin isolated, so SharedArrayBuffer
// exists; single-thread otherwise), and Stop terminates the worker and
// starts a fresh one, so a run that never ends cannot freeze anything.
import type { FromWorker, Program, RunOptions, ToWorker } from './protocol.js';
import { parseRecord, type RunRecord } from './records.js';

export interface Ready {
  threaded: boolean;
  maxProcs: number; // what the module can run
  procs: number; // what this machine has to offer: min(maxProcs, hardwareConcurrency)
  loadMs: number;
}

export function canUseThreads(): boolean {
  return self.crossOriginIsolated === true && typeof SharedArrayBuffer !== 'undefined';
}

export class Runner {
  private worker: Worker | null = null;
  private readyPromise: Promise<Ready> | null = null;
  private onRecords: ((records: RunRecord[]) => void) | null = null;
  private threaded: boolean;

  constructor(private readonly wasmRoot: string) {
    this.threaded = canUseThreads();
  }

  // ready() starts the worker if needed and resolves once the module is loaded.
  ready(): Promise<Ready> {
    if (!this.readyPromise) this.readyPromise = this.start();
    return this.readyPromise;
  }

  private start(): Promise<Ready> {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { name: 'goro' });
    this.worker = worker;
    const threaded = this.threaded;
    return new Promise<Ready>((resolve, reject) => {
      worker.onmessage = (e: MessageEvent<FromWorker>) => {
        const msg = e.data;
        if (msg.type === 'ready') {
          const cores = navigator.hardwareConcurrency || 1;
          resolve({ threaded: msg.threaded, maxProcs: msg.maxProcs, procs: Math.max(1, Math.min(msg.maxProcs, cores)), loadMs: msg.loadMs });
        } else if (msg.type === 'records') {
          this.onRecords?.(msg.lines.map(parseRecord));
        } else if (msg.type === 'failed') {
          if (!this.onRecords) {
            reject(new Error(msg.message));
            return;
          }
          // A run that threw out of the module (say, JavaScript's stack
          // overflowed) may have left it broken: the next run gets a fresh one.
          this.onRecords([{ type: 'error', message: msg.message }]);
          this.stop();
        }
      };
      worker.onerror = (e) => {
        e.preventDefault();
        if (!this.onRecords) {
          reject(new Error(e.message || 'the runtime worker failed to start'));
          return;
        }
        // A thread of the threaded module died (its error reaches us only as
        // "Uncaught [object ErrorEvent]"): the module cannot finish this run
        // or take another, so the next run gets a fresh one.
        const message = !e.message || /\[object \w*Event\]/.test(e.message) ? 'the runtime crashed (the browser console has the details)' : e.message;
        this.onRecords([{ type: 'error', message }]);
        this.stop();
      };
      const msg: ToWorker = { type: 'load', wasmBase: `${this.wasmRoot}${threaded ? 'mt' : 'st'}/`, threaded };
      worker.postMessage(msg);
    }).catch((err: unknown) => {
      // A threaded module that cannot start falls back to the single-thread one.
      if (!threaded) throw err;
      this.teardown();
      this.threaded = false;
      return this.start();
    });
  }

  // run() runs a program; onRecords gets its records as they arrive, the
  // last batch ending with the `end` (or an `error`) record.
  async run(program: Program, options: RunOptions, onRecords: (records: RunRecord[]) => void): Promise<void> {
    await this.ready();
    this.onRecords = onRecords;
    const msg: ToWorker = { type: 'run', program, options };
    this.worker!.postMessage(msg);
  }

  // stop() ends whatever runs now and prepares a fresh module for the next run.
  stop(): void {
    this.teardown();
    void this.ready().catch(() => {});
  }

  private teardown(): void {
    this.worker?.terminate();
    this.worker = null;
    this.readyPromise = null;
    this.onRecords = null;
  }
}

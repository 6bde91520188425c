// playground: the Run/Stop controls and the output of the program on the
// page. Both the full page (app.ts) and the iframe view (embed.ts) are built
// on it; the page says what Run runs (a Target).
//
// Invariants: at most one run is in flight (`run` is its token; records from
// an older run are dropped); the model only ever holds records the view has
// been asked to show, so what is on screen is exactly a prefix of the run.
import type { ExampleData } from './examples/examples.js';
import { classify } from './examples/outcome.js';
import { OutputModel } from './output/output-model.js';
import { OutputView } from './output/output-view.js';
import type { Clock, Program, RunOptions } from './run/protocol.js';
import type { RunRecord, SourceError } from './run/records.js';
import { Replay, type Speed } from './output/replay.js';
import type { Ready, Runner } from './run/runner.js';

export interface Controls {
  run: HTMLButtonElement;
  stop: HTMLButtonElement;
  another?: HTMLButtonElement | null;
  procs?: HTMLSelectElement | null;
  clock?: HTMLSelectElement | null;
  speed?: HTMLSelectElement | null;
  times?: HTMLInputElement | null;
  output: HTMLElement;
  status: HTMLElement;
  outcome?: HTMLElement | null; // names the outcome each run had (example.json)
  threads?: HTMLElement | null;
}

export interface Settings {
  procs: number;
  clock: Clock;
  speed: Speed;
  seed: number;
}

// Target is what Run runs: an example's C++ port while its Go is the
// article's, Go source through the interpreter otherwise.
export interface Target {
  program: Program;
  example: ExampleData | null; // names the run's outcome (example.json): only for the unedited example
}

// targetFor() is what Run runs for an example (null: a program of the
// reader's own) whose Go the editor holds.
export function targetFor(example: ExampleData | null, editor: { edited: boolean; code: string }): Target {
  if (example && !editor.edited) return { program: { kind: 'example', slug: example.slug }, example };
  return { program: { kind: 'go', source: editor.code }, example: null };
}

const TIME_LIMIT_MS = 10_000;
const OUTPUT_LIMIT = 1 << 20;

export class Playground {
  private example: ExampleData | null = null; // the running (or last run) target's
  private model = new OutputModel();
  private readonly view: OutputView;
  private replay: Replay<RunRecord> | null = null;
  private run: object | null = null;
  private startedAt = 0;
  private firstOutputMs: number | null = null;
  private arrived = 0; // ns: the run's clock as far as records have arrived (the end record has no time of its own)
  private ended = false; // the end record has arrived (it may not be shown yet)
  private tick: ReturnType<typeof setInterval> | undefined;
  private stdout = '';
  private stderr = '';
  onRunEnd: ((info: { status: number | null; outcome: string | null; firstOutputMs: number | null; endMs: number }) => void) | null = null;
  // onRunStart: a run starts (before any of its records).
  onRunStart: ((target: Target) => void) | null = null;
  // onBuild: the interpreter built the program; errors is empty when it compiled.
  onBuild: ((errors: SourceError[]) => void) | null = null;

  constructor(
    private readonly c: Controls,
    private readonly runner: Runner,
    private readonly settings: Settings,
    private readonly target: () => Target | null,
  ) {
    this.view = new OutputView(c.output, () => this.model);
    c.run.addEventListener('click', () => void this.start({ seed: this.settings.seed, shuffle: false }));
    c.stop.addEventListener('click', () => this.stop());
    c.another?.addEventListener('click', () => void this.start({ seed: 1 + Math.floor(Math.random() * 2 ** 31), shuffle: true }));
    c.speed?.addEventListener('change', () => {
      this.settings.speed = c.speed!.value as Speed;
      this.replay?.setSpeed(this.settings.speed);
    });
    c.clock?.addEventListener('change', () => (this.settings.clock = c.clock!.value as Clock));
    c.procs?.addEventListener('change', () => (this.settings.procs = Number(c.procs!.value)));
    c.times?.addEventListener('change', () => c.output.classList.toggle('show-times', c.times!.checked));
    if (c.clock) c.clock.value = settings.clock;
    if (c.speed) c.speed.value = settings.speed;
    this.setRunning(false);
    void runner.ready().then(
      (r) => this.onReady(r),
      (err: unknown) => this.setStatus(`The runtime could not start: ${String(err)}`),
    );
  }

  private onReady(r: Ready): void {
    if (this.c.threads) {
      this.c.threads.textContent = r.threaded ? `${r.procs} threads` : '1 thread';
      this.c.threads.title = r.threaded
        ? 'Cross-origin isolated: the threaded WebAssembly build runs goroutines on up to this many threads'
        : 'Not cross-origin isolated: the single-thread WebAssembly build runs every goroutine on one thread';
    }
    const select = this.c.procs;
    if (select) {
      select.replaceChildren(
        ...Array.from({ length: r.procs }, (_, i) => new Option(`procs ${i + 1}`, String(i + 1))),
      );
      this.settings.procs = Math.min(this.settings.procs, r.procs);
      select.value = String(this.settings.procs);
      select.disabled = r.procs === 1;
    } else {
      this.settings.procs = Math.min(this.settings.procs, r.procs);
    }
  }

  // onErrorClick: a compile error in the output was clicked.
  set onErrorClick(fn: ((line: number, col: number) => void) | null) {
    this.view.onErrorClick = fn;
  }

  // reset() stops any run and empties the output: the page shows another program.
  reset(): void {
    this.stop(false);
    this.example = null;
    this.model = new OutputModel();
    this.view.clear('Press Run (Ctrl+Enter) to run the program.');
    this.setStatus('');
    this.setOutcome(null);
  }

  get running(): boolean {
    return this.run !== null;
  }

  async start(schedule: { seed: number; shuffle: boolean }): Promise<void> {
    const target = this.target();
    if (!target) return;
    if (this.run) this.stop(false);
    this.example = target.example;
    this.onRunStart?.(target);
    const token = {};
    this.run = token;
    this.model = new OutputModel();
    this.stdout = this.stderr = '';
    this.view.clear();
    this.setOutcome(null);
    this.setRunning(true);
    const options: RunOptions = {
      procs: this.settings.procs,
      seed: schedule.seed,
      shuffle: schedule.shuffle,
      clock: this.settings.clock,
      timeLimitMs: TIME_LIMIT_MS,
      outputLimit: OUTPUT_LIMIT,
      events: 'go',
    };
    const engine = target.program.kind === 'go' ? 'Go interpreter' : 'C++ port';
    const what = `procs ${options.procs} · seed ${options.seed}${options.shuffle ? ' · shuffled' : ''} · ${options.clock} clock · ${engine}`;
    this.setStatus(`Running… (${what})`);
    this.firstOutputMs = null;
    const virtual = options.clock === 'virtual';
    this.replay = virtual
      ? new Replay<RunRecord>(this.settings.speed, (rec) => this.display(rec, token, what), (t) => this.progress(t, what))
      : null;
    this.startedAt = performance.now();
    if (this.replay) this.tick = setInterval(() => this.progress(Math.min(this.replay?.clock() ?? 0, this.arrived), what), 100);
    this.arrived = 0;
    this.ended = false;
    await this.runner.run(target.program, options, (records) => {
      if (this.run !== token) return;
      for (const rec of records) {
        if ('t' in rec) this.arrived = Math.max(this.arrived, rec.t);
        if (rec.type === 'end') this.ended = true;
        if (rec.type === 'build') this.onBuild?.(rec.errors);
        if (rec.type !== 'output' && rec.type !== 'go' && rec.type !== 'build' && rec.type !== 'end' && rec.type !== 'error') continue;
        if (this.replay) this.replay.push(this.arrived, rec);
        else this.display(rec, token, what);
      }
    });
  }

  private display(rec: RunRecord, token: object, what: string): void {
    if (this.run !== token) return;
    if (rec.type === 'output') {
      if (this.firstOutputMs === null) this.firstOutputMs = performance.now() - this.startedAt;
      if (rec.stream === 'stdout') this.stdout += rec.data;
      else this.stderr += rec.data;
    }
    this.view.show(this.model.apply(rec));
    if (rec.type === 'end' || rec.type === 'error') {
      this.view.end(this.model.status, this.model.error, this.model.buildFailed);
      this.finish(what);
    }
  }

  // progress() shows how far the replay is; once the run has ended (it
  // usually has: the virtual clock makes it instant) also how far it goes.
  private progress(t: number, what: string): void {
    if (!this.run) return;
    const total = this.ended ? ` of ${(this.arrived / 1e9).toFixed(1)}s` : '';
    this.setStatus(`${this.ended ? 'Replaying' : 'Running'}… ${(t / 1e9).toFixed(1)}s${total} virtual time (${what})`);
  }

  private finish(what: string): void {
    const endMs = performance.now() - this.startedAt;
    clearInterval(this.tick);
    this.run = null;
    this.replay = null;
    this.setRunning(false);
    const t = this.model.lastTime;
    const failed = this.model.entries.find((e) => e.kind === 'build');
    if (failed) this.setStatus(`Go build failed: ${failed.lines.includes('too many errors') ? 'more than 10 errors' : failed.errors.length === 1 ? '1 error' : `${failed.errors.length} errors`}.`);
    else if (this.model.error !== null && this.model.status === null) this.setStatus(`${what} · the run failed`);
    else this.setStatus(`${what} · ${(t / 1e9).toFixed(1)}s ${this.settings.clock === 'virtual' ? 'virtual' : 'real'} time`);
    const status = this.model.status;
    const outcome = status === null || !this.example ? null : classify(this.example, { exit: status, stdout: this.stdout, stderr: this.stderr });
    if (status !== null) this.setOutcome(outcome);
    this.onRunEnd?.({ status, outcome, firstOutputMs: this.firstOutputMs, endMs });
  }

  // stop() ends the run now: the worker is terminated and a fresh one loads.
  stop(say = true): void {
    if (!this.run) return;
    clearInterval(this.tick);
    this.run = null;
    this.replay?.stop();
    this.replay = null;
    this.runner.stop();
    if (say) this.view.note('Program stopped.');
    this.setRunning(false);
    this.setStatus('Stopped.');
  }

  private setRunning(running: boolean): void {
    this.c.stop.disabled = !running;
    this.c.output.setAttribute('aria-busy', String(running));
  }

  // setOutcome() says which of the example's possible outcomes this run was.
  private setOutcome(name: string | null): void {
    const box = this.c.outcome;
    if (!box) return;
    box.replaceChildren();
    const ex = this.example;
    if (!ex || this.run) return;
    if (name === null) {
      if (this.model.status !== null)
        box.append('This run matches none of the outcomes this example lists; please report it.');
      return;
    }
    const strong = document.createElement('strong');
    strong.textContent = name;
    const n = ex.outcomes.length;
    const another = this.c.another ? '; try Run with another schedule' : '';
    box.append('Outcome: ', strong, n > 1 ? ` — one of ${n} this program can have${another}.` : ' — the only one this program can have.');
  }

  private setStatus(text: string): void {
    this.c.status.textContent = text;
  }
}

// replay: plays a virtual-clock run back with its recorded delays, as the Go
// playground does. The run itself finished at once (the virtual clock jumps
// over sleeps); the reader still sees `time.Sleep(2 * time.Second)` take two
// seconds, or a quarter of that at 4x, or nothing at "instant".
//
// Invariants: items come out in the order they went in; an item at virtual
// time t is never shown before t / speed has passed since the replay started
// (t = 0 is the start of the run), and is shown as soon as that is true and
// everything before it is shown.

export type Speed = 'instant' | '1x' | '4x';

export const SPEEDS: readonly Speed[] = ['instant', '1x', '4x'];

export function speedFactor(speed: Speed): number {
  return speed === 'instant' ? Infinity : speed === '4x' ? 4 : 1;
}

// dueMs() is when an item at virtual time `t` ns is due, in ms after start.
export function dueMs(t: number, speed: Speed): number {
  const f = speedFactor(speed);
  return f === Infinity ? 0 : t / 1e6 / f;
}

export interface Timers {
  now(): number; // ms
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const browserTimers: Timers = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>),
};

export class Replay<T> {
  private readonly queue: { t: number; item: T }[] = [];
  private start: number | null = null;
  private timer: unknown = null;
  private stopped = false;

  // show receives each item when it is due; progress gets the virtual time
  // (ns) reached so far.
  constructor(
    private speed: Speed,
    private readonly show: (item: T) => void,
    private readonly progress: (t: number) => void = () => {},
    private readonly timers: Timers = browserTimers,
  ) {}

  push(t: number, item: T): void {
    if (this.stopped) return;
    if (this.start === null) this.start = this.timers.now();
    this.queue.push({ t, item });
    this.pump();
  }

  // setSpeed() changes the pace from now on, keeping what is already shown.
  setSpeed(speed: Speed): void {
    if (speed === this.speed) return;
    const head = this.queue[0];
    this.speed = speed;
    if (head && this.start !== null) this.start = this.timers.now() - dueMs(head.t, speed);
    this.pump();
  }

  // finish() shows everything still queued at once.
  finish(): void {
    this.setSpeed('instant');
  }

  stop(): void {
    this.stopped = true;
    this.queue.length = 0;
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
  }

  // clock() is the virtual time (ns) the replay has reached by now.
  clock(): number {
    if (this.start === null) return 0;
    const f = speedFactor(this.speed);
    const head = this.queue[0];
    if (f === Infinity) return head ? head.t : Infinity;
    return (this.timers.now() - this.start) * 1e6 * f;
  }

  get pending(): number {
    return this.queue.length;
  }

  private pump(): void {
    if (this.timer !== null) {
      this.timers.clearTimeout(this.timer);
      this.timer = null;
    }
    const start = this.start ?? this.timers.now();
    while (this.queue.length > 0 && !this.stopped) {
      const head = this.queue[0]!;
      const wait = start + dueMs(head.t, this.speed) - this.timers.now();
      if (wait > 0) {
        this.timer = this.timers.setTimeout(() => {
          this.timer = null;
          this.pump();
        }, wait);
        return;
      }
      this.queue.shift();
      this.progress(head.t);
      this.show(head.item);
    }
  }
}

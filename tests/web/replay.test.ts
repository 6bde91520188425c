// Virtual-time replay: items come out in order, each when its virtual time
// (scaled by the speed) has passed. A fake clock drives it.
import { expect, test } from 'vitest';

import { dueMs, Replay, type Timers } from '../../web/src/output/replay.js';

// FakeTimers is a clock the test moves by hand.
class FakeTimers implements Timers {
  time = 0;
  private pending = new Map<number, { at: number; fn: () => void }>();
  private next = 1;
  now = () => this.time;
  setTimeout = (fn: () => void, ms: number) => {
    const id = this.next++;
    this.pending.set(id, { at: this.time + ms, fn });
    return id;
  };
  clearTimeout = (h: unknown) => {
    this.pending.delete(h as number);
  };
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const due = [...this.pending.entries()].filter(([, p]) => p.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.pending.delete(due[0]);
      this.time = due[1].at;
      due[1].fn();
    }
    this.time = end;
  }
}

const S = 1e9; // ns

function setup(speed: 'instant' | '1x' | '4x') {
  const timers = new FakeTimers();
  const shown: string[] = [];
  const progress: number[] = [];
  const replay = new Replay<string>(speed, (s) => shown.push(s), (t) => progress.push(t), timers);
  return { timers, shown, progress, replay };
}

test('due times scale with the speed', () => {
  expect(dueMs(2 * S, '1x')).toBe(2000);
  expect(dueMs(2 * S, '4x')).toBe(500);
  expect(dueMs(2 * S, 'instant')).toBe(0);
});

test('at 1x each item waits for its virtual time', () => {
  const { timers, shown, progress, replay } = setup('1x');
  replay.push(0, 'start');
  replay.push(2 * S, 'after 2s');
  replay.push(2 * S, 'same instant');
  replay.push(7 * S, 'end');
  expect(shown).toEqual(['start']);
  timers.advance(1999);
  expect(shown).toEqual(['start']);
  timers.advance(1);
  expect(shown).toEqual(['start', 'after 2s', 'same instant']);
  timers.advance(5000);
  expect(shown).toEqual(['start', 'after 2s', 'same instant', 'end']);
  expect(progress).toEqual([0, 2 * S, 2 * S, 7 * S]);
  expect(replay.pending).toBe(0);
});

test('at 4x the same run takes a quarter of the time', () => {
  const { timers, shown, replay } = setup('4x');
  for (const t of [0, 2, 7]) replay.push(t * S, `t${t}`);
  timers.advance(500);
  expect(shown).toEqual(['t0', 't2']);
  timers.advance(1250);
  expect(shown).toEqual(['t0', 't2', 't7']);
});

test('instant shows everything as it arrives', () => {
  const { shown, replay } = setup('instant');
  replay.push(0, 'a');
  replay.push(60 * S, 'b');
  expect(shown).toEqual(['a', 'b']);
});

test('items that arrive late are shown at once, in order', () => {
  const { timers, shown, replay } = setup('1x');
  replay.push(0, 'a');
  timers.advance(5000);
  replay.push(1 * S, 'b');
  expect(shown).toEqual(['a', 'b']);
});

test('changing the speed keeps the order and paces the rest from now', () => {
  const { timers, shown, replay } = setup('1x');
  for (const t of [0, 4, 8]) replay.push(t * S, `t${t}`);
  timers.advance(1000);
  replay.setSpeed('4x'); // t4 is due now; t8 a second later
  expect(shown).toEqual(['t0', 't4']);
  timers.advance(999);
  expect(shown).toEqual(['t0', 't4']);
  timers.advance(1);
  expect(shown).toEqual(['t0', 't4', 't8']);
});

test('finish shows the rest; stop drops it', () => {
  const a = setup('1x');
  a.replay.push(0, 'x');
  a.replay.push(9 * S, 'y');
  a.replay.finish();
  expect(a.shown).toEqual(['x', 'y']);
  const b = setup('1x');
  b.replay.push(0, 'x');
  b.replay.push(9 * S, 'y');
  b.replay.stop();
  b.timers.advance(10_000);
  b.replay.push(10 * S, 'z');
  expect(b.shown).toEqual(['x']);
});

test('the replay clock runs at the speed, and jumps to the next item when instant', () => {
  const { timers, replay } = setup('4x');
  expect(replay.clock()).toBe(0);
  replay.push(0, 'a');
  replay.push(8 * S, 'b');
  timers.advance(1000);
  expect(replay.clock()).toBe(4 * S);
  const i = setup('instant');
  i.replay.push(3 * S, 'x');
  expect(i.replay.clock()).toBe(Infinity);
});

// The output model: a run's records, as the runtime delivers them, folded
// into the lines and reports the output pane shows.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, test } from 'vitest';

import { exitLine, formatTime, OutputModel, type Entry, type LineEntry } from '../../web/src/output/output-model.js';
import { parseRecord, type RunRecord } from '../../web/src/run/records.js';
import { GORO } from '../examples/examples.js';

let seq = 0;
const out = (g: number, data: string, t = 0, stream: 'stdout' | 'stderr' = 'stdout'): RunRecord => ({ type: 'output', seq: ++seq, t, g, stream, data });

function fold(records: RunRecord[]): OutputModel {
  const m = new OutputModel();
  for (const r of records) m.apply(r);
  return m;
}

const lines = (m: OutputModel) => m.entries.filter((e): e is LineEntry => e.kind === 'line').map((e) => `g${e.g}${e.stream === 'stderr' ? '!' : ''} ${e.text}`);

// traceOf() runs an example's C++ port and reads its JSON Lines trace: the
// same records the playground module delivers.
function traceOf(args: string[]): RunRecord[] {
  const file = join(mkdtempSync(join(tmpdir(), 'goro-trace-')), 'trace.jsonl');
  const r = spawnSync(GORO, ['example', ...args, '--trace-json', file], { encoding: 'utf8' });
  if (r.error) throw r.error;
  return [...readFileSync(file, 'utf8').trim().split('\n').map(parseRecord), { type: 'end', status: r.status ?? -1 }];
}

describe('lines', () => {
  test('each newline ends a line; lines keep the goroutine that wrote them', () => {
    const m = fold([out(1, 'Starting...\n'), out(2, 'a\nb\n', 5), out(1, 'done\n', 9)]);
    expect(lines(m)).toEqual(['g1 Starting...', 'g2 a', 'g2 b', 'g1 done']);
    expect((m.entries[3] as LineEntry).t).toBe(9);
  });

  test('a line built from several writes stays one line; another goroutine joining it is recorded', () => {
    const m = fold([out(1, 'x = '), out(1, '42'), out(3, '!'), out(1, '\n')]);
    expect(lines(m)).toEqual(['g1 x = 42!']);
    expect((m.entries[0] as LineEntry).writers).toEqual([1, 3]);
  });

  test('stdout and stderr are separate streams, interleaved in the order written', () => {
    const m = fold([out(1, 'out '), out(2, 'err\n', 0, 'stderr'), out(1, 'more\n')]);
    expect(lines(m)).toEqual(['g1 out more', 'g2! err']);
  });

  test('the entries a record changes are returned, so the view redraws only those', () => {
    const m = new OutputModel();
    const first = m.apply(out(1, 'a'));
    expect(first).toHaveLength(1);
    const again = m.apply(out(1, 'b\nc\n'));
    expect(again.map((e: Entry) => (e as LineEntry).text)).toEqual(['ab', 'c']);
    expect(again[0]).toBe(first[0]);
  });

  test('the end closes an unfinished line and records the status', () => {
    const m = fold([out(1, 'no newline'), { type: 'end', status: 0 }]);
    expect(m.status).toBe(0);
    expect((m.entries[0] as LineEntry).open).toBe(false);
  });

  test('output is kept as text, markup and all', () => {
    const m = fold([out(1, '<img src=x onerror=alert(1)>\n')]);
    expect(lines(m)).toEqual(['g1 <img src=x onerror=alert(1)>']);
  });
});

describe('reports', () => {
  test('the runtime\'s deadlock report becomes a report entry after the program\'s lines', () => {
    const records = traceOf(['KCuD3QN2BfK']);
    const m = fold(records);
    expect(lines(m)).toHaveLength(10);
    expect(lines(m)[0]).toBe('g1 Starting...');
    const report = m.entries.at(-1)!;
    expect(report.kind).toBe('report');
    if (report.kind !== 'report') return;
    expect(report.report.kind).toBe('deadlock');
    expect(report.report.headline).toEqual(['fatal error: all goroutines are asleep - deadlock!']);
    expect(report.report.goroutines).toEqual([{ id: 1, header: 'goroutine 1 [chan receive]:', reason: 'chan receive', frames: ['main.main()', '\tmain.go:16'] }]);
    expect(m.status).toBe(2);
    expect(m.goroutines.get(2)).toMatchObject({ label: 'main.worker', parent: 1, site: 'main.go:13' });
    expect(m.lastTime).toBe(7e9);
  });

  test('a panic report names the goroutine that panicked and where it was created', () => {
    // Seeds that make parallel-close-in-every-worker panic (goro explore finds them).
    for (let seed = 1; seed < 200; seed++) {
      const m = fold(traceOf(['HOCBbJAhJiF', '--seed', String(seed), '--shuffle']));
      const report = m.entries.find((e) => e.kind === 'report');
      if (!report || report.kind !== 'report') continue;
      expect(report.report.kind).toBe('panic');
      expect(report.report.headline[0]).toMatch(/^panic: (send on|close of) closed channel$/);
      const g = report.report.goroutines[0]!;
      expect(g.reason).toBe('running');
      expect(g.frames).toContain('created by main.main');
      expect(m.status).toBe(2);
      return;
    }
    throw new Error('no seed below 200 made parallel-close-in-every-worker panic');
  });

  test('a report starts on a fresh line', () => {
    const m = fold([out(1, 'half'), { type: 'output', seq: 9, t: 0, g: 0, stream: 'stderr', data: 'panic: boom\n\ngoroutine 1 [running]:\nmain.main()\n\tmain.go:5\nexit status 2\n' }]);
    expect(m.entries.map((e) => e.kind)).toEqual(['line', 'report']);
    const r = m.entries[1]!;
    if (r.kind !== 'report') throw new Error('not a report');
    expect(r.report.headline).toEqual(['panic: boom']);
    expect(r.report.trailer).toEqual(['exit status 2']);
  });

  test('other runtime text is a note', () => {
    const m = fold([{ type: 'output', seq: 1, t: 0, g: 0, stream: 'stderr', data: 'timeout running program\n' }]);
    expect(m.entries).toEqual([{ kind: 'note', text: 'timeout running program', t: 0 }]);
  });
});

describe('compile errors (the interpreter\'s build record)', () => {
  const errors = [
    { line: 8, col: 2, message: 'declared and not used: x' },
    { line: 9, col: 5, message: 'undefined: y' },
  ];
  const text = './prog.go:8:2: declared and not used: x\n./prog.go:9:5: undefined: y\n';

  test('a failed build is one entry with `go run`\'s lines, and the run says the build failed', () => {
    const m = fold([{ type: 'build', errors, text }, { type: 'end', status: 2 }]);
    expect(m.entries).toEqual([{ kind: 'build', errors, lines: ['./prog.go:8:2: declared and not used: x', './prog.go:9:5: undefined: y'], t: 0 }]);
    expect(m.buildFailed).toBe(true);
    expect(m.status).toBe(2);
    expect(exitLine(m.status!, m.buildFailed)).toBe('Go build failed.');
  });

  test('"too many errors" stays a line of its own', () => {
    const many = Array.from({ length: 10 }, (_, i) => ({ line: i + 1, col: 1, message: `undefined: v${i}` }));
    const t = many.map((e) => `./prog.go:${e.line}:1: ${e.message}\n`).join('') + 'too many errors\n';
    const m = fold([{ type: 'build', errors: many, text: t }]);
    const entry = m.entries[0]!;
    if (entry.kind !== 'build') throw new Error('not a build entry');
    expect(entry.lines).toHaveLength(11);
    expect(entry.lines.at(-1)).toBe('too many errors');
  });

  test('without text, the lines are made from the errors', () => {
    const m = fold([{ type: 'build', errors, text: '' }]);
    const entry = m.entries[0]!;
    expect(entry.kind === 'build' && entry.lines).toEqual(['./prog.go:8:2: declared and not used: x', './prog.go:9:5: undefined: y']);
  });

  test('a build that succeeded adds nothing; the program\'s output follows as usual', () => {
    const m = fold([{ type: 'build', errors: [], text: '' }, out(1, 'hello\n'), { type: 'end', status: 0 }]);
    expect(m.buildFailed).toBe(false);
    expect(lines(m)).toEqual(['g1 hello']);
    expect(exitLine(m.status!, m.buildFailed)).toBe('Program exited.');
  });

  test('the build record reads from its JSON line', () => {
    const rec = parseRecord(JSON.stringify({ type: 'build', errors, text }));
    expect(rec).toEqual({ type: 'build', errors, text });
  });
});

test('the last line reads as on the Go playground', () => {
  expect(exitLine(0)).toBe('Program exited.');
  expect(exitLine(2)).toBe('Program exited: status 2.');
  expect(exitLine(2, true)).toBe('Go build failed.');
});

test('times read as durations since the start', () => {
  expect(formatTime(0)).toBe('+0s');
  expect(formatTime(1.5e9)).toBe('+1.5s');
  expect(formatTime(250e6)).toBe('+250ms');
  expect(formatTime(12_000)).toBe('+12µs');
});

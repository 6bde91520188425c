// The outcome matcher the example tests rely on.
import { describe as suite, expect, test } from 'vitest';

import { type Example, classify, matchLines, observe } from './outcome.js';

suite('matchLines', () => {
  test('exact lines', () => {
    expect(matchLines(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(matchLines(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(matchLines(['a'], ['a', 'a'])).toBe(false);
    expect(matchLines([], [])).toBe(true);
  });
  test('any_order takes each line once', () => {
    const p = ['start', { any_order: ['x', 'y', 'y'] }, 'end'];
    expect(matchLines(p, ['start', 'y', 'x', 'y', 'end'])).toBe(true);
    expect(matchLines(p, ['start', 'y', 'x', 'x', 'end'])).toBe(false);
    expect(matchLines(p, ['start', 'y', 'x', 'end'])).toBe(false);
  });
  test('some_of between min and max lines', () => {
    const p = [{ some_of: ['a', 'b', 'c'], min: 1, max: 2 }, 'done'];
    expect(matchLines(p, ['c', 'done'])).toBe(true);
    expect(matchLines(p, ['c', 'a', 'done'])).toBe(true);
    expect(matchLines(p, ['done'])).toBe(false);
    expect(matchLines(p, ['a', 'b', 'c', 'done'])).toBe(false);
    expect(matchLines(p, ['a', 'a', 'done'])).toBe(false);
  });
  test('interleave keeps each sequence in order', () => {
    const p = ['go', { interleave: [['a1', 'a2'], ['b1', 'b2']] }, 'end'];
    expect(matchLines(p, ['go', 'a1', 'b1', 'a2', 'b2', 'end'])).toBe(true);
    expect(matchLines(p, ['go', 'b1', 'b2', 'a1', 'a2', 'end'])).toBe(true);
    expect(matchLines(p, ['go', 'a2', 'a1', 'b1', 'b2', 'end'])).toBe(false);
    expect(matchLines(p, ['go', 'a1', 'b1', 'b2', 'end'])).toBe(false);
    const cut = [{ interleave: [['a1', 'a2'], ['b1', 'b2']], prefix: true }];
    expect(matchLines(cut, ['a1', 'b1', 'b2'])).toBe(true);
    expect(matchLines(cut, [])).toBe(true);
    expect(matchLines(cut, ['b2'])).toBe(false);
  });
  test('repeat and regex', () => {
    expect(matchLines([{ repeat: 'tick', min: 2, max: 3 }, 'boom'], ['tick', 'tick', 'boom'])).toBe(true);
    expect(matchLines([{ repeat: 'tick', min: 2, max: 3 }, 'boom'], ['tick', 'boom'])).toBe(false);
    expect(matchLines([{ repeat: 'tick', max: 2 }], ['tick', 'tick', 'tick'])).toBe(false);
    expect(matchLines([{ regex: '^took \\d+s$' }], ['took 3s'])).toBe(true);
    expect(matchLines([{ regex: '^took \\d+s$' }], ['took three'])).toBe(false);
  });
});

suite('observe', () => {
  test("reduces Go's deadlock report to states and main.go lines", () => {
    const stderr = [
      '2009/11/10 23:00:00 started',
      'fatal error: all goroutines are asleep - deadlock!',
      '',
      'goroutine 1 [semacquire]:',
      'sync.runtime_Semacquire(0xc000012098?)',
      '\t/usr/lib/go-1.19/src/runtime/sema.go:62 +0x25',
      'sync.(*WaitGroup).Wait(0x0?)',
      '\t/usr/lib/go-1.19/src/sync/waitgroup.go:139 +0x52',
      'main.main()',
      '\t/tmp/goro-go-x/main.go:23 +0x9b',
      '',
      'goroutine 18 [chan send, 3 minutes]:',
      'main.worker(0x1)',
      '\t/tmp/goro-go-x/main.go:12 +0x3c',
      'created by main.main',
      '\t/tmp/goro-go-x/main.go:20 +0x5d',
      '',
    ].join('\n');
    const got = observe({ exit: 2, stdout: 'hi\n', stderr });
    expect(got.report).toBe('fatal error: all goroutines are asleep - deadlock!');
    expect(got.stderr).toEqual(['2009/11/10 23:00:00 started']);
    expect(got.goroutines).toEqual(['chan send main.go:12', 'semacquire main.go:23']);
  });
  test("reads goro's report the same way", () => {
    const stderr = 'panic: close of closed channel\n\ngoroutine 3 [running]:\nmain.worker(...)\n\tmain.go:14\ncreated by main.main\n\tmain.go:30\n';
    expect(observe({ exit: 2, stdout: '', stderr }).goroutines).toEqual(['running main.go:14']);
  });
});

suite('classify', () => {
  const ex: Example = {
    slug: 's', title: 't', article: '000', playground: null, playground_url: null, teaches: 't',
    completed: null, reconstruction: null, notes: [],
    outcomes: [
      { name: 'ok', exit: 0, stdout: [{ any_order: ['a', 'b'] }] },
      { name: 'panics', exit: 2, stdout: [{ some_of: ['a', 'b'] }], report: 'panic: boom', goroutines: ['running main.go:3'] },
    ],
  };
  test('names the matching outcome or none', () => {
    expect(classify(ex, { exit: 0, stdout: 'b\na\n', stderr: '' })).toBe('ok');
    expect(classify(ex, { exit: 2, stdout: 'b\n', stderr: 'panic: boom\n\ngoroutine 1 [running]:\nmain.main()\n\tmain.go:3\n' })).toBe('panics');
    expect(classify(ex, { exit: 2, stdout: 'b\n', stderr: 'panic: boom\n\ngoroutine 1 [running]:\nmain.main()\n\tmain.go:4\n' })).toBeNull();
    expect(classify(ex, { exit: 1, stdout: 'a\nb\n', stderr: '' })).toBeNull();
  });
});

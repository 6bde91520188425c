// Table-driven tests of lang.mjs (the interpreter's benchmarks): node --test bench/runner/
import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
  LANG_ROWS,
  TARGETS,
  checksumMismatch,
  compileSummary,
  formatLangTable,
  parseBuildJson,
  runFailure,
  verdict,
} from './lang.mjs';

test('a failed run says why, with its first line on stderr', () => {
  const cases = [
    [{ stdout: '42\n', stderr: '' }, undefined],
    [{ stdout: '', stderr: '', failure: 'crashed (SIGSEGV)' }, 'crashed (SIGSEGV)'],
    [
      { stdout: '', stderr: '# command-line-arguments\n./prog.go:9:4: undefined: strings.Builder\n', failure: 'exit status 2' },
      'exit status 2: ./prog.go:9:4: undefined: strings.Builder',
    ],
    [{ stdout: '', stderr: '\npanic: boom\n\ngoroutine 1 [running]:\n', failure: 'exit status 2' }, 'exit status 2: panic: boom'],
  ];
  for (const [run, want] of cases) assert.equal(runFailure(run), want, JSON.stringify(run));
});

test('checksums: trailing space ignored, a difference shown short', () => {
  assert.equal(checksumMismatch('2178309\n', '2178309'), undefined);
  assert.equal(checksumMismatch('1\n', '2\n'), 'wrong checksum: "1", Go "2"');
  assert.equal(checksumMismatch('x'.repeat(50), ''), `wrong checksum: "${'x'.repeat(40)}...", Go ""`);
});

test('goro_lang_build JSON: CPU ms per build in any unit, errors, aggregates skipped', () => {
  const json = JSON.stringify({
    context: {},
    benchmarks: [
      { name: 'BM_Build/first-mutex-map', run_type: 'iteration', real_time: 900, cpu_time: 812.5, time_unit: 'us' },
      { name: 'BM_Build/quick-select-timeout', run_type: 'iteration', real_time: 3e6, cpu_time: 2.5e6, time_unit: 'ns' },
      { name: 'BM_Build/parallel-go-keyword', run_type: 'iteration', error_occurred: true, error_message: 'undefined: x' },
      { name: 'BM_Build/first-mutex-map_mean', run_type: 'aggregate', real_time: 1, cpu_time: 1, time_unit: 'us' },
      { name: 'BM_Other', run_type: 'iteration', real_time: 1, cpu_time: 1, time_unit: 'us' },
    ],
  });
  assert.deepEqual(parseBuildJson(json), [
    { name: 'first-mutex-map', ms: 0.8125 },
    { name: 'quick-select-timeout', ms: 2.5 },
    { name: 'parallel-go-keyword', error: 'undefined: x' },
  ]);
});

test('compile summary: mean and slowest of those built', () => {
  const s = compileSummary([{ name: 'a', ms: 1 }, { name: 'b', ms: 3 }, { name: 'c', error: 'e' }]);
  assert.deepEqual(s, { count: 2, meanMs: 2, slowest: { name: 'b', ms: 3 }, failed: [{ name: 'c', error: 'e' }] });
  assert.deepEqual(compileSummary([]), { count: 0, meanMs: undefined, slowest: undefined, failed: [] });
});

test('targets: a ratio to Go, or ms', () => {
  const cases = [
    [TARGETS.compute, { value: 300 }, { value: 10 }, 'met'],
    [TARGETS.compute, { value: 301 }, { value: 10 }, 'not met'],
    [TARGETS.goroutines, { value: 30 }, { value: 10 }, 'met'],
    [TARGETS.goroutines, { error: 'hung' }, { value: 10 }, '—'],
    [TARGETS.goroutines, { value: 30 }, { error: 'build failed' }, '—'],
    [TARGETS.compile, { value: 4.9 }, undefined, 'met'],
    [TARGETS.compile, { value: 5 }, undefined, 'not met'],
  ];
  for (const [target, goro, go, want] of cases) assert.equal(verdict(target, goro, go), want, JSON.stringify([target, goro, go]));
});

test('every row has a program name, a target and procs', () => {
  for (const row of LANG_ROWS) {
    assert.match(row.key, /^[a-z]+$/);
    assert.ok(TARGETS[row.target], row.key);
    assert.ok(row.procs.length > 0, row.key);
  }
});

test('the table', () => {
  const rows = [
    { key: 'fib', label: 'fib(32)', target: 'compute', procs: [1] },
    { key: 'pingpong', label: 'ping-pong', target: 'goroutines', procs: [1, 2] },
  ];
  const results = new Map([
    ['fib@1', { goro: { value: 250 }, go: { value: 12.5 } }],
    ['pingpong@1', { goro: { error: 'exit status 2: panic: a|b' }, go: { value: 400 } }],
    ['pingpong@2', { goro: { value: 500 }, go: { value: 400 } }],
  ]);
  const compile = compileSummary([{ name: 'a', ms: 0.5 }, { name: 'b', ms: 1.5 }, { name: 'c', error: 'undefined: x' }]);
  assert.equal(
    formatLangTable(rows, results, compile),
    [
      '| benchmark | procs | goro ms | Go ms | goro/Go | target |',
      '| --- | --: | --: | --: | --: | --: |',
      '| fib(32) | 1 | 250 | 12.5 | 20.0 | ≤ 30x Go: met |',
      '| ping-pong | 1 | exit status 2: panic: a\\|b | 400 | — | ≤ 3x Go: — |',
      '| ping-pong | 2 | 500 | 400 | 1.25 | ≤ 3x Go: met |',
      '| compile an example, mean of 2 (goro::lang::build) | — | 1.00 | — | — | < 5 ms: met |',
      '| compile the slowest example (b) | — | 1.50 | — | — | < 5 ms: met |',
      '| compile c | — | undefined: x | — | — | — |',
    ].join('\n'),
  );
});

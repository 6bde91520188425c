// Table-driven tests of parse.mjs and table.mjs: node --test bench/runner/
import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
  goBenchmarkFilter,
  googleBenchmarkName,
  parseGoBenchOutput,
  parseGoogleBenchmarkJson,
  parseGoogleBenchmarkName,
  parseRssLine,
} from './parse.mjs';
import { ROWS, rowValue } from './rows.mjs';
import { formatNumber, formatTable } from './table.mjs';

test('Google Benchmark names map to row keys and back', () => {
  const cases = [
    ['BM_PingPong/procs:1/real_time', { key: 'PingPong', procs: 1 }],
    ['BM_Buffered/cap:100/procs:2/real_time', { key: 'Buffered/cap=100', procs: 2 }],
    ['BM_Ring/n:100000/procs:1/real_time', { key: 'Ring/n=100000', procs: 1 }],
    ['BM_NoProcs/real_time', null],
  ];
  for (const [name, want] of cases) {
    assert.deepEqual(parseGoogleBenchmarkName(name), want, name);
    if (want) assert.ok(name.startsWith(`${googleBenchmarkName(want.key, want.procs)}/`), name);
  }
});

test('Google Benchmark JSON: times in any unit, errors, aggregates skipped', () => {
  const json = JSON.stringify({
    context: {},
    benchmarks: [
      { name: 'BM_PingPong/procs:1/real_time', run_type: 'iteration', real_time: 120.5, time_unit: 'ns' },
      { name: 'BM_Skynet/procs:2/real_time', run_type: 'iteration', real_time: 250, time_unit: 'ms' },
      { name: 'BM_Sieve/procs:1/real_time', run_type: 'iteration', error_occurred: true, error_message: 'goro::run exited with status 2' },
      { name: 'BM_PingPong/procs:1/real_time_mean', run_type: 'aggregate', real_time: 1, time_unit: 'ns' },
    ],
  });
  assert.deepEqual(parseGoogleBenchmarkJson(json), [
    { key: 'PingPong', procs: 1, nsPerOp: 120.5 },
    { key: 'Skynet', procs: 2, nsPerOp: 250e6 },
    { key: 'Sieve', procs: 1, error: 'goro::run exited with status 2' },
  ]);
});

test('go test filters match one level each', () => {
  assert.equal(goBenchmarkFilter('PingPong'), '^BenchmarkPingPong$');
  assert.equal(goBenchmarkFilter('Buffered/cap=10'), '^BenchmarkBuffered$/^cap=10$');
});

test('go test output: results with and without -P, failures in every form', () => {
  const out = [
    'goos: linux',
    'BenchmarkBuffered/cap=10-2   \t 2686393\t        96.13 ns/op',
    'BenchmarkTiny-2 \t1000000000\t         0.0000002 ns/op',
    'BenchmarkSieve-2     \t--- FAIL: BenchmarkSieve-2',
    '    sieve_test.go:20: 2000th prime = 1, want 17389',
    '--- FAIL: BenchmarkSkynet',
    '    skynet_test.go:14: skynet sum = 0',
    '--- FAIL: BenchmarkRing/n=1000',
    '    ring_test.go:30: token lost',
    '--- FAIL: BenchmarkRing',
    'FAIL',
  ].join('\n');
  assert.deepEqual(parseGoBenchOutput(out, 2), [
    { key: 'Buffered/cap=10', procs: 2, nsPerOp: 96.13 },
    { key: 'Tiny', procs: 2, nsPerOp: 0.0000002 },
    { key: 'Sieve', procs: 2, error: 'sieve_test.go:20: 2000th prime = 1, want 17389' },
    { key: 'Skynet', procs: 2, error: 'skynet_test.go:14: skynet sum = 0' },
    { key: 'Ring/n=1000', procs: 2, error: 'ring_test.go:30: token lost' },
    { key: 'Ring', procs: 2, error: 'FAIL' },
  ]);
  assert.deepEqual(parseGoBenchOutput('BenchmarkPingPong \t 753460\t 317.7 ns/op\n', 1), [
    { key: 'PingPong', procs: 1, nsPerOp: 317.7 },
  ]);
});

test('RSS line', () => {
  assert.equal(parseRssLine('{"lang":"go","procs":1,"goroutines":0,"peak_kib":1528}\n').peak_kib, 1528);
  assert.throws(() => parseRssLine('{"lang":"go"}'));
});

test('row units', () => {
  const row = (key) => ROWS.find((r) => r.key === key);
  assert.equal(rowValue(row('PingPong'), 300), 300);
  assert.equal(rowValue(row('Ring/n=1000'), 250_000), 250);
  assert.equal(rowValue(row('Skynet'), 750e6), 750);
});

test('numbers and the table', () => {
  assert.deepEqual([1234567.8, 317.7, 42.42, 1.234].map(formatNumber), ['1,234,568', '318', '42.4', '1.23']);
  const rows = [{ key: 'PingPong', label: 'ping-pong', unit: 'ns/round trip' }];
  const results = new Map([
    ['PingPong@1', { goro: { value: 150 }, go: { value: 300 } }],
    ['PingPong@2', { goro: { error: 'crashed (SIGSEGV)' }, go: { value: 400 } }],
  ]);
  assert.equal(
    formatTable(rows, [1, 2], results),
    [
      '| benchmark | procs | goro | Go | goro/Go |',
      '| --- | --: | --: | --: | --: |',
      '| ping-pong (ns/round trip) | 1 | 150 | 300 | 0.50 |',
      '| ping-pong (ns/round trip) | 2 | crashed (SIGSEGV) | 400 | — |',
    ].join('\n'),
  );
});

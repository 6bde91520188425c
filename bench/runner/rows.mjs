// The comparison table's rows, each benchmark once.
//
// `key` names a benchmark in both languages: goro_bench registers it as
// "BM_<key, '=' spelled ':'>/procs:<P>/real_time", go test reports it as
// "Benchmark<key>-<P>" (no suffix at P = 1). One op of either is `perOp`
// units of the row (a ring lap is n hops); `scale` turns ns into the unit.
// Whole-program rows take 0.3-2 s an op, so `minTimeScale` stretches their
// measuring time to cover a few ops rather than one cold one.
// Adding a row here needs a C++ benchmark in bench/*.cpp and its Go twin in
// bench/go/*_test.go under the same key.

export const PROCS = [1, 2];

export const ROWS = [
  { key: 'PingPong', label: 'unbuffered ping-pong', unit: 'ns/round trip' },
  { key: 'Buffered/cap=10', label: 'buffered producer/consumer, cap 10', unit: 'ns/item' },
  { key: 'Buffered/cap=100', label: 'buffered producer/consumer, cap 100', unit: 'ns/item' },
  { key: 'Select2', label: '2-way select', unit: 'ns/select' },
  { key: 'Spawn', label: 'spawn + exit', unit: 'ns/goroutine' },
  { key: 'Ring/n=1000', label: 'token ring, 1000 goroutines', unit: 'ns/hop', perOp: 1000 },
  { key: 'Ring/n=100000', label: 'token ring, 100k goroutines', unit: 'ns/hop', perOp: 100_000 },
  { key: 'Sieve', label: 'prime sieve, first 2000 primes', unit: 'ns/sieve', minTimeScale: 4 },
  { key: 'Skynet', label: 'skynet, 1M goroutines', unit: 'ms/run', scale: 1e-6, minTimeScale: 4 },
  // Not a timing: bench/rss's programs, run with this many goroutines and with none.
  { key: 'ParkedRSS', label: 'peak RSS, 1M parked goroutines', unit: 'MiB', rssGoroutines: 1_000_000 },
];

// rowValue(row, nsPerOp) converts one op's time into the row's unit.
export function rowValue(row, nsPerOp) {
  return (nsPerOp / (row.perOp ?? 1)) * (row.scale ?? 1);
}

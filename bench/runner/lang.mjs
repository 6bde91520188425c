// The interpreter's benchmarks (bench/lang.mjs): the programs, their
// targets, and the pure steps from runs to the table.
//
// Every program is bench/lang/<key>.go, run whole by `goro run` and, built
// by `go build`, as Go's binary; a cell is the wall time of one process in
// ms, the best of a few runs, or { error }. Both must print the same
// checksum. Compile time is goro_lang_build's (Google Benchmark) time per
// goro::lang::build of each examples/*/main.go.
import { formatCell, formatNumber, markdownTable } from './table.mjs';

// TARGETS: the most goro may take, as a multiple of Go's time or in ms.
export const TARGETS = {
  compute: { maxRatio: 30, text: '≤ 30x Go' },
  goroutines: { maxRatio: 3, text: '≤ 3x Go' },
  compile: { maxMs: 5, text: '< 5 ms' },
};

export const LANG_ROWS = [
  { key: 'fib', label: 'fib(32), recursive', target: 'compute', procs: [1] },
  { key: 'loop', label: 'loop of integer arithmetic, 1e8 iterations', target: 'compute', procs: [1] },
  { key: 'map', label: 'map[int]int, 1e6 inserts', target: 'compute', procs: [1] },
  { key: 'strings', label: 'strings.Builder, 1e6 pieces (strconv.Itoa)', target: 'compute', procs: [1] },
  { key: 'pingpong', label: 'unbuffered ping-pong, 1e6 round trips', target: 'goroutines', procs: [1, 2] },
  { key: 'spawn', label: '100k goroutines spawned, WaitGroup', target: 'goroutines', procs: [1, 2] },
];

// runFailure(run) is why a run of `capture` (runner/exec.mjs) failed, with
// the first line it wrote on stderr (a panic, a compile error), or
// undefined when it succeeded.
export function runFailure(run) {
  if (!run.failure) return undefined;
  const first = run.stderr
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line && !line.startsWith('# command-line-arguments'));
  return first ? `${run.failure}: ${first.slice(0, 100)}` : run.failure;
}

// checksumMismatch(goroStdout, goStdout) says how goro's output differs
// from Go's, or is undefined when the two are the same.
export function checksumMismatch(goroStdout, goStdout) {
  const goro = goroStdout.trim();
  const go = goStdout.trim();
  if (goro === go) return undefined;
  const shown = (s) => JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}...` : s);
  return `wrong checksum: ${shown(goro)}, Go ${shown(go)}`;
}

// parseBuildJson(text) reads goro_lang_build's `--benchmark_format=json`:
// one { name, ms } or { name, error } per program, name being the
// benchmark's "BM_Build/<name>". The time is CPU time: the build runs on the
// calling thread, and CPU time holds steady on a loaded machine.
export function parseBuildJson(text) {
  const results = [];
  for (const b of JSON.parse(text).benchmarks ?? []) {
    if (b.run_type && b.run_type !== 'iteration') continue;
    const m = /^BM_Build\/(.+)$/.exec(b.name);
    if (!m) continue;
    if (b.error_occurred) results.push({ name: m[1], error: b.error_message || 'error' });
    else results.push({ name: m[1], ms: b.cpu_time * MS_PER_UNIT[b.time_unit ?? 'ns'] });
  }
  return results;
}

const MS_PER_UNIT = { ns: 1e-6, us: 1e-3, ms: 1, s: 1e3 };

// compileSummary(builds) is the mean and slowest of the programs that
// built, and the names of those that did not.
export function compileSummary(builds) {
  const built = builds.filter((b) => b.error === undefined);
  const slowest = built.reduce((a, b) => (b.ms > a.ms ? b : a), built[0]);
  return {
    count: built.length,
    meanMs: built.length ? built.reduce((sum, b) => sum + b.ms, 0) / built.length : undefined,
    slowest,
    failed: builds.filter((b) => b.error !== undefined),
  };
}

// verdict(target, goro, go) is 'met', 'not met' or '—' (no figure).
export function verdict(target, goro, go) {
  if (goro?.value === undefined) return '—';
  if (target.maxMs !== undefined) return goro.value < target.maxMs ? 'met' : 'not met';
  if (go?.value === undefined || go.value === 0) return '—';
  return goro.value / go.value <= target.maxRatio ? 'met' : 'not met';
}

// formatLangTable(rows, results, compile) renders the table: one line per
// (row, procs), results.get(`${key}@${procs}`) being { goro, go } of
// { value } (ms) or { error }; then compile time, from compileSummary.
export function formatLangTable(rows, results, compile) {
  const lines = [];
  for (const row of rows) {
    const target = TARGETS[row.target];
    for (const procs of row.procs) {
      const { goro, go } = results.get(`${row.key}@${procs}`) ?? {};
      lines.push([row.label, procs, formatCell(goro), formatCell(go), ratio(goro, go), `${target.text}: ${verdict(target, goro, go)}`]);
    }
  }
  if (compile) lines.push(...compileLines(compile));
  return markdownTable(['benchmark', 'procs', 'goro ms', 'Go ms', 'goro/Go', 'target'], lines);
}

function compileLines({ count, meanMs, slowest, failed }) {
  const target = TARGETS.compile;
  const cell = (ms) => (ms === undefined ? { error: 'no example built' } : { value: ms });
  const lines = [
    [`compile an example, mean of ${count} (goro::lang::build)`, '—', formatCell(cell(meanMs)), '—', '—', `${target.text}: ${verdict(target, cell(meanMs))}`],
  ];
  if (slowest) {
    lines.push([`compile the slowest example (${slowest.name})`, '—', formatCell(cell(slowest.ms)), '—', '—', `${target.text}: ${verdict(target, cell(slowest.ms))}`]);
  }
  for (const f of failed) lines.push([`compile ${f.name}`, '—', formatCell(f), '—', '—', '—']);
  return lines;
}

function ratio(goro, go) {
  if (goro?.value === undefined || go?.value === undefined || go.value === 0) return '—';
  return formatNumber(goro.value / go.value);
}

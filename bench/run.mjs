#!/usr/bin/env node
// run.mjs runs goro's benchmark suite beside Go's (`npm run bench`).
//
// It builds goro_bench and goro_parked_rss (CMake Release in build-bench/),
// the Go test binary of bench/go and the Go RSS program of bench/rss, runs
// every row of runner/rows.mjs at procs 1 and 2 in both languages, and
// prints on stdout a markdown table of both figures and the ratio goro/Go.
// Progress and diagnostics go to stderr.
//
// Each (row, procs, language) runs in its own process with a time limit, so
// a crash or hang costs one cell of the table, which then says what happened.
//
// Usage: node bench/run.mjs [--filter REGEX] [--min-time SECONDS] [--timeout SECONDS] [--no-build]
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { capture, runStep, tail } from './runner/exec.mjs';
import { goEnv, goVersion } from './runner/go.mjs';
import { describeMachine } from './runner/machine.mjs';
import {
  goBenchmarkFilter,
  googleBenchmarkName,
  parseGoBenchOutput,
  parseGoogleBenchmarkJson,
  parseRssLine,
} from './runner/parse.mjs';
import { PROCS, ROWS, rowValue } from './runner/rows.mjs';
import { formatTable } from './runner/table.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BUILD = join(ROOT, 'build-bench');
const GO_MODULE = join(ROOT, 'bench', 'go');
const GO_ENV = goEnv(BUILD);
const BIN = {
  goroBench: join(BUILD, 'bench', 'goro_bench'),
  goroRss: join(BUILD, 'bench', 'goro_parked_rss'),
  goBench: join(BUILD, 'go', 'gorobench.test'),
  goRss: join(BUILD, 'go', 'parked_rss'),
};

const USAGE = `usage: node bench/run.mjs [--filter REGEX] [--min-time SECONDS] [--timeout SECONDS] [--no-build]
  --filter    run only the rows whose key (e.g. Ring/n=1000, Skynet, ParkedRSS) matches
  --min-time  minimum measuring time per benchmark, both languages (default 0.5)
  --timeout   limit per benchmark process before it counts as hung (default 120)
  --no-build  use the binaries already in build-bench/`;

main();

function main() {
  const opts = parseOptions();
  const rows = ROWS.filter((row) => opts.filter.test(row.key));
  const built = opts.build ? build() : { goro: undefined, go: undefined };
  const results = new Map();
  for (const row of rows) {
    for (const procs of PROCS) {
      results.set(`${row.key}@${procs}`, {
        goro: built.goro ? { error: built.goro } : measure('goro', row, procs, opts),
        go: built.go ? { error: built.go } : measure('go', row, procs, opts),
      });
    }
  }
  console.log(report(rows, results, opts));
}

function parseOptions() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        filter: { type: 'string', default: '.' },
        'min-time': { type: 'string', default: '0.5' },
        timeout: { type: 'string', default: '120' },
        'no-build': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (e) {
    fail(`${e.message}\n${USAGE}`);
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const minTime = Number(values['min-time']);
  const timeoutS = Number(values.timeout);
  if (!(minTime > 0) || !(timeoutS > 0)) fail(USAGE);
  return { filter: new RegExp(values.filter), minTime, timeoutS, build: !values['no-build'] };
}

// build() builds both sides; it returns, per language, undefined or the
// reason its cells cannot be filled, so one side's broken build still leaves
// the other side's figures.
function build() {
  mkdirSync(join(BUILD, 'go'), { recursive: true });
  const goro = buildStep('goro', () => {
    runStep('cmake', ['-S', ROOT, '-B', BUILD, '-DCMAKE_BUILD_TYPE=Release', '-DGORO_BUILD_BENCH=ON', '-DGORO_BUILD_TESTS=OFF', '-DGORO_BUILD_TOOLS=OFF']);
    runStep('cmake', ['--build', BUILD, '--target', 'goro_bench', 'goro_parked_rss', '--parallel', `${os.cpus().length}`]);
  });
  const go = buildStep('go', () => {
    runStep('go', ['test', '-c', '-o', BIN.goBench, '.'], { cwd: GO_MODULE, env: GO_ENV });
    runStep('go', ['build', '-o', BIN.goRss, 'parked_rss.go'], { cwd: join(ROOT, 'bench', 'rss'), env: GO_ENV });
  });
  return { goro, go };
}

function buildStep(language, steps) {
  progress(`building the ${language} side`);
  try {
    steps();
    return undefined;
  } catch (e) {
    progress(`${language} build failed: ${e.message}`);
    if (language === 'goro') progress('(bench/ is built through the top-level CMakeLists.txt with -DGORO_BUILD_BENCH=ON)');
    return 'build failed';
  }
}

// measure(language, row, procs, opts) is the row's cell: { value } or { error }.
function measure(language, row, procs, opts) {
  const started = Date.now();
  const cell = row.rssGoroutines ? measureRss(language, row, procs, opts) : measureTime(language, row, procs, opts);
  const shown = cell.error ?? `${cell.value.toPrecision(4)} ${row.unit}`;
  progress(`${language.padEnd(4)} ${row.key} procs=${procs}: ${shown} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return cell;
}

function measureTime(language, row, procs, opts) {
  const minTime = opts.minTime * (row.minTimeScale ?? 1);
  const { timeoutS } = opts;
  const run =
    language === 'goro'
      ? capture(
          BIN.goroBench,
          [
            `--benchmark_filter=^${googleBenchmarkName(row.key, procs)}/`,
            '--benchmark_format=json',
            `--benchmark_min_time=${minTime}`,
          ],
          { timeoutS },
        )
      : capture(
          BIN.goBench,
          ['-test.run=^$', `-test.bench=${goBenchmarkFilter(row.key)}`, `-test.cpu=${procs}`, `-test.benchtime=${minTime}s`],
          { cwd: GO_MODULE, env: GO_ENV, timeoutS },
        );
  let results = [];
  try {
    results = language === 'goro' ? parseGoogleBenchmarkJson(run.stdout) : parseGoBenchOutput(run.stdout, procs);
  } catch {
    // a crashed run leaves truncated JSON; run.failure says what happened
  }
  const found = results.find((r) => r.key === row.key && r.procs === procs);
  if (found?.nsPerOp !== undefined && !run.failure) return { value: rowValue(row, found.nsPerOp) };
  return failed(run, found?.error ?? run.failure ?? 'no result');
}

// measureRss runs the RSS program with the row's goroutines and with none;
// the cell is the difference of their peak RSS, in MiB.
function measureRss(language, row, procs, { timeoutS }) {
  const binary = language === 'goro' ? BIN.goroRss : BIN.goRss;
  const peaks = [];
  for (const goroutines of [0, row.rssGoroutines]) {
    const run = capture(binary, [`${procs}`, `${goroutines}`], { timeoutS });
    if (run.failure) return failed(run, run.failure);
    try {
      peaks.push(parseRssLine(run.stdout).peak_kib);
    } catch (e) {
      return failed(run, `bad output: ${e.message}`);
    }
  }
  return { value: (peaks[1] - peaks[0]) / 1024 };
}

function failed(run, error) {
  const output = tail(`${run.stdout}\n${run.stderr}`);
  if (output) progress(`  ${error}; last output:\n${output.replace(/^/gm, '    ')}`);
  return { error };
}

function report(rows, results, { minTime }) {
  return [
    '## goro vs Go',
    '',
    `Machine: ${describeMachine(goVersion(GO_ENV))}.`,
    `Each time is one Google Benchmark / \`go test -bench\` measurement of at least ${minTime} s (sieve, skynet:`,
    `${minTime * 4} s); the RSS figure is one run's peak RSS minus that of a run with no goroutines.`,
    'goro/Go below 1 means goro is faster, or smaller.',
    '',
    formatTable(rows, PROCS, results),
  ].join('\n');
}

function progress(line) {
  process.stderr.write(`${line}\n`);
}

function fail(message) {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

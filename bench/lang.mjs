#!/usr/bin/env node
// lang.mjs runs the Go interpreter's benchmarks beside compiled Go
// (`npm run bench:lang`).
//
// It builds the goro CLI and goro_lang_build (CMake Release in
// build-bench-lang/) and every bench/lang/*.go with `go build`, then runs
// each program of runner/lang.mjs's LANG_ROWS whole, as
// `goro run bench/lang/X.go --procs P` and as Go's binary with GOMAXPROCS=P,
// a few times each: a cell is the best wall time of the process, compile
// included for goro, and both must print the same checksum. Then it times
// goro::lang::build of every examples/*/main.go. It prints on stdout a
// markdown table with goro/Go and the targets; progress goes to stderr.
//
// Usage: node bench/lang.mjs [--filter REGEX] [--runs N] [--timeout SECONDS] [--no-build]
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { capture, runStep, tail } from './runner/exec.mjs';
import { goEnv, goVersion } from './runner/go.mjs';
import {
  LANG_ROWS,
  checksumMismatch,
  compileSummary,
  formatLangTable,
  parseBuildJson,
  runFailure,
} from './runner/lang.mjs';
import { describeMachine } from './runner/machine.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BUILD = join(ROOT, 'build-bench-lang');
const PROGRAMS = join(ROOT, 'bench', 'lang');
const EXAMPLES = join(ROOT, 'examples');
const GO_ENV = goEnv(BUILD);
const BIN = {
  goro: join(BUILD, 'bin', 'goro'),
  build: join(BUILD, 'bench', 'goro_lang_build'),
  go: (key) => join(BUILD, 'go', key),
};

const USAGE = `usage: node bench/lang.mjs [--filter REGEX] [--runs N] [--timeout SECONDS] [--no-build]
  --filter    run only the programs whose name (fib, loop, map, strings, pingpong, spawn, compile) matches
  --runs      runs of each program in each language; the best counts (default 5)
  --timeout   limit per run before it counts as hung (default 120)
  --no-build  use the binaries already in build-bench-lang/`;

main();

function main() {
  const opts = parseOptions();
  const load = os.loadavg()[0];
  const rows = LANG_ROWS.filter((row) => opts.filter.test(row.key));
  const built = opts.build ? build(rows) : { goro: undefined, go: undefined };
  const results = new Map();
  for (const row of rows) {
    for (const procs of row.procs) {
      const go = built.go ? { error: built.go } : measure('go', row, procs, opts);
      const goro = built.goro ? { error: built.goro } : measure('goro', row, procs, opts, go.stdout);
      results.set(`${row.key}@${procs}`, { goro, go });
    }
  }
  const compile = opts.filter.test('compile') ? measureCompile(built.goro, opts) : undefined;
  console.log(report(rows, results, compile, { ...opts, load }));
}

function parseOptions() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        filter: { type: 'string', default: '.' },
        runs: { type: 'string', default: '5' },
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
  const runs = Number(values.runs);
  const timeoutS = Number(values.timeout);
  if (!(Number.isInteger(runs) && runs > 0) || !(timeoutS > 0)) fail(USAGE);
  return { filter: new RegExp(values.filter), runs, timeoutS, build: !values['no-build'] };
}

// build(rows) builds both sides; it returns, per language, undefined or the
// reason its cells cannot be filled.
function build(rows) {
  mkdirSync(join(BUILD, 'go'), { recursive: true });
  const goro = buildStep('goro', () => {
    runStep('cmake', ['-S', ROOT, '-B', BUILD, '-DCMAKE_BUILD_TYPE=Release', '-DGORO_BUILD_BENCH=ON', '-DGORO_BUILD_TESTS=OFF', '-DGORO_BUILD_TOOLS=ON']);
    runStep('cmake', ['--build', BUILD, '--target', 'goro', 'goro_lang_build', '--parallel', `${os.cpus().length}`]);
  });
  const go = buildStep('go', () => {
    for (const row of rows) runStep('go', ['build', '-o', BIN.go(row.key), `${row.key}.go`], { cwd: PROGRAMS, env: GO_ENV });
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
    return 'build failed';
  }
}

// measure(language, row, procs, opts, goStdout) runs the program opts.runs
// times: { value: best ms, stdout } or { error }. goro's output must be
// goStdout, when Go's run gave one.
function measure(language, row, procs, opts, goStdout) {
  const file = join(PROGRAMS, `${row.key}.go`);
  const [cmd, args, env] =
    language === 'goro'
      ? [BIN.goro, ['run', relative(ROOT, file), '--procs', `${procs}`, '--time-limit', '0'], process.env]
      : [BIN.go(row.key), [], { ...process.env, GOMAXPROCS: `${procs}` }];
  let best;
  let stdout = '';
  for (let i = 0; i < opts.runs; i++) {
    const started = process.hrtime.bigint();
    const run = capture(cmd, args, { cwd: ROOT, env, timeoutS: opts.timeoutS });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const error = runFailure(run) ?? (goStdout === undefined ? undefined : checksumMismatch(run.stdout, goStdout));
    if (error) return failed(language, row, procs, run, error);
    best = Math.min(best ?? ms, ms);
    stdout = run.stdout;
  }
  progress(`${language.padEnd(4)} ${row.key} procs=${procs}: ${best.toFixed(1)} ms (best of ${opts.runs}), printed ${stdout.trim()}`);
  return { value: best, stdout };
}

function failed(language, row, procs, run, error) {
  progress(`${language.padEnd(4)} ${row.key} procs=${procs}: ${error}`);
  const output = tail(`${run.stdout}\n${run.stderr}`);
  if (output) progress(`  last output:\n${output.replace(/^/gm, '    ')}`);
  return { error };
}

// measureCompile() times goro::lang::build of every example's main.go, each
// in its own goro_lang_build process so that a crash costs one example: a
// compileSummary of them.
function measureCompile(buildError, { timeoutS }) {
  if (buildError) return compileSummary([{ name: 'examples', error: buildError }]);
  const builds = readdirSync(EXAMPLES)
    .filter((dir) => existsSync(join(EXAMPLES, dir, 'main.go')))
    .sort()
    .map((dir) => measureBuild(dir, timeoutS));
  return compileSummary(builds);
}

function measureBuild(dir, timeoutS) {
  const file = join('examples', dir, 'main.go');
  const run = capture(BIN.build, ['--benchmark_format=json', '--benchmark_min_time=0.2', file], { cwd: ROOT, timeoutS });
  let build;
  try {
    build = parseBuildJson(run.stdout).find((b) => b.name === dir);
  } catch {
    // a crashed run leaves truncated JSON; run.failure says what happened
  }
  if (run.failure || !build) build = { name: dir, error: runFailure(run) ?? 'no result' };
  progress(`compile ${dir}: ${build.error ?? `${build.ms.toFixed(3)} ms`}`);
  return build;
}

function report(rows, results, compile, { runs, load }) {
  return [
    '## The interpreter beside Go',
    '',
    `Machine: ${describeMachine(goVersion(GO_ENV))}; load average ${load.toFixed(2)} when the run began.`,
    `Each time is the best of ${runs} runs, in ms, of the whole process: \`goro run bench/lang/X.go --procs P\``,
    '(Release; compile included) and the `go build` binary of the same file with GOMAXPROCS=P; both printed',
    'the same checksum. Compile time is goro_lang_build\'s (Google Benchmark) CPU time per',
    'goro::lang::build of each examples/*/main.go, from source text to executable.',
    '',
    formatLangTable(rows, results, compile),
  ].join('\n');
}

function progress(line) {
  process.stderr.write(`${line}\n`);
}

function fail(message) {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

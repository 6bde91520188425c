// The oracle for the interpreter's test corpus (corpus.ts): every program in
// tests/lang/programs/ (but go122/) is built and run by the real Go and must
// print its declared stdout, exit with its declared status and write its
// declared first stderr line; every file in tests/lang/errors/ (but
// unsupported/) must fail to compile with exactly the errors its markers
// declare. So the corpus is right before the interpreter exists.
//
// Which Go: the machine's (Debian golang-go, Go 1.19). The expected messages
// are Go 1.22's (go.dev/play); go122() maps the messages Go 1.19 words
// differently onto their 1.22 wording before matching.
//
// Which clock: programs are built with `-tags faketime`, Go's playground
// clock (scripts/go-playground.mjs), which goro's interpreter follows: timers
// fire in order and at once, so `time.After` races are decided and sleeps
// cost nothing. GORO_LANG_ORACLE_CLOCK=real builds ordinary binaries on the
// real clock instead (the programs are written to pass there too).
//
// Each program runs at GOMAXPROCS=1 and 2, which must agree: a program whose
// output depends on scheduling does not belong in the corpus.
//
// go122/ is skipped because Go 1.19 cannot compile min, max, clear, range
// over int or errors.Join, and compiles loopvar.go with the pre-1.22
// shared loop variable; those expected outputs were written from the spec.
// unsupported/ is skipped because it is valid Go.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe as suite, expect, test } from 'vitest';

import { decodePlayback } from '../../scripts/go-playground.mjs';
import {
  allErrorFiles,
  allPrograms,
  type Diagnostic,
  firstLine,
  matchErrors,
  parseDiagnostics,
  parseErrorFile,
  parseProgram,
  type Program,
} from './corpus.js';

const FAKETIME = process.env.GORO_LANG_ORACLE_CLOCK !== 'real';
const WORKERS = Math.max(2, Math.min(4, availableParallelism()));
const GO_ENV = { ...process.env, GOFLAGS: '-mod=mod', GO111MODULE: 'on', GOTOOLCHAIN: 'local' };

interface Exec {
  exit: number;
  stdout: Buffer;
  stderr: Buffer;
}

// exec() runs a command without blocking the event loop, so several Go
// builds and runs overlap.
function exec(cmd: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number }): Promise<Exec> {
  return new Promise((done, fail) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      fail(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      done({ exit: code ?? (signal === 'SIGKILL' ? 137 : 128), stdout: Buffer.concat(out), stderr: Buffer.concat(err) });
    });
  });
}

// pool() maps f over items with at most n calls in flight, keeping order.
async function pool<T, R>(items: T[], n: number, f: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await f(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, worker));
  return out;
}

// goDir() makes a module directory holding one source file as prog.go, so
// Go's messages name ./prog.go as the playground's do.
function goDir(source: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'goro-lang-'));
  writeFileSync(join(dir, 'prog.go'), source);
  writeFileSync(join(dir, 'go.mod'), 'module prog\n\ngo 1.19\n');
  return dir;
}

interface Run {
  exit: number;
  stdout: string;
  stderr: string;
}

interface Outcome {
  build: string | null; // the build's errors, null when it built
  runs: Run[]; // at GOMAXPROCS=1 and 2
}

async function oracleProgram(p: Program): Promise<Outcome> {
  const dir = goDir(p.source);
  try {
    const tags = FAKETIME ? ['-tags', 'faketime'] : [];
    const build = await exec('go', ['build', ...tags, '-o', 'prog', '.'], { cwd: dir, env: GO_ENV, timeoutMs: 120_000 });
    if (build.exit !== 0) return { build: build.stderr.toString('utf8'), runs: [] };
    const runs: Run[] = [];
    for (const procs of [1, 2]) {
      const r = await exec(join(dir, 'prog'), [], { cwd: dir, env: { ...GO_ENV, GOMAXPROCS: String(procs) }, timeoutMs: 30_000 });
      const text = (b: Buffer) =>
        FAKETIME
          ? decodePlayback(b)
              .map((rec) => rec.text)
              .join('')
          : b.toString('utf8');
      runs.push({ exit: r.exit, stdout: text(r.stdout), stderr: text(r.stderr) });
    }
    return { build: null, runs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function oracleErrors(source: string): Promise<{ exit: number; output: string }> {
  const dir = goDir(source);
  try {
    // -gcflags=-e: report every error, not just the first 10, so a file over
    // the limit is caught rather than cut short.
    const r = await exec('go', ['build', '-gcflags=-e', '-o', join(dir, 'prog'), '.'], { cwd: dir, env: GO_ENV, timeoutMs: 120_000 });
    return { exit: r.exit, output: r.stderr.toString('utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// go122() rewrites a Go 1.19 compiler message into Go 1.22's wording where
// the two differ (the rest of the message is the same in both):
//   x declared but not used                  → declared and not used: x
//   imported and not used: "os"              → "os" imported and not used
//   imported and not used: "strings" as str  → "strings" imported as str and not used
//   cannot use x (...) as type T in ...      → cannot use x (...) as T value in ...
//   ...declaration:\n\tT does not implement I (missing M method)
//                                            → ...declaration: T does not implement I (missing method M)
//   (M method has pointer receiver)          → (method M has pointer receiver)
//   (wrong type for M method)                → (wrong type for method M)
//   unknown field 'Z' in struct literal      → unknown field Z in struct literal
//   syntax error: ..., expecting X           → syntax error: ..., expected X
//   invalid recursive type T\n\tP: T refers to\n\tP: T
//                                            → invalid recursive type: T refers to itself
export function go122(message: string): string {
  let [head = '', ...rest] = message.split('\n');
  if (head.endsWith(':') && rest[0]?.startsWith('\t')) {
    head += ' ' + rest[0].trim(); // 1.22 keeps the cause on the first line
    rest = rest.slice(1);
  }
  const cycle = /^invalid recursive type (\S+)$/.exec(head);
  const [via = '', back = ''] = rest;
  if (cycle && rest.length === 2 && via.endsWith(`: ${cycle[1]} refers to`) && back.endsWith(`: ${cycle[1]}`)) {
    head = `invalid recursive type: ${cycle[1]} refers to itself`; // 1.22 words a self reference so
    rest = [];
  }
  head = head
    .replace(/^(\S+) declared but not used$/, 'declared and not used: $1')
    .replace(/^imported and not used: ("[^"]*") as (\S+)$/, '$1 imported as $2 and not used')
    .replace(/^imported and not used: ("[^"]*")$/, '$1 imported and not used')
    .replace(/^(cannot use .+?) as type (.+?) in /, '$1 as $2 value in ')
    .replace(/\(missing (\S+) method\)/, '(missing method $1)')
    .replace(/\((\S+) method has pointer receiver\)/, '(method $1 has pointer receiver)')
    .replace(/\(wrong type for (\S+) method\)/, '(wrong type for method $1)')
    .replace(/^unknown field '(\S+)' in struct literal/, 'unknown field $1 in struct literal');
  if (head.startsWith('syntax error: ')) head = head.replace(/\bexpecting\b/g, 'expected');
  return [head, ...rest].join('\n');
}

suite('corpus format', () => {
  test('parses an Output block with Exit and Stderr', () => {
    const p = parseProgram(
      'x.go',
      'package main\n\nfunc main() {}\n\n// Stderr: panic: boom\n// Exit: 2\n// Output:\n// a\n//\n//  b \n',
    );
    expect([p.stdout, p.lines, p.exit, p.stderr, p.go119]).toEqual(['a\n\n b \n', ['a', '', ' b '], 2, 'panic: boom', true]);
    const q = parseProgram('go122/y.go', 'package main\n// Output:\n');
    expect([q.stdout, q.exit, q.stderr, q.go119]).toEqual(['', 0, null, false]);
  });

  test('rejects malformed programs', () => {
    expect(() => parseProgram('a.go', 'package main\n')).toThrow(/no "\/\/ Output:"/);
    expect(() => parseProgram('a.go', 'package main\n// Output:\n// x\nfunc f() {}\n')).toThrow(/a.go:4:/);
    expect(() => parseProgram('a.go', 'package main\n// Output:\n//x\n')).toThrow(/a.go:3:/);
    expect(() => parseProgram('a.go', 'package main\n// Exit: two\n// Output:\n')).toThrow(/malformed/);
  });

  test('parses ERROR markers', () => {
    const f = parseErrorFile('e.go', 'package main\nx := 1 // ERROR "non-declaration"\nvar s = "\\"" // ERROR "a \\"q\\"" "b"\n');
    expect(f.errors).toEqual([
      { line: 2, text: 'non-declaration' },
      { line: 3, text: 'a "q"' },
      { line: 3, text: 'b' },
    ]);
    expect(parseErrorFile('unsupported/g.go', 'f() // ERROR "x"').go).toBe(false);
    expect(() => parseErrorFile('e.go', 'x // ERROR undefined')).toThrow(/malformed/);
    expect(() => parseErrorFile('e.go', 'package main\n')).toThrow(/no ERROR/);
  });

  test('matches diagnostics by line and substring', () => {
    const got: Diagnostic[] = parseDiagnostics(
      '# prog\n./prog.go:3:2: undefined: x\n./prog.go:5:9: too many return values\n\thave (number)\n\twant ()\n',
    );
    expect(got).toEqual([
      { line: 3, col: 2, message: 'undefined: x' },
      { line: 5, col: 9, message: 'too many return values\n\thave (number)\n\twant ()' },
    ]);
    expect(matchErrors([{ line: 3, text: 'undefined: x' }, { line: 5, text: 'too many return' }], got)).toEqual([]);
    expect(matchErrors([{ line: 3, text: 'undefined: y' }], got)).toHaveLength(3);
  });

  test('maps Go 1.19 wording to Go 1.22', () => {
    expect(go122('x declared but not used')).toBe('declared and not used: x');
    expect(go122('imported and not used: "os"')).toBe('"os" imported and not used');
    expect(go122('imported and not used: "strings" as str')).toBe('"strings" imported as str and not used');
    expect(go122('cannot use x (variable of type int) as type string in assignment')).toBe(
      'cannot use x (variable of type int) as string value in assignment',
    );
    expect(go122('cannot use T{} (value of type T) as type I in variable declaration:\n\tT does not implement I (missing M method)')).toBe(
      'cannot use T{} (value of type T) as I value in variable declaration: T does not implement I (missing method M)',
    );
    expect(go122('syntax error: unexpected newline, expecting comma or )')).toBe('syntax error: unexpected newline, expected comma or )');
    expect(go122('undefined: x')).toBe('undefined: x');
  });

  test('the corpus files parse', () => {
    const programs = allPrograms();
    const errors = allErrorFiles();
    expect(programs.length).toBeGreaterThanOrEqual(40);
    expect(programs.filter((p) => !p.go119).length).toBeGreaterThanOrEqual(4);
    expect(errors.length).toBeGreaterThanOrEqual(10);
    for (const e of errors) expect(e.errors.length, e.name).toBeLessThanOrEqual(10);
  });
});

const programs = allPrograms().filter((p) => p.go119);
const errorFiles = allErrorFiles().filter((e) => e.go);

suite('Go runs every program as declared', () => {
  const outcomes = new Map<string, Outcome>();
  let started = 0;
  beforeAll(async () => {
    started = Date.now();
    const results = await pool(programs, WORKERS, oracleProgram);
    programs.forEach((p, i) => outcomes.set(p.name, results[i] as Outcome));
  });
  afterAll(() => {
    if (process.env.GORO_LANG_ORACLE_TIMING)
      console.log(`oracle: ${programs.length} programs in ${((Date.now() - started) / 1000).toFixed(1)} s with ${WORKERS} workers`);
  });

  test.each(programs.map((p) => [p.name, p] as const))('%s', (_, p) => {
    const o = outcomes.get(p.name);
    expect(o, 'no outcome').toBeDefined();
    if (!o) return;
    expect(o.build, 'go build failed').toBeNull();
    for (const [i, r] of o.runs.entries()) {
      const where = `GOMAXPROCS=${i + 1}`;
      expect(r.stdout, `${where}: stdout`).toBe(p.stdout);
      expect(r.exit, `${where}: exit status; stderr:\n${r.stderr}`).toBe(p.exit);
      if (p.stderr === null) expect(r.stderr, `${where}: stderr`).toBe('');
      else expect(firstLine(r.stderr), `${where}: first stderr line`).toBe(p.stderr);
    }
  });
});

suite('Go reports every marked compile error', () => {
  const outcomes = new Map<string, { exit: number; output: string }>();
  beforeAll(async () => {
    const results = await pool(errorFiles, WORKERS, (e) => oracleErrors(e.source));
    errorFiles.forEach((e, i) => outcomes.set(e.name, results[i] as { exit: number; output: string }));
  });

  test.each(errorFiles.map((e) => [e.name, e] as const))('%s', (_, e) => {
    const o = outcomes.get(e.name);
    expect(o, 'no outcome').toBeDefined();
    if (!o) return;
    expect(o.exit, `go build succeeded:\n${o.output}`).not.toBe(0);
    const got = parseDiagnostics(o.output).map((d) => ({ ...d, message: go122(d.message) }));
    expect(got.length, `go build printed no diagnostics:\n${o.output}`).toBeGreaterThan(0);
    expect(matchErrors(e.errors, got), o.output).toEqual([]);
  });
});

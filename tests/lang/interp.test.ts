// The interpreter against the corpus (corpus.ts): every program in
// tests/lang/programs/ (go122/ included: goro implements Go 1.22) runs under
// `goro run` and must print its declared stdout, exit with its declared
// status and write its declared first stderr line — the behaviour
// corpus.test.ts holds the real Go to. Every file in tests/lang/errors/
// fails to build with exactly the errors its markers declare, as `go run`
// prints them.
//
// Runs at procs 1 and 2 (the corpus's programs do not depend on the
// schedule), on the virtual clock, as the playground does.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { afterAll, describe as suite, expect, test } from 'vitest';

import { allErrorFiles, allPrograms, firstLine, matchErrors, parseDiagnostics } from './corpus.js';

const GORO = resolve(import.meta.dirname, '../../build/bin/goro');
const work = mkdtempSync(join(tmpdir(), 'goro-interp-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Run {
  exit: number;
  stdout: string;
  stderr: string;
}

function goroRun(source: string, args: string[]): Promise<Run> {
  const file = join(work, 'prog.go');
  writeFileSync(file, source);
  return new Promise((done, fail) => {
    const child = spawn(GORO, ['run', file, ...args], { cwd: work, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', fail);
    child.on('close', (code, signal) =>
      done({
        exit: code ?? (signal ? 128 : 1),
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      }),
    );
  });
}

test('goro is built', () => {
  expect(existsSync(GORO), `${GORO} (npm test builds it)`).toBe(true);
});

// NOT_YET: corpus programs that use what goro does not implement yet (each
// is a compile error or a difference today); README.md lists the gaps.
export const NOT_YET: Record<string, string> = {
};

test('NOT_YET names corpus programs', () => {
  const names = new Set(allPrograms().map((p) => p.name));
  for (const n of Object.keys(NOT_YET)) expect(names.has(n), n).toBe(true);
});

suite('programs', () => {
  for (const p of allPrograms().filter((p) => !(p.name in NOT_YET))) {
    for (const procs of [1, 2]) {
      test(`${p.name} (procs ${procs})`, async () => {
        const r = await goroRun(p.source, ['--procs', String(procs), '--time-limit', '60s']);
        expect(r.stdout).toBe(p.stdout);
        expect(r.exit).toBe(p.exit);
        if (p.stderr === null) expect(r.stderr).toBe('');
        else expect(firstLine(r.stderr)).toBe(p.stderr);
      });
    }
  }
});

suite('compile errors', () => {
  for (const f of allErrorFiles()) {
    test(f.name, async () => {
      const r = await goroRun(f.source, []);
      expect(r.exit).toBe(2);
      expect(r.stdout).toBe('');
      const lines = r.stderr.split('\n');
      expect(lines[0]).toBe('# command-line-arguments');
      // Go ends with "too many errors" at the 10th error, as goro does; it is
      // not one of the file's errors
      const got = parseDiagnostics(r.stderr).filter((d) => d.message !== 'too many errors');
      expect(matchErrors(f.errors, got)).toEqual([]);
    });
  }
});

// --disasm prints package main's bytecode instead of running the program:
// a for loop's condition is tested at its bottom, by the jump back.
test('goro run --disasm lists the bytecode without running', async () => {
  const r = await goroRun(
    'package main\n\nfunc main() {\n\ts := 0\n\tfor i := 0; i < 100000; i++ {\n\t\ts += i >> 2\n\t}\n\tprintln(s)\n}\n',
    ['--disasm'],
  );
  expect(r.exit).toBe(0);
  expect(r.stderr).toBe(''); // println(s) did not run
  const main = r.stdout.slice(r.stdout.indexOf('main.main:'));
  expect(main).toMatch(/^main\.main:\n/);
  expect(main).toMatch(/ SHRI +\d+ \d+ 2\n/);
  expect(main).toMatch(/ JLT +\d+ \d+ 0 +\[\d+ 65535 0\]\n/); // backward: a negative offset
  expect(main).not.toMatch(/ LOOP /);
});

// Spinning goroutines do not starve main, even at procs 1: every back-edge
// (a for with or without a condition, a condition of several jumps, a goto
// backward) is a preemption point, as Go preempts such loops asynchronously.
// Not a corpus program: Go built with -tags faketime (the playground's
// runtime, the corpus's oracle) does starve main here; Go on the real clock
// prints the line, as goro does.
test('loops of every form are preempted', async () => {
  const source = `package main

import (
	"fmt"
	"runtime"
)

func spinGoto() {
top:
	goto top
}

func spinCond(n int) {
	for x := 0; x < n; x += 0 {
	}
}

func spinAnd(n int) {
	for x := 0; x < n && x >= 0; {
	}
}

func main() {
	go spinGoto()
	go spinCond(1)
	go spinAnd(1)
	go func() {
		for {
		}
	}()
	for i := 0; i < 3; i++ {
		runtime.Gosched()
	}
	fmt.Println("main was not starved")
}
`;
  const r = await goroRun(source, ['--procs', '1', '--time-limit', '20s']);
  expect(r.stderr).toBe('');
  expect(r.stdout).toBe('main was not starved\n');
  expect(r.exit).toBe(0);
});

// go run refuses a file that is not package main before compiling it (Go
// 1.19 and 1.22 alike): one line, exit status 1, even with errors inside.
test('a file that is not package main is refused as go run refuses it', async () => {
  for (const body of ['func main() {}\n', 'func main() {\n\tx := 1\n}\n']) {
    const r = await goroRun(`package foo\n\n${body}`, []);
    expect(r.stderr).toBe('package command-line-arguments is not a main package\n');
    expect(r.stdout).toBe('');
    expect(r.exit).toBe(1);
  }
});

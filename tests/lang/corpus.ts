// corpus: the Go programs the interpreter (engine/lang) is held to, and the
// parsers for their two formats. corpus.test.ts checks every file here
// against the real Go toolchain; the interpreter's tests load the same data.
//
// Programs: tests/lang/programs/<area>.go, one complete `package main` per
// file. Its expected behaviour is written at the end of the file, like the
// `// Output:` block of a Go example test:
//
//     // Exit: 2                                        (optional, default 0)
//     // Stderr: panic: runtime error: index out of range [5] with length 3
//     // Output:
//     // first line of stdout
//     //
//     // third line (the line before was empty)
//
// - `// Output:` is required and its block runs to the end of the file: every
//   following line is `//` (an empty stdout line) or `// ` plus the line's
//   text, exactly (leading and trailing spaces count; tabs are kept).
// - The expected stdout is those lines, each ended by "\n" (so a program must
//   end its output with a newline); no lines means no output at all.
// - `// Exit: N` and `// Stderr: <text>` may come, in either order, on the
//   lines right before `// Output:`. Stderr is the first line of what the
//   program writes to stderr (for a crash: `panic: ...` or `fatal error: all
//   goroutines are asleep - deadlock!`); the rest of stderr (goroutine traces,
//   file paths) is not compared. Without `// Stderr:` stderr must be empty.
// - programs/go122/ holds programs that need Go 1.21/1.22 (min, max, clear,
//   range over int, per-iteration loop variables, errors.Join): Go 1.19, the
//   oracle on this machine, cannot run them (or runs loopvar.go with the old
//   semantics), so their `go119` is false and their expected output was
//   written from the spec. Everything else must behave the same under Go 1.19
//   and Go 1.22.
//
// Programs never print wall-clock times, addresses, map iteration order or
// anything else that varies between runs; sleeps are short. Go's playground
// and goro's interpreter run them on a virtual clock (timers fire in order,
// instantly), and so does the oracle: it builds them with `-tags faketime`.
//
// Compile errors: tests/lang/errors/<area>.go, each a `package main` whose
// erroneous lines end in a marker
//
//     x := 1 // ERROR "declared and not used: x"
//
// - The marker is `// ERROR ` and one or more double-quoted strings (Go/JSON
//   escapes: \" \\ \n \t \uXXXX) at the end of the line: one string per error
//   Go reports on that line.
// - Each string is matched as an exact, case-sensitive SUBSTRING of the
//   message (not a regexp): "undefined: x" matches `./prog.go:7:2: undefined:
//   x`. Most strings are the whole message in Go 1.22's wording (what
//   go.dev/play printed for Go 1.22); a few are a prefix where Go 1.19 and 1.22
//   word the rest differently and the 1.22 rest was not certain.
// - Only the line is checked, not the column (a `// ERROR` comment moves the
//   column Go gives for "unexpected newline").
// - Every string must match a message on its line, every message on a marked
//   line must match one of that line's strings, and no other line may have
//   an error. Continuation lines Go indents with a tab (`\thave (int)`,
//   `\tother declaration of x`) are part of the message before them and are
//   not matched.
// - At most 10 errors per file: Go (and the interpreter, like Go) prints the
//   first 10 and then `too many errors`.
// - Syntax errors (and branch errors: break outside a loop, unused labels,
//   goto over a declaration), which Go reports before type checking, live in
//   files of their own: in a file with one, Go reports no type errors.
// - errors/unsupported/ holds valid Go the interpreter rejects with its own
//   wording (`generics are not supported yet`); the oracle skips it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

export const LANG = resolve(import.meta.dirname);
export const PROGRAMS = join(LANG, 'programs');
export const ERRORS = join(LANG, 'errors');

export interface Program {
  /** Path under programs/, with forward slashes: "maps.go", "go122/clear.go". */
  name: string;
  /** Absolute path of the file. */
  file: string;
  source: string;
  /** The expected stdout, exactly. */
  stdout: string;
  /** The same, as lines without their "\n". */
  lines: string[];
  /** The expected exit status. */
  exit: number;
  /** The expected first line of stderr, or null when stderr must be empty. */
  stderr: string | null;
  /** Whether Go 1.19 runs it as Go 1.22 would (false for go122/). */
  go119: boolean;
}

export interface ErrorMark {
  /** 1-based line of the marker. */
  line: number;
  /** Exact substring of the message Go reports on that line. */
  text: string;
}

export interface ErrorFile {
  /** Path under errors/, with forward slashes: "unused.go", "unsupported/generics.go". */
  name: string;
  file: string;
  source: string;
  /** The expected errors, in line order (several on one line in marker order). */
  errors: ErrorMark[];
  /** Whether Go itself reports these errors (false for unsupported/). */
  go: boolean;
}

/** A diagnostic as a compiler reports it: `./prog.go:LINE:COL: message`. */
export interface Diagnostic {
  line: number;
  col: number;
  message: string;
}

const OUTPUT = '// Output:';

// parseProgram() reads a program's expected behaviour from its source. Throws
// on a malformed trailer, naming the file and line.
export function parseProgram(name: string, source: string, file = name): Program {
  const fail = (line: number, why: string): never => {
    throw new Error(`${name}:${line}: ${why}`);
  };
  const all = source.split('\n');
  while (all.length > 0 && all.at(-1) === '') all.pop();
  const at = all.indexOf(OUTPUT);
  if (at < 0) fail(all.length, `no "${OUTPUT}" line`);
  if (all.indexOf(OUTPUT, at + 1) >= 0) fail(all.indexOf(OUTPUT, at + 1) + 1, `a second "${OUTPUT}" line`);
  const lines = all.slice(at + 1).map((l, i) => {
    if (l === '//') return '';
    if (l.startsWith('// ')) return l.slice(3);
    return fail(at + 2 + i, 'every line after "// Output:" must be "//" or start with "// "');
  });
  let exit = 0;
  let stderr: string | null = null;
  for (let i = at - 1; i >= 0; i--) {
    const l = all[i] ?? '';
    const ex = /^\/\/ Exit: (\d+)$/.exec(l);
    if (ex) {
      exit = Number(ex[1]);
      if (exit > 255) fail(i + 1, 'exit status out of range');
      continue;
    }
    if (l.startsWith('// Stderr: ')) {
      stderr = l.slice('// Stderr: '.length);
      if (stderr === '') fail(i + 1, 'empty Stderr line');
      continue;
    }
    if (/^\/\/ (Exit|Stderr):/.test(l)) fail(i + 1, `malformed "${l}"`);
    break;
  }
  if (!/^package main$/m.test(source)) fail(1, 'not a package main');
  return {
    name,
    file,
    source,
    stdout: lines.map((l) => l + '\n').join(''),
    lines,
    exit,
    stderr,
    go119: !name.startsWith('go122/'),
  };
}

const MARK = /\/\/ ERROR ((?:"(?:[^"\\]|\\.)*"\s*)+)$/;
const QUOTED = /"(?:[^"\\]|\\.)*"/g;

// parseErrorFile() collects the `// ERROR "..."` markers of a source.
export function parseErrorFile(name: string, source: string, file = name): ErrorFile {
  const errors: ErrorMark[] = [];
  source.split('\n').forEach((l, i) => {
    if (!l.includes('// ERROR')) return;
    const m = MARK.exec(l);
    if (!m) throw new Error(`${name}:${i + 1}: malformed ERROR marker`);
    for (const q of (m[1] ?? '').match(QUOTED) ?? []) {
      let text: string;
      try {
        text = JSON.parse(q) as string;
      } catch {
        throw new Error(`${name}:${i + 1}: bad string ${q} (use only \\" \\\\ \\n \\t \\uXXXX escapes)`);
      }
      if (text === '') throw new Error(`${name}:${i + 1}: empty ERROR text`);
      errors.push({ line: i + 1, text });
    }
  });
  if (errors.length === 0) throw new Error(`${name}: no ERROR markers`);
  return { name, file, source, errors, go: !name.startsWith('unsupported/') };
}

function goFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.go'))
    .map((f) => join(dir, f))
    .sort();
}

const slashed = (dir: string, file: string) => relative(dir, file).split(sep).join('/');

/** Every program under programs/, sorted by name. */
export function allPrograms(): Program[] {
  return goFiles(PROGRAMS).map((f) => parseProgram(slashed(PROGRAMS, f), readFileSync(f, 'utf8'), f));
}

/** Every file under errors/, sorted by name. */
export function allErrorFiles(): ErrorFile[] {
  return goFiles(ERRORS).map((f) => parseErrorFile(slashed(ERRORS, f), readFileSync(f, 'utf8'), f));
}

/** The first line of a stream, without its newline ("" for an empty stream). */
export function firstLine(s: string): string {
  const nl = s.indexOf('\n');
  return nl < 0 ? s : s.slice(0, nl);
}

// parseDiagnostics() reads compiler output (`go build`'s stderr or the
// interpreter's): one diagnostic per `FILE:LINE:COL: message` line; lines
// starting with a tab continue the previous message and are appended to it
// after a "\n"; anything else (`# prog`, `too many errors`) is skipped.
export function parseDiagnostics(output: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const l of output.split('\n')) {
    const m = /^[^\s:]+\.go:(\d+):(\d+): (.*)$/.exec(l);
    const last = out.at(-1);
    if (m) out.push({ line: Number(m[1]), col: Number(m[2]), message: m[3] ?? '' });
    else if (l.startsWith('\t') && last) last.message += '\n' + l;
  }
  return out;
}

// matchErrors() compares diagnostics with a file's markers by the rules at
// the top of this file. Returns the problems, one line each; none means a
// match. Only each message's first line is matched.
export function matchErrors(expected: ErrorMark[], got: Diagnostic[]): string[] {
  const problems: string[] = [];
  const head = (d: Diagnostic) => firstLine(d.message);
  const lines = new Set([...expected.map((e) => e.line), ...got.map((d) => d.line)]);
  for (const line of [...lines].sort((a, b) => a - b)) {
    const want = expected.filter((e) => e.line === line);
    const have = got.filter((d) => d.line === line);
    for (const w of want)
      if (!have.some((d) => head(d).includes(w.text)))
        problems.push(`line ${line}: no error containing ${JSON.stringify(w.text)}; got ${JSON.stringify(have.map(head))}`);
    for (const d of have)
      if (!want.some((w) => head(d).includes(w.text)))
        problems.push(`line ${line}: unexpected error ${JSON.stringify(head(d))}`);
  }
  if (got.length > 10) problems.push(`${got.length} errors: keep at most 10 per file`);
  return problems;
}

// outcome: example.json's description of what a program may do, and the
// matcher that says whether one run (of the C++ port, of real Go, or in the
// playground) is one of those outcomes. The format is documented in
// examples/README.md. The tests use it to hold every run to its example, the
// playground to name the outcome a reader's run had.
export type LinePattern =
  | string
  | { any_order: string[] }
  | { some_of: string[]; min?: number; max?: number }
  | { repeat: string; min?: number; max?: number }
  | { interleave: string[][]; prefix?: boolean }
  | { regex: string };

export interface Outcome {
  name: string;
  exit: number;
  stdout: LinePattern[];
  stderr?: LinePattern[];
  report?: string;
  goroutines?: string[];
}

// Outcomes is what classify() needs of an example (example.json).
export interface Outcomes {
  outcomes: Outcome[];
}

// Run is what one execution produced.
export interface Run {
  exit: number;
  stdout: string;
  stderr: string;
}

// lines() splits output into lines; a final newline does not start a line.
export function lines(text: string): string[] {
  if (text === '') return [];
  const parts = text.split('\n');
  if (parts[parts.length - 1] === '') parts.pop();
  return parts;
}

const REPORT_START = /^(panic: |fatal error: |timeout running program$)/;

// Observed is a run reduced to what outcomes talk about.
export interface Observed {
  exit: number;
  stdout: string[];
  stderr: string[]; // stderr lines before the report
  report?: string; // the report's first line
  goroutines: string[]; // "<state> <file:line>", sorted
}

// observe() splits stderr into the program's own lines and the report, and
// reduces the report's goroutine list to "<state> <file:line>" entries: the
// state without Go's ", N minutes", and the first frame in main.go (or, when
// no frame is in main.go, the first frame at all) with the directory and
// Go's "+0x.." offset dropped.
export function observe(run: Run): Observed {
  const err = lines(run.stderr);
  const at = err.findIndex((l) => REPORT_START.test(l));
  const before = at < 0 ? err : err.slice(0, at);
  const report = at < 0 ? [] : err.slice(at);
  const goroutines: string[] = [];
  let state: string | null = null;
  let frames: string[] = [];
  const flush = () => {
    if (state === null) return;
    const site = frames.find((f) => /(^|\/)main\.go:\d+$/.test(f)) ?? frames[0] ?? '?';
    goroutines.push(`${state} ${site}`);
  };
  for (const line of report) {
    const header = /^goroutine \d+ \[([^\]]*)\]:$/.exec(line);
    if (header) {
      flush();
      state = (header[1] ?? '').replace(/, \d+ minutes?$/, '');
      frames = [];
    } else if (state !== null && line.startsWith('created by ')) {
      flush();
      state = null;
    } else if (state !== null && line.startsWith('\t')) {
      const site = line.trim().replace(/ \+0x[0-9a-f]+$/, '');
      frames.push(site.slice(site.lastIndexOf('/') + 1));
    }
  }
  flush();
  goroutines.sort();
  const observed: Observed = { exit: run.exit, stdout: lines(run.stdout), stderr: before, goroutines };
  if (report[0] !== undefined) observed.report = report[0];
  return observed;
}

// matchLines() reports whether `got` is exactly the lines `patterns` describe.
export function matchLines(patterns: LinePattern[], got: string[]): boolean {
  const memo = new Map<string, boolean>();
  const go = (i: number, j: number): boolean => {
    const key = `${i},${j}`;
    const cached = memo.get(key);
    if (cached !== undefined) return cached;
    let ok = false;
    const p = patterns[i];
    if (p === undefined) {
      ok = j === got.length;
    } else if (typeof p === 'string') {
      ok = got[j] === p && go(i + 1, j + 1);
    } else if ('regex' in p) {
      const line = got[j];
      ok = line !== undefined && new RegExp(p.regex).test(line) && go(i + 1, j + 1);
    } else if ('interleave' in p) {
      for (const end of interleavingEnds(p.interleave, p.prefix ?? false, got, j)) {
        if (go(i + 1, end)) {
          ok = true;
          break;
        }
      }
    } else if ('any_order' in p) {
      const n = p.any_order.length;
      ok = j + n <= got.length && isSubMultiset(got.slice(j, j + n), p.any_order) && go(i + 1, j + n);
    } else if ('some_of' in p) {
      const min = p.min ?? 0;
      const max = Math.min(p.max ?? p.some_of.length, got.length - j);
      for (let n = min; n <= max && !ok; n++)
        ok = isSubMultiset(got.slice(j, j + n), p.some_of) && go(i + 1, j + n);
    } else {
      const min = p.min ?? 1;
      const max = p.max ?? Infinity;
      let n = 0;
      while (n < min && got[j + n] === p.repeat) n++;
      if (n === min) {
        for (;;) {
          if (go(i + 1, j + n)) {
            ok = true;
            break;
          }
          if (n >= max || got[j + n] !== p.repeat) break;
          n++;
        }
      }
    }
    memo.set(key, ok);
    return ok;
  };
  return go(0, 0);
}

// interleavingEnds() lists every k such that got[from..k) merges the
// sequences, each in its own order: all of each, or with `prefix` any
// leading part of each (what is left when the program ends early).
function interleavingEnds(seqs: string[][], prefix: boolean, got: string[], from: number): number[] {
  const ends = new Set<number>();
  const seen = new Set<string>();
  const walk = (pos: number, idx: number[]) => {
    const key = `${pos}:${idx.join(',')}`;
    if (seen.has(key)) return;
    seen.add(key);
    if (prefix || idx.every((k, s) => k === (seqs[s]?.length ?? 0))) ends.add(pos);
    const line = got[pos];
    if (line === undefined) return;
    idx.forEach((k, s) => {
      if (seqs[s]?.[k] === line) walk(pos + 1, idx.map((v, t) => (t === s ? v + 1 : v)));
    });
  };
  walk(from, seqs.map(() => 0));
  return [...ends].sort((a, b) => b - a);
}

// isSubMultiset(): every line of `part` is taken from `pool`, each pool entry at most once.
function isSubMultiset(part: string[], pool: string[]): boolean {
  const left = new Map<string, number>();
  for (const l of pool) left.set(l, (left.get(l) ?? 0) + 1);
  for (const l of part) {
    const n = left.get(l) ?? 0;
    if (n === 0) return false;
    left.set(l, n - 1);
  }
  return true;
}

// matches() reports whether an observed run is this outcome.
export function matches(o: Outcome, got: Observed): boolean {
  if (o.exit !== got.exit) return false;
  if ((o.report ?? null) !== (got.report ?? null)) return false;
  if (o.goroutines !== undefined && [...o.goroutines].sort().join('\n') !== got.goroutines.join('\n')) return false;
  return matchLines(o.stdout, got.stdout) && matchLines(o.stderr ?? [], got.stderr);
}

// classify() names the outcome a run is, or returns null when it is none of them.
export function classify(ex: Outcomes, run: Run): string | null {
  const got = observe(run);
  return ex.outcomes.find((o) => matches(o, got))?.name ?? null;
}

// describe() prints a run for a failure message.
export function describe(run: Run): string {
  return `exit ${run.exit}\n--- stdout\n${run.stdout}--- stderr\n${run.stderr}---`;
}


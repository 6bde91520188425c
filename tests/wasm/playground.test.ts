// The playground's WebAssembly module (engine/wasm/playground.cpp) under
// Node, both builds: it lists every example with its files, and running an
// example gives an outcome its example.json allows, record by record as the
// browser will receive them; Go source runs through the interpreter
// (runGo), its compile errors coming back as a build record.
//
// The single-thread build (build-wasm) runs synchronously: every record,
// the end record last, reaches onRecord before run() returns. The threaded
// build (build-wasm-mt) returns from run() at once and streams the records
// afterwards, from its runner thread through this thread's event loop; its
// pthread workers keep Node alive, so afterAll() terminates them.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';

import { afterAll, beforeAll, describe as suite, expect, test } from 'vitest';

import { allExamples, ROOT } from '../examples/examples.js';
import { classify, describe, type Run } from '../examples/outcome.js';
import { CONFORMANCE, goTest } from '../lang/conformance.js';

interface Playground {
  exampleSlugs(): string;
  exampleFile(slug: string, name: string): string;
  maxProcs(): number;
  run(slug: string, opts: Record<string, unknown>, onRecord: (line: string) => void): void;
  runGo(source: string, opts: Record<string, unknown>, onRecord: (line: string) => void): void;
  // Emscripten's pthread bookkeeping, on the module in -pthread builds only.
  PThread?: { terminateAllThreads(): void };
}
type Create = (opts: { wasmBinary: Uint8Array }) => Promise<Playground>;

interface RecordLine {
  type: string;
  seq?: number;
  t?: number;
  g?: number;
  stream?: string;
  data?: string;
  status?: number;
  worker?: number;
  message?: string;
  errors?: { line: number; col: number; message: string }[];
  text?: string;
}

type Result = Run & { records: RecordLine[]; endedInsideRun: boolean };

const BUILDS = [
  { name: 'single-thread', dir: 'build-wasm', threaded: false },
  { name: 'threaded', dir: 'build-wasm-mt', threaded: true },
];

// A run that has not ended by then fails its test instead of hanging it.
const RUN_TIMEOUT_MS = 30_000;

// runToEnd() runs one example (or, with {go: source}, Go source through the
// interpreter) and folds its records into what a terminal shows.
function runToEnd(goro: Playground, what: string | { go: string }, opts: Record<string, unknown>): Promise<Result> {
  const slug = typeof what === 'string' ? what : 'Go source';
  return new Promise((resolve, reject) => {
    const records: RecordLine[] = [];
    let stdout = '';
    let stderr = '';
    let returned = false;
    const timer = setTimeout(
      () => reject(new Error(`${slug} ${JSON.stringify(opts)}: no end record after ${RUN_TIMEOUT_MS} ms (${records.length} records)`)),
      RUN_TIMEOUT_MS,
    );
    const onRecord = (line: string) => {
      const rec = JSON.parse(line) as RecordLine;
      records.push(rec);
      if (rec.type === 'output') {
        if (rec.stream === 'stderr') stderr += rec.data ?? '';
        else stdout += rec.data ?? '';
      }
      if (rec.type === 'error') {
        clearTimeout(timer);
        reject(new Error(`${slug} ${JSON.stringify(opts)}: ${line}`));
      }
      if (rec.type === 'end') {
        clearTimeout(timer);
        resolve({ exit: rec.status ?? -1, stdout, stderr, records, endedInsideRun: !returned });
      }
    };
    if (typeof what === 'string') goro.run(what, opts, onRecord);
    else goro.runGo(what.go, opts, onRecord);
    returned = true;
  });
}

const examples = allExamples();
// SPINNERS: four goroutines of pure computation, joined.
const SPINNERS = `package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	sums := make([]int, 4)
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 1_000_000; i++ {
				sums[g] += i & 1
			}
			sums[g] *= 2
		}(g)
	}
	wg.Wait()
	fmt.Println(sums[0] + sums[1] + sums[2] + sums[3])
}
`;
const HELLO = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("Hello, 世界")\n}\n';

for (const build of BUILDS) {
  suite(`${build.name} build (${build.dir}/web/goro-playground.js)`, () => {
    let goro: Playground;
    beforeAll(async () => {
      const js = join(ROOT, build.dir, 'web', 'goro-playground.js');
      if (!existsSync(js)) throw new Error(`${js} is missing: build it with npm run build`);
      const create = createRequire(import.meta.url)(js) as Create;
      goro = await create({ wasmBinary: readFileSync(js.replace(/\.js$/, '.wasm')) });
    });
    afterAll(() => {
      // The pool's workers (idle or not) would keep this process alive.
      goro?.PThread?.terminateAllThreads();
    });

    test('lists every example with its files', () => {
      expect(goro.exampleSlugs().trim().split('\n')).toEqual(examples.map((e) => e.slug));
      for (const ex of examples)
        expect(goro.exampleFile(ex.slug, 'main.go')).toBe(readFileSync(join(ROOT, 'examples', ex.slug, 'main.go'), 'utf8'));
    });

    test(`maxProcs() is ${build.threaded ? 'at least 4 (the pthread pool)' : '1'}`, () => {
      if (build.threaded) expect(goro.maxProcs()).toBeGreaterThanOrEqual(4);
      else expect(goro.maxProcs()).toBe(1);
    });

    test(`run() is ${build.threaded ? 'asynchronous' : 'synchronous'}, records in order, end last`, async () => {
      const run = await runToEnd(goro, 'quick-waitgroup', { seed: 1 });
      expect(run.endedInsideRun).toBe(!build.threaded);
      expect(run.records.at(-1)?.type).toBe('end');
      expect(run.records.filter((r) => r.type === 'end')).toHaveLength(1);
      const seqs = run.records.slice(0, -1).map((r) => r.seq);
      expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    });

    test('unknown example: one error record, synchronously, and no end record', () => {
      const got: string[] = [];
      goro.run('no-such-example', {}, (line) => got.push(line));
      expect(got.map((l) => (JSON.parse(l) as RecordLine).type)).toEqual(['error']);
    });

    if (build.threaded) {
      test('a second run() while one is going: one error record; the first run is unaffected', async () => {
        const first = runToEnd(goro, 'quick-waitgroup', { procs: 2 });
        const got: string[] = [];
        goro.run('quick-waitgroup', {}, (line) => got.push(line));
        expect(got.map((l) => (JSON.parse(l) as RecordLine).type)).toEqual(['error']);
        expect((await first).exit).toBe(0);
        await new Promise((r) => setTimeout(r, 50));
        expect(got).toHaveLength(1);
      });

      // Goroutines that compute for a while (interpreted, tenths of a
      // second in all) leave the other workers time to be scheduled by the
      // OS even on a loaded machine, where a short example may finish on
      // worker 0 before another pool thread gets a CPU.
      test('procs is clamped to maxProcs(), and the workers run goroutines', async () => {
        const max = goro.maxProcs();
        const workers = new Set<number>();
        const run = await runToEnd(goro, { go: SPINNERS }, { procs: max + 3 });
        expect(run.stdout).toBe('4000000\n');
        for (const r of run.records) if (r.type === 'run') workers.add(r.worker ?? 0);
        expect(Math.max(...workers)).toBeLessThan(max);
        expect(workers.size).toBeGreaterThan(1);
      });
    }

    test('runGo: a program that compiles gives an empty build record first, then runs', async () => {
      const run = await runToEnd(goro, { go: HELLO }, {});
      expect(run.records[0]).toEqual({ type: 'build', errors: [], text: '' });
      expect(run.stdout).toBe('Hello, 世界\n');
      expect(run.exit).toBe(0);
      expect(run.endedInsideRun).toBe(!build.threaded);
      const seqs = run.records.slice(1, -1).map((r) => r.seq);
      expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    });

    test('runGo: compile errors come as `go run` prints them, and the run ends with status 2', async () => {
      const run = await runToEnd(goro, { go: 'package main\n\nimport "os"\n\nfunc main() {\n\tx := "世界"\n}\n' }, {});
      expect(run.records.map((r) => r.type)).toEqual(['build', 'end']);
      const [rec] = run.records;
      expect(rec!.errors).toEqual([
        { line: 3, col: 8, message: '"os" imported and not used' },
        { line: 6, col: 2, message: 'declared and not used: x' },
      ]);
      expect(rec!.text).toBe('./prog.go:3:8: "os" imported and not used\n./prog.go:6:2: declared and not used: x\n');
      expect(run.exit).toBe(2);
    });

    test('runGo: a file that is not package main is refused, status 1, as go run refuses it', async () => {
      const run = await runToEnd(goro, { go: 'package foo\n\nfunc main() {}\n' }, {});
      expect(run.records).toEqual([
        {
          type: 'build',
          errors: [{ line: 1, col: 9, message: 'package command-line-arguments is not a main package' }],
          text: 'package command-line-arguments is not a main package\n',
        },
        { type: 'end', status: 1, t: 0 },
      ]);
    });

    test('runGo: nesting past the bound is a compile error, not a JavaScript stack overflow', async () => {
      for (const depth of [240, 2000]) {
        const expr = '('.repeat(depth) + '1' + ')'.repeat(depth);
        const run = await runToEnd(goro, { go: `package main\n\nfunc main() {\n\tprintln(${expr})\n}\n` }, {});
        if (depth === 240) {
          expect(run.stderr).toBe('1\n');
          expect(run.exit).toBe(0);
        } else {
          expect(run.records[0]?.text).toMatch(/^\.\/prog\.go:4:\d+: exceeded max nesting depth\n/);
          expect(run.exit).toBe(2);
        }
      }
    });

    test('runGo: a deadlock is reported as Go reports it', async () => {
      const run = await runToEnd(goro, { go: 'package main\n\nfunc main() {\n\tch := make(chan int)\n\t<-ch\n}\n' }, {});
      expect(run.stderr).toMatch(/^fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 \[chan receive\]:\nmain\.main\(\)\n/);
      expect(run.exit).toBe(2);
    });

    test('events: "go" delivers only goroutine creations, false none; output and end are the same', async () => {
      const types = (r: Result) => [...new Set(r.records.map((x) => x.type))].sort();
      const all = await runToEnd(goro, 'quick-goroutine-and-main', { seed: 1 });
      const go = await runToEnd(goro, 'quick-goroutine-and-main', { seed: 1, events: 'go' });
      const none = await runToEnd(goro, 'quick-goroutine-and-main', { seed: 1, events: false });
      expect(types(all)).toEqual(expect.arrayContaining(['block', 'end', 'exit', 'go', 'output', 'run', 'sleep']));
      expect(types(go)).toEqual(['end', 'go', 'output']);
      expect(types(none)).toEqual(['end', 'output']);
      // the full stream's records, sequence numbers included (without
      // events the runtime numbers only what it writes)
      const pick = (r: Result, keep: (x: RecordLine) => boolean, seq = true) =>
        r.records.filter(keep).map((x) => JSON.stringify({ ...x, seq: seq ? x.seq : undefined }));
      expect(pick(go, () => true)).toEqual(pick(all, (x) => ['go', 'output', 'end'].includes(x.type)));
      const outputs = (x: RecordLine) => x.type === 'output';
      expect(pick(none, outputs, false)).toEqual(pick(all, outputs, false));
      // the end record says how long the run took on its clock: main sleeps
      // until 2.5 s after its last line, at 2 s
      for (const r of [all, go]) expect(r.records.at(-1)).toEqual({ type: 'end', status: 0, t: 2_500_000_000 });
      // without events, the time of its last output
      expect(none.records.at(-1)).toEqual({ type: 'end', status: 0, t: 2_000_000_000 });
    });

    // What the playground asks for: goroutine creations only, so that a
    // program of 100k goroutines sends 100k event records, not 400k+.
    test('runGo: 100k goroutines run, with a go record each', async () => {
      const source = readFileSync(join(ROOT, 'bench/lang/spawn.go'), 'utf8');
      const run = await runToEnd(goro, { go: source }, { events: 'go', timeLimitMs: 120_000 });
      expect(run.stdout).toBe('14999850000\n');
      expect(run.exit).toBe(0);
      // main's own, then one per go statement
      expect(run.records.filter((r) => r.type === 'go')).toHaveLength(100_001);
    });

    if (build.threaded) {
      test('runGo while a run is going: one error record; the first run is unaffected', async () => {
        const first = runToEnd(goro, { go: HELLO }, {});
        const got: string[] = [];
        goro.runGo(HELLO, {}, (line) => got.push(line));
        expect(got.map((l) => (JSON.parse(l) as RecordLine).type)).toEqual(['error']);
        expect((await first).exit).toBe(0);
      });
    }

    // Go's own conformance tests (tests/lang/conformance.ts), as the web
    // editor runs them; copy.go takes seconds, so the run's limit is raised.
    test.each(CONFORMANCE)("Go's conformance test %s passes in the interpreter", async (t) => {
      const { source, want } = goTest(t);
      const run = await runToEnd(goro, { go: source }, { filename: `./${basename(t)}`, timeLimitMs: 120_000 });
      const built = run.records[0]?.text ?? '';
      expect(built + run.stdout + run.stderr).toBe(want);
      expect(run.exit).toBe(0);
    });

    test.each(examples.map((e) => [e.slug, e] as const))("%s's Go, interpreted, gives a declared outcome", async (_slug, ex) => {
      const go = readFileSync(join(ROOT, 'examples', ex.slug, 'main.go'), 'utf8');
      const schedules: Record<string, unknown>[] = [{}, { seed: 2, shuffle: true }];
      if (build.threaded) schedules.push({ procs: 2, seed: 3 });
      for (const opts of schedules) {
        // Named as the real Go runs are (go run main.go), so reports name main.go.
        const run = await runToEnd(goro, { go }, { ...opts, filename: './main.go' });
        expect(run.records[0]?.errors, `${ex.slug} does not build:\n${run.records[0]?.text}`).toEqual([]);
        expect(classify(ex, run), `${ex.slug} ${JSON.stringify(opts)}:\n${describe(run)}`).not.toBeNull();
      }
    });

    test.each(examples.map((e) => [e.slug, e] as const))('%s gives a declared outcome', async (_slug, ex) => {
      const schedules: Record<string, unknown>[] = [{}, { seed: 2, shuffle: true }, { seed: 3, shuffle: true }];
      if (build.threaded) schedules.push({ procs: 2, seed: 4 }, { procs: 2, seed: 5, shuffle: true }, { procs: 4, seed: 6 });
      for (const opts of schedules) {
        const run = await runToEnd(goro, ex.slug, opts);
        expect(classify(ex, run), `${ex.slug} ${JSON.stringify(opts)}:\n${describe(run)}`).not.toBeNull();
        expect(run.records.some((r) => r.type === 'go' || r.type === 'run')).toBe(true);
        const procs = typeof opts['procs'] === 'number' ? opts['procs'] : 1;
        for (const r of run.records) if (r.type === 'run') expect(r.worker ?? 0).toBeLessThan(procs);
      }
    });
  });
}

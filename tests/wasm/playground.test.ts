// The playground's WebAssembly module (engine/wasm/playground.cpp) under
// Node: it lists every example with its files, and running an example gives
// an outcome its example.json allows, record by record as the browser will
// receive them. The single-thread build only, for now: the threaded build's
// module (MODULARIZE with pthreads) does not yet start its pthread workers
// when loaded into Node this way; the web issue takes that up.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

import { beforeAll, describe as suite, expect, test } from 'vitest';

import { allExamples, ROOT } from '../examples/examples.js';
import { classify, describe, type Run } from '../examples/outcome.js';

interface Playground {
  exampleSlugs(): string;
  exampleFile(slug: string, name: string): string;
  maxProcs(): number;
  run(slug: string, opts: Record<string, unknown>, onRecord: (line: string) => void): void;
}
type Create = (opts: { wasmBinary: Uint8Array }) => Promise<Playground>;

interface RecordLine {
  type: string;
  stream?: string;
  data?: string;
  status?: number;
}

const BUILDS = [{ name: 'single-thread', dir: 'build-wasm' }];

// runToEnd() runs one example and folds its records into what a terminal shows.
async function runToEnd(goro: Playground, slug: string, opts: Record<string, unknown>): Promise<Run & { records: RecordLine[] }> {
  return new Promise((resolve) => {
    const records: RecordLine[] = [];
    let stdout = '';
    let stderr = '';
    goro.run(slug, opts, (line) => {
      const rec = JSON.parse(line) as RecordLine;
      records.push(rec);
      if (rec.type === 'output') {
        if (rec.stream === 'stderr') stderr += rec.data ?? '';
        else stdout += rec.data ?? '';
      }
      if (rec.type === 'end') resolve({ exit: rec.status ?? -1, stdout, stderr, records });
    });
  });
}

const examples = allExamples();

for (const build of BUILDS) {
  suite(`${build.name} build (${build.dir}/web/goro-playground.js)`, () => {
    let goro: Playground;
    beforeAll(async () => {
      const js = join(ROOT, build.dir, 'web', 'goro-playground.js');
      if (!existsSync(js)) throw new Error(`${js} is missing: build it with npm run build`);
      const create = createRequire(import.meta.url)(js) as Create;
      goro = await create({ wasmBinary: readFileSync(js.replace(/\.js$/, '.wasm')) });
    });

    test('lists every example with its files', () => {
      expect(goro.exampleSlugs().trim().split('\n')).toEqual(examples.map((e) => e.slug));
      for (const ex of examples)
        expect(goro.exampleFile(ex.slug, 'main.go')).toBe(readFileSync(join(ROOT, 'examples', ex.slug, 'main.go'), 'utf8'));
    });

    test.each(examples.map((e) => [e.slug, e] as const))('%s gives a declared outcome', async (_slug, ex) => {
      const schedules: Record<string, unknown>[] = [{}, { seed: 2, shuffle: true }, { seed: 3, shuffle: true }];
      if (goro.maxProcs() > 1) schedules.push({ procs: 2, seed: 4 });
      for (const opts of schedules) {
        const run = await runToEnd(goro, ex.slug, opts);
        expect(classify(ex, run), `${ex.slug} ${JSON.stringify(opts)}:\n${describe(run)}`).not.toBeNull();
        expect(run.records.some((r) => r.type === 'go' || r.type === 'run')).toBe(true);
      }
    });
  });
}

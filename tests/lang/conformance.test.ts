// Go's own conformance tests — every `// run` program of the Go tree that
// golang-go installs ($(go env GOROOT)/test: the top directory, ken/, chan/
// and interface/; copied at test time, never committed) — run under
// `goro run` with Go's pass rule (test/run.go): exit status 0, and the
// output (stdout then stderr) equal to the test's .out file, or empty when
// it has none.
//
// conformance.ts lists the tests goro passes (CONFORMANCE) and every other
// one with the reason (LEFT_OUT; README.md gives the count and the
// reasons); a test here checks that the two cover the Go tree's `// run`
// programs exactly.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

import { afterAll, expect, test } from 'vitest';

import { CONFORMANCE, GOROOT, goTest, LEFT_OUT } from './conformance.js';

const GORO = resolve(import.meta.dirname, '../../build/bin/goro');
const work = mkdtempSync(join(tmpdir(), 'goro-conformance-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// AREAS are the directories of the Go tree's test/ the lists cover.
const AREAS = ['', 'ken', 'chan', 'interface'];

test('CONFORMANCE and LEFT_OUT are exactly the `// run` programs of the Go tree', () => {
  const run: string[] = [];
  for (const area of AREAS) {
    const dir = join(GOROOT, 'test', area);
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.go')).sort()) {
      const first = readFileSync(join(dir, f), 'utf8').split('\n', 1)[0];
      if (first === '// run') run.push(area ? `${area}/${f}` : f);
    }
  }
  const listed = [...CONFORMANCE, ...Object.keys(LEFT_OUT)];
  expect(new Set(listed).size).toBe(listed.length);
  expect([...listed].sort()).toEqual([...run].sort());
});

for (const t of CONFORMANCE) {
  test(t, () => {
    const { want } = goTest(t);
    const dir = mkdtempSync(join(work, 't-'));
    const prog = join(dir, basename(t));
    copyFileSync(join(GOROOT, 'test', t), prog);
    const r = spawnSync(GORO, ['run', prog, '--time-limit', '60s'], { cwd: dir, encoding: 'utf8' });
    expect(r.stdout + r.stderr).toBe(want);
    expect(r.status).toBe(0);
  });
}

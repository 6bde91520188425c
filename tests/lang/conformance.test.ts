// Go's own conformance tests for channels, select, closures, defer and
// recover — the `// run` programs of the Go tree that golang-go installs
// ($(go env GOROOT)/test), copied at test time, never committed — run under
// `goro run` with Go's pass rule (test/run.go): exit status 0, and the
// output (stdout then stderr) equal to the test's .out file, or empty when
// it has none.
//
// CONFORMANCE lists the tests goro passes; LEFT_OUT the other `// run`
// tests of the same areas, with the reason (README.md gives both).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

import { afterAll, expect, test } from 'vitest';

export const CONFORMANCE = [
  'chan/fifo.go',
  'chan/goroutines.go',
  'chan/nonblock.go',
  'chan/powser1.go',
  'chan/powser2.go',
  'chan/select.go',
  'chan/select3.go',
  'chan/select4.go',
  'chan/select6.go',
  'chan/select7.go',
  'chan/select8.go',
  'chan/sendstmt.go',
  'chan/sieve1.go',
  'chan/zerosize.go',
  'closure1.go',
  'closure4.go',
  'closure7.go',
  'defer.go',
  'defernil.go',
  'deferprint.go',
  'recover2.go',
  'recover3.go',
];

export const LEFT_OUT: Record<string, string> = {
  'chan/doubleselect.go': 'imports flag',
  'chan/select2.go': 'reads runtime.MemStats',
  'chan/sieve2.go': 'imports container/ring',
  'chancap.go': 'imports unsafe',
  'chanlinear.go': 'times itself with time.Now, which the virtual clock does not advance while computing',
  'closure.go': 'reads runtime.MemStats',
  'closure2.go': "written for Go's pre-1.22 shared loop variable (goro gives each iteration its own, as Go 1.22 does)",
  'deferfin.go': 'uses runtime.SetFinalizer',
  'recover.go': 'imports reflect',
  'recover1.go': 'calls runtime.Breakpoint',
};

const GORO = resolve(import.meta.dirname, '../../build/bin/goro');
const GOROOT = spawnSync('go', ['env', 'GOROOT'], { encoding: 'utf8' }).stdout.trim();
const work = mkdtempSync(join(tmpdir(), 'goro-conformance-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

test('the Go tree has the tests', () => {
  for (const t of CONFORMANCE) expect(existsSync(join(GOROOT, 'test', t)), t).toBe(true);
});

for (const t of CONFORMANCE) {
  test(t, () => {
    const src = join(GOROOT, 'test', t);
    const dir = mkdtempSync(join(work, 't-'));
    const prog = join(dir, basename(t));
    copyFileSync(src, prog);
    const r = spawnSync(GORO, ['run', prog, '--time-limit', '60s'], { cwd: dir, encoding: 'utf8' });
    const outFile = src.replace(/\.go$/, '.out');
    const want = existsSync(outFile) ? readFileSync(outFile, 'utf8') : '';
    expect(r.stdout + r.stderr).toBe(want);
    expect(r.status).toBe(0);
  });
}

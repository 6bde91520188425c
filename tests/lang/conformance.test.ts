// Go's own conformance tests — every `// run` program of the Go tree that
// golang-go installs ($(go env GOROOT)/test: the top directory, ken/, chan/
// and interface/; copied at test time, never committed) — run under
// `goro run` with Go's pass rule (test/run.go): exit status 0, and the
// output (stdout then stderr) equal to the test's .out file, or empty when
// it has none.
//
// CONFORMANCE lists the tests goro passes; LEFT_OUT every other one, with
// the reason (README.md gives the count and the reasons); a test checks
// that the two cover the Go tree's `// run` programs exactly.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

import { afterAll, expect, test } from 'vitest';

export const CONFORMANCE = [
  '235.go',
  'alias1.go',
  'align.go',
  'armimm.go',
  'atomicload.go',
  'bigalg.go',
  'bigmap.go',
  'char_lit.go',
  'closedchan.go',
  'closure1.go',
  'closure4.go',
  'closure7.go',
  'complit.go',
  'compos.go',
  'const.go',
  'const3.go',
  'const4.go',
  'const8.go',
  'convT2X.go',
  'copy.go',
  'ddd.go',
  'decl.go',
  'defer.go',
  'defernil.go',
  'deferprint.go',
  'divide.go',
  'escape3.go',
  'float_lit.go',
  'float_lit2.go',
  'floatcmp.go',
  'for.go',
  'func.go',
  'func5.go',
  'func6.go',
  'func7.go',
  'func8.go',
  'gc.go',
  'gc1.go',
  'goprint.go',
  'helloworld.go',
  'if.go',
  'indirect.go',
  'initcomma.go',
  'int_lit.go',
  'intcvt.go',
  'iota.go',
  'literal.go',
  'literal2.go',
  'map.go',
  'mapclear.go',
  'method.go',
  'method3.go',
  'method5.go',
  'method7.go',
  'named.go',
  'nil.go',
  'peano.go',
  'print.go',
  'printbig.go',
  'range.go',
  'recover2.go',
  'recover3.go',
  'reorder.go',
  'reorder2.go',
  'shift3.go',
  'simassign.go',
  'stack.go',
  'stackobj2.go',
  'string_lit.go',
  'stringrange.go',
  'struct0.go',
  'switch.go',
  'turing.go',
  'typeswitch.go',
  'typeswitch1.go',
  'utf.go',
  'varinit.go',
  'zerodivide.go',
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
  'interface/bigdata.go',
  'interface/convert.go',
  'interface/convert1.go',
  'interface/convert2.go',
  'interface/embed.go',
  'interface/fail.go',
  'interface/noeq.go',
  'interface/receiver.go',
  'interface/returntype.go',
  'interface/struct.go',
  'ken/array.go',
  'ken/chan.go',
  'ken/chan1.go',
  'ken/complit.go',
  'ken/convert.go',
  'ken/cplx0.go',
  'ken/cplx1.go',
  'ken/cplx2.go',
  'ken/cplx4.go',
  'ken/cplx5.go',
  'ken/divconst.go',
  'ken/divmod.go',
  'ken/embed.go',
  'ken/for.go',
  'ken/interbasic.go',
  'ken/interfun.go',
  'ken/intervar.go',
  'ken/label.go',
  'ken/litfun.go',
  'ken/mfunc.go',
  'ken/modconst.go',
  'ken/ptrfun.go',
  'ken/ptrvar.go',
  'ken/range.go',
  'ken/rob1.go',
  'ken/rob2.go',
  'ken/robfor.go',
  'ken/robfunc.go',
  'ken/shift.go',
  'ken/simparray.go',
  'ken/simpbool.go',
  'ken/simpconv.go',
  'ken/simpfun.go',
  'ken/simpswitch.go',
  'ken/simpvar.go',
  'ken/slicearray.go',
  'ken/sliceslice.go',
  'ken/string.go',
  'ken/strvar.go',
];

export const LEFT_OUT: Record<string, string> = {
  'append.go': 'imports reflect',
  'blank.go': 'imports unsafe',
  'chancap.go': 'imports unsafe',
  'closure.go': 'reads runtime.MemStats',
  'closure2.go': 'written for Go\'s pre-1.22 shared loop variable (goro gives each iteration its own, as Go 1.22 does)',
  'cmp.go': 'imports unsafe',
  'const7.go': 'imports bytes',
  'convert.go': 'imports reflect',
  'convert4.go': 'expects Go 1.19\'s panic text ("to pointer to array"); goro prints Go 1.20\'s and later\'s ("to array or pointer to array")',
  'deferfin.go': 'uses runtime.SetFinalizer',
  'divmod.go': 'runs for 17 s in the interpreter (0.4 s compiled): too long for the test suite',
  'env.go': 'reads $GOARCH and $GOOS, which goro\'s environment (like the playground\'s) does not set',
  'escape.go': 'written for Go\'s pre-1.22 shared loop variable (goro gives each iteration its own, as Go 1.22 does)',
  'finprofiled.go': 'imports unsafe',
  'gcgort.go': 'imports runtime/debug',
  'gcstring.go': 'uses runtime.SetFinalizer',
  'heapsampling.go': 'sets runtime.MemProfileRate',
  'init1.go': 'reads runtime.MemStats',
  'initempty.go': 'imports unsafe',
  'initialize.go': 'imports reflect',
  'inline_literal.go': 'imports reflect',
  'makeslice.go': 'imports unsafe',
  'mallocfin.go': 'uses runtime.SetFinalizer',
  'nilptr.go': 'imports unsafe',
  'nilptr2.go': 'dereferences a 128 MiB struct, past the interpreter\'s 65520 registers a function ("function too large")',
  'nilptr_aix.go': 'imports unsafe',
  'recover.go': 'imports reflect',
  'recover1.go': 'calls runtime.Breakpoint',
  'reflectmethod1.go': 'imports reflect',
  'reflectmethod2.go': 'imports reflect',
  'reflectmethod3.go': 'imports reflect',
  'reflectmethod4.go': 'imports reflect',
  'reflectmethod5.go': 'imports reflect',
  'reflectmethod6.go': 'imports reflect',
  'reflectmethod7.go': 'imports reflect',
  'rename.go': 'calls runtime.Breakpoint',
  'sizeof.go': 'imports unsafe',
  'slicecap.go': 'imports unsafe',
  'stackobj.go': 'uses runtime.SetFinalizer',
  'stackobj3.go': 'uses runtime.SetFinalizer',
  'strcopy.go': 'imports reflect',
  'tinyfin.go': 'uses runtime.SetFinalizer',
  'uintptrescapes3.go': 'imports unsafe',
  'unsafebuiltins.go': 'imports unsafe',
  'winbatch.go': 'imports bytes',
  'chan/doubleselect.go': 'imports flag',
  'chan/select2.go': 'sets runtime.MemProfileRate',
  'chan/sieve2.go': 'imports container/ring',
  'interface/fake.go': 'imports reflect',
  'ken/cplx3.go': 'imports unsafe',
};

const GORO = resolve(import.meta.dirname, '../../build/bin/goro');
const GOROOT = spawnSync('go', ['env', 'GOROOT'], { encoding: 'utf8' }).stdout.trim();
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

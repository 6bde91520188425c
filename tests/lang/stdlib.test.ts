// The interpreter's standard library stubs (engine/lang/stdlib/*.go) hold
// to Go's API: tests/lang/stdlib/apicheck.go type-checks every stub with
// go/types and compares each exported name with the real package's (kind,
// type string with parameter names, constant values, exported fields and
// methods). Which Go: the machine's (Go 1.19); API newer than 1.19 is
// listed in apicheck.go's `newer`, and slices, maps and cmp are only
// type-checked. A second test breaks a copy of the stubs on purpose, so a
// checker that compares nothing cannot pass.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { afterAll, describe as suite, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const STUBS = join(ROOT, 'engine/lang/stdlib');
const APICHECK = join(ROOT, 'tests/lang/stdlib/apicheck.go');
const GO_ENV = { ...process.env, GOFLAGS: '-mod=mod', GO111MODULE: 'on', GOTOOLCHAIN: 'local' };

interface Result {
  exit: number;
  out: string;
}

// apicheck() runs the checker over a stub directory.
function apicheck(stubDir: string): Promise<Result> {
  return new Promise((done, fail) => {
    const child = spawn('go', ['run', APICHECK, stubDir], { cwd: join(ROOT, 'tests/lang/stdlib'), env: GO_ENV });
    let out = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString('utf8')));
    child.stderr.on('data', (b: Buffer) => (out += b.toString('utf8')));
    child.on('error', fail);
    child.on('close', (code) => done({ exit: code ?? 1, out }));
  });
}

const mismatches = (out: string) => out.split('\n').filter((l) => l.startsWith('MISMATCH'));

const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

suite('stdlib stubs', () => {
  test('declare Go 1.22 API exactly (against Go 1.19 plus the listed additions)', async () => {
    const r = await apicheck(STUBS);
    expect(mismatches(r.out)).toEqual([]);
    expect(r.out).toMatch(/^checked \d+ packages, \d+ objects$/m);
    expect(r.exit).toBe(0);
  });

  test('the check catches a changed name, type, value and receiver', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'goro-stubs-'));
    scratch.push(dir);
    cpSync(STUBS, dir, { recursive: true });
    const edit = (file: string, from: string, to: string) => {
      const path = join(dir, file);
      const text = readFileSync(path, 'utf8');
      expect(text).toContain(from);
      writeFileSync(path, text.replace(from, to));
    };
    edit('strings.go', 'func Index(s, substr string) int', 'func Index(s, sub string) int');
    edit('math.go', 'MaxInt8   = 1<<7 - 1', 'MaxInt8   = 1<<7');
    edit('time.go', 'func Sleep(d Duration)', 'func Sleep(d int64)');
    edit('sync.go', 'func (m *Mutex) TryLock() bool', 'func (m Mutex) TryLock() bool');
    edit('io.go', '\tWrite(p []byte) (n int, err error)\n', '\tWrite(b []byte) (n int, err error)\n');
    edit('sort.go', 'func Ints(x []int)', 'func Bogus() {}\n\nfunc Ints(x []int)');
    const r = await apicheck(dir);
    expect(r.exit).toBe(1);
    const got = mismatches(r.out).map((l) => l.replace(/:.*/, ''));
    expect(got.sort()).toEqual(
      ['MISMATCH io.Writer', 'MISMATCH math.MaxInt8', 'MISMATCH sort.Bogus', 'MISMATCH strings.Index', 'MISMATCH sync.Mutex', 'MISMATCH time.Sleep'].sort(),
    );
  });
});

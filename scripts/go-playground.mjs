#!/usr/bin/env node
// go-playground.mjs: run a Go program the way play.golang.org does — built with
// Go's fake clock (`-tags faketime`: time starts at 2009-11-10 23:00:00 UTC and
// jumps when every goroutine sleeps) — and give back its stdout, stderr and
// exit status. goro's virtual clock follows the same rules, so this is the
// oracle the example tests compare against.
//
//   node scripts/go-playground.mjs examples/<slug>/main.go [--procs N]
//
// Under faketime the Go runtime frames every write to fd 1 and 2 as a
// playback record: "\0\0PB", 8-byte big-endian time in ns, 4-byte big-endian
// length, then the bytes. The fd a record was written to is not in the frame,
// so the program's stdout and stderr are read from separate pipes.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const MAGIC = Buffer.from([0, 0, 0x50, 0x42]);

// decodePlayback() turns one stream of playback records into [{timeNs, text}].
// Bytes outside records (none in practice) are kept as text at time 0.
export function decodePlayback(buf) {
  const records = [];
  let i = 0;
  while (i < buf.length) {
    if (buf.length - i >= 16 && buf.subarray(i, i + 4).equals(MAGIC)) {
      const timeNs = buf.readBigUInt64BE(i + 4);
      const len = buf.readUInt32BE(i + 12);
      records.push({ timeNs, text: buf.subarray(i + 16, i + 16 + len).toString('utf8') });
      i += 16 + len;
    } else {
      const next = buf.indexOf(MAGIC, i + 1);
      const end = next < 0 ? buf.length : next;
      records.push({ timeNs: 0n, text: buf.subarray(i, end).toString('utf8') });
      i = end;
    }
  }
  return records;
}

// buildGoPlayground() builds main.go under faketime into a temporary
// directory. Returns {run({procs, timeoutMs}), dispose()}; run() gives
// {exit, stdout, stderr, records}. Throws if the build fails.
export function buildGoPlayground(mainGo) {
  const dir = mkdtempSync(join(tmpdir(), 'goro-go-'));
  const env = { ...process.env, GOFLAGS: '-mod=mod', GO111MODULE: 'on', GOTOOLCHAIN: 'local' };
  try {
    copyFileSync(mainGo, join(dir, 'main.go'));
    writeFileSync(join(dir, 'go.mod'), 'module prog\n\ngo 1.19\n');
    const build = spawnSync('go', ['build', '-tags', 'faketime', '-o', 'prog', '.'], { cwd: dir, env, encoding: 'utf8' });
    if (build.error) throw build.error;
    if (build.status !== 0) throw new Error(`go build ${mainGo} failed:\n${build.stderr}`);
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  return {
    run({ procs = 0, timeoutMs = 60_000 } = {}) {
      const runEnv = procs > 0 ? { ...env, GOMAXPROCS: String(procs) } : env;
      const run = spawnSync(join(dir, 'prog'), [], { cwd: dir, env: runEnv, timeout: timeoutMs, maxBuffer: 64 << 20 });
      if (run.error) throw run.error;
      const out = decodePlayback(run.stdout);
      const err = decodePlayback(run.stderr);
      return {
        exit: run.status ?? 128,
        stdout: out.map((r) => r.text).join(''),
        stderr: err.map((r) => r.text).join(''),
        records: { stdout: out, stderr: err },
      };
    },
    dispose() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// runGoPlayground() builds, runs once and cleans up.
export function runGoPlayground(mainGo, opts = {}) {
  const prog = buildGoPlayground(mainGo);
  try {
    return prog.run(opts);
  } finally {
    prog.dispose();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--'));
  const pi = args.indexOf('--procs');
  if (!file) {
    console.error('usage: node scripts/go-playground.mjs path/to/main.go [--procs N]');
    process.exit(2);
  }
  const r = runGoPlayground(file, { procs: pi >= 0 ? Number(args[pi + 1]) : 0 });
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  process.exit(r.exit);
}

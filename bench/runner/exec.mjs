// Running the build steps and the benchmark processes.
import { spawnSync } from 'node:child_process';

// runStep(cmd, args, options) runs a build step with its output on our stderr
// (stdout is kept for the table) and throws if it fails.
export function runStep(cmd, args, { cwd, env } = {}) {
  const r = spawnSync(cmd, args, { cwd, env, stdio: ['ignore', 2, 2] });
  if (r.error) throw new Error(`${cmd}: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.signal ?? `exit status ${r.status}`})`);
}

// capture(cmd, args, options) runs a benchmark process to completion or
// timeoutS, and returns { stdout, stderr, failure }. failure is undefined on
// exit status 0, else a short description for the table: a hang, a crash
// with its signal, or the exit status.
export function capture(cmd, args, { cwd, env, timeoutS }) {
  const r = spawnSync(cmd, args, {
    cwd,
    env,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    timeout: timeoutS * 1000,
    killSignal: 'SIGKILL',
  });
  const out = { stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
  if (r.error?.code === 'ETIMEDOUT') return { ...out, failure: `hung (killed after ${timeoutS} s)` };
  if (r.error) return { ...out, failure: r.error.message };
  if (r.signal) return { ...out, failure: `crashed (${r.signal})` };
  if (r.status !== 0) return { ...out, failure: `exit status ${r.status}` };
  return out;
}

// tail(text, lines) is the last lines of text, to show beside a failure.
export function tail(text, lines = 8) {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

// The go tool, as the benchmark runners call it.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

// goEnv(buildDir) is the environment for the go tool: offline, no toolchain
// switch; with no cache of the user's, the cache goes in buildDir/go-cache.
export function goEnv(buildDir) {
  const env = { ...process.env, GOFLAGS: '-mod=mod', GOPROXY: 'off' };
  delete env.GOTOOLCHAIN;
  if (!env.GOCACHE && !env.HOME && !env.XDG_CACHE_HOME) env.GOCACHE = join(buildDir, 'go-cache');
  return env;
}

// goVersion(env) is `go env GOVERSION` (go1.19.8), for the machine line.
export function goVersion(env) {
  const r = spawnSync('go', ['env', 'GOVERSION'], { encoding: 'utf8', env });
  return r.status === 0 ? r.stdout.trim() : 'go version unknown';
}

// Parsers for the two benchmark outputs, and the names they share.
//
// Every parser returns results as { key, procs, nsPerOp } or
// { key, procs, error }, with `key` as in rows.mjs.

const NS_PER_UNIT = { ns: 1, us: 1e3, ms: 1e6, s: 1e9 };

// googleBenchmarkName(key, procs) is the name goro_bench gives the row, less
// "/real_time"; as a filter it is anchored and ends at a '/'.
export function googleBenchmarkName(key, procs) {
  return `BM_${key.replaceAll('=', ':')}/procs:${procs}`;
}

// goBenchmarkFilter(key) is a -test.bench pattern matching exactly the key:
// go test matches each '/'-separated level of a name on its own.
export function goBenchmarkFilter(key) {
  return key.split('/').map((level, i) => `^${i === 0 ? 'Benchmark' : ''}${level}$`).join('/');
}

// parseGoogleBenchmarkName("BM_Ring/n:1000/procs:2/real_time") → { key: "Ring/n=1000", procs: 2 }.
export function parseGoogleBenchmarkName(name) {
  const levels = name.replace(/^BM_/, '').split('/').filter((level) => level !== 'real_time');
  const procsLevel = levels.findIndex((level) => level.startsWith('procs:'));
  if (procsLevel < 0) return null;
  const procs = Number(levels[procsLevel].slice('procs:'.length));
  levels.splice(procsLevel, 1);
  return { key: levels.map((level) => level.replace(':', '=')).join('/'), procs };
}

// parseGoogleBenchmarkJson(text) reads `--benchmark_format=json` output.
export function parseGoogleBenchmarkJson(text) {
  const results = [];
  for (const b of JSON.parse(text).benchmarks ?? []) {
    if (b.run_type && b.run_type !== 'iteration') continue; // aggregates of repetitions
    const id = parseGoogleBenchmarkName(b.name);
    if (!id) continue;
    if (b.error_occurred) results.push({ ...id, error: b.error_message || 'error' });
    else results.push({ ...id, nsPerOp: b.real_time * NS_PER_UNIT[b.time_unit ?? 'ns'] });
  }
  return results;
}

// parseGoBenchName("BenchmarkBuffered/cap=10-2") → { key: "Buffered/cap=10", procs: 2 }.
export function parseGoBenchName(name) {
  const m = /^Benchmark(.+?)(?:-(\d+))?$/.exec(name);
  return m && { key: m[1], procs: m[2] ? Number(m[2]) : 1 };
}

// parseGoBenchOutput(text, procs) reads the output of one `go test -bench`
// run with -test.cpu <procs>: result lines, and "--- FAIL: name" reports
// with their indented messages. A report starts a line, or follows the
// benchmark's name on its line; its name lacks the "-<procs>" suffix when the
// benchmark failed on its first, N = 1 run.
export function parseGoBenchOutput(text, procs) {
  const results = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const ok = /^(Benchmark\S+)\s+\d+\s+([\d.e+-]+) ns\/op/.exec(line);
    if (ok) {
      results.push({ ...parseGoBenchName(ok[1]), nsPerOp: Number(ok[2]) });
      return;
    }
    const failed = /--- FAIL: (Benchmark\S+)/.exec(line);
    if (!failed) return;
    const details = [];
    for (let j = i + 1; j < lines.length && /^\s+\S/.test(lines[j]); j++) details.push(lines[j].trim());
    const name = procs === 1 ? failed[1] : failed[1].replace(new RegExp(`-${procs}$`), '');
    results.push({ key: name.replace(/^Benchmark/, ''), procs, error: details.join('; ') || 'FAIL' });
  });
  return results;
}

// parseRssLine(text) reads bench/rss's one JSON line: { peak_kib, ... }.
export function parseRssLine(text) {
  const line = text.trim().split('\n').at(-1);
  const parsed = JSON.parse(line);
  if (typeof parsed.peak_kib !== 'number') throw new Error(`no peak_kib in ${line}`);
  return parsed;
}

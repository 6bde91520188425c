// parked_rss measures the memory cost of parked goroutines in goro: it starts
// N goroutines that each block on a receive from one channel and prints the
// process's peak RSS (getrusage ru_maxrss) as one JSON line. bench/run.mjs
// runs it with N = 0 too and reports the difference. Its Go twin is
// parked_rss.go; changes here must also be made there.
//
// Usage: parked_rss <procs> <goroutines>
#include <sys/resource.h>

#include <cstdio>
#include <cstdlib>

#include <goro/goro.hpp>

namespace {

// max_rss_kib() returns the process's peak resident set size in KiB.
long max_rss_kib() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss;
}

bool parse_count(const char* text, long min, long* out) {
  char* end = nullptr;
  long v = std::strtol(text, &end, 10);
  if (*text == '\0' || *end != '\0' || v < min) return false;
  *out = v;
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  long procs = 0, n = 0;
  if (argc != 3 || !parse_count(argv[1], 1, &procs) || !parse_count(argv[2], 0, &n)) {
    std::fprintf(stderr, "usage: parked_rss <procs> <goroutines>\n");
    return 2;
  }
  goro::Options opts;
  opts.procs = static_cast<int>(procs);
  opts.max_goroutines = static_cast<size_t>(n) + 16;
  const int count = static_cast<int>(n);
  int status = goro::run(
      [&] {
        goro::Chan<int> block;
        goro::WaitGroup started;
        started.add(count);
        for (int i = 0; i < count; ++i) {
          goro::go([block, &started]() mutable {
            started.done();
            block.recv();
          });
        }
        started.wait();
        goro::yield();  // let the last goroutines reach their receive
        std::printf("{\"lang\":\"goro\",\"procs\":%ld,\"goroutines\":%ld,\"peak_kib\":%ld}\n", procs, n,
                    max_rss_kib());
        // End the process here, as a Go program ends when main returns:
        // letting goro::run tear down a million parked goroutines would add
        // seconds of wall time that this program does not measure.
        std::fflush(stdout);
        std::_Exit(0);
      },
      opts);
  return status;  // reached only if the run failed before main's end
}

// run_main(): the bridge between Google Benchmark and goro::run.
//
// A benchmark calls run_main once per invocation of its function; body runs
// as goro's main goroutine (on a worker thread) and holds the
// `for (auto _ : state)` loop, so only the loop is timed, not starting and
// stopping the runtime. Because the loop runs on a worker thread, and at
// procs 2 may move between threads, every benchmark here is registered with
// UseRealTime(): CPU time read on the calling thread would be meaningless.
#pragma once

#include <benchmark/benchmark.h>

#include <cstddef>
#include <functional>
#include <string>

#include <goro/goro.hpp>

namespace gorobench {

// kManyGoroutines is Options::max_goroutines for the 1M-goroutine programs:
// skynet has 1,111,111 goroutines, the RSS program 1,000,001.
inline constexpr size_t kManyGoroutines = 2'000'000;

// run_main(state, procs, body) runs body() as the main goroutine of one
// goro::run with `procs` worker threads and the virtual clock. A non-zero
// exit status marks the benchmark as failed rather than aborting the binary.
inline void run_main(benchmark::State& state, int procs, const std::function<void()>& body,
                     size_t max_goroutines = goro::Options{}.max_goroutines) {
  goro::Options opts;
  opts.procs = procs;
  opts.clock = goro::Clock::Virtual;
  opts.max_goroutines = max_goroutines;
  int status = goro::run(body, opts);
  if (status != 0) {
    std::string message = "goro::run exited with status " + std::to_string(status);
    state.SkipWithError(message.c_str());  // copies the message
  }
}

// at_procs_1_and_2 registers a one-argument benchmark at 1 and 2 worker threads.
inline void at_procs_1_and_2(benchmark::internal::Benchmark* b) {
  b->ArgName("procs")->Arg(1)->Arg(2)->UseRealTime();
}

}  // namespace gorobench

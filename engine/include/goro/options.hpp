// Options for one goro::run.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>

namespace goro {

class Sink;

enum class Clock { Virtual, Real };

struct Options {
  // Worker threads. 0 = hardware threads natively, 1 in single-thread WebAssembly.
  int procs = 0;
  Clock clock = Clock::Virtual;
  // With shuffle, the seed perturbs which runnable goroutine runs next and
  // which ready select case wins. Without it, the seed still drives select's
  // uniform choice, so a run is a pure function of (program, seed) at procs 1.
  uint64_t seed = 1;
  bool shuffle = false;
  size_t max_goroutines = 1'000'000;
  // Wall-clock limit for the whole run; 0 = none. Exceeding it prints
  // "timeout running program" and ends the run with status 2.
  std::chrono::milliseconds time_limit{0};
  // Bytes of program output allowed; beyond it output is truncated and the run stopped.
  size_t output_limit = 16 << 20;
  // Receives output and runtime events. nullptr: output goes to stdout/stderr.
  Sink* sink = nullptr;
  // Beyond Go: when main returns, list goroutines still blocked on stderr.
  bool report_leaks = false;
  // Stack size of each goroutine, rounded up to pages.
  size_t stack_size = 64 << 10;  // natively and in WebAssembly (shared with Asyncify data there)
};

}  // namespace goro

// Package runtime's natives (stdlib/runtime.go), the ones the scheduler's
// public API can answer, and Goexit, which unwinds like a panic (kGoexit).
// Stack is not here: it needs the runtime to name the current goroutine,
// which goro's API does not offer yet; the compiler reports it as
// unsupported.
#include <algorithm>
#include <atomic>
#include <thread>

#include "goro/goroutine.hpp"
#include "gopanic.hpp"
#include "native_run_state.hpp"
#include "native_support.hpp"
#include "native_tables.hpp"

namespace goro::lang::vm {

namespace {

using namespace native;

void gosched(Thread&, Slot*) { goro::yield(); }

int64_t num_cpu() { return std::max<int64_t>(1, int64_t(std::thread::hardware_concurrency())); }

void num_cpu_(Thread&, Slot* r) { r[0].i = num_cpu(); }

// MaxProcs is GOMAXPROCS's setting for the run. The interpreter cannot
// change how many threads run goroutines, so a setting is only remembered.
struct MaxProcs {
  std::atomic<int64_t> n{num_cpu()};
};
const char kMaxProcsTag = 0;

// GOMAXPROCS(n int) int
void gomaxprocs(Thread& t, Slot* r) {
  auto& mp = run_local<MaxProcs>(t, &kMaxProcsTag);
  const int64_t n = r[0].i;
  r[0].i = n >= 1 ? mp.n.exchange(n) : mp.n.load();
}

void gc(Thread&, Slot*) {}

void num_goroutine(Thread&, Slot* r) { r[0].i = goro::num_goroutine(); }

// Caller(skip int) (pc uintptr, file string, line int, ok bool): skip 0 is
// the function that called Caller.
void caller(Thread& t, Slot* r) {
  const int64_t skip = r[0].i;
  const int64_t i = int64_t(t.frames.size()) - 1 - skip;
  if (skip < 0 || i < 0) {
    r[0].u = 0;
    put_string(r + 1, std::string_view());
    r[3].i = 0;
    put_bool(r[4], false);
    return;
  }
  const Frame& f = t.frames[size_t(i)];
  r[0].u = uintptr_t(f.pc);
  put_string(r + 1, std::string_view(t.prog->filename));
  r[3].i = f.fn->line_at(uint32_t(f.pc - f.fn->code.data()));
  put_bool(r[4], true);
}

// Goexit(): every deferred call runs, as for a panic recover() cannot see;
// then run_to_end() ends the goroutine.
void goexit_(Thread&, Slot*) { throw GoPanic{Iface{&kGoexit, nullptr}}; }

void version(Thread&, Slot* r) { put_string(r, std::string_view("go1.22-goro")); }

constexpr NativeDef kNatives[] = {
    {"runtime.NumGoroutine", num_goroutine},
    {"runtime.Caller", caller},
    {"runtime.GC", gc},
    {"runtime.Goexit", goexit_},
    {"runtime.GOMAXPROCS", gomaxprocs},
    {"runtime.Gosched", gosched},
    {"runtime.NumCPU", num_cpu_},
    {"runtime.Version", version},
};

}  // namespace

std::span<const NativeDef> natives_runtime() { return kNatives; }

}  // namespace goro::lang::vm

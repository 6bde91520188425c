// Frames and stacks: the Thread's value stack, pushing frames, closures,
// preemption, tracebacks, and call() — C++ calling back into Go.
//
// Why call() runs its callee on a stack segment of its own: a native holds
// `regs`, a pointer into the value stack, across the call(). If the callee's
// frames grew that stack by reallocation, the native would go on writing
// through a dangling pointer. A segment per native nesting level means the
// stack a native points into never moves while the native runs; segments are
// kept for reuse, so a native calling back a million times (sort.Slice's
// less) allocates once.
#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <new>

#include "goro/detail/chan_core.hpp"
#include "goro/goroutine.hpp"
#include "goro/output.hpp"
#include "heap.hpp"
#include "vm.hpp"
#include "vm_ops.hpp"

namespace goro::lang::vm {

namespace {

// A new stack starts at kInitialStackSlots slots (a goroutine must cost
// little: programs start 100k of them) and doubles as it grows, up to
// kMaxStackSlots (64 MiB of slots; Go's limit is 1 GB of its own, denser,
// frames).
constexpr uint32_t kInitialStackSlots = 64;
constexpr uint32_t kMaxStackSlots = 1u << 23;
// kMaxFrames bounds the call depth too: frames of functions without
// registers take no stack slots.
constexpr size_t kMaxFrames = size_t(1) << 21;

// kMaxCStack bounds the C stack a goroutine may use nesting dispatch loops
// (natives calling back into Go, deferred calls run while panicking): the
// runtime's goroutine stacks are 64 KiB by default, and overrunning one hits
// its guard page, which kills the process instead of reporting.
constexpr uintptr_t kMaxCStack = 40 << 10;

// kMaxTracebackFrames is Go's _TracebackMaxFrames.
constexpr size_t kMaxTracebackFrames = 100;

// line_of() is the line a frame is at: that of the instruction before its
// saved pc (Proto::line_at's rule), by binary search.
int32_t line_of(const Frame& f) {
  const auto pc = uint32_t(f.pc - f.fn->code.data());
  const auto& lines = f.fn->lines;
  auto it = std::lower_bound(lines.begin(), lines.end(), pc,
                             [](const LineEntry& e, uint32_t v) { return e.pc < v; });
  return it == lines.begin() ? f.fn->line : std::prev(it)->line;
}

// SegmentSwap gives t a stack segment of its own for the life of one call()
// and puts the caller's back afterwards, however the call ends.
class SegmentSwap {
 public:
  explicit SegmentSwap(Thread& t) : t_(t), saved_{t.stack, t.stack_size} {
    t.spare_segments.reserve(t.spare_segments.size() + 1);  // so the destructor cannot throw
    StackSegment s;
    if (!t.spare_segments.empty()) {
      s = t.spare_segments.back();
      t.spare_segments.pop_back();
    }
    t.stack = s.slots;
    t.stack_size = s.size;
  }
  ~SegmentSwap() {
    t_.spare_segments.push_back({t_.stack, t_.stack_size});
    t_.stack = saved_.slots;
    t_.stack_size = saved_.size;
  }
  SegmentSwap(const SegmentSwap&) = delete;
  SegmentSwap& operator=(const SegmentSwap&) = delete;

 private:
  Thread& t_;
  StackSegment saved_;
};

}  // namespace

[[noreturn]] void stack_overflow() {
  goro::write(goro::Stream::Stderr, "runtime: goroutine stack exceeds 1000000000-byte limit\n");
  throw FatalError{"stack overflow"};
}

void check_c_stack(const Thread& t) {
  // The frame address, not a local's: sanitizers may move locals off the stack.
  const auto here = uintptr_t(__builtin_frame_address(0));
  if (t.c_stack_top && uintptr_t(t.c_stack_top) - here > kMaxCStack) stack_overflow();
}

Thread::~Thread() {
  std::free(stack);
  for (const StackSegment& s : spare_segments) std::free(s.slots);
  for (const DeferRec& d : defers) delete[] d.args;
}

Slot* Thread::reserve(uint32_t n) {
  if (n <= stack_size) return stack;
  if (n > kMaxStackSlots) stack_overflow();
  uint32_t size = std::max(stack_size, kInitialStackSlots);
  while (size < n) size *= 2;
  auto* grown = static_cast<Slot*>(std::realloc(stack, size_t(size) * sizeof(Slot)));
  if (!grown) throw OutOfMemory();
  std::memset(grown + stack_size, 0, size_t(size - stack_size) * sizeof(Slot));
  stack = grown;
  stack_size = size;
  return stack;
}

std::string Thread::traceback() const {
  std::string out;
  const std::string& file = prog ? prog->filename : std::string();
  size_t listed = 0;
  for (auto f = frames.rbegin(); f != frames.rend(); ++f) {
    if (listed++ == kMaxTracebackFrames) {
      out += "...additional frames elided...\n";
      break;
    }
    out += f->fn->name;
    out += f->fn->nparams == 0 ? "()\n\t" : "(...)\n\t";
    out += file;
    out += ':';
    out += std::to_string(line_of(*f));
    out += '\n';
  }
  return out;
}

int32_t current_line(const Thread& t) { return t.frames.empty() ? 0 : line_of(t.frames.back()); }

Program::~Program() {
  for (void* c : chans) goro::detail::chan_release(static_cast<goro::detail::ChanCore*>(c));
  for (Proto* p : protos) delete p;
}

void push_frame(Thread& t, const Proto* fn, const Closure* cl, uint32_t base) {
  if (base + fn->frame_size > t.stack_size) t.reserve(base + fn->frame_size);
  if (t.frames.size() >= kMaxFrames) stack_overflow();
  t.frames.push_back(Frame{fn, cl, fn->code.data(), base});
}

void preempt(Thread& t) {
  t.budget = kBudget;
  goro::yield();
}

void* make_closure(const Proto* fn, const Slot* captured, uint32_t n) {
  auto* c = static_cast<Closure*>(heap_alloc(sizeof(Closure) + size_t(n) * sizeof(void*)));
  c->fn = fn;
  c->ncaptured = n;
  for (uint32_t i = 0; i < n; ++i) c->captured[i] = captured[i].p;
  return c;
}

void call(Thread& t, const Proto* fn, const Closure* closure, Slot* regs) {
  if (fn->native) {
    fn->native(t, regs);
    return;
  }
  check_c_stack(t);
  const size_t stop = t.frames.size();
  const size_t panics_below = t.panics.size();
  SegmentSwap segment(t);
  push_frame(t, fn, closure, 0);
  std::memcpy(t.stack, regs, size_t(fn->nparams) * sizeof(Slot));
  try {
    run_protected(t, stop);
  } catch (ContinuedPanic& p) {
    // The panic goes on in the native's caller, through the native: set its
    // records aside so that nothing in between sees them as in flight
    // (recover() in a function the native calls must return nil), and mark
    // the exception so that the level below takes them back.
    if (p.serial == 0 && t.panics.size() >= panics_below) {
      t.set_aside.assign(t.panics.begin() + std::ptrdiff_t(panics_below), t.panics.end());
      t.panics.resize(panics_below);
      p.serial = ++t.serials;
      t.set_aside_serial = p.serial;
    }
    throw;
  }
  std::memcpy(regs, t.stack, size_t(fn->nresults) * sizeof(Slot));
}

}  // namespace goro::lang::vm

// Panics, deferred calls and recover: Go's gopanic/deferreturn/gorecover
// over the VM's nested dispatch loops.
//
// A panic is a C++ exception (GoPanic) from the instruction or native that
// raised it up to the nearest run_protected(), which owns the frames at
// depth >= its stop. There the panic joins the goroutine's chain
// (Thread::panics) and runs the deferred calls of those frames, newest
// first, each nested (a dispatch loop of its own above the panicking frames,
// which stay on the stack as in Go). A deferred call that calls recover()
// directly marks the panic recovered; when it returns, the frames above the
// deferring one are dropped and that frame resumes at its epilogue (the
// compiler puts RUNDEFER and the return of the named results there). When
// no deferred call is left at this level the frames are popped and the
// panic goes on below as a ContinuedPanic: through a native (call()), into
// the unwinder that ran the deferred call it escaped, or out of the
// goroutine, which reports it (run_to_end).
//
// Go 1.19 semantics: panic(nil) is an ordinary panic whose recover()
// returns nil (Go 1.21's *runtime.PanicNilError is not emulated), and a
// deferred call's new panic aborts the one that ran it: both stay in the
// chain and are printed, and recovering the new one drops both.
//
// No Go code runs inside a catch block: the C++ runtime keeps the exception
// being handled in per-thread state, and Go code may park the goroutine and
// resume it on another thread (or let another goroutine throw meanwhile).
// Handlers only copy the panic out (catch_panic); the work happens after.
#include <algorithm>
#include <cstring>
#include <memory>
#include <new>

#include "goro/detail/wait_list.hpp"
#include "goro/goroutine.hpp"
#include "fatal.hpp"
#include "vm.hpp"
#include "vm_ops.hpp"

namespace goro::lang::vm {

const RType kGoexit = [] {
  RType t;
  t.kind = RKind::Struct;
  t.name = "runtime.Goexit";
  return t;
}();

namespace {

// CaughtPanic is a panic copied out of its exception.
struct CaughtPanic {
  Iface value{};
  bool continued = false;     // a ContinuedPanic
  uint64_t serial = 0;        // its serial
  bool from_runtime = false;  // a goro::Panic, whose message is below
  std::string runtime_message;
};

// catch_panic() runs body; a panic leaving it is copied into *out (true).
template <class Body>
bool catch_panic(Body&& body, CaughtPanic& out) {
  try {
    body();
    return false;
  } catch (const ContinuedPanic& p) {
    out.value = p.value;
    out.continued = true;
    out.serial = p.serial;
  } catch (const GoPanic& p) {
    out.value = p.value;
  } catch (const goro::Panic& p) {
    out.from_runtime = true;
    out.runtime_message = p.what();
  }
  return true;
}

// thrown_value() is the value a gopanic.hpp maker panics with.
Iface thrown_value(void (*raise)(std::string_view), std::string_view msg) {
  try {
    raise(msg);
  } catch (const GoPanic& p) {
    return p.value;
  }
  return Iface{};
}

// runtime_panic_value() is the Go value of a panic the goro runtime raised
// in C++ terms (goro::Panic): Go's runtime raises these as plainErrors;
// sync's misuse panics ("sync: negative WaitGroup counter") are strings.
Iface runtime_panic_value(std::string_view msg) {
  constexpr std::string_view kRuntimeError = "runtime error: ";
  if (msg == "send on closed channel" || msg == "close of nil channel" || msg == "close of closed channel" ||
      msg == "makechan: size out of range")
    return thrown_value(panic_plain_error, msg);
  if (msg.substr(0, kRuntimeError.size()) == kRuntimeError)
    return thrown_value(panic_runtime_error, msg.substr(kRuntimeError.size()));
  return thrown_value(panic_string, msg);
}

// adopt() makes a caught panic the goroutine's current one: a new panic
// joins the chain; a continuation already is in it, or was set aside by the
// call() it came through and is put back.
void adopt(Thread& t, const CaughtPanic& c) {
  if (c.continued) {
    if (c.serial == 0) return;
    if (c.serial == t.set_aside_serial) {
      t.panics.insert(t.panics.end(), t.set_aside.begin(), t.set_aside.end());
      t.set_aside.clear();
      t.set_aside_serial = 0;
      return;
    }
  }
  // A native may have swallowed an earlier continuation: its records are
  // stale now.
  t.set_aside.clear();
  t.set_aside_serial = 0;
  PanicRec rec;
  rec.value = c.from_runtime ? runtime_panic_value(c.runtime_message) : c.value;
  t.panics.push_back(std::move(rec));
}

// leave() ends the level whose frames start at stop: the current panic goes
// on below, its traceback taken before the frames it was raised in go.
[[noreturn]] void leave(Thread& t, size_t stop) {
  PanicRec& p = t.panics.back();
  if (p.trace.empty()) p.trace = t.traceback();
  t.frames.resize(stop);
  ContinuedPanic next;
  next.value = p.value;
  throw next;
}

// run_deferred_call() runs d, which a panic popped, above the panicking
// frames. True when a panic escaped it (then the newest in the chain).
bool run_deferred_call(Thread& t, const DeferRec& d) {
  std::unique_ptr<Slot[]> args(d.args);
  check_c_stack(t);
  const Frame& top = t.frames.back();
  const uint32_t base = top.base + top.fn->frame_size;
  const size_t depth = t.frames.size();
  CaughtPanic c;
  const bool escaped = catch_panic(
      [&] {
        if (!d.fn) panic_nil();
        const Proto* fn = d.fn->fn;
        t.reserve(base + std::max(fn->frame_size, d.nargs));
        if (d.nargs) std::memcpy(t.stack + base, args.get(), size_t(d.nargs) * sizeof(Slot));
        if (fn->native) {
          fn->native(t, t.stack + base);
          return;
        }
        push_frame(t, fn, d.fn, base);
        run_protected(t, depth);
      },
      c);
  if (escaped) adopt(t, c);
  return escaped;
}

// recover_at() finishes a recovery: the recovered panic leaves the chain
// with the panics it had aborted, and frame resumes at its epilogue.
void recover_at(Thread& t, uint32_t frame) {
  t.panics.pop_back();
  while (!t.panics.empty() && t.panics.back().aborted) t.panics.pop_back();
  t.frames.resize(size_t(frame) + 1);
  Frame& f = t.frames.back();
  f.pc = f.fn->code.data() + f.fn->epilogue;
}

// unwind() runs the deferred calls of the frames at depth >= stop for the
// newest panic. True when one recovered it (execution resumes), false when
// none is left at this level.
bool unwind(Thread& t, size_t stop) {
  while (!t.defers.empty() && t.defers.back().frame >= stop) {
    const DeferRec d = t.defers.back();
    t.defers.pop_back();
    const size_t running = t.panics.size() - 1;  // the panic that runs d
    t.panics[running].defer_frame = uint32_t(t.frames.size());
    if (run_deferred_call(t, d)) {
      // A newer panic escaped d: it carries on, the one that ran d never will.
      t.panics[running].aborted = true;
      continue;
    }
    // d returned: any panic raised inside it was recovered in it, so the
    // one that ran it is the newest again.
    if (t.panics.back().recovered) {
      recover_at(t, d.frame);
      return true;
    }
  }
  return false;
}

}  // namespace

void run_protected(Thread& t, size_t stop) {
  for (;;) {
    CaughtPanic c;
    if (!catch_panic([&] { execute(t, stop); }, c)) return;
    adopt(t, c);
    if (!unwind(t, stop)) leave(t, stop);
  }
}

void push_defer(Thread& t, const Closure* fn, const Slot* args, uint32_t nargs) {
  Slot* copy = nullptr;
  if (nargs) {
    copy = new Slot[nargs];
    std::memcpy(copy, args, size_t(nargs) * sizeof(Slot));
  }
  t.defers.push_back(DeferRec{fn, copy, nargs, uint32_t(t.frames.size() - 1)});
}

void start_deferred(Thread& t, uint32_t base) {
  const DeferRec d = t.defers.back();
  t.defers.pop_back();
  std::unique_ptr<Slot[]> args(d.args);
  if (!d.fn) panic_nil();
  const Proto* fn = d.fn->fn;
  t.reserve(base + std::max(fn->frame_size, d.nargs));
  if (d.nargs) std::memcpy(t.stack + base, args.get(), size_t(d.nargs) * sizeof(Slot));
  if (fn->native) {
    fn->native(t, t.stack + base);
    return;
  }
  push_frame(t, fn, d.fn, base);
}

void panic_iface(Thread&, const Slot* value) {
  throw GoPanic{Iface{static_cast<const RType*>(value[0].cp), value[1].p}};
}

void recover_into(Thread& t, Slot* dst) {
  if (!t.panics.empty()) {
    PanicRec& p = t.panics.back();
    // Only the deferred call the panic is running, calling recover itself;
    // never Goexit's unwinding.
    if (!p.recovered && !is_goexit(p.value) && p.defer_frame == t.frames.size() - 1) {
      p.recovered = true;
      set_ptr(dst[0], p.value.type);
      set_ptr(dst[1], p.value.data);
      return;
    }
  }
  dst[0].u = 0;
  dst[1].u = 0;
}

bool call_recovering(Thread& t, const Proto* fn, Slot* regs) {
  const std::vector<PanicRec> saved = t.panics;
  CaughtPanic c;
  if (!catch_panic([&] { call(t, fn, nullptr, regs); }, c)) return true;
  t.panics = saved;
  t.set_aside.clear();
  t.set_aside_serial = 0;
  return false;
}

void run_to_end(Thread& t, const Proto* native_entry) {
  CaughtPanic c;
  const char* fatal = nullptr;
  bool panicked = false;
  try {
    if (native_entry) {
      native_entry->native(t, t.stack);
    } else {
      run_protected(t, 0);
    }
    return;
  } catch (const ContinuedPanic& p) {
    c.value = p.value, c.continued = true, c.serial = p.serial, panicked = true;
  } catch (const GoPanic& p) {
    c.value = p.value, panicked = true;
  } catch (const goro::Panic& p) {
    c.from_runtime = true, c.runtime_message = p.what(), panicked = true;
  } catch (const FatalError& e) {
    fatal = e.message;
  } catch (const std::bad_alloc&) {
    fatal = "runtime: out of memory";
  }
  const goro::Site site{t.prog->filename.c_str(), current_line(t)};
  if (!panicked) goro::detail::fatal(fatal, site);
  adopt(t, c);
  PanicRec& last = t.panics.back();
  if (is_goexit(last.value)) {
    // runtime.Goexit ran every deferred call: the goroutine ends
    t.frames.clear();
    t.panics.clear();
    goro::goexit();
  }
  if (last.trace.empty()) last.trace = t.traceback();
  t.frames.clear();
  bool failed = false;
  std::string message = panic_message(t, &failed);
  if (failed) goro::detail::fatal("panic while printing panic value", site);
  throw goro::Panic(std::move(message), site);
}

}  // namespace goro::lang::vm

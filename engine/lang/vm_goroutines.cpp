// Goroutines of an interpreted program: goroutine 1 (run_main) and the go
// statement (start_goroutine). Each is a runtime goroutine running one
// Thread to completion; the runtime lists the Thread's frames in its panic
// and deadlock reports through the traceback hook (goro/detail/traceback.hpp).
//
// Lifetimes: the hook's Thread must outlive the report of the panic that
// ends its goroutine, which the runtime prints after the goroutine's
// function has unwound. So a spawned goroutine's Thread is owned by the
// goroutine's function object (destroyed by the runtime after the report),
// and goroutine 1's by the Program (until its next run).
#include <algorithm>
#include <cstring>
#include <memory>

#include "goro/detail/traceback.hpp"
#include "goro/detail/wait_list.hpp"
#include "goro/go.hpp"
#include "vm.hpp"
#include "vm_ops.hpp"

namespace goro::lang::vm {

namespace {

// thread_traceback() is the hook: the frames, or once a panic has popped
// them all, where that panic was raised.
std::string thread_traceback(void* arg) {
  const Thread& t = *static_cast<const Thread*>(arg);
  if (t.frames.empty() && !t.panics.empty()) return t.panics.back().trace;
  return t.traceback();
}

// enter() starts a Thread on the calling goroutine.
void enter(Thread& t, const char* c_stack_top, std::string_view creator) {
  t.c_stack_top = c_stack_top;
  goro::detail::set_traceback(thread_traceback, &t, creator);
}

// GoroutineTask is a go statement's goroutine function.
struct GoroutineTask {
  std::unique_ptr<Thread> thread;
  const Proto* entry;    // the goroutine's function
  const Proto* creator;  // the function whose go statement started it

  void operator()() {
    enter(*thread, static_cast<const char*>(__builtin_frame_address(0)), creator->name);
    run_to_end(*thread, entry->native ? entry : nullptr);
  }
};

void run_function(Thread& t, const Proto* fn) {
  push_frame(t, fn, nullptr, 0);
  run_to_end(t, nullptr);
}

}  // namespace

void start_goroutine(Thread& t, const Closure* fn, const Slot* args, uint32_t nargs) {
  const goro::Site site{t.prog->filename.c_str(), current_line(t)};
  if (!fn) goro::detail::fatal("go of nil func value", site);
  const Proto* entry = fn->fn;
  auto thread = std::make_unique<Thread>();
  thread->prog = t.prog;
  thread->reserve(std::max({entry->frame_size, nargs, 1u}));
  if (nargs) std::memcpy(thread->stack, args, size_t(nargs) * sizeof(Slot));
  if (!entry->native) push_frame(*thread, entry, fn, 0);
  goro::detail::spawn(entry->name, site, GoroutineTask{std::move(thread), entry, t.frames.back().fn});
}

void run_main(Program& prog) {
  prog.main_thread = std::make_unique<Thread>();
  Thread& t = *prog.main_thread;
  t.prog = &prog;
  enter(t, static_cast<const char*>(__builtin_frame_address(0)), {});
  if (prog.init) run_function(t, prog.init);
  if (prog.main) run_function(t, prog.main);
}

}  // namespace goro::lang::vm

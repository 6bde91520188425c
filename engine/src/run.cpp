// goro::run: one program run, from main goroutine to exit status.
//
// The calling thread becomes worker 0; procs-1 more threads join it. The run
// ends when main returns, the program exits or panics, or a deadlock or limit
// is hit. Ending happens in two rendezvous: first every worker stops running
// goroutines, then each unwinds the fibers that live on it, so every parked
// goroutine's destructors run and its stack returns to the pool.
#include <unistd.h>

#include <algorithm>
#include <stdexcept>

#include "goro/goro.hpp"
#include "runtime.hpp"
#include "stack_guard.hpp"

namespace goro::detail {
namespace {

int resolve_procs(int requested) {
#if defined(__EMSCRIPTEN__) && !defined(__EMSCRIPTEN_PTHREADS__)
  (void)requested;
  return 1;
#else
  if (requested <= 0) requested = int(std::max(1u, std::thread::hardware_concurrency()));
#if defined(GORO_WASM_MAX_PROCS)
  // Threaded WebAssembly: only the pthread pool made at startup can run
  // workers (engine/CMakeLists.txt), so more would wait forever.
  return std::min(requested, GORO_WASM_MAX_PROCS);
#else
  return std::min(requested, 256);
#endif
#endif
}

constexpr TaskVTable kMainTask{
    // The task storage holds a pointer to Runtime::main_fn_.
    [](void* p) { (**static_cast<std::function<void()>**>(p))(); },
    [](void*) {},
};

constexpr size_t kWarmStacksKept = 256;

}  // namespace

Runtime::Runtime(const Options& o) : opts(o), procs(resolve_procs(o.procs)) {
  events_on_ = opts.sink && opts.sink->wants_events();
  rand.seed(opts.seed);
  for (int i = 0; i < procs; ++i) workers.push_back(std::make_unique<Worker>(this, i, opts.seed));
}

Runtime::~Runtime() {
  for (auto& w : workers) {
    while (G* g = w->free_gs) {
      w->free_gs = g->free_next;
      delete g;
    }
    for (const Stack& s : w->free_stacks) StackPool::instance().release(s);
  }
  while (G* g = gfree) {
    gfree = g->free_next;
    delete g;
  }
  StackPool::instance().trim(kWarmStacksKept);
}

int Runtime::run(std::function<void()> main_fn) {
  start_real = std::chrono::steady_clock::now();
  real_epoch_ns = std::chrono::duration_cast<std::chrono::nanoseconds>(
                      std::chrono::system_clock::now().time_since_epoch())
                      .count();
  main_fn_ = std::move(main_fn);
  Worker* w0 = workers[0].get();
  set_current_worker(w0);
  G* g = new_g(w0);
  if (!g) throw std::runtime_error("goro: cannot start the main goroutine (max_goroutines is 0)");
  g->task_vt = &kMainTask;
  g->task_obj = g->task_buf;
  new (g->task_buf) std::function<void()>*(&main_fn_);
  g->label = "main.main";
  start_g(w0, g, nullptr, Site{nullptr, 0});
  w0->runnext = g;
  for (int i = 1; i < procs; ++i) {
    Worker* w = workers[size_t(i)].get();
    w->thread = std::thread([this, w] { worker_main(w); });
  }
#if !defined(__EMSCRIPTEN__)
  if (opts.time_limit.count() > 0) watchdog_ = std::thread([this] { run_watchdog(); });
#endif
  worker_main(w0);
  for (int i = 1; i < procs; ++i) workers[size_t(i)]->thread.join();
  {
    std::lock_guard lk(end_mu);
    finished_ = true;
  }
  watchdog_cv_.notify_all();
  if (watchdog_.joinable()) watchdog_.join();
  set_current_worker(nullptr);
  {
    std::lock_guard lk(timer_mu);
    timers.clear();
  }
  return exit_code_.load();
}

bool Runtime::begin_exit(int code) {
  bool expected = false;
  if (!exiting_.compare_exchange_strong(expected, true)) return false;
  exit_code_.store(code);
  main_returned_ = code == 0 && current_g() && current_g()->id == 1;
  wake_all();
  return true;
}

void Runtime::worker_main(Worker* w) {
  set_current_worker(w);
  install_stack_guard();
  context_current(&w->sched_ctx);
  schedule(w);
  // Rendezvous 1: no goroutine runs anywhere any more. The last worker to
  // arrive hands each worker the goroutines it must unwind, so no worker
  // reads another's goroutines while they unwind.
  {
    std::unique_lock lk(end_mu);
    if (++stopped_workers == procs) {
      if (opts.report_leaks && main_returned_) report_leaks();
      assign_cleanup();
      cleanup_allowed_ = true;
      end_cv.notify_all();
    }
    end_cv.wait(lk, [&] { return cleanup_allowed_; });
  }
  cleanup_worker(w);
  remove_stack_guard();
  // WebAssembly: the thread must return, not pthread_exit(). Once it has
  // switched fibers it runs inside Emscripten's fiber trampoline, and
  // pthread_exit's JS exception would skip the trampoline's reset and hang the
  // next thread on this pool worker. Returning ends the thread because
  // context_emscripten.cpp keeps Emscripten's keepalive count balanced.
  if (w->index != 0) set_current_worker(nullptr);
}

// assign_cleanup() gives every live goroutine to the worker that must end
// it: a started fiber to the worker it last ran on (where it may resume),
// an unstarted one to worker 0. REQUIRES all workers stopped.
void Runtime::assign_cleanup() {
  // Empty the run queues first, while nothing has been freed: every queued
  // goroutine is also in allg, is ended below, and its record may then be
  // reused or deleted, after which walking a queue through it would read
  // freed memory.
  for (auto& w : workers) {
    w->runnext = nullptr;
    while (w->runq.pop_front()) {
    }
  }
  while (global_q.pop_front()) {
  }
  allg_lock.lock();
  for (G* g = allg; g; g = g->all_next) {
    if (g->status == GStatus::Dead) continue;
    Worker* owner = g->started ? g->last_worker : workers[0].get();
    owner->to_unwind.push_back(g);
  }
  allg_lock.unlock();
}

// cleanup_worker() unwinds w's share of the goroutines: resuming a parked
// one makes park() throw GoroutineExit; an unstarted one is just discarded.
void Runtime::cleanup_worker(Worker* w) {
  std::vector<G*> mine = std::move(w->to_unwind);
  for (G* g : mine) {
    if (g->started) {
      execute(w, g);  // park() sees exiting and throws GoroutineExit
      continue;
    }
    destroy_task(g);
    g->status = GStatus::Dead;
    free_g(w, g);
  }
  w->qlock.lock();
  w->runnext = nullptr;
  while (w->runq.pop_front()) {
  }
  w->qlock.unlock();
  if (w->index == 0) {
    global_lock.lock();
    while (global_q.pop_front()) {
    }
    global_lock.unlock();
  }
}

// run_watchdog() enforces time_limit on goroutines that never reach a
// scheduling point: first it asks the run to stop; if the run is still
// stuck two seconds later, it ends the process.
void Runtime::run_watchdog() {
  std::unique_lock lk(end_mu);
  if (watchdog_cv_.wait_for(lk, opts.time_limit, [&] { return finished_; })) return;
  lk.unlock();
  if (begin_exit(2)) report_fatal("timeout running program");
  lk.lock();
  if (watchdog_cv_.wait_for(lk, std::chrono::seconds(2), [&] { return finished_; })) return;
  static const char msg[] = "goro: program did not stop after the time limit; exiting\n";
  (void)!::write(2, msg, sizeof msg - 1);
  _exit(2);
}

}  // namespace goro::detail

namespace goro {

int run(std::function<void()> main_fn, Options opts) {
  if (detail::current_worker()) throw std::logic_error("goro::run called inside a goroutine");
  detail::Runtime rt(opts);
  return rt.run(std::move(main_fn));
}

}  // namespace goro

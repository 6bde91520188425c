// Runtime: the state of one goro::run — workers, run queues, goroutines,
// clock and timers, and how the run ends.
//
// Invariants:
//  - Each Worker is one thread (worker 0 is the thread that called run) with
//    its own scheduler context; a goroutine runs only on a worker, and a
//    worker runs one goroutine at a time.
//  - A runnable goroutine is in exactly one queue: some worker's runnext or
//    FIFO (guarded by that worker's qlock) or the global queue (global_lock).
//  - npidle counts workers that found no work and are idle (sleeping or about
//    to). Every transition into idleness happens under sched_mu after npidle
//    is raised and all queues are re-checked, and every enqueue is followed by
//    a read of npidle, so either the idler sees the new work or the enqueuer
//    sees the idler (Dekker; see Scheduler::go_idle and Runtime::wakep).
//  - Quiescence (npidle == procs, all queues empty) can change only through
//    timers, so the worker that makes the runtime quiescent is the one that
//    advances the virtual clock, waits for the next real timer, or reports
//    the deadlock.
//  - Once `exiting` is set no goroutine runs user code again: parked ones are
//    resumed only to unwind (GoroutineExit), queued ones only to unwind or be
//    discarded, and their output is dropped.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "g.hpp"
#include "goro/options.hpp"
#include "goro/sink.hpp"
#include "gqueue.hpp"
#include "spinlock.hpp"
#include "timer_heap.hpp"

namespace goro::detail {

// GoroutineExit unwinds a goroutine's stack when the program ends under it
// (main returned, os.Exit, a panic elsewhere). Never caught by goro code
// except at the goroutine's entry.
struct GoroutineExit {};

// WebAssembly fibers cannot migrate between threads (Asyncify rewind ids are
// thread-local), so there a started goroutine stays on its first worker.
#if defined(__EMSCRIPTEN__)
inline constexpr bool kPinStartedGoroutines = true;
#else
inline constexpr bool kPinStartedGoroutines = false;
#endif

class Runtime;

// RandSource backs goro::rand (rand.cpp).
struct RandSource {
  uint64_t state[4] = {};
  void seed(uint64_t s);
  uint64_t next();
};

class Worker {
 public:
  Worker(Runtime* rt, int index, uint64_t seed);

  Runtime* const rt;
  const int index;
  Context sched_ctx;
  G* current = nullptr;

  // after_switch runs on the scheduler stack right after the current goroutine
  // switched away: it releases the lock that guards the goroutine's wait queue.
  void (*after_fn)(void*) = nullptr;
  void* after_arg = nullptr;

  // qlock is taken only when procs > 1: with one worker, nothing but its
  // own thread touches its queues.
  SpinLock qlock;
  G* runnext = nullptr;  // GUARDED_BY(qlock): runs next, like Go's p.runnext
  GQueue runq;           // GUARDED_BY(qlock)

  std::condition_variable cv;  // idle sleep; waits under rt->sched_mu
  bool sleeping = false;       // GUARDED_BY(rt->sched_mu)
  bool spinning = false;       // owner only

  uint64_t rng;
  uint32_t schedtick = 0;

  std::vector<G*> to_unwind;  // filled by assign_cleanup when the run ends

  // Dead goroutines' records and stacks kept for reuse (owner only).
  G* free_gs = nullptr;
  size_t nfree = 0;
  std::vector<Stack> free_stacks;  // LIFO: the last freed is the warmest

  // Goroutines started minus ended on this worker (may be negative); written
  // by the owner only, read by anyone summing live_count().
  std::atomic<int64_t> live_delta{0};
  void add_live(int64_t d) { live_delta.store(live_delta.load(std::memory_order_relaxed) + d, std::memory_order_relaxed); }
  // Starts this worker may make before it sums live_count() again (max_goroutines).
  int64_t spawn_credit = 0;

  std::thread thread;

  uint64_t next_random();
};

class Runtime {
 public:
  explicit Runtime(const Options& opts);
  ~Runtime();
  Runtime(const Runtime&) = delete;
  Runtime& operator=(const Runtime&) = delete;

  int run(std::function<void()> main_fn);

  // ---- goroutines (goroutine.cpp)
  // new_g() allocates a goroutine record (no stack yet); nullptr on limits.
  G* new_g(Worker* w);
  // give_stack() gives an unstarted g its stack and initial context; false if out of memory.
  bool give_stack(Worker* w, G* g);
  void start_g(Worker* w, G* g, G* parent, Site site);  // number it, link it, make it runnable
  void free_g(Worker* w, G* g);
  void delete_g(G* g);  // unlinks g from allg and frees the record
  static void destroy_task(G* g);  // destroys g's function and frees its storage
  static void g_entry(void* arg);

  // ---- scheduling (scheduler.cpp)
  // park() blocks the current goroutine. After its context is saved, unlock(arg)
  // runs on the scheduler stack. Returns once ready() was called for it.
  // Throws GoroutineExit if the program ended meanwhile.
  void park(void (*unlock)(void*), void* arg, WaitReason reason, Site site, uint64_t chan = 0);
  // ready() makes a parked g runnable, next on this worker (Go's runnext).
  void ready(G* g, bool wake_idle = false);
  void ready_on(Worker* w, G* g, bool wake_idle = false);  // w: the calling worker
  void yield_current();
  void schedule(Worker* w);  // the worker loop; returns when the run ends
  void wakep();
  void wake_all();

  // ---- ending the run
  // begin_exit() records the exit status (first caller wins) and stops the run.
  bool begin_exit(int code);
  bool exiting() const { return exiting_.load(std::memory_order_acquire); }
  // unwind_current() ends the calling goroutine because the run is ending.
  [[noreturn]] void unwind_current();
  // main_goexited_: the main goroutine ended by goexit(); the run goes on
  // until the deadlock check finds nothing left to run.
  std::atomic<bool> main_goexited_{false};
  void check_exiting();  // unwind_current() if exiting and it is safe to throw

  // ---- clock and timers (clock.cpp)
  int64_t now_ns() const;  // run clock: ns since the run started
  void add_timer(TimerEntry e);
  void take_due(int64_t now, std::vector<TimerEntry>& due);  // REQUIRES(timer_mu)
  bool fire_due_timers(Worker* w);       // real clock: fire what is due; true if any fired
  bool advance_virtual_clock(Worker* w);  // quiescent: jump to the next timer; true if any fired
  int64_t next_timer_when();  // -1 if none

  // ---- output and events (output.cpp)
  // force: runtime reports, written even as the run ends.
  void write_output(G* g, Stream s, std::string_view bytes, bool force = false);
  bool events_on() const { return events_on_; }
  void emit(Event e);  // fills seq and time_ns

  // ---- reports (report.cpp)
  std::string goroutine_header(const G* g, const char* state) const;
  std::string goroutine_trace(const G* g, Site at) const;
  std::string dump_blocked(bool runnable_too);
  void report_deadlock();
  void report_panic(G* g, const std::string& message, Site site, bool fatal);
  void report_leaks();
  void emit_report(EventKind kind, G* g, const std::string& text);
  void report_fatal(const std::string& first_line);  // runtime-level fatal error, e.g. limits

  // Options and fixed facts of this run.
  Options opts;
  int procs;
  std::vector<std::unique_ptr<Worker>> workers;

  // Global queue (yield, and goroutines pinned to no one) and idle workers.
  SpinLock global_lock;
  GQueue global_q;  // GUARDED_BY(global_lock)
  std::atomic<size_t> global_n{0};
  std::mutex sched_mu;
  std::vector<Worker*> idle;  // GUARDED_BY(sched_mu)
  std::atomic<int> npidle{0};
  std::atomic<int> nspinning{0};

  // All live goroutines, for dumps and cleanup.
  // Every goroutine record of this run, dead ones in free lists included.
  SpinLock allg_lock;
  G* allg = nullptr;  // GUARDED_BY(allg_lock)

  // Dead goroutine records shared between workers, like Go's sched.gFree: a
  // worker whose free list overflows moves half here; one that runs dry
  // takes a batch. Goroutines spawned on one worker and ending on another
  // then cost no malloc/free. Records here have no stack.
  // math/rand's global source for this run (goro/rand.hpp), seeded from opts.seed.
  SpinLock rand_lock;
  RandSource rand;  // GUARDED_BY(rand_lock)

  SpinLock gfree_lock;
  G* gfree = nullptr;      // GUARDED_BY(gfree_lock)
  size_t ngfree = 0;       // GUARDED_BY(gfree_lock)
  std::atomic<uint64_t> next_id{1};
  // live_count(): goroutines started and not yet ended. Each worker counts
  // its own starts and ends (no shared counter bouncing between cores).
  int64_t live_count() const;

  // Clock.
  std::chrono::steady_clock::time_point start_real;
  int64_t real_epoch_ns = 0;  // Clock::Real: system time when the run started
  std::atomic<int64_t> virtual_ns{0};
  SpinLock timer_mu;  // a spin lock: sleep() releases it from the scheduler stack
  TimerHeap timers;  // GUARDED_BY(timer_mu)
  std::atomic<int64_t> next_when{-1};  // earliest timer or -1; read without timer_mu

  // Output and events.
  std::mutex out_mu;
  size_t out_bytes = 0;  // GUARDED_BY(out_mu)
  bool out_truncated = false;  // GUARDED_BY(out_mu)
  uint64_t seq = 0;      // GUARDED_BY(out_mu)
  bool events_on_ = false;

 private:
  // Scheduler internals (scheduler.cpp).
  G* find_runnable(Worker* w);
  G* pop_local(Worker* w);
  G* pop_global(Worker* w);
  G* steal(Worker* w);
  G* spin_for_work(Worker* w);
  bool any_work(Worker* w);
  void go_idle(Worker* w);
  void push_local(Worker* w, G* g, bool next);
  void execute(Worker* w, G* g);
  bool limit_hit(Worker* w);
  void cleanup_worker(Worker* w);
  void assign_cleanup();
  void worker_main(Worker* w);
  void run_watchdog();

  std::atomic<bool> exiting_{false};
  std::atomic<int> exit_code_{0};
  std::function<void()> main_fn_;
  // Shutdown rendezvous: workers leave the loop, then each unwinds its fibers.
  std::mutex end_mu;
  std::condition_variable end_cv;
  int stopped_workers = 0;   // GUARDED_BY(end_mu)
  std::thread watchdog_;
  std::condition_variable watchdog_cv_;
  bool finished_ = false;  // GUARDED_BY(end_mu)
  bool cleanup_allowed_ = false;  // GUARDED_BY(end_mu)
  bool main_returned_ = false;  // set by the begin_exit that won
};

// The calling thread's worker and goroutine; nullptr outside a run.
// Not inlined: a goroutine may resume on another thread, and the compiler
// must not reuse a thread-local address computed before a switch.
Worker* current_worker();
Runtime* current_runtime();
G* current_g();

// Self is the calling goroutine, its worker and runtime, read once per
// operation (each current_*() is a call). Valid until the goroutine parks or
// yields: it may resume on another worker. All null outside a goroutine.
struct Self {
  Worker* w = nullptr;
  Runtime* rt = nullptr;
  G* g = nullptr;
  static Self get() {
    Worker* w = current_worker();
    return w ? Self{w, w->rt, w->current} : Self{};
  }
};
void set_current_worker(Worker* w);

}  // namespace goro::detail

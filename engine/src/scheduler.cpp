// Scheduler: run queues, parking, readying, stealing and idling.
//
// The shape follows Go's runtime/proc.go: each worker (Go's M+P) has a FIFO
// run queue plus a `runnext` slot. A goroutine made ready by a channel
// operation or created by `go` goes to runnext, pushing the previous occupant
// to the FIFO tail, so at procs 1 the run order matches Go's at GOMAXPROCS=1.
#include <algorithm>
#include <exception>

#include "runtime.hpp"

namespace goro::detail {
namespace {
thread_local Worker* tls_worker = nullptr;
}

__attribute__((noinline)) Worker* current_worker() {
  Worker* w = tls_worker;
  asm volatile("" ::: "memory");
  return w;
}
__attribute__((noinline)) void set_current_worker(Worker* w) { tls_worker = w; }
Runtime* current_runtime() {
  Worker* w = current_worker();
  return w ? w->rt : nullptr;
}
G* current_g() {
  Worker* w = current_worker();
  return w ? w->current : nullptr;
}

Worker::Worker(Runtime* r, int i, uint64_t seed)
    : rt(r), index(i), rng(seed * 0x9E3779B97F4A7C15ULL + uint64_t(i) * 0xBF58476D1CE4E5B9ULL + 1) {}

uint64_t Worker::next_random() {
  // xorshift64*: fast, and deterministic for a given seed.
  rng ^= rng >> 12;
  rng ^= rng << 25;
  rng ^= rng >> 27;
  return rng * 0x2545F4914F6CDD1DULL;
}

// push_local() queues g on w; next puts it in runnext. Returns true if a
// goroutine landed in the FIFO, i.e. there is work another worker could steal.
void Runtime::push_local(Worker* w, G* g, bool next) {
  bool stealable;
  if (procs > 1) w->qlock.lock();
  if (next) {
    stealable = w->runnext != nullptr;
    if (stealable) w->runq.push_back(w->runnext);
    w->runnext = g;
  } else {
    w->runq.push_back(g);
    stealable = true;
  }
  if (procs > 1) w->qlock.unlock();
  if (stealable && procs > 1) wakep();
}

void Runtime::ready(G* g, bool wake_idle) { ready_on(current_worker(), g, wake_idle); }

void Runtime::ready_on(Worker* w, G* g, bool wake_idle) {
  g->status = GStatus::Runnable;
  if (events_on_) {
    G* cur = w->current;
    emit({.kind = EventKind::Unblock, .g = g->id, .other = cur ? cur->id : 0});
  }
  if (kPinStartedGoroutines && g->pinned && g->pinned != w) {
    // Only its own worker may resume this fiber: queue it there and make
    // sure that worker is awake.
    Worker* owner = g->pinned;
    owner->qlock.lock();
    owner->runq.push_back(g);
    owner->qlock.unlock();
    std::lock_guard lk(sched_mu);
    if (owner->sleeping) {
      owner->sleeping = false;
      idle.erase(std::find(idle.begin(), idle.end(), owner));
      npidle.fetch_sub(1);
      owner->cv.notify_one();
    }
    return;
  }
  push_local(w, g, true);
  if (wake_idle && procs > 1) wakep();
}

// wakep() wakes one idle worker to look for work, unless one is already
// looking (spinning). Called after work was queued.
void Runtime::wakep() {
  std::atomic_thread_fence(std::memory_order_seq_cst);  // enqueue, then read npidle (Dekker)
  if (npidle.load() == 0 || nspinning.load() != 0) return;
  std::lock_guard lk(sched_mu);
  if (idle.empty()) return;
  Worker* v = idle.back();
  idle.pop_back();
  v->sleeping = false;
  npidle.fetch_sub(1);
  nspinning.fetch_add(1);
  v->spinning = true;
  v->cv.notify_one();
}

void Runtime::wake_all() {
  std::lock_guard lk(sched_mu);
  for (Worker* v : idle) {
    v->sleeping = false;
    npidle.fetch_sub(1);
    v->cv.notify_one();
  }
  idle.clear();
}

void Runtime::park(void (*unlock)(void*), void* arg, WaitReason reason, Site site, uint64_t chan) {
  Worker* w = current_worker();
  G* g = w->current;
  // Even if the run is ending, park for real: releasing the lock and
  // throwing here would let a waker find g's waiter while g unwinds. The
  // end-of-run cleanup resumes g, and the check below unwinds it then.
  g->wait_reason = reason;
  g->wait_site = site;
  g->wait_chan = chan;
  g->status = GStatus::Waiting;
  if (events_on_) emit({.kind = EventKind::Block, .g = g->id, .chan = chan, .reason = reason, .site = site});
  w->after_fn = unlock;
  w->after_arg = arg;
  context_swap(&g->ctx, &w->sched_ctx);
  // Resumed, perhaps on another worker.
  if (exiting()) unwind_current();
}

void Runtime::yield_current() {
  Worker* w = current_worker();
  G* g = w->current;
  check_exiting();
  g->status = GStatus::Runnable;
  // Like Gosched: to the global queue, so every other runnable goroutine
  // gets a turn first. A pinned fiber goes back to its own worker's FIFO.
  w->after_arg = g;
  if (kPinStartedGoroutines && procs > 1) {
    w->after_fn = [](void* p) {
      G* y = static_cast<G*>(p);
      y->pinned->qlock.lock();
      y->pinned->runq.push_back(y);
      y->pinned->qlock.unlock();
    };
  } else {
    w->after_fn = [](void* p) {
      G* y = static_cast<G*>(p);
      Runtime* rt = current_runtime();
      rt->global_lock.lock();
      rt->global_q.push_back(y);
      rt->global_n.fetch_add(1);
      rt->global_lock.unlock();
    };
  }
  context_swap(&g->ctx, &w->sched_ctx);
  if (exiting()) unwind_current();
}

void Runtime::check_exiting() {
  if (exiting() && std::uncaught_exceptions() == 0) unwind_current();
}

void Runtime::unwind_current() {
  Worker* w = current_worker();
  G* g = w->current;
  if (std::uncaught_exceptions() == 0) throw GoroutineExit{};
  // Already unwinding (a destructor blocked at exit): this fiber can neither
  // throw nor finish. Leave it parked forever; its stack is leaked.
  g->abandoned = true;
  g->status = GStatus::Dead;
  context_swap(&g->ctx, &w->sched_ctx);
  std::terminate();  // unreachable: abandoned fibers are never resumed
}

G* Runtime::pop_local(Worker* w) {
  G* g = nullptr;
  if (procs > 1) w->qlock.lock();
  if (opts.shuffle) {
    size_t n = w->runq.size() + (w->runnext ? 1 : 0);
    if (n > 0) {
      size_t k = size_t(w->next_random() % n);
      if (w->runnext && k == 0) {
        g = w->runnext;
        w->runnext = nullptr;
      } else {
        g = w->runq.remove_at(k - (w->runnext ? 1 : 0));
      }
    }
  } else if (w->runnext) {
    g = w->runnext;
    w->runnext = nullptr;
  } else {
    g = w->runq.pop_front();
  }
  if (procs > 1) w->qlock.unlock();
  return g;
}

G* Runtime::pop_global(Worker*) {
  if (global_n.load(std::memory_order_relaxed) == 0) return nullptr;
  global_lock.lock();
  G* g = global_q.pop_front();
  if (g) global_n.fetch_sub(1);
  global_lock.unlock();
  return g;
}

// steal() takes half of another worker's FIFO (or, on the last pass, its
// runnext). A started fiber that must stay on its worker is never taken.
G* Runtime::steal(Worker* w) {
  auto eligible = [](G* g) { return !kPinStartedGoroutines || !g->started; };
  for (int pass = 0; pass < 2; ++pass) {
    size_t start = size_t(w->next_random() % uint64_t(procs));
    for (int i = 0; i < procs; ++i) {
      Worker* v = workers[(start + size_t(i)) % size_t(procs)].get();
      if (v == w) continue;
      GQueue got;
      if (pass == 0 && v->runq.size_hint() == 0) continue;
      v->qlock.lock();
      size_t want = (v->runq.size() + 1) / 2;
      if (want > 0) v->runq.take_if(got, want, eligible);
      if (got.empty() && pass == 1 && v->runnext && eligible(v->runnext)) {
        got.push_back(v->runnext);
        v->runnext = nullptr;
      }
      v->qlock.unlock();
      if (got.empty()) continue;
      G* first = got.pop_front();
      if (!got.empty()) {
        w->qlock.lock();
        while (G* g = got.pop_front()) w->runq.push_back(g);
        w->qlock.unlock();
      }
      return first;
    }
  }
  return nullptr;
}

// spin_for_work() steals, and if nothing is there, looks again a few times
// over about a microsecond before the worker goes to sleep: a program that
// spawns or hands off work every few hundred nanoseconds would otherwise pay
// a futex sleep and wake-up per goroutine. Bounded, so an idle worker still
// sleeps almost at once.
G* Runtime::spin_for_work(Worker* w) {
  constexpr int kRounds = 8, kPauses = 32;
  if (G* g = steal(w)) return g;
  for (int round = 0; round < kRounds && !exiting(); ++round) {
    for (int i = 0; i < kPauses; ++i) cpu_relax();
    if (G* g = pop_local(w)) return g;
    if (G* g = pop_global(w)) return g;
    // Look without locking: a stealer that locks a busy worker's queue
    // over and over slows down the very worker making the work.
    for (auto& v : workers)
      if (v.get() != w && v->runq.size_hint() > 0)
        if (G* g = steal(w)) return g;
  }
  return nullptr;
}

bool Runtime::any_work(Worker* w) {
  if (global_n.load() > 0) return true;
  for (auto& vp : workers) {
    Worker* v = vp.get();
    v->qlock.lock();
    bool has = v->runnext != nullptr || !v->runq.empty();
    if (has && kPinStartedGoroutines && v != w) {
      // Work pinned to another worker is that worker's to run.
      auto unstarted = [](const G* g) { return !g->started; };
      has = (v->runnext && unstarted(v->runnext)) || v->runq.any_of(unstarted);
    }
    v->qlock.unlock();
    if (has) return true;
  }
  return false;
}

// go_idle() is where a worker with nothing to run goes. It either finds that
// work appeared, handles quiescence (timers or deadlock), or sleeps until woken.
void Runtime::go_idle(Worker* w) {
  std::unique_lock lk(sched_mu);
  if (w->spinning) {
    w->spinning = false;
    nspinning.fetch_sub(1);
  }
  npidle.fetch_add(1);
  if (exiting() || any_work(w)) {
    npidle.fetch_sub(1);
    return;
  }
  if (npidle.load() == procs) {
    // Quiescent: every goroutine is blocked. Only timers can change that.
    npidle.fetch_sub(1);
    if (opts.clock == Clock::Virtual) {
      lk.unlock();
      if (advance_virtual_clock(w)) return;
    } else {
      int64_t when = next_timer_when();
      if (when >= 0) {
        auto deadline = start_real + std::chrono::nanoseconds(when);
        if (procs == 1) {
          lk.unlock();
          std::this_thread::sleep_until(deadline);
        } else {
          w->cv.wait_until(lk, deadline);
          lk.unlock();
        }
        fire_due_timers(w);
        return;
      }
      lk.unlock();
    }
    if (exiting()) return;
    if (begin_exit(2)) report_deadlock();
    return;
  }
  w->sleeping = true;
  idle.push_back(w);
  while (w->sleeping && !exiting()) {
    int64_t when = opts.clock == Clock::Real ? next_timer_when() : -1;
    if (when < 0) {
      w->cv.wait(lk);
      continue;
    }
    if (w->cv.wait_until(lk, start_real + std::chrono::nanoseconds(when)) == std::cv_status::timeout &&
        w->sleeping) {
      // A real timer is due: leave the idle list and go fire it.
      w->sleeping = false;
      idle.erase(std::find(idle.begin(), idle.end(), w));
      npidle.fetch_sub(1);
    }
  }
  if (w->sleeping) {  // woken by exit while still listed
    w->sleeping = false;
    auto it = std::find(idle.begin(), idle.end(), w);
    if (it != idle.end()) {
      idle.erase(it);
      npidle.fetch_sub(1);
    }
  }
}

G* Runtime::find_runnable(Worker* w) {
  for (;;) {
    if (exiting()) return nullptr;
    if (opts.clock == Clock::Real && next_when.load(std::memory_order_relaxed) >= 0 &&
        now_ns() >= next_when.load(std::memory_order_relaxed))
      fire_due_timers(w);
    ++w->schedtick;
    if ((w->schedtick & 63) == 0 && limit_hit(w)) continue;
    // Every 61st schedule, look at the global queue first so it cannot starve.
    if (w->schedtick % 61 == 0)
      if (G* g = pop_global(w)) return g;
    if (G* g = pop_local(w)) return g;
    if (G* g = pop_global(w)) return g;
    if (procs > 1)
      if (G* g = spin_for_work(w)) return g;
    go_idle(w);
  }
}

bool Runtime::limit_hit(Worker*) {
  if (opts.time_limit.count() <= 0) return false;
  if (std::chrono::steady_clock::now() - start_real < opts.time_limit) return false;
  if (begin_exit(2)) report_fatal("timeout running program");
  return true;
}

void Runtime::execute(Worker* w, G* g) {
  if (!g->started && !g->stack.lo && !give_stack(w, g)) {
    if (begin_exit(2)) report_fatal("fatal error: out of memory allocating goroutine stack");
    destroy_task(g);
    g->status = GStatus::Dead;
    free_g(w, g);
    return;
  }
  w->current = g;
  g->status = GStatus::Running;
  g->last_worker = w;
  if (kPinStartedGoroutines && !g->started) g->pinned = w;
  g->started = true;
  if (events_on_ && !exiting()) emit({.kind = EventKind::Run, .g = g->id, .other = uint64_t(w->index)});
  context_swap(&w->sched_ctx, &g->ctx);
  // Back on the scheduler stack: g parked, yielded or ended. Read its
  // status before after_fn: once that releases g's wait queue, another
  // worker may ready, run and even free g.
  w->current = nullptr;
  bool dead = g->status == GStatus::Dead;
  if (w->after_fn) {
    auto fn = w->after_fn;
    w->after_fn = nullptr;
    fn(w->after_arg);
  }
  if (dead) free_g(w, g);
}

void Runtime::schedule(Worker* w) {
  while (G* g = find_runnable(w)) {
    if (w->spinning) {
      // Found work while spinning: someone else may need to look for more.
      w->spinning = false;
      if (nspinning.fetch_sub(1) == 1) wakep();
    }
    execute(w, g);
  }
}

}  // namespace goro::detail

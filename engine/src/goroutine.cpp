// Goroutine lifecycle: creation (the `go` statement), entry, exit and reuse,
// plus the goroutine-level API (yield, exit, panic).
#include <cstdlib>
#include <stdexcept>
#include <thread>

#include "goro/go.hpp"
#include "goro/goroutine.hpp"
#include "runtime.hpp"

namespace goro::detail {
namespace {
constexpr size_t kMaxFreeGs = 256;     // per worker: enough for spawn-heavy loops
constexpr size_t kMaxGlobalFreeGs = 4096;
constexpr size_t kMaxFreeStacks = 64;  // per worker: warm stacks whose top pages are resident
constexpr size_t kTaskAlign = 16;      // heap-allocated goroutine functions
}

int64_t Runtime::live_count() const {
  int64_t n = 0;
  for (auto& w : workers) n += w->live_delta.load(std::memory_order_relaxed);
  return n;
}

G* Runtime::new_g(Worker* w) {
  if (w->spawn_credit <= 0) {
    // Summing every worker's count on each `go` would cost more than the
    // spawn: take a share of the headroom instead. At procs 1 the limit is
    // exact; with more, workers may overshoot it by at most one each.
    auto max = int64_t(opts.max_goroutines);
    int64_t n = live_count();
    if (n >= max) return nullptr;
    w->spawn_credit = std::max<int64_t>(1, (max - n) / (2 * procs));
  }
  --w->spawn_credit;
  if (!w->free_gs && procs > 1) {
    gfree_lock.lock();
    while (gfree && w->nfree < kMaxFreeGs / 2) {
      G* g = gfree;
      gfree = g->free_next;
      --ngfree;
      g->free_next = w->free_gs;
      w->free_gs = g;
      ++w->nfree;
    }
    gfree_lock.unlock();
  }
  G* g = w->free_gs;
  if (g) {
    w->free_gs = g->free_next;
    --w->nfree;
    return g;
  }
  // A record joins allg when made and leaves it only when deleted, as in
  // Go's allgs: reusing a dead goroutine takes no global lock.
  g = new G;
  g->status = GStatus::Dead;
  allg_lock.lock();
  g->all_next = allg;
  if (allg) allg->all_prev = g;
  allg = g;
  allg_lock.unlock();
  return g;
}

void Runtime::delete_g(G* g) {
  allg_lock.lock();
  (g->all_prev ? g->all_prev->all_next : allg) = g->all_next;
  if (g->all_next) g->all_next->all_prev = g->all_prev;
  allg_lock.unlock();
  delete g;
}

// A goroutine gets its stack when it first runs, not at `go`: a program that
// spawns a million goroutines faster than they run (skynet) holds a million
// small records, not a million stacks, and a stack freed by a goroutine that
// just ended is reused while its pages are still resident (LIFO per worker).
bool Runtime::give_stack(Worker* w, G* g) {
  if (!w->free_stacks.empty()) {
    g->stack = w->free_stacks.back();
    w->free_stacks.pop_back();
  } else {
    g->stack = StackPool::instance().acquire(opts.stack_size);
    if (!g->stack.lo) return false;
  }
  context_make(&g->ctx, g->stack.lo, g->stack.size, &Runtime::g_entry, g);
  return true;
}

void Runtime::start_g(Worker* w, G* g, G* parent, Site site) {
  g->id = next_id.fetch_add(1);
  g->status = GStatus::Runnable;
  g->started = false;
  g->pinned = nullptr;
  g->parent_id = parent ? parent->id : 0;
  if (parent) g->parent_label = parent->label;
  g->go_site = site;
  w->add_live(1);
  if (events_on_)
    emit({.kind = EventKind::Go, .g = g->parent_id, .other = g->id, .site = site, .text = g->label});
}

void Runtime::free_g(Worker* w, G* g) {
  w->add_live(-1);
  if (g->abandoned) {  // its stack still holds live frames: never reuse it
    delete_g(g);
    return;
  }
  if (g->stack.lo) {
    if (w->free_stacks.size() < kMaxFreeStacks) w->free_stacks.push_back(g->stack);
    else StackPool::instance().release(g->stack);
    g->stack = {};
  }
  g->label.clear();
  g->parent_label.clear();
  g->task_vt = nullptr;
  g->task_obj = nullptr;
  g->wait_reason = WaitReason::None;
  if (w->nfree >= kMaxFreeGs && procs > 1) {
    gfree_lock.lock();
    while (w->nfree > kMaxFreeGs / 2 && ngfree < kMaxGlobalFreeGs) {
      G* f = w->free_gs;
      w->free_gs = f->free_next;
      --w->nfree;
      f->free_next = gfree;
      gfree = f;
      ++ngfree;
    }
    gfree_lock.unlock();
  }
  if (w->nfree < kMaxFreeGs) {
    g->free_next = w->free_gs;
    w->free_gs = g;
    ++w->nfree;
    return;
  }
  delete_g(g);
}

void Runtime::destroy_task(G* g) {
  g->task_vt->destroy(g->task_obj);
  if (g->task_obj != g->task_buf) ::operator delete(g->task_obj, std::align_val_t(kTaskAlign));
  g->task_obj = nullptr;
}

void Runtime::g_entry(void* arg) {
  G* g = static_cast<G*>(arg);
  Runtime* rt = current_runtime();
  try {
    if (!rt->exiting()) g->task_vt->invoke(g->task_obj);
  } catch (const GoroutineExit&) {
  } catch (const goro::Panic& p) {
    if (rt->begin_exit(2)) rt->report_panic(g, p.what(), p.site(), false);
  } catch (const std::exception& e) {
    if (rt->begin_exit(2)) rt->report_panic(g, e.what(), g->go_site, false);
  } catch (...) {
    if (rt->begin_exit(2)) rt->report_panic(g, "unknown C++ exception", g->go_site, false);
  }
  destroy_task(g);
  // main returned: the program ends (unless it left by goexit())
  if (g->id == 1 && !rt->main_goexited_.load(std::memory_order_acquire)) rt->begin_exit(0);
  if (rt->events_on_ && !rt->exiting()) rt->emit({.kind = EventKind::Exit, .g = g->id});
  g->status = GStatus::Dead;
  Worker* w = current_worker();
  context_swap(&g->ctx, &w->sched_ctx);
  std::abort();  // a dead goroutine is never resumed
}

void* spawn_begin(size_t size, size_t align, void** out) {
  Worker* w = current_worker();
  if (!w) throw std::logic_error("goro::go called outside goro::run");
  Runtime* rt = w->rt;
  rt->check_exiting();
  G* g = rt->new_g(w);
  if (!g) {
    if (rt->begin_exit(2))
      rt->report_fatal("fatal error: too many goroutines (limit " + std::to_string(rt->opts.max_goroutines) + ")");
    rt->unwind_current();
  }
  *out = g;
  if (size <= sizeof(g->task_buf) && align <= 16) {
    g->task_obj = g->task_buf;
  } else {
    if (align > kTaskAlign) throw std::length_error("goro::go: over-aligned goroutine function");
    g->task_obj = ::operator new(size, std::align_val_t(kTaskAlign));
  }
  return g->task_obj;
}

void spawn_commit(void* gp, const TaskVTable* vt, std::string_view label, Site site) {
  G* g = static_cast<G*>(gp);
  Worker* w = current_worker();
  Runtime* rt = w->rt;
  g->task_vt = vt;
  g->label.assign(label);
  rt->start_g(w, g, w->current, site);
  rt->ready(g, /*wake_idle=*/true);
}

void spawn_abort(void* gp) {
  G* g = static_cast<G*>(gp);
  Worker* w = current_worker();
  if (g->task_obj != g->task_buf) ::operator delete(g->task_obj, std::align_val_t(kTaskAlign));
  g->task_obj = nullptr;
  g->free_next = w->free_gs;
  w->free_gs = g;
  ++w->nfree;
}

}  // namespace goro::detail

namespace goro {

void yield() {
  if (auto* rt = detail::current_runtime()) rt->yield_current();
  else std::this_thread::yield();
}

int num_goroutine() {
  auto* rt = detail::current_runtime();
  return rt ? int(rt->live_count()) : 0;
}

void goexit() {
  detail::Self self = detail::Self::get();
  if (!self.g) throw std::logic_error("goro::goexit called outside goro::run");
  if (self.g->id == 1) self.rt->main_goexited_.store(true, std::memory_order_release);
  self.rt->unwind_current();
  std::abort();  // unwind_current() does not return
}

void exit(int code) {
  detail::Self self = detail::Self::get();
  if (!self.g) std::exit(code);
  self.rt->begin_exit(code);
  self.rt->unwind_current();
}

void panic(std::string message, Site site) { throw Panic(std::move(message), site); }

}  // namespace goro

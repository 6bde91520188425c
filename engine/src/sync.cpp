// WaitGroup, Mutex and RWMutex on embedded wait lists.
#include <stdexcept>

#include "goro/goroutine.hpp"
#include "goro/mutex.hpp"
#include "goro/waitgroup.hpp"
#include "runtime.hpp"

namespace goro::detail {

// Waiter is one parked goroutine in a WaitList; it lives on that goroutine's stack.
struct Waiter {
  G* g;
  Waiter* next = nullptr;
};

namespace {

void lock(WaitList& l) {
  for (;;) {
    if (!l.locked.exchange(true, std::memory_order_acquire)) return;
    while (l.locked.load(std::memory_order_relaxed)) cpu_relax();
  }
}
void unlock(WaitList& l) { l.locked.store(false, std::memory_order_release); }

void push_back(WaitList& l, Waiter* w) {
  w->next = nullptr;
  if (l.tail) l.tail->next = w; else l.head = w;
  l.tail = w;
}
void push_front(WaitList& l, Waiter* w) {
  w->next = l.head;
  l.head = w;
  if (!l.tail) l.tail = w;
}
Waiter* pop_front(WaitList& l) {
  Waiter* w = l.head;
  if (w) {
    l.head = w->next;
    if (!l.head) l.tail = nullptr;
  }
  return w;
}

void remove(WaitList& l, Waiter* w) {
  Waiter* prev = nullptr;
  for (Waiter* p = l.head; p; prev = p, p = p->next) {
    if (p != w) continue;
    (prev ? prev->next : l.head) = p->next;
    if (l.tail == p) l.tail = prev;
    return;
  }
}

// block() parks the current goroutine on l, which must be locked; l is
// unlocked once the goroutine's context is saved. front: re-waiters go first.
void block(WaitList& l, Site site, bool front) {
  Self self = Self::get();
  if (!self.g) {
    unlock(l);
    throw std::logic_error("blocking sync operation outside goro::run");
  }
  Waiter w{self.g};
  if (front) push_front(l, &w); else push_back(l, &w);
  try {
    self.rt->park([](void* p) { unlock(*static_cast<WaitList*>(p)); }, &l, WaitReason::Semacquire, site);
  } catch (...) {  // the run ended: leave the list before this stack unwinds
    lock(l);
    remove(l, &w);
    unlock(l);
    throw;
  }
}

// wake_all() readies every waiter; REQUIRES l locked, and unlocks it first.
void release_all(WaitList& l) {
  Waiter* w = l.head;
  l.head = l.tail = nullptr;
  unlock(l);
  Runtime* rt = current_runtime();
  while (w) {
    Waiter* next = w->next;  // read before ready: w lives on the woken stack
    rt->ready(w->g);
    w = next;
  }
}

void release_one(WaitList& l) {
  Waiter* w = pop_front(l);
  unlock(l);
  if (w) current_runtime()->ready(w->g);
}

}  // namespace

void fatal(const char* message, Site site) {
  Self self = Self::get();
  if (!self.g) throw std::logic_error(std::string("fatal error: ") + message);
  if (self.rt->begin_exit(2)) self.rt->report_panic(self.g, message, site, /*fatal=*/true);
  self.rt->unwind_current();
}

}  // namespace goro::detail

namespace goro {

using namespace detail;

void WaitGroup::add(int64_t delta, Site site) {
  lock(waiters_);
  int64_t v = counter_.load(std::memory_order_relaxed) + delta;
  counter_.store(v, std::memory_order_relaxed);
  if (v < 0) {
    unlock(waiters_);
    panic("sync: negative WaitGroup counter", site);
  }
  if (v == 0 && waiters_.head) {
    release_all(waiters_);
    return;
  }
  unlock(waiters_);
}

void WaitGroup::wait(Site site) {
  lock(waiters_);
  if (counter_.load(std::memory_order_relaxed) == 0) {
    unlock(waiters_);
    return;
  }
  block(waiters_, site, false);
}

void Mutex::lock(Site site) {
  bool woken = false;
  for (;;) {
    detail::lock(waiters_);
    if (!locked_) {
      locked_ = true;
      detail::unlock(waiters_);
      return;
    }
    // Like Go's normal mode, a woken waiter competes with new arrivals and,
    // losing, waits again at the front.
    block(waiters_, site, woken);
    woken = true;
  }
}

bool Mutex::try_lock() {
  detail::lock(waiters_);
  bool ok = !locked_;
  locked_ = true;
  detail::unlock(waiters_);
  return ok;
}

void Mutex::unlock(Site site) {
  detail::lock(waiters_);
  if (!locked_) {
    detail::unlock(waiters_);
    fatal("sync: unlock of unlocked mutex", site);
  }
  locked_ = false;
  release_one(waiters_);
}

void RWMutex::lock(Site site) {
  bool counted = false;
  for (;;) {
    detail::lock(waiters_);
    if (!writer_ && readers_ == 0) {
      writer_ = true;
      if (counted) --writers_waiting_;
      detail::unlock(waiters_);
      return;
    }
    if (!counted) ++writers_waiting_;
    counted = true;
    block(waiters_, site, false);
  }
}

bool RWMutex::try_lock() {
  detail::lock(waiters_);
  bool ok = !writer_ && readers_ == 0;
  if (ok) writer_ = true;
  detail::unlock(waiters_);
  return ok;
}

void RWMutex::unlock(Site site) {
  detail::lock(waiters_);
  if (!writer_) {
    detail::unlock(waiters_);
    fatal("sync: Unlock of unlocked RWMutex", site);
  }
  writer_ = false;
  release_all(waiters_);  // readers and writers re-compete; writers_waiting_ keeps new readers out
}

void RWMutex::rlock(Site site) {
  for (;;) {
    detail::lock(waiters_);
    if (!writer_ && writers_waiting_ == 0) {
      ++readers_;
      detail::unlock(waiters_);
      return;
    }
    block(waiters_, site, false);
  }
}

bool RWMutex::try_rlock() {
  detail::lock(waiters_);
  bool ok = !writer_ && writers_waiting_ == 0;
  if (ok) ++readers_;
  detail::unlock(waiters_);
  return ok;
}

void RWMutex::runlock(Site site) {
  detail::lock(waiters_);
  if (readers_ <= 0) {
    detail::unlock(waiters_);
    fatal("sync: RUnlock of unlocked RWMutex", site);
  }
  if (--readers_ == 0 && waiters_.head) {
    release_all(waiters_);
    return;
  }
  detail::unlock(waiters_);
}

}  // namespace goro

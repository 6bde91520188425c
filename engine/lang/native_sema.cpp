// Semaphores and notify lists keyed by address (native_sema.hpp), after Go's
// runtime/sema.go.
//
// Invariants (all under Table::mu): a queue is in the table iff it has a
// waiter or a nonzero nwait; nwait counts the goroutines between deciding
// to wait and being dequeued, so that release() can skip the lock when no
// one waits; a Waiter is in at most one queue, and is removed from it by
// whoever wakes it, or by the waiter itself when the run ends under it.
#include "native_sema.hpp"

#include "native_atomic.hpp"
#include <deque>
#include <mutex>
#include <unordered_map>

#include "goro/goroutine.hpp"
#include "goro/waitgroup.hpp"

namespace goro::lang::vm::sema {

namespace {

using native::AtomicRef;

// Waiter is one parked goroutine; it lives on that goroutine's stack.
struct Waiter {
  goro::WaitGroup parked;  // count 1 while parked; the waker's done() readies it
  uint32_t ticket = 0;     // a semaphore's handoff flag, or a notify list's ticket
};

struct Queue {
  std::deque<Waiter*> waiters;
  uint32_t nwait = 0;
};

struct Table {
  std::mutex mu;
  std::unordered_map<const void*, Queue> queues;  // GUARDED_BY(mu)
};

Table& table() {
  static Table t;
  return t;
}

void drop_if_idle(Table& t, const void* addr, Queue& q) {
  if (q.waiters.empty() && q.nwait == 0) t.queues.erase(addr);
}

// park() blocks on w.parked. If the run ends meanwhile, the goroutine's
// stack unwinds from here: w leaves its queue first, so no waker touches it.
void park(Waiter& w, const void* addr, bool counted) {
  try {
    w.parked.wait();
  } catch (...) {
    Table& t = table();
    std::lock_guard<std::mutex> lock(t.mu);
    if (auto it = t.queues.find(addr); it != t.queues.end()) {
      auto& ws = it->second.waiters;
      for (auto p = ws.begin(); p != ws.end(); ++p) {
        if (*p == &w) {
          ws.erase(p);
          if (counted) --it->second.nwait;
          break;
        }
      }
      drop_if_idle(t, addr, it->second);
    }
    throw;
  }
}

bool can_acquire(uint32_t* addr) {
  AtomicRef<uint32_t> a(*addr);
  uint32_t v = a.load();
  while (v != 0) {
    if (a.compare_exchange_weak(v, v - 1)) return true;
  }
  return false;
}

}  // namespace

void acquire(uint32_t* addr, bool lifo) {
  if (can_acquire(addr)) return;
  Table& t = table();
  Waiter w;
  for (;;) {
    {
      std::lock_guard<std::mutex> lock(t.mu);
      Queue& q = t.queues[addr];
      ++q.nwait;
      if (can_acquire(addr)) {
        --q.nwait;
        drop_if_idle(t, addr, q);
        return;
      }
      w.ticket = 0;
      w.parked.add(1);
      if (lifo) q.waiters.push_front(&w);
      else q.waiters.push_back(&w);
    }
    park(w, addr, true);
    if (w.ticket != 0 || can_acquire(addr)) return;
  }
}

void release(uint32_t* addr, bool handoff) {
  AtomicRef<uint32_t>(*addr).fetch_add(1);
  Table& t = table();
  Waiter* s = nullptr;
  {
    std::lock_guard<std::mutex> lock(t.mu);
    auto it = t.queues.find(addr);
    if (it == t.queues.end() || it->second.nwait == 0) return;
    Queue& q = it->second;
    if (!q.waiters.empty()) {
      s = q.waiters.front();
      q.waiters.pop_front();
      --q.nwait;
    }
    drop_if_idle(t, addr, q);
  }
  if (s == nullptr) return;
  // Decide the handoff before the waiter can run: once readied it may
  // return and its Waiter is gone.
  const bool handed = handoff && can_acquire(addr);
  s->ticket = handed ? 1 : 0;
  s->parked.done();
  if (handed) goro::yield();
}

void notify_wait(uint32_t* wait, uint32_t* notify, uint32_t ticket) {
  (void)wait;
  Table& t = table();
  Waiter w;
  {
    std::lock_guard<std::mutex> lock(t.mu);
    // Already notified: Signal or Broadcast ran between Add and Wait.
    if (int32_t(ticket - AtomicRef<uint32_t>(*notify).load()) < 0) return;
    w.ticket = ticket;
    w.parked.add(1);
    t.queues[notify].waiters.push_back(&w);
  }
  park(w, notify, false);
}

void notify_one(uint32_t* wait, uint32_t* notify) {
  AtomicRef<uint32_t> n(*notify);
  if (AtomicRef<uint32_t>(*wait).load() == n.load()) return;
  Table& t = table();
  Waiter* s = nullptr;
  {
    std::lock_guard<std::mutex> lock(t.mu);
    const uint32_t ticket = n.load();
    if (ticket == AtomicRef<uint32_t>(*wait).load()) return;
    n.store(ticket + 1);
    auto it = t.queues.find(notify);
    if (it == t.queues.end()) return;  // the waiter has its ticket but has not queued yet: it will not block
    auto& ws = it->second.waiters;
    for (auto p = ws.begin(); p != ws.end(); ++p) {
      if ((*p)->ticket == ticket) {
        s = *p;
        ws.erase(p);
        break;
      }
    }
    drop_if_idle(t, notify, it->second);
  }
  if (s != nullptr) s->parked.done();
}

void notify_all(uint32_t* wait, uint32_t* notify) {
  AtomicRef<uint32_t> n(*notify);
  if (AtomicRef<uint32_t>(*wait).load() == n.load()) return;
  Table& t = table();
  std::deque<Waiter*> woken;
  {
    std::lock_guard<std::mutex> lock(t.mu);
    n.store(AtomicRef<uint32_t>(*wait).load());
    if (auto it = t.queues.find(notify); it != t.queues.end()) {
      woken.swap(it->second.waiters);
      drop_if_idle(t, notify, it->second);
    }
  }
  for (Waiter* s : woken) s->parked.done();
}

}  // namespace goro::lang::vm::sema
